#include "channels/channel.h"
#include "fakes/sendrecorder.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using Tidings::Channel;
using Tidings::Error;
using Tidings::ErrorCode;
using Tidings::OutgoingMessage;
using Tidings::SendOutcome;
using Tidings::Test::errorText;
using Tidings::Test::sendOne;
using Tidings::Test::SendRecorder;
using Tidings::Test::verifyNoSecrets;

namespace {

// Answers the way it is told to, so the helpers' refusals can be seen.
class ScriptedChannel final : public Channel
{
public:
    enum class Mode {
        Queued,
        InsideSend,
        Twice,
        Never
    };

    explicit ScriptedChannel(Mode mode)
        : m_mode(mode)
    {}

    QString type() const override { return u"scripted"_s; }

    void send(const OutgoingMessage &, Done done) override
    {
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerMessageId = u"id-1"_s;
        switch (m_mode) {
        case Mode::Queued:
            QMetaObject::invokeMethod(
                this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
            break;
        case Mode::InsideSend:
            done(outcome);
            break;
        case Mode::Twice:
            // The second answer comes one event loop pass after the first.
            QMetaObject::invokeMethod(
                this,
                [this, done, outcome] {
                    done(outcome);
                    QMetaObject::invokeMethod(
                        this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
            break;
        case Mode::Never:
            m_kept = std::move(done);
            break;
        }
    }

private:
    Mode m_mode;
    Done m_kept;
};

} // namespace

class TestSendRecorder final : public QObject
{
    Q_OBJECT

private slots:
    void sendOneAnswersOnce();
    void sendOneRefusesAnAnswerInsideSend();
    void sendOneRefusesASecondAnswer();
    void sendOneTimesOut();
    void recorderSlots();
    void missingOutcomeFailsLoudly();
    void errorTextIsSafe();
    void noSecretsInACleanOutcome();
};

void TestSendRecorder::sendOneAnswersOnce()
{
    ScriptedChannel channel(ScriptedChannel::Mode::Queued);
    const auto outcome = sendOne(channel, {});
    QVERIFY(outcome);
    QVERIFY(outcome->accepted);
    QCOMPARE(outcome->providerMessageId, u"id-1"_s);
}

void TestSendRecorder::sendOneRefusesAnAnswerInsideSend()
{
    ScriptedChannel channel(ScriptedChannel::Mode::InsideSend);
    QTest::ignoreMessage(QtWarningMsg, "sendOne: done ran inside send(); channels must answer from the event loop");
    QVERIFY(!sendOne(channel, {}));
}

void TestSendRecorder::sendOneRefusesASecondAnswer()
{
    ScriptedChannel channel(ScriptedChannel::Mode::Twice);
    QTest::ignoreMessage(QtWarningMsg, "sendOne: done ran 2 times");
    QVERIFY(!sendOne(channel, {}));
}

void TestSendRecorder::sendOneTimesOut()
{
    ScriptedChannel channel(ScriptedChannel::Mode::Never);
    QTest::ignoreMessage(QtWarningMsg, "sendOne: no answer within 50 ms");
    QVERIFY(!sendOne(channel, {}, 50));
}

void TestSendRecorder::recorderSlots()
{
    ScriptedChannel channel(ScriptedChannel::Mode::Queued);
    SendRecorder recorder;
    channel.send({}, recorder.callback());
    channel.send({}, recorder.callback(2));
    QVERIFY(!recorder.has());
    QTRY_VERIFY(recorder.has(2));
    QVERIFY(recorder.has(0));
    QVERIFY(!recorder.has(1));
    QCOMPARE(recorder.calls(0), 1);
    QCOMPARE(recorder.calls(1), 0);
    QCOMPARE(recorder.calls(7), 0);
    QVERIFY(recorder.outcome(2).accepted);
}

void TestSendRecorder::missingOutcomeFailsLoudly()
{
    SendRecorder recorder;
    QTest::ignoreMessage(QtWarningMsg, "SendRecorder: no outcome recorded for slot 3");
    QEXPECT_FAIL("", "slot 3 has no outcome", Continue);
    const SendOutcome &outcome = recorder.outcome(3);
    // What comes back is a refusal that says why, not an empty optional to dereference.
    QVERIFY(!outcome.accepted);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::Internal);
    QVERIFY(outcome.error->message.contains(u"slot 3"_s));
}

void TestSendRecorder::errorTextIsSafe()
{
    SendOutcome outcome;
    outcome.accepted = true;
    QCOMPARE(errorText(outcome), QString());
    outcome.error = Error::make(ErrorCode::ProviderRejected, u"Refused."_s);
    QCOMPARE(errorText(outcome), u"Refused."_s);
    outcome.error->detail = u"HTTP 400"_s;
    QVERIFY(errorText(outcome).contains(u"Refused."_s));
    QVERIFY(errorText(outcome).contains(u"HTTP 400"_s));
}

void TestSendRecorder::noSecretsInACleanOutcome()
{
    SendOutcome outcome;
    outcome.providerAnswer = u"{\"ok\":true}"_s;
    outcome.error = Error::make(ErrorCode::ProviderFailed, u"Try later."_s, u"busy"_s);
    verifyNoSecrets(outcome, {u"s3cr3t"_s});
}

QTEST_GUILESS_MAIN(TestSendRecorder)
#include "tst_sendrecorder.moc"
