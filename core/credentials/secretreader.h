#pragma once

#include "credentials/secretstore.h"
#include "model/error.h"
#include "model/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tidings {

// Reads several secrets through a SecretStore and reports once, when every read has finished.
// Missing keys are simply absent from `values`; `error` is the first failure (the values that were
// read are still reported). Duplicate keys are read once. Like SecretJob, the batch deletes itself
// after finished() unless setAutoDelete(false) was called; finished() always comes on a later event
// loop turn than start(), even for an empty list.
class SecretBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretBatch)

public:
    SecretBatch(SecretStore &store, const QStringList &keys, QObject *parent = nullptr);
    ~SecretBatch() override;

    QStringList keys() const { return m_keys; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Starts every read. Call once.
    void start();

signals:
    void finished(const QHash<QString, QString> &values, const std::optional<Tidings::Error> &error);

private:
    void onJobFinished(SecretJob *job);
    void finish();

    QPointer<SecretStore> m_store;
    QStringList m_keys;
    QHash<QString, QString> m_values;
    std::optional<Error> m_error;
    qsizetype m_pending = 0;
    bool m_started = false;
    bool m_autoDelete = true;
};

// Blocking helpers for command-line and start-up code only: they spin a local QEventLoop until the
// keychain answers, so other events (timers, sockets) are processed meanwhile. Never call them from
// GUI event handlers or from slots of the core; use SecretBatch / SecretJob there.

// The values of the keys that exist; a missing key is absent from the hash. Fails on the first error.
Result<QHash<QString, QString>> readSecretsBlocking(SecretStore &store, const QStringList &keys);

// Writes every entry; fails with the first error (the other writes are still waited for).
Status writeSecretsBlocking(SecretStore &store, const QHash<QString, QString> &secrets);

} // namespace Tidings
