#include "enginebinding.h"
#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "mainwindow.h"
#include "monitor/monitormodel.h"
#include "monitor/monitorpage.h"
#include "monitor/resenddialog.h"
#include "pipelinefixture.h"
#include "screenshot.h"
#include "trayicon.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    QVERIFY2(Tidings::Test::screenshot(widget, u"monitor"_s, name), qPrintable(name));
}

// Posts a signed Shopify orders/create for another order (the fixture with its id and number changed).
int postOrder(const PipelineFixture &pipeline, WebhookClient &client, qint64 id, int number, const QByteArray &key)
{
    QJsonObject order = QJsonDocument::fromJson(fixture(u"shopify/orders_create.json"_s)).object();
    order.insert(u"id"_s, id);
    order.insert(u"name"_s, u"#%1"_s.arg(number));
    order.insert(u"order_number"_s, number);
    return client
        .postShopify(pipeline.webhookUrl(), QJsonDocument(order).toJson(QJsonDocument::Compact), "orders/create",
                     PipelineFixture::SigningSecret, "wh-" + key, "ev-" + key)
        .status;
}

} // namespace

// The window on a running engine: webhooks posted over HTTP show up in the Monitor while it is open.
class TestMonitorLive final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void postedWebhooks_appearLiveWithTheirEmailStatus();
    void resend_toAnotherAddress_ctrlR_andCancelWaiting_delete();
    void resendAllShown_byTheFilter_asksWithTheCountFirst();
    void failedForGood_badgesTheMonitor_andTheTraySaysSo();

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

void TestMonitorLive::resend_toAnotherAddress_ctrlR_andCancelWaiting_delete()
{
    PipelineFixture pipeline;
    QVERIFY2(pipeline.setUpError().isEmpty(), qPrintable(pipeline.setUpError()));
    Ui::MainWindow window(pipeline.dataDir());
    window.show();
    const QString error = pipeline.startEngine([&window](Engine &engine) { Ui::bindEngine(engine, window); });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Ui::MonitorPage *page = window.monitorPage();
    auto *table = window.findChild<QTableView *>(u"monitorTable"_s);
    QVERIFY(page && table);
    QAbstractItemModel *model = table->model();

    WebhookClient client;
    QCOMPARE(client
                 .postShopify(pipeline.webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-1", "ev-1")
                 .status,
             200);
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_COMPARE(cell(model, 0, Ui::MonitorModel::Status), u"Sent"_s);
    QVERIFY(!page->resendAction()->isEnabled()); // nothing selected
    table->setCurrentIndex(model->index(0, 0));
    QTRY_VERIFY(page->resendAction()->isEnabled());
    QVERIFY(!page->cancelAction()->isEnabled()); // nothing waiting

    // Ctrl+R on the table opens Resend with the address it went to.
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
    Ui::ResendDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->resendDialog()) != nullptr);
    QCOMPARE(dialog->recipientField()->text(), u"jane@example.com"_s);
    QCOMPARE(dialog->messageBox()->count(), 1);
    screenshot(dialog, u"resend"_s);

    // A mistyped address is refused in the dialog; nothing is queued.
    dialog->recipientField()->setText(u"jane at work"_s);
    QTest::mouseClick(dialog->resendButton(), Qt::LeftButton);
    QVERIFY(dialog->problemLabel()->isVisible());
    QVERIFY2(dialog->problemLabel()->text().contains(u"not an email address"_s),
             qPrintable(dialog->problemLabel()->text()));
    QCOMPARE(pipeline.value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 1);

    dialog->recipientField()->setText(u"jane.doe@work.example"_s);
    const QPointer<Ui::ResendDialog> open(dialog);
    QTest::mouseClick(dialog->resendButton(), Qt::LeftButton);
    QTRY_VERIFY(!open);
    QTRY_COMPARE(pipeline.fake().acceptedCount(), 2);
    const auto copy = pipeline.fake().request(pipeline.fake().requestCount() - 1);
    QCOMPARE(copy.to().value(u"email"_s).toString(), u"jane.doe@work.example"_s);
    auto *messages = window.findChild<QTextBrowser *>(u"detailsMessages"_s); // the Templates page has others
    QVERIFY(messages);
    QTRY_VERIFY2(messages->toPlainText().contains(u"resent by you"_s), qPrintable(messages->toPlainText()));
    screenshot(&window, u"resent"_s);

    // While sending is paused a resend waits; Delete cancels it (after asking) and it is never sent.
    auto *pause = window.findChild<QAction *>(u"pauseSendingAction"_s); // Sending → Pause All Sending
    QVERIFY(pause && pause->isEnabled() && !pause->isChecked());
    QCOMPARE(pause->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pause->trigger();
    QVERIFY(pipeline.engine().isSendingPaused());
    QVERIFY(page->resendAction()->isEnabled());
    page->resendAction()->trigger();
    QTRY_VERIFY((dialog = page->resendDialog()) != nullptr);
    QTest::mouseClick(dialog->resendButton(), Qt::LeftButton);
    QTRY_COMPARE(pipeline.value(u"SELECT COUNT(*) FROM notifications WHERE state = 'queued'"_s).toInt(), 1);
    QTRY_VERIFY(page->cancelAction()->isEnabled());
    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QApplication::setActiveWindow(&window); // the dialog had it
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE(pipeline.value(u"SELECT COUNT(*) FROM notifications WHERE state = 'cancelled'"_s).toInt(), 1);
    QTRY_VERIFY(!page->cancelAction()->isEnabled());
    pipeline.engine().setSendingPaused(false); // from elsewhere (the tray): the menu follows
    QVERIFY(!pause->isChecked());
    QTRY_COMPARE(pipeline.value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), 2);
    QCOMPARE(pipeline.fake().acceptedCount(), 2);

    // Sending → Resend Interrupted Messages Automatically is kept in the store.
    auto *resendInterrupted = window.findChild<QAction *>(u"resendInterruptedAction"_s);
    QVERIFY(resendInterrupted && !resendInterrupted->isChecked());
    resendInterrupted->trigger();
    QVERIFY(pipeline.engine().resendsInterruptedAutomatically());
    QCOMPARE(pipeline.value(u"SELECT value FROM settings WHERE key = 'resend_interrupted'"_s).toString(), u"1"_s);
    resendInterrupted->trigger();
    QVERIFY(!pipeline.engine().resendsInterruptedAutomatically());

    // Export View as CSV writes what the table shows.
    QVERIFY(page->exportAction()->isEnabled());
    QCOMPARE(page->exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QTemporaryDir exportDir;
    const QString path = exportDir.filePath(u"events.csv"_s);
    QVERIFY(page->exportCsv(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"Received,Event,Order,Customer,Status"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(u"#1042,Jane Doe"_s), qPrintable(lines.at(1)));
    QVERIFY(!page->exportCsv(exportDir.filePath(u"missing/folder/events.csv"_s)).ok());
}

void TestMonitorLive::resendAllShown_byTheFilter_asksWithTheCountFirst()
{
    PipelineFixture pipeline;
    QVERIFY2(pipeline.setUpError().isEmpty(), qPrintable(pipeline.setUpError()));
    Ui::MainWindow window(pipeline.dataDir());
    window.show();
    const QString error = pipeline.startEngine([&window](Engine &engine) { Ui::bindEngine(engine, window); });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Ui::MonitorPage *page = window.monitorPage();
    auto *table = window.findChild<QTableView *>(u"monitorTable"_s);
    QAbstractItemModel *model = table->model();

    // Three orders: the provider refuses the second for good.
    pipeline.fake().queueModes({FakeSendGrid::Mode::Accept, FakeSendGrid::Mode::Reject400});
    WebhookClient client;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(postOrder(pipeline, client, 7'000 + i, 3000 + i, QByteArray::number(i)), 200);
        QTRY_COMPARE(pipeline.value(u"SELECT COUNT(*) FROM notifications WHERE state IN ('sent', 'failed')"_s).toInt(),
                     i + 1);
    }
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(pipeline.value(u"SELECT COUNT(*) FROM notifications WHERE state = 'failed'"_s).toInt(), 1);

    // Show: Failed or uncertain, then Resend All Shown asks with the count, and a No sends nothing.
    auto *show = window.findChild<QComboBox *>(u"monitorStateFilter"_s);
    QVERIFY(show);
    show->setCurrentIndex(show->findText(u"Failed or uncertain"_s));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(page->resendableShown().size(), 1);
    QVERIFY(page->resendAllAction()->isEnabled());
    QCOMPARE(page->resendAllAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    Ui::MessageBox::setNextAnswer(QMessageBox::No);
    page->resendAllAction()->trigger();
    QCOMPARE(pipeline.value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 3);

    const int acceptedBefore = pipeline.fake().acceptedCount();
    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page->resendAllAction()->trigger();
    QTRY_COMPARE(pipeline.fake().acceptedCount(), acceptedBefore + 1);
    QTRY_COMPARE(pipeline.value(u"SELECT COUNT(*) FROM notifications WHERE resend_of IS NOT NULL"_s).toInt(), 1);
    // The failed one was resent; it is not offered again.
    show->setCurrentIndex(show->findText(u"All"_s));
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_COMPARE(page->resendableShown().size(), 3); // each event's newest message, the copy instead of the failed one
}

void TestMonitorLive::failedForGood_badgesTheMonitor_andTheTraySaysSo()
{
    PipelineFixture pipeline;
    QVERIFY2(pipeline.setUpError().isEmpty(), qPrintable(pipeline.setUpError()));
    Ui::MainWindow window(pipeline.dataDir());
    Ui::TrayIcon tray(&window);
    window.show();
    const QString error = pipeline.startEngine([&window, &tray](Engine &engine) {
        Ui::bindEngine(engine, window);
        tray.setEngine(&engine);
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->item(0)->text(), u"Monitor"_s);
    window.findChild<QAction *>(u"showConnectionsAction"_s)->trigger(); // looking elsewhere

    // The provider refuses two orders for good (an unverified sender, say).
    pipeline.fake().queueModes({FakeSendGrid::Mode::Reject400, FakeSendGrid::Mode::Reject400});
    WebhookClient client;
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(postOrder(pipeline, client, 8'000 + i, 4000 + i, QByteArray::number(i)), 200);
        QTRY_COMPARE(pipeline.value(u"SELECT COUNT(*) FROM notifications WHERE state = 'failed'"_s).toInt(), i + 1);
        QTRY_COMPARE(navigation->item(0)->text(), u"Monitor (%1)"_s.arg(i + 1));
        QVERIFY2(navigation->item(0)->toolTip().contains(u"could not be sent"_s),
                 qPrintable(navigation->item(0)->toolTip()));
        QTRY_VERIFY2(tray.lastMessage().startsWith(u"A message to jane@example.com could not be sent"_s),
                     qPrintable(tray.lastMessage()));
    }
    QVERIFY(navigation->item(0)->font().bold());
    screenshot(&window, u"badge"_s);

    // Looking at the Monitor clears it; the shortcut list still names the page plainly.
    window.showMonitor();
    QTRY_COMPARE(navigation->item(0)->text(), u"Monitor"_s);
    QVERIFY(!navigation->item(0)->font().bold());
    const auto shortcuts = window.shortcuts();
    QVERIFY(std::any_of(shortcuts.cbegin(), shortcuts.cend(),
                        [](const Ui::ShortcutEntry &entry) { return entry.where == u"Monitor"_s; }));
}

QTEST_MAIN(TestMonitorLive)
#include "tst_monitorlive.moc"
