#include "enginebinding.h"
#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "gui/screenshot.h"
#include "mainwindow.h"
#include "monitor/activitychart.h"
#include "monitor/activitystrip.h"
#include "pipelinefixture.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// The Monitor's header strip: today's counts and the 24-hour chart, on a store file and live in the window.
class tst_ActivityStrip final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts_andChart_fromTheStore();
    void scheduleRefresh_coalescesABurst();
    void window_stripFollowsWebhooksLive();
};

void tst_ActivityStrip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ActivityStrip::counts_andChart_fromTheStore()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path(), u"test"_s);
    QVERIFY(db);
    const QDateTime now(QDate(2026, 11, 29), QTime(15, 30));
    const qint64 ms = now.toMSecsSinceEpoch();
    QSqlQuery insert(db->handle());
    insert.prepare(u"INSERT INTO raw_events(source_id, received_at, body) VALUES('shop', ?, '')"_s);
    for (qint64 at : {ms - 2 * 3600 * 1000, ms - 60 * 1000, ms}) {
        insert.bindValue(0, at);
        QVERIFY(insert.exec());
    }
    QVERIFY(QSqlQuery(db->handle())
                .exec(u"INSERT INTO notifications(event_id, source_id, order_id, trigger, template_id, channel_id,"
                      " recipient, state, created_at, due_at) VALUES(1, 'shop', '1', 't', 't', 'c', 'a@b.c', 'failed',"
                      " 0, 0)"_s));
    QVERIFY(QSqlQuery(db->handle())
                .exec(u"INSERT INTO delivery_attempts(notification_id, number, started_at, finished_at, outcome)"
                      " VALUES(1, 1, %1, %1, 'failed')"_s.arg(ms - 3600 * 1000)));

    Ui::ActivityStrip strip(db->handle(), nullptr, [now] { return now; });
    strip.resize(900, strip.sizeHint().height());
    strip.show();
    QCOMPARE(strip.summary().eventsToday, 3);
    QCOMPARE(strip.summary().failedToday, 1);
    const QString text = strip.countsText();
    QVERIFY2(text.contains(u"<b>3</b>"_s) && text.contains(u"failed"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"uncertain"_s), qPrintable(text)); // named only when there are any

    Ui::ActivityChart *chart = strip.chart();
    QCOMPARE(chart->hours().size(), 24);
    QCOMPARE(chart->hours().constLast().events, 2);
    QVERIFY2(chart->accessibleDescription().contains(u"3 events"_s), qPrintable(chart->accessibleDescription()));
    // The rightmost bar is the current hour, and says so when hovered.
    const int last = chart->hourAt(QPoint(chart->width() - 2, chart->height() / 2));
    QCOMPARE(last, 23);
    QVERIFY2(chart->hourText(last).contains(u"2 events"_s), qPrintable(chart->hourText(last)));
    QCOMPARE(chart->hourAt(QPoint(-5, 0)), -1);
    QVERIFY(screenshot(&strip, u"activity"_s, u"strip"_s));
}

void tst_ActivityStrip::scheduleRefresh_coalescesABurst()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path(), u"test"_s);
    QVERIFY(db);
    Ui::ActivityStrip strip(db->handle());
    QSignalSpy refreshed(&strip, &Ui::ActivityStrip::refreshed);
    QVERIFY(QSqlQuery(db->handle())
                .exec(u"INSERT INTO raw_events(source_id, received_at, body) VALUES('shop', %1, '')"_s.arg(
                    QDateTime::currentMSecsSinceEpoch())));
    for (int i = 0; i < 50; ++i) {
        strip.scheduleRefresh();
    }
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(strip.summary().eventsToday, 1);
}

void tst_ActivityStrip::window_stripFollowsWebhooksLive()
{
    PipelineFixture pipeline;
    QVERIFY2(pipeline.setUpError().isEmpty(), qPrintable(pipeline.setUpError()));
    Ui::MainWindow window(pipeline.dataDir());
    window.show();
    auto *strip = window.findChild<Ui::ActivityStrip *>();
    QVERIFY(strip);
    QCOMPARE(strip->summary().eventsToday, 0);
    const QString error = pipeline.startEngine([&window](Engine &engine) { Ui::bindEngine(engine, window); });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    WebhookClient client;
    QCOMPARE(client
                 .postShopify(pipeline.webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-1")
                 .status,
             200);
    QTRY_COMPARE(strip->summary().eventsToday, 1);
    QTRY_COMPARE(strip->summary().sentToday, 1);
    QCOMPARE(strip->summary().waiting, 0);
    QVERIFY(screenshot(&window, u"activity"_s, u"window"_s));
}

QTEST_MAIN(tst_ActivityStrip)
#include "tst_activitystrip.moc"
