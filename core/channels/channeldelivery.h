#pragma once

#include "channels/channelconfig.h"
#include "model/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tidings {

// How the dispatcher treats one channel's messages, kept in the channel's options so the configuration file
// carries it:
//   "retry": {"maxAttempts": 5, "maxAgeHours": 24, "fallbackAfter": 3},
//   "fallbackChannelId": "mailgun"
// Every key is optional; what is missing is the dispatcher's own default.
struct ChannelDelivery
{
    static constexpr int MaxAttemptsLimit = 100;
    static constexpr int MaxAgeHoursLimit = 24 * 30;
    static constexpr int DefaultFallbackAfter = 3;

    std::optional<int> maxAttempts;           // attempts before a message fails for good
    std::optional<int> maxAgeHours;           // hours after its creation a message may still be retried
    QString fallbackChannelId;                // where the queue flows when this channel keeps failing; empty: nowhere
    int fallbackAfter = DefaultFallbackAfter; // retryable failures in a row before a message moves there

    // Lenient: what is not a valid value is left out (AppConfig and the engine reject it with a reason first).
    static ChannelDelivery fromOptions(const QJsonObject &options);
    // Replaces the delivery keys of `options` with these (defaults leave no key behind).
    void writeTo(QJsonObject *options) const;

    bool operator==(const ChannelDelivery &other) const = default;
};

// Checks the delivery keys of `channel` against the channels it will live with (`channels` may hold an
// older copy of `channel` itself). The error names the channel and the key at fault.
Status checkChannelDelivery(const ChannelConfig &channel, const QList<ChannelConfig> &channels);

} // namespace Tidings
