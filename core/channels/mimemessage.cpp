#include "channels/mimemessage.h"

#include "channels/channelhttp.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Tidings::Mime {

namespace {

struct MimeText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::MimeMessage)
};

constexpr qsizetype LineLength = 76;
// "=?UTF-8?B?" + "?=" leaves 63 of 75 characters: 60 base64 characters carry 45 bytes.
constexpr qsizetype WordBytes = 45;

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

// A display name: an atom-safe ASCII name goes as a quoted string, anything else as encoded-words.
QByteArray displayName(const QString &name, qsizetype used)
{
    if (isPlainAscii(name) && name.size() <= 60) {
        QByteArray quoted = name.toLatin1();
        quoted.replace('\\', "\\\\");
        quoted.replace('"', "\\\"");
        return '"' + quoted + '"';
    }
    return encodeWords(name, used);
}

QByteArray mailbox(const QString &name, const QString &email, qsizetype used)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        return '<' + email.toLatin1() + '>';
    }
    return displayName(trimmed, used) + "\r\n <" + email.toLatin1() + '>';
}

QByteArray randomToken()
{
    QByteArray bytes(12, Qt::Uninitialized);
    for (char &b : bytes) {
        b = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    return bytes.toHex();
}

bool asciiAddress(const QString &email)
{
    return isPlainAscii(email) && ChannelHttp::looksLikeAddress(email);
}

bool onlyChars(const QByteArray &text, const char *extra)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [extra](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               std::strchr(extra, c) != nullptr;
    });
}

} // namespace

Result<QList<InlineImage>> referencedImages(const OutgoingMessage &message)
{
    static const QByteArrayList imageTypes{"image/png", "image/jpeg", "image/gif", "image/webp"};
    QList<InlineImage> used;
    qsizetype total = 0;
    for (const InlineImage &image : message.inlineImages) {
        if (!onlyChars(image.contentId, ".-_@") || !imageTypes.contains(image.mimeType.toLower()) ||
            (!image.fileName.isEmpty() && !onlyChars(image.fileName.toLatin1(), ".-_"))) {
            return Error::make(ErrorCode::InvalidInput,
                               MimeText::tr("An image for the email (%1) has a name or type email cannot carry. Use a "
                                            "PNG, JPEG, GIF or WebP file with a plain file name.")
                                   .arg(image.fileName.isEmpty() ? QString::fromLatin1(image.contentId.left(40))
                                                                 : image.fileName.left(40)));
        }
        if (!message.html.contains(u"cid:"_s + QString::fromLatin1(image.contentId))) {
            continue;
        }
        total += image.data.size();
        InlineImage normalized = image;
        normalized.mimeType = image.mimeType.toLower();
        used.append(std::move(normalized));
    }
    if (total > MaxInlineBytes) {
        return Error::make(ErrorCode::InvalidInput,
                           MimeText::tr("The images in this email are too large (%1 KiB; at most %2 KiB). Use a "
                                        "smaller logo.")
                               .arg((total + 1023) / 1024) // rounded up: just over the limit must not read as at it
                               .arg(MaxInlineBytes / 1024));
    }
    return used;
}

QString inlineFileName(const InlineImage &image)
{
    if (!image.fileName.isEmpty()) {
        return image.fileName;
    }
    const QByteArray type = image.mimeType.toLower();
    const QByteArray extension = type == "image/jpeg" ? QByteArrayLiteral("jpg") : type.mid(type.indexOf('/') + 1);
    QByteArray stem = image.contentId.left(image.contentId.indexOf('@'));
    if (stem.isEmpty()) {
        stem = QByteArrayLiteral("image");
    }
    return QString::fromLatin1(stem + '.' + extension);
}

QByteArray encodeWords(const QString &text, qsizetype firstLineUsed)
{
    if (isPlainAscii(text) && !text.contains(u"=?"_s) && text.size() <= 66) {
        return text.toLatin1();
    }
    QList<QByteArray> words;
    QByteArray chunk;
    // The first word shares its line with the field name; later ones start a folded line (one space).
    qsizetype limit = std::min(WordBytes, ((LineLength - firstLineUsed - 12) / 4) * 3);
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + character.size() > limit && !chunk.isEmpty()) {
            words.append(chunk);
            chunk.clear();
            limit = WordBytes;
        }
        chunk += character;
    }
    if (!chunk.isEmpty() || words.isEmpty()) {
        words.append(chunk);
    }
    QByteArray joined;
    for (const QByteArray &word : std::as_const(words)) {
        if (!joined.isEmpty()) {
            joined += "\r\n ";
        }
        joined += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return joined;
}

QByteArray rfc5322Date(const QDateTime &when)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = when.toUTC();
    const QDate date = utc.date();
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " + QByteArray::number(date.day()) + ' ' +
           months[date.month() - 1] + ' ' + QByteArray::number(date.year()) + ' ' +
           utc.time().toString(u"HH:mm:ss"_s).toLatin1() + " +0000";
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += LineLength) {
        lines += encoded.mid(i, LineLength) + "\r\n";
    }
    return lines;
}

Result<Built> build(const OutgoingMessage &message, const ChannelConfig &config, const QDateTime &now,
                    const QByteArray &random)
{
    const auto invalid = [](const QString &text) { return Error::make(ErrorCode::InvalidInput, text); };
    const QString toEmail = message.toEmail.trimmed();
    const QString fromEmail = config.fromEmail.trimmed();
    const QString replyTo = config.replyTo.trimmed();
    if (ChannelHttp::hasLineBreak(message.subject)) {
        return invalid(MimeText::tr("The subject contains a line break, which could be used to add hidden email "
                                    "headers. Remove line breaks from the template's subject."));
    }
    if (ChannelHttp::hasLineBreak(message.toName)) {
        return invalid(MimeText::tr("The customer's name contains a line break, so the message was not sent."));
    }
    if (ChannelHttp::hasLineBreak(config.fromName)) {
        return invalid(MimeText::tr("The sender name contains a line break. Correct it in Channels."));
    }
    if (toEmail.isEmpty()) {
        return invalid(MimeText::tr("The notification has no recipient address."));
    }
    if (ChannelHttp::hasLineBreak(toEmail) || !asciiAddress(toEmail)) {
        return invalid(MimeText::tr("“%1” is not an email address.").arg(toEmail.simplified()));
    }
    if (ChannelHttp::hasLineBreak(fromEmail) || !asciiAddress(fromEmail)) {
        return invalid(MimeText::tr("The sender address is not an email address. Correct it in Channels."));
    }
    if (!replyTo.isEmpty() && (ChannelHttp::hasLineBreak(replyTo) || !asciiAddress(replyTo))) {
        return invalid(MimeText::tr("The reply-to address is not an email address. Correct it in Channels."));
    }
    if (message.text.isEmpty() && message.html.isEmpty()) {
        return invalid(MimeText::tr("The message has neither text nor HTML, so there is nothing to send."));
    }
    const auto images = referencedImages(message);
    if (!images) {
        return images.error();
    }

    const QByteArray token = random.isEmpty() ? randomToken() : random;
    const QByteArray domain = fromEmail.section(u'@', 1).toLatin1();
    const QByteArray id = QByteArray::number(message.notificationId);
    Built built;
    built.messageId = "<tidings." + id + '.' + token + '@' + domain + '>';
    built.envelopeFrom = fromEmail;
    built.envelopeTo = toEmail;

    QByteArray &out = built.message;
    out += "From: " + mailbox(config.fromName, fromEmail, 6) + "\r\n";
    out += "To: " + mailbox(message.toName, toEmail, 4) + "\r\n";
    if (!replyTo.isEmpty()) {
        out += "Reply-To: <" + replyTo.toLatin1() + ">\r\n";
    }
    out += "Subject: " + encodeWords(message.subject, 9) + "\r\n";
    out += "Date: " + rfc5322Date(now) + "\r\n";
    out += "Message-ID: " + built.messageId + "\r\n";
    out += "X-Tidings-Notification-Id: " + id + "\r\n";
    out += "MIME-Version: 1.0\r\n";

    const auto part = [](const QByteArray &type, const QString &body) -> QByteArray {
        return "Content-Type: " + type + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
               base64Lines(body.toUtf8());
    };
    // The text and HTML: one part, or multipart/alternative (headers included).
    QByteArray content;
    QByteArray contentType;
    if (message.html.isEmpty()) {
        content = part("text/plain", message.text);
    } else if (message.text.isEmpty()) {
        content = part("text/html", message.html);
        contentType = "text/html";
    } else {
        const QByteArray boundary = "=_tidings_" + token;
        content = "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
        content += "--" + boundary + "\r\n" + part("text/plain", message.text);
        content += "--" + boundary + "\r\n" + part("text/html", message.html);
        content += "--" + boundary + "--\r\n";
        contentType = "multipart/alternative";
    }
    if (images->isEmpty()) {
        out += content;
        return built;
    }
    const QByteArray related = "=_tidings_related_" + token;
    out +=
        "Content-Type: multipart/related;\r\n boundary=\"" + related + "\";\r\n type=\"" + contentType + "\"\r\n\r\n";
    out += "--" + related + "\r\n" + content;
    for (const InlineImage &image : std::as_const(*images)) {
        const QByteArray name = image.fileName.isEmpty() ? QByteArray() : "; name=\"" + image.fileName.toLatin1() + '"';
        out += "--" + related + "\r\n";
        out += "Content-Type: " + image.mimeType.toLower() + name + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n";
        out += "Content-ID: <" + image.contentId + ">\r\n";
        out += "Content-Disposition: inline" +
               (image.fileName.isEmpty() ? QByteArray() : "; filename=\"" + image.fileName.toLatin1() + '"') +
               "\r\n\r\n";
        out += base64Lines(image.data);
    }
    out += "--" + related + "--\r\n";
    return built;
}

} // namespace Tidings::Mime
