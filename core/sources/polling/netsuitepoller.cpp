#include "sources/polling/netsuitepoller.h"

#include "sources/genericmapping.h"
#include "sources/payloadfields.h"
#include "sources/polling/oauth1signer.h"
#include "sources/polling/pollhttp.h"
#include "sources/statusmap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

QJsonObject objectOption(const QJsonValue &value)
{
    if (value.isObject()) {
        return value.toObject();
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The letter of a status, whether SuiteQL sends "B" or "SalesOrd:B".
QString statusLetter(const QString &raw)
{
    const qsizetype colon = raw.lastIndexOf(u':');
    return (colon < 0 ? raw : raw.mid(colon + 1)).trimmed().toUpper();
}

// The preset's letters, then the owner's: orders as a StatusMap, shipments as a table.
struct Statuses
{
    StatusMap orders;
    QHash<QString, ShipmentStatus> shipments;
    QStringList ownerShipmentLetters;

    explicit Statuses(const SourceConfig &source)
    {
        const QJsonObject preset = GenericMapping::presetStatusMap(u"netsuite"_s);
        const QJsonObject presetOrders = preset.value("order"_L1).toObject();
        for (auto it = presetOrders.begin(); it != presetOrders.end(); ++it) {
            if (const auto status = orderStatusFromName(it.value().toString())) {
                orders.insert(it.key(), *status);
            }
        }
        addShipments(preset.value("shipment"_L1).toObject(), false);

        const QJsonObject owner = objectOption(source.options.value("statusMap"_L1));
        const bool sectioned = owner.value("order"_L1).isObject() || owner.value("shipment"_L1).isObject();
        orders.addFromOption(sectioned ? owner.value("order"_L1) : QJsonValue(owner));
        if (sectioned) {
            addShipments(owner.value("shipment"_L1).toObject(), true);
        }
    }

    void addShipments(const QJsonObject &table, bool owner)
    {
        for (auto it = table.begin(); it != table.end(); ++it) {
            if (const auto status = shipmentStatusFromName(it.value().toString())) {
                const QString letter = statusLetter(it.key());
                shipments.insert(letter, *status);
                if (owner) {
                    ownerShipmentLetters.append(letter);
                }
            }
        }
    }
};

QString orderNumberFrom(const QString &createdFromText)
{
    // BUILTIN.DF(createdfrom) reads "Sales Order #SO10482".
    const qsizetype hash = createdFromText.indexOf(u'#');
    return hash < 0 ? QString() : createdFromText.mid(hash + 1).trimmed();
}

// Appends the events of one row, or nothing when the row is not one Tidings reads.
void appendEvents(const QJsonObject &row, const SourceConfig &source, const Statuses &statuses,
                  const QDateTime &modified, QList<OrderEvent> &events)
{
    const QString type = field(row, "type"_L1);
    const QString letter = statusLetter(field(row, "status"_L1));
    OrderEvent event;
    event.sourceId = source.id;
    event.sourceType = NetSuitePoller::typeName();
    event.rawPayload = QJsonDocument(row).toJson(QJsonDocument::Compact);
    event.occurredAt = modified;
    if (type.compare("SalesOrd"_L1, Qt::CaseInsensitive) == 0) {
        event.topic = u"poll/salesorder"_s;
        event.orderId = field(row, "id"_L1);
        event.orderNumber = field(row, "tranid"_L1);
        event.customerEmail = field(row, "email"_L1);
        event.customerName = field(row, "customer"_L1);
        event.rawOrderStatus = letter;
        event.orderStatus = statuses.orders.lookup(letter).value_or(OrderStatus::Unknown);
        event.totalPrice = field(row, "foreigntotal"_L1);
        event.currency = field(row, "currency"_L1);
    } else if (type.compare("ItemShip"_L1, Qt::CaseInsensitive) == 0) {
        // Picked and packed are not news for a customer; shipped is, or what the owner mapped.
        if (letter != "C"_L1 && !statuses.ownerShipmentLetters.contains(letter)) {
            return;
        }
        event.topic = u"poll/itemfulfillment"_s;
        event.orderId = field(row, "createdfrom"_L1);
        event.orderNumber = orderNumberFrom(field(row, "createdfromtext"_L1));
        event.shipmentId = field(row, "id"_L1);
        event.rawShipmentStatus = letter;
        event.shipmentStatus = statuses.shipments.value(letter, ShipmentStatus::Unknown);
        event.carrier = field(row, "carrier"_L1);
        event.trackingNumber = field(row, "trackingnumber"_L1);
        if (event.shipmentId.isEmpty()) {
            return;
        }
    } else {
        return;
    }
    if (!event.orderId.isEmpty()) {
        events.append(event);
    }
}

// NetSuite's own words from an error answer ({"title", "o:errorDetails": [{"detail", "o:errorCode"}]}).
QString netSuiteDetail(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject first = root.value("o:errorDetails"_L1).toArray().first().toObject();
    const QString code = field(first, "o:errorCode"_L1);
    const QString detail = field(first, "detail"_L1);
    return code.isEmpty() ? detail : code + u": "_s + detail;
}

} // namespace

QString NetSuitePoller::typeName()
{
    return u"netsuite"_s;
}

SourceTypeInfo NetSuitePoller::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Oracle NetSuite");
    info.summary = tr("Sales orders, their status changes, and shipped item fulfilments with tracking numbers, "
                      "read every few minutes.");
    info.secrets = {
        {u"consumerKey"_s, tr("Consumer key"),
         tr("From the integration record; NetSuite shows it once, when the record is saved."), false, false},
        {u"consumerSecret"_s, tr("Consumer secret"), tr("Shown with the consumer key, once."), false, false},
        {u"tokenId"_s, tr("Token ID"), tr("From the access token; NetSuite shows it once."), false, false},
        {u"tokenSecret"_s, tr("Token secret"), tr("Shown with the token ID, once."), false, false},
    };
    info.options = {
        {u"baseUrl"_s, tr("REST address"),
         tr("Leave empty to use https://<account id>.suitetalk.api.netsuite.com. Setup → Company → Company "
            "Information → Company URLs shows yours (SUITETALK (SOAP AND REST WEB SERVICES))."),
         u"https://1234567.suitetalk.api.netsuite.com"_s, false},
        {u"accountId"_s, tr("Account ID"),
         tr("Setup → Company → Company Information → Account ID, e.g. 1234567, or 1234567_SB1 for a sandbox."),
         u"1234567"_s, true},
        {u"timeZone"_s, tr("Time zone"),
         tr("The time zone in the preferences of the NetSuite user the token belongs to (Home → Set "
            "Preferences), e.g. America/Chicago. NetSuite shows times in that zone. Empty means UTC."),
         u"America/Chicago"_s, false},
        {u"statusMap"_s, tr("Custom statuses"),
         tr("Only to change how NetSuite's status letters read: a JSON object with \"order\" (sales order "
            "letters A–H) and \"shipment\" (fulfilment letters A–C) tables to Tidings' statuses."),
         u"{\"order\": {\"B\": \"pending\"}}"_s, false},
    };
    info.setupSteps = {
        tr("In NetSuite, open Setup → Company → Enable Features → SuiteCloud and tick \"Token-Based "
           "Authentication\" and \"REST Web Services\"."),
        tr("Setup → Users/Roles → Manage Roles → New: a role \"Tidings (read only)\" with the permissions "
           "Transactions: Sales Order (View) and Item Fulfillment (View); Setup: Log in using Access Tokens "
           "(Full) and REST Web Services (Full); Reports: SuiteAnalytics Workbook (Edit). Give the role to "
           "the user Tidings reads as."),
        tr("Setup → Integration → Manage Integrations → New: name \"Tidings\", tick \"Token-Based "
           "Authentication\", untick the authorization code grant, and Save. Copy the consumer key and "
           "secret now; NetSuite shows them once."),
        tr("Setup → Users/Roles → Access Tokens → New: the \"Tidings\" application, that user and the "
           "\"Tidings (read only)\" role, then Save. Copy the token ID and secret now."),
        tr("Paste the four values here, with the account ID and that user's time zone."),
    };
    return info;
}

QString NetSuitePoller::type() const
{
    return typeName();
}

QString NetSuitePoller::realmOf(const QString &accountId)
{
    return accountId.trimmed().toUpper().replace(u'-', u'_');
}

QString NetSuitePoller::defaultBaseUrl(const QString &accountId)
{
    return u"https://"_s + accountId.trimmed().toLower().replace(u'_', u'-') + u".suitetalk.api.netsuite.com"_s;
}

QString NetSuitePoller::filterTime(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime start = utc.toUTC();
    // If clocks go back within the next hours, later instants show earlier times: start from the earliest.
    const int offset = std::min(zone.offsetFromUtc(start), zone.offsetFromUtc(start.addSecs(3 * 3600)));
    return start.addSecs(offset).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QDateTime NetSuitePoller::readTime(const QString &text, const QTimeZone &zone)
{
    QDateTime wall = QDateTime::fromString(text.trimmed(), u"yyyy-MM-ddTHH:mm:ss"_s);
    if (!wall.isValid()) {
        wall = QDateTime::fromString(text.trimmed(), u"yyyy-MM-dd HH:mm:ss"_s);
    }
    if (!wall.isValid()) {
        return {};
    }
    wall.setTimeSpec(Qt::UTC); // the digits as if they were UTC; the zone's offset is subtracted below
    std::optional<QDateTime> earliest;
    int largestOffset = std::numeric_limits<int>::min();
    for (const qint64 probe : {-86400, 0, 86400}) {
        const int offset = zone.offsetFromUtc(wall.addSecs(probe));
        largestOffset = std::max(largestOffset, offset);
        const QDateTime candidate = wall.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && (!earliest || candidate < *earliest)) {
            earliest = candidate;
        }
    }
    // A time the clocks skipped cannot be shown; read it with the larger offset (the earlier instant).
    return earliest.value_or(wall.addSecs(-largestOffset));
}

QString NetSuitePoller::query(const QDateTime &windowStart, const QTimeZone &zone)
{
    return u"SELECT t.id, t.type, t.tranid, t.otherrefnum, t.status, t.email, BUILTIN.DF(t.entity) AS customer,"
           " t.foreigntotal, (SELECT c.symbol FROM currency c WHERE c.id = t.currency) AS currency,"
           " t.createdfrom, BUILTIN.DF(t.createdfrom) AS createdfromtext, BUILTIN.DF(t.shipmethod) AS carrier,"
           " (SELECT MAX(p.packagetrackingnumber) FROM itemfulfillmentpackage p WHERE p.itemfulfillment = t.id)"
           " AS trackingnumber,"
           " TO_CHAR(t.lastmodifieddate, 'YYYY-MM-DD\"T\"HH24:MI:SS') AS lastmodified"
           " FROM transaction t"
           " WHERE t.type IN ('SalesOrd', 'ItemShip')"
           " AND t.lastmodifieddate >= TO_TIMESTAMP('%1', 'YYYY-MM-DD HH24:MI:SS')"
           " ORDER BY t.lastmodifieddate, t.id"_s.arg(filterTime(windowStart, zone));
}

PollOutcome NetSuitePoller::parsePage(const QByteArray &body, int offset, int limit, const SourceConfig &source,
                                      const QTimeZone &zone)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value("items"_L1).isArray()) {
        return PollOutcome::failure(Error::make(
            ErrorCode::ProviderFailed,
            tr("NetSuite answered with something that is not the list of "
               "sales orders Tidings asked for. Tidings will ask again."),
            u"answer is not a SuiteQL result: %1"_s.arg(
                parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"no items array"_s),
            true));
    }
    const QJsonObject root = document.object();
    const Statuses statuses(source);
    PollPage page;
    page.rawBody = body;
    const QJsonArray items = root.value("items"_L1).toArray();
    for (const QJsonValue &entry : items) {
        const QJsonObject row = entry.toObject();
        const QDateTime modified = readTime(field(row, "lastmodified"_L1), zone);
        if (modified.isValid() && (!page.newestSeen.isValid() || modified > page.newestSeen)) {
            page.newestSeen = modified;
        }
        appendEvents(row, source, statuses, modified, page.events);
    }
    // NetSuite wants offsets that are multiples of the limit; its own "next" link is offset + limit.
    const qint64 next = qint64(offset) + limit;
    page.more = root.value("hasMore"_L1).toBool() && !items.isEmpty() && next < MaxRows;
    page.nextPageToken = page.more ? QString::number(next) : QString();
    return PollOutcome::success(std::move(page));
}

void NetSuitePoller::fetch(const PollRequest &request, QNetworkAccessManager *network, Done done)
{
    const QJsonObject &options = request.source.options;
    const QString accountId = options.value("accountId"_L1).toString().trimmed();
    if (accountId.isEmpty()) {
        done(PollOutcome::failure(Error::make(ErrorCode::Config,
                                              tr("The NetSuite account ID of \"%1\" is missing. Add it in "
                                                 "Connections (Setup → Company → Company Information).")
                                                  .arg(request.source.name),
                                              u"option accountId missing"_s)));
        return;
    }
    QString baseText = options.value("baseUrl"_L1).toString().trimmed();
    if (baseText.isEmpty()) {
        baseText = defaultBaseUrl(accountId);
    }
    const QUrl base(baseText);
    if (auto error = PollHttp::checkBaseUrl(base, tr("NetSuite"))) {
        done(PollOutcome::failure(*error));
        return;
    }
    const OAuth1Signer::Credentials credentials{
        request.secrets.value(u"consumerKey"_s), request.secrets.value(u"consumerSecret"_s),
        request.secrets.value(u"tokenId"_s), request.secrets.value(u"tokenSecret"_s)};
    if (credentials.consumerKey.isEmpty() || credentials.consumerSecret.isEmpty() || credentials.token.isEmpty() ||
        credentials.tokenSecret.isEmpty()) {
        done(PollOutcome::failure(Error::make(ErrorCode::Config,
                                              tr("The NetSuite access token of \"%1\" is incomplete, so its sales "
                                                 "orders cannot be read. Add the consumer key and secret and the "
                                                 "token ID and secret in Connections.")
                                                  .arg(request.source.name),
                                              u"a secret of consumerKey, consumerSecret, tokenId, tokenSecret "
                                              "is missing"_s)));
        return;
    }
    const QString zoneName = options.value("timeZone"_L1).toString().trimmed();
    const QTimeZone zone = zoneName.isEmpty() ? QTimeZone(QByteArrayLiteral("UTC")) : QTimeZone(zoneName.toUtf8());
    if (!zone.isValid()) {
        done(PollOutcome::failure(Error::make(ErrorCode::Config,
                                              tr("Tidings does not know the time zone \"%1\" set for \"%2\". Use a "
                                                 "name such as America/Chicago or Europe/London.")
                                                  .arg(zoneName, request.source.name),
                                              u"unknown time zone"_s)));
        return;
    }
    bool ok = false;
    const int offset = request.pageToken.isEmpty() ? 0 : request.pageToken.toInt(&ok);
    if (!request.pageToken.isEmpty() && (!ok || offset < 0)) {
        done(PollOutcome::failure(Error::make(ErrorCode::Internal,
                                              tr("Tidings lost its place in NetSuite's list of sales orders and "
                                                 "starts again."),
                                              u"bad page token \"%1\""_s.arg(request.pageToken), true)));
        return;
    }

    const int limit = std::clamp(int(options.value("pageSize"_L1).toInteger(PageSize)), 1, 1000);
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u"/services/rest/query/v1/suiteql"_s);
    QUrlQuery parameters;
    parameters.addQueryItem(u"limit"_s, QString::number(limit));
    parameters.addQueryItem(u"offset"_s, QString::number(offset));
    url.setQuery(parameters);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"q"_s, query(request.windowStart, zone)}}).toJson(QJsonDocument::Compact);

    // A JSON body is not part of the OAuth 1.0a signature; the query parameters are.
    const OAuth1Signer signer(credentials, realmOf(accountId));
    QNetworkRequest http(url);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    http.setRawHeader(QByteArrayLiteral("Prefer"), QByteArrayLiteral("transient"));
    http.setRawHeader(QByteArrayLiteral("Authorization"), signer.sign(QByteArrayLiteral("POST"), url).authorization);
    PollHttp::send(
        network, http, QByteArrayLiteral("POST"), body,
        [source = request.source, offset, limit, zone, done = std::move(done)](const PollHttp::Answer &answer) {
            if (answer.status == 200) {
                done(parsePage(answer.body, offset, limit, source, zone));
                return;
            }
            PollOutcome failure = PollHttp::failureOf(answer, tr("NetSuite"));
            const QString detail = netSuiteDetail(answer.body);
            if (answer.status == 401 || answer.status == 403) {
                failure.error->message =
                    tr("NetSuite refused the access token of \"%1\" (HTTP %2). Check the account ID, the consumer "
                       "key and secret and the token ID and secret, and that the token's role may log in with "
                       "access tokens; NetSuite's Login Audit Trail says why.")
                        .arg(source.name)
                        .arg(answer.status);
            } else if (answer.status == 400) {
                failure.error->message = tr("NetSuite refused Tidings' question about sales orders: %1. Check "
                                            "that the token's role may view sales orders and item fulfilments "
                                            "and use SuiteAnalytics Workbook.")
                                             .arg(detail.isEmpty() ? tr("no reason given") : detail);
            }
            done(failure);
        });
}

} // namespace Tidings
