#include "loadclient.h"

#include <QEventLoop>
#include <QTcpSocket>

namespace Tidings::Bench {

LoadClient::LoadClient(QString host, quint16 port, QList<QByteArray> requests, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_requests(std::move(requests))
{
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &LoadClient::dispatchDue);
}

LoadClient::Result LoadClient::runAndWait(const std::function<void()> &start)
{
    QEventLoop loop;
    connect(this, &LoadClient::finished, &loop, &QEventLoop::quit);
    start();
    loop.exec();
    return m_result;
}

void LoadClient::open(int connections)
{
    m_connections.resize(connections);
    for (int i = 0; i < connections; ++i) {
        auto *socket = new QTcpSocket(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections[i].socket = socket;
        connect(socket, &QTcpSocket::readyRead, this, [this, i] { onReadyRead(m_connections[i]); });
        connect(socket, &QTcpSocket::connected, this, [this, i] {
            if (!m_openLoop) {
                sendNext(m_connections[i]);
            }
        });
        socket->connectToHost(m_host, m_port);
    }
    m_clock.start();
}

void LoadClient::runClosedLoop(int connections)
{
    m_openLoop = false;
    open(connections);
}

void LoadClient::runOpenLoop(int connections, int ratePerSecond, std::function<void(int, qint64)> onSent)
{
    m_openLoop = true;
    m_rate = ratePerSecond;
    m_onSent = std::move(onSent);
    open(connections);
    m_tick.start(1);
}

void LoadClient::sendNext(Connection &connection)
{
    if (m_next >= m_requests.size()) {
        return;
    }
    const int index = m_next++;
    connection.inFlight = index;
    // Open loop measures from when the request was due, so queueing behind busy connections counts.
    connection.startedNs = m_openLoop ? qint64(index) * 1'000'000'000 / m_rate : m_clock.nsecsElapsed();
    if (m_onSent) {
        m_onSent(index, connection.startedNs);
    }
    connection.socket->write(m_requests.at(index));
}

void LoadClient::dispatchDue()
{
    const qint64 now = m_clock.nsecsElapsed();
    for (Connection &connection : m_connections) {
        if (m_next >= m_requests.size()) {
            m_tick.stop();
            return;
        }
        if (connection.inFlight >= 0 || connection.socket->state() != QAbstractSocket::ConnectedState) {
            continue;
        }
        if (qint64(m_next) * 1'000'000'000 / m_rate > now) {
            return;
        }
        sendNext(connection);
    }
}

void LoadClient::onReadyRead(Connection &connection)
{
    connection.buffer += connection.socket->readAll();
    for (;;) {
        const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        const QByteArray head = connection.buffer.left(headerEnd).toLower();
        qsizetype length = 0;
        if (const qsizetype at = head.indexOf("content-length:"); at >= 0) {
            const qsizetype lineEnd = head.indexOf('\r', at);
            length = head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
        }
        if (connection.buffer.size() < headerEnd + 4 + length) {
            return;
        }
        const bool ok = head.startsWith("http/1.1 200");
        connection.buffer.remove(0, headerEnd + 4 + length);
        m_result.latenciesNs.append(m_clock.nsecsElapsed() - connection.startedNs);
        (ok ? m_result.ok : m_result.failed)++;
        ++m_done;
        connection.inFlight = -1;
        if (!m_openLoop) {
            sendNext(connection);
        } else {
            dispatchDue();
        }
        maybeFinish();
    }
}

void LoadClient::maybeFinish()
{
    if (m_done == m_requests.size()) {
        m_result.elapsedNs = m_clock.nsecsElapsed();
        m_tick.stop();
        for (Connection &connection : m_connections) {
            connection.socket->disconnectFromHost();
        }
        emit finished();
    }
}

} // namespace Tidings::Bench
