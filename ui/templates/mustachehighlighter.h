#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Tidings::Ui {

// Colours Mustache in an HTML or plain-text template: {{values}}, {{#sections}}…{{/sections}} (bold),
// {{! comments }}, HTML tags dimmed so the Mustache stands out, and a wavy underline under any name the variables
// catalogue does not know (inside {{#items}}, {{name}} is known). The open sections are carried from line to line,
// so a change on one line re-colours the lines after it. Colours come from the palette (dark mode works);
// call refreshColors() after a palette change (TemplateCodeEditor does).
class MustacheHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MustacheHighlighter)

public:
    explicit MustacheHighlighter(QTextDocument *document);
    ~MustacheHighlighter() override;

    // Whether <tags> are dimmed: on for the HTML part, off for subject and text.
    void setHtmlMode(bool html);

    bool htmlMode() const { return m_html; }

    void refreshColors(const QPalette &palette);

    // The full paths of the sections open at the end of `block` ("" for one that opens no scope), outermost first.
    static QStringList openScopesAfter(const QTextBlock &block);

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_html = true;
    QTextCharFormat m_value;
    QTextCharFormat m_section;
    QTextCharFormat m_comment;
    QTextCharFormat m_htmlTag;
    QColor m_unknownUnderline;
};

} // namespace Tidings::Ui
