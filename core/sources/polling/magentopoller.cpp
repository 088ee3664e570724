#include "sources/polling/magentopoller.h"

#include "model/customertimezone.h"
#include "sources/payloadfields.h"
#include "sources/polling/pollhttp.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

QString platformName()
{
    return MagentoPoller::tr("Magento");
}

// Configurable and bundle products list their chosen child lines under the parent: the parent line is the
// one the customer bought, so children are left out of the items and of the shipped quantities.
bool isChildLine(const QJsonObject &item)
{
    return !field(item, "parent_item_id"_L1).isEmpty();
}

bool isVirtualLine(const QJsonObject &item)
{
    const QJsonValue value = item.value("is_virtual"_L1);
    const QString type = field(item, "product_type"_L1);
    return value.toBool() || value.toInt() == 1 || value.toString() == "1"_L1 || type == "virtual"_L1 ||
           type == "downloadable"_L1;
}

double number(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().toDouble() : value.toDouble();
}

QList<LineItem> lineItems(const QJsonObject &order)
{
    QList<LineItem> items;
    for (const QJsonValue &entry : order.value("items"_L1).toArray()) {
        const QJsonObject object = entry.toObject();
        if (isChildLine(object)) {
            continue;
        }
        LineItem item;
        item.sku = field(object, "sku"_L1);
        item.name = field(object, "name"_L1);
        const double quantity = number(object, "qty_ordered"_L1);
        item.quantity = quantity >= 0 && quantity <= std::numeric_limits<int>::max() ? static_cast<int>(quantity) : 0;
        item.price = field(object, "price"_L1);
        items.append(item);
    }
    return items;
}

QJsonObject shippingAddress(const QJsonObject &order)
{
    const QJsonArray assignments =
        order.value("extension_attributes"_L1).toObject().value("shipping_assignments"_L1).toArray();
    if (assignments.isEmpty()) {
        return {};
    }
    return assignments.first().toObject().value("shipping"_L1).toObject().value("address"_L1).toObject();
}

QString carrierOf(const QJsonObject &track)
{
    const QString code = field(track, "carrier_code"_L1);
    const QString title = field(track, "title"_L1);
    // "custom" says nothing: the carrier's name is in the title then.
    if (code.isEmpty() || code.compare("custom"_L1, Qt::CaseInsensitive) == 0) {
        return firstNonEmpty({title, code});
    }
    return code;
}

OrderEvent shipmentEvent(const OrderEvent &order, const QJsonObject &shipment)
{
    OrderEvent event;
    event.sourceId = order.sourceId;
    event.sourceType = order.sourceType;
    event.topic = u"poll/shipments"_s;
    event.rawPayload = QJsonDocument(shipment).toJson(QJsonDocument::Compact);
    event.orderId = order.orderId;
    event.orderNumber = order.orderNumber;
    event.customerName = order.customerName;
    event.customerEmail = order.customerEmail;
    event.customerPhone = order.customerPhone;
    event.customerTimeZone = order.customerTimeZone;
    event.shipmentId = field(shipment, "entity_id"_L1);
    // Magento's shipments have no carrier status: a shipment exists once the parcel is handed over.
    event.shipmentStatus = ShipmentStatus::LabelCreated;
    event.rawShipmentStatus = u"shipment"_s;
    for (const QJsonValue &entry : shipment.value("tracks"_L1).toArray()) {
        const QJsonObject track = entry.toObject();
        if (!field(track, "track_number"_L1).isEmpty()) {
            event.trackingNumber = field(track, "track_number"_L1);
            event.carrier = carrierOf(track);
            break;
        }
    }
    event.occurredAt = firstTimestamp({field(shipment, "updated_at"_L1), field(shipment, "created_at"_L1)});
    return event;
}

QList<OrderEvent> orderEvents(const QJsonObject &order, const QList<QJsonObject> &shipments, const SourceConfig &source,
                              const StatusMap &custom)
{
    OrderEvent event;
    event.sourceId = source.id;
    event.sourceType = MagentoPoller::typeName();
    event.topic = u"poll/orders"_s;
    event.rawPayload = QJsonDocument(order).toJson(QJsonDocument::Compact);
    event.orderId = field(order, "entity_id"_L1);
    event.orderNumber = firstNonEmpty({field(order, "increment_id"_L1), event.orderId});
    const QJsonObject billing = order.value("billing_address"_L1).toObject();
    const QJsonObject shipping = shippingAddress(order);
    event.customerEmail = firstNonEmpty({field(order, "customer_email"_L1), field(billing, "email"_L1)});
    event.customerName =
        firstNonEmpty({joinName(field(order, "customer_firstname"_L1), field(order, "customer_lastname"_L1)),
                       joinName(field(billing, "firstname"_L1), field(billing, "lastname"_L1)),
                       joinName(field(shipping, "firstname"_L1), field(shipping, "lastname"_L1))});
    event.customerPhone = firstNonEmpty({field(billing, "telephone"_L1), field(shipping, "telephone"_L1)});
    const QJsonObject &placed = field(shipping, "country_id"_L1).isEmpty() ? billing : shipping;
    event.customerTimeZone = customerTimeZone(field(placed, "country_id"_L1), field(placed, "region_code"_L1));
    event.orderStatus = MagentoPoller::orderStatusFor(order, custom);
    event.rawOrderStatus = u"state="_s + field(order, "state"_L1) + u";status="_s + field(order, "status"_L1);
    event.lineItems = lineItems(order);
    event.totalPrice = field(order, "grand_total"_L1);
    event.currency = firstNonEmpty({field(order, "order_currency_code"_L1), field(order, "base_currency_code"_L1)});
    event.occurredAt = firstTimestamp({field(order, "updated_at"_L1), field(order, "created_at"_L1)});

    QList<OrderEvent> events{event};
    if (event.orderStatus == OrderStatus::Cancelled) {
        return events; // a cancelled order's old shipment is no news
    }
    for (const QJsonObject &shipment : shipments) {
        OrderEvent parcel = shipmentEvent(event, shipment);
        if (!parcel.shipmentId.isEmpty()) {
            events.append(parcel);
        }
    }
    return events;
}

StatusMap statusMapOf(const SourceConfig &source)
{
    StatusMap map;
    map.addFromOption(source.options.value("statusMap"_L1));
    return map;
}

PollOutcome notAList(const QString &detail)
{
    return PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                            MagentoPoller::tr("Magento answered with something that is not a list "
                                                              "of orders. A maintenance page or a firewall may be "
                                                              "in the way; Tidings will ask again."),
                                            detail, true));
}

std::optional<QJsonObject> searchResult(const QByteArray &body, QString *detail)
{
    return PollHttp::objectWithArray(body, "items"_L1, detail);
}

// True when pages after `currentPage` hold more: Magento repeats the last page past the end, so only
// total_count tells.
bool morePages(const QJsonObject &result, int currentPage, int askedPageSize)
{
    const int pageSize =
        static_cast<int>(result.value("search_criteria"_L1).toObject().value("page_size"_L1).toInteger(askedPageSize));
    const qint64 total = result.value("total_count"_L1).toInteger(0);
    return !result.value("items"_L1).toArray().isEmpty() && qint64(currentPage) * std::max(pageSize, 1) < total;
}

PollOutcome failureOf(const PollHttp::Answer &answer)
{
    if (answer.status == 401) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Unauthorized,
            MagentoPoller::tr("Magento refused the access token of this source (HTTP 401). Check that the "
                              "integration is active and may read orders and shipments, and that Stores → "
                              "Configuration → Services → OAuth → Consumer Settings allows OAuth access tokens "
                              "to be used as standalone Bearer tokens."),
            u"HTTP 401: %1"_s.arg(QString::fromUtf8(answer.body.left(300)).simplified())));
    }
    return PollHttp::failureOf(answer, platformName());
}

QNetworkRequest httpRequest(const QUrl &url, const QString &token)
{
    QNetworkRequest http(url);
    http.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    http.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8());
    return http;
}

// Everything a page needs after the orders arrived: where to ask for their shipments, and what it has so far.
struct ShipmentFetch
{
    QNetworkAccessManager *network = nullptr;
    QUrl url; // …/V1/shipments without a query
    QString token;
    QString orderIds; // "12,15,16"
    QJsonArray shipments;
    std::function<void(std::optional<PollOutcome> failure, const QJsonArray &shipments)> finished;
};

void fetchShipments(std::shared_ptr<ShipmentFetch> state, int currentPage)
{
    QUrl url = state->url;
    url.setQuery(MagentoPoller::searchQuery(u"order_id"_s, state->orderIds, u"in"_s, MagentoPoller::ShipmentPageSize,
                                            currentPage));
    QNetworkAccessManager *network = state->network;
    PollHttp::send(network, httpRequest(url, state->token), QByteArrayLiteral("GET"), {},
                   [state, currentPage](const PollHttp::Answer &answer) {
                       if (answer.status != 200) {
                           state->finished(failureOf(answer), {});
                           return;
                       }
                       QString detail;
                       const std::optional<QJsonObject> result = searchResult(answer.body, &detail);
                       if (!result) {
                           state->finished(notAList(u"shipments: "_s + detail), {});
                           return;
                       }
                       for (const QJsonValue &shipment : result->value("items"_L1).toArray()) {
                           state->shipments.append(shipment);
                       }
                       if (morePages(*result, currentPage, MagentoPoller::ShipmentPageSize)) {
                           fetchShipments(state, currentPage + 1);
                           return;
                       }
                       state->finished(std::nullopt, state->shipments);
                   });
}

QString stockToken(int currentPage)
{
    return u"stock:"_s + QString::number(currentPage);
}

// After the last page of orders, the stock pages follow when the source reads stock.
PollOutcome thenStock(PollOutcome outcome, const SourceConfig &source)
{
    if (outcome.ok() && !outcome.page->more && MagentoPoller::readsStock(source)) {
        outcome.page->more = true;
        outcome.page->nextPageToken = stockToken(1);
    }
    return outcome;
}

PollOutcome stockFailureOf(const PollHttp::Answer &answer)
{
    if (answer.status == 401) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Unauthorized,
            MagentoPoller::tr("Magento read out the orders but refused to show the stock levels (HTTP 401). In "
                              "System → Extensions → Integrations → Tidings → API, also tick Stores → Inventory → "
                              "Sources, or switch off \"Read stock levels\" for this connection."),
            u"stock: HTTP 401: %1"_s.arg(QString::fromUtf8(answer.body.left(300)).simplified())));
    }
    return failureOf(answer);
}

// The quantity of a source item, rounded down; none when Magento gives none.
std::optional<qint64> quantityOf(const QJsonObject &item)
{
    const QJsonValue value = item.value("quantity"_L1);
    bool ok = value.isDouble();
    double quantity = value.toDouble();
    if (value.isString()) {
        quantity = value.toString().trimmed().toDouble(&ok);
    }
    if (!ok || !std::isfinite(quantity)) {
        return std::nullopt;
    }
    constexpr double Limit = 1e15; // far beyond any stock, and exact as a double
    return static_cast<qint64>(std::floor(std::clamp(quantity, -Limit, Limit)));
}

StockChange stockChange(const QJsonObject &item, const SourceConfig &source)
{
    StockChange change;
    change.sourceId = source.id;
    change.sourceType = MagentoPoller::typeName();
    change.sku = field(item, "sku"_L1);
    change.productId = change.sku; // source items name the product by its SKU only
    change.locationId = field(item, "source_code"_L1);
    change.available = quantityOf(item);
    const QString status = field(item, "status"_L1);
    if (status == "1"_L1) {
        change.status = StockStatus::InStock;
        change.rawStatus = u"in_stock"_s;
    } else if (status == "0"_L1) {
        change.status = StockStatus::OutOfStock;
        change.rawStatus = u"out_of_stock"_s;
    } else {
        change.rawStatus = status; // not one of Magento's two: kept as it came, the quantity decides
    }
    return change; // no occurredAt: Magento keeps no time per source item
}

} // namespace

bool MagentoPoller::readsStock(const SourceConfig &source)
{
    const QJsonValue value = source.options.value("stock"_L1);
    if (value.isBool()) {
        return value.toBool();
    }
    const QString text = value.toString().trimmed().toLower();
    return !(text == "false"_L1 || text == "no"_L1 || text == "0"_L1 || text == "off"_L1);
}

PollOutcome MagentoPoller::parseStockPage(const QByteArray &body, int currentPage, const SourceConfig &source)
{
    QString detail;
    const std::optional<QJsonObject> result = searchResult(body, &detail);
    if (!result) {
        return PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                                tr("Magento answered with something that is not a list of stock "
                                                   "levels. A maintenance page or a firewall may be in the way; "
                                                   "Tidings will ask again."),
                                                u"source-items: "_s + detail, true));
    }
    PollPage page;
    page.rawBody = body;
    for (const QJsonValue &entry : result->value("items"_L1).toArray()) {
        StockChange change = stockChange(entry.toObject(), source);
        if (!change.sku.isEmpty()) {
            page.stock.append(change);
        }
    }
    page.more = morePages(*result, currentPage, StockPageSize);
    page.nextPageToken = page.more ? stockToken(currentPage + 1) : QString();
    return PollOutcome::success(std::move(page));
}

QString MagentoPoller::typeName()
{
    return u"magento"_s;
}

SourceTypeInfo MagentoPoller::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Magento / Adobe Commerce");
    info.summary = tr("New orders, status changes, cancellations, refunds, shipments, tracking numbers and stock "
                      "levels, read every few minutes.");
    info.secrets = {
        {u"accessToken"_s, tr("Integration access token"),
         tr("From System → Extensions → Integrations → Tidings → Activate: the \"Access Token\" (not the consumer "
            "key or secret)."),
         false, false},
    };
    info.options = {
        {u"baseUrl"_s, tr("Shop address"), tr("The address of your Magento shop, without /rest."),
         u"https://shop.example.com"_s, true},
        {u"storeCode"_s, tr("Store view code"),
         tr("Leave empty for the default store view; otherwise the store view's code, as in /rest/<code>/V1."),
         u"default"_s, false},
        {u"statusMap"_s, tr("Custom order statuses"),
         tr("Only for statuses your shop added: a JSON object from the Magento status code to one of Tidings' "
            "statuses."),
         u"{\"ready_to_ship\": \"paid\", \"shipped_partly\": \"partially_shipped\"}"_s, false},
        {u"stock"_s, tr("Read stock levels"),
         tr("\"true\" (or empty) to also read how many of each product every warehouse (inventory source) holds, "
            "for stock messages; \"false\" to read orders only. A shop without Magento's inventory sources simply "
            "has no stock to read."),
         u"true"_s, false},
    };
    info.setupSteps = {
        tr("In the Magento Admin, open System → Extensions → Integrations and click \"Add New Integration\". "
           "Name it \"Tidings\" and enter your Admin password."),
        tr("Under API, choose Resource Access \"Custom\" and tick only Sales (with Operations) → Orders → Actions "
           "→ View, Sales → Operations → Shipments and, for stock levels, Stores → Inventory → Sources, then Save. "
           "Tidings only reads."),
        tr("Click \"Activate\" next to the integration, then \"Allow\", and copy the Access Token."),
        tr("On Magento 2.4.4 or newer: in Stores → Configuration → Services → OAuth → Consumer Settings, set "
           "\"Allow OAuth Access Tokens to be used as standalone Bearer tokens\" to Yes."),
        tr("Paste the access token here."),
    };
    return info;
}

QString MagentoPoller::type() const
{
    return typeName();
}

OrderStatus MagentoPoller::orderStatusFor(const QJsonObject &order, const StatusMap &custom)
{
    const QString state = field(order, "state"_L1).toLower();
    const QString status = field(order, "status"_L1).toLower();
    if (!status.isEmpty()) {
        if (const auto mapped = custom.lookup(status)) {
            return *mapped;
        }
    }
    if (status == "fraud"_L1) {
        return OrderStatus::OnHold; // "Suspected Fraud" sits on state processing or payment_review
    }
    if (!state.isEmpty()) {
        if (const auto mapped = custom.lookup(state)) {
            return *mapped;
        }
    }
    const QString key = state.isEmpty() ? status : state;
    OrderStatus result = OrderStatus::Unknown;
    if (key == "new"_L1 || key == "pending"_L1 || key == "pending_payment"_L1) {
        result = OrderStatus::Pending;
    } else if (key == "payment_review"_L1 || key == "holded"_L1) {
        result = OrderStatus::OnHold;
    } else if (key == "processing"_L1 || key == "complete"_L1) {
        double shippable = 0;
        double shipped = 0;
        for (const QJsonValue &entry : order.value("items"_L1).toArray()) {
            const QJsonObject item = entry.toObject();
            if (isChildLine(item) || isVirtualLine(item)) {
                continue;
            }
            shippable += number(item, "qty_ordered"_L1) - number(item, "qty_canceled"_L1);
            shipped += number(item, "qty_shipped"_L1);
        }
        if (key == "complete"_L1) {
            // Complete: invoiced and shipped in full; an order of downloads only has nothing to ship.
            result = shipped > 0 || shippable > 0 ? OrderStatus::Shipped : OrderStatus::Completed;
        } else if (shipped > 0 && shipped < shippable) {
            result = OrderStatus::PartiallyShipped;
        } else if (shipped > 0) {
            result = OrderStatus::Shipped;
        } else {
            result = OrderStatus::Paid;
        }
        if (number(order, "total_refunded"_L1) > 0) {
            result = OrderStatus::PartiallyRefunded;
        }
    } else if (key == "closed"_L1) {
        result = OrderStatus::Refunded;
    } else if (key == "canceled"_L1) {
        result = OrderStatus::Cancelled;
    }
    return result;
}

QUrlQuery MagentoPoller::searchQuery(const QString &field, const QString &value, const QString &conditionType,
                                     int pageSize, int currentPage)
{
    const QString filter = u"searchCriteria[filter_groups][0][filters][0]"_s;
    QUrlQuery query;
    query.addQueryItem(filter + u"[field]"_s, field);
    query.addQueryItem(filter + u"[value]"_s, value);
    query.addQueryItem(filter + u"[condition_type]"_s, conditionType);
    query.addQueryItem(u"searchCriteria[sortOrders][0][field]"_s, u"updated_at"_s);
    query.addQueryItem(u"searchCriteria[sortOrders][0][direction]"_s, u"ASC"_s);
    // Orders updated in the same second keep one order across pages.
    query.addQueryItem(u"searchCriteria[sortOrders][1][field]"_s, u"entity_id"_s);
    query.addQueryItem(u"searchCriteria[sortOrders][1][direction]"_s, u"ASC"_s);
    query.addQueryItem(u"searchCriteria[pageSize]"_s, QString::number(pageSize));
    query.addQueryItem(u"searchCriteria[currentPage]"_s, QString::number(currentPage));
    return query;
}

QUrl MagentoPoller::endpoint(const QUrl &base, const QString &storeCode, const QString &resource)
{
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (path.endsWith("/rest"_L1)) {
        path.chop(5); // the owner pasted the REST address
    }
    path += u"/rest"_s;
    const QString store = storeCode.trimmed();
    if (!store.isEmpty()) {
        path += u'/' + store;
    }
    url.setPath(path + u"/V1/"_s + resource);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

PollOutcome MagentoPoller::parsePage(const QByteArray &ordersBody, const QJsonArray &shipments, int currentPage,
                                     const SourceConfig &source)
{
    QString detail;
    const std::optional<QJsonObject> result = searchResult(ordersBody, &detail);
    if (!result) {
        return notAList(detail);
    }
    QHash<QString, QList<QJsonObject>> shipmentsByOrder;
    for (const QJsonValue &entry : shipments) {
        const QJsonObject shipment = entry.toObject();
        shipmentsByOrder[field(shipment, "order_id"_L1)].append(shipment);
    }
    const StatusMap custom = statusMapOf(source);
    PollPage page;
    page.rawBody = shipments.isEmpty() ? ordersBody
                                       : QJsonDocument(QJsonObject{{u"orders"_s, *result}, {u"shipments"_s, shipments}})
                                             .toJson(QJsonDocument::Compact);
    for (const QJsonValue &entry : result->value("items"_L1).toArray()) {
        const QJsonObject order = entry.toObject();
        const QString id = field(order, "entity_id"_L1);
        if (id.isEmpty()) {
            continue;
        }
        const QList<OrderEvent> events = orderEvents(order, shipmentsByOrder.value(id), source, custom);
        const QDateTime updated = events.first().occurredAt;
        if (updated.isValid() && (!page.newestSeen.isValid() || updated > page.newestSeen)) {
            page.newestSeen = updated;
        }
        page.events.append(events);
    }
    page.more = morePages(*result, currentPage, PageSize);
    page.nextPageToken = page.more ? QString::number(currentPage + 1) : QString();
    return PollOutcome::success(std::move(page));
}

void MagentoPoller::fetch(const PollRequest &request, QNetworkAccessManager *network, Done done)
{
    const QUrl base(request.source.options.value("baseUrl"_L1).toString().trimmed());
    if (auto error = PollHttp::checkBaseUrl(base, platformName())) {
        done(PollOutcome::failure(*error));
        return;
    }
    const QString token = request.secrets.value(u"accessToken"_s).trimmed();
    if (token.isEmpty()) {
        done(PollOutcome::failure(Error::make(ErrorCode::Config,
                                              tr("No Magento access token is saved for \"%1\", so its orders cannot "
                                                 "be read. Add the integration's access token in Connections.")
                                                  .arg(request.source.name),
                                              u"secret accessToken missing"_s)));
        return;
    }
    const bool stockPhase = request.pageToken.startsWith("stock:"_L1);
    const QString pageNumber = stockPhase ? request.pageToken.mid(6) : request.pageToken;
    bool ok = false;
    const int currentPage = pageNumber.isEmpty() && !stockPhase ? 1 : pageNumber.toInt(&ok);
    if ((stockPhase || !request.pageToken.isEmpty()) && (!ok || currentPage < 1)) {
        done(PollOutcome::failure(Error::make(ErrorCode::Internal,
                                              tr("Tidings lost its place in Magento's list of orders and starts "
                                                 "again."),
                                              u"bad page token \"%1\""_s.arg(request.pageToken), true)));
        return;
    }
    const QString storeCode = request.source.options.value("storeCode"_L1).toString();
    if (stockPhase) {
        fetchStock(endpoint(base, storeCode, u"inventory/source-items"_s), token, currentPage, request.source, network,
                   std::move(done));
        return;
    }
    QUrl url = endpoint(base, storeCode, u"orders"_s);
    // Magento compares updated_at as UTC text without a zone.
    url.setQuery(searchQuery(u"updated_at"_s, request.windowStart.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), u"gteq"_s,
                             PageSize, currentPage));
    const QUrl shipmentsUrl = endpoint(base, storeCode, u"shipments"_s);
    PollHttp::send(network, httpRequest(url, token), QByteArrayLiteral("GET"), {},
                   [network, shipmentsUrl, token, source = request.source, currentPage,
                    done = std::move(done)](const PollHttp::Answer &answer) {
                       if (answer.status != 200) {
                           done(failureOf(answer));
                           return;
                       }
                       QString detail;
                       const std::optional<QJsonObject> result = searchResult(answer.body, &detail);
                       if (!result) {
                           done(notAList(detail));
                           return;
                       }
                       QStringList ids;
                       for (const QJsonValue &entry : result->value("items"_L1).toArray()) {
                           const QString id = field(entry.toObject(), "entity_id"_L1);
                           if (!id.isEmpty() && !ids.contains(id)) {
                               ids.append(id);
                           }
                       }
                       if (ids.isEmpty()) {
                           done(thenStock(parsePage(answer.body, {}, currentPage, source), source));
                           return;
                       }
                       auto state = std::make_shared<ShipmentFetch>();
                       state->network = network;
                       state->url = shipmentsUrl;
                       state->token = token;
                       state->orderIds = ids.join(u',');
                       state->finished = [body = answer.body, source, currentPage,
                                          done](std::optional<PollOutcome> failure, const QJsonArray &shipments) {
                           done(failure ? *failure
                                        : thenStock(parsePage(body, shipments, currentPage, source), source));
                       };
                       fetchShipments(state, 1);
                   });
}

void MagentoPoller::fetchStock(QUrl url, const QString &token, int currentPage, const SourceConfig &source,
                               QNetworkAccessManager *network, Done done)
{
    QUrlQuery query;
    // Sorted, so that items keep their page while the run reads them.
    query.addQueryItem(u"searchCriteria[sortOrders][0][field]"_s, u"sku"_s);
    query.addQueryItem(u"searchCriteria[sortOrders][0][direction]"_s, u"ASC"_s);
    query.addQueryItem(u"searchCriteria[sortOrders][1][field]"_s, u"source_code"_s);
    query.addQueryItem(u"searchCriteria[sortOrders][1][direction]"_s, u"ASC"_s);
    query.addQueryItem(u"searchCriteria[pageSize]"_s, QString::number(StockPageSize));
    query.addQueryItem(u"searchCriteria[currentPage]"_s, QString::number(currentPage));
    url.setQuery(query);
    PollHttp::send(network, httpRequest(url, token), QByteArrayLiteral("GET"), {},
                   [currentPage, source, done = std::move(done)](const PollHttp::Answer &answer) {
                       if (answer.status == 404) {
                           // No Multi-Source Inventory on this shop: there is no stock to read, and the run
                           // ends as usual.
                           done(PollOutcome::success(PollPage{}));
                           return;
                       }
                       if (answer.status != 200) {
                           done(stockFailureOf(answer));
                           return;
                       }
                       done(parseStockPage(answer.body, currentPage, source));
                   });
}

} // namespace Tidings
