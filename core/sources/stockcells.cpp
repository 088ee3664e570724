#include "sources/stockcells.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Tidings::StockCells {

using namespace Qt::StringLiterals;

std::optional<qint64> quantityOf(const QString &text)
{
    static const QRegularExpression number(u"^(-?[0-9][0-9.,' \u00a0\u202f]*)\\s*\\p{L}*\\.?$"_s);
    const QRegularExpressionMatch match = number.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    QString digits = match.captured(1);
    digits.remove(u' ').remove(QChar(0x00a0)).remove(QChar(0x202f)).remove(u'\'');
    const qsizetype comma = digits.lastIndexOf(u',');
    const qsizetype dot = digits.lastIndexOf(u'.');
    if (comma >= 0 && dot >= 0) {
        // Both: the last one is the decimal mark ("1,234.5" or "1.234,5").
        digits.remove(comma > dot ? u'.' : u',');
        digits.replace(u',', u'.');
    } else if (comma >= 0 || dot >= 0) {
        const QChar mark = comma >= 0 ? u',' : u'.';
        static const QRegularExpression grouped(u"^-?[0-9]{1,3}([.,][0-9]{3})+$"_s);
        if (grouped.match(digits).hasMatch() && (mark == u',' || digits.count(mark) > 1)) {
            digits.remove(mark); // "1,234" as Sheets groups thousands, or "1.234.567"
        } else {
            digits.replace(u',', u'.'); // "12.0", "2,5"
        }
    }
    bool ok = false;
    const double quantity = digits.toDouble(&ok);
    if (!ok || !std::isfinite(quantity)) {
        return std::nullopt;
    }
    constexpr double Limit = 1e15; // far beyond any stock, and exact as a double
    return static_cast<qint64>(std::floor(std::clamp(quantity, -Limit, Limit)));
}

StockStatus statusOf(const QString &text)
{
    const QString words = text.simplified().toCaseFolded().replace(u'_', u' ').replace(u'-', u' ');
    if (words.isEmpty()) {
        return StockStatus::Unknown;
    }
    const auto has = [&words](std::initializer_list<QLatin1StringView> parts) {
        return std::any_of(parts.begin(), parts.end(),
                           [&words](QLatin1StringView part) { return words.contains(part); });
    };
    if (has({"out of stock"_L1, "outofstock"_L1, "sold out"_L1, "soldout"_L1, "backorder"_L1, "back order"_L1,
             "unavailable"_L1, "not available"_L1, "not in stock"_L1}) ||
        words == "none"_L1 || words == "no"_L1) {
        return StockStatus::OutOfStock;
    }
    if (has({"back in stock"_L1, "restocked"_L1})) {
        return StockStatus::BackInStock;
    }
    if (has({"low"_L1, "few left"_L1})) {
        return StockStatus::LowStock;
    }
    if (has({"in stock"_L1, "instock"_L1, "available"_L1}) || words == "yes"_L1) {
        return StockStatus::InStock;
    }
    return StockStatus::Unknown;
}

} // namespace Tidings::StockCells
