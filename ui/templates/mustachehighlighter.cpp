#include "templates/mustachehighlighter.h"

#include "templates/templatevalidator.h"
#include "templates/templatevariables.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

// The sections open at the end of a line, for the next line's lookups.
class OpenSections final : public QTextBlockUserData
{
public:
    QStringList names;
    QStringList scopes;
};

constexpr int inCommentFlag = 1;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            static_cast<float>(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            static_cast<float>(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

} // namespace

MustacheHighlighter::MustacheHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    refreshColors(QGuiApplication::palette());
}

MustacheHighlighter::~MustacheHighlighter() = default;

void MustacheHighlighter::setHtmlMode(bool html)
{
    if (m_html != html) {
        m_html = html;
        rehighlight();
    }
}

void MustacheHighlighter::refreshColors(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor link = palette.color(QPalette::Link);
    const bool dark = base.lightnessF() < 0.5;

    m_value = {};
    m_value.setForeground(mix(link, text, 0.2));
    m_section = {};
    m_section.setForeground(link);
    m_section.setFontWeight(QFont::Bold);
    m_comment = {};
    m_comment.setForeground(palette.color(QPalette::PlaceholderText));
    m_comment.setFontItalic(true);
    m_htmlTag = {};
    m_htmlTag.setForeground(mix(text, base, 0.45));
    // The palette has no "error" role; a red that stays readable on the base colour.
    m_unknownUnderline = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
    rehighlight();
}

QStringList MustacheHighlighter::openScopesAfter(const QTextBlock &block)
{
    const auto *data = block.isValid() ? dynamic_cast<OpenSections *>(block.userData()) : nullptr;
    return data ? data->scopes : QStringList();
}

void MustacheHighlighter::highlightBlock(const QString &text)
{
    QStringList names;
    QStringList scopes;
    if (const auto *previous = dynamic_cast<OpenSections *>(currentBlock().previous().userData())) {
        names = previous->names;
        scopes = previous->scopes;
    }

    if (m_html) {
        static const QRegularExpression htmlTag(u"<!--.*?-->|</?[A-Za-z!][^>]*>?"_s);
        for (auto it = htmlTag.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            setFormat(static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()), m_htmlTag);
        }
    }

    // A comment that started on an earlier line runs to its }}.
    qsizetype from = 0;
    bool inComment = previousBlockState() >= 0 && (previousBlockState() & inCommentFlag);
    if (inComment) {
        const qsizetype end = text.indexOf(u"}}"_s);
        from = end < 0 ? text.size() : end + 2;
        setFormat(0, static_cast<int>(from), m_comment);
        inComment = end < 0;
    }

    const QString rest = text.mid(from);
    const MustacheScan scan = TemplateValidator::scan(rest);
    for (const MustacheTag &tag : scan.tags) {
        const int start = static_cast<int>(from + tag.start);
        const int length = static_cast<int>(tag.length);
        switch (tag.kind) {
        case MustacheTag::Kind::Comment:
            setFormat(start, length, m_comment);
            continue;
        case MustacheTag::Kind::SetDelimiter:
        case MustacheTag::Kind::Partial:
            setFormat(start, length, m_value);
            continue;
        case MustacheTag::Kind::Close: {
            setFormat(start, length, m_section);
            const qsizetype open = names.lastIndexOf(tag.name);
            if (open >= 0) {
                names.resize(open);
                scopes.resize(open);
            }
            continue;
        }
        case MustacheTag::Kind::Section:
        case MustacheTag::Kind::Inverted:
        case MustacheTag::Kind::Variable:
        case MustacheTag::Kind::Unescaped:
            break;
        }
        const bool section = tag.kind == MustacheTag::Kind::Section || tag.kind == MustacheTag::Kind::Inverted;
        const auto resolved = TemplateVariables::resolve(tag.name, scopes);
        QTextCharFormat format = section ? m_section : m_value;
        if (!resolved) {
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(m_unknownUnderline);
        }
        setFormat(start, length, format);
        if (section) {
            names.append(tag.name);
            scopes.append(tag.kind == MustacheTag::Kind::Section && resolved ? *resolved : QString());
        }
    }
    if (scan.unclosedTagAt >= 0) {
        const qsizetype start = from + scan.unclosedTagAt;
        if (QStringView(text).sliced(start).startsWith(u"{{!")) {
            setFormat(static_cast<int>(start), static_cast<int>(text.size() - start), m_comment);
            inComment = true;
        }
    }

    auto *data = new OpenSections;
    data->names = names;
    data->scopes = scopes;
    setCurrentBlockUserData(data);
    // The state changes whenever the open sections do, so Qt re-highlights the following lines.
    const size_t hash = qHash(names.join(u'\n') + u'\t' + scopes.join(u'\n'));
    setCurrentBlockState(static_cast<int>((hash & 0x3fffffff) << 1) | (inComment ? inCommentFlag : 0));
}

} // namespace Tidings::Ui
