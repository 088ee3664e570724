#include "store/previewqueries.h"

#include "dispatch/failurealert.h"
#include "store/database.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

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
    const auto failed = [](const QSqlQuery &query) {
        return Database::storageError(PreviewText::tr("Tidings could not read your recent orders for the preview."),
                                      query.lastError().text());
    };
    // Newest first by id (ids grow with time): the first message met of each order is its latest. The walk stops
    // after `limit` orders, so it reads a few rows per order and needs no index of its own. Messages without an
    // order (stock) and staff alerts about a failure (their context is the alert's words, not the order) are
    // skipped; a flood of those is walked through only up to maxWalkedMessages.
    QSqlQuery walk(m_db);
    walk.setForwardOnly(true);
    if (!walk.exec(u"SELECT id, source_id, order_id, trigger FROM notifications ORDER BY id DESC"_s)) {
        return failed(walk);
    }
    const QString alertTrigger = FailureAlert::trigger();
    QList<qint64> latestIds;
    QSet<std::pair<QString, QString>> seen;
    for (int walked = 0; latestIds.size() < limit && walked < maxWalkedMessages && walk.next(); ++walked) {
        std::pair<QString, QString> order{walk.value(1).toString(), walk.value(2).toString()};
        if (order.second.isEmpty() || walk.value(3).toString() == alertTrigger || seen.contains(order)) {
            continue;
        }
        seen.insert(std::move(order));
        latestIds.append(walk.value(0).toLongLong());
    }
    if (walk.lastError().isValid()) {
        return failed(walk);
    }
    walk.finish();

    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT n.source_id, n.order_id, n.template_id, n.context, n.created_at, n.recipient_name,"
                       " COALESCE(o.order_number, ''), COALESCE(o.customer_name, '')"
                       " FROM notifications n"
                       " LEFT JOIN orders o ON o.source_id = n.source_id AND o.order_id = n.order_id"
                       " WHERE n.id = ?"_s)) {
        return failed(query);
    }
    QList<PreviewOrder> orders;
    for (const qint64 id : std::as_const(latestIds)) {
        query.addBindValue(id);
        if (!query.exec()) {
            return failed(query);
        }
        if (!query.next()) {
            continue; // removed in between (a backup restored, a purge): nothing to show for it
        }
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
