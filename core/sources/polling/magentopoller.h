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
// Rate limits: Magento has none of its own; a host's 429/503 with Retry-After is a retryable failure.
//
// Options: "baseUrl" (the shop, e.g. https://shop.example.com), "storeCode" (optional, e.g. "default"),
// "statusMap" (the shop's custom order statuses → Tidings' statuses). Ids: entity_id is the order id,
// increment_id the order number the customer sees; shipments are their entity_id. Statuses are read from
// the order's fixed state (status "fraud" and the owner's statusMap entries for custom statuses first).
//
// Known limits: as with any page numbers, an order modified while a run is between pages moves to the end
// of the list and may push an unseen order onto a page already read (the next run's overlap catches it
// when it is recent). A tracking number added to an existing shipment is read when its order next changes.
class MagentoPoller final : public Poller
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::MagentoPoller)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();
    static constexpr int PageSize = 50;
    static constexpr int ShipmentPageSize = 100;

    QString type() const override;
    void fetch(const PollRequest &request, QNetworkAccessManager *network, Done done) override;

    // Reads an orders answer ({items, total_count}) and the shipments of those orders into a page;
    // `currentPage` is the page asked for.
    static PollOutcome parsePage(const QByteArray &ordersBody, const QJsonArray &shipments, int currentPage,
                                 const SourceConfig &source);

    // The order's status from its state and status, with the owner's statusMap entries first (keyed by
    // status or state). `items` and the refunded total refine processing/complete: partly shipped,
    // shipped, or partly refunded.
    static OrderStatus orderStatusFor(const QJsonObject &order, const StatusMap &custom);

    // The searchCriteria query of one filter (one filter group), sorted by updated_at then entity_id.
    static QUrlQuery searchQuery(const QString &field, const QString &value, const QString &conditionType, int pageSize,
                                 int currentPage);

    // "{baseUrl}/rest[/{storeCode}]/V1/{resource}"
    static QUrl endpoint(const QUrl &base, const QString &storeCode, const QString &resource);
};

} // namespace Tidings
