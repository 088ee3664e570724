#include "store/lineitemsjson.h"

#include "model/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace Tidings {

using namespace Qt::StringLiterals;

QByteArray lineItemsToJson(const QList<LineItem> &items)
{
    QByteArray out;
    out.reserve(2 + items.size() * 96);
    out += '[';
    for (const LineItem &item : items) {
        if (out.size() > 1) {
            out += ',';
        }
        out += '{';
        JsonText::appendMember(out, "name", item.name);
        JsonText::appendMember(out, "price", item.price);
        JsonText::appendMember(out, "quantity", qint64(item.quantity));
        JsonText::appendMember(out, "sku", item.sku);
        out += '}';
    }
    out += ']';
    return out;
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
