#pragma once

#include "dispatch/clock.h"
#include "sources/polling/oauth2session.h"
#include "sources/polling/poller.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace Tidings {

// Salesforce orders through the REST API's SOQL query resource. The same type as the Outbound Message
// webhook (SalesforceAdapter); a source polls when options.mode is "poll".
//
// Auth: OAuth 2.0 refresh-token grant through OAuth2Session: POST {baseUrl}/services/oauth2/token with
// grant_type=refresh_token, refresh_token, client_id (option "clientId", the connected app's consumer key)
// and client_secret (secret "clientSecret"; sent when filled). baseUrl is the login host: default
// https://login.salesforce.com, https://test.salesforce.com for sandboxes, or the org's My Domain address.
// The token answer has no expires_in (the token lives as long as the org's session timeout) and names the
// org's API host in instance_url, which is checked with PollHttp::checkBaseUrl like every address called.
// A 401 INVALID_SESSION_ID drops the token and asks once more with a new one. With refresh token rotation
// on in the connected app, each refresh answers a new refresh token and invalidates the one sent: every
// outcome of the fetch (success or failure) names the new one in renewedSecrets["refreshToken"].
//
// Query: GET {instance_url}/services/data/{apiVersion}/query?q=<SOQL> (option "apiVersion", default
// v61.0) with "Authorization: Bearer <token>", the SOQL percent-encoded whole (a '+' would read as a space):
//     SELECT Id, OrderNumber, Status, StatusCode, TotalAmount, EffectiveDate, LastModifiedDate,
//            SystemModstamp, BillToContact.Email, BillToContact.FirstName, BillToContact.LastName,
//            BillToContact.Phone, Account.Name[, the owner's email and tracking fields]
//     FROM Order WHERE SystemModstamp >= 2026-03-02T09:00:00Z ORDER BY SystemModstamp ASC, Id ASC
// (the window start in UTC, whole seconds rounded down, unquoted as SOQL wants dateTime literals).
// SystemModstamp is indexed and moves on every change, also system ones; newestSeen is the newest
// SystemModstamp on the page. CurrencyIsoCode exists only in multi-currency orgs and is left out.
//
// Paging: the answer is {totalSize, done, nextRecordsUrl?, records: [{attributes: {type, url}, ...}]}, up
// to 2,000 records a batch. While done is false the page token is nextRecordsUrl (a path on the instance,
// /services/data/vXX.X/query/01g…-2000), fetched as given after checking that it is one. The locator
// belongs to the session that made it: after a 401 or INVALID_QUERY_LOCATOR on a later page, the query is
// asked again from the run's window start once (what was stored already is dropped by the dedup keys).
//
// Rate limits: Salesforce counts API requests per org over a rolling 24 hours (edition and licences) and
// reports the count on every answer as "Sforce-Limit-Info: api-usage=25/15000". When the org has used
// PauseAtPercent of it, the page is kept and the source pauses for PauseMs (a RateLimited failure in plain
// words) to leave the rest to the org's other apps. Over the allocation Salesforce answers 403
// REQUEST_LIMIT_EXCEEDED ("TotalRequests Limit exceeded."): retried after LimitRetryMs; the same code for
// too many concurrent long requests is retried after a minute.
//
// Normalization is SalesforceAdapter's (readOrderFields, orderStatusMap): Status, then StatusCode, through
// "statusMap" with Draft → pending and Activated → paid built in; the customer from "emailField",
// BillToContact; Account.Name when the order has no contact name. Tracking lives in custom fields: options
// "trackingNumberField", "carrierField" and "trackingUrlField" name them and are added to the SELECT; an
// order with a tracking number is also its shipment (shipment id = tracking number).
//
// Known limits: Order must be enabled in the org and readable by the API user with its Contact and
// Account; tracking kept on Salesforce Order Management's FulfillmentOrder/Shipment objects is not read.
class SalesforcePoller final : public Poller
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::SalesforcePoller)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();

    static QString defaultLoginUrl() { return QStringLiteral("https://login.salesforce.com"); }

    static QString defaultApiVersion() { return QStringLiteral("v61.0"); }

    static constexpr int PauseAtPercent = 95;
    static constexpr qint64 PauseMs = 60 * 60 * 1000;
    static constexpr qint64 LimitRetryMs = 60 * 60 * 1000;
    static constexpr qint64 ConcurrentRetryMs = 60 * 1000;

    explicit SalesforcePoller(std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>());

    QString type() const override;
    void fetch(const PollRequest &request, QNetworkAccessManager *network, Done done) override;

    // The fields selected: the standard ones above, then the owner's email and tracking fields.
    static QStringList selectFields(const SourceConfig &source);
    // The SOQL statement for changes at or after `windowStart`.
    static QString query(const QDateTime &windowStart, const SourceConfig &source);
    // The option (e.g. "trackingNumberField") whose value is not a field API name, or an empty string.
    static QString badFieldOption(const SourceConfig &source);
    // "v61.0" from "v61.0", "61", "61.0"; empty when it is not a version.
    static QString apiVersionOf(const SourceConfig &source);

    // A record's fields by API name, relationship fields dotted ("BillToContact.Email"); attributes and
    // nulls are left out.
    static QHash<QString, QString> flatten(const QJsonObject &record);
    // Reads one query answer into a page.
    static PollOutcome parsePage(const QByteArray &body, const SourceConfig &source);
    // (used, allocation) from a Sforce-Limit-Info header; nullopt when it has no api-usage.
    static std::optional<std::pair<qint64, qint64>> apiUsage(const QByteArray &header);

private:
    struct State
    {
        QDateTime pausedUntil; // the org's daily allocation is nearly used up
    };

    std::shared_ptr<const Clock> m_clock;
    std::shared_ptr<OAuth2Session> m_session;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace Tidings
