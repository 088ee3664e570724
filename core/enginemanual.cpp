// Notify Now and Replay, asked for by hand in the Monitor: checked here, run on the dispatcher's thread.
#include "channels/channeltypeinfo.h"
#include "engine.h"
#include "store/configrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tidings {

namespace {

struct ManualEngineText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Engine)
};

Error notSending()
{
    return Error::make(ErrorCode::Internal,
                       ManualEngineText::tr("Tidings is not sending right now (it did not start). See the message "
                                            "at the top of the window."));
}

} // namespace

Status Engine::notifyNow(const ManualNotifications::NotifyNowRequest &request, QueuedDone done)
{
    if (!m_running || !m_dispatcher) {
        return notSending();
    }
    const ChannelConfig *channel = m_config.channel(request.channelId);
    if (!channel || !channel->enabled) {
        return Error::make(ErrorCode::InvalidInput, ManualEngineText::tr("Choose a channel that is switched on."));
    }
    if (auto problem =
            ManualNotifications::checkRecipient(ManualNotifications::kindOf(*channel), request.recipient.trimmed())) {
        return *problem;
    }
    m_dispatcher->notifyNow(request, m_config.channels, std::move(done));
    return {};
}

Status Engine::planReplay(qint64 eventId, ReplayPlanDone done)
{
    if (!m_running || !m_dispatcher) {
        return notSending();
    }
    m_dispatcher->planReplay(eventId, m_config.rules, m_config.channels, std::move(done));
    return {};
}

Status Engine::replayEvent(qint64 eventId, QueuedDone done)
{
    if (!m_running || !m_dispatcher) {
        return notSending();
    }
    m_dispatcher->replay(eventId, m_config.rules, m_config.channels, std::move(done));
    return {};
}

Result<QList<MessageTemplate>> Engine::templates()
{
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    auto byId = ConfigRepository(*db).templates();
    if (!byId) {
        return byId.error();
    }
    QList<MessageTemplate> list = byId->values();
    std::sort(list.begin(), list.end(), [](const MessageTemplate &a, const MessageTemplate &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

} // namespace Tidings
