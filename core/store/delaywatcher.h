#pragma once

#include "dispatch/clock.h"
#include "model/result.h"
#include "store/database.h"
#include "store/delaydetection.h"
#include "store/ingestsink.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace Tidings {

// Finds parcels on their way (label created or in transit) the carrier has said nothing about for the chosen
// number of days, and raises "shipment.delayed" for each, once per quiet stretch: a synthetic event (topic
// "tidings/delay-check", the shop's source) handed to the ingest writer, which commits it with the
// notifications the rules ask for in one transaction, like any event.
//
// Everything is derived from stored times, so a restart picks up where the last run left off: a shipment is due
// when its last update (shipments.updated_at) is older than the chosen days; the event's key
// (event_keys: "delay", order, shipment, that last update) says it was raised for that stretch. A later carrier
// update moves updated_at, which starts a new stretch. Out for delivery is not watched: it lasts a day, and a
// parcel stuck there has usually been delivered without a final scan, or has its own attempted-delivery status.
//
// Lives on the writer's thread (its own read connection; writes only through the sink). Checks at start, when
// the settings change, and then on a timer: the next due time from the data, at most an hour away.
class DelayWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelayWatcher)

public:
    static constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;
    // A stretch that became due longer ago than this (Tidings was not running, or detection was off) is let be:
    // an apology that late does more harm than good, and switching detection on must not write to the
    // customers of every old parcel whose carrier never reported it delivered.
    static constexpr qint64 MaxLatenessMs = 14 * DayMs;
    // Stretches raised per check; more are raised by the next check, at once.
    static constexpr int BatchSize = 500;

    DelayWatcher(QString dataDir, IngestSink *sink, std::shared_ptr<const Clock> clock, QObject *parent = nullptr);
    ~DelayWatcher() override;

    // On the watcher's thread, before anything else.
    Status open();

    // Applies the settings and checks at once (on; returns as check() does) or stops checking (off: 0). On the
    // watcher's thread.
    Result<int> setDetection(const DelayDetection &detection);

    const DelayDetection &detection() const { return m_detection; }

    // Raises what is due now and schedules the next check; returns how many delays were handed to the writer.
    // Does nothing (0) while detection is off or the last check's events are not yet committed.
    Result<int> check();

    // When the timer fires next; invalid while detection is off.
    QDateTime nextCheckAt() const { return m_nextCheckAt; }

signals:
    // The writer committed (ok) or refused the delays of one check.
    void delaysRaised(int count);
    void problem(const Tidings::Error &error);

private:
    struct Quiet
    {
        QString sourceId;
        QString orderId;
        QString shipmentId;
        QString status;
        qint64 lastUpdate = 0;
        QString carrier;
        QString trackingNumber;
    };

    Result<QList<Quiet>> dueNow(qint64 now);
    // The earliest moment a stretch not yet due becomes due; nullopt when none is on its way.
    Result<std::optional<qint64>> nextDue(qint64 now);
    IngestItem itemFor(const Quiet &quiet, qint64 now) const;
    void schedule(qint64 now, std::optional<qint64> due);

    QString m_dataDir;
    IngestSink *m_sink;
    std::shared_ptr<const Clock> m_clock;
    std::optional<Database> m_db;
    DelayDetection m_detection;
    QTimer m_timer;
    QDateTime m_nextCheckAt;
    int m_inFlight = 0;  // items handed to the writer, not yet committed
    int m_committed = 0; // of those, committed so far
    bool m_failed = false;
};

} // namespace Tidings
