#pragma once

#include "model/error.h"
#include "model/result.h"
#include "store/monitorqueries.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include <array>

namespace Tidings::Ui {

// The Monitor's table: the events a MonitorFilter lets through, newest first, each with the state of its
// notifications. Holds the newest page and reads older pages as the view scrolls (fetchMore(), keyset paging
// down the event ids), so opening it costs one page whatever the size of the store. Follows the engine's
// signals incrementally: new matching events are inserted at the top and changed ones re-read and
// repainted, without a reset; a filter change reads its first page again (a reset).
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

    static constexpr int DefaultPageSize = 200;

    // `queries` must outlive the model.
    explicit MonitorModel(MonitorQueries *queries, int pageSize = DefaultPageSize, QObject *parent = nullptr);
    ~MonitorModel() override;

    int pageSize() const { return m_pageSize; }

    const MonitorFilter &filter() const { return m_filter; }

    // Shows the events `filter` lets through, from the newest page (a model reset).
    Tidings::Status setFilter(const MonitorFilter &filter);

    // Replaces the rows with the newest page of matching events (a model reset; for start-up).
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
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

public slots:
    // Events were stored: insert every matching event stored since the last look, plus any of `eventIds`
    // not shown yet that matches and falls among the pages read, each in its place, without a reset.
    void eventsIngested(const QList<qint64> &eventIds);
    // These events' notifications changed: re-read the rows shown and repaint only what differs; with a
    // filter, a row that no longer matches leaves and an event that now matches comes in.
    void eventsChanged(const QList<qint64> &eventIds);

signals:
    void loadFailed(const Tidings::Error &error);

private:
    QVariant displayData(const MonitorRow &row, int column) const;
    QVariant rawData(const MonitorRow &row, int column) const;
    QVariant toolTipData(const MonitorRow &row, int column) const;
    QIcon statusIcon(StatusKind kind) const;
    void insertRow(int position, const MonitorRow &row);
    void removeRowAt(int position);
    // Inserts rows that belong among the pages read; one older than every row read waits for fetchMore().
    void place(const QList<MonitorRow> &rows);
    void refresh(int position, const MonitorRow &fresh);

    MonitorQueries *m_queries;
    int m_pageSize;
    MonitorFilter m_filter;
    qint64 m_newestSeen = 0; // the newest event id looked at
    bool m_atEnd = true;     // every matching event is read
    // The rows are changing: a fetchMore() asked by a view (or a tester) while it hears of the change waits
    // until the change is done, instead of starting another one inside it.
    bool m_changing = false;
    QList<MonitorRow> m_rows;                                             // newest (highest event id) first
    mutable std::array<QIcon, int(StatusKind::Failed) + 1> m_statusIcons; // Failed is the last kind
};

} // namespace Tidings::Ui
