#pragma once

#include "model/error.h"
#include "model/result.h"
#include "sources/sourceconfig.h"
#include "store/database.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Tidings {

class IngestSink;
struct IngestOutcome;

// Reads the changes behind Airtable's webhook pings: GET {apiBaseUrl}/v0/bases/{baseId}/webhooks/{webhookId}/
// payloads?cursor=N, page after page while Airtable says mightHaveMore. Each payload becomes one IngestItem
// (topic "airtable.payload", dedup key "payload:<webhookId>:<payload number>", body = the payload's JSON)
// whose events (and stock changes) are the created and changed records, mapped with the source's options:
//
//   fieldMap   {"<column id or name>": "orderId" | "orderNumber" | "customerName" | "customerEmail" |
//               "orderStatus" | "carrier" | "trackingNumber" | "trackingUrl" | "totalPrice" | "currency" |
//               "sku" | "productName" | "stockQuantity" | "stockStatus" | "location"}
//              A record with a sku and a stock quantity or status but no order id is a stock change
//              (AirtableRecord::stockChange, occurredAt = the payload's timestamp). A changed record carries
//              only its changed cells unless the webhook includes the others (includeCellValuesInFieldIds), so
//              a quantity edit is read as stock only when the SKU column is included.
//              Payloads name columns by id ("fld…"); names are looked up in the base schema first
//              (GET /v0/meta/bases/{baseId}/tables, scope schema.bases:read). Without an orderId column the
//              record id ("rec…") is the order id.
//   statusMap  {"<status word>": "<normalized order or shipment status>"}, any letter case. A word that is
//              itself a status name ("Shipped") needs no entry; anything else is Unknown with the raw word kept.
//   tableId    optional: only records of this table count.
//   apiBaseUrl default https://api.airtable.com (tests point it at a loopback fake; http only to loopback).
//
// The cursor is saved in the settings table ("airtable.cursor.<sourceId>") only after the store has
// committed every payload of a page, so a crash re-reads at most one page, and re-read payloads are
// duplicates. Payloads of one base transaction may be split over several payloads with the same
// baseTransactionNumber, so the dedup key uses the payload's own number, not the transaction number.
//
// A fetch already running for a source runs once more when it ends instead of starting a second one.
// 429 and 5xx (and network failures) are retried after Retry-After or the fallback delay (Airtable asks for
// 30 s after a 429), doubling up to the longest delay. 401/403 stop and emit problem(): a new token is needed.
//
// Lives on the ingest thread; construct it, move it there, then call open() and everything else on that
// thread. The sink's `done` may run on any thread.
class AirtablePayloadFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AirtablePayloadFetcher)

public:
    static QString payloadTopic();
    static QString cursorKey(const QString &sourceId);

    AirtablePayloadFetcher(IngestSink *sink, QString dataDir, QObject *parent = nullptr);
    ~AirtablePayloadFetcher() override;

    // Opens this object's own database connection and starts the periodic re-read.
    Status open();

    // Reads every payload after the saved cursor for `source`, with `apiToken` (never logged).
    void fetch(const SourceConfig &source, const QByteArray &apiToken);

    bool isFetching(const QString &sourceId) const;

    // The wait after a 429 without Retry-After, or after the first failure (default 30 s), and the longest
    // wait (default 15 min). Tests shrink both.
    void setRetryDelays(std::chrono::milliseconds fallback, std::chrono::milliseconds longest);

    // Every source fetched so far is read again this often (default 6 h; zero turns it off). This catches a
    // lost ping and keeps the webhook alive: reading its payloads extends its 7-day life.
    void setRefetchInterval(std::chrono::milliseconds interval);

signals:
    // A fetch ended: `ok` when every payload up to Airtable's latest is stored and the cursor saved.
    void fetchFinished(const QString &sourceId, bool ok);
    // Something the owner must act on (a refused token, a missing setting, a webhook Airtable no longer knows).
    void problem(const Tidings::Error &error);

private:
    struct Run;
    struct Lifeline;

    Run &runFor(const QString &sourceId);
    void start(Run &run);
    void requestSchema(Run &run);
    void requestPage(Run &run);
    QNetworkReply *get(Run &run, const QUrl &url);
    void onSchemaReply(const QString &sourceId, QNetworkReply *reply);
    void onPageReply(const QString &sourceId, QNetworkReply *reply);
    // True when the reply was an error that has been dealt with (retry scheduled or run stopped).
    bool handleHttpError(Run &run, QNetworkReply *reply, const QString &what);
    void submitPage(Run &run, const QJsonArray &payloads, qint64 nextCursor, bool mightHaveMore);
    void onCommitted(const QString &sourceId, quint64 generation, const IngestOutcome &outcome);
    void pageStored(Run &run);
    void retryLater(Run &run, std::optional<std::chrono::milliseconds> retryAfter, const QString &detail);
    void stop(Run &run, const Error &error);
    void finish(Run &run, bool ok);
    void refetchAll();

    IngestSink *const m_sink;
    QString m_dataDir;
    std::optional<Database> m_db;
    QNetworkAccessManager *m_network;
    QTimer *m_refetchTimer;
    std::chrono::milliseconds m_retryFallback{std::chrono::seconds(30)};
    std::chrono::milliseconds m_retryLongest{std::chrono::minutes(15)};
    std::chrono::milliseconds m_refetchInterval{std::chrono::hours(6)};
    QHash<QString, std::shared_ptr<Run>> m_runs;
    std::shared_ptr<Lifeline> m_lifeline;
};

} // namespace Tidings
