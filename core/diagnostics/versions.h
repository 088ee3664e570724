#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Tidings {

// What Tidings runs on, for the About box and for reports to support: Tidings itself, Qt (built with
// and running), SQLite (the library actually loaded), QtKeychain, the TLS library and the system.
// Names are not translated (they are product names); nothing in it is secret.
struct ComponentVersion
{
    QString name;
    QString version;
};

QList<ComponentVersion> componentVersions();

// The same as plain text, one "name: version" per line.
QString componentVersionsText();

} // namespace Tidings
