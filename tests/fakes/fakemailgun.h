#pragma once

#include "fakes/fakesendserver.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Tidings::Test {

// A loopback Mailgun Messages API: POST /v3/<domain>/messages with HTTP Basic "api:<key>" and a
// multipart/form-data (or urlencoded) body carrying from, to, subject and text and/or html. Contract
// violations get Mailgun's answers: 401 plain "Forbidden" (wrong credentials), 404 {"message":"Domain not
// found: …"} (other domain), 405, 400 {"message":"… is missing"}. A valid request is answered by the next
// queued mode, else by mode().
//
// A request with credentials and domain right but no message field at all (only options such as
// o:testmode: the connection check) delivers nothing: it gets 400 {"message":"from parameter is missing"},
// unless the next mode is 401, 404, 429, 5xx or Hang, which answer as for a send.
//
// Files: "attachment" and "inline" parts must be files (a filename, referred to as "cid:<filename>" when inline)
// with a Content-Type; else 400 {"message"}. fields() leaves files out; files() returns them.
class FakeMailgun final : public FakeSendServer
{
    Q_OBJECT

public:
    enum class Mode {
        Accept,              // 200 {"id":"<…@domain>","message":"Queued. Thank you."}
        Reject400,           // 400 {"message":"to parameter is not a valid address. please check documentation"}
        Unauthorized401,     // 401 text "Forbidden"
        SandboxForbidden403, // 403, sandbox domain and a recipient that is not authorized
        UnknownDomain404,    // 404 {"message":"Domain not found: …"}
        TooLarge413,         // 413 {"message":"request entity too large"}
        RateLimit429,        // 429 with Retry-After: retryAfterSeconds()
        RateLimit429Bare,    // 429 without Retry-After
        ServerError500,      // 500 {"message":"Internal Server Error"}
        Unavailable503,      // 503 text/html page
        MalformedOk,         // 200 with a body that is not JSON
        Hang,                // no answer until releaseHung() or the client gives up
    };
    Q_ENUM(Mode)

    FakeMailgun(QString domain, QString apiKey, QObject *parent = nullptr);

    void setMode(Mode mode) { m_mode = mode; }

    void queueModes(const QList<Mode> &modes) { m_queued.append(modes); }

    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    int acceptedCount() const { return m_accepted; }

    // The form fields of request `index` (not its files), in order (repeated names kept).
    QList<std::pair<QByteArray, QString>> fields(int index) const;
    // The first value of field `name` in request `index`.
    QString field(int index, const QByteArray &name) const;
    // The file parts named `name` ("inline", "attachment") of request `index`, in order.
    QList<MultipartPart> files(int index, const QByteArray &name) const;

protected:
    std::optional<Response> respond(const Request &request) override;

private:
    std::optional<Response> answer(Mode mode);

    QString m_domain;
    QByteArray m_authorization;
    Mode m_mode = Mode::Accept;
    QList<Mode> m_queued;
    int m_retryAfterSeconds = 7;
    int m_accepted = 0;
};

} // namespace Tidings::Test
