#include "monitor/monitorsortmodel.h"

#include "monitor/monitormodel.h"

namespace Tidings::Ui {

MonitorSortModel::MonitorSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MonitorModel::RawValueRole);
    setDynamicSortFilter(true);
}

MonitorSortModel::~MonitorSortModel() = default;

bool MonitorSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(MonitorModel::RawValueRole);
    const QVariant b = right.data(MonitorModel::RawValueRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int text = a.toString().localeAwareCompare(b.toString());
        if (text != 0) {
            return text < 0;
        }
    } else {
        const auto order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less) {
            return true;
        }
        if (order == QPartialOrdering::Greater) {
            return false;
        }
    }
    // Equal values: keep events in the order they arrived.
    return left.data(MonitorModel::EventIdRole).toLongLong() < right.data(MonitorModel::EventIdRole).toLongLong();
}

} // namespace Tidings::Ui
