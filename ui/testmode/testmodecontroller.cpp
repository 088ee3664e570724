#include "testmode/testmodecontroller.h"

#include "engine.h"
#include "testmode/testmodedialog.h"
#include "widgets/messagebanner.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QPointer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

TestModeController::TestModeController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Test Mode…"), this))
    , m_banner(new MessageBanner(window))
{
    m_action->setObjectName(u"testModeAction"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_action->setToolTip(tr("Send customers' messages to yourself while you try Tidings out"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &TestModeController::configure);

    m_banner->setObjectName(u"testModeBanner"_s);
    m_banner->setDismissible(false);
    m_banner->setAction(tr("&Go Live…"));
    connect(m_banner, &MessageBanner::actionTriggered, this, &TestModeController::goLive);
    m_banner->hide();
}

TestModeController::~TestModeController() = default;

void TestModeController::setEngine(Engine *engine)
{
    if (m_engine) {
        disconnect(m_engine, nullptr, this, nullptr);
    }
    m_engine = engine;
    m_action->setEnabled(engine != nullptr);
    if (engine) {
        connect(engine, &Engine::testModeChanged, this, &TestModeController::update);
        update(engine->testMode());
    }
}

void TestModeController::configure()
{
    if (!m_engine) {
        return;
    }
    TestMode current = m_engine->testMode();
    if (current.email.isEmpty()) {
        // The sender address of the first email channel is most likely the owner's own.
        for (const ChannelConfig &channel : m_engine->config().channels) {
            if (!channel.fromEmail.isEmpty()) {
                current.email = channel.fromEmail;
                break;
            }
        }
    }
    if (auto *open = m_window->findChild<TestModeDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    const QPointer<Engine> engine(m_engine);
    auto *dialog = new TestModeDialog(
        current,
        [engine](const TestMode &mode) {
            return engine ? engine->setTestMode(mode)
                          : Status(Error::make(ErrorCode::Internal, tr("Tidings is shutting down.")));
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TestModeController::goLive()
{
    if (!m_engine) {
        return;
    }
    const auto answer = MessageBox::confirm(
        m_window, tr("Go Live"),
        tr("From now on your customers get their messages. Those sent in test mode stay with you; you can resend "
           "any of them from the Monitor."),
        tr("Go Live"));
    if (answer != QMessageBox::Yes) {
        return;
    }
    TestMode mode = m_engine->testMode();
    mode.enabled = false;
    if (const Status saved = m_engine->setTestMode(mode); !saved) {
        m_banner->showMessage(MessageBanner::Kind::Error, saved.error().message, saved.error().detail);
    }
}

void TestModeController::update(const TestMode &mode)
{
    m_action->setText(mode.enabled ? tr("&Test Mode (On)…") : tr("&Test Mode…"));
    if (!mode.enabled) {
        m_banner->hide();
        return;
    }
    const QString text =
        mode.phone.isEmpty()
            ? tr("Test mode: customers' emails go to %1, and text messages to customers are not sent.").arg(mode.email)
            : tr("Test mode: customers' emails go to %1 and their text messages to %2.").arg(mode.email, mode.phone);
    m_banner->showMessage(MessageBanner::Kind::Warning, text);
}

} // namespace Tidings::Ui
