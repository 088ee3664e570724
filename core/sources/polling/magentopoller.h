#pragma once

#include "sources/polling/poller.h"
#include "sources/statusmap.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace Tidings {

// Magento 2 / Adobe Commerce REST. One page is two requests, both with "Authorization: Bearer <integration
// access token>" (secret "accessToken"; Magento 2.4.4+ accepts it only when the merchant allows OAuth
// access tokens as standalone Bearer tokens):
//   1. GET {baseUrl}/rest[/{storeCode}]/V1/orders with searchCriteria: filter updated_at gteq
//      "YYYY-MM-DD HH:MM:SS" (UTC, the window start), sortOrders updated_at ASC then entity_id ASC,
//      pageSize 50, currentPage N.
//   2. when the page holds orders: GET …/V1/shipments with searchCriteria filter order_id in <the page's
//      entity_ids>, pageSize 100 (more shipment pages while total_count says so), for their tracks.
// Paging: the page token is the next currentPage; the run ends when currentPage × pageSize ≥ total_count,
// because Magento answers a page past the end with the last page again instead of an empty one.
//
// Stock (option "stock", default true): after the last page of orders the run goes on with the stock of
// every product at every inventory source (Multi-Source Inventory), page tokens "stock:N":
//   3. GET …/V1/inventory/source-items with searchCriteria pageSize 100, currentPage N, sorted by sku then
//      source_code (a stable order across pages), paged by total_count like the orders. The answer is
//      {items: [{sku, source_code, quantity, status}], search_criteria, total_count}; quantity is a number
//      that may be fractional (rounded down), status 1 in stock / 0 out of stock. [confirmed in
//      magento/inventory: InventoryApi/etc/webapi.xml routes GET /V1/inventory/source-items to
//      SourceItemRepositoryInterface::getList with ACL Magento_InventoryApi::source (Admin: Stores →
//      Inventory → Sources); Api/Data/SourceItemInterface: sku, source_code, quantity float|null, status
//      int|null with STATUS_IN_STOCK = 1, STATUS_OUT_OF_STOCK = 0; SourceItemSearchResultsInterface extends
//      SearchResultsInterface, so items/search_criteria/total_count.]
//   Each item is a StockChange: product id and SKU = sku, location = source_code, no time (Magento keeps
//   none per source item): the PollScheduler compares it with the stored level, so only real changes are
//   stored. A shop without MSI (Magento Open Source with the Inventory modules disabled) has no such route
//   and answers 404 ("Request does not match any route" [inferred from how Magento's web API routes are
//   declared per module, not seen on a live shop]): that ends the run normally, with no stock read.
//   Every run reads all source items (Magento has no "changed since" for them): about one request per
//   100 SKU × source pairs.
// Rate limits: Magento has none of its own; a host's 429/503 with Retry-After is a retryable failure.
//
// Options: "baseUrl" (the shop, e.g. https://shop.example.com), "storeCode" (optional, e.g. "default"),
// "statusMap" (the shop's custom order statuses → Tidings' statuses), "stock" (false: orders only). Ids:
// entity_id is the order id, increment_id the order number the customer sees; shipments are their
// entity_id. Statuses are read from the order's fixed state (status "fraud" and the owner's statusMap
// entries for custom statuses first).
//
// Known limits: as with any page numbers, an order modified while a run is between pages moves to the end
// of the list and may push an unseen order onto a page already read (the next run's overlap catches it
// when it is recent). A tracking number added to an existing shipment is read when its order next changes.
// A product added while the stock pages are read may shift the items after it by one; the next run reads
// them all again.
class MagentoPoller final : public Poller
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::MagentoPoller)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();
    static constexpr int PageSize = 50;
    static constexpr int ShipmentPageSize = 100;
    static constexpr int StockPageSize = 100;

    QString type() const override;
    void fetch(const PollRequest &request, QNetworkAccessManager *network, Done done) override;

    // Reads an orders answer ({items, total_count}) and the shipments of those orders into a page;
    // `currentPage` is the page asked for.
    static PollOutcome parsePage(const QByteArray &ordersBody, const QJsonArray &shipments, int currentPage,
                                 const SourceConfig &source);

    // Reads a source-items answer ({items, total_count}) into a page of stock changes; `currentPage` is the
    // stock page asked for, and the next page token is "stock:<N + 1>".
    static PollOutcome parseStockPage(const QByteArray &body, int currentPage, const SourceConfig &source);

    // Whether the source reads stock: option "stock", default true.
    static bool readsStock(const SourceConfig &source);

    // The order's status from its state and status, with the owner's statusMap entries first (keyed by
    // status or state). `items` and the refunded total refine processing/complete: partly shipped,
    // shipped, or partly refunded.
    static OrderStatus orderStatusFor(const QJsonObject &order, const StatusMap &custom);

    // The searchCriteria query of one filter (one filter group), sorted by updated_at then entity_id.
    static QUrlQuery searchQuery(const QString &field, const QString &value, const QString &conditionType, int pageSize,
                                 int currentPage);

    // "{baseUrl}/rest[/{storeCode}]/V1/{resource}"
    static QUrl endpoint(const QUrl &base, const QString &storeCode, const QString &resource);

private:
    static void fetchStock(QUrl url, const QString &token, int currentPage, const SourceConfig &source,
                           QNetworkAccessManager *network, Done done);
};

} // namespace Tidings
