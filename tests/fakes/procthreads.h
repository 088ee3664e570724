#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Tidings::Test {

// One thread of a process as Linux shows it in /proc/PID/task/TID/stat: its name (at most 15 characters) and the
// fields of that line after the name, so fields.at(0) is field 3 (the state), utime is at 11, stime at 12 and the
// nice value at 16.
struct ProcThread
{
    QString name;
    QList<QByteArray> fields;
};

// The threads of process `pid`; 0 means this one. Empty where there is no /proc.
QList<ProcThread> procThreads(qint64 pid = 0);

} // namespace Tidings::Test
