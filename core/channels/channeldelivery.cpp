#include "channels/channeldelivery.h"

#include "channels/channel.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct DeliveryText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::ChannelDelivery)
};

const QString RetryKey = u"retry"_s;
const QString MaxAttemptsKey = u"maxAttempts"_s;
const QString MaxAgeHoursKey = u"maxAgeHours"_s;
const QString FallbackAfterKey = u"fallbackAfter"_s;
const QString FallbackKey = u"fallbackChannelId"_s;

// A whole number in [1, limit]; nullopt for anything else (absent included).
std::optional<int> wholeNumber(const QJsonValue &value, int limit)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number != static_cast<double>(static_cast<qint64>(number)) || number < 1 || number > limit) {
        return std::nullopt;
    }
    return static_cast<int>(number);
}

Error deliveryError(const QString &message)
{
    return Error::make(ErrorCode::Config, message);
}

} // namespace

ChannelDelivery ChannelDelivery::fromOptions(const QJsonObject &options)
{
    ChannelDelivery delivery;
    const QJsonObject retry = options.value(RetryKey).toObject();
    delivery.maxAttempts = wholeNumber(retry.value(MaxAttemptsKey), MaxAttemptsLimit);
    delivery.maxAgeHours = wholeNumber(retry.value(MaxAgeHoursKey), MaxAgeHoursLimit);
    delivery.fallbackAfter =
        wholeNumber(retry.value(FallbackAfterKey), MaxAttemptsLimit).value_or(DefaultFallbackAfter);
    delivery.fallbackChannelId = options.value(FallbackKey).toString().trimmed();
    return delivery;
}

void ChannelDelivery::writeTo(QJsonObject *options) const
{
    QJsonObject retry;
    if (maxAttempts) {
        retry.insert(MaxAttemptsKey, *maxAttempts);
    }
    if (maxAgeHours) {
        retry.insert(MaxAgeHoursKey, *maxAgeHours);
    }
    if (fallbackAfter != DefaultFallbackAfter) {
        retry.insert(FallbackAfterKey, fallbackAfter);
    }
    if (retry.isEmpty()) {
        options->remove(RetryKey);
    } else {
        options->insert(RetryKey, retry);
    }
    if (fallbackChannelId.isEmpty()) {
        options->remove(FallbackKey);
    } else {
        options->insert(FallbackKey, fallbackChannelId);
    }
}

Status checkChannelDelivery(const ChannelConfig &channel, const QList<ChannelConfig> &channels)
{
    const QJsonValue retryValue = channel.options.value(RetryKey);
    if (!retryValue.isUndefined()) {
        if (!retryValue.isObject()) {
            return deliveryError(DeliveryText::tr("Channel \"%1\": \"retry\" must be an object such as "
                                                  "{\"maxAttempts\": 5, \"maxAgeHours\": 24}.")
                                     .arg(channel.id));
        }
        const QJsonObject retry = retryValue.toObject();
        const QList<std::pair<QString, int>> limits{{MaxAttemptsKey, ChannelDelivery::MaxAttemptsLimit},
                                                    {MaxAgeHoursKey, ChannelDelivery::MaxAgeHoursLimit},
                                                    {FallbackAfterKey, ChannelDelivery::MaxAttemptsLimit}};
        for (auto it = retry.begin(); it != retry.end(); ++it) {
            const auto limit = std::find_if(limits.cbegin(), limits.cend(),
                                            [&it](const auto &entry) { return entry.first == it.key(); });
            if (limit == limits.cend()) {
                return deliveryError(
                    DeliveryText::tr("Channel \"%1\": unknown retry setting \"%2\" (expected one of: %3).")
                        .arg(channel.id, it.key(),
                             QStringList{MaxAttemptsKey, MaxAgeHoursKey, FallbackAfterKey}.join(u", "_s)));
            }
            if (!wholeNumber(it.value(), limit->second)) {
                return deliveryError(
                    DeliveryText::tr("Channel \"%1\": \"retry.%2\" must be a whole number from 1 to %3.")
                        .arg(channel.id, it.key())
                        .arg(limit->second));
            }
        }
    }
    const QJsonValue fallbackValue = channel.options.value(FallbackKey);
    if (fallbackValue.isUndefined() || (fallbackValue.isString() && fallbackValue.toString().trimmed().isEmpty())) {
        return {};
    }
    if (!fallbackValue.isString()) {
        return deliveryError(
            DeliveryText::tr("Channel \"%1\": \"fallbackChannelId\" must be the id of another channel.")
                .arg(channel.id));
    }
    const QString fallbackId = fallbackValue.toString().trimmed();
    if (fallbackId == channel.id) {
        return deliveryError(DeliveryText::tr("Channel \"%1\" cannot be its own fallback channel.").arg(channel.id));
    }
    const auto fallback = std::find_if(channels.cbegin(), channels.cend(),
                                       [&fallbackId](const ChannelConfig &c) { return c.id == fallbackId; });
    if (fallback == channels.cend()) {
        return deliveryError(DeliveryText::tr("Channel \"%1\": the fallback channel \"%2\" is not in \"channels\".")
                                 .arg(channel.id, fallbackId));
    }
    const ChannelTypeInfo *own = channelTypeInfo(channel.type);
    const ChannelTypeInfo *other = channelTypeInfo(fallback->type);
    if (!own || !other || own->kind != other->kind) {
        return deliveryError(DeliveryText::tr("Channel \"%1\": the fallback channel \"%2\" must send the same kind of "
                                              "message (email to email, text message to text message).")
                                 .arg(channel.id, fallbackId));
    }
    return {};
}

} // namespace Tidings
