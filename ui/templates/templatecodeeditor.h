#pragma once

#include "templates/templatevalidator.h"

#include <QPlainTextEdit>

#include <optional>

class QCompleter;
class QStandardItemModel;

namespace Tidings::Ui {

class MustacheHighlighter;

// The code editor of the Templates page for one part of a template (subject, HTML or text): Mustache
// highlighting, line numbers, completion of variables (after typing {{ and with Ctrl+Space; inside {{#items}} the
// item keys come first), problems from the validator as wavy underlines with a marker in the line-number gutter
// (their message on hover, and with F8 / Shift+F8 which move to the next / previous problem and show it), and
// variables dropped from the VariablesPalette inserted where they are dropped.
class TemplateCodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateCodeEditor)

public:
    explicit TemplateCodeEditor(QWidget *parent = nullptr);
    ~TemplateCodeEditor() override;

    // Which part this editor shows: setProblems() keeps only that part's problems. Also dims HTML tags for Html.
    void setPart(TemplateProblem::Part part);

    std::optional<TemplateProblem::Part> part() const { return m_part; }

    // Shows these problems (all of a template's may be passed once setPart() is called); an empty list clears.
    void setProblems(const QList<TemplateProblem> &problems);

    QList<TemplateProblem> problems() const { return m_problems; }

    // The messages of the problems on a 1-based line, one per line of text; empty when there are none.
    QString problemsOnLine(int line) const;

    // Writes the variable at the cursor: {{order.number}}, or a section around the selection for lists and
    // yes/no values (see TemplateVariables::snippet), then gives the editor the focus.
    void insertVariable(const QString &path);

    // The full paths of the sections open at `position` (outermost first), as the catalogue resolves them.
    QStringList openScopesAt(int position) const;

    QCompleter *completer() const { return m_completer; }

    MustacheHighlighter *highlighter() const { return m_highlighter; }

    int gutterWidth() const;

    // The drag-and-drop format of a variable's path (VariablesPalette offers it besides the text).
    static QString variableMimeType();

public slots:
    // Opens the completion list at the cursor; outside a tag it writes {{ first.
    void showCompletions();
    void goToNextProblem();
    void goToPreviousProblem();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    class Gutter;
    friend class Gutter;

    struct OpenTag
    {
        int start = -1; // position of "{{"
        QString sigil;  // "", "#", "^", "/"
        QString prefix; // what is typed of the name so far
    };

    std::optional<OpenTag> openTagAtCursor() const;
    void updateCompletions();
    void insertCompletion(const QString &completion);
    void paintGutter(QPaintEvent *event);
    bool gutterToolTip(QHelpEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void refreshSelections();
    void showProblemAtCursor();
    void goToProblem(int direction);

    Gutter *m_gutter = nullptr;
    MustacheHighlighter *m_highlighter = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completions = nullptr;
    std::optional<TemplateProblem::Part> m_part;
    QList<TemplateProblem> m_problems;
};

} // namespace Tidings::Ui
