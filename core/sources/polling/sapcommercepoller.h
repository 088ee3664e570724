#pragma once

#include "sources/polling/oauth2session.h"
#include "sources/polling/poller.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Tidings {

struct SapCommercePollState;

// SAP Commerce Cloud (Hybris) through OCC v2, the commerce web services, as a trusted OAuth client. Type
// "sapcommerce" like the webhook adapter; options "mode": "poll" tells the two apart.
//
// Auth: OAuth2 client credentials through OAuth2Session: POST {baseUrl}/authorizationserver/oauth/token
// (options["tokenUrl"] may override) with grant_type=client_credentials, client_id (option "clientId") and
// client_secret (secret "clientSecret") in the form body. Every OCC request carries "Authorization: Bearer
// <token>"; a 401 drops the token and asks once more with a new one. The client needs the authority
// ROLE_TRUSTED_CLIENT: both endpoints below are @Secured("ROLE_TRUSTED_CLIENT") in OCC.
//
// One run:
//   1. GET {occ}/{baseSiteId}/feeds/orders/statusfeed?timestamp=<window start, yyyy-MM-ddTHH:mm:ssZ>
//      → {"orderStatusUpdateElements": [{"code", "status", "baseSiteId"}]}: the orders whose status changed
//      at or after the timestamp, oldest first (OCC keeps them in a list ordered by arrival). The
//      elements carry no time; the answer's Date header (SAP's clock) is the run's newestSeen, reported on
//      its last page.
//   2. for each order code, once, in feed order, OrdersPerPage to a page, one request at a time:
//      GET {occ}/{baseSiteId}/orders/{code}?fields=FULL → OrderWsDTO with entries, user, deliveryAddress,
//      deliveryStatus and consignments. An order the feed names but OCC no longer knows (400/404
//      UnknownIdentifierError) is skipped and noted in the page's raw body.
// {occ} is baseUrl + "/occ/v2" (Commerce Cloud); a baseUrl that already ends in /occ/v2 or /rest/v2 (older
// on-premise installs) is used as it is, and the token address is then at the host's root.
//
// Paging: the poller keeps the run's feed (the order codes and the Date) in memory; the page token is
// "<feed number>:<index of the next code>". A token this poller does not hold the feed of (another poller
// instance, or a feed replaced since) reads the feed again from the window start and begins at its first
// code: pages already stored are dropped by the scheduler's dedup, so nothing is lost or told twice.
//
// Normalization is the webhook adapter's (SapCommerceAdapter::readOrder / readConsignment, orderStatusFor,
// shipmentStatusFor): an OrderEvent per order (id and number = code, occurredAt = created, as OCC gives no
// modification time; the dedup key changes with status and deliveryStatus) and one per consignment (shipment
// id = consignment code, tracking = trackingID, occurredAt = statusDate).
//
// Rate limits: OCC has no documented quota; Commerce Cloud's edge may answer 429/503 with Retry-After, which
// is a retryable failure through PollHttp::failureOf. Orders are asked for one after the other.
//
// Known limits (from the OCC source: FeedsController, OrderStatusUpdateQueue/AbstractUpdateQueue):
// - The status feed is an in-memory queue of each OCC server node ("limited capacity due to its in-memory
//   nature", 100000 entries), filled when an order's status change reaches the node and emptied by the
//   OrderStatusUpdateCleanerJob and by every restart. What a node never saw (another node of a cluster, a
//   restart, a project that does not feed the queue) is not listed: those changes are missed, and the first
//   run finds only what the queue still holds, not the whole backfill window.
// - A consignment that changes (shipped, delivered, a tracking number added) without changing its order's
//   status is not in the feed: it is read when the order's status next changes.
// - OCC caches GET /orders/{code} for a while (@Cacheable "orderCache", Cache-Control max-age 120): an order
//   read right after its change may still show the old status; the next run's overlap (default 5 minutes,
//   keep it at least 3) reads it again.
// - OCC's consignment has no carrier name: carrier stays empty unless a project adds "carrier" or
//   "carrierDetails" to ConsignmentWsDTO; the consignmenttracking add-on's tracking page is not read.
class SapCommercePoller final : public Poller
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::SapCommercePoller)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();
    static constexpr int OrdersPerPage = 20;

    SapCommercePoller();

    QString type() const override;
    void fetch(const PollRequest &request, QNetworkAccessManager *network, Done done) override;

    // The order codes of a statusfeed answer, oldest change first, each once; elements of another base site
    // are left out. nullopt (with `detail`) when the answer is not a feed.
    static std::optional<QStringList> parseFeed(const QByteArray &body, const QString &baseSiteId, QString *detail);

    // The events of one OCC order (fields=FULL): the order's, then one per consignment with a code.
    static QList<OrderEvent> orderEvents(const QJsonObject &order, const SourceConfig &source);

    // A page of fetched orders (OCC order objects; `missing` are codes OCC did not know). `answeredAt` is the
    // feed's Date and becomes newestSeen when `more` is false.
    static PollPage pageOf(const QList<QJsonObject> &orders, const QStringList &missing, const SourceConfig &source,
                           const QByteArray &feedBody, bool more, const QDateTime &answeredAt);

    // "{occ}/{baseSiteId}/{resource}", resource already percent-encoded where needed.
    static QUrl occUrl(const QUrl &base, const QString &baseSiteId, const QString &resource);
    // options["tokenUrl"] when set, else {host of baseUrl}/authorizationserver/oauth/token.
    static QUrl tokenUrl(const QUrl &base, const QString &option);
    // The statusfeed's timestamp: ISO 8601 in UTC with "Z", which OCC's parser (Joda dateTimeNoMillis) reads.
    static QString feedTimestamp(const QDateTime &time);

private:
    std::shared_ptr<SapCommercePollState> m_state; // the OAuth session and the run's feed
};

} // namespace Tidings
