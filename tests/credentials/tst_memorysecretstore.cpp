#include "credentials/memorysecretstore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tidings {

class TestMemorySecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void writeThenRead_data();
    void writeThenRead();
    void readMissingIsNotFound();
    void removeMissingIsOk();
    void removeDeletes();
    void finishesAsynchronouslyAndInOrder();
    void failingStore_data();
    void failingStore();
    void failingIsDecidedWhenAsked();
    void autoDeletes();
    void keepsJobWithoutAutoDelete();
    void secretKeyParts_data();
    void secretKeyParts();
};

namespace {

// Waits for the job's finished() and returns it; the job stays alive until the event loop turns.
bool waitFor(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    return spy.wait(5000) && spy.size() == 1;
}

} // namespace

void TestMemorySecretStore::writeThenRead_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("ascii") << u"SG.abc123"_s;
    QTest::newRow("unicode") << u"pässwörd ✓ 密码 🔑"_s;
    QTest::newRow("4 KiB") << QString(4096, u'x');
}

void TestMemorySecretStore::writeThenRead()
{
    QFETCH(QString, value);
    MemorySecretStore store;
    const QString key = secretKey(u"p"_s, u"channel"_s, u"sendgrid"_s, u"apiKey"_s);

    SecretJob *write = store.write(key, value);
    QCOMPARE(write->kind(), SecretJob::Kind::Write);
    QVERIFY(waitFor(write));
    QVERIFY(!write->error());

    SecretJob *read = store.read(key);
    QSignalSpy spy(read, &SecretJob::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<SecretJob *>(), read);
    QVERIFY(!read->error());
    QVERIFY(!read->notFound());
    QCOMPARE(read->key(), key);
    QCOMPARE(read->value(), value);
    QCOMPARE(store.secrets().value(key), value);
}

void TestMemorySecretStore::readMissingIsNotFound()
{
    MemorySecretStore store;
    SecretJob *read = store.read(u"nothing"_s);
    QSignalSpy spy(read, &SecretJob::finished);
    QVERIFY(spy.wait(5000));
    QVERIFY(read->notFound());
    QVERIFY(!read->error());
    QVERIFY(read->value().isEmpty());
}

void TestMemorySecretStore::removeMissingIsOk()
{
    MemorySecretStore store;
    SecretJob *remove = store.remove(u"nothing"_s);
    QSignalSpy spy(remove, &SecretJob::finished);
    QVERIFY(spy.wait(5000));
    QVERIFY(!remove->error());
}

void TestMemorySecretStore::removeDeletes()
{
    MemorySecretStore store;
    store.insert(u"k"_s, u"v"_s);
    QVERIFY(waitFor(store.remove(u"k"_s)));
    QVERIFY(!store.secrets().contains(u"k"_s));
    SecretJob *read = store.read(u"k"_s);
    QSignalSpy spy(read, &SecretJob::finished);
    QVERIFY(spy.wait(5000));
    QVERIFY(read->notFound());
}

void TestMemorySecretStore::finishesAsynchronouslyAndInOrder()
{
    MemorySecretStore store;
    QStringList order;
    SecretJob *write = store.write(u"k"_s, u"v1"_s);
    SecretJob *read = store.read(u"k"_s);
    SecretJob *overwrite = store.write(u"k"_s, u"v2"_s);
    QSignalSpy readSpy(read, &SecretJob::finished);
    connect(write, &SecretJob::finished, this, [&order] { order << u"write"_s; });
    connect(read, &SecretJob::finished, this, [&order, read] { order << u"read:"_s + read->value(); });
    connect(overwrite, &SecretJob::finished, this, [&order] { order << u"overwrite"_s; });
    // Nothing has happened yet: connecting after the call is always in time.
    QVERIFY(order.isEmpty());
    QVERIFY(store.secrets().isEmpty());
    QTRY_COMPARE(order, (QStringList{u"write"_s, u"read:v1"_s, u"overwrite"_s}));
    QCOMPARE(readSpy.size(), 1);
    QCOMPARE(store.secrets().value(u"k"_s), u"v2"_s);
    QCOMPARE(store.jobCount(), 3);
}

void TestMemorySecretStore::failingStore_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("read") << static_cast<int>(SecretJob::Kind::Read);
    QTest::newRow("write") << static_cast<int>(SecretJob::Kind::Write);
    QTest::newRow("remove") << static_cast<int>(SecretJob::Kind::Remove);
}

void TestMemorySecretStore::failingStore()
{
    QFETCH(int, kind);
    MemorySecretStore store;
    store.insert(u"k"_s, u"v"_s);
    store.setFailing(true);
    QVERIFY(store.isFailing());

    SecretJob *job = nullptr;
    switch (static_cast<SecretJob::Kind>(kind)) {
    case SecretJob::Kind::Read:
        job = store.read(u"k"_s);
        break;
    case SecretJob::Kind::Write:
        job = store.write(u"k"_s, u"other"_s);
        break;
    case SecretJob::Kind::Remove:
        job = store.remove(u"k"_s);
        break;
    }
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(spy.wait(5000));
    QVERIFY(job->error().has_value());
    QCOMPARE(job->error()->code, ErrorCode::Keychain);
    QVERIFY(!job->error()->message.isEmpty());
    QVERIFY(job->value().isEmpty());
    QCOMPARE(store.secrets().value(u"k"_s), u"v"_s); // untouched
}

void TestMemorySecretStore::failingIsDecidedWhenAsked()
{
    MemorySecretStore store;
    store.insert(u"k"_s, u"v"_s);
    store.setFailing(true);
    // Both jobs are inspected after the event loop ran, so they must not delete themselves.
    const std::unique_ptr<SecretJob> failing(store.read(u"k"_s));
    failing->setAutoDelete(false);
    store.setFailing(false);
    const std::unique_ptr<SecretJob> working(store.read(u"k"_s));
    working->setAutoDelete(false);
    QSignalSpy failingSpy(failing.get(), &SecretJob::finished);
    QSignalSpy workingSpy(working.get(), &SecretJob::finished);
    QTRY_COMPARE(workingSpy.size(), 1);
    QCOMPARE(failingSpy.size(), 1);
    QVERIFY(failing->error().has_value());
    QVERIFY(!working->error().has_value());
    QCOMPARE(working->value(), u"v"_s);
}

void TestMemorySecretStore::autoDeletes()
{
    MemorySecretStore store;
    QPointer<SecretJob> job = store.read(u"k"_s);
    QSignalSpy spy(job.data(), &SecretJob::finished);
    QVERIFY(spy.wait(5000));
    QVERIFY(job); // still there right after finished()
    QTRY_VERIFY(job.isNull());
}

void TestMemorySecretStore::keepsJobWithoutAutoDelete()
{
    MemorySecretStore store;
    QPointer<SecretJob> job = store.read(u"k"_s);
    job->setAutoDelete(false);
    QSignalSpy spy(job.data(), &SecretJob::finished);
    QVERIFY(spy.wait(5000));
    // Give deferred deletes a chance to run; the job must survive them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QVERIFY(job);
    QCOMPARE(spy.size(), 1);
    delete job.data();
}

void TestMemorySecretStore::secretKeyParts_data()
{
    QTest::addColumn<QStringList>("parts");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringList{u"3f2a"_s, u"channel"_s, u"sendgrid"_s, u"apiKey"_s}
                           << u"3f2a/channel/sendgrid/apiKey"_s;
    QTest::newRow("slash escaped") << QStringList{u"p"_s, u"source"_s, u"shop/one"_s, u"secret"_s}
                                   << u"p/source/shop%2Fone/secret"_s;
    QTest::newRow("percent escaped") << QStringList{u"p"_s, u"source"_s, u"shop%2Fone"_s, u"secret"_s}
                                     << u"p/source/shop%252Fone/secret"_s;
}

void TestMemorySecretStore::secretKeyParts()
{
    QFETCH(QStringList, parts);
    QFETCH(QString, expected);
    QCOMPARE(secretKey(parts.at(0), parts.at(1), parts.at(2), parts.at(3)), expected);
}

} // namespace Tidings

QTEST_GUILESS_MAIN(Tidings::TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
