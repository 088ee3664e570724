#pragma once

#include "channels/channel.h"
#include "model/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

// Small rules every channel shares: what an address looks like, which base URLs are allowed, how a
// provider's Retry-After reads, and how much of an answer is kept.
namespace Tidings::ChannelHttp {

constexpr qsizetype MaxAnswerBytes = 4096;

// True for CR, LF, NUL and the Unicode line separators: never allowed in a header value.
bool hasLineBreak(QStringView text);

// A plausible single email address (no spaces, brackets, commas or controls; one part each side of @).
bool looksLikeAddress(const QString &email);

bool isLoopbackHost(const QString &host);

// An error when `url` is not https (plain http is allowed only to this machine, for tests and relays):
// credentials never travel unencrypted over a network. `provider` is the display name.
std::optional<Error> checkBaseUrl(const QUrl &url, const QString &provider, const QString &channelName);

// Retry-After as delta seconds or an HTTP date; nullopt when absent or unreadable.
std::optional<QDateTime> parseRetryAfter(const QByteArray &value,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc());

// A unix-seconds reset time (X-RateLimit-Reset); a small number is read as a delay in seconds.
std::optional<QDateTime> parseRateLimitReset(const QByteArray &value,
                                             const QDateTime &now = QDateTime::currentDateTimeUtc());

// The body as text, cut to MaxAnswerBytes on a character boundary.
QString trimmedAnswer(const QByteArray &body);

// Why an email cannot go out as it is, or nullopt: line breaks in the subject, names or addresses (they
// could add hidden headers), no or malformed recipient, sender (when `needsSender`) or reply-to address,
// no subject, no content. `channelName` names the channel in the owner's words.
std::optional<Error> checkEmail(const OutgoingMessage &message, const ChannelConfig &config, const QString &channelName,
                                bool needsSender = true);

SendOutcome failure(ErrorCode code, const QString &message, const QString &detail = {}, bool retryable = false);

} // namespace Tidings::ChannelHttp
