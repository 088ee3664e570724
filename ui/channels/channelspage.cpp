#include "channels/channelspage.h"

#include "channels/channeldialog.h"
#include "engine.h"
#include "widgets/messagebox.h"
#include "widgets/pageactions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

ChannelsPage::ChannelsPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"channelsPage"_s);
    m_add =
        addPageAction(this, u"addChannelAction"_s, tr("&Add channel…"), QKeySequence::New, &ChannelsPage::addChannel);
    m_edit =
        addPageAction(this, u"editChannelAction"_s, tr("&Edit…"), QKeySequence(Qt::Key_F2), &ChannelsPage::editChannel);
    m_toggle = addPageAction(this, u"toggleChannelAction"_s, tr("Turn o&ff"), QKeySequence(Qt::CTRL | Qt::Key_E),
                             &ChannelsPage::toggleChannel);
    m_pause = addPageAction(this, u"pauseChannelAction"_s, tr("&Pause"), QKeySequence(Qt::CTRL | Qt::Key_P),
                            &ChannelsPage::togglePause);
    m_remove = addPageAction(this, u"removeChannelAction"_s, tr("&Remove"), QKeySequence::Delete,
                             &ChannelsPage::removeChannel);

    m_list->setObjectName(u"channelsList"_s);
    m_list->setAccessibleName(tr("Channels"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Channel"), tr("Provider"), tr("Sends as"), tr("State")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->resizeSection(0, fontMetrics().averageCharWidth() * 30);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ChannelsPage::updateActions);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { editChannel(); });

    m_empty->setObjectName(u"channelsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No channel yet. Add one to tell Tidings how your messages go out: your mail provider "
                        "for customers, Slack for your staff, or a webhook for your automations."));

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_add, m_edit, m_toggle, m_pause, m_remove}) {
        buttons->addWidget(textButtonFor(action, this));
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    reload();
}

ChannelsPage::~ChannelsPage() = default;

void ChannelsPage::setEngine(Engine *engine)
{
    if (m_engine) {
        disconnect(m_engine, nullptr, this, nullptr);
    }
    m_engine = engine;
    if (engine) {
        connect(engine, &Engine::channelsChanged, this, &ChannelsPage::reload);
        connect(engine, &Engine::started, this, &ChannelsPage::reload);
        connect(engine, &Engine::channelNeedsSignIn, this, &ChannelsPage::reload);
        connect(engine, &Engine::channelSignInRestored, this, &ChannelsPage::reload);
        connect(engine, &Engine::channelPausedChanged, this, &ChannelsPage::reload);
    }
    reload();
}

ChannelDialog *ChannelsPage::openDialog() const
{
    const auto dialogs = findChildren<ChannelDialog *>();
    for (ChannelDialog *dialog : dialogs) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

void ChannelsPage::reload()
{
    const QString selected = selectedId();
    m_list->clear();
    const QList<ChannelConfig> channels = m_engine ? m_engine->config().channels : QList<ChannelConfig>();
    const QHash<QString, Error> waiting = m_engine ? m_engine->channelsNeedingSignIn() : QHash<QString, Error>();
    for (const ChannelConfig &channel : channels) {
        const ChannelTypeInfo *info = channelTypeInfo(channel.type);
        QString sendsAs = channel.fromEmail;
        if (!channel.fromName.isEmpty() && !sendsAs.isEmpty()) {
            sendsAs = u"%1 <%2>"_s.arg(channel.fromName, channel.fromEmail);
        }
        const bool needsSignIn = channel.enabled && waiting.contains(channel.id);
        const bool paused = channel.enabled && m_engine->isChannelPaused(channel.id);
        const QString state = !channel.enabled ? tr("Off")
                              : paused         ? tr("Paused")
                              : needsSignIn    ? tr("Needs sign-in")
                                               : tr("On");
        auto *item =
            new QTreeWidgetItem(m_list, {channel.name, info ? info->displayName : channel.type, sendsAs, state});
        item->setData(0, Qt::UserRole, channel.id);
        if (paused) {
            item->setToolTip(3, tr("Its messages wait until you resume the channel (%1).")
                                    .arg(m_pause->shortcut().toString(QKeySequence::NativeText)));
            item->setIcon(3, style()->standardIcon(QStyle::SP_MediaPause));
        } else if (needsSignIn) {
            item->setToolTip(3, waiting.value(channel.id).message);
            item->setIcon(3, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        if (channel.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_empty->setVisible(channels.isEmpty());
    updateActions();
}

void ChannelsPage::updateActions()
{
    const QString id = selectedId();
    m_add->setEnabled(m_engine != nullptr);
    m_edit->setEnabled(m_engine && !id.isEmpty());
    m_remove->setEnabled(m_engine && !id.isEmpty());
    m_toggle->setEnabled(m_engine && !id.isEmpty());
    bool enabled = true;
    if (m_engine) {
        for (const ChannelConfig &channel : m_engine->config().channels) {
            if (channel.id == id) {
                enabled = channel.enabled;
            }
        }
    }
    m_toggle->setText(enabled ? tr("Turn o&ff") : tr("Turn o&n"));
    m_pause->setEnabled(m_engine && !id.isEmpty());
    const bool paused = m_engine && m_engine->isChannelPaused(id);
    m_pause->setText(paused ? tr("Res&ume") : tr("&Pause"));
    m_pause->setToolTip(paused ? tr("Sends this channel's waiting messages now.")
                               : tr("Holds this channel's messages until you resume it; nothing fails, and the "
                                    "other channels keep sending."));
}

QString ChannelsPage::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void ChannelsPage::addChannel()
{
    if (!m_engine) {
        return;
    }
    auto *dialog = new ChannelDialog(m_engine, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChannelsPage::editChannel()
{
    openEditDialog(selectedId());
}

ChannelDialog *ChannelsPage::openEditDialog(const QString &channelId)
{
    if (!m_engine) {
        return nullptr;
    }
    for (const ChannelConfig &channel : m_engine->config().channels) {
        if (channel.id == channelId) {
            auto *dialog = new ChannelDialog(m_engine, &channel, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            return dialog;
        }
    }
    return nullptr;
}

void ChannelsPage::signInAgain(const QString &channelId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toString() == channelId) {
            m_list->setCurrentItem(item);
        }
    }
    if (ChannelDialog *open = openDialog()) {
        // One dialog at a time: that one is raised, and signs in if it is this channel's.
        open->raise();
        if (open->channel().id == channelId) {
            open->startSignIn();
        }
        return;
    }
    if (ChannelDialog *dialog = openEditDialog(channelId)) {
        dialog->startSignIn();
    }
}

void ChannelsPage::toggleChannel()
{
    if (!m_engine) {
        return;
    }
    const QString id = selectedId();
    for (ChannelConfig channel : m_engine->config().channels) {
        if (channel.id == id) {
            channel.enabled = !channel.enabled;
            QPointer<ChannelsPage> self(this);
            const Status started = m_engine->updateChannel(channel, {}, [self](const Status &status) {
                if (self && !status) {
                    emit self->errorOccurred(status.error());
                }
            });
            if (!started) {
                emit errorOccurred(started.error());
            }
            return;
        }
    }
}

void ChannelsPage::togglePause()
{
    const QString id = selectedId();
    if (m_engine && !id.isEmpty()) {
        m_engine->setChannelPaused(id, !m_engine->isChannelPaused(id));
    }
}

void ChannelsPage::removeChannel()
{
    if (!m_engine) {
        return;
    }
    const QString id = selectedId();
    const QTreeWidgetItem *item = m_list->currentItem();
    if (id.isEmpty() || !item) {
        return;
    }
    if (MessageBox::confirm(this, tr("Remove Channel"),
                            tr("Remove “%1”? Its key is deleted from the keychain.").arg(item->text(0)),
                            tr("Remove")) != QMessageBox::Yes) {
        return;
    }
    QPointer<ChannelsPage> self(this);
    const Status started = m_engine->removeChannel(id, [self](const Status &status) {
        if (self && !status) {
            emit self->errorOccurred(status.error());
        }
    });
    if (!started) {
        emit errorOccurred(started.error());
    }
}

} // namespace Tidings::Ui
