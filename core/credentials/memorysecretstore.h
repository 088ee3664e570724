#pragma once

#include "credentials/secretstore.h"

#include <QHash>
#include <QString>

namespace Tidings {

// Secrets in memory, for unit tests of the parts that use a SecretStore. Behaves like the keychain
// one: every job finishes on a later event loop turn (a queued call), in the order they were asked;
// a missing key reads as notFound() and removes fine. setFailing(true) makes the jobs asked for
// afterwards finish with an Error{Keychain}, as a locked keychain would.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &value) override;
    SecretJob *remove(const QString &key) override;

    void setFailing(bool failing) { m_failing = failing; }

    bool isFailing() const { return m_failing; }

    // Direct access for test set-up and checks; no event loop needed.
    void insert(const QString &key, const QString &value) { m_secrets.insert(key, value); }

    QHash<QString, QString> secrets() const { return m_secrets; }

    // How many jobs were asked for, failing ones included.
    int jobCount() const { return m_jobCount; }

private:
    SecretJob *enqueue(SecretJob::Kind kind, const QString &key, const QString &value);

    QHash<QString, QString> m_secrets;
    bool m_failing = false;
    int m_jobCount = 0;
};

} // namespace Tidings
