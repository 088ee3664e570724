#include "templates/templateblocks.h"
#include "templates/templaterenderer.h"
#include "templates/templatevalidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using Kind = TemplateBlock::Kind;

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Heading:
        return u"heading"_s;
    case Kind::Text:
        return u"text"_s;
    case Kind::SmallPrint:
        return u"small"_s;
    case Kind::Image:
        return u"image"_s;
    case Kind::Divider:
        return u"divider"_s;
    case Kind::StatusStrip:
        return u"strip"_s;
    case Kind::ShipmentDetails:
        return u"shipment"_s;
    case Kind::Button:
        return u"button"_s;
    case Kind::OrderTable:
        return u"table"_s;
    case Kind::CustomHtml:
        break;
    }
    return u"custom"_s;
}

// "heading", "strip?hasProgress", ...: each block's kind, and its section after a "?".
QStringList describe(const QList<TemplateBlock> &blocks)
{
    QStringList out;
    for (const TemplateBlock &block : blocks) {
        out.append(kindName(block.kind) + (block.condition.isEmpty() ? QString() : u'?' + block.condition));
    }
    return out;
}

TemplateBlock make(Kind kind, const QMap<QString, QString> &values, const QString &condition = {})
{
    TemplateBlock block;
    block.kind = kind;
    block.values = values;
    block.condition = condition;
    return block;
}

} // namespace

class TestTemplateBlocks final : public QObject
{
    Q_OBJECT

private slots:

    // Every built-in email reads as blocks the designer knows (none left as custom HTML), and writes back the same.
    void builtInEmails_readAsKnownBlocks_data()
    {
        QTest::addColumn<MessageTemplate>("messageTemplate");
        for (const MessageTemplate &builtIn : builtInTemplates()) {
            if (builtIn.kind == u"email"_s) {
                QTest::newRow(qPrintable(builtIn.id + u'/' + builtIn.language)) << builtIn;
            }
        }
    }

    void builtInEmails_readAsKnownBlocks()
    {
        QFETCH(MessageTemplate, messageTemplate);
        QList<TemplateBlock> blocks = TemplateBlocks::parse(messageTemplate.html);
        QVERIFY(!blocks.isEmpty());
        QVERIFY2(!describe(blocks).contains(u"custom"_s), qPrintable(describe(blocks).join(u", "_s)));
        QCOMPARE(TemplateBlocks::write(blocks), messageTemplate.html);
    }

    void builtIn_blocksAndValues_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<int>("block");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");

        const QStringList shipped{
            u"heading"_s,       u"text"_s, u"strip?hasProgress"_s, u"shipment?shipment"_s, u"button?hasTracking"_s,
            u"table?hasItems"_s};
        QTest::newRow("shipped: the button's words")
            << u"shipped"_s << QString() << shipped << 4 << u"label"_s << u"Track your package"_s;
        QTest::newRow("shipped: the button's link")
            << u"shipped"_s << QString() << shipped << 4 << u"url"_s << u"{{shipment.trackingUrl}}"_s;
        QTest::newRow("shipped: no prices") << u"shipped"_s << QString() << shipped << 5 << u"prices"_s << QString();
        QTest::newRow("shipped in German: the strip")
            << u"shipped"_s << u"de"_s << shipped << 2 << u"delivered"_s << u"Zugestellt"_s;
        QTest::newRow("shipped in French: the panel's fallback")
            << u"shipped"_s << u"fr"_s << shipped << 3 << u"fallbackStatus"_s << u"Expédié"_s;
        const QStringList confirmed{u"heading"_s, u"text"_s, u"strip?hasProgress"_s, u"table?hasItems"_s};
        QTest::newRow("confirmed: prices")
            << u"order_confirmed"_s << QString() << confirmed << 3 << u"prices"_s << u"yes"_s;
        QTest::newRow("confirmed: total")
            << u"order_confirmed"_s << QString() << confirmed << 3 << u"total"_s << u"Total"_s;
        const QStringList backorder{u"heading"_s, u"text"_s, u"text"_s, u"strip?hasProgress"_s,
                                    u"table?hasBackorder"_s};
        QTest::newRow("backorder: the waiting items")
            << u"backorder_delay"_s << QString() << backorder << 4 << u"list"_s << u"backorder.items"_s;
        const QStringList restock{u"heading"_s, u"text"_s, u"small?product.sku"_s, u"button?product.url"_s};
        QTest::newRow("back in stock: the small print")
            << u"back_in_stock"_s << QString() << restock << 2 << u"text"_s << u"SKU {{product.sku}}"_s;
    }

    void builtIn_blocksAndValues()
    {
        QFETCH(QString, id);
        QFETCH(QString, language);
        QFETCH(QStringList, kinds);
        QFETCH(int, block);
        QFETCH(QString, key);
        QFETCH(QString, value);

        const std::optional<MessageTemplate> builtIn = builtInTemplate(id, language);
        QVERIFY(builtIn);
        const QList<TemplateBlock> blocks = TemplateBlocks::parse(builtIn->html);
        QCOMPARE(describe(blocks), kinds);
        QCOMPARE(blocks.at(block).value(key), value);
    }

    // HTML the owner wrote by hand stays exactly as it was, in custom blocks; the blocks around it are still read.
    void ownHtml_keptAsItWas_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("kinds");

        const QString heading =
            u"<h1 class=\"ink\" style=\"margin:0 0 12px 0;font-family:{{brand.fontFamily}};font-size:24px;"
            "line-height:32px;font-weight:bold;color:#1f2328;\">Hello</h1>\n"_s;
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("one paragraph of my own") << u"<p>Thanks!</p>\n"_s << QStringList{u"custom"_s};
        QTest::newRow("no line break at the end") << u"<p>Thanks!</p>"_s << QStringList{u"custom"_s};
        QTest::newRow("a heading without its line break") << heading.chopped(1) << QStringList{u"custom"_s};
        QTest::newRow("blank lines between")
            << u"\n\n"_s + heading + u"\n\n<p>a</p>\n\n"_s << QStringList{u"custom"_s, u"heading"_s, u"custom"_s};
        QTest::newRow("an element over several lines")
            << u"<div>\n<p>one</p>\n<p>two</p>\n</div>\n"_s + heading << QStringList{u"custom"_s, u"heading"_s};
        QTest::newRow("a section of my own") << u"{{#order.note}}\n<p>{{order.note}}</p>\n{{/order.note}}\n"_s + heading
                                             << QStringList{u"custom"_s, u"heading"_s};
        QTest::newRow("a section never closed")
            << heading + u"{{#items}}\n<p>{{name}}</p>\n"_s << QStringList{u"heading"_s, u"custom"_s};
        QTest::newRow("a heading in a section")
            << u"{{#customer.firstName}}\n"_s + heading + u"{{/customer.firstName}}\n"_s
            << QStringList{u"heading?customer.firstName"_s};
        QTest::newRow("a line break written another way")
            << QString(heading).replace(u"Hello"_s, u"Hello<br/>there"_s) << QStringList{u"heading"_s};
        QTest::newRow("a heading with a style changed")
            << QString(heading).replace(u"24px"_s, u"30px"_s) << QStringList{u"custom"_s};
        QTest::newRow("void and self-closing elements")
            << u"<img src=\"a.png\">\n<br/>\n<hr>\n"_s << QStringList{u"custom"_s, u"custom"_s, u"custom"_s};
    }

    void ownHtml_keptAsItWas()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, kinds);

        QList<TemplateBlock> blocks = TemplateBlocks::parse(html);
        QCOMPARE(describe(blocks), kinds);
        QCOMPARE(TemplateBlocks::write(blocks), html);
    }

    // What the owner types into a block is written so that it reads back the same.
    void edits_readBack_data()
    {
        QTest::addColumn<TemplateBlock>("block");
        QTest::addColumn<QString>("written"); // part of what the block writes

        QTest::newRow("a paragraph over two lines")
            << make(Kind::Text, {{u"text"_s, u"Hello {{customer.firstName}},\nthank you!"_s}})
            << u">Hello {{customer.firstName}},<br>thank you!</p>"_s;
        QTest::newRow("a link with a quote in it")
            << make(Kind::Button, {{u"label"_s, u"Our shop"_s},
                                   {u"url"_s, u"https://shop.example/?q=\"x\""_s},
                                   {u"fallback"_s, u"Or open:"_s}})
            << u"href=\"https://shop.example/?q=&quot;x&quot;\""_s;
        QTest::newRow("an image") << make(Kind::Image, {{u"src"_s, u"https://shop.example/banner.png"_s},
                                                        {u"alt"_s, u"Summer \"sale\""_s}})
                                  << u"alt=\"Summer &quot;sale&quot;\""_s;
        QTest::newRow("a divider") << make(Kind::Divider, {}) << u"<hr "_s;
        QTest::newRow("an order table with prices") << make(Kind::OrderTable,
                                                            {{u"title"_s, u"Ihre Bestellung"_s},
                                                             {u"quantity"_s, u"Menge"_s},
                                                             {u"sku"_s, u"Art.-Nr."_s},
                                                             {u"prices"_s, u"yes"_s},
                                                             {u"price"_s, u"Preis"_s},
                                                             {u"total"_s, u"Summe"_s},
                                                             {u"list"_s, u"items"_s}},
                                                            u"hasItems"_s)
                                                    << u"{{#order.totalText}}\n<tr><td colspan=\"2\" "
                                                       u"style=\"padding:12px 0 0 0;font-size:16px;line-height:24px;"
                                                       "font-weight:bold;\">Summe</td>"_s;
        QTest::newRow("the status strip in a section")
            << make(Kind::StatusStrip,
                    {{u"ordered"_s, u"A"_s},
                     {u"shipped"_s, u"B"_s},
                     {u"outForDelivery"_s, u"C"_s},
                     {u"delivered"_s, u"D"_s}},
                    u"hasProgress"_s)
            << u"{{#hasProgress}}\n<table role=\"presentation\" class=\"progress\""_s;
        QTest::newRow("custom HTML without a final line break")
            << make(Kind::CustomHtml, {{u"html"_s, u"<p>Mine</p>"_s}}) << u"<p>Mine</p>"_s;
    }

    void edits_readBack()
    {
        QFETCH(TemplateBlock, block);
        QFETCH(QString, written);

        const TemplateBlock heading = make(Kind::Heading, {{u"text"_s, u"Hi"_s}});
        QList<TemplateBlock> blocks{heading, block, heading};
        const QString html = TemplateBlocks::write(blocks);
        QVERIFY2(html.contains(written), qPrintable(html));
        const QList<TemplateBlock> read = TemplateBlocks::parse(html);
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(1).kind, block.kind);
        QCOMPARE(read.at(1).condition, block.condition);
        QMap<QString, QString> expected = block.values;
        if (block.kind == Kind::CustomHtml) {
            expected[u"html"_s] += u'\n'; // the next block starts on a line of its own
        }
        QCOMPARE(read.at(1).values, expected);
        QCOMPARE(read.at(2).value(u"text"_s), u"Hi"_s);
    }

    // An email made of every kind of block is valid Mustache with only known variables, and renders the owner's
    // words with the order's data escaped.
    void everyKind_rendersValid()
    {
        QList<TemplateBlock> blocks{
            make(Kind::Heading, {{u"text"_s, u"Hello {{customer.firstName}}"_s}}),
            make(Kind::Text, {{u"text"_s, u"Order <strong>{{order.number}}</strong>\nis on its way."_s}}),
            make(Kind::SmallPrint, {{u"text"_s, u"Fine print"_s}}),
            make(Kind::Image, {{u"src"_s, u"https://shop.example/b.png"_s}, {u"alt"_s, u"{{brand.shopName}}"_s}}),
            make(Kind::Divider, {}),
            make(Kind::StatusStrip,
                 {{u"ordered"_s, u"Ordered"_s},
                  {u"shipped"_s, u"Shipped"_s},
                  {u"outForDelivery"_s, u"Out"_s},
                  {u"delivered"_s, u"Delivered"_s}},
                 u"hasProgress"_s),
            make(Kind::ShipmentDetails,
                 {{u"carrier"_s, u"Carrier"_s},
                  {u"trackingNumber"_s, u"Number"_s},
                  {u"status"_s, u"Status"_s},
                  {u"fallbackStatus"_s, u"Shipped"_s}},
                 u"shipment"_s),
            make(Kind::Button,
                 {{u"label"_s, u"Track"_s}, {u"url"_s, u"{{shipment.trackingUrl}}"_s}, {u"fallback"_s, u"Link:"_s}},
                 u"hasTracking"_s),
            make(Kind::OrderTable,
                 {{u"title"_s, u"Items"_s},
                  {u"quantity"_s, u"Qty"_s},
                  {u"sku"_s, u"SKU"_s},
                  {u"prices"_s, u"yes"_s},
                  {u"price"_s, u"Price"_s},
                  {u"total"_s, u"Total"_s},
                  {u"list"_s, u"items"_s}},
                 u"hasItems"_s),
            make(Kind::CustomHtml, {{u"html"_s, u"<p>{{order.number}}</p>\n"_s}}),
        };
        MessageTemplate messageTemplate;
        messageTemplate.id = u"shipped"_s;
        messageTemplate.subject = u"Shipped"_s;
        messageTemplate.html = TemplateBlocks::write(blocks);
        messageTemplate.text = u"Shipped {{order.number}}"_s;
        const QList<TemplateProblem> problems = TemplateValidator::validate(messageTemplate);
        QStringList errors;
        for (const TemplateProblem &problem : problems) {
            if (problem.severity == TemplateProblem::Severity::Error) {
                errors.append(problem.message);
            }
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(describe(TemplateBlocks::parse(messageTemplate.html)),
                 (QStringList{u"heading"_s, u"text"_s, u"small"_s, u"image"_s, u"divider"_s, u"strip?hasProgress"_s,
                              u"shipment?shipment"_s, u"button?hasTracking"_s, u"table?hasItems"_s, u"custom"_s}));
    }

    void blockAtLine_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("block");

        QTest::newRow("the heading") << 1 << 0;
        QTest::newRow("the strip's section") << 3 << 2;
        QTest::newRow("inside the strip") << 6 << 2;
        QTest::newRow("the panel's first line") << 13 << 3;
        QTest::newRow("before everything") << 0 << -1;
    }

    void blockAtLine()
    {
        QFETCH(int, line);
        QFETCH(int, block);

        const std::optional<MessageTemplate> shipped = builtInTemplate(u"shipped"_s);
        QVERIFY(shipped);
        // Lines: 1 heading, 2 text, 3-12 the strip ({{#hasProgress}} ... {{/hasProgress}}), 13- the panel.
        const QList<TemplateBlock> blocks = TemplateBlocks::parse(shipped->html);
        QCOMPARE(blocks.at(3).line, 13);
        QCOMPARE(TemplateBlocks::blockAtLine(blocks, line), block);
    }
};

} // namespace Tidings

QTEST_GUILESS_MAIN(Tidings::TestTemplateBlocks)
#include "tst_templateblocks.moc"
