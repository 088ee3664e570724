#pragma once

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

class MainWindow;

// Feeds the window from a running engine: new events, notification changes, errors and the webhook
// address; hands it the engine for the pages that change it (Connections). The app and the GUI tests wire the window
// the same way.
void bindEngine(Engine &engine, MainWindow &window);

} // namespace Tidings::Ui
