// The Engine's credential calls for the Credentials page (which secrets a channel has, removing one), and
// saving a poll source's secret its platform renewed.
#include "channels/channel.h"
#include "credentials/secretstore.h"
#include "engine.h"
#include "enginelog.h"
#include "sources/polling/poller.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct CredentialsText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Engine)
};

} // namespace

QStringList Engine::savedChannelSecretNames(const QString &channelId) const
{
    QStringList names;
    const QHash<QString, QString> saved = m_channelSecrets.value(channelId);
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it) {
        if (!it.value().isEmpty()) {
            names.append(it.key());
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

Status Engine::removeChannelSecret(const QString &channelId, const QString &secretName, SourceDone done)
{
    if (m_busyChannels.contains(channelId)) {
        return Error::make(ErrorCode::InvalidInput,
                           CredentialsText::tr("Tidings is still saving this channel. Try again in a moment."));
    }
    const auto channel = std::find_if(m_config.channels.cbegin(), m_config.channels.cend(),
                                      [&channelId](const ChannelConfig &c) { return c.id == channelId; });
    if (channel == m_config.channels.cend()) {
        return Error::make(ErrorCode::NotFound, CredentialsText::tr("That channel no longer exists."),
                           u"no channel with id %1"_s.arg(channelId));
    }
    if (!secretNamesForChannel(channel->type).contains(secretName)) {
        return Error::make(ErrorCode::InvalidInput, CredentialsText::tr("That channel has no such key."),
                           u"channel type %1 has no secret %2"_s.arg(channel->type, secretName));
    }
    auto profile = profileId();
    if (!profile) {
        return profile.error();
    }
    m_busyChannels.insert(channelId);
    const QHash<QString, std::optional<QString>> removal{
        {secretKey(*profile, u"channel"_s, channelId, secretName), std::nullopt}};
    runSecretJobs(removal, [this, channelId, secretName, done](const std::optional<Error> &error) {
        m_busyChannels.remove(channelId);
        if (error) {
            finishSourceChange(done, *error);
            return;
        }
        m_channelSecrets[channelId].remove(secretName);
        applyChannels();
        qCInfo(lcEngine).noquote() << "channel secret removed:" << channelId << secretName;
        emit channelsChanged();
        finishSourceChange(done, {});
    });
    return {};
}

void Engine::saveRenewedSourceSecret(const QString &sourceId, const QString &secretName, const QString &value)
{
    const SourceConfig *source = m_config.source(sourceId);
    if (!source || !isPollSource(*source) || !pollSecretNames(source->type).contains(secretName) || value.isEmpty()) {
        return; // removed meanwhile, or not a secret of this source
    }
    if (m_busySources.contains(sourceId)) {
        // The owner's change is being written to the keychain: written after it, or not at all if the owner
        // typed this secret anew, so the keychain cannot end up with the older of the two.
        m_deferredRenewals[sourceId].insert(secretName, value);
        return;
    }
    // The scheduler already uses the new value (even after a restart of the engine, through
    // m_renewedPollSecrets): only the keychain and the copy for the next setSources change.
    m_pollSecrets[sourceId].insert(secretName, value);
    m_renewedPollSecrets[sourceId].insert(secretName, value);
    const QString name = source->name;
    const QString key = secretKey(m_profileId, u"source"_s, sourceId, secretName);
    runSecretJobs({{key, value}}, [this, sourceId, name](const std::optional<Error> &error) {
        if (error) {
            Error reported = *error;
            reported.message = CredentialsText::tr("The renewed sign-in of \"%1\" could not be saved in the "
                                                   "keychain: %2 Tidings keeps using it while it runs; after a "
                                                   "restart, connect the source again in Connections.")
                                   .arg(name, error->message);
            emit problem(reported);
            return;
        }
        qCInfo(lcEngine).noquote() << u"source %1: renewed sign-in saved in the keychain"_s.arg(sourceId);
    });
}

void Engine::saveDeferredRenewals(const QString &sourceId, const QHash<QString, QString> &typed)
{
    const QHash<QString, QString> deferred = m_deferredRenewals.take(sourceId);
    for (auto it = deferred.constBegin(); it != deferred.constEnd(); ++it) {
        if (!typed.contains(it.key())) {
            saveRenewedSourceSecret(sourceId, it.key(), it.value());
        }
    }
}

} // namespace Tidings
