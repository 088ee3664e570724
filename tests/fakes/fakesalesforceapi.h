#pragma once

#include "fakes/fakeplatformserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Tidings::Test {

class FakeOAuth2Server;

// A loopback Salesforce REST API (an org's instance) holding a few Orders. Checks
// GET /services/data/{apiVersion}/query?q=<SOQL> and the query locators it handed out
// (/services/data/{apiVersion}/query/01g…-N), "Authorization: Bearer" with a token the given FakeOAuth2Server
// issued, and the SOQL as Tidings sends it: SELECT <known fields> FROM Order WHERE SystemModstamp >=
// <unquoted dateTime literal> ORDER BY SystemModstamp ASC, Id ASC, read as Salesforce reads a query string
// ('+' is a space). Violations answer as Salesforce does, with [{"message", "errorCode"}]: 401
// INVALID_SESSION_ID, 400 INVALID_FIELD ("No such column 'X' on entity 'Order'. …"), MALFORMED_QUERY,
// INVALID_QUERY_LOCATOR (a locator of another session), 404 NOT_FOUND (unknown version or path). Serves
// {totalSize, done, nextRecordsUrl?, records} with only the selected fields, relationship fields as nested
// objects with attributes (null without a contact), times as 2026-03-01T10:05:12.000+0000, and the headers
// Sforce-Limit-Info: api-usage=<used>/<allocation> (every request counts) and Date. Mode::Throttled answers
// 403 REQUEST_LIMIT_EXCEEDED "TotalRequests Limit exceeded.".
class FakeSalesforceApi final : public FakePlatformServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSalesforceApi)

public:
    struct Order
    {
        QString id; // 18 characters, "8015e000000AbCdAAK"
        QString number = QStringLiteral("00000100");
        QString status = QStringLiteral("Draft");
        QString statusCode = QStringLiteral("Draft");
        double total = 49.9;
        QDateTime modstamp; // SystemModstamp = LastModifiedDate
        QString email;      // BillToContact; no contact when empty
        QString firstName = QStringLiteral("Ada");
        QString lastName = QStringLiteral("Lovelace");
        QString phone;
        QString account = QStringLiteral("Analytical Engines Ltd");
        QHash<QString, QString> custom; // custom field API name → value
    };

    explicit FakeSalesforceApi(QString apiVersion = QStringLiteral("v61.0"), QObject *parent = nullptr);

    // Accept bearer tokens this server issued.
    void setTokens(const FakeOAuth2Server *tokens) { m_tokens = tokens; }

    // Custom fields Order has (e.g. "Tracking_Number__c"); selecting any other is INVALID_FIELD.
    void setCustomFields(const QStringList &fields) { m_customFields = fields; }

    void upsertOrder(const Order &order);
    Order order(const QString &id) const;

    // Records per batch (Salesforce: up to 2,000).
    void setBatchSize(int size) { m_batchSize = size; }

    // The org's API requests of the last 24 hours and its allocation; each request adds one.
    void setApiUsage(qint64 used, qint64 allocation)
    {
        m_apiUsed = used;
        m_apiAllocation = allocation;
    }

    // Answers the next valid request with this status and body (Salesforce's answer to a case the fake
    // does not model, e.g. 403 API_DISABLED_FOR_ORG), before serving again.
    void queueAnswer(int status, const QByteArray &body) { m_canned.append({status, body}); }

    // [{"message": message, "errorCode": errorCode}], as every REST error.
    static QByteArray errorBody(const QString &errorCode, const QString &message);

    // Forgets every query locator, as after 15 minutes unused.
    void dropLocators() { m_locators.clear(); }

    // The SOQL of the last query request, decoded as Salesforce reads it.
    QString lastSoql() const { return m_lastSoql; }

    static QString sfTime(const QDateTime &time);

protected:
    std::optional<Response> violation(const Request &request) const override;
    Response serve(const Request &request) override;
    Response answer(Mode mode, const Request &request) override;

private:
    struct Locator
    {
        QString token; // the session that made it
        QStringList fields;
        QList<QJsonObject> records;
    };

    static QString soqlOf(const Request &request);
    QJsonObject recordJson(const Order &order, const QStringList &fields) const;
    Response page(const QString &locatorId, int offset);
    Headers headers();

    QString m_apiVersion;
    const FakeOAuth2Server *m_tokens = nullptr;
    QStringList m_customFields;
    QList<Order> m_orders;
    int m_batchSize = 2000;
    qint64 m_apiUsed = 25;
    qint64 m_apiAllocation = 15000;
    QHash<QString, Locator> m_locators;
    int m_nextLocator = 1;
    QString m_lastSoql;
    QList<std::pair<int, QByteArray>> m_canned;
};

} // namespace Tidings::Test
