#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace Tidings::Ui {

// One keyboard shortcut: where it works (a page's name, or everywhere), what it does, its keys.
struct ShortcutEntry
{
    QString where;
    QString action;
    QKeySequence keys;
};

// Help → Keyboard Shortcuts: the window's shortcuts, read from its actions when it opens, so the list is
// never out of date.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;
};

} // namespace Tidings::Ui
