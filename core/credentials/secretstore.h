#pragma once

#include "model/error.h"

#include <QObject>
#include <QString>

#include <optional>

namespace Tidings {

// One asynchronous keychain operation. Emits finished() once, then deletes itself
// on the next event loop turn unless setAutoDelete(false) was called before start.
class SecretJob : public QObject
{
    Q_OBJECT

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
    // Implementations call exactly one of these, once.
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
    std::optional<Error> m_error;
};

// Where secrets live: the OS keychain in the app, an in-memory fake in unit tests.
// There is deliberately no plain-text fallback.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const QString &value) = 0;
    virtual SecretJob *remove(const QString &key) = 0;
};

// Keys are "<profile>/<kind>/<owner id>/<secret name>", e.g. "3f2a.../channel/sendgrid/apiKey".
QString secretKey(const QString &profileId, const QString &kind, const QString &ownerId, const QString &name);

} // namespace Tidings
