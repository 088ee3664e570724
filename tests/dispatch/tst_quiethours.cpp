#include "dispatch/quiethours.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Tidings::ChannelKind)

namespace {

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace

class TestQuietHours final : public QObject
{
    Q_OBJECT

private slots:
    void heldUntil_data();
    void heldUntil();
    void problem_data();
    void problem();
    void savedAndLoaded();
    void holdMessage_namesTheEndInTheZonesTime();
};

void TestQuietHours::heldUntil_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<QString>("shopZone");
    QTest::addColumn<QString>("recipientZone");
    QTest::addColumn<ChannelKind>("kind");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("until"); // invalid: sent now

    const QTime nine(21, 0);
    const QTime eight(8, 0);
    const QString berlin = u"Europe/Berlin"_s;
    const auto sms = ChannelKind::Sms;
    // Berlin in January is UTC+1.
    QTest::newRow("off") << false << nine << eight << berlin << QString() << sms << utc(u"2026-01-14T23:00:00Z"_s)
                         << QDateTime();
    QTest::newRow("day: outside") << true << nine << eight << berlin << QString() << sms
                                  << utc(u"2026-01-14T12:00:00Z"_s) << QDateTime();
    QTest::newRow("evening: until tomorrow 08:00") << true << nine << eight << berlin << QString() << sms
                                                   << utc(u"2026-01-14T21:30:00Z"_s) << utc(u"2026-01-15T07:00:00Z"_s);
    QTest::newRow("at the start: held") << true << nine << eight << berlin << QString() << sms
                                        << utc(u"2026-01-14T20:00:00Z"_s) << utc(u"2026-01-15T07:00:00Z"_s);
    QTest::newRow("after midnight: until 08:00 the same day")
        << true << nine << eight << berlin << QString() << ChannelKind::Chat << utc(u"2026-01-15T02:00:00Z"_s)
        << utc(u"2026-01-15T07:00:00Z"_s);
    QTest::newRow("at the end: sent") << true << nine << eight << berlin << QString() << sms
                                      << utc(u"2026-01-15T07:00:00Z"_s) << QDateTime();
    QTest::newRow("not crossing midnight: inside") << true << QTime(13, 0) << QTime(14, 0) << berlin << QString() << sms
                                                   << utc(u"2026-01-14T12:30:00Z"_s) << utc(u"2026-01-14T13:00:00Z"_s);
    QTest::newRow("not crossing midnight: outside") << true << QTime(13, 0) << QTime(14, 0) << berlin << QString()
                                                    << sms << utc(u"2026-01-14T20:30:00Z"_s) << QDateTime();
    QTest::newRow("email is never held") << true << nine << eight << berlin << QString() << ChannelKind::Email
                                         << utc(u"2026-01-14T23:00:00Z"_s) << QDateTime();
    QTest::newRow("automation is never held") << true << nine << eight << berlin << QString() << ChannelKind::Automation
                                              << utc(u"2026-01-14T23:00:00Z"_s) << QDateTime();
    // Clocks go forward on 29 March 2026 at 02:00: the night is an hour shorter; 08:00 is then UTC+2.
    QTest::newRow("DST spring forward") << true << nine << eight << berlin << QString() << sms
                                        << utc(u"2026-03-28T21:00:00Z"_s) << utc(u"2026-03-29T06:00:00Z"_s);
    // ... and back on 25 October 2026 at 03:00: 08:00 is UTC+1 again.
    QTest::newRow("DST fall back") << true << nine << eight << berlin << QString() << sms
                                   << utc(u"2026-10-24T20:00:00Z"_s) << utc(u"2026-10-25T07:00:00Z"_s);
    // An end inside the skipped hour is the first time after it, never a time that does not exist.
    QTest::newRow("end in the DST gap") << true << QTime(1, 0) << QTime(2, 30) << berlin << QString() << sms
                                        << utc(u"2026-03-29T00:30:00Z"_s) << utc(u"2026-03-29T01:30:00Z"_s);
    QTest::newRow("recipient's zone counts") << true << nine << eight << berlin << u"America/New_York"_s << sms
                                             << utc(u"2026-01-14T23:00:00Z"_s) << QDateTime(); // 18:00 there
    QTest::newRow("recipient's zone holds") << true << nine << eight << berlin << u"America/New_York"_s << sms
                                            << utc(u"2026-01-15T03:00:00Z"_s) << utc(u"2026-01-15T13:00:00Z"_s);
    QTest::newRow("unknown recipient zone: the shop's")
        << true << nine << eight << berlin << u"Mars/Olympus_Mons"_s << sms << utc(u"2026-01-14T22:00:00Z"_s)
        << utc(u"2026-01-15T07:00:00Z"_s);
    QTest::newRow("unknown shop zone: this computer's")
        << true << nine << eight << u"Atlantis/Capital"_s << QString() << sms << QDateTime() << QDateTime();
}

void TestQuietHours::heldUntil()
{
    QFETCH(bool, enabled);
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(QString, shopZone);
    QFETCH(QString, recipientZone);
    QFETCH(ChannelKind, kind);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, until);
    const QuietHours hours{enabled, start, end, shopZone};
    if (!now.isValid()) {
        // The system's zone stands in: 23:00 on its own clock is inside 21:00-08:00 whatever it is.
        QCOMPARE(hours.shopZone(), QTimeZone::systemTimeZone());
        const QDateTime late(QDate(2026, 1, 14), QTime(23, 0), QTimeZone::systemTimeZone());
        const auto held = hours.heldUntil(late.toUTC(), kind, recipientZone);
        QVERIFY(held);
        QCOMPARE(held->toTimeZone(QTimeZone::systemTimeZone()).time(), end);
        return;
    }
    const auto held = hours.heldUntil(now, kind, recipientZone);
    QCOMPARE(held.has_value(), until.isValid());
    if (held) {
        QCOMPARE(*held, until);
        QCOMPARE(held->timeSpec(), Qt::UTC);
    }
}

void TestQuietHours::problem_data()
{
    QTest::addColumn<QuietHours>("hours");
    QTest::addColumn<QString>("mentions"); // empty: no problem
    QTest::newRow("off, whatever it says")
        << QuietHours{false, QTime(8, 0), QTime(8, 0), u"Nowhere/Else"_s} << QString();
    QTest::newRow("usual") << QuietHours{true, QTime(21, 0), QTime(8, 0), u"Europe/London"_s} << QString();
    QTest::newRow("system zone") << QuietHours{true, QTime(21, 0), QTime(8, 0), QString()} << QString();
    QTest::newRow("same start and end") << QuietHours{true, QTime(8, 0), QTime(8, 0), QString()} << u"same time"_s;
    QTest::newRow("unknown zone") << QuietHours{true, QTime(21, 0), QTime(8, 0), u"Nowhere/Else"_s}
                                  << u"Nowhere/Else"_s;
}

void TestQuietHours::problem()
{
    QFETCH(QuietHours, hours);
    QFETCH(QString, mentions);
    const auto why = hours.problem();
    QCOMPARE(why.has_value(), !mentions.isEmpty());
    if (why) {
        QVERIFY2(why->message.contains(mentions), qPrintable(why->message));
    }
}

void TestQuietHours::savedAndLoaded()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path(), u"check"_s);
    QVERIFY(db.ok());
    const auto fresh = QuietHours::load(db->handle());
    QVERIFY(fresh.ok());
    QCOMPARE(*fresh, QuietHours{}); // off until the owner says otherwise
    const QuietHours hours{true, QTime(22, 30), QTime(7, 15), u"America/Chicago"_s};
    QVERIFY(hours.save(db->handle()).ok());
    QCOMPARE(*QuietHours::load(db->handle()), hours);
    const QuietHours broken{true, QTime(7, 0), QTime(7, 0), QString()};
    QVERIFY(!broken.save(db->handle()).ok());
    QCOMPARE(*QuietHours::load(db->handle()), hours); // a refused save changes nothing
}

void TestQuietHours::holdMessage_namesTheEndInTheZonesTime()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QuietHours hours{true, QTime(21, 0), QTime(8, 0), u"Europe/Berlin"_s};
    const QString text = hours.holdMessage(utc(u"2026-01-15T07:00:00Z"_s));
    QVERIFY2(text.contains(u"08:00"_s) && text.contains(u"Europe/Berlin"_s), qPrintable(text));
    QVERIFY2(text.contains(u"quiet hours"_s), qPrintable(text));
    // On the customer's clock: 07:00 UTC is 23:00 the evening before in California.
    const QString customers = hours.holdMessage(utc(u"2026-01-15T07:00:00Z"_s), u"America/Los_Angeles"_s);
    QVERIFY2(customers.contains(u"23:00"_s) && customers.contains(u"America/Los_Angeles"_s) &&
                 customers.contains(u"customer"_s),
             qPrintable(customers));
}

QTEST_GUILESS_MAIN(TestQuietHours)
#include "tst_quiethours.moc"
