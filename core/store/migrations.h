#pragma once

#include <QList>
#include <QStringList>

namespace Tidings {

// Numbered schema steps. Step N takes the schema from version N-1 to N. Never edit a shipped step:
// add a new one.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace Tidings
