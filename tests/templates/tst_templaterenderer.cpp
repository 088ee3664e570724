#include "config/appconfig.h"
#include "model/statuses.h"
#include "templates/statuswords.h"
#include "templates/templaterenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <tuple>

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
    event.customerLocale = u"en-US"_s;
    event.orderStatus = OrderStatus::Paid;
    event.lineItems = {
        LineItem{u"MUG-01"_s, u"Enamel mug"_s, 2, u"12.50"_s},
        LineItem{u"TEA-07"_s, u"Earl Grey, 250 g"_s, 1, u"8.90"_s},
    };
    event.totalPrice = u"33.90"_s;
    event.currency = u"EUR"_s;
    event.occurredAt = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
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

// The content of a page the renderer put into the layout: between the layout's content cell and the footer.
// Content that was not put into a layout is returned as it is.
QString contentOf(const QString &html)
{
    if (!html.contains(u"<!DOCTYPE html>"_s)) {
        return html;
    }
    const QString open = u"color:#1f2328;\">\n"_s;
    const qsizetype start = html.indexOf(open, html.indexOf(u"class=\"px ink\""_s));
    const qsizetype end = html.indexOf(u"\n</td>\n</tr>\n<tr>\n<td class=\"px footer"_s);
    if (start < 0 || end < start) {
        return u"(no content slot)"_s;
    }
    return html.mid(start + open.size(), end - start - open.size());
}

// In the order of builtInTemplates().
const QStringList &emailIds()
{
    static const QStringList ids{
        u"order_confirmed"_s, u"order_paid"_s,       u"backorder_delay"_s,    u"label_created"_s,
        u"shipped"_s,         u"out_for_delivery"_s, u"delivery_attempted"_s, u"ready_for_pickup"_s,
        u"delivered"_s,       u"shipment_delayed"_s, u"returned"_s,           u"order_cancelled"_s,
        u"order_refunded"_s,  u"low_stock"_s,        u"out_of_stock"_s,       u"back_in_stock"_s};
    return ids;
}

// The alerts for the shop's staff: an email and a chat message in the default language, no SMS.
const QStringList &staffAlertIds()
{
    static const QStringList ids{u"low_stock"_s, u"out_of_stock"_s};
    return ids;
}

// The emails customers get: with a chat and an SMS variant, in every language.
QStringList customerEmailIds()
{
    QStringList ids = emailIds();
    ids.removeIf([](const QString &id) { return staffAlertIds().contains(id); });
    return ids;
}

// The emails about a parcel: they have a tracking button when there is a tracking link.
const QStringList &shipmentEmailIds()
{
    static const QStringList ids{u"label_created"_s,    u"shipped"_s,   u"out_for_delivery"_s, u"delivery_attempted"_s,
                                 u"ready_for_pickup"_s, u"delivered"_s, u"shipment_delayed"_s, u"returned"_s};
    return ids;
}

MessageTemplate templateById(const QString &id, const QString &language = {})
{
    for (const MessageTemplate &candidate : builtInTemplates()) {
        if (candidate.id == id && candidate.language == language) {
            return candidate;
        }
    }
    return {};
}

QString baseIdOf(const QString &id)
{
    QString base = id;
    if (base.endsWith(u"_chat"_s)) {
        base.chop(5);
    } else if (base.endsWith(u"_sms"_s)) {
        base.chop(4);
    }
    return base;
}

// Templates about a product rather than an order.
bool isStockTemplate(const QString &templateId)
{
    const QString base = baseIdOf(templateId);
    return base == u"back_in_stock"_s || staffAlertIds().contains(base);
}

// The event each built-in template is written for.
OrderEvent eventFor(const QString &templateId)
{
    const QString base = baseIdOf(templateId);
    OrderEvent event = sampleShipment();
    static const QHash<QString, ShipmentStatus> shipmentStatuses{
        {u"label_created"_s, ShipmentStatus::LabelCreated},
        {u"shipped"_s, ShipmentStatus::InTransit},
        {u"out_for_delivery"_s, ShipmentStatus::OutForDelivery},
        {u"delivery_attempted"_s, ShipmentStatus::AttemptedDelivery},
        {u"ready_for_pickup"_s, ShipmentStatus::ReadyForPickup},
        {u"delivered"_s, ShipmentStatus::Delivered},
        {u"shipment_delayed"_s, ShipmentStatus::InTransit},
        {u"returned"_s, ShipmentStatus::ReturnedToSender},
    };
    if (shipmentStatuses.contains(base)) {
        event.shipmentStatus = shipmentStatuses.value(base);
        return event;
    }
    event = sampleOrder();
    static const QHash<QString, OrderStatus> orderStatuses{
        {u"order_confirmed"_s, OrderStatus::Pending},
        {u"order_paid"_s, OrderStatus::Paid},
        {u"order_cancelled"_s, OrderStatus::Cancelled},
        {u"order_refunded"_s, OrderStatus::Refunded},
    };
    event.orderStatus = orderStatuses.value(base, OrderStatus::Paid);
    return event;
}

StockChange sampleStock()
{
    StockChange change;
    change.sourceId = u"shop-1"_s;
    change.productId = u"p-7"_s;
    change.sku = u"MUG-01"_s;
    change.productName = u"Enamel mug"_s;
    change.available = 1200;
    change.status = StockStatus::BackInStock;
    return change;
}

QJsonObject contextFor(const QString &templateId, const OrderEvent &event, const Brand &brand)
{
    const QString base = baseIdOf(templateId);
    if (isStockTemplate(base)) {
        StockChange change = sampleStock();
        if (!event.lineItems.isEmpty()) {
            change.productName = event.lineItems.first().name;
            change.sku = event.lineItems.first().sku;
        } else {
            change.productName.clear();
        }
        if (base == u"back_in_stock"_s) {
            return TemplateRenderer::buildStockContext(change, brand, u"https://kettle.example/p/mug"_s,
                                                       event.customerLocale);
        }
        // The staff's alerts: no product page, the computer's locale, the owner's alert threshold.
        change.available = base == u"low_stock"_s ? 3 : 0;
        change.status = base == u"low_stock"_s ? StockStatus::LowStock : StockStatus::OutOfStock;
        return TemplateRenderer::buildStockContext(change, brand, {}, {}, 5);
    }
    QJsonObject context = TemplateRenderer::buildContext(event, brand);
    if (base == u"backorder_delay"_s) {
        TemplateRenderer::applyBackorder(context, event.lineItems); // the whole order waits
    }
    return context;
}

// Characters of the GSM 03.38 default alphabet count 1, those of its extension table 2; -1 when a character
// is in neither (the message would be sent as UCS-2, 70 characters a part).
int gsmLength(const QString &text)
{
    static const QString basic =
        u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
        u"¿abcdefghijklmnopqrstuvwxyzäöñüà"_s;
    static const QString extension = u"^{}\\[~]|€\f"_s;
    int length = 0;
    for (const QChar ch : text) {
        if (basic.contains(ch)) {
            length += 1;
        } else if (extension.contains(ch)) {
            length += 2;
        } else {
            return -1;
        }
    }
    return length;
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
    void storedContextIsTheContextOfTheEvent_data();
    void storedContextIsTheContextOfTheEvent();
    void storedContextKeepsOtherObjects_data();
    void storedContextKeepsOtherObjects();
    void applyBrandReplacesBranding();
    void builtInTemplatesAreThere();
    void builtInTemplatesRender_data();
    void builtInTemplatesRender();
    void builtInShippedWithoutTracking();
    void layoutWrapsContent();
    void fullDocumentsAreSentAsTheyAre_data();
    void fullDocumentsAreSentAsTheyAre();
    void everyBuiltInRendersEveryScenario_data();
    void everyBuiltInRendersEveryScenario();
    void hostileOrderDataIsInert_data();
    void hostileOrderDataIsInert();
    void progressStripMarksTheStep_data();
    void progressStripMarksTheStep();
    void trackingButtonOnlyWithTrackingUrl_data();
    void trackingButtonOnlyWithTrackingUrl();
    void smsFitsOneMessage_data();
    void smsFitsOneMessage();
    void chatNamesOrderCustomerAndLink();
    void localeFormatting_data();
    void localeFormatting();
    void eventsInTurn_eachGetsItsOwnDayAndMoney();
    void hostileBrandIsNeutralised_data();
    void hostileBrandIsNeutralised();
    void backInStock();
    void backorderDelayListsTheItems();
    void applyBackorderWithoutItems();
    void backorderDelayInEveryLanguage_data();
    void backorderDelayInEveryLanguage();
    void shippedThanksForWaitingOnlyAfterBackorder_data();
    void shippedThanksForWaitingOnlyAfterBackorder();
    void stockAlerts_data();
    void stockAlerts();
    void stockAlertThresholdText_data();
    void stockAlertThresholdText();
    void staffAlertsAreNotTranslated();
    void compiledRendersLikeEachPart();
    void translatedShippedEmail_data();
    void translatedShippedEmail();
    void suggestedTemplates_data();
    void suggestedTemplates();
    void brandJsonRoundTrip();
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
    // A template that changes its delimiters is rendered from data escaped beforehand.
    QTest::newRow("changed delimiters") << u"{{=<% %>=}}<p><%customer.name%></p>"_s << u"<b>bold</b>"_s
                                        << u"<p>&lt;b&gt;bold&lt;&#47;b&gt;</p>"_s;
    QTest::newRow("changed delimiters, ampersand")
        << u"{{ =[[ ]]= }}<p>[[& customer.name]]</p>"_s << u"<i>x</i>"_s << u"<p>&lt;i&gt;x&lt;&#47;i&gt;</p>"_s;
    QTest::newRow("triple across lines") << u"<p>{{{\ncustomer.name\n}}}</p>"_s << u"<i>x</i>"_s
                                         << u"<p>&lt;i&gt;x&lt;&#47;i&gt;</p>"_s;
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
    QCOMPARE(contentOf(rendered->html), expectedHtml);
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
    QCOMPARE(contentOf(rendered->html), expected);
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

    QCOMPARE(sortedKeys(context),
             (QStringList{u"brand"_s, u"customer"_s, u"hasBackorder"_s, u"hasItems"_s, u"hasLogo"_s, u"hasProduct"_s,
                          u"hasProgress"_s, u"hasSocialLinks"_s, u"hasTracking"_s, u"items"_s, u"locale"_s, u"order"_s,
                          u"progress"_s, u"shipment"_s}));
    QCOMPARE(context.value(u"hasBackorder"_s), QJsonValue(false)); // applyBackorder() says otherwise

    const QJsonObject order = context.value(u"order"_s).toObject();
    QCOMPARE(sortedKeys(order),
             (QStringList{u"currency"_s, u"date"_s, u"dateText"_s, u"id"_s, u"itemCount"_s, u"itemCountText"_s,
                          u"number"_s, u"status"_s, u"statusLabel"_s, u"total"_s, u"totalText"_s}));
    QCOMPARE(order.value(u"id"_s).toString(), event.orderId);
    QCOMPARE(order.value(u"number"_s).toString(), u"#1042"_s);
    QCOMPARE(order.value(u"status"_s).toString(), u"shipped"_s);
    QCOMPARE(order.value(u"statusLabel"_s).toString(), displayName(OrderStatus::Shipped));
    QCOMPARE(order.value(u"total"_s).toString(), u"33.90"_s);
    QCOMPARE(order.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(order.value(u"itemCount"_s).toInt(), 3);

    const QJsonObject customer = context.value(u"customer"_s).toObject();
    QCOMPARE(sortedKeys(customer), (QStringList{u"email"_s, u"firstName"_s, u"name"_s, u"phone"_s, u"timeZone"_s}));
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
    QCOMPARE(sortedKeys(first),
             (QStringList{u"lineTotalText"_s, u"name"_s, u"price"_s, u"priceText"_s, u"quantity"_s, u"sku"_s}));
    QCOMPARE(first.value(u"sku"_s).toString(), u"MUG-01"_s);
    QCOMPARE(first.value(u"name"_s).toString(), u"Enamel mug"_s);
    QCOMPARE(first.value(u"quantity"_s).toInt(), 2);
    QCOMPARE(first.value(u"price"_s).toString(), u"12.50"_s);

    const QJsonObject brand = context.value(u"brand"_s).toObject();
    QCOMPARE(sortedKeys(brand),
             (QStringList{u"accentColor"_s, u"address"_s, u"addressLines"_s, u"fontFamily"_s, u"footer"_s, u"logoUrl"_s,
                          u"shopName"_s, u"socialLinks"_s, u"supportEmail"_s, u"supportPhone"_s}));
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

void TestTemplateRenderer::storedContextIsTheContextOfTheEvent_data()
{
    QTest::addColumn<OrderEvent>("event");

    QTest::newRow("new order, two items") << sampleOrder();
    QTest::newRow("shipped with a tracking link") << sampleShipment();
    OrderEvent bare;
    bare.orderId = u"1"_s;
    QTest::newRow("nothing but an id") << bare;
    OrderEvent noItems = sampleOrder();
    noItems.lineItems.clear();
    noItems.totalPrice.clear();
    noItems.currency.clear();
    noItems.occurredAt = {};
    QTest::newRow("no items, no total, no date") << noItems;
    OrderEvent german = sampleShipment();
    german.customerLocale = u"de-DE"_s;
    german.currency = u"JPY"_s;
    german.lineItems.append(LineItem{u""_s, u"Gift wrap"_s, 0, u"not a price"_s});
    QTest::newRow("German reader, yen, a line without a price") << german;
    OrderEvent hostile = sampleShipment();
    hostile.customerName = u"Zoë \"Q\" O'Brien \\ <b>\t\n\u0001 \U0001F600"_s;
    hostile.orderNumber = u"#1042\r\nBcc: x@example.com"_s;
    hostile.lineItems = {LineItem{u"SKU-\"1\""_s, u"Café au lait \u00e9\u4e2d"_s, 3, u"1.10"_s}};
    hostile.trackingUrl = QUrl(u"javascript:alert(1)"_s);
    QTest::newRow("quotes, backslashes, controls, emoji; a script for a link") << hostile;
    OrderEvent cancelled = sampleOrder();
    cancelled.orderStatus = OrderStatus::Cancelled;
    QTest::newRow("cancelled: no progress strip") << cancelled;
    OrderEvent delivered = sampleShipment();
    delivered.orderStatus = OrderStatus::Delivered;
    delivered.shipmentStatus = ShipmentStatus::Delivered;
    delivered.customerLocale = u"xx-not-a-locale"_s;
    delivered.customerTimeZone = u"Europe/Berlin"_s;
    QTest::newRow("delivered, unknown locale, time zone") << delivered;
    OrderEvent unknownShipment = sampleShipment();
    unknownShipment.shipmentStatus = ShipmentStatus::Unknown;
    unknownShipment.trackingUrl = {};
    QTest::newRow("shipment of unknown status, no link") << unknownShipment;
    OrderEvent oddLink = sampleShipment();
    oddLink.trackingUrl = QUrl(u"https://track.example/ä ö?id=1 2&x=%2F#top"_s);
    oddLink.occurredAt = QDateTime(QDate(2026, 3, 29), QTime(1, 30, 15, 999), QTimeZone(u"Europe/Berlin"_s.toUtf8()));
    oddLink.shipmentStatus = ShipmentStatus::OutForDelivery;
    QTest::newRow("a link to encode, a time in a zone with milliseconds") << oddLink;
}

void TestTemplateRenderer::storedContextIsTheContextOfTheEvent()
{
    QFETCH(OrderEvent, event);
    const QByteArray text = TemplateRenderer::storedContextJson(event);
    QJsonParseError error;
    const QJsonDocument stored = QJsonDocument::fromJson(text, &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + u": "_s + QString::fromUtf8(text)));
    QVERIFY(stored.isObject());
    const QJsonObject expected = TemplateRenderer::buildContext(event, Brand{});
    const QJsonObject context = TemplateRenderer::storedContext(text);
    if (context != expected) {
        qWarning().noquote() << "stored:  " << QString::fromUtf8(text);
        qWarning().noquote() << "context: " << QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact));
        qWarning().noquote() << "expected:"
                             << QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
    QCOMPARE(context, expected);
    // Without the brand and the progress strip: well under the whole context's size.
    const QByteArray whole = QJsonDocument(expected).toJson(QJsonDocument::Compact);
    QVERIFY2(text.size() * 3 < whole.size() * 2, qPrintable(u"%1 bytes of %2"_s.arg(text.size()).arg(whole.size())));
    QVERIFY(!text.contains("brand"));
    QVERIFY(!text.contains("progress"));
}

void TestTemplateRenderer::storedContextKeepsOtherObjects_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QJsonObject>("expected");

    const auto compact = [](const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); };
    const QJsonObject branded = TemplateRenderer::buildContext(sampleShipment(), sampleBrand());
    QTest::newRow("a whole context, as stored before") << compact(branded) << branded;
    StockChange change;
    change.sourceId = u"shop"_s;
    change.sku = u"MUG-1"_s;
    change.productName = u"Stoneware mug"_s;
    change.available = 4;
    const QJsonObject stock = TemplateRenderer::buildStockContext(change, Brand{});
    QTest::newRow("a stock message") << compact(stock) << stock;
    const QJsonObject alert{{u"alert"_s, QJsonObject{{u"subject"_s, u"A message could not be sent"_s}}}};
    QTest::newRow("a staff alert") << compact(alert) << alert;
    QJsonObject backordered = TemplateRenderer::buildContext(sampleOrder(), Brand{});
    TemplateRenderer::applyBackorder(backordered, sampleOrder().lineItems);
    backordered.insert(u"milestone"_s, u"Order Backordered"_s);
    QTest::newRow("a backordered order, stored whole") << compact(backordered) << backordered;
    const QJsonObject notAnOrder{{u"order"_s, u"1001"_s}};
    QTest::newRow("an order that is not an object") << compact(notAnOrder) << notAnOrder;
    QTest::newRow("empty") << QByteArray() << QJsonObject();
    QTest::newRow("not JSON") << QByteArray("{\"order\":") << QJsonObject();
    QTest::newRow("an array") << QByteArray("[1,2]") << QJsonObject();
}

void TestTemplateRenderer::storedContextKeepsOtherObjects()
{
    QFETCH(QByteArray, stored);
    QFETCH(QJsonObject, expected);
    QCOMPARE(TemplateRenderer::storedContext(stored), expected);
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
    QVERIFY(!context.value(u"brand"_s).toObject().contains(u"logoImage"_s));

    // A logo from a file travels inside the email: shown by its content id, named by its SHA-256; the web
    // address is not used then.
    brand.logoUrl = u"https://cdn.example.com/logo.png"_s;
    brand.logoFile = *BrandLogo::fromData("GIF89a" + QByteArray(40, '\0'));
    TemplateRenderer::applyBrand(context, brand);
    QCOMPARE(context.value(u"hasLogo"_s), QJsonValue(true));
    QCOMPARE(context.value(u"brand"_s)[u"logoUrl"_s].toString(), u"cid:logo.gif"_s);
    QCOMPARE(context.value(u"brand"_s)[u"logoImage"_s].toString(), brand.logoFile.sha256());
    auto rendered = TemplateRenderer::render(templateById(u"shipped"_s), context);
    QVERIFY(rendered.ok());
    QVERIFY(rendered->html.contains(u"src=\"cid:logo.gif\""_s));
    QVERIFY(!rendered->html.contains(u"cdn.example.com"_s));
}

void TestTemplateRenderer::builtInTemplatesAreThere()
{
    const QList<MessageTemplate> templates = builtInTemplates();
    const QStringList languages = builtInLanguages();
    // Email, chat and SMS in the default language; email and SMS (customers' messages) in each other language;
    // the staff's alerts as an email and a chat message in the default language only.
    QCOMPARE(templates.size(), customerEmailIds().size() * (3 + 2 * languages.size()) + staffAlertIds().size() * 2);
    QCOMPARE(templates.size(), 16 * 3 - 2 + 14 * 2 * 3);
    QCOMPARE(templates.at(0).id, u"order_confirmed"_s);
    QCOMPARE(templates.at(0).name, u"Order confirmed"_s);
    QCOMPARE(templateById(u"shipped"_s).name, u"Shipped"_s);
    QCOMPARE(templateById(u"shipment_delayed"_s).name, u"Shipment delayed"_s);
    QCOMPARE(templateById(u"out_for_delivery"_s).name, u"Out for delivery"_s);
    QCOMPARE(templateById(u"backorder_delay"_s).name, u"Backorder delay"_s);
    QCOMPARE(templateById(u"backorder_delay_sms"_s).name, u"Backorder delay (text message)"_s);
    QCOMPARE(templateById(u"low_stock"_s).name, u"Low stock alert"_s);
    QCOMPARE(templateById(u"out_of_stock_chat"_s).name, u"Out of stock alert (team chat)"_s);
    QSet<QString> ids;
    QStringList defaultEmails;
    for (const MessageTemplate &messageTemplate : templates) {
        QVERIFY(messageTemplate.builtIn);
        QVERIFY2(!messageTemplate.text.trimmed().isEmpty(), qPrintable(messageTemplate.id));
        QVERIFY(!messageTemplate.name.isEmpty());
        QVERIFY(messageTemplate.language.isEmpty() || languages.contains(messageTemplate.language));
        ids.insert(messageTemplate.id + u'/' + messageTemplate.language);
        if (messageTemplate.kind == u"email") {
            QVERIFY(emailIds().contains(messageTemplate.id));
            if (messageTemplate.language.isEmpty()) {
                defaultEmails.append(messageTemplate.id);
            }
            QVERIFY(!messageTemplate.subject.trimmed().isEmpty());
            // Content for the layout, not a document of its own.
            QVERIFY(!messageTemplate.html.trimmed().isEmpty());
            QVERIFY2(!TemplateRenderer::isFullDocument(messageTemplate.html), qPrintable(messageTemplate.id));
            QVERIFY(!messageTemplate.html.contains(u"<html"_s));
        } else {
            QVERIFY2(messageTemplate.kind == u"chat" || messageTemplate.kind == u"sms", qPrintable(messageTemplate.id));
            QVERIFY(messageTemplate.id.endsWith(u'_' + messageTemplate.kind));
            QVERIFY(messageTemplate.subject.isEmpty());
            QVERIFY(messageTemplate.html.isEmpty());
        }
    }
    QCOMPARE(ids.size(), templates.size());
    // The way an order goes: the backorder after the payment, the stock alerts before back in stock.
    QCOMPARE(defaultEmails, emailIds());
    for (int i = 1; i < emailIds().size(); ++i) {
        QVERIFY2(builtInRank(emailIds().at(i - 1)) < builtInRank(emailIds().at(i)), qPrintable(emailIds().at(i)));
        QVERIFY(builtInRank(emailIds().at(i - 1) + u"_chat"_s) < builtInRank(emailIds().at(i)));
    }
    for (const QString &id : staffAlertIds()) {
        QVERIFY2(ids.contains(id + u'/') && ids.contains(id + u"_chat/"_s), qPrintable(id));
        QVERIFY2(!ids.contains(id + u"_sms/"_s), qPrintable(id));
        QVERIFY(isStaffAlertTemplate(id));
        QVERIFY(isStaffAlertTemplate(id + u"_chat"_s));
        QVERIFY(!builtInTemplate(id + u"_sms"_s));
        for (const QString &language : languages) {
            QVERIFY2(!ids.contains(id + u'/' + language), qPrintable(id + u' ' + language));
            QVERIFY(!builtInTemplate(id, language));
        }
    }
    QVERIFY(!isStaffAlertTemplate(u"backorder_delay"_s));
    QVERIFY(!isStaffAlertTemplate(u"back_in_stock_chat"_s));
    for (const QString &id : customerEmailIds()) {
        QVERIFY2(ids.contains(id + u'/') && ids.contains(id + u"_chat/"_s) && ids.contains(id + u"_sms/"_s),
                 qPrintable(id));
        for (const QString &language : languages) {
            QVERIFY2(ids.contains(id + u'/' + language) && ids.contains(id + u"_sms/"_s + language),
                     qPrintable(id + u' ' + language));
            // Staff read the chat in the shop's own language, whatever the customer's.
            QVERIFY(!ids.contains(id + u"_chat/"_s + language));
            // A translation, not a copy: the customer reads other words than the default ones.
            QVERIFY(templateById(id, language).text != templateById(id).text);
            QVERIFY(templateById(id + u"_sms"_s, language).text != templateById(id + u"_sms"_s).text);
        }
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
        QVERIFY(html.contains(u"€33.90"_s));
        QVERIFY(text.contains(u"Total: €33.90"_s));
        QVERIFY(!html.contains(u"Track your package"_s));
    }
}

void TestTemplateRenderer::builtInShippedWithoutTracking()
{
    OrderEvent event = sampleShipment();
    event.trackingUrl.clear();
    event.trackingNumber.clear();
    Brand brand = sampleBrand();
    brand.logoUrl.clear();
    const auto rendered =
        TemplateRenderer::render(templateById(u"shipped"_s), TemplateRenderer::buildContext(event, brand));
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
    const auto unknown =
        TemplateRenderer::render(templateById(u"shipped"_s), TemplateRenderer::buildContext(event, brand));
    QVERIFY(unknown.ok());
    QVERIFY(!unknown->html.contains(displayName(ShipmentStatus::Unknown)));
    QVERIFY(unknown->html.contains(u"12px 0;font-weight:bold;\">Shipped</td>"_s));
}

void TestTemplateRenderer::layoutWrapsContent()
{
    Brand brand = sampleBrand();
    brand.address = u"Kettle & Crumb Ltd\n1 High Street\n\nBath BA1 1AA"_s;
    brand.supportPhone = u"+44 1225 000000"_s;
    brand.fontFamily = u"Georgia, 'Times New Roman', serif"_s;
    brand.socialLinks = {BrandLink{u"Instagram"_s, u"https://instagram.com/kettle"_s},
                         BrandLink{QString(), u"https://facebook.com/kettle"_s}};
    const QJsonObject context = TemplateRenderer::buildContext(sampleOrder(), brand);
    const auto rendered =
        TemplateRenderer::render(makeTemplate(u"s"_s, u"<p>Hello {{customer.firstName}}</p>"_s, u"t"_s), context);
    QVERIFY(rendered.ok());
    const QString &html = rendered->html;
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QCOMPARE(html.count(u"<html"_s), 1);
    QCOMPARE(contentOf(html), u"<p>Hello Ada</p>"_s);
    QVERIFY(!html.contains(u"tidings:content"_s));
    QVERIFY(html.contains(u"<meta name=\"color-scheme\" content=\"light dark\">"_s));
    QVERIFY(html.contains(u"lang=\"en\""_s));
    QVERIFY(html.contains(u"max-width:600px"_s));
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<link"_s, Qt::CaseInsensitive));
    // Brand: logo with alt text, colour, font, footer with address lines, support contact and social links.
    QVERIFY(html.contains(u"alt=\"Kettle &amp; Crumb\""_s));
    QVERIFY(html.contains(u"#aa3366"_s));
    QVERIFY(html.contains(u"font-family:Georgia, &#39;Times New Roman&#39;, serif;"_s));
    QVERIFY(html.contains(u"<span>1 High Street</span><br>"_s));
    QVERIFY(html.contains(u"<span>Bath BA1 1AA</span><br>"_s));
    QCOMPARE(html.count(u"</span><br>"_s), 3);
    QVERIFY(html.contains(u"mailto:help@kettle.example"_s));
    QVERIFY(html.contains(u"tel:+44 1225 000000"_s));
    QVERIFY(html.contains(u"href=\"https:&#47;&#47;instagram.com&#47;kettle\""_s));
    QVERIFY(html.contains(u">Instagram</a>"_s));
    QVERIFY(html.contains(u">facebook.com</a>"_s)); // no label: the site's name
    QVERIFY(html.contains(u"Kettle &amp; Crumb Ltd, 1 High Street, Bath"_s));

    // Without a logo, the shop's name in the header; without social links, no empty paragraph.
    brand.logoUrl.clear();
    brand.socialLinks.clear();
    const auto plain =
        TemplateRenderer::renderHtmlPage(u"<p>x</p>"_s, TemplateRenderer::buildContext(sampleOrder(), brand));
    QVERIFY(plain.ok());
    QVERIFY(!plain->contains(u"<img"_s));
    QVERIFY(plain->contains(u"font-weight:bold;color:#aa3366;\">Kettle &amp; Crumb</div>"_s));
    QVERIFY(!plain->contains(u"instagram"_s));

    // One part on its own is not put into the layout; chat and SMS have no layout either.
    const auto part = TemplateRenderer::renderPart(TemplateRenderer::Part::Html, u"<p>x</p>"_s, context);
    QVERIFY(part.ok());
    QCOMPARE(part.value(), u"<p>x</p>"_s);
    MessageTemplate chat = makeTemplate({}, u"<p>x</p>"_s, u"t"_s);
    chat.kind = u"chat"_s;
    const auto chatRendered = TemplateRenderer::render(chat, context);
    QVERIFY(chatRendered.ok());
    QCOMPARE(chatRendered->html, u"<p>x</p>"_s);

    // The same through a compiled template, rendered twice.
    const auto compiled = CompiledTemplate::compile(makeTemplate(u"s"_s, u"<b>{{order.number}}</b>"_s, u"t"_s));
    QVERIFY(compiled.ok());
    for (int i = 0; i < 2; ++i) {
        const auto again = compiled->render(context);
        QVERIFY(again.ok());
        QCOMPARE(contentOf(again->html), u"<b>#1042</b>"_s);
    }
}

void TestTemplateRenderer::fullDocumentsAreSentAsTheyAre_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("fullDocument");

    QTest::newRow("doctype") << u"<!DOCTYPE html><html><body>{{order.number}}</body></html>"_s << true;
    QTest::newRow("lower-case doctype after white space") << u"\n  <!doctype html><p>{{order.number}}</p>"_s << true;
    QTest::newRow("html element") << u"<html lang=\"de\"><body>{{order.number}}</body></html>"_s << true;
    QTest::newRow("byte order mark") << u"\ufeff<HTML><body>{{order.number}}</body></HTML>"_s << true;
    QTest::newRow("content") << u"<p>{{order.number}}</p>"_s << false;
    QTest::newRow("html later on") << u"<div>x</div><html>{{order.number}}</html>"_s << false;
}

void TestTemplateRenderer::fullDocumentsAreSentAsTheyAre()
{
    QFETCH(QString, html);
    QFETCH(bool, fullDocument);

    QCOMPARE(TemplateRenderer::isFullDocument(html), fullDocument);
    const auto rendered = TemplateRenderer::render(makeTemplate(u"s"_s, html, u"t"_s),
                                                   TemplateRenderer::buildContext(sampleOrder(), sampleBrand()));
    QVERIFY(rendered.ok());
    QVERIFY(rendered->html.contains(u"#1042"_s));
    QCOMPARE(rendered->html.contains(u"<!DOCTYPE html>\n<html lang=\"en\""_s), !fullDocument);
    if (fullDocument) {
        // A byte order mark does not survive the way through UTF-8; it has no meaning in an email anyway.
        QCOMPARE(rendered->html, QString(html).remove(QChar(0xfeff)).replace(u"{{order.number}}"_s, u"#1042"_s));
    }
}

void TestTemplateRenderer::everyBuiltInRendersEveryScenario_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("scenario");

    const QStringList scenarios{u"one item"_s,   u"many items"_s,      u"no tracking URL"_s,
                                u"long names"_s, u"non-Latin names"_s, u"missing fields"_s};
    for (const MessageTemplate &messageTemplate : builtInTemplates()) {
        for (const QString &scenario : scenarios) {
            QTest::addRow("%s%s%s, %s", qPrintable(messageTemplate.id), messageTemplate.language.isEmpty() ? "" : ".",
                          qPrintable(messageTemplate.language), qPrintable(scenario))
                << messageTemplate.id << messageTemplate.language << scenario;
        }
    }
}

void TestTemplateRenderer::everyBuiltInRendersEveryScenario()
{
    QFETCH(QString, templateId);
    QFETCH(QString, language);
    QFETCH(QString, scenario);

    const MessageTemplate messageTemplate = templateById(templateId, language);
    QCOMPARE(messageTemplate.id, templateId);
    OrderEvent event = eventFor(templateId);
    Brand brand = sampleBrand();
    if (scenario == u"one item") {
        event.lineItems = {LineItem{u"MUG-01"_s, u"Enamel mug"_s, 1, u"12.50"_s}};
    } else if (scenario == u"many items") {
        event.lineItems.clear();
        for (int i = 1; i <= 25; ++i) {
            event.lineItems.append(LineItem{u"SKU-%1"_s.arg(i), u"Item %1"_s.arg(i), i, u"1.99"_s});
        }
    } else if (scenario == u"no tracking URL") {
        event.trackingUrl.clear();
    } else if (scenario == u"long names") {
        event.customerName = QString(u"Maximiliane-Konstanze "_s).repeated(8);
        event.lineItems.first().name =
            u"Extra-large hand-thrown stoneware serving bowl with matching lid, "_s.repeated(4);
        brand.shopName = u"The Very Long Named Family Tea and Kitchenware Emporium of the North"_s;
    } else if (scenario == u"non-Latin names") {
        event.customerName = u"山田 太郎"_s;
        event.lineItems.first().name = u"Чайник «Заря»"_s;
        event.carrier = u"ヤマト運輸"_s;
        event.customerLocale = u"ja-JP"_s;
        brand.shopName = u"مقهى الشاي"_s;
    } else if (scenario == u"missing fields") {
        event.customerName.clear();
        event.orderNumber.clear();
        event.totalPrice.clear();
        event.currency.clear();
        event.carrier.clear();
        event.trackingNumber.clear();
        event.customerLocale.clear();
        event.occurredAt = QDateTime();
        for (LineItem &item : event.lineItems) {
            item.price.clear();
            item.sku.clear();
        }
        brand = Brand{};
    }

    const auto rendered = TemplateRenderer::render(messageTemplate, contextFor(templateId, event, brand));
    QVERIFY2(rendered.ok(), qPrintable(rendered ? QString() : rendered.error().detail));
    QVERIFY(!rendered->subject.contains(u'\n'));
    QVERIFY(!rendered->text.trimmed().isEmpty());
    QVERIFY(!rendered->text.contains(u"{{"_s));
    QVERIFY2(!rendered->text.contains(u"\n\n\n"_s), qPrintable(rendered->text)); // no holes of missing blocks
    if (messageTemplate.kind == u"email") {
        QVERIFY(!rendered->subject.isEmpty());
        QVERIFY(rendered->html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!rendered->html.contains(u"{{"_s));
        QVERIFY(!rendered->html.contains(u"<script"_s));
        if (scenario == u"many items" && event.hasShipment() == shipmentEmailIds().contains(templateId) &&
            !isStockTemplate(templateId)) {
            QVERIFY(rendered->html.contains(u"Item 25"_s));
            QVERIFY(rendered->text.contains(u"25 x Item 25"_s));
        }
        if (!language.isEmpty()) {
            // The whole message in the template's language: the layout's footer too.
            QVERIFY2(!rendered->html.contains(u"Questions?"_s), qPrintable(templateId));
            QVERIFY2(!rendered->text.contains(u"Questions?"_s), qPrintable(templateId));
        }
    } else {
        QVERIFY(rendered->subject.isEmpty());
        QVERIFY(rendered->html.isEmpty());
    }
}

void TestTemplateRenderer::hostileOrderDataIsInert_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("language");
    for (const MessageTemplate &messageTemplate : builtInTemplates()) {
        QTest::addRow("%s%s%s", qPrintable(messageTemplate.id), messageTemplate.language.isEmpty() ? "" : ".",
                      qPrintable(messageTemplate.language))
            << messageTemplate.id << messageTemplate.language;
    }
}

void TestTemplateRenderer::hostileOrderDataIsInert()
{
    QFETCH(QString, templateId);
    QFETCH(QString, language);

    OrderEvent event = eventFor(templateId);
    event.customerName = u"<script>alert(1)</script> \"Ada\" 'x'"_s;
    event.orderNumber = u"#1<img src=x onerror=alert(1)>"_s;
    event.lineItems.first().name = u"{{brand.shopName}}<b>mug</b>"_s;
    event.carrier = u"DHL\" onclick=\"evil()"_s;
    const auto rendered =
        TemplateRenderer::render(templateById(templateId, language), contextFor(templateId, event, sampleBrand()));
    QVERIFY(rendered.ok());

    const QString &html = rendered->html;
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(!html.contains(u"<img src=x"_s));
    QVERIFY(!html.contains(u"<b>mug"_s));
    QVERIFY(!html.contains(u"\" onclick"_s));
    if (!html.isEmpty() && !isStockTemplate(templateId)) {
        QVERIFY(html.contains(u"#1&lt;img src&#61;x onerror&#61;alert(1)&gt;"_s));
    }
    if (baseIdOf(templateId) == u"backorder_delay"_s && !html.isEmpty()) {
        // The items the order waits for are order data too.
        QVERIFY(html.contains(u"{{brand.shopName}}&lt;b&gt;mug&lt;&#47;b&gt;"_s));
    }
    // Text is not HTML: the values appear as they are, and a {{tag}} in order data is not rendered.
    QVERIFY(!rendered->text.contains(u"&lt;"_s));
    if (rendered->text.contains(u"mug"_s)) {
        QVERIFY(rendered->text.contains(u"{{brand.shopName}}<b>mug</b>"_s));
    }
    if (!isStockTemplate(templateId)) {
        QVERIFY(rendered->text.contains(u"#1<img src=x onerror=alert(1)>"_s));
    }
    QVERIFY(!rendered->subject.contains(u'\n'));
}

void TestTemplateRenderer::progressStripMarksTheStep_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<int>("orderStatus");
    QTest::addColumn<int>("shipmentStatus");  // -1: no shipment
    QTest::addColumn<QString>("currentStep"); // empty: no strip

    const auto order = [](OrderStatus status) { return int(status); };
    const auto parcel = [](ShipmentStatus status) { return int(status); };
    QTest::newRow("confirmed") << u"order_confirmed"_s << order(OrderStatus::Pending) << -1 << u"Ordered"_s;
    QTest::newRow("paid") << u"order_paid"_s << order(OrderStatus::Paid) << -1 << u"Ordered"_s;
    QTest::newRow("label created") << u"label_created"_s << order(OrderStatus::Paid)
                                   << parcel(ShipmentStatus::LabelCreated) << u"Ordered"_s;
    QTest::newRow("shipped, status unknown")
        << u"shipped"_s << order(OrderStatus::Paid) << parcel(ShipmentStatus::Unknown) << u"Shipped"_s;
    QTest::newRow("in transit") << u"shipped"_s << order(OrderStatus::Shipped) << parcel(ShipmentStatus::InTransit)
                                << u"Shipped"_s;
    QTest::newRow("delayed") << u"shipment_delayed"_s << order(OrderStatus::Shipped)
                             << parcel(ShipmentStatus::Exception) << u"Shipped"_s;
    QTest::newRow("out for delivery") << u"out_for_delivery"_s << order(OrderStatus::Shipped)
                                      << parcel(ShipmentStatus::OutForDelivery) << u"Out for delivery"_s;
    QTest::newRow("attempted") << u"delivery_attempted"_s << order(OrderStatus::Shipped)
                               << parcel(ShipmentStatus::AttemptedDelivery) << u"Out for delivery"_s;
    QTest::newRow("pickup") << u"ready_for_pickup"_s << order(OrderStatus::Shipped)
                            << parcel(ShipmentStatus::ReadyForPickup) << u"Out for delivery"_s;
    QTest::newRow("delivered") << u"delivered"_s << order(OrderStatus::Shipped) << parcel(ShipmentStatus::Delivered)
                               << u"Delivered"_s;
    QTest::newRow("order delivered") << u"delivered"_s << order(OrderStatus::Completed) << -1 << u"Delivered"_s;
    QTest::newRow("returned") << u"returned"_s << order(OrderStatus::Shipped)
                              << parcel(ShipmentStatus::ReturnedToSender) << QString();
    QTest::newRow("cancelled") << u"order_confirmed"_s << order(OrderStatus::Cancelled) << -1 << QString();
    QTest::newRow("refunded") << u"order_confirmed"_s << order(OrderStatus::Refunded) << -1 << QString();
}

void TestTemplateRenderer::progressStripMarksTheStep()
{
    QFETCH(QString, templateId);
    QFETCH(int, orderStatus);
    QFETCH(int, shipmentStatus);
    QFETCH(QString, currentStep);

    OrderEvent event = shipmentStatus < 0 ? sampleOrder() : sampleShipment();
    event.orderStatus = OrderStatus(orderStatus);
    if (shipmentStatus >= 0) {
        event.shipmentStatus = ShipmentStatus(shipmentStatus);
    }
    const auto rendered =
        TemplateRenderer::render(templateById(templateId), TemplateRenderer::buildContext(event, sampleBrand()));
    QVERIFY(rendered.ok());
    const QString &html = rendered->html;
    if (currentStep.isEmpty()) {
        QVERIFY(!html.contains(u"class=\"progress\""_s));
        QVERIFY(!rendered->text.contains(u"[x] Ordered"_s));
        return;
    }
    QCOMPARE(html.count(u"aria-current=\"step\""_s), 1);
    static const QRegularExpression current(u"aria-current=\"step\" style=\"[^\"]*\">([^<]+)</td>"_s);
    const QRegularExpressionMatch match = current.match(html);
    QVERIFY(match.hasMatch());
    QCOMPARE(match.captured(1), currentStep);
    QVERIFY(match.captured(0).contains(u"color:#aa3366"_s));

    // Steps up to the current one have the accent colour, later ones are grey; the text marks the same.
    const QStringList steps{u"Ordered"_s, u"Shipped"_s, u"Out for delivery"_s, u"Delivered"_s};
    const int reached = int(steps.indexOf(currentStep)) + 1;
    QCOMPARE(html.count(u"class=\"step\""_s), 4);
    QCOMPARE(html.count(u"bgcolor=\"#aa3366\" style=\"height:4px"_s), reached);
    QCOMPARE(html.count(u"bgcolor=\"#d0d5dd\" style=\"height:4px"_s), 4 - reached);
    QCOMPARE(rendered->text.count(u"[x] "_s), reached);
    QCOMPARE(rendered->text.count(u"[ ] "_s), 4 - reached);
}

void TestTemplateRenderer::trackingButtonOnlyWithTrackingUrl_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("trackingUrl");
    QTest::addColumn<bool>("button");

    for (const QString &id : emailIds()) {
        const bool shipment = shipmentEmailIds().contains(id);
        QTest::addRow("%s, with link", qPrintable(id)) << id << u"https://t.example/p?id=1&x=2"_s << shipment;
        QTest::addRow("%s, without link", qPrintable(id)) << id << QString() << false;
        QTest::addRow("%s, javascript link", qPrintable(id)) << id << u"javascript:alert(1)"_s << false;
    }
}

void TestTemplateRenderer::trackingButtonOnlyWithTrackingUrl()
{
    QFETCH(QString, templateId);
    QFETCH(QString, trackingUrl);
    QFETCH(bool, button);

    OrderEvent event = eventFor(templateId);
    event.trackingUrl = QUrl(trackingUrl);
    const auto rendered =
        TemplateRenderer::render(templateById(templateId), contextFor(templateId, event, sampleBrand()));
    QVERIFY(rendered.ok());
    const QString &html = rendered->html;
    const bool shopButton = templateId == u"back_in_stock"_s; // "Shop now", to the product
    QCOMPARE(html.count(u"class=\"button\""_s), (button || shopButton) ? 1 : 0);
    QCOMPARE(html.contains(u"Track your package"_s), button);
    QCOMPARE(html.contains(u"href=\"https:&#47;&#47;t.example&#47;p?id&#61;1&amp;x&#61;2\""_s), button);
    QCOMPARE(rendered->text.contains(u"https://t.example/p?id=1&x=2"_s), button);
    QVERIFY(!html.contains(u"javascript"_s));
}

void TestTemplateRenderer::smsFitsOneMessage_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<bool>("backorder");
    for (const QString &id : customerEmailIds()) {
        QTest::newRow(qPrintable(id)) << id + u"_sms"_s << false;
    }
    QTest::newRow("shipped after a backorder") << u"shipped_sms"_s << true;
}

void TestTemplateRenderer::smsFitsOneMessage()
{
    QFETCH(QString, templateId);
    QFETCH(bool, backorder);

    // Typical data: a shop name of 14 characters, a carrier, a tracking link of 66 characters.
    const OrderEvent event = eventFor(templateId);
    QJsonObject context = contextFor(templateId, event, sampleBrand());
    if (backorder) {
        TemplateRenderer::applyBackorder(context, event.lineItems.mid(0, 1));
    }
    const auto rendered = TemplateRenderer::render(templateById(templateId), context);
    QVERIFY(rendered.ok());
    const QString sms = rendered->text.trimmed();
    QVERIFY(sms.contains(u"Kettle & Crumb"_s));
    const int length = gsmLength(sms);
    QVERIFY2(length > 0, qPrintable(u"not GSM 03.38: "_s + sms));
    QVERIFY2(length <= 160, qPrintable(u"%1 characters: %2"_s.arg(length).arg(sms)));
    QVERIFY(!sms.contains(u'\n'));
    QCOMPARE(sms.contains(u"Thanks for waiting!"_s), backorder);
}

void TestTemplateRenderer::chatNamesOrderCustomerAndLink()
{
    for (const QString &id : emailIds()) {
        const QString chatId = id + u"_chat"_s;
        const OrderEvent event = eventFor(chatId);
        const auto rendered = TemplateRenderer::render(templateById(chatId), contextFor(chatId, event, sampleBrand()));
        QVERIFY(rendered.ok());
        const QString text = rendered->text.trimmed();
        QVERIFY2(text.count(u'\n') <= 1, qPrintable(text));
        QVERIFY2(text.startsWith(u'*'), qPrintable(text)); // the status in bold
        if (id == u"back_in_stock") {
            QVERIFY(text.contains(u"Enamel mug"_s));
            QVERIFY(text.contains(u"https://kettle.example/p/mug"_s));
            continue;
        }
        if (id == u"low_stock") {
            QCOMPARE(text, u"*Low stock: Enamel mug* (MUG-01) · 3 left · alert threshold 5"_s);
            continue;
        }
        if (id == u"out_of_stock") {
            QVERIFY2(text.startsWith(u"*Out of stock: Enamel mug* (MUG-01)"_s), qPrintable(text));
            continue;
        }
        if (id == u"backorder_delay") {
            QVERIFY2(text.endsWith(u" · 2 x Enamel mug (MUG-01) · 1 x Earl Grey, 250 g (TEA-07)"_s), qPrintable(text));
        }
        QVERIFY2(text.contains(u"#1042"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Ada Lovelace"_s), qPrintable(text));
        if (shipmentEmailIds().contains(id) && id != u"delivered" && id != u"returned") {
            QVERIFY2(text.contains(u"https://track.example.com/parcel?id=JD014600006281283541&lang=en"_s),
                     qPrintable(text));
        }
    }
}

// Events one after another, as the writer sees them: each gets its own day (around the shop's midnight too)
// and its own money text, whatever came before it in another language, currency or minute.
void TestTemplateRenderer::eventsInTurn_eachGetsItsOwnDayAndMoney()
{
    struct Step
    {
        QDateTime local;
        QString locale;
        QString currency;
        QString total;
        QString expectedDay;
        QString expectedTotal;
    };

    const QDate day(2026, 11, 27);
    const auto at = [](QDate date, int h, int m, int s, int ms = 0) {
        return QDateTime(date, QTime(h, m, s, ms), Qt::LocalTime);
    };
    const QList<Step> steps{
        {at(day, 23, 59, 0), u"en-US"_s, u"USD"_s, u"10.00"_s, u"2026-11-27"_s, u"$10.00"_s},
        {at(day, 23, 59, 59, 999), u"de-DE"_s, u"USD"_s, u"10.00"_s, u"2026-11-27"_s, u"10,00\u00a0$"_s},
        {at(day.addDays(1), 0, 0, 0), u"de-DE"_s, u"EUR"_s, u"10.00"_s, u"2026-11-28"_s, u"10,00\u00a0€"_s},
        {at(day.addDays(1), 0, 0, 30), u"de-DE"_s, u"EUR"_s, u"10.5"_s, u"2026-11-28"_s, u"10,50\u00a0€"_s},
        {at(day, 23, 59, 30), u"de-DE"_s, u"EUR"_s, u"10.00"_s, u"2026-11-27"_s, u"10,00\u00a0€"_s},
        {at(day.addDays(3), 12, 0, 0), u"ja-JP"_s, u"JPY"_s, u"10.00"_s, u"2026-11-30"_s, u"￥10"_s},
        {at(day.addDays(3), 12, 0, 1), u"en-US"_s, u"USD"_s, u"10.00"_s, u"2026-11-30"_s, u"$10.00"_s},
    };
    for (const Step &step : steps) {
        OrderEvent event = sampleOrder();
        event.occurredAt = step.local.toUTC();
        event.customerLocale = step.locale;
        event.currency = step.currency;
        event.totalPrice = step.total;
        const QJsonObject order = TemplateRenderer::buildContext(event, sampleBrand()).value(u"order"_s).toObject();
        const QString where = step.local.toString(Qt::ISODateWithMs) + u" "_s + step.locale;
        QVERIFY2(order.value(u"date"_s).toString() == step.expectedDay, qPrintable(where));
        QVERIFY2(order.value(u"totalText"_s).toString() == step.expectedTotal,
                 qPrintable(where + u": "_s + order.value(u"totalText"_s).toString()));
        QVERIFY2(
            order.value(u"dateText"_s).toString() ==
                QLocale(step.locale).toString(QDate::fromString(step.expectedDay, Qt::ISODate), QLocale::LongFormat),
            qPrintable(where));
    }
}

void TestTemplateRenderer::localeFormatting_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expectedTotal");
    QTest::addColumn<QString>("expectedPrice");
    QTest::addColumn<QString>("expectedDate");

    // QLocale follows CLDR: in German and French the sign comes after the amount, with a (narrow) no-break space.
    QTest::newRow("de-DE, euro") << u"de-DE"_s << u"EUR"_s << u"1.234,50\u00a0€"_s << u"1.200,25\u00a0€"_s
                                 << u"Freitag, 27. November 2026"_s;
    QTest::newRow("fr-FR, euro") << u"fr_FR"_s << u"EUR"_s << u"1\u202f234,50\u00a0€"_s << u"1\u202f200,25\u00a0€"_s
                                 << u"vendredi 27 novembre 2026"_s;
    QTest::newRow("en-US, dollar") << u"en-US"_s << u"USD"_s << u"$1,234.50"_s << u"$1,200.25"_s
                                   << u"Friday, November 27, 2026"_s;
    QTest::newRow("en-US, euro") << u"en-US"_s << u"eur"_s << u"€1,234.50"_s << u"€1,200.25"_s
                                 << u"Friday, November 27, 2026"_s;
    QTest::newRow("en-CA, US dollar") << u"en-CA"_s << u"USD"_s << u"USD1,234.50"_s << u"USD1,200.25"_s
                                      << u"Friday, November 27, 2026"_s;
    QTest::newRow("ja-JP, yen has no cents")
        << u"ja-JP"_s << u"JPY"_s << u"￥1,235"_s << u"￥1,200"_s << u"2026年11月27日金曜日"_s;
    QTest::newRow("no currency") << u"de-DE"_s << QString() << u"1.234,50"_s << u"1.200,25"_s
                                 << u"Freitag, 27. November 2026"_s;
}

void TestTemplateRenderer::localeFormatting()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(QString, expectedTotal);
    QFETCH(QString, expectedPrice);
    QFETCH(QString, expectedDate);

    OrderEvent event = sampleOrder();
    event.customerLocale = locale;
    event.currency = currency;
    event.totalPrice = u"1234.50"_s;
    event.lineItems = {LineItem{u"A"_s, u"Teapot"_s, 3, u"1200.25"_s}, LineItem{u"B"_s, u"Lid"_s, 1, u"oops"_s}};
    const QJsonObject context = TemplateRenderer::buildContext(event, sampleBrand());
    const QJsonObject order = context.value(u"order"_s).toObject();
    QCOMPARE(order.value(u"totalText"_s).toString(), expectedTotal);
    QCOMPARE(order.value(u"total"_s).toString(), u"1234.50"_s); // raw stays as sent
    QCOMPARE(order.value(u"dateText"_s).toString(), expectedDate);
    QCOMPARE(order.value(u"date"_s).toString(), u"2026-11-27"_s);
    const QJsonArray items = context.value(u"items"_s).toArray();
    QCOMPARE(items.at(0).toObject().value(u"priceText"_s).toString(), expectedPrice);
    QCOMPARE(items.at(1).toObject().value(u"priceText"_s).toString(), u"oops"_s); // not a number: as sent
    QVERIFY(items.at(1).toObject().value(u"lineTotalText"_s).toString().isEmpty());

    // The templates show the formatted values.
    const auto rendered = TemplateRenderer::render(templateById(u"order_confirmed"_s), context);
    QVERIFY(rendered.ok());
    QVERIFY(rendered->html.contains(TemplateRenderer::escapeHtml(expectedTotal)));
    QVERIFY(rendered->text.contains(u"Total: "_s + expectedTotal));
    QVERIFY(rendered->text.contains(expectedDate));
}

void TestTemplateRenderer::hostileBrandIsNeutralised_data()
{
    QTest::addColumn<QString>("fontFamily");
    QTest::addColumn<QString>("expectedFont");

    const QString fallback = Brand{}.fontFamily;
    QTest::newRow("safe stack") << u"Georgia, \"Times New Roman\", serif"_s << u"Georgia, \"Times New Roman\", serif"_s;
    QTest::newRow("declaration injection")
        << u"Arial;background:url(https://evil.example/x)"_s << u"Arialbackgroundurlhttpsevilexamplex"_s;
    // Paired quotes stay (a quoted family name); HTML escaping keeps them inside the style attribute.
    QTest::newRow("attribute breakout") << u"x\" onmouseover=\"alert(1)"_s << u"x\" onmouseover\"alert1"_s;
    QTest::newRow("unpaired quote") << u"'Open Sans, sans-serif"_s << u"Open Sans, sans-serif"_s;
    QTest::newRow("expression") << u"expression(alert(1))"_s << u"expressionalert1"_s;
    QTest::newRow("nothing left") << u";:()<>{}"_s << fallback;
    QTest::newRow("empty") << QString() << fallback;
}

void TestTemplateRenderer::hostileBrandIsNeutralised()
{
    QFETCH(QString, fontFamily);
    QFETCH(QString, expectedFont);

    Brand brand = sampleBrand();
    brand.fontFamily = fontFamily;
    brand.address = u"<script>alert(1)</script>\nMain St"_s;
    brand.supportPhone = u"\"><img src=x>"_s;
    brand.socialLinks = {BrandLink{u"Evil"_s, u"javascript:alert(1)"_s}, BrandLink{u"Data"_s, u"data:text/html,x"_s},
                         BrandLink{u"<b>Shop</b>"_s, u"https://shop.example/\"onclick=\"x"_s}};
    const QJsonObject context = TemplateRenderer::buildContext(sampleOrder(), brand);
    const QJsonObject brandData = context.value(u"brand"_s).toObject();
    QCOMPARE(brandData.value(u"fontFamily"_s).toString(), expectedFont);
    const QJsonArray links = brandData.value(u"socialLinks"_s).toArray();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.at(0).toObject().value(u"url"_s).toString(), u"https://shop.example/%22onclick=%22x"_s);
    QCOMPARE(context.value(u"hasSocialLinks"_s), QJsonValue(true));

    const auto rendered = TemplateRenderer::render(templateById(u"shipped"_s), context);
    QVERIFY(rendered.ok());
    const QString &html = rendered->html;
    QVERIFY(!html.contains(u"javascript"_s));
    QVERIFY(!html.contains(u"data:text"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(!html.contains(u"<img src=x"_s));
    QVERIFY(!html.contains(u"<b>Shop"_s));
    QVERIFY(html.contains(u"&lt;b&gt;Shop&lt;&#47;b&gt;"_s));
    QVERIFY(!html.contains(u"url(https://evil"_s));
    static const QRegularExpression fontDeclaration(u"font-family:((?:[^;\"&]|&#?\\w+;)*);"_s);
    auto it = fontDeclaration.globalMatch(html);
    int fonts = 0;
    while (it.hasNext()) {
        const QString value = it.next().captured(1);
        if (value.startsWith(u"Consolas"_s)) {
            continue; // the tracking number's own
        }
        QCOMPARE(value, TemplateRenderer::escapeHtml(expectedFont));
        ++fonts;
    }
    QVERIFY(fonts > 5);
}

void TestTemplateRenderer::backInStock()
{
    StockChange change = sampleStock();
    Brand brand = sampleBrand();
    QJsonObject context =
        TemplateRenderer::buildStockContext(change, brand, u"https://kettle.example/p/mug?a=1&b=2"_s, u"de-DE"_s);
    const QJsonObject product = context.value(u"product"_s).toObject();
    QCOMPARE(product.value(u"name"_s).toString(), u"Enamel mug"_s);
    QCOMPARE(product.value(u"sku"_s).toString(), u"MUG-01"_s);
    QCOMPARE(product.value(u"url"_s).toString(), u"https://kettle.example/p/mug?a=1&b=2"_s);
    QCOMPARE(product.value(u"availableText"_s).toString(), u"1.200"_s);
    QCOMPARE(context.value(u"hasProduct"_s), QJsonValue(true));
    QCOMPARE(context.value(u"hasProgress"_s), QJsonValue(false));
    QVERIFY(!context.contains(u"order"_s));

    const auto rendered = TemplateRenderer::render(templateById(u"back_in_stock"_s), context);
    QVERIFY(rendered.ok());
    QCOMPARE(rendered->subject, u"Enamel mug is back in stock at Kettle & Crumb"_s);
    QVERIFY(rendered->html.contains(u"Shop now"_s));
    QVERIFY(rendered->html.contains(u"https:&#47;&#47;kettle.example&#47;p&#47;mug?a&#61;1&amp;b&#61;2"_s));
    QVERIFY(rendered->html.contains(u"1.200 available"_s));
    QVERIFY(!rendered->html.contains(u"class=\"progress\""_s));
    QVERIFY(rendered->text.contains(u"Have a look: https://kettle.example/p/mug?a=1&b=2"_s));

    // A product page that is not a web address, or none: no button.
    context = TemplateRenderer::buildStockContext(change, brand, u"javascript:alert(1)"_s);
    const auto noLink = TemplateRenderer::render(templateById(u"back_in_stock"_s), context);
    QVERIFY(noLink.ok());
    QVERIFY(!noLink->html.contains(u"Shop now"_s));
    QVERIFY(!noLink->html.contains(u"javascript"_s));
    QVERIFY(!noLink->text.contains(u"Have a look"_s));
}

void TestTemplateRenderer::backorderDelayListsTheItems()
{
    OrderEvent event = sampleOrder();
    event.lineItems.append(LineItem{u"JAR-<3>"_s, u"<b>Honey</b> & \"jam\""_s, 4, u"9.80"_s});
    QJsonObject context = TemplateRenderer::buildContext(event, sampleBrand());
    // The mug and the honey are out of stock; the tea is not.
    TemplateRenderer::applyBackorder(context, {event.lineItems.at(0), event.lineItems.at(2)});
    QCOMPARE(context.value(u"hasBackorder"_s), QJsonValue(true));
    const QJsonArray waiting = context.value(u"backorder"_s).toObject().value(u"items"_s).toArray();
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(sortedKeys(waiting.at(0).toObject()), (QStringList{u"name"_s, u"quantity"_s, u"sku"_s}));
    QCOMPARE(waiting.at(0).toObject().value(u"quantity"_s).toInt(), 2);

    const auto rendered = TemplateRenderer::render(templateById(u"backorder_delay"_s), context);
    QVERIFY2(rendered.ok(), qPrintable(rendered ? QString() : rendered.error().detail));
    QCOMPARE(rendered->subject, u"Your Kettle & Crumb order #1042 needs a little more time"_s);
    const QString html = contentOf(rendered->html);
    QVERIFY2(html.contains(u"Some items of order <strong>#1042</strong> are out of stock for now."_s),
             qPrintable(html));
    QVERIFY(html.contains(u"you will hear from us when it ships"_s));
    QVERIFY(html.contains(u"Out of stock for now"_s));
    QVERIFY(html.contains(u">Enamel mug</div>"_s));
    QVERIFY(html.contains(u"MUG-01"_s));
    // An item's name and SKU are escaped like every other value.
    QVERIFY(html.contains(u"&lt;b&gt;Honey&lt;&#47;b&gt; &amp; &quot;jam&quot;"_s));
    QVERIFY(html.contains(u"JAR-&lt;3&gt;"_s));
    QVERIFY(!html.contains(u"<b>Honey"_s));
    QVERIFY(!html.contains(u"Earl Grey"_s)); // in stock: not listed
    QCOMPARE(html.count(u"<tr><td align=\"left\""_s), 2);
    QVERIFY(html.contains(u"aria-current=\"step\""_s)); // ordered, not shipped yet

    const QString &text = rendered->text;
    QVERIFY(text.contains(u"some items of your order #1042 from Kettle & Crumb are out of stock for now."_s));
    QVERIFY2(text.contains(u"Out of stock for now\n--------------------\n2 x Enamel mug (MUG-01)\n"
                           u"4 x <b>Honey</b> & \"jam\" (JAR-<3>)\n\n"_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"Earl Grey"_s));

    const auto sms = TemplateRenderer::render(templateById(u"backorder_delay_sms"_s), context);
    QVERIFY(sms.ok());
    QCOMPARE(sms->text.trimmed(), u"Kettle & Crumb: Some items of order #1042 are out of stock for now. We will send "
                                  u"it as soon as they are back."_s);

    const auto chat = TemplateRenderer::render(templateById(u"backorder_delay_chat"_s), context);
    QVERIFY(chat.ok());
    QCOMPARE(chat->text.trimmed(), u"*Backorder: order #1042* for Ada Lovelace, waiting for stock · 2 x Enamel mug "
                                   u"(MUG-01) · 4 x <b>Honey</b> & \"jam\" (JAR-<3>)"_s);
}

void TestTemplateRenderer::applyBackorderWithoutItems()
{
    QJsonObject context = TemplateRenderer::buildContext(sampleOrder(), sampleBrand());
    TemplateRenderer::applyBackorder(context, sampleOrder().lineItems);
    QVERIFY(context.contains(u"backorder"_s));
    TemplateRenderer::applyBackorder(context, {});
    QCOMPARE(context.value(u"hasBackorder"_s), QJsonValue(false));
    QVERIFY(!context.contains(u"backorder"_s));

    // Without a backorder the email has no list of waiting items (and nothing is left of it).
    const auto rendered = TemplateRenderer::render(templateById(u"backorder_delay"_s), context);
    QVERIFY(rendered.ok());
    QVERIFY(!rendered->html.contains(u"Out of stock for now"_s));
    QVERIFY(!rendered->text.contains(u"Out of stock for now"_s));
    QVERIFY(!rendered->text.contains(u"\n\n\n"_s));
}

void TestTemplateRenderer::backorderDelayInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("listTitle");

    QTest::newRow("en") << QString() << u"Your Kettle & Crumb order #1042 needs a little more time"_s
                        << u"are out of stock for now"_s << u"Out of stock for now"_s;
    QTest::newRow("de") << u"de"_s << u"Ihre Kettle & Crumb Bestellung #1042 braucht etwas länger"_s
                        << u"sind gerade nicht vorrätig"_s << u"Noch nicht vorrätig"_s;
    QTest::newRow("fr") << u"fr"_s << u"Votre commande Kettle & Crumb #1042 prendra un peu plus de temps"_s
                        << u"sont momentanément en rupture de stock"_s << u"En rupture de stock"_s;
    QTest::newRow("es") << u"es"_s << u"Tu pedido Kettle & Crumb #1042 tardará un poco más"_s
                        << u"están agotados por ahora"_s << u"Agotado por ahora"_s;
}

void TestTemplateRenderer::backorderDelayInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, subject);
    QFETCH(QString, sentence);
    QFETCH(QString, listTitle);

    const OrderEvent event = sampleOrder();
    QJsonObject context = TemplateRenderer::buildContext(event, sampleBrand());
    TemplateRenderer::applyBackorder(context, event.lineItems.mid(0, 1));
    const MessageTemplate email = templateById(u"backorder_delay"_s, language);
    QCOMPARE(email.language, language);
    const auto rendered = TemplateRenderer::render(email, context);
    QVERIFY2(rendered.ok(), qPrintable(rendered ? QString() : rendered.error().detail));
    QCOMPARE(rendered->subject, subject);
    QVERIFY2(rendered->html.contains(sentence), qPrintable(rendered->html));
    QVERIFY(rendered->text.contains(sentence));
    QVERIFY(rendered->html.contains(listTitle));
    QVERIFY(rendered->text.contains(listTitle + u'\n'));
    QVERIFY(rendered->text.contains(u"2 x Enamel mug (MUG-01)"_s));
    if (!language.isEmpty()) {
        for (const QString &english : {u"out of stock"_s, u"Questions?"_s, u"Ordered"_s}) {
            QVERIFY2(!rendered->html.contains(english), qPrintable(english));
            QVERIFY2(!rendered->text.contains(english), qPrintable(english));
        }
    }

    const auto sms = TemplateRenderer::render(templateById(u"backorder_delay_sms"_s, language), context);
    QVERIFY(sms.ok());
    QVERIFY(sms->text.contains(u"#1042"_s));
    const int length = gsmLength(sms->text.trimmed());
    QVERIFY2(length > 0 && length <= 160, qPrintable(sms->text));
}

void TestTemplateRenderer::shippedThanksForWaitingOnlyAfterBackorder_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("backorder");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("smsSentence");

    const std::tuple<QString, QString, QString> languages[] = {
        {QString(), u"Thank you for your patience: the items you were waiting for are back in stock."_s,
         u"Thanks for waiting!"_s},
        {u"de"_s, u"Vielen Dank für Ihre Geduld: Die Artikel, auf die Sie gewartet haben, sind wieder vorrätig."_s,
         u"Danke für Ihre Geduld!"_s},
        {u"fr"_s, u"Merci de votre patience\u00a0: les articles que vous attendiez sont de retour en stock."_s,
         u"Merci de votre patience !"_s},
        {u"es"_s, u"Gracias por tu paciencia: los artículos que esperabas vuelven a estar disponibles."_s,
         u"¡Gracias por esperar!"_s},
    };
    for (const auto &[language, sentence, smsSentence] : languages) {
        const QByteArray name = language.isEmpty() ? QByteArray("en") : language.toLatin1();
        QTest::addRow("%s, after a backorder", name.constData()) << language << true << sentence << smsSentence;
        QTest::addRow("%s, no backorder", name.constData()) << language << false << sentence << smsSentence;
    }
}

void TestTemplateRenderer::shippedThanksForWaitingOnlyAfterBackorder()
{
    QFETCH(QString, language);
    QFETCH(bool, backorder);
    QFETCH(QString, sentence);
    QFETCH(QString, smsSentence);

    const OrderEvent event = sampleShipment();
    QJsonObject context = TemplateRenderer::buildContext(event, sampleBrand());
    if (backorder) {
        TemplateRenderer::applyBackorder(context, event.lineItems.mid(0, 1));
    }
    const auto email = TemplateRenderer::render(templateById(u"shipped"_s, language), context);
    QVERIFY(email.ok());
    QCOMPARE(email->html.contains(sentence), backorder);
    QCOMPARE(email->text.contains(sentence), backorder);
    QCOMPARE(email->html.count(sentence), backorder ? 1 : 0);
    // A shipped email lists the whole order, not the items it waited for.
    QVERIFY(email->html.contains(u"Earl Grey, 250 g"_s));
    const auto sms = TemplateRenderer::render(templateById(u"shipped_sms"_s, language), context);
    QVERIFY(sms.ok());
    QCOMPARE(sms->text.contains(smsSentence), backorder);
    QVERIFY2(gsmLength(sms->text.trimmed()) > 0, qPrintable(sms->text));
}

void TestTemplateRenderer::stockAlerts_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<int>("available");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("chat");

    QTest::newRow("low stock") << u"low_stock"_s << 3 << u"Low stock: Enamel mug & co (MUG-01)"_s
                               << u"Enamel mug & co (MUG-01) is running low: 3 left, alert threshold 5."_s
                               << u"*Low stock: Enamel mug & co* (MUG-01) · 3 left · alert threshold 5"_s;
    QTest::newRow("out of stock") << u"out_of_stock"_s << 0 << u"Out of stock: Enamel mug & co (MUG-01)"_s
                                  << u"Enamel mug & co (MUG-01) is out of stock."_s
                                  << u"*Out of stock: Enamel mug & co* (MUG-01) · customers who order it now have "
                                     u"to wait"_s;
}

void TestTemplateRenderer::stockAlerts()
{
    QFETCH(QString, templateId);
    QFETCH(int, available);
    QFETCH(QString, subject);
    QFETCH(QString, sentence);
    QFETCH(QString, chat);

    StockChange change = sampleStock();
    change.productName = u"Enamel mug & co"_s;
    change.available = available;
    // As the sending side builds it: no brand, no product page, the computer's locale, the alert threshold.
    const QJsonObject context = TemplateRenderer::buildStockContext(change, Brand{}, {}, {}, 5);
    QCOMPARE(context.value(u"product"_s).toObject().value(u"threshold"_s).toInt(), 5);

    const auto email = TemplateRenderer::render(templateById(templateId), context);
    QVERIFY2(email.ok(), qPrintable(email ? QString() : email.error().detail));
    QCOMPARE(email->subject, subject);
    QVERIFY2(email->text.startsWith(sentence), qPrintable(email->text));
    QVERIFY(!email->text.contains(u"Questions?"_s)); // for the staff, not a customer
    QVERIFY(!email->text.contains(u"{{"_s));
    const QString html = contentOf(email->html);
    QVERIFY2(html.contains(u"<strong>Enamel mug &amp; co</strong> (MUG-01)"_s), qPrintable(html));
    QVERIFY(!html.contains(u"class=\"button\""_s));

    const auto chatMessage = TemplateRenderer::render(templateById(templateId + u"_chat"_s), context);
    QVERIFY(chatMessage.ok());
    QCOMPARE(chatMessage->text.trimmed(), chat);
}

void TestTemplateRenderer::stockAlertThresholdText_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QString>("expected"); // empty: no threshold in the context

    QTest::newRow("en-US") << u"en-US"_s << 1500 << u"1,500"_s;
    QTest::newRow("de-DE") << u"de-DE"_s << 1500 << u"1.500"_s;
    QTest::newRow("zero") << u"en-US"_s << 0 << u"0"_s;
    QTest::newRow("none") << u"en-US"_s << -1 << QString();
}

void TestTemplateRenderer::stockAlertThresholdText()
{
    QFETCH(QString, locale);
    QFETCH(int, threshold);
    QFETCH(QString, expected);

    StockChange change = sampleStock();
    change.available = 2;
    const QJsonObject context = TemplateRenderer::buildStockContext(change, Brand{}, {}, locale, threshold);
    const QJsonObject product = context.value(u"product"_s).toObject();
    QCOMPARE(product.contains(u"threshold"_s), !expected.isEmpty());
    QCOMPARE(product.value(u"thresholdText"_s).toString(), expected);
    if (!expected.isEmpty()) {
        QCOMPARE(product.value(u"threshold"_s).toInt(), threshold);
    }

    const auto rendered = TemplateRenderer::render(templateById(u"low_stock"_s), context);
    QVERIFY(rendered.ok());
    QCOMPARE(rendered->text.contains(u"alert threshold "_s + expected + u'.'), !expected.isEmpty());
    QVERIFY2(rendered->text.contains(u"is running low: 2 left"_s), qPrintable(rendered->text));
}

void TestTemplateRenderer::staffAlertsAreNotTranslated()
{
    for (const QString &id : staffAlertIds()) {
        for (const QString &language : builtInLanguages()) {
            QVERIFY(!builtInTemplate(id, language));
            QVERIFY(!builtInTemplate(id + u"_chat"_s, language));
            QVERIFY(templateById(id, language).id.isEmpty());
        }
        const std::optional<MessageTemplate> email = builtInTemplate(id);
        QVERIFY(email);
        QCOMPARE(email->kind, u"email"_s);
        QVERIFY(email->language.isEmpty());
        QVERIFY(builtInTemplate(id + u"_chat"_s));
        QVERIFY(!builtInTemplate(id + u"_sms"_s));
    }
    // The customers' backorder message comes in every language.
    for (const QString &language : builtInLanguages()) {
        QVERIFY(builtInTemplate(u"backorder_delay"_s, language));
        QVERIFY(builtInTemplate(u"backorder_delay_sms"_s, language));
        QVERIFY(!builtInTemplate(u"backorder_delay_chat"_s, language));
    }
}

void TestTemplateRenderer::compiledRendersLikeEachPart()
{
    // A compiled template converts only the context keys its tags name; each part rendered on its own
    // converts everything. Both must give the same message.
    for (const MessageTemplate &messageTemplate : builtInTemplates()) {
        const QJsonObject context = contextFor(messageTemplate.id, eventFor(messageTemplate.id), sampleBrand());
        const auto compiled = CompiledTemplate::compile(messageTemplate);
        QVERIFY(compiled.ok());
        const auto rendered = compiled->render(context);
        QVERIFY(rendered.ok());
        // A template in another language names the statuses in it (the parts on their own are told so).
        const QJsonObject partContext =
            messageTemplate.language.isEmpty() ? context : withStatusLabelsIn(context, messageTemplate.language);
        const auto subject =
            TemplateRenderer::renderPart(TemplateRenderer::Part::Subject, messageTemplate.subject, partContext);
        const auto text = TemplateRenderer::renderPart(TemplateRenderer::Part::Text, messageTemplate.text, partContext);
        QVERIFY(subject.ok() && text.ok());
        QCOMPARE(rendered->subject, subject.value());
        QCOMPARE(rendered->text, text.value());
        if (messageTemplate.kind == u"email") {
            const auto html = TemplateRenderer::renderHtmlPage(messageTemplate.html, context, messageTemplate.language);
            QVERIFY(html.ok());
            QCOMPARE(rendered->html, html.value());
        }
    }
}

void TestTemplateRenderer::translatedShippedEmail_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("footer");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("inTransit");

    QTest::newRow("de") << u"de"_s << u"Ihre Kettle & Crumb Bestellung #1042 ist unterwegs"_s
                        << u"Fragen? Antworten Sie einfach auf diese E-Mail"_s << u"Sendung verfolgen"_s
                        << u"Unterwegs"_s;
    QTest::newRow("fr") << u"fr"_s << u"Votre commande Kettle & Crumb #1042 est en route"_s
                        << u"Une question\u00a0? Répondez à cet e-mail"_s << u"Suivre mon colis"_s << u"En transit"_s;
    QTest::newRow("es") << u"es"_s << u"Tu pedido Kettle & Crumb #1042 está en camino"_s
                        << u"¿Tienes alguna pregunta? Responde a este correo"_s << u"Seguir mi paquete"_s
                        << u"En tránsito"_s;
}

void TestTemplateRenderer::translatedShippedEmail()
{
    QFETCH(QString, language);
    QFETCH(QString, subject);
    QFETCH(QString, footer);
    QFETCH(QString, button);
    QFETCH(QString, inTransit);

    // A customer who reads German gets the German template; the renderer gives its layout and the parcel's
    // status in German too, whatever language the shop's window is in.
    OrderEvent event = sampleShipment();
    event.customerLocale = language;
    const MessageTemplate shipped = templateById(u"shipped"_s, language);
    QCOMPARE(shipped.language, language);
    const auto rendered = TemplateRenderer::render(shipped, TemplateRenderer::buildContext(event, sampleBrand()));
    QVERIFY2(rendered.ok(), qPrintable(rendered ? QString() : rendered.error().detail));
    QCOMPARE(rendered->subject, subject);
    QVERIFY2(rendered->html.contains(footer), qPrintable(rendered->html));
    QVERIFY(rendered->html.contains(button));
    QVERIFY(rendered->text.contains(button));
    QVERIFY2(rendered->html.contains(inTransit), qPrintable(rendered->html));
    QVERIFY(rendered->text.contains(inTransit));
    QVERIFY(rendered->html.contains(u"lang=\"%1\""_s.arg(language)));
    for (const QString &english : {u"Questions?"_s, u"Track your package"_s, u"In transit"_s, u"Carrier"_s}) {
        QVERIFY2(!rendered->html.contains(english), qPrintable(english));
        QVERIFY2(!rendered->text.contains(english), qPrintable(english));
    }

    // The same order in the default template keeps the words it had.
    const auto standard =
        TemplateRenderer::render(templateById(u"shipped"_s), TemplateRenderer::buildContext(event, sampleBrand()));
    QVERIFY(standard.ok());
    QVERIFY(standard->html.contains(u"Track your package"_s));
    QVERIFY(!standard->html.contains(footer));
}

void TestTemplateRenderer::suggestedTemplates_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    QTest::newRow("order created") << u"order.created"_s << u"email"_s << u"order_confirmed"_s;
    QTest::newRow("paid") << u"order.status:paid"_s << u"email"_s << u"order_paid"_s;
    QTest::newRow("shipment created, sms") << u"shipment.created"_s << u"sms"_s << u"shipped_sms"_s;
    QTest::newRow("label") << u"shipment.status:label_created"_s << u"email"_s << u"label_created"_s;
    QTest::newRow("out for delivery, chat")
        << u"shipment.status:out_for_delivery"_s << u"chat"_s << u"out_for_delivery_chat"_s;
    QTest::newRow("attempted") << u"shipment.status:attempted_delivery"_s << u"email"_s << u"delivery_attempted"_s;
    QTest::newRow("pickup") << u"shipment.status:ready_for_pickup"_s << u"email"_s << u"ready_for_pickup"_s;
    QTest::newRow("delivered") << u"shipment.status:delivered"_s << u"email"_s << u"delivered"_s;
    QTest::newRow("exception") << u"shipment.status:exception"_s << u"email"_s << u"shipment_delayed"_s;
    QTest::newRow("delayed") << u"shipment.delayed"_s << u"email"_s << u"shipment_delayed"_s;
    QTest::newRow("returned") << u"shipment.status:returned_to_sender"_s << u"email"_s << u"returned"_s;
    QTest::newRow("cancelled") << u"order.status:cancelled"_s << u"sms"_s << u"order_cancelled_sms"_s;
    QTest::newRow("refunded") << u"order.status:refunded"_s << u"email"_s << u"order_refunded"_s;
    QTest::newRow("back in stock") << u"stock.status:back_in_stock"_s << u"email"_s << u"back_in_stock"_s;
    QTest::newRow("backordered") << u"order.backordered"_s << u"email"_s << u"backorder_delay"_s;
    QTest::newRow("backordered, sms") << u"order.backordered"_s << u"sms"_s << u"backorder_delay_sms"_s;
    QTest::newRow("backordered, chat") << u"order.backordered"_s << u"chat"_s << u"backorder_delay_chat"_s;
    QTest::newRow("low stock") << u"stock.status:low_stock"_s << u"email"_s << u"low_stock"_s;
    QTest::newRow("low stock, chat") << u"stock.status:low_stock"_s << u"chat"_s << u"low_stock_chat"_s;
    QTest::newRow("low stock has no sms") << u"stock.status:low_stock"_s << u"sms"_s << QString();
    QTest::newRow("out of stock") << u"stock.status:out_of_stock"_s << u"email"_s << u"out_of_stock"_s;
    QTest::newRow("out of stock, chat") << u"stock.status:out_of_stock"_s << u"chat"_s << u"out_of_stock_chat"_s;
    QTest::newRow("out of stock has no sms") << u"stock.status:out_of_stock"_s << u"sms"_s << QString();
    QTest::newRow("no template") << u"order.status:on_hold"_s << u"email"_s << QString();
    QTest::newRow("unknown kind") << u"order.created"_s << u"fax"_s << QString();
    QTest::newRow("unknown trigger") << u"order.exploded"_s << u"email"_s << QString();
}

void TestTemplateRenderer::suggestedTemplates()
{
    QFETCH(QString, trigger);
    QFETCH(QString, kind);
    QFETCH(QString, expected);

    QCOMPARE(suggestedTemplate(trigger, kind), expected);
    if (!expected.isEmpty()) {
        QCOMPARE(templateById(expected).id, expected);
        QCOMPARE(templateById(expected).kind, kind);
        // The stock and backorder triggers come with the inventory rules.
        if (!trigger.startsWith(u"stock.") && trigger != u"order.backordered") {
            QVERIFY(isValidTrigger(trigger));
        }
    }
}

void TestTemplateRenderer::brandJsonRoundTrip()
{
    Brand brand = sampleBrand();
    brand.fontFamily = u"Georgia, serif"_s;
    brand.address = u"1 High Street\nBath"_s;
    brand.supportPhone = u"+44 1225 000000"_s;
    brand.socialLinks = {BrandLink{u"Instagram"_s, u"https://instagram.com/kettle"_s}};
    const Brand back = brandFromJson(toJson(brand));
    QCOMPARE(back.fontFamily, brand.fontFamily);
    QCOMPARE(back.address, brand.address);
    QCOMPARE(back.supportPhone, brand.supportPhone);
    QCOMPARE(back.socialLinks.size(), 1);
    QCOMPARE(back.socialLinks.first().label, u"Instagram"_s);
    QCOMPARE(back.socialLinks.first().url, u"https://instagram.com/kettle"_s);
    // A brand saved before these fields existed gets the defaults.
    const Brand old = brandFromJson(QJsonObject{{u"shopName"_s, u"Old"_s}});
    QCOMPARE(old.fontFamily, Brand{}.fontFamily);
    QVERIFY(old.socialLinks.isEmpty());
}

} // namespace Tidings

QTEST_GUILESS_MAIN(Tidings::TestTemplateRenderer)
#include "tst_templaterenderer.moc"
