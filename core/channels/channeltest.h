#pragma once

#include "channels/channel.h"
#include "model/orderevent.h"
#include "model/result.h"
#include "templates/messagetemplate.h"

#include <QHash>
#include <QString>

#include <functional>

class QNetworkAccessManager;

// "Send test message": what the owner sees before going live. The built-in shipping template is rendered
// on a sample order with the shop's brand and sent through a channel to an address (or phone) the owner
// types, and the provider's answer comes back in one sentence.
namespace Tidings::ChannelTest {

// A sample shipped order with two items and a tracking link, for `toEmail` / `toPhone`.
OrderEvent sampleOrder(const QString &toEmail, const QString &toPhone);

// The test message: the built-in "shipped" template on the sample order, its subject marked "[Test]".
Result<OutgoingMessage> testMessage(const QString &toEmail, const QString &toPhone, const Brand &brand);

// The same for one address as the owner types it: with an "@" an email address, else a phone number.
Result<OutgoingMessage> testMessageTo(const QString &address, const Brand &brand);

// Builds the channel from `config` and `secrets` and sends `message` through it; `done` is called once
// with the provider's answer (or why the channel could not be built), on `network`'s thread.
void send(const ChannelConfig &config, const QHash<QString, QString> &secrets, const OutgoingMessage &message,
          QNetworkAccessManager *network, std::function<void(const SendOutcome &)> done);

// Builds the channel and runs its connection check (Channel::checkConnection): nothing is sent to anyone.
void checkConnection(const ChannelConfig &config, const QHash<QString, QString> &secrets,
                     QNetworkAccessManager *network, std::function<void(const SendOutcome &)> done);

// The outcome in words for the owner: "Sent: SendGrid accepted the test message (id …)." or the error.
QString describe(const SendOutcome &outcome, const QString &providerName);
// A connection check in words: "Connected: <what the provider said>" or "Not connected: <why>".
QString describeCheck(const SendOutcome &outcome, const QString &providerName);

} // namespace Tidings::ChannelTest
