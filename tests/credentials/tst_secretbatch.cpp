#include "credentials/memorysecretstore.h"
#include "credentials/secretreader.h"

#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using SecretHash = QHash<QString, QString>;
using OptionalError = std::optional<Tidings::Error>;

namespace Tidings {

class TestSecretBatch final : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void failingStore();
    void emptyListFinishesLater();
    void deletesItself();
    void blockingRead_data();
    void blockingRead();
    void blockingReadFails();
    void blockingWrite();
    void blockingWriteFails();
};

void TestSecretBatch::reads_data()
{
    QTest::addColumn<SecretHash>("stored");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<SecretHash>("expected");

    const SecretHash stored{{u"a"_s, u"1"_s}, {u"b"_s, u"zwei ✓"_s}, {u"c"_s, u"3"_s}};
    QTest::newRow("all found") << stored << QStringList{u"a"_s, u"b"_s, u"c"_s} << stored;
    QTest::newRow("some missing") << stored << QStringList{u"a"_s, u"x"_s, u"c"_s, u"y"_s}
                                  << SecretHash{{u"a"_s, u"1"_s}, {u"c"_s, u"3"_s}};
    QTest::newRow("all missing") << stored << QStringList{u"x"_s, u"y"_s} << SecretHash{};
    QTest::newRow("duplicates") << stored << QStringList{u"a"_s, u"a"_s, u"b"_s}
                                << SecretHash{{u"a"_s, u"1"_s}, {u"b"_s, u"zwei ✓"_s}};
}

void TestSecretBatch::reads()
{
    QFETCH(SecretHash, stored);
    QFETCH(QStringList, keys);
    QFETCH(SecretHash, expected);

    MemorySecretStore store;
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        store.insert(it.key(), it.value());
    }
    auto *batch = new SecretBatch(store, keys, this);
    QSignalSpy spy(batch, &SecretBatch::finished);
    batch->start();
    QCOMPARE(spy.size(), 0);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<SecretHash>(), expected);
    QVERIFY(!spy.at(0).at(1).value<OptionalError>().has_value());
    QCOMPARE(store.jobCount(), QSet<QString>(keys.cbegin(), keys.cend()).size());
}

void TestSecretBatch::failingStore()
{
    MemorySecretStore store;
    store.insert(u"a"_s, u"1"_s);
    store.setFailing(true);
    auto *batch = new SecretBatch(store, {u"a"_s, u"b"_s}, this);
    QSignalSpy spy(batch, &SecretBatch::finished);
    batch->start();
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.at(0).at(0).value<SecretHash>().isEmpty());
    const auto error = spy.at(0).at(1).value<OptionalError>();
    QVERIFY(error.has_value());
    QCOMPARE(error->code, ErrorCode::Keychain);
    QVERIFY(!error->message.isEmpty());
}

void TestSecretBatch::emptyListFinishesLater()
{
    MemorySecretStore store;
    auto *batch = new SecretBatch(store, {}, this);
    QSignalSpy spy(batch, &SecretBatch::finished);
    batch->start();
    QCOMPARE(spy.size(), 0);
    QVERIFY(spy.wait(5000));
    QVERIFY(spy.at(0).at(0).value<SecretHash>().isEmpty());
    QVERIFY(!spy.at(0).at(1).value<OptionalError>().has_value());
}

void TestSecretBatch::deletesItself()
{
    MemorySecretStore store;
    QPointer<SecretBatch> batch = new SecretBatch(store, {u"a"_s});
    QSignalSpy spy(batch.data(), &SecretBatch::finished);
    batch->start();
    QVERIFY(spy.wait(5000));
    QTRY_VERIFY(batch.isNull());

    QPointer<SecretBatch> kept = new SecretBatch(store, {u"a"_s}, this);
    kept->setAutoDelete(false);
    QSignalSpy keptSpy(kept.data(), &SecretBatch::finished);
    kept->start();
    QVERIFY(keptSpy.wait(5000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(kept);
    delete kept.data();
}

void TestSecretBatch::blockingRead_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<SecretHash>("expected");
    QTest::newRow("found and missing") << QStringList{u"a"_s, u"missing"_s} << SecretHash{{u"a"_s, u"1"_s}};
    QTest::newRow("no keys") << QStringList{} << SecretHash{};
}

void TestSecretBatch::blockingRead()
{
    QFETCH(QStringList, keys);
    QFETCH(SecretHash, expected);
    MemorySecretStore store;
    store.insert(u"a"_s, u"1"_s);
    const auto values = readSecretsBlocking(store, keys);
    QVERIFY(values.ok());
    QCOMPARE(values.value(), expected);
}

void TestSecretBatch::blockingReadFails()
{
    MemorySecretStore store;
    store.setFailing(true);
    const auto values = readSecretsBlocking(store, {u"a"_s});
    QVERIFY(!values.ok());
    QCOMPARE(values.error().code, ErrorCode::Keychain);
}

void TestSecretBatch::blockingWrite()
{
    MemorySecretStore store;
    const SecretHash secrets{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}};
    const Status status = writeSecretsBlocking(store, secrets);
    QVERIFY(status.ok());
    QCOMPARE(store.secrets(), secrets);
    QVERIFY(writeSecretsBlocking(store, {}).ok());
}

void TestSecretBatch::blockingWriteFails()
{
    MemorySecretStore store;
    store.setFailing(true);
    const Status status = writeSecretsBlocking(store, {{u"a"_s, u"1"_s}});
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Keychain);
    QVERIFY(store.secrets().isEmpty());
}

} // namespace Tidings

QTEST_GUILESS_MAIN(Tidings::TestSecretBatch)
#include "tst_secretbatch.moc"
