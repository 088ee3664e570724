#include "fakes/testsupport.h"
#include "sources/genericmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

const QDateTime receivedAt(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);

GenericMapping::Outcome readJson(const GenericMapping &mapping, const QByteArray &body)
{
    return mapping.read(body, false, receivedAt);
}

GenericMapping withMapping(const QJsonObject &mapping, const QJsonObject &statusMap = {})
{
    QJsonObject options{{u"mapping"_s, mapping}};
    if (!statusMap.isEmpty()) {
        options.insert(u"statusMap"_s, statusMap);
    }
    return GenericMapping(options);
}

QString joined(const QStringList &lines)
{
    return lines.join(u" | "_s);
}

} // namespace

class TestGenericMapping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_areUniqueAndOrderIdRequired();

    void contract_fixture_normalizesOrder();
    void contract_shipped_makesShipmentFromTrackingNumber();
    void contract_statusFromEventName_data();
    void contract_statusFromEventName();

    void paths_data();
    void paths();

    void lineItems_relativePaths_data();
    void lineItems_relativePaths();

    void statusMap_data();
    void statusMap();

    void array_severalEvents_inOrder();
    void missingFields_data();
    void missingFields();
    void optionalFieldMissing_noteNotProblem();

    void eventId_synthesizedWhenAbsent_data();
    void eventId_synthesizedWhenAbsent();

    void occurredAt_data();
    void occurredAt();
    void trackingUrl_unsafe_droppedWithNote_data();
    void trackingUrl_unsafe_droppedWithNote();

    void stockFields_makeStockChange();
    void stockAndOrderMapping_orderIdWins();
    void subscribeEvent_makesAWaitingCustomer_data();
    void subscribeEvent_makesAWaitingCustomer();

    void form_unflattensKeysAndIndexedLists();

    void presets_readTheirSendersBodies_data();
    void presets_readTheirSendersBodies();
    void preset_explicitMappingWins();

    void tryOn_problems_data();
    void tryOn_problems();
    void tryOn_sameResultAsRead();
    void tryOn_acceptsFormText();
};

void TestGenericMapping::fields_areUniqueAndOrderIdRequired()
{
    QStringList names;
    for (const GenericMapping::Field &field : GenericMapping::fields()) {
        QVERIFY2(!names.contains(field.name), qPrintable(field.name));
        QVERIFY2(!field.label.isEmpty(), qPrintable(field.name));
        names.append(field.name);
        QCOMPARE(field.required, field.name == "orderId"_L1);
    }
    for (const char *name :
         {"eventId",       "orderId",        "orderNumber",    "customerName", "customerFirstName", "customerLastName",
          "customerEmail", "customerPhone",  "customerLocale", "orderStatus",  "shipmentId",        "shipmentStatus",
          "carrier",       "trackingNumber", "trackingUrl",    "totalPrice",   "currency",          "occurredAt",
          "lineItems",     "itemSku",        "itemName",       "itemQuantity", "itemPrice",         "productId",
          "sku",           "productName",    "available",      "stockStatus"}) {
        QVERIFY2(GenericMapping::isField(QString::fromLatin1(name)), name);
    }
    QVERIFY(!GenericMapping::isField(u"orderid"_s));
}

void TestGenericMapping::contract_fixture_normalizesOrder()
{
    const QByteArray body = Test::fixture(u"generic/contract-order.json"_s);
    const auto outcome = readJson(GenericMapping(), body);
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    QCOMPARE(outcome.events.size(), 1);
    QVERIFY(outcome.stockChanges.isEmpty());
    QCOMPARE(outcome.eventIds, QStringList{u"zap-7f3c2a91-order-created"_s});

    const OrderEvent &event = outcome.events.constFirst();
    QCOMPARE(event.sourceType, u"generic"_s);
    QCOMPARE(event.sourceEventId, u"zap-7f3c2a91-order-created"_s);
    QCOMPARE(event.topic, u"order.created"_s);
    QCOMPARE(event.orderId, u"1042"_s);
    QCOMPARE(event.orderNumber, u"#1042"_s);
    QCOMPARE(event.customerName, u"Jane Doe"_s);
    QCOMPARE(event.customerEmail, u"jane@example.com"_s);
    QCOMPARE(event.customerPhone, u"+4915112345678"_s);
    QCOMPARE(event.customerLocale, u"de-DE"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Paid);
    QCOMPARE(event.rawOrderStatus, u"paid"_s);
    QVERIFY(!event.hasShipment());
    QCOMPARE(event.totalPrice, u"73.30"_s);
    QCOMPARE(event.currency, u"EUR"_s);
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 13), QTime(14, 15, 42), Qt::UTC));
    QCOMPARE(event.lineItems.size(), 2);
    QCOMPARE(event.lineItems.at(0).sku, u"TSH-ORG-GRN-M"_s);
    QCOMPARE(event.lineItems.at(0).name, u"Organic Cotton T-Shirt"_s);
    QCOMPARE(event.lineItems.at(0).quantity, 2);
    QCOMPARE(event.lineItems.at(0).price, u"24.95"_s);
    QCOMPARE(event.lineItems.at(1).quantity, 1); // "1" as text
    QCOMPARE(event.lineItems.at(1).price, u"18.50"_s);
}

void TestGenericMapping::contract_shipped_makesShipmentFromTrackingNumber()
{
    const auto outcome = readJson(GenericMapping(), Test::fixture(u"generic/contract-shipped.json"_s));
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    const OrderEvent &event = outcome.events.constFirst();
    QCOMPARE(event.orderId, u"1042"_s);
    QVERIFY(event.hasShipment());
    QCOMPARE(event.shipmentId, u"JD014600006281234567"_s);
    QCOMPARE(event.trackingNumber, u"JD014600006281234567"_s);
    QCOMPARE(event.carrier, u"DHL"_s);
    QCOMPARE(event.trackingUrl.host(), u"www.dhl.com"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Shipped); // from "event": "order.shipped"
    QCOMPARE(event.rawOrderStatus, u"event=order.shipped"_s);
    QCOMPARE(event.shipmentStatus, ShipmentStatus::Unknown);
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 14), QTime(7, 2, 11), Qt::UTC)); // +02:00 → UTC
}

void TestGenericMapping::contract_statusFromEventName_data()
{
    QTest::addColumn<QString>("eventName");
    QTest::addColumn<QString>("status");
    QTest::addColumn<OrderStatus>("expected");

    QTest::newRow("paid") << u"order.paid"_s << QString() << OrderStatus::Paid;
    QTest::newRow("delivered, any case") << u"Order.Delivered"_s << QString() << OrderStatus::Delivered;
    QTest::newRow("cancelled") << u"order.cancelled"_s << QString() << OrderStatus::Cancelled;
    QTest::newRow("refunded") << u"order.refunded"_s << QString() << OrderStatus::Refunded;
    QTest::newRow("created says nothing of status") << u"order.created"_s << QString() << OrderStatus::Unknown;
    QTest::newRow("a status field wins") << u"order.shipped"_s << u"pending"_s << OrderStatus::Pending;
    QTest::newRow("unknown event") << u"tracking.updated"_s << QString() << OrderStatus::Unknown;
}

void TestGenericMapping::contract_statusFromEventName()
{
    QFETCH(QString, eventName);
    QFETCH(QString, status);
    QFETCH(OrderStatus, expected);

    QJsonObject body{{u"order_id"_s, u"7"_s}, {u"event"_s, eventName}};
    if (!status.isEmpty()) {
        body.insert(u"status"_s, status);
    }
    const auto outcome = readJson(GenericMapping(), QJsonDocument(body).toJson());
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    QCOMPARE(outcome.events.constFirst().orderStatus, expected);
}

void TestGenericMapping::paths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("orderId"); // empty: a problem is expected instead

    const QByteArray nested = R"({"order":{"id":"A-1","lines":[{"sku":"X"},{"sku":"Y"}]},"a/b":{"~c":"esc"}})";
    QTest::newRow("JSON pointer") << u"/order/id"_s << nested << u"A-1"_s;
    QTest::newRow("dotted path") << u"order.id"_s << nested << u"A-1"_s;
    QTest::newRow("dotted path into an array") << u"order.lines.1.sku"_s << nested << u"Y"_s;
    QTest::newRow("pointer into an array") << u"/order/lines/0/sku"_s << nested << u"X"_s;
    QTest::newRow("pointer escapes ~1 and ~0") << u"/a~1b/~0c"_s << nested << u"esc"_s;
    QTest::newRow("surrounding spaces ignored") << u"  order.id  "_s << nested << u"A-1"_s;
    QTest::newRow("pointer with spaces in keys")
        << u"/row/Order ID"_s << QByteArray(R"({"row":{"Order ID":"SO-9"}})") << u"SO-9"_s;
    QTest::newRow("number beyond double precision kept exactly")
        << u"id"_s << QByteArray(R"({"id":9007199254740993})") << u"9007199254740993"_s;
    QTest::newRow("value trimmed") << u"id"_s << QByteArray(R"({"id":"  42  "})") << u"42"_s;
    QTest::newRow("index past the end") << u"order.lines.5.sku"_s << nested << QString();
    QTest::newRow("step into a string") << u"order.id.x"_s << nested << QString();
    QTest::newRow("case matters in keys") << u"Order.Id"_s << nested << QString();
    QTest::newRow("object is not an id") << u"order"_s << nested << QString();
}

void TestGenericMapping::paths()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, orderId);

    const auto outcome = readJson(withMapping({{u"orderId"_s, path}}), body);
    if (orderId.isEmpty()) {
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.events.isEmpty());
        QVERIFY2(outcome.problems.constFirst().startsWith("orderId: "_L1), qPrintable(joined(outcome.problems)));
    } else {
        QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
        QCOMPARE(outcome.events.constFirst().orderId, orderId);
    }
}

void TestGenericMapping::lineItems_relativePaths_data()
{
    QTest::addColumn<QJsonObject>("mapping");
    QTest::addColumn<QStringList>("skus");
    QTest::addColumn<QList<int>>("quantities");
    QTest::addColumn<QStringList>("prices");
    QTest::addColumn<bool>("noted");

    const QJsonObject base{{u"orderId"_s, u"/data/order/id"_s}, {u"lineItems"_s, u"data.order.lines"_s}};
    QJsonObject dotted = base;
    dotted.insert(u"itemSku"_s, u"article.code"_s);
    dotted.insert(u"itemName"_s, u"article.title"_s);
    dotted.insert(u"itemQuantity"_s, u"qty"_s);
    dotted.insert(u"itemPrice"_s, u"unit"_s);
    QTest::newRow("dotted, relative to each entry") << dotted << QStringList{u"TSH-ORG-GRN-M"_s, u"MUG-CER-TRV"_s}
                                                    << QList<int>{2, 1} << QStringList{u"24.95"_s, u"18.5"_s} << false;

    QJsonObject pointer = base;
    pointer.insert(u"itemSku"_s, u"/article/code"_s);
    pointer.insert(u"itemQuantity"_s, u"/qty"_s);
    QTest::newRow("pointers, relative to each entry") << pointer << QStringList{u"TSH-ORG-GRN-M"_s, u"MUG-CER-TRV"_s}
                                                      << QList<int>{2, 1} << QStringList{QString(), QString()} << false;

    QJsonObject wrong = base;
    wrong.insert(u"itemSku"_s, u"sku"_s);
    QTest::newRow("a path missing in the entries is noted")
        << wrong << QStringList{QString(), QString()} << QList<int>{0, 0} << QStringList{QString(), QString()} << true;

    QJsonObject notAList = base;
    notAList.insert(u"lineItems"_s, u"data.order.id"_s);
    QTest::newRow("not a list: no items, a note") << notAList << QStringList() << QList<int>() << QStringList() << true;
}

void TestGenericMapping::lineItems_relativePaths()
{
    QFETCH(QJsonObject, mapping);
    QFETCH(QStringList, skus);
    QFETCH(QList<int>, quantities);
    QFETCH(QStringList, prices);
    QFETCH(bool, noted);

    const auto outcome = readJson(withMapping(mapping), Test::fixture(u"generic/custom-nested.json"_s));
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    const QList<LineItem> items = outcome.events.constFirst().lineItems;
    QCOMPARE(items.size(), skus.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QCOMPARE(items.at(i).sku, skus.at(i));
        QCOMPARE(items.at(i).quantity, quantities.at(i));
        QCOMPARE(items.at(i).price, prices.at(i));
    }
    const bool hasItemNote = std::any_of(outcome.notes.cbegin(), outcome.notes.cend(), [](const QString &note) {
        return note.contains("lineItems"_L1) || note.contains("itemSku"_L1);
    });
    QCOMPARE(hasItemNote, noted);
}

void TestGenericMapping::statusMap_data()
{
    QTest::addColumn<QJsonObject>("statusMap");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<OrderStatus>("order");
    QTest::addColumn<ShipmentStatus>("shipment");

    const QJsonObject flat{
        {u"Dispatched"_s, u"shipped"_s}, {u"Out with courier"_s, u"out_for_delivery"_s}, {u"Done"_s, u"delivered"_s}};
    QTest::newRow("flat word, exact") << flat << u"Dispatched"_s << OrderStatus::Shipped << ShipmentStatus::Unknown;
    QTest::newRow("flat word, any case and spaces")
        << flat << u"  DISPATCHED "_s << OrderStatus::Shipped << ShipmentStatus::Unknown;
    QTest::newRow("shipment-only name") << flat << u"out with courier"_s << OrderStatus::Unknown
                                        << ShipmentStatus::OutForDelivery;
    QTest::newRow("name valid for both") << flat << u"Done"_s << OrderStatus::Delivered << ShipmentStatus::Delivered;
    QTest::newRow("normalized name needs no map")
        << QJsonObject() << u"Partially Shipped"_s << OrderStatus::PartiallyShipped << ShipmentStatus::Unknown;
    QTest::newRow("hyphens and spaces read as underscores")
        << QJsonObject() << u"out-for delivery"_s << OrderStatus::Unknown << ShipmentStatus::OutForDelivery;
    QTest::newRow("American spelling of cancelled")
        << QJsonObject() << u"Canceled"_s << OrderStatus::Cancelled << ShipmentStatus::Cancelled;
    QTest::newRow("unmapped word is unknown")
        << flat << u"Sent to moon"_s << OrderStatus::Unknown << ShipmentStatus::Unknown;
    QTest::newRow("empty is unknown") << flat << QString() << OrderStatus::Unknown << ShipmentStatus::Unknown;

    const QJsonObject sections{{u"C"_s, u"pending"_s},
                               {u"order"_s, QJsonObject{{u"C"_s, u"cancelled"_s}}},
                               {u"shipment"_s, QJsonObject{{u"C"_s, u"in_transit"_s}}}};
    QTest::newRow("sections beat the flat map")
        << sections << u"c"_s << OrderStatus::Cancelled << ShipmentStatus::InTransit;
    QTest::newRow("a target that is no status falls through")
        << QJsonObject{{u"Shipped"_s, u"gone"_s}} << u"Shipped"_s << OrderStatus::Shipped << ShipmentStatus::Unknown;
}

void TestGenericMapping::statusMap()
{
    QFETCH(QJsonObject, statusMap);
    QFETCH(QString, raw);
    QFETCH(OrderStatus, order);
    QFETCH(ShipmentStatus, shipment);

    const GenericMapping mapping(QJsonObject{{u"statusMap"_s, statusMap}});
    QCOMPARE(mapping.orderStatusFor(raw), order);
    QCOMPARE(mapping.shipmentStatusFor(raw), shipment);

    // Through a body: the raw word is kept beside the normalized status.
    const QJsonObject body{
        {u"order_id"_s, u"1"_s}, {u"status"_s, raw}, {u"shipment_status"_s, raw}, {u"tracking_number"_s, u"T1"_s}};
    const auto outcome = readJson(mapping, QJsonDocument(body).toJson());
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    const OrderEvent &event = outcome.events.constFirst();
    QCOMPARE(event.orderStatus, order);
    QCOMPARE(event.rawOrderStatus, raw.trimmed());
    QCOMPARE(event.shipmentStatus, shipment);
    QCOMPARE(event.rawShipmentStatus, raw.trimmed());
    const bool orderNoted = std::any_of(outcome.notes.cbegin(), outcome.notes.cend(),
                                        [](const QString &note) { return note.startsWith("orderStatus:"_L1); });
    QCOMPARE(orderNoted, !raw.trimmed().isEmpty() && order == OrderStatus::Unknown);
}

void TestGenericMapping::array_severalEvents_inOrder()
{
    const auto outcome = readJson(GenericMapping(), Test::fixture(u"generic/contract-list.json"_s));
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    QCOMPARE(outcome.events.size(), 2);
    QCOMPARE(outcome.events.at(0).orderId, u"1043"_s);
    QCOMPARE(outcome.events.at(0).orderStatus, OrderStatus::Pending);
    QCOMPARE(outcome.events.at(1).orderId, u"1044"_s);
    QCOMPARE(outcome.events.at(1).customerName, u"Ana Silva"_s);
    QCOMPARE(outcome.eventIds, (QStringList{u"batch-2024-05-15-001"_s, u"batch-2024-05-15-002"_s}));
}

void TestGenericMapping::missingFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");

    QTest::newRow("no order id") << QByteArray(R"({"event_id":"e1","status":"paid"})")
                                 << u"orderId: order_id is missing in the request."_s;
    QTest::newRow("empty order id") << QByteArray(R"({"order_id":"  "})")
                                    << u"orderId: order_id is empty in the request."_s;
    QTest::newRow("null order id") << QByteArray(R"({"order_id":null})")
                                   << u"orderId: order_id is empty in the request."_s;
    QTest::newRow("order id is an object") << QByteArray(R"({"order_id":{"id":1}})")
                                           << u"orderId: order_id holds a list or an object, not a single value."_s;
    QTest::newRow("second entry lacks it") << QByteArray(R"([{"order_id":"1"},{"status":"paid"}])")
                                           << u"Entry 2: orderId: order_id is missing in the request."_s;
    QTest::newRow("entry not an object") << QByteArray(R"([{"order_id":"1"},"x"])")
                                         << u"Entry 2 of the list is not a JSON object."_s;
    QTest::newRow("empty list") << QByteArray("[]") << u"The request is an empty list, so it holds no events."_s;
    QTest::newRow("empty body") << QByteArray("  ") << u"The request has an empty body."_s;
    QTest::newRow("malformed JSON") << Test::fixture(u"generic/malformed.json"_s)
                                    << u"The request body is not valid JSON"_s;
}

void TestGenericMapping::missingFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);

    const auto outcome = readJson(GenericMapping(), body);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.problems.constFirst().startsWith(problem), qPrintable(joined(outcome.problems)));
}

void TestGenericMapping::optionalFieldMissing_noteNotProblem()
{
    const auto outcome = readJson(GenericMapping(), QByteArray(R"({"order_id":"9","customer":{"email":"a@b.c"}})"));
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    QCOMPARE(outcome.events.size(), 1);
    QCOMPARE(outcome.notes.size(), 1);
    QVERIFY2(outcome.notes.constFirst().startsWith("Not in the request, left empty: eventId (event_id)"_L1),
             qPrintable(outcome.notes.constFirst()));
    QVERIFY(outcome.notes.constFirst().contains("customerPhone (customer.phone)"_L1));
    QVERIFY(!outcome.notes.constFirst().contains("customerEmail"_L1));
    QVERIFY(!outcome.notes.constFirst().contains("productId"_L1)); // stock fields do not matter for an order
}

void TestGenericMapping::eventId_synthesizedWhenAbsent_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("eventId");

    QTest::newRow("all parts")
        << QByteArray(
               R"({"order_id":"1042","occurred_at":"2024-05-13T16:15:42+02:00","status":"Shipped","tracking_number":"T9"})")
        << u"1042:2024-05-13T14:15:42.000Z:Shipped:T9"_s;
    QTest::newRow("no time: arrival time is not part of the id")
        << QByteArray(R"({"order_id":"1042","status":"paid"})") << u"1042::paid:"_s;
    QTest::newRow("shipment status joins the status")
        << QByteArray(R"({"order_id":"7","status":"shipped","shipment_status":"in_transit","tracking_number":"Z"})")
        << u"7::shipped/in_transit:Z"_s;
    QTest::newRow("mapped id wins") << QByteArray(R"({"order_id":"1042","event_id":"abc"})") << u"abc"_s;
    QTest::newRow("empty mapped id: synthesized") << QByteArray(R"({"order_id":"1042","event_id":""})") << u"1042:::"_s;
}

void TestGenericMapping::eventId_synthesizedWhenAbsent()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, eventId);

    const auto first = readJson(GenericMapping(), body);
    QVERIFY2(first.ok(), qPrintable(joined(first.problems)));
    QCOMPARE(first.events.constFirst().sourceEventId, eventId);
    QCOMPARE(first.eventIds, QStringList{eventId});
    // The same body later gives the same id, so a resend is a duplicate.
    const auto again = GenericMapping().read(body, false, receivedAt.addSecs(3600));
    QCOMPARE(again.eventIds, QStringList{eventId});
}

void TestGenericMapping::occurredAt_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<bool>("noted");

    const QDateTime when(QDate(2024, 5, 13), QTime(14, 15, 42), Qt::UTC);
    QTest::newRow("ISO with Z") << QJsonValue(u"2024-05-13T14:15:42Z"_s) << when << false;
    QTest::newRow("MySQL style, read as UTC") << QJsonValue(u"2024-05-13 14:15:42"_s) << when << false;
    QTest::newRow("epoch seconds as number") << QJsonValue(1715609742) << when << false;
    QTest::newRow("epoch milliseconds as text") << QJsonValue(u"1715609742000"_s) << when << false;
    QTest::newRow("unreadable: arrival time, noted") << QJsonValue(u"next Tuesday"_s) << receivedAt << true;
    QTest::newRow("absent: arrival time") << QJsonValue(QJsonValue::Undefined) << receivedAt << false;
}

void TestGenericMapping::occurredAt()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    QFETCH(bool, noted);

    QJsonObject body{{u"order_id"_s, u"1"_s}};
    if (!value.isUndefined()) {
        body.insert(u"occurred_at"_s, value);
    }
    const auto outcome = readJson(GenericMapping(), QJsonDocument(body).toJson());
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    QCOMPARE(outcome.events.constFirst().occurredAt, expected);
    QCOMPARE(outcome.events.constFirst().occurredAt.timeSpec(), Qt::UTC);
    const bool hasNote = std::any_of(outcome.notes.cbegin(), outcome.notes.cend(),
                                     [](const QString &note) { return note.startsWith("occurredAt:"_L1); });
    QCOMPARE(hasNote, noted);
}

void TestGenericMapping::trackingUrl_unsafe_droppedWithNote_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("kept");

    QTest::newRow("https") << u"https://track.example/1"_s << true;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("no scheme") << u"track.example/1"_s << false;
}

void TestGenericMapping::trackingUrl_unsafe_droppedWithNote()
{
    QFETCH(QString, url);
    QFETCH(bool, kept);

    const QJsonObject body{{u"order_id"_s, u"1"_s}, {u"tracking_number"_s, u"T"_s}, {u"tracking_url"_s, url}};
    const auto outcome = readJson(GenericMapping(), QJsonDocument(body).toJson());
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    QCOMPARE(!outcome.events.constFirst().trackingUrl.isEmpty(), kept);
    const bool noted = std::any_of(outcome.notes.cbegin(), outcome.notes.cend(),
                                   [](const QString &note) { return note.startsWith("trackingUrl:"_L1); });
    QCOMPARE(noted, !kept);
}

void TestGenericMapping::stockFields_makeStockChange()
{
    const GenericMapping mapping(QJsonObject{{u"statusMap"_s, QJsonObject{{u"Sold out"_s, u"out_of_stock"_s}}}});
    const auto outcome = readJson(mapping, Test::fixture(u"generic/stock.json"_s));
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    QVERIFY(outcome.events.isEmpty());
    QCOMPARE(outcome.stockChanges.size(), 1);
    const StockChange &change = outcome.stockChanges.constFirst();
    QCOMPARE(change.sourceType, u"generic"_s);
    QCOMPARE(change.productId, u"P-7781"_s);
    QCOMPARE(change.sku, u"MUG-CER-TRV"_s);
    QCOMPARE(change.productName, u"Ceramic Travel Mug"_s);
    QVERIFY(change.available.has_value());
    QCOMPARE(*change.available, 0);
    QCOMPARE(change.status, StockStatus::OutOfStock);
    QCOMPARE(change.rawStatus, u"Sold out"_s);
    QCOMPARE(change.occurredAt, QDateTime(QDate(2024, 5, 16), QTime(7, 30), Qt::UTC));
    QCOMPARE(outcome.eventIds, QStringList{u"stock-MUG-CER-TRV-20240516"_s});

    // SKU alone is enough, and names the product; the id is synthesized from it.
    const auto skuOnly = readJson(GenericMapping(), QByteArray(R"({"sku":"CAP-1","available":"12"})"));
    QVERIFY2(skuOnly.ok(), qPrintable(joined(skuOnly.problems)));
    QCOMPARE(skuOnly.stockChanges.constFirst().productId, u"CAP-1"_s);
    QCOMPARE(*skuOnly.stockChanges.constFirst().available, 12);
    QCOMPARE(skuOnly.eventIds, QStringList{u"CAP-1::12:"_s});
}

void TestGenericMapping::stockAndOrderMapping_orderIdWins()
{
    // An order with an item SKU at the top level stays an order.
    const auto outcome = readJson(GenericMapping(), QByteArray(R"({"order_id":"5","sku":"X","available":3})"));
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    QCOMPARE(outcome.events.size(), 1);
    QVERIFY(outcome.stockChanges.isEmpty());

    // Without stock fields in the mapping, a product-only body is an order without an id.
    const auto orderOnly = readJson(withMapping({{u"orderId"_s, u"order_id"_s}}), QByteArray(R"({"sku":"X"})"));
    QVERIFY(!orderOnly.ok());
}

void TestGenericMapping::subscribeEvent_makesAWaitingCustomer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("form");
    QTest::addColumn<QString>("expected"); // "sku email name language time eventId", or "problem: <words>"

    QTest::newRow("contract JSON")
        << QByteArray(R"({"event":"stock.subscribe","event_id":"sub-1","sku":"MUG-CER-TRV",)"
                      R"("customer":{"email":"ann@example.com","first_name":"Ann","last_name":"Lee","locale":"de-AT"},)"
                      R"("occurred_at":"2024-05-16T07:30:00Z"})")
        << false << u"MUG-CER-TRV ann@example.com Ann Lee de 2024-05-16T07:30:00.000Z sub-1"_s;
    QTest::newRow("a form through Zapier, any case, no id")
        << QByteArray("event=Stock.Subscribe&product_id=CAP-1&customer__email=bo%40example.com") << true
        << u"CAP-1 bo@example.com   - subscribe:CAP-1:bo@example.com"_s;
    QTest::newRow("no email") << QByteArray(R"({"event":"stock.subscribe","sku":"CAP-1"})") << false
                              << u"problem: email address"_s;
    QTest::newRow("header injection in the email")
        << QByteArray(R"({"event":"stock.subscribe","sku":"CAP-1","customer":{"email":"a@b.c
Bcc: x@y.z"}})")
        << false << u"problem: email address"_s;
    QTest::newRow("no product") << QByteArray(R"({"event":"stock.subscribe","customer":{"email":"a@example.com"}})")
                                << false << u"problem: SKU"_s;
}

void TestGenericMapping::subscribeEvent_makesAWaitingCustomer()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, form);
    QFETCH(QString, expected);
    const QDateTime received(QDate(2024, 5, 16), QTime(8, 0), Qt::UTC);
    const auto outcome = GenericMapping().read(body, form, received);
    if (expected.startsWith(u"problem: "_s)) {
        QVERIFY(!outcome.ok());
        QVERIFY2(joined(outcome.problems).contains(expected.mid(9)), qPrintable(joined(outcome.problems)));
        QVERIFY(outcome.subscriptions.isEmpty());
        return;
    }
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    QVERIFY(outcome.events.isEmpty());
    QVERIFY(outcome.stockChanges.isEmpty());
    QCOMPARE(outcome.subscriptions.size(), 1);
    const StockSubscription &s = outcome.subscriptions.constFirst();
    const QString when = s.subscribedAt == received ? u"-"_s : s.subscribedAt.toString(Qt::ISODateWithMs);
    QCOMPARE(QStringList({s.sku, s.email, s.name, s.language, when, outcome.eventIds.value(0)}).join(u' '), expected);
}

void TestGenericMapping::form_unflattensKeysAndIndexedLists()
{
    const QByteArray body = Test::fixture(u"generic/zapier-form.txt"_s);
    const auto outcome = GenericMapping().read(body, true, receivedAt);
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    const OrderEvent &event = outcome.events.constFirst();
    QCOMPARE(event.sourceEventId, u"zap-form-5521"_s);
    QCOMPARE(event.orderId, u"1045"_s);
    QCOMPARE(event.orderNumber, u"#1045"_s);
    QCOMPARE(event.customerEmail, u"sam@example.com"_s);
    QCOMPARE(event.customerName, u"Sam O'Neil"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Shipped);
    QCOMPARE(event.trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 15), QTime(10, 20), Qt::UTC)); // '+' is a space
    QCOMPARE(event.lineItems.size(), 2);
    QCOMPARE(event.lineItems.at(0).sku, u"CAP-WOOL-BLK"_s);
    QCOMPARE(event.lineItems.at(0).quantity, 3);
    QCOMPARE(event.lineItems.at(1).sku, u"SCF-SLK-RED"_s);
}

void TestGenericMapping::presets_readTheirSendersBodies_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("orderId");
    QTest::addColumn<QString>("orderNumber");
    QTest::addColumn<OrderStatus>("orderStatus");
    QTest::addColumn<QString>("shipmentId");
    QTest::addColumn<ShipmentStatus>("shipmentStatus");
    QTest::addColumn<QString>("trackingNumber");
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("items");

    QTest::newRow("Google Sheets row by column name")
        << u"googlesheets"_s << u"sheets-row.json"_s << u"SO-2024-0117"_s << u"117"_s << OrderStatus::Shipped
        << u"RM123456785GB"_s << ShipmentStatus::Unknown << u"RM123456785GB"_s << u"mia@example.com"_s << 0;
    QTest::newRow("NetSuite sales order, letter B is paid")
        << u"netsuite"_s << u"netsuite-salesorder.json"_s << u"48213"_s << u"SO10482"_s << OrderStatus::Paid
        << QString() << ShipmentStatus::Unknown << QString() << u"orders@harborsupply.example"_s << 2;
    QTest::newRow("NetSuite item fulfillment, letter C is in transit")
        << u"netsuite"_s << u"netsuite-itemfulfillment.json"_s << u"48213"_s << u"SO10482"_s << OrderStatus::Unknown
        << u"48290"_s << ShipmentStatus::InTransit << u"1Z999AA10123456784"_s << QString() << 0;
    QTest::newRow("Klaviyo flow body is the contract")
        << u"klaviyo"_s << u"klaviyo-flow.json"_s << u"5820134932535"_s << u"5820134932535"_s << OrderStatus::Unknown
        << QString() << ShipmentStatus::Unknown << QString() << u"jane@example.com"_s << 0;
    QTest::newRow("Zapier is the contract")
        << u"zapier"_s << u"contract-order.json"_s << u"1042"_s << u"#1042"_s << OrderStatus::Paid << QString()
        << ShipmentStatus::Unknown << QString() << u"jane@example.com"_s << 2;
    QTest::newRow("Power Automate is the contract")
        << u"powerautomate"_s << u"contract-shipped.json"_s << u"1042"_s << u"#1042"_s << OrderStatus::Shipped
        << u"JD014600006281234567"_s << ShipmentStatus::Unknown << u"JD014600006281234567"_s << u"jane@example.com"_s
        << 0;
}

void TestGenericMapping::presets_readTheirSendersBodies()
{
    QFETCH(QString, preset);
    QFETCH(QString, fixture);
    QFETCH(QString, orderId);
    QFETCH(QString, orderNumber);
    QFETCH(OrderStatus, orderStatus);
    QFETCH(QString, shipmentId);
    QFETCH(ShipmentStatus, shipmentStatus);
    QFETCH(QString, trackingNumber);
    QFETCH(QString, email);
    QFETCH(int, items);

    const GenericMapping mapping(QJsonObject{{u"preset"_s, preset}});
    const auto outcome = readJson(mapping, Test::fixture(u"generic/"_s + fixture));
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    QCOMPARE(outcome.events.size(), 1);
    const OrderEvent &event = outcome.events.constFirst();
    QCOMPARE(event.orderId, orderId);
    QCOMPARE(event.orderNumber, orderNumber);
    QCOMPARE(event.orderStatus, orderStatus);
    QCOMPARE(event.shipmentId, shipmentId);
    QCOMPARE(event.shipmentStatus, shipmentStatus);
    QCOMPARE(event.trackingNumber, trackingNumber);
    QCOMPARE(event.customerEmail, email);
    QCOMPARE(event.lineItems.size(), items);
    QVERIFY(!event.sourceEventId.isEmpty());
}

void TestGenericMapping::preset_explicitMappingWins()
{
    const QJsonObject options{{u"preset"_s, u"googlesheets"_s}, {u"mapping"_s, QJsonObject{{u"orderId"_s, u"id"_s}}}};
    const GenericMapping mapping(options);
    QCOMPARE(mapping.path(u"orderId"_s), u"id"_s);
    QVERIFY(mapping.path(u"customerEmail"_s).isEmpty());
    // ...but the preset's status map still applies when none is given.
    QCOMPARE(mapping.orderStatusFor(u"Dispatched"_s), OrderStatus::Shipped);
    QCOMPARE(GenericMapping(QJsonObject{{u"preset"_s, u"googlesheets"_s}}).path(u"orderId"_s), u"/row/Order ID"_s);
    QCOMPARE(GenericMapping().path(u"orderId"_s), u"order_id"_s);
}

void TestGenericMapping::tryOn_problems_data()
{
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QStringList>("problems");

    const QJsonObject pointer{{u"mapping"_s, QJsonObject{{u"orderId"_s, u"/order/id"_s}}}};
    QTest::newRow("missing pointer") << pointer << QByteArray(R"({"order":{"number":"1"}})")
                                     << QStringList{u"orderId: /order/id is missing in the sample."_s};
    QTest::newRow("not JSON") << pointer << QByteArray("{order")
                              << QStringList{u"The sample is not valid JSON: unterminated object (at character 2)."_s};
    QTest::newRow("empty sample") << pointer << QByteArray()
                                  << QStringList{u"The sample is empty. Paste what the sender posts."_s};
    QTest::newRow("unknown field in the mapping")
        << QJsonObject{{u"mapping"_s, QJsonObject{{u"orderId"_s, u"id"_s}, {u"orderID"_s, u"id"_s}}}}
        << QByteArray(R"({"id":"1"})")
        << QStringList{u"The mapping names \"orderID\", which is not a Tidings field."_s};
    QTest::newRow("no order id path at all")
        << QJsonObject{{u"mapping"_s, QJsonObject{{u"orderNumber"_s, u"n"_s}}}} << QByteArray(R"({"n":"1"})")
        << QStringList{u"orderId: no path is set in the mapping."_s};
    QTest::newRow("status map target is no status")
        << QJsonObject{{u"mapping"_s, QJsonObject{{u"orderId"_s, u"id"_s}}},
                       {u"statusMap"_s, QJsonObject{{u"Dispatched"_s, u"shiped"_s},
                                                    {u"order"_s, QJsonObject{{u"X"_s, u"in_transit"_s}}}}}}
        << QByteArray(R"({"id":"1"})")
        << QStringList{u"Status map: \"Dispatched\" is to mean \"shiped\", which is not one of Tidings' order, "
                       u"shipment or stock statuses."_s,
                       u"Status map: \"X\" is to mean \"in_transit\", which is not one of Tidings' order statuses."_s};
    QTest::newRow("list entry") << pointer << QByteArray(R"([{"order":{"id":"1"}},{"order":{}}])")
                                << QStringList{u"Entry 2: orderId: /order/id is missing in the sample."_s};
    QTest::newRow("fine") << pointer << QByteArray(R"({"order":{"id":"1"}})") << QStringList();
}

void TestGenericMapping::tryOn_problems()
{
    QFETCH(QJsonObject, options);
    QFETCH(QByteArray, sample);
    QFETCH(QStringList, problems);

    const auto outcome = GenericMapping(options).tryOn(sample);
    QCOMPARE(outcome.problems, problems);
    QCOMPARE(outcome.ok(), problems.isEmpty());
}

void TestGenericMapping::tryOn_sameResultAsRead()
{
    const QByteArray body = Test::fixture(u"generic/contract-order.json"_s);
    const GenericMapping mapping;
    const auto tried = mapping.tryOn(body);
    const auto read = readJson(mapping, body);
    QVERIFY(tried.ok());
    QCOMPARE(tried.eventIds, read.eventIds);
    QCOMPARE(tried.events.size(), read.events.size());
    const OrderEvent &a = tried.events.constFirst();
    const OrderEvent &b = read.events.constFirst();
    QCOMPARE(a.orderId, b.orderId);
    QCOMPARE(a.customerName, b.customerName);
    QCOMPARE(a.orderStatus, b.orderStatus);
    QCOMPARE(a.occurredAt, b.occurredAt);
    QCOMPARE(a.lineItems.size(), b.lineItems.size());
}

void TestGenericMapping::tryOn_acceptsFormText()
{
    const auto outcome = GenericMapping().tryOn(Test::fixture(u"generic/zapier-form.txt"_s));
    QVERIFY2(outcome.ok(), qPrintable(joined(outcome.problems)));
    QCOMPARE(outcome.events.constFirst().customerEmail, u"sam@example.com"_s);
}

QTEST_GUILESS_MAIN(TestGenericMapping)
#include "tst_genericmapping.moc"
