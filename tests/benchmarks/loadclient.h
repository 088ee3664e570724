#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace Tidings::Bench {

// A small HTTP/1.1 keep-alive load generator: N connections, each sending the next prepared request
// as soon as its previous answer is complete (closed loop), or at a fixed rate (open loop).
class LoadClient final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        int ok = 0;
        int failed = 0;
        qint64 elapsedNs = 0;
        QList<qint64> latenciesNs; // per answered request, from scheduled send to complete answer

        double perSecond() const { return double(ok) / (double(elapsedNs) / 1e9); }
    };

    LoadClient(QString host, quint16 port, QList<QByteArray> requests, QObject *parent = nullptr);

    // Closed loop over `connections` sockets until every request was answered.
    void runClosedLoop(int connections);
    // Open loop: request i is due at i / ratePerSecond seconds; sent on the first idle connection.
    void runOpenLoop(int connections, int ratePerSecond, std::function<void(int index, qint64 sentNs)> onSent);

    const Result &result() const { return m_result; }

    // Calls `start` (one of the runs above) and returns the result once the run has finished, spinning an event
    // loop meanwhile.
    Result runAndWait(const std::function<void()> &start);

    qint64 nowNs() const { return m_clock.nsecsElapsed(); }

signals:
    void finished();

private:
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        int inFlight = -1; // request index, -1 when idle
        qint64 startedNs = 0;
    };

    void open(int connections);
    void sendNext(Connection &connection);
    void onReadyRead(Connection &connection);
    void dispatchDue();
    void maybeFinish();

    QString m_host;
    quint16 m_port;
    QList<QByteArray> m_requests;
    QList<Connection> m_connections;
    int m_next = 0;
    int m_done = 0;
    bool m_openLoop = false;
    int m_rate = 0;
    QTimer m_tick;
    QElapsedTimer m_clock;
    std::function<void(int, qint64)> m_onSent;
    Result m_result;
};

} // namespace Tidings::Bench
