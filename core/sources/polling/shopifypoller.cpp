#include "sources/polling/shopifypoller.h"

#include "model/customertimezone.h"
#include "sources/payloadfields.h"
#include "sources/polling/pollhttp.h"
#include "sources/shopifyadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

QString rawOrNull(const QString &value)
{
    return value.isEmpty() ? u"null"_s : value;
}

QString money(const QJsonObject &set)
{
    return field(set.value("shopMoney"_L1).toObject(), "amount"_L1);
}

QList<LineItem> lineItems(const QJsonObject &order)
{
    QList<LineItem> items;
    for (const QJsonValue &entry : order.value("lineItems"_L1).toObject().value("nodes"_L1).toArray()) {
        const QJsonObject object = entry.toObject();
        LineItem item;
        item.sku = field(object, "sku"_L1);
        item.name = firstNonEmpty({field(object, "title"_L1), field(object, "name"_L1)});
        const qint64 quantity = object.value("quantity"_L1).toInteger(0);
        item.quantity = quantity >= 0 && quantity <= std::numeric_limits<int>::max() ? static_cast<int>(quantity) : 0;
        item.price = money(object.value("originalUnitPriceSet"_L1).toObject());
        items.append(item);
    }
    return items;
}

QString personName(const QJsonObject &object)
{
    const QString joined = joinName(field(object, "firstName"_L1), field(object, "lastName"_L1));
    return joined.isEmpty() ? field(object, "name"_L1) : joined;
}

QList<OrderEvent> orderEvents(const QJsonObject &order, const SourceConfig &source, const QByteArray &raw)
{
    OrderEvent event;
    event.sourceId = source.id;
    event.sourceType = ShopifyPoller::typeName();
    event.topic = u"poll/orders"_s;
    event.rawPayload = raw;
    event.orderId =
        firstNonEmpty({field(order, "legacyResourceId"_L1), ShopifyPoller::legacyId(field(order, "id"_L1))});
    event.orderNumber = field(order, "name"_L1);
    const QJsonObject customer = order.value("customer"_L1).toObject();
    const QJsonObject shipping = order.value("shippingAddress"_L1).toObject();
    event.customerEmail = firstNonEmpty({field(order, "email"_L1), field(customer, "email"_L1)});
    event.customerName = firstNonEmpty({personName(customer), personName(shipping)});
    event.customerPhone =
        firstNonEmpty({field(order, "phone"_L1), field(customer, "phone"_L1), field(shipping, "phone"_L1)});
    event.customerLocale = field(order, "customerLocale"_L1);
    event.customerTimeZone = customerTimeZone(field(shipping, "countryCodeV2"_L1), field(shipping, "provinceCode"_L1));

    const QString financial = ShopifyPoller::financialStatusWord(field(order, "displayFinancialStatus"_L1));
    const QString fulfillment = ShopifyPoller::fulfillmentStatusWord(field(order, "displayFulfillmentStatus"_L1));
    const bool cancelled = !field(order, "cancelledAt"_L1).isEmpty();
    event.orderStatus = ShopifyAdapter::orderStatusFor(financial, fulfillment, cancelled);
    event.rawOrderStatus = u"financial="_s + rawOrNull(financial) + u";fulfillment="_s + rawOrNull(fulfillment);
    if (cancelled) {
        event.rawOrderStatus += u";cancelled"_s;
    }
    event.lineItems = lineItems(order);
    const QJsonObject total = order.value("totalPriceSet"_L1).toObject();
    event.totalPrice = money(total);
    event.currency = firstNonEmpty(
        {field(order, "currencyCode"_L1), field(total.value("shopMoney"_L1).toObject(), "currencyCode"_L1)});
    event.occurredAt = firstTimestamp({field(order, "updatedAt"_L1), field(order, "createdAt"_L1)});

    QList<OrderEvent> events{event};
    for (const QJsonValue &entry : order.value("fulfillments"_L1).toArray()) {
        const QJsonObject object = entry.toObject();
        OrderEvent shipment;
        shipment.sourceId = event.sourceId;
        shipment.sourceType = event.sourceType;
        shipment.topic = event.topic;
        shipment.rawPayload = raw;
        shipment.orderId = event.orderId;
        shipment.orderNumber = event.orderNumber;
        shipment.customerEmail = event.customerEmail;
        shipment.shipmentId =
            firstNonEmpty({field(object, "legacyResourceId"_L1), ShopifyPoller::legacyId(field(object, "id"_L1))});
        if (shipment.shipmentId.isEmpty()) {
            continue;
        }
        const QString displayStatus = field(object, "displayStatus"_L1);
        const QString status = ShopifyPoller::fulfillmentWord(field(object, "status"_L1), displayStatus);
        const QString shipmentStatus = ShopifyPoller::shipmentStatusWord(displayStatus);
        shipment.shipmentStatus = ShopifyAdapter::shipmentStatusFor(shipmentStatus, status);
        shipment.rawShipmentStatus = u"shipment="_s + rawOrNull(shipmentStatus) + u";status="_s + rawOrNull(status);
        const QJsonArray tracking = object.value("trackingInfo"_L1).toArray();
        if (!tracking.isEmpty()) {
            const QJsonObject first = tracking.first().toObject();
            shipment.carrier = field(first, "company"_L1);
            shipment.trackingNumber = field(first, "number"_L1);
            shipment.trackingUrl = webUrl(field(first, "url"_L1));
        }
        // As with an order webhook: the order's own status says whether it shipped.
        shipment.occurredAt = firstTimestamp({field(object, "updatedAt"_L1), field(object, "createdAt"_L1)});
        events.append(shipment);
    }
    return events;
}

// Milliseconds until the bucket holds `needed` points again, from a throttleStatus.
std::optional<qint64> refillMs(const QJsonObject &cost, double needed)
{
    const QJsonObject throttle = cost.value("throttleStatus"_L1).toObject();
    if (!throttle.contains("currentlyAvailable"_L1)) {
        return std::nullopt;
    }
    const double available = throttle.value("currentlyAvailable"_L1).toDouble();
    const double restoreRate = throttle.value("restoreRate"_L1).toDouble();
    if (available >= needed) {
        return 0;
    }
    if (restoreRate <= 0) {
        return std::nullopt;
    }
    return static_cast<qint64>(std::ceil((needed - available) / restoreRate * 1000.0));
}

} // namespace

QString ShopifyPoller::typeName()
{
    return u"shopify"_s;
}

SourceTypeInfo ShopifyPoller::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Shopify");
    info.summary = tr("New orders, payments, cancellations, refunds, fulfilments and tracking, read every few "
                      "minutes.");
    info.secrets = {{u"accessToken"_s, tr("Admin API access token"),
                     tr("Starts with \"shpat_\". Shopify shows it once, when the app is installed."), false, false}};
    info.options = {
        {u"baseUrl"_s, tr("Shop address"), tr("Your shop's myshopify.com address, not its public domain."),
         u"https://your-shop.myshopify.com"_s, true},
        {u"apiVersion"_s, tr("API version"), tr("Leave empty unless Shopify support asks for another."),
         defaultApiVersion(), false},
    };
    info.setupSteps = {
        tr("In Shopify admin, open Settings → Apps and sales channels → Develop apps, and click \"Create an "
           "app\". Name it \"Tidings\"."),
        tr("Under Configuration → Admin API integration, tick read_orders (and read_all_orders to reach back "
           "more than 60 days), then Save."),
        tr("Click \"Install app\", then reveal the Admin API access token once and paste it here."),
    };
    return info;
}

QString ShopifyPoller::defaultApiVersion()
{
    return u"2024-10"_s;
}

QString ShopifyPoller::ordersQuery()
{
    return u"query TidingsPoll($first: Int!, $after: String, $query: String!) {"
           " orders(first: $first, after: $after, sortKey: UPDATED_AT, query: $query) {"
           " nodes { id legacyResourceId name email phone customerLocale createdAt updatedAt cancelledAt"
           " displayFinancialStatus displayFulfillmentStatus currencyCode"
           " totalPriceSet { shopMoney { amount currencyCode } }"
           " customer { firstName lastName email phone }"
           " shippingAddress { firstName lastName name phone countryCodeV2 provinceCode }"
           " lineItems(first: 50) { nodes { sku name title quantity originalUnitPriceSet { shopMoney { amount } } } }"
           " fulfillments(first: 20) { id legacyResourceId name status displayStatus createdAt updatedAt"
           " trackingInfo(first: 5) { company number url } } }"
           " pageInfo { hasNextPage endCursor } } }"_s;
}

QString ShopifyPoller::type() const
{
    return typeName();
}

QString ShopifyPoller::legacyId(const QString &gid)
{
    if (!gid.startsWith("gid://"_L1)) {
        return gid;
    }
    const qsizetype slash = gid.lastIndexOf(u'/');
    QString tail = gid.mid(slash + 1);
    const qsizetype question = tail.indexOf(u'?');
    return question < 0 ? tail : tail.left(question);
}

QString ShopifyPoller::financialStatusWord(QStringView graphqlEnum)
{
    return graphqlEnum.toString().toLower();
}

QString ShopifyPoller::fulfillmentStatusWord(QStringView graphqlEnum)
{
    if (graphqlEnum == u"FULFILLED") {
        return u"fulfilled"_s;
    }
    if (graphqlEnum == u"PARTIALLY_FULFILLED") {
        return u"partial"_s;
    }
    if (graphqlEnum == u"RESTOCKED") {
        return u"restocked"_s;
    }
    return {};
}

QString ShopifyPoller::shipmentStatusWord(QStringView displayStatus)
{
    if (displayStatus == u"NOT_DELIVERED") {
        return u"failure"_s;
    }
    if (displayStatus == u"FULFILLED" || displayStatus == u"MARKED_AS_FULFILLED" || displayStatus == u"SUBMITTED" ||
        displayStatus == u"CANCELED" || displayStatus == u"LABEL_VOIDED") {
        return {};
    }
    return displayStatus.toString().toLower();
}

QString ShopifyPoller::fulfillmentWord(QStringView status, QStringView displayStatus)
{
    if (displayStatus == u"CANCELED" || displayStatus == u"LABEL_VOIDED" || status == u"CANCELLED") {
        return u"cancelled"_s;
    }
    return status.toString().toLower();
}

PollOutcome ShopifyPoller::parsePage(const QByteArray &body, const SourceConfig &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                                tr("Shopify answered with something that is not the list of "
                                                   "orders Tidings asked for. Tidings will ask again."),
                                                u"answer is not a JSON object: %1"_s.arg(parseError.errorString()),
                                                true));
    }
    const QJsonObject root = document.object();
    const QJsonObject cost = root.value("extensions"_L1).toObject().value("cost"_L1).toObject();
    const QJsonArray errors = root.value("errors"_L1).toArray();
    if (!errors.isEmpty()) {
        QStringList messages;
        bool throttled = false;
        for (const QJsonValue &entry : errors) {
            const QJsonObject error = entry.toObject();
            const QString code = error.value("extensions"_L1).toObject().value("code"_L1).toString();
            const QString message = error.value("message"_L1).toString();
            throttled =
                throttled || code == "THROTTLED"_L1 || message.compare("Throttled"_L1, Qt::CaseInsensitive) == 0;
            messages.append(code.isEmpty() ? message : code + u": "_s + message);
        }
        if (throttled) {
            const double requested = cost.value("requestedQueryCost"_L1).toDouble(100);
            return PollOutcome::failure(Error::make(ErrorCode::RateLimited,
                                                    tr("Shopify asked Tidings to slow down. Tidings will ask again "
                                                       "when Shopify allows it."),
                                                    messages.join(u"; "_s), true),
                                        refillMs(cost, requested).value_or(1000));
        }
        return PollOutcome::failure(Error::make(ErrorCode::ProviderRejected,
                                                tr("Shopify refused Tidings' question about orders: %1. Check that "
                                                   "the access token may read orders (read_orders).")
                                                    .arg(messages.first()),
                                                messages.join(u"; "_s)));
    }
    const QJsonObject orders = root.value("data"_L1).toObject().value("orders"_L1).toObject();
    if (!orders.contains("nodes"_L1)) {
        return PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                                tr("Shopify's answer did not contain the list of orders. Tidings "
                                                   "will ask again."),
                                                u"data.orders.nodes missing"_s, true));
    }
    PollPage page;
    page.rawBody = body;
    for (const QJsonValue &entry : orders.value("nodes"_L1).toArray()) {
        const QJsonObject order = entry.toObject();
        const QList<OrderEvent> events =
            orderEvents(order, source, QJsonDocument(order).toJson(QJsonDocument::Compact));
        if (events.first().orderId.isEmpty()) {
            continue;
        }
        const QDateTime updated = events.first().occurredAt;
        if (updated.isValid() && (!page.newestSeen.isValid() || updated > page.newestSeen)) {
            page.newestSeen = updated;
        }
        page.events.append(events);
    }
    const QJsonObject pageInfo = orders.value("pageInfo"_L1).toObject();
    page.more = pageInfo.value("hasNextPage"_L1).toBool() && !field(pageInfo, "endCursor"_L1).isEmpty();
    page.nextPageToken = page.more ? field(pageInfo, "endCursor"_L1) : QString();
    if (page.more) {
        const double requested = cost.value("requestedQueryCost"_L1).toDouble(0);
        page.waitBeforeNextMs = refillMs(cost, requested).value_or(0);
    }
    return PollOutcome::success(std::move(page));
}

void ShopifyPoller::fetch(const PollRequest &request, QNetworkAccessManager *network, Done done)
{
    const QUrl base(request.source.options.value("baseUrl"_L1).toString().trimmed());
    if (auto error = PollHttp::checkBaseUrl(base, tr("Shopify"))) {
        done(PollOutcome::failure(*error));
        return;
    }
    const QString token = request.secrets.value(u"accessToken"_s);
    if (token.isEmpty()) {
        done(PollOutcome::failure(Error::make(ErrorCode::Config,
                                              tr("No Shopify access token is saved for \"%1\", so its orders cannot "
                                                 "be read. Add the Admin API access token in Connections.")
                                                  .arg(request.source.name),
                                              u"secret accessToken missing"_s)));
        return;
    }
    QString version = request.source.options.value("apiVersion"_L1).toString().trimmed();
    if (version.isEmpty()) {
        version = defaultApiVersion();
    }
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u"/admin/api/"_s + version + u"/graphql.json"_s);
    url.setQuery(QString());

    const QString since = request.windowStart.toUTC().toString(Qt::ISODate);
    QJsonObject variables{{u"first"_s, 50}, {u"query"_s, u"updated_at:>='%1'"_s.arg(since)}};
    variables.insert(u"after"_s,
                     request.pageToken.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(request.pageToken));
    const QByteArray body = QJsonDocument(QJsonObject{{u"query"_s, ordersQuery()}, {u"variables"_s, variables}})
                                .toJson(QJsonDocument::Compact);

    QNetworkRequest http(url);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    http.setRawHeader(QByteArrayLiteral("X-Shopify-Access-Token"), token.toUtf8());
    PollHttp::send(network, http, QByteArrayLiteral("POST"), body,
                   [source = request.source, done = std::move(done)](const PollHttp::Answer &answer) {
                       if (answer.status == 200) {
                           done(parsePage(answer.body, source));
                           return;
                       }
                       PollOutcome failure = PollHttp::failureOf(answer, tr("Shopify"));
                       if (answer.status == 429 && !failure.retryAfterMs) {
                           // A throttled GraphQL answer may carry the bucket state instead of Retry-After.
                           const PollOutcome parsed = parsePage(answer.body, source);
                           failure.retryAfterMs = parsed.retryAfterMs;
                       }
                       done(failure);
                   });
}

} // namespace Tidings
