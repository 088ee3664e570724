#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace Tidings {

// One block of an email's body as the visual designer shows it: a heading, a paragraph, the status strip, the
// order table, a button, ... with the values the owner edits (its words, its link). Blocks write the same
// email-safe HTML as the built-in templates (resources/templates/generate.py), so a built-in email reads back as
// blocks, and HTML that no block writes stays exactly as it was, in a Custom HTML block.
struct TemplateBlock
{
    enum class Kind {
        Heading,
        Text,
        SmallPrint,
        Image,
        Divider,
        StatusStrip,
        ShipmentDetails,
        Button,
        OrderTable,
        CustomHtml,
    };

    Kind kind = Kind::CustomHtml;
    // The section the block is in, shown only when it is set: "hasTracking" writes {{#hasTracking}}...{{/...}}.
    QString condition;
    // By TemplateBlocks::fields(kind): words with Mustache variables ({{order.number}}), links, "yes" for a flag.
    QMap<QString, QString> values;
    QString trailing; // blank lines after the block, written back as they were
    int line = 1;     // where the block starts in the HTML it was read from or last written to (1-based)

    QString value(const QString &key) const { return values.value(key); }

    bool operator==(const TemplateBlock &) const = default;
};

// A value a kind of block has, for the designer's properties panel.
struct TemplateBlockField
{
    enum class Type {
        Line,  // one line of words; Mustache variables and inline HTML (<strong>) allowed
        Lines, // words over several lines (each line break is a <br>)
        Link,  // a web address or a variable holding one, written into an attribute
        Flag,  // "yes" or ""
        Code,  // HTML source, written as it is (Custom HTML)
        Fixed, // kept as read, not for the owner to change (the list an order table shows)
    };

    QString key;
    Type type = Type::Line;
};

class TemplateBlocks
{
public:
    // The blocks of an email template's HTML part. Writing them back with write() gives the same HTML.
    static QList<TemplateBlock> parse(const QString &html);

    // The HTML of `blocks`, in order; sets each block's `line`.
    static QString write(QList<TemplateBlock> &blocks);

    // The HTML of one block, its section and trailing blank lines included.
    static QString blockHtml(const TemplateBlock &block);

    // What the owner can change in a kind of block, in the order the designer shows it.
    static QList<TemplateBlockField> fields(TemplateBlock::Kind kind);

    // The index of the block that holds HTML line `line` (1-based), -1 when none does.
    static int blockAtLine(const QList<TemplateBlock> &blocks, int line);
};

} // namespace Tidings
