#pragma once

#include <QObject>

class QSocketNotifier;

namespace Tidings::App {

// Turns SIGINT and SIGTERM into a Qt signal on the main thread (self-pipe), so shutdown runs
// through the event loop instead of inside a signal handler.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Tidings::App
