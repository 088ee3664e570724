#pragma once

#include <QSortFilterProxyModel>

namespace Tidings::Ui {

// Sorts the Monitor's loaded rows by MonitorModel::RawValueRole (newest event first on ties). Filtering
// is not done here: MonitorModel reads only the matching events from the store.
class MonitorSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorSortModel)

public:
    explicit MonitorSortModel(QObject *parent = nullptr);
    ~MonitorSortModel() override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Tidings::Ui
