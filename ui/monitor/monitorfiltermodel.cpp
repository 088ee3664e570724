#include "monitor/monitorfiltermodel.h"

#include "monitor/monitormodel.h"

namespace Tidings::Ui {

MonitorFilterModel::MonitorFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MonitorModel::RawValueRole);
    setDynamicSortFilter(true);
}

MonitorFilterModel::~MonitorFilterModel() = default;

bool MonitorFilterModel::isFiltering() const
{
    return !m_searchText.isEmpty() || m_stateFilter != StateFilter::All;
}

void MonitorFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText) {
        return;
    }
    m_searchText = trimmed;
    invalidateRowsFilter();
}

void MonitorFilterModel::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter) {
        return;
    }
    m_stateFilter = filter;
    invalidateRowsFilter();
}

bool MonitorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const auto raw = [&](int column) {
        return source->index(sourceRow, column, sourceParent).data(MonitorModel::RawValueRole);
    };

    if (m_stateFilter != StateFilter::All) {
        const auto kind = MonitorModel::StatusKind(raw(MonitorModel::Status).toInt());
        bool accepted = false;
        switch (m_stateFilter) {
        case StateFilter::All:
            accepted = true;
            break;
        case StateFilter::Waiting:
            accepted = kind == MonitorModel::StatusKind::Waiting || kind == MonitorModel::StatusKind::Sending;
            break;
        case StateFilter::Sent:
            accepted = kind == MonitorModel::StatusKind::Sent;
            break;
        case StateFilter::Failed:
            accepted = kind == MonitorModel::StatusKind::Failed || kind == MonitorModel::StatusKind::Uncertain;
            break;
        case StateFilter::Duplicates:
            accepted = kind == MonitorModel::StatusKind::Duplicate;
            break;
        }
        if (!accepted) {
            return false;
        }
    }

    if (m_searchText.isEmpty()) {
        return true;
    }
    for (int column : {MonitorModel::Order, MonitorModel::Customer, MonitorModel::Recipient}) {
        if (raw(column).toString().contains(m_searchText, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool MonitorFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
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
