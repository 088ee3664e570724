#pragma once

#include <QDateTime>

#include <optional>

class QRandomGenerator;

namespace Tidings {

// Exponential backoff with jitter: the n-th retry waits about base * 2^(n-1), capped, spread by
// +/- jitter so that many failed messages do not all come back at once. A provider's own
// "come back at" time (Retry-After, rate-limit reset) wins when it is later.
struct RetryPolicy
{
    int maxAttempts = 10;
    qint64 baseDelayMs = 30 * 1000;
    qint64 maxDelayMs = 2 * 60 * 60 * 1000;
    double jitter = 0.2; // fraction of the delay, either way

    // Delay before the next attempt after `attemptsMade` attempts (1 = the first failed).
    qint64 delayMs(int attemptsMade, QRandomGenerator &random) const;
    QDateTime nextAttempt(int attemptsMade, const QDateTime &now, const std::optional<QDateTime> &providerRetryAt,
                          QRandomGenerator &random) const;

    bool exhausted(int attemptsMade) const { return attemptsMade >= maxAttempts; }
};

} // namespace Tidings
