#pragma once

#include "sources/polling/poller.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Tidings {

// Oracle NetSuite through SuiteQL: POST {baseUrl}/services/rest/query/v1/suiteql?limit=200&offset=N with
// "Prefer: transient", Content-Type application/json and the body {"q": "<SELECT>"}, signed with
// Token-Based Authentication (OAuth 1.0a, HMAC-SHA256, realm = the account id in upper case with '_',
// e.g. "1234567_SB1"; see OAuth1Signer). The query reads sales orders (type 'SalesOrd') and item
// fulfilments (type 'ItemShip', with the first package tracking number) modified at or after the window
// start, oldest first (ORDER BY lastmodifieddate, id). Paging by offset: while the answer's hasMore is
// true the next page is offset + limit (offsets stay multiples of the limit, as NetSuite's next link has them); SuiteQL
// pages through at most 100,000 rows, so a run stops there and the next run carries on from the newest change it saw.
//
// Options: "accountId" (required), "baseUrl" (default https://<account id, lower case, '_' → '-'>
// .suitetalk.api.netsuite.com), "timeZone", "statusMap", and "pageSize" (the limit, 1..1000, default 200;
// not on the setup page, for tests). Secrets: "consumerKey", "consumerSecret"
// (integration record), "tokenId", "tokenSecret" (access token). Rate limits: NetSuite limits concurrent
// requests per account and answers 429 when exceeded; the scheduler backs off (Retry-After when sent).
//
// Time zones: SuiteQL shows lastmodifieddate in the time zone of the token's user (its preferences, by
// default the company's) and TO_TIMESTAMP reads a literal in that zone. There is no UTC form of the
// column, so the owner names that zone in "timeZone" (IANA, e.g. "America/Chicago"; default UTC). The
// query selects TO_CHAR(lastmodifieddate, 'YYYY-MM-DD"T"HH24:MI:SS') (the user's date format would lose
// the time), read in that zone; in the repeated hour when clocks go back, a time is read as its earlier
// instant and the filter reaches back an extra hour, so nothing is skipped (the scheduler drops what is
// seen twice). With a wrong zone the windows stay consistent (filter and reading use the same zone); only
// the times shown are shifted.
//
// Statuses: sales order letters A–H and fulfilment ship status letters A–C map as the "netsuite" webhook
// preset maps them (GenericMapping::presetStatusMap), so both modes agree; "statusMap" overrides, as
// {"order": {"B": "pending"}, "shipment": {"B": "label_created"}} or a flat object for order letters.
// As the SuiteScript does, a fulfilment is reported once shipped (C), or at a letter the owner mapped.
//
// Known limit of offsets: a record modified while a run is between pages moves to the end and may shift an
// unseen one onto a page already read; the next run's overlap catches it when it is within the overlap.
class NetSuitePoller final : public Poller
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::NetSuitePoller)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();
    static constexpr int PageSize = 200;
    static constexpr int MaxRows = 100000; // SuiteQL pages through no more rows than this

    QString type() const override;
    void fetch(const PollRequest &request, QNetworkAccessManager *network, Done done) override;

    // "1234567_SB1" from "1234567-sb1", " 1234567_sb1 ", ...: the realm of the Authorization header.
    static QString realmOf(const QString &accountId);
    // "https://1234567-sb1.suitetalk.api.netsuite.com".
    static QString defaultBaseUrl(const QString &accountId);

    // The SuiteQL statement for changes at or after `windowStart` (UTC) in an account shown in `zone`.
    static QString query(const QDateTime &windowStart, const QTimeZone &zone);
    // The wall time in `zone` ("yyyy-MM-dd HH:mm:ss") at or before which every instant from `utc` on is
    // shown: the zone's time of `utc`, an hour earlier when clocks go back within the next hours.
    static QString filterTime(const QDateTime &utc, const QTimeZone &zone);
    // A TO_CHAR time ("2026-03-01T10:00:00") shown in `zone`, in UTC; the earlier instant when ambiguous.
    static QDateTime readTime(const QString &text, const QTimeZone &zone);

    // Reads one SuiteQL answer into a page; `offset` and `limit` are what was asked for.
    static PollOutcome parsePage(const QByteArray &body, int offset, int limit, const SourceConfig &source,
                                 const QTimeZone &zone);
};

} // namespace Tidings
