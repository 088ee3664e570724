#pragma once

#include "diagnostics/logbook.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Tidings::Ui {

// Help → Log: what Tidings logged since it started (the LogBook's last lines), following new lines as they
// come, with a filter for warnings and errors, "Copy Diagnostic Report" for support and "Open Log Folder".
class LogViewerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogViewerDialog)

public:
    // `report` makes the diagnostic report's text when asked (the window knows the settings and data folder).
    LogViewerDialog(LogBook *log, std::function<QString()> report, QWidget *parent = nullptr);
    ~LogViewerDialog() override;

    QPlainTextEdit *view() const { return m_view; }

    QComboBox *levelBox() const { return m_level; }

    QPushButton *copyReportButton() const { return m_copyReport; }

    QLabel *status() const { return m_status; }

private:
    void reload();
    void append(const LogEntry &entry);
    bool shows(const LogEntry &entry) const;
    void copyReport();
    void openFolder();

    QPointer<LogBook> m_log;
    std::function<QString()> m_report;
    QPlainTextEdit *m_view;
    QComboBox *m_level;
    QPushButton *m_copyReport;
    QPushButton *m_openFolder;
    QLabel *m_status;
};

} // namespace Tidings::Ui
