#include "inventory/productsmodel.h"

#include "inventory/stockstatusicon.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

// Out of stock first, then low, then in stock, then unknown: what needs the owner first, when sorted by level.
int severity(StockStatus status)
{
    switch (status) {
    case StockStatus::OutOfStock:
        return 0;
    case StockStatus::LowStock:
        return 1;
    case StockStatus::InStock:
    case StockStatus::BackInStock:
        return 2;
    case StockStatus::Unknown:
        break;
    }
    return 3;
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ProductsModel::ProductsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ProductsModel::~ProductsModel() = default;

void ProductsModel::setProducts(QList<ProductRow> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

int ProductsModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).key == key) {
            return row;
        }
    }
    return -1;
}

void ProductsModel::setShopThreshold(int threshold)
{
    if (threshold == m_shopThreshold) {
        return;
    }
    m_shopThreshold = threshold;
    if (!m_products.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_products.size()) - 1, ColumnCount - 1), {ShopThresholdRole});
    }
}

int ProductsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProductsModel::thresholdText(const ProductRow &product)
{
    if (product.threshold) {
        return QLocale().toString(*product.threshold);
    }
    return tr("%1 (shop)").arg(QLocale().toString(product.effectiveThreshold));
}

QVariant ProductsModel::display(const ProductRow &product, int column) const
{
    switch (column) {
    case Sku:
        return product.sku;
    case Name:
        return product.name;
    case InStock:
        return product.available ? QLocale().toString(*product.available) : displayName(product.status);
    case Status:
        return displayName(product.status);
    case Threshold:
        return thresholdText(product);
    case Waiting:
        return QLocale().toString(product.waiting);
    case Told:
        return QLocale().toString(product.notified);
    case LastChange:
        return product.updatedAt.isValid() ? localTime(product.updatedAt) : u"—"_s;
    default:
        break;
    }
    return {};
}

QVariant ProductsModel::sortValue(const ProductRow &product, int column) const
{
    switch (column) {
    case Sku:
        return product.sku.isEmpty() ? product.key : product.sku;
    case Name:
        return product.name;
    case InStock:
        return product.available ? *product.available : qint64(-1);
    case Status:
        return severity(product.status);
    case Threshold:
        return product.effectiveThreshold;
    case Waiting:
        return product.waiting;
    case Told:
        return product.notified;
    case LastChange:
        return product.updatedAt.isValid() ? product.updatedAt.toMSecsSinceEpoch() : qint64(0);
    default:
        break;
    }
    return {};
}

QVariant ProductsModel::toolTip(const ProductRow &product, int column) const
{
    switch (column) {
    case Sku:
        return product.sku.isEmpty() ? tr("The shop gives this product no SKU: Tidings knows it as %1").arg(product.key)
                                     : QVariant();
    case InStock:
        if (!product.available) {
            return tr("The shop reports only whether it is in stock, not how many");
        }
        return product.locations > 1 ? tr("Over %n location(s)", nullptr, product.locations) : QVariant();
    case Status:
        switch (product.alert) {
        case StockAlert::Low:
            return tr("Staff were told it is low. They are told again once it has been well stocked again.");
        case StockAlert::Out:
            return tr("Staff were told it is out of stock. They are told again once it has been well stocked again.");
        case StockAlert::None:
            break;
        }
        return {};
    case Threshold:
        return product.threshold ? tr("This product's own low-stock threshold. F2 changes it.")
                                 : tr("The shop's low-stock threshold (Shop threshold above the table). F2 gives this "
                                      "product its own.");
    case Waiting:
        return tr("Customers waiting to be told when it is back in stock");
    case Told:
        return tr("Customers told it is back in stock");
    case LastChange:
        return product.updatedAt.isValid() ? QVariant() : tr("No stock change reported yet");
    default:
        break;
    }
    return {};
}

QVariant ProductsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size()) {
        return {};
    }
    const ProductRow &product = m_products.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(product, column);
    case Qt::EditRole:
        if (column == Threshold) {
            return product.threshold ? *product.threshold : -1;
        }
        return display(product, column);
    case SortRole:
        return sortValue(product, column);
    case KeyRole:
        return product.key;
    case ShopThresholdRole:
        return m_shopThreshold;
    case Qt::ToolTipRole:
        return toolTip(product, column);
    case Qt::DecorationRole:
        return column == Status ? QVariant(stockStatusIcon(product.status)) : QVariant();
    case Qt::FontRole:
        // A value that is not the product's own (the shop's threshold, a word for a quantity): in italics.
        if ((column == Threshold && !product.threshold) || (column == InStock && !product.available)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if ((column == Threshold && !product.threshold) || (column == InStock && !product.available) ||
            (column == Waiting && product.waiting == 0) || (column == Told && product.notified == 0)) {
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == InStock || column == Threshold || column == Waiting || column == Told) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant ProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (section == InStock || section == Threshold || section == Waiting || section == Told) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Threshold:
            return tr("Staff are told when the stock falls to this many");
        case Waiting:
            return tr("Customers waiting to be told when it is back in stock");
        case Told:
            return tr("Customers told it is back in stock");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case InStock:
        return tr("In stock");
    case Status:
        return tr("Status");
    case Threshold:
        return tr("Low-stock threshold");
    case Waiting:
        return tr("Waiting");
    case Told:
        return tr("Told");
    case LastChange:
        return tr("Last change");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags ProductsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Threshold) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool ProductsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Threshold || index.row() >= m_products.size()) {
        return false;
    }
    bool ok = false;
    const int threshold = value.toInt(&ok);
    if (!ok) {
        return false;
    }
    const ProductRow &product = m_products.at(index.row());
    const std::optional<int> wanted = threshold < 0 ? std::nullopt : std::optional<int>(threshold);
    if (wanted == product.threshold) {
        return true;
    }
    emit thresholdEdited(product.key, wanted);
    return true;
}

} // namespace Tidings::Ui
