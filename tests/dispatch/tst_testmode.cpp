#include "dispatch/testmode.h"
#include "store/database.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Tidings::ChannelKind)

namespace {

OutgoingMessage customerMessage()
{
    OutgoingMessage message;
    message.notificationId = 7;
    message.toEmail = u"jane@example.com"_s;
    message.toName = u"Jane Doe"_s;
    message.toPhone = u"+15555550100"_s;
    message.subject = u"Your order #1042 has shipped"_s;
    message.text = u"On its way."_s;
    message.html = u"<p>On its way.</p>"_s;
    message.context =
        QJsonObject{{u"customer"_s, QJsonObject{{u"email"_s, u"jane@example.com"_s}, {u"phone"_s, u"+15555550100"_s}}}};
    return message;
}

} // namespace

// Test mode's rules for each kind of channel, its settings' checks, and that they outlive a restart.
class tst_TestMode final : public QObject
{
    Q_OBJECT

private slots:
    void off_changesNothing();
    void apply_data();
    void apply();
    void smsWithoutPhone_isNotSentAndSaysWhy();
    void problem_data();
    void problem();
    void saveAndLoad_roundTripThroughTheStore();
};

void tst_TestMode::off_changesNothing()
{
    OutgoingMessage message = customerMessage();
    QString note;
    QVERIFY(
        !applyTestMode(TestMode{false, u"owner@shop.test"_s, u"+441234567890"_s}, ChannelKind::Email, message, &note));
    QCOMPARE(message.toEmail, u"jane@example.com"_s);
    QCOMPARE(message.subject, u"Your order #1042 has shipped"_s);
    QVERIFY(note.isEmpty());
}

void tst_TestMode::apply_data()
{
    QTest::addColumn<ChannelKind>("kind");
    QTest::addColumn<QString>("toEmail");
    QTest::addColumn<QString>("toPhone");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("contextEmail");
    QTest::addColumn<bool>("contextMarked");

    const QString subject = u"Your order #1042 has shipped"_s;
    QTest::newRow("email goes to the owner, marked")
        << ChannelKind::Email << u"owner@shop.test"_s << u"+15555550100"_s << u"[Test] "_s + subject << u"On its way."_s
        << u"jane@example.com"_s << false;
    QTest::newRow("sms goes to the owner's phone, marked")
        << ChannelKind::Sms << u"jane@example.com"_s << u"+44 7700 900123"_s << subject << u"[Test] On its way."_s
        << u"jane@example.com"_s << false;
    QTest::newRow("automation carries the owner's address")
        << ChannelKind::Automation << u"owner@shop.test"_s << u"+15555550100"_s << subject << u"On its way."_s
        << u"owner@shop.test"_s << true;
    QTest::newRow("chat still reaches the staff, marked")
        << ChannelKind::Chat << u"jane@example.com"_s << u"+15555550100"_s << u"[Test] "_s + subject
        << u"[Test] On its way."_s << u"jane@example.com"_s << false;
}

void tst_TestMode::apply()
{
    QFETCH(ChannelKind, kind);
    QFETCH(QString, toEmail);
    QFETCH(QString, toPhone);
    QFETCH(QString, subject);
    QFETCH(QString, text);
    QFETCH(QString, contextEmail);
    QFETCH(bool, contextMarked);

    OutgoingMessage message = customerMessage();
    QString note;
    const auto refused =
        applyTestMode(TestMode{true, u"owner@shop.test"_s, u"+44 7700 900123"_s}, kind, message, &note);
    QVERIFY2(!refused, qPrintable(refused ? refused->message : QString()));
    QCOMPARE(message.toEmail, toEmail);
    QCOMPARE(message.toPhone, toPhone);
    QCOMPARE(message.subject, subject);
    QCOMPARE(message.text, text);
    QCOMPARE(message.html, u"<p>On its way.</p>"_s);
    const QJsonObject customer = message.context.value(u"customer"_s).toObject();
    QCOMPARE(customer.value(u"email"_s).toString(), contextEmail);
    QCOMPARE(message.context.value(u"test"_s).toBool(), contextMarked);
    QVERIFY2(note.startsWith(u"Test mode:"_s), qPrintable(note));
    if (kind != ChannelKind::Chat) {
        // The record says who would have had it.
        QVERIFY2(note.contains(u"jane@example.com"_s) || note.contains(u"+15555550100"_s), qPrintable(note));
    }
}

void tst_TestMode::smsWithoutPhone_isNotSentAndSaysWhy()
{
    OutgoingMessage message = customerMessage();
    QString note;
    const auto refused = applyTestMode(TestMode{true, u"owner@shop.test"_s, {}}, ChannelKind::Sms, message, &note);
    QVERIFY(refused);
    QVERIFY(!refused->retryable);
    QVERIFY2(refused->message.contains(u"not sent"_s), qPrintable(refused->message));
    QCOMPARE(message.toPhone, u"+15555550100"_s); // untouched, and never sent
}

void tst_TestMode::problem_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("expected"); // a word of the problem, or empty for none
    QTest::newRow("off needs nothing") << false << QString() << QString() << QString();
    QTest::newRow("email only") << true << u"owner@shop.test"_s << QString() << QString();
    QTest::newRow("email and phone") << true << u" owner@shop.test "_s << u"+44 (0)7700 900123"_s << QString();
    QTest::newRow("no email") << true << QString() << u"+447700900123"_s << u"email address"_s;
    QTest::newRow("not an email") << true << u"owner at shop"_s << QString() << u"not an email"_s;
    QTest::newRow("two addresses") << true << u"a@shop.test, b@shop.test"_s << QString() << u"not an email"_s;
    QTest::newRow("not a phone") << true << u"owner@shop.test"_s << u"call me"_s << u"not a phone"_s;
}

void tst_TestMode::problem()
{
    QFETCH(bool, enabled);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, expected);
    const auto why = TestMode{enabled, email, phone}.problem();
    if (expected.isEmpty()) {
        QVERIFY2(!why, qPrintable(why ? why->message : QString()));
    } else {
        QVERIFY(why);
        QVERIFY2(why->message.contains(expected), qPrintable(why->message));
        QCOMPARE(why->code, ErrorCode::InvalidInput);
    }
}

void tst_TestMode::saveAndLoad_roundTripThroughTheStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        auto db = Database::open(dir.path(), u"writer"_s);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        const auto fresh = TestMode::load(db->handle());
        QVERIFY(fresh);
        QCOMPARE(*fresh, TestMode{}); // a new shop is live
        const TestMode chosen{true, u" owner@shop.test"_s, u"+447700900123"_s};
        QVERIFY(chosen.save(db->handle()));
        // Settings that cannot work are not saved.
        const TestMode impossible{true, {}, {}};
        QVERIFY(!impossible.save(db->handle()));
    }
    auto db = Database::open(dir.path(), u"reader"_s);
    QVERIFY(db);
    const auto loaded = TestMode::load(db->handle());
    QVERIFY(loaded);
    QCOMPARE(*loaded, (TestMode{true, u"owner@shop.test"_s, u"+447700900123"_s}));
}

QTEST_GUILESS_MAIN(tst_TestMode)
#include "tst_testmode.moc"
