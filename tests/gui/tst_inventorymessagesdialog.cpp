#include "gui/screenshot.h"
#include "inventory/inventorymessagesdialog.h"
#include "pipelinefixture.h"
#include "store/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// Inventory → Inventory Messages…: who hears of low and sold-out products, and which customers are told about
// stock, chosen by keyboard, refused in place when it cannot work, kept across a restart.
class tst_InventoryMessagesDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void staffByEmail_needsAnAddress_thenSavesTwoRules();
    void customerMessages_offAndOnAgain();

private:
    QStringList rules(const QString &dataDir, const QString &where);
};

void tst_InventoryMessagesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QStringList tst_InventoryMessagesDialog::rules(const QString &dataDir, const QString &where)
{
    auto db = Database::open(dataDir, u"check"_s);
    if (!db) {
        return {u"cannot open"_s};
    }
    QSqlQuery q(db->handle());
    q.exec(u"SELECT id || ' ' || trigger || ' ' || template_id || ' ' || channel_id || ' ' || recipient FROM rules"
           " WHERE "_s +
           where + u" ORDER BY id"_s);
    QStringList rows;
    while (q.next()) {
        rows.append(q.value(0).toString());
    }
    return rows;
}

void tst_InventoryMessagesDialog::staffByEmail_needsAnAddress_thenSavesTwoRules()
{
    PipelineFixture pipeline;
    QVERIFY2(pipeline.setUpError().isEmpty(), qPrintable(pipeline.setUpError()));
    QString error = pipeline.startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(pipeline.engine().stockAlerts().channelId.isEmpty()); // nobody until the owner says
    const QString channelId = pipeline.engine().config().channels.constFirst().id;

    QWidget parent;
    parent.show();
    QPointer<Ui::InventoryMessagesDialog> dialog = Ui::InventoryMessagesDialog::openFor(&pipeline.engine(), &parent);
    QVERIFY(dialog);
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(dialog->staffChannelBox()->count(), 2); // nobody, and the shop's SendGrid channel
    QVERIFY(dialog->addressEdit()->isHidden());
    // The shop started with the default rules: its customers are told already.
    QVERIFY(dialog->backInStockBox()->isChecked());
    QVERIFY(dialog->backordersBox()->isChecked());
    QCOMPARE(dialog->customerChannelBox()->currentData().toString(), channelId);

    QTRY_VERIFY(dialog->staffChannelBox()->hasFocus());
    QTest::keyClick(dialog->staffChannelBox(), Qt::Key_Down);
    QTRY_VERIFY(dialog->addressEdit()->isVisible());
    // No address: refused in the window, nothing saved.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(dialog->problemLabel()->isVisible());
    QVERIFY2(dialog->problemLabel()->text().contains(u"email address"_s), qPrintable(dialog->problemLabel()->text()));
    QVERIFY(rules(pipeline.dataDir(), u"id LIKE 'stock-%'"_s).isEmpty());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(dialog->addressEdit()->hasFocus());
    QTest::keyClicks(dialog->addressEdit(), u"stock@shop.example"_s);
    QVERIFY(dialog->problemLabel()->isHidden());
    QVERIFY(screenshot(dialog, u"inventorymessages"_s, u"email"_s));
    QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog);

    QCOMPARE(pipeline.engine().stockAlerts().channelId, channelId);
    QCOMPARE(pipeline.engine().stockAlerts().address, u"stock@shop.example"_s);
    QCOMPARE(rules(pipeline.dataDir(), u"id LIKE 'stock-%'"_s),
             (QStringList{
                 u"stock-low-alert stock.status:low_stock low_stock %1 stock@shop.example"_s.arg(channelId),
                 u"stock-out-alert stock.status:out_of_stock out_of_stock %1 stock@shop.example"_s.arg(channelId)}));
    // A restart reads them back.
    pipeline.stopEngine();
    error = pipeline.startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pipeline.engine().stockAlerts().address, u"stock@shop.example"_s);
}

void tst_InventoryMessagesDialog::customerMessages_offAndOnAgain()
{
    PipelineFixture pipeline;
    QVERIFY2(pipeline.setUpError().isEmpty(), qPrintable(pipeline.setUpError()));
    const QString error = pipeline.startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString channelId = pipeline.engine().config().channels.constFirst().id;
    const QString customerRules = u"trigger IN ('stock.status:back_in_stock', 'order.backordered')"_s;
    QCOMPARE(rules(pipeline.dataDir(), customerRules).size(), 2);

    const auto save = [&](const Ui::InventoryMessagesDialog::Settings &settings) {
        if (Status staff = pipeline.engine().setStockAlerts(settings.staff); !staff) {
            return staff;
        }
        return pipeline.engine().setCustomerStockMessages(settings.customers);
    };
    {
        Ui::InventoryMessagesDialog dialog(pipeline.engine().config().channels,
                                           {pipeline.engine().stockAlerts(), pipeline.engine().customerStockMessages()},
                                           save);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.backInStockBox()->setChecked(false);
        dialog.backordersBox()->setChecked(false);
        QVERIFY(!dialog.customerChannelBox()->isEnabled());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
    QVERIFY(rules(pipeline.dataDir(), customerRules).isEmpty());
    QCOMPARE(pipeline.engine().customerStockMessages().backInStock, false);

    // Back on: one rule each again, with the default ids.
    Ui::InventoryMessagesDialog dialog(pipeline.engine().config().channels,
                                       {pipeline.engine().stockAlerts(), pipeline.engine().customerStockMessages()},
                                       save);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.backInStockBox()->setChecked(true);
    QVERIFY(dialog.customerChannelBox()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(rules(pipeline.dataDir(), customerRules),
             QStringList{u"back-in-stock stock.status:back_in_stock back_in_stock %1 customer"_s.arg(channelId)});
    QVERIFY(pipeline.engine().customerStockMessages().backInStock);
    QVERIFY(!pipeline.engine().customerStockMessages().backorders);
}

QTEST_MAIN(tst_InventoryMessagesDialog)
#include "tst_inventorymessagesdialog.moc"
