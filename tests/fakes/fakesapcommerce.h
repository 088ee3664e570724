#pragma once

#include "fakes/fakeplatformserver.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Tidings::Test {

class FakeOAuth2Server;

// A loopback SAP Commerce OCC v2 (commerce web services) for one base site, holding orders with their
// consignments and the order status feed. Checks the contract SapCommercePoller keeps:
// GET /occ/v2/{site}/feeds/orders/statusfeed?timestamp=<ISO 8601 with Z or ±hhmm> and
// GET /occ/v2/{site}/orders/{code}?fields=FULL, with "Authorization: Bearer <token>" issued by the given
// FakeOAuth2Server. Violations answer as OCC does, {"errors": [{"message", "type"}]}: 401 InvalidTokenError
// (whose message repeats the token, as OCC's does), 403 ForbiddenError for a client without
// ROLE_TRUSTED_CLIENT, 400 InvalidResourceError for an unknown site, 400 UnknownIdentifierError for an unknown
// order, 400 for a bad timestamp, 404 for any other path or method. The feed lists, oldest first, every status
// change at or after the timestamp as {code, status, baseSiteId} (an empty feed leaves the list out, as OCC's
// mapper does); the answers carry a Date header.
class FakeSapCommerce final : public FakePlatformServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSapCommerce)

public:
    struct Consignment
    {
        QString code;
        QString status = QStringLiteral("READY");
        QString trackingId;
        QDateTime statusDate;
    };

    struct Order
    {
        QString code;
        QString status = QStringLiteral("CREATED");
        QString deliveryStatus = QStringLiteral("NOTSHIPPED");
        QString uid; // the customer's uid, usually the email
        QString name = QStringLiteral("Ada Lovelace");
        QDateTime created;
        double total = 49.9;
        QList<Consignment> consignments;
    };

    FakeSapCommerce(QString baseSiteId, const FakeOAuth2Server *tokens, QObject *parent = nullptr);

    // Stores the order and, as OCC's status update queue does, lists it in the feed at `changedAt`.
    void changeOrder(const Order &order, const QDateTime &changedAt);
    // Stores the order without a feed entry (a consignment change that leaves the order status alone).
    void upsertOrderQuietly(const Order &order);
    Order order(const QString &code) const;
    // A feed entry for an order OCC does not know (deleted since).
    void addFeedEntry(const QString &code, const QString &status, const QDateTime &changedAt,
                      const QString &baseSiteId = {});

    // False: the client lacks ROLE_TRUSTED_CLIENT, every request is answered 403.
    void setTrusted(bool trusted) { m_trusted = trusted; }

    // Answer the feed with these bytes (HTTP 200) instead of the feed, e.g. a maintenance page.
    void setRawFeed(const QByteArray &body) { m_rawFeed = body; }

    // The Date header of the answers (default: the time of the answer).
    void setDate(const QDateTime &date) { m_date = date; }

protected:
    std::optional<Response> violation(const Request &request) const override;
    Response serve(const Request &request) override;
    Response answer(Mode mode, const Request &request) override;

private:
    struct FeedEntry
    {
        QDateTime at;
        QString code;
        QString status;
        QString site;
    };

    Response occ(int status, const QByteArray &body) const;

    QString m_site;
    const FakeOAuth2Server *m_tokens = nullptr;
    QList<Order> m_orders;
    QList<FeedEntry> m_feed;
    bool m_trusted = true;
    QDateTime m_date;
    QByteArray m_rawFeed;
};

} // namespace Tidings::Test
