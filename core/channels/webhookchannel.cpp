#include "channels/webhookchannel.h"

#include "channels/channellog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using ChannelHttp::failure;
using ChannelHttp::hasLineBreak;
using ChannelHttp::parseRetryAfter;
using ChannelHttp::trimmedAnswer;

QString chosenUrl(const ChannelConfig &config, const QString &secretUrl)
{
    const QString secret = secretUrl.trimmed();
    return secret.isEmpty() ? config.options.value(u"url"_s).toString().trimmed() : secret;
}

// The receiver's host names it in transport messages ("hooks.zapier.com did not answer in time").
QString receiverName(const QString &url)
{
    const QString host = QUrl(url).host();
    return host.isEmpty() ? u"The webhook receiver"_s : host;
}

// Query items that carry a key: such a URL belongs in the keychain, not in the configuration file.
bool hasKeyInQuery(const QUrl &url)
{
    static const QStringList keyNames{u"sig"_s,   u"signature"_s,    u"key"_s,  u"apikey"_s, u"api_key"_s,
                                      u"token"_s, u"access_token"_s, u"code"_s, u"secret"_s};
    const auto items = QUrlQuery(url).queryItems();
    for (const auto &[name, value] : items) {
        if (keyNames.contains(name.toLower())) {
            return true;
        }
    }
    return !url.userInfo().isEmpty();
}

} // namespace

QString WebhookChannel::typeName()
{
    return u"webhook"_s;
}

ChannelTypeInfo WebhookChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Webhook (Zapier, Power Automate, …)");
    info.summary = tr("Hands each notification's order, customer and shipment data to another system as JSON.");
    info.kind = ChannelKind::Automation;
    info.secrets = {
        {u"url"_s, tr("Secret webhook URL"),
         tr("The receiving address when it works like a password: Zapier's catch hook "
            "(https://hooks.zapier.com/hooks/catch/…) or a Power Automate trigger URL containing sig=. Leave "
            "empty to use the address below."),
         true},
        {u"signingSecret"_s, tr("Signing secret"),
         tr("Optional. A long random text shared with the receiver: Tidings signs each request with it "
            "(X-Tidings-Signature) so the receiver can tell it came from Tidings."),
         true},
    };
    info.options = {
        {u"url"_s, tr("Webhook address"),
         tr("The https:// address that receives the events, when it contains no key. Addresses with a key "
            "(sig=, token=) go in Secret webhook URL."),
         u"https://automation.your-shop.example/tidings"_s, false},
    };
    info.setupSteps = {
        tr("Zapier: create a Zap with the trigger Webhooks by Zapier → Catch Hook, copy the custom webhook URL and "
           "paste it as Secret webhook URL. Send a test notification, then pick its fields in the next steps."),
        tr("Power Automate: start a flow with \"When a HTTP request is received\" (Who can trigger: Anyone), save "
           "it, copy the HTTP URL and paste it as Secret webhook URL."),
        tr("Your own server: enter its https:// address, set a signing secret, and check X-Tidings-Signature "
           "there. Use X-Tidings-Notification-Id to ignore a notification delivered twice."),
    };
    return info;
}

WebhookChannel::WebhookChannel(ChannelConfig config, QString secretUrl, QString signingSecret,
                               QNetworkAccessManager *network, QObject *parent)
    : HttpChannel(config, receiverName(chosenUrl(config, secretUrl)), network, parent)
    , m_signingSecret(std::move(signingSecret).trimmed().toUtf8())
{
    const bool fromSecret = !secretUrl.trimmed().isEmpty();
    const QString text = chosenUrl(this->config(), secretUrl);
    m_url = QUrl(text, QUrl::StrictMode);
    // The whole address is a secret: a catch hook's path and a trigger's sig= are its keys.
    addSecret(text);
    addSecret(m_url.toString(QUrl::FullyEncoded));
    addSecret(m_url.query(QUrl::FullyEncoded));
    addSecret(m_url.query(QUrl::FullyDecoded));
    const QString path = m_url.path();
    if (path.size() > 1) {
        addSecret(path);
    }
    addSecret(QString::fromUtf8(m_signingSecret));

    if (text.isEmpty()) {
        m_configError = Error::make(ErrorCode::Config,
                                    tr("No webhook address is set for %1. Add it in Channels.").arg(displayName()));
    } else if (hasLineBreak(text) || !m_url.isValid() || m_url.host().isEmpty()) {
        m_configError = Error::make(
            ErrorCode::Config,
            tr("The webhook address of %1 is not a web address. Paste it again in Channels.").arg(displayName()));
    } else if (ChannelHttp::checkBaseUrl(m_url, receiverName(text), displayName())) {
        m_configError = Error::make(
            ErrorCode::Config,
            tr("The webhook address of %1 must start with https://. Check it in Channels.").arg(displayName()));
    } else if (!fromSecret && hasKeyInQuery(m_url)) {
        m_configError = Error::make(ErrorCode::Config,
                                    tr("The webhook address of %1 contains a key (such as sig=). Move it to Secret "
                                       "webhook URL in Channels, so it is kept in the keychain.")
                                        .arg(displayName()));
    } else if (hasLineBreak(QString::fromUtf8(m_signingSecret))) {
        m_configError = Error::make(
            ErrorCode::Config,
            tr("The signing secret of %1 contains a line break. Paste it again in Channels.").arg(displayName()));
    }
}

WebhookChannel::~WebhookChannel() = default;

QString WebhookChannel::type() const
{
    return typeName();
}

Result<QByteArray> WebhookChannel::buildBody(const OutgoingMessage &message, const QDateTime &sentAt)
{
    if (hasLineBreak(message.subject)) {
        return Error::make(ErrorCode::InvalidInput, tr("The subject contains a line break. Remove line breaks from "
                                                       "the template's subject."));
    }
    QJsonObject to;
    const auto put = [](QJsonObject &object, const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            object.insert(key, value.trimmed());
        }
    };
    put(to, u"email"_s, message.toEmail);
    put(to, u"name"_s, message.toName);
    put(to, u"phone"_s, message.toPhone);
    const QJsonObject body{
        {u"notificationId"_s, message.notificationId},
        {u"event"_s, message.context},
        {u"message"_s,
         QJsonObject{
             {u"subject"_s, message.subject},
             {u"text"_s, message.text},
             {u"html"_s, message.html},
             {u"to"_s, to},
         }},
        {u"sentAt"_s, sentAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray WebhookChannel::signature(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(timestamp));
    mac.addData(".");
    mac.addData(body);
    return QByteArrayLiteral("sha256=") + mac.result().toHex();
}

void WebhookChannel::send(const OutgoingMessage &message, Done done)
{
    const Ticket ticket = begin(std::move(done));
    std::optional<Error> early = m_configError;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<QByteArray> body = QByteArray();
    if (!early) {
        body = buildBody(message, now);
        if (!body) {
            early = body.error();
        }
    }
    if (early) {
        qCWarning(lcChannel) << "Webhook: notification" << message.notificationId << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }
    QNetworkRequest request = newRequest(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("X-Tidings-Notification-Id"), QByteArray::number(message.notificationId));
    if (signs()) {
        const qint64 timestamp = now.toSecsSinceEpoch();
        request.setRawHeader(QByteArrayLiteral("X-Tidings-Timestamp"), QByteArray::number(timestamp));
        request.setRawHeader(QByteArrayLiteral("X-Tidings-Signature"),
                             signature(m_signingSecret, timestamp, body.value()));
    }
    // The URL is a secret: only its host is logged.
    qCDebug(lcChannel) << "Webhook: sending notification" << message.notificationId << "to" << m_url.host();
    this->request(ticket, request, QByteArrayLiteral("POST"), body.value(),
                  [this, ticket](const ChannelAnswer &answer) {
                      SendOutcome outcome = classify(answer);
                      outcome.httpStatus = answer.status;
                      outcome.providerAnswer = trimmedAnswer(answer.body);
                      finish(ticket, std::move(outcome));
                  });
}

SendOutcome WebhookChannel::classify(const ChannelAnswer &answer)
{
    const int status = answer.status;
    const QString detail = trimmedAnswer(answer.body).trimmed();
    if (status >= 200 && status < 300) {
        SendOutcome outcome;
        outcome.accepted = true;
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        QString id = json.value(u"id"_s).toString();
        if (id.isEmpty()) {
            id = json.value(u"request_id"_s).toString();
        }
        outcome.providerMessageId = id.left(200);
        return outcome;
    }
    if (status == 429) {
        SendOutcome outcome = failure(ErrorCode::RateLimited,
                                      tr("The webhook receiver is limiting how fast Tidings may send. Tidings will "
                                         "try again when it allows."),
                                      detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    if (status >= 500) {
        SendOutcome outcome = failure(
            ErrorCode::ProviderFailed,
            tr("The webhook receiver had a problem (HTTP %1). Tidings will try again.").arg(status), detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    switch (status) {
    case 408:
        return failure(ErrorCode::Timeout,
                       tr("The webhook receiver took too long to read the event. Tidings will try again."), detail,
                       true);
    case 410:
        return failure(ErrorCode::ProviderRejected,
                       tr("The webhook is turned off or was deleted (HTTP 410). Turn the Zap or flow on again, or "
                          "paste its new address in Channels."),
                       detail);
    case 404:
        return failure(ErrorCode::ProviderRejected,
                       tr("Nothing receives events at the webhook address (HTTP 404): the Zap or flow may have been "
                          "deleted or turned off. Check the address in Channels."),
                       detail);
    case 401:
    case 403:
        return failure(ErrorCode::ProviderRejected,
                       tr("The webhook receiver refused the request (HTTP %1): the key in its address is wrong or it "
                          "requires a sign-in. Copy the address again; for Power Automate set Who can trigger to "
                          "Anyone.")
                           .arg(status),
                       detail);
    default:
        break;
    }
    if (status >= 300 && status < 400) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The webhook receiver answered with a redirect (HTTP %1); Tidings does not follow "
                          "redirects. Use the final address in Channels.")
                           .arg(status),
                       detail);
    }
    return failure(ErrorCode::ProviderRejected, tr("The webhook receiver refused the event (HTTP %1).").arg(status),
                   detail);
}

} // namespace Tidings
