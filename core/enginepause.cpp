// The Engine's sending settings: Pause All Sending and the pause of single channels (the dispatcher claims
// nothing of what is paused; the choice outlives a restart), test mode, and what happens to messages
// interrupted mid-send.
#include "dispatch/dispatchworker.h"
#include "dispatch/pausedchannels.h"
#include "engine.h"
#include "enginelog.h"
#include "store/configrepository.h"

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

const QString PausedSetting = u"sending_paused"_s;

} // namespace

void Engine::setSendingPaused(bool paused)
{
    if (m_sendingPaused == paused) {
        return;
    }
    m_sendingPaused = paused;
    if (m_dispatcher) {
        m_dispatcher->setPaused(paused);
    }
    auto db = configDb();
    const Status saved =
        db ? ConfigRepository(*db).setSetting(PausedSetting, paused ? u"1"_s : u"0"_s) : Status(db.error());
    if (!saved) {
        emit problem(saved.error()); // paused for now; a restart would not remember it
    }
    qCInfo(lcEngine) << (paused ? "sending paused by the owner" : "sending resumed by the owner");
    emit sendingPausedChanged(paused);
}

void Engine::setChannelPaused(const QString &channelId, bool paused)
{
    if (channelId.isEmpty() || m_pausedChannels.contains(channelId) == paused) {
        return;
    }
    if (paused) {
        m_pausedChannels.insert(channelId);
    } else {
        m_pausedChannels.remove(channelId);
    }
    if (m_dispatcher) {
        m_dispatcher->setChannelPaused(channelId, paused); // the dispatcher keeps it in the settings table
    } else {
        // Not sending now: kept for the next start, where the dispatcher reads it.
        auto db = configDb();
        const Status saved = db ? PausedChannels::save(*db, m_pausedChannels) : Status(db.error());
        if (!saved) {
            emit problem(saved.error());
        }
    }
    qCInfo(lcEngine).noquote() << "channel" << channelId << (paused ? "paused by the owner" : "resumed by the owner");
    emit channelPausedChanged(channelId, paused);
}

Status Engine::setResendInterruptedAutomatically(bool resend)
{
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    const Status saved =
        ConfigRepository(*db).setSetting(DispatchWorker::resendInterruptedSetting(), resend ? u"1"_s : u"0"_s);
    if (saved) {
        qCInfo(lcEngine) << "messages interrupted mid-send will be"
                         << (resend ? "queued again automatically" : "marked uncertain");
    }
    return saved;
}

bool Engine::resendsInterruptedAutomatically()
{
    auto db = configDb();
    const auto value =
        db ? ConfigRepository(*db).setting(DispatchWorker::resendInterruptedSetting()) : Result<QString>(db.error());
    return value && *value == u"1"_s;
}

void Engine::restoreSendingPaused()
{
    auto db = configDb();
    if (!db) {
        return;
    }
    const auto value = ConfigRepository(*db).setting(PausedSetting);
    const bool paused = value && *value == u"1"_s;
    if (m_dispatcher) {
        m_dispatcher->setPaused(paused);
    }
    if (paused != m_sendingPaused) {
        m_sendingPaused = paused;
        emit sendingPausedChanged(paused);
    }
    if (paused) {
        qCInfo(lcEngine) << "sending stays paused, as the owner left it";
    }
    const auto channels = PausedChannels::load(*db);
    const QSet<QString> pausedChannels = channels ? *channels : QSet<QString>();
    const QSet<QString> before = std::exchange(m_pausedChannels, pausedChannels);
    for (const QString &id : (before - pausedChannels) + (pausedChannels - before)) {
        emit channelPausedChanged(id, pausedChannels.contains(id));
    }
}

Status Engine::setTestMode(const TestMode &mode)
{
    if (auto why = mode.problem()) {
        return *why;
    }
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (Status saved = mode.save(*db); !saved) {
        return saved;
    }
    const bool changed = mode != m_testMode;
    m_testMode = mode;
    if (m_dispatcher) {
        m_dispatcher->setTestMode(mode);
    }
    if (changed) {
        qCInfo(lcEngine) << (mode.enabled ? "test mode on: customers' messages go to the owner"
                                          : "test mode off: messages go to customers");
        emit testModeChanged(mode);
    }
    return {};
}

void Engine::restoreTestMode()
{
    auto db = configDb();
    if (!db) {
        return;
    }
    auto mode = TestMode::load(*db);
    if (!mode) {
        emit problem(mode.error());
        return;
    }
    if (*mode != m_testMode) {
        m_testMode = *mode;
        emit testModeChanged(m_testMode);
    }
    if (m_testMode.enabled) {
        qCInfo(lcEngine) << "test mode stays on, as the owner left it";
    }
}

} // namespace Tidings
