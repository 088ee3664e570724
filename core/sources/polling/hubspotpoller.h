#pragma once

#include "sources/polling/poller.h"
#include "sources/statusmap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Tidings {

// HubSpot CRM search, for deals and/or commerce orders (type "hubspot" with "mode": "poll"; the webhook
// adapter is the same type). Every request carries "Authorization: Bearer <key>" (secret "accessToken": a
// service key, HubSpot's replacement for private apps, whose creation HubSpot disabled in October 2026; or
// an existing legacy private app's token, "pat-…") and "Content-Type: application/json". One page is up to
// three requests:
//   1. POST {baseUrl}/crm/v3/objects/{deals|orders}/search with
//      {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GTE","value":"<epoch ms>"}]}],
//       "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],
//       "properties":[…], "limit":100, "after":"<paging.next.after>" (from the second page of a query on)}
//      answered {total, results:[{id, properties:{…}, createdAt, updatedAt, archived}], paging?:{next:{after}}}.
//   2. when the page holds records: POST {baseUrl}/crm/v4/associations/{deals|orders}/contacts/batch/read
//      {"inputs":[{"id":"…"}, …]} → {results:[{from:{id}, to:[{toObjectId, associationTypes}]}]} (200, or 207
//      when some records have no contact).
//   3. when they have contacts: POST {baseUrl}/crm/v3/objects/contacts/batch/read
//      {"properties":["email","firstname","lastname","phone","hs_language"],"inputs":[{"id":"…"}, …]}, at most
//      100 ids per request (more requests when a page has more contacts).
//
// Paging: the page token is this poller's own (object type, HubSpot's `after`, the window start after a
// slide, and how far deals were read: PageToken). HubSpot's search answers at most 10,000 results per query
// (an `after` of 10,000 or more is refused with 400), so before that the query restarts at the newest
// hs_lastmodifieddate read so far ("slides"); the records at that millisecond come again and the
// scheduler's dedup drops them. Only when more than 10,000 records share one millisecond (a bulk import)
// does the slide step one millisecond past them, skipping the rest of that millisecond.
//
// Option "objects": "deals" (default), "orders" or "both". With both, one run reads the deals changed since
// the window start, then the orders changed since the same window start. The scheduler keeps a single
// cursor per source, so a deals page reports no newestSeen (the cursor must not pass orders not read yet);
// the page that ends the deals carries in its token the time deals are read up to (the answer's Date header,
// or the newest deal); and orders pages report min(that time, the newest order on the page), the last one
// min(that time, its own Date header). A run that stops half-way therefore never moves the cursor past an
// unread change of either object.
//
// Rate limits: the search endpoints allow about four requests per second per token (HubSpot's changelog),
// on top of the app's 100–190 requests per 10 seconds: each page with more to come asks the scheduler to wait
// SearchIntervalMs. A 429 ({"errorType":"RATE_LIMIT", "policyName":"SECONDLY"|"TEN_SECONDLY_ROLLING"|"DAILY"}) is
// retryable, after Retry-After, else after the policy's window. 401 (INVALID_AUTHENTICATION) and 403 (MISSING_SCOPES,
// naming the scopes to tick) are not.
//
// Normalizing: orderId is the record id (as the webhook adapter); deals have the record id as their number,
// orders hs_order_name. The stage (deal "dealstage", order "hs_pipeline_stage") goes through the adapter's
// stage map (HubSpotAdapter::stageMap, option "statusMap"): an unmapped stage is Unknown with the id kept.
// Deals carry amount and deal_currency_code; orders hs_total_price, hs_currency_code and, when
// hs_shipping_tracking_number is set, a shipment on the same event (id = tracking number, link =
// hs_shipping_status_url, status from hs_fulfillment_status when it names one, else label created).
// The customer is the first associated contact with an email (name, phone, hs_language as locale).
//
// API versions: HubSpot ends support of the numbered paths (v4 on 2027-03-30, v1–v3 in September 2027);
// the date-based successors (/crm/objects/2026-03/{object}/search, /crm/associations/2026-03/…/batch/read,
// /crm/objects/2026-03/contacts/batch/read) take the same bodies and answer the same shapes.
//
// Known limits: only the first page of each record's associations is read (HubSpot returns hundreds per
// record, far more than an order has contacts); line items are not read. Archived records are not returned
// by search, so a deleted deal is not noticed.
class HubSpotPoller final : public Poller
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::HubSpotPoller)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();

    static constexpr int PageSize = 100;
    static constexpr int MaxResultsPerQuery = 10000;
    static constexpr int ContactBatchSize = 100;
    static constexpr qint64 SearchIntervalMs = 250;

    // Where a run is: which object, HubSpot's `after`, the window start after a slide, and (reading orders
    // after deals) the time deals are read up to. Encoded as a query string ("object=deals&after=100").
    struct PageToken
    {
        QString object;                    // "deals" or "orders"
        QString after;                     // HubSpot's paging.next.after; empty for a query's first page
        std::optional<qint64> fromMs;      // the window start after a slide (epoch ms); else the run's
        std::optional<qint64> dealsReadMs; // deals are read up to here (epoch ms)

        QString encode() const;
        // nullopt when the text is not a token of one of `objects`.
        static std::optional<PageToken> decode(const QString &text, const QStringList &objects);
    };

    // A contact's details, by the record (deal or order) id it is associated with.
    struct Customer
    {
        QString email;
        QString name;
        QString phone;
        QString locale;
    };

    QString type() const override;
    void fetch(const PollRequest &request, QNetworkAccessManager *network, Done done) override;

    // The object types the source reads, in order: {"deals"}, {"orders"} or {"deals", "orders"} (option
    // "objects"; anything else reads deals).
    static QStringList objectsOf(const SourceConfig &source);

    // The search body for one page of `object` (deals or orders) changed at or after `fromMs`.
    static QByteArray searchBody(const QString &object, qint64 fromMs, const QString &after);

    // Each record's customer: for every association result, its first contact (in HubSpot's order) that
    // has an email in `contacts` (batch read results).
    static QHash<QString, Customer> customersOf(const QJsonArray &associationResults, const QJsonArray &contacts);

    // Reads a search answer into a page: events, newestSeen, and the token of what comes next (see the class
    // comment). `token` is the page asked for; `windowStart` the run's; `answeredAt` the answer's Date
    // header (invalid when there was none).
    static PollOutcome parsePage(const QByteArray &searchBody, const QHash<QString, Customer> &customers,
                                 const PageToken &token, const QDateTime &windowStart, const QDateTime &answeredAt,
                                 const SourceConfig &source);

    // The status of a stage id through the owner's stage map (HubSpotAdapter::stageMap).
    static OrderStatus stageStatus(const QString &stageId, const StatusMap &stages);

    // "{baseUrl}{path}", keeping a path prefix of the base (a proxy) and dropping its query.
    static QUrl endpoint(const QUrl &base, const QString &path);
};

} // namespace Tidings
