#include "dispatch/ratelimiter.h"

#include "channels/channel.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Tidings {

TokenBucket::TokenBucket(double ratePerSecond, double burst, const QDateTime &now)
    : m_rate(ratePerSecond)
    , m_burst(std::max(1.0, burst))
    , m_tokens(std::max(1.0, burst))
    , m_lastMs(now.toMSecsSinceEpoch())
{}

void TokenBucket::refill(const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (nowMs > m_lastMs) {
        m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastMs) * m_rate / 1000.0);
        m_lastMs = nowMs;
    }
}

bool TokenBucket::tryTake(const QDateTime &now)
{
    refill(now);
    if (m_tokens < 1.0) {
        return false;
    }
    m_tokens -= 1.0;
    return true;
}

qint64 TokenBucket::msUntilNext(const QDateTime &now) const
{
    TokenBucket copy = *this;
    copy.refill(now);
    if (copy.m_tokens >= 1.0 || m_rate <= 0) {
        return 0;
    }
    return static_cast<qint64>(std::ceil((1.0 - copy.m_tokens) * 1000.0 / m_rate));
}

double ChannelRateLimits::rateFor(const ChannelConfig &channel)
{
    const QJsonValue option = channel.options.value(u"ratePerSecond"_s);
    if (!option.isUndefined() && !option.isNull()) {
        bool ok = false;
        const double rate = option.isDouble() ? option.toDouble() : option.toString().trimmed().toDouble(&ok);
        if (option.isDouble() || ok) {
            return std::max(0.0, rate);
        }
    }
    const ChannelTypeInfo *info = channelTypeInfo(channel.type);
    return info ? std::max(0.0, info->defaultRatePerSecond) : 0.0;
}

void ChannelRateLimits::configure(const QList<ChannelConfig> &channels, const QDateTime &now)
{
    QHash<QString, TokenBucket> buckets;
    for (const ChannelConfig &channel : channels) {
        const double rate = rateFor(channel);
        if (rate <= 0) {
            continue;
        }
        const auto existing = m_buckets.constFind(channel.id);
        if (existing != m_buckets.constEnd() && existing->ratePerSecond() == rate) {
            buckets.insert(channel.id, *existing); // a reconfiguration does not hand out a fresh burst
        } else {
            buckets.insert(channel.id, TokenBucket(rate, rate, now));
        }
    }
    m_buckets = std::move(buckets);
}

bool ChannelRateLimits::tryTake(const QString &channelId, const QDateTime &now)
{
    auto it = m_buckets.find(channelId);
    return it == m_buckets.end() || it->tryTake(now);
}

QStringList ChannelRateLimits::exhausted(const QDateTime &now) const
{
    QStringList ids;
    for (auto it = m_buckets.constBegin(); it != m_buckets.constEnd(); ++it) {
        if (it->msUntilNext(now) > 0) {
            ids.append(it.key());
        }
    }
    return ids;
}

std::optional<qint64> ChannelRateLimits::msUntilAnyFree(const QDateTime &now) const
{
    std::optional<qint64> soonest;
    for (const TokenBucket &bucket : m_buckets) {
        const qint64 wait = bucket.msUntilNext(now);
        if (wait > 0 && (!soonest || wait < *soonest)) {
            soonest = wait;
        }
    }
    return soonest;
}

} // namespace Tidings
