#include "store/configrepository.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

ChannelConfig mailgun()
{
    ChannelConfig channel;
    channel.id = u"mg"_s;
    channel.type = u"mailgun"_s;
    channel.name = u"Mailgun EU"_s;
    channel.baseUrl = QUrl(u"https://api.eu.mailgun.net"_s);
    channel.fromEmail = u"orders@juniper.example"_s;
    channel.fromName = u"Juniper & Pine"_s;
    channel.replyTo = u"help@juniper.example"_s;
    channel.options = QJsonObject{{u"domain"_s, u"mg.juniper.example"_s}, {u"ratePerSecond"_s, 5}};
    return channel;
}

} // namespace

class TestConfigRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void channel_insertedReadBackUpdatedAndRemoved();
    void channel_idTakenOrUnknown_isRefusedInWords_data();
    void channel_idTakenOrUnknown_isRefusedInWords();
    void channel_usedByRules_isNotRemoved();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestConfigRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->path(), u"test"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
}

void TestConfigRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestConfigRepository::channel_insertedReadBackUpdatedAndRemoved()
{
    ConfigRepository repository(m_db->handle());
    QVERIFY(repository.insertChannel(mailgun()).ok());
    auto loaded = repository.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->channels.size(), 1);
    const ChannelConfig read = loaded->channels.first();
    QCOMPARE(read.id, u"mg"_s);
    QCOMPARE(read.type, u"mailgun"_s);
    QCOMPARE(read.baseUrl, QUrl(u"https://api.eu.mailgun.net"_s));
    QCOMPARE(read.fromName, u"Juniper & Pine"_s);
    QCOMPARE(read.replyTo, u"help@juniper.example"_s);
    QCOMPARE(read.options.value(u"domain"_s).toString(), u"mg.juniper.example"_s);
    QVERIFY(read.enabled);

    ChannelConfig changed = mailgun();
    changed.enabled = false;
    changed.fromEmail = u"shop@juniper.example"_s;
    QVERIFY(repository.updateChannel(changed).ok());
    loaded = repository.load();
    QVERIFY(!loaded->channels.first().enabled);
    QCOMPARE(loaded->channels.first().fromEmail, u"shop@juniper.example"_s);

    QVERIFY(repository.removeChannel(u"mg"_s).ok());
    QVERIFY(repository.load()->channels.isEmpty());
}

void TestConfigRepository::channel_idTakenOrUnknown_isRefusedInWords_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("insert, id taken") << u"insert"_s << int(ErrorCode::InvalidInput) << u"already exists"_s;
    QTest::newRow("update, unknown") << u"update"_s << int(ErrorCode::NotFound) << u"no longer exists"_s;
    QTest::newRow("remove, unknown") << u"remove"_s << int(ErrorCode::NotFound) << u"no longer exists"_s;
}

void TestConfigRepository::channel_idTakenOrUnknown_isRefusedInWords()
{
    QFETCH(QString, action);
    QFETCH(int, code);
    QFETCH(QString, words);
    ConfigRepository repository(m_db->handle());
    Status status;
    if (action == u"insert"_s) {
        QVERIFY(repository.insertChannel(mailgun()).ok());
        status = repository.insertChannel(mailgun());
    } else if (action == u"update"_s) {
        status = repository.updateChannel(mailgun());
    } else {
        status = repository.removeChannel(u"mg"_s);
    }
    QVERIFY(!status.ok());
    QCOMPARE(int(status.error().code), code);
    QVERIFY2(status.error().message.contains(words), qPrintable(status.error().message));
}

void TestConfigRepository::channel_usedByRules_isNotRemoved()
{
    ConfigRepository repository(m_db->handle());
    AppConfig config;
    config.channels = {mailgun()};
    config.rules = {RuleConfig{u"r1"_s, u"order.confirmed"_s, u"order_confirmed"_s, u"mg"_s, u"customer"_s, true},
                    RuleConfig{u"r2"_s, u"shipment.shipped"_s, u"shipped"_s, u"mg"_s, u"customer"_s, true}};
    QVERIFY(repository.save(config).ok());
    const Status status = repository.removeChannel(u"mg"_s);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::InvalidInput);
    QVERIFY2(status.error().message.contains(u"2 rule"_s), qPrintable(status.error().message));
    QCOMPARE(repository.load()->channels.size(), 1);
}

QTEST_GUILESS_MAIN(TestConfigRepository)
#include "tst_configrepository.moc"
