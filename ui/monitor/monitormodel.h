#pragma once

#include "model/error.h"
#include "model/result.h"
#include "store/monitorqueries.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include <array>

namespace Tidings::Ui {

// The Monitor's table: the newest events, newest first, each with the state of its notifications.
// Loads once with reload(), then follows the engine's signals incrementally: new events are inserted
// at the top, changed ones are re-read and repainted, and the oldest fall off past capacity().
class MonitorModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorModel)

public:
    enum Column {
        Received,
        Source,
        Event,
        Order,
        Customer,
        Status,
        Channel,
        Recipient,
        Attempts,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable value: qint64 ms for Received, int StatusKind for Status, ...
        EventIdRole,                     // qint64 raw_events id, on every column
    };
    Q_ENUM(Role)

    // What the Status column says. Ordered by how much it needs the owner's attention.
    enum class StatusKind {
        NothingToSend, // no rule asked for a message
        Duplicate,     // seen before; nothing sent again
        Cancelled,
        Sent,
        Waiting,
        Sending,
        Uncertain, // may have gone out: the owner decides
        Failed,
    };
    Q_ENUM(StatusKind)

    static constexpr int DefaultCapacity = 500;

    // `queries` must outlive the model.
    explicit MonitorModel(MonitorQueries *queries, int capacity = DefaultCapacity, QObject *parent = nullptr);
    ~MonitorModel() override;

    int capacity() const { return m_capacity; }

    // Replaces the rows with the newest capacity() events (a model reset; for start-up).
    Tidings::Status reload();

    // The row showing `eventId`, or -1.
    int rowOfEvent(qint64 eventId) const;
    const MonitorRow &monitorRow(int row) const;

    static StatusKind statusKind(const MonitorRow &row);
    static QString statusText(const MonitorRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    // Events were stored: insert every event newer than the newest row, plus any of `eventIds` not
    // shown yet, each in its place, without a reset.
    void eventsIngested(const QList<qint64> &eventIds);
    // These events' notifications changed: re-read the rows shown and repaint only what differs.
    void eventsChanged(const QList<qint64> &eventIds);

signals:
    void loadFailed(const Tidings::Error &error);

private:
    QVariant displayData(const MonitorRow &row, int column) const;
    QVariant rawData(const MonitorRow &row, int column) const;
    QVariant toolTipData(const MonitorRow &row, int column) const;
    QIcon statusIcon(StatusKind kind) const;
    void insertRow(int position, const MonitorRow &row);
    void trimToCapacity();

    MonitorQueries *m_queries;
    int m_capacity;
    QList<MonitorRow> m_rows;                                             // newest (highest event id) first
    mutable std::array<QIcon, int(StatusKind::Failed) + 1> m_statusIcons; // Failed is the last kind
};

} // namespace Tidings::Ui
