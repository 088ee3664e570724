#include "fakes/fakeshopifyadmin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString cursorFor(const FakeShopifyAdmin::Order &order)
{
    return QString::fromLatin1(
        QByteArray(QByteArray::number(order.updatedAt.toMSecsSinceEpoch()) + '|' + order.id.toUtf8()).toBase64());
}

bool before(const FakeShopifyAdmin::Order &a, const FakeShopifyAdmin::Order &b)
{
    if (a.updatedAt != b.updatedAt) {
        return a.updatedAt < b.updatedAt;
    }
    return a.id.toLongLong() < b.id.toLongLong();
}

} // namespace

FakeShopifyAdmin::FakeShopifyAdmin(QString accessToken, QString apiVersion, QObject *parent)
    : FakePlatformServer(parent)
    , m_token(std::move(accessToken))
    , m_version(std::move(apiVersion))
{}

void FakeShopifyAdmin::upsertOrder(const Order &order)
{
    for (Order &existing : m_orders) {
        if (existing.id == order.id) {
            existing = order;
            return;
        }
    }
    m_orders.append(order);
}

FakeShopifyAdmin::Order FakeShopifyAdmin::order(const QString &id) const
{
    for (const Order &existing : m_orders) {
        if (existing.id == id) {
            return existing;
        }
    }
    return {};
}

void FakeShopifyAdmin::setThrottle(double currentlyAvailable, double restoreRate, double queryCost)
{
    m_available = currentlyAvailable;
    m_restoreRate = restoreRate;
    m_queryCost = queryCost;
}

QJsonObject FakeShopifyAdmin::variables(int index) const
{
    return QJsonDocument::fromJson(requests().value(index).body).object().value(u"variables"_s).toObject();
}

std::optional<FakePlatformServer::Response> FakeShopifyAdmin::violation(const Request &request) const
{
    if (request.path != "/admin/api/" + m_version.toUtf8() + "/graphql.json") {
        return json(404, R"({"errors":"Not Found"})");
    }
    if (request.method != "POST") {
        return json(405, R"({"errors":"Method Not Allowed"})");
    }
    if (request.headers.value(QByteArrayLiteral("x-shopify-access-token")) != m_token.toUtf8()) {
        return json(
            401,
            R"json({"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"})json");
    }

    if (!request.headers.value(QByteArrayLiteral("content-type")).startsWith("application/json")) {
        return json(415, R"({"errors":"Unsupported Media Type"})");
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString query = body.value(u"query"_s).toString();
    const QJsonObject variables = body.value(u"variables"_s).toObject();
    static const QRegularExpression filter(u"^updated_at:>='([^']+)'$"_s);
    if (!query.contains(u"orders(first: $first, after: $after, sortKey: UPDATED_AT, query: $query)"_s) ||
        !filter.match(variables.value(u"query"_s).toString()).hasMatch() || !variables.value(u"first"_s).isDouble()) {
        return json(
            200,
            R"({"errors":[{"message":"Field 'orders' is missing required arguments","extensions":{"code":"BAD_REQUEST"}}]})");
    }
    return std::nullopt;
}

QJsonObject FakeShopifyAdmin::cost() const
{
    return QJsonObject{
        {u"requestedQueryCost"_s, m_queryCost},
        {u"actualQueryCost"_s, m_queryCost},
        {u"throttleStatus"_s, QJsonObject{{u"maximumAvailable"_s, 1000.0},
                                          {u"currentlyAvailable"_s, m_available},
                                          {u"restoreRate"_s, m_restoreRate}}},
    };
}

QJsonObject FakeShopifyAdmin::render(const Order &order, bool addressCodes) const
{
    QJsonArray fulfillments;
    for (const Fulfillment &fulfillment : order.fulfillments) {
        QJsonArray tracking;
        if (!fulfillment.number.isEmpty()) {
            tracking.append(QJsonObject{
                {u"company"_s, fulfillment.company}, {u"number"_s, fulfillment.number}, {u"url"_s, fulfillment.url}});
        }
        fulfillments.append(QJsonObject{
            {u"id"_s, QString(u"gid://shopify/Fulfillment/"_s + fulfillment.id)},
            {u"legacyResourceId"_s, fulfillment.id},
            {u"name"_s, QString(order.name + u".1"_s)},
            {u"status"_s, fulfillment.status},
            {u"displayStatus"_s, fulfillment.displayStatus},
            {u"createdAt"_s, timeOrNull(fulfillment.updatedAt)},
            {u"updatedAt"_s, timeOrNull(fulfillment.updatedAt)},
            {u"trackingInfo"_s, tracking},
        });
    }
    QJsonObject address{{u"firstName"_s, u"Ada"_s},
                        {u"lastName"_s, u"Lovelace"_s},
                        {u"name"_s, u"Ada Lovelace"_s},
                        {u"phone"_s, QJsonValue(QJsonValue::Null)}};
    if (addressCodes) {
        address.insert(u"countryCodeV2"_s, u"US"_s);
        address.insert(u"provinceCode"_s, u"CA"_s);
    }
    return QJsonObject{
        {u"id"_s, QString(u"gid://shopify/Order/"_s + order.id)},
        {u"legacyResourceId"_s, order.id},
        {u"name"_s, order.name},
        {u"email"_s, order.email},
        {u"phone"_s, QJsonValue(QJsonValue::Null)},
        {u"customerLocale"_s, u"en"_s},
        {u"createdAt"_s, timeOrNull(order.createdAt.isValid() ? order.createdAt : order.updatedAt)},
        {u"updatedAt"_s, timeOrNull(order.updatedAt)},
        {u"cancelledAt"_s, order.cancelled ? timeOrNull(order.updatedAt) : QJsonValue(QJsonValue::Null)},
        {u"displayFinancialStatus"_s, order.financial},
        {u"displayFulfillmentStatus"_s, order.fulfillment},
        {u"currencyCode"_s, u"EUR"_s},
        {u"totalPriceSet"_s,
         QJsonObject{{u"shopMoney"_s, QJsonObject{{u"amount"_s, order.total}, {u"currencyCode"_s, u"EUR"_s}}}}},
        {u"customer"_s, QJsonObject{{u"firstName"_s, u"Ada"_s},
                                    {u"lastName"_s, u"Lovelace"_s},
                                    {u"email"_s, order.email},
                                    {u"phone"_s, QJsonValue(QJsonValue::Null)}}},
        {u"shippingAddress"_s, address},
        {u"lineItems"_s,
         QJsonObject{{u"nodes"_s, QJsonArray{QJsonObject{
                                      {u"sku"_s, u"MUG-1"_s},
                                      {u"name"_s, u"Mug"_s},
                                      {u"title"_s, u"Mug"_s},
                                      {u"quantity"_s, 1},
                                      {u"originalUnitPriceSet"_s,
                                       QJsonObject{{u"shopMoney"_s, QJsonObject{{u"amount"_s, order.total}}}}}}}}}},
        {u"fulfillments"_s, fulfillments},
    };
}

FakePlatformServer::Response FakeShopifyAdmin::serve(const Request &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonObject variables = body.value(u"variables"_s).toObject();
    static const QRegularExpression asksCodes(u"shippingAddress \\{[^}]*countryCodeV2[^}]*provinceCode"_s);
    const bool addressCodes = asksCodes.match(body.value(u"query"_s).toString()).hasMatch();
    static const QRegularExpression filter(u"^updated_at:>='([^']+)'$"_s);
    const QDateTime since =
        QDateTime::fromString(filter.match(variables.value(u"query"_s).toString()).captured(1), Qt::ISODate);
    QList<Order> matching;
    for (const Order &order : std::as_const(m_orders)) {
        if (!since.isValid() || order.updatedAt >= since) {
            matching.append(order);
        }
    }
    std::sort(matching.begin(), matching.end(), before);
    qsizetype start = 0;
    const QString after = variables.value(u"after"_s).toString();
    if (!after.isEmpty()) {
        const QList<QByteArray> parts = QByteArray::fromBase64(after.toLatin1()).split('|');
        if (parts.size() != 2) {
            return json(
                200,
                R"({"errors":[{"message":"Invalid cursor for current pagination sort.","extensions":{"code":"BAD_REQUEST"}}]})");
        }
        Order key;
        key.updatedAt = QDateTime::fromMSecsSinceEpoch(parts.at(0).toLongLong(), Qt::UTC);
        key.id = QString::fromUtf8(parts.at(1));
        while (start < matching.size() && !before(key, matching.at(start))) {
            ++start;
        }
    }
    const int first = std::min(m_pageSize, variables.value(u"first"_s).toInt());
    QJsonArray nodes;
    qsizetype end = std::min<qsizetype>(matching.size(), start + first);
    for (qsizetype i = start; i < end; ++i) {
        nodes.append(render(matching.at(i), addressCodes));
    }
    const bool more = end < matching.size();
    const QJsonObject pageInfo{
        {u"hasNextPage"_s, more},
        {u"endCursor"_s, end > start ? QJsonValue(cursorFor(matching.at(end - 1))) : QJsonValue(QJsonValue::Null)}};
    const QJsonObject root{
        {u"data"_s, QJsonObject{{u"orders"_s, QJsonObject{{u"nodes"_s, nodes}, {u"pageInfo"_s, pageInfo}}}}},
        {u"extensions"_s, QJsonObject{{u"cost"_s, cost()}}},
    };
    return json(200, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

FakePlatformServer::Response FakeShopifyAdmin::answer(Mode mode, const Request &request)
{
    if (mode != Mode::Throttled) {
        return FakePlatformServer::answer(mode, request);
    }
    QJsonObject throttled = cost();
    throttled.insert(u"actualQueryCost"_s, QJsonValue(QJsonValue::Null));
    const QJsonObject root{
        {u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, u"Throttled"_s},
                                             {u"extensions"_s, QJsonObject{{u"code"_s, u"THROTTLED"_s}}}}}},
        {u"extensions"_s, QJsonObject{{u"cost"_s, throttled}}},
    };
    return json(200, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace Tidings::Test
