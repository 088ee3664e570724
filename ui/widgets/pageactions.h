#pragma once

#include <QAction>
#include <QKeySequence>
#include <QString>

class QToolButton;
class QWidget;

namespace Tidings::Ui {

// An action of one page: its shortcut works while the page (or one of its children) has focus, and it is
// listed in the page's actions, which Help → Keyboard Shortcuts reads.
QAction *makePageAction(QWidget *page, const QString &objectName, const QString &text, const QKeySequence &keys);

// makePageAction() with its triggered() connected to `slot` of `page`.
template <typename Page, typename Slot>
QAction *addPageAction(Page *page, const QString &objectName, const QString &text, const QKeySequence &keys, Slot slot)
{
    QAction *action = makePageAction(page, objectName, text, keys);
    QObject::connect(action, &QAction::triggered, page, slot);
    return action;
}

// A flat text button that shows and triggers `action` (its text, enabled state and tooltip follow it).
QToolButton *textButtonFor(QAction *action, QWidget *parent);

} // namespace Tidings::Ui
