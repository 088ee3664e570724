#pragma once

#include "model/error.h"

#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

class ChannelDialog;

// Where messages go: every channel with its provider, sender and state; Add, Edit, Send Test Message,
// Turn off/on, Pause/Resume and Remove, each with a shortcut while the page has focus. Changes go through the engine
// while it runs.
class ChannelsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelsPage)

public:
    explicit ChannelsPage(QWidget *parent = nullptr);
    ~ChannelsPage() override;

    void setEngine(Engine *engine);

    QTreeWidget *list() const { return m_list; }

    QAction *addAction() const { return m_add; }

    QAction *editAction() const { return m_edit; }

    QAction *removeAction() const { return m_remove; }

    QAction *toggleAction() const { return m_toggle; }

    // Pauses or resumes the selected channel (Engine::setChannelPaused): its messages wait, nothing fails.
    QAction *pauseAction() const { return m_pause; }

    // Opens the channel's dialog and starts its "Sign in with …" (the window's "Sign In Again").
    void signInAgain(const QString &channelId);

    // The dialog the last Add or Edit opened while it is open (for tests), else nullptr.
    ChannelDialog *openDialog() const;

signals:
    void errorOccurred(const Tidings::Error &error);

private:
    void reload();
    void updateActions();
    QString selectedId() const;
    void addChannel();
    void editChannel();
    ChannelDialog *openEditDialog(const QString &channelId);
    void removeChannel();
    void toggleChannel();
    void togglePause();

    Engine *m_engine = nullptr;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_toggle;
    QAction *m_pause;
};

} // namespace Tidings::Ui
