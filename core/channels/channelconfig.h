#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Tidings {

// A provider account the shop sends through, as the configuration file describes it (secrets excluded).
struct ChannelConfig
{
    QString id;
    QString type; // provider, lower case: "sendgrid", ...
    QString name;
    QUrl baseUrl; // configurable so tests, EU or sandbox accounts can point elsewhere
    QString fromEmail;
    QString fromName;
    QString replyTo;
    bool enabled = true;
    QJsonObject options; // provider-specific, non-secret settings
};

} // namespace Tidings
