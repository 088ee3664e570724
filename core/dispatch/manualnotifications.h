#pragma once

#include "config/appconfig.h"
#include "dispatch/rules.h"
#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tidings {

enum class ChannelKind;

// Notify Now and Replay, asked for by hand in the Monitor; run on the dispatcher's connection (its thread), like
// NotificationActions.
//
// Notify Now: one notification for an event's order with the template, channel and recipient the owner picked,
// rendered at send time from the order's stored snapshot (orders and its newest shipment), like the others. Its
// dedup key starts with "by-hand" and is new each time: the rule that one (order, status, channel, recipient)
// is told once does not stop a person, and a replay never takes it for the rules' own message.
//
// Replay: the changes a stored event made (its triggers, kept at ingest in raw_events.changes since schema 8)
// run through the CURRENT rules and channels, against the order as it is stored now. Why not recompute the
// triggers from the raw payload: they depend on the snapshot BEFORE the event, which later events overwrote, so
// a recomputation would guess. Events stored before schema 8 have no changes: for them the triggers of the
// notifications they queued are used (the event's other changes, which no rule matched then, are unknown; the
// plan says so). The dry run (plan) writes nothing; replay() plans again inside its transaction and queues only
// what is new, with the rules' dedup keys, so a repeat or a race never sends twice.
class ManualNotifications final
{
public:
    struct NotifyNowRequest
    {
        qint64 eventId = 0; // the Monitor's selected event; its order is notified
        QString templateId;
        QString channelId;
        QString recipient; // an email address, or a phone number for a text-message channel
    };

    struct Queued
    {
        qint64 eventId = 0;
        QList<qint64> notificationIds; // empty when nothing was new
    };

    enum class Standing {
        WillBeSent,
        AlreadySent,   // its dedup key exists and that message went out, failed or was cancelled
        AlreadyQueued, // its dedup key exists and that message is waiting or being sent
    };

    struct ReplayItem
    {
        PlannedNotification planned;
        Standing standing = Standing::WillBeSent;
    };

    struct ReplayPlan
    {
        qint64 eventId = 0;
        QList<ReplayItem> items;
        QStringList skipped;      // the rules' reasons, in the owner's words
        bool changesKnown = true; // false: an event stored before schema 8 (see above)
        int newCount() const;
    };

    // Trigger stored on a Notify Now notification (notifications.trigger).
    static QString byHandTrigger() { return QStringLiteral("by-hand"); }

    static Result<Queued> notifyNow(QSqlDatabase db, const NotifyNowRequest &request,
                                    const QList<ChannelConfig> &channels, const QStringList &templateIds,
                                    const QDateTime &now);
    static Result<ReplayPlan> planReplay(QSqlDatabase db, qint64 eventId, const QList<RuleConfig> &rules,
                                         const QList<ChannelConfig> &channels);
    static Result<Queued> replay(QSqlDatabase db, qint64 eventId, const QList<RuleConfig> &rules,
                                 const QList<ChannelConfig> &channels, const QDateTime &now);

    // The recipient a channel of `kind` can take: a phone number for text messages, else an email address.
    static std::optional<Error> checkRecipient(ChannelKind kind, const QString &recipient);
    // The channel's kind (Email when its type is unknown).
    static ChannelKind kindOf(const ChannelConfig &channel);

    // raw_events.changes: the changes an ingested event made, [{"source","order","shipment","triggers"}].
    static QByteArray changesToJson(const QList<ChangeSet> &changes);
};

} // namespace Tidings
