#include "channels/channel.h"

#include <QMetaObject>

namespace Tidings {

void Channel::checkConnection(Done done)
{
    SendOutcome outcome;
    outcome.error = Error::make(ErrorCode::InvalidInput,
                                tr("This provider cannot be checked without delivering something. Send a test "
                                   "message to your own address instead."),
                                QStringLiteral("no connection check for channel type %1").arg(type()));
    QMetaObject::invokeMethod(
        this, [done = std::move(done), outcome] { done(outcome); }, Qt::QueuedConnection);
}

} // namespace Tidings
