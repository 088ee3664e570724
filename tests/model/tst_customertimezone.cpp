#include "model/customertimezone.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCustomerTimeZone final : public QObject
{
    Q_OBJECT

private slots:

    void fromTheAddress_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("zone");

        QTest::newRow("Germany (Busingen keeps Berlin's clock)") << u"DE"_s << QString() << u"Europe/Berlin"_s;
        QTest::newRow("France, lower case") << u"fr"_s << u"IDF"_s << u"Europe/Paris"_s;
        QTest::newRow("Japan") << u"JP"_s << QString() << u"Asia/Tokyo"_s;
        QTest::newRow("United Kingdom") << u"GB"_s << QString() << u"Europe/London"_s;
        QTest::newRow("California") << u"US"_s << u"CA"_s << u"America/Los_Angeles"_s;
        QTest::newRow("New York, as US-NY") << u"US"_s << u"US-NY"_s << u"America/New_York"_s;
        QTest::newRow("Arizona keeps no summer time") << u"US"_s << u"AZ"_s << u"America/Phoenix"_s;
        QTest::newRow("the United States without a state") << u"US"_s << QString() << QString();
        QTest::newRow("British Columbia") << u"CA"_s << u"BC"_s << u"America/Vancouver"_s;
        QTest::newRow("New South Wales") << u"AU"_s << u"NSW"_s << u"Australia/Sydney"_s;
        QTest::newRow("Western Australia") << u"AU"_s << u"wa"_s << u"Australia/Perth"_s;
        QTest::newRow("Spain") << u"ES"_s << u"M"_s << u"Europe/Madrid"_s;
        QTest::newRow("the Canary Islands") << u"ES"_s << u"TF"_s << u"Atlantic/Canary"_s;
        QTest::newRow("Brazil spans zones") << u"BR"_s << u"SP"_s << QString();
        QTest::newRow("Russia spans zones") << u"RU"_s << QString() << QString();
        QTest::newRow("no country") << QString() << u"CA"_s << QString();
        QTest::newRow("not a country") << u"XX"_s << QString() << QString();
        QTest::newRow("a name, not a code") << u"Germany"_s << QString() << QString();
    }

    void fromTheAddress()
    {
        QFETCH(QString, country);
        QFETCH(QString, region);
        QFETCH(QString, zone);
        QCOMPARE(Tidings::customerTimeZone(country, region), zone);
    }
};

QTEST_GUILESS_MAIN(TestCustomerTimeZone)
#include "tst_customertimezone.moc"
