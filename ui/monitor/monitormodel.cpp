#include "monitor/monitormodel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

QColor statusColor(MonitorModel::StatusKind kind)
{
    switch (kind) {
    case MonitorModel::StatusKind::Failed:
        return QColor(0xd9, 0x30, 0x25);
    case MonitorModel::StatusKind::Uncertain:
        return QColor(0xc2, 0x5e, 0x00);
    case MonitorModel::StatusKind::Sending:
        return QColor(0x1a, 0x73, 0xe8);
    case MonitorModel::StatusKind::Waiting:
        return QColor(0xe3, 0x9b, 0x00);
    case MonitorModel::StatusKind::Sent:
        return QColor(0x1e, 0x8e, 0x3e);
    case MonitorModel::StatusKind::Cancelled:
    case MonitorModel::StatusKind::Duplicate:
    case MonitorModel::StatusKind::NothingToSend:
        return QColor(0x8a, 0x8f, 0x96);
    }
    return QColor(Qt::gray);
}

// A coloured dot with a mark drawn in it, so the state does not depend on colour alone.
QPixmap statusPixmap(MonitorModel::StatusKind kind, int size)
{
    using Kind = MonitorModel::StatusKind;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = statusColor(kind);
    const qreal s = size;
    const QRectF circle(s * 0.1, s * 0.1, s * 0.8, s * 0.8);
    QPen mark(Qt::white, qMax(1.5, s / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

    if (kind == Kind::Duplicate || kind == Kind::NothingToSend) {
        painter.setPen(QPen(color, qMax(1.2, s / 10.0)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle.adjusted(s * 0.05, s * 0.05, -s * 0.05, -s * 0.05));
        if (kind == Kind::Duplicate) {
            painter.setBrush(color);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.12, s * 0.12);
        }
        return pixmap;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(circle);
    painter.setPen(mark);
    painter.setBrush(Qt::NoBrush);
    switch (kind) {
    case Kind::Failed:
        painter.drawLine(QPointF(s * 0.36, s * 0.36), QPointF(s * 0.64, s * 0.64));
        painter.drawLine(QPointF(s * 0.64, s * 0.36), QPointF(s * 0.36, s * 0.64));
        break;
    case Kind::Sent: {
        QPainterPath tick;
        tick.moveTo(s * 0.32, s * 0.52);
        tick.lineTo(s * 0.45, s * 0.65);
        tick.lineTo(s * 0.68, s * 0.37);
        painter.drawPath(tick);
        break;
    }
    case Kind::Waiting:
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.32));
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.64, s * 0.5));
        break;
    case Kind::Sending:
        painter.drawLine(QPointF(s * 0.34, s * 0.5), QPointF(s * 0.66, s * 0.5));
        painter.drawLine(QPointF(s * 0.53, s * 0.37), QPointF(s * 0.66, s * 0.5));
        painter.drawLine(QPointF(s * 0.53, s * 0.63), QPointF(s * 0.66, s * 0.5));
        break;
    case Kind::Cancelled:
        painter.drawLine(QPointF(s * 0.34, s * 0.5), QPointF(s * 0.66, s * 0.5));
        break;
    case Kind::Uncertain: { // a question mark
        QPainterPath hook;
        hook.moveTo(s * 0.38, s * 0.4);
        hook.cubicTo(s * 0.38, s * 0.24, s * 0.64, s * 0.24, s * 0.63, s * 0.4);
        hook.cubicTo(s * 0.62, s * 0.5, s * 0.5, s * 0.5, s * 0.5, s * 0.58);
        painter.drawPath(hook);
        painter.drawPoint(QPointF(s * 0.5, s * 0.7));
        break;
    }
    case Kind::Duplicate:
    case Kind::NothingToSend:
        break;
    }
    return pixmap;
}

bool newerFirst(const MonitorRow &row, qint64 eventId)
{
    return row.eventId > eventId;
}

} // namespace

MonitorModel::MonitorModel(MonitorQueries *queries, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
    , m_pageSize(qMax(1, pageSize))
{}

MonitorModel::~MonitorModel() = default;

Status MonitorModel::setFilter(const MonitorFilter &filter)
{
    m_filter = filter;
    return reload();
}

Status MonitorModel::reload()
{
    // The newest id first: live updates read what comes after it, so an event stored while the page is
    // read is left to them (and read once).
    const auto newest = m_queries->newestId();
    if (!newest) {
        return newest.error();
    }
    auto rows = m_queries->page(m_filter, 0, m_pageSize);
    if (!rows) {
        return rows.error();
    }
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_newestSeen = *newest;
    m_atEnd = rows->size() < m_pageSize;
    m_rows = std::move(rows).value();
    m_rows.removeIf([newest = *newest](const MonitorRow &row) { return row.eventId > newest; });
    endResetModel();
    return {};
}

bool MonitorModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void MonitorModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    const qint64 before = m_rows.isEmpty() ? m_newestSeen + 1 : m_rows.constLast().eventId;
    auto rows = m_queries->page(m_filter, before, m_pageSize);
    if (!rows) {
        m_atEnd = true; // no retry on every scroll; the next reload starts over
        emit loadFailed(rows.error());
        return;
    }
    m_atEnd = rows->size() < m_pageSize;
    if (rows->isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size()) - 1);
    m_rows.append(std::move(rows).value());
    endInsertRows();
}

int MonitorModel::rowOfEvent(qint64 eventId) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), eventId, newerFirst);
    if (it == m_rows.cend() || it->eventId != eventId) {
        return -1;
    }
    return int(it - m_rows.cbegin());
}

const MonitorRow &MonitorModel::monitorRow(int row) const
{
    return m_rows.at(row);
}

MonitorModel::StatusKind MonitorModel::statusKind(const MonitorRow &row)
{
    if (row.notificationCount == 0) {
        return row.duplicate ? StatusKind::Duplicate : StatusKind::NothingToSend;
    }
    switch (row.state) {
    case NotificationState::Queued:
        return StatusKind::Waiting;
    case NotificationState::Sending:
        return StatusKind::Sending;
    case NotificationState::Sent:
        return StatusKind::Sent;
    case NotificationState::Failed:
        return StatusKind::Failed;
    case NotificationState::Cancelled:
        return StatusKind::Cancelled;
    case NotificationState::Uncertain:
        return StatusKind::Uncertain;
    }
    return StatusKind::NothingToSend;
}

QString MonitorModel::statusText(const MonitorRow &row)
{
    switch (statusKind(row)) {
    case StatusKind::Duplicate:
        return tr("Duplicate — nothing sent");
    case StatusKind::NothingToSend:
        return tr("Nothing to send");
    default:
        return displayName(row.state);
    }
}

int MonitorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MonitorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonitorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MonitorRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case RawValueRole:
        return rawData(row, column);
    case EventIdRole:
        return row.eventId;
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::DecorationRole:
        if (column == Status) {
            return statusIcon(statusKind(row));
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Status) {
            const StatusKind kind = statusKind(row);
            if (kind == StatusKind::Duplicate || kind == StatusKind::NothingToSend) {
                return QGuiApplication::palette().brush(QPalette::PlaceholderText);
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Attempts) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant MonitorModel::displayData(const MonitorRow &row, int column) const
{
    switch (Column(column)) {
    case Received:
        return QLocale().toString(row.receivedAt.toLocalTime(), QLocale::ShortFormat);
    case Source:
        return row.sourceId;
    case Event:
        return row.summary.isEmpty() ? row.topic : row.summary;
    case Order:
        return row.orderNumber.isEmpty() ? row.orderId : row.orderNumber;
    case Customer:
        return row.customer;
    case Status:
        return statusText(row);
    case Channel:
        return row.notificationCount > 0 ? row.channelId : QString();
    case Recipient:
        if (row.notificationCount > 1) {
            return tr("%1 (+%n)", "recipient and how many more", row.notificationCount - 1).arg(row.recipient);
        }
        return row.notificationCount > 0 ? row.recipient : QString();
    case Attempts:
        return row.notificationCount > 0 ? QVariant(row.attempts) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MonitorModel::rawData(const MonitorRow &row, int column) const
{
    switch (Column(column)) {
    case Received:
        return row.receivedAt.toMSecsSinceEpoch();
    case Source:
        return row.sourceId;
    case Event:
        return row.summary.isEmpty() ? row.topic : row.summary;
    case Order:
        return row.orderNumber.isEmpty() ? row.orderId : row.orderNumber;
    case Customer:
        return row.customer;
    case Status:
        return int(statusKind(row));
    case Channel:
        return row.channelId;
    case Recipient:
        return row.recipient;
    case Attempts:
        return row.attempts;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MonitorModel::toolTipData(const MonitorRow &row, int column) const
{
    switch (Column(column)) {
    case Received:
        return QLocale().toString(row.receivedAt.toLocalTime(), QLocale::LongFormat);
    case Event:
        return row.summary.isEmpty() ? row.topic : tr("%1\n(%2)").arg(row.summary, row.topic);
    case Status:
        if (!row.lastError.isEmpty()) {
            return row.lastError;
        }
        switch (statusKind(row)) {
        case StatusKind::Duplicate:
            return tr("Tidings had already received this event, so nothing was sent again.");
        case StatusKind::NothingToSend:
            return tr("No rule asks for a message about this event.");
        default:
            return {};
        }
    case Recipient:
        return row.notificationCount > 1 ? tr("%n message(s) for this event", nullptr, row.notificationCount)
                                         : QVariant();
    default:
        return {};
    }
}

QVariant MonitorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Received:
        return tr("Received");
    case Source:
        return tr("Shop");
    case Event:
        return tr("Event");
    case Order:
        return tr("Order");
    case Customer:
        return tr("Customer");
    case Status:
        return tr("Status");
    case Channel:
        return tr("Channel");
    case Recipient:
        return tr("Recipient");
    case Attempts:
        return tr("Attempts");
    case ColumnCount:
        break;
    }
    return {};
}

QIcon MonitorModel::statusIcon(StatusKind kind) const
{
    QIcon &icon = m_statusIcons.at(std::size_t(kind));
    if (icon.isNull()) {
        for (int size : {16, 24, 32}) {
            icon.addPixmap(statusPixmap(kind, size));
        }
    }
    return icon;
}

void MonitorModel::eventsIngested(const QList<qint64> &eventIds)
{
    // Everything stored since the last look is read in one go, so a missed or reordered signal leaves
    // no gap; only the new ids are walked, however old the newest matching row is. Ids at or below the
    // last look (an event stored late) are read one by one.
    const auto newest = m_queries->newestId();
    if (!newest) {
        emit loadFailed(newest.error());
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    QList<qint64> older;
    for (qint64 id : eventIds) {
        if (id <= m_newestSeen && rowOfEvent(id) < 0) {
            older.append(id);
        }
    }
    if (*newest > m_newestSeen) {
        auto fetched = m_queries->newer(m_filter, m_newestSeen, *newest);
        if (!fetched) {
            emit loadFailed(fetched.error());
            return;
        }
        m_newestSeen = *newest;
        // Every row read is newer than every row shown: one block at the top.
        if (!fetched->isEmpty()) {
            beginInsertRows({}, 0, int(fetched->size()) - 1);
            m_rows = std::move(fetched).value() + m_rows;
            endInsertRows();
        }
    }
    if (!older.isEmpty()) {
        auto fetched = m_queries->rows(older, m_filter);
        if (!fetched) {
            emit loadFailed(fetched.error());
            return;
        }
        place(fetched.value());
    }
}

void MonitorModel::place(const QList<MonitorRow> &rows)
{
    for (const MonitorRow &row : rows) {
        const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row.eventId, newerFirst);
        if (it != m_rows.cend() && it->eventId == row.eventId) {
            continue;
        }
        const int position = int(it - m_rows.cbegin());
        if (position == m_rows.size() && !m_atEnd) {
            continue; // older than every row read: its page brings it
        }
        insertRow(position, row);
    }
}

void MonitorModel::insertRow(int position, const MonitorRow &row)
{
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    endInsertRows();
}

void MonitorModel::removeRowAt(int position)
{
    beginRemoveRows({}, position, position);
    m_rows.removeAt(position);
    endRemoveRows();
}

void MonitorModel::refresh(int position, const MonitorRow &fresh)
{
    const MonitorRow old = m_rows.at(position);
    if (old == fresh) {
        return;
    }
    m_rows[position] = fresh;
    int first = -1;
    int last = -1;
    for (int column = 0; column < ColumnCount; ++column) {
        if (displayData(old, column) != displayData(fresh, column) || rawData(old, column) != rawData(fresh, column) ||
            toolTipData(old, column) != toolTipData(fresh, column)) {
            if (first < 0) {
                first = column;
            }
            last = column;
        }
    }
    if (first >= 0) {
        emit dataChanged(index(position, first), index(position, last));
    }
}

void MonitorModel::eventsChanged(const QList<qint64> &eventIds)
{
    QList<qint64> shown;
    for (qint64 id : eventIds) {
        if (rowOfEvent(id) >= 0) {
            shown.append(id);
        }
    }
    const bool filtering = !m_filter.isEmpty();
    if (shown.isEmpty() && !filtering) {
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    // With a filter, the changed events that match it now: shown ones that do not leave, others come in.
    QSet<qint64> matching;
    QList<MonitorRow> arrivals;
    if (filtering) {
        auto fetched = m_queries->rows(eventIds, m_filter);
        if (!fetched) {
            emit loadFailed(fetched.error());
            return;
        }
        for (const MonitorRow &row : std::as_const(fetched.value())) {
            matching.insert(row.eventId);
            if (rowOfEvent(row.eventId) < 0) {
                arrivals.append(row);
            }
        }
    }
    auto fetched = m_queries->rows(shown);
    if (!fetched) {
        emit loadFailed(fetched.error());
        return;
    }
    QSet<qint64> found;
    for (const MonitorRow &fresh : std::as_const(fetched.value())) {
        found.insert(fresh.eventId);
        if (const int r = rowOfEvent(fresh.eventId); r >= 0) {
            refresh(r, fresh);
        }
    }
    for (qint64 id : std::as_const(shown)) {
        // Gone from the store (removed by retention), or no longer what the filter asks for.
        if (!found.contains(id) || (filtering && !matching.contains(id))) {
            removeRowAt(rowOfEvent(id));
        }
    }
    place(arrivals);
}

} // namespace Tidings::Ui
