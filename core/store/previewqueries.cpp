#include "store/previewqueries.h"

#include "store/database.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct PreviewText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::PreviewQueries)
};

} // namespace

PreviewQueries::PreviewQueries(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<PreviewOrder>> PreviewQueries::recentOrders(int limit) const
{
    // The newest notification of each order (ids grow with time), then that order's snapshot. The inner query
    // walks notifications_order, one group per order; a shop has far fewer orders with messages than events.
    QSqlQuery query(m_db);
    query.prepare(u"SELECT n.source_id, n.order_id, n.template_id, n.context, n.created_at, n.recipient_name,"
                  " COALESCE(o.order_number, ''), COALESCE(o.customer_name, '')"
                  " FROM (SELECT MAX(id) AS id FROM notifications GROUP BY source_id, order_id"
                  "       ORDER BY MAX(id) DESC LIMIT ?) latest"
                  " JOIN notifications n ON n.id = latest.id"
                  " LEFT JOIN orders o ON o.source_id = n.source_id AND o.order_id = n.order_id"
                  " ORDER BY n.id DESC"_s);
    query.addBindValue(std::max(limit, 0));
    if (!query.exec()) {
        return Database::storageError(PreviewText::tr("Tidings could not read your recent orders for the preview."),
                                      query.lastError().text());
    }
    QList<PreviewOrder> orders;
    while (query.next()) {
        PreviewOrder order;
        order.sourceId = query.value(0).toString();
        order.orderId = query.value(1).toString();
        order.templateId = query.value(2).toString();
        order.context = TemplateRenderer::storedContext(query.value(3).toString().toUtf8());
        order.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        order.orderNumber = query.value(6).toString();
        if (order.orderNumber.isEmpty()) {
            order.orderNumber = order.context.value(u"order"_s).toObject().value(u"number"_s).toString();
        }
        if (order.orderNumber.isEmpty()) {
            order.orderNumber = order.orderId;
        }
        order.customerName = query.value(7).toString();
        if (order.customerName.isEmpty()) {
            order.customerName = query.value(5).toString();
        }
        orders.append(order);
    }
    return orders;
}

} // namespace Tidings
