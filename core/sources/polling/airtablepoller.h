#pragma once

#include "model/result.h"
#include "sources/polling/poller.h"
#include "sources/polling/pollhttp.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace Tidings {

// Airtable Web API, list records of one table (the poll mode of the "airtable" type, options "mode": "poll"):
//     GET {baseUrl}/v0/{baseId}/{table}?filterByFormula=<formula>&pageSize=100[&view=<view>]
//         [&returnFieldsByFieldId=true][&sort[0][field]=<lastModifiedField>&sort[0][direction]=asc]
//         [&offset=<offset>]
//     Authorization: Bearer <personal access token>      (secret "apiToken", as in webhook mode; scope
//     data.records:read)
// baseUrl defaults to https://api.airtable.com; the table (name or "tbl…" id) is one percent-encoded path
// segment. The formula asks for records changed or created since the window start, one second early
// because IS_AFTER is strict (and in case Airtable compares whole seconds):
//     OR(IS_AFTER(<time>,'<windowStart − 1 s, ISO UTC>'),IS_AFTER(CREATED_TIME(),'<same>'))
// where <time> is {<lastModifiedField>} when the owner names a "Last modified time" column, else
// LAST_MODIFIED_TIME() (CREATED_TIME() catches rows that were never edited after being added).
//
// Mapping: the webhook mode's fieldMap and statusMap options, read by AirtableMapping (sources/
// airtablemapping.h), so both modes turn a row into the same OrderEvent (order id = the orderId column or
// the record id; a tracking number or link makes the row a shipment with the record id as shipment id).
// Stock: a row whose sku and stockQuantity or stockStatus cells have a value and whose orderId cell has none
// is a StockChange in PollPage::stock instead (AirtableRecord::stockChange; occurredAt as for events below:
// without lastModifiedField it stays invalid, and the scheduler compares the level with the stored one).
// The list answer names cells by column name; names in the field map match case-insensitively. A field map
// of "fld…" ids only asks with returnFieldsByFieldId=true instead (stable across renames); a map mixing
// names and ids is refused as a setting error.
//
// Order and newestSeen: with lastModifiedField, pages are sorted by it, oldest first, each event's
// occurredAt is the row's time, and newestSeen is the newest such time on the page. Airtable freezes a
// listing's order at its first page but shows each record's current values, so a row edited during the run
// can carry a time after the run began; newestSeen leaves such times out (they are read again next run).
// Without lastModifiedField rows come unordered and carry no time: occurredAt stays invalid (an unchanged
// row gives the same dedup key every run; a changed status or tracking number gives a new one), and
// newestSeen is reported only on the run's last page: the Date header of the run's first answer (Airtable's
// clock, carried in the page token), so no change made during the run is skipped.
//
// Paging: pageSize 100; "offset" in the answer → the next page token ("<first answer's epoch ms> <offset>").
// An offset Airtable no longer knows (422 LIST_RECORDS_ITERATOR_NOT_AVAILABLE, after a few minutes) is a
// retryable failure: the scheduler restarts the run from its cursor, with the first page.
// Rate limits: 5 requests per second per base → waitBeforeNextMs = 200 between pages. A 429 comes without
// Retry-After; Airtable asks for 30 s (retryAfterMs 30000 then).
// Errors are {"error": {"type", "message"}} (or {"error": "NOT_FOUND"}): 401 AUTHENTICATION_REQUIRED,
// 403/404 INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND / NOT_FOUND / TABLE_NOT_FOUND (token cannot see the base or
// table, or a wrong name), 422 INVALID_FILTER_BY_FORMULA / UNKNOWN_FIELD_NAME / VIEW_NAME_NOT_FOUND (a
// setting names a column or view the table does not have). Airtable refuses URLs over 16,000 characters.
//
// Known limits: deleted rows are not seen; a change to a formula or lookup cell alone does not change a
// row's modification time, so it is read with the row's next edit.
class AirtablePoller final : public Poller
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::AirtablePoller)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();
    static constexpr int PageSize = 100;
    static constexpr qint64 PageGapMs = 200;             // 5 requests per second per base
    static constexpr qint64 RateLimitWaitMs = 30 * 1000; // after a 429
    static constexpr qsizetype MaxUrlLength = 16000;
    static constexpr const char *DefaultBaseUrl = "https://api.airtable.com";

    QString type() const override;
    void fetch(const PollRequest &request, QNetworkAccessManager *network, Done done) override;

    // The base id from the option, which may be the base's address (https://airtable.com/app…/tbl…/viw…).
    static QString baseIdOf(const SourceConfig &source);
    // The table from the option, else the "tbl…" id in a pasted base address.
    static QString tableOf(const SourceConfig &source);

    // The filterByFormula for changes at or after `windowStart`; `lastModifiedField` empty for
    // LAST_MODIFIED_TIME().
    static QString changedSinceFormula(const QDateTime &windowStart, const QString &lastModifiedField);

    // The whole list-records URL of one page (`offset` empty for the first), or a Config error.
    static Result<QUrl> pageUrl(const SourceConfig &source, const QDateTime &windowStart, const QString &offset);

    // Reads one list-records answer ({records: [{id, createdTime, fields}], offset?}) into a page. `runStart`
    // is the Date header of the run's first answer (invalid when unknown). With an "offset" in the answer, `more` is
    // set and nextPageToken carries runStart and the offset.
    static PollOutcome parsePage(const QByteArray &body, const QDateTime &runStart, const SourceConfig &source);

    // The failure for an answer that is not a page, in the owner's words.
    static PollOutcome failureOf(const PollHttp::Answer &answer, const SourceConfig &source);
};

} // namespace Tidings
