#pragma once

#include <QString>

namespace Tidings {
class Engine;
}

namespace Tidings::Ui::FirstRun {

// The QSettings key set once the owner has finished or cancelled the Getting Started wizard.
QString settingKey();

bool isDone();
void markDone();

// True when the wizard should open by itself: nothing is set up yet (no connection, no channel) and the owner
// has not been through it. Call once the engine has started (its configuration is loaded).
bool isDue(const Engine &engine);

} // namespace Tidings::Ui::FirstRun
