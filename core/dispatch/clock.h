#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <atomic>

namespace Tidings {

// Time as the dispatcher sees it. Injected so retry and backoff can be tested without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to. Thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime::currentDateTimeUtc())
        : m_msecs(start.toMSecsSinceEpoch())
    {}

    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), Qt::UTC); }

    void advance(qint64 msecs) { m_msecs += msecs; }

    void set(const QDateTime &time) { m_msecs = time.toMSecsSinceEpoch(); }

private:
    std::atomic<qint64> m_msecs;
};

} // namespace Tidings
