#pragma once

#include "model/error.h"

#include <QObject>
#include <QString>

#include <optional>

namespace Tidings {

// One asynchronous keychain operation. Emits finished() once, then deletes itself
// on the next event loop turn unless setAutoDelete(false) was called before start.
// A store returns the job already started and never finishes it before returning, so
// connecting to finished() right after read()/write()/remove() is always in time.
class SecretJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    enum class Kind {
        Read,
        Write,
        Remove,
    };
    Q_ENUM(Kind)

    SecretJob(Kind kind, QString key, QObject *parent = nullptr);
    ~SecretJob() override;

    Kind kind() const { return m_kind; }

    QString key() const { return m_key; }

    // For reads: the secret; empty when none is stored (notFound() is then true).
    QString value() const { return m_value; }

    bool notFound() const { return m_notFound; }

    const std::optional<Error> &error() const { return m_error; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished(Tidings::SecretJob *job);

protected:
    // Implementations call exactly one of these, once, from the event loop (never inside
    // read()/write()/remove()). A second call is ignored with a warning.
    void finishWithValue(const QString &value);
    void finishNotFound();
    void finishOk();
    void finishWithError(const Error &error);

private:
    void emitFinished();

    Kind m_kind;
    QString m_key;
    QString m_value;
    bool m_notFound = false;
    bool m_autoDelete = true;
    bool m_finished = false;
    std::optional<Error> m_error;
};

// Where secrets live: the OS keychain in the app, an in-memory fake in unit tests.
// There is deliberately no plain-text fallback.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    // Each returns a started job (see SecretJob); the caller connects to its finished().
    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const QString &value) = 0;
    virtual SecretJob *remove(const QString &key) = 0;
};

// Keys are "<profile>/<kind>/<owner id>/<secret name>", e.g. "3f2a.../channel/sendgrid/apiKey".
// A '/' or '%' inside a part is percent-encoded, so a key always has exactly four parts and
// different parts never give the same key.
QString secretKey(const QString &profileId, const QString &kind, const QString &ownerId, const QString &name);

} // namespace Tidings
