#include "wizard/firstrun.h"

#include "engine.h"

#include <QSettings>

namespace Tidings::Ui::FirstRun {

using namespace Qt::StringLiterals;

QString settingKey()
{
    return u"firstRunDone"_s;
}

bool isDone()
{
    return QSettings().value(settingKey(), false).toBool();
}

void markDone()
{
    QSettings().setValue(settingKey(), true);
}

bool isDue(const Engine &engine)
{
    // A shop set up some other way (an imported configuration, a restored backup) needs no first steps.
    return engine.config().sources.isEmpty() && engine.config().channels.isEmpty() && !isDone();
}

} // namespace Tidings::Ui::FirstRun
