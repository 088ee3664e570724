#pragma once

#include "channels/channelconfig.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tidings {

// A token bucket: `ratePerSecond` sends a second on average, up to `burst` at once after a quiet spell.
// Time comes from the caller (the dispatcher's clock), so tests can step it.
class TokenBucket
{
public:
    TokenBucket(double ratePerSecond, double burst, const QDateTime &now);

    // Takes a token if one is there.
    bool tryTake(const QDateTime &now);
    // Milliseconds until the next token (0 when one is there now).
    qint64 msUntilNext(const QDateTime &now) const;

    double ratePerSecond() const { return m_rate; }

private:
    void refill(const QDateTime &now);

    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs;
};

// The send rate of each channel: its "ratePerSecond" option when set (0 or less: no limit), else the
// provider's own default (ChannelTypeInfo::defaultRatePerSecond; e.g. SES sandbox accounts 1/s,
// ActiveCampaign 5/s). Burst: one second's worth, at least one.
class ChannelRateLimits
{
public:
    void configure(const QList<ChannelConfig> &channels, const QDateTime &now);

    // The rate a channel ends up with (0: unlimited).
    static double rateFor(const ChannelConfig &channel);

    // True when `channelId` may send now (and takes its token); unknown and unlimited channels always may.
    bool tryTake(const QString &channelId, const QDateTime &now);
    // Channels that may not send now.
    QStringList exhausted(const QDateTime &now) const;
    // Milliseconds until the first of the exhausted channels may send again; nullopt when none is exhausted.
    std::optional<qint64> msUntilAnyFree(const QDateTime &now) const;

private:
    QHash<QString, TokenBucket> m_buckets;
};

} // namespace Tidings
