#include "channels/deliverygroup.h"

#include "channels/channel.h"
#include "dispatch/retrypolicy.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

DeliveryGroup::DeliveryGroup(QWidget *parent)
    : QGroupBox(tr("Retries and fallback"), parent)
    , m_maxAttempts(new QSpinBox(this))
    , m_maxAge(new QSpinBox(this))
    , m_fallback(new QComboBox(this))
    , m_fallbackAfter(new QSpinBox(this))
{
    setObjectName(u"deliveryGroup"_s);
    // 0 is "not set": the dispatcher's own default applies.
    m_maxAttempts->setObjectName(u"maxAttempts"_s);
    m_maxAttempts->setRange(0, ChannelDelivery::MaxAttemptsLimit);
    m_maxAttempts->setSpecialValueText(tr("Default (%1)").arg(RetryPolicy{}.maxAttempts));
    m_maxAttempts->setToolTip(tr("How many times Tidings tries to send a message through this channel before it "
                                 "fails for good. Refusals that no retry can mend (a bad address) stop at once."));
    m_maxAge->setObjectName(u"maxAgeHours"_s);
    m_maxAge->setRange(0, ChannelDelivery::MaxAgeHoursLimit);
    m_maxAge->setSpecialValueText(tr("No limit"));
    m_maxAge->setSuffix(tr(" hours"));
    m_maxAge->setToolTip(tr("A message still not sent this many hours after the order changed fails for good at "
                            "its next failure, so a customer is not told days late."));
    m_fallback->setObjectName(u"fallbackChannel"_s);
    m_fallback->setToolTip(tr("When this channel keeps failing (an outage, or its sign-in was refused), its "
                              "waiting messages go through this channel instead. Only channels that send the same "
                              "kind of message are offered."));
    m_fallbackAfter->setObjectName(u"fallbackAfter"_s);
    m_fallbackAfter->setRange(1, ChannelDelivery::MaxAttemptsLimit);
    m_fallbackAfter->setValue(ChannelDelivery::DefaultFallbackAfter);
    m_fallbackAfter->setSuffix(tr(" failures"));
    m_fallbackAfter->setToolTip(tr("How many failed tries in a row move a message to the fallback channel."));
    connect(m_fallback, &QComboBox::currentIndexChanged, this,
            [this] { m_fallbackAfter->setEnabled(!m_fallback->currentData().toString().isEmpty()); });

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Maximum attempts:"), m_maxAttempts);
    form->addRow(tr("&Give up after:"), m_maxAge);
    form->addRow(tr("If this channel keeps failing, &use:"), m_fallback);
    form->addRow(tr("Move there a&fter:"), m_fallbackAfter);
}

void DeliveryGroup::load(const ChannelDelivery &delivery, const QList<ChannelConfig> &channels, const QString &ownId,
                         ChannelKind kind)
{
    m_maxAttempts->setValue(delivery.maxAttempts.value_or(0));
    m_maxAge->setValue(delivery.maxAgeHours.value_or(0));
    m_fallbackAfter->setValue(delivery.fallbackAfter);
    m_fallback->clear();
    m_fallback->addItem(tr("No fallback"), QString());
    for (const ChannelConfig &channel : channels) {
        const ChannelTypeInfo *info = channelTypeInfo(channel.type);
        if (channel.id != ownId && info && info->kind == kind) {
            m_fallback->addItem(tr("%1 (%2)").arg(channel.name, info->displayName), channel.id);
        }
    }
    m_fallback->setCurrentIndex(std::max(0, m_fallback->findData(delivery.fallbackChannelId)));
    m_fallbackAfter->setEnabled(m_fallback->currentIndex() > 0);
}

ChannelDelivery DeliveryGroup::delivery() const
{
    ChannelDelivery delivery;
    delivery.maxAttempts = m_maxAttempts->value() > 0 ? std::optional<int>(m_maxAttempts->value()) : std::nullopt;
    delivery.maxAgeHours = m_maxAge->value() > 0 ? std::optional<int>(m_maxAge->value()) : std::nullopt;
    delivery.fallbackChannelId = m_fallback->currentData().toString();
    // Without a fallback the (disabled) count means nothing and is not kept.
    delivery.fallbackAfter =
        delivery.fallbackChannelId.isEmpty() ? ChannelDelivery::DefaultFallbackAfter : m_fallbackAfter->value();
    return delivery;
}

} // namespace Tidings::Ui
