#include "sources/polling/sapcommercepoller.h"

#include "sources/payloadfields.h"
#include "sources/polling/pollhttp.h"
#include "sources/sapcommerceadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

// One run's status feed, kept between its pages.
struct SapCommerceFeed
{
    quint64 serial = 0;
    QString sourceId;
    QDateTime windowStart;
    QStringList codes;
    QDateTime answeredAt; // the feed's Date header
    QByteArray body;
};

struct SapCommercePollState
{
    OAuth2Session session;
    quint64 feeds = 0;
    std::optional<SapCommerceFeed> feed;
};

namespace {

using namespace Payload;

QString platformName()
{
    return SapCommercePoller::tr("SAP Commerce");
}

QString optionText(const SourceConfig &source, QLatin1StringView key)
{
    return source.options.value(key).toString().trimmed();
}

// The base path without a trailing slash, and whether it already names the OCC root.
QString basePath(const QUrl &base, bool *isOccRoot)
{
    QString path = base.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    *isOccRoot = path.endsWith("/occ/v2"_L1) || path.endsWith("/rest/v2"_L1);
    return path;
}

// Everything one request of a run needs.
struct Call
{
    std::shared_ptr<SapCommercePollState> state;
    QNetworkAccessManager *network = nullptr;
    OAuth2Grant grant;
    SourceConfig source;
    QUrl base;
    QString baseSiteId;
};

struct OccErrors
{
    QStringList types;
    QStringList messages;
};

OccErrors occErrorsOf(const QByteArray &body)
{
    OccErrors errors;
    for (const QJsonValue &value : QJsonDocument::fromJson(body).object().value("errors"_L1).toArray()) {
        const QJsonObject error = value.toObject();
        const QString type = field(error, "type"_L1);
        if (!type.isEmpty()) {
            errors.types.append(type);
        }
        const QString message = field(error, "message"_L1);
        if (!message.isEmpty()) {
            errors.messages.append(message);
        }
    }
    return errors;
}

// Credentials never reach a message: OCC's InvalidTokenError repeats the access token it refused.
QString scrubbed(QString text, const Call &call, const QString &accessToken)
{
    for (const QString &secret : {accessToken, call.grant.clientSecret}) {
        if (secret.size() >= 4) {
            text.replace(secret, u"…"_s);
        }
    }
    return text;
}

PollOutcome scrubbed(PollOutcome outcome, const Call &call, const QString &accessToken)
{
    if (outcome.error) {
        outcome.error->message = scrubbed(outcome.error->message, call, accessToken);
        outcome.error->detail = scrubbed(outcome.error->detail, call, accessToken);
    }
    return outcome;
}

// The failure for an OCC answer that is neither a feed nor an order, in the owner's words.
PollOutcome failureOf(const PollHttp::Answer &answer, const Call &call, const QString &accessToken)
{
    const OccErrors errors = occErrorsOf(answer.body);
    const QString detail = scrubbed(
        u"HTTP %1 %2: %3"_s.arg(answer.status).arg(errors.types.join(u','), errors.messages.join(u"; "_s).left(300)),
        call, accessToken);
    const QString name = call.source.name;
    const QString client = call.grant.clientId;
    if (answer.status == 401) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Unauthorized,
            SapCommercePoller::tr("SAP Commerce refused the access of the OAuth client \"%1\" for \"%2\", even with a "
                                  "new token. Check in Backoffice → System → OAuth → OAuth Clients that the client "
                                  "still exists, then check its secret in Connections.")
                .arg(client, name),
            detail));
    }
    if (answer.status == 403) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Unauthorized,
            SapCommercePoller::tr("SAP Commerce does not let the OAuth client \"%1\" read all orders of \"%2\": the "
                                  "client is not trusted. In Backoffice → System → OAuth → OAuth Clients, add "
                                  "ROLE_TRUSTED_CLIENT to the client's authorities.")
                .arg(client, name),
            detail));
    }
    const bool unknownSite = errors.types.contains("InvalidResourceError"_L1) ||
                             errors.messages.join(u' ').contains("base site"_L1, Qt::CaseInsensitive);
    if (answer.status == 400 && unknownSite) {
        return PollOutcome::failure(
            Error::make(ErrorCode::Config,
                        SapCommercePoller::tr("SAP Commerce has no site \"%1\". Check the site ID of \"%2\" in "
                                              "Connections (for example electronics or apparel-uk).")
                            .arg(call.baseSiteId, name),
                        detail));
    }
    if (answer.status == 404) {
        return PollOutcome::failure(
            Error::make(ErrorCode::Config,
                        SapCommercePoller::tr("SAP Commerce has no order feed at the address of \"%1\". Check the API "
                                              "address in Connections: the address of the commerce web services "
                                              "(https://api.…), without /occ/v2.")
                            .arg(name),
                        detail));
    }
    return scrubbed(PollHttp::failureOf(answer, platformName()), call, accessToken);
}

PollOutcome malformed(const QString &what, const QString &detail)
{
    return PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                            SapCommercePoller::tr("SAP Commerce answered with something that is not "
                                                                  "%1. A maintenance page or a proxy may be in the "
                                                                  "way; Tidings will ask again.")
                                                .arg(what),
                                            detail, true));
}

using Answered =
    std::function<void(const PollHttp::Answer *answer, const PollOutcome &failure, const QString &accessToken)>;

// GET with the source's bearer token; a 401 drops the token and asks once more with a new one.
void authorizedGet(const std::shared_ptr<const Call> &call, const QUrl &url, bool retried, Answered answered)
{
    call->state->session.withToken(
        call->grant, platformName(), call->network,
        [call, url, retried, answered = std::move(answered)](const OAuth2Token *token, const PollOutcome &failure) {
            if (!token) {
                answered(nullptr, failure, {});
                return;
            }
            if (auto error = PollHttp::checkBaseUrl(url, platformName())) {
                answered(nullptr, PollOutcome::failure(*error), {});
                return;
            }
            QNetworkRequest http(url);
            http.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
            http.setRawHeader(QByteArrayLiteral("Authorization"),
                              QByteArrayLiteral("Bearer ") + token->accessToken.toUtf8());
            PollHttp::send(
                call->network, http, QByteArrayLiteral("GET"), {},
                [call, url, retried, answered, accessToken = token->accessToken](const PollHttp::Answer &answer) {
                    if (answer.status == 401 && !retried) {
                        // The token expired early or was revoked: a new one, once.
                        call->state->session.invalidate();
                        authorizedGet(call, url, true, answered);
                        return;
                    }
                    answered(&answer, {}, accessToken);
                });
        });
}

// An order the feed names that OCC does not know (deleted, or of a site this client cannot see).
bool unknownOrder(const PollHttp::Answer &answer)
{
    const OccErrors errors = occErrorsOf(answer.body);
    return (answer.status == 400 || answer.status == 404) &&
           (errors.types.contains("UnknownIdentifierError"_L1) || errors.types.contains("NotFoundError"_L1));
}

// Reads the orders [start, end) of the feed one after the other, then hands over the page.
struct OrderFetch
{
    std::shared_ptr<const Call> call;
    std::shared_ptr<const SapCommerceFeed> feed;
    qsizetype start = 0;
    qsizetype end = 0;
    QList<QJsonObject> orders;
    QStringList missing;
    Poller::Done done;
};

void finishPage(const std::shared_ptr<OrderFetch> &fetch)
{
    const bool more = fetch->end < fetch->feed->codes.size();
    PollPage page =
        SapCommercePoller::pageOf(fetch->orders, fetch->missing, fetch->call->source,
                                  fetch->start == 0 ? fetch->feed->body : QByteArray(), more, fetch->feed->answeredAt);
    if (more) {
        page.nextPageToken = u"%1:%2"_s.arg(fetch->feed->serial).arg(fetch->end);
    }
    fetch->done(PollOutcome::success(std::move(page)));
}

void fetchOrder(const std::shared_ptr<OrderFetch> &fetch, qsizetype index)
{
    if (index >= fetch->end) {
        finishPage(fetch);
        return;
    }
    const QString code = fetch->feed->codes.at(index);
    QUrl url = SapCommercePoller::occUrl(fetch->call->base, fetch->call->baseSiteId,
                                         u"orders/"_s + QString::fromLatin1(QUrl::toPercentEncoding(code)));
    QUrlQuery query;
    query.addQueryItem(u"fields"_s, u"FULL"_s);
    url.setQuery(query);
    authorizedGet(
        fetch->call, url, false,
        [fetch, index, code](const PollHttp::Answer *answer, const PollOutcome &failure, const QString &accessToken) {
            if (!answer) {
                fetch->done(failure);
                return;
            }
            if (answer->status != 200) {
                if (unknownOrder(*answer)) {
                    fetch->missing.append(code);
                    fetchOrder(fetch, index + 1);
                    return;
                }
                fetch->done(failureOf(*answer, *fetch->call, accessToken));
                return;
            }
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(answer->body, &parseError);
            const QJsonObject order = document.object();
            if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
                field(order, "code"_L1).isEmpty()) {
                fetch->done(malformed(
                    SapCommercePoller::tr("an order"),
                    u"order %1: not an order object: %2"_s.arg(
                        code, parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"no code"_s)));
                return;
            }
            fetch->orders.append(order);
            fetchOrder(fetch, index + 1);
        });
}

void fetchOrders(const std::shared_ptr<const Call> &call, std::shared_ptr<const SapCommerceFeed> feed, qsizetype start,
                 Poller::Done done)
{
    auto fetch = std::make_shared<OrderFetch>();
    fetch->call = call;
    fetch->start = start;
    fetch->end = std::min<qsizetype>(start + SapCommercePoller::OrdersPerPage, feed->codes.size());
    fetch->feed = std::move(feed);
    fetch->done = std::move(done);
    fetchOrder(fetch, start);
}

void fetchFeed(const std::shared_ptr<const Call> &call, const QDateTime &windowStart, Poller::Done done)
{
    QUrl url = SapCommercePoller::occUrl(call->base, call->baseSiteId, u"feeds/orders/statusfeed"_s);
    QUrlQuery query;
    query.addQueryItem(u"timestamp"_s, SapCommercePoller::feedTimestamp(windowStart));
    url.setQuery(query);
    authorizedGet(call, url, false,
                  [call, windowStart, done = std::move(done)](const PollHttp::Answer *answer,
                                                              const PollOutcome &failure, const QString &accessToken) {
                      if (!answer) {
                          done(failure);
                          return;
                      }
                      if (answer->status != 200) {
                          done(failureOf(*answer, *call, accessToken));
                          return;
                      }
                      QString detail;
                      const std::optional<QStringList> codes =
                          SapCommercePoller::parseFeed(answer->body, call->baseSiteId, &detail);
                      if (!codes) {
                          done(malformed(SapCommercePoller::tr("a list of changed orders"), detail));
                          return;
                      }
                      SapCommerceFeed feed;
                      feed.serial = ++call->state->feeds;
                      feed.sourceId = call->source.id;
                      feed.windowStart = windowStart;
                      feed.codes = *codes;
                      feed.answeredAt = PollHttp::httpDate(answer->date);
                      feed.body = answer->body;
                      call->state->feed = feed;
                      fetchOrders(call, std::make_shared<const SapCommerceFeed>(std::move(feed)), 0, done);
                  });
}

} // namespace

SapCommercePoller::SapCommercePoller()
    : m_state(std::make_shared<SapCommercePollState>())
{}

QString SapCommercePoller::typeName()
{
    return SapCommerceAdapter::typeName();
}

SourceTypeInfo SapCommercePoller::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("SAP Commerce Cloud");
    info.summary = tr("Order status changes and their consignments (shipments) with tracking numbers, read every few "
                      "minutes through the commerce web services (OCC).");
    info.secrets = {
        {u"clientSecret"_s, tr("OAuth client secret"),
         tr("The secret of the OAuth client made for Tidings in Backoffice → System → OAuth → OAuth Clients."), false,
         false},
    };
    info.options = {
        {u"baseUrl"_s, tr("API address"),
         tr("The address of the commerce web services, without /occ/v2: on Commerce Cloud the \"api\" endpoint "
            "shown in Cloud Portal → Environments."),
         u"https://api.c1abc-shop.model-t.cc.commerce.ondemand.com"_s, true},
        {u"baseSiteId"_s, tr("Site ID"),
         tr("The ID of the base site whose orders Tidings reads, as in /occ/v2/<site>."), u"electronics"_s, true},
        {u"clientId"_s, tr("OAuth client ID"), tr("The ID of the OAuth client made for Tidings."), u"tidings"_s, true},
        {u"tokenUrl"_s, tr("Token address"),
         tr("Leave empty for <API address>/authorizationserver/oauth/token; change it only when your "
            "authorization server lives elsewhere."),
         u"https://api.c1abc-shop.model-t.cc.commerce.ondemand.com/authorizationserver/oauth/token"_s, false},
    };
    info.setupSteps = {
        tr("In Backoffice, open System → OAuth → OAuth Clients and create a client with the ID \"tidings\" and a "
           "long random secret."),
        tr("Give it the authority ROLE_TRUSTED_CLIENT and the grant type client_credentials, and save. Only a "
           "trusted client may read the orders of all customers; Tidings only reads."),
        tr("Enter the API address (Cloud Portal → Environments → the \"api\" endpoint), the site ID and the client "
           "ID here, and paste the client secret."),
        tr("Tidings reads the order status feed of the commerce web services: it lists orders whose status "
           "changed in the last hours on the server Tidings reaches. A consignment that ships without changing "
           "its order's status is read when the order's status next changes."),
    };
    return info;
}

QString SapCommercePoller::type() const
{
    return typeName();
}

QString SapCommercePoller::feedTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate); // 2026-03-01T09:00:00Z
}

QUrl SapCommercePoller::occUrl(const QUrl &base, const QString &baseSiteId, const QString &resource)
{
    bool occRoot = false;
    QString path = basePath(base, &occRoot);
    if (!occRoot) {
        path += u"/occ/v2"_s;
    }
    QUrl url = base;
    url.setQuery(QString());
    url.setFragment(QString());
    url.setPath(path + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(baseSiteId.trimmed())) + u'/' + resource,
                QUrl::TolerantMode);
    return url;
}

QUrl SapCommercePoller::tokenUrl(const QUrl &base, const QString &option)
{
    if (!option.trimmed().isEmpty()) {
        return QUrl(option.trimmed());
    }
    bool occRoot = false;
    QString path = basePath(base, &occRoot);
    if (occRoot) {
        path.truncate(path.lastIndexOf(u'/', path.size() - 4)); // drops "/occ/v2" or "/rest/v2"
    }
    QUrl url = base;
    url.setQuery(QString());
    url.setFragment(QString());
    url.setPath(path + u"/authorizationserver/oauth/token"_s);
    return url;
}

std::optional<QStringList> SapCommercePoller::parseFeed(const QByteArray &body, const QString &baseSiteId,
                                                        QString *detail)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *detail = u"statusfeed answer is not a JSON object: %1"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.contains("errors"_L1)) {
        *detail = u"statusfeed answer is an error: %1"_s.arg(QString::fromUtf8(body.left(300)).simplified());
        return std::nullopt;
    }
    // OCC leaves an empty list out.
    const QJsonValue elements = root.value("orderStatusUpdateElements"_L1);
    if (!elements.isUndefined() && !elements.isNull() && !elements.isArray()) {
        *detail = u"orderStatusUpdateElements is not an array"_s;
        return std::nullopt;
    }
    QStringList codes;
    QSet<QString> seen;
    for (const QJsonValue &value : elements.toArray()) {
        const QJsonObject element = value.toObject();
        const QString code = field(element, "code"_L1);
        const QString site = field(element, "baseSiteId"_L1);
        if (code.isEmpty() || (!site.isEmpty() && site != baseSiteId) || seen.contains(code)) {
            continue;
        }
        seen.insert(code);
        codes.append(code);
    }
    return codes;
}

QList<OrderEvent> SapCommercePoller::orderEvents(const QJsonObject &order, const SourceConfig &source)
{
    OrderEvent event;
    event.sourceId = source.id;
    event.sourceType = typeName();
    event.topic = u"poll/orders"_s;
    event.rawPayload = QJsonDocument(order).toJson(QJsonDocument::Compact);
    SapCommerceAdapter::readOrder(order, event);
    QList<OrderEvent> events{event};
    for (const QJsonValue &value : order.value("consignments"_L1).toArray()) {
        const QJsonObject consignment = value.toObject();
        if (field(consignment, "code"_L1).isEmpty()) {
            continue;
        }
        OrderEvent parcel;
        parcel.sourceId = source.id;
        parcel.sourceType = typeName();
        parcel.topic = u"poll/consignments"_s;
        parcel.rawPayload = QJsonDocument(consignment).toJson(QJsonDocument::Compact);
        parcel.orderId = event.orderId;
        parcel.orderNumber = event.orderNumber;
        SapCommerceAdapter::readConsignment(consignment, order, parcel);
        events.append(parcel);
    }
    return events;
}

PollPage SapCommercePoller::pageOf(const QList<QJsonObject> &orders, const QStringList &missing,
                                   const SourceConfig &source, const QByteArray &feedBody, bool more,
                                   const QDateTime &answeredAt)
{
    PollPage page;
    QJsonArray raw;
    for (const QJsonObject &order : orders) {
        page.events.append(orderEvents(order, source));
        raw.append(order);
    }
    QJsonObject body{{u"orders"_s, raw}};
    if (!missing.isEmpty()) {
        body.insert(u"unknownOrders"_s, QJsonArray::fromStringList(missing));
    }
    if (!feedBody.isEmpty()) {
        body.insert(u"statusfeed"_s, QJsonDocument::fromJson(feedBody).object());
    }
    page.rawBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    page.more = more;
    // The feed's elements carry no time: SAP's clock when it answered covers the whole run.
    if (!more && answeredAt.isValid()) {
        page.newestSeen = answeredAt.toUTC();
    }
    return page;
}

void SapCommercePoller::fetch(const PollRequest &request, QNetworkAccessManager *network, Done done)
{
    const SourceConfig &source = request.source;
    const QUrl base(optionText(source, "baseUrl"_L1));
    if (auto error = PollHttp::checkBaseUrl(base, platformName())) {
        done(PollOutcome::failure(*error));
        return;
    }
    auto call = std::make_shared<Call>();
    call->state = m_state;
    call->network = network;
    call->source = source;
    call->base = base;
    call->baseSiteId = optionText(source, "baseSiteId"_L1);
    call->grant.kind = OAuth2Grant::Kind::ClientCredentials;
    call->grant.tokenUrl = tokenUrl(base, optionText(source, "tokenUrl"_L1));
    call->grant.clientId = optionText(source, "clientId"_L1);
    call->grant.clientSecret = request.secrets.value(u"clientSecret"_s).trimmed();
    if (call->baseSiteId.isEmpty() || call->grant.clientId.isEmpty()) {
        done(PollOutcome::failure(Error::make(ErrorCode::Config,
                                              tr("\"%1\" does not say which SAP Commerce site to read or which OAuth "
                                                 "client to use. Enter the site ID and the client ID in "
                                                 "Connections.")
                                                  .arg(source.name),
                                              u"option baseSiteId or clientId missing"_s)));
        return;
    }
    if (call->grant.clientSecret.isEmpty()) {
        done(PollOutcome::failure(Error::make(ErrorCode::Config,
                                              tr("No OAuth client secret is saved for \"%1\", so its orders cannot "
                                                 "be read. Paste the client's secret in Connections.")
                                                  .arg(source.name),
                                              u"secret clientSecret missing"_s)));
        return;
    }
    if (auto error = PollHttp::checkBaseUrl(call->grant.tokenUrl, platformName())) {
        done(PollOutcome::failure(*error));
        return;
    }

    // A later page of the run whose feed this poller holds: its next orders.
    const std::optional<SapCommerceFeed> &held = m_state->feed;
    const QStringList token = request.pageToken.split(u':');
    bool serialOk = false;
    bool indexOk = false;
    const quint64 serial = token.size() == 2 ? token.at(0).toULongLong(&serialOk) : 0;
    const qsizetype index = token.size() == 2 ? token.at(1).toLongLong(&indexOk) : -1;
    if (!request.pageToken.isEmpty() && serialOk && indexOk && held && held->serial == serial &&
        held->sourceId == source.id && held->windowStart == request.windowStart && index >= 0 &&
        index <= held->codes.size()) {
        fetchOrders(call, std::make_shared<const SapCommerceFeed>(*held), index, std::move(done));
        return;
    }
    // The first page, or a token whose feed is gone: read the feed (again) from the window start.
    fetchFeed(call, request.windowStart, std::move(done));
}

} // namespace Tidings
