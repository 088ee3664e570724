#pragma once

#include "fakes/fakeplatformserver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Tidings::Test {

// A loopback Shopify GraphQL Admin API holding a few orders. Checks POST /admin/api/<version>/graphql.json,
// X-Shopify-Access-Token, a JSON body whose query asks orders(... sortKey: UPDATED_AT, query: $query) and
// whose variables.query is "updated_at:>='<ISO>'". Serves the orders updated at or after that time, oldest
// first, pageSize at a time with opaque keyset cursors (pageInfo.hasNextPage/endCursor), and reports
// extensions.cost.throttleStatus. Mode::Throttled answers HTTP 200 with a THROTTLED error, as Shopify does.
class FakeShopifyAdmin final : public FakePlatformServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeShopifyAdmin)

public:
    struct Fulfillment
    {
        QString id;                                          // numeric, e.g. "255858046"
        QString status = QStringLiteral("SUCCESS");          // FulfillmentStatus
        QString displayStatus = QStringLiteral("FULFILLED"); // FulfillmentDisplayStatus
        QDateTime updatedAt;
        QString company;
        QString number;
        QString url;
    };

    struct Order
    {
        QString id; // numeric, e.g. "450789469"
        QString name;
        QString email;
        QString financial = QStringLiteral("PAID");          // OrderDisplayFinancialStatus
        QString fulfillment = QStringLiteral("UNFULFILLED"); // OrderDisplayFulfillmentStatus
        bool cancelled = false;
        QDateTime createdAt;
        QDateTime updatedAt;
        QString total = QStringLiteral("10.00");
        QList<Fulfillment> fulfillments;
    };

    explicit FakeShopifyAdmin(QString accessToken, QString apiVersion = QStringLiteral("2024-10"),
                              QObject *parent = nullptr);

    // Adds the order, or replaces the one with its id (its updatedAt says when it changed).
    void upsertOrder(const Order &order);
    Order order(const QString &id) const;

    void setPageSize(int size) { m_pageSize = size; }

    // The bucket reported on every answer (points left, restore rate per second, cost of each query).
    void setThrottle(double currentlyAvailable, double restoreRate, double queryCost);

    // The variables of request `index` (empty when it had none).
    QJsonObject variables(int index) const;

protected:
    std::optional<Response> violation(const Request &request) const override;
    Response serve(const Request &request) override;
    Response answer(Mode mode, const Request &request) override;

private:
    QJsonObject cost() const;
    // An order node; the shipping address's country and province codes only when the query asks for them (an
    // address in California), as GraphQL answers only the fields asked.
    QJsonObject render(const Order &order, bool addressCodes) const;

    QString m_token;
    QString m_version;
    QList<Order> m_orders;
    int m_pageSize = 50;
    double m_available = 1000;
    double m_restoreRate = 50;
    double m_queryCost = 10;
};

} // namespace Tidings::Test
