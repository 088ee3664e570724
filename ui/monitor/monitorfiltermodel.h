#pragma once

#include <QSortFilterProxyModel>

namespace Tidings::Ui {

// Sorts the Monitor by MonitorModel::RawValueRole (newest event first on ties) and filters it by a
// search text over order number, customer and recipient, and by a status group.
class MonitorFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorFilterModel)

public:
    // The choices of the state filter combo, in its order.
    enum class StateFilter {
        All,
        Waiting, // queued or being sent
        Sent,
        Failed,
        Duplicates,
    };
    Q_ENUM(StateFilter)

    explicit MonitorFilterModel(QObject *parent = nullptr);
    ~MonitorFilterModel() override;

    QString searchText() const { return m_searchText; }

    StateFilter stateFilter() const { return m_stateFilter; }

    // True when a search text or a state other than All hides rows.
    bool isFiltering() const;

public slots:
    void setSearchText(const QString &text);
    void setStateFilter(Tidings::Ui::MonitorFilterModel::StateFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    StateFilter m_stateFilter = StateFilter::All;
};

} // namespace Tidings::Ui
