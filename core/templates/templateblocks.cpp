#include "templates/templateblocks.h"

#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using Kind = TemplateBlock::Kind;
using Values = QMap<QString, QString>;
using FieldType = TemplateBlockField::Type;

// The colours and font of the built-in emails (resources/templates/generate.py writes the same).
const QString Font = u"font-family:{{brand.fontFamily}};"_s;
const QString Ink = u"#1f2328"_s;
const QString Muted = u"#5b636e"_s;
const QString Rule = u"#e5e7eb"_s;
const QString Idle = u"#d0d5dd"_s;
const QString Accent = u"{{brand.accentColor}}"_s;

QString section(const QString &name, const QString &body, bool inverted = false)
{
    return u"{{"_s + (inverted ? u'^' : u'#') + name + u"}}"_s + body + u"{{/"_s + name + u"}}"_s;
}

// Words for an element's content: a line break the owner typed is a <br>.
QString words(const Values &values, const QString &key)
{
    QString text = values.value(key);
    text.replace(u"\r\n"_s, u"\n"_s);
    return text.replace(u'\n', u"<br>"_s);
}

// A value inside an attribute (href="...", src="..."): one line, no quote that would end the attribute.
QString attribute(const Values &values, const QString &key)
{
    QString text = values.value(key);
    text.remove(u'\r').remove(u'\n');
    return text.replace(u'"', u"&quot;"_s);
}

QString heading(const Values &v)
{
    return u"<h1 class=\"ink\" style=\"margin:0 0 12px "
           u"0;%1font-size:24px;line-height:32px;font-weight:bold;color:%2;\">"
           "%3</h1>\n"_s.arg(Font, Ink, words(v, u"text"_s));
}

QString paragraph(const Values &v)
{
    return u"<p class=\"ink\" style=\"margin:0 0 16px 0;%1font-size:16px;line-height:24px;color:%2;\">%3</p>\n"_s.arg(
        Font, Ink, words(v, u"text"_s));
}

QString smallPrint(const Values &v)
{
    return u"<p class=\"muted\" style=\"margin:0 0 8px 0;%1font-size:13px;line-height:18px;color:%2;\">%3</p>\n"_s.arg(
        Font, Muted, words(v, u"text"_s));
}

QString image(const Values &v)
{
    return u"<p style=\"margin:0 0 16px 0;\"><img src=\"%1\" alt=\"%2\" width=\"520\" style=\"display:block;width:100%;"
           "max-width:520px;height:auto;border:0;outline:none;text-decoration:none;\"></p>\n"_s.arg(
               attribute(v, u"src"_s), attribute(v, u"alt"_s));
}

QString divider(const Values &)
{
    return u"<hr style=\"margin:20px 0;border:0;border-top:1px solid %1;height:0;\">\n"_s.arg(Rule);
}

QString statusStrip(const Values &v)
{
    // Each step in one of three forms (passed, current, ahead), so only one section per step is rendered.
    const auto cell = [](const QString &label, const QString &bar, const QString &word, const QString &attributes) {
        return u"<td class=\"step\" width=\"25%\" valign=\"top\" style=\"width:25%;padding:0 3px;\">"
               "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
               "style=\"width:100%;\"><tr><td bgcolor=\"%1\" style=\"height:4px;line-height:4px;font-size:4px;"
               "background-color:%1;\">&nbsp;</td></tr><tr><td align=\"center\"%2 style=\"padding-top:6px;%3"
               "font-size:12px;line-height:16px;%4\">%5</td></tr></table></td>"_s.arg(bar, attributes, Font, word,
                                                                                      label);
    };
    QStringList cells;
    for (const QString &step : {u"ordered"_s, u"shipped"_s, u"outForDelivery"_s, u"delivered"_s}) {
        const QString label = words(v, step);
        const QString name = u"progress."_s + step;
        cells.append(section(name + u"Passed"_s, cell(label, Accent, u"color:%1;"_s.arg(Ink), u" class=\"ink\""_s)) +
                     section(name, cell(label, Accent, u"font-weight:bold;color:%1;"_s.arg(Accent),
                                        u" aria-current=\"step\""_s)) +
                     section(name + u"Ahead"_s, cell(label, Idle, u"color:%1;"_s.arg(Muted), u" class=\"muted\""_s)));
    }
    return u"<table role=\"presentation\" class=\"progress\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
           "border=\"0\" style=\"width:100%;margin:8px 0 20px 0;\">\n<tr>\n"_s +
           cells.join(u'\n') + u"\n</tr>\n</table>\n"_s;
}

QString shipmentDetails(const Values &v)
{
    const auto row = [](const QString &pad, const QString &pad2, const QString &label, const QString &extra,
                        const QString &value) {
        return u"<tr><td class=\"muted\" width=\"40%\" style=\"padding:%1;color:%2;\">%3</td><td style=\"padding:%4;"
               "font-weight:bold;%5\">%6</td></tr>"_s.arg(pad, Muted, label, pad2, extra, value);
    };
    const QString carrier = section(u"shipment.carrier"_s, row(u"12px 16px 0 16px"_s, u"12px 16px 0 0"_s,
                                                               words(v, u"carrier"_s), {}, u"{{shipment.carrier}}"_s));
    const QString number =
        section(u"shipment.trackingNumber"_s,
                row(u"12px 16px 0 16px"_s, u"12px 16px 0 0"_s, words(v, u"trackingNumber"_s),
                    u"font-family:Consolas,'Liberation Mono',Menlo,monospace;word-break:break-all;"_s,
                    u"{{shipment.trackingNumber}}"_s));
    const QString status = section(u"shipment.statusKnown"_s, u"{{shipment.statusLabel}}"_s) +
                           section(u"shipment.statusKnown"_s, words(v, u"fallbackStatus"_s), true);
    const QString statusRow = row(u"12px 16px 12px 16px"_s, u"12px 16px 12px 0"_s, words(v, u"status"_s), {}, status);
    return u"<table role=\"presentation\" class=\"panel\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
           "border=\"0\" style=\"width:100%;margin:0 0 8px 0;background-color:#f6f8fa;border:1px solid %1;"
           "border-left:4px solid %2;%3font-size:15px;line-height:22px;color:%4;\">\n"_s.arg(Rule, Accent, Font, Ink) +
           carrier + u'\n' + number + u'\n' + statusRow + u"\n</table>\n"_s;
}

QString button(const Values &v)
{
    const QString url = attribute(v, u"url"_s);
    // align="center": margin:auto is not understood everywhere; the padding is on the cell, which every client
    // (Outlook too) draws in the button's colour.
    return u"<table role=\"presentation\" class=\"button\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" "
           "border=\"0\" style=\"margin:20px auto 8px auto;\">\n<tr>\n<td align=\"center\" bgcolor=\"%1\" "
           "style=\"padding:14px 32px;border-radius:6px;background-color:%1;\"><a href=\"%2\" target=\"_blank\" "
           "style=\"display:inline-block;%3font-size:16px;line-height:20px;font-weight:bold;color:#ffffff;"
           "text-decoration:none;\">%4</a></td>\n</tr>\n</table>\n"_s.arg(Accent, url, Font, words(v, u"label"_s)) +
           u"<p class=\"muted\" style=\"margin:0 0 8px 0;text-align:center;%1font-size:12px;line-height:18px;"
           "color:%2;word-break:break-all;\">%3 <a href=\"%4\" target=\"_blank\" style=\"color:%5;\">%4</a></p>\n"_s
               .arg(Font, Muted, words(v, u"fallback"_s), url, Accent);
}

QString orderTable(const Values &v)
{
    const bool prices = v.value(u"prices"_s) == u"yes"_s;
    const auto head = [](const QString &align, const QString &cls, const QString &pad, const QString &padLeft,
                         const QString &label) {
        return u"<th align=\"%1\"%2 style=\"padding:0 %3 8px %4;border-bottom:2px solid %5;font-size:12px;"
               "line-height:16px;text-transform:uppercase;color:%6;font-weight:bold;\">%7</th>"_s.arg(
                   align, cls, pad, padLeft, Accent, Muted, label);
    };
    const auto cell = [](const QString &align, const QString &cls, const QString &pad, const QString &padLeft,
                         const QString &extra, const QString &value) {
        return u"<td align=\"%1\"%2 style=\"padding:12px %3 12px %4;border-bottom:1px solid %5;%6\">%7</td>"_s.arg(
            align, cls, pad, padLeft, Rule, extra, value);
    };
    const QString noWrap = u"white-space:nowrap;"_s;
    const QString hideSmall = u" class=\"hide-small\""_s;
    const QString total = words(v, u"total"_s);
    QString heads = head(u"left"_s, {}, u"0"_s, u"0"_s, words(v, u"title"_s)) +
                    head(u"center"_s, {}, u"8px"_s, u"8px"_s, words(v, u"quantity"_s));
    const QString name =
        u"<div style=\"font-weight:bold;\">{{name}}</div>"_s +
        section(u"sku"_s, u"<div class=\"hide-small muted\" style=\"font-size:12px;line-height:18px;color:%1;\">%2 "
                          "{{sku}}</div>"_s.arg(Muted, words(v, u"sku"_s)));
    QString cells = cell(u"left"_s, {}, u"0"_s, u"0"_s, {}, name) +
                    cell(u"center"_s, {}, u"8px"_s, u"8px"_s, noWrap, u"{{quantity}}"_s);
    QString totalRow;
    if (prices) {
        heads += head(u"right"_s, hideSmall, u"8px"_s, u"8px"_s, words(v, u"price"_s)) +
                 head(u"right"_s, {}, u"0"_s, u"8px"_s, total);
        cells += cell(u"right"_s, hideSmall, u"8px"_s, u"8px"_s, noWrap, u"{{priceText}}"_s) +
                 cell(u"right"_s, {}, u"0"_s, u"8px"_s, noWrap, u"{{lineTotalText}}"_s);
        totalRow = u"{{#order.totalText}}\n<tr><td colspan=\"2\" style=\"padding:12px 0 0 0;font-size:16px;"
                   "line-height:24px;font-weight:bold;\">%1</td><td colspan=\"2\" align=\"right\" style=\"padding:12px "
                   "0 0 8px;font-size:18px;line-height:24px;font-weight:bold;white-space:nowrap;color:%2;\">"
                   "{{order.totalText}}</td></tr>\n{{/order.totalText}}\n"_s.arg(total, Accent);
    }
    const QString list = v.value(u"list"_s, u"items"_s);
    return u"<table role=\"presentation\" class=\"items\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
           "border=\"0\" style=\"width:100%;margin:20px 0 8px 0;%1font-size:15px;line-height:22px;color:%2;\">\n"_s.arg(
               Font, Ink) +
           u"<tr>"_s + heads + u"</tr>\n{{#"_s + list + u"}}\n<tr>"_s + cells + u"</tr>\n{{/"_s + list + u"}}\n"_s +
           totalRow + u"</table>\n"_s;
}

using Generator = std::function<QString(const Values &)>;

Generator generatorFor(Kind kind)
{
    switch (kind) {
    case Kind::Heading:
        return heading;
    case Kind::Text:
        return paragraph;
    case Kind::SmallPrint:
        return smallPrint;
    case Kind::Image:
        return image;
    case Kind::Divider:
        return divider;
    case Kind::StatusStrip:
        return statusStrip;
    case Kind::ShipmentDetails:
        return shipmentDetails;
    case Kind::Button:
        return button;
    case Kind::OrderTable:
        return orderTable;
    case Kind::CustomHtml:
        break;
    }
    return [](const Values &values) { return values.value(u"html"_s); };
}

// One form a kind of block writes (an order table with prices and one without are two), as a pattern that reads
// the values back: the block written with a private-use character for each value, the rest matched literally.
struct Shape
{
    Kind kind;
    Values fixed; // the flags this form has
    QRegularExpression pattern;
    QStringList keys;       // of the values, in order: group "v<i>" reads keys[i]
    QList<FieldType> types; // of keys[i]
    QList<bool> inPattern;  // whether this form writes keys[i] at all (a table without prices has no "Price")
};

Shape makeShape(Kind kind, const Values &fixed)
{
    Shape shape{kind, fixed, {}, {}, {}, {}};
    Values values = fixed;
    for (const TemplateBlockField &field : TemplateBlocks::fields(kind)) {
        if (field.type == FieldType::Flag) {
            continue;
        }
        values.insert(field.key, QString(QChar(char16_t(0xE000 + shape.keys.size()))));
        shape.keys.append(field.key);
        shape.types.append(field.type);
    }
    const QString written = generatorFor(kind)(values);
    QString pattern;
    QString literal;
    QList<bool> seen(shape.keys.size(), false);
    for (const QChar c : written) {
        const int index = c.unicode() - 0xE000;
        if (index < 0 || index >= shape.keys.size()) {
            literal += c;
            continue;
        }
        pattern += QRegularExpression::escape(literal);
        literal.clear();
        const QString group = u"v%1"_s.arg(index);
        if (seen.at(index)) {
            pattern += u"\\k<"_s + group + u'>';
        } else {
            seen[index] = true;
            pattern +=
                u"(?<"_s + group + (shape.types.at(index) == FieldType::Link ? u">[^\"\\n]*?)"_s : u">[^\\n]*?)"_s);
        }
    }
    pattern += QRegularExpression::escape(literal);
    shape.inPattern = seen;
    shape.pattern.setPattern(QRegularExpression::anchoredPattern(pattern));
    shape.pattern.optimize();
    return shape;
}

const QList<Shape> &shapes()
{
    static const QList<Shape> all = [] {
        const Values prices{{u"prices"_s, u"yes"_s}};
        return QList<Shape>{
            makeShape(Kind::Heading, {}),         makeShape(Kind::Text, {}),    makeShape(Kind::SmallPrint, {}),
            makeShape(Kind::Image, {}),           makeShape(Kind::Divider, {}), makeShape(Kind::StatusStrip, {}),
            makeShape(Kind::ShipmentDetails, {}), makeShape(Kind::Button, {}),  makeShape(Kind::OrderTable, prices),
            makeShape(Kind::OrderTable, {}),
        };
    }();
    return all;
}

// The values `shape` reads from `html`, when the block they make writes exactly `html`.
std::optional<Values> read(const Shape &shape, const QString &html)
{
    const QRegularExpressionMatch match = shape.pattern.match(html);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    Values values = shape.fixed;
    for (int i = 0; i < shape.keys.size(); ++i) {
        if (!shape.inPattern.at(i)) {
            continue;
        }
        QString value = match.captured(u"v%1"_s.arg(i));
        if (shape.types.at(i) == FieldType::Link) {
            value.replace(u"&quot;"_s, u"\""_s);
        } else if (shape.types.at(i) == FieldType::Lines) {
            value.replace(u"<br>"_s, u"\n"_s);
        }
        values.insert(shape.keys.at(i), value);
    }
    if (generatorFor(shape.kind)(values) != html) {
        return std::nullopt; // a value the block would write differently (a line break typed as <br/>)
    }
    return values;
}

std::optional<TemplateBlock> recognize(const QString &html)
{
    static const QRegularExpression conditioned(
        QRegularExpression::anchoredPattern(uR"(\{\{#([^{}\s]+)\}\}\n(.*)\{\{/\1\}\}\n)"_s),
        QRegularExpression::DotMatchesEverythingOption);
    QString condition;
    QString body = html;
    if (const QRegularExpressionMatch match = conditioned.match(html); match.hasMatch()) {
        condition = match.captured(1);
        body = match.captured(2);
    }
    for (const Shape &shape : shapes()) {
        if (auto values = read(shape, body)) {
            return TemplateBlock{shape.kind, condition, *values, {}, 1};
        }
    }
    return std::nullopt;
}

// A line that is only a Mustache section tag: {{#hasItems}}, {{^x}} or {{/hasItems}}.
enum class SectionLine {
    None,
    Open,
    Close,
};

SectionLine sectionLine(const QString &line)
{
    static const QRegularExpression tag(QRegularExpression::anchoredPattern(uR"(\s*\{\{\s*([#^/])[^{}]*\}\}\s*)"_s));
    const QRegularExpressionMatch match = tag.match(line);
    if (!match.hasMatch()) {
        return SectionLine::None;
    }
    return match.capturedView(1) == u"/" ? SectionLine::Close : SectionLine::Open;
}

// How many elements `line` leaves open (negative when it closes more than it opens).
int elementDepth(const QString &line)
{
    static const QRegularExpression tag(uR"(<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>)"_s);
    static const QStringList voidElements{u"area"_s,  u"base"_s, u"br"_s,   u"col"_s,    u"embed"_s, u"hr"_s, u"img"_s,
                                          u"input"_s, u"link"_s, u"meta"_s, u"source"_s, u"track"_s, u"wbr"_s};
    int depth = 0;
    for (auto it = tag.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!match.capturedView(3).isEmpty() || voidElements.contains(match.captured(2).toLower())) {
            continue;
        }
        depth += match.capturedView(1).isEmpty() ? 1 : -1;
    }
    return depth;
}

// The HTML in pieces that can each be a block: an element with its content (over several lines while it is
// open), or a Mustache section on lines of its own with all it holds. Blank lines go with the piece before.
struct Piece
{
    QString html;
    QString trailing;
};

QList<Piece> pieces(const QString &html)
{
    if (html.isEmpty()) {
        return {};
    }
    QStringList lines = html.split(u'\n');
    const bool endsWithBreak = html.endsWith(u'\n');
    if (endsWithBreak) {
        lines.removeLast();
    }
    const auto lineAt = [&](qsizetype i) {
        return i + 1 < lines.size() || endsWithBreak ? lines.at(i) + u'\n' : lines.at(i);
    };
    QList<Piece> out;
    qsizetype i = 0;
    while (i < lines.size()) {
        if (lines.at(i).trimmed().isEmpty()) {
            if (out.isEmpty()) {
                out.append(Piece{});
                out.last().html += lineAt(i);
            } else {
                out.last().trailing += lineAt(i);
            }
            ++i;
            continue;
        }
        Piece piece;
        if (sectionLine(lines.at(i)) == SectionLine::Open) {
            int depth = 0;
            do {
                const SectionLine kind = sectionLine(lines.at(i));
                depth += kind == SectionLine::Open ? 1 : kind == SectionLine::Close ? -1 : 0;
                piece.html += lineAt(i++);
            } while (depth > 0 && i < lines.size());
        } else {
            int depth = 0;
            do {
                depth += elementDepth(lines.at(i));
                piece.html += lineAt(i++);
            } while (depth > 0 && i < lines.size());
        }
        out.append(piece);
    }
    return out;
}

TemplateBlock customBlock(const QString &html)
{
    TemplateBlock block;
    block.kind = Kind::CustomHtml;
    block.values.insert(u"html"_s, html);
    return block;
}

} // namespace

QList<TemplateBlock> TemplateBlocks::parse(const QString &html)
{
    const QList<Piece> all = pieces(html);
    QList<TemplateBlock> blocks;
    for (qsizetype i = 0; i < all.size();) {
        // A block is one piece, or two (a button is its table and the line under it) with no blank line between.
        std::optional<TemplateBlock> block = recognize(all.at(i).html);
        qsizetype used = 1;
        if (!block && i + 1 < all.size() && all.at(i).trailing.isEmpty()) {
            block = recognize(all.at(i).html + all.at(i + 1).html);
            used = block ? 2 : 1;
        }
        if (!block) {
            block = customBlock(all.at(i).html);
        }
        block->trailing = all.at(i + used - 1).trailing;
        blocks.append(*block);
        i += used;
    }
    write(blocks); // the lines
    return blocks;
}

QString TemplateBlocks::blockHtml(const TemplateBlock &block)
{
    QString body = generatorFor(block.kind)(block.values);
    if (!block.condition.isEmpty()) {
        if (!body.endsWith(u'\n')) {
            body += u'\n';
        }
        body = u"{{#"_s + block.condition + u"}}\n"_s + body + u"{{/"_s + block.condition + u"}}\n"_s;
    }
    return body + block.trailing;
}

QString TemplateBlocks::write(QList<TemplateBlock> &blocks)
{
    QString html;
    int line = 1;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        TemplateBlock &block = blocks[i];
        block.line = line;
        QString written = blockHtml(block);
        if (i + 1 < blocks.size() && !written.endsWith(u'\n')) {
            written += u'\n'; // the next block starts on a line of its own
        }
        line += int(written.count(u'\n'));
        html += written;
    }
    return html;
}

QList<TemplateBlockField> TemplateBlocks::fields(TemplateBlock::Kind kind)
{
    switch (kind) {
    case Kind::Heading:
    case Kind::SmallPrint:
        return {{u"text"_s, FieldType::Line}};
    case Kind::Text:
        return {{u"text"_s, FieldType::Lines}};
    case Kind::Image:
        return {{u"src"_s, FieldType::Link}, {u"alt"_s, FieldType::Link}};
    case Kind::Divider:
        return {};
    case Kind::StatusStrip:
        return {{u"ordered"_s, FieldType::Line},
                {u"shipped"_s, FieldType::Line},
                {u"outForDelivery"_s, FieldType::Line},
                {u"delivered"_s, FieldType::Line}};
    case Kind::ShipmentDetails:
        return {{u"carrier"_s, FieldType::Line},
                {u"trackingNumber"_s, FieldType::Line},
                {u"status"_s, FieldType::Line},
                {u"fallbackStatus"_s, FieldType::Line}};
    case Kind::Button:
        return {{u"label"_s, FieldType::Line}, {u"url"_s, FieldType::Link}, {u"fallback"_s, FieldType::Line}};
    case Kind::OrderTable:
        return {{u"title"_s, FieldType::Line},  {u"quantity"_s, FieldType::Line}, {u"sku"_s, FieldType::Line},
                {u"prices"_s, FieldType::Flag}, {u"price"_s, FieldType::Line},    {u"total"_s, FieldType::Line},
                {u"list"_s, FieldType::Fixed}};
    case Kind::CustomHtml:
        break;
    }
    return {{u"html"_s, FieldType::Code}};
}

int TemplateBlocks::blockAtLine(const QList<TemplateBlock> &blocks, int line)
{
    int found = -1;
    for (int i = 0; i < blocks.size() && blocks.at(i).line <= line; ++i) {
        found = i;
    }
    return found;
}

} // namespace Tidings
