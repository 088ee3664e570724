#pragma once

#include "model/error.h"
#include "sources/polling/poller.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// HTTP plumbing every poller shares: which base URLs are allowed, how an answer that is not a page reads
// in the owner's words, and Retry-After.
namespace Tidings::PollHttp {

// An error when `baseUrl` is not http(s), or is plain http to anything but this machine: credentials
// never travel unencrypted over a network. `platform` is the display name ("Shopify").
std::optional<Error> checkBaseUrl(const QUrl &baseUrl, const QString &platform);

// An HTTP date ("Mon, 02 Mar 2026 08:59:30 GMT", RFC 9110's IMF-fixdate, or an RFC 2822 date with a
// numeric zone) in UTC; invalid when unreadable. (Qt 6.4 reads RFC 2822 dates only with a numeric zone.)
QDateTime httpDate(const QByteArray &header);

// Milliseconds to wait from a Retry-After value: delta seconds, or an HTTP date measured against the
// answer's own Date header (so this PC's clock does not matter). nullopt when absent or unreadable.
std::optional<qint64> retryAfterMs(const QByteArray &retryAfter, const QByteArray &date);

// The answer as a JSON object holding an array under `arrayKey` (e.g. "items", "results"); nullopt and a
// technical `detail` when it is not one (an HTML maintenance page, a truncated answer).
std::optional<QJsonObject> objectWithArray(const QByteArray &body, QLatin1StringView arrayKey, QString *detail);

// A finished exchange.
struct Answer
{
    int status = 0; // 0: no HTTP answer (network error)
    QByteArray body;
    QByteArray retryAfter;
    QByteArray date;
    QByteArray header(const QByteArray &name) const;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString networkError; // the transport's words when status is 0
    bool timedOut = false;
};

// Sends `verb` (GET or POST) and calls `done` once with the answer, on the network manager's thread.
// The transfer gives up after `timeoutMs`.
void send(QNetworkAccessManager *network, QNetworkRequest request, const QByteArray &verb, const QByteArray &body,
          std::function<void(const Answer &)> done, int timeoutMs = 60 * 1000);

// The failure for an answer that is not a page: network errors, timeouts, 429 and 5xx are retryable
// (429/503 with their Retry-After); 401/403 say the credentials were refused; 404 says the address is
// wrong. `platform` is the display name.
PollOutcome failureOf(const Answer &answer, const QString &platform);

} // namespace Tidings::PollHttp
