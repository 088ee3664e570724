#include "templates/samplescenarios.h"

#include "templates/templaterenderer.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

OrderEvent baseOrder()
{
    OrderEvent event;
    event.sourceId = u"sample"_s;
    event.sourceType = u"sample"_s;
    event.sourceEventId = u"sample-event"_s;
    event.topic = u"sample"_s;
    event.orderId = u"820982911946154508"_s;
    event.orderNumber = u"#1042"_s;
    event.customerName = u"Ada Lovelace"_s;
    event.customerEmail = u"ada@example.com"_s;
    event.customerPhone = u"+44 20 7946 0000"_s;
    event.customerLocale = u"en-GB"_s;
    event.orderStatus = OrderStatus::Shipped;
    event.lineItems = {LineItem{u"MUG-01"_s, u"Enamel mug"_s, 2, u"12.50"_s}};
    event.totalPrice = u"25.00"_s;
    event.currency = u"GBP"_s;
    event.shipmentId = u"fulfillment-77"_s;
    event.shipmentStatus = ShipmentStatus::InTransit;
    event.carrier = u"Royal Mail"_s;
    event.trackingNumber = u"JD014600006281283541"_s;
    event.trackingUrl = QUrl(u"https://track.example.com/parcel?id=JD014600006281283541"_s);
    // A fixed moment, so previews and tests are the same every day.
    event.occurredAt = QDateTime(QDate(2026, 11, 29), QTime(10, 15), QTimeZone::utc());
    return event;
}

SampleScenario manyItems()
{
    SampleScenario scenario{u"many_items"_s, SampleScenarios::tr("Many items (10)"), baseOrder()};
    scenario.event.orderNumber = u"#1043"_s;
    const std::pair<const char *, const char *> products[] = {
        {"Enamel mug", "12.50"},       {"Earl Grey, 250 g", "8.90"}, {"Linen tea towel", "14.00"},
        {"Stoneware teapot", "39.00"}, {"Tea strainer", "6.50"},     {"Oat biscuits", "4.20"},
        {"Honey, 340 g", "9.80"},      {"Cotton apron", "22.00"},    {"Coaster set of 4", "16.00"},
        {"Gift card", "25.00"},
    };
    scenario.event.lineItems.clear();
    int index = 1;
    for (const auto &[name, price] : products) {
        scenario.event.lineItems.append(LineItem{u"SKU-%1"_s.arg(index, 2, 10, QChar(u'0')), QString::fromUtf8(name),
                                                 index % 3 + 1, QString::fromLatin1(price)});
        ++index;
    }
    scenario.event.totalPrice = u"301.60"_s;
    return scenario;
}

SampleScenario noTracking()
{
    SampleScenario scenario{u"no_tracking"_s, SampleScenarios::tr("No tracking link"), baseOrder()};
    scenario.event.orderNumber = u"#1044"_s;
    scenario.event.carrier = u"Local courier"_s;
    scenario.event.trackingNumber.clear();
    scenario.event.trackingUrl.clear();
    return scenario;
}

SampleScenario longNames()
{
    SampleScenario scenario{u"long_names"_s, SampleScenarios::tr("Long names"), baseOrder()};
    scenario.event.orderNumber = u"#WEB-2026-000000104512"_s;
    scenario.event.customerName = u"Maximiliane Alexandra Konstanze Wilhelmina von Hohenzollern-Sigmaringen-"
                                  u"Württemberg"_s;
    scenario.event.customerEmail =
        u"maximiliane.alexandra.konstanze.von.hohenzollern-sigmaringen@sehr-lange-firmenadresse.example.com"_s;
    scenario.event.customerPhone = u"+49 (0) 7571 123 456 789 ext. 12345"_s;
    scenario.event.customerLocale = u"de-DE"_s;
    scenario.event.currency = u"EUR"_s;
    scenario.event.lineItems = {
        LineItem{u"HANDMADE-STONEWARE-TEAPOT-WITH-INFUSER-1500ML-SAGE-GREEN-MATTE-GLAZE"_s,
                 u"Handmade stoneware teapot with stainless steel infuser, 1.5 litres, sage green matte glaze, "
                 u"dishwasher safe, with matching lid and bamboo trivet (limited winter edition)"_s,
                 1, u"89.00"_s},
        LineItem{u"DONAUDAMPFSCHIFFFAHRTSGESELLSCHAFTSKAPITAENSMUETZE"_s,
                 u"Donaudampfschifffahrtsgesellschaftskapitänsmütze aus handgewebter Schurwolle"_s, 2, u"45.50"_s},
    };
    scenario.event.totalPrice = u"180.00"_s;
    scenario.event.carrier = u"Deutsche Post DHL Paket International Premium Express Service"_s;
    scenario.event.trackingNumber = u"00340434161234567890123456789012"_s;
    scenario.event.trackingUrl = QUrl(u"https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?lang=de&idc="
                                      u"00340434161234567890123456789012&rfn=&extendedSearch=true"_s);
    return scenario;
}

SampleScenario chineseNames()
{
    SampleScenario scenario{u"chinese_names"_s, SampleScenarios::tr("Chinese names"), baseOrder()};
    scenario.event.orderNumber = u"#1045"_s;
    scenario.event.customerName = u"王 小明"_s;
    scenario.event.customerLocale = u"zh-CN"_s;
    scenario.event.currency = u"CNY"_s;
    scenario.event.lineItems = {
        LineItem{u"TEA-LJ"_s, u"西湖龙井茶 (250克)"_s, 1, u"168.00"_s},
        LineItem{u"CUP-CL"_s, u"青瓷茶杯"_s, 4, u"38.00"_s},
    };
    scenario.event.totalPrice = u"320.00"_s;
    scenario.event.carrier = u"顺丰速运"_s;
    return scenario;
}

SampleScenario arabicNames()
{
    SampleScenario scenario{u"arabic_names"_s, SampleScenarios::tr("Arabic names (right to left)"), baseOrder()};
    scenario.event.orderNumber = u"#1046"_s;
    scenario.event.customerName = u"فاطمة الزهراء"_s;
    scenario.event.customerLocale = u"ar-EG"_s;
    scenario.event.currency = u"EGP"_s;
    scenario.event.lineItems = {
        LineItem{u"COF-01"_s, u"قهوة عربية بالهيل"_s, 2, u"150.00"_s},
        LineItem{u"POT-02"_s, u"دلة نحاسية"_s, 1, u"420.00"_s},
    };
    scenario.event.totalPrice = u"720.00"_s;
    scenario.event.carrier = u"أرامكس"_s;
    return scenario;
}

SampleScenario cyrillicNames()
{
    SampleScenario scenario{u"cyrillic_names"_s, SampleScenarios::tr("Cyrillic names"), baseOrder()};
    scenario.event.orderNumber = u"#1047"_s;
    scenario.event.customerName = u"Екатерина Смирнова"_s;
    scenario.event.customerLocale = u"ru-RU"_s;
    scenario.event.currency = u"RUB"_s;
    scenario.event.lineItems = {
        LineItem{u"SAM-01"_s, u"Самовар электрический, 3 л"_s, 1, u"7490.00"_s},
        LineItem{u"TEA-09"_s, u"Иван-чай ферментированный"_s, 3, u"390.00"_s},
    };
    scenario.event.totalPrice = u"8660.00"_s;
    scenario.event.carrier = u"Почта России"_s;
    return scenario;
}

void dropShipment(OrderEvent &event)
{
    event.shipmentId.clear();
    event.shipmentStatus = ShipmentStatus::Unknown;
    event.carrier.clear();
    event.trackingNumber.clear();
    event.trackingUrl.clear();
}

} // namespace

QList<SampleScenario> SampleScenarios::all()
{
    return {
        SampleScenario{u"one_item"_s, tr("One item"), baseOrder()},
        manyItems(),
        noTracking(),
        longNames(),
        chineseNames(),
        arabicNames(),
        cyrillicNames(),
    };
}

std::optional<SampleScenario> SampleScenarios::find(const QString &id)
{
    for (SampleScenario &scenario : all()) {
        if (scenario.id == id) {
            return std::move(scenario);
        }
    }
    return std::nullopt;
}

QString SampleScenarios::defaultId()
{
    return u"one_item"_s;
}

OrderEvent SampleScenarios::eventFor(const SampleScenario &scenario, const QString &templateId)
{
    OrderEvent event = scenario.event;
    const QString id = baseTemplateId(templateId);
    const auto orderOnly = [&event](OrderStatus status) {
        event.orderStatus = status;
        dropShipment(event);
    };
    const auto parcel = [&event](OrderStatus order, ShipmentStatus shipment) {
        event.orderStatus = order;
        event.shipmentStatus = shipment;
    };
    if (id == u"order_confirmed") {
        orderOnly(OrderStatus::Pending);
    } else if (id == u"order_paid" || id == u"backorder_delay" || id == u"back_in_stock" || id == u"low_stock" ||
               id == u"out_of_stock") {
        orderOnly(OrderStatus::Paid);
    } else if (id == u"order_cancelled") {
        orderOnly(OrderStatus::Cancelled);
    } else if (id == u"order_refunded") {
        orderOnly(OrderStatus::Refunded);
    } else if (id == u"label_created") {
        parcel(OrderStatus::Paid, ShipmentStatus::LabelCreated);
    } else if (id == u"shipped" || id == u"shipment_delayed") {
        parcel(OrderStatus::Shipped, ShipmentStatus::InTransit);
    } else if (id == u"out_for_delivery") {
        parcel(OrderStatus::Shipped, ShipmentStatus::OutForDelivery);
    } else if (id == u"delivery_attempted") {
        parcel(OrderStatus::Shipped, ShipmentStatus::AttemptedDelivery);
    } else if (id == u"ready_for_pickup") {
        parcel(OrderStatus::Shipped, ShipmentStatus::ReadyForPickup);
    } else if (id == u"delivered") {
        parcel(OrderStatus::Delivered, ShipmentStatus::Delivered);
    } else if (id == u"returned") {
        parcel(OrderStatus::Shipped, ShipmentStatus::ReturnedToSender);
    }
    return event;
}

StockChange SampleScenarios::stockChangeFor(const SampleScenario &scenario)
{
    StockChange change;
    change.sourceId = scenario.event.sourceId;
    change.sourceType = scenario.event.sourceType;
    change.productId = u"product-1"_s;
    if (!scenario.event.lineItems.isEmpty()) {
        change.sku = scenario.event.lineItems.first().sku;
        change.productName = scenario.event.lineItems.first().name;
    }
    change.available = 12;
    change.status = StockStatus::BackInStock;
    change.occurredAt = scenario.event.occurredAt;
    return change;
}

StockChange SampleScenarios::stockAlertFor(const SampleScenario &scenario, StockStatus status)
{
    StockChange change = stockChangeFor(scenario);
    change.status = status;
    change.available = status == StockStatus::OutOfStock ? 0 : 3;
    return change;
}

int SampleScenarios::alertThreshold()
{
    return 5;
}

QList<LineItem> SampleScenarios::backorderedItemsFor(const SampleScenario &scenario)
{
    const QList<LineItem> &lines = scenario.event.lineItems;
    return lines.mid(0, lines.size() > 2 ? 2 : 1);
}

QJsonObject SampleScenarios::contextFor(const SampleScenario &scenario, const QString &templateId, const Brand &brand)
{
    const QString id = baseTemplateId(templateId);
    if (id == u"back_in_stock") {
        return TemplateRenderer::buildStockContext(stockChangeFor(scenario), brand, productUrl(),
                                                   scenario.event.customerLocale);
    }
    if (id == u"low_stock" || id == u"out_of_stock") {
        const StockStatus status = id == u"low_stock" ? StockStatus::LowStock : StockStatus::OutOfStock;
        return TemplateRenderer::buildStockContext(stockAlertFor(scenario, status), brand, {}, {}, alertThreshold());
    }
    QJsonObject context = TemplateRenderer::buildContext(eventFor(scenario, templateId), brand);
    if (id == u"backorder_delay") {
        TemplateRenderer::applyBackorder(context, backorderedItemsFor(scenario));
    }
    return context;
}

QString SampleScenarios::productUrl()
{
    return u"https://shop.example.com/products/sample"_s;
}

Brand SampleScenarios::sampleBrand()
{
    Brand brand;
    brand.shopName = u"Kettle & Crumb"_s;
    brand.logoUrl = u"https://cdn.example.com/logo.png"_s;
    brand.accentColor = u"#2f6f4f"_s;
    brand.supportEmail = u"help@kettle.example"_s;
    brand.footer = u"Kettle & Crumb Ltd, 1 High Street, Bath BA1 1AA"_s;
    return brand;
}

} // namespace Tidings
