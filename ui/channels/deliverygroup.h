#pragma once

#include "channels/channeldelivery.h"
#include "channels/channeltypeinfo.h"

#include <QGroupBox>
#include <QList>

class QComboBox;
class QSpinBox;

namespace Tidings::Ui {

// The "Retries and fallback" group of the channel dialog: how many attempts, how long a message may keep
// trying, and the channel of the same kind its queue flows to when this one keeps failing
// (ChannelDelivery, kept in the channel's options). Every field has a label with a mnemonic and a tooltip.
class DeliveryGroup final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryGroup)

public:
    explicit DeliveryGroup(QWidget *parent = nullptr);

    // Offers the channels of `kind` among `channels` as fallbacks, except `ownId`, and shows `delivery`.
    void load(const ChannelDelivery &delivery, const QList<ChannelConfig> &channels, const QString &ownId,
              ChannelKind kind);
    // What the fields say; writeTo() puts it in a channel's options.
    ChannelDelivery delivery() const;

    // For tests and the keyboard.
    QSpinBox *maxAttemptsBox() const { return m_maxAttempts; }

    QSpinBox *maxAgeBox() const { return m_maxAge; }

    QComboBox *fallbackBox() const { return m_fallback; }

    QSpinBox *fallbackAfterBox() const { return m_fallbackAfter; }

private:
    QSpinBox *m_maxAttempts;
    QSpinBox *m_maxAge;
    QComboBox *m_fallback;
    QSpinBox *m_fallbackAfter;
};

} // namespace Tidings::Ui
