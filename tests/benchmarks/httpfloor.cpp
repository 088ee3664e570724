#include "httpfloor.h"

#include "loadclient.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QThread>

#include <memory>

namespace Tidings::Bench {

using namespace Qt::StringLiterals;

namespace {

class ImmediateServer final : public QAbstractHttpServer
{
public:
    explicit ImmediateServer(QObject *hopTo)
        : m_hopTo(hopTo)
    {}

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        if (!m_hopTo) {
            answer(*responder);
            return true;
        }
        QMetaObject::invokeMethod(
            m_hopTo,
            [this, responder] {
                QMetaObject::invokeMethod(
                    this, [responder] { answer(*responder); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    static void answer(QHttpServerResponder &responder)
    {
        const QByteArray body = R"({"status":"accepted"})";
        responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeBody(body);
    }

    QObject *m_hopTo;
};

} // namespace

double httpFloorPerSecond(const QList<QByteArray> &requests, int connections, bool hop)
{
    QThread serverThread;
    QThread hopThread;
    auto *hopTarget = new QObject;
    hopTarget->moveToThread(&hopThread);
    QObject::connect(&hopThread, &QThread::finished, hopTarget, &QObject::deleteLater);
    hopThread.start();
    serverThread.start();

    ImmediateServer *server = nullptr;
    quint16 port = 0;
    QObject context;
    context.moveToThread(&serverThread);
    QMetaObject::invokeMethod(
        &context,
        [&] {
            server = new ImmediateServer(hop ? hopTarget : nullptr);
            auto *tcp = new QTcpServer(server);
            if (tcp->listen(QHostAddress::LocalHost, 0)) {
                port = tcp->serverPort();
                server->bind(tcp);
            }
        },
        Qt::BlockingQueuedConnection);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);

    double perSecond = -1;
    if (port != 0) {
        LoadClient client(u"127.0.0.1"_s, port, requests);
        perSecond = client.runAndWait([&] { client.runClosedLoop(connections); }).perSecond();
    }
    serverThread.quit();
    serverThread.wait();
    hopThread.quit();
    hopThread.wait();
    return perSecond;
}

} // namespace Tidings::Bench
