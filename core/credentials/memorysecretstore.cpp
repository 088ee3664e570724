#include "credentials/memorysecretstore.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct MemoryStoreText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::MemorySecretStore)
};

class MemoryJob final : public SecretJob
{
    Q_DISABLE_COPY_MOVE(MemoryJob)

public:
    using SecretJob::SecretJob;

    using SecretJob::finishNotFound;
    using SecretJob::finishOk;
    using SecretJob::finishWithError;
    using SecretJob::finishWithValue;
};

} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore() = default;

SecretJob *MemorySecretStore::read(const QString &key)
{
    return enqueue(SecretJob::Kind::Read, key, {});
}

SecretJob *MemorySecretStore::write(const QString &key, const QString &value)
{
    return enqueue(SecretJob::Kind::Write, key, value);
}

SecretJob *MemorySecretStore::remove(const QString &key)
{
    return enqueue(SecretJob::Kind::Remove, key, {});
}

SecretJob *MemorySecretStore::enqueue(SecretJob::Kind kind, const QString &key, const QString &value)
{
    ++m_jobCount;
    auto *job = new MemoryJob(kind, key);
    const bool failing = m_failing; // decided when asked, like a keychain that is locked right now
    const QPointer<MemorySecretStore> store(this);
    QMetaObject::invokeMethod(
        job,
        [job, store, kind, key, value, failing] {
            if (failing || !store) {
                job->finishWithError(Error::make(
                    ErrorCode::Keychain,
                    MemoryStoreText::tr("The system keychain is locked or unavailable. Unlock it (for example by "
                                        "logging in to your desktop) and try again."),
                    failing ? u"MemorySecretStore set to fail"_s : u"MemorySecretStore was deleted"_s, true));
                return;
            }
            switch (kind) {
            case SecretJob::Kind::Read: {
                const auto it = store->m_secrets.constFind(key);
                if (it == store->m_secrets.constEnd()) {
                    job->finishNotFound();
                } else {
                    job->finishWithValue(it.value());
                }
                return;
            }
            case SecretJob::Kind::Write:
                store->m_secrets.insert(key, value);
                job->finishOk();
                return;
            case SecretJob::Kind::Remove:
                store->m_secrets.remove(key);
                job->finishOk();
                return;
            }
        },
        Qt::QueuedConnection);
    return job;
}

} // namespace Tidings
