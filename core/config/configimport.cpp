#include "config/configimport.h"

#include "credentials/secretreader.h"
#include "credentials/secretstore.h"
#include "store/configrepository.h"
#include "store/database.h"

namespace Tidings {

using namespace Qt::StringLiterals;

Status importConfiguration(const AppConfig &config, const QString &dataDir, SecretStore &secrets)
{
    auto db = Database::open(dataDir, u"import"_s);
    if (!db) {
        return db.error();
    }
    ConfigRepository repository(db->handle());
    auto profile = repository.profileId();
    if (!profile) {
        return profile.error();
    }
    QHash<QString, QString> values;
    for (const SecretValue &secret : config.secrets) {
        values.insert(secretKey(*profile, secret.kind, secret.ownerId, secret.name), secret.value);
    }
    if (!values.isEmpty()) {
        if (auto status = writeSecretsBlocking(secrets, values); !status) {
            return status;
        }
    }
    if (auto status = repository.ensureBuiltInTemplates(); !status) {
        return status;
    }
    return repository.save(config);
}

Result<QByteArray> exportConfiguration(const QString &dataDir)
{
    auto db = Database::open(dataDir, u"export"_s);
    if (!db) {
        return db.error();
    }
    auto config = ConfigRepository(db->handle()).load();
    if (!config) {
        return config.error();
    }
    return config->toJson();
}

} // namespace Tidings
