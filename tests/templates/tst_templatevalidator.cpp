#include "templates/templaterenderer.h"
#include "templates/templatevalidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

QString describe(const TemplateProblem &problem)
{
    const QString severity = problem.severity == TemplateProblem::Severity::Error ? u"error"_s : u"warning"_s;
    const QString part = problem.part == TemplateProblem::Part::Subject ? u"subject"_s
                         : problem.part == TemplateProblem::Part::Html  ? u"html"_s
                                                                        : u"text"_s;
    return u"%1 %2 %3:%4"_s.arg(severity, part).arg(problem.line).arg(problem.column);
}

} // namespace

class TestTemplateValidator final : public QObject
{
    Q_OBJECT

private slots:

    void validate_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxSmsSegments");
        QTest::addColumn<QStringList>("expected");    // "severity part line:column", in order
        QTest::addColumn<QString>("messageContains"); // in the first problem's message

        const QString email = u"email"_s;
        const QString subject = u"Order {{order.number}}"_s;
        const QString text = u"Hello {{customer.firstName}}"_s;
        const auto row = [&](const char *name, const QString &kind, const QString &id, const QString &subjectPart,
                             const QString &html, const QString &textPart, const QStringList &expected,
                             const QString &contains = {}, int maxSegments = 2) {
            QTest::newRow(name) << kind << id << subjectPart << html << textPart << maxSegments << expected << contains;
        };

        row("clean", email, u"custom"_s, subject, u"<p>{{customer.name}}</p>"_s, text, {});
        // Names
        row("unknown variable", email, u"custom"_s, subject, u"<p>\n  {{order.numbr}}</p>"_s, text,
            {u"error html 2:3"_s}, u"Line 2: “{{order.numbr}}” is not something Tidings knows"_s);
        row("item keys inside items", email, u"custom"_s, subject,
            u"{{#items}}\n{{name}} × {{quantity}} {{priceText}} {{order.currency}}\n{{/items}}"_s, text, {});
        row("item key outside items", email, u"custom"_s, subject, u"<p>{{name}}</p>"_s, text, {u"error html 1:4"_s},
            u"only works between {{#items}} and {{/items}}"_s);
        row("item path outside items", email, u"custom"_s, subject, u"<p>\n{{items.sku}}</p>"_s, text,
            {u"error html 2:1"_s}, u"{{#items}}"_s);
        row("object section", email, u"custom"_s, subject, u"{{#shipment}}{{carrier}} {{order.number}}{{/shipment}}"_s,
            text, {});
        row("inverted section opens no scope", email, u"custom"_s, subject, u"{{^shipment}}{{carrier}}{{/shipment}}"_s,
            text, {u"error html 1:14"_s});
        row("dotted section", email, u"custom"_s, subject,
            u"{{#customer.firstName}}Hi {{customer.firstName}}{{/customer.firstName}}"_s, text, {});
        row("dot inside a list", email, u"custom"_s, subject, u"{{#items}}{{.}}{{/items}}"_s, text, {});
        row("triple braces", email, u"custom"_s, subject, u"ok\nok\n{{{ shop }}}"_s, text, {u"error html 3:1"_s},
            u"{{{shop}}}"_s);
        row("ampersand", email, u"custom"_s, subject, u"{{& brand.footer}}"_s, text, {});
        row("comment", email, u"custom"_s, subject, u"{{! anything {goes} here }}"_s, text, {});
        row("partial", email, u"custom"_s, subject, u"{{> footer}}"_s, text, {u"warning html 1:1"_s},
            u"another template"_s);
        row("unknown in subject and text", email, u"custom"_s, u"Order {{order.nr}}"_s, u"<p></p>"_s,
            u"a\nb {{nope}}"_s, {u"error subject 1:7"_s, u"error text 2:3"_s});
        // Backorders and stock alerts
        row("backordered items", email, u"backorder_delay"_s, subject,
            u"{{#hasBackorder}}{{#backorder.items}}{{quantity}} x {{name}} {{sku}}{{/backorder.items}}{{/hasBackorder}}"_s,
            text, {});
        row("backordered item key outside its list", email, u"custom"_s, subject,
            u"{{#backorder}}\n{{quantity}}{{/backorder}}"_s, text, {u"error html 2:1"_s}, u"Line 2:"_s);
        row("stock alert threshold", email, u"low_stock"_s, u"Low stock: {{product.name}}"_s,
            u"<p>{{product.availableText}} left, alert at {{product.thresholdText}} ({{product.threshold}})</p>"_s,
            u"{{product.sku}}"_s, {});
        row("unknown threshold name", u"chat"_s, u"low_stock_chat"_s, QString(), QString(),
            u"*{{product.name}}* {{product.treshold}}"_s, {u"error text 1:20"_s});
        // Structure
        row("unclosed section", email, u"custom"_s, subject, u"<table>\n{{#items}}\n<tr>{{name}}</tr>\n"_s, text,
            {u"error html 2:1"_s}, u"Line 2: the section “items” is opened but never closed."_s);
        row("mismatched sections", email, u"custom"_s, subject, u"{{#items}}\n  {{#sku}}{{sku}}\n{{/items}}\n"_s, text,
            {u"error html 3:1"_s},
            u"Line 3: “{{/items}}” closes the section “items”, but the section “sku” opened on line 2"_s);
        row("closing what was never opened", email, u"custom"_s, subject, u"<p>\n</p>"_s, u"x {{/items}}"_s,
            {u"error text 1:3"_s}, u"never opened"_s);
        row("unclosed tag", email, u"custom"_s, u"Order {{order.number"_s, u"<p></p>"_s, text, {u"error subject 1:7"_s},
            u"never ends"_s);
        row("bad delimiter after non-ASCII", email, u"custom"_s, subject, u"é€\n  {{=<% =}}"_s, text,
            {u"error html 2:3"_s}, u"Line 2:"_s);
        row("set delimiters", email, u"custom"_s, subject, u"{{=<% %>=}}<%order.number%> <%nope%>"_s, text,
            {u"error html 1:29"_s});
        // Tracking
        row("shipped without tracking", email, u"shipped"_s, subject, u"<p>On its way</p>"_s, text,
            {u"warning html 1:1"_s}, u"no tracking link"_s);
        row("shipped with tracking", email, u"shipped"_s, subject,
            u"{{#hasTracking}}<a href=\"{{shipment.trackingUrl}}\">Track</a>{{/hasTracking}}"_s, text, {});
        row("label created with bare url", email, u"label_created"_s, subject, u"{{shipment.trackingUrl}}"_s, text, {});
        row("mentions tracking", email, u"custom"_s, subject, u"<p>\nTrack it here soon</p>"_s, text,
            {u"warning html 2:1"_s});
        row("delivered needs no link", email, u"delivered"_s, subject, u"<p>Delivered</p>"_s, text, {});
        row("sms shipped without link", u"sms"_s, u"out_for_delivery_sms"_s, QString(), QString(),
            u"Order {{order.number}} arrives today"_s, {u"warning text 1:1"_s});
        // Footer
        row("full document without footer", email, u"custom"_s, subject,
            u"<!DOCTYPE html>\n<html><body>\n<p>Hi</p>\n</body></html>"_s, text, {u"warning html 4:1"_s},
            u"no footer"_s);
        row("html element without footer", email, u"custom"_s, subject, u"  <HTML>\n<p>Hi</p>"_s, text,
            {u"warning html 2:10"_s});
        row("byte order mark before the document", email, u"custom"_s, subject,
            u"\uFEFF\n<!DOCTYPE html><body>Hi</body>"_s, text, {u"warning html 2:24"_s});
        row("full document with footer", email, u"custom"_s, subject,
            u"<!doctype html>\n<html><body>{{#brand.footer}}<p>{{brand.footer}}</p>{{/brand.footer}}</body></html>"_s,
            text, {});
        row("content without footer", email, u"custom"_s, subject, u"<p>Hi</p>"_s, text, {});
        // Subject length (the sample's first name is Ada, its order number #1042)
        row("subject too long", email, u"custom"_s, u"x"_s.repeated(74) + u"{{order.number}}"_s, u"<p></p>"_s, text,
            {u"warning subject 1:1"_s}, u"79 characters"_s);
        row("subject of 78", email, u"custom"_s, u"x"_s.repeated(73) + u"{{order.number}}"_s, u"<p></p>"_s, text, {});
        // SMS segments
        row("sms of three parts", u"sms"_s, u"custom"_s, QString(), QString(), u"a"_s.repeated(307),
            {u"warning text 1:1"_s}, u"sent as 3 SMS"_s);
        row("sms too long and an unknown name", u"sms"_s, u"custom"_s, QString(), QString(),
            u"{{nope}}"_s + u"a"_s.repeated(307), {u"error text 1:1"_s, u"warning text 1:1"_s});
        row("subject too long after a broken html", email, u"custom"_s, u"x"_s.repeated(80), u"{{#items}}"_s, text,
            {u"error html 1:1"_s});
        row("sms of two parts", u"sms"_s, u"custom"_s, QString(), QString(), u"a"_s.repeated(306), {});
        row("sms of three parts allowed", u"sms"_s, u"custom"_s, QString(), QString(), u"a"_s.repeated(307), {}, {}, 3);
        row("sms forced to UCS-2", u"sms"_s, u"custom"_s, QString(), QString(), u"“"_s + u"a"_s.repeated(140),
            {u"warning text 1:1"_s}, u"The character ““” makes"_s);
        row("sms renders the sample", u"sms"_s, u"custom"_s, QString(), QString(),
            u"{{#items}}"_s + u"b"_s.repeated(300) + u"{{/items}}"_s, {});
        row("chat checks only its text", u"chat"_s, u"custom"_s, u"{{#broken"_s, u"{{nope}}"_s, u"*{{order.number}}*"_s,
            {});
        row("email text too long is fine", email, u"custom"_s, subject, u"<p></p>"_s, u"a"_s.repeated(400), {});
    }

    void validate()
    {
        QFETCH(QString, kind);
        QFETCH(QString, id);
        QFETCH(QString, subject);
        QFETCH(QString, html);
        QFETCH(QString, text);
        QFETCH(int, maxSmsSegments);
        QFETCH(QStringList, expected);
        QFETCH(QString, messageContains);

        MessageTemplate messageTemplate;
        messageTemplate.id = id;
        messageTemplate.kind = kind;
        messageTemplate.subject = subject;
        messageTemplate.html = html;
        messageTemplate.text = text;
        TemplateValidationOptions options;
        options.maxSmsSegments = maxSmsSegments;

        const QList<TemplateProblem> problems = TemplateValidator::validate(messageTemplate, options);
        QStringList found;
        QStringList messages;
        for (const TemplateProblem &problem : problems) {
            found.append(describe(problem));
            messages.append(problem.message);
            QVERIFY(!problem.message.isEmpty());
        }
        QVERIFY2(found == expected, qPrintable(found.join(u", "_s) + u"\n"_s + messages.join(u"\n"_s)));
        if (!messageContains.isEmpty()) {
            QVERIFY2(problems.first().message.contains(messageContains), qPrintable(problems.first().message));
        }
    }

    void lineAndColumn_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("start") << u"abc"_s << 0 << 1 << 1;
        QTest::newRow("same line") << u"abc"_s << 2 << 1 << 3;
        QTest::newRow("after newline") << u"ab\ncd"_s << 3 << 2 << 1;
        QTest::newRow("third line") << u"a\nb\ncde"_s << 6 << 3 << 3;
        QTest::newRow("past the end") << u"a\nb"_s << 99 << 2 << 2;
    }

    void lineAndColumn()
    {
        QFETCH(QString, source);
        QFETCH(int, index);
        QFETCH(int, line);
        QFETCH(int, column);
        QCOMPARE(TemplateValidator::lineAndColumn(source, index), std::pair(line, column));
    }

    void scan()
    {
        const MustacheScan scan = TemplateValidator::scan(
            u"a {{#items}}{{ name }}{{/items}} {{{raw}}} {{^x}}{{/x}} {{! c }} {{>p}} {{&y}}"_s);
        QCOMPARE(scan.unclosedTagAt, -1);
        QCOMPARE(scan.tags.size(), 9);
        QCOMPARE(scan.tags.at(0).kind, MustacheTag::Kind::Section);
        QCOMPARE(scan.tags.at(0).name, u"items"_s);
        QCOMPARE(scan.tags.at(0).start, 2);
        QCOMPARE(scan.tags.at(0).length, 10);
        QCOMPARE(scan.tags.at(1).kind, MustacheTag::Kind::Variable);
        QCOMPARE(scan.tags.at(1).name, u"name"_s);
        QCOMPARE(scan.tags.at(2).kind, MustacheTag::Kind::Close);
        QCOMPARE(scan.tags.at(3).kind, MustacheTag::Kind::Unescaped);
        QCOMPARE(scan.tags.at(3).length, 9);
        QCOMPARE(scan.tags.at(4).kind, MustacheTag::Kind::Inverted);
        QCOMPARE(scan.tags.at(6).kind, MustacheTag::Kind::Comment);
        QCOMPARE(scan.tags.at(7).kind, MustacheTag::Kind::Partial);
        QCOMPARE(scan.tags.at(8).kind, MustacheTag::Kind::Unescaped);
        QCOMPARE(scan.tags.at(8).name, u"y"_s);

        QCOMPARE(TemplateValidator::scan(u"ok {{#a}} {{b"_s).unclosedTagAt, 10);
    }

    // The templates Tidings ships with must never need fixing by the owner.
    void builtInTemplatesHaveNoErrors()
    {
        const QList<MessageTemplate> templates = builtInTemplates();
        for (const MessageTemplate &messageTemplate : templates) {
            const QList<TemplateProblem> problems = TemplateValidator::validate(messageTemplate);
            for (const TemplateProblem &problem : problems) {
                QVERIFY2(problem.severity == TemplateProblem::Severity::Warning,
                         qPrintable(messageTemplate.id + u": "_s + problem.message));
                qInfo("%s: %s", qPrintable(messageTemplate.id), qPrintable(problem.message));
            }
        }
    }
};

} // namespace Tidings

QTEST_GUILESS_MAIN(Tidings::TestTemplateValidator)
#include "tst_templatevalidator.moc"
