#include "inventory/stockstatusicon.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace Tidings::Ui {

QColor stockStatusColor(StockStatus status)
{
    switch (status) {
    case StockStatus::InStock:
    case StockStatus::BackInStock:
        return QColor(0x1e, 0x8e, 0x3e);
    case StockStatus::LowStock:
        return QColor(0xe3, 0x9b, 0x00);
    case StockStatus::OutOfStock:
        return QColor(0xd9, 0x30, 0x25);
    case StockStatus::Unknown:
        break;
    }
    return QColor(0x8a, 0x8f, 0x96);
}

QIcon stockStatusIcon(StockStatus status)
{
    static QHash<int, QIcon> cache;
    const auto found = cache.constFind(int(status));
    if (found != cache.constEnd()) {
        return *found;
    }
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor color = stockStatusColor(status);
        const qreal s = size;
        if (status == StockStatus::Unknown) {
            painter.setPen(QPen(color, std::max(1.2, s / 10.0)));
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
        }
        painter.drawEllipse(QRectF(s * 0.25, s * 0.25, s * 0.5, s * 0.5));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(status), icon);
    return icon;
}

} // namespace Tidings::Ui
