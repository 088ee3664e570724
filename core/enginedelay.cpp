// Delay detection: the Engine's part (settings and the watcher on the writer's thread).
#include "engine.h"
#include "enginelog.h"
#include "store/delaywatcher.h"
#include "store/ingestwriter.h"

#include <tuple>

using namespace Qt::StringLiterals;

namespace Tidings {

Status Engine::startDelayWatcher()
{
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    auto detection = DelayDetection::load(*db);
    if (!detection) {
        return detection.error();
    }
    m_delayDetection = *detection;

    // On the writer's thread: its events go into the writer's queue without crossing threads, and its scans
    // never run while the writer commits.
    m_delayWatcher = new DelayWatcher(m_dataDir, m_writer, m_clock);
    m_delayWatcher->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_delayWatcher, &QObject::deleteLater);
    connect(m_delayWatcher, &DelayWatcher::problem, this, &Engine::problem);
    Status opened;
    QMetaObject::invokeMethod(
        m_delayWatcher, [watcher = m_delayWatcher, &opened] { opened = watcher->open(); },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        return opened;
    }
    // The first check runs once the writer's thread is free, not during start.
    QMetaObject::invokeMethod(m_delayWatcher, [watcher = m_delayWatcher, detection = m_delayDetection] {
        std::ignore = watcher->setDetection(detection); // a problem is emitted as problem()
    });
    if (m_delayDetection.enabled) {
        qCInfo(lcEngine) << "delay detection on:" << m_delayDetection.days << "days";
    }
    return {};
}

Status Engine::setDelayDetection(const DelayDetection &detection)
{
    if (auto why = detection.problem()) {
        return *why;
    }
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (Status saved = detection.save(*db); !saved) {
        return saved;
    }
    m_delayDetection = detection;
    if (m_delayWatcher) {
        QMetaObject::invokeMethod(m_delayWatcher, [watcher = m_delayWatcher, detection] {
            std::ignore = watcher->setDetection(detection); // a problem is emitted as problem()
        });
    }
    qCInfo(lcEngine) << "delay detection" << (detection.enabled ? "on:" : "off") << detection.days << "days";
    return {};
}

} // namespace Tidings
