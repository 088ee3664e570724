#include "channels/activecampaignchannel.h"

#include "channels/channellog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkRequest>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using ChannelHttp::failure;
using ChannelHttp::hasLineBreak;
using ChannelHttp::looksLikeAddress;
using ChannelHttp::parseRetryAfter;
using ChannelHttp::trimmedAnswer;

QString firstTitle(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonArray errors = object.value(u"errors"_s).toArray();
    for (const QJsonValue &entry : errors) {
        const QJsonObject error = entry.toObject();
        const QString title = error.value(u"title"_s).toString().trimmed();
        const QString detail = error.value(u"detail"_s).toString().trimmed();
        if (!title.isEmpty() || !detail.isEmpty()) {
            return detail.isEmpty() || detail == title ? title : u"%1 (%2)"_s.arg(title, detail);
        }
    }
    return object.value(u"message"_s).toString().trimmed();
}

QString idOf(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

} // namespace

QString ActiveCampaignChannel::typeName()
{
    return u"activecampaign"_s;
}

ChannelTypeInfo ActiveCampaignChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("ActiveCampaign");
    info.summary = tr("Adds the customer to an ActiveCampaign automation, which sends the message.");
    info.kind = ChannelKind::Automation;
    info.secrets = {
        {u"apiKey"_s, tr("API key"), tr("ActiveCampaign → Settings → Developer → API Access: Key."), false}};
    info.options = {
        {u"baseUrl"_s, tr("Account API address"), tr("ActiveCampaign → Settings → Developer → API Access: URL."),
         u"https://your-account.api-us1.com"_s, true},
        {u"automationId"_s, tr("Automation ID"),
         tr("The number of the automation to start (in its address when you open it in ActiveCampaign)."), u"12"_s,
         true},
    };
    info.setupSteps = {
        tr("In ActiveCampaign, build an automation that starts with \"Runs once\" or \"API\" and sends your "
           "message; note its number from the address bar."),
        tr("Open Settings → Developer and copy the URL and the Key under API Access."),
        tr("Paste the URL, the key and the automation number here."),
    };
    info.defaultRatePerSecond = 5;
    info.canCheckConnection = true;
    return info;
}

ActiveCampaignChannel::ActiveCampaignChannel(ChannelConfig config, QString apiKey, QNetworkAccessManager *network,
                                             QObject *parent)
    : HttpChannel(std::move(config), u"ActiveCampaign"_s, network, parent)
    , m_apiKey(std::move(apiKey).trimmed())
    , m_automationId(idOf(this->config().options.value(u"automationId"_s)).trimmed())
    , m_contactUrl(apiUrl(this->config().baseUrl, u"/api/3/contact/sync"_s))
    , m_automationUrl(apiUrl(this->config().baseUrl, u"/api/3/contactAutomations"_s))
{
    addSecret(m_apiKey);
    if (m_apiKey.isEmpty()) {
        m_configError = Error::make(ErrorCode::Config, tr("No API key is saved for %1.").arg(displayName()));
    } else if (std::any_of(m_apiKey.cbegin(), m_apiKey.cend(), [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.")
                            .arg(displayName()));
    } else if (this->config().baseUrl.isEmpty()) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("No account API address is set for %1. Copy it from ActiveCampaign → Settings → Developer.")
                            .arg(displayName()));
    } else if (auto urlError = ChannelHttp::checkBaseUrl(m_contactUrl, u"ActiveCampaign"_s, displayName())) {
        m_configError = urlError;
    } else if (m_automationId.isEmpty() ||
               !std::all_of(m_automationId.cbegin(), m_automationId.cend(), [](QChar c) { return c.isDigit(); })) {
        m_configError = Error::make(ErrorCode::Config,
                                    tr("No automation number is set for %1. Add it in Channels.").arg(displayName()));
    }
}

ActiveCampaignChannel::~ActiveCampaignChannel() = default;

QString ActiveCampaignChannel::type() const
{
    return typeName();
}

QUrl ActiveCampaignChannel::apiUrl(const QUrl &baseUrl, const QString &path)
{
    QUrl url = baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/')) {
        prefix.chop(1);
    }
    if (prefix.endsWith(u"/api/3"_s)) {
        prefix.chop(6);
    }
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

Result<QByteArray> ActiveCampaignChannel::buildContactBody(const OutgoingMessage &message) const
{
    const QString email = message.toEmail.trimmed();
    if (email.isEmpty() || hasLineBreak(email) || !looksLikeAddress(email)) {
        return Error::make(ErrorCode::InvalidInput, email.isEmpty()
                                                        ? tr("The notification has no recipient address.")
                                                        : tr("“%1” is not an email address.").arg(email.simplified()));
    }
    QJsonObject contact{{u"email"_s, email}};
    const QString name = message.toName.simplified();
    const qsizetype space = name.indexOf(u' ');
    if (!name.isEmpty()) {
        contact.insert(u"firstName"_s, space < 0 ? name : name.left(space));
        if (space > 0) {
            contact.insert(u"lastName"_s, name.mid(space + 1));
        }
    }
    if (!message.toPhone.trimmed().isEmpty() && !hasLineBreak(message.toPhone)) {
        contact.insert(u"phone"_s, message.toPhone.trimmed());
    }
    return QJsonDocument(QJsonObject{{u"contact"_s, contact}}).toJson(QJsonDocument::Compact);
}

QByteArray ActiveCampaignChannel::buildAutomationBody(const QString &contactId) const
{
    return QJsonDocument(QJsonObject{{u"contactAutomation"_s,
                                      QJsonObject{{u"contact"_s, contactId}, {u"automation"_s, m_automationId}}}})
        .toJson(QJsonDocument::Compact);
}

QNetworkRequest ActiveCampaignChannel::jsonRequest(const QUrl &url) const
{
    QNetworkRequest request = newRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Api-Token"), m_apiKey.toUtf8());
    return request;
}

void ActiveCampaignChannel::send(const OutgoingMessage &message, Done done)
{
    const Ticket ticket = begin(std::move(done));
    std::optional<Error> early = m_configError;
    Result<QByteArray> body = QByteArray();
    if (!early) {
        body = buildContactBody(message);
        if (!body) {
            early = body.error();
        }
    }
    if (early) {
        qCWarning(lcChannel) << "ActiveCampaign: notification" << message.notificationId
                             << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }
    qCDebug(lcChannel) << "ActiveCampaign: sending notification" << message.notificationId;
    const auto finishWith = [this, ticket](const ChannelAnswer &answer, SendOutcome outcome) {
        outcome.httpStatus = answer.status;
        outcome.providerAnswer = trimmedAnswer(answer.body);
        finish(ticket, std::move(outcome));
    };
    request(ticket, jsonRequest(m_contactUrl), QByteArrayLiteral("POST"), body.value(),
            [this, ticket, finishWith](const ChannelAnswer &contactAnswer) {
                SendOutcome outcome = classify(contactAnswer);
                if (!outcome.accepted) {
                    finishWith(contactAnswer, std::move(outcome));
                    return;
                }
                const QString contactId = idOf(
                    QJsonDocument::fromJson(contactAnswer.body).object().value(u"contact"_s).toObject().value(u"id"_s));
                if (contactId.isEmpty()) {
                    finishWith(contactAnswer,
                               failure(ErrorCode::ProviderFailed,
                                       tr("ActiveCampaign saved the contact but gave no contact number. Tidings will "
                                          "try again."),
                                       trimmedAnswer(contactAnswer.body), true));
                    return;
                }
                request(ticket, jsonRequest(m_automationUrl), QByteArrayLiteral("POST"), buildAutomationBody(contactId),
                        [finishWith](const ChannelAnswer &answer) {
                            SendOutcome result = classify(answer);
                            if (result.accepted) {
                                result.providerMessageId = idOf(QJsonDocument::fromJson(answer.body)
                                                                    .object()
                                                                    .value(u"contactAutomation"_s)
                                                                    .toObject()
                                                                    .value(u"id"_s));
                            }
                            finishWith(answer, std::move(result));
                        });
            });
}

void ActiveCampaignChannel::checkConnection(Done done)
{
    QNetworkRequest request = newRequest(apiUrl(config().baseUrl, u"/api/3/automations/"_s + m_automationId));
    request.setRawHeader(QByteArrayLiteral("Api-Token"), m_apiKey.toUtf8());
    runCheck(std::move(done), m_configError, request, QByteArrayLiteral("GET"), {},
             [this](const ChannelAnswer &answer) { return readAutomation(answer); });
}

SendOutcome ActiveCampaignChannel::readAutomation(const ChannelAnswer &answer) const
{
    if (answer.status == 404) {
        // Here a 404 is about the automation number (or an account address that is not the API address).
        return failure(ErrorCode::ProviderRejected,
                       tr("ActiveCampaign has no automation number %1 in this account. Check the automation number "
                          "and the account API address in Channels.")
                           .arg(m_automationId),
                       firstTitle(answer.body), false);
    }
    if (answer.status != 200) {
        SendOutcome outcome = classify(answer);
        if (outcome.accepted) {
            outcome = failure(ErrorCode::ProviderFailed,
                              tr("ActiveCampaign answered the connection check in an unexpected way (HTTP %1). Check "
                                 "the account API address in Channels.")
                                  .arg(answer.status));
        } else if (answer.status != 429 && answer.status < 500 && answer.status != 401 && answer.status != 403) {
            const QString title = firstTitle(answer.body);
            outcome.error->message =
                title.isEmpty() ? tr("ActiveCampaign refused the connection check (HTTP %1). Check the account API "
                                     "address in Channels.")
                                      .arg(answer.status)
                                : tr("ActiveCampaign refused the connection check: %1").arg(title);
        }
        outcome.providerAnswer = trimmedAnswer(answer.body);
        return outcome;
    }
    const QJsonObject automation = QJsonDocument::fromJson(answer.body).object().value(u"automation"_s).toObject();
    if (automation.isEmpty()) {
        return failure(ErrorCode::ProviderFailed,
                       tr("ActiveCampaign answered the connection check without the automation. Check the account API "
                          "address in Channels."),
                       trimmedAnswer(answer.body).trimmed());
    }
    const QString name = automation.value(u"name"_s).toString().simplified();
    const QString status = idOf(automation.value(u"status"_s));
    const QString named = name.isEmpty() ? m_automationId : u"%1 “%2”"_s.arg(m_automationId, name);
    if (status == u"2"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The API key works, but automation %1 is inactive, so it would send nothing. Activate it in "
                          "ActiveCampaign → Automations.")
                           .arg(named),
                       trimmedAnswer(answer.body).trimmed());
    }
    SendOutcome outcome;
    outcome.accepted = true;
    outcome.providerAnswer = status == u"1"_s ? tr("the API key works and automation %1 is active.").arg(named)
                                              : tr("the API key works and automation %1 exists.").arg(named);
    return outcome;
}

SendOutcome ActiveCampaignChannel::classify(const ChannelAnswer &answer)
{
    const int status = answer.status;
    if (status >= 200 && status < 300) {
        SendOutcome outcome;
        outcome.accepted = true;
        return outcome;
    }
    const QString title = firstTitle(answer.body);
    const QString detail = title.isEmpty() ? trimmedAnswer(answer.body).trimmed() : title;
    if (status == 429) {
        SendOutcome outcome = failure(ErrorCode::RateLimited,
                                      tr("ActiveCampaign is limiting how fast this account may make requests. "
                                         "Tidings will try again when ActiveCampaign allows it."),
                                      detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    if (status >= 500) {
        SendOutcome outcome = failure(
            ErrorCode::ProviderFailed,
            tr("ActiveCampaign had a temporary problem (HTTP %1). Tidings will try again.").arg(status), detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    if (status == 401 || status == 403) {
        return failure(ErrorCode::ProviderRejected,
                       tr("ActiveCampaign refused the API key. Check the key and the account address in Channels."),
                       detail);
    }
    if (status == 404) {
        return failure(ErrorCode::ProviderRejected,
                       tr("ActiveCampaign did not find the account address or the automation (HTTP 404). Check both "
                          "in Channels."),
                       detail);
    }
    return failure(ErrorCode::ProviderRejected,
                   title.isEmpty() ? tr("ActiveCampaign refused the request (HTTP %1).").arg(status)
                                   : tr("ActiveCampaign refused the request: %1").arg(title),
                   detail);
}

} // namespace Tidings
