#pragma once

#include "credentials/secretstore.h"

#include <QString>

namespace Tidings {

// Secrets in the OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows) through QtKeychain. Never falls back to a plain-text file: when the keychain is locked or
// missing, jobs finish with an Error{Keychain}. A missing entry is not an error: a read finishes
// notFound(), a remove finishes ok.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    // `service` groups our entries in the keychain; tests pass a unique one per run.
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    static QString defaultService();

    QString service() const { return m_service; }

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &value) override;
    SecretJob *remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace Tidings
