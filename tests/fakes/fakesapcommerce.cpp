#include "fakes/fakesapcommerce.h"

#include "fakes/fakeoauth2server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QByteArray occErrors(const QString &type, const QString &message)
{
    return QJsonDocument(
               QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, message}, {u"type"_s, type}}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

// OCC's times: "2026-03-01T09:00:00+0000".
QString occTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss+0000"_s);
}

// What OCC's parser (Joda's ISODateTimeFormat.dateTimeNoMillis) reads: no milliseconds, a zone required.
// Tomcat turns an unencoded '+' into a space first, which then fails.
QDateTime feedTimestamp(QString text)
{
    text.replace(u'+', u' ');
    static const QRegularExpression pattern(uR"(^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(Z|[+-]\d\d:?\d\d)$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    QString zone = match.captured(2);
    if (zone.size() == 5) {
        zone.insert(3, u':');
    }
    return QDateTime::fromString(match.captured(1) + zone, Qt::ISODate);
}

QJsonObject consignmentJson(const FakeSapCommerce::Consignment &consignment)
{
    QJsonObject json{{u"code"_s, consignment.code},
                     {u"status"_s, consignment.status},
                     {u"statusDisplay"_s, consignment.status.toLower()},
                     {u"entries"_s,
                      QJsonArray{QJsonObject{
                          {u"orderEntry"_s, QJsonObject{{u"entryNumber"_s, 0},
                                                        {u"product"_s, QJsonObject{{u"code"_s, u"1934793"_s},
                                                                                   {u"name"_s, u"PowerShot A480"_s}}}}},
                          {u"quantity"_s, 1},
                          {u"shippedQuantity"_s, consignment.status == "READY"_L1 ? 0 : 1}}}},
                     {u"shippingAddress"_s, QJsonObject{{u"firstName"_s, u"Ada"_s}, {u"lastName"_s, u"Lovelace"_s}}}};
    if (!consignment.trackingId.isEmpty()) {
        json.insert(u"trackingID"_s, consignment.trackingId);
    }
    if (consignment.statusDate.isValid()) {
        json.insert(u"statusDate"_s, occTime(consignment.statusDate));
    }
    return json;
}

QJsonObject orderJson(const FakeSapCommerce::Order &order)
{
    QJsonArray consignments;
    for (const FakeSapCommerce::Consignment &consignment : order.consignments) {
        consignments.append(consignmentJson(consignment));
    }
    const QJsonObject price{{u"currencyIso"_s, u"USD"_s},
                            {u"value"_s, order.total},
                            {u"formattedValue"_s, u"$%1"_s.arg(order.total)},
                            {u"priceType"_s, u"BUY"_s}};
    return QJsonObject{
        {u"type"_s, u"orderWsDTO"_s},
        {u"code"_s, order.code},
        {u"guid"_s, u"9b3e6d7f-%1"_s.arg(order.code)},
        {u"status"_s, order.status},
        {u"statusDisplay"_s, order.status.toLower()},
        {u"deliveryStatus"_s, order.deliveryStatus},
        {u"created"_s, occTime(order.created)},
        {u"guestCustomer"_s, false},
        {u"user"_s, QJsonObject{{u"uid"_s, order.uid}, {u"name"_s, order.name}}},
        {u"deliveryAddress"_s, QJsonObject{{u"firstName"_s, u"Ada"_s},
                                           {u"lastName"_s, u"Lovelace"_s},
                                           {u"line1"_s, u"12 St James's Square"_s},
                                           {u"town"_s, u"London"_s},
                                           {u"postalCode"_s, u"SW1Y 4JH"_s},
                                           {u"country"_s, QJsonObject{{u"isocode"_s, u"GB"_s}}}}},
        {u"entries"_s, QJsonArray{QJsonObject{
                           {u"entryNumber"_s, 0},
                           {u"quantity"_s, 1},
                           {u"basePrice"_s, price},
                           {u"totalPrice"_s, price},
                           {u"product"_s, QJsonObject{{u"code"_s, u"1934793"_s}, {u"name"_s, u"PowerShot A480"_s}}}}}},
        {u"totalPrice"_s, price},
        {u"totalPriceWithTax"_s, price},
        {u"consignments"_s, consignments},
    };
}

} // namespace

FakeSapCommerce::FakeSapCommerce(QString baseSiteId, const FakeOAuth2Server *tokens, QObject *parent)
    : FakePlatformServer(parent)
    , m_site(std::move(baseSiteId))
    , m_tokens(tokens)
{}

void FakeSapCommerce::changeOrder(const Order &order, const QDateTime &changedAt)
{
    upsertOrderQuietly(order);
    addFeedEntry(order.code, order.status, changedAt);
}

void FakeSapCommerce::upsertOrderQuietly(const Order &order)
{
    for (Order &existing : m_orders) {
        if (existing.code == order.code) {
            existing = order;
            return;
        }
    }
    m_orders.append(order);
}

FakeSapCommerce::Order FakeSapCommerce::order(const QString &code) const
{
    for (const Order &existing : m_orders) {
        if (existing.code == code) {
            return existing;
        }
    }
    return {};
}

void FakeSapCommerce::addFeedEntry(const QString &code, const QString &status, const QDateTime &changedAt,
                                   const QString &baseSiteId)
{
    m_feed.append(FeedEntry{changedAt, code, status, baseSiteId.isEmpty() ? m_site : baseSiteId});
    // The queue is ordered by the time an entry arrived.
    std::stable_sort(m_feed.begin(), m_feed.end(), [](const FeedEntry &a, const FeedEntry &b) { return a.at < b.at; });
}

FakePlatformServer::Response FakeSapCommerce::occ(int status, const QByteArray &body) const
{
    const QDateTime date = m_date.isValid() ? m_date : QDateTime::currentDateTimeUtc();
    return json(status, body, {{QByteArrayLiteral("Date"), httpDate(date)}});
}

std::optional<FakePlatformServer::Response> FakeSapCommerce::violation(const Request &request) const
{
    const QStringList parts = QString::fromUtf8(request.path).split(u'/');
    // "", "occ", "v2", site, ...
    const bool isFeed =
        parts.size() == 7 && parts.at(4) == "feeds"_L1 && parts.at(5) == "orders"_L1 && parts.at(6) == "statusfeed"_L1;
    const bool isOrder = parts.size() == 6 && parts.at(4) == "orders"_L1 && !parts.at(5).isEmpty();
    if (request.method != "GET" || parts.size() < 5 || parts.at(1) != "occ"_L1 || parts.at(2) != "v2"_L1 ||
        !(isFeed || isOrder)) {
        return occ(404, occErrors(u"UnknownResourceError"_s,
                                  u"There is no resource for path %1"_s.arg(QString::fromUtf8(request.path))));
    }
    const QByteArray authorization = request.headers.value(QByteArrayLiteral("authorization"));
    const QString token = QString::fromLatin1(authorization.mid(7));
    if (!authorization.startsWith("Bearer ") || !m_tokens || !m_tokens->isIssued(token)) {
        return occ(401, occErrors(u"InvalidTokenError"_s, u"Invalid access token: %1"_s.arg(token)));
    }
    if (!m_trusted) {
        return occ(403, occErrors(u"ForbiddenError"_s, u"Access is denied"_s));
    }
    if (QUrl::fromPercentEncoding(parts.at(3).toUtf8()) != m_site) {
        return occ(400, occErrors(u"InvalidResourceError"_s, u"Base site %1 doesn't exist"_s.arg(
                                                                 QUrl::fromPercentEncoding(parts.at(3).toUtf8()))));
    }
    if (isFeed) {
        const QString timestamp = request.query.queryItemValue(u"timestamp"_s, QUrl::FullyDecoded);
        if (!feedTimestamp(timestamp).isValid()) {
            return occ(400,
                       occErrors(u"IllegalArgumentError"_s, u"Invalid format: \"%1\" is malformed"_s.arg(timestamp)));
        }
        return std::nullopt;
    }
    if (request.query.queryItemValue(u"fields"_s, QUrl::FullyDecoded) != "FULL"_L1) {
        return occ(400, occErrors(u"ContractViolation"_s, u"the poller asks for fields=FULL"_s));
    }
    const QString code = QUrl::fromPercentEncoding(parts.at(5).toUtf8());
    if (order(code).code.isEmpty()) {
        return occ(400, occErrors(u"UnknownIdentifierError"_s, u"Order with guid %1 not found for current user in "
                                                               u"current BaseStore"_s.arg(code)));
    }
    return std::nullopt;
}

FakePlatformServer::Response FakeSapCommerce::serve(const Request &request)
{
    const QStringList parts = QString::fromUtf8(request.path).split(u'/');
    if (parts.size() == 7 && !m_rawFeed.isEmpty()) {
        return occ(200, m_rawFeed);
    }
    if (parts.size() == 7) {
        const QDateTime since = feedTimestamp(request.query.queryItemValue(u"timestamp"_s, QUrl::FullyDecoded));
        QJsonArray elements;
        for (const FeedEntry &entry : std::as_const(m_feed)) {
            if (entry.at >= since && entry.site == m_site) {
                elements.append(
                    QJsonObject{{u"code"_s, entry.code}, {u"status"_s, entry.status}, {u"baseSiteId"_s, entry.site}});
            }
        }
        QJsonObject body;
        if (!elements.isEmpty()) {
            body.insert(u"orderStatusUpdateElements"_s, elements);
        }
        return occ(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    const Order found = order(QUrl::fromPercentEncoding(parts.at(5).toUtf8()));
    return occ(200, QJsonDocument(orderJson(found)).toJson(QJsonDocument::Compact));
}

FakePlatformServer::Response FakeSapCommerce::answer(Mode mode, const Request &request)
{
    if (mode == Mode::Unauthorized401) {
        const QString token = QString::fromLatin1(request.headers.value(QByteArrayLiteral("authorization")).mid(7));
        return occ(401, occErrors(u"InvalidTokenError"_s, u"Invalid access token: %1"_s.arg(token)));
    }
    if (mode == Mode::ServerError500) {
        return occ(500, occErrors(u"ServerError"_s, u"Internal server error"_s));
    }
    return FakePlatformServer::answer(mode, request);
}

} // namespace Tidings::Test
