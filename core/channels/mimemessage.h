#pragma once

#include "channels/channel.h"
#include "channels/channelconfig.h"
#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// An RFC 5322 message built from a rendered notification, for channels that hand a whole message to the
// provider (SMTP, the Gmail API). Layout:
//   From / To / Reply-To / Subject  (RFC 2047 B encoded-words, UTF-8, at most 75 characters each, folded)
//   Date (RFC 5322, UTC), Message-ID: <tidings.<notification id>.<random>@<sender domain>>, MIME-Version: 1.0,
//   X-Tidings-Notification-Id: <notification id>
//   multipart/alternative: text/plain then text/html, each UTF-8 and base64 in lines of 76
//   wrapped in multipart/related (RFC 2387) with each inline image the HTML refers to as "cid:<id>"
//   (Content-ID, Content-Disposition: inline, base64), at most MaxInlineBytes in all
// CRLF line endings throughout; no line is longer than 76 characters. A line break in anything that becomes
// a header is refused (header injection), as are addresses that do not look like addresses.
namespace Tidings::Mime {

// Inline images larger than this in all are refused (mail servers commonly take 10-25 MB messages; a logo
// is a few KiB).
constexpr qsizetype MaxInlineBytes = 2 * 1024 * 1024;

// The inline images the HTML refers to, or why one cannot go into a message. Every image is checked (content id of
// letters, digits and . - _ @; PNG, JPEG, GIF or WebP; a plain file name when there is one); only those the HTML
// shows as "cid:<content id>" are returned, their type in lower case, at most MaxInlineBytes in all. A refusal is
// InvalidInput (not retryable), in the shop owner's words. build() uses it, and so do the channels that hand the
// images to a provider's API one by one (SendGrid, Mailgun, Microsoft Graph, Amazon SES, Mandrill).
Result<QList<InlineImage>> referencedImages(const OutgoingMessage &message);

// The name an inline image goes by where a provider needs one: its file name, else the part of its content id
// before '@' with the extension of its type ("logo@tidings", image/png → "logo.png").
QString inlineFileName(const InlineImage &image);

struct Built
{
    QByteArray message;   // the whole message, CRLF line endings
    QByteArray messageId; // with angle brackets
    QString envelopeFrom; // bare address for MAIL FROM
    QString envelopeTo;   // bare address for RCPT TO
};

// `random` is the unique part of the Message-ID and the boundary; empty: a fresh random value.
Result<Built> build(const OutgoingMessage &message, const ChannelConfig &config,
                    const QDateTime &now = QDateTime::currentDateTimeUtc(), const QByteArray &random = {});

// RFC 2047 "B" encoded-words for `text` (UTF-8, never splitting a character), joined by CRLF SP. ASCII text
// without specials is returned as is. `firstLineUsed`: columns taken before the first word ("Subject: " is 9).
QByteArray encodeWords(const QString &text, qsizetype firstLineUsed = 1);

// "Sun, 29 Nov 2026 03:25:55 +0000", independent of the locale.
QByteArray rfc5322Date(const QDateTime &when);

// `data` as base64 in lines of at most 76 characters, each ending in CRLF.
QByteArray base64Lines(const QByteArray &data);

} // namespace Tidings::Mime
