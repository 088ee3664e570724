#pragma once

#include "dispatch/clock.h"
#include "model/result.h"
#include "sources/polling/pollscheduler.h"
#include "store/database.h"
#include "store/ingestsink.h"
#include "store/pollstaterepository.h"

#include <QSignalSpy>
#include <QThread>

#include <memory>
#include <optional>

namespace Tidings {
class IngestWriter;
}

namespace Tidings::Test {

// One page from `poller` on a network manager of its own, waiting for the answer (a Timeout failure after
// 10 s): for the tests of each poller against its fake.
PollOutcome fetchOnce(Poller &poller, const PollRequest &request);

// Forwards to the real writer, or fails the next `failures` pages without storing anything.
class FlakySink final : public IngestSink
{
public:
    explicit FlakySink(IngestSink *inner)
        : m_inner(inner)
    {}

    void submit(IngestItem item, Done done) override;

    int failures = 0;
    int submitted = 0;

private:
    IngestSink *m_inner;
};

// The real ingest writer (own thread, default rules notifying through a channel "mail") and a poll scheduler
// on this thread, on one data dir, with a manual clock: the rig every poller's scheduler-level test uses.
// Give the scheduler its sources with `scheduler->setSources(...)`, then `scheduler->start()` and `settle()`.
// A second rig on the same data dir after the first is gone is a restart.
class PollRig
{
public:
    PollRig(const QString &dataDir, std::shared_ptr<ManualClock> clock);
    ~PollRig();

    // The first column of the first row of `sql` on the store, or -1.
    qint64 count(const QString &sql) const;
    std::optional<PollCursor> cursor(const QString &sourceId = QStringLiteral("shop")) const;

    // Runs whatever is due and waits for the runs to end; true when `runs` more ended.
    bool settle(int runs = 1);

    int lastFound() const { return finished->isEmpty() ? -1 : finished->last().at(1).toInt(); }

    std::shared_ptr<ManualClock> clock;
    QThread writerThread;
    IngestWriter *writer = nullptr;
    Status opened;
    Status schedulerOpened;
    std::unique_ptr<FlakySink> sink;
    std::unique_ptr<PollScheduler> scheduler;
    std::optional<Database> db;
    std::unique_ptr<QSignalSpy> finished;
    std::unique_ptr<QSignalSpy> failed;
};

} // namespace Tidings::Test
