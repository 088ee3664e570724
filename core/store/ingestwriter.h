#pragma once

#include "config/appconfig.h"
#include "dispatch/clock.h"
#include "dispatch/rules.h"
#include "store/database.h"
#include "store/ingestsink.h"
#include "store/stockledger.h"

#include <QMutex>
#include <QObject>

#include <memory>
#include <optional>

namespace Tidings {

// Commits accepted deliveries: raw event, order and shipment snapshots, and the notifications the
// rules ask for, in one transaction per batch (group commit). Lives on its own thread with its own
// connection; submit() may be called from any thread and returns at once. Items that arrive while a
// commit is being flushed to disk go into the next batch, so throughput grows with load while every
// acknowledged event is on disk.
class IngestWriter final : public QObject, public IngestSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngestWriter)

public:
    explicit IngestWriter(QString dataDir, QObject *parent = nullptr);
    ~IngestWriter() override;

    // Call on the writer's thread (e.g. through a blocking queued invoke) before submitting.
    Status open();
    void close();

    // Thread-safe: the rules and channels used for items committed from now on.
    void setRules(const QList<RuleConfig> &rules, const QList<ChannelConfig> &channels);

    void setMaxBatch(int items) { m_maxBatch = items; }

    // The time new notifications become due; the dispatcher must use the same clock. Before open().
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }

    void submit(IngestItem item, Done done) override;

signals:
    // Emitted after a commit: the raw event ids written and how many notifications were queued.
    void eventsIngested(const QList<qint64> &rawEventIds, int notificationsQueued);

private:
    struct Pending
    {
        IngestItem item;
        Done done;
    };
    struct Prepared;

    void flush();
    IngestOutcome ingestOne(const IngestItem &item, const QList<RuleConfig> &rules,
                            const QList<ChannelConfig> &channels);
    std::optional<OrderSnapshot> loadOrder(const QString &sourceId, const QString &orderId, QString *error);
    // For an event Tidings raised itself (a delay): the shipment's last update is still the one the check saw.
    bool stillQuiet(const OrderEvent &event, const QString &lastUpdate, QString *error);
    std::optional<ShipmentSnapshot> loadShipment(const QString &sourceId, const QString &orderId,
                                                 const QString &shipmentId, QString *error);
    bool saveSnapshots(const OrderEvent &merged, qint64 now, QString *error);
    // Fills the event's source, order and shipment from the newest shipment with its tracking number.
    bool matchByTrackingNumber(OrderEvent &event, QString *error);

    QString m_dataDir;
    std::shared_ptr<const Clock> m_clock;
    std::optional<Database> m_db;
    std::unique_ptr<Prepared> m_q;
    std::unique_ptr<StockLedger> m_stock;

    QMutex m_mutex; // guards everything below
    QList<Pending> m_pending;
    bool m_flushScheduled = false;
    QList<RuleConfig> m_rules;
    QList<ChannelConfig> m_channels;
    int m_maxBatch = 2000;
};

} // namespace Tidings
