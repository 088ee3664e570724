#include "inventory/stockpolicy.h"

#include <algorithm>

namespace Tidings {

using namespace Qt::StringLiterals;

QString toName(StockAlert alert)
{
    switch (alert) {
    case StockAlert::Low:
        return u"low"_s;
    case StockAlert::Out:
        return u"out"_s;
    case StockAlert::None:
        break;
    }
    return {};
}

StockAlert stockAlertFromName(QStringView name)
{
    if (name == u"low") {
        return StockAlert::Low;
    }
    if (name == u"out") {
        return StockAlert::Out;
    }
    return StockAlert::None;
}

namespace StockPolicy {

StockStatus levelOf(std::optional<qint64> available, int threshold, StockStatus reported)
{
    if (available) {
        if (*available <= 0) {
            return StockStatus::OutOfStock;
        }
        return *available <= threshold ? StockStatus::LowStock : StockStatus::InStock;
    }
    return reported == StockStatus::BackInStock ? StockStatus::InStock : reported;
}

qint64 rearmLevel(int threshold)
{
    const int margin = std::max(1, threshold / 5);
    return qint64(std::max(threshold, 0)) + margin;
}

StockTransition apply(const ProductStock &before, std::optional<qint64> available, StockStatus reported, int threshold)
{
    StockTransition transition;
    ProductStock &after = transition.after;
    after.available = available;
    after.status = levelOf(available, threshold, reported);
    after.alert = before.alert;
    if (after.status == StockStatus::Unknown) {
        after.status = before.status; // a change that says nothing of the level keeps the one known
        return transition;
    }

    // Re-armed only well above the threshold (or, without a quantity, when the platform says in stock).
    const bool plenty = available ? *available > rearmLevel(threshold) : after.status == StockStatus::InStock;
    if (plenty) {
        after.alert = StockAlert::None;
    }
    if (after.status == StockStatus::OutOfStock && after.alert != StockAlert::Out) {
        after.alert = StockAlert::Out;
        transition.triggers.append(u"stock.status:out_of_stock"_s);
    } else if (after.status == StockStatus::LowStock && after.alert == StockAlert::None) {
        after.alert = StockAlert::Low;
        transition.triggers.append(u"stock.status:low_stock"_s);
    }
    if (before.status == StockStatus::OutOfStock && after.status != StockStatus::OutOfStock) {
        transition.restocked = true;
        transition.triggers.append(u"stock.status:back_in_stock"_s);
    }
    return transition;
}

} // namespace StockPolicy

} // namespace Tidings
