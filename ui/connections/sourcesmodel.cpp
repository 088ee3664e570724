#include "connections/sourcesmodel.h"

#include "sources/polling/poller.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

bool sameConfig(const SourceConfig &a, const SourceConfig &b)
{
    return a.id == b.id && a.type == b.type && a.name == b.name && a.enabled == b.enabled && a.options == b.options;
}

QColor healthColor(SourcesModel::HealthKind kind)
{
    switch (kind) {
    case SourcesModel::HealthKind::Off:
        return QColor(0x9a, 0x9a, 0x9a);
    case SourcesModel::HealthKind::Waiting:
        return QColor(0xf3, 0x9c, 0x12);
    case SourcesModel::HealthKind::Receiving:
        return QColor(0x27, 0xae, 0x60);
    case SourcesModel::HealthKind::Refusing:
        return QColor(0xda, 0x44, 0x53);
    }
    return Qt::gray;
}

} // namespace

SourcesModel::SourcesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SourcesModel::~SourcesModel() = default;

void SourcesModel::setSourceTypes(const QList<SourceTypeInfo> &types)
{
    m_types = types;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, Platform), index(int(m_rows.size()) - 1, Platform));
    }
}

void SourcesModel::setSources(const QList<SourceConfig> &sources)
{
    // Rows that went away, from the bottom so the row numbers above stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const QString &id = m_rows.at(row).source.id;
        const bool kept = std::any_of(sources.cbegin(), sources.cend(),
                                      [&id](const SourceConfig &source) { return source.id == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // What is left is in the new order already (sources are only appended or removed); insert the new
    // ones where they belong and repaint the changed ones.
    for (int row = 0; row < sources.size(); ++row) {
        const SourceConfig &source = sources.at(row);
        if (row < m_rows.size() && m_rows.at(row).source.id == source.id) {
            if (!sameConfig(m_rows.at(row).source, source)) {
                m_rows[row].source = source;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        const int existing = rowOfSource(source.id);
        if (existing >= 0) {
            // Further down (rows above `row` already match): move it up to here.
            beginMoveRows({}, existing, existing, {}, row);
            m_rows.move(existing, row);
            endMoveRows();
            m_rows[row].source = source;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, Row{source, {}});
        endInsertRows();
    }
}

void SourcesModel::setHealth(const QString &sourceId, const SourceHealth &health)
{
    const int row = rowOfSource(sourceId);
    if (row < 0 || m_rows.at(row).health == health) {
        return;
    }
    m_rows[row].health = health;
    emit dataChanged(index(row, Name), index(row, ColumnCount - 1));
}

int SourcesModel::rowOfSource(const QString &sourceId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).source.id == sourceId) {
            return row;
        }
    }
    return -1;
}

const SourceConfig &SourcesModel::source(int row) const
{
    return m_rows.at(row).source;
}

const SourceHealth &SourcesModel::health(int row) const
{
    return m_rows.at(row).health;
}

QString SourcesModel::listName(const SourceTypeInfo &info)
{
    return info.poll ? tr("%1, checked by Tidings").arg(info.displayName) : info.displayName;
}

QString SourcesModel::platformName(const SourceConfig &source) const
{
    if (const SourceTypeInfo *info = findTypeInfo(m_types, source)) {
        return listName(*info);
    }
    for (const SourceTypeInfo &info : m_types) {
        if (info.type == source.type) {
            return info.displayName;
        }
    }
    return source.type;
}

SourcesModel::HealthKind SourcesModel::healthKind(const SourceConfig &source, const SourceHealth &health)
{
    if (!source.enabled) {
        return HealthKind::Off;
    }
    if (isPollSource(source)) {
        if (health.lastPollFailedAt.isValid()) {
            return HealthKind::Refusing;
        }
        return health.lastPollAt.isValid() ? HealthKind::Receiving : HealthKind::Waiting;
    }
    if (health.lastRejectionAt.isValid() &&
        (!health.lastEventAt.isValid() || health.lastRejectionAt > health.lastEventAt)) {
        return HealthKind::Refusing;
    }
    return health.lastEventAt.isValid() ? HealthKind::Receiving : HealthKind::Waiting;
}

QString SourcesModel::timeText(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate()) {
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    }
    return QLocale().toString(local, QLocale::ShortFormat);
}

QIcon SourcesModel::healthIcon(HealthKind kind) const
{
    const auto found = m_icons.constFind(int(kind));
    if (found != m_icons.cend()) {
        return *found;
    }
    QIcon icon;
    for (const int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        // A light rim keeps the dot visible on a selected (highlighted) row too.
        painter.setPen(QPen(QColor(255, 255, 255, 230), std::max(1.0, size / 12.0)));
        painter.setBrush(healthColor(kind));
        const qreal margin = size / 5.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    m_icons.insert(int(kind), icon);
    return icon;
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const SourceConfig &source = row.source;
    const SourceHealth &health = row.health;
    if (role == SourceIdRole) {
        return source.id;
    }
    switch (index.column()) {
    case Name:
        switch (role) {
        case Qt::DisplayRole:
        case RawValueRole:
            return source.name;
        case Qt::DecorationRole:
            return healthIcon(healthKind(source, health));
        case Qt::ToolTipRole:
            if (isPollSource(source)) {
                switch (healthKind(source, health)) {
                case HealthKind::Off:
                    return tr("Turned off: Tidings does not check it.");
                case HealthKind::Waiting:
                    return tr("Waiting for the first check.");
                case HealthKind::Receiving:
                    return tr("Its latest check went well.");
                case HealthKind::Refusing:
                    return tr("Its latest check failed.");
                }
                return {};
            }
            switch (healthKind(source, health)) {
            case HealthKind::Off:
                return tr("Turned off: its webhooks are refused.");
            case HealthKind::Waiting:
                return tr("Waiting for the first event.");
            case HealthKind::Receiving:
                return tr("Receiving events.");
            case HealthKind::Refusing:
                return tr("Its latest request was refused.");
            }
            return {};
        default:
            return {};
        }
    case Platform:
        if (role == Qt::DisplayRole || role == RawValueRole) {
            return platformName(source);
        }
        return {};
    case Enabled:
        switch (role) {
        case Qt::CheckStateRole:
            return source.enabled ? Qt::Checked : Qt::Unchecked;
        case Qt::DisplayRole:
            return source.enabled ? tr("On") : tr("Off");
        case RawValueRole:
            return source.enabled ? 1 : 0;
        case Qt::ToolTipRole:
            if (isPollSource(source)) {
                return source.enabled ? tr("On: Tidings checks it for new orders.")
                                      : tr("Off: Tidings does not check it.");
            }
            return source.enabled ? tr("On: Tidings accepts its webhooks.") : tr("Off: Tidings refuses its webhooks.");
        default:
            return {};
        }
    case LastEvent:
        switch (role) {
        case Qt::DisplayRole:
            return health.lastEventAt.isValid() ? timeText(health.lastEventAt) : tr("None yet");
        case RawValueRole:
            return health.lastEventAt.isValid() ? health.lastEventAt.toMSecsSinceEpoch() : qint64(0);
        case Qt::ToolTipRole:
            return health.lastEventAt.isValid()
                       ? QLocale().toString(health.lastEventAt.toLocalTime(), QLocale::LongFormat)
                       : QVariant();
        case Qt::ForegroundRole:
            return health.lastEventAt.isValid() ? QVariant()
                                                : QVariant(QGuiApplication::palette().brush(QPalette::PlaceholderText));
        default:
            return {};
        }
    case EventsToday:
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(health.eventsToday);
        case RawValueRole:
            return health.eventsToday;
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case LastProblem:
        if (isPollSource(source) && health.lastPollFailedAt.isValid()) {
            switch (role) {
            case Qt::DisplayRole:
                return tr("%1: %2").arg(timeText(health.lastPollFailedAt), health.lastPollError);
            case RawValueRole:
                return health.lastPollFailedAt.toMSecsSinceEpoch();
            case Qt::ToolTipRole:
                return health.lastPollError;
            default:
                return {};
            }
        }
        switch (role) {
        case Qt::DisplayRole:
            if (!health.lastRejectionAt.isValid()) {
                return tr("None");
            }
            return tr("%1: %2").arg(timeText(health.lastRejectionAt), health.lastRejectionReason);
        case RawValueRole:
            return health.lastRejectionAt.isValid() ? health.lastRejectionAt.toMSecsSinceEpoch() : qint64(0);
        case Qt::ToolTipRole:
            return health.lastRejectionAt.isValid() ? health.lastRejectionReason : QVariant();
        case Qt::ForegroundRole:
            return health.lastRejectionAt.isValid()
                       ? QVariant()
                       : QVariant(QGuiApplication::palette().brush(QPalette::PlaceholderText));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Platform:
        return tr("Platform");
    case Enabled:
        return tr("On");
    case LastEvent:
        return tr("Last event");
    case EventsToday:
        return tr("Events today");
    case LastProblem:
        return tr("Last problem");
    default:
        return {};
    }
}

Qt::ItemFlags SourcesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Enabled) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

bool SourcesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Enabled || role != Qt::CheckStateRole) {
        return false;
    }
    const bool enabled = value.toInt() == Qt::Checked;
    const SourceConfig &source = m_rows.at(index.row()).source;
    if (enabled != source.enabled) {
        emit enabledChangeRequested(source.id, enabled);
    }
    return false;
}

} // namespace Tidings::Ui
