#pragma once

#include <QMetaType>
#include <QString>

namespace Tidings {

enum class ErrorCode {
    InvalidInput,     // the data we were given is malformed
    NotFound,         // an id that names nothing
    Unauthorized,     // a signature or credential was refused
    TooLarge,         // over a size limit
    Storage,          // SQLite refused
    Network,          // could not reach the other side
    Timeout,          // the other side did not answer in time
    RateLimited,      // the other side asked us to slow down
    ProviderRejected, // the provider refused the request for good
    ProviderFailed,   // the provider failed; trying again may work
    Keychain,         // the OS keychain refused or is unavailable
    Config,           // a configuration file or value is wrong
    Internal,         // a bug
};

// One error type for the whole core. `message` is a translated sentence a shop owner can act on;
// `detail` keeps the technical answer (an SQL error, a provider's JSON) for the details pane and logs.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
    bool retryable = false;

    static Error make(ErrorCode code, const QString &message, const QString &detail = {}, bool retryable = false)
    {
        return Error{code, message, detail, retryable};
    }
};

} // namespace Tidings

Q_DECLARE_METATYPE(Tidings::Error)
