#include "fakes/testsupport.h"
#include "sources/aftershipadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;
using Tidings::Test::onlyEvent;

namespace {

const QByteArray secret = QByteArrayLiteral("as_whsec_5f0c8e2b7a914d6e");

SourceConfig tracker()
{
    return SourceConfig{u"parcels"_s, u"aftership"_s, u"AfterShip"_s, true, {}};
}

WebhookRequest signedRequest(const QByteArray &body)
{
    WebhookRequest request;
    request.sourceId = u"parcels"_s;
    request.body = body;
    request.headers.insert(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
    request.headers.insert(QByteArrayLiteral("aftership-hmac-sha256"), Test::afterShipSignature(body, secret));
    return request;
}

// A QJsonObject cannot hold an undefined value, so this string stands for "remove the field".
const QString removed = u"<removed>"_s;

void apply(QJsonObject &object, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value() == removed) {
            object.remove(it.key());
        } else {
            object.insert(it.key(), it.value());
        }
    }
}

// The fixture with top-level fields and fields of "msg" changed.
QByteArray changed(const QByteArray &body, const QJsonObject &top, const QJsonObject &message = {})
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    QJsonObject msg = object.value("msg"_L1).toObject();
    apply(msg, message);
    object.insert(u"msg"_s, msg);
    apply(object, top);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray update()
{
    return Test::fixture(u"aftership/tracking_update.json"_s);
}

} // namespace

class TestAfterShipAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factory_aftership_createsAdapterAndNamesSecret();
    void typeInfo_describesSetup();
    void secretHeaderNames_includesHmacHeader();

    void trackingUpdate_fixture_normalizesParcelWithoutOrder();
    void trackingUpdate_customersArrayAndReturn_normalized();
    void trackingUpdate_noCustomerData_leavesContactEmpty();
    void trackingUpdate_withoutTs_usesUpdatedAt();

    void tagMapping_data();
    void tagMapping();

    void eventId_missing_synthesizedFromParcelState_data();
    void eventId_missing_synthesizedFromParcelState();

    void parse_badSignature_unauthorized_data();
    void parse_badSignature_unauthorized();
    void parse_signatureFromOtherAfterShipProduct_unauthorized();
    void parse_malformed_invalidInput_data();
    void parse_malformed_invalidInput();
    void parse_otherEvents_recordedWithoutEvents_data();
    void parse_otherEvents_recordedWithoutEvents();
    void parse_oddlyTypedFields_noCrash();

private:
    AfterShipAdapter m_adapter;
};

void TestAfterShipAdapter::factory_aftership_createsAdapterAndNamesSecret()
{
    const auto adapter = createSourceAdapter(u"aftership"_s);
    QVERIFY(adapter);
    QCOMPARE(adapter->type(), u"aftership"_s);
    QCOMPARE(secretNamesForSource(u"aftership"_s), QStringList{u"webhookSecret"_s});
    QVERIFY(webhookSourceTypes().contains(u"aftership"_s));
}

void TestAfterShipAdapter::typeInfo_describesSetup()
{
    const SourceTypeInfo *info = sourceTypeInfo(u"aftership"_s);
    QVERIFY(info);
    QCOMPARE(info->displayName, u"AfterShip"_s);
    QCOMPARE(info->secrets.size(), 1);
    QCOMPARE(info->secrets.first().name, u"webhookSecret"_s);
    QVERIFY(!info->secrets.first().generatedByTidings); // AfterShip makes it; the owner copies it
    QVERIFY(!info->secrets.first().inUrl);
    QVERIFY(info->options.isEmpty());
    QVERIFY(info->setupSteps.join(u'\n').contains(u"%1"_s));
    QVERIFY(info->summary.contains(u"tracking number"_s));
}

void TestAfterShipAdapter::secretHeaderNames_includesHmacHeader()
{
    QVERIFY(m_adapter.secretHeaderNames().contains(QByteArrayLiteral("aftership-hmac-sha256")));
}

void TestAfterShipAdapter::trackingUpdate_fixture_normalizesParcelWithoutOrder()
{
    const QByteArray body = update();
    const auto result = m_adapter.parseWebhook(signedRequest(body), tracker(), secret);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result->topic, u"tracking_update"_s);
    QCOMPARE(result->eventId, u"6b1f5d2e-3c4a-4f8b-9e1d-2a7c0b9e4f13"_s);
    QVERIFY(result->deliveryId.isEmpty());

    const OrderEvent event = onlyEvent(result);
    QCOMPARE(event.sourceId, u"parcels"_s);
    QCOMPARE(event.sourceType, u"aftership"_s);
    QCOMPARE(event.sourceEventId, u"6b1f5d2e-3c4a-4f8b-9e1d-2a7c0b9e4f13"_s);
    QCOMPARE(event.topic, u"tracking_update"_s);
    // A tracker knows the parcel, not our order: the store matches it by tracking number.
    QVERIFY(event.orderId.isEmpty());
    QVERIFY(event.shipmentId.isEmpty());
    QVERIFY(event.orderNumber.isEmpty());
    QCOMPARE(event.trackingNumber, u"JD014600006281234567"_s);
    QCOMPARE(event.carrier, u"dhl"_s);
    QCOMPARE(event.trackingUrl,
             QUrl(u"https://www.dhl.com/de-en/home/tracking/tracking-express.html?submit=1&tracking-id="
                  u"JD014600006281234567"_s));
    QCOMPARE(event.shipmentStatus, ShipmentStatus::OutForDelivery);
    QCOMPARE(event.rawShipmentStatus, u"tag=OutForDelivery;subtag=OutForDelivery_001"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Unknown);
    QCOMPARE(event.customerEmail, u"jane@example.com"_s);
    QCOMPARE(event.customerName, u"Jane Doe"_s);
    QVERIFY(event.lineItems.isEmpty());
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 15), QTime(4, 47, 30), Qt::UTC));
    QCOMPARE(event.rawPayload, body);
}

void TestAfterShipAdapter::trackingUpdate_customersArrayAndReturn_normalized()
{
    const QByteArray body = Test::fixture(u"aftership/tracking_update_returned.json"_s);
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(signedRequest(body), tracker(), secret));
    QCOMPARE(event.trackingNumber, u"00340434161094042557"_s);
    QCOMPARE(event.carrier, u"dhl-germany"_s);
    QCOMPARE(event.shipmentStatus, ShipmentStatus::ReturnedToSender);
    QCOMPARE(event.rawShipmentStatus, u"tag=Exception;subtag=Exception_011"_s);
    QCOMPARE(event.customerEmail, u"max@example.org"_s);
    QCOMPARE(event.customerName, u"Max Mustermann"_s);
    QCOMPARE(event.trackingUrl, QUrl(u"https://nordlicht.aftership.com/00340434161094042557"_s));
    QCOMPARE(event.orderStatus, OrderStatus::Unknown);
    QVERIFY(event.orderId.isEmpty());
}

void TestAfterShipAdapter::trackingUpdate_noCustomerData_leavesContactEmpty()
{
    const QByteArray body = changed(update(), {},
                                    {{u"emails"_s, QJsonArray{}},
                                     {u"customer_name"_s, QJsonValue::Null},
                                     {u"customers"_s, removed},
                                     {u"courier_tracking_link"_s, u"javascript:alert(1)"_s}});
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(signedRequest(body), tracker(), secret));
    QCOMPARE(event.trackingNumber, u"JD014600006281234567"_s);
    QVERIFY(event.customerEmail.isEmpty());
    QVERIFY(event.customerName.isEmpty());
    QVERIFY(event.trackingUrl.isEmpty()); // never a script link
}

void TestAfterShipAdapter::trackingUpdate_withoutTs_usesUpdatedAt()
{
    const QByteArray body = changed(update(), {{u"ts"_s, removed}});
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(signedRequest(body), tracker(), secret));
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 15), QTime(4, 47, 30), Qt::UTC));
    const QByteArray noTimes = changed(update(), {{u"ts"_s, u"soon"_s}}, {{u"updated_at"_s, removed}});
    const OrderEvent fromCheckpoint = onlyEvent(m_adapter.parseWebhook(signedRequest(noTimes), tracker(), secret));
    QCOMPARE(fromCheckpoint.occurredAt, QDateTime(QDate(2024, 5, 15), QTime(4, 41, 0), Qt::UTC));
}

void TestAfterShipAdapter::tagMapping_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("subtag");
    QTest::addColumn<ShipmentStatus>("expected");

    QTest::newRow("Pending") << u"Pending"_s << u"Pending_001"_s << ShipmentStatus::Unknown;
    QTest::newRow("InfoReceived") << u"InfoReceived"_s << u"InfoReceived_001"_s << ShipmentStatus::LabelCreated;
    QTest::newRow("InTransit") << u"InTransit"_s << u"InTransit_007"_s << ShipmentStatus::InTransit;
    QTest::newRow("OutForDelivery") << u"OutForDelivery"_s << u"OutForDelivery_001"_s << ShipmentStatus::OutForDelivery;
    QTest::newRow("AttemptFail") << u"AttemptFail"_s << u"AttemptFail_001"_s << ShipmentStatus::AttemptedDelivery;
    QTest::newRow("Delivered") << u"Delivered"_s << u"Delivered_001"_s << ShipmentStatus::Delivered;
    QTest::newRow("Delivered, picked up") << u"Delivered"_s << u"Delivered_002"_s << ShipmentStatus::Delivered;
    QTest::newRow("AvailableForPickup") << u"AvailableForPickup"_s << u"AvailableForPickup_001"_s
                                        << ShipmentStatus::ReadyForPickup;
    QTest::newRow("Exception, generic") << u"Exception"_s << u"Exception_001"_s << ShipmentStatus::Exception;
    QTest::newRow("Exception, customs delay") << u"Exception"_s << u"Exception_004"_s << ShipmentStatus::Exception;
    QTest::newRow("Exception, refused") << u"Exception"_s << u"Exception_003"_s << ShipmentStatus::Exception;
    QTest::newRow("Exception, damaged") << u"Exception"_s << u"Exception_012"_s << ShipmentStatus::Exception;
    QTest::newRow("Exception, no subtag") << u"Exception"_s << QString() << ShipmentStatus::Exception;
    QTest::newRow("Exception, returning to sender")
        << u"Exception"_s << u"Exception_010"_s << ShipmentStatus::ReturnedToSender;
    QTest::newRow("Exception, returned to sender")
        << u"Exception"_s << u"Exception_011"_s << ShipmentStatus::ReturnedToSender;
    QTest::newRow("Expired") << u"Expired"_s << u"Expired_001"_s << ShipmentStatus::Unknown;
    QTest::newRow("unrecognised") << u"Teleported"_s << QString() << ShipmentStatus::Unknown;
    QTest::newRow("wrong case") << u"DELIVERED"_s << QString() << ShipmentStatus::Unknown;
    QTest::newRow("no tag") << QString() << QString() << ShipmentStatus::Unknown;
}

void TestAfterShipAdapter::tagMapping()
{
    QFETCH(QString, tag);
    QFETCH(QString, subtag);
    QFETCH(ShipmentStatus, expected);

    QCOMPARE(AfterShipAdapter::shipmentStatusFor(tag, subtag), expected);

    const QByteArray body = changed(update(), {}, {{u"tag"_s, tag}, {u"subtag"_s, subtag}});
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(signedRequest(body), tracker(), secret));
    QCOMPARE(event.shipmentStatus, expected);
    QCOMPARE(event.rawShipmentStatus, u"tag=%1;subtag=%2"_s.arg(tag, subtag));
    QCOMPARE(event.orderStatus, OrderStatus::Unknown); // one parcel never settles the order
}

void TestAfterShipAdapter::eventId_missing_synthesizedFromParcelState_data()
{
    QTest::addColumn<QJsonObject>("messageChanges");
    QTest::addColumn<QString>("expected");

    QTest::newRow("from tracking number, tag, subtag, latest checkpoint")
        << QJsonObject{} << u"JD014600006281234567:OutForDelivery:OutForDelivery_001:2024-05-15T06:41:00+02:00"_s;
    QTest::newRow("another status is another event")
        << QJsonObject{{u"tag"_s, u"Delivered"_s}, {u"subtag"_s, u"Delivered_001"_s}}
        << u"JD014600006281234567:Delivered:Delivered_001:2024-05-15T06:41:00+02:00"_s;
    QTest::newRow("no checkpoints") << QJsonObject{{u"checkpoints"_s, QJsonArray{}}}
                                    << u"JD014600006281234567:OutForDelivery:OutForDelivery_001:"_s;
}

void TestAfterShipAdapter::eventId_missing_synthesizedFromParcelState()
{
    QFETCH(QJsonObject, messageChanges);
    QFETCH(QString, expected);

    const QByteArray body = changed(update(), {{u"event_id"_s, removed}}, messageChanges);
    const auto result = m_adapter.parseWebhook(signedRequest(body), tracker(), secret);
    QVERIFY(result.ok());
    QCOMPARE(result->eventId, expected);
    QCOMPARE(onlyEvent(result).sourceEventId, expected);
}

void TestAfterShipAdapter::parse_badSignature_unauthorized_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("configuredSecret");
    QTest::addColumn<bool>("tamper");

    const QByteArray good = Test::afterShipSignature(update(), secret);
    QTest::newRow("missing signature header") << QByteArray() << secret << false;
    QTest::newRow("signature made with another secret")
        << Test::afterShipSignature(update(), QByteArrayLiteral("not-the-secret")) << secret << false;
    QTest::newRow("tampered body") << good << secret << true;
    QTest::newRow("hex instead of base64")
        << QByteArray::fromBase64(good).toHex() << secret << false; // right digest, wrong encoding
    QTest::newRow("garbage signature") << QByteArrayLiteral("%%%") << secret << false;
    QTest::newRow("no secret saved for the source") << good << QByteArray() << false;
}

void TestAfterShipAdapter::parse_badSignature_unauthorized()
{
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, configuredSecret);
    QFETCH(bool, tamper);

    WebhookRequest request = signedRequest(update());
    request.headers.insert(QByteArrayLiteral("aftership-hmac-sha256"), signature);
    if (signature.isEmpty()) {
        request.headers.remove(QByteArrayLiteral("aftership-hmac-sha256"));
    }
    if (tamper) {
        request.body.replace(QByteArrayLiteral("OutForDelivery_001"), QByteArrayLiteral("Delivered_001"));
        QVERIFY(request.body != update());
    }

    const auto result = m_adapter.parseWebhook(request, tracker(), configuredSecret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!result.error().message.contains(QString::fromLatin1(secret)));
    QVERIFY(!result.error().detail.contains(QString::fromLatin1(secret)));
}

void TestAfterShipAdapter::parse_signatureFromOtherAfterShipProduct_unauthorized()
{
    // AfterShip Returns signs under as-signature-hmac-sha256: not a Tracking webhook, not accepted here.
    WebhookRequest request = signedRequest(update());
    const QByteArray signature = request.headers.take(QByteArrayLiteral("aftership-hmac-sha256"));
    request.headers.insert(QByteArrayLiteral("as-signature-hmac-sha256"), signature);
    const auto result = m_adapter.parseWebhook(request, tracker(), secret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
}

void TestAfterShipAdapter::parse_malformed_invalidInput_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("array") << QByteArrayLiteral(R"([{"event":"tracking_update"}])");
    QTest::newRow("number") << QByteArrayLiteral("42");
    QTest::newRow("truncated") << update().left(update().size() / 2);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("form encoded") << QByteArrayLiteral("event=tracking_update&tracking_number=1");
    QTest::newRow("no event name") << changed(update(), {{u"event"_s, removed}});
    QTest::newRow("tracking update without msg") << changed(update(), {{u"msg"_s, removed}});
    QTest::newRow("msg is text") << changed(update(), {{u"msg"_s, u"delivered"_s}});
    QTest::newRow("no tracking number") << changed(update(), {}, {{u"tracking_number"_s, removed}});
    QTest::newRow("empty tracking number") << changed(update(), {}, {{u"tracking_number"_s, u"  "_s}});
}

void TestAfterShipAdapter::parse_malformed_invalidInput()
{
    QFETCH(QByteArray, body);

    const auto result = m_adapter.parseWebhook(signedRequest(body), tracker(), secret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
}

void TestAfterShipAdapter::parse_otherEvents_recordedWithoutEvents_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("eventId");

    QTest::newRow("edd_revise") << Test::fixture(u"aftership/edd_revise.json"_s) << u"edd_revise"_s
                                << u"f08d2b6c-5a1e-4c97-b3d4-6e2a9f7c1b05"_s;
    QTest::newRow("tracking_pending_time")
        << QByteArrayLiteral(R"({"event":"tracking_pending_time","event_id":"e1","msg":{"tracking_number":"X1"}})")
        << u"tracking_pending_time"_s << u"e1"_s;
    QTest::newRow("future event without msg")
        << QByteArrayLiteral(R"({"event":"carbon_report","ts":1715700000})") << u"carbon_report"_s << QString();
}

void TestAfterShipAdapter::parse_otherEvents_recordedWithoutEvents()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, topic);
    QFETCH(QString, eventId);

    const auto result = m_adapter.parseWebhook(signedRequest(body), tracker(), secret);
    QVERIFY(result.ok());
    QCOMPARE(result->topic, topic);
    QCOMPARE(result->eventId, eventId);
    QVERIFY(result->events.isEmpty());
}

void TestAfterShipAdapter::parse_oddlyTypedFields_noCrash()
{
    const QByteArray body = QByteArrayLiteral(
        R"({"event":"tracking_update","event_id":7,"ts":"yesterday","msg":{"tracking_number":123456789012,)"
        R"("slug":["dhl"],"tag":{"x":1},"emails":"jane@example.com","customers":"Jane","checkpoints":{"a":1}}})");
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(signedRequest(body), tracker(), secret));
    QCOMPARE(event.sourceEventId, u"7"_s);
    QCOMPARE(event.trackingNumber, u"123456789012"_s);
    QVERIFY(event.carrier.isEmpty());
    QCOMPARE(event.shipmentStatus, ShipmentStatus::Unknown);
    QVERIFY(event.customerEmail.isEmpty());
    QVERIFY(!event.occurredAt.isValid());
}

QTEST_GUILESS_MAIN(TestAfterShipAdapter)

#include "tst_aftershipadapter.moc"
