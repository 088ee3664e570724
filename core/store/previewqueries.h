#pragma once

#include "model/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Tidings {

// A real order to preview a template with: the context its latest message was rendered from.
struct PreviewOrder
{
    QString sourceId;
    QString orderId;
    QString orderNumber;  // "#1234"; from the order, else from the context
    QString customerName; // from the order, else the message's recipient name
    QString templateId;   // the template that latest message used
    QJsonObject context;  // that message's context (TemplateRenderer::storedContext): the order as it was then
    QDateTime createdAt;  // when that message was queued, UTC
};

// The Templates page's "Preview with:" list of real orders, read on the GUI thread's connection.
class PreviewQueries final
{
public:
    explicit PreviewQueries(QSqlDatabase db);

    // The `limit` orders with the most recent messages, newest first, each with the context of its latest
    // message. Orders without a message (nothing was sent for them) are not listed: there is no context to show.
    // Only orders met in the newest maxWalkedMessages messages are looked for.
    Result<QList<PreviewOrder>> recentOrders(int limit = 20) const;

    static constexpr int maxWalkedMessages = 5000;

private:
    QSqlDatabase m_db;
};

} // namespace Tidings
