#pragma once

#include "templates/messagetemplate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Tidings {

// One thing wrong (error) or worth a look (warning) in a template, at a line of one of its parts.
struct TemplateProblem
{
    enum class Severity {
        Error,   // the message would be broken or show gaps: fix before publishing
        Warning, // the message works but may disappoint (too long, no tracking link, ...)
    };
    enum class Part {
        Subject,
        Html,
        Text,
    };

    Severity severity = Severity::Error;
    Part part = Part::Html;
    int line = 1;    // 1-based
    int column = 1;  // 1-based, in UTF-16 units like QTextCursor::positionInBlock() + 1
    QString message; // translated, plain words, starting with "Line N:" when it is about one line

    bool operator==(const TemplateProblem &) const = default;
};

// One Mustache tag found in a template's source.
struct MustacheTag
{
    enum class Kind {
        Variable,     // {{name}}
        Unescaped,    // {{{name}}} or {{&name}} (the HTML part escapes these too)
        Section,      // {{#name}}
        Inverted,     // {{^name}}
        Close,        // {{/name}}
        Comment,      // {{! ... }}
        Partial,      // {{> name}} (renders nothing in Tidings)
        SetDelimiter, // {{=<% %>=}}
    };

    Kind kind = Kind::Variable;
    QString name;         // trimmed, without the sigil
    qsizetype start = 0;  // index of the opening delimiter in the source
    qsizetype length = 0; // through the closing delimiter
};

struct MustacheScan
{
    QList<MustacheTag> tags;
    qsizetype unclosedTagAt = -1; // where a tag opens that never ends (scanning stopped there); -1 if none
};

struct TemplateValidationOptions
{
    int maxSmsSegments = 2;
    int maxSubjectLength = 78; // characters after rendering the sample; many inboxes cut off around here
    // What the subject and SMS are rendered with; empty: the "one item" sample scenario as the event the
    // template is for, with the sample brand.
    QJsonObject sampleContext;
};

// Checks a template before it is published: that each part parses (with the line of the mistake), that every
// variable is one Tidings provides (inside {{#items}}, {{name}} is items.name), that sections are closed in
// order, that a shipping message has a tracking link, that a full-document email has the brand footer, that the
// subject is not too long and an SMS not too many parts with the sample order.
class TemplateValidator
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::TemplateValidator)

public:
    // Sorted by part (subject, html, text), then line. Only the parts the template's kind uses are checked:
    // all three for "email", the text for "chat" and "sms".
    static QList<TemplateProblem> validate(const MessageTemplate &messageTemplate,
                                           const TemplateValidationOptions &options = {});

    // The tags of `source` in order, the way kainjow's parser splits them (also used by the code editor's
    // highlighting and completion).
    static MustacheScan scan(QStringView source);

    // 1-based line and column of `index` in `source`.
    static std::pair<int, int> lineAndColumn(QStringView source, qsizetype index);
};

} // namespace Tidings
