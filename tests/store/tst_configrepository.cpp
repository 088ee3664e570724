#include "store/configrepository.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
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
    void brandLogo_keptByItsHash_andEveryEarlierOneStays();

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

void TestConfigRepository::brandLogo_keptByItsHash_andEveryEarlierOneStays()
{
    ConfigRepository repository(m_db->handle());
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    Brand brand;
    brand.shopName = u"Juniper & Pine"_s;
    brand.logoFile = *BrandLogo::fromData(png);
    QVERIFY(repository.saveBrand(brand).ok());

    // The setting names the picture; its bytes are kept once, in brand_images.
    const QJsonObject setting = QJsonDocument::fromJson(repository.setting(u"brand"_s)->toUtf8()).object();
    const QJsonObject logo = setting.value(u"logoFile"_s).toObject();
    QCOMPARE(logo.value(u"sha256"_s).toString(), brand.logoFile.sha256());
    QCOMPARE(logo.value(u"type"_s).toString(), u"image/png"_s);
    QVERIFY(!logo.contains(u"data"_s));

    auto loaded = repository.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->brand.logoFile, brand.logoFile);
    QCOMPARE(loaded->brand.shopName, brand.shopName);

    // A new logo: the old one stays for the messages sent with it.
    const QByteArray gif = "GIF89a" + QByteArray(40, '\0');
    Brand changed = brand;
    changed.logoFile = *BrandLogo::fromData(gif);
    QVERIFY(repository.saveBrand(changed).ok());
    QCOMPARE(repository.load()->brand.logoFile.data, gif);
    QCOMPARE(repository.brandImage(brand.logoFile.sha256())->data, png);
    QCOMPARE(repository.brandImage(u"0000"_s).error().code, ErrorCode::NotFound);

    // No logo from a file: none stored in the setting, and the same picture saved again adds no row.
    Brand plain = changed;
    plain.logoFile = {};
    plain.logoUrl = u"https://shop.example/logo.png"_s;
    QVERIFY(repository.saveBrand(plain).ok());
    QVERIFY(repository.load()->brand.logoFile.isEmpty());
    QCOMPARE(repository.load()->brand.logoUrl, plain.logoUrl);
    QVERIFY(repository.saveBrand(brand).ok());
    QSqlQuery count(m_db->handle());
    QVERIFY(count.exec(u"SELECT COUNT(*) FROM brand_images"_s) && count.next());
    QCOMPARE(count.value(0).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestConfigRepository)
#include "tst_configrepository.moc"
