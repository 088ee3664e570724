#include "channels/sendgridchannel.h"

#include "channels/channellog.h"

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

const QString DefaultBaseUrl = u"https://api.sendgrid.com"_s;
const QString MailSendPath = u"/v3/mail/send"_s;

bool hasLineBreak(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\r' || u == u'\n' || u == u'\0' || u == 0x85 || u == 0x2028 || u == 0x2029) {
            return true;
        }
    }
    return false;
}

bool looksLikeAddress(const QString &email)
{
    if (email.isEmpty() || !email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@')) {
        return false;
    }
    for (const QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'<' || c == u'>' || c == u',' || c == u';') {
            return false;
        }
    }
    return true;
}

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

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QDateTime> parseRateLimitReset(const QByteArray &value)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok || number < 0) {
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Documented as unix seconds; a small number can only be a delay.
    if (number < 1'000'000'000) {
        return now.addSecs(number);
    }
    return QDateTime::fromSecsSinceEpoch(number, Qt::UTC);
}

std::optional<QDateTime> parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok) {
        return seconds >= 0 ? std::optional(QDateTime::currentDateTimeUtc().addSecs(seconds)) : std::nullopt;
    }
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    return date.isValid() ? std::optional(date.toUTC()) : std::nullopt;
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

QString trimmedAnswer(const QByteArray &body)
{
    if (body.size() <= SendGridChannel::MaxAnswerBytes) {
        return QString::fromUtf8(body);
    }
    // Cut on a character boundary: drop a partial UTF-8 sequence at the end.
    qsizetype end = SendGridChannel::MaxAnswerBytes;
    while (end > 0 && (static_cast<unsigned char>(body.at(end)) & 0xC0) == 0x80) {
        --end;
    }
    return QString::fromUtf8(body.left(end)) + u"…"_s;
}

SendOutcome failure(ErrorCode code, const QString &message, const QString &detail = {}, bool retryable = false)
{
    SendOutcome outcome;
    outcome.error = Error::make(code, message, detail, retryable);
    return outcome;
}

} // namespace

SendGridChannel::SendGridChannel(ChannelConfig config, QString apiKey, QNetworkAccessManager *network, QObject *parent)
    : Channel(parent)
    , m_config(std::move(config))
    , m_apiKey(std::move(apiKey).trimmed())
    , m_network(network)
    , m_endpoint(mailSendUrl(m_config.baseUrl))
{
    const QVariant timeout = m_config.options.value(u"timeoutMs"_s).toVariant();
    bool ok = false;
    const int timeoutMs = timeout.toInt(&ok);
    if (ok && timeoutMs > 0) {
        m_timeoutMs = timeoutMs;
    }
    m_sandbox = m_config.options.value(u"sandbox"_s).toVariant().toBool();

    const bool secure = m_endpoint.scheme() == u"https"_s;
    const bool plainLocal = m_endpoint.scheme() == u"http"_s && isLoopbackHost(m_endpoint.host());
    if (m_apiKey.isEmpty()) {
        m_configError = Error::make(ErrorCode::Config, tr("No API key is saved for %1.").arg(displayName()));
    } else if (std::any_of(m_apiKey.cbegin(), m_apiKey.cend(), [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("The API key saved for %1 contains spaces or line breaks. Paste it again in Connections.")
                            .arg(displayName()));
    } else if (!m_endpoint.isValid() || m_endpoint.host().isEmpty() || (!secure && !plainLocal)) {
        // The key must never travel in clear text over a real network.
        m_configError = Error::make(
            ErrorCode::Config,
            tr("The SendGrid address of %1 must be an https:// address. Check it in Connections.").arg(displayName()),
            m_endpoint.toDisplayString());
    } else if (m_config.fromEmail.trimmed().isEmpty()) {
        m_configError = Error::make(ErrorCode::Config,
                                    tr("No sender address is set for %1. Add one in Connections.").arg(displayName()));
    }
    if (!m_configError) {
        m_authorization = QByteArrayLiteral("Bearer ") + m_apiKey.toUtf8();
    }
}

SendGridChannel::~SendGridChannel()
{
    // Answer every send still waiting, once, and leave nothing that could call back into us.
    QHash<quint64, Pending> pending;
    pending.swap(m_pending);
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        Pending &entry = it.value();
        SendOutcome outcome;
        if (entry.reply) {
            disconnect(entry.reply, nullptr, this, nullptr);
            entry.reply->abort();
            entry.reply->deleteLater();
            outcome = failure(ErrorCode::Network,
                              tr("Sending was stopped before SendGrid answered. SendGrid may or may not have taken "
                                 "the message."),
                              {}, true);
        } else if (entry.outcome) {
            outcome = *entry.outcome;
        }
        if (entry.done) {
            entry.done(outcome);
        }
    }
}

QString SendGridChannel::type() const
{
    return u"sendgrid"_s;
}

int SendGridChannel::pendingCount() const
{
    return static_cast<int>(m_pending.size());
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

Result<QByteArray> SendGridChannel::buildBody(const OutgoingMessage &message) const
{
    const auto invalid = [](const QString &text) { return Error::make(ErrorCode::InvalidInput, text); };

    const QString toEmail = message.toEmail.trimmed();
    const QString fromEmail = m_config.fromEmail.trimmed();
    const QString replyTo = m_config.replyTo.trimmed();
    if (hasLineBreak(message.subject)) {
        return invalid(tr("The subject contains a line break, which could be used to add hidden email headers. "
                          "Remove line breaks from the template's subject."));
    }
    if (hasLineBreak(message.toName)) {
        return invalid(tr("The customer's name contains a line break, so the message was not sent."));
    }
    if (hasLineBreak(m_config.fromName)) {
        return invalid(
            tr("The sender name of %1 contains a line break. Correct it in Connections.").arg(displayName()));
    }
    if (toEmail.isEmpty()) {
        return invalid(tr("The notification has no recipient address."));
    }
    if (hasLineBreak(toEmail) || !looksLikeAddress(toEmail)) {
        return invalid(tr("“%1” is not an email address.").arg(toEmail.simplified()));
    }
    if (hasLineBreak(fromEmail) || !looksLikeAddress(fromEmail)) {
        return invalid(
            tr("The sender address of %1 is not an email address. Correct it in Connections.").arg(displayName()));
    }
    if (!replyTo.isEmpty() && (hasLineBreak(replyTo) || !looksLikeAddress(replyTo))) {
        return invalid(
            tr("The reply-to address of %1 is not an email address. Correct it in Connections.").arg(displayName()));
    }
    if (message.subject.trimmed().isEmpty()) {
        return invalid(tr("The message has no subject."));
    }
    if (message.text.isEmpty() && message.html.isEmpty()) {
        return invalid(tr("The message has neither text nor HTML content."));
    }

    QJsonObject personalization{
        {u"to"_s, QJsonArray{address(toEmail, cleanName(message.toName))}},
        {u"custom_args"_s, QJsonObject{{u"tidings_notification_id"_s, QString::number(message.notificationId)}}},
    };

    QJsonArray content;
    if (!message.text.isEmpty()) {
        content.append(QJsonObject{{u"type"_s, u"text/plain"_s}, {u"value"_s, message.text}});
    }
    if (!message.html.isEmpty()) {
        content.append(QJsonObject{{u"type"_s, u"text/html"_s}, {u"value"_s, message.html}});
    }

    QJsonObject body{
        {u"personalizations"_s, QJsonArray{personalization}},
        {u"from"_s, address(fromEmail, cleanName(m_config.fromName))},
        {u"subject"_s, message.subject},
        {u"content"_s, content},
    };
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
    const quint64 ticket = m_nextTicket++;

    std::optional<Error> early = m_configError;
    Result<QByteArray> body = QByteArray();
    if (!early) {
        body = buildBody(message);
        if (!body) {
            early = body.error();
        }
    }
    if (!early && !m_network) {
        early = Error::make(ErrorCode::Internal, tr("SendGrid cannot be reached: the network is not ready."));
    }
    if (early) {
        qCWarning(lcChannel) << "SendGrid: notification" << message.notificationId << "not sent:" << early->message;
        SendOutcome outcome;
        outcome.error = *early;
        m_pending.emplace(ticket, Pending{nullptr, std::move(done), std::move(outcome)});
        QMetaObject::invokeMethod(
            this, [this, ticket] { finishEarly(ticket); }, Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Tidings/" TIDINGS_VERSION));
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    // Never follow a redirect: it would carry the API key to another address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    qCDebug(lcChannel) << "SendGrid: sending notification" << message.notificationId << "to"
                       << m_endpoint.toDisplayString();
    QNetworkReply *reply = m_network->post(request, body.value());
    m_pending.emplace(ticket, Pending{reply, std::move(done), std::nullopt});
    connect(reply, &QNetworkReply::finished, this, [this, ticket] { onReplyFinished(ticket); });
    connect(reply, &QObject::destroyed, this, [this, ticket] { onReplyDestroyed(ticket); });
}

void SendGridChannel::finishEarly(quint64 ticket)
{
    auto it = m_pending.find(ticket);
    if (it == m_pending.end()) {
        return;
    }
    Pending entry = std::move(it.value());
    m_pending.erase(it);
    // Last: `done` may destroy this channel.
    entry.done(entry.outcome.value_or(SendOutcome{}));
}

void SendGridChannel::onReplyFinished(quint64 ticket)
{
    auto it = m_pending.find(ticket);
    if (it == m_pending.end()) {
        return;
    }
    Pending entry = std::move(it.value());
    m_pending.erase(it);
    QNetworkReply *reply = entry.reply;
    disconnect(reply, nullptr, this, nullptr);
    const SendOutcome outcome = outcomeOf(reply);
    reply->deleteLater();
    if (outcome.accepted) {
        qCDebug(lcChannel) << "SendGrid: accepted, message id" << outcome.providerMessageId;
    } else {
        qCWarning(lcChannel).nospace() << "SendGrid: send failed (HTTP " << outcome.httpStatus
                                       << ", retryable: " << outcome.error->retryable << "): " << outcome.error->message
                                       << " " << outcome.error->detail;
    }
    // Last: `done` may destroy this channel.
    entry.done(outcome);
}

void SendGridChannel::onReplyDestroyed(quint64 ticket)
{
    // The network manager went away (and took its replies) before an answer arrived.
    auto it = m_pending.find(ticket);
    if (it == m_pending.end()) {
        return;
    }
    Pending entry = std::move(it.value());
    m_pending.erase(it);
    qCWarning(lcChannel) << "SendGrid: request dropped before an answer arrived";
    entry.done(failure(ErrorCode::Network,
                       tr("Sending was stopped before SendGrid answered. SendGrid may or may not have taken the "
                          "message."),
                       {}, true));
}

SendOutcome SendGridChannel::outcomeOf(QNetworkReply *reply) const
{
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (status <= 0) {
        return outcomeOfNetworkError(reply);
    }
    const QByteArray body = reply->readAll();
    SendOutcome outcome = outcomeOfStatus(status, reply, body);
    outcome.httpStatus = status;
    outcome.providerAnswer = redacted(trimmedAnswer(body));
    if (outcome.error) {
        outcome.error->detail = redacted(outcome.error->detail);
    }
    return outcome;
}

SendOutcome SendGridChannel::outcomeOfStatus(int status, QNetworkReply *reply, const QByteArray &body) const
{
    if (status >= 200 && status < 300) {
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerMessageId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("X-Message-Id")).trimmed());
        return outcome;
    }

    const QStringList messages = providerMessages(body);
    const QString detail = messages.isEmpty() ? trimmedAnswer(body).trimmed() : messages.join(u"; "_s);
    const QByteArray retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));

    SendOutcome outcome;
    switch (status) {
    case 429: {
        outcome = failure(
            ErrorCode::RateLimited,
            tr("SendGrid is limiting how fast this account may send. Tidings will try again when SendGrid allows it."),
            detail, true);
        outcome.retryAt = parseRetryAfter(retryAfter);
        if (!outcome.retryAt) {
            outcome.retryAt = parseRateLimitReset(reply->rawHeader(QByteArrayLiteral("X-RateLimit-Reset")));
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
        return failure(ErrorCode::ProviderRejected, tr("SendGrid refused the API key. Check the key in Connections."),
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
                          "Connections.")
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
                          "Connections.")
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

SendOutcome SendGridChannel::outcomeOfNetworkError(QNetworkReply *reply) const
{
    const QString detail = redacted(reply->errorString());
    const QString host = m_endpoint.host();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
    case QNetworkReply::TimeoutError:
        return failure(ErrorCode::Timeout,
                       tr("SendGrid did not answer in time. The message may still have been sent; Tidings will try "
                          "again."),
                       u"No answer within %1 ms (%2)"_s.arg(QString::number(m_timeoutMs), detail), true);
    case QNetworkReply::HostNotFoundError:
        return failure(ErrorCode::Network,
                       tr("Tidings could not find the SendGrid server (%1). Check the internet connection.").arg(host),
                       detail, true);
    case QNetworkReply::ConnectionRefusedError:
        return failure(ErrorCode::Network, tr("The SendGrid server (%1) refused the connection.").arg(host), detail,
                       true);
    case QNetworkReply::SslHandshakeFailedError:
        return failure(ErrorCode::Network,
                       tr("The secure connection to SendGrid failed. Check the computer's date and any proxy or "
                          "security software that inspects HTTPS."),
                       detail, true);
    default:
        return failure(ErrorCode::Network,
                       tr("Tidings could not reach SendGrid. It will try again when the connection works."), detail,
                       true);
    }
}

QString SendGridChannel::redacted(QString text) const
{
    if (!m_apiKey.isEmpty()) {
        text.replace(m_apiKey, u"[API key]"_s);
    }
    return text;
}

QString SendGridChannel::displayName() const
{
    if (!m_config.name.isEmpty()) {
        return m_config.name;
    }
    return m_config.id.isEmpty() ? u"SendGrid"_s : m_config.id;
}

} // namespace Tidings
