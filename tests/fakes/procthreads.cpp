#include "fakes/procthreads.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

QList<ProcThread> procThreads(qint64 pid)
{
    QList<ProcThread> threads;
    const QDir tasks(pid == 0 ? u"/proc/self/task"_s : u"/proc/%1/task"_s.arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(task + u"/stat"_s));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue; // the thread ended meanwhile
        }
        const QByteArray line = stat.readAll();
        // The name is in parentheses and may hold spaces and parentheses itself: it ends at the last ')'.
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            continue;
        }
        threads.append({QString::fromUtf8(line.mid(open + 1, close - open - 1)), line.mid(close + 2).split(' ')});
    }
    return threads;
}

} // namespace Tidings::Test
