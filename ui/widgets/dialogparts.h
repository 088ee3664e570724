#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QWidget;

namespace Tidings::Ui {

// Parts every settings and action dialog of the window has, made one way.

// A hidden, wrapping, plain-text label in the error colour, for a problem shown in place ("the email address
// is not valid"); show it with setText() and show().
QLabel *makeProblemLabel(const QString &objectName, QWidget *parent);

// Cancel and a default button `acceptText` (translated by the caller, in its own context, so its accelerator
// is chosen among the dialog's own), wired to the dialog's accept() and reject(). The accept button is
// returned through `accept`.
QDialogButtonBox *makeAcceptButtons(QDialog *dialog, const QString &acceptText, const QString &acceptObjectName,
                                    QPushButton **accept);

} // namespace Tidings::Ui
