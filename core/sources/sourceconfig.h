#pragma once

#include <QJsonObject>
#include <QString>

namespace Tidings {

// A connected shop or order system, as the configuration file describes it (secrets excluded).
struct SourceConfig
{
    QString id;   // used in the webhook path: POST /webhooks/{id}
    QString type; // platform, lower case: "shopify", ...
    QString name; // the owner's label
    bool enabled = true;
    QJsonObject options; // platform-specific, non-secret settings (e.g. "shopDomain")
};

} // namespace Tidings
