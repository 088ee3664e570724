#include "credentials/secretreader.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct SecretReaderText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::SecretBatch)
};

Error storeGoneError()
{
    return Error::make(ErrorCode::Internal,
                       SecretReaderText::tr("Tidings could not read its saved passwords and keys. Restart Tidings "
                                            "and try again."),
                       u"the SecretStore was deleted before the batch started"_s);
}

} // namespace

SecretBatch::SecretBatch(SecretStore &store, const QStringList &keys, QObject *parent)
    : QObject(parent)
    , m_store(&store)
    , m_keys(keys)
{
    m_keys.removeDuplicates();
}

SecretBatch::~SecretBatch() = default;

void SecretBatch::start()
{
    if (m_started) {
        qWarning("SecretBatch::start() called twice; ignoring");
        return;
    }
    m_started = true;
    if (!m_store) {
        m_error = storeGoneError();
    }
    if (m_keys.isEmpty() || !m_store) {
        QMetaObject::invokeMethod(this, &SecretBatch::finish, Qt::QueuedConnection);
        return;
    }
    m_pending = m_keys.size();
    for (const QString &key : std::as_const(m_keys)) {
        SecretJob *job = m_store->read(key);
        connect(job, &SecretJob::finished, this, &SecretBatch::onJobFinished);
    }
}

void SecretBatch::onJobFinished(SecretJob *job)
{
    if (job->error()) {
        if (!m_error) {
            m_error = *job->error();
        }
    } else if (!job->notFound()) {
        m_values.insert(job->key(), job->value());
    }
    if (--m_pending == 0) {
        finish();
    }
}

void SecretBatch::finish()
{
    const QPointer<SecretBatch> self(this);
    emit finished(m_values, m_error);
    if (self && m_autoDelete) {
        deleteLater();
    }
}

Result<QHash<QString, QString>> readSecretsBlocking(SecretStore &store, const QStringList &keys)
{
    if (keys.isEmpty()) {
        return QHash<QString, QString>();
    }
    QHash<QString, QString> values;
    std::optional<Error> error;
    QEventLoop loop;
    auto *batch = new SecretBatch(store, keys);
    QObject::connect(batch, &SecretBatch::finished, &loop,
                     [&](const QHash<QString, QString> &found, const std::optional<Error> &failure) {
                         values = found;
                         error = failure;
                         loop.quit();
                     });
    batch->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (error) {
        return *error;
    }
    return values;
}

Status writeSecretsBlocking(SecretStore &store, const QHash<QString, QString> &secrets)
{
    if (secrets.isEmpty()) {
        return {};
    }
    qsizetype pending = secrets.size();
    std::optional<Error> error;
    QEventLoop loop;
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        SecretJob *job = store.write(it.key(), it.value());
        QObject::connect(job, &SecretJob::finished, &loop, [&](SecretJob *done) {
            if (done->error() && !error) {
                error = *done->error();
            }
            if (--pending == 0) {
                loop.quit();
            }
        });
    }
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (error) {
        return *error;
    }
    return {};
}

} // namespace Tidings
