#pragma once

#include "channels/channel.h"
#include "channels/channeltypeinfo.h"
#include "model/error.h"
#include "model/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Tidings {

// Test mode: a shop runs Tidings for real (its shop's events, its providers, its templates) while every message
// that would reach a customer reaches the owner instead. The switch is global and outlives a restart (settings
// table); it is applied when a message is sent, so nothing queued in test mode reaches a customer later.
struct TestMode
{
    bool enabled = false;
    QString email; // where customers' emails go instead; required to switch test mode on
    QString phone; // where customers' text messages go instead; without it they are not sent

    friend bool operator==(const TestMode &, const TestMode &) = default;

    // Why these settings cannot be switched on, in the owner's words; nothing when they can (or are off).
    std::optional<Error> problem() const;

    static Result<TestMode> load(const QSqlDatabase &db);
    Status save(const QSqlDatabase &db) const;
};

// Rewrites `message` for test mode so that it reaches the owner instead of the customer:
//  - Email: to the test address, the subject marked "[Test]";
//  - SMS: to the test phone; without one the message is not sent (the error says why, not retryable);
//  - Automation (Klaviyo, HubSpot, ActiveCampaign, webhooks): the customer's email and phone in the data handed
//    on are the owner's, and the data says "test": true, so no flow reaches a real customer;
//  - Chat goes to the shop's staff as always, marked "[Test]".
// `note` says what was changed, for the delivery attempt's record.
std::optional<Error> applyTestMode(const TestMode &mode, ChannelKind kind, OutgoingMessage &message, QString *note);

} // namespace Tidings
