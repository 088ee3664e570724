#include "credentials/keychainsecretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "tidings.credentials")

struct KeychainText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::KeychainSecretStore)
};

Error keychainError(QKeychain::Error code, const QString &errorString)
{
    QString message;
    bool retryable = true;
    switch (code) {
    case QKeychain::AccessDeniedByUser:
        message = KeychainText::tr("Tidings was not allowed to use the system keychain. Allow access when your "
                                   "desktop asks for it and try again.");
        break;
    case QKeychain::NotImplemented:
        message = KeychainText::tr("The system keychain on this computer cannot store Tidings' passwords and keys.");
        retryable = false;
        break;
    case QKeychain::CouldNotDeleteEntry:
        message = KeychainText::tr("The system keychain did not let Tidings remove a saved password or key. "
                                   "Unlock the keychain and try again.");
        break;
    case QKeychain::NoBackendAvailable:
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
        message = KeychainText::tr("No system keychain is running, and Tidings keeps its passwords and keys only "
                                   "there. Install GNOME Keyring (package gnome-keyring) or KWallet, log out and "
                                   "in again, and start Tidings again.");
#else
        message = KeychainText::tr("The system keychain is not available, and Tidings keeps its passwords and keys "
                                   "only there. Log in to your desktop and start Tidings again.");
#endif
        break;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        message = KeychainText::tr("The system keychain is locked or unavailable. Unlock it (for example by "
                                   "logging in to your desktop) and try again.");
        break;
    }
    const QString detail = errorString.isEmpty() ? u"QtKeychain error %1"_s.arg(static_cast<int>(code)) : errorString;
    return Error::make(ErrorCode::Keychain, message, detail, retryable);
}

// Our job around one QtKeychain job. The QtKeychain job deletes itself when done and is not our
// child: if our job is deleted first, the connection just drops and QtKeychain finishes on its own.
class KeychainJob final : public SecretJob
{
    Q_DISABLE_COPY_MOVE(KeychainJob)

public:
    using SecretJob::SecretJob;

    void start(QKeychain::Job *job)
    {
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key());
        QObject::connect(job, &QKeychain::Job::finished, this, &KeychainJob::onFinished);
        job->start(); // QtKeychain starts on the next event loop turn: never finishes synchronously.
    }

private:
    void onFinished(QKeychain::Job *job)
    {
        const QKeychain::Error code = job->error();
        if (code == QKeychain::NoError) {
            if (kind() == Kind::Read) {
                const auto *readJob = qobject_cast<const QKeychain::ReadPasswordJob *>(job);
                finishWithValue(readJob ? readJob->textData() : QString());
            } else {
                finishOk();
            }
            return;
        }
        if (code == QKeychain::EntryNotFound) {
            if (kind() == Kind::Read) {
                finishNotFound();
            } else if (kind() == Kind::Remove) {
                finishOk();
            } else {
                finishWithError(keychainError(code, job->errorString()));
            }
            return;
        }
        // Key and error text only: never the value.
        qCWarning(lcKeychain) << "keychain" << kind() << "of" << key() << "failed:" << code << job->errorString();
        finishWithError(keychainError(code, job->errorString()));
    }
};

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService(), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::defaultService()
{
    return u"Tidings"_s;
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    auto *job = new KeychainJob(SecretJob::Kind::Read, key);
    job->start(new QKeychain::ReadPasswordJob(m_service));
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &key, const QString &value)
{
    auto *job = new KeychainJob(SecretJob::Kind::Write, key);
    auto *writeJob = new QKeychain::WritePasswordJob(m_service);
    writeJob->setTextData(value);
    job->start(writeJob);
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    auto *job = new KeychainJob(SecretJob::Kind::Remove, key);
    job->start(new QKeychain::DeletePasswordJob(m_service));
    return job;
}

} // namespace Tidings
