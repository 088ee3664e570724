#pragma once

#include "model/result.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

// Every key and sign-in Tidings keeps in the OS keychain, one row each: what it is, which channel or
// connection uses it, and its state (signed in, needs sign-in and why, saved, missing). Sign In (accounts),
// Replace Key and Remove (asks first when a channel needs it), each with a shortcut while the page has focus.
// The values themselves are never shown.
class CredentialsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsPage)

public:
    // Columns of list().
    enum Column {
        CredentialColumn,
        UsedByColumn,
        StateColumn,
    };

    explicit CredentialsPage(QWidget *parent = nullptr);
    ~CredentialsPage() override;

    void setEngine(Engine *engine);

    QTreeWidget *list() const { return m_list; }

    QAction *signInAction() const { return m_signIn; }

    QAction *replaceAction() const { return m_replace; }

    QAction *removeAction() const { return m_remove; }

    // The row of one secret: owner is "channel" or "source".
    QTreeWidgetItem *row(const QString &owner, const QString &ownerId, const QString &secretName) const;

    // For tests: the next Replace Key is answered with this value instead of asking.
    void setNextReplacement(const QString &value) { m_nextReplacement = value; }

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // Sign In on a channel's account: the window opens the channel and starts its sign-in.
    void signInRequested(const QString &channelId);
    // Sign In on a poll source's account (Google Sheets, Salesforce): the window opens the connection's setup
    // and starts its sign-in.
    void sourceSignInRequested(const QString &sourceId);
    void errorOccurred(const Tidings::Error &error);
    // A change started here finished (ok or not): for tests and the banner.
    void changeFinished(bool ok);

private:
    void reload();
    void readSourceStates();
    void sourceStatesChanged();
    void updateActions();
    void signIn();
    void replaceKey();
    void removeKey();
    void finishChange(const Status &status);

    Engine *m_engine = nullptr;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QAction *m_signIn;
    QAction *m_replace;
    QAction *m_remove;
    // What the keychain holds for each source, once read: source id -> names of the saved secrets; or why the
    // keychain could not say.
    QHash<QString, QStringList> m_sourceSecrets;
    QHash<QString, Error> m_sourceSecretErrors;
    QString m_nextReplacement;
    bool m_sourceStatesStale = true; // read again from the keychain when next shown
};

} // namespace Tidings::Ui
