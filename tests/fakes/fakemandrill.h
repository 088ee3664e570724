#pragma once

#include "fakes/fakesendserver.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tidings::Test {

// A loopback Mailchimp Transactional (Mandrill) API: POST /api/1.0/messages/send and
// /api/1.0/messages/send-template, JSON with the key in the body. Contract violations get Mandrill's answers:
// HTTP 500 {"status":"error","code":-1,"name":"Invalid_Key","message":"Invalid API key"} for a wrong or
// missing key, 500 ValidationError for a body without message.to / from_email, send-template without
// template_name, send with neither html nor text, or message.images that are not a non-empty array of {type
// ("image/…"), name (the Content ID), content (base64)}; 404 for other paths. A valid request is answered by the
// next queued mode, else by mode().
//
// POST /api/1.0/users/ping2 {"key"} (the connection check) sends nothing: a wrong key gets 500 Invalid_Key;
// else 200 {"PING":"PONG!"}, unless the next mode is InvalidKey, GeneralError, 429, 502 or Hang, which answer
// as for a send.
class FakeMandrill final : public FakeSendServer
{
    Q_OBJECT

public:
    enum class Mode {
        Sent,                  // 200 [{email, status:"sent", reject_reason:null, _id}]
        Queued,                // 200 status "queued"
        Scheduled,             // 200 status "scheduled"
        RejectedHardBounce,    // 200 status "rejected", reject_reason "hard-bounce"
        RejectedSpam,          // 200 status "rejected", reject_reason "spam"
        RejectedUnsub,         // 200 status "rejected", reject_reason "unsub"
        RejectedInvalidSender, // 200 status "rejected", reject_reason "invalid-sender"
        Invalid,               // 200 status "invalid"
        InvalidKey,            // 500 Invalid_Key
        PaymentRequired,       // 500 PaymentRequired
        UnknownSubaccount,     // 500 Unknown_Subaccount
        UnknownTemplate,       // 500 Unknown_Template
        ValidationError,       // 500 ValidationError
        GeneralError,          // 500 GeneralError (retryable)
        RateLimit429,          // 429 with Retry-After: retryAfterSeconds()
        RateLimit429Bare,      // 429 without Retry-After
        BadGateway502,         // 502 HTML page
        Malformed,             // 200 with a body that is not JSON
        Hang,                  // no answer until releaseHung() or the client gives up
    };
    Q_ENUM(Mode)

    explicit FakeMandrill(QString apiKey, QObject *parent = nullptr);

    void setMode(Mode mode) { m_mode = mode; }

    void queueModes(const QList<Mode> &modes) { m_queued.append(modes); }

    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    int acceptedCount() const { return m_accepted; }

    // The JSON body of request `index`.
    QJsonObject bodyOf(int index) const;

protected:
    std::optional<Response> respond(const Request &request) override;

private:
    std::optional<Response> ping(const Request &request);
    std::optional<Response> answer(Mode mode, const QString &email, const QString &id, const QString &templateName);

    QString m_apiKey;
    Mode m_mode = Mode::Sent;
    QList<Mode> m_queued;
    int m_retryAfterSeconds = 7;
    int m_accepted = 0;
};

} // namespace Tidings::Test
