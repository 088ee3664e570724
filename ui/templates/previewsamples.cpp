#include "templates/previewsamples.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

struct SampleText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Ui::PreviewSamples)
};

OrderEvent newOrder()
{
    OrderEvent event;
    event.sourceId = u"sample"_s;
    event.sourceType = u"sample"_s;
    event.orderId = u"sample-1001"_s;
    event.orderNumber = u"#1001"_s;
    event.customerName = SampleText::tr("Sam Rivera");
    event.customerEmail = u"sam@example.com"_s;
    event.customerPhone = u"+15555550123"_s;
    event.orderStatus = OrderStatus::Paid;
    event.lineItems = {{u"MUG-01"_s, SampleText::tr("Stoneware mug"), 2, u"18.00"_s},
                       {u"TEA-12"_s, SampleText::tr("Loose-leaf tea, 100 g"), 1, u"9.50"_s}};
    event.totalPrice = u"45.50"_s;
    event.currency = u"USD"_s;
    event.occurredAt = QDateTime::currentDateTimeUtc();
    return event;
}

} // namespace

QList<PreviewSample> previewSamples()
{
    OrderEvent shipped = newOrder();
    shipped.orderStatus = OrderStatus::Shipped;
    shipped.shipmentId = u"sample-shipment-1"_s;
    shipped.shipmentStatus = ShipmentStatus::InTransit;
    shipped.carrier = u"UPS"_s;
    shipped.trackingNumber = u"1Z999AA10123456784"_s;
    shipped.trackingUrl = QUrl(u"https://www.ups.com/track?tracknum=1Z999AA10123456784"_s);
    return {
        {u"sample-new-order"_s, SampleText::tr("New order (sample)"), newOrder()},
        {u"sample-shipped"_s, SampleText::tr("Shipped with tracking (sample)"), shipped},
    };
}

} // namespace Tidings::Ui
