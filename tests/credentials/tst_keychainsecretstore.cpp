#include "credentials/keychainsecretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tidings {

// Runs against the real Secret Service (gnome-keyring in a private D-Bus session, see
// installer/dev.sh). Every run uses its own service name, so runs never see each other's entries.
class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writeThenRead_data();
    void writeThenRead();
    void overwrite();
    void remove();
    void readMissingIsNotFound();
    void removeMissingIsOk();
    void servicesAreSeparate();
    void defaultService();

private:
    // Runs the job to its end; the job is kept alive (auto-delete off) for inspection and deleted by the caller.
    static std::unique_ptr<SecretJob> run(SecretJob *job);
    QString key(const QString &name) const;

    QString m_service;
    QStringList m_written;
    std::unique_ptr<KeychainSecretStore> m_store;
    bool m_ready = false;
};

std::unique_ptr<SecretJob> TestKeychainSecretStore::run(SecretJob *job)
{
    job->setAutoDelete(false);
    std::unique_ptr<SecretJob> owned(job);
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(20000) || spy.size() != 1) {
        qWarning("secret job did not finish exactly once");
        return nullptr;
    }
    return owned;
}

QString TestKeychainSecretStore::key(const QString &name) const
{
    return secretKey(u"test-profile"_s, u"channel"_s, u"sendgrid"_s, name);
}

void TestKeychainSecretStore::initTestCase()
{
    m_service = u"TidingsTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store = std::make_unique<KeychainSecretStore>(m_service);
    QCOMPARE(m_store->service(), m_service);

    // Fail early, with the reason, when there is no unlocked Secret Service.
    m_written << key(u"probe"_s);
    const auto probe = run(m_store->write(key(u"probe"_s), u"probe"_s));
    QVERIFY(probe);
    if (probe->error()) {
        QFAIL(qPrintable(u"no usable Secret Service (run the tests through installer/dev.sh test): "_s +
                         probe->error()->message + u" / "_s + probe->error()->detail));
    }
    m_ready = true;
}

void TestKeychainSecretStore::cleanupTestCase()
{
    if (!m_ready) {
        return; // initTestCase already said why
    }
    for (const QString &written : std::as_const(m_written)) {
        const auto job = run(m_store->remove(written));
        QVERIFY(job);
        QVERIFY(!job->error());
    }
}

void TestKeychainSecretStore::writeThenRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");

    QTest::newRow("ascii") << u"ascii"_s << u"SG.abcdefghijklmnop.qrstuvwxyz0123456789"_s;
    QTest::newRow("unicode") << u"unicode"_s << u"pässwörd ✓ 密码 🔑 Ωμέγα"_s;
    QString big;
    big.reserve(4096);
    for (int i = 0; i < 4096; ++i) {
        big += QChar(u'!' + (i * 7) % 90);
    }
    QTest::newRow("4 KiB") << u"big"_s << big;
    QTest::newRow("spaces and newlines") << u"multiline"_s << u"  line one\nline two\r\n\ttabbed  "_s;
    QTest::newRow("key with slash") << u"name/with/slash"_s << u"value"_s;
}

void TestKeychainSecretStore::writeThenRead()
{
    QFETCH(QString, name);
    QFETCH(QString, value);

    m_written << key(name);
    const auto write = run(m_store->write(key(name), value));
    QVERIFY(write);
    QCOMPARE(write->kind(), SecretJob::Kind::Write);
    QVERIFY2(!write->error(), qPrintable(write->error() ? write->error()->detail : QString()));

    const auto read = run(m_store->read(key(name)));
    QVERIFY(read);
    QCOMPARE(read->kind(), SecretJob::Kind::Read);
    QVERIFY2(!read->error(), qPrintable(read->error() ? read->error()->detail : QString()));
    QVERIFY(!read->notFound());
    QCOMPARE(read->key(), key(name));
    QCOMPARE(read->value().size(), value.size());
    QCOMPARE(read->value(), value);
}

void TestKeychainSecretStore::overwrite()
{
    const QString k = key(u"overwrite"_s);
    m_written << k;
    const auto first = run(m_store->write(k, u"first value"_s));
    QVERIFY(first);
    QVERIFY(!first->error());
    const auto second = run(m_store->write(k, u"second value"_s));
    QVERIFY(second);
    QVERIFY(!second->error());

    const auto read = run(m_store->read(k));
    QVERIFY(read);
    QVERIFY(!read->error());
    QCOMPARE(read->value(), u"second value"_s);
}

void TestKeychainSecretStore::remove()
{
    const QString k = key(u"remove"_s);
    m_written << k;
    const auto write = run(m_store->write(k, u"short-lived"_s));
    QVERIFY(write);
    QVERIFY(!write->error());

    const auto removed = run(m_store->remove(k));
    QVERIFY(removed);
    QCOMPARE(removed->kind(), SecretJob::Kind::Remove);
    QVERIFY2(!removed->error(), qPrintable(removed->error() ? removed->error()->detail : QString()));

    const auto read = run(m_store->read(k));
    QVERIFY(read);
    QVERIFY(!read->error());
    QVERIFY(read->notFound());
    QVERIFY(read->value().isEmpty());
}

void TestKeychainSecretStore::readMissingIsNotFound()
{
    const auto read = run(m_store->read(key(u"never-written"_s)));
    QVERIFY(read);
    QVERIFY2(!read->error(), qPrintable(read->error() ? read->error()->detail : QString()));
    QVERIFY(read->notFound());
    QVERIFY(read->value().isEmpty());
}

void TestKeychainSecretStore::removeMissingIsOk()
{
    const auto removed = run(m_store->remove(key(u"never-written"_s)));
    QVERIFY(removed);
    QVERIFY2(!removed->error(), qPrintable(removed->error() ? removed->error()->detail : QString()));
}

void TestKeychainSecretStore::servicesAreSeparate()
{
    const QString k = key(u"separate"_s);
    m_written << k;
    const auto write = run(m_store->write(k, u"mine"_s));
    QVERIFY(write);
    QVERIFY(!write->error());

    KeychainSecretStore other(m_service + u"-other"_s);
    const auto read = run(other.read(k));
    QVERIFY(read);
    QVERIFY(!read->error());
    QVERIFY(read->notFound());
}

void TestKeychainSecretStore::defaultService()
{
    QCOMPARE(KeychainSecretStore::defaultService(), u"Tidings"_s);
    const KeychainSecretStore store;
    QCOMPARE(store.service(), u"Tidings"_s);
}

} // namespace Tidings

QTEST_GUILESS_MAIN(Tidings::TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
