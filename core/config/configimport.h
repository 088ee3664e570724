#pragma once

#include "config/appconfig.h"
#include "model/result.h"

namespace Tidings {

class SecretStore;

// Saves an imported configuration: settings into the store of `dataDir`, secrets into the keychain.
// Blocks on the keychain with a local event loop, so it is for command-line and start-up code only.
// Nothing is saved to the store unless every secret reached the keychain.
Status importConfiguration(const AppConfig &config, const QString &dataDir, SecretStore &secrets);

// The stored configuration in the file shape, without secret values.
Result<QByteArray> exportConfiguration(const QString &dataDir);

} // namespace Tidings
