#include "channels/channellog.h"

namespace Tidings {

Q_LOGGING_CATEGORY(lcChannel, "tidings.channel")

} // namespace Tidings
