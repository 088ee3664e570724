#include "widgets/dialogparts.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

QLabel *makeProblemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // the words may quote what the owner typed
    label->setStyleSheet(u"color: #c0392b;"_s);
    label->hide();
    return label;
}

QDialogButtonBox *makeAcceptButtons(QDialog *dialog, const QString &acceptText, const QString &acceptObjectName,
                                    QPushButton **accept)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *button = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    button->setObjectName(acceptObjectName);
    button->setDefault(true);
    // accept() is virtual: the dialog's own check-and-save runs.
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    if (accept) {
        *accept = button;
    }
    return buttons;
}

} // namespace Tidings::Ui
