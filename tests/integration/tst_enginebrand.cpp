#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "pipelinefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// Engine::setBrand (the Getting Started wizard's brand step): saved in the store, used by the running
// dispatcher from its next message without a restart, kept across a restart; settings that cannot work are
// refused in words and change nothing.
class tst_EngineBrand final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setBrand_nextMessageUsesIt_andOutlivesARestart();
    void setBrand_refusesWhatCannotWork_data();
    void setBrand_refusesWhatCannotWork();

private:
    std::unique_ptr<PipelineFixture> m_fixture;
};

void tst_EngineBrand::init()
{
    m_fixture = std::make_unique<PipelineFixture>();
    QVERIFY2(m_fixture->setUpError().isEmpty(), qPrintable(m_fixture->setUpError()));
    const QString error = m_fixture->startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_EngineBrand::cleanup()
{
    m_fixture.reset();
}

void tst_EngineBrand::setBrand_nextMessageUsesIt_andOutlivesARestart()
{
    Engine &engine = m_fixture->engine();
    QSignalSpy changed(&engine, &Engine::brandChanged);
    Brand brand;
    brand.shopName = u"  Corner Shop "_s;
    brand.accentColor = u"#aa3311"_s;
    brand.logoUrl = u"https://corner-shop.example/logo.png"_s;
    brand.supportEmail = u"help@corner-shop.example"_s;
    brand.supportPhone = u" +44 1225 000000 "_s;
    brand.address = u"Corner Shop Ltd\n1 High Street"_s;
    brand.fontFamily = u"Georgia, serif"_s;
    brand.socialLinks = {BrandLink{u"Instagram"_s, u" https://instagram.com/corner "_s}, BrandLink{}};
    const Status saved = engine.setBrand(brand);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(engine.config().brand.shopName, u"Corner Shop"_s); // trimmed

    QJsonObject order = QJsonDocument::fromJson(fixture(u"shopify/orders_create.json"_s)).object();
    order.insert(u"id"_s, 6001);
    WebhookClient client;
    QCOMPARE(client
                 .postShopify(m_fixture->webhookUrl(), QJsonDocument(order).toJson(QJsonDocument::Compact),
                              "orders/create", PipelineFixture::SigningSecret, "wh-brand-1")
                 .status,
             200);
    QTRY_COMPARE(m_fixture->fake().acceptedCount(), 1);
    const QByteArray body = m_fixture->fake().request(0).body;
    QVERIFY(body.contains("Corner Shop"));
    QVERIFY(body.contains("#aa3311"));
    QVERIFY(body.contains("1 High Street")); // the layout's footer
    QVERIFY(body.contains("Instagram"));

    m_fixture->stopEngine();
    const QString error = m_fixture->startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Brand restored = m_fixture->engine().config().brand;
    QCOMPARE(restored.shopName, u"Corner Shop"_s);
    QCOMPARE(restored.accentColor, u"#aa3311"_s);
    QCOMPARE(restored.logoUrl, u"https://corner-shop.example/logo.png"_s);
    QCOMPARE(restored.supportEmail, u"help@corner-shop.example"_s);
    QCOMPARE(restored.supportPhone, u"+44 1225 000000"_s);
    QCOMPARE(restored.address, u"Corner Shop Ltd\n1 High Street"_s);
    QCOMPARE(restored.fontFamily, u"Georgia, serif"_s);
    QCOMPARE(restored.socialLinks.size(), 1); // the empty row is not kept
    QCOMPARE(restored.socialLinks.first().url, u"https://instagram.com/corner"_s);
}

void tst_EngineBrand::setBrand_refusesWhatCannotWork_data()
{
    QTest::addColumn<QString>("accentColor");
    QTest::addColumn<QString>("logoUrl");
    QTest::addColumn<QString>("supportEmail");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("socialLink");
    QTest::newRow("colour name") << u"red"_s << QString() << QString() << u"#2f6f4f"_s << QString();
    QTest::newRow("no colour") << QString() << QString() << QString() << u"#2f6f4f"_s << QString();
    QTest::newRow("logo on this computer")
        << u"#123"_s << u"file:///home/me/logo.png"_s << QString() << u"https://"_s << QString();
    QTest::newRow("logo without a host") << u"#123456"_s << u"https://"_s << QString() << u"https://"_s << QString();
    QTest::newRow("support without @") << u"#123456"_s << QString() << u"help.corner-shop.example"_s
                                       << u"does not look like an email address"_s << QString();
    QTest::newRow("script link") << u"#123456"_s << QString() << QString() << u"\"Shop\" must be a web address"_s
                                 << u"javascript:alert(1)"_s;
}

void tst_EngineBrand::setBrand_refusesWhatCannotWork()
{
    QFETCH(QString, accentColor);
    QFETCH(QString, logoUrl);
    QFETCH(QString, supportEmail);
    QFETCH(QString, says);
    QFETCH(QString, socialLink);
    Engine &engine = m_fixture->engine();
    const Brand before = engine.config().brand;
    const QString storedBefore = m_fixture->value(u"SELECT value FROM settings WHERE key = 'brand'"_s).toString();
    QSignalSpy changed(&engine, &Engine::brandChanged);
    Brand brand = before;
    brand.accentColor = accentColor;
    brand.logoUrl = logoUrl;
    brand.supportEmail = supportEmail;
    if (!socialLink.isEmpty()) {
        brand.socialLinks = {BrandLink{u"Shop"_s, socialLink}};
    }
    const Status refused = engine.setBrand(brand);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(engine.config().brand.accentColor, before.accentColor);
    QCOMPARE(m_fixture->value(u"SELECT value FROM settings WHERE key = 'brand'"_s).toString(), storedBefore);
}

QTEST_GUILESS_MAIN(tst_EngineBrand)
#include "tst_enginebrand.moc"
