#pragma once

#include <QMenu>

class QActionGroup;

namespace Tidings::Ui {

// View → Language: the system's language or one Tidings has a catalogue for. The window's words are set when
// Tidings starts, so a change asks whether to restart now (restartRequested) or use it from the next start.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);
    ~LanguageMenu() override;

    // The language the running window speaks (what Tidings installed at start-up).
    void setRunningLanguage(const QString &code) { m_running = code; }

signals:
    void restartRequested();

private:
    void choose(const QString &code);

    QActionGroup *m_group;
    QString m_running;
};

} // namespace Tidings::Ui
