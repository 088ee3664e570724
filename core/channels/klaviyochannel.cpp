#include "channels/klaviyochannel.h"

#include "channels/channellog.h"
#include "channels/twiliochannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkRequest>
#include <QRegularExpression>

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

const QString DefaultBaseUrl = u"https://a.klaviyo.com"_s;
const QString DefaultRevision = u"2024-10-15"_s;

// "title: detail (pointer)" of each entry of Klaviyo's errors[].
QStringList providerMessages(const QByteArray &body)
{
    QStringList messages;
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(u"errors"_s).toArray();
    for (const QJsonValue &entry : errors) {
        const QJsonObject error = entry.toObject();
        QString text = error.value(u"detail"_s).toString().trimmed();
        if (text.isEmpty()) {
            text = error.value(u"title"_s).toString().trimmed();
        }
        if (text.isEmpty()) {
            continue;
        }
        const QString pointer = error.value(u"source"_s).toObject().value(u"pointer"_s).toString();
        messages.append(pointer.isEmpty() ? text : u"%1 (%2)"_s.arg(text, pointer));
    }
    return messages;
}

} // namespace

QString KlaviyoChannel::typeName()
{
    return u"klaviyo"_s;
}

ChannelTypeInfo KlaviyoChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Klaviyo");
    info.summary = tr("Order and shipping events for Klaviyo flows, which send the emails and texts.");
    info.kind = ChannelKind::Automation;
    info.defaultBaseUrl = QUrl(DefaultBaseUrl);
    info.secrets = {{u"apiKey"_s, tr("Private API key"),
                     tr("Klaviyo → Settings → API keys → Create Private API Key, with Events: Full Access. It starts "
                        "with pk_."),
                     false}};
    info.options = {
        {u"baseUrl"_s, tr("Server address"), tr("https://a.klaviyo.com unless Klaviyo told you otherwise."),
         DefaultBaseUrl, false},
        {u"metricPrefix"_s, tr("Metric name prefix"),
         tr("Put before the status to name the metric your flows start from, e.g. \"Tidings \" gives \"Tidings "
            "Shipped\"."),
         u"Tidings "_s, false},
        {u"revision"_s, tr("API revision"), tr("The dated Klaviyo API version to use. Leave it as it is."),
         DefaultRevision, false},
    };
    info.setupSteps = {
        tr("In Klaviyo, open Settings → API keys and create a Private API key with Events set to Full Access."),
        tr("Copy the key (it starts with pk_) and paste it here."),
        tr("Send one test notification, then in Klaviyo create a flow triggered by the metric it created (for "
           "example \"Shipped\") and design the message there."),
    };
    info.defaultRatePerSecond = 350; // Create Event burst limit: 350/s, 3,500/min steady
    info.canCheckConnection = true;
    return info;
}

KlaviyoChannel::KlaviyoChannel(ChannelConfig config, QString apiKey, QNetworkAccessManager *network, QObject *parent)
    : HttpChannel(std::move(config), u"Klaviyo"_s, network, parent)
    , m_apiKey(std::move(apiKey).trimmed())
    , m_endpoint(eventsUrl(this->config().baseUrl))
{
    const QJsonObject &options = this->config().options;
    m_revision = options.value(u"revision"_s).toString().trimmed();
    if (m_revision.isEmpty()) {
        m_revision = DefaultRevision;
    }
    m_metricPrefix = options.value(u"metricPrefix"_s).toString();
    addSecret(m_apiKey);
    static const QRegularExpression revisionPattern(u"^\\d{4}-\\d{2}-\\d{2}(\\.[a-z]+)?$"_s);
    if (m_apiKey.isEmpty()) {
        m_configError = Error::make(ErrorCode::Config, tr("No private API key is saved for %1.").arg(displayName()));
    } else if (std::any_of(m_apiKey.cbegin(), m_apiKey.cend(), [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.")
                            .arg(displayName()));
    } else if (auto urlError = ChannelHttp::checkBaseUrl(m_endpoint, u"Klaviyo"_s, displayName())) {
        m_configError = urlError;
    } else if (!revisionPattern.match(m_revision).hasMatch()) {
        m_configError = Error::make(ErrorCode::Config,
                                    tr("The API revision of %1 must be a date like 2024-10-15.").arg(displayName()));
    } else if (hasLineBreak(m_metricPrefix)) {
        m_configError = Error::make(ErrorCode::Config,
                                    tr("The metric name prefix of %1 contains a line break.").arg(displayName()));
    }
    if (!m_configError) {
        m_authorization = QByteArrayLiteral("Klaviyo-API-Key ") + m_apiKey.toUtf8();
    }
}

KlaviyoChannel::~KlaviyoChannel() = default;

QString KlaviyoChannel::type() const
{
    return typeName();
}

QUrl KlaviyoChannel::eventsUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl.isEmpty() ? QUrl(DefaultBaseUrl) : baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (!path.endsWith(u"/api/events"_s)) {
        path += u"/api/events"_s;
    }
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

QString KlaviyoChannel::metricName(const QString &prefix, const QJsonObject &context)
{
    // Stock and backorder messages name what happened ("Back in Stock", "Order Backordered").
    const QString milestone = context.value(u"milestone"_s).toString().simplified();
    if (!milestone.isEmpty()) {
        return QString(prefix + milestone).left(127);
    }
    const QJsonObject shipment = context.value(u"shipment"_s).toObject();
    QString status;
    if (shipment.value(u"statusKnown"_s).toBool()) {
        status = shipment.value(u"statusLabel"_s).toString().trimmed();
    }
    if (status.isEmpty()) {
        status = context.value(u"order"_s).toObject().value(u"statusLabel"_s).toString().trimmed();
    }
    if (status.isEmpty()) {
        status = u"Order Update"_s;
    }
    return QString(prefix + status).left(127);
}

Result<QByteArray> KlaviyoChannel::buildBody(const OutgoingMessage &message, const QDateTime &now) const
{
    const auto invalid = [](const QString &text) { return Error::make(ErrorCode::InvalidInput, text); };
    const QString email = message.toEmail.trimmed();
    const QString phone = TwilioChannel::normalizedPhone(message.toPhone);
    if (!email.isEmpty() && (hasLineBreak(email) || !looksLikeAddress(email))) {
        return invalid(tr("“%1” is not an email address.").arg(email.simplified()));
    }
    if (email.isEmpty() && phone.isEmpty()) {
        return invalid(tr("The customer has neither an email address nor a phone number in international form, so "
                          "Klaviyo cannot tell who the event is for."));
    }

    QJsonObject profile;
    if (!email.isEmpty()) {
        profile.insert(u"email"_s, email);
    }
    if (!phone.isEmpty()) {
        profile.insert(u"phone_number"_s, phone);
    }
    const QJsonObject customer = message.context.value(u"customer"_s).toObject();
    const QString firstName = customer.value(u"firstName"_s).toString().simplified();
    if (!firstName.isEmpty()) {
        profile.insert(u"first_name"_s, firstName);
    }

    const QJsonObject order = message.context.value(u"order"_s).toObject();
    QJsonObject properties{
        {u"notification_id"_s, QString::number(message.notificationId)},
        {u"order"_s, order},
    };
    if (message.context.contains(u"shipment"_s)) {
        const QJsonObject shipment = message.context.value(u"shipment"_s).toObject();
        properties.insert(u"shipment"_s, shipment);
        const QString trackingUrl = shipment.value(u"trackingUrl"_s).toString();
        if (!trackingUrl.isEmpty()) {
            properties.insert(u"tracking_url"_s, trackingUrl);
        }
    }
    if (message.context.contains(u"items"_s)) {
        properties.insert(u"items"_s, message.context.value(u"items"_s));
    }
    // A back-in-stock event is about a product; a backorder names the items the order waits for.
    if (message.context.value(u"hasProduct"_s).toBool()) {
        properties.insert(u"product"_s, message.context.value(u"product"_s));
    }
    if (message.context.value(u"hasBackorder"_s).toBool()) {
        properties.insert(u"backordered_items"_s, message.context.value(u"backorder"_s).toObject().value(u"items"_s));
    }
    if (!message.subject.trimmed().isEmpty()) {
        properties.insert(u"subject"_s, message.subject.simplified());
    }
    const QString shopName = message.context.value(u"brand"_s).toObject().value(u"shopName"_s).toString();
    if (!shopName.isEmpty()) {
        properties.insert(u"shop"_s, shopName);
    }

    QJsonObject attributes{
        {u"properties"_s, properties},
        {u"metric"_s,
         QJsonObject{
             {u"data"_s,
              QJsonObject{{u"type"_s, u"metric"_s},
                          {u"attributes"_s, QJsonObject{{u"name"_s, metricName(m_metricPrefix, message.context)}}}}}}},
        {u"profile"_s, QJsonObject{{u"data"_s, QJsonObject{{u"type"_s, u"profile"_s}, {u"attributes"_s, profile}}}}},
        {u"unique_id"_s, QString::number(message.notificationId)},
        {u"time"_s, now.toUTC().toString(Qt::ISODate)},
    };
    const QJsonValue total = order.value(u"total"_s);
    if (total.isDouble()) {
        attributes.insert(u"value"_s, total.toDouble());
        const QString currency = order.value(u"currency"_s).toString();
        if (currency.size() == 3) {
            attributes.insert(u"value_currency"_s, currency.toUpper());
        }
    }
    const QJsonObject body{{u"data"_s, QJsonObject{{u"type"_s, u"event"_s}, {u"attributes"_s, attributes}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void KlaviyoChannel::send(const OutgoingMessage &message, Done done)
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
        qCWarning(lcChannel) << "Klaviyo: notification" << message.notificationId << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }
    QNetworkRequest request = newRequest(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/vnd.api+json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/vnd.api+json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    request.setRawHeader(QByteArrayLiteral("revision"), m_revision.toLatin1());
    qCDebug(lcChannel) << "Klaviyo: sending notification" << message.notificationId;
    const QString uniqueId = QString::number(message.notificationId);
    this->request(ticket, request, QByteArrayLiteral("POST"), body.value(),
                  [this, ticket, uniqueId](const ChannelAnswer &answer) {
                      SendOutcome outcome = classify(answer);
                      if (outcome.accepted) {
                          outcome.providerMessageId = uniqueId;
                      }
                      outcome.httpStatus = answer.status;
                      outcome.providerAnswer = trimmedAnswer(answer.body);
                      finish(ticket, std::move(outcome));
                  });
}

void KlaviyoChannel::checkConnection(Done done)
{
    QUrl url = m_endpoint;
    // Only each event's date, to keep the page small.
    url.setQuery(u"fields%5Bevent%5D=datetime"_s, QUrl::StrictMode);
    QNetworkRequest request = newRequest(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/vnd.api+json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    request.setRawHeader(QByteArrayLiteral("revision"), m_revision.toLatin1());
    runCheck(std::move(done), m_configError, request, QByteArrayLiteral("GET"), {}, &KlaviyoChannel::readEvents);
}

SendOutcome KlaviyoChannel::readEvents(const ChannelAnswer &answer)
{
    if (answer.status >= 200 && answer.status < 300) {
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerAnswer =
            tr("the private API key may read events (sending them needs Events: Full Access in Klaviyo).");
        return outcome;
    }
    SendOutcome outcome = classify(answer);
    const QStringList messages = providerMessages(answer.body);
    if (answer.status == 403) {
        outcome.error->message = tr("The Klaviyo API key may not use events. Give it Events: Full Access in Klaviyo "
                                    "→ Settings → API keys.");
    } else if (answer.status == 429) {
        // A send's "Tidings will try again" would mislead here: nothing retries a check.
        outcome.error->message = tr("Klaviyo is limiting how often this key may call it. Try the check again in a "
                                    "moment.");
    } else if (outcome.error->retryable) {
        outcome.error->message =
            tr("Klaviyo had a temporary problem (HTTP %1). Try the check again later.").arg(answer.status);
    } else if (outcome.error->code == ErrorCode::ProviderRejected && answer.status != 401 && answer.status != 404 &&
               answer.status != 405) {
        outcome.error->message = messages.isEmpty() ? tr("Klaviyo refused the check (HTTP %1).").arg(answer.status)
                                                    : tr("Klaviyo refused the check: %1").arg(messages.first());
    }
    outcome.providerAnswer = trimmedAnswer(answer.body);
    return outcome;
}

SendOutcome KlaviyoChannel::classify(const ChannelAnswer &answer)
{
    const int status = answer.status;
    if (status >= 200 && status < 300) {
        SendOutcome outcome;
        outcome.accepted = true;
        return outcome;
    }
    const QStringList messages = providerMessages(answer.body);
    const QString detail = messages.isEmpty() ? trimmedAnswer(answer.body).trimmed() : messages.join(u"; "_s);
    if (status == 429) {
        SendOutcome outcome =
            failure(ErrorCode::RateLimited,
                    tr("Klaviyo is limiting how fast this account may send events. Tidings will try again when Klaviyo "
                       "allows it."),
                    detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    if (status >= 500) {
        SendOutcome outcome =
            failure(ErrorCode::ProviderFailed,
                    tr("Klaviyo had a temporary problem (HTTP %1). Tidings will try again.").arg(status), detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    switch (status) {
    case 401:
        return failure(ErrorCode::ProviderRejected,
                       tr("Klaviyo refused the private API key. Check the key in Channels."), detail);
    case 403:
        return failure(ErrorCode::ProviderRejected,
                       tr("The Klaviyo API key may not create events. Give it Events: Full Access in Klaviyo → "
                          "Settings → API keys."),
                       detail);
    case 404:
    case 405:
        return failure(ErrorCode::ProviderRejected,
                       tr("Klaviyo did not recognise the request (HTTP %1). Check the server address in "
                          "Channels.")
                           .arg(status),
                       detail);
    default:
        break;
    }
    return failure(ErrorCode::ProviderRejected,
                   messages.isEmpty() ? tr("Klaviyo refused the event (HTTP %1).").arg(status)
                                      : tr("Klaviyo refused the event: %1").arg(messages.first()),
                   detail);
}

} // namespace Tidings
