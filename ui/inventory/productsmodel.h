#pragma once

#include "store/inventoryqueries.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Tidings::Ui {

// The Inventory page's products, one row each, as InventoryQueries::products() read them. Only the low-stock
// threshold is editable (EditRole: the product's own value, or -1 for the shop's); an edit is not written here
// but announced with thresholdEdited(), for the page to store.
class ProductsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsModel)

public:
    enum Column {
        Sku,
        Name,
        InStock,
        Status,
        Threshold,
        Waiting,
        Told,
        LastChange,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts as the owner expects (numbers as numbers)
        KeyRole,                     // the product's key, on every column
        ShopThresholdRole,           // the shop's threshold, on every column (the threshold editor offers it)
    };
    Q_ENUM(Role)

    explicit ProductsModel(QObject *parent = nullptr);
    ~ProductsModel() override;

    void setProducts(QList<ProductRow> products);

    const QList<ProductRow> &products() const { return m_products; }

    // The row of the product `key`, or -1.
    int rowOf(const QString &key) const;

    void setShopThreshold(int threshold);

    int shopThreshold() const { return m_shopThreshold; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // "5 (shop)" for a product without its own threshold, else the number.
    static QString thresholdText(const ProductRow &product);

signals:
    // The owner typed a new threshold for `key` (none: the shop's).
    void thresholdEdited(const QString &key, std::optional<int> threshold);

private:
    QVariant display(const ProductRow &product, int column) const;
    QVariant sortValue(const ProductRow &product, int column) const;
    QVariant toolTip(const ProductRow &product, int column) const;

    QList<ProductRow> m_products;
    int m_shopThreshold = StockPolicy::DefaultThreshold;
};

} // namespace Tidings::Ui
