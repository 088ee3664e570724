#include "store/delaywatcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

Q_LOGGING_CATEGORY(lcDelay, "tidings.delay")

struct DelayWatcherText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::DelayWatcher)
};

const QString Topic = u"tidings/delay-check"_s;
const QString Trigger = u"shipment.delayed"_s;
constexpr qint64 HourMs = 60LL * 60 * 1000;

// The statuses of a parcel on its way whose silence means something (see the class comment). In the SQL as
// literals, so the index on (status, updated_at) serves each of them as a range.
const QString Watched = u"s.status IN ('label_created', 'in_transit')"_s;

// The event key of one quiet stretch; the same text is built in SQL (dueNow) to find stretches already raised.
QString stretchKey(const QString &orderId, const QString &shipmentId, qint64 lastUpdate)
{
    return QStringList{u"delay"_s, orderId, shipmentId, QString::number(lastUpdate)}.join(u'\x1f');
}

} // namespace

DelayWatcher::DelayWatcher(QString dataDir, IngestSink *sink, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_sink(sink)
    , m_clock(std::move(clock))
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto raised = check(); !raised) {
            emit problem(raised.error());
        }
    });
}

DelayWatcher::~DelayWatcher() = default;

Status DelayWatcher::open()
{
    auto db = Database::open(m_dataDir, u"delay"_s);
    if (!db) {
        return db.error();
    }
    m_db.emplace(std::move(db).value());
    return {};
}

Result<int> DelayWatcher::setDetection(const DelayDetection &detection)
{
    m_detection = detection;
    if (!detection.enabled) {
        m_timer.stop();
        m_nextCheckAt = {};
        return 0;
    }
    auto raised = check();
    if (!raised) {
        emit problem(raised.error());
    }
    return raised;
}

Result<int> DelayWatcher::check()
{
    if (!m_detection.enabled || !m_db) {
        return 0;
    }
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    if (m_inFlight > 0) {
        // The last check's events are not committed yet: checking now could raise them again (as duplicates).
        schedule(now, now + 1000);
        return 0;
    }
    auto due = dueNow(now);
    if (!due) {
        schedule(now, now + HourMs);
        return due.error();
    }
    for (const Quiet &quiet : std::as_const(*due)) {
        ++m_inFlight;
        m_sink->submit(itemFor(quiet, now), [this, full = due->size() == BatchSize](const IngestOutcome &outcome) {
            // The writer calls back on its own thread; count on ours.
            QMetaObject::invokeMethod(this, [this, outcome, full] {
                --m_inFlight;
                m_committed += outcome.ok && !outcome.duplicate ? 1 : 0;
                if (!outcome.ok && outcome.error && !m_failed) {
                    m_failed = true;
                    emit problem(*outcome.error);
                }
                if (m_inFlight == 0) {
                    emit delaysRaised(std::exchange(m_committed, 0));
                    m_failed = false;
                    if (full) {
                        // More were due than one check raises: the next check follows at once.
                        schedule(m_clock->now().toMSecsSinceEpoch(), 0);
                    }
                }
            });
        });
    }
    if (!due->isEmpty()) {
        qCInfo(lcDelay) << "raised" << due->size() << "delayed shipment(s)";
    }
    auto next = nextDue(now);
    schedule(now, next ? *next : std::optional<qint64>(now + HourMs));
    if (!next) {
        return next.error();
    }
    return static_cast<int>(due->size());
}

Result<QList<DelayWatcher::Quiet>> DelayWatcher::dueNow(qint64 now)
{
    const qint64 cutoff = now - m_detection.days * DayMs;
    QSqlQuery q(m_db->handle());
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.source_id, s.order_id, s.shipment_id, s.status, s.updated_at, s.carrier,"
              " s.tracking_number FROM shipments s WHERE "_s +
              Watched +
              u" AND s.updated_at > ? AND s.updated_at <= ? AND NOT EXISTS (SELECT 1 FROM event_keys k"
              " WHERE k.source_id = s.source_id AND k.key = 'delay' || char(31) || s.order_id || char(31) ||"
              " s.shipment_id || char(31) || s.updated_at) ORDER BY s.updated_at LIMIT ?"_s);
    bindValue(q, cutoff - MaxLatenessMs);
    bindValue(q, cutoff);
    bindValue(q, BatchSize);
    if (!q.exec()) {
        return Database::storageError(DelayWatcherText::tr("Tidings could not check for delayed parcels."),
                                      q.lastError().text());
    }
    QList<Quiet> due;
    while (q.next()) {
        due.append(Quiet{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString()});
    }
    return due;
}

Result<std::optional<qint64>> DelayWatcher::nextDue(qint64 now)
{
    QSqlQuery q(m_db->handle());
    q.prepare(u"SELECT MIN(s.updated_at) FROM shipments s WHERE "_s + Watched + u" AND s.updated_at > ?"_s);
    bindValue(q, now - m_detection.days * DayMs);
    if (!q.exec() || !q.next()) {
        return Database::storageError(DelayWatcherText::tr("Tidings could not check for delayed parcels."),
                                      q.lastError().text());
    }
    if (q.value(0).isNull()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(q.value(0).toLongLong() + m_detection.days * DayMs);
}

IngestItem DelayWatcher::itemFor(const Quiet &quiet, qint64 now) const
{
    // What the Monitor shows as the event's body: what was checked and found.
    const QJsonObject payload{
        {u"check"_s, u"delay"_s},
        {u"orderId"_s, quiet.orderId},
        {u"shipmentId"_s, quiet.shipmentId},
        {u"status"_s, quiet.status},
        {u"carrier"_s, quiet.carrier},
        {u"trackingNumber"_s, quiet.trackingNumber},
        {u"lastUpdate"_s, QDateTime::fromMSecsSinceEpoch(quiet.lastUpdate, Qt::UTC).toString(Qt::ISODateWithMs)},
        {u"quietDays"_s, (now - quiet.lastUpdate) / DayMs},
        {u"delayAfterDays"_s, m_detection.days},
    };
    OrderEvent event;
    event.sourceId = quiet.sourceId;
    event.orderId = quiet.orderId;
    event.shipmentId = quiet.shipmentId;

    IngestItem item;
    item.sourceId = quiet.sourceId;
    item.sourceType = u"tidings"_s;
    item.topic = Topic;
    item.dedupKeys = {stretchKey(quiet.orderId, quiet.shipmentId, quiet.lastUpdate)};
    item.body = QJsonDocument(payload).toJson(QJsonDocument::Indented);
    item.headersJson = QByteArrayLiteral("{}");
    item.receivedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    item.events = {event};
    item.raised = IngestItem::Raised{Trigger, QString::number(quiet.lastUpdate)};
    return item;
}

void DelayWatcher::schedule(qint64 now, std::optional<qint64> due)
{
    if (!m_detection.enabled) {
        return;
    }
    // At most an hour away, so a clock change or a missed wake-up costs little.
    const qint64 wait = std::clamp<qint64>(due.value_or(now + HourMs) - now, 0, HourMs);
    m_nextCheckAt = QDateTime::fromMSecsSinceEpoch(now + wait, Qt::UTC);
    m_timer.start(std::chrono::milliseconds(wait));
}

} // namespace Tidings
