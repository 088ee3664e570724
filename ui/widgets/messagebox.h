#pragma once

#include <QMessageBox>

#include <optional>

namespace Tidings::Ui {

// Every question the window asks goes through here, so GUI tests can answer it before it is asked
// (setNextAnswer) instead of driving a modal dialog.
class MessageBox final
{
public:
    MessageBox() = delete;

    // Asks a yes/no question; `confirmText` names the Yes button (e.g. "Remove"), No is "Cancel" and the
    // default, so a stray Enter changes nothing.
    static QMessageBox::StandardButton confirm(QWidget *parent, const QString &title, const QString &text,
                                               const QString &confirmText);

    // For tests: the next question is answered with `answer` without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
};

} // namespace Tidings::Ui
