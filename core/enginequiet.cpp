// The Engine's quiet hours and the staff alert on a final failure: both are settings-table rows the
// dispatcher reads (quiet hours when told and at start, the alert channel when a failure happens).
#include "dispatch/failurealert.h"
#include "engine.h"
#include "enginelog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct QuietText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Engine)
};

} // namespace

Status Engine::setQuietHours(const QuietHours &hours)
{
    if (auto why = hours.problem()) {
        return *why;
    }
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (Status saved = hours.save(*db); !saved) {
        return saved;
    }
    const bool changed = hours != m_quietHours;
    m_quietHours = hours;
    if (m_dispatcher) {
        m_dispatcher->setQuietHours(hours);
    }
    if (changed) {
        qCInfo(lcEngine).noquote() << (hours.enabled
                                           ? u"quiet hours on: %1 to %2, %3"_s.arg(
                                                 hours.start.toString(u"HH:mm"_s), hours.end.toString(u"HH:mm"_s),
                                                 QString::fromUtf8(hours.shopZone().id()))
                                           : u"quiet hours off"_s);
        emit quietHoursChanged(hours);
    }
    return {};
}

void Engine::restoreQuietHours()
{
    auto db = configDb();
    if (!db) {
        return;
    }
    auto hours = QuietHours::load(*db);
    if (!hours) {
        emit problem(hours.error());
        return;
    }
    if (*hours != m_quietHours) {
        m_quietHours = *hours;
        emit quietHoursChanged(m_quietHours);
    }
    if (m_dispatcher) {
        m_dispatcher->setQuietHours(m_quietHours); // it read them at open(); the same again is harmless
    }
}

Status Engine::setFailureAlertChannel(const QString &channelId)
{
    const QString id = channelId.trimmed();
    if (!id.isEmpty()) {
        const auto found = std::find_if(m_config.channels.cbegin(), m_config.channels.cend(),
                                        [&id](const ChannelConfig &channel) { return channel.id == id; });
        const ChannelTypeInfo *info = found == m_config.channels.cend() ? nullptr : channelTypeInfo(found->type);
        if (!info || info->kind != ChannelKind::Chat) {
            return Error::make(ErrorCode::InvalidInput,
                               QuietText::tr("Alerts go to a Slack channel. Add one under Channels first, then "
                                             "choose it here."),
                               u"not a chat channel: %1"_s.arg(id));
        }
    }
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (Status saved = FailureAlert::setChannel(*db, id); !saved) {
        return saved;
    }
    qCInfo(lcEngine).noquote() << (id.isEmpty() ? u"no staff alert on failures"_s
                                                : u"failures alert the staff through channel %1"_s.arg(id));
    return {};
}

QString Engine::failureAlertChannel()
{
    auto db = configDb();
    const auto id = db ? FailureAlert::channel(*db) : Result<QString>(db.error());
    return id ? *id : QString();
}

} // namespace Tidings
