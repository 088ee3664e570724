#include "diagnostics/logviewerdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaximumLines = 5000;

} // namespace

LogViewerDialog::LogViewerDialog(LogBook *log, std::function<QString()> report, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_report(std::move(report))
    , m_view(new QPlainTextEdit(this))
    , m_level(new QComboBox(this))
    , m_copyReport(new QPushButton(tr("Copy &Diagnostic Report"), this))
    , m_openFolder(new QPushButton(tr("&Open Log Folder"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"logViewer"_s);
    setWindowTitle(tr("Tidings Log"));

    m_view->setObjectName(u"logView"_s);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(MaximumLines);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("Log"));

    m_level->setObjectName(u"logLevel"_s);
    m_level->addItem(tr("All messages"), QtInfoMsg);
    m_level->addItem(tr("Warnings and errors"), QtWarningMsg);
    auto *levelLabel = new QLabel(tr("&Show:"), this);
    levelLabel->setBuddy(m_level);

    m_copyReport->setObjectName(u"copyReportButton"_s);
    m_copyReport->setToolTip(tr("Copies the versions, settings and recent log for support. Keys and passwords "
                                "are left out."));
    m_openFolder->setObjectName(u"openLogFolderButton"_s);
    m_status->setObjectName(u"logStatus"_s);
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(levelLabel);
    top->addWidget(m_level);
    top->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copyReport, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_level, &QComboBox::currentIndexChanged, this, &LogViewerDialog::reload);
    connect(m_copyReport, &QPushButton::clicked, this, &LogViewerDialog::copyReport);
    connect(m_openFolder, &QPushButton::clicked, this, &LogViewerDialog::openFolder);
    if (m_log) {
        // Lines come from any thread; they are shown on this one.
        connect(m_log, &LogBook::entryAdded, this, &LogViewerDialog::append, Qt::QueuedConnection);
        m_openFolder->setEnabled(!m_log->filePath().isEmpty());
    } else {
        m_openFolder->setEnabled(false);
    }
    reload();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 32);
}

LogViewerDialog::~LogViewerDialog() = default;

bool LogViewerDialog::shows(const LogEntry &entry) const
{
    if (m_level->currentData().toInt() != QtWarningMsg) {
        return true;
    }
    return entry.type == QtWarningMsg || entry.type == QtCriticalMsg || entry.type == QtFatalMsg;
}

void LogViewerDialog::reload()
{
    m_view->clear();
    if (!m_log) {
        m_status->setText(tr("Tidings keeps no log in this run."));
        return;
    }
    QStringList lines;
    const QList<LogEntry> entries = m_log->entries();
    for (const LogEntry &entry : entries) {
        if (shows(entry)) {
            lines.append(formatLogEntry(entry));
        }
    }
    m_view->setPlainText(lines.join(u'\n'));
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    const QString file = m_log->filePath();
    m_status->setText(file.isEmpty() ? QString() : tr("Also written to %1").arg(QDir::toNativeSeparators(file)));
}

void LogViewerDialog::append(const LogEntry &entry)
{
    if (!shows(entry)) {
        return;
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_view->appendPlainText(formatLogEntry(entry));
    if (atEnd) {
        bar->setValue(bar->maximum()); // follow new lines unless the owner scrolled up to read
    }
}

void LogViewerDialog::copyReport()
{
    if (!m_report) {
        return;
    }
    QApplication::clipboard()->setText(m_report());
    m_status->setText(tr("The diagnostic report is on the clipboard. Paste it into your message to support."));
}

void LogViewerDialog::openFolder()
{
    if (!m_log || m_log->filePath().isEmpty()) {
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_log->filePath()).absolutePath()));
}

} // namespace Tidings::Ui
