#include "enginebinding.h"
#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "mainwindow.h"
#include "monitor/monitormodel.h"
#include "pipelinefixture.h"

#include <QAbstractItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// The window on a running engine: webhooks posted over HTTP show up in the Monitor while it is open.
class TestMonitorLive final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void postedWebhooks_appearLiveWithTheirEmailStatus();

private:
    static QString cell(QAbstractItemModel *model, int row, int column);
};

void TestMonitorLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestMonitorLive::cell(QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::DisplayRole).toString();
}

void TestMonitorLive::postedWebhooks_appearLiveWithTheirEmailStatus()
{
    PipelineFixture pipeline;
    QVERIFY2(pipeline.setUpError().isEmpty(), qPrintable(pipeline.setUpError()));
    Ui::MainWindow window(pipeline.dataDir());
    window.show();
    auto *table = window.findChild<QTableView *>(u"monitorTable"_s);
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 0);

    // Bound before it starts, exactly as the app does.
    const QString error = pipeline.startEngine([&window](Engine &engine) { Ui::bindEngine(engine, window); });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    WebhookClient client;
    QCOMPARE(client
                 .postShopify(pipeline.webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-1", "ev-1")
                 .status,
             200);
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(cell(model, 0, Ui::MonitorModel::Order).contains(u"1042"_s));
    QTRY_COMPARE(cell(model, 0, Ui::MonitorModel::Status), u"Sent"_s);
    QCOMPARE(cell(model, 0, Ui::MonitorModel::Recipient), u"jane@example.com"_s);

    QCOMPARE(client
                 .postShopify(pipeline.webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-1", "ev-1")
                 .status,
             200);
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_VERIFY(cell(model, 0, Ui::MonitorModel::Status).contains(u"Duplicate"_s));

    QCOMPARE(client
                 .postShopify(pipeline.webhookUrl(), fixture(u"shopify/fulfillments_create.json"_s),
                              "fulfillments/create", PipelineFixture::SigningSecret, "wh-2", "ev-2")
                 .status,
             200);
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_COMPARE(cell(model, 0, Ui::MonitorModel::Status), u"Sent"_s);
    QCOMPARE(pipeline.fake().acceptedCount(), 2);
}

QTEST_MAIN(TestMonitorLive)
#include "tst_monitorlive.moc"
