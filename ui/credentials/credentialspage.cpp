#include "credentials/credentialspage.h"

#include "engine.h"
#include "sources/polling/poller.h"
#include "widgets/messagebox.h"
#include "widgets/pageactions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QShowEvent>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int OwnerRole = Qt::UserRole;       // "channel" or "source"
constexpr int OwnerIdRole = Qt::UserRole + 1; // the channel's or source's id
constexpr int SecretRole = Qt::UserRole + 2;  // the secret's name
constexpr int RequiredRole = Qt::UserRole + 3;
constexpr int SignInRole = Qt::UserRole + 4; // an account sign-in (its refresh token)

const QString ChannelOwner = u"channel"_s;
const QString SourceOwner = u"source"_s;
const QString SignInSecret = u"refreshToken"_s;

} // namespace

CredentialsPage::CredentialsPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"credentialsPage"_s);
    m_signIn = addPageAction(this, u"signInCredentialAction"_s, tr("Sign &In…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                             &CredentialsPage::signIn);
    m_replace = addPageAction(this, u"replaceCredentialAction"_s, tr("Re&place Key…"), QKeySequence(Qt::Key_F2),
                              &CredentialsPage::replaceKey);
    m_remove = addPageAction(this, u"removeCredentialAction"_s, tr("&Remove"), QKeySequence::Delete,
                             &CredentialsPage::removeKey);

    m_list->setObjectName(u"credentialsList"_s);
    m_list->setAccessibleName(tr("Keys and sign-ins"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Key or sign-in"), tr("Used by"), tr("State")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(CredentialColumn, QHeaderView::Interactive);
    m_list->header()->resizeSection(CredentialColumn, fontMetrics().averageCharWidth() * 34);
    m_list->header()->setSectionResizeMode(UsedByColumn, QHeaderView::Interactive);
    m_list->header()->resizeSection(UsedByColumn, fontMetrics().averageCharWidth() * 52);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CredentialsPage::updateActions);

    m_empty->setObjectName(u"credentialsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No keys yet. The keys and sign-ins of your connections and channels show here once you "
                        "add them; Tidings keeps them in your system's keychain, never in its own files."));

    auto *note = new QLabel(tr("Kept in your system's keychain. Tidings never shows a key again once it is saved: "
                               "replace it if you are not sure it is right."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_signIn, m_replace, m_remove}) {
        buttons->addWidget(textButtonFor(action, this));
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(note);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    reload();
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::setEngine(Engine *engine)
{
    if (m_engine) {
        disconnect(m_engine, nullptr, this, nullptr);
    }
    m_engine = engine;
    m_sourceSecrets.clear();
    m_sourceSecretErrors.clear();
    if (engine) {
        connect(engine, &Engine::channelsChanged, this, &CredentialsPage::reload);
        connect(engine, &Engine::channelNeedsSignIn, this, &CredentialsPage::reload);
        connect(engine, &Engine::channelSignInRestored, this, &CredentialsPage::reload);
        connect(engine, &Engine::channelSecretSaved, this, &CredentialsPage::reload);
        connect(engine, &Engine::started, this, &CredentialsPage::sourceStatesChanged);
        connect(engine, &Engine::sourcesChanged, this, &CredentialsPage::sourceStatesChanged);
    }
    m_sourceStatesStale = true;
    reload();
    if (isVisible()) {
        readSourceStates();
    }
}

void CredentialsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sourceStatesStale) {
        readSourceStates();
    }
}

void CredentialsPage::sourceStatesChanged()
{
    // The keychain is asked only while the page is in view: some keychains ask the owner each time.
    m_sourceStatesStale = true;
    reload();
    if (isVisible()) {
        readSourceStates();
    }
}

QTreeWidgetItem *CredentialsPage::row(const QString &owner, const QString &ownerId, const QString &secretName) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, OwnerRole).toString() == owner && item->data(0, OwnerIdRole).toString() == ownerId &&
            item->data(0, SecretRole).toString() == secretName) {
            return item;
        }
    }
    return nullptr;
}

void CredentialsPage::readSourceStates()
{
    if (!m_engine) {
        return;
    }
    m_sourceStatesStale = false;
    // Only whether each secret is there is kept; the values are dropped as soon as they are read.
    for (const SourceConfig &source : m_engine->config().sources) {
        QPointer<CredentialsPage> self(this);
        const QString id = source.id;
        m_engine->readSourceSecrets(id, [self, id](const Result<QHash<QString, QString>> &secrets) {
            if (!self) {
                return;
            }
            if (secrets) {
                QStringList names;
                for (auto it = secrets->constBegin(); it != secrets->constEnd(); ++it) {
                    if (!it.value().isEmpty()) {
                        names.append(it.key());
                    }
                }
                self->m_sourceSecrets.insert(id, names);
                self->m_sourceSecretErrors.remove(id);
            } else {
                self->m_sourceSecretErrors.insert(id, secrets.error());
            }
            self->reload();
        });
    }
}

void CredentialsPage::reload()
{
    const QTreeWidgetItem *current = m_list->currentItem();
    const QStringList selected =
        current ? QStringList{current->data(0, OwnerRole).toString(), current->data(0, OwnerIdRole).toString(),
                              current->data(0, SecretRole).toString()}
                : QStringList();
    m_list->clear();
    const auto add = [this, &selected](const QString &owner, const QString &ownerId, const QString &secretName,
                                       const QStringList &texts) {
        auto *item = new QTreeWidgetItem(m_list, texts);
        item->setData(0, OwnerRole, owner);
        item->setData(0, OwnerIdRole, ownerId);
        item->setData(0, SecretRole, secretName);
        if (selected == QStringList{owner, ownerId, secretName}) {
            m_list->setCurrentItem(item);
        }
        return item;
    };
    if (m_engine) {
        const QHash<QString, Error> waiting = m_engine->channelsNeedingSignIn();
        for (const ChannelConfig &channel : m_engine->config().channels) {
            const ChannelTypeInfo *info = channelTypeInfo(channel.type);
            if (!info) {
                continue;
            }
            const QStringList saved = m_engine->savedChannelSecretNames(channel.id);
            const QString usedBy = tr("Channel “%1” (%2)").arg(channel.name, info->displayName);
            for (const ChannelSecretInfo &secret : info->secrets) {
                const bool isSignIn = info->canSignIn && secret.name == SignInSecret;
                const bool isSaved = saved.contains(secret.name);
                QString state;
                bool warn = false;
                if (isSignIn && isSaved && waiting.contains(channel.id)) {
                    state = tr("Needs sign-in: %1").arg(waiting.value(channel.id).message);
                    warn = true;
                } else if (isSignIn) {
                    state = isSaved ? tr("Signed in") : tr("Not signed in: the channel cannot send");
                    warn = !isSaved;
                } else if (isSaved) {
                    state = tr("Saved");
                } else {
                    state = secret.optional ? tr("Not set (optional)") : tr("Missing: the channel cannot send");
                    warn = !secret.optional;
                }
                const QString name = isSignIn ? tr("Account sign-in (%1)").arg(secret.label) : secret.label;
                QTreeWidgetItem *item = add(ChannelOwner, channel.id, secret.name, {name, usedBy, state});
                item->setData(0, RequiredRole, !secret.optional);
                item->setData(0, SignInRole, isSignIn);
                item->setToolTip(StateColumn, state);
                item->setToolTip(UsedByColumn, usedBy);
                if (warn) {
                    item->setIcon(StateColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                }
            }
        }
        const QList<SourceTypeInfo> types = allSourceTypeInfos();
        for (const SourceConfig &source : m_engine->config().sources) {
            const SourceTypeInfo *info = findTypeInfo(types, source);
            if (!info) {
                continue;
            }
            const QString usedBy = tr("Connection “%1” (%2)").arg(source.name, info->displayName);
            for (const SourceSecretInfo &secret : info->secrets) {
                QString state = tr("Checking the keychain…");
                bool warn = false;
                if (m_sourceSecretErrors.contains(source.id)) {
                    state = m_sourceSecretErrors.value(source.id).message;
                    warn = true;
                } else if (m_sourceSecrets.contains(source.id)) {
                    const bool isSaved = m_sourceSecrets.value(source.id).contains(secret.name);
                    state = isSaved ? tr("Saved") : tr("Missing: this connection cannot be checked");
                    warn = !isSaved;
                }
                const bool isSignIn = info->canSignIn && secret.name == SignInSecret;
                if (isSignIn && m_sourceSecrets.contains(source.id)) {
                    const bool isSaved = m_sourceSecrets.value(source.id).contains(secret.name);
                    state = isSaved ? tr("Signed in") : tr("Not signed in");
                    warn = false; // a sheet may be read with an API key instead
                }
                const QString name = isSignIn ? tr("Account sign-in (%1)").arg(secret.label) : secret.label;
                QTreeWidgetItem *item = add(SourceOwner, source.id, secret.name, {name, usedBy, state});
                item->setData(0, RequiredRole, true);
                item->setData(0, SignInRole, isSignIn);
                item->setToolTip(StateColumn, state);
                item->setToolTip(UsedByColumn, usedBy);
                if (warn) {
                    item->setIcon(StateColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                }
            }
        }
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    updateActions();
}

void CredentialsPage::updateActions()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool isChannel = item && item->data(0, OwnerRole).toString() == ChannelOwner;
    const bool isSignIn = item && item->data(0, SignInRole).toBool();
    m_signIn->setEnabled(m_engine && isSignIn);
    m_replace->setEnabled(m_engine && item && !(isChannel && isSignIn));
    // A connection's secret is how Tidings knows its webhooks are genuine: it is replaced, never just removed.
    m_remove->setEnabled(m_engine && isChannel);
    m_remove->setText(isSignIn ? tr("Sign &Out") : tr("&Remove"));
}

void CredentialsPage::signIn()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!m_engine || !item || !item->data(0, SignInRole).toBool()) {
        return;
    }
    const QString ownerId = item->data(0, OwnerIdRole).toString();
    if (item->data(0, OwnerRole).toString() == SourceOwner) {
        emit sourceSignInRequested(ownerId);
    } else {
        emit signInRequested(ownerId);
    }
}

void CredentialsPage::replaceKey()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!m_engine || !item || (item->data(0, SignInRole).toBool() && item->data(0, OwnerRole) == ChannelOwner)) {
        return;
    }
    const QString owner = item->data(0, OwnerRole).toString();
    const QString ownerId = item->data(0, OwnerIdRole).toString();
    const QString secretName = item->data(0, SecretRole).toString();
    QString value = m_nextReplacement;
    m_nextReplacement.clear();
    if (value.isEmpty()) {
        bool ok = false;
        value = QInputDialog::getText(this, tr("Replace Key"),
                                      tr("New %1 for %2:").arg(item->text(CredentialColumn), item->text(UsedByColumn)),
                                      QLineEdit::Password, QString(), &ok);
        if (!ok) {
            return;
        }
    }
    if (value.trimmed().isEmpty()) {
        emit errorOccurred(Error::make(ErrorCode::InvalidInput, tr("The new key is empty; nothing was changed.")));
        return;
    }
    QPointer<CredentialsPage> self(this);
    const auto done = [self](const Status &status) {
        if (self) {
            self->finishChange(status);
        }
    };
    const QHash<QString, QString> secrets{{secretName, value.trimmed()}};
    Status started = Error::make(ErrorCode::NotFound, tr("That channel or connection no longer exists."));
    if (owner == ChannelOwner) {
        for (const ChannelConfig &channel : m_engine->config().channels) {
            if (channel.id == ownerId) {
                started = m_engine->updateChannel(channel, secrets, done);
            }
        }
    } else {
        for (const SourceConfig &source : m_engine->config().sources) {
            if (source.id == ownerId) {
                started = m_engine->updateSource(source, secrets, done);
            }
        }
    }
    if (!started) {
        finishChange(started);
    }
}

void CredentialsPage::removeKey()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!m_engine || !item || item->data(0, OwnerRole).toString() != ChannelOwner) {
        return;
    }
    const bool isSignIn = item->data(0, SignInRole).toBool();
    const QString usedBy = item->text(UsedByColumn);
    const QString question =
        isSignIn ? tr("Sign out of the account of %1? It cannot send until you sign in again; its messages wait.")
                       .arg(usedBy)
        : item->data(0, RequiredRole).toBool()
            ? tr("Remove the %1 of %2 from the keychain? It cannot send without it; its messages wait until it has "
                 "one again.")
                  .arg(item->text(CredentialColumn), usedBy)
            : tr("Remove the %1 of %2 from the keychain?").arg(item->text(CredentialColumn), usedBy);
    if (MessageBox::confirm(this, isSignIn ? tr("Sign Out") : tr("Remove Key"), question,
                            isSignIn ? tr("Sign Out") : tr("Remove")) != QMessageBox::Yes) {
        return;
    }
    QPointer<CredentialsPage> self(this);
    const Status started = m_engine->removeChannelSecret(
        item->data(0, OwnerIdRole).toString(), item->data(0, SecretRole).toString(), [self](const Status &status) {
            if (self) {
                self->finishChange(status);
            }
        });
    if (!started) {
        finishChange(started);
    }
}

void CredentialsPage::finishChange(const Status &status)
{
    if (!status) {
        emit errorOccurred(status.error());
    }
    sourceStatesChanged();
    emit changeFinished(status.ok());
}

} // namespace Tidings::Ui
