#include "channels/channel.h"
#include "channels/sendgridchannel.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

const QString SendGridType = u"sendgrid"_s;
const QString ApiKeySecret = u"apiKey"_s;

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
    if (type == SendGridType) {
        const QString apiKey = secrets.value(ApiKeySecret).trimmed();
        if (apiKey.isEmpty()) {
            setError(error, ErrorCode::Config,
                     QCoreApplication::translate("Tidings::ChannelFactory", "No API key is saved for %1.")
                         .arg(channelDisplayName(config)));
            return nullptr;
        }
        if (!network) {
            setError(error, ErrorCode::Internal,
                     QCoreApplication::translate("Tidings::ChannelFactory",
                                                 "No network access is available to send messages."));
            return nullptr;
        }
        return std::make_unique<SendGridChannel>(config, apiKey, network);
    }
    if (type.isEmpty()) {
        setError(error, ErrorCode::Config,
                 QCoreApplication::translate("Tidings::ChannelFactory", "No sending service is chosen for %1.")
                     .arg(channelDisplayName(config)));
        return nullptr;
    }
    setError(
        error, ErrorCode::Config,
        QCoreApplication::translate("Tidings::ChannelFactory", "%1 uses “%2”, a service Tidings cannot send through.")
            .arg(channelDisplayName(config), config.type));
    return nullptr;
}

QStringList secretNamesForChannel(const QString &type)
{
    if (type.trimmed().toLower() == SendGridType) {
        return {ApiKeySecret};
    }
    return {};
}

} // namespace Tidings
