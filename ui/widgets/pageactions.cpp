#include "widgets/pageactions.h"

#include <QToolButton>
#include <QWidget>

namespace Tidings::Ui {

QAction *makePageAction(QWidget *page, const QString &objectName, const QString &text, const QKeySequence &keys)
{
    auto *action = new QAction(text, page);
    action->setObjectName(objectName);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    return action;
}

QToolButton *textButtonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace Tidings::Ui
