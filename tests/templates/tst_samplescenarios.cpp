#include "templates/samplescenarios.h"
#include "templates/templaterenderer.h"

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

// Back-in-stock templates are about a product: rendered with buildStockContext where the renderer has it (it
// arrives with the brand kit fields), else with the order context.
template <typename Renderer>
QJsonObject contextFor(const SampleScenario &scenario, const QString &templateId)
{
    if constexpr (requires { Renderer::buildStockContext(StockChange{}, Brand{}, QString()); }) {
        if (templateId.startsWith(u"back_in_stock"_s)) {
            return Renderer::buildStockContext(SampleScenarios::stockChangeFor(scenario),
                                               SampleScenarios::sampleBrand(), SampleScenarios::productUrl());
        }
    }
    return Renderer::buildContext(SampleScenarios::eventFor(scenario, templateId), SampleScenarios::sampleBrand());
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
        const auto rendered =
            TemplateRenderer::render(messageTemplate, contextFor<TemplateRenderer>(scenario, templateId));
        QVERIFY2(rendered.ok(), qPrintable(rendered ? QString() : rendered.error().detail));
        QVERIFY(!rendered->text.trimmed().isEmpty());
        if (messageTemplate.kind == u"email") {
            QVERIFY(!rendered->subject.isEmpty());
            QVERIFY(!rendered->subject.contains(u'\n'));
            if (!templateId.startsWith(u"back_in_stock"_s)) {
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
