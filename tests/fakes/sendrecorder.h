#pragma once

#include "channels/channel.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tidings::Test {

// Collects the outcomes of a channel's sends, one slot per send, and how often `done` ran for each.
// The recorder must outlive every callback it hands out.
class SendRecorder
{
public:
    // The `done` to pass to Channel::send() for this slot.
    Channel::Done callback(int slot = 0);
    // Whether `done` ran at least once for this slot.
    bool has(int slot = 0) const;
    // How often `done` ran for this slot (0 when it never did).
    int calls(int slot = 0) const;
    // The last outcome of this slot. When there is none, fails the test (and warns) and returns a refused
    // outcome whose error says so, so the checks that follow fail instead of reading an empty optional.
    const SendOutcome &outcome(int slot = 0) const;

private:
    QList<std::optional<SendOutcome>> m_outcomes;
    QList<int> m_calls;
};

// Sends one message and waits for its outcome. std::nullopt (and a warning saying why) when `done` ran inside
// send() (channels must answer from the event loop), when no answer came within `timeoutMs`, or when `done`
// ran more than once (events are processed once more after the first answer to catch a second call).
std::optional<SendOutcome> sendOne(Channel &channel, const OutgoingMessage &message, int timeoutMs = 10000);
// The same for a connection check (Channel::checkConnection).
std::optional<SendOutcome> checkOne(Channel &channel, int timeoutMs = 10000);

// The error's message and detail, or an empty string when there is no error: safe in QVERIFY2 descriptions.
QString errorText(const SendOutcome &outcome);

// Fails the test when a secret shows in the provider's answer, the message id or the error's message or detail.
// Uses QVERIFY2: a failure returns from here only, so callers check QTest::currentTestFailed() if they go on.
void verifyNoSecrets(const SendOutcome &outcome, const QStringList &secrets);

} // namespace Tidings::Test
