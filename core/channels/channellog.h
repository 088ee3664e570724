#pragma once

#include <QLoggingCategory>

namespace Tidings {

// "tidings.channel": every provider client logs here. Never log a secret or a message body.
Q_DECLARE_LOGGING_CATEGORY(lcChannel)

} // namespace Tidings
