#include "model/statuses.h"
#include "templates/templaterenderer.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

OrderEvent sampleOrder()
{
    OrderEvent event;
    event.sourceId = u"shop-1"_s;
    event.sourceType = u"shopify"_s;
    event.orderId = u"820982911946154508"_s;
    event.orderNumber = u"#1042"_s;
    event.customerName = u"Ada Lovelace"_s;
    event.customerEmail = u"ada@example.com"_s;
    event.customerPhone = u"+44 20 7946 0000"_s;
    event.orderStatus = OrderStatus::Paid;
    event.lineItems = {
        LineItem{u"MUG-01"_s, u"Enamel mug"_s, 2, u"12.50"_s},
        LineItem{u"TEA-07"_s, u"Earl Grey, 250 g"_s, 1, u"8.90"_s},
    };
    event.totalPrice = u"33.90"_s;
    event.currency = u"EUR"_s;
    return event;
}

OrderEvent sampleShipment()
{
    OrderEvent event = sampleOrder();
    event.orderStatus = OrderStatus::Shipped;
    event.shipmentId = u"fulfillment-77"_s;
    event.shipmentStatus = ShipmentStatus::InTransit;
    event.carrier = u"DHL Express"_s;
    event.trackingNumber = u"JD014600006281283541"_s;
    event.trackingUrl = QUrl(u"https://track.example.com/parcel?id=JD014600006281283541&lang=en"_s);
    return event;
}

Brand sampleBrand()
{
    Brand brand;
    brand.shopName = u"Kettle & Crumb"_s;
    brand.logoUrl = u"https://cdn.example.com/logo.png"_s;
    brand.accentColor = u"#aa3366"_s;
    brand.supportEmail = u"help@kettle.example"_s;
    brand.footer = u"Kettle & Crumb Ltd, 1 High Street, Bath"_s;
    return brand;
}

MessageTemplate makeTemplate(const QString &subject, const QString &html, const QString &text)
{
    MessageTemplate result;
    result.id = u"test"_s;
    result.name = u"Test"_s;
    result.subject = subject;
    result.html = html;
    result.text = text;
    return result;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestTemplateRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void escapesOrderDataInHtmlOnly_data();
    void escapesOrderDataInHtmlOnly();
    void escapeHtmlCharacters();
    void foldsSubjectToOneLine_data();
    void foldsSubjectToOneLine();
    void missingKeysRenderEmpty_data();
    void missingKeysRenderEmpty();
    void emptyStringsAreFalse();
    void numbersAndBooleans();
    void trackingSection_data();
    void trackingSection();
    void partialsRenderNothing();
    void brokenTemplateNamesPart_data();
    void brokenTemplateNamesPart();
    void buildContextKeys();
    void buildContextWithoutShipment();
    void buildContextSanitizesBrand_data();
    void buildContextSanitizesBrand();
    void applyBrandReplacesBranding();
    void builtInTemplatesAreThere();
    void builtInTemplatesRender_data();
    void builtInTemplatesRender();
    void builtInShippedWithoutTracking();
};

void TestTemplateRenderer::escapesOrderDataInHtmlOnly_data()
{
    QTest::addColumn<QString>("htmlTemplate");
    QTest::addColumn<QString>("customerName");
    QTest::addColumn<QString>("expectedHtml");

    const QString plain = u"<p>{{customer.name}}</p>"_s;
    QTest::newRow("script") << plain << u"<script>alert(1)</script>"_s
                            << u"<p>&lt;script&gt;alert(1)&lt;&#47;script&gt;</p>"_s;
    QTest::newRow("double quote") << plain << u"Ada \"The Countess\""_s << u"<p>Ada &quot;The Countess&quot;</p>"_s;
    QTest::newRow("single quote") << plain << u"O'Brien"_s << u"<p>O&#39;Brien</p>"_s;
    QTest::newRow("ampersand") << plain << u"Smith & Sons"_s << u"<p>Smith &amp; Sons</p>"_s;
    QTest::newRow("attribute breakout") << u"<a title=\"{{customer.name}}\">x</a>"_s << u"\" onclick=\"evil()"_s
                                        << u"<a title=\"&quot; onclick&#61;&quot;evil()\">x</a>"_s;
    QTest::newRow("already an entity") << plain << u"&lt;"_s << u"<p>&amp;lt;</p>"_s;
    QTest::newRow("non-ASCII untouched") << plain << u"Zoë Ørsted 名前"_s << u"<p>Zoë Ørsted 名前</p>"_s;
    QTest::newRow("triple mustache still escaped")
        << u"<p>{{{customer.name}}}</p>"_s << u"<b>bold</b>"_s << u"<p>&lt;b&gt;bold&lt;&#47;b&gt;</p>"_s;
    QTest::newRow("ampersand tag still escaped")
        << u"<p>{{& customer.name}}</p>"_s << u"<i>x</i>"_s << u"<p>&lt;i&gt;x&lt;&#47;i&gt;</p>"_s;
}

void TestTemplateRenderer::escapesOrderDataInHtmlOnly()
{
    QFETCH(QString, htmlTemplate);
    QFETCH(QString, customerName);
    QFETCH(QString, expectedHtml);

    OrderEvent event = sampleOrder();
    event.customerName = customerName;
    const QJsonObject context = TemplateRenderer::buildContext(event, sampleBrand());
    const auto rendered = TemplateRenderer::render(
        makeTemplate(u"Hi {{customer.name}}"_s, htmlTemplate, u"Hi {{customer.name}}!"_s), context);
    QVERIFY2(rendered.ok(), qPrintable(rendered ? QString() : rendered.error().message));
    QCOMPARE(rendered->html, expectedHtml);
    QCOMPARE(rendered->text, u"Hi "_s + customerName + u"!"_s);
    QCOMPARE(rendered->subject, u"Hi "_s + customerName.simplified());
}

void TestTemplateRenderer::escapeHtmlCharacters()
{
    QCOMPARE(TemplateRenderer::escapeHtml(u"&<>\"'/`="_s), u"&amp;&lt;&gt;&quot;&#39;&#47;&#96;&#61;"_s);
    QCOMPARE(TemplateRenderer::escapeHtml(u"plain text 123"_s), u"plain text 123"_s);
    QCOMPARE(TemplateRenderer::escapeHtml(QString()), QString());
}

void TestTemplateRenderer::foldsSubjectToOneLine_data()
{
    QTest::addColumn<QString>("subjectTemplate");
    QTest::addColumn<QString>("orderNumber");
    QTest::addColumn<QString>("expected");

    const QString plain = u"Order {{order.number}} confirmed"_s;
    QTest::newRow("CRLF header injection") << plain << u"#1\r\nBcc: x@y"_s << u"Order #1 Bcc: x@y confirmed"_s;
    QTest::newRow("bare LF") << plain << u"#1\nBcc: x@y"_s << u"Order #1 Bcc: x@y confirmed"_s;
    QTest::newRow("bare CR") << plain << u"#1\rBcc: x@y"_s << u"Order #1 Bcc: x@y confirmed"_s;
    QTest::newRow("tabs and runs") << plain << u"#1\t\t  2"_s << u"Order #1 2 confirmed"_s;
    QTest::newRow("other controls") << plain << u"#1\u0001\u001b\u007f2"_s << u"Order #1 2 confirmed"_s;
    QTest::newRow("unicode line separators") << plain << u"#1\u2028\u2029\u00852"_s << u"Order #1 2 confirmed"_s;
    QTest::newRow("newlines in the template") << u"\n  Order\r\n{{order.number}}\n\n"_s << u"#7"_s << u"Order #7"_s;
    QTest::newRow("not escaped") << plain << u"<A&B>"_s << u"Order <A&B> confirmed"_s;
    QTest::newRow("empty value collapses")
        << u"Your {{brand.nothing}} order {{order.number}}"_s << u"#9"_s << u"Your order #9"_s;
}

void TestTemplateRenderer::foldsSubjectToOneLine()
{
    QFETCH(QString, subjectTemplate);
    QFETCH(QString, orderNumber);
    QFETCH(QString, expected);

    OrderEvent event = sampleOrder();
    event.orderNumber = orderNumber;
    const auto rendered = TemplateRenderer::render(makeTemplate(subjectTemplate, u"<p>{{order.number}}</p>"_s, {}),
                                                   TemplateRenderer::buildContext(event, sampleBrand()));
    QVERIFY(rendered.ok());
    QCOMPARE(rendered->subject, expected);
    QVERIFY(!rendered->subject.contains(u'\r'));
    QVERIFY(!rendered->subject.contains(u'\n'));
}

void TestTemplateRenderer::missingKeysRenderEmpty_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("top level") << u"[{{nothing}}]"_s << u"[]"_s;
    QTest::newRow("nested") << u"[{{order.nothing}}]"_s << u"[]"_s;
    QTest::newRow("under a missing object") << u"[{{nothing.deeper.still}}]"_s << u"[]"_s;
    QTest::newRow("shipment of an order event") << u"[{{shipment.trackingNumber}}]"_s << u"[]"_s;
    QTest::newRow("missing section") << u"[{{#nothing}}x{{/nothing}}]"_s << u"[]"_s;
    QTest::newRow("missing inverted section") << u"[{{^nothing}}x{{/nothing}}]"_s << u"[x]"_s;
    QTest::newRow("empty template") << QString() << QString();
}

void TestTemplateRenderer::missingKeysRenderEmpty()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);

    const QJsonObject context = TemplateRenderer::buildContext(sampleOrder(), sampleBrand());
    const auto rendered = TemplateRenderer::render(makeTemplate(source, source, source), context);
    QVERIFY(rendered.ok());
    QCOMPARE(rendered->subject, expected);
    QCOMPARE(rendered->html, expected);
    QCOMPARE(rendered->text, expected);
}

void TestTemplateRenderer::emptyStringsAreFalse()
{
    OrderEvent event = sampleOrder();
    event.customerName.clear();
    const QString source = u"Hello{{#customer.firstName}} {{customer.firstName}}{{/customer.firstName}}!"_s;
    auto rendered = TemplateRenderer::renderPart(TemplateRenderer::Part::Text, source,
                                                 TemplateRenderer::buildContext(event, sampleBrand()));
    QVERIFY(rendered.ok());
    QCOMPARE(rendered.value(), u"Hello!"_s);

    rendered = TemplateRenderer::renderPart(TemplateRenderer::Part::Text, source,
                                            TemplateRenderer::buildContext(sampleOrder(), sampleBrand()));
    QVERIFY(rendered.ok());
    QCOMPARE(rendered.value(), u"Hello Ada!"_s);
}

void TestTemplateRenderer::numbersAndBooleans()
{
    const QJsonObject context{
        {u"integer"_s, 42},
        {u"big"_s, 1234567890123.0},
        {u"fraction"_s, 2.5},
        {u"yes"_s, true},
        {u"no"_s, false},
        {u"nothing"_s, QJsonValue::Null},
        {u"list"_s, QJsonArray{u"a"_s, u"b"_s, 3}},
        {u"emptyList"_s, QJsonArray{}},
    };
    const QString source = u"{{integer}}|{{big}}|{{fraction}}|{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}|"
                           u"{{nothing}}{{^nothing}}null{{/nothing}}|{{yes}}{{no}}|{{#list}}[{{.}}]{{/list}}|"
                           u"{{#emptyList}}x{{/emptyList}}{{^emptyList}}empty{{/emptyList}}"_s;
    const auto rendered = TemplateRenderer::renderPart(TemplateRenderer::Part::Text, source, context);
    QVERIFY(rendered.ok());
    QCOMPARE(rendered.value(), u"42|1234567890123|2.5|Yn|null||[a][b][3]|empty"_s);
}

void TestTemplateRenderer::trackingSection_data()
{
    QTest::addColumn<bool>("withShipment");
    QTest::addColumn<QString>("trackingUrl");
    QTest::addColumn<QString>("expected");

    QTest::newRow("order only") << false << QString() << u"none"_s;
    QTest::newRow("shipment without link") << true << QString() << u"none"_s;
    QTest::newRow("shipment with link") << true << u"https://t.example/x?a=1&b=2"_s
                                        << u"track https://t.example/x?a=1&b=2"_s;
    QTest::newRow("plain http link") << true << u"http://t.example/1"_s << u"track http://t.example/1"_s;
    QTest::newRow("javascript link dropped") << true << u"javascript:alert(1)"_s << u"none"_s;
    QTest::newRow("data link dropped") << true << u"data:text/html,<b>x</b>"_s << u"none"_s;
}

void TestTemplateRenderer::trackingSection()
{
    QFETCH(bool, withShipment);
    QFETCH(QString, trackingUrl);
    QFETCH(QString, expected);

    OrderEvent event = withShipment ? sampleShipment() : sampleOrder();
    event.trackingUrl = QUrl(trackingUrl);
    const QString source =
        u"{{#hasTracking}}track {{shipment.trackingUrl}}{{/hasTracking}}{{^hasTracking}}none{{/hasTracking}}"_s;
    const auto rendered = TemplateRenderer::renderPart(TemplateRenderer::Part::Text, source,
                                                       TemplateRenderer::buildContext(event, sampleBrand()));
    QVERIFY(rendered.ok());
    QCOMPARE(rendered.value(), expected);
}

void TestTemplateRenderer::partialsRenderNothing()
{
    // A string value must never be parsed as a template, even when a template names it as a partial.
    const QJsonObject context{{u"note"_s, u"{{secret}}"_s}, {u"secret"_s, u"leaked"_s}};
    const auto rendered = TemplateRenderer::renderPart(TemplateRenderer::Part::Text, u"[{{> note}}]"_s, context);
    QVERIFY(rendered.ok());
    QCOMPARE(rendered.value(), u"[]"_s);
}

void TestTemplateRenderer::brokenTemplateNamesPart_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("partWord");
    QTest::addColumn<QString>("reason");

    const auto subject = static_cast<int>(TemplateRenderer::Part::Subject);
    const auto html = static_cast<int>(TemplateRenderer::Part::Html);
    const auto text = static_cast<int>(TemplateRenderer::Part::Text);
    QTest::newRow("subject: unclosed section")
        << subject << u"{{#hasTracking}}x"_s << u"subject"_s << u"Unclosed section"_s;
    QTest::newRow("HTML: unclosed tag") << html << u"<p>{{order.number</p>"_s << u"HTML"_s << u"Unclosed tag"_s;
    QTest::newRow("text: unopened section") << text << u"x{{/items}}"_s << u"text"_s << u"Unopened section"_s;
    QTest::newRow("text: mismatched section")
        << text << u"{{#items}}x{{/order}}"_s << u"text"_s << u"Unclosed section"_s;
    QTest::newRow("HTML: bad delimiter") << html << u"{{=<% =}}"_s << u"HTML"_s << u"Invalid set delimiter"_s;
}

void TestTemplateRenderer::brokenTemplateNamesPart()
{
    QFETCH(int, part);
    QFETCH(QString, source);
    QFETCH(QString, partWord);
    QFETCH(QString, reason);

    const QString good = u"fine {{order.number}}"_s;
    const auto which = static_cast<TemplateRenderer::Part>(part);
    const MessageTemplate broken = makeTemplate(which == TemplateRenderer::Part::Subject ? source : good,
                                                which == TemplateRenderer::Part::Html ? source : good,
                                                which == TemplateRenderer::Part::Text ? source : good);
    const auto rendered =
        TemplateRenderer::render(broken, TemplateRenderer::buildContext(sampleOrder(), sampleBrand()));
    QVERIFY(!rendered.ok());
    QCOMPARE(rendered.error().code, ErrorCode::InvalidInput);
    QVERIFY2(rendered.error().message.contains(partWord), qPrintable(rendered.error().message));
    QVERIFY2(rendered.error().message.contains(reason), qPrintable(rendered.error().message));
    QVERIFY2(rendered.error().detail.contains(reason), qPrintable(rendered.error().detail));

    const auto single = TemplateRenderer::renderPart(which, source, {});
    QVERIFY(!single.ok());
    QCOMPARE(single.error().code, ErrorCode::InvalidInput);
}

void TestTemplateRenderer::buildContextKeys()
{
    const OrderEvent event = sampleShipment();
    const QJsonObject context = TemplateRenderer::buildContext(event, sampleBrand());

    QCOMPARE(sortedKeys(context), (QStringList{u"brand"_s, u"customer"_s, u"hasItems"_s, u"hasLogo"_s, u"hasTracking"_s,
                                               u"items"_s, u"order"_s, u"shipment"_s}));

    const QJsonObject order = context.value(u"order"_s).toObject();
    QCOMPARE(sortedKeys(order), (QStringList{u"currency"_s, u"id"_s, u"itemCount"_s, u"number"_s, u"status"_s,
                                             u"statusLabel"_s, u"total"_s}));
    QCOMPARE(order.value(u"id"_s).toString(), event.orderId);
    QCOMPARE(order.value(u"number"_s).toString(), u"#1042"_s);
    QCOMPARE(order.value(u"status"_s).toString(), u"shipped"_s);
    QCOMPARE(order.value(u"statusLabel"_s).toString(), displayName(OrderStatus::Shipped));
    QCOMPARE(order.value(u"total"_s).toString(), u"33.90"_s);
    QCOMPARE(order.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(order.value(u"itemCount"_s).toInt(), 3);

    const QJsonObject customer = context.value(u"customer"_s).toObject();
    QCOMPARE(sortedKeys(customer), (QStringList{u"email"_s, u"firstName"_s, u"name"_s, u"phone"_s}));
    QCOMPARE(customer.value(u"name"_s).toString(), u"Ada Lovelace"_s);
    QCOMPARE(customer.value(u"firstName"_s).toString(), u"Ada"_s);
    QCOMPARE(customer.value(u"email"_s).toString(), u"ada@example.com"_s);
    QCOMPARE(customer.value(u"phone"_s).toString(), u"+44 20 7946 0000"_s);

    const QJsonObject shipment = context.value(u"shipment"_s).toObject();
    QCOMPARE(sortedKeys(shipment), (QStringList{u"carrier"_s, u"id"_s, u"status"_s, u"statusKnown"_s, u"statusLabel"_s,
                                                u"trackingNumber"_s, u"trackingUrl"_s}));
    QCOMPARE(shipment.value(u"id"_s).toString(), u"fulfillment-77"_s);
    QCOMPARE(shipment.value(u"status"_s).toString(), u"in_transit"_s);
    QCOMPARE(shipment.value(u"statusLabel"_s).toString(), displayName(ShipmentStatus::InTransit));
    QCOMPARE(shipment.value(u"statusKnown"_s), QJsonValue(true));
    QCOMPARE(shipment.value(u"carrier"_s).toString(), u"DHL Express"_s);
    QCOMPARE(shipment.value(u"trackingNumber"_s).toString(), u"JD014600006281283541"_s);
    QCOMPARE(shipment.value(u"trackingUrl"_s).toString(),
             u"https://track.example.com/parcel?id=JD014600006281283541&lang=en"_s);

    const QJsonArray items = context.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject first = items.at(0).toObject();
    QCOMPARE(sortedKeys(first), (QStringList{u"name"_s, u"price"_s, u"quantity"_s, u"sku"_s}));
    QCOMPARE(first.value(u"sku"_s).toString(), u"MUG-01"_s);
    QCOMPARE(first.value(u"name"_s).toString(), u"Enamel mug"_s);
    QCOMPARE(first.value(u"quantity"_s).toInt(), 2);
    QCOMPARE(first.value(u"price"_s).toString(), u"12.50"_s);

    const QJsonObject brand = context.value(u"brand"_s).toObject();
    QCOMPARE(sortedKeys(brand),
             (QStringList{u"accentColor"_s, u"footer"_s, u"logoUrl"_s, u"shopName"_s, u"supportEmail"_s}));
    QCOMPARE(brand.value(u"shopName"_s).toString(), u"Kettle & Crumb"_s);
    QCOMPARE(brand.value(u"logoUrl"_s).toString(), u"https://cdn.example.com/logo.png"_s);
    QCOMPARE(brand.value(u"accentColor"_s).toString(), u"#aa3366"_s);
    QCOMPARE(brand.value(u"supportEmail"_s).toString(), u"help@kettle.example"_s);
    QCOMPARE(brand.value(u"footer"_s).toString(), u"Kettle & Crumb Ltd, 1 High Street, Bath"_s);

    QCOMPARE(context.value(u"hasTracking"_s), QJsonValue(true));
    QCOMPARE(context.value(u"hasLogo"_s), QJsonValue(true));
    QCOMPARE(context.value(u"hasItems"_s), QJsonValue(true));
}

void TestTemplateRenderer::buildContextWithoutShipment()
{
    OrderEvent event = sampleOrder();
    event.lineItems.clear();
    Brand brand = sampleBrand();
    brand.logoUrl.clear();
    const QJsonObject context = TemplateRenderer::buildContext(event, brand);
    QVERIFY(!context.contains(u"shipment"_s));
    QCOMPARE(context.value(u"hasTracking"_s), QJsonValue(false));
    QCOMPARE(context.value(u"hasLogo"_s), QJsonValue(false));
    QCOMPARE(context.value(u"hasItems"_s), QJsonValue(false));
    QCOMPARE(context.value(u"items"_s).toArray().size(), 0);
    QCOMPARE(context.value(u"order"_s).toObject().value(u"itemCount"_s).toInt(), 0);
}

void TestTemplateRenderer::buildContextSanitizesBrand_data()
{
    QTest::addColumn<QString>("accentColor");
    QTest::addColumn<QString>("logoUrl");
    QTest::addColumn<QString>("expectedColor");
    QTest::addColumn<QString>("expectedLogo");

    const QString fallback = Brand{}.accentColor;
    QTest::newRow("six digits") << u"#A1b2C3"_s << u"https://x.example/l.png"_s << u"#A1b2C3"_s
                                << u"https://x.example/l.png"_s;
    QTest::newRow("three digits, spaces") << u" #abc "_s << QString() << u"#abc"_s << QString();
    QTest::newRow("CSS injection") << u"red;background:url(https://evil.example)"_s << QString() << fallback
                                   << QString();
    QTest::newRow("empty colour") << QString() << QString() << fallback << QString();
    QTest::newRow("javascript logo") << u"#000"_s << u"javascript:alert(1)"_s << u"#000"_s << QString();
    QTest::newRow("relative logo") << u"#000"_s << u"logo.png"_s << u"#000"_s << QString();
}

void TestTemplateRenderer::buildContextSanitizesBrand()
{
    QFETCH(QString, accentColor);
    QFETCH(QString, logoUrl);
    QFETCH(QString, expectedColor);
    QFETCH(QString, expectedLogo);

    Brand brand = sampleBrand();
    brand.accentColor = accentColor;
    brand.logoUrl = logoUrl;
    const QJsonObject context = TemplateRenderer::buildContext(sampleOrder(), brand);
    const QJsonObject brandData = context.value(u"brand"_s).toObject();
    QCOMPARE(brandData.value(u"accentColor"_s).toString(), expectedColor);
    QCOMPARE(brandData.value(u"logoUrl"_s).toString(), expectedLogo);
    QCOMPARE(context.value(u"hasLogo"_s).toBool(), !expectedLogo.isEmpty());
}

void TestTemplateRenderer::applyBrandReplacesBranding()
{
    QJsonObject context = TemplateRenderer::buildContext(sampleShipment(), Brand{});
    Brand brand = sampleBrand();
    brand.accentColor = u"url(x)"_s;
    TemplateRenderer::applyBrand(context, brand);
    const QJsonObject brandData = context.value(u"brand"_s).toObject();
    QCOMPARE(brandData.value(u"shopName"_s).toString(), u"Kettle & Crumb"_s);
    QCOMPARE(brandData.value(u"accentColor"_s).toString(), Brand{}.accentColor);
    QCOMPARE(context.value(u"hasLogo"_s), QJsonValue(true));
    QCOMPARE(context.value(u"order"_s).toObject().value(u"number"_s).toString(), u"#1042"_s);

    brand.logoUrl = u"ftp://x.example/logo.png"_s;
    TemplateRenderer::applyBrand(context, brand);
    QCOMPARE(context.value(u"hasLogo"_s), QJsonValue(false));
    QVERIFY(context.value(u"brand"_s).toObject().value(u"logoUrl"_s).toString().isEmpty());
}

void TestTemplateRenderer::builtInTemplatesAreThere()
{
    const QList<MessageTemplate> templates = builtInTemplates();
    QCOMPARE(templates.size(), 3);
    QCOMPARE(templates.at(0).id, u"order_confirmed"_s);
    QCOMPARE(templates.at(0).name, u"Order confirmed"_s);
    QCOMPARE(templates.at(1).id, u"shipped"_s);
    QCOMPARE(templates.at(1).name, u"Shipped"_s);
    QCOMPARE(templates.at(2).id, u"shipment_delayed"_s);
    QCOMPARE(templates.at(2).name, u"Shipment delayed"_s);
    for (const MessageTemplate &messageTemplate : templates) {
        QVERIFY(messageTemplate.builtIn);
        QVERIFY(!messageTemplate.subject.trimmed().isEmpty());
        QVERIFY(messageTemplate.html.contains(u"<html"_s));
        QVERIFY(!messageTemplate.text.trimmed().isEmpty());
    }
}

void TestTemplateRenderer::builtInTemplatesRender_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<bool>("shipment");
    QTest::addColumn<QString>("expectedSubject");

    QTest::newRow("order_confirmed") << u"order_confirmed"_s << false
                                     << u"Your Kettle & Crumb order #1042 is confirmed"_s;
    QTest::newRow("shipped") << u"shipped"_s << true << u"Your Kettle & Crumb order #1042 is on its way"_s;
    QTest::newRow("shipment_delayed") << u"shipment_delayed"_s << true
                                      << u"Your Kettle & Crumb order #1042 is taking longer than expected"_s;
}

void TestTemplateRenderer::builtInTemplatesRender()
{
    QFETCH(QString, templateId);
    QFETCH(bool, shipment);
    QFETCH(QString, expectedSubject);

    const QList<MessageTemplate> templates = builtInTemplates();
    const auto found = std::find_if(templates.cbegin(), templates.cend(),
                                    [&templateId](const MessageTemplate &t) { return t.id == templateId; });
    QVERIFY(found != templates.cend());

    const OrderEvent event = shipment ? sampleShipment() : sampleOrder();
    const auto rendered = TemplateRenderer::render(*found, TemplateRenderer::buildContext(event, sampleBrand()));
    QVERIFY2(rendered.ok(), qPrintable(rendered ? QString() : rendered.error().message));

    QCOMPARE(rendered->subject, expectedSubject);

    // HTML: escaped order data, branding, logo, items.
    const QString &html = rendered->html;
    QVERIFY(html.contains(u"#1042"_s));
    QVERIFY(html.contains(u"Kettle &amp; Crumb"_s));
    QVERIFY(!html.contains(u"Kettle & Crumb"_s));
    QVERIFY(html.contains(u"#aa3366"_s));
    QVERIFY(html.contains(TemplateRenderer::escapeHtml(u"https://cdn.example.com/logo.png"_s)));
    QVERIFY(html.contains(u"Enamel mug"_s));
    QVERIFY(html.contains(u"MUG-01"_s));
    QVERIFY(html.contains(u"help@kettle.example"_s));
    QVERIFY(html.contains(u"Ada"_s));
    QVERIFY(!html.contains(u"{{"_s));

    // Text: raw.
    const QString &text = rendered->text;
    QVERIFY(text.contains(u"#1042"_s));
    QVERIFY(text.contains(u"Kettle & Crumb"_s));
    QVERIFY(text.contains(u"Enamel mug"_s));
    QVERIFY(!text.contains(u"{{"_s));
    QVERIFY(!text.contains(u"&amp;"_s));

    const QString trackingUrl = u"https://track.example.com/parcel?id=JD014600006281283541&lang=en"_s;
    if (shipment) {
        QVERIFY(html.contains(TemplateRenderer::escapeHtml(trackingUrl)));
        QVERIFY(html.contains(u"Track your package"_s));
        QVERIFY(html.contains(u"DHL Express"_s));
        QVERIFY(html.contains(u"JD014600006281283541"_s));
        QVERIFY(text.contains(trackingUrl));
        QVERIFY(text.contains(u"DHL Express"_s));
        QVERIFY(text.contains(u"JD014600006281283541"_s));
    } else {
        QVERIFY(html.contains(u"33.90 EUR"_s));
        QVERIFY(text.contains(u"Total: 33.90 EUR"_s));
        QVERIFY(!html.contains(u"Track your package"_s));
    }
}

void TestTemplateRenderer::builtInShippedWithoutTracking()
{
    const QList<MessageTemplate> templates = builtInTemplates();
    OrderEvent event = sampleShipment();
    event.trackingUrl.clear();
    event.trackingNumber.clear();
    Brand brand = sampleBrand();
    brand.logoUrl.clear();
    const auto rendered = TemplateRenderer::render(templates.at(1), TemplateRenderer::buildContext(event, brand));
    QVERIFY(rendered.ok());
    QVERIFY(!rendered->html.contains(u"Track your package"_s));
    QVERIFY(!rendered->html.contains(u"Tracking number"_s));
    QVERIFY(!rendered->html.contains(u"<img"_s));
    QVERIFY(rendered->html.contains(u"DHL Express"_s));
    QVERIFY(rendered->html.contains(displayName(ShipmentStatus::InTransit)));
    QVERIFY(!rendered->text.contains(u"Track your package"_s));
    QVERIFY(!rendered->text.contains(u"Tracking number"_s));

    // A status the platform did not tell us is not shown as "Unknown" to the customer.
    event.shipmentStatus = ShipmentStatus::Unknown;
    const auto unknown = TemplateRenderer::render(templates.at(1), TemplateRenderer::buildContext(event, brand));
    QVERIFY(unknown.ok());
    QVERIFY(!unknown->html.contains(displayName(ShipmentStatus::Unknown)));
    QVERIFY(unknown->html.contains(u"Shipped"_s));
}

} // namespace Tidings

QTEST_GUILESS_MAIN(Tidings::TestTemplateRenderer)
#include "tst_templaterenderer.moc"
