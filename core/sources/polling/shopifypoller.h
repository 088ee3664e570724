#pragma once

#include "sources/polling/poller.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringView>

namespace Tidings {

// Shopify's GraphQL Admin API: POST {baseUrl}/admin/api/{apiVersion}/graphql.json with
// X-Shopify-Access-Token, asking orders(first: 50, after: <endCursor>, sortKey: UPDATED_AT,
// query: "updated_at:>='<window start>'") with their fulfillments and tracking. Options: "baseUrl"
// (https://<shop>.myshopify.com), "apiVersion" (default 2024-10). Secret: "accessToken" (an Admin API
// access token with read_orders; read_all_orders to reach back further than 60 days).
//
// Rate limit: every answer carries extensions.cost.throttleStatus; when fewer points are left than the
// last query cost, the page asks the scheduler to wait until the bucket has refilled. A THROTTLED error
// (HTTP 200 or 429) is a retryable failure with the time the bucket needs.
//
// Normalization reuses ShopifyAdapter's maps: GraphQL's upper-case enums are turned into the REST words
// (PARTIALLY_FULFILLED → "partial", IN_TRANSIT → "in_transit"). Ids are the numeric tails of the gids, so
// orders and shipments match those that arrive by webhook.
class ShopifyPoller final : public Poller
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::ShopifyPoller)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();
    static QString defaultApiVersion();
    // The GraphQL document sent; its variables are first, after and query.
    static QString ordersQuery();

    QString type() const override;
    void fetch(const PollRequest &request, QNetworkAccessManager *network, Done done) override;

    // Reads one answer body into a page (or a failure: GraphQL errors, THROTTLED, unreadable JSON).
    static PollOutcome parsePage(const QByteArray &body, const SourceConfig &source);

    // GraphQL enum → the REST word ShopifyAdapter maps: "PARTIALLY_REFUNDED" → "partially_refunded".
    static QString financialStatusWord(QStringView graphqlEnum);
    // "FULFILLED" → "fulfilled", "PARTIALLY_FULFILLED" → "partial", "RESTOCKED" → "restocked", anything
    // else (UNFULFILLED, IN_PROGRESS, ON_HOLD, ...) → "" (REST's null: not fulfilled).
    static QString fulfillmentStatusWord(QStringView graphqlEnum);
    // A fulfillment's displayStatus → REST shipment_status ("" for FULFILLED, SUBMITTED, ...).
    static QString shipmentStatusWord(QStringView displayStatus);
    // A fulfillment's status (+ displayStatus CANCELED / LABEL_VOIDED) → REST status ("success", "cancelled").
    static QString fulfillmentWord(QStringView status, QStringView displayStatus);
    // "gid://shopify/Order/450789469" → "450789469"; anything else unchanged.
    static QString legacyId(const QString &gid);
};

} // namespace Tidings
