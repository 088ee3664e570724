#include "fakes/fakemagentoapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

const QString Filter = u"searchCriteria[filter_groups][0][filters][0]"_s;

QString magentoTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QDateTime readUtc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    if (time.isValid()) {
        time.setTimeSpec(Qt::UTC);
    }
    return time;
}

QByteArray message(const QString &text, const QJsonObject &parameters = {})
{
    QJsonObject body{{u"message"_s, text}};
    if (!parameters.isEmpty()) {
        body.insert(u"parameters"_s, parameters);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString value(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

const QString SourceItems = u"inventory/source-items"_s;

// "orders", "shipments" or "inventory/source-items" (when the shop has MSI) from /rest[/{store}]/V1/{resource},
// when the store is the expected one.
QString resourceOf(const QByteArray &path, const QString &storeCode, bool inventory)
{
    const QString prefix = storeCode.isEmpty() ? u"/rest/V1/"_s : u"/rest/%1/V1/"_s.arg(storeCode);
    const QString text = QString::fromUtf8(path);
    if (!text.startsWith(prefix)) {
        return {};
    }
    const QString resource = text.mid(prefix.size());
    return resource == "orders"_L1 || resource == "shipments"_L1 || (inventory && resource == SourceItems) ? resource
                                                                                                           : QString();
}

bool matches(const QString &actual, const QString &wanted, const QString &condition)
{
    if (condition == "eq"_L1) {
        return actual == wanted;
    }
    if (condition == "in"_L1) {
        return wanted.split(u',').contains(actual);
    }
    if (condition == "gteq"_L1) {
        return readUtc(actual) >= readUtc(wanted);
    }
    return false;
}

// The asked page of `all` (in the order served) as Magento's search result.
QJsonObject searchPage(const QList<QJsonObject> &all, const QUrlQuery &query, int maxPerPage)
{
    const int pageSize = std::min(maxPerPage, value(query, u"searchCriteria[pageSize]"_s).toInt());
    const qsizetype total = all.size();
    const int lastPage = std::max<int>(1, static_cast<int>((total + pageSize - 1) / pageSize));
    // Magento's collections clamp the page: past the end, the last page comes again.
    const int page = std::min(value(query, u"searchCriteria[currentPage]"_s).toInt(), lastPage);
    QJsonArray items;
    for (qsizetype i = qsizetype(page - 1) * pageSize; i < std::min(total, qsizetype(page) * pageSize); ++i) {
        items.append(all.at(i));
    }
    return QJsonObject{{u"items"_s, items},
                       {u"search_criteria"_s,
                        QJsonObject{{u"filter_groups"_s, QJsonArray{}},
                                    {u"page_size"_s, pageSize},
                                    {u"current_page"_s, value(query, u"searchCriteria[currentPage]"_s).toInt()}}},
                       {u"total_count"_s, total}};
}

template <typename T>
QJsonObject pageOf(QList<T> matching, const std::function<QJsonObject(const T &)> &toJson, const QUrlQuery &query,
                   int maxPerPage)
{
    std::sort(matching.begin(), matching.end(), [](const T &a, const T &b) {
        return a.updatedAt != b.updatedAt ? a.updatedAt < b.updatedAt : a.id.toLongLong() < b.id.toLongLong();
    });
    QList<QJsonObject> all;
    for (const T &entry : std::as_const(matching)) {
        all.append(toJson(entry));
    }
    return searchPage(all, query, maxPerPage);
}

// A source item as MSI serializes SourceItemInterface: quantity a number (float), status 0 or 1.
QJsonObject sourceItemJson(const FakeMagentoApi::SourceItem &item)
{
    return QJsonObject{{u"sku"_s, item.sku},
                       {u"source_code"_s, item.sourceCode},
                       {u"quantity"_s, item.quantity},
                       {u"status"_s, item.status}};
}

// Source items take no filter here (the poller reads them all), sort orders only on their own fields.
std::optional<QString> sourceItemsViolation(const QUrlQuery &query)
{
    static const QStringList fields{u"sku"_s, u"source_code"_s, u"quantity"_s, u"status"_s};
    for (const auto &[key, text] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.startsWith("searchCriteria[filter_groups]"_L1)) {
            return u"Invalid filter"_s; // not what the contract says this poller asks
        }
        if (key.startsWith("searchCriteria[sortOrders]"_L1) &&
            (key.endsWith("[field]"_L1) ? !fields.contains(text) : text != "ASC"_L1 && text != "DESC"_L1)) {
            return u"Invalid sort order"_s;
        }
    }
    return std::nullopt;
}

QJsonObject shipmentJson(const FakeMagentoApi::Order &order, const FakeMagentoApi::Shipment &shipment)
{
    QJsonArray tracks;
    if (!shipment.trackNumber.isEmpty()) {
        tracks.append(QJsonObject{{u"entity_id"_s, shipment.id.toLongLong() * 10},
                                  {u"parent_id"_s, shipment.id.toLongLong()},
                                  {u"order_id"_s, order.id.toLongLong()},
                                  {u"track_number"_s, shipment.trackNumber},
                                  {u"carrier_code"_s, shipment.carrierCode},
                                  {u"title"_s, shipment.title},
                                  {u"description"_s, QJsonValue::Null},
                                  {u"created_at"_s, magentoTime(shipment.updatedAt)},
                                  {u"updated_at"_s, magentoTime(shipment.updatedAt)}});
    }
    return QJsonObject{
        {u"entity_id"_s, shipment.id.toLongLong()},
        {u"order_id"_s, order.id.toLongLong()},
        {u"increment_id"_s, QString(u"0000000"_s + shipment.id)},
        {u"store_id"_s, 1},
        {u"total_qty"_s, 1},
        {u"created_at"_s, magentoTime(shipment.updatedAt)},
        {u"updated_at"_s, magentoTime(shipment.updatedAt)},
        {u"items"_s, QJsonArray{QJsonObject{{u"entity_id"_s, 1}, {u"sku"_s, u"MUG-01"_s}, {u"qty"_s, 1}}}},
        {u"tracks"_s, tracks},
        {u"comments"_s, QJsonArray{}}};
}

QJsonObject orderJson(const FakeMagentoApi::Order &order)
{
    const bool shipped = !order.shipments.isEmpty();
    return QJsonObject{
        {u"entity_id"_s, order.id.toLongLong()},
        {u"increment_id"_s, order.number.isEmpty() ? QString(u"00000"_s + order.id) : order.number},
        {u"state"_s, order.state},
        {u"status"_s, order.status},
        {u"customer_email"_s, order.email},
        {u"customer_firstname"_s, u"Ada"_s},
        {u"customer_lastname"_s, u"Lovelace"_s},
        {u"customer_is_guest"_s, 0},
        {u"grand_total"_s, order.total.toDouble()},
        {u"order_currency_code"_s, u"EUR"_s},
        {u"created_at"_s, magentoTime(order.updatedAt)},
        {u"updated_at"_s, magentoTime(order.updatedAt)},
        {u"billing_address"_s, QJsonObject{{u"firstname"_s, u"Ada"_s},
                                           {u"lastname"_s, u"Lovelace"_s},
                                           {u"email"_s, order.email},
                                           {u"telephone"_s, u"+44 20 7946 0000"_s}}},
        {u"items"_s, QJsonArray{QJsonObject{{u"item_id"_s, order.id.toLongLong() * 100},
                                            {u"sku"_s, u"MUG-01"_s},
                                            {u"name"_s, u"Enamel mug"_s},
                                            {u"product_type"_s, u"simple"_s},
                                            {u"qty_ordered"_s, 1},
                                            {u"qty_shipped"_s, shipped ? 1 : 0},
                                            {u"qty_canceled"_s, 0},
                                            {u"price"_s, order.total.toDouble()},
                                            {u"row_total"_s, order.total.toDouble()}}}},
    };
}

} // namespace

FakeMagentoApi::FakeMagentoApi(QString token, QString storeCode, QObject *parent)
    : FakePlatformServer(parent)
    , m_token(std::move(token))
    , m_storeCode(std::move(storeCode))
{}

void FakeMagentoApi::upsertOrder(const Order &order)
{
    for (Order &existing : m_orders) {
        if (existing.id == order.id) {
            existing = order;
            return;
        }
    }
    m_orders.append(order);
}

void FakeMagentoApi::upsertSourceItem(const SourceItem &item)
{
    for (SourceItem &existing : m_sourceItems) {
        if (existing.sku == item.sku && existing.sourceCode == item.sourceCode) {
            existing = item;
            return;
        }
    }
    m_sourceItems.append(item);
}

FakeMagentoApi::Order FakeMagentoApi::order(const QString &id) const
{
    for (const Order &existing : m_orders) {
        if (existing.id == id) {
            return existing;
        }
    }
    return {};
}

std::optional<FakePlatformServer::Response> FakeMagentoApi::violation(const Request &request) const
{
    const QString resource = resourceOf(request.path, m_storeCode, m_inventory);
    if (resource.isEmpty() || request.method != "GET") {
        return json(404, message(u"Request does not match any route."_s));
    }
    if (request.headers.value(QByteArrayLiteral("authorization")) != "Bearer " + m_token.toUtf8()) {
        return json(401, message(u"The consumer isn't authorized to access %resources."_s,
                                 {{u"resources"_s, resource == SourceItems ? u"Magento_InventoryApi::source"_s
                                                                           : u"Magento_Sales::actions_view"_s}}));
    }
    const QUrlQuery &query = request.query;
    const int asked = value(query, u"searchCriteria[pageSize]"_s).toInt();
    if (resource == SourceItems) {
        if (asked > 300) {
            return json(400, message(u"Maximum SearchCriteria pageSize is 300"_s));
        }
        if (asked < 1 || value(query, u"searchCriteria[currentPage]"_s).toInt() < 1) {
            return json(400, message(u"Invalid search criteria"_s));
        }
        if (const auto broken = sourceItemsViolation(query)) {
            return json(400, message(*broken));
        }
        return std::nullopt;
    }
    const QString field = value(query, Filter + u"[field]"_s);
    const QString wanted = value(query, Filter + u"[value]"_s);
    const QString condition = value(query, Filter + u"[condition_type]"_s);
    static const QStringList conditions{u"eq"_s,   u"finset"_s, u"from"_s,    u"gt"_s,    u"gteq"_s, u"in"_s,
                                        u"like"_s, u"lt"_s,     u"lteq"_s,    u"moreq"_s, u"neq"_s,  u"nfinset"_s,
                                        u"nin"_s,  u"nlike"_s,  u"notnull"_s, u"null"_s,  u"to"_s};
    if (field.isEmpty() || !conditions.contains(condition)) {
        return json(400, message(u"Invalid filter"_s));
    }
    const bool ordersByTime = field == "updated_at"_L1 && condition == "gteq"_L1 && readUtc(wanted).isValid();
    const bool shipmentsOfOrders = field == "order_id"_L1 && (condition == "in"_L1 || condition == "eq"_L1);
    if (resource == "orders"_L1 ? !ordersByTime : !(shipmentsOfOrders || ordersByTime)) {
        return json(400, message(u"Invalid filter"_s)); // not what the contract says this poller asks
    }
    const int pageSize = value(query, u"searchCriteria[pageSize]"_s).toInt();
    if (pageSize > 300) {
        return json(400, message(u"Maximum SearchCriteria pageSize is 300"_s));
    }
    if (pageSize < 1 || value(query, u"searchCriteria[currentPage]"_s).toInt() < 1 ||
        value(query, u"searchCriteria[sortOrders][0][field]"_s) != "updated_at"_L1 ||
        value(query, u"searchCriteria[sortOrders][0][direction]"_s) != "ASC"_L1) {
        return json(400, message(u"Invalid search criteria"_s));
    }
    return std::nullopt;
}

FakePlatformServer::Response FakeMagentoApi::serve(const Request &request)
{
    const QUrlQuery &query = request.query;
    const QString field = value(query, Filter + u"[field]"_s);
    const QString wanted = value(query, Filter + u"[value]"_s);
    const QString condition = value(query, Filter + u"[condition_type]"_s);
    QJsonObject body;
    const QString resource = resourceOf(request.path, m_storeCode, m_inventory);
    if (resource == SourceItems) {
        QList<SourceItem> items = m_sourceItems;
        std::sort(items.begin(), items.end(), [](const SourceItem &a, const SourceItem &b) {
            return a.sku != b.sku ? a.sku < b.sku : a.sourceCode < b.sourceCode;
        });
        QList<QJsonObject> all;
        for (const SourceItem &item : std::as_const(items)) {
            all.append(sourceItemJson(item));
        }
        body = searchPage(all, query, m_maxPerPage);
    } else if (resource == "orders"_L1) {
        QList<Order> matching;
        for (const Order &order : std::as_const(m_orders)) {
            if (matches(magentoTime(order.updatedAt), wanted, condition)) {
                matching.append(order);
            }
        }
        body = pageOf<Order>(matching, orderJson, query, m_maxPerPage);
    } else {
        struct Row
        {
            QString id;
            QDateTime updatedAt;
            QJsonObject json;
        };

        QList<Row> matching;
        for (const Order &order : std::as_const(m_orders)) {
            for (const Shipment &shipment : order.shipments) {
                const QString actual = field == "order_id"_L1 ? order.id : magentoTime(shipment.updatedAt);
                if (matches(actual, wanted, condition)) {
                    matching.append(Row{shipment.id, shipment.updatedAt, shipmentJson(order, shipment)});
                }
            }
        }
        body = pageOf<Row>(
            matching, [](const Row &row) { return row.json; }, query, m_maxPerPage);
    }
    return json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace Tidings::Test
