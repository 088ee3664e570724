#include "channels/channeldialog.h"
#include "channels/channelspage.h"
#include "connectionswindow.h"
#include "credentials/secretstore.h"
#include "fakes/fakesendgrid.h"
#include "screenshot.h"
#include "widgets/messagebanner.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Tidings::Ui;
using namespace Qt::StringLiterals;

namespace {

const QString BackupKey = u"SG.backup-from-the-window"_s;

void screenshot(QWidget *widget, const QString &name)
{
    QVERIFY2(Tidings::Test::screenshot(widget, u"channels"_s, name), qPrintable(name));
}

} // namespace

// The Channels page on a running engine: add a channel with a test message first, edit it keeping its key,
// turn it off, remove it; the fixture's channel cannot be removed while rules use it.
class tst_ChannelsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void page_listsTheChannels_ctrl3ShowsIt();
    void add_testFirst_thenSave_edit_toggle_remove();
    void remove_channelUsedByRules_isRefusedInTheWindow();

private:
    ChannelsPage *page() const { return m_ui->window().channelsPage(); }

    QString key(const QString &channelId) const;

    std::unique_ptr<ConnectionsWindow> m_ui;
    std::unique_ptr<FakeSendGrid> m_backup;
};

void tst_ChannelsPage::initTestCase()
{
    ConnectionsWindow::prepareApplication(u"tst_channelspage"_s);
}

void tst_ChannelsPage::init()
{
    m_ui = std::make_unique<ConnectionsWindow>();
    const QString error = m_ui->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_backup = std::make_unique<FakeSendGrid>(BackupKey);
    QVERIFY(m_backup->listen());
}

void tst_ChannelsPage::cleanup()
{
    m_ui.reset();
    m_backup.reset();
}

QString tst_ChannelsPage::key(const QString &channelId) const
{
    const QString profile = m_ui->pipeline().value(u"SELECT value FROM settings WHERE key = 'profile_id'"_s).toString();
    return secretKey(profile, u"channel"_s, channelId, u"apiKey"_s);
}

void tst_ChannelsPage::page_listsTheChannels_ctrl3ShowsIt()
{
    QVERIFY(page());
    QCOMPARE(page()->list()->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = page()->list()->topLevelItem(0);
    QCOMPARE(row->text(0), u"SendGrid"_s);
    QCOMPARE(row->text(1), u"SendGrid"_s);
    QCOMPARE(row->text(3), u"On"_s);
    auto *show = m_ui->window().findChild<QAction *>(u"showChannelsAction"_s);
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(u"Ctrl+3"_s));
    show->trigger();
    QCOMPARE(m_ui->window().findChild<QListWidget *>(u"navigation"_s)->currentRow(), 2);
}

void tst_ChannelsPage::add_testFirst_thenSave_edit_toggle_remove()
{
    page()->addAction()->trigger();
    ChannelDialog *dialog = page()->openDialog();
    QVERIFY(dialog);
    dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(u"slack-webhook"_s));
    QVERIFY(dialog->checkButton()->isHidden()); // posting to the hook would deliver a message
    dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(u"sendgrid"_s));
    dialog->nameField()->setText(u"Backup mail"_s);
    QVERIFY(dialog->field(u"fromEmail"_s));
    dialog->field(u"fromEmail"_s)->setText(u"orders@juniper-pine.example"_s);
    dialog->field(u"baseUrl"_s)->setText(m_backup->baseUrl().toString());
    dialog->secretField(u"apiKey"_s)->setText(u"SG.typo"_s);
    dialog->testAddressField()->setText(u"owner@juniper-pine.example"_s);

    // Test Connection: only for providers with a harmless check; it sends nothing.
    QVERIFY(!dialog->checkButton()->isHidden());
    QSignalSpy checked(dialog, &ChannelDialog::checkFinished);
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QTRY_COMPARE(checked.count(), 1);
    QCOMPARE(checked.last().first().toBool(), false);
    QVERIFY2(dialog->testResult()->text().startsWith(u"Not connected: SendGrid refused the API key"_s),
             qPrintable(dialog->testResult()->text()));
    QVERIFY(!dialog->testResult()->text().contains(u"SG.typo"_s));
    QCOMPARE(m_backup->acceptedCount(), 0);
    m_backup->clearRequests();

    QSignalSpy tested(dialog, &ChannelDialog::testFinished);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_COMPARE(tested.count(), 1);
    QCOMPARE(tested.last().first().toBool(), false);
    QVERIFY2(dialog->testResult()->text().contains(u"refused the API key"_s), qPrintable(dialog->testResult()->text()));
    QVERIFY(!dialog->testResult()->text().contains(u"SG.typo"_s));

    dialog->secretField(u"apiKey"_s)->setText(BackupKey);
    QCOMPARE(dialog->checkButton()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_C));
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QTRY_COMPARE(checked.count(), 2);
    QCOMPARE(checked.last().first().toBool(), true);
    QCOMPARE(dialog->testResult()->text(), u"Connected: the API key may send mail."_s);
    m_backup->clearRequests();

    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_COMPARE(tested.count(), 2);
    QCOMPARE(tested.last().first().toBool(), true);
    QVERIFY(dialog->testResult()->text().startsWith(u"Sent: SendGrid accepted the test message"_s));
    QCOMPARE(m_backup->requestCount(), 1); // the accepted one (the refused try was cleared above)
    screenshot(dialog, u"add"_s);

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!page()->openDialog());
    QCOMPARE(page()->list()->topLevelItemCount(), 2);
    QCOMPARE(m_ui->pipeline().value(u"SELECT name FROM channels WHERE id = 'backup-mail'"_s).toString(),
             u"Backup mail"_s);
    QCOMPARE(m_ui->pipeline().secrets().secrets().value(key(u"backup-mail"_s)), BackupKey);
    m_ui->window().findChild<QAction *>(u"showChannelsAction"_s)->trigger();
    screenshot(&m_ui->window(), u"page"_s);

    // Edit: the name changes, the key field left empty keeps the saved key.
    page()->list()->setCurrentItem(page()->list()->topLevelItem(1));
    page()->editAction()->trigger();
    dialog = page()->openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->field(u"baseUrl"_s)->text(), m_backup->baseUrl().toString());
    QVERIFY(!dialog->providerBox()->isEnabled());
    dialog->nameField()->setText(u"Backup mail (EU)"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!page()->openDialog());
    QCOMPARE(m_ui->pipeline().value(u"SELECT name FROM channels WHERE id = 'backup-mail'"_s).toString(),
             u"Backup mail (EU)"_s);
    QCOMPARE(m_ui->pipeline().secrets().secrets().value(key(u"backup-mail"_s)), BackupKey);

    // Turn off, then remove.
    page()->list()->setCurrentItem(page()->list()->topLevelItem(1));
    page()->toggleAction()->trigger();
    QTRY_COMPARE(page()->list()->topLevelItem(1)->text(3), u"Off"_s);
    page()->list()->setCurrentItem(page()->list()->topLevelItem(1));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page()->removeAction()->trigger();
    QTRY_COMPARE(page()->list()->topLevelItemCount(), 1);
    QTRY_VERIFY(!m_ui->pipeline().secrets().secrets().contains(key(u"backup-mail"_s)));
}

void tst_ChannelsPage::remove_channelUsedByRules_isRefusedInTheWindow()
{
    page()->list()->setCurrentItem(page()->list()->topLevelItem(0));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page()->removeAction()->trigger();
    QCOMPARE(m_ui->window().messageBanner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(m_ui->window().messageBanner()->text().contains(u"rule"_s),
             qPrintable(m_ui->window().messageBanner()->text()));
    QCOMPARE(page()->list()->topLevelItemCount(), 1);
}

QTEST_MAIN(tst_ChannelsPage)
#include "tst_channelspage.moc"
