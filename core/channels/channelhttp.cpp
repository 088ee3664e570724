#include "channels/channelhttp.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Tidings::ChannelHttp {

namespace {

struct HttpText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::ChannelHttp)
};

} // namespace

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

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<Error> checkBaseUrl(const QUrl &url, const QString &provider, const QString &channelName)
{
    const bool secure = url.scheme() == u"https"_s;
    const bool plainLocal = url.scheme() == u"http"_s && isLoopbackHost(url.host());
    if (!url.isValid() || url.host().isEmpty() || (!secure && !plainLocal)) {
        return Error::make(ErrorCode::Config,
                           HttpText::tr("The %1 address of %2 must be an https:// address. Check it in Channels.")
                               .arg(provider, channelName),
                           url.toDisplayString());
    }
    return std::nullopt;
}

std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok) {
        return seconds >= 0 ? std::optional(now.addSecs(seconds)) : std::nullopt;
    }
    QByteArray text = trimmed;
    // Qt 6.4 reads RFC 2822 dates only with a numeric zone; HTTP dates say GMT.
    if (text.endsWith(" GMT")) {
        text.chop(4);
        text += " +0000";
    }
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    return date.isValid() ? std::optional(date.toUTC()) : std::nullopt;
}

std::optional<QDateTime> parseRateLimitReset(const QByteArray &value, const QDateTime &now)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok || number < 0) {
        return std::nullopt;
    }
    if (number < 1'000'000'000) {
        return now.addSecs(number);
    }
    return QDateTime::fromSecsSinceEpoch(number, Qt::UTC);
}

QString trimmedAnswer(const QByteArray &body)
{
    if (body.size() <= MaxAnswerBytes) {
        return QString::fromUtf8(body);
    }
    qsizetype end = MaxAnswerBytes;
    while (end > 0 && (static_cast<unsigned char>(body.at(end)) & 0xC0) == 0x80) {
        --end;
    }
    return QString::fromUtf8(body.left(end)) + u"…"_s;
}

std::optional<Error> checkEmail(const OutgoingMessage &message, const ChannelConfig &config, const QString &channelName,
                                bool needsSender)
{
    const auto invalid = [](const QString &text) { return Error::make(ErrorCode::InvalidInput, text); };
    const QString toEmail = message.toEmail.trimmed();
    const QString fromEmail = config.fromEmail.trimmed();
    const QString replyTo = config.replyTo.trimmed();
    if (hasLineBreak(message.subject)) {
        return invalid(HttpText::tr("The subject contains a line break, which could be used to add hidden email "
                                    "headers. Remove line breaks from the template's subject."));
    }
    if (hasLineBreak(message.toName)) {
        return invalid(HttpText::tr("The customer's name contains a line break, so the message was not sent."));
    }
    if (needsSender && hasLineBreak(config.fromName)) {
        return invalid(
            HttpText::tr("The sender name of %1 contains a line break. Correct it in Channels.").arg(channelName));
    }
    if (toEmail.isEmpty()) {
        return invalid(HttpText::tr("The notification has no recipient address."));
    }
    if (hasLineBreak(toEmail) || !looksLikeAddress(toEmail)) {
        return invalid(HttpText::tr("“%1” is not an email address.").arg(toEmail.simplified()));
    }
    if (needsSender && (hasLineBreak(fromEmail) || !looksLikeAddress(fromEmail))) {
        return invalid(
            HttpText::tr("The sender address of %1 is not an email address. Correct it in Channels.").arg(channelName));
    }
    if (!replyTo.isEmpty() && (hasLineBreak(replyTo) || !looksLikeAddress(replyTo))) {
        return invalid(HttpText::tr("The reply-to address of %1 is not an email address. Correct it in Channels.")
                           .arg(channelName));
    }
    if (message.subject.trimmed().isEmpty()) {
        return invalid(HttpText::tr("The message has no subject."));
    }
    if (message.text.isEmpty() && message.html.isEmpty()) {
        return invalid(HttpText::tr("The message has neither text nor HTML content."));
    }
    return std::nullopt;
}

SendOutcome failure(ErrorCode code, const QString &message, const QString &detail, bool retryable)
{
    SendOutcome outcome;
    outcome.error = Error::make(code, message, detail, retryable);
    return outcome;
}

} // namespace Tidings::ChannelHttp
