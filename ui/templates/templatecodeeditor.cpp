#include "templates/templatecodeeditor.h"

#include "templates/mustachehighlighter.h"
#include "templates/templatevariables.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

struct OpenSections
{
    QStringList names;
    QStringList scopes;
};

// The sections open at the end of `source`, resolved the way the validator does.
OpenSections openSectionsIn(const QString &source)
{
    OpenSections open;
    const MustacheScan scan = TemplateValidator::scan(source);
    for (const MustacheTag &tag : scan.tags) {
        if (tag.kind == MustacheTag::Kind::Section || tag.kind == MustacheTag::Kind::Inverted) {
            const auto resolved = TemplateVariables::resolve(tag.name, open.scopes);
            open.names.append(tag.name);
            open.scopes.append(tag.kind == MustacheTag::Kind::Section && resolved ? *resolved : QString());
        } else if (tag.kind == MustacheTag::Kind::Close) {
            const qsizetype at = open.names.lastIndexOf(tag.name);
            if (at >= 0) {
                open.names.resize(at);
                open.scopes.resize(at);
            }
        }
    }
    return open;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor problemColor(TemplateProblem::Severity severity, const QPalette &palette)
{
    // The palette has no error or warning roles: a red and an amber that stay readable on the base colour.
    if (severity == TemplateProblem::Severity::Error) {
        return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
    }
    return isDark(palette) ? QColor(0xf5, 0xb0, 0x41) : QColor(0xb8, 0x6e, 0x00);
}

} // namespace

class TemplateCodeEditor::Gutter final : public QWidget
{
public:
    explicit Gutter(TemplateCodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(u"templateCodeEditorGutter"_s);
    }

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            if (!m_editor->gutterToolTip(static_cast<QHelpEvent *>(event))) {
                QToolTip::hideText();
                event->ignore();
            }
            return true;
        }
        return QWidget::event(event);
    }

private:
    TemplateCodeEditor *m_editor;
};

TemplateCodeEditor::TemplateCodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
    , m_highlighter(new MustacheHighlighter(document()))
    , m_completions(new QStandardItemModel(this))
{
    setObjectName(u"templateCodeEditor"_s);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab moves on to the next control, so the editor never traps someone working with the keyboard only.
    setTabChangesFocus(true);
    setAcceptDrops(true);

    m_completer = new QCompleter(m_completions, this);
    m_completer->setObjectName(u"variableCompleter"_s);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    // "number" finds order.number: owners remember the word, not where it sits.
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TemplateCodeEditor::insertCompletion);

    auto *complete = new QAction(tr("Complete Variable"), this);
    complete->setObjectName(u"completeVariableAction"_s);
    complete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    complete->setShortcutContext(Qt::WidgetShortcut);
    connect(complete, &QAction::triggered, this, &TemplateCodeEditor::showCompletions);
    addAction(complete);
    auto *next = new QAction(tr("Next Problem"), this);
    next->setObjectName(u"nextProblemAction"_s);
    next->setShortcut(QKeySequence(Qt::Key_F8));
    next->setShortcutContext(Qt::WidgetShortcut);
    connect(next, &QAction::triggered, this, &TemplateCodeEditor::goToNextProblem);
    addAction(next);
    auto *previous = new QAction(tr("Previous Problem"), this);
    previous->setObjectName(u"previousProblemAction"_s);
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    previous->setShortcutContext(Qt::WidgetShortcut);
    connect(previous, &QAction::triggered, this, &TemplateCodeEditor::goToPreviousProblem);
    addAction(previous);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &TemplateCodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &TemplateCodeEditor::updateGutter);
    updateGutterWidth();
}

TemplateCodeEditor::~TemplateCodeEditor() = default;

QString TemplateCodeEditor::variableMimeType()
{
    return u"application/x-tidings-template-variable"_s;
}

void TemplateCodeEditor::setPart(TemplateProblem::Part part)
{
    m_part = part;
    m_highlighter->setHtmlMode(part == TemplateProblem::Part::Html);
}

void TemplateCodeEditor::setProblems(const QList<TemplateProblem> &problems)
{
    m_problems.clear();
    for (const TemplateProblem &problem : problems) {
        if (!m_part || problem.part == *m_part) {
            m_problems.append(problem);
        }
    }
    refreshSelections();
    m_gutter->update();
}

QString TemplateCodeEditor::problemsOnLine(int line) const
{
    QStringList messages;
    for (const TemplateProblem &problem : m_problems) {
        if (problem.line == line) {
            messages.append(problem.message);
        }
    }
    return messages.join(u'\n');
}

void TemplateCodeEditor::refreshSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const TemplateProblem &problem : std::as_const(m_problems)) {
        const QTextBlock block = document()->findBlockByNumber(problem.line - 1);
        if (!block.isValid()) {
            continue;
        }
        const QString text = block.text();
        const qsizetype column = std::clamp<qsizetype>(problem.column - 1, 0, text.size());
        // Underline the tag the problem is about, else the rest of the line.
        qsizetype end = text.size();
        if (QStringView(text).sliced(column).startsWith(u"{{")) {
            const MustacheScan scan = TemplateValidator::scan(QStringView(text).sliced(column));
            if (!scan.tags.isEmpty() && scan.tags.first().start == 0) {
                end = column + scan.tags.first().length;
            }
        }
        qsizetype start = column;
        if (start >= end) {
            start = 0; // a problem at the end of a line (e.g. a missing footer before </body>): the whole line
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        const QColor color = problemColor(problem.severity, palette());
        if (start >= end) {
            // An empty line: a tint across the editor instead of an underline under nothing.
            QColor tint = color;
            tint.setAlphaF(0.18f);
            selection.format.setBackground(tint);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        } else {
            selection.cursor.setPosition(block.position() + static_cast<int>(start));
            selection.cursor.setPosition(block.position() + static_cast<int>(end), QTextCursor::KeepAnchor);
            selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            selection.format.setUnderlineColor(color);
        }
        selection.format.setToolTip(problem.message);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

QStringList TemplateCodeEditor::openScopesAt(int position) const
{
    return openSectionsIn(toPlainText().left(position)).scopes;
}

void TemplateCodeEditor::insertVariable(const QString &path)
{
    QTextCursor cursor = textCursor();
    const TemplateVariables::Snippet snippet = TemplateVariables::snippet(path, openScopesAt(cursor.selectionStart()));
    QString selected = cursor.selectedText();
    selected.replace(QChar::ParagraphSeparator, u'\n');
    cursor.beginEditBlock();
    cursor.insertText(snippet.before + selected);
    const int inside = cursor.position();
    cursor.insertText(snippet.after);
    cursor.setPosition(inside);
    cursor.endEditBlock();
    setTextCursor(cursor);
    setFocus(Qt::OtherFocusReason);
}

std::optional<TemplateCodeEditor::OpenTag> TemplateCodeEditor::openTagAtCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype open = before.lastIndexOf(u"{{"_s);
    if (open < 0 || before.indexOf(u"}}"_s, open) >= 0) {
        return std::nullopt;
    }
    QStringView inside = QStringView(before).sliced(open + 2);
    if (inside.startsWith(u'{')) {
        inside = inside.sliced(1);
    }
    OpenTag tag;
    tag.start = cursor.block().position() + static_cast<int>(open);
    if (!inside.isEmpty() && QStringView(u"#^/&").contains(inside.front())) {
        tag.sigil = inside.front() == u'&' ? QString() : QString(inside.front());
        inside = inside.sliced(1);
    }
    inside = inside.trimmed();
    if (inside.contains(u' ') || inside.contains(u'}') || inside.startsWith(u'!') || inside.startsWith(u'>')) {
        return std::nullopt;
    }
    tag.prefix = inside.toString();
    return tag;
}

void TemplateCodeEditor::showCompletions()
{
    if (!openTagAtCursor()) {
        insertPlainText(u"{{"_s);
    }
    updateCompletions();
}

void TemplateCodeEditor::updateCompletions()
{
    QAbstractItemView *popup = m_completer->popup();
    const auto tag = openTagAtCursor();
    if (!tag) {
        popup->hide();
        return;
    }
    const OpenSections open = openSectionsIn(toPlainText().left(tag->start));
    m_completions->clear();
    const auto add = [this](const QString &text, const QString &path) {
        auto *item = new QStandardItem(text);
        if (const auto variable = TemplateVariables::find(path)) {
            item->setToolTip(variable->description);
        }
        item->setEditable(false);
        m_completions->appendRow(item);
    };
    if (tag->sigil == u"/") {
        // Closing: the open sections, innermost first.
        for (qsizetype i = open.names.size() - 1; i >= 0; --i) {
            add(open.names.at(i), open.scopes.at(i));
        }
    } else {
        for (const QString &name : TemplateVariables::completions(open.scopes)) {
            const QString path = TemplateVariables::resolve(name, open.scopes).value_or(name);
            const auto variable = TemplateVariables::find(path);
            // A plain {{tag}} shows a value; groups, lists and yes/no values only make sense as sections.
            if (tag->sigil.isEmpty() && variable && variable->type != TemplateVariable::Type::Text) {
                continue;
            }
            add(name, path);
        }
    }
    m_completer->setCompletionPrefix(tag->prefix);
    if (m_completer->completionCount() == 0) {
        popup->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() +
                  fontMetrics().averageCharWidth() * 2);
    m_completer->complete(rect);
    // The first match is highlighted, so Enter takes it.
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void TemplateCodeEditor::insertCompletion(const QString &completion)
{
    const auto tag = openTagAtCursor();
    if (!tag) {
        return;
    }
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.setPosition(cursor.position() - static_cast<int>(tag->prefix.size()), QTextCursor::KeepAnchor);
    cursor.insertText(completion);
    // Completing in the middle of a name replaces the rest of it too: {{order.nu|mber}} stays one name.
    const QString rest = cursor.block().text().mid(cursor.positionInBlock());
    const auto nameEnd = std::find_if(rest.cbegin(), rest.cend(), [](QChar ch) {
        return !(ch.isLetterOrNumber() || ch == u'.' || ch == u'_' || ch == u'-');
    });
    if (nameEnd != rest.cbegin()) {
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor,
                            static_cast<int>(nameEnd - rest.cbegin()));
        cursor.removeSelectedText();
    }
    const bool triple = document()->characterAt(tag->start + 2) == u'{';
    const QString closing = triple ? u"}}}"_s : u"}}"_s;
    const QString after = cursor.block().text().mid(cursor.positionInBlock(), closing.size());
    if (after != closing) {
        cursor.insertText(closing);
    } else {
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::MoveAnchor, static_cast<int>(closing.size()));
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void TemplateCodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        // The completer handles these on its list.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    const bool editing = (!typed.isEmpty() && typed.front().isPrint()) || event->key() == Qt::Key_Backspace;
    if (editing && (m_completer->popup()->isVisible() || typed.endsWith(u'{') || typed.endsWith(u'#') ||
                    typed.endsWith(u'/') || typed.endsWith(u'^') || openTagAtCursor())) {
        updateCompletions();
    } else if (m_completer->popup()->isVisible() && !openTagAtCursor()) {
        m_completer->popup()->hide();
    }
}

void TemplateCodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->refreshColors(palette());
        refreshSelections();
        m_gutter->update();
    } else if (event->type() == QEvent::FontChange) {
        updateGutterWidth();
    }
}

bool TemplateCodeEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString messages = problemsOnLine(cursorForPosition(help->pos()).blockNumber() + 1);
        if (messages.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), messages, viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

bool TemplateCodeEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasFormat(variableMimeType()) || QPlainTextEdit::canInsertFromMimeData(source);
}

void TemplateCodeEditor::insertFromMimeData(const QMimeData *source)
{
    // A variable from the palette is written for where it lands (inside {{#items}}: {{name}}).
    if (source->hasFormat(variableMimeType())) {
        insertVariable(QString::fromUtf8(source->data(variableMimeType())));
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

int TemplateCodeEditor::gutterWidth() const
{
    const int digits = static_cast<int>(QString::number(std::max(1, blockCount())).size());
    const int marker = fontMetrics().height();
    return marker + fontMetrics().horizontalAdvance(u'9') * std::max(digits, 2) + 8;
}

void TemplateCodeEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void TemplateCodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0) {
        m_gutter->scroll(0, dy);
    } else {
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    }
    if (rect.contains(viewport()->rect())) {
        updateGutterWidth();
    }
}

void TemplateCodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), gutterWidth(), contents.height()));
}

void TemplateCodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette colors = palette();
    painter.fillRect(event->rect(), colors.color(QPalette::Window));
    painter.setFont(font());
    const int lineHeight = fontMetrics().height();
    const int marker = lineHeight * 6 / 10;

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            // The worst problem on the line decides the marker's colour.
            std::optional<TemplateProblem::Severity> worst;
            for (const TemplateProblem &problem : std::as_const(m_problems)) {
                if (problem.line == line && (!worst || problem.severity == TemplateProblem::Severity::Error)) {
                    worst = problem.severity;
                }
            }
            if (worst) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(problemColor(*worst, colors));
                painter.drawEllipse(QRect(3, top + (lineHeight - marker) / 2, marker, marker));
            }
            painter.setPen(colors.color(textCursor().blockNumber() == block.blockNumber() ? QPalette::Text
                                                                                          : QPalette::PlaceholderText));
            painter.drawText(QRect(0, top, m_gutter->width() - 4, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(line));
        }
        block = block.next();
        top = bottom;
    }
}

bool TemplateCodeEditor::gutterToolTip(QHelpEvent *event)
{
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (event->pos().y() >= top && event->pos().y() < bottom) {
            const QString messages = problemsOnLine(block.blockNumber() + 1);
            if (messages.isEmpty()) {
                return false;
            }
            QToolTip::showText(event->globalPos(), messages, m_gutter);
            return true;
        }
        block = block.next();
        top = bottom;
    }
    return false;
}

void TemplateCodeEditor::goToNextProblem()
{
    goToProblem(+1);
}

void TemplateCodeEditor::goToPreviousProblem()
{
    goToProblem(-1);
}

void TemplateCodeEditor::goToProblem(int direction)
{
    if (m_problems.isEmpty()) {
        return;
    }
    QList<TemplateProblem> sorted = m_problems;
    std::stable_sort(sorted.begin(), sorted.end(), [](const TemplateProblem &a, const TemplateProblem &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    const int line = textCursor().blockNumber() + 1;
    const TemplateProblem *target = nullptr;
    if (direction > 0) {
        const auto after = std::find_if(sorted.cbegin(), sorted.cend(),
                                        [line](const TemplateProblem &problem) { return problem.line > line; });
        target = after == sorted.cend() ? &sorted.first() : &*after; // wraps around
    } else {
        const auto before = std::find_if(sorted.crbegin(), sorted.crend(),
                                         [line](const TemplateProblem &problem) { return problem.line < line; });
        target = before == sorted.crend() ? &sorted.last() : &*before;
    }
    const QTextBlock block = document()->findBlockByNumber(target->line - 1);
    if (!block.isValid()) {
        return;
    }
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(target->column - 1, 0, block.length() - 1));
    setTextCursor(cursor);
    ensureCursorVisible();
    showProblemAtCursor();
}

void TemplateCodeEditor::showProblemAtCursor()
{
    const QString messages = problemsOnLine(textCursor().blockNumber() + 1);
    if (!messages.isEmpty()) {
        QToolTip::showText(viewport()->mapToGlobal(cursorRect().bottomLeft()), messages, viewport());
    }
}

} // namespace Tidings::Ui
