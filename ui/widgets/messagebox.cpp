#include "widgets/messagebox.h"

#include <QPushButton>

namespace Tidings::Ui {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;

QMessageBox::StandardButton MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                                                const QString &confirmText)
{
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Yes)->setText(confirmText);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

} // namespace Tidings::Ui
