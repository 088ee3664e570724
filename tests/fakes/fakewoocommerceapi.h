#pragma once

#include "fakes/fakeplatformserver.h"

#include <QDateTime>
#include <QString>

namespace Tidings::Test {

// A loopback WooCommerce REST API v3 holding a few orders. Checks GET /wp-json/wc/v3/orders, HTTP Basic
// with the consumer key and secret, and the parameters modified_after (read as UTC only with
// dates_are_gmt=true, which it insists on), orderby=modified, order=asc, per_page (1..100) and page.
// Serves the orders modified strictly after modified_after, oldest first, with X-WP-Total and
// X-WP-TotalPages. maxPerPage makes pages smaller than asked, to test paging with few orders.
class FakeWooCommerceApi final : public FakePlatformServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeWooCommerceApi)

public:
    struct Order
    {
        QString id; // e.g. "727"
        QString number;
        QString status = QStringLiteral("processing");
        QDateTime modified; // date_modified_gmt
        QString email;
        QString total = QStringLiteral("29.35");
        QString trackingNumber; // in _wc_shipment_tracking_items when set
        QString trackingProvider;
    };

    FakeWooCommerceApi(QString consumerKey, QString consumerSecret, QObject *parent = nullptr);

    void upsertOrder(const Order &order);

    void setMaxPerPage(int size) { m_maxPerPage = size; }

protected:
    std::optional<Response> violation(const Request &request) const override;
    Response serve(const Request &request) override;

private:
    QString m_key;
    QString m_secret;
    QList<Order> m_orders;
    int m_maxPerPage = 100;
};

} // namespace Tidings::Test
