#pragma once

#include "dispatch/testmode.h"

#include <QObject>

class QAction;
class QWidget;

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

class MessageBanner;

// The window's part of test mode: Sending → Test Mode… (the dialog), and a banner across the top that stays
// while test mode is on, says where customers' messages go, and offers Go Live.
class TestModeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestModeController)

public:
    // `window` parents the dialog and the banner (which the window places).
    explicit TestModeController(QWidget *window);
    ~TestModeController() override;

    void setEngine(Engine *engine);

    QAction *action() const { return m_action; }

    MessageBanner *banner() const { return m_banner; }

    // Opens the dialog (the action's slot).
    void configure();
    // Turns test mode off after asking (the banner's button).
    void goLive();

private:
    void update(const TestMode &mode);

    QWidget *m_window;
    Engine *m_engine = nullptr;
    QAction *m_action;
    MessageBanner *m_banner;
};

} // namespace Tidings::Ui
