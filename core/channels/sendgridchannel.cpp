#include "channels/sendgridchannel.h"

#include "channels/channellog.h"
#include "channels/mimemessage.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using ChannelHttp::failure;
using ChannelHttp::hasLineBreak;
using ChannelHttp::looksLikeAddress;
using ChannelHttp::parseRateLimitReset;
using ChannelHttp::parseRetryAfter;
using ChannelHttp::trimmedAnswer;

const QString DefaultBaseUrl = u"https://api.sendgrid.com"_s;
const QString MailSendPath = u"/v3/mail/send"_s;

// SendGrid refuses display names with ';' or ','; they become spaces.
QString cleanName(const QString &name)
{
    QString cleaned = name;
    cleaned.replace(u';', u' ');
    cleaned.replace(u',', u' ');
    return cleaned.simplified();
}

QJsonObject address(const QString &email, const QString &name)
{
    QJsonObject object{{u"email"_s, email}};
    if (!name.isEmpty()) {
        object.insert(u"name"_s, name);
    }
    return object;
}

// The `errors[].message` texts of SendGrid's error envelope, with their field when one is named.
QStringList providerMessages(const QByteArray &body)
{
    QStringList messages;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonArray errors = document.object().value(u"errors"_s).toArray();
    for (const QJsonValue &entry : errors) {
        const QJsonObject error = entry.toObject();
        const QString message = error.value(u"message"_s).toString().trimmed();
        if (message.isEmpty()) {
            continue;
        }
        const QString field = error.value(u"field"_s).toString();
        messages.append(field.isEmpty() ? message : u"%1 (%2)"_s.arg(message, field));
    }
    return messages;
}

// The inline images as Mail Send attachments shown in the HTML: {content (base64), filename, type,
// disposition: "inline", content_id}.
QJsonArray inlineAttachments(const QList<InlineImage> &images)
{
    QJsonArray attachments;
    for (const InlineImage &image : images) {
        attachments.append(QJsonObject{
            {u"content"_s, QString::fromLatin1(image.data.toBase64())},
            {u"filename"_s, Mime::inlineFileName(image)},
            {u"type"_s, QString::fromLatin1(image.mimeType)},
            {u"disposition"_s, u"inline"_s},
            {u"content_id"_s, QString::fromLatin1(image.contentId)},
        });
    }
    return attachments;
}

QString firstProviderMessage(const QByteArray &body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(u"errors"_s).toArray();
    for (const QJsonValue &entry : errors) {
        const QString message = entry.toObject().value(u"message"_s).toString().trimmed();
        if (!message.isEmpty()) {
            return message;
        }
    }
    return {};
}

} // namespace

QString SendGridChannel::typeName()
{
    return u"sendgrid"_s;
}

ChannelTypeInfo SendGridChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("SendGrid");
    info.summary = tr("Email through Twilio SendGrid's v3 Mail Send API.");
    info.kind = ChannelKind::Email;
    info.carriesInlineImages = true; // attachments[] with disposition inline
    info.defaultBaseUrl = QUrl(DefaultBaseUrl);
    info.secrets = {{u"apiKey"_s, tr("API key"),
                     tr("SendGrid → Settings → API Keys → Create API Key, with Restricted Access and only \"Mail "
                        "Send\" allowed. It starts with SG."),
                     false}};
    info.options = {
        {u"baseUrl"_s, tr("Server address"),
         tr("https://api.sendgrid.com, or https://api.eu.sendgrid.com for EU accounts."), DefaultBaseUrl, false},
        {u"fromEmail"_s, tr("Sender address"), tr("A verified sender or an address of an authenticated domain."),
         u"orders@your-shop.example"_s, true},
        {u"fromName"_s, tr("Sender name"), tr("What customers see as the sender."), u"Your Shop"_s, false},
        {u"replyTo"_s, tr("Reply-to address"), tr("Where customers' replies go, if not to the sender address."),
         u"help@your-shop.example"_s, false},
        {u"sandbox"_s, tr("Sandbox mode"), tr("true: SendGrid checks each message but delivers nothing."), u"false"_s,
         false},
        {u"templateId"_s, tr("Dynamic template ID"),
         tr("Optional: send with a SendGrid dynamic template (Email API → Dynamic Templates, an ID starting with "
            "\"d-\") instead of Tidings' own design. The template gets the order, customer, shipment, items and "
            "brand, and the subject as {{subject}}."),
         u"d-0123456789abcdef0123456789abcdef"_s, false},
    };
    info.setupSteps = {
        tr("In SendGrid, open Settings → Sender Authentication and verify your sender address or authenticate your "
           "shop's domain."),
        tr("Open Settings → API Keys → Create API Key. Choose Restricted Access, allow only Mail Send, and create it."),
        tr("Copy the key (SendGrid shows it once) and paste it here."),
    };
    info.canCheckConnection = true;
    return info;
}

SendGridChannel::SendGridChannel(ChannelConfig config, QString apiKey, QNetworkAccessManager *network, QObject *parent)
    : HttpChannel(std::move(config), u"SendGrid"_s, network, parent)
    , m_apiKey(std::move(apiKey).trimmed())
    , m_endpoint(mailSendUrl(this->config().baseUrl))
{
    m_sandbox = this->config().options.value(u"sandbox"_s).toVariant().toBool();
    m_templateId = this->config().options.value(u"templateId"_s).toString().trimmed();
    addSecret(m_apiKey);
    if (m_apiKey.isEmpty()) {
        m_configError = Error::make(ErrorCode::Config, tr("No API key is saved for %1.").arg(displayName()));
    } else if (std::any_of(m_apiKey.cbegin(), m_apiKey.cend(), [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.")
                            .arg(displayName()));
    } else if (auto urlError = ChannelHttp::checkBaseUrl(m_endpoint, u"SendGrid"_s, displayName())) {
        // The key must never travel in clear text over a real network.
        m_configError = urlError;
    } else if (this->config().fromEmail.trimmed().isEmpty()) {
        m_configError = Error::make(ErrorCode::Config,
                                    tr("No sender address is set for %1. Add one in Channels.").arg(displayName()));
    } else if (!m_templateId.isEmpty() && (!m_templateId.startsWith(u"d-"_s) ||
                                           std::any_of(m_templateId.cbegin(), m_templateId.cend(), [](QChar c) {
                                               return !(c.isLetterOrNumber() || c == u'-') || c.unicode() > 0x7f;
                                           }))) {
        m_configError = Error::make(
            ErrorCode::Config,
            tr("The dynamic template ID of %1 is not one SendGrid gives (they start with \"d-\"). Copy it again from "
               "SendGrid → Email API → Dynamic Templates.")
                .arg(displayName()));
    }
    if (!m_configError) {
        m_authorization = QByteArrayLiteral("Bearer ") + m_apiKey.toUtf8();
    }
}

SendGridChannel::~SendGridChannel() = default;

QString SendGridChannel::type() const
{
    return typeName();
}

QUrl SendGridChannel::mailSendUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl.isEmpty() ? QUrl(DefaultBaseUrl) : baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (path.endsWith(u"/v3"_s)) {
        path += u"/mail/send"_s;
    } else if (!path.endsWith(MailSendPath)) {
        path += MailSendPath;
    }
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

QJsonArray SendGridChannel::contentOf(const OutgoingMessage &message)
{
    QJsonArray content;
    if (!message.text.isEmpty()) {
        content.append(QJsonObject{{u"type"_s, u"text/plain"_s}, {u"value"_s, message.text}});
    }
    if (!message.html.isEmpty()) {
        content.append(QJsonObject{{u"type"_s, u"text/html"_s}, {u"value"_s, message.html}});
    }
    return content;
}

Result<QByteArray> SendGridChannel::buildBody(const OutgoingMessage &message) const
{
    const QString toEmail = message.toEmail.trimmed();
    const QString fromEmail = config().fromEmail.trimmed();
    const QString replyTo = config().replyTo.trimmed();
    if (auto problem = ChannelHttp::checkEmail(message, config(), displayName())) {
        return *problem;
    }

    QJsonObject personalization{
        {u"to"_s, QJsonArray{address(toEmail, cleanName(message.toName))}},
        {u"custom_args"_s, QJsonObject{{u"tidings_notification_id"_s, QString::number(message.notificationId)}}},
    };

    QJsonObject body{
        {u"from"_s, address(fromEmail, cleanName(config().fromName))},
    };
    if (!m_templateId.isEmpty()) {
        // The template has the design; it gets the notification's context and our subject to fill it.
        QJsonObject data = message.context;
        data.insert(u"subject"_s, message.subject);
        personalization.insert(u"dynamic_template_data"_s, data);
        body.insert(u"template_id"_s, m_templateId);
    } else {
        const auto images = Mime::referencedImages(message);
        if (!images) {
            return images.error();
        }
        body.insert(u"subject"_s, message.subject);
        body.insert(u"content"_s, contentOf(message));
        if (!images->isEmpty()) {
            body.insert(u"attachments"_s, inlineAttachments(*images));
        }
    }
    body.insert(u"personalizations"_s, QJsonArray{personalization});
    if (!replyTo.isEmpty()) {
        body.insert(u"reply_to"_s, QJsonObject{{u"email"_s, replyTo}});
    }
    if (m_sandbox) {
        body.insert(u"mail_settings"_s, QJsonObject{{u"sandbox_mode"_s, QJsonObject{{u"enable"_s, true}}}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void SendGridChannel::send(const OutgoingMessage &message, Done done)
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
        qCWarning(lcChannel) << "SendGrid: notification" << message.notificationId << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }
    QNetworkRequest request = newRequest(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    qCDebug(lcChannel) << "SendGrid: sending notification" << message.notificationId << "to"
                       << m_endpoint.toDisplayString();
    this->request(ticket, request, QByteArrayLiteral("POST"), body.value(),
                  [this, ticket](const ChannelAnswer &answer) { finish(ticket, outcomeOf(answer)); });
}

void SendGridChannel::checkConnection(Done done)
{
    QUrl url = m_endpoint;
    QString path = url.path();
    path.chop(MailSendPath.size());
    url.setPath(path + u"/v3/scopes"_s);
    QNetworkRequest request = newRequest(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    runCheck(std::move(done), m_configError, request, QByteArrayLiteral("GET"), {},
             [this](const ChannelAnswer &answer) { return readScopes(answer); });
}

SendOutcome SendGridChannel::readScopes(const ChannelAnswer &answer) const
{
    if (answer.status != 200) {
        SendOutcome outcome = classify(answer);
        if (answer.status == 403) {
            // Here a 403 is about the key, not the sender.
            outcome.error->message = tr("SendGrid refused the API key. Check the key in Channels.");
        }
        outcome.providerAnswer = trimmedAnswer(answer.body);
        return outcome;
    }
    const QJsonArray scopes = QJsonDocument::fromJson(answer.body).object().value(u"scopes"_s).toArray();
    if (!scopes.contains(u"mail.send"_s)) {
        return failure(ErrorCode::ProviderRejected,
                       tr("SendGrid accepted the API key, but the key may not send mail. In SendGrid, open Settings → "
                          "API Keys and give the key the \"Mail Send\" permission (or create a new key)."),
                       trimmedAnswer(answer.body));
    }
    SendOutcome outcome;
    outcome.accepted = true;
    outcome.providerAnswer = m_sandbox ? tr("the API key may send mail (sandbox mode is on: SendGrid checks "
                                            "messages but delivers none).")
                                       : tr("the API key may send mail.");
    return outcome;
}

SendOutcome SendGridChannel::outcomeOf(const ChannelAnswer &answer) const
{
    SendOutcome outcome = classify(answer);
    outcome.httpStatus = answer.status;
    outcome.providerAnswer = trimmedAnswer(answer.body);
    return outcome;
}

SendOutcome SendGridChannel::classify(const ChannelAnswer &answer)
{
    const int status = answer.status;
    const QByteArray &body = answer.body;
    if (status >= 200 && status < 300) {
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerMessageId = QString::fromLatin1(answer.header("X-Message-Id").trimmed());
        return outcome;
    }

    const QStringList messages = providerMessages(body);
    const QString detail = messages.isEmpty() ? trimmedAnswer(body).trimmed() : messages.join(u"; "_s);
    const QByteArray retryAfter = answer.header("Retry-After");

    SendOutcome outcome;
    switch (status) {
    case 429: {
        outcome = failure(
            ErrorCode::RateLimited,
            tr("SendGrid is limiting how fast this account may send. Tidings will try again when SendGrid allows it."),
            detail, true);
        outcome.retryAt = parseRetryAfter(retryAfter);
        if (!outcome.retryAt) {
            outcome.retryAt = parseRateLimitReset(answer.header("X-RateLimit-Reset"));
        }
        return outcome;
    }
    case 500:
    case 502:
    case 503:
    case 504:
        outcome = failure(ErrorCode::ProviderFailed,
                          tr("SendGrid had a temporary problem (HTTP %1). Tidings will try again.").arg(status), detail,
                          true);
        outcome.retryAt = parseRetryAfter(retryAfter);
        return outcome;
    case 408:
        return failure(ErrorCode::Timeout, tr("SendGrid took too long to read the message. Tidings will try again."),
                       detail, true);
    case 400: {
        const QString first = firstProviderMessage(body);
        return failure(ErrorCode::ProviderRejected,
                       first.isEmpty() ? tr("SendGrid rejected the message.")
                                       : tr("SendGrid rejected the message: %1").arg(first),
                       detail);
    }
    case 401:
        return failure(ErrorCode::ProviderRejected, tr("SendGrid refused the API key. Check the key in Channels."),
                       detail);
    case 403:
        return failure(ErrorCode::ProviderRejected,
                       tr("SendGrid refused to send from this address. Verify the sender in your SendGrid account "
                          "(Sender Authentication)."),
                       detail);
    case 404:
    case 405:
        return failure(ErrorCode::ProviderRejected,
                       tr("SendGrid did not recognise the request (HTTP %1). Check the SendGrid server address in "
                          "Channels.")
                           .arg(status),
                       detail);
    case 413:
        return failure(ErrorCode::ProviderRejected,
                       tr("The message is too large for SendGrid. Make the email smaller (SendGrid accepts up to "
                          "30 MB including attachments)."),
                       detail);
    default:
        break;
    }
    if (status >= 300 && status < 400) {
        return failure(ErrorCode::ProviderRejected,
                       tr("SendGrid answered with a redirect (HTTP %1). Check the SendGrid server address in "
                          "Channels.")
                           .arg(status),
                       detail);
    }
    const QString first = firstProviderMessage(body);
    return failure(ErrorCode::ProviderRejected,
                   first.isEmpty()
                       ? tr("SendGrid refused the message (HTTP %1).").arg(status)
                       : tr("SendGrid refused the message (HTTP %1): %2").arg(QString::number(status), first),
                   detail);
}

} // namespace Tidings
