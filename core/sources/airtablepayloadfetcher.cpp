#include "sources/airtablepayloadfetcher.h"

#include "model/statuses.h"
#include "sources/airtableadapter.h"
#include "sources/airtablemapping.h"
#include "sources/payloadfields.h"
#include "store/ingestsink.h"
#include "store/sourcecursors.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

Q_LOGGING_CATEGORY(lcAirtable, "tidings.airtable")

using namespace Payload;
using std::chrono::milliseconds;

struct FetchText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::AirtablePayloadFetcher)
};

constexpr int failuresBeforeProblem = 5;
constexpr int transferTimeoutMs = 60000;

bool isSafeId(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128 && c.isLetterOrNumber(); });
}

std::optional<milliseconds> retryAfter(const QNetworkReply *reply)
{
    bool ok = false;
    const qint64 seconds = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toLongLong(&ok);
    if (!ok || seconds < 0) {
        return std::nullopt;
    }
    return milliseconds(seconds * 1000);
}

} // namespace

struct AirtablePayloadFetcher::Run
{
    SourceConfig source;
    QByteArray token;
    bool running = false;
    bool again = false;
    QString baseId;
    QString webhookId;
    QUrl apiBase;
    AirtableMapping mapping;
    qint64 cursor = 1;
    QPointer<QNetworkReply> reply;
    QTimer *retryTimer = nullptr;
    int failures = 0;
    bool reportedUnreachable = false;

    // The page being committed.
    quint64 generation = 0;
    int pendingCommits = 0;
    std::optional<Error> commitError;
    qint64 nextCursor = 1;
    bool mightHaveMore = false;
};

struct AirtablePayloadFetcher::Lifeline
{
    QMutex mutex;
    AirtablePayloadFetcher *fetcher = nullptr;
};

namespace {

// The orders and stock levels of one payload's created and changed records.
struct PayloadChanges
{
    QList<OrderEvent> events;
    QList<StockChange> stock;

    void add(const QString &recordId, const QJsonObject &values, const AirtableRecord::Context &context)
    {
        if (auto change = AirtableRecord::stockChange(recordId, values, context)) {
            stock.append(std::move(*change));
        } else if (auto event = AirtableRecord::event(recordId, values, context)) {
            events.append(std::move(*event));
        }
    }
};

PayloadChanges payloadChanges(const QJsonObject &payload, const SourceConfig &source, const AirtableMapping &mapping,
                              const QByteArray &body)
{
    PayloadChanges found;
    const QJsonObject tables = payload.value("changedTablesById"_L1).toObject();
    for (auto table = tables.constBegin(); table != tables.constEnd(); ++table) {
        if (!mapping.tableId.isEmpty() && table.key() != mapping.tableId) {
            continue;
        }
        const QHash<QString, QString> targets = mapping.targetsFor(table.key());
        const AirtableRecord::Context context{source,
                                              mapping,
                                              targets,
                                              scalarText(payload.value("baseTransactionNumber"_L1)),
                                              timestamp(payload.value("timestamp"_L1)),
                                              body,
                                              AirtablePayloadFetcher::payloadTopic()};
        const QJsonObject changes = table->toObject();
        const QJsonObject created = changes.value("createdRecordsById"_L1).toObject();
        for (auto record = created.constBegin(); record != created.constEnd(); ++record) {
            const QJsonObject values = record->toObject().value("cellValuesByFieldId"_L1).toObject();
            found.add(record.key(), values, context);
        }
        const QJsonObject changed = changes.value("changedRecordsById"_L1).toObject();
        for (auto record = changed.constBegin(); record != changed.constEnd(); ++record) {
            const QJsonObject change = record->toObject();
            // Unchanged values (when the webhook includes them) first, the new values over them.
            QJsonObject values = change.value("unchanged"_L1).toObject().value("cellValuesByFieldId"_L1).toObject();
            const QJsonObject current =
                change.value("current"_L1).toObject().value("cellValuesByFieldId"_L1).toObject();
            for (auto cell = current.constBegin(); cell != current.constEnd(); ++cell) {
                values.insert(cell.key(), cell.value());
            }
            found.add(record.key(), values, context);
        }
    }
    return found;
}

} // namespace

QString AirtablePayloadFetcher::payloadTopic()
{
    return u"airtable.payload"_s;
}

QString AirtablePayloadFetcher::cursorKey(const QString &sourceId)
{
    return u"airtable.cursor."_s + sourceId;
}

AirtablePayloadFetcher::AirtablePayloadFetcher(IngestSink *sink, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_sink(sink)
    , m_dataDir(std::move(dataDir))
    , m_network(new QNetworkAccessManager(this))
    , m_refetchTimer(new QTimer(this))
    , m_lifeline(std::make_shared<Lifeline>())
{
    m_lifeline->fetcher = this;
    connect(m_refetchTimer, &QTimer::timeout, this, &AirtablePayloadFetcher::refetchAll);
}

AirtablePayloadFetcher::~AirtablePayloadFetcher()
{
    {
        QMutexLocker locker(&m_lifeline->mutex);
        m_lifeline->fetcher = nullptr;
    }
    // Replies still running are aborted with the network manager; none of them may call back into us.
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
    }
    delete m_network;
}

Status AirtablePayloadFetcher::open()
{
    auto db = Database::open(m_dataDir, u"airtable"_s);
    if (!db) {
        return db.error();
    }
    m_db.emplace(std::move(db).value());
    setRefetchInterval(m_refetchInterval);
    return {};
}

void AirtablePayloadFetcher::setRetryDelays(milliseconds fallback, milliseconds longest)
{
    m_retryFallback = std::max(fallback, milliseconds(1));
    m_retryLongest = std::max(longest, m_retryFallback);
}

void AirtablePayloadFetcher::setRefetchInterval(milliseconds interval)
{
    m_refetchInterval = interval;
    if (interval.count() > 0) {
        m_refetchTimer->start(interval);
    } else {
        m_refetchTimer->stop();
    }
}

bool AirtablePayloadFetcher::isFetching(const QString &sourceId) const
{
    const auto run = m_runs.value(sourceId);
    return run && run->running;
}

AirtablePayloadFetcher::Run &AirtablePayloadFetcher::runFor(const QString &sourceId)
{
    std::shared_ptr<Run> &run = m_runs[sourceId];
    if (!run) {
        run = std::make_shared<Run>();
        run->retryTimer = new QTimer(this);
        run->retryTimer->setSingleShot(true);
        connect(run->retryTimer, &QTimer::timeout, this, [this, sourceId] {
            if (const auto found = m_runs.value(sourceId); found && found->running) {
                start(*found);
            }
        });
    }
    return *run;
}

void AirtablePayloadFetcher::fetch(const SourceConfig &source, const QByteArray &apiToken)
{
    Run &run = runFor(source.id);
    run.source = source;
    run.token = apiToken;
    if (run.running) {
        run.again = true; // coalesce: one more pass when this one ends
        return;
    }
    run.running = true;
    run.again = false;
    start(run);
}

void AirtablePayloadFetcher::refetchAll()
{
    const QList<std::shared_ptr<Run>> runs = m_runs.values();
    for (const auto &run : runs) {
        if (run->source.enabled && !run->token.isEmpty()) {
            fetch(run->source, run->token);
        }
    }
}

// Reads the settings and the saved cursor afresh, then asks for the schema (column names) or the first page.
void AirtablePayloadFetcher::start(Run &run)
{
    const SourceConfig &source = run.source;
    const QJsonObject &options = source.options;
    run.baseId = field(options, "baseId"_L1);
    run.webhookId = field(options, "webhookId"_L1);
    if (!isSafeId(run.baseId) || !isSafeId(run.webhookId)) {
        stop(run, Error::make(ErrorCode::Config,
                              FetchText::tr("The base id or webhook id of \"%1\" is missing or not an Airtable id, "
                                            "so Tidings cannot read its changes. Enter both in Connections.")
                                  .arg(source.name),
                              u"baseId %1, webhookId %2"_s.arg(run.baseId, run.webhookId)));
        return;
    }
    if (run.token.isEmpty()) {
        stop(run, Error::make(ErrorCode::Config,
                              FetchText::tr("No personal access token is saved for \"%1\", so Tidings cannot read "
                                            "the changes Airtable announces. Add the token in Connections.")
                                  .arg(source.name),
                              u"no apiToken"_s));
        return;
    }
    const QString base = field(options, "apiBaseUrl"_L1);
    run.apiBase = QUrl(base.isEmpty() ? u"https://api.airtable.com"_s : base);
    const bool loopback = run.apiBase.host() == u"localhost" || QHostAddress(run.apiBase.host()).isLoopback();
    if (!run.apiBase.isValid() || run.apiBase.host().isEmpty() ||
        !(run.apiBase.scheme() == u"https" || (run.apiBase.scheme() == u"http" && loopback))) {
        stop(run, Error::make(ErrorCode::Config,
                              FetchText::tr("The Airtable address set for \"%1\" is not an https address, so Tidings "
                                            "will not send the access token there.")
                                  .arg(source.name),
                              u"apiBaseUrl %1"_s.arg(run.apiBase.toDisplayString())));
        return;
    }

    AirtableMapping mapping = AirtableMapping::fromOptions(source);
    run.mapping = std::move(mapping);

    if (!m_db) {
        stop(run, Error::make(ErrorCode::Storage, FetchText::tr("The database is not open."),
                              u"AirtablePayloadFetcher::open() was not called"_s));
        return;
    }
    auto saved = SourceCursors(m_db->handle()).load(cursorKey(source.id));
    if (!saved) {
        retryLater(run, std::nullopt, saved.error().detail);
        return;
    }
    // The cursor belongs to one webhook: a webhook made again starts counting at 1.
    const QJsonObject cursor = QJsonDocument::fromJson(saved->toUtf8()).object();
    run.cursor = field(cursor, "webhookId"_L1) == run.webhookId
                     ? std::max<qint64>(1, cursor.value("cursor"_L1).toInteger(1))
                     : 1;

    if (run.mapping.byName.isEmpty()) {
        requestPage(run);
    } else {
        requestSchema(run);
    }
}

QNetworkReply *AirtablePayloadFetcher::get(Run &run, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + run.token);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(transferTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    run.reply = reply;
    return reply;
}

void AirtablePayloadFetcher::requestSchema(Run &run)
{
    QUrl url = run.apiBase;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u"/v0/meta/bases/%1/tables"_s.arg(run.baseId));
    QNetworkReply *reply = get(run, url);
    const QString sourceId = run.source.id;
    connect(reply, &QNetworkReply::finished, this, [this, sourceId, reply] { onSchemaReply(sourceId, reply); });
}

void AirtablePayloadFetcher::requestPage(Run &run)
{
    QUrl url = run.apiBase;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u"/v0/bases/%1/webhooks/%2/payloads"_s.arg(run.baseId, run.webhookId));
    url.setQuery(QUrlQuery{{u"cursor"_s, QString::number(run.cursor)}});
    QNetworkReply *reply = get(run, url);
    const QString sourceId = run.source.id;
    connect(reply, &QNetworkReply::finished, this, [this, sourceId, reply] { onPageReply(sourceId, reply); });
}

bool AirtablePayloadFetcher::handleHttpError(Run &run, QNetworkReply *reply, const QString &what)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        return false;
    }
    const QString name = run.source.name;
    const QString detail = u"%1: HTTP %2, %3"_s.arg(what).arg(status).arg(reply->errorString());
    if (status == 0 || status == 429 || status >= 500) {
        retryLater(run, status == 0 ? std::nullopt : retryAfter(reply), detail);
    } else if (status == 401 || status == 403) {
        stop(run,
             Error::make(ErrorCode::Unauthorized,
                         FetchText::tr("Airtable refused the access token saved for \"%1\" (HTTP %2), so Tidings "
                                       "cannot read its changes. Check that the personal access token still exists, "
                                       "has the scopes data.records:read and webhook:manage (and schema.bases:read "
                                       "when the field map uses column names) and has access to this base, then "
                                       "save it again in Connections.")
                             .arg(name)
                             .arg(status),
                         detail));
    } else if (status == 404) {
        stop(run, Error::make(ErrorCode::Config,
                              FetchText::tr("Airtable does not know the base or webhook set up for \"%1\". A webhook "
                                            "that nobody read for 7 days is switched off: create it again (see the "
                                            "setup steps) and enter its new id and secret in Connections.")
                                  .arg(name),
                              detail));
    } else {
        stop(run,
             Error::make(
                 ErrorCode::ProviderRejected,
                 FetchText::tr("Airtable refused to hand over the changes of \"%1\" (HTTP %2).").arg(name).arg(status),
                 detail + u": "_s + QString::fromUtf8(reply->readAll().left(500))));
    }
    return true;
}

void AirtablePayloadFetcher::onSchemaReply(const QString &sourceId, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto found = m_runs.value(sourceId);
    if (!found || found->reply != reply) {
        return;
    }
    Run &run = *found;
    run.reply = nullptr;
    if (handleHttpError(run, reply, u"base schema"_s)) {
        return;
    }
    const QJsonArray tables = QJsonDocument::fromJson(reply->readAll()).object().value("tables"_L1).toArray();
    run.mapping.resolvedByTable.clear();
    QStringList unknown = run.mapping.byName.keys();
    for (const QJsonValue &tableValue : tables) {
        const QJsonObject table = tableValue.toObject();
        QHash<QString, QString> resolved;
        for (const QJsonValue &fieldValue : table.value("fields"_L1).toArray()) {
            const QJsonObject column = fieldValue.toObject();
            const QString name = field(column, "name"_L1);
            for (auto it = run.mapping.byName.cbegin(); it != run.mapping.byName.cend(); ++it) {
                if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
                    resolved.insert(field(column, "id"_L1), it.value());
                    unknown.removeAll(it.key());
                }
            }
        }
        run.mapping.resolvedByTable.insert(field(table, "id"_L1), resolved);
    }
    if (!unknown.isEmpty()) {
        qCWarning(lcAirtable) << "Columns in the field map of" << sourceId << "not found in the base:" << unknown;
    }
    requestPage(run);
}

void AirtablePayloadFetcher::onPageReply(const QString &sourceId, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto found = m_runs.value(sourceId);
    if (!found || found->reply != reply) {
        return;
    }
    Run &run = *found;
    run.reply = nullptr;
    if (handleHttpError(run, reply, u"payloads"_s)) {
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    const QJsonObject page = document.object();
    const QJsonValue cursor = page.value("cursor"_L1);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !cursor.isDouble()) {
        retryLater(run, std::nullopt, u"payloads: the answer is not a page of payloads"_s);
        return;
    }
    submitPage(run, page.value("payloads"_L1).toArray(), cursor.toInteger(run.cursor),
               page.value("mightHaveMore"_L1).toBool());
}

void AirtablePayloadFetcher::submitPage(Run &run, const QJsonArray &payloads, qint64 nextCursor, bool mightHaveMore)
{
    run.failures = 0;
    run.reportedUnreachable = false;
    run.nextCursor = nextCursor;
    // An empty page ends the pass whatever mightHaveMore says, so a confused answer cannot loop.
    run.mightHaveMore = mightHaveMore && !payloads.isEmpty();
    run.commitError.reset();
    run.pendingCommits = static_cast<int>(payloads.size());
    const quint64 generation = ++run.generation;
    if (payloads.isEmpty()) {
        pageStored(run);
        return;
    }
    if (!m_sink) {
        stop(run, Error::make(ErrorCode::Internal, FetchText::tr("Tidings has nowhere to store Airtable's changes."),
                              u"no ingest sink"_s));
        return;
    }
    // Payloads come in order; the last one's number is cursor - 1.
    const qint64 first = nextCursor - payloads.size();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        const QJsonObject payload = payloads.at(i).toObject();
        IngestItem item;
        item.sourceId = run.source.id;
        item.sourceType = AirtableAdapter::typeName();
        item.topic = payloadTopic();
        item.dedupKeys = {u"payload:%1:%2"_s.arg(run.webhookId).arg(first + i)};
        item.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        item.receivedAt = now;
        if (payload.value("error"_L1).toBool()) {
            emit problem(Error::make(ErrorCode::Config,
                                     FetchText::tr("Airtable reports that the webhook of \"%1\" no longer works (%2). "
                                                   "Create it again (see the setup steps) and enter its new id and "
                                                   "secret in Connections.")
                                         .arg(run.source.name, field(payload, "code"_L1)),
                                     QString::fromUtf8(item.body)));
        } else {
            PayloadChanges changes = payloadChanges(payload, run.source, run.mapping, item.body);
            item.events = std::move(changes.events);
            item.stockChanges = std::move(changes.stock);
        }
        const QString sourceId = run.source.id;
        m_sink->submit(std::move(item), [lifeline = m_lifeline, sourceId, generation](const IngestOutcome &outcome) {
            QMutexLocker locker(&lifeline->mutex);
            AirtablePayloadFetcher *fetcher = lifeline->fetcher;
            if (!fetcher) {
                return;
            }
            QMetaObject::invokeMethod(
                fetcher,
                [fetcher, sourceId, generation, outcome] { fetcher->onCommitted(sourceId, generation, outcome); },
                Qt::QueuedConnection);
        });
    }
}

void AirtablePayloadFetcher::onCommitted(const QString &sourceId, quint64 generation, const IngestOutcome &outcome)
{
    const auto found = m_runs.value(sourceId);
    if (!found || found->generation != generation || found->pendingCommits <= 0) {
        return;
    }
    Run &run = *found;
    if (!outcome.ok && !run.commitError) {
        run.commitError = outcome.error.value_or(
            Error::make(ErrorCode::Storage, FetchText::tr("Tidings could not save an incoming event.")));
    }
    if (--run.pendingCommits > 0) {
        return;
    }
    if (run.commitError) {
        // The cursor stays where it was: the page is read again, and what was stored becomes a duplicate.
        retryLater(run, std::nullopt, u"store: "_s + run.commitError->message + u' ' + run.commitError->detail);
        return;
    }
    pageStored(run);
}

void AirtablePayloadFetcher::pageStored(Run &run)
{
    if (run.nextCursor != run.cursor) {
        const QString value =
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"webhookId"_s, run.webhookId}, {u"cursor"_s, run.nextCursor}})
                                  .toJson(QJsonDocument::Compact));
        if (auto saved = SourceCursors(m_db->handle()).save(cursorKey(run.source.id), value); !saved) {
            retryLater(run, std::nullopt, u"cursor: "_s + saved.error().detail);
            return;
        }
        run.cursor = run.nextCursor;
    }
    if (run.mightHaveMore) {
        requestPage(run);
    } else {
        finish(run, true);
    }
}

void AirtablePayloadFetcher::retryLater(Run &run, std::optional<milliseconds> after, const QString &detail)
{
    ++run.failures;
    milliseconds delay = m_retryFallback;
    if (after) {
        delay = *after;
    } else {
        for (int i = 1; i < run.failures && delay < m_retryLongest; ++i) {
            delay *= 2;
        }
    }
    delay = std::min(delay, m_retryLongest);
    qCWarning(lcAirtable).noquote() << "Reading the changes of" << run.source.id << "failed (" << detail
                                    << "); trying again in" << delay.count() << "ms";
    if (run.failures >= failuresBeforeProblem && !run.reportedUnreachable) {
        run.reportedUnreachable = true;
        emit problem(Error::make(ErrorCode::Network,
                                 FetchText::tr("Tidings cannot read the changes of \"%1\" from Airtable at the moment. "
                                               "It keeps trying; nothing is lost while Airtable keeps them (7 days).")
                                     .arg(run.source.name),
                                 detail, true));
    }
    run.retryTimer->start(delay);
}

void AirtablePayloadFetcher::stop(Run &run, const Error &error)
{
    qCWarning(lcAirtable).noquote() << "Stopped reading the changes of" << run.source.id << ":" << error.detail;
    run.again = false;
    emit problem(error);
    finish(run, false);
}

void AirtablePayloadFetcher::finish(Run &run, bool ok)
{
    run.running = false;
    run.retryTimer->stop();
    const QString sourceId = run.source.id;
    const bool again = std::exchange(run.again, false);
    emit fetchFinished(sourceId, ok);
    if (again) {
        QMetaObject::invokeMethod(
            this,
            [this, sourceId] {
                if (const auto found = m_runs.value(sourceId); found && !found->running) {
                    fetch(found->source, found->token);
                }
            },
            Qt::QueuedConnection);
    }
}

} // namespace Tidings
