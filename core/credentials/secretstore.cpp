#include "credentials/secretstore.h"

#include <QLoggingCategory>
#include <QPointer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "tidings.credentials")

QString keyPart(const QString &part)
{
    QString escaped = part;
    escaped.replace(u'%', u"%25"_s);
    escaped.replace(u'/', u"%2F"_s);
    return escaped;
}

} // namespace

SecretJob::SecretJob(Kind kind, QString key, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_key(std::move(key))
{}

SecretJob::~SecretJob() = default;

void SecretJob::finishWithValue(const QString &value)
{
    if (m_finished) {
        qCWarning(lcSecrets) << "secret job for" << m_key << "finished twice; ignoring the second result";
        return;
    }
    m_value = value;
    m_notFound = false;
    emitFinished();
}

void SecretJob::finishNotFound()
{
    if (m_finished) {
        qCWarning(lcSecrets) << "secret job for" << m_key << "finished twice; ignoring the second result";
        return;
    }
    m_value.clear();
    m_notFound = true;
    emitFinished();
}

void SecretJob::finishOk()
{
    if (m_finished) {
        qCWarning(lcSecrets) << "secret job for" << m_key << "finished twice; ignoring the second result";
        return;
    }
    emitFinished();
}

void SecretJob::finishWithError(const Error &error)
{
    if (m_finished) {
        qCWarning(lcSecrets) << "secret job for" << m_key << "finished twice; ignoring the second result";
        return;
    }
    m_value.clear();
    m_error = error;
    emitFinished();
}

void SecretJob::emitFinished()
{
    m_finished = true;
    // A receiver may delete a job it owns (auto-delete off) from its slot.
    const QPointer<SecretJob> self(this);
    emit finished(this);
    if (self && m_autoDelete) {
        deleteLater();
    }
}

QString secretKey(const QString &profileId, const QString &kind, const QString &ownerId, const QString &name)
{
    return keyPart(profileId) + u'/' + keyPart(kind) + u'/' + keyPart(ownerId) + u'/' + keyPart(name);
}

} // namespace Tidings
