#include "fakes/fakewoocommerceapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QString wooTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QByteArray restError(const char *code, const char *message)
{
    return QJsonDocument(QJsonObject{{u"code"_s, QString::fromLatin1(code)},
                                     {u"message"_s, QString::fromLatin1(message)},
                                     {u"data"_s, QJsonObject{{u"status"_s, 400}}}})
        .toJson(QJsonDocument::Compact);
}

QDateTime readUtc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm:ss"_s);
    if (time.isValid()) {
        time.setTimeSpec(Qt::UTC);
    }
    return time;
}

} // namespace

FakeWooCommerceApi::FakeWooCommerceApi(QString consumerKey, QString consumerSecret, QObject *parent)
    : FakePlatformServer(parent)
    , m_key(std::move(consumerKey))
    , m_secret(std::move(consumerSecret))
{}

void FakeWooCommerceApi::upsertOrder(const Order &order)
{
    for (Order &existing : m_orders) {
        if (existing.id == order.id) {
            existing = order;
            return;
        }
    }
    m_orders.append(order);
}

std::optional<FakePlatformServer::Response> FakeWooCommerceApi::violation(const Request &request) const
{
    if (request.path != "/wp-json/wc/v3/orders") {
        return json(404, restError("rest_no_route", "No route was found matching the URL and request method."));
    }
    if (request.method != "GET") {
        return json(404, restError("rest_no_route", "No route was found matching the URL and request method."));
    }
    const QByteArray expected = "Basic " + (m_key + u':' + m_secret).toUtf8().toBase64();
    if (request.headers.value(QByteArrayLiteral("authorization")) != expected) {
        return json(401, restError("woocommerce_rest_cannot_view", "Sorry, you cannot list resources."));
    }
    const QUrlQuery &query = request.query;
    const int perPage = query.queryItemValue(u"per_page"_s).toInt();
    if (query.queryItemValue(u"dates_are_gmt"_s) != "true"_L1 || query.queryItemValue(u"orderby"_s) != "modified"_L1 ||
        query.queryItemValue(u"order"_s) != "asc"_L1 || perPage < 1 || perPage > 100 ||
        !readUtc(query.queryItemValue(u"modified_after"_s)).isValid() || query.queryItemValue(u"page"_s).toInt() < 1) {
        return json(400, restError("rest_invalid_param", "Invalid parameter(s)."));
    }
    return std::nullopt;
}

FakePlatformServer::Response FakeWooCommerceApi::serve(const Request &request)
{
    const QDateTime after = readUtc(request.query.queryItemValue(u"modified_after"_s));
    const int perPage = std::min(m_maxPerPage, request.query.queryItemValue(u"per_page"_s).toInt());
    const int page = request.query.queryItemValue(u"page"_s).toInt();
    QList<Order> matching;
    for (const Order &order : std::as_const(m_orders)) {
        if (order.modified > after) {
            matching.append(order);
        }
    }
    std::sort(matching.begin(), matching.end(), [](const Order &a, const Order &b) {
        return a.modified != b.modified ? a.modified < b.modified : a.id.toLongLong() < b.id.toLongLong();
    });
    const qsizetype total = matching.size();
    const qsizetype totalPages = (total + perPage - 1) / perPage;
    QJsonArray orders;
    for (qsizetype i = qsizetype(page - 1) * perPage; i < std::min(total, qsizetype(page) * perPage); ++i) {
        const Order &order = matching.at(i);
        QJsonArray meta;
        if (!order.trackingNumber.isEmpty()) {
            meta.append(QJsonObject{
                {u"id"_s, 9001},
                {u"key"_s, u"_wc_shipment_tracking_items"_s},
                {u"value"_s, QJsonArray{QJsonObject{{u"tracking_provider"_s, order.trackingProvider},
                                                    {u"tracking_number"_s, order.trackingNumber},
                                                    {u"tracking_id"_s, QString(u"trk-"_s + order.trackingNumber)},
                                                    {u"date_shipped"_s, u"1700000000"_s}}}}});
        }
        orders.append(QJsonObject{
            {u"id"_s, order.id.toLongLong()},
            {u"number"_s, order.number.isEmpty() ? order.id : order.number},
            {u"status"_s, order.status},
            {u"currency"_s, u"EUR"_s},
            {u"total"_s, order.total},
            {u"prices_include_tax"_s, true},
            {u"date_created_gmt"_s, wooTime(order.modified)},
            {u"date_modified_gmt"_s, wooTime(order.modified)},
            {u"billing"_s, QJsonObject{{u"first_name"_s, u"Grace"_s},
                                       {u"last_name"_s, u"Hopper"_s},
                                       {u"email"_s, order.email},
                                       {u"phone"_s, u""_s}}},
            {u"shipping"_s, QJsonObject{{u"first_name"_s, u"Grace"_s}, {u"last_name"_s, u"Hopper"_s}}},
            {u"line_items"_s, QJsonArray{QJsonObject{{u"id"_s, 1},
                                                     {u"name"_s, u"Tea"_s},
                                                     {u"sku"_s, u"TEA-1"_s},
                                                     {u"quantity"_s, 1},
                                                     {u"total"_s, order.total},
                                                     {u"total_tax"_s, u"0.00"_s}}}},
            {u"refunds"_s, QJsonArray{}},
            {u"meta_data"_s, meta},
        });
    }
    return json(200, QJsonDocument(orders).toJson(QJsonDocument::Compact),
                {{QByteArrayLiteral("X-WP-Total"), QByteArray::number(total)},
                 {QByteArrayLiteral("X-WP-TotalPages"), QByteArray::number(totalPages)}});
}

} // namespace Tidings::Test
