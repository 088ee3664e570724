#pragma once

#include "store/inventoryqueries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace Tidings::Ui {

// One product's stock changes, newest first, as InventoryQueries::history() read them.
class StockHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockHistoryModel)

public:
    enum Column {
        Time,
        Source,
        Location,
        Reported,
        Total,
        Level,
        SetOff,
        CustomersTold,
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit StockHistoryModel(QObject *parent = nullptr);
    ~StockHistoryModel() override;

    void setHistory(QList<StockHistoryRow> history);

    const QList<StockHistoryRow> &history() const { return m_history; }

    // The connections' names by source id, shown for the ids (the id stays in the tooltip).
    void setSourceNames(QHash<QString, QString> names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a change set off, in the owner's words: "stock.status:low_stock" → "Low-stock alert"; a trigger
    // without words of its own is shown as it is.
    static QString triggerWord(const QString &trigger);

private:
    QList<StockHistoryRow> m_history;
    QHash<QString, QString> m_sourceNames;
};

} // namespace Tidings::Ui
