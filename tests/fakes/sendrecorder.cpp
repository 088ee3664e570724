#include "fakes/sendrecorder.h"

#include <QCoreApplication>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

Channel::Done SendRecorder::callback(int slot)
{
    if (m_outcomes.size() <= slot) {
        m_outcomes.resize(slot + 1);
        m_calls.resize(slot + 1);
    }
    return [this, slot](const SendOutcome &outcome) {
        m_outcomes[slot] = outcome;
        ++m_calls[slot];
    };
}

bool SendRecorder::has(int slot) const
{
    return calls(slot) > 0;
}

int SendRecorder::calls(int slot) const
{
    return slot >= 0 && slot < m_calls.size() ? m_calls.at(slot) : 0;
}

const SendOutcome &SendRecorder::outcome(int slot) const
{
    if (slot >= 0 && slot < m_outcomes.size() && m_outcomes.at(slot)) {
        return *m_outcomes.at(slot);
    }
    const QString why = u"SendRecorder: no outcome recorded for slot %1"_s.arg(slot);
    qWarning("%s", qPrintable(why));
    if (!QTest::currentTestFailed()) {
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
    }
    // Reassigned on every miss; the tests run on one thread.
    static SendOutcome missing;
    missing = SendOutcome{};
    missing.error = Error::make(ErrorCode::Internal, why);
    return missing;
}

namespace {

// Starts one call with `start` and waits for its one answer (see sendOne); `what` and `call` name it in
// warnings.
std::optional<SendOutcome> waitForOne(const char *what, const char *call,
                                      const std::function<void(Channel::Done)> &start, int timeoutMs)
{
    // Shared with the callback, so a late or second call after we return does not write to a dead stack frame.
    struct State
    {
        std::optional<SendOutcome> outcome;
        int calls = 0;
    };

    const auto state = std::make_shared<State>();
    start([state](const SendOutcome &outcome) {
        state->outcome = outcome;
        ++state->calls;
    });
    if (state->calls != 0) {
        qWarning("%s: done ran inside %s(); channels must answer from the event loop", what, call);
        return std::nullopt;
    }
    if (!QTest::qWaitFor([&] { return state->calls > 0; }, timeoutMs)) {
        qWarning("%s: no answer within %d ms", what, timeoutMs);
        return std::nullopt;
    }
    QCoreApplication::processEvents(); // once more, to catch a second call
    if (state->calls != 1) {
        qWarning("%s: done ran %d times", what, state->calls);
        return std::nullopt;
    }
    return state->outcome;
}

} // namespace

std::optional<SendOutcome> sendOne(Channel &channel, const OutgoingMessage &message, int timeoutMs)
{
    return waitForOne(
        "sendOne", "send", [&](Channel::Done done) { channel.send(message, std::move(done)); }, timeoutMs);
}

std::optional<SendOutcome> checkOne(Channel &channel, int timeoutMs)
{
    return waitForOne(
        "checkOne", "checkConnection", [&](Channel::Done done) { channel.checkConnection(std::move(done)); },
        timeoutMs);
}

QString errorText(const SendOutcome &outcome)
{
    if (!outcome.error) {
        return {};
    }
    if (outcome.error->detail.isEmpty()) {
        return outcome.error->message;
    }
    return outcome.error->message + u" | detail: "_s + outcome.error->detail;
}

void verifyNoSecrets(const SendOutcome &outcome, const QStringList &secrets)
{
    const QList<std::pair<const char *, QString>> texts{
        {"providerAnswer", outcome.providerAnswer},
        {"providerMessageId", outcome.providerMessageId},
        {"error message", outcome.error ? outcome.error->message : QString()},
        {"error detail", outcome.error ? outcome.error->detail : QString()},
    };
    for (const QString &secret : secrets) {
        QVERIFY2(!secret.isEmpty(), "verifyNoSecrets: an empty secret matches everything");
        for (const auto &[field, text] : texts) {
            QVERIFY2(!text.contains(secret),
                     qPrintable(u"%1 shows a secret: %2"_s.arg(QLatin1StringView(field), text)));
        }
    }
}

} // namespace Tidings::Test
