#include "sources/polling/hubspotpoller.h"

#include "sources/hubspotadapter.h"
#include "sources/payloadfields.h"
#include "sources/polling/pollhttp.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

constexpr QLatin1StringView Deals = "deals"_L1;
constexpr QLatin1StringView Orders = "orders"_L1;

QString platformName()
{
    return HubSpotPoller::tr("HubSpot");
}

QUrl defaultBaseUrl()
{
    return QUrl(u"https://api.hubapi.com"_s);
}

QStringList propertiesOf(const QString &object)
{
    if (object == Orders) {
        return {u"hs_order_name"_s,          u"hs_external_order_id"_s,  u"hs_pipeline"_s,
                u"hs_pipeline_stage"_s,      u"hs_fulfillment_status"_s, u"hs_shipping_tracking_number"_s,
                u"hs_shipping_status_url"_s, u"hs_currency_code"_s,      u"hs_total_price"_s,
                u"hs_createdate"_s,          u"hs_lastmodifieddate"_s};
    }
    return {u"dealname"_s,           u"pipeline"_s,   u"dealstage"_s,          u"amount"_s,
            u"deal_currency_code"_s, u"createdate"_s, u"hs_lastmodifieddate"_s};
}

// The scopes a service key (or private app) needs to read `object` with its customers.
QString scopesFor(const QString &object)
{
    return u"crm.objects.%1.read, crm.objects.contacts.read"_s.arg(object);
}

QString objectWords(const QString &object)
{
    return object == Orders ? HubSpotPoller::tr("orders") : HubSpotPoller::tr("deals");
}

QDateTime latest(std::initializer_list<QDateTime> times)
{
    QDateTime result;
    for (const QDateTime &time : times) {
        if (time.isValid() && (!result.isValid() || time > result)) {
            result = time;
        }
    }
    return result;
}

QDateTime fromMsecs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

PollOutcome notAList(const QString &detail)
{
    return PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                            HubSpotPoller::tr("HubSpot answered with something that is not a list "
                                                              "of records. Tidings will ask again."),
                                            detail, true));
}

std::optional<QJsonObject> resultsObject(const QByteArray &body, QString *detail)
{
    return PollHttp::objectWithArray(body, "results"_L1, detail);
}

QString bodyExcerpt(const QByteArray &body)
{
    return QString::fromUtf8(body.left(300)).simplified();
}

// The wait a 429 asks for when it has no Retry-After: the rest of the policy's window, at most.
std::optional<qint64> policyWaitMs(const QByteArray &body)
{
    const QString policy = field(QJsonDocument::fromJson(body).object(), "policyName"_L1);
    if (policy == "SECONDLY"_L1) {
        return 1000;
    }
    if (policy == "TEN_SECONDLY_ROLLING"_L1) {
        return 10 * 1000;
    }
    return std::nullopt;
}

// The failure for an answer that is not a page; `object` is what was being read ("deals", "orders"), for
// the scopes a 403 names.
PollOutcome refusal(const PollHttp::Answer &answer, const QString &object)
{
    if (answer.status == 401) {
        return PollOutcome::failure(
            Error::make(ErrorCode::Unauthorized,
                        HubSpotPoller::tr("HubSpot refused the key of this source. Check in HubSpot that the service "
                                          "key (Development → Keys → Service keys) or private app still exists, "
                                          "then copy its key again into Connections."),
                        u"HTTP 401: %1"_s.arg(bodyExcerpt(answer.body))));
    }
    if (answer.status == 403) {
        return PollOutcome::failure(
            Error::make(ErrorCode::Unauthorized,
                        HubSpotPoller::tr("HubSpot does not let this source's key read %1 and their contacts. In "
                                          "HubSpot, add the scopes %2 to the service key (Development → Keys → "
                                          "Service keys) or private app, and save.")
                            .arg(objectWords(object), scopesFor(object)),
                        u"HTTP 403: %1"_s.arg(bodyExcerpt(answer.body))));
    }
    PollOutcome outcome = PollHttp::failureOf(answer, platformName());
    if (answer.status == 429 && !outcome.retryAfterMs) {
        outcome.retryAfterMs = policyWaitMs(answer.body);
    }
    return outcome;
}

QNetworkRequest httpRequest(const QUrl &url, const QString &token)
{
    QNetworkRequest http(url);
    http.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    http.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    http.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8());
    return http;
}

QByteArray idsBody(const QStringList &ids, const QStringList &properties = {})
{
    QJsonArray inputs;
    for (const QString &id : ids) {
        inputs.append(QJsonObject{{u"id"_s, id}});
    }
    QJsonObject body;
    if (!properties.isEmpty()) {
        body.insert(u"properties"_s, QJsonArray::fromStringList(properties));
    }
    body.insert(u"inputs"_s, inputs);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ShipmentStatus fulfillmentStatus(const QString &raw)
{
    QString name = raw.trimmed().toLower();
    name.replace(u' ', u'_');
    name.replace(u'-', u'_');
    return shipmentStatusFromName(name).value_or(ShipmentStatus::LabelCreated);
}

OrderEvent recordEvent(const QJsonObject &record, const QString &object,
                       const QHash<QString, HubSpotPoller::Customer> &customers, const StatusMap &stages,
                       const SourceConfig &source)
{
    const QJsonObject properties = record.value("properties"_L1).toObject();
    OrderEvent event;
    event.sourceId = source.id;
    event.sourceType = HubSpotPoller::typeName();
    event.topic = u"poll/"_s + object;
    event.rawPayload = QJsonDocument(record).toJson(QJsonDocument::Compact);
    event.orderId = field(record, "id"_L1);
    if (object == Orders) {
        event.orderNumber = firstNonEmpty({field(properties, "hs_order_name"_L1), event.orderId});
        event.rawOrderStatus = field(properties, "hs_pipeline_stage"_L1);
        event.totalPrice = field(properties, "hs_total_price"_L1);
        event.currency = field(properties, "hs_currency_code"_L1);
        const QString tracking = field(properties, "hs_shipping_tracking_number"_L1);
        if (!tracking.isEmpty()) {
            event.shipmentId = tracking;
            event.trackingNumber = tracking;
            event.trackingUrl = webUrl(field(properties, "hs_shipping_status_url"_L1));
            event.rawShipmentStatus = field(properties, "hs_fulfillment_status"_L1);
            event.shipmentStatus = fulfillmentStatus(event.rawShipmentStatus);
        }
    } else {
        event.orderNumber = event.orderId;
        event.rawOrderStatus = field(properties, "dealstage"_L1);
        event.totalPrice = field(properties, "amount"_L1);
        event.currency = field(properties, "deal_currency_code"_L1);
    }
    event.orderStatus = HubSpotPoller::stageStatus(event.rawOrderStatus, stages);
    const HubSpotPoller::Customer customer = customers.value(event.orderId);
    event.customerEmail = customer.email;
    event.customerName = customer.name;
    event.customerPhone = customer.phone;
    event.customerLocale = customer.locale;
    event.occurredAt = firstTimestamp({field(properties, "hs_lastmodifieddate"_L1), field(record, "updatedAt"_L1)});
    return event;
}

// What a page still needs after its search answer: the customers of its records.
struct CustomerFetch
{
    QNetworkAccessManager *network = nullptr;
    QUrl base;
    QString token;
    QString object;
    QJsonArray associations;
    QStringList contactIds;
    qsizetype nextContact = 0;
    QJsonArray contacts;
    std::function<void(std::optional<PollOutcome> failure, const QHash<QString, HubSpotPoller::Customer> &)> finished;
};

void fetchContacts(const std::shared_ptr<CustomerFetch> &state)
{
    if (state->nextContact >= state->contactIds.size()) {
        state->finished(std::nullopt, HubSpotPoller::customersOf(state->associations, state->contacts));
        return;
    }
    const QStringList chunk = state->contactIds.mid(state->nextContact, HubSpotPoller::ContactBatchSize);
    state->nextContact += chunk.size();
    const QUrl url = HubSpotPoller::endpoint(state->base, u"/crm/v3/objects/contacts/batch/read"_s);
    if (auto error = PollHttp::checkBaseUrl(url, platformName())) {
        state->finished(PollOutcome::failure(*error), {});
        return;
    }
    const QByteArray body = idsBody(chunk, {u"email"_s, u"firstname"_s, u"lastname"_s, u"phone"_s, u"hs_language"_s});
    PollHttp::send(state->network, httpRequest(url, state->token), QByteArrayLiteral("POST"), body,
                   [state](const PollHttp::Answer &answer) {
                       // 207: some contacts were not found (deleted since); the others are there.
                       if (answer.status != 200 && answer.status != 207) {
                           state->finished(refusal(answer, state->object), {});
                           return;
                       }
                       QString detail;
                       const std::optional<QJsonObject> result = resultsObject(answer.body, &detail);
                       if (!result) {
                           state->finished(notAList(u"contacts: "_s + detail), {});
                           return;
                       }
                       for (const QJsonValue &contact : result->value("results"_L1).toArray()) {
                           state->contacts.append(contact);
                       }
                       fetchContacts(state);
                   });
}

void fetchAssociations(const std::shared_ptr<CustomerFetch> &state, const QStringList &recordIds)
{
    const QUrl url =
        HubSpotPoller::endpoint(state->base, u"/crm/v4/associations/%1/contacts/batch/read"_s.arg(state->object));
    if (auto error = PollHttp::checkBaseUrl(url, platformName())) {
        state->finished(PollOutcome::failure(*error), {});
        return;
    }
    PollHttp::send(state->network, httpRequest(url, state->token), QByteArrayLiteral("POST"), idsBody(recordIds),
                   [state](const PollHttp::Answer &answer) {
                       // 207: some records have no contact (an error entry each); the others are there.
                       if (answer.status != 200 && answer.status != 207) {
                           state->finished(refusal(answer, state->object), {});
                           return;
                       }
                       QString detail;
                       const std::optional<QJsonObject> result = resultsObject(answer.body, &detail);
                       if (!result) {
                           state->finished(notAList(u"associations: "_s + detail), {});
                           return;
                       }
                       state->associations = result->value("results"_L1).toArray();
                       for (const QJsonValue &entry : std::as_const(state->associations)) {
                           for (const QJsonValue &to : entry.toObject().value("to"_L1).toArray()) {
                               const QString id = field(to.toObject(), "toObjectId"_L1);
                               if (!id.isEmpty() && !state->contactIds.contains(id)) {
                                   state->contactIds.append(id);
                               }
                           }
                       }
                       fetchContacts(state);
                   });
}

} // namespace

QString HubSpotPoller::PageToken::encode() const
{
    // Percent-encoded by hand: `after` is HubSpot's and may hold anything.
    QStringList items{u"object="_s + QString::fromLatin1(QUrl::toPercentEncoding(object))};
    if (!after.isEmpty()) {
        items.append(u"after="_s + QString::fromLatin1(QUrl::toPercentEncoding(after)));
    }
    if (fromMs) {
        items.append(u"from="_s + QString::number(*fromMs));
    }
    if (dealsReadMs) {
        items.append(u"dealsRead="_s + QString::number(*dealsReadMs));
    }
    return items.join(u'&');
}

std::optional<HubSpotPoller::PageToken> HubSpotPoller::PageToken::decode(const QString &text,
                                                                         const QStringList &objects)
{
    PageToken token;
    const auto number = [](const QString &value, std::optional<qint64> *out) {
        bool ok = false;
        const qint64 parsed = value.toLongLong(&ok);
        if (ok && parsed >= 0) {
            *out = parsed;
        }
        return ok && parsed >= 0;
    };
    for (const QString &item : text.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0) {
            return std::nullopt;
        }
        const QString key = item.left(equals);
        const QString value = QUrl::fromPercentEncoding(item.mid(equals + 1).toLatin1());
        if (key == "object"_L1) {
            token.object = value;
        } else if (key == "after"_L1) {
            token.after = value;
        } else if (key == "from"_L1) {
            if (!number(value, &token.fromMs)) {
                return std::nullopt;
            }
        } else if (key == "dealsRead"_L1) {
            if (!number(value, &token.dealsReadMs)) {
                return std::nullopt;
            }
        } else {
            return std::nullopt;
        }
    }
    if (!objects.contains(token.object)) {
        return std::nullopt;
    }
    return token;
}

QString HubSpotPoller::typeName()
{
    return HubSpotAdapter::typeName();
}

SourceTypeInfo HubSpotPoller::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("HubSpot");
    info.summary = tr("Deal stages and commerce orders (stage, tracking number, customer contact), read every "
                      "few minutes.");
    info.secrets = {
        {u"accessToken"_s, tr("Service key"),
         tr("HubSpot shows it under Development → Keys → Service keys → your key → Show. An existing private "
            "app's access token (\"pat-…\", Development → Legacy apps → your app → Auth) works too."),
         false, false},
    };
    info.options = {
        {u"baseUrl"_s, tr("HubSpot API address"), tr("Leave empty: Tidings uses https://api.hubapi.com."),
         u"https://api.hubapi.com"_s, false},
        {u"objects"_s, tr("What to read"),
         tr("\"deals\" (deal stages), \"orders\" (HubSpot commerce orders, with tracking numbers) or \"both\"."),
         u"deals"_s, false},
        {u"statusMap"_s, tr("Stage map"),
         tr("Which pipeline stage means which order status, as JSON. Use HubSpot's stage ids (deal default "
            "pipeline: appointmentscheduled … closedwon, closedlost; custom stages are numbers). Stages not "
            "listed are recorded and notify nobody."),
         uR"({"closedwon": "paid", "12345678": "shipped", "closedlost": "cancelled"})"_s, false},
    };
    info.setupSteps = {
        tr("In HubSpot, open Development → Keys → Service keys and click \"Create service key\". Name it "
           "\"Tidings\". (A private app you made before works too: use its access token.)"),
        tr("Add the scopes crm.objects.deals.read (for deals), crm.objects.orders.read (for orders) and "
           "crm.objects.contacts.read (for the customers' email addresses). Nothing needs write access."),
        tr("Click \"Create\", open the key, click \"Show\" and paste the key here."),
        tr("Choose what to read (deals, orders or both) and fill in the stage map, so Tidings knows which stage "
           "means paid, shipped or delivered. Stage ids are under Settings → Objects → Deals (or Orders) → "
           "Pipelines."),
        tr("Tidings writes to the contact associated with each deal or order: associate the buyer's contact "
           "record, with an email address, to the deal or order."),
    };
    return info;
}

QString HubSpotPoller::type() const
{
    return typeName();
}

QStringList HubSpotPoller::objectsOf(const SourceConfig &source)
{
    const QString objects = source.options.value("objects"_L1).toString().trimmed().toLower();
    if (objects == Orders || objects == "order"_L1) {
        return {QString(Orders)};
    }
    if (objects == "both"_L1) {
        return {QString(Deals), QString(Orders)};
    }
    return {QString(Deals)};
}

QByteArray HubSpotPoller::searchBody(const QString &object, qint64 fromMs, const QString &after)
{
    const QJsonObject filter{{u"propertyName"_s, u"hs_lastmodifieddate"_s},
                             {u"operator"_s, u"GTE"_s},
                             {u"value"_s, QString::number(fromMs)}};
    QJsonObject body{
        {u"filterGroups"_s, QJsonArray{QJsonObject{{u"filters"_s, QJsonArray{filter}}}}},
        {u"sorts"_s,
         QJsonArray{QJsonObject{{u"propertyName"_s, u"hs_lastmodifieddate"_s}, {u"direction"_s, u"ASCENDING"_s}}}},
        {u"properties"_s, QJsonArray::fromStringList(propertiesOf(object))},
        {u"limit"_s, PageSize},
    };
    if (!after.isEmpty()) {
        body.insert(u"after"_s, after);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QHash<QString, HubSpotPoller::Customer> HubSpotPoller::customersOf(const QJsonArray &associationResults,
                                                                   const QJsonArray &contacts)
{
    QHash<QString, Customer> byContact;
    for (const QJsonValue &entry : contacts) {
        const QJsonObject contact = entry.toObject();
        const QJsonObject properties = contact.value("properties"_L1).toObject();
        Customer customer;
        customer.email = field(properties, "email"_L1);
        if (customer.email.isEmpty()) {
            continue;
        }
        customer.name = joinName(field(properties, "firstname"_L1), field(properties, "lastname"_L1));
        customer.phone = field(properties, "phone"_L1);
        customer.locale = field(properties, "hs_language"_L1);
        byContact.insert(field(contact, "id"_L1), customer);
    }
    QHash<QString, Customer> byRecord;
    for (const QJsonValue &entry : associationResults) {
        const QJsonObject association = entry.toObject();
        const QString recordId = field(association.value("from"_L1).toObject(), "id"_L1);
        if (recordId.isEmpty() || byRecord.contains(recordId)) {
            continue;
        }
        for (const QJsonValue &to : association.value("to"_L1).toArray()) {
            const auto found = byContact.constFind(field(to.toObject(), "toObjectId"_L1));
            if (found != byContact.cend()) {
                byRecord.insert(recordId, *found);
                break;
            }
        }
    }
    return byRecord;
}

OrderStatus HubSpotPoller::stageStatus(const QString &stageId, const StatusMap &stages)
{
    return stages.resolve({stageId});
}

QUrl HubSpotPoller::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/')) {
        prefix.chop(1);
    }
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

PollOutcome HubSpotPoller::parsePage(const QByteArray &searchBody, const QHash<QString, Customer> &customers,
                                     const PageToken &token, const QDateTime &windowStart, const QDateTime &answeredAt,
                                     const SourceConfig &source)
{
    QString detail;
    const std::optional<QJsonObject> root = resultsObject(searchBody, &detail);
    if (!root) {
        return notAList(token.object + u": "_s + detail);
    }
    const QStringList objects = objectsOf(source);
    const StatusMap stages = HubSpotAdapter::stageMap(source);
    PollPage page;
    page.rawBody = searchBody;
    QDateTime newest;
    for (const QJsonValue &entry : root->value("results"_L1).toArray()) {
        OrderEvent event = recordEvent(entry.toObject(), token.object, customers, stages, source);
        if (event.orderId.isEmpty()) {
            continue;
        }
        newest = latest({newest, event.occurredAt});
        page.events.append(std::move(event));
    }

    // Everything changed at or after `from` and up to the search is read once this query has no next page.
    const qint64 fromMs = token.fromMs.value_or(windowStart.toMSecsSinceEpoch());
    const auto readUpTo = [&] { return latest({newest, answeredAt, fromMsecs(fromMs)}); };
    const QString after = scalarText(valueAt(*root, u"paging.next.after"_s));
    PageToken next = token;
    if (!after.isEmpty()) {
        bool numeric = false;
        const qint64 offset = after.toLongLong(&numeric);
        if (numeric && offset + PageSize > MaxResultsPerQuery) {
            // The next page would pass the 10,000th result: restart at the newest change read.
            qint64 slideTo = newest.isValid() ? newest.toMSecsSinceEpoch() : fromMs;
            if (slideTo <= fromMs) {
                slideTo = fromMs + 1; // more than 10,000 changes in one millisecond
            }
            next.fromMs = slideTo;
            next.after.clear();
        } else {
            next.after = after;
        }
        page.more = true;
    } else if (token.object == Deals && objects.contains(Orders)) {
        next = PageToken{QString(Orders), {}, std::nullopt, readUpTo().toMSecsSinceEpoch()};
        page.more = true;
    }

    if (objects.size() == 1) {
        page.newestSeen = newest;
    } else if (token.object == Orders && token.dealsReadMs) {
        // Never past deals not read yet, nor past orders not read yet.
        const QDateTime ordersRead = page.more ? newest : readUpTo();
        if (ordersRead.isValid()) {
            page.newestSeen = std::min(ordersRead, fromMsecs(*token.dealsReadMs));
        }
    }
    if (page.more) {
        page.nextPageToken = next.encode();
        page.waitBeforeNextMs = SearchIntervalMs;
    }
    return PollOutcome::success(std::move(page));
}

void HubSpotPoller::fetch(const PollRequest &request, QNetworkAccessManager *network, Done done)
{
    const QString baseText = request.source.options.value("baseUrl"_L1).toString().trimmed();
    const QUrl base = baseText.isEmpty() ? defaultBaseUrl() : QUrl(baseText);
    if (auto error = PollHttp::checkBaseUrl(base, platformName())) {
        done(PollOutcome::failure(*error));
        return;
    }
    const QString token = request.secrets.value(u"accessToken"_s).trimmed();
    if (token.isEmpty()) {
        done(PollOutcome::failure(Error::make(ErrorCode::Config,
                                              tr("No HubSpot access token is saved for \"%1\", so its deals and "
                                                 "orders cannot be read. Add the HubSpot service key in "
                                                 "Connections.")
                                                  .arg(request.source.name),
                                              u"secret accessToken missing"_s)));
        return;
    }
    const QStringList objects = objectsOf(request.source);
    PageToken page{objects.first(), {}, std::nullopt, std::nullopt};
    if (!request.pageToken.isEmpty()) {
        const std::optional<PageToken> decoded = PageToken::decode(request.pageToken, objects);
        if (!decoded) {
            done(PollOutcome::failure(Error::make(ErrorCode::Internal,
                                                  tr("Tidings lost its place in HubSpot's list of changes and starts "
                                                     "again."),
                                                  u"bad page token \"%1\""_s.arg(request.pageToken), true)));
            return;
        }
        page = *decoded;
    }
    const QUrl url = endpoint(base, u"/crm/v3/objects/%1/search"_s.arg(page.object));
    if (auto error = PollHttp::checkBaseUrl(url, platformName())) {
        done(PollOutcome::failure(*error));
        return;
    }
    const QByteArray body =
        searchBody(page.object, page.fromMs.value_or(request.windowStart.toMSecsSinceEpoch()), page.after);
    PollHttp::send(network, httpRequest(url, token), QByteArrayLiteral("POST"), body,
                   [network, base, token, page, source = request.source, windowStart = request.windowStart,
                    done = std::move(done)](const PollHttp::Answer &answer) {
                       if (answer.status != 200) {
                           done(refusal(answer, page.object));
                           return;
                       }
                       const QDateTime answeredAt = PollHttp::httpDate(answer.date);
                       QString detail;
                       const std::optional<QJsonObject> result = resultsObject(answer.body, &detail);
                       if (!result) {
                           done(notAList(page.object + u": "_s + detail));
                           return;
                       }
                       QStringList ids;
                       for (const QJsonValue &entry : result->value("results"_L1).toArray()) {
                           const QString id = field(entry.toObject(), "id"_L1);
                           if (!id.isEmpty() && !ids.contains(id)) {
                               ids.append(id);
                           }
                       }
                       if (ids.isEmpty()) {
                           done(parsePage(answer.body, {}, page, windowStart, answeredAt, source));
                           return;
                       }
                       auto state = std::make_shared<CustomerFetch>();
                       state->network = network;
                       state->base = base;
                       state->token = token;
                       state->object = page.object;
                       state->finished = [body = answer.body, page, windowStart, answeredAt, source,
                                          done](std::optional<PollOutcome> failure,
                                                const QHash<QString, Customer> &customers) {
                           done(failure ? *failure : parsePage(body, customers, page, windowStart, answeredAt, source));
                       };
                       fetchAssociations(state, ids);
                   });
}

} // namespace Tidings
