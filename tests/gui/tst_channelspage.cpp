#include "channels/channeldialog.h"
#include "channels/channelspage.h"
#include "channels/deliverygroup.h"
#include "connectionswindow.h"
#include "credentials/secretstore.h"
#include "fakes/fakesendgrid.h"
#include "screenshot.h"
#include "widgets/messagebanner.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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
    void dialog_retriesAndFallback_savedInTheChannelsOptions();
    void pause_ctrlP_pausesTheSelectedChannel_andResumes();

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

void tst_ChannelsPage::dialog_retriesAndFallback_savedInTheChannelsOptions()
{
    page()->addAction()->trigger();
    ChannelDialog *dialog = page()->openDialog();
    QVERIFY(dialog);
    DeliveryGroup *group = dialog->deliveryGroup();
    QVERIFY(group);

    // Every field has a label that reaches it with Alt+letter, and says what it does.
    const QList<QWidget *> fields{group->maxAttemptsBox(), group->maxAgeBox(), group->fallbackBox(),
                                  group->fallbackAfterBox()};
    for (QWidget *field : fields) {
        const auto labels = group->findChildren<QLabel *>();
        const bool labelled = std::any_of(labels.cbegin(), labels.cend(), [field](const QLabel *label) {
            return label->buddy() == field && label->text().contains(u'&');
        });
        QVERIFY2(labelled, qPrintable(field->objectName()));
        QVERIFY(!field->toolTip().isEmpty());
        QVERIFY(field->focusPolicy() & Qt::TabFocus);
    }

    // Staff chat offers no email channel as its fallback; email offers the fixture's SendGrid channel.
    dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(u"slack-webhook"_s));
    QCOMPARE(group->fallbackBox()->count(), 1);
    QVERIFY(!group->fallbackAfterBox()->isEnabled());
    dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(u"sendgrid"_s));
    const QString fixtureId = m_ui->pipeline().engine().config().channels.constFirst().id;
    const int fallbackIndex = group->fallbackBox()->findData(fixtureId);
    QVERIFY(fallbackIndex > 0);

    dialog->nameField()->setText(u"Backup mail"_s);
    dialog->field(u"fromEmail"_s)->setText(u"orders@juniper-pine.example"_s);
    dialog->field(u"baseUrl"_s)->setText(m_backup->baseUrl().toString());
    dialog->secretField(u"apiKey"_s)->setText(BackupKey);
    group->maxAttemptsBox()->setValue(4);
    group->maxAgeBox()->setValue(12);
    group->fallbackBox()->setCurrentIndex(fallbackIndex);
    QVERIFY(group->fallbackAfterBox()->isEnabled());
    group->fallbackAfterBox()->setValue(2);
    screenshot(dialog, u"retries"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!page()->openDialog());

    const QJsonObject options =
        QJsonDocument::fromJson(
            m_ui->pipeline().value(u"SELECT options FROM channels WHERE id = 'backup-mail'"_s).toString().toUtf8())
            .object();
    QCOMPARE(options.value(u"fallbackChannelId"_s).toString(), fixtureId);
    const QJsonObject retry = options.value(u"retry"_s).toObject();
    QCOMPARE(retry.value(u"maxAttempts"_s).toInt(), 4);
    QCOMPARE(retry.value(u"maxAgeHours"_s).toInt(), 12);
    QCOMPARE(retry.value(u"fallbackAfter"_s).toInt(), 2);

    // Edit shows them again; "Default" and "No fallback" take the keys away.
    page()->list()->setCurrentItem(page()->list()->topLevelItem(1));
    page()->editAction()->trigger();
    dialog = page()->openDialog();
    QVERIFY(dialog);
    group = dialog->deliveryGroup();
    QCOMPARE(group->maxAttemptsBox()->value(), 4);
    QCOMPARE(group->maxAgeBox()->value(), 12);
    QCOMPARE(group->fallbackBox()->currentData().toString(), fixtureId);
    QCOMPARE(group->fallbackAfterBox()->value(), 2);
    QVERIFY(group->fallbackBox()->findData(u"backup-mail"_s) < 0); // never its own fallback
    group->maxAttemptsBox()->setValue(0);
    QCOMPARE(group->maxAttemptsBox()->text(), u"Default (10)"_s);
    group->maxAgeBox()->setValue(0);
    group->fallbackBox()->setCurrentIndex(0);
    const ChannelConfig edited = dialog->channel();
    QVERIFY(!edited.options.contains(u"retry"_s));
    QVERIFY(!edited.options.contains(u"fallbackChannelId"_s));
    dialog->reject();
}

void tst_ChannelsPage::pause_ctrlP_pausesTheSelectedChannel_andResumes()
{
    m_ui->window().findChild<QAction *>(u"showChannelsAction"_s)->trigger();
    QApplication::setActiveWindow(&m_ui->window());
    QVERIFY(QTest::qWaitForWindowActive(&m_ui->window()));
    page()->list()->setCurrentItem(page()->list()->topLevelItem(0));
    page()->list()->setFocus();
    const QString id = page()->list()->topLevelItem(0)->data(0, Qt::UserRole).toString();
    QCOMPARE(page()->pauseAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QCOMPARE(page()->pauseAction()->text(), u"&Pause"_s);
    QSignalSpy changed(&m_ui->pipeline().engine(), &Engine::channelPausedChanged);

    QTest::keyClick(page()->list(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_ui->pipeline().engine().isChannelPaused(id));
    QTRY_COMPARE(page()->list()->topLevelItem(0)->text(3), u"Paused"_s);
    QVERIFY(!page()->list()->topLevelItem(0)->toolTip(3).isEmpty());
    QCOMPARE(page()->pauseAction()->text(), u"Res&ume"_s);
    // The dispatcher keeps it for the next start.
    QTRY_COMPARE(m_ui->pipeline().value(u"SELECT value FROM settings WHERE key = 'paused_channels'"_s).toString(),
                 u"[\"%1\"]"_s.arg(id));
    screenshot(&m_ui->window(), u"paused"_s);

    QTest::keyClick(page()->list(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!m_ui->pipeline().engine().isChannelPaused(id));
    QTRY_COMPARE(page()->list()->topLevelItem(0)->text(3), u"On"_s);
    QCOMPARE(page()->pauseAction()->text(), u"&Pause"_s);
    QTRY_COMPARE(m_ui->pipeline().value(u"SELECT value FROM settings WHERE key = 'paused_channels'"_s).toString(),
                 u"[]"_s);
}

QTEST_MAIN(tst_ChannelsPage)
#include "tst_channelspage.moc"
