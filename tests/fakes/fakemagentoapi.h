#pragma once

#include "fakes/fakeplatformserver.h"

#include <QDateTime>
#include <QString>

namespace Tidings::Test {

// A loopback Magento 2 REST API holding a few orders and their shipments. Checks GET /rest[/{store}]/V1/orders
// and /V1/shipments, "Authorization: Bearer <token>", and searchCriteria: one filter (field, value,
// condition_type among Magento's own; orders must filter updated_at gteq "YYYY-MM-DD HH:MM:SS"), sortOrders[0]
// updated_at ASC, pageSize 1..300 and currentPage ≥ 1; a violation answers 400/401/404 with Magento's
// {"message": …}. Serves {items, search_criteria, total_count} sorted by updated_at then entity_id and, like
// Magento, answers a currentPage past the end with the last page again. maxPerPage makes pages smaller than
// asked (search_criteria.page_size then says the size served), to test paging with few orders.
//
// With Multi-Source Inventory (the default), GET /rest[/{store}]/V1/inventory/source-items serves the source
// items {sku, source_code, quantity, status} the same way: Bearer token, pageSize 1..300, currentPage ≥ 1, no
// filter, sortOrders only on the item's own fields; sorted by sku then source_code. Without it
// (setInventoryEnabled(false), as Magento Open Source with the Inventory modules disabled) that path is no
// route: 404.
class FakeMagentoApi final : public FakePlatformServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeMagentoApi)

public:
    struct Shipment
    {
        QString id; // entity_id
        QDateTime updatedAt;
        QString trackNumber; // a track when set
        QString carrierCode = QStringLiteral("ups");
        QString title = QStringLiteral("United Parcel Service");
    };

    struct Order
    {
        QString id;     // entity_id, e.g. "41"
        QString number; // increment_id, e.g. "000000041"
        QString state = QStringLiteral("processing");
        QString status = QStringLiteral("processing");
        QDateTime updatedAt;
        QString email;
        QString total = QStringLiteral("49.90");
        QList<Shipment> shipments;
    };

    struct SourceItem
    {
        QString sku;
        QString sourceCode = QStringLiteral("default");
        double quantity = 0;
        int status = 1; // 1 in stock, 0 out of stock
    };

    explicit FakeMagentoApi(QString token, QString storeCode = {}, QObject *parent = nullptr);

    void upsertOrder(const Order &order);
    Order order(const QString &id) const;
    // Keyed by sku and source code.
    void upsertSourceItem(const SourceItem &item);

    void setInventoryEnabled(bool enabled) { m_inventory = enabled; }

    void setMaxPerPage(int size) { m_maxPerPage = size; }

protected:
    std::optional<Response> violation(const Request &request) const override;
    Response serve(const Request &request) override;

private:
    QString m_token;
    QString m_storeCode;
    QList<Order> m_orders;
    QList<SourceItem> m_sourceItems;
    bool m_inventory = true;
    int m_maxPerPage = 300;
};

} // namespace Tidings::Test
