#pragma once

#include <QApplication>
#include <QString>
#include <QWidget>

namespace Tidings::Test {

// With TIDINGS_SCREENSHOTS set, saves what `widget` shows as /tmp/<prefix>-<name>.png, so a person can look at
// what a GUI test drove; otherwise nothing. Returns false only when saving was asked for and failed.
inline bool screenshot(QWidget *widget, const QString &prefix, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("TIDINGS_SCREENSHOTS")) {
        return true;
    }
    QApplication::processEvents();
    return widget->grab().save(QStringLiteral("/tmp/%1-%2.png").arg(prefix, name));
}

} // namespace Tidings::Test
