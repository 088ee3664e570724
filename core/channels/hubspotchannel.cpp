#include "channels/hubspotchannel.h"

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

const QString DefaultBaseUrl = u"https://api.hubapi.com"_s;
const QString SendPath = u"/marketing/v3/transactional/single-email/send"_s;
const QString SmtpTokensPath = u"/marketing/v3/transactional/smtp-tokens"_s;

QString providerMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString message = object.value(u"message"_s).toString().trimmed();
    const QString category = object.value(u"category"_s).toString();
    if (message.isEmpty()) {
        return {};
    }
    return category.isEmpty() ? message : u"%1 (%2)"_s.arg(message, category);
}

QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

} // namespace

QString HubSpotChannel::typeName()
{
    return u"hubspot"_s;
}

ChannelTypeInfo HubSpotChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("HubSpot transactional email");
    info.summary = tr("Email through a HubSpot transactional email, filled with Tidings' message and order "
                      "details.");
    info.kind = ChannelKind::Email;
    info.defaultBaseUrl = QUrl(DefaultBaseUrl);
    info.secrets = {{u"accessToken"_s, tr("Access token"),
                     tr("HubSpot → Settings → Integrations → Private Apps → your app → Auth → Access token, with "
                        "the transactional-email scope."),
                     false}};
    info.options = {
        {u"baseUrl"_s, tr("Server address"), tr("https://api.hubapi.com unless HubSpot told you otherwise."),
         DefaultBaseUrl, false},
        {u"emailId"_s, tr("Transactional email ID"),
         tr("The number of the transactional email in HubSpot (Marketing → Email, open it: the number in the "
            "address)."),
         u"123456789"_s, true},
        {u"replyTo"_s, tr("Reply-to address"), tr("Where customers' replies go, if not to the email's sender."),
         u"help@your-shop.example"_s, false},
    };
    info.setupSteps = {
        tr("Make sure your HubSpot account has the Transactional Email add-on."),
        tr("In Marketing → Email, create a transactional email whose subject and body use the custom properties "
           "{{ custom.subject }}, {{ custom.html }} (or {{ custom.text }}) and, if you like, "
           "{{ custom.order_number }} and {{ custom.tracking_url }}. Publish it and copy its ID."),
        tr("In Settings → Integrations → Private Apps, create an app with the transactional-email scope and copy "
           "its access token."),
        tr("Paste the token and the email ID here."),
    };
    info.canCheckConnection = true;
    return info;
}

HubSpotChannel::HubSpotChannel(ChannelConfig config, QString accessToken, QNetworkAccessManager *network,
                               QObject *parent)
    : HttpChannel(std::move(config), u"HubSpot"_s, network, parent)
    , m_accessToken(std::move(accessToken).trimmed())
    , m_endpoint(sendUrl(this->config().baseUrl))
{
    const QJsonValue emailId = this->config().options.value(u"emailId"_s);
    if (emailId.isDouble()) {
        m_emailId = static_cast<qint64>(emailId.toDouble());
    } else {
        bool ok = false;
        m_emailId = emailId.toString().trimmed().toLongLong(&ok);
        if (!ok) {
            m_emailId = 0;
        }
    }
    addSecret(m_accessToken);
    if (m_accessToken.isEmpty()) {
        m_configError = Error::make(ErrorCode::Config, tr("No access token is saved for %1.").arg(displayName()));
    } else if (std::any_of(m_accessToken.cbegin(), m_accessToken.cend(),
                           [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("The access token saved for %1 contains spaces or line breaks. Paste it again in Channels.")
                            .arg(displayName()));
    } else if (auto urlError = ChannelHttp::checkBaseUrl(m_endpoint, u"HubSpot"_s, displayName())) {
        m_configError = urlError;
    } else if (m_emailId <= 0) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("No transactional email ID is set for %1. Add the number of the HubSpot email in Channels.")
                            .arg(displayName()));
    }
    if (!m_configError) {
        m_authorization = QByteArrayLiteral("Bearer ") + m_accessToken.toUtf8();
    }
}

HubSpotChannel::~HubSpotChannel() = default;

QString HubSpotChannel::type() const
{
    return typeName();
}

QUrl HubSpotChannel::sendUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl.isEmpty() ? QUrl(DefaultBaseUrl) : baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (!path.endsWith(SendPath)) {
        path += SendPath;
    }
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

QString HubSpotChannel::sendIdFor(qint64 notificationId)
{
    return u"tidings-"_s + QString::number(notificationId);
}

Result<QByteArray> HubSpotChannel::buildBody(const OutgoingMessage &message) const
{
    const auto invalid = [](const QString &text) { return Error::make(ErrorCode::InvalidInput, text); };
    const QString to = message.toEmail.trimmed();
    const QString replyTo = config().replyTo.trimmed();
    if (to.isEmpty()) {
        return invalid(tr("The notification has no recipient address."));
    }
    if (hasLineBreak(to) || !looksLikeAddress(to)) {
        return invalid(tr("“%1” is not an email address.").arg(to.simplified()));
    }
    if (!replyTo.isEmpty() && (hasLineBreak(replyTo) || !looksLikeAddress(replyTo))) {
        return invalid(
            tr("The reply-to address of %1 is not an email address. Correct it in Channels.").arg(displayName()));
    }
    if (hasLineBreak(message.subject)) {
        return invalid(tr("The subject contains a line break, which could be used to add hidden email headers. "
                          "Remove line breaks from the template's subject."));
    }
    if (message.subject.trimmed().isEmpty()) {
        return invalid(tr("The message has no subject."));
    }
    if (message.text.isEmpty() && message.html.isEmpty()) {
        return invalid(tr("The message has neither text nor HTML content."));
    }

    QJsonObject emailMessage{{u"to"_s, to}, {u"sendId"_s, sendIdFor(message.notificationId)}};
    if (!replyTo.isEmpty()) {
        emailMessage.insert(u"replyTo"_s, QJsonArray{replyTo});
    }
    const QJsonObject order = message.context.value(u"order"_s).toObject();
    const QJsonObject shipment = message.context.value(u"shipment"_s).toObject();
    QJsonObject custom{
        {u"subject"_s, message.subject},
        {u"html"_s, message.html},
        {u"text"_s, message.text},
        {u"notification_id"_s, QString::number(message.notificationId)},
    };
    const auto add = [&custom](const QString &key, const QString &value) {
        if (!value.isEmpty()) {
            custom.insert(key, value);
        }
    };
    add(u"order_number"_s, text(order, u"number"_s));
    add(u"order_status"_s, text(order, u"statusLabel"_s));
    add(u"order_total"_s, text(order, u"total"_s));
    add(u"order_currency"_s, text(order, u"currency"_s));
    add(u"shipment_status"_s, text(shipment, u"statusLabel"_s));
    add(u"carrier"_s, text(shipment, u"carrier"_s));
    add(u"tracking_number"_s, text(shipment, u"trackingNumber"_s));
    add(u"tracking_url"_s, text(shipment, u"trackingUrl"_s));
    add(u"shop_name"_s, text(message.context.value(u"brand"_s).toObject(), u"shopName"_s));

    const QJsonObject body{
        {u"emailId"_s, m_emailId},
        {u"message"_s, emailMessage},
        {u"customProperties"_s, custom},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void HubSpotChannel::send(const OutgoingMessage &message, Done done)
{
    const Ticket ticket = begin(std::move(done));
    std::optional<Error> early = m_configError;
    Result<QByteArray> body = QByteArray();
    if (!early) {
        body = buildBody(message);
        if (!body) {
            early = body.error();
        }
    }
    if (early) {
        qCWarning(lcChannel) << "HubSpot: notification" << message.notificationId << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }
    QNetworkRequest request = newRequest(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    qCDebug(lcChannel) << "HubSpot: sending notification" << message.notificationId;
    const QString sendId = sendIdFor(message.notificationId);
    this->request(ticket, request, QByteArrayLiteral("POST"), body.value(),
                  [this, ticket, sendId](const ChannelAnswer &answer) {
                      SendOutcome outcome = classify(answer);
                      if (outcome.accepted && outcome.providerMessageId.isEmpty()) {
                          outcome.providerMessageId = sendId;
                      }
                      outcome.httpStatus = answer.status;
                      outcome.providerAnswer = trimmedAnswer(answer.body);
                      finish(ticket, std::move(outcome));
                  });
}

void HubSpotChannel::checkConnection(Done done)
{
    QUrl url = m_endpoint;
    QString path = url.path();
    path.chop(SendPath.size());
    url.setPath(path + SmtpTokensPath);
    url.setQuery(u"limit=1"_s);
    QNetworkRequest request = newRequest(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    runCheck(std::move(done), m_configError, request, QByteArrayLiteral("GET"), {},
             [this](const ChannelAnswer &answer) { return readCheck(answer); });
}

SendOutcome HubSpotChannel::readCheck(const ChannelAnswer &answer) const
{
    if (answer.status == 200) {
        // The answer lists SMTP API tokens (never their passwords); only the fact that it came matters.
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerAnswer = tr("the access token may send HubSpot transactional email (HubSpot checks the "
                                    "email ID %1 when the first message is sent).")
                                     .arg(m_emailId);
        return outcome;
    }
    SendOutcome outcome = classify(answer);
    if (outcome.accepted) {
        // Another 2xx (or a 409) is not what this read answers: say so rather than pass.
        outcome = failure(ErrorCode::ProviderFailed,
                          tr("HubSpot answered the connection check in an unexpected way (HTTP %1). Check the server "
                             "address in Channels.")
                              .arg(answer.status));
    } else if (answer.status == 404 || answer.status == 405 || (answer.status >= 300 && answer.status < 400)) {
        // Not about the email ID: the check reads no email.
        outcome.error->message = tr("HubSpot did not recognise the request (HTTP %1). Check the server address in "
                                    "Channels.")
                                     .arg(answer.status);
    } else if (answer.status == 400 || (answer.status > 405 && answer.status < 500 && answer.status != 429)) {
        const QString plain = QJsonDocument::fromJson(answer.body).object().value(u"message"_s).toString().trimmed();
        outcome.error->message = plain.isEmpty()
                                     ? tr("HubSpot refused the connection check (HTTP %1).").arg(answer.status)
                                     : tr("HubSpot refused the connection check: %1").arg(plain);
    }
    outcome.providerAnswer = trimmedAnswer(answer.body);
    return outcome;
}

SendOutcome HubSpotChannel::classify(const ChannelAnswer &answer)
{
    const int status = answer.status;
    if ((status >= 200 && status < 300) || status == 409) {
        // 409: this sendId was sent before, so HubSpot already has the message.
        SendOutcome outcome;
        outcome.accepted = true;
        if (status != 409) {
            outcome.providerMessageId = QJsonDocument::fromJson(answer.body).object().value(u"statusId"_s).toString();
        }
        return outcome;
    }
    const QString message = providerMessage(answer.body);
    const QString detail = message.isEmpty() ? trimmedAnswer(answer.body).trimmed() : message;
    if (status == 429) {
        SendOutcome outcome = failure(
            ErrorCode::RateLimited,
            tr("HubSpot is limiting how fast this account may send. Tidings will try again when HubSpot allows it."),
            detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    if (status >= 500) {
        SendOutcome outcome =
            failure(ErrorCode::ProviderFailed,
                    tr("HubSpot had a temporary problem (HTTP %1). Tidings will try again.").arg(status), detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    switch (status) {
    case 401:
        return failure(ErrorCode::ProviderRejected,
                       tr("HubSpot refused the access token. Check the token in Channels."), detail);
    case 403:
        return failure(ErrorCode::ProviderRejected,
                       tr("HubSpot does not allow this app to send transactional email. Give the private app the "
                          "transactional-email scope (the account needs the Transactional Email add-on)."),
                       detail);
    case 404:
        return failure(ErrorCode::ProviderRejected,
                       tr("HubSpot did not find the transactional email or the address (HTTP 404). Check the email "
                          "ID and the server address in Channels."),
                       detail);
    default:
        break;
    }
    const QString plain = QJsonDocument::fromJson(answer.body).object().value(u"message"_s).toString().trimmed();
    return failure(ErrorCode::ProviderRejected,
                   plain.isEmpty() ? tr("HubSpot refused the message (HTTP %1).").arg(status)
                                   : tr("HubSpot refused the message: %1").arg(plain),
                   detail);
}

} // namespace Tidings
