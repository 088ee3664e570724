#include "fakes/pollrig.h"

#include "config/appconfig.h"
#include "store/ingestwriter.h"

#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

PollOutcome fetchOnce(Poller &poller, const PollRequest &request)
{
    QNetworkAccessManager network;
    std::optional<PollOutcome> result;
    poller.fetch(request, &network, [&](const PollOutcome &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
        return PollOutcome::failure(Error::make(ErrorCode::Timeout, u"test: no answer"_s));
    }
    return *result;
}

void FlakySink::submit(IngestItem item, Done done)
{
    ++submitted;
    if (failures > 0) {
        --failures;
        IngestOutcome outcome;
        outcome.error = Error::make(ErrorCode::Storage, u"disk full"_s, {}, true);
        done(outcome);
        return;
    }
    m_inner->submit(std::move(item), std::move(done));
}

PollRig::PollRig(const QString &dataDir, std::shared_ptr<ManualClock> clock)
    : clock(std::move(clock))
{
    writer = new IngestWriter(dataDir);
    writer->setClock(this->clock);
    writer->moveToThread(&writerThread);
    QObject::connect(&writerThread, &QThread::finished, writer, &QObject::deleteLater);
    writerThread.start();
    QMetaObject::invokeMethod(
        writer, [this] { opened = writer->open(); }, Qt::BlockingQueuedConnection);
    ChannelConfig channel;
    channel.id = u"mail"_s;
    channel.type = u"sendgrid"_s;
    channel.name = u"Mail"_s;
    channel.fromEmail = u"shop@example.com"_s;
    writer->setRules(defaultRules(channel.id), {channel});
    sink = std::make_unique<FlakySink>(writer);
    scheduler = std::make_unique<PollScheduler>(dataDir, sink.get(), this->clock);
    schedulerOpened = scheduler->open();
    db.emplace(Database::open(dataDir, u"test"_s).value());
    finished = std::make_unique<QSignalSpy>(scheduler.get(), &PollScheduler::pollFinished);
    failed = std::make_unique<QSignalSpy>(scheduler.get(), &PollScheduler::pollFailed);
}

PollRig::~PollRig()
{
    scheduler.reset();
    QMetaObject::invokeMethod(
        writer, [w = writer] { w->close(); }, Qt::BlockingQueuedConnection);
    writerThread.quit();
    writerThread.wait();
}

qint64 PollRig::count(const QString &sql) const
{
    QSqlQuery query(db->handle());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

std::optional<PollCursor> PollRig::cursor(const QString &sourceId) const
{
    return PollStateRepository(db->handle()).cursor(sourceId).value();
}

bool PollRig::settle(int runs)
{
    const qsizetype target = finished->count() + failed->count() + runs;
    scheduler->wake();
    return QTest::qWaitFor([&] { return finished->count() + failed->count() >= target; }, 10000);
}

} // namespace Tidings::Test
