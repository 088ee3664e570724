#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace Tidings::Test {

// The loopback plumbing the outbound provider fakes (Mailgun, Mandrill, Microsoft Graph) share: listens on
// 127.0.0.1 (any free port), records every request, and lets a subclass answer it — or hold it without an
// answer (a hang) until releaseHung() or until the client gives up and closes its connection.
// Lives on the test's thread.
class FakeSendServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSendServer)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        int status = 0; // what it was answered; 0 while hung
        QDateTime receivedAt;
    };

    struct Response
    {
        int status = 200;
        Headers headers;
        QByteArray body;
    };

    explicit FakeSendServer(QObject *parent = nullptr);
    ~FakeSendServer() override;

    bool listen();
    // "http://127.0.0.1:<port>"
    QUrl baseUrl() const;

    QList<Request> requests() const { return m_requests; }

    Request request(int index) const { return m_requests.value(index); }

    int requestCount() const { return static_cast<int>(m_requests.size()); }

    // Hung requests whose client is still connected.
    int hungCount() const { return static_cast<int>(m_hung.size()); }

    // Closes the connections of the hung requests without an answer.
    void releaseHung();

signals:
    void requestReceived(int index);

protected:
    // The answer to `request`, or nullopt to hang.
    virtual std::optional<Response> respond(const Request &request) = 0;

    static Response json(int status, const QByteArray &body, const Headers &headers = {});
    static Response text(int status, const QByteArray &body, const Headers &headers = {});

private:
    struct Hung
    {
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QHttpServerResponder> responder;
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void dropHung(QTcpSocket *socket);

    QHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    QList<Request> m_requests;
    std::vector<Hung> m_hung;
};

// One part of a multipart/form-data body.
struct MultipartPart
{
    QByteArray name;                    // Content-Disposition name
    std::optional<QByteArray> fileName; // Content-Disposition filename, when the part is a file
    QByteArray contentType;             // the part's Content-Type, empty when it has none
    QByteArray data;
};

// Reads a multipart/form-data body into its parts in order; nullopt when it is not one.
std::optional<QList<MultipartPart>> parseMultipartParts(const QByteArray &contentType, const QByteArray &body);

// Reads a multipart/form-data body into (name, value) pairs in order; nullopt when it is not one.
std::optional<QList<std::pair<QByteArray, QByteArray>>> parseMultipart(const QByteArray &contentType,
                                                                       const QByteArray &body);

} // namespace Tidings::Test
