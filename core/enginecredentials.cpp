// The Engine's credential calls for the Credentials page: which secrets a channel has, and removing one.
#include "channels/channel.h"
#include "credentials/secretstore.h"
#include "engine.h"
#include "enginelog.h"

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

} // namespace Tidings
