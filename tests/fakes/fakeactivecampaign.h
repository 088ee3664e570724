#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Tidings::Test {

// A loopback ActiveCampaign API v3 (QHttpServer on 127.0.0.1, any free port) for the two requests of a
// send: POST /api/3/contact/sync {contact:{email,…}} → {contact:{id}}, then POST /api/3/contactAutomations
// {contactAutomation:{contact, automation}} → 201 {contactAutomation:{id}}. Both need "Api-Token: <key>"
// and JSON. Errors are {errors:[{title, detail, code, source}]} (403 for a wrong key, 404 unknown path).
// setMode() chooses the answer to the contact sync, setAutomationMode() the one to the automation request.
// GET /api/3/automations/<id> (the connection check) answers {automation:{id, name, status}} for an automation
// of automations() (default: 12 "Order shipped", status "1" = active), 404 {message:"No Result found …"} for
// others, and the error modes of setMode() (403, 429 with/without Retry-After, 500, hang) like the contact sync.
class FakeActiveCampaign final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeActiveCampaign)

public:
    enum class Mode {
        Accept,          // 201 with an id
        Forbidden403,    // 403 "You are not authorized to access this resource"
        Invalid422,      // 422 validation error
        TooMany429Retry, // 429, Retry-After: 2
        TooMany429,      // 429 without Retry-After
        ServerError500,  // 500
        Malformed,       // 400 with a body that is not JSON
        NoId,            // 200 without an id (contact sync only)
        Hang,            // never answers (until the fake is destroyed)
    };
    Q_ENUM(Mode)

    struct ReceivedRequest
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QJsonObject json;
        int answeredStatus = 0;
    };

    FakeActiveCampaign(QString apiKey, QObject *parent = nullptr);
    ~FakeActiveCampaign() override;

    bool listen();
    QUrl baseUrl() const;

    void setMode(Mode mode) { m_mode = mode; }

    void setAutomationMode(Mode mode) { m_automationMode = mode; }

    // The automations GET /api/3/automations/<id> knows: id → {name, status}.
    void setAutomations(const QHash<QString, QJsonObject> &automations) { m_automations = automations; }

    QList<ReceivedRequest> requests() const { return m_requests; }

    int requestCount() const { return static_cast<int>(m_requests.size()); }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QByteArray m_apiKey;
    QHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    Mode m_mode = Mode::Accept;
    Mode m_automationMode = Mode::Accept;
    int m_nextId = 100;
    QHash<QString, QJsonObject> m_automations{
        {QStringLiteral("12"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Order shipped")},
                                           {QStringLiteral("status"), QStringLiteral("1")}}}};
    QList<ReceivedRequest> m_requests;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hung;
};

} // namespace Tidings::Test
