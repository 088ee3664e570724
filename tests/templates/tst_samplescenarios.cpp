#include "templates/samplescenarios.h"
#include "templates/templaterenderer.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(Tidings::OrderStatus)
Q_DECLARE_METATYPE(Tidings::ShipmentStatus)

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

bool hasScript(const QString &text, QChar::Script script)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [script](uint codePoint) { return QChar::script(codePoint) == script; });
}

// Templates about a product (back in stock, the staff's stock alerts) rather than an order.
bool isStockTemplate(const QString &templateId)
{
    const QString base = baseTemplateId(templateId);
    return base == u"back_in_stock"_s || base == u"low_stock"_s || base == u"out_of_stock"_s;
}

MessageTemplate builtIn(const QString &id)
{
    const QList<MessageTemplate> templates = builtInTemplates();
    const auto found = std::find_if(templates.cbegin(), templates.cend(),
                                    [&id](const MessageTemplate &messageTemplate) { return messageTemplate.id == id; });
    return found == templates.cend() ? MessageTemplate{} : *found;
}

} // namespace

class TestSampleScenarios final : public QObject
{
    Q_OBJECT

private slots:

    void scenarios()
    {
        const QList<SampleScenario> all = SampleScenarios::all();
        QStringList ids;
        for (const SampleScenario &scenario : all) {
            ids.append(scenario.id);
            QVERIFY2(!scenario.label.isEmpty(), qPrintable(scenario.id));
            QVERIFY2(!scenario.event.lineItems.isEmpty(), qPrintable(scenario.id));
            QVERIFY2(scenario.event.hasShipment(), qPrintable(scenario.id));
            QVERIFY(scenario.event.occurredAt.isValid());
        }
        QCOMPARE(ids, (QStringList{u"one_item"_s, u"many_items"_s, u"no_tracking"_s, u"long_names"_s,
                                   u"chinese_names"_s, u"arabic_names"_s, u"cyrillic_names"_s}));
        QVERIFY(ids.contains(SampleScenarios::defaultId()));

        QCOMPARE(SampleScenarios::find(u"one_item"_s)->event.lineItems.size(), 1);
        QCOMPARE(SampleScenarios::find(u"many_items"_s)->event.lineItems.size(), 10);
        QVERIFY(SampleScenarios::find(u"no_tracking"_s)->event.trackingUrl.isEmpty());
        QVERIFY(!SampleScenarios::find(u"one_item"_s)->event.trackingUrl.isEmpty());
        const OrderEvent longNames = SampleScenarios::find(u"long_names"_s)->event;
        QVERIFY(longNames.customerName.size() > 60);
        QVERIFY(longNames.lineItems.first().name.size() > 120);
        QVERIFY(hasScript(SampleScenarios::find(u"chinese_names"_s)->event.customerName, QChar::Script_Han));
        const OrderEvent arabic = SampleScenarios::find(u"arabic_names"_s)->event;
        QVERIFY(hasScript(arabic.customerName, QChar::Script_Arabic));
        QVERIFY(arabic.customerName.isRightToLeft());
        QVERIFY(hasScript(SampleScenarios::find(u"cyrillic_names"_s)->event.customerName, QChar::Script_Cyrillic));
        QVERIFY(!SampleScenarios::find(u"nonsense"_s));
    }

    void eventFor_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<OrderStatus>("orderStatus");
        QTest::addColumn<bool>("hasShipment");
        QTest::addColumn<ShipmentStatus>("shipmentStatus");

        QTest::newRow("confirmed") << u"order_confirmed"_s << OrderStatus::Pending << false << ShipmentStatus::Unknown;
        QTest::newRow("paid") << u"order_paid"_s << OrderStatus::Paid << false << ShipmentStatus::Unknown;
        QTest::newRow("paid sms") << u"order_paid_sms"_s << OrderStatus::Paid << false << ShipmentStatus::Unknown;
        QTest::newRow("cancelled") << u"order_cancelled"_s << OrderStatus::Cancelled << false
                                   << ShipmentStatus::Unknown;
        QTest::newRow("refunded") << u"order_refunded"_s << OrderStatus::Refunded << false << ShipmentStatus::Unknown;
        QTest::newRow("label") << u"label_created"_s << OrderStatus::Paid << true << ShipmentStatus::LabelCreated;
        QTest::newRow("shipped") << u"shipped"_s << OrderStatus::Shipped << true << ShipmentStatus::InTransit;
        QTest::newRow("shipped chat") << u"shipped_chat"_s << OrderStatus::Shipped << true << ShipmentStatus::InTransit;
        QTest::newRow("out for delivery")
            << u"out_for_delivery"_s << OrderStatus::Shipped << true << ShipmentStatus::OutForDelivery;
        QTest::newRow("attempted") << u"delivery_attempted"_s << OrderStatus::Shipped << true
                                   << ShipmentStatus::AttemptedDelivery;
        QTest::newRow("pickup") << u"ready_for_pickup"_s << OrderStatus::Shipped << true
                                << ShipmentStatus::ReadyForPickup;
        QTest::newRow("delivered") << u"delivered"_s << OrderStatus::Delivered << true << ShipmentStatus::Delivered;
        QTest::newRow("returned") << u"returned"_s << OrderStatus::Shipped << true << ShipmentStatus::ReturnedToSender;
        QTest::newRow("backorder") << u"backorder_delay"_s << OrderStatus::Paid << false << ShipmentStatus::Unknown;
        QTest::newRow("backorder chat") << u"backorder_delay_chat"_s << OrderStatus::Paid << false
                                        << ShipmentStatus::Unknown;
        QTest::newRow("unknown id") << u"my_own"_s << OrderStatus::Shipped << true << ShipmentStatus::InTransit;
    }

    void eventFor()
    {
        QFETCH(QString, templateId);
        QFETCH(OrderStatus, orderStatus);
        QFETCH(bool, hasShipment);
        QFETCH(ShipmentStatus, shipmentStatus);

        const OrderEvent event = SampleScenarios::eventFor(*SampleScenarios::find(u"one_item"_s), templateId);
        QCOMPARE(event.orderStatus, orderStatus);
        QCOMPARE(event.hasShipment(), hasShipment);
        QCOMPARE(event.shipmentStatus, shipmentStatus);
        QCOMPARE(event.trackingUrl.isEmpty(), !hasShipment);
    }

    void everyScenarioRendersEveryBuiltInTemplate_data()
    {
        QTest::addColumn<QString>("scenarioId");
        QTest::addColumn<QString>("templateId");
        const QList<MessageTemplate> templates = builtInTemplates();
        QVERIFY(!templates.isEmpty());
        for (const SampleScenario &scenario : SampleScenarios::all()) {
            for (const MessageTemplate &messageTemplate : templates) {
                QTest::addRow("%s %s", qPrintable(scenario.id), qPrintable(messageTemplate.id))
                    << scenario.id << messageTemplate.id;
            }
        }
    }

    void everyScenarioRendersEveryBuiltInTemplate()
    {
        QFETCH(QString, scenarioId);
        QFETCH(QString, templateId);
        const MessageTemplate messageTemplate = builtIn(templateId);

        const SampleScenario scenario = *SampleScenarios::find(scenarioId);
        const OrderEvent event = SampleScenarios::eventFor(scenario, messageTemplate.id);
        const auto rendered = TemplateRenderer::render(
            messageTemplate, SampleScenarios::contextFor(scenario, templateId, SampleScenarios::sampleBrand()));
        QVERIFY2(rendered.ok(), qPrintable(rendered ? QString() : rendered.error().detail));
        QVERIFY(!rendered->text.trimmed().isEmpty());
        if (messageTemplate.kind == u"email") {
            QVERIFY(!rendered->subject.isEmpty());
            QVERIFY(!rendered->subject.contains(u'\n'));
            if (!isStockTemplate(templateId)) {
                QVERIFY(rendered->html.contains(TemplateRenderer::escapeHtml(event.orderNumber)));
            }
        }
        // A shipping message shows its tracking link whenever the scenario has one.
        const QString link = TemplateRenderer::escapeHtml(event.trackingUrl.toString(QUrl::FullyEncoded));
        if (messageTemplate.id == u"shipped" && scenarioId != u"no_tracking") {
            QVERIFY(rendered->html.contains(link));
        }
        if (scenarioId == u"no_tracking") {
            QVERIFY(!rendered->html.contains(u"track.example.com"_s));
        }
    }

    void stockChange()
    {
        const StockChange change = SampleScenarios::stockChangeFor(*SampleScenarios::find(u"chinese_names"_s));
        QCOMPARE(change.productName, u"西湖龙井茶 (250克)"_s);
        QCOMPARE(change.sku, u"TEA-LJ"_s);
        QCOMPARE(change.status, StockStatus::BackInStock);
        QVERIFY(change.available.has_value());
        QVERIFY(SampleScenarios::productUrl().startsWith(u"https://"_s));
    }

    void backorderContext_data()
    {
        QTest::addColumn<QString>("scenarioId");
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<QStringList>("waiting"); // the names of the items the preview shows as backordered

        QTest::newRow("one item") << u"one_item"_s << u"backorder_delay"_s << QStringList{u"Enamel mug"_s};
        QTest::newRow("two items: the first")
            << u"chinese_names"_s << u"backorder_delay_sms"_s << QStringList{u"西湖龙井茶 (250克)"_s};
        QTest::newRow("many items: the first two")
            << u"many_items"_s << u"backorder_delay_chat"_s << QStringList{u"Enamel mug"_s, u"Earl Grey, 250 g"_s};
        QTest::newRow("not a backorder template") << u"one_item"_s << u"order_paid"_s << QStringList{};
    }

    void backorderContext()
    {
        QFETCH(QString, scenarioId);
        QFETCH(QString, templateId);
        QFETCH(QStringList, waiting);

        const SampleScenario scenario = *SampleScenarios::find(scenarioId);
        const QJsonObject context = SampleScenarios::contextFor(scenario, templateId, SampleScenarios::sampleBrand());
        QCOMPARE(context.value(u"hasBackorder"_s).toBool(), !waiting.isEmpty());
        const QJsonArray items = context.value(u"backorder"_s).toObject().value(u"items"_s).toArray();
        QStringList names;
        for (const QJsonValue &item : items) {
            names.append(item.toObject().value(u"name"_s).toString());
            QVERIFY(item.toObject().value(u"quantity"_s).toInt() > 0);
            QVERIFY(!item.toObject().value(u"sku"_s).toString().isEmpty());
        }
        QCOMPARE(names, waiting);
        QCOMPARE(context.value(u"order"_s).toObject().value(u"number"_s).toString(), scenario.event.orderNumber);

        if (!waiting.isEmpty()) {
            const auto rendered = TemplateRenderer::render(builtIn(templateId), context);
            QVERIFY(rendered.ok());
            QVERIFY2(rendered->text.contains(waiting.first()) || templateId.endsWith(u"_sms"_s),
                     qPrintable(rendered->text));
        }
    }

    void stockAlertContext_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<int>("available");
        QTest::addColumn<QString>("expectedText");

        QTest::newRow("low stock") << u"low_stock"_s << 3
                                   << u"Enamel mug (MUG-01) is running low: 3 left, alert "
                                      u"threshold 5."_s;
        QTest::newRow("low stock chat") << u"low_stock_chat"_s << 3
                                        << u"*Low stock: Enamel mug* (MUG-01) · 3 left · alert threshold 5"_s;
        QTest::newRow("out of stock") << u"out_of_stock"_s << 0 << u"Enamel mug (MUG-01) is out of stock."_s;
        QTest::newRow("out of stock chat") << u"out_of_stock_chat"_s << 0 << u"*Out of stock: Enamel mug* (MUG-01)"_s;
    }

    void stockAlertContext()
    {
        QFETCH(QString, templateId);
        QFETCH(int, available);
        QFETCH(QString, expectedText);

        const SampleScenario scenario = *SampleScenarios::find(u"one_item"_s);
        const QJsonObject context = SampleScenarios::contextFor(scenario, templateId, SampleScenarios::sampleBrand());
        QCOMPARE(context.value(u"hasProduct"_s), QJsonValue(true));
        QVERIFY(!context.contains(u"order"_s));
        const QJsonObject product = context.value(u"product"_s).toObject();
        QCOMPARE(product.value(u"name"_s).toString(), u"Enamel mug"_s);
        QCOMPARE(product.value(u"available"_s).toInt(), available);
        QCOMPARE(product.value(u"threshold"_s).toInt(), SampleScenarios::alertThreshold());
        QCOMPARE(product.value(u"thresholdText"_s).toString(), QString::number(SampleScenarios::alertThreshold()));
        QVERIFY(product.value(u"url"_s).toString().isEmpty()); // the staff's alerts link no shop page

        const auto rendered = TemplateRenderer::render(builtIn(templateId), context);
        QVERIFY(rendered.ok());
        QVERIFY2(rendered->text.startsWith(expectedText), qPrintable(rendered->text));

        const StockChange change =
            SampleScenarios::stockAlertFor(scenario, available == 0 ? StockStatus::OutOfStock : StockStatus::LowStock);
        QCOMPARE(change.status, available == 0 ? StockStatus::OutOfStock : StockStatus::LowStock);
        QCOMPARE(change.available.value_or(-1), qint64(available));
    }

    void sampleBrand()
    {
        const Brand brand = SampleScenarios::sampleBrand();
        QVERIFY(!brand.shopName.isEmpty());
        QVERIFY(!brand.footer.isEmpty());
        QVERIFY(!brand.supportEmail.isEmpty());
    }
};

} // namespace Tidings

QTEST_GUILESS_MAIN(Tidings::TestSampleScenarios)
#include "tst_samplescenarios.moc"
