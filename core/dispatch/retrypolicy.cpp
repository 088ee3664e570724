#include "dispatch/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Tidings {

qint64 RetryPolicy::delayMs(int attemptsMade, QRandomGenerator &random) const
{
    const int exponent = std::clamp(attemptsMade - 1, 0, 30);
    const double raw =
        std::min(static_cast<double>(baseDelayMs) * std::pow(2.0, exponent), static_cast<double>(maxDelayMs));
    const double spread = raw * std::clamp(jitter, 0.0, 1.0);
    const double jittered = raw - spread + random.generateDouble() * 2.0 * spread;
    return std::max<qint64>(0, std::llround(jittered));
}

QDateTime RetryPolicy::nextAttempt(int attemptsMade, const QDateTime &now,
                                   const std::optional<QDateTime> &providerRetryAt, QRandomGenerator &random) const
{
    QDateTime next = now.addMSecs(delayMs(attemptsMade, random));
    if (providerRetryAt && providerRetryAt->isValid() && *providerRetryAt > next) {
        // Never wait absurdly long on a provider's word.
        next = std::min(*providerRetryAt, now.addMSecs(maxDelayMs));
    }
    return next;
}

} // namespace Tidings
