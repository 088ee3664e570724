#include "channels/activecampaignchannel.h"
#include "channels/channel.h"
#include "channels/gmailchannel.h"
#include "channels/graphchannel.h"
#include "channels/hubspotchannel.h"
#include "channels/klaviyochannel.h"
#include "channels/mailgunchannel.h"
#include "channels/mandrillchannel.h"
#include "channels/sendgridchannel.h"
#include "channels/seschannel.h"
#include "channels/slackchannel.h"
#include "channels/slackwebhookchannel.h"
#include "channels/smtpchannel.h"
#include "channels/twiliochannel.h"
#include "channels/webhookchannel.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct FactoryText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::ChannelFactory)
};

using Secrets = QHash<QString, QString>;
using Create = std::function<std::unique_ptr<Channel>(const ChannelConfig &, const Secrets &, QNetworkAccessManager *)>;

using SignIn = OAuthSignInProvider (*)(const ChannelConfig &, const Secrets &);

struct ChannelRegistration
{
    Create create;
    ChannelTypeInfo info;
    SignIn signIn = nullptr; // set exactly where info.canSignIn
};

// One line per provider; the order is the order the window lists them in. A provider's class checks its
// own settings and reports problems when it sends; required secrets are checked here.
const QList<ChannelRegistration> &registrations()
{
    static const QList<ChannelRegistration> all = {
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<SendGridChannel>(config, secrets.value(u"apiKey"_s), network);
         },
         SendGridChannel::typeInfo()},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<SlackChannel>(config, secrets.value(u"botToken"_s), network);
         },
         SlackChannel::typeInfo()},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<SlackWebhookChannel>(config, secrets.value(u"webhookUrl"_s), network);
         },
         SlackWebhookChannel::typeInfo()},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<WebhookChannel>(config, secrets.value(u"url"_s), secrets.value(u"signingSecret"_s),
                                                     network);
         },
         WebhookChannel::typeInfo()},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<MailgunChannel>(config, secrets.value(u"apiKey"_s), network);
         },
         MailgunChannel::typeInfo()},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<MandrillChannel>(config, secrets.value(u"apiKey"_s), network);
         },
         MandrillChannel::typeInfo()},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<GraphChannel>(config, secrets.value(u"refreshToken"_s),
                                                   secrets.value(u"clientSecret"_s), network);
         },
         GraphChannel::typeInfo(), &GraphChannel::signInProvider},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<GmailChannel>(config, secrets.value(u"refreshToken"_s),
                                                   secrets.value(u"clientSecret"_s), network);
         },
         GmailChannel::typeInfo(), &GmailChannel::signInProvider},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<SesChannel>(config,
                                                 SigV4::Credentials{secrets.value(u"accessKeyId"_s),
                                                                    secrets.value(u"secretAccessKey"_s),
                                                                    secrets.value(u"sessionToken"_s)},
                                                 network);
         },
         SesChannel::typeInfo()},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *) {
             return std::make_unique<SmtpChannel>(config, secrets);
         },
         SmtpChannel::typeInfo()},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *) {
             return std::make_unique<SmtpChannel>(config, secrets);
         },
         SmtpChannel::sendGridTypeInfo()},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<TwilioChannel>(config, secrets.value(u"authToken"_s), network);
         },
         TwilioChannel::typeInfo()},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<KlaviyoChannel>(config, secrets.value(u"apiKey"_s), network);
         },
         KlaviyoChannel::typeInfo()},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<HubSpotChannel>(config, secrets.value(u"accessToken"_s), network);
         },
         HubSpotChannel::typeInfo()},
        {[](const ChannelConfig &config, const Secrets &secrets, QNetworkAccessManager *network) {
             return std::make_unique<ActiveCampaignChannel>(config, secrets.value(u"apiKey"_s), network);
         },
         ActiveCampaignChannel::typeInfo()},
    };
    return all;
}

const ChannelRegistration *find(const QString &type)
{
    for (const ChannelRegistration &registration : registrations()) {
        if (registration.info.type == type) {
            return &registration;
        }
    }
    return nullptr;
}

QString channelDisplayName(const ChannelConfig &config)
{
    if (!config.name.trimmed().isEmpty()) {
        return config.name.trimmed();
    }
    return config.id.isEmpty() ? config.type : config.id;
}

void setError(Error *error, ErrorCode code, const QString &message)
{
    if (error) {
        *error = Error::make(code, message);
    }
}

} // namespace

std::unique_ptr<Channel> createChannel(const ChannelConfig &config, const QHash<QString, QString> &secrets,
                                       QNetworkAccessManager *network, Error *error)
{
    const QString type = config.type.trimmed().toLower();
    if (type.isEmpty()) {
        setError(error, ErrorCode::Config,
                 FactoryText::tr("No sending service is chosen for %1.").arg(channelDisplayName(config)));
        return nullptr;
    }
    const ChannelRegistration *registration = find(type);
    if (!registration) {
        setError(error, ErrorCode::Config,
                 FactoryText::tr("%1 uses “%2”, a service Tidings cannot send through.")
                     .arg(channelDisplayName(config), config.type));
        return nullptr;
    }
    for (const ChannelSecretInfo &secret : registration->info.secrets) {
        if (!secret.optional && secrets.value(secret.name).trimmed().isEmpty()) {
            setError(error, ErrorCode::Config,
                     FactoryText::tr("No %1 is saved for %2.").arg(secret.label, channelDisplayName(config)));
            return nullptr;
        }
    }
    if (!network) {
        setError(error, ErrorCode::Internal, FactoryText::tr("No network access is available to send messages."));
        return nullptr;
    }
    return registration->create(config, secrets, network);
}

QStringList secretNamesForChannel(const QString &type)
{
    QStringList names;
    if (const ChannelRegistration *registration = find(type.trimmed().toLower())) {
        for (const ChannelSecretInfo &secret : registration->info.secrets) {
            names.append(secret.name);
        }
    }
    return names;
}

QStringList channelTypes()
{
    QStringList types;
    for (const ChannelRegistration &registration : registrations()) {
        types.append(registration.info.type);
    }
    return types;
}

QList<ChannelTypeInfo> channelTypeInfos()
{
    QList<ChannelTypeInfo> infos;
    for (const ChannelRegistration &registration : registrations()) {
        infos.append(registration.info);
    }
    return infos;
}

const ChannelTypeInfo *channelTypeInfo(const QString &type)
{
    const ChannelRegistration *registration = find(type.trimmed().toLower());
    return registration ? &registration->info : nullptr;
}

std::optional<OAuthSignInProvider> channelSignInProvider(const ChannelConfig &config,
                                                         const QHash<QString, QString> &secrets)
{
    const ChannelRegistration *registration = find(config.type.trimmed().toLower());
    if (!registration || !registration->signIn || !registration->info.canSignIn) {
        return std::nullopt;
    }
    return registration->signIn(config, secrets);
}

} // namespace Tidings
