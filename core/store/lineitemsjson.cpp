#include "store/lineitemsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tidings {

using namespace Qt::StringLiterals;

QString lineItemsToJson(const QList<LineItem> &items)
{
    QJsonArray array;
    for (const LineItem &item : items) {
        array.append(QJsonObject{
            {u"sku"_s, item.sku}, {u"name"_s, item.name}, {u"quantity"_s, item.quantity}, {u"price"_s, item.price}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<LineItem> lineItemsFromJson(const QString &json)
{
    QList<LineItem> items;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        items.append(LineItem{object.value(u"sku"_s).toString(), object.value(u"name"_s).toString(),
                              object.value(u"quantity"_s).toInt(), object.value(u"price"_s).toString()});
    }
    return items;
}

} // namespace Tidings
