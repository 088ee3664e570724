#include "inventory/stockhistorymodel.h"

#include "inventory/stockstatusicon.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

StockHistoryModel::StockHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

StockHistoryModel::~StockHistoryModel() = default;

void StockHistoryModel::setHistory(QList<StockHistoryRow> history)
{
    beginResetModel();
    m_history = std::move(history);
    endResetModel();
}

int StockHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int StockHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StockHistoryModel::triggerWord(const QString &trigger)
{
    if (trigger == u"stock.status:low_stock") {
        return tr("Low-stock alert");
    }
    if (trigger == u"stock.status:out_of_stock") {
        return tr("Out-of-stock alert");
    }
    if (trigger == u"stock.status:back_in_stock") {
        return tr("Back in stock");
    }
    return trigger;
}

void StockHistoryModel::setSourceNames(QHash<QString, QString> names)
{
    m_sourceNames = std::move(names);
    if (!m_history.isEmpty()) {
        emit dataChanged(index(0, Source), index(int(m_history.size()) - 1, Source));
    }
}

QVariant StockHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_history.size()) {
        return {};
    }
    const StockHistoryRow &change = m_history.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Time:
            return QLocale().toString(change.occurredAt.toLocalTime(), QLocale::ShortFormat);
        case Source:
            return m_sourceNames.value(change.sourceId, change.sourceId);
        case Location:
            return change.locationId.isEmpty() ? u"—"_s : change.locationId;
        case Reported:
            if (change.available) {
                return QLocale().toString(*change.available);
            }
            return change.rawStatus.isEmpty() ? u"—"_s : change.rawStatus;
        case Total:
            return change.total ? QLocale().toString(*change.total) : u"—"_s;
        case Level:
            return displayName(change.status);
        case SetOff: {
            QStringList words;
            for (const QString &trigger : change.triggers) {
                words.append(triggerWord(trigger));
            }
            return words.isEmpty() ? u"—"_s : QLocale().createSeparatedList(words);
        }
        case CustomersTold:
            return QLocale().toString(change.customersTold);
        default:
            break;
        }
        return {};
    }
    switch (role) {
    case Qt::DecorationRole:
        return column == Level ? QVariant(stockStatusIcon(change.status)) : QVariant();
    case Qt::ToolTipRole:
        if (column == Reported && !change.rawStatus.isEmpty()) {
            return tr("The shop's own words: %1").arg(change.rawStatus);
        }
        if (column == Time) {
            return QLocale().toString(change.occurredAt.toLocalTime(), QLocale::LongFormat);
        }
        if (column == Source && m_sourceNames.contains(change.sourceId)) {
            return change.sourceId;
        }
        return {};
    case Qt::ForegroundRole:
        if ((column == SetOff && change.triggers.isEmpty()) || (column == CustomersTold && change.customersTold == 0) ||
            (column == Location && change.locationId.isEmpty())) {
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Reported || column == Total || column == CustomersTold) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant StockHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (section == Reported || section == Total || section == CustomersTold) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Source:
        return tr("Source");
    case Location:
        return tr("Location");
    case Reported:
        return tr("Reported");
    case Total:
        return tr("Total after");
    case Level:
        return tr("Level");
    case SetOff:
        return tr("Set off");
    case CustomersTold:
        return tr("Customers told");
    default:
        break;
    }
    return {};
}

} // namespace Tidings::Ui
