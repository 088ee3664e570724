#include "sources/polling/salesforcepoller.h"

#include "sources/payloadfields.h"
#include "sources/polling/pollhttp.h"
#include "sources/polling/pollsignin.h"
#include "sources/salesforceadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

constexpr int MaxFieldDepth = 4;

// The options naming custom fields, in the order they are added to the SELECT.
constexpr QLatin1StringView FieldOptions[] = {"emailField"_L1, "trackingNumberField"_L1, "carrierField"_L1,
                                              "trackingUrlField"_L1};

QString platformName()
{
    return SalesforcePoller::tr("Salesforce");
}

QString optionText(const SourceConfig &source, QLatin1StringView key)
{
    return source.options.value(key).toString().trimmed();
}

bool isFieldName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9_]{0,79}(\\.[A-Za-z][A-Za-z0-9_]{0,79}){0,4}$"_s);
    return pattern.match(name).hasMatch();
}

void flattenInto(const QJsonObject &object, const QString &prefix, QHash<QString, QString> &fields, int depth)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == "attributes"_L1) {
            continue;
        }
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject()) {
            if (depth < MaxFieldDepth) {
                flattenInto(it.value().toObject(), path, fields, depth + 1);
            }
            continue;
        }
        const QString text = scalarText(it.value()).trimmed();
        if (!text.isEmpty()) {
            fields.insert(path, text);
        }
    }
}

// A field's value, matched case-insensitively: SOQL names are, and the owner may type them either way.
QString fieldValue(const QHash<QString, QString> &fields, const QString &name)
{
    if (name.isEmpty()) {
        return {};
    }
    const auto exact = fields.constFind(name);
    if (exact != fields.cend()) {
        return *exact;
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
            return it.value();
        }
    }
    return {};
}

PollOutcome notAQueryResult(const QString &detail)
{
    return PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                            SalesforcePoller::tr("Salesforce answered with something that is not a "
                                                                 "list of orders. Tidings will ask again."),
                                            detail, true));
}

struct SalesforceError
{
    QString code;
    QString message;
};

// REST errors are [{"message": ..., "errorCode": ...}]; some gateways answer {"error": ..., "error_description"}.
SalesforceError salesforceErrorOf(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonArray array = document.array();
    const QJsonObject first =
        document.isArray() ? (array.isEmpty() ? QJsonObject() : array.first().toObject()) : document.object();
    if (first.contains("errorCode"_L1)) {
        return {first.value("errorCode"_L1).toString(), first.value("message"_L1).toString()};
    }
    return {first.value("error"_L1).toString(), first.value("error_description"_L1).toString()};
}

// Everything one fetch needs, carried through the token request, the query and its retries.
struct Call
{
    SourceConfig source;
    OAuth2Grant grant;
    QString apiVersion;
    QString soql;
    QString pageToken;         // nextRecordsUrl; empty for the first page
    bool renewedToken = false; // a 401 asked for a new token once
    bool restarted = false;    // a lost locator restarted the query once
};

struct Shared
{
    std::shared_ptr<OAuth2Session> session;
    std::shared_ptr<const Clock> clock;
    std::function<void(QDateTime)> pause; // remembers when the source may ask again
};

PollOutcome failureOfQuery(const PollHttp::Answer &answer, const Call &call)
{
    const SalesforceError error = salesforceErrorOf(answer.body);
    const QString detail = u"HTTP %1 %2: %3"_s.arg(answer.status).arg(error.code, error.message.left(500).simplified());
    const QString name = call.source.name;
    if (answer.status == 401) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Unauthorized,
            SalesforcePoller::tr("Salesforce refused the sign-in of \"%1\" even with a new access token. Check "
                                 "that the connected app's OAuth policies allow this user, then connect the source "
                                 "again in Connections.")
                .arg(name),
            detail));
    }
    if (error.code == "REQUEST_LIMIT_EXCEEDED"_L1) {
        const bool daily = error.message.contains("TotalRequests"_L1) || !error.message.contains("Concurrent"_L1);
        if (daily) {
            return PollOutcome::failure(
                Error::make(ErrorCode::RateLimited,
                            SalesforcePoller::tr("Your Salesforce org has used up the API requests it is allowed in "
                                                 "24 hours, so \"%1\" cannot be checked now. Tidings tries again in "
                                                 "an hour; Setup → Company Information shows the org's API usage.")
                                .arg(name),
                            detail, true),
                SalesforcePoller::LimitRetryMs);
        }
        return PollOutcome::failure(
            Error::make(ErrorCode::RateLimited,
                        SalesforcePoller::tr("Salesforce is busy with too many long requests from your org. Tidings "
                                             "checks \"%1\" again in a minute.")
                            .arg(name),
                        detail, true),
            SalesforcePoller::ConcurrentRetryMs);
    }
    if (answer.status == 403) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Unauthorized,
            SalesforcePoller::tr("Salesforce does not let the user of \"%1\" read orders through the API. The user "
                                 "needs the \"API Enabled\" permission (not in Professional Edition without the API "
                                 "add-on) and read access to Orders, Contacts and Accounts.")
                .arg(name),
            detail));
    }
    if (error.code == "INVALID_FIELD"_L1) {
        // "No such column 'Tracking_No__c' on entity 'Order'. …", "Didn't understand relationship 'Shipment__r' …"
        static const QRegularExpression column(u"(?:column|relationship) '([^']+)'"_s);
        const QRegularExpressionMatch match = column.match(error.message);
        const QString fieldName = match.hasMatch() ? match.captured(1) : QString();
        return PollOutcome::failure(Error::make(
            ErrorCode::Config,
            fieldName.isEmpty()
                ? SalesforcePoller::tr("Salesforce does not know one of the order fields \"%1\" asks for. Check the "
                                       "field names in the source's settings; custom fields end in __c.")
                      .arg(name)
                : SalesforcePoller::tr("Salesforce has no order field \"%1\" that the user of \"%2\" can read. Check "
                                       "the field names in the source's settings (custom fields end in __c), or give "
                                       "the user access to the field.")
                      .arg(fieldName, name),
            detail));
    }
    if (error.code == "INVALID_TYPE"_L1) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Config,
            SalesforcePoller::tr("Orders are not turned on in this Salesforce org, or the user of \"%1\" may not read "
                                 "them. Turn them on in Setup → Order Settings → Enable Orders, and give the user "
                                 "read access to Orders.")
                .arg(name),
            detail));
    }
    if (answer.status == 400) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Config,
            SalesforcePoller::tr("Salesforce could not run Tidings' order query for \"%1\". Check the field names in "
                                 "the source's settings (custom fields end in __c) and the API version.")
                .arg(name),
            detail));
    }
    if (answer.status == 404) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Config,
            SalesforcePoller::tr("Salesforce does not know the API version \"%1\" asked for by \"%2\". Leave the API "
                                 "version empty to use %3.")
                .arg(call.apiVersion, name, SalesforcePoller::defaultApiVersion()),
            detail));
    }
    PollOutcome outcome = PollHttp::failureOf(answer, platformName());
    if (outcome.error && answer.status != 0 && !error.code.isEmpty()) {
        outcome.error->detail = detail;
    }
    return outcome;
}

// The query's address: the first page from the SOQL, a later one from nextRecordsUrl (checked to be a
// query path on the instance). An error when either address may not be called.
std::optional<Error> pageUrl(const QUrl &instance, const Call &call, QUrl *url)
{
    if (call.pageToken.isEmpty()) {
        QString path = instance.path();
        while (path.endsWith(u'/')) {
            path.chop(1);
        }
        *url = instance;
        url->setPath(path + u"/services/data/"_s + call.apiVersion + u"/query"_s);
        // Encoded whole: QUrlQuery would leave a '+' as it is, which Salesforce reads as a space.
        url->setQuery(u"q="_s + QString::fromLatin1(QUrl::toPercentEncoding(call.soql)), QUrl::StrictMode);
        url->setFragment(QString());
        return std::nullopt;
    }
    const QUrl next(call.pageToken);
    if (!next.isValid() || !next.scheme().isEmpty() || !next.host().isEmpty() ||
        !next.path().startsWith("/services/data/"_L1) || next.path().contains("/.."_L1)) {
        return Error::make(ErrorCode::ProviderFailed,
                           SalesforcePoller::tr("Salesforce pointed Tidings to a next page that is not a list of "
                                                "orders on your org. Tidings starts the check again."),
                           u"nextRecordsUrl refused: %1"_s.arg(call.pageToken.left(200)), true);
    }
    *url = instance.resolved(next);
    return PollHttp::checkBaseUrl(*url, platformName());
}

void ask(const Shared &shared, QNetworkAccessManager *network, Call call, Poller::Done done);

void onAnswer(const Shared &shared, QNetworkAccessManager *network, Call call, const PollHttp::Answer &answer,
              Poller::Done done)
{
    if (answer.status == 200) {
        PollOutcome outcome = SalesforcePoller::parsePage(answer.body, call.source);
        if (const auto usage = SalesforcePoller::apiUsage(answer.header(QByteArrayLiteral("Sforce-Limit-Info")));
            outcome.ok() && usage && usage->second > 0 &&
            usage->first * 100 >= usage->second * SalesforcePoller::PauseAtPercent) {
            // Keep this page, then leave the rest of the allocation to the org's other apps for a while.
            shared.pause(shared.clock->now().addMSecs(SalesforcePoller::PauseMs));
            if (outcome.page->more) {
                outcome.page->waitBeforeNextMs = SalesforcePoller::PauseMs;
            }
        }
        done(outcome);
        return;
    }
    const SalesforceError error = salesforceErrorOf(answer.body);
    if (answer.status == 401 && !call.renewedToken) {
        // Expired or revoked: a new token, once. A later page's locator belonged to the old session.
        shared.session->invalidate();
        call.renewedToken = true;
        if (!call.pageToken.isEmpty()) {
            call.pageToken.clear();
            call.restarted = true;
        }
        ask(shared, network, std::move(call), std::move(done));
        return;
    }
    if (error.code == "INVALID_QUERY_LOCATOR"_L1 && !call.pageToken.isEmpty() && !call.restarted) {
        // The locator expired (15 minutes unused) or was dropped: the query again from the window start.
        call.pageToken.clear();
        call.restarted = true;
        ask(shared, network, std::move(call), std::move(done));
        return;
    }
    if (error.code == "INVALID_QUERY_LOCATOR"_L1) {
        done(PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                              SalesforcePoller::tr("Salesforce lost Tidings' place in the list of "
                                                                   "orders. Tidings will ask again."),
                                              u"HTTP %1 %2"_s.arg(answer.status).arg(error.code), true)));
        return;
    }
    done(failureOfQuery(answer, call));
}

void ask(const Shared &shared, QNetworkAccessManager *network, Call call, Poller::Done done)
{
    const OAuth2Grant grant = call.grant;
    shared.session->withToken(
        grant, platformName(), network,
        [shared, network, call = std::move(call), done = std::move(done)](const OAuth2Token *token,
                                                                          const PollOutcome &failure) mutable {
            // From here on every outcome of this fetch, also a failure, carries a rotated refresh token.
            done = shared.session->keepingRenewedToken(call.grant, std::move(done));
            if (!token) {
                done(failure);
                return;
            }
            const QString instanceText = token->answer.value("instance_url"_L1).toString().trimmed();
            if (instanceText.isEmpty()) {
                done(PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                                      SalesforcePoller::tr("Salesforce signed Tidings in without "
                                                                           "saying where your org's data is. Tidings "
                                                                           "will ask again."),
                                                      u"token answer has no instance_url"_s, true)));
                return;
            }
            const QUrl instance(instanceText);
            if (auto error = PollHttp::checkBaseUrl(instance, platformName())) {
                error->detail = u"instance_url: "_s + error->detail;
                done(PollOutcome::failure(*error));
                return;
            }
            QUrl url;
            if (auto error = pageUrl(instance, call, &url)) {
                done(PollOutcome::failure(*error));
                return;
            }
            QNetworkRequest http(url);
            http.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
            http.setRawHeader(QByteArrayLiteral("Authorization"),
                              QByteArrayLiteral("Bearer ") + token->accessToken.toUtf8());
            PollHttp::send(network, http, QByteArrayLiteral("GET"), {},
                           [shared, network, call = std::move(call),
                            done = std::move(done)](const PollHttp::Answer &answer) mutable {
                               onAnswer(shared, network, std::move(call), answer, std::move(done));
                           });
        });
}

} // namespace

SalesforcePoller::SalesforcePoller(std::shared_ptr<const Clock> clock)
    : m_clock(std::move(clock))
    , m_session(std::make_shared<OAuth2Session>(m_clock))
{}

QString SalesforcePoller::typeName()
{
    return SalesforceAdapter::typeName();
}

SourceTypeInfo SalesforcePoller::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Salesforce");
    info.summary = tr("New orders and status changes of Salesforce Orders, with tracking numbers from your own "
                      "fields, read every few minutes.");
    info.secrets = {
        {u"refreshToken"_s, tr("Refresh token"),
         tr("Filled in when you click \"Sign in with Salesforce\" and sign in as the Salesforce user Tidings reads "
            "orders as. You can also paste one made with your app (scopes \"api\" and \"refresh_token, "
            "offline_access\"), for example with the Salesforce CLI."),
         false, false},
        {u"clientSecret"_s, tr("Consumer secret"),
         tr("The app's consumer secret (External Client App Manager → your app → Settings → OAuth Settings → "
            "Consumer Key and Secret; older Connected Apps: App Manager → View → Manage Consumer Details). Leave "
            "empty only if the app does not require a secret."),
         false, false},
    };
    info.options = {
        {u"baseUrl"_s, tr("Salesforce login address"),
         tr("Leave empty for https://login.salesforce.com. Sandboxes: https://test.salesforce.com, or your org's "
            "My Domain address (https://yourcompany.my.salesforce.com)."),
         defaultLoginUrl(), false},
        {u"clientId"_s, tr("Consumer key"), tr("The connected app's consumer key, shown next to the consumer secret."),
         u"3MVG9…"_s, true},
        {u"statusMap"_s, tr("Order statuses"),
         tr("Which order Status means which order status, as JSON. Draft → pending and Activated → paid are built "
            "in; other statuses not listed count as their status category (Draft or Activated)."),
         uR"({"Shipped": "shipped", "Delivered": "delivered", "Cancelled": "cancelled"})"_s, false},
        {u"emailField"_s, tr("Customer email field"),
         tr("Optional: an order field with the customer's email address, when it is not the Bill To contact's "
            "email. Its API name, e.g. Customer_Email__c."),
         u"Customer_Email__c"_s, false},
        {u"trackingNumberField"_s, tr("Tracking number field"),
         tr("Optional: the API name of the order field holding the tracking number. A number appearing here is a "
            "new shipment."),
         u"Tracking_Number__c"_s, false},
        {u"carrierField"_s, tr("Carrier field"), tr("Optional: the API name of the order field naming the carrier."),
         u"Carrier__c"_s, false},
        {u"trackingUrlField"_s, tr("Tracking link field"),
         tr("Optional: the API name of the order field holding the tracking page address."), u"Tracking_URL__c"_s,
         false},
        {u"callbackUrl"_s, tr("Callback URL (sign-in)"),
         tr("The callback URL entered in your app in Salesforce; Salesforce accepts only that exact address. "
            "Leave empty for %1.")
             .arg(defaultSalesforceCallbackUrl().toString()),
         defaultSalesforceCallbackUrl().toString(), false},
        {u"apiVersion"_s, tr("API version"), tr("Leave empty for %1.").arg(defaultApiVersion()), defaultApiVersion(),
         false},
    };
    info.setupSteps = {
        tr("In Salesforce Setup, open External Client App Manager and click \"New External Client App\" (older orgs: "
           "App Manager → \"New Connected App\"). Enable OAuth with the scopes \"Manage user data via APIs (api)\" "
           "and \"Perform requests at any time (refresh_token, offline_access)\", enter the callback URL %1, and "
           "keep \"Require Proof Key for Code Exchange (PKCE)\" on: Tidings uses it.")
            .arg(defaultSalesforceCallbackUrl().toString()),
        tr("Under the app's policies, set \"Refresh Token Policy\" to \"Refresh token is valid until revoked\" and "
           "allow the user Tidings reads as. That user needs the \"API Enabled\" permission and read access to "
           "Orders, Contacts and Accounts."),
        tr("Copy the consumer key and consumer secret from the app's OAuth settings (\"Consumer Key and "
           "Secret\"). Enter the key in the settings and paste the secret here. For a sandbox, set the login "
           "address to https://test.salesforce.com."),
        tr("Click \"Sign in with Salesforce\" and sign in as that user. If the app rotates refresh tokens, Tidings "
           "keeps the newest one in the keychain."),
        tr("List your order statuses in the status map, and name the fields that hold tracking numbers, if you "
           "keep them on the order."),
    };
    return info;
}

QString SalesforcePoller::type() const
{
    return typeName();
}

QStringList SalesforcePoller::selectFields(const SourceConfig &source)
{
    QStringList fields{u"Id"_s,
                       u"OrderNumber"_s,
                       u"Status"_s,
                       u"StatusCode"_s,
                       u"TotalAmount"_s,
                       u"EffectiveDate"_s,
                       u"LastModifiedDate"_s,
                       u"SystemModstamp"_s,
                       u"BillToContact.Email"_s,
                       u"BillToContact.FirstName"_s,
                       u"BillToContact.LastName"_s,
                       u"BillToContact.Phone"_s,
                       u"Account.Name"_s};
    for (const QLatin1StringView option : FieldOptions) {
        const QString name = optionText(source, option);
        const bool listed = std::any_of(fields.cbegin(), fields.cend(), [&name](const QString &field) {
            return field.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!name.isEmpty() && !listed) {
            fields.append(name); // SOQL refuses a field selected twice
        }
    }
    return fields;
}

QString SalesforcePoller::query(const QDateTime &windowStart, const SourceConfig &source)
{
    // Whole seconds, rounded down, so nothing at the start is skipped.
    const QString since = windowStart.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
    return u"SELECT %1 FROM Order WHERE SystemModstamp >= %2 ORDER BY SystemModstamp ASC, Id ASC"_s.arg(
        selectFields(source).join(u", "_s), since);
}

QString SalesforcePoller::badFieldOption(const SourceConfig &source)
{
    for (const QLatin1StringView option : FieldOptions) {
        const QString name = optionText(source, option);
        if (!name.isEmpty() && !isFieldName(name)) {
            return QString(option);
        }
    }
    return {};
}

QString SalesforcePoller::apiVersionOf(const SourceConfig &source)
{
    QString text = optionText(source, "apiVersion"_L1);
    if (text.isEmpty()) {
        return defaultApiVersion();
    }
    if (text.startsWith(u'v') || text.startsWith(u'V')) {
        text = text.mid(1);
    }
    static const QRegularExpression pattern(u"^(\\d{2,3})(\\.0)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? u"v%1.0"_s.arg(match.captured(1)) : QString();
}

QHash<QString, QString> SalesforcePoller::flatten(const QJsonObject &record)
{
    QHash<QString, QString> fields;
    flattenInto(record, {}, fields, 0);
    return fields;
}

PollOutcome SalesforcePoller::parsePage(const QByteArray &body, const SourceConfig &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return notAQueryResult(u"answer is not a JSON object: %1"_s.arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (!root.value("records"_L1).isArray()) {
        return notAQueryResult(u"answer has no records array"_s);
    }
    const StatusMap statuses = SalesforceAdapter::orderStatusMap(source);
    const QString trackingField = optionText(source, "trackingNumberField"_L1);
    const QString carrierField = optionText(source, "carrierField"_L1);
    const QString trackingUrlField = optionText(source, "trackingUrlField"_L1);

    PollPage page;
    page.rawBody = body;
    for (const QJsonValue &entry : root.value("records"_L1).toArray()) {
        const QJsonObject record = entry.toObject();
        QHash<QString, QString> fields = flatten(record);
        for (const QLatin1StringView option : FieldOptions) {
            // Salesforce answers with the field's own spelling; the owner may have typed another case.
            const QString name = optionText(source, option);
            if (!name.isEmpty() && !fields.contains(name)) {
                if (const QString value = fieldValue(fields, name); !value.isEmpty()) {
                    fields.insert(name, value);
                }
            }
        }
        OrderEvent event;
        SalesforceAdapter::readOrderFields(fields, source, statuses, event);
        if (event.orderId.isEmpty()) {
            continue;
        }
        event.sourceId = source.id;
        event.sourceType = typeName();
        event.topic = u"poll/orders"_s;
        event.rawPayload = QJsonDocument(record).toJson(QJsonDocument::Compact);
        if (event.customerName.isEmpty()) {
            event.customerName = fields.value(u"Account.Name"_s); // a business order without a contact
        }
        event.trackingNumber = fieldValue(fields, trackingField);
        if (!event.trackingNumber.isEmpty()) {
            event.shipmentId = event.trackingNumber;
            event.carrier = fieldValue(fields, carrierField);
            event.trackingUrl = webUrl(fieldValue(fields, trackingUrlField));
        }
        const QDateTime modstamp = timestamp(fields.value(u"SystemModstamp"_s));
        if (modstamp.isValid() && (!page.newestSeen.isValid() || modstamp > page.newestSeen)) {
            page.newestSeen = modstamp;
        }
        page.events.append(std::move(event));
    }
    const QString next = root.value("nextRecordsUrl"_L1).toString();
    page.more = !root.value("done"_L1).toBool(true) && !next.isEmpty();
    page.nextPageToken = page.more ? next : QString();
    return PollOutcome::success(std::move(page));
}

std::optional<std::pair<qint64, qint64>> SalesforcePoller::apiUsage(const QByteArray &header)
{
    static const QRegularExpression pattern(u"(?:^|[;,\\s])api-usage=(\\d+)/(\\d+)"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return std::make_pair(match.captured(1).toLongLong(), match.captured(2).toLongLong());
}

void SalesforcePoller::fetch(const PollRequest &request, QNetworkAccessManager *network, Done done)
{
    const SourceConfig &source = request.source;
    const QString loginText = optionText(source, "baseUrl"_L1);
    QUrl login(loginText.isEmpty() ? defaultLoginUrl() : loginText);
    if (auto error = PollHttp::checkBaseUrl(login, platformName())) {
        done(PollOutcome::failure(*error));
        return;
    }
    const QString refreshToken = request.secrets.value(u"refreshToken"_s).trimmed();
    const QString clientId = optionText(source, "clientId"_L1);
    if (refreshToken.isEmpty() || clientId.isEmpty()) {
        done(PollOutcome::failure(
            Error::make(ErrorCode::Config,
                        tr("\"%1\" has no Salesforce sign-in yet. Enter the connected app's "
                           "consumer key and the refresh token in Connections.")
                            .arg(source.name),
                        refreshToken.isEmpty() ? u"secret refreshToken missing"_s : u"option clientId missing"_s)));
        return;
    }
    const QString apiVersion = apiVersionOf(source);
    if (apiVersion.isEmpty()) {
        done(
            PollOutcome::failure(Error::make(ErrorCode::Config,
                                             tr("The API version of \"%1\" is not a Salesforce API version like %2. "
                                                "Leave it empty to use %2.")
                                                 .arg(source.name, defaultApiVersion()),
                                             u"option apiVersion: \"%1\""_s.arg(optionText(source, "apiVersion"_L1)))));
        return;
    }
    if (const QString option = badFieldOption(source); !option.isEmpty()) {
        done(PollOutcome::failure(
            Error::make(ErrorCode::Config,
                        tr("\"%1\" is not a Salesforce field name (setting \"%2\" of \"%3\"). "
                           "Enter the field's API name, e.g. Tracking_Number__c.")
                            .arg(source.options.value(option).toString().trimmed(), option, source.name),
                        u"option %1 is not a field API name"_s.arg(option))));
        return;
    }
    const QDateTime now = m_clock->now();
    if (m_state->pausedUntil.isValid() && now < m_state->pausedUntil) {
        done(PollOutcome::failure(
            Error::make(ErrorCode::RateLimited,
                        tr("Your Salesforce org has used %1% or more of the API requests it is allowed in 24 hours. "
                           "Tidings pauses checking \"%2\" until %3 to leave the rest to your other apps.")
                            .arg(PauseAtPercent)
                            .arg(source.name, m_state->pausedUntil.toLocalTime().toString(u"HH:mm"_s)),
                        u"Sforce-Limit-Info api-usage at or over %1%"_s.arg(PauseAtPercent), true),
            now.msecsTo(m_state->pausedUntil)));
        return;
    }

    QString loginPath = login.path();
    while (loginPath.endsWith(u'/')) {
        loginPath.chop(1);
    }
    QUrl tokenUrl = login;
    tokenUrl.setPath(loginPath + u"/services/oauth2/token"_s);
    tokenUrl.setQuery(QString());
    tokenUrl.setFragment(QString());

    Call call;
    call.source = source;
    call.grant.kind = OAuth2Grant::Kind::RefreshToken;
    call.grant.tokenUrl = tokenUrl;
    call.grant.clientId = clientId;
    call.grant.clientSecret = request.secrets.value(u"clientSecret"_s).trimmed();
    call.grant.refreshToken = refreshToken;
    call.apiVersion = apiVersion;
    call.soql = query(request.windowStart, source);
    call.pageToken = request.pageToken;

    Shared shared;
    shared.session = m_session;
    shared.clock = m_clock;
    shared.pause = [weak = std::weak_ptr<State>(m_state)](const QDateTime &until) {
        if (const std::shared_ptr<State> state = weak.lock()) {
            state->pausedUntil = until;
        }
    };
    ask(shared, network, std::move(call), std::move(done));
}

} // namespace Tidings
