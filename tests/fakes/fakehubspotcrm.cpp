#include "fakes/fakehubspotcrm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

const QString CorrelationId = u"7c1b7f0e-3c9a-4d7e-9a55-2f0d3b6c8e41"_s;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString &message, const QString &category, const QJsonObject &extra = {})
{
    QJsonObject body{{u"status"_s, u"error"_s},
                     {u"message"_s, message},
                     {u"correlationId"_s, CorrelationId},
                     {u"category"_s, category}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        body.insert(it.key(), it.value());
    }
    return compact(body);
}

QByteArray validationError(const QString &message)
{
    return errorBody(message, u"VALIDATION_ERROR"_s);
}

bool isDigits(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,19}$"_s);
    return digits.match(text).hasMatch();
}

// What a request is: "search", "associations" or "contacts", with the object it reads.
struct Route
{
    QString kind;
    QString object;
};

std::optional<Route> routeOf(const QByteArray &path)
{
    static const QRegularExpression search(u"^/crm/v3/objects/(deals|orders)/search$"_s);
    static const QRegularExpression associations(u"^/crm/v4/associations/(deals|orders)/contacts/batch/read$"_s);
    const QString text = QString::fromUtf8(path);
    if (const auto match = search.match(text); match.hasMatch()) {
        return Route{u"search"_s, match.captured(1)};
    }
    if (const auto match = associations.match(text); match.hasMatch()) {
        return Route{u"associations"_s, match.captured(1)};
    }
    if (text == "/crm/v3/objects/contacts/batch/read"_L1) {
        return Route{u"contacts"_s, u"contacts"_s};
    }
    return std::nullopt;
}

QStringList scopesFor(const Route &route)
{
    if (route.kind == "contacts"_L1) {
        return {u"crm.objects.contacts.read"_s};
    }
    const QString own = u"crm.objects.%1.read"_s.arg(route.object);
    return route.kind == "associations"_L1 ? QStringList{own, u"crm.objects.contacts.read"_s} : QStringList{own};
}

// The ids of a batch body's inputs, or nullopt when an input is not {"id": "<text>"}.
std::optional<QStringList> inputIds(const QJsonObject &body, int max)
{
    const QJsonArray inputs = body.value("inputs"_L1).toArray();
    if (inputs.isEmpty() || inputs.size() > max) {
        return std::nullopt;
    }
    QStringList ids;
    for (const QJsonValue &input : inputs) {
        const QJsonValue id = input.toObject().value("id"_L1);
        if (!id.isString() || !isDigits(id.toString())) {
            return std::nullopt;
        }
        ids.append(id.toString());
    }
    return ids;
}

QJsonObject recordJson(const QString &object, const FakeHubSpotCrm::Record &record)
{
    const QString modified = FakeHubSpotCrm::hubSpotTime(record.modifiedAt);
    const QString created = FakeHubSpotCrm::hubSpotTime(record.modifiedAt.addDays(-1));
    QJsonObject properties{{u"hs_object_id"_s, record.id}, {u"hs_lastmodifieddate"_s, modified}};
    if (object == "orders"_L1) {
        properties.insert(u"hs_order_name"_s, record.name.isEmpty() ? QJsonValue(QJsonValue::Null) : record.name);
        properties.insert(u"hs_pipeline"_s, u"14a2e10e-5471-408a-906e-c51f3b04369e"_s);
        properties.insert(u"hs_pipeline_stage"_s, record.stage);
        properties.insert(u"hs_total_price"_s, record.total);
        properties.insert(u"hs_currency_code"_s, record.currency);
        properties.insert(u"hs_fulfillment_status"_s,
                          record.fulfillment.isEmpty() ? QJsonValue(QJsonValue::Null) : record.fulfillment);
        properties.insert(u"hs_shipping_tracking_number"_s,
                          record.tracking.isEmpty() ? QJsonValue(QJsonValue::Null) : record.tracking);
        properties.insert(u"hs_shipping_status_url"_s,
                          record.trackingUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : record.trackingUrl);
        properties.insert(u"hs_createdate"_s, created);
    } else {
        properties.insert(u"dealname"_s, record.name.isEmpty() ? u"Deal %1"_s.arg(record.id) : record.name);
        properties.insert(u"pipeline"_s, u"default"_s);
        properties.insert(u"dealstage"_s, record.stage);
        properties.insert(u"amount"_s, record.total);
        properties.insert(u"deal_currency_code"_s, record.currency);
        properties.insert(u"createdate"_s, created);
    }
    return QJsonObject{{u"id"_s, record.id},
                       {u"properties"_s, properties},
                       {u"createdAt"_s, created},
                       {u"updatedAt"_s, modified},
                       {u"archived"_s, false}};
}

QJsonObject notFound(const QString &message, const QStringList &ids)
{
    return QJsonObject{{u"status"_s, u"error"_s},
                       {u"category"_s, u"OBJECT_NOT_FOUND"_s},
                       {u"message"_s, message},
                       {u"context"_s, QJsonObject{{u"ids"_s, QJsonArray::fromStringList(ids)}}}};
}

QJsonObject batchAnswer(const QJsonArray &results, const QJsonArray &errors)
{
    QJsonObject body{{u"status"_s, u"COMPLETE"_s},
                     {u"results"_s, results},
                     {u"startedAt"_s, u"2026-03-02T09:00:00.100Z"_s},
                     {u"completedAt"_s, u"2026-03-02T09:00:00.180Z"_s}};
    if (!errors.isEmpty()) {
        body.insert(u"numErrors"_s, errors.size());
        body.insert(u"errors"_s, errors);
    }
    return body;
}

} // namespace

FakeHubSpotCrm::FakeHubSpotCrm(QString token, QObject *parent)
    : FakePlatformServer(parent)
    , m_token(std::move(token))
    , m_scopes{u"crm.objects.deals.read"_s, u"crm.objects.orders.read"_s, u"crm.objects.contacts.read"_s}
{}

QString FakeHubSpotCrm::hubSpotTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

void FakeHubSpotCrm::upsert(const QString &object, const Record &record)
{
    QList<Record> &records = m_records[object];
    for (Record &existing : records) {
        if (existing.id == record.id) {
            existing = record;
            return;
        }
    }
    records.append(record);
}

FakeHubSpotCrm::Record FakeHubSpotCrm::record(const QString &object, const QString &id) const
{
    for (const Record &existing : m_records.value(object)) {
        if (existing.id == id) {
            return existing;
        }
    }
    return {};
}

void FakeHubSpotCrm::upsertContact(const Contact &contact)
{
    for (Contact &existing : m_contacts) {
        if (existing.id == contact.id) {
            existing = contact;
            return;
        }
    }
    m_contacts.append(contact);
}

FakePlatformServer::Response FakeHubSpotCrm::reply(int status, const QByteArray &body) const
{
    Headers headers;
    if (m_now.isValid()) {
        headers.append({QByteArrayLiteral("Date"),
                        QLocale::c().toString(m_now.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()});
    }
    return json(status, body, headers);
}

std::optional<FakePlatformServer::Response> FakeHubSpotCrm::violation(const Request &request) const
{
    const std::optional<Route> route = routeOf(request.path);
    if (!route || request.method != "POST") {
        return reply(404, QByteArray()); // HubSpot answers unknown routes with an empty 404
    }
    if (request.headers.value(QByteArrayLiteral("authorization")) != "Bearer " + m_token.toUtf8()) {
        return reply(401, errorBody(u"Authentication credentials not found. This API supports OAuth 2.0 "
                                    "authentication and you can find more details at "
                                    "https://developers.hubspot.com/docs/methods/auth/oauth-overview"_s,
                                    u"INVALID_AUTHENTICATION"_s));
    }
    const QStringList needed = scopesFor(*route);
    for (const QString &scope : needed) {
        if (!m_scopes.contains(scope)) {
            return reply(
                403,
                errorBody(u"This app hasn't been granted all required scopes to make this call. Read more about "
                          "required scopes here: https://developers.hubspot.com/scopes."_s,
                          u"MISSING_SCOPES"_s,
                          {{u"errors"_s, QJsonArray{QJsonObject{
                                             {u"message"_s, u"One or more of the following scopes are required."_s},
                                             {u"context"_s, QJsonObject{{u"requiredGranularScopes"_s,
                                                                         QJsonArray::fromStringList(needed)}}}}}},
                           {u"links"_s, QJsonObject{{u"scopes"_s, u"https://developers.hubspot.com/scopes"_s}}}}));
        }
    }
    if (!request.headers.value(QByteArrayLiteral("content-type")).startsWith("application/json")) {
        return reply(415, errorBody(u"Unsupported Media Type"_s, u"VALIDATION_ERROR"_s));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return reply(400, validationError(u"Invalid input JSON on line 1"_s));
    }
    const QJsonObject body = document.object();
    if (route->kind == "search"_L1) {
        const QJsonArray groups = body.value("filterGroups"_L1).toArray();
        const QJsonArray filters = groups.size() == 1 ? groups.first()["filters"_L1].toArray() : QJsonArray();
        const QJsonObject filter = filters.size() == 1 ? filters.first().toObject() : QJsonObject();
        const QJsonArray sorts = body.value("sorts"_L1).toArray();
        const QJsonObject sort = sorts.size() == 1 ? sorts.first().toObject() : QJsonObject();
        const QJsonValue limit = body.value("limit"_L1);
        const QJsonValue after = body.value("after"_L1);
        if (filter.value("propertyName"_L1).toString() != "hs_lastmodifieddate"_L1 ||
            filter.value("operator"_L1).toString() != "GTE"_L1 || !isDigits(filter.value("value"_L1).toString()) ||
            sort.value("propertyName"_L1).toString() != "hs_lastmodifieddate"_L1 ||
            sort.value("direction"_L1).toString() != "ASCENDING"_L1 || !body.value("properties"_L1).isArray() ||
            !limit.isDouble() || limit.toInt() < 1 || limit.toInt() > 200 ||
            (!after.isUndefined() && !(after.isString() && isDigits(after.toString())))) {
            return reply(400, validationError(u"There was a problem with the request."_s));
        }
        if (after.toString().toLongLong() >= 10000) {
            return reply(400, validationError(u"There was a problem with the request."_s));
        }
    } else if (route->kind == "associations"_L1) {
        if (!inputIds(body, 1000)) {
            return reply(400, validationError(u"Invalid input: inputs must hold 1 to 1000 ids"_s));
        }
    } else if (!inputIds(body, 100) || !body.value("properties"_L1).isArray()) {
        return reply(400, validationError(u"Invalid input: inputs must hold 1 to 100 ids"_s));
    }
    return std::nullopt;
}

FakePlatformServer::Response FakeHubSpotCrm::serve(const Request &request)
{
    const Route route = *routeOf(request.path);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (route.kind == "search"_L1) {
        return search(route.object, body);
    }
    if (route.kind == "associations"_L1) {
        return associations(route.object, body);
    }
    return contacts(body);
}

FakePlatformServer::Response FakeHubSpotCrm::search(const QString &object, const QJsonObject &body) const
{
    const QJsonObject filter = body["filterGroups"_L1][0]["filters"_L1][0].toObject();
    const qint64 from = filter.value("value"_L1).toString().toLongLong();
    QList<Record> matching;
    for (const Record &record : m_records.value(object)) {
        if (record.modifiedAt.toMSecsSinceEpoch() >= from) {
            matching.append(record);
        }
    }
    std::sort(matching.begin(), matching.end(), [](const Record &a, const Record &b) {
        return a.modifiedAt != b.modifiedAt ? a.modifiedAt < b.modifiedAt : a.id.toLongLong() < b.id.toLongLong();
    });
    const qsizetype offset = body.value("after"_L1).toString().toLongLong();
    const qsizetype size = std::min(body.value("limit"_L1).toInt(), m_maxPerPage);
    QJsonArray results;
    for (qsizetype i = offset; i < std::min(matching.size(), offset + size); ++i) {
        results.append(recordJson(object, matching.at(i)));
    }
    QJsonObject result{{u"total"_s, matching.size()}, {u"results"_s, results}};
    if (offset + size < matching.size()) {
        const QString next = QString::number(offset + size);
        result.insert(u"paging"_s,
                      QJsonObject{{u"next"_s, QJsonObject{{u"after"_s, next}, {u"link"_s, u"?after=%1"_s.arg(next)}}}});
    }
    return reply(200, compact(result));
}

FakePlatformServer::Response FakeHubSpotCrm::associations(const QString &object, const QJsonObject &body) const
{
    // HUBSPOT_DEFINED deal → contact is type 3; order → contact 507.
    const int typeId = object == "orders"_L1 ? 507 : 3;
    QJsonArray results;
    QJsonArray errors;
    const QStringList ids = inputIds(body, 1000).value_or(QStringList());
    for (const QString &id : ids) {
        const Record found = record(object, id);
        if (found.id.isEmpty() || found.contactIds.isEmpty()) {
            errors.append(notFound(u"No contacts are associated with %1 %2."_s.arg(object, id), {id}));
            continue;
        }
        QJsonArray to;
        for (const QString &contact : found.contactIds) {
            to.append(QJsonObject{{u"toObjectId"_s, contact.toLongLong()},
                                  {u"associationTypes"_s, QJsonArray{QJsonObject{{u"category"_s, u"HUBSPOT_DEFINED"_s},
                                                                                 {u"typeId"_s, typeId},
                                                                                 {u"label"_s, QJsonValue::Null}}}}});
        }
        results.append(QJsonObject{{u"from"_s, QJsonObject{{u"id"_s, id}}}, {u"to"_s, to}});
    }
    return reply(errors.isEmpty() ? 200 : 207, compact(batchAnswer(results, errors)));
}

FakePlatformServer::Response FakeHubSpotCrm::contacts(const QJsonObject &body) const
{
    QJsonArray results;
    QStringList missing;
    const QStringList ids = inputIds(body, 100).value_or(QStringList());
    for (const QString &id : ids) {
        const auto found = std::find_if(m_contacts.cbegin(), m_contacts.cend(),
                                        [&id](const Contact &contact) { return contact.id == id; });
        if (found == m_contacts.cend()) {
            missing.append(id);
            continue;
        }
        const QJsonObject properties{
            {u"email"_s, found->email.isEmpty() ? QJsonValue(QJsonValue::Null) : found->email},
            {u"firstname"_s, found->firstName},
            {u"lastname"_s, found->lastName},
            {u"phone"_s, found->phone.isEmpty() ? QJsonValue(QJsonValue::Null) : found->phone},
            {u"hs_language"_s, found->language.isEmpty() ? QJsonValue(QJsonValue::Null) : found->language},
            {u"hs_object_id"_s, found->id},
            {u"createdate"_s, u"2026-01-10T08:00:00.000Z"_s},
            {u"lastmodifieddate"_s, u"2026-02-10T08:00:00.000Z"_s}};
        results.append(QJsonObject{{u"id"_s, found->id},
                                   {u"properties"_s, properties},
                                   {u"createdAt"_s, u"2026-01-10T08:00:00.000Z"_s},
                                   {u"updatedAt"_s, u"2026-02-10T08:00:00.000Z"_s},
                                   {u"archived"_s, false}});
    }
    QJsonArray errors;
    if (!missing.isEmpty()) {
        errors.append(notFound(u"Could not get some CONTACT objects, they may be deleted or not exist."_s, missing));
    }
    return reply(errors.isEmpty() ? 200 : 207, compact(batchAnswer(results, errors)));
}

FakePlatformServer::Response FakeHubSpotCrm::answer(Mode mode, const Request &request)
{
    const QByteArray retryAfter = QByteArray::number(retryAfterSeconds());
    const QByteArray secondly = compact(QJsonObject{{u"status"_s, u"error"_s},
                                                    {u"message"_s, u"You have reached your secondly limit."_s},
                                                    {u"errorType"_s, u"RATE_LIMIT"_s},
                                                    {u"correlationId"_s, CorrelationId},
                                                    {u"policyName"_s, u"SECONDLY"_s},
                                                    {u"groupName"_s, u"publicapi:search-secondly:123456"_s}});
    switch (mode) {
    case Mode::RateLimit429:
        return json(429, secondly, {{QByteArrayLiteral("Retry-After"), retryAfter}});
    case Mode::Throttled:
        return json(429, secondly); // HubSpot's own throttle answer: no Retry-After, the policy says the window
    case Mode::ServerError500:
        return json(500, errorBody(u"internal error"_s, u"INTERNAL_ERROR"_s));
    case Mode::Unavailable503:
        return json(503, errorBody(u"Service Unavailable"_s, u"SERVICE_UNAVAILABLE"_s),
                    {{QByteArrayLiteral("Retry-After"), retryAfter}});
    case Mode::Unauthorized401:
        return json(401, errorBody(u"Authentication credentials not found."_s, u"INVALID_AUTHENTICATION"_s));
    case Mode::Serve:
        break;
    }
    return FakePlatformServer::answer(mode, request);
}

} // namespace Tidings::Test
