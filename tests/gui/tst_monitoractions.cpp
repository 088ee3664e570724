// The Monitor's Notify Now and Replay Through Rules on a running engine, by keyboard, to the fake SendGrid.
#include "enginebinding.h"
#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "mainwindow.h"
#include "monitor/eventdetailsview.h"
#include "monitor/monitorpage.h"
#include "monitor/notifynowdialog.h"
#include "monitor/ordertimelinedialog.h"
#include "monitor/replaydialog.h"
#include "pipelinefixture.h"
#include "screenshot.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    QVERIFY2(Tidings::Test::screenshot(widget, u"monitor"_s, name), qPrintable(name));
}

int postOrder(const PipelineFixture &pipeline)
{
    WebhookClient client;
    return client
        .postShopify(pipeline.webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                     PipelineFixture::SigningSecret, "wh-1", "ev-1")
        .status;
}

// Selects the newest event and gives the table the keyboard.
void selectNewest(Ui::MainWindow &window, QTableView *table)
{
    table->setCurrentIndex(table->model()->index(0, 0));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
}

} // namespace

class TestMonitorActions final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void notifyNow_ctrlShiftN_sendsThePickedTemplate();
    void replay_ctrlShiftY_dryRunThenOnlyTheNewMessage();
    void orderHistory_ctrlShiftH_showsTheMessageExactlyAsSent();
};

void TestMonitorActions::notifyNow_ctrlShiftN_sendsThePickedTemplate()
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

    QCOMPARE(postOrder(pipeline), 200);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTRY_COMPARE(pipeline.fake().acceptedCount(), 1);
    QVERIFY(!page->notifyNowAction()->isEnabled()); // nothing selected
    QCOMPARE(page->notifyNowAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    selectNewest(window, table);
    QTRY_VERIFY(page->notifyNowAction()->isEnabled());

    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    Ui::NotifyNowDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->notifyNowDialog()) != nullptr);
    QVERIFY(!page->notifyNowAction()->isEnabled()); // one at a time
    QCOMPARE(dialog->channelBox()->count(), 1);
    QCOMPARE(dialog->channelBox()->currentText(), u"SendGrid"_s);
    QCOMPARE(dialog->recipientField()->text(), u"jane@example.com"_s); // the order's email
    const int shipped = dialog->templateBox()->findData(u"shipped"_s);
    QVERIFY(shipped >= 0);
    QVERIFY(dialog->templateBox()->findData(u"order_confirmed"_s) >= 0);
    QVERIFY(dialog->templateBox()->itemText(shipped) != u"shipped"_s); // a readable name, not the id
    dialog->templateBox()->setCurrentIndex(shipped);
    QVERIFY2(dialog->summaryLabel()->text().contains(u"jane@example.com"_s),
             qPrintable(dialog->summaryLabel()->text()));

    // A mistyped address is refused in the dialog; nothing is queued.
    dialog->recipientField()->selectAll();
    QTest::keyClicks(dialog->recipientField(), u"jane at work"_s);
    QTest::keyClick(dialog->recipientField(), Qt::Key_Return);
    QTRY_VERIFY(dialog->problemLabel()->isVisible());
    QVERIFY2(dialog->problemLabel()->text().contains(u"not an email address"_s),
             qPrintable(dialog->problemLabel()->text()));
    QCOMPARE(pipeline.value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 1);

    dialog->recipientField()->selectAll();
    QTest::keyClicks(dialog->recipientField(), u"jane.doe@work.example"_s);
    screenshot(dialog, u"notify-now"_s);
    const QPointer<Ui::NotifyNowDialog> open(dialog);
    QTest::keyClick(dialog->recipientField(), Qt::Key_Return);
    QTRY_VERIFY(!open);
    QTRY_COMPARE(pipeline.fake().acceptedCount(), 2);
    const auto sent = pipeline.fake().request(pipeline.fake().requestCount() - 1);
    QCOMPARE(sent.to().value(u"email"_s).toString(), u"jane.doe@work.example"_s);
    QTRY_COMPARE(pipeline
                     .value(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'by-hand' AND template_id = 'shipped'"
                            " AND channel_id = 'sendgrid' AND recipient = 'jane.doe@work.example' AND state = 'sent'"_s)
                     .toInt(),
                 1);
    // The Monitor's details of the event show it.
    auto *messages = window.findChild<QTextBrowser *>(u"detailsMessages"_s); // the Templates page has others
    QVERIFY(messages);
    QTRY_VERIFY2(messages->toPlainText().contains(u"jane.doe@work.example"_s), qPrintable(messages->toPlainText()));
    QTRY_VERIFY(page->notifyNowAction()->isEnabled()); // a person may send another
}

void TestMonitorActions::replay_ctrlShiftY_dryRunThenOnlyTheNewMessage()
{
    PipelineFixture pipeline;
    QVERIFY2(pipeline.setUpError().isEmpty(), qPrintable(pipeline.setUpError()));
    // The order came in and was confirmed under the first rules...
    QVERIFY2(pipeline.startEngine().isEmpty(), "the engine did not start");
    QCOMPARE(postOrder(pipeline), 200);
    QTRY_COMPARE(pipeline.fake().acceptedCount(), 1);
    pipeline.stopEngine();
    // ...then the owner added a copy of every confirmation for the shop.
    pipeline.value(u"INSERT INTO rules(id, trigger, template_id, channel_id, recipient, enabled, position)"
                   " VALUES('staff-copy', 'order.created', 'order_confirmed', 'sendgrid', 'owner@juniper-pine.example',"
                   " 1, 9)"_s);
    QCOMPARE(pipeline.value(u"SELECT COUNT(*) FROM rules"_s).toInt(), int(defaultRules(u"sendgrid"_s).size()) + 1);

    Ui::MainWindow window(pipeline.dataDir());
    window.show();
    const QString error = pipeline.startEngine([&window](Engine &engine) { Ui::bindEngine(engine, window); });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Ui::MonitorPage *page = window.monitorPage();
    auto *table = window.findChild<QTableView *>(u"monitorTable"_s);
    QVERIFY(page && table);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(page->replayAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    selectNewest(window, table);
    QTRY_VERIFY(page->replayAction()->isEnabled());

    QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    Ui::ReplayDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->replayDialog()) != nullptr);
    QTRY_VERIFY(dialog->isPlanned());
    QTreeWidget *list = dialog->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(Ui::ReplayDialog::Rule), u"order-confirmed"_s);
    QCOMPARE(list->topLevelItem(0)->text(Ui::ReplayDialog::Recipient), u"jane@example.com"_s);
    QCOMPARE(list->topLevelItem(0)->text(Ui::ReplayDialog::Outcome), u"Already sent"_s);
    QCOMPARE(list->topLevelItem(1)->text(Ui::ReplayDialog::Rule), u"staff-copy"_s);
    QCOMPARE(list->topLevelItem(1)->text(Ui::ReplayDialog::Channel), u"SendGrid"_s);
    QCOMPARE(list->topLevelItem(1)->text(Ui::ReplayDialog::Outcome), u"Will be sent"_s);
    QVERIFY(dialog->sendButton()->isVisible());
    QVERIFY2(dialog->statusLabel()->text().contains(u"1 new message"_s), qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(pipeline.value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 1); // a dry run
    screenshot(dialog, u"replay"_s);

    const QPointer<Ui::ReplayDialog> open(dialog);
    QTest::keyClick(list, Qt::Key_Return); // the default button: Send 1 New Message
    QTRY_VERIFY(!open);
    QTRY_COMPARE(pipeline.fake().acceptedCount(), 2);
    QCOMPARE(pipeline.fake().request(pipeline.fake().requestCount() - 1).to().value(u"email"_s).toString(),
             u"owner@juniper-pine.example"_s);

    // Again: nothing new, the dialog says so and offers only Close.
    QTRY_VERIFY(page->replayAction()->isEnabled());
    selectNewest(window, table);
    QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY((dialog = page->replayDialog()) != nullptr);
    QTRY_VERIFY(dialog->isPlanned());
    QCOMPARE(dialog->list()->topLevelItemCount(), 2);
    QVERIFY(!dialog->sendButton()->isVisible());
    QVERIFY2(dialog->statusLabel()->text().contains(u"Nothing new"_s), qPrintable(dialog->statusLabel()->text()));
    screenshot(dialog, u"replay-nothing-new"_s);
    const QPointer<Ui::ReplayDialog> second(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!second);
    QTRY_COMPARE(pipeline.value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), 2);
}

// The order's history lists the event and its message; the message reads back exactly as the provider got it, even
// after the owner publishes a new text of its template.
void TestMonitorActions::orderHistory_ctrlShiftH_showsTheMessageExactlyAsSent()
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
    QCOMPARE(postOrder(pipeline), 200);
    QTRY_COMPARE(pipeline.fake().acceptedCount(), 1);
    QTRY_COMPARE(pipeline.value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s); // and recorded
    const auto request = pipeline.fake().request(0);
    const QString subject = request.json.value(u"subject"_s).toString();
    const QString text = request.json.value(u"content"_s).toArray().first().toObject().value(u"value"_s).toString();
    QVERIFY(!subject.isEmpty() && !text.isEmpty());

    // The owner publishes a new text afterwards: what was sent stays what it was.
    auto entries = pipeline.engine().templateEntries();
    QVERIFY(entries.ok());
    MessageTemplate edited;
    for (const TemplateEntry &entry : std::as_const(*entries)) {
        if (entry.live.id == u"order_confirmed"_s && entry.live.language.isEmpty()) {
            edited = entry.live;
        }
    }
    QVERIFY(!edited.id.isEmpty());
    edited.subject = u"Changed {{order.number}}"_s;
    edited.text = u"Changed"_s;
    QVERIFY(pipeline.engine().saveTemplateDraft(edited).ok());
    QVERIFY(pipeline.engine().publishTemplate(edited.id, {}).ok());

    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(page->orderHistoryAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    selectNewest(window, table);
    QTRY_VERIFY(page->orderHistoryAction()->isEnabled());
    QTest::keyClick(table, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    Ui::OrderTimelineDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->orderHistoryDialog()) != nullptr);
    QVERIFY2(dialog->windowTitle().contains(u"1042"_s), qPrintable(dialog->windowTitle()));

    QTreeWidget *timeline = dialog->timeline();
    QCOMPARE(timeline->topLevelItemCount(), 1);
    QTreeWidgetItem *event = timeline->topLevelItem(0);
    QCOMPARE(event->type(), int(Ui::OrderTimelineDialog::EventItem));
    QCOMPARE(event->childCount(), 1);
    QTreeWidgetItem *message = event->child(0);
    QCOMPARE(message->type(), int(Ui::OrderTimelineDialog::MessageItem));
    QCOMPARE(message->childCount(), 1);         // its one attempt
    QCOMPARE(timeline->currentItem(), message); // the newest message is what a customer asks about
    QTRY_COMPARE(dialog->focusWidget(), timeline);

    QCOMPARE(dialog->subjectLabel()->text(), Ui::OrderTimelineDialog::tr("Subject: %1").arg(subject));
    QString shown = text; // a text view gives non-breaking spaces (money: "49,90 €") back as plain ones
    shown.replace(QChar::Nbsp, u' ');
    QCOMPARE(dialog->textView()->toPlainText(), shown);
    QVERIFY(!dialog->htmlView()->toPlainText().isEmpty());
    QVERIFY2(dialog->sentNote()->text().contains(u"Exactly as sent"_s), qPrintable(dialog->sentNote()->text()));
    screenshot(dialog, u"order-history"_s);

    // Down to the attempt: the provider's answer; up to the event: its payload as received.
    QTest::keyClick(timeline, Qt::Key_Down);
    QCOMPARE(timeline->currentItem()->type(), int(Ui::OrderTimelineDialog::AttemptItem));
    QVERIFY2(dialog->detailView()->toPlainText().contains(Ui::EventDetailsView::outcomeText(AttemptOutcome::Accepted)),
             qPrintable(dialog->detailView()->toPlainText()));
    timeline->setCurrentItem(event);
    QVERIFY2(dialog->detailView()->toPlainText().contains(u"\"order_number\""_s) ||
                 dialog->detailView()->toPlainText().contains(u"1042"_s),
             qPrintable(dialog->detailView()->toPlainText().left(200)));

    const QPointer<Ui::OrderTimelineDialog> open(dialog);
    QTest::keyClick(timeline, Qt::Key_Escape);
    QTRY_VERIFY(!open);
}

QTEST_MAIN(TestMonitorActions)
#include "tst_monitoractions.moc"
