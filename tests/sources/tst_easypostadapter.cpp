#include "fakes/testsupport.h"
#include "sources/easypostadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;
using Tidings::Test::onlyEvent;

namespace {

const QByteArray secret = QByteArrayLiteral("tidings-7Hq2vX9pLmR4sK8w");

SourceConfig tracker()
{
    return SourceConfig{u"labels"_s, u"easypost"_s, u"EasyPost"_s, true, {}};
}

WebhookRequest signedRequest(const QByteArray &body, const QByteArray &key = secret)
{
    WebhookRequest request;
    request.sourceId = u"labels"_s;
    request.body = body;
    request.headers.insert(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
    request.headers.insert(QByteArrayLiteral("x-hmac-signature"), Test::easyPostSignature(body, key));
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

// The fixture with fields of the event and of its "result" (the Tracker) changed.
QByteArray changed(const QByteArray &body, const QJsonObject &top, const QJsonObject &result = {})
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    QJsonObject tracker = object.value("result"_L1).toObject();
    apply(tracker, result);
    object.insert(u"result"_s, tracker);
    apply(object, top);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray updated()
{
    return Test::fixture(u"easypost/tracker_updated.json"_s);
}

} // namespace

class TestEasyPostAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factory_easypost_createsAdapterAndNamesSecret();
    void typeInfo_secretMadeByTidings();
    void secretHeaderNames_includesSignatureHeader();

    void trackerUpdated_fixture_normalizesParcelWithoutOrder();
    void trackerCreated_fixture_labelCreated();
    void tracker_withoutDetails_usesUpdatedAt();

    void statusMapping_data();
    void statusMapping();

    void signature_knownAnswerFromEasyPostRecipe();
    void signature_secretIsNfkdNormalized();
    void parse_badSignature_unauthorized_data();
    void parse_badSignature_unauthorized();
    void parse_malformed_invalidInput_data();
    void parse_malformed_invalidInput();
    void parse_otherDescriptions_recordedWithoutEvents_data();
    void parse_otherDescriptions_recordedWithoutEvents();

private:
    EasyPostAdapter m_adapter;
};

void TestEasyPostAdapter::factory_easypost_createsAdapterAndNamesSecret()
{
    const auto adapter = createSourceAdapter(u"easypost"_s);
    QVERIFY(adapter);
    QCOMPARE(adapter->type(), u"easypost"_s);
    QCOMPARE(secretNamesForSource(u"easypost"_s), QStringList{u"webhookSecret"_s});
    QVERIFY(webhookSourceTypes().contains(u"easypost"_s));
}

void TestEasyPostAdapter::typeInfo_secretMadeByTidings()
{
    const SourceTypeInfo *info = sourceTypeInfo(u"easypost"_s);
    QVERIFY(info);
    QCOMPARE(info->displayName, u"EasyPost"_s);
    QCOMPARE(info->secrets.size(), 1);
    QCOMPARE(info->secrets.first().name, u"webhookSecret"_s);
    QVERIFY(info->secrets.first().generatedByTidings); // the owner pastes Tidings' secret into EasyPost
    QVERIFY(!info->secrets.first().inUrl);
    QVERIFY(info->setupSteps.join(u'\n').contains(u"%1"_s));
    QVERIFY(info->summary.contains(u"tracking number"_s));
}

void TestEasyPostAdapter::secretHeaderNames_includesSignatureHeader()
{
    QVERIFY(m_adapter.secretHeaderNames().contains(QByteArrayLiteral("x-hmac-signature")));
}

void TestEasyPostAdapter::trackerUpdated_fixture_normalizesParcelWithoutOrder()
{
    const QByteArray body = updated();
    const auto result = m_adapter.parseWebhook(signedRequest(body), tracker(), secret);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result->topic, u"tracker.updated"_s);
    QCOMPARE(result->eventId, u"evt_4f1c2b8ad73e11eeb6f1ac1f6bc539ae"_s);

    const OrderEvent event = onlyEvent(result);
    QCOMPARE(event.sourceId, u"labels"_s);
    QCOMPARE(event.sourceType, u"easypost"_s);
    QCOMPARE(event.sourceEventId, u"evt_4f1c2b8ad73e11eeb6f1ac1f6bc539ae"_s);
    QCOMPARE(event.topic, u"tracker.updated"_s);
    QVERIFY(event.orderId.isEmpty());
    QVERIFY(event.shipmentId.isEmpty());
    QCOMPARE(event.trackingNumber, u"JD014600006281234567"_s);
    QCOMPARE(event.carrier, u"DHLExpress"_s);
    QCOMPARE(event.trackingUrl,
             QUrl(u"https://track.easypost.com/djE6dHJrXzhjN2Q2ZTVmNGEzYjRjMmQ5ZTFmMGExYjJjM2Q0ZTVm"_s));
    QCOMPARE(event.shipmentStatus, ShipmentStatus::Delivered);
    QCOMPARE(event.rawShipmentStatus, u"status=delivered;status_detail=arrived_at_destination"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Unknown); // one parcel never settles the order
    QVERIFY(event.customerEmail.isEmpty());
    QVERIFY(event.customerName.isEmpty());
    // The latest scan, not the time EasyPost noticed it.
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 15), QTime(12, 24, 0), Qt::UTC));
    QCOMPARE(event.rawPayload, body);
}

void TestEasyPostAdapter::trackerCreated_fixture_labelCreated()
{
    const QByteArray body = Test::fixture(u"easypost/tracker_created.json"_s);
    const auto result = m_adapter.parseWebhook(signedRequest(body), tracker(), secret);
    const OrderEvent event = onlyEvent(result);
    QCOMPARE(result->topic, u"tracker.created"_s);
    QCOMPARE(event.shipmentStatus, ShipmentStatus::LabelCreated);
    QCOMPARE(event.rawShipmentStatus, u"status=pre_transit;status_detail=status_update"_s);
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 14), QTime(7, 5, 40), Qt::UTC));
}

void TestEasyPostAdapter::tracker_withoutDetails_usesUpdatedAt()
{
    const QByteArray body = changed(updated(), {}, {{u"tracking_details"_s, QJsonArray{}}, {u"updated_at"_s, removed}});
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(signedRequest(body), tracker(), secret));
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 15), QTime(12, 31, 7), Qt::UTC)); // the event's
}

void TestEasyPostAdapter::statusMapping_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<ShipmentStatus>("expected");

    QTest::newRow("unknown") << u"unknown"_s << ShipmentStatus::Unknown;
    QTest::newRow("pre_transit") << u"pre_transit"_s << ShipmentStatus::LabelCreated;
    QTest::newRow("in_transit") << u"in_transit"_s << ShipmentStatus::InTransit;
    QTest::newRow("out_for_delivery") << u"out_for_delivery"_s << ShipmentStatus::OutForDelivery;
    QTest::newRow("delivered") << u"delivered"_s << ShipmentStatus::Delivered;
    QTest::newRow("available_for_pickup") << u"available_for_pickup"_s << ShipmentStatus::ReadyForPickup;
    QTest::newRow("return_to_sender") << u"return_to_sender"_s << ShipmentStatus::ReturnedToSender;
    QTest::newRow("failure") << u"failure"_s << ShipmentStatus::Exception;
    QTest::newRow("cancelled") << u"cancelled"_s << ShipmentStatus::Cancelled;
    QTest::newRow("error") << u"error"_s << ShipmentStatus::Unknown;
    QTest::newRow("unrecognised") << u"teleported"_s << ShipmentStatus::Unknown;
    QTest::newRow("wrong case") << u"DELIVERED"_s << ShipmentStatus::Unknown;
    QTest::newRow("missing") << QString() << ShipmentStatus::Unknown;
}

void TestEasyPostAdapter::statusMapping()
{
    QFETCH(QString, status);
    QFETCH(ShipmentStatus, expected);

    QCOMPARE(EasyPostAdapter::shipmentStatusFor(status), expected);

    const QByteArray body = changed(updated(), {}, {{u"status"_s, status}});
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(signedRequest(body), tracker(), secret));
    QCOMPARE(event.shipmentStatus, expected);
    QVERIFY(event.rawShipmentStatus.startsWith(u"status="_s + status + u';'));
    QCOMPARE(event.orderStatus, OrderStatus::Unknown);
}

void TestEasyPostAdapter::signature_knownAnswerFromEasyPostRecipe()
{
    // Computed outside Tidings exactly as EasyPost's Python client checks it:
    // hmac.new(unicodedata.normalize("NFKD", secret).encode(), body, sha256).hexdigest()
    const QByteArray body = QByteArrayLiteral(R"({"id":"evt_1","description":"tracker.updated"})");
    const QByteArray key = QByteArrayLiteral("s\xc3\xa9"
                                             "cret-\xef\xac\x81le"); // "sécret-ﬁle"
    const QByteArray header =
        QByteArrayLiteral("hmac-sha256-hex=0c13ae47f1960a80448fe9cbd57f411b91dbb7784151b9772c23499166a622f3");
    QVERIFY(EasyPostAdapter::verifySignature(body, key, header));
    QVERIFY(
        EasyPostAdapter::verifySignature(body, key, header.toUpper().replace("HMAC-SHA256-HEX=", "hmac-sha256-hex=")));
    QVERIFY(!EasyPostAdapter::verifySignature(body + ' ', key, header));
    // The same digest keyed with the raw, unnormalized secret is refused.
    QVERIFY(!EasyPostAdapter::verifySignature(
        body, key,
        QByteArrayLiteral("hmac-sha256-hex=083cb49e56cc3fe66bc6833fcbe7ae06e60ef55a39e8c51082be96c7503b23ea")));
}

void TestEasyPostAdapter::signature_secretIsNfkdNormalized()
{
    // A secret typed with a precomposed "é" and one typed with "e" + combining accent are one secret.
    const QByteArray composed = QByteArrayLiteral("caf\xc3\xa9-secret");
    const QByteArray decomposed = QByteArrayLiteral("cafe\xcc\x81-secret");
    const QByteArray body = updated();
    QVERIFY(m_adapter.parseWebhook(signedRequest(body, composed), tracker(), decomposed).ok());
    QVERIFY(m_adapter.parseWebhook(signedRequest(body, decomposed), tracker(), composed).ok());
}

void TestEasyPostAdapter::parse_badSignature_unauthorized_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("configuredSecret");
    QTest::addColumn<bool>("tamper");

    const QByteArray good = Test::easyPostSignature(updated(), secret);
    const QByteArray hex = good.mid(good.indexOf('=') + 1);
    QTest::newRow("missing signature header") << QByteArray() << secret << false;
    QTest::newRow("signature made with another secret")
        << Test::easyPostSignature(updated(), QByteArrayLiteral("not-the-secret")) << secret << false;
    QTest::newRow("tampered body") << good << secret << true;
    QTest::newRow("hex without prefix") << hex << secret << false;
    QTest::newRow("other prefix") << QByteArrayLiteral("sha256=") + hex << secret << false;
    QTest::newRow("base64 digest") << QByteArrayLiteral("hmac-sha256-hex=") + QByteArray::fromHex(hex).toBase64()
                                   << secret << false;
    QTest::newRow("truncated digest") << good.chopped(2) << secret << false;
    QTest::newRow("not hex") << QByteArrayLiteral("hmac-sha256-hex=") + QByteArray(64, 'z') << secret << false;
    QTest::newRow("no secret saved for the source") << good << QByteArray() << false;
}

void TestEasyPostAdapter::parse_badSignature_unauthorized()
{
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, configuredSecret);
    QFETCH(bool, tamper);

    WebhookRequest request = signedRequest(updated());
    request.headers.insert(QByteArrayLiteral("x-hmac-signature"), signature);
    if (signature.isEmpty()) {
        request.headers.remove(QByteArrayLiteral("x-hmac-signature"));
    }
    if (tamper) {
        request.body.replace(QByteArrayLiteral(R"("status": "delivered")"),
                             QByteArrayLiteral(R"("status": "failure")"));
        QVERIFY(request.body != updated());
    }

    const auto result = m_adapter.parseWebhook(request, tracker(), configuredSecret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!result.error().message.contains(QString::fromLatin1(secret)));
    QVERIFY(!result.error().detail.contains(QString::fromLatin1(secret)));
}

void TestEasyPostAdapter::parse_malformed_invalidInput_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("array") << QByteArrayLiteral(R"([{"description":"tracker.updated"}])");
    QTest::newRow("string") << QByteArrayLiteral(R"("tracker.updated")");
    QTest::newRow("truncated") << updated().left(updated().size() / 3);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no description") << changed(updated(), {{u"description"_s, removed}});
    QTest::newRow("tracker without result") << changed(updated(), {{u"result"_s, removed}});
    QTest::newRow("result is a list") << changed(updated(), {{u"result"_s, QJsonArray{1, 2}}});
    QTest::newRow("no tracking code") << changed(updated(), {}, {{u"tracking_code"_s, removed}});
    QTest::newRow("null tracking code") << changed(updated(), {}, {{u"tracking_code"_s, QJsonValue::Null}});
}

void TestEasyPostAdapter::parse_malformed_invalidInput()
{
    QFETCH(QByteArray, body);

    const auto result = m_adapter.parseWebhook(signedRequest(body), tracker(), secret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
}

void TestEasyPostAdapter::parse_otherDescriptions_recordedWithoutEvents_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("eventId");

    QTest::newRow("batch.updated") << Test::fixture(u"easypost/batch_updated.json"_s) << u"batch.updated"_s
                                   << u"evt_9a8b7c6dd6a511eeb6f1ac1f6bc539ae"_s;
    QTest::newRow("shipment.invoice.created")
        << QByteArrayLiteral(R"({"id":"evt_2","object":"Event","description":"shipment.invoice.created",)"
                             R"("result":{"object":"ShipmentInvoice"}})")
        << u"shipment.invoice.created"_s << u"evt_2"_s;
    QTest::newRow("refund.successful, no result")
        << QByteArrayLiteral(R"({"id":"evt_3","description":"refund.successful"})") << u"refund.successful"_s
        << u"evt_3"_s;
}

void TestEasyPostAdapter::parse_otherDescriptions_recordedWithoutEvents()
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

QTEST_GUILESS_MAIN(TestEasyPostAdapter)

#include "tst_easypostadapter.moc"
