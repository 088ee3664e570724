#pragma once

#include "channels/channeltypeinfo.h"
#include "model/error.h"
#include "model/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Tidings {

// Quiet hours: text and chat messages that would arrive at night are held, queued, until the quiet period
// ends, then sent; never dropped. Kept in the settings table (key "quiet_hours", a JSON object) and read by
// the dispatcher from its next send.
//
// Which messages wait (heldUntil): SMS and chat, never email or automation. An email waits in an inbox
// without a sound, and an automation is handed to another system that has its own timing. A text message
// buzzes the customer's phone, and chat in Tidings is Slack to the shop's staff (ChannelKind::Chat has no
// customer-facing provider), whose phones buzz the same way: the issue asks quiet hours for both, so both wait,
// staff messages included. The owner still learns of a failure at once through the window and the tray.
//
// Whose clock: the recipient's time zone when one is known, else the shop's. No platform gives a customer's time
// zone as such; Shopify, WooCommerce and Magento give the address, whose country (and state, where a country
// spans zones) names it (customerTimeZone()). The dispatcher passes it for a text message to the order's
// customer (DispatchWorker::recipientTimeZone); staff chat follows the shop's clock.
struct QuietHours
{
    bool enabled = false;
    QTime start{21, 0};   // the quiet period begins at this local time...
    QTime end{8, 0};      // ...and ends at this one; start > end crosses midnight
    QString shopTimeZone; // IANA id, e.g. "Europe/Berlin"; empty: this computer's zone

    friend bool operator==(const QuietHours &, const QuietHours &) = default;

    static QString settingKey() { return QStringLiteral("quiet_hours"); }

    // Only SMS and chat are held (see above).
    static bool appliesTo(ChannelKind kind) { return kind == ChannelKind::Sms || kind == ChannelKind::Chat; }

    // The shop's zone: shopTimeZone when this computer knows it, else this computer's own.
    QTimeZone shopZone() const;

    // Whose clock counts for `recipientTimeZone`: that zone when it is known here, else the shop's.
    QTimeZone zoneFor(const QString &recipientTimeZone) const;

    // Nothing: send now. Otherwise the UTC time the quiet period ends, for a message of `kind` to a recipient in
    // `recipientTimeZone` (empty or unknown: the shop's), at `nowUtc`. Daylight saving time is the zone's: an
    // end at 08:00 is 08:00 on the wall clock of that day.
    std::optional<QDateTime> heldUntil(const QDateTime &nowUtc, ChannelKind kind,
                                       const QString &recipientTimeZone = {}) const;

    // Why these settings cannot be saved, in the owner's words; nothing when they can (or are off).
    std::optional<Error> problem() const;

    // One line for the owner: what happens with these settings.
    QString explanation() const;

    // The Monitor's line for a message held until `untilUtc` on the clock of `recipientTimeZone`.
    QString holdMessage(const QDateTime &untilUtc, const QString &recipientTimeZone = {}) const;

    static Result<QuietHours> load(const QSqlDatabase &db);
    Status save(const QSqlDatabase &db) const;
};

} // namespace Tidings
