#include "dispatch/backgroundpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <algorithm>
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Tidings {

bool runCallingThreadInBackground()
{
#ifdef Q_OS_LINUX
    // QThread priorities do nothing for normal (SCHED_OTHER) threads on Linux; a thread's nice value does. With
    // PRIO_PROCESS and a thread id, setpriority() changes that one thread.
    const auto thread = static_cast<id_t>(gettid());
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, thread);
    if (current == -1 && errno != 0) {
        return false;
    }
    return setpriority(PRIO_PROCESS, thread, std::min(19, current + kBackgroundNiceIncrement)) == 0;
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
    return true;
#endif
}

} // namespace Tidings
