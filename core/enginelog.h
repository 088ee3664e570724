#pragma once

#include <QLoggingCategory>

namespace Tidings {

// The engine's log lines ("tidings.engine"): starts, stops, changes to sources and channels.
Q_DECLARE_LOGGING_CATEGORY(lcEngine)

} // namespace Tidings
