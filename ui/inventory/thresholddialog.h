#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QSpinBox;

namespace Tidings::Ui {

// Threshold…: a product's own low-stock threshold, or "Use the shop's threshold".
class ThresholdDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdDialog)

public:
    static constexpr int MaximumThreshold = 1'000'000;

    // `product` names it ("SKU — name"); `current` is its own threshold (none: the shop's, `shop`).
    ThresholdDialog(const QString &product, std::optional<int> current, int shop, QWidget *parent = nullptr);
    ~ThresholdDialog() override;

    // What the owner chose: a number, or none for the shop's.
    std::optional<int> threshold() const;

    QSpinBox *spinBox() const { return m_spin; }

    QCheckBox *useShopBox() const { return m_useShop; }

private:
    QSpinBox *m_spin = nullptr;
    QCheckBox *m_useShop = nullptr;
};

} // namespace Tidings::Ui
