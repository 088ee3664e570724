#pragma once

#include "model/result.h"
#include "templates/linediff.h"
#include "templates/messagetemplate.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Tidings::Ui {

// One published version of a template, as the History dialog lists it.
struct HistoryVersion
{
    qint64 id = 0;
    MessageTemplate content;
    QDateTime createdAt;
    QDateTime publishedAt;
    bool live = false;
};

// "History…" on the Templates page: every published version of one template, newest first, with Restore (the
// chosen version becomes the draft, to look at and publish again) and a side-by-side comparison of two
// versions, one part at a time, with the lines that differ highlighted.
class TemplateHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateHistoryDialog)

public:
    using Restore = std::function<Status(qint64 versionId)>;

    enum class Part {
        Subject,
        Html,
        Text,
    };
    Q_ENUM(Part)

    TemplateHistoryDialog(const QString &templateName, const QList<HistoryVersion> &versions, Restore restore,
                          QWidget *parent = nullptr);
    ~TemplateHistoryDialog() override;

    QListWidget *versionList() const { return m_list; }

    QPushButton *restoreButton() const { return m_restore; }

    // The comparison: the older version on the left, the newer on the right (by default the two newest).
    QComboBox *leftBox() const { return m_leftBox; }

    QComboBox *rightBox() const { return m_rightBox; }

    QComboBox *partBox() const { return m_partBox; }

    QPlainTextEdit *leftView() const { return m_left; }

    QPlainTextEdit *rightView() const { return m_right; }

    // The comparison shown now.
    const LineDiff &diff() const { return m_diff; }

    QLabel *problemLabel() const { return m_problem; }

    // The version restored (0 until Restore worked).
    qint64 restoredVersionId() const { return m_restoredId; }

    // A version's one-line label: "Version 3 — published 29 Nov 2026 21:40 (live)".
    static QString labelFor(const HistoryVersion &version, int number);

private:
    void restoreSelected();
    void updateComparison();
    static QString partOf(const MessageTemplate &content, Part part);

    QList<HistoryVersion> m_versions;
    Restore m_restoreVersion;
    LineDiff m_diff;
    qint64 m_restoredId = 0;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QComboBox *m_leftBox = nullptr;
    QComboBox *m_rightBox = nullptr;
    QComboBox *m_partBox = nullptr;
    QPlainTextEdit *m_left = nullptr;
    QPlainTextEdit *m_right = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Tidings::Ui
