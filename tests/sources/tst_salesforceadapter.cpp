#include "fakes/testsupport.h"
#include "sources/salesforceadapter.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace Tidings;
using namespace Qt::StringLiterals;
using Tidings::Test::onlyEvent;

namespace {

const QByteArray token = QByteArrayLiteral("q8Vf2LwZr5Kx0NbT7hYc3MdA");
const QByteArray sessionId =
    QByteArrayLiteral("00D5e000000KQ2e!AQ0AQFgZ7XtZ.fakeSessionTokenForTests.kJ3c2HcXv9MR_oP5uT7Yq1bLwUeA8sN4dG6f");

SourceConfig org(const QJsonObject &extraOptions = {})
{
    SourceConfig source;
    source.id = u"sf"_s;
    source.type = u"salesforce"_s;
    source.name = u"Nordlicht Salesforce"_s;
    source.options =
        QJsonObject{{u"organizationId"_s, u"00D5e000000KQ2eEAG"_s},
                    {u"emailField"_s, u"Customer_Email__c"_s},
                    {u"statusMap"_s, QJsonObject{{u"Versendet"_s, u"shipped"_s}, {u"Closed Won"_s, u"paid"_s}}}};
    for (auto it = extraOptions.begin(); it != extraOptions.end(); ++it) {
        source.options.insert(it.key(), it.value());
    }
    return source;
}

WebhookRequest request(const QByteArray &body, const QByteArray &target = "/webhooks/sf?token=" + token)
{
    WebhookRequest request;
    request.sourceId = u"sf"_s;
    request.target = target;
    request.body = body;
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.headers.insert(QByteArrayLiteral("content-type"), QByteArrayLiteral("text/xml; charset=utf-8"));
    request.headers.insert(QByteArrayLiteral("soapaction"), QByteArrayLiteral("\"\""));
    return request;
}

QByteArray envelope(const QByteArray &notifications)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                             "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                             " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>") +
           notifications + QByteArrayLiteral("</soapenv:Body></soapenv:Envelope>");
}

QByteArray orderNotifications(const QByteArray &organizationId, const QByteArray &orderFields)
{
    return QByteArrayLiteral("<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\"><OrganizationId>") +
           organizationId +
           QByteArrayLiteral("</OrganizationId><ActionId>04k5e000000CaRkAAK</ActionId><SessionId xsi:nil=\"true\"/>"
                             "<Notification><Id>04l5e00000Gx7QzAAJ</Id>"
                             "<sObject xsi:type=\"sf:Order\" xmlns:sf=\"urn:sobject.enterprise.soap.sforce.com\">") +
           orderFields + QByteArrayLiteral("</sObject></Notification></notifications>");
}

QByteArray orderWithStatus(const QByteArray &status, const QByteArray &statusCode)
{
    return envelope(orderNotifications("00D5e000000KQ2eEAG", "<sf:Id>8015e000002AbCdAAK</sf:Id><sf:Status>" + status +
                                                                 "</sf:Status><sf:StatusCode>" + statusCode +
                                                                 "</sf:StatusCode>"));
}

} // namespace

class TestSalesforceAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registry_knowsSalesforce();
    void acknowledgement_isTheNotificationsResponseEnvelope();

    void token_bad_unauthorized_data();
    void token_bad_unauthorized();
    void organization_data();
    void organization();

    void order_fixture_normalizedAcknowledgedAndSessionRemoved();
    void batch_fixture_ordersOpportunityAndOthers();
    void orderStatus_mapping_data();
    void orderStatus_mapping();
    void customerEmail_sources_data();
    void customerEmail_sources();

    void withoutSessionId_forms_data();
    void withoutSessionId_forms();

    void malformed_invalidInput_data();
    void malformed_invalidInput();

private:
    SalesforceAdapter m_adapter;
};

void TestSalesforceAdapter::registry_knowsSalesforce()
{
    const auto adapter = createSourceAdapter(u"salesforce"_s);
    QVERIFY(adapter);
    QCOMPARE(adapter->type(), u"salesforce"_s);
    QCOMPARE(secretNamesForSource(u"salesforce"_s), QStringList{u"urlToken"_s});
    const SourceTypeInfo *info = sourceTypeInfo(u"salesforce"_s);
    QVERIFY(info);
    QCOMPARE(info->displayName, u"Salesforce"_s);
    QVERIFY(info->secrets.first().generatedByTidings);
    QVERIFY(info->secrets.first().inUrl);
    const auto orgOption = std::find_if(info->options.cbegin(), info->options.cend(),
                                        [](const SourceOptionInfo &o) { return o.key == u"organizationId"; });
    QVERIFY(orgOption != info->options.cend());
    QVERIFY(orgOption->required);
    QVERIFY(info->setupSteps.join(u'\n').contains(u"%1"_s));
}

void TestSalesforceAdapter::acknowledgement_isTheNotificationsResponseEnvelope()
{
    const QByteArray ack = SalesforceAdapter::acknowledgement();
    QXmlStreamReader xml(ack);
    QStringList path;
    QString ackText;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            path.append(xml.namespaceUri().toString() + u'|' + xml.name().toString());
            if (xml.name() == u"Ack") {
                ackText = xml.readElementText();
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(path, (QStringList{u"http://schemas.xmlsoap.org/soap/envelope/|Envelope"_s,
                                u"http://schemas.xmlsoap.org/soap/envelope/|Body"_s,
                                u"http://soap.sforce.com/2005/09/outbound|notificationsResponse"_s,
                                u"http://soap.sforce.com/2005/09/outbound|Ack"_s}));
    QCOMPARE(ackText, u"true"_s);
}

void TestSalesforceAdapter::token_bad_unauthorized_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("configuredToken");

    QTest::newRow("no token") << QByteArray("/webhooks/sf") << token;
    QTest::newRow("wrong token") << QByteArray("/webhooks/sf?token=q8Vf2LwZr5Kx0NbT7hYc3MdB") << token;
    QTest::newRow("token cut short") << QByteArray("/webhooks/sf?token=q8Vf2LwZ") << token;
    QTest::newRow("token in another parameter") << QByteArray("/webhooks/sf?secret=" + token) << token;
    QTest::newRow("no token saved") << QByteArray("/webhooks/sf?token=" + token) << QByteArray();
}

void TestSalesforceAdapter::token_bad_unauthorized()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, configuredToken);

    const auto result = m_adapter.parseWebhook(request(Test::fixture(u"salesforce/order_activated.xml"_s), target),
                                               org(), configuredToken);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    QVERIFY(!result.error().message.contains(QString::fromLatin1(token)));
}

void TestSalesforceAdapter::organization_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QByteArray>("inMessage");
    QTest::addColumn<int>("outcome"); // 0 accepted, 1 unauthorized, 2 configuration error

    QTest::newRow("18 and 18") << u"00D5e000000KQ2eEAG"_s << QByteArray("00D5e000000KQ2eEAG") << 0;
    QTest::newRow("15 configured, 18 sent") << u"00D5e000000KQ2e"_s << QByteArray("00D5e000000KQ2eEAG") << 0;
    QTest::newRow("18 configured, 15 sent") << u" 00D5e000000KQ2eEAG "_s << QByteArray("00D5e000000KQ2e") << 0;
    QTest::newRow("suffix differs only") << u"00D5e000000KQ2eXXX"_s << QByteArray("00D5e000000KQ2eEAG") << 0;
    QTest::newRow("other organization") << u"00D5e000000KQ2f"_s << QByteArray("00D5e000000KQ2eEAG") << 1;
    QTest::newRow("case matters in 15-character ids") << u"00d5e000000kq2e"_s << QByteArray("00D5e000000KQ2eEAG") << 1;
    QTest::newRow("empty in the message") << u"00D5e000000KQ2e"_s << QByteArray() << 1;
    QTest::newRow("too short in the message") << u"00D5e000000KQ2e"_s << QByteArray("00D5e0") << 1;
    QTest::newRow("not configured") << QString() << QByteArray("00D5e000000KQ2eEAG") << 2;
    QTest::newRow("configured value is not an id") << u"Nordlicht GmbH"_s << QByteArray("00D5e000000KQ2eEAG") << 2;
}

void TestSalesforceAdapter::organization()
{
    QFETCH(QString, configured);
    QFETCH(QByteArray, inMessage);
    QFETCH(int, outcome);

    const QByteArray body = envelope(orderNotifications(inMessage, "<sf:Id>8015e000002AbCdAAK</sf:Id>"));
    const auto result = m_adapter.parseWebhook(request(body), org({{u"organizationId"_s, configured}}), token);
    QCOMPARE(result.ok(), outcome == 0);
    if (outcome == 1) {
        QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    } else if (outcome == 2) {
        QCOMPARE(result.error().code, ErrorCode::Config);
    }
}

void TestSalesforceAdapter::order_fixture_normalizedAcknowledgedAndSessionRemoved()
{
    const QByteArray body = Test::fixture(u"salesforce/order_activated.xml"_s);
    QVERIFY(body.contains(sessionId));
    const auto result = m_adapter.parseWebhook(request(body), org(), token);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result->eventId, u"04l5e00000Gx7QzAAJ"_s);
    QCOMPARE(result->topic, u"outbound/Order"_s);
    QCOMPARE(result->responseBody, SalesforceAdapter::acknowledgement());
    QCOMPARE(result->responseContentType, QByteArray("text/xml; charset=utf-8"));

    QVERIFY(!result->bodyToStore.isNull());
    QVERIFY(!result->bodyToStore.contains(sessionId));
    QVERIFY(!result->bodyToStore.contains("AQ0AQFgZ7XtZ"));
    QVERIFY(result->bodyToStore.contains("<SessionId>[removed]</SessionId>"));
    QCOMPARE(QByteArray(result->bodyToStore).replace("[removed]", sessionId), body); // nothing else changed

    const OrderEvent event = onlyEvent(result);
    QCOMPARE(event.sourceId, u"sf"_s);
    QCOMPARE(event.sourceType, u"salesforce"_s);
    QCOMPARE(event.sourceEventId, u"04l5e00000Gx7QzAAJ"_s);
    QCOMPARE(event.topic, u"outbound/Order"_s);
    QCOMPARE(event.orderId, u"8015e000002AbCdAAK"_s);
    QCOMPARE(event.orderNumber, u"00000107"_s);
    QCOMPARE(event.customerEmail, u"jane.doe@example.com"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Paid);
    QCOMPARE(event.rawOrderStatus, u"Activated"_s);
    QCOMPARE(event.totalPrice, u"73.30"_s);
    QCOMPARE(event.currency, u"EUR"_s);
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 13), QTime(14, 15, 42), Qt::UTC));
    QCOMPARE(event.rawPayload, result->bodyToStore);
    QVERIFY(!event.hasShipment());
}

void TestSalesforceAdapter::batch_fixture_ordersOpportunityAndOthers()
{
    const QByteArray body = Test::fixture(u"salesforce/mixed_batch.xml"_s);
    const auto result = m_adapter.parseWebhook(request(body), org(), token);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QStringList ids{u"04l5e00000Gx7R1AAJ"_s, u"04l5e00000Gx7R2AAJ"_s, u"04l5e00000Gx7R3AAJ"_s, u"04l5e00000Gx7R4AAJ"_s};
    QCOMPARE(result->eventId,
             u"batch:"_s + QString::fromLatin1(
                               QCryptographicHash::hash(ids.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(result->topic, u"outbound/Order,outbound/Opportunity,outbound/Account"_s);
    QCOMPARE(result->bodyToStore, body); // a nil SessionId: nothing to remove
    QCOMPARE(result->events.size(), 3);

    const OrderEvent shipped = result->events.at(0);
    QCOMPARE(shipped.sourceEventId, u"04l5e00000Gx7R1AAJ"_s);
    QCOMPARE(shipped.orderId, u"8015e000002AbCeAAK"_s);
    QCOMPARE(shipped.orderNumber, u"00000108"_s);
    QCOMPARE(shipped.orderStatus, OrderStatus::Shipped);
    QCOMPARE(shipped.rawOrderStatus, u"Versendet"_s);
    QCOMPARE(shipped.customerEmail, u"max.mustermann@example.com"_s);
    QCOMPARE(shipped.customerName, u"Max Mustermann"_s);
    QCOMPARE(shipped.customerPhone, u"+49 30 1234567"_s);
    QCOMPARE(shipped.occurredAt, QDateTime(QDate(2024, 5, 14), QTime(7, 2, 11), Qt::UTC));

    const OrderEvent draft = result->events.at(1);
    QCOMPARE(draft.orderId, u"8015e000002AbCfAAK"_s);
    QCOMPARE(draft.orderStatus, OrderStatus::Pending);
    QCOMPARE(draft.rawOrderStatus, u"Draft"_s);
    QVERIFY(draft.customerEmail.isEmpty());
    QCOMPARE(draft.totalPrice, u"120.00"_s);

    const OrderEvent opportunity = result->events.at(2);
    QCOMPARE(opportunity.orderId, u"0065e00000XyZ12AAB"_s);
    QCOMPARE(opportunity.orderNumber, u"Nordlicht - 40 gift boxes"_s);
    QCOMPARE(opportunity.orderStatus, OrderStatus::Paid);
    QCOMPARE(opportunity.rawOrderStatus, u"Closed Won"_s);
    QCOMPARE(opportunity.totalPrice, u"2400.00"_s);
}

void TestSalesforceAdapter::orderStatus_mapping_data()
{
    QTest::addColumn<QJsonValue>("statusMap");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("statusCode");
    QTest::addColumn<OrderStatus>("expected");
    QTest::addColumn<QString>("raw");

    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("Draft built in") << none << QByteArray("Draft") << QByteArray("Draft") << OrderStatus::Pending
                                    << u"Draft"_s;
    QTest::newRow("Activated built in") << none << QByteArray("Activated") << QByteArray("Activated")
                                        << OrderStatus::Paid << u"Activated"_s;
    QTest::newRow("owner's status wins over the code")
        << QJsonValue(QJsonObject{{u"in delivery"_s, u"shipped"_s}}) << QByteArray("In Delivery")
        << QByteArray("Activated") << OrderStatus::Shipped << u"In Delivery"_s;
    QTest::newRow("owner overrides a built-in")
        << QJsonValue(QJsonObject{{u"activated"_s, u"completed"_s}}) << QByteArray("Activated")
        << QByteArray("Activated") << OrderStatus::Completed << u"Activated"_s;
    QTest::newRow("unmapped status falls back to the code")
        << none << QByteArray("Picking") << QByteArray("Activated") << OrderStatus::Paid << u"Picking"_s;
    QTest::newRow("unmapped status and unknown code")
        << none << QByteArray("Storniert") << QByteArray("Cancelled") << OrderStatus::Unknown << u"Storniert"_s;
    QTest::newRow("only a code") << none << QByteArray() << QByteArray("Draft") << OrderStatus::Pending << u"Draft"_s;
}

void TestSalesforceAdapter::orderStatus_mapping()
{
    QFETCH(QJsonValue, statusMap);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, statusCode);
    QFETCH(OrderStatus, expected);
    QFETCH(QString, raw);

    SourceConfig source = org();
    source.options.remove(u"statusMap"_s);
    if (!statusMap.isUndefined()) {
        source.options.insert(u"statusMap"_s, statusMap);
    }
    const OrderEvent event =
        onlyEvent(m_adapter.parseWebhook(request(orderWithStatus(status, statusCode)), source, token));
    QCOMPARE(event.orderStatus, expected);
    QCOMPARE(event.rawOrderStatus, raw);
}

void TestSalesforceAdapter::customerEmail_sources_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("emailField");
    QTest::addColumn<QString>("expected");

    const QByteArray custom = "<sf:Customer_Email__c>custom@example.com</sf:Customer_Email__c>";
    const QByteArray billTo = "<sf:BillToContact xsi:type=\"sf:Contact\"><sf:Email>bill@example.com</sf:Email>"
                              "</sf:BillToContact>";
    const QByteArray shipTo = "<sf:ShipToContact xsi:type=\"sf:Contact\"><sf:Email>ship@example.com</sf:Email>"
                              "</sf:ShipToContact>";
    QTest::newRow("named field wins") << custom + billTo << u"Customer_Email__c"_s << u"custom@example.com"_s;
    QTest::newRow("named field empty: bill-to") << billTo << u"Customer_Email__c"_s << u"bill@example.com"_s;
    QTest::newRow("no named field: bill-to") << custom + billTo << QString() << u"bill@example.com"_s;
    QTest::newRow("ship-to last") << shipTo << QString() << u"ship@example.com"_s;
    QTest::newRow("dotted field name") << billTo << u"BillToContact.Email"_s << u"bill@example.com"_s;
    QTest::newRow("none") << custom << QString() << QString();
}

void TestSalesforceAdapter::customerEmail_sources()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, emailField);
    QFETCH(QString, expected);

    const QByteArray body =
        envelope(orderNotifications("00D5e000000KQ2eEAG", "<sf:Id>8015e000002AbCdAAK</sf:Id>" + fields));
    const OrderEvent event =
        onlyEvent(m_adapter.parseWebhook(request(body), org({{u"emailField"_s, emailField}}), token));
    QCOMPARE(event.orderId, u"8015e000002AbCdAAK"_s);
    QCOMPARE(event.customerEmail, expected);
}

void TestSalesforceAdapter::withoutSessionId_forms_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("parsedSessionId");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("default namespace") << QByteArray("<n><SessionId>00Dabc!AQ.xyz</SessionId></n>")
                                       << u"00Dabc!AQ.xyz"_s << QByteArray("<n><SessionId>[removed]</SessionId></n>");
    QTest::newRow("prefixed, with attributes")
        << QByteArray("<o:n><o:SessionId a=\"1\">00Dabc!AQ.xyz</o:SessionId ></o:n>") << u"00Dabc!AQ.xyz"_s
        << QByteArray("<o:n><o:SessionId a=\"1\">[removed]</o:SessionId ></o:n>");
    QTest::newRow("nil") << QByteArray("<n><SessionId xsi:nil=\"true\"/><Id>1</Id></n>") << QString()
                         << QByteArray("<n><SessionId xsi:nil=\"true\"/><Id>1</Id></n>");
    QTest::newRow("empty element") << QByteArray("<n><SessionId></SessionId></n>") << QString()
                                   << QByteArray("<n><SessionId></SessionId></n>");
    QTest::newRow("a look-alike name stays") << QByteArray("<n><SessionIdHint>x</SessionIdHint></n>") << QString()
                                             << QByteArray("<n><SessionIdHint>x</SessionIdHint></n>");
    QTest::newRow("two of them") << QByteArray("<SessionId>aaaaaaaaaa</SessionId><x/><SessionId>bbbbbbbbbb</SessionId>")
                                 << u"aaaaaaaaaa"_s
                                 << QByteArray("<SessionId>[removed]</SessionId><x/><SessionId>[removed]</SessionId>");
    QTest::newRow("a copy elsewhere goes too")
        << QByteArray("<SessionId>00Dabc!AQ.xyz</SessionId><Note>sid 00Dabc!AQ.xyz</Note>") << u"00Dabc!AQ.xyz"_s
        << QByteArray("<SessionId>[removed]</SessionId><Note>sid [removed]</Note>");
    QTest::newRow("unterminated: the rest goes")
        << QByteArray("<SessionId>00Dabc!AQ.xyz and more") << QString() << QByteArray("<SessionId>[removed]");
    QTest::newRow("none") << QByteArray("<n><Id>1</Id></n>") << QString() << QByteArray("<n><Id>1</Id></n>");
}

void TestSalesforceAdapter::withoutSessionId_forms()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, parsedSessionId);
    QFETCH(QByteArray, expected);

    QCOMPARE(SalesforceAdapter::withoutSessionId(body, parsedSessionId), expected);
}

void TestSalesforceAdapter::malformed_invalidInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");

    const QByteArray good = Test::fixture(u"salesforce/order_activated.xml"_s);
    QTest::newRow("not XML") << QByteArrayLiteral("{\"OrganizationId\":\"00D5e000000KQ2eEAG\"}") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("truncated") << good.left(good.size() / 2) << QString();
    QTest::newRow("trailing garbage") << good + "<extra>" << QString();
    QTest::newRow("entity expansion (DTD)")
        << QByteArrayLiteral("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                             "\"&lol;&lol;&lol;&lol;\">]>") +
               envelope(orderNotifications("00D5e000000KQ2eEAG", "<sf:Id>&lol2;</sf:Id>")).mid(38)
        << u"DTD"_s;
    QTest::newRow("external entity (DTD)")
        << QByteArrayLiteral("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY sid SYSTEM \"file:///etc/passwd\">]>") +
               envelope(orderNotifications("00D5e000000KQ2eEAG", "<sf:Id>&sid;</sf:Id>")).mid(38)
        << u"DTD"_s;
    QTest::newRow("undeclared entity") << envelope(orderNotifications("00D5e000000KQ2eEAG", "<sf:Id>&sid;</sf:Id>"))
                                       << QString();
    QTest::newRow("SOAP 1.2 envelope") << QByteArray(good).replace("http://schemas.xmlsoap.org/soap/envelope/",
                                                                   "http://www.w3.org/2003/05/soap-envelope")
                                       << u"Envelope"_s;
    QTest::newRow("wrong notifications namespace")
        << QByteArray(good).replace("http://soap.sforce.com/2005/09/outbound", "http://example.com/outbound")
        << u"no outbound notifications"_s;
    QTest::newRow("no notifications") << envelope("<other/>") << u"no outbound notifications"_s;
    QTest::newRow("no Notification") << envelope("<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\">"
                                                 "<OrganizationId>00D5e000000KQ2eEAG</OrganizationId></notifications>")
                                     << u"no Notification"_s;
    QTest::newRow("Notification without Id")
        << QByteArray(good).replace("<Id>04l5e00000Gx7QzAAJ</Id>", "") << u"has no Id"_s;
}

void TestSalesforceAdapter::malformed_invalidInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);

    const auto result = m_adapter.parseWebhook(request(body), org(), token);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY2(result.error().detail.contains(detail), qPrintable(result.error().detail));
}

QTEST_GUILESS_MAIN(TestSalesforceAdapter)

#include "tst_salesforceadapter.moc"
