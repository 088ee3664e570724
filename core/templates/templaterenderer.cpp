#include "templates/templaterenderer.h"

#include "model/jsontext.h"
#include "model/statuses.h"
#include "templates/statuswords.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

namespace mustache = kainjow::mustache;

// Context keys:
//   order     {id, number, status, statusLabel, total, totalText, currency, itemCount, itemCountText, date,
//              dateText}
//   customer  {name, firstName, email, phone}
//   shipment  {id, status, statusLabel, statusKnown, carrier, trackingNumber, trackingUrl}
//             only for shipment events; statusKnown is false for ShipmentStatus::Unknown
//   items     [{sku, name, quantity, price, priceText, lineTotalText}]
//   progress  {ordered, shipped, outForDelivery, delivered: true for the current step;
//              <step>Done: true up to and with the current step; <step>Passed: before the current step;
//              <step>Ahead: after it}
//   product   {name, sku, url, available, availableText, threshold, thresholdText}  only in buildStockContext;
//             threshold and thresholdText only when the caller gives the alert threshold (the staff's alerts)
//   backorder {items [{name, sku, quantity}]}  only for an order held by a backorder (applyBackorder)
//   brand     {shopName, logoUrl, accentColor, supportEmail, supportPhone, footer, fontFamily, address,
//              addressLines [..], socialLinks [{label, url}], logoImage}
//             a logo from a file: logoUrl is "cid:logo.png" (the picture travels inside the email) and
//             logoImage its SHA-256
//   locale    the BCP 47 name of the locale the text fields are formatted for, e.g. "de"
//   hasItems, hasTracking, hasLogo, hasProgress, hasProduct, hasSocialLinks, hasBackorder   booleans
// itemCount is the sum of the line quantities. trackingUrl, a web logoUrl, product.url and social link URLs are kept
// only when they are http(s) URLs; hasTracking / hasLogo say whether one is there. accentColor is #rgb or
// #rrggbb (an invalid colour falls back to the default). The *Text fields are formatted for the customer's
// locale: money with the order's currency ("1.234,50 €" for de-DE), dates long ("Sonntag, 29. November 2026",
// the occurred-at day in the shop's time zone); raw price/total stay as the platform sent them.
// progress follows the way a parcel goes (ordered → shipped → out for delivery → delivered);
// hasProgress is false for an order that is cancelled, refunded or failed and a shipment that is cancelled
// or returned, where a strip would be misleading. A label that is only created counts as "ordered": the
// carrier does not have the parcel yet.

QString httpUrlOrEmpty(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return {};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s) {
        return {};
    }
    return url.toString(QUrl::FullyEncoded);
}

// An owner-typed colour goes into style attributes: only #rgb or #rrggbb, anything else is the default.
QString safeColor(const QString &color)
{
    static const QRegularExpression hexColor(u"^#(?:[0-9a-fA-F]{3}){1,2}$"_s);
    const QString trimmed = color.trimmed();
    return hexColor.match(trimmed).hasMatch() ? trimmed : Brand{}.accentColor;
}

// An owner-typed font stack goes into style attributes: letters, digits, spaces, commas, quotes and hyphens
// only (no ; : ( ) that could start another declaration or a url()); quotes that do not pair are dropped.
QString safeFontFamily(const QString &fontFamily)
{
    QString result;
    result.reserve(fontFamily.size());
    for (const QChar ch : fontFamily) {
        if (ch.isLetterOrNumber() || ch == u' ' || ch == u',' || ch == u'\'' || ch == u'"' || ch == u'-') {
            result += ch;
        }
    }
    if (result.count(u'"') % 2 != 0 || result.count(u'\'') % 2 != 0) {
        result.remove(u'"');
        result.remove(u'\'');
    }
    result = result.simplified();
    if (QString(result).remove(u',').trimmed().isEmpty()) {
        return Brand{}.fontFamily;
    }
    return result;
}

QLocale localeNamed(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty()) {
        const QLocale locale(trimmed);
        if (locale.language() != QLocale::C) {
            return locale;
        }
    }
    return QLocale();
}

// Minor units of an ISO 4217 currency; most have 2.
int currencyDigits(const QString &code)
{
    static const QStringList none{u"BIF"_s, u"CLP"_s, u"DJF"_s, u"GNF"_s, u"ISK"_s, u"JPY"_s,
                                  u"KMF"_s, u"KRW"_s, u"PYG"_s, u"RWF"_s, u"UGX"_s, u"UYI"_s,
                                  u"VND"_s, u"VUV"_s, u"XAF"_s, u"XOF"_s, u"XPF"_s};
    static const QStringList three{u"BHD"_s, u"IQD"_s, u"JOD"_s, u"KWD"_s, u"LYD"_s, u"OMR"_s, u"TND"_s};
    if (none.contains(code)) {
        return 0;
    }
    return three.contains(code) ? 3 : 2;
}

// The symbol of `code` for a reader in `locale`: the locale's own when it is its currency, a well-known sign
// when it cannot be confused with the locale's own (a Canadian reading "$" would think of their dollars),
// else the ISO code.
QString currencySymbol(const QString &code, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code) {
        return locale.currencySymbol(QLocale::CurrencySymbol);
    }
    static const QHash<QString, QString> signs{
        {u"EUR"_s, u"€"_s}, {u"GBP"_s, u"£"_s}, {u"USD"_s, u"$"_s}, {u"JPY"_s, u"¥"_s},
        {u"INR"_s, u"₹"_s}, {u"KRW"_s, u"₩"_s}, {u"ILS"_s, u"₪"_s}, {u"NGN"_s, u"₦"_s},
    };
    const QString sign = signs.value(code);
    if (sign.isEmpty() || sign == locale.currencySymbol(QLocale::CurrencySymbol)) {
        return code;
    }
    return sign;
}

// Money is decimal text from the platform; it becomes a double only to be formatted.
QString formatMoney(const QString &amount, const QString &currency, const QLocale &locale)
{
    bool ok = false;
    const double value = amount.trimmed().toDouble(&ok);
    if (!ok) {
        return amount.trimmed(); // not a number we understand: as the platform sent it
    }
    const QString code = currency.trimmed().toUpper();
    if (code.isEmpty()) {
        return locale.toString(value, 'f', 2);
    }
    return locale.toCurrencyString(value, currencySymbol(code, locale), currencyDigits(code));
}

// Formatting is the costliest part of an event's fields, and a shop's events repeat it: the same prices in
// the same currency and language, the same day. Each thread keeps what it formatted last (the writer,
// and the window's previews, each their own).
QString moneyText(const QString &amount, const QString &currency, const QLocale &locale)
{
    struct Formatted
    {
        QLocale locale;
        QString currency;
        QHash<QString, QString> texts; // by amount
    };

    static constexpr qsizetype kMaxAmounts = 256;
    thread_local Formatted formatted;
    if (formatted.locale != locale || formatted.currency != currency || formatted.texts.size() >= kMaxAmounts) {
        formatted.locale = locale;
        formatted.currency = currency;
        formatted.texts.clear();
    }
    const auto known = formatted.texts.constFind(amount);
    if (known != formatted.texts.cend()) {
        return *known;
    }
    return *formatted.texts.insert(amount, formatMoney(amount, currency, locale));
}

// The day `when` falls on where the shop is. Zone offsets change on whole minutes, so within one minute the
// day is the same: a burst of events asks the system's time zone once.
QDate localDateOf(const QDateTime &when)
{
    thread_local qint64 minute = std::numeric_limits<qint64>::min();
    thread_local QDate day;
    const qint64 msecs = when.toMSecsSinceEpoch();
    const qint64 whenMinute = msecs / 60000 - (msecs % 60000 < 0 ? 1 : 0);
    if (whenMinute != minute) {
        day = when.toLocalTime().date();
        minute = whenMinute;
    }
    return day;
}

// The long date in `locale`; the same day in the same language is formatted once.
QString longDateText(const QDate &date, const QLocale &locale)
{
    thread_local QLocale lastLocale;
    thread_local QDate lastDate;
    thread_local QString lastText;
    if (date != lastDate || locale != lastLocale || lastText.isNull()) {
        lastText = locale.toString(date, QLocale::LongFormat);
        lastDate = date;
        lastLocale = locale;
    }
    return lastText;
}

QString lineTotalText(const LineItem &item, const QString &currency, const QLocale &locale)
{
    bool ok = false;
    const double price = item.price.trimmed().toDouble(&ok);
    if (!ok || item.quantity <= 0) {
        return {};
    }
    const QString code = currency.trimmed().toUpper();
    const int digits = currencyDigits(code);
    // Rounded to the currency's minor unit before formatting, so 3 x 0.10 is 0.30, not 0.30000000000000004.
    const double scale = std::pow(10.0, digits);
    const double total = std::round(price * item.quantity * scale) / scale;
    return moneyText(QString::number(total, 'f', digits), currency, locale);
}

// 1 ordered, 2 shipped, 3 out for delivery, 4 delivered; 0 when a strip would mislead.
int progressStep(const OrderEvent &event)
{
    switch (event.orderStatus) {
    case OrderStatus::Cancelled:
    case OrderStatus::Refunded:
    case OrderStatus::Failed:
        return 0;
    default:
        break;
    }
    int step = 1;
    switch (event.orderStatus) {
    case OrderStatus::PartiallyShipped:
    case OrderStatus::Shipped:
        step = 2;
        break;
    case OrderStatus::Delivered:
    case OrderStatus::Completed:
        step = 4;
        break;
    default:
        break;
    }
    if (event.hasShipment()) {
        switch (event.shipmentStatus) {
        case ShipmentStatus::Cancelled:
        case ShipmentStatus::ReturnedToSender:
            return 0;
        case ShipmentStatus::LabelCreated:
            break;
        case ShipmentStatus::Unknown: // a shipment the platform says nothing more about has left
        case ShipmentStatus::InTransit:
        case ShipmentStatus::Exception:
            step = std::max(step, 2);
            break;
        case ShipmentStatus::OutForDelivery:
        case ShipmentStatus::AttemptedDelivery:
        case ShipmentStatus::ReadyForPickup:
            step = std::max(step, 3);
            break;
        case ShipmentStatus::Delivered:
            step = 4;
            break;
        }
    }
    return step;
}

QJsonObject progressObject(int step)
{
    // Five possible objects (no step, then each of four): built once, shared by every context after that.
    static const std::array<QJsonObject, 5> objects = [] {
        static const char16_t *const steps[] = {u"ordered", u"shipped", u"outForDelivery", u"delivered"};
        std::array<QJsonObject, 5> built;
        for (int current = 0; current <= 4; ++current) {
            QJsonObject &progress = built[static_cast<std::size_t>(current)];
            for (int i = 1; i <= 4; ++i) {
                const QString name = QString::fromUtf16(steps[i - 1]);
                progress.insert(name, current == i);             // the current step
                progress.insert(name + u"Done"_s, current >= i); // reached: current or passed
                // One of the three for a template to draw the step in one piece (fewer sections to render).
                progress.insert(name + u"Passed"_s, current > i);
                progress.insert(name + u"Ahead"_s, current < i);
            }
        }
        return built;
    }();
    return objects.at(static_cast<std::size_t>(std::clamp(step, 0, 4)));
}

QString firstNameOf(const QString &fullName)
{
    const QString simplified = fullName.simplified();
    const qsizetype space = simplified.indexOf(u' ');
    return space < 0 ? simplified : simplified.left(space);
}

QString numberText(double number)
{
    constexpr double largestExactInteger = 9007199254740992.0; // 2^53
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) <= largestExactInteger) {
        return QString::number(static_cast<qint64>(number));
    }
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

enum class Escape {
    None,
    Html,
};

// QString::toStdString goes through a QByteArray; most keys and values are ASCII, which is copied directly.
std::string utf8(QStringView text)
{
    std::string result(std::size_t(text.size()), '\0');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t ch = text[i].unicode();
        if (ch >= 0x80) {
            return text.toUtf8().toStdString();
        }
        result[std::size_t(i)] = char(ch);
    }
    return result;
}

std::string leafText(const QString &text, Escape escape)
{
    return utf8(escape == Escape::Html ? TemplateRenderer::escapeHtml(text) : text);
}

// The names a compiled template's tags mention; a context key with another name cannot be looked up by it
// and is not converted (nullptr: convert everything).
// UTF-8, as the keys are converted: std::hash of a short string costs far less than qHash of a QString, and the
// lookup happens for every key of every context rendered.
using UsedNames = std::unordered_set<std::string>;

mustache::data toMustache(const QJsonValue &value, Escape escape, const UsedNames *used = nullptr);

// kainjow's set() and push_back() copy the whole value, so a nested object was copied once per level. The
// values are moved into place instead: set() a cheap placeholder, then move into the stored one (the data is
// ours and not const; kainjow only hands out const access to it).
mustache::data toMustache(const QJsonObject &object, Escape escape, const UsedNames *used = nullptr)
{
    mustache::data result{mustache::data::type::object};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const std::string key = utf8(it.key());
        if (used && used->count(key) == 0) {
            continue;
        }
        result.set(key, mustache::data{false});
        *const_cast<mustache::data *>(result.get(key)) = toMustache(it.value(), escape, used);
    }
    return result;
}

mustache::data toMustache(const QJsonValue &value, Escape escape, const UsedNames *used)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return toMustache(value.toObject(), escape, used);
    case QJsonValue::Array: {
        mustache::data list{mustache::data::type::list};
        const QJsonArray array = value.toArray();
        auto &items = const_cast<mustache::list &>(list.list_value());
        items.reserve(std::size_t(array.size()));
        for (const QJsonValue &item : array) {
            items.push_back(toMustache(item, escape, used));
        }
        return list;
    }
    case QJsonValue::Bool:
        return mustache::data{value.toBool()};
    case QJsonValue::Double:
        return mustache::data{leafText(numberText(value.toDouble()), escape)};
    case QJsonValue::String: {
        // Like mustache.js: an empty string is false, so {{#x}}...{{/x}} skips it.
        const QString text = value.toString();
        if (text.isEmpty()) {
            return mustache::data{false};
        }
        return mustache::data{leafText(text, escape)};
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return mustache::data{false};
}

// kainjow splits a dotted name (brand.accentColor) with a std::stringstream at every lookup, which was a
// fifth of the rendering time; the names of a program's templates are few, so each is split once per thread.
const std::vector<std::string> &splitName(const std::string &name)
{
    thread_local std::unordered_map<std::string, std::vector<std::string>> cache;
    if (const auto found = cache.find(name); found != cache.end()) {
        return found->second;
    }
    if (cache.size() > 4096) {
        cache.clear(); // owners' templates can hold any names; keep the cache small
    }
    // Like kainjow's split (std::getline): "a..b" is {"a", "", "b"}, a trailing dot adds nothing.
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start < name.size()) {
        const std::size_t dot = name.find('.', start);
        if (dot == std::string::npos) {
            names.push_back(name.substr(start));
            break;
        }
        names.push_back(name.substr(start, dot - start));
        start = dot + 1;
    }
    return cache.emplace(name, std::move(names)).first->second;
}

// Looks names up like kainjow's own context (innermost section first), but knows no partials: a {{> name}}
// tag would otherwise parse a string value (order data) as a template.
class Lookup final : public mustache::basic_context<std::string>
{
public:
    explicit Lookup(const mustache::data *root)
    {
        m_items.reserve(8);
        m_items.push_back(root);
    }

    void push(const mustache::data *data) override { m_items.push_back(data); }

    void pop() override { m_items.pop_back(); }

    const mustache::data *get(const std::string &name) const override
    {
        if (name.size() == 1 && name.front() == '.') {
            return m_items.back();
        }
        if (name.find('.') == std::string::npos) {
            for (auto item = m_items.rbegin(); item != m_items.rend(); ++item) {
                if (const mustache::data *value = (*item)->get(name)) {
                    return value;
                }
            }
            return nullptr;
        }
        const std::vector<std::string> &names = splitName(name);
        for (auto item = m_items.rbegin(); item != m_items.rend(); ++item) {
            const mustache::data *value = *item;
            for (const std::string &part : names) {
                value = value->get(part);
                if (!value) {
                    break;
                }
            }
            if (value) {
                return value;
            }
        }
        return nullptr;
    }

    const mustache::data *get_partial(const std::string &) const override { return nullptr; }

private:
    std::vector<const mustache::data *> m_items;
};

// Collects kainjow's output in one string instead of an ostringstream.
struct Sink
{
    std::string *out;

    Sink &operator<<(const std::string &text)
    {
        out->append(text);
        return *this;
    }
};

// TemplateRenderer::escapeHtml on UTF-8: every character it replaces is ASCII.
std::string escapeHtmlUtf8(const std::string &text)
{
    const std::size_t first = text.find_first_of("&<>\"'/`=");
    if (first == std::string::npos) {
        return text; // most values (names, numbers, colours) have nothing to escape
    }
    std::string result;
    result.reserve(text.size() + 16);
    result.append(text, 0, first);
    for (std::size_t i = first; i < text.size(); ++i) {
        const char ch = text[i];
        switch (ch) {
        case '&':
            result += "&amp;";
            break;
        case '<':
            result += "&lt;";
            break;
        case '>':
            result += "&gt;";
            break;
        case '"':
            result += "&quot;";
            break;
        case '\'':
            result += "&#39;";
            break;
        case '/':
            result += "&#47;";
            break;
        case '`':
            result += "&#96;";
            break;
        case '=':
            result += "&#61;";
            break;
        default:
            result += ch;
            break;
        }
    }
    return result;
}

// The data of one render, converted from the context at most once per kind of escaping.
class RenderData
{
public:
    explicit RenderData(const QJsonObject &context, const UsedNames *used = nullptr)
        : m_context(context)
        , m_used(used)
    {}

    const mustache::data &plain()
    {
        if (!m_plain) {
            m_plain = toMustache(m_context, Escape::None, m_used);
        }
        return *m_plain;
    }

    const mustache::data &escaped()
    {
        if (!m_escaped) {
            m_escaped = toMustache(m_context, Escape::Html, m_used);
        }
        return *m_escaped;
    }

private:
    const QJsonObject &m_context;
    const UsedNames *m_used;
    std::optional<mustache::data> m_plain;
    std::optional<mustache::data> m_escaped;
};

QString partErrorMessage(TemplateRenderer::Part part, const QString &reason)
{
    switch (part) {
    case TemplateRenderer::Part::Subject:
        return TemplateRenderer::tr("The subject of this template has a mistake (%1). Check that every "
                                    "{{#section}} is closed with {{/section}} and every tag ends with }}.")
            .arg(reason);
    case TemplateRenderer::Part::Html:
        return TemplateRenderer::tr("The HTML part of this template has a mistake (%1). Check that every "
                                    "{{#section}} is closed with {{/section}} and every tag ends with }}.")
            .arg(reason);
    case TemplateRenderer::Part::Text:
        return TemplateRenderer::tr("The text part of this template has a mistake (%1). Check that every "
                                    "{{#section}} is closed with {{/section}} and every tag ends with }}.")
            .arg(reason);
    }
    return reason;
}

QString partName(TemplateRenderer::Part part)
{
    switch (part) {
    case TemplateRenderer::Part::Subject:
        return u"subject"_s;
    case TemplateRenderer::Part::Html:
        return u"html"_s;
    case TemplateRenderer::Part::Text:
        return u"text"_s;
    }
    return u"unknown"_s;
}

Error templateError(TemplateRenderer::Part part, const std::string &reason)
{
    const QString why = QString::fromStdString(reason);
    return Error::make(ErrorCode::InvalidInput, partErrorMessage(part, why), partName(part) + u": "_s + why);
}

// What buildContext() and storedContextJson() derive from an order event: formatted for its locale, computed once.
struct OrderFields
{
    struct Item
    {
        QString priceText;
        QString lineTotalText;
    };

    QLocale locale;
    QList<Item> items; // in the order of event.lineItems
    qint64 itemCount = 0;
    QString totalText;
    QString itemCountText;
    QString date;
    QString dateText;
    QString firstName;
    QString trackingUrl; // only http(s); set with a shipment
    int step = 0;
};

OrderFields orderFields(const OrderEvent &event)
{
    OrderFields fields;
    fields.locale = localeNamed(event.customerLocale);
    fields.items.reserve(event.lineItems.size());
    for (const LineItem &item : event.lineItems) {
        fields.items.append(
            {item.price.trimmed().isEmpty() ? QString() : moneyText(item.price, event.currency, fields.locale),
             lineTotalText(item, event.currency, fields.locale)});
        fields.itemCount += item.quantity;
    }
    fields.totalText =
        event.totalPrice.trimmed().isEmpty() ? QString() : moneyText(event.totalPrice, event.currency, fields.locale);
    fields.itemCountText = fields.locale.toString(fields.itemCount);
    // The day it happened where the shop is: the customer's time zone is not known.
    const QDate date = event.occurredAt.isValid() ? localDateOf(event.occurredAt) : QDate();
    if (date.isValid()) {
        fields.date = date.toString(Qt::ISODate);
        fields.dateText = longDateText(date, fields.locale);
    }
    fields.firstName = firstNameOf(event.customerName);
    if (event.hasShipment()) {
        fields.trackingUrl = httpUrlOrEmpty(event.trackingUrl);
    }
    fields.step = progressStep(event);
    return fields;
}

} // namespace

QJsonObject TemplateRenderer::buildContext(const OrderEvent &event, const Brand &brand)
{
    const OrderFields fields = orderFields(event);
    QJsonArray items;
    for (qsizetype i = 0; i < event.lineItems.size(); ++i) {
        const LineItem &item = event.lineItems.at(i);
        items.append(QJsonObject{
            {u"sku"_s, item.sku},
            {u"name"_s, item.name},
            {u"quantity"_s, item.quantity},
            {u"price"_s, item.price},
            {u"priceText"_s, fields.items.at(i).priceText},
            {u"lineTotalText"_s, fields.items.at(i).lineTotalText},
        });
    }

    QJsonObject context{
        {u"order"_s,
         QJsonObject{
             {u"id"_s, event.orderId},
             {u"number"_s, event.orderNumber},
             {u"status"_s, toName(event.orderStatus)},
             {u"statusLabel"_s, displayName(event.orderStatus)},
             {u"total"_s, event.totalPrice},
             {u"totalText"_s, fields.totalText},
             {u"currency"_s, event.currency},
             {u"itemCount"_s, fields.itemCount},
             {u"itemCountText"_s, fields.itemCountText},
             {u"date"_s, fields.date},
             {u"dateText"_s, fields.dateText},
         }},
        {u"customer"_s,
         QJsonObject{
             {u"name"_s, event.customerName},
             {u"firstName"_s, fields.firstName},
             {u"email"_s, event.customerEmail},
             {u"phone"_s, event.customerPhone},
             {u"timeZone"_s, event.customerTimeZone},
         }},
        {u"items"_s, items},
        {u"hasItems"_s, !items.isEmpty()},
        {u"locale"_s, fields.locale.bcp47Name()},
    };

    if (event.hasShipment()) {
        context.insert(u"shipment"_s, QJsonObject{
                                          {u"id"_s, event.shipmentId},
                                          {u"status"_s, toName(event.shipmentStatus)},
                                          {u"statusLabel"_s, displayName(event.shipmentStatus)},
                                          {u"statusKnown"_s, event.shipmentStatus != ShipmentStatus::Unknown},
                                          {u"carrier"_s, event.carrier},
                                          {u"trackingNumber"_s, event.trackingNumber},
                                          {u"trackingUrl"_s, fields.trackingUrl},
                                      });
    }
    context.insert(u"hasTracking"_s, !fields.trackingUrl.isEmpty());
    context.insert(u"progress"_s, progressObject(fields.step));
    context.insert(u"hasProgress"_s, fields.step > 0);
    context.insert(u"hasProduct"_s, false);
    context.insert(u"hasBackorder"_s, false); // applyBackorder() sets it

    applyBrand(context, brand);
    return context;
}

QByteArray TemplateRenderer::storedContextJson(const OrderEvent &event)
{
    const OrderFields fields = orderFields(event);
    QByteArray out;
    out.reserve(512 + 192 * event.lineItems.size());
    out += "{\"order\":{";
    JsonText::appendMember(out, "id", event.orderId);
    JsonText::appendMember(out, "number", event.orderNumber);
    JsonText::appendMember(out, "status", toName(event.orderStatus));
    JsonText::appendMember(out, "statusLabel", displayName(event.orderStatus));
    JsonText::appendMember(out, "total", event.totalPrice);
    JsonText::appendMember(out, "totalText", fields.totalText);
    JsonText::appendMember(out, "currency", event.currency);
    JsonText::appendMember(out, "itemCount", fields.itemCount);
    JsonText::appendMember(out, "itemCountText", fields.itemCountText);
    JsonText::appendMember(out, "date", fields.date);
    JsonText::appendMember(out, "dateText", fields.dateText);
    out += "},\"customer\":{";
    JsonText::appendMember(out, "name", event.customerName);
    JsonText::appendMember(out, "firstName", fields.firstName);
    JsonText::appendMember(out, "email", event.customerEmail);
    JsonText::appendMember(out, "phone", event.customerPhone);
    JsonText::appendMember(out, "timeZone", event.customerTimeZone);
    out += "},\"items\":[";
    for (qsizetype i = 0; i < event.lineItems.size(); ++i) {
        const LineItem &item = event.lineItems.at(i);
        out += i == 0 ? "{" : ",{";
        JsonText::appendMember(out, "sku", item.sku);
        JsonText::appendMember(out, "name", item.name);
        JsonText::appendMember(out, "quantity", qint64(item.quantity));
        JsonText::appendMember(out, "price", item.price);
        JsonText::appendMember(out, "priceText", fields.items.at(i).priceText);
        JsonText::appendMember(out, "lineTotalText", fields.items.at(i).lineTotalText);
        out += '}';
    }
    out += ']';
    JsonText::appendMember(out, "hasItems", !event.lineItems.isEmpty());
    JsonText::appendMember(out, "locale", fields.locale.bcp47Name());
    if (event.hasShipment()) {
        out += ",\"shipment\":{";
        JsonText::appendMember(out, "id", event.shipmentId);
        JsonText::appendMember(out, "status", toName(event.shipmentStatus));
        JsonText::appendMember(out, "statusLabel", displayName(event.shipmentStatus));
        JsonText::appendMember(out, "statusKnown", event.shipmentStatus != ShipmentStatus::Unknown);
        JsonText::appendMember(out, "carrier", event.carrier);
        JsonText::appendMember(out, "trackingNumber", event.trackingNumber);
        JsonText::appendMember(out, "trackingUrl", fields.trackingUrl);
        out += '}';
    }
    JsonText::appendMember(out, "hasTracking", !fields.trackingUrl.isEmpty());
    out += '}';
    return out;
}

QJsonObject TemplateRenderer::storedContext(const QByteArray &json)
{
    QJsonObject context = QJsonDocument::fromJson(json).object();
    const QJsonValue order = context.value("order"_L1);
    if (!order.isObject() || context.contains("progress"_L1)) {
        return context; // not an order's context, or a whole one (Replay, backorders, stored before)
    }
    // What storedContextJson() leaves out: it follows from the statuses, or is the same for every order.
    OrderEvent event;
    event.orderStatus =
        orderStatusFromName(order.toObject().value("status"_L1).toString()).value_or(OrderStatus::Unknown);
    if (const QJsonValue shipment = context.value("shipment"_L1); shipment.isObject()) {
        const QJsonObject fields = shipment.toObject();
        event.shipmentId = fields.value("id"_L1).toString();
        event.shipmentStatus =
            shipmentStatusFromName(fields.value("status"_L1).toString()).value_or(ShipmentStatus::Unknown);
    }
    // The default brand's members, built once: the dispatcher reads a context for every message it sends.
    static const QJsonObject defaultBrand = [] {
        QJsonObject branded;
        applyBrand(branded, Brand{});
        return branded;
    }();
    const int step = progressStep(event);
    context.insert("progress"_L1, progressObject(step));
    context.insert("hasProgress"_L1, step > 0);
    context.insert("hasProduct"_L1, false);
    context.insert("hasBackorder"_L1, false);
    for (auto it = defaultBrand.begin(); it != defaultBrand.end(); ++it) {
        context.insert(it.key(), it.value());
    }
    return context;
}

void TemplateRenderer::applyBackorder(QJsonObject &context, const QList<LineItem> &items)
{
    QJsonArray waiting;
    for (const LineItem &item : items) {
        waiting.append(QJsonObject{
            {u"name"_s, item.name},
            {u"sku"_s, item.sku},
            {u"quantity"_s, item.quantity},
        });
    }
    context.insert(u"hasBackorder"_s, !waiting.isEmpty());
    if (waiting.isEmpty()) {
        context.remove(u"backorder"_s);
    } else {
        context.insert(u"backorder"_s, QJsonObject{{u"items"_s, waiting}});
    }
}

QJsonObject TemplateRenderer::buildStockContext(const StockChange &change, const Brand &brand,
                                                const QString &productUrl, const QString &localeName, int threshold)
{
    const QLocale locale = localeNamed(localeName);
    const QString url = httpUrlOrEmpty(QUrl(productUrl.trimmed()));
    QJsonObject product{
        {u"name"_s, change.productName},
        {u"sku"_s, change.sku},
        {u"url"_s, url},
        {u"available"_s, change.available ? QJsonValue(*change.available) : QJsonValue()},
        {u"availableText"_s, change.available ? locale.toString(*change.available) : QString()},
    };
    if (threshold >= 0) {
        product.insert(u"threshold"_s, threshold);
        product.insert(u"thresholdText"_s, locale.toString(threshold));
    }
    QJsonObject context;
    context.insert(u"product"_s, product);
    context.insert(u"hasProduct"_s, true);
    context.insert(u"hasItems"_s, false);
    context.insert(u"hasTracking"_s, false);
    context.insert(u"hasProgress"_s, false);
    context.insert(u"locale"_s, locale.bcp47Name());
    applyBrand(context, brand);
    return context;
}

void TemplateRenderer::applyBrand(QJsonObject &context, const Brand &brand)
{
    // A logo from a file travels inside the email and is shown by its content id; its SHA-256 names the picture
    // in the record of the message's look. A picture on the web only by an http(s) address.
    const bool fromFile = !brand.logoFile.isEmpty();
    const QString logoUrl = fromFile ? brand.logoFile.contentUrl() : httpUrlOrEmpty(QUrl(brand.logoUrl.trimmed()));
    QJsonArray socialLinks;
    for (const BrandLink &link : brand.socialLinks) {
        const QString url = httpUrlOrEmpty(QUrl(link.url.trimmed()));
        if (url.isEmpty()) {
            continue; // javascript:, mailto: or typing mistakes never become a link in a customer's email
        }
        const QString label = link.label.simplified();
        socialLinks.append(QJsonObject{{u"label"_s, label.isEmpty() ? QUrl(url).host() : label}, {u"url"_s, url}});
    }
    QJsonArray addressLines;
    for (const QString &line : brand.address.split(u'\n')) {
        if (const QString trimmed = line.trimmed(); !trimmed.isEmpty()) {
            addressLines.append(trimmed);
        }
    }
    QJsonObject brandObject{
        {u"shopName"_s, brand.shopName},
        {u"logoUrl"_s, logoUrl},
        {u"accentColor"_s, safeColor(brand.accentColor)},
        {u"supportEmail"_s, brand.supportEmail},
        {u"supportPhone"_s, brand.supportPhone},
        {u"footer"_s, brand.footer},
        {u"fontFamily"_s, safeFontFamily(brand.fontFamily)},
        {u"address"_s, brand.address.trimmed()},
        {u"addressLines"_s, addressLines},
        {u"socialLinks"_s, socialLinks},
    };
    if (fromFile) {
        brandObject.insert(u"logoImage"_s, brand.logoFile.sha256());
    }
    context.insert(u"brand"_s, brandObject);
    context.insert(u"hasLogo"_s, !logoUrl.isEmpty());
    context.insert(u"hasSocialLinks"_s, !socialLinks.isEmpty());
}

namespace {

// A parsed part. The HTML part escapes values as kainjow outputs them; {{{x}}} and {{&x}} are made
// ordinary tags first, so nothing bypasses the escaping. A template that changes its delimiters ({{=<% %>=}})
// could hide an unescaped tag from that rewriting: it is rendered from data escaped beforehand instead (the
// slower way, kainjow escaping nothing).
struct ParsedPart
{
    explicit ParsedPart(const std::string &source)
        : tmpl(source)
    {}

    mustache::mustache tmpl;
    bool needsEscapedData = false;
};

bool changesDelimiters(const QString &source)
{
    static const QRegularExpression setDelimiters(u"\\{\\{\\s*="_s);
    return setDelimiters.match(source).hasMatch();
}

// {{{name}}} and {{& name}} become {{name}}: in the HTML part every value is escaped.
QString withEscapedTagsOnly(const QString &source)
{
    static const QRegularExpression triple(u"\\{\\{\\{\\s*(.*?)\\s*\\}\\}\\}"_s);
    static const QRegularExpression ampersand(u"\\{\\{\\s*&\\s*"_s);
    QString result = source;
    result.replace(triple, u"{{\\1}}"_s);
    result.replace(ampersand, u"{{"_s);
    return result;
}

// Adds every name segment the tags of `source` mention ({{#order.total}} adds "order" and "total"). Comments
// and the like add names nobody uses, which only costs a little conversion.
void collectNames(const QString &source, UsedNames &names)
{
    static const QRegularExpression tag(u"\\{\\{\\{?\\s*[#^/&]?\\s*([^{}]*?)\\s*\\}?\\}\\}"_s);
    for (auto it = tag.globalMatch(source); it.hasNext();) {
        const QString name = it.next().captured(1);
        for (const QString &segment : name.split(u'.')) {
            names.insert(utf8(segment.trimmed()));
        }
    }
}

Result<std::shared_ptr<ParsedPart>> parsePart(TemplateRenderer::Part part, const QString &source)
{
    auto parsed = std::make_shared<ParsedPart>(source.toStdString());
    if (!parsed->tmpl.is_valid()) {
        return templateError(part, parsed->tmpl.error_message());
    }
    if (part == TemplateRenderer::Part::Html) {
        const QString rewritten = withEscapedTagsOnly(source);
        if (!changesDelimiters(source) && !rewritten.contains(u"{{{"_s)) {
            auto escaping = std::make_shared<ParsedPart>(rewritten.toStdString());
            if (escaping->tmpl.is_valid()) {
                escaping->tmpl.set_custom_escape(escapeHtmlUtf8);
                return escaping;
            }
        }
        parsed->needsEscapedData = true;
    }
    // Values are escaped while converting (needsEscapedData) or not at all.
    parsed->tmpl.set_custom_escape([](const std::string &text) { return text; });
    return parsed;
}

Result<std::string> renderParsedRaw(TemplateRenderer::Part part, ParsedPart &parsed, RenderData &data)
{
    Lookup lookup{parsed.needsEscapedData ? &data.escaped() : &data.plain()};
    std::string rendered;
    Sink sink{&rendered};
    parsed.tmpl.render(lookup, sink);
    if (!parsed.tmpl.is_valid()) {
        return templateError(part, parsed.tmpl.error_message());
    }
    return rendered;
}

Result<QString> renderParsed(TemplateRenderer::Part part, ParsedPart &parsed, RenderData &data)
{
    auto rendered = renderParsedRaw(part, parsed, data);
    if (!rendered) {
        return rendered.error();
    }
    const QString text = QString::fromStdString(*rendered);
    return part == TemplateRenderer::Part::Subject ? TemplateRenderer::foldToOneLine(text) : text;
}

// Where the layout takes the content. Every value in the HTML part is escaped (no '<'), so order data can
// never produce this text; only the layout file itself has it.
constexpr std::string_view contentSlot = "<!--tidings:content-->";

struct Layout
{
    std::shared_ptr<ParsedPart> parsed;
    UsedNames names;
    QString problem; // set when the built-in layout is broken (a broken build, not the owner's doing)
};

Layout loadLayout(const QString &resource)
{
    Layout result;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = u"built-in layout resource %1 is missing"_s.arg(resource);
        qCritical("%s", qPrintable(result.problem));
        return result;
    }
    const QString source = QString::fromUtf8(file.readAll());
    if (source.count(QLatin1StringView(contentSlot.data(), qsizetype(contentSlot.size()))) != 1) {
        result.problem = u"built-in layout %1 has no single content slot"_s.arg(resource);
        qCritical("%s", qPrintable(result.problem));
        return result;
    }
    auto parsed = parsePart(TemplateRenderer::Part::Html, source);
    if (!parsed) {
        result.problem = parsed.error().detail;
        qCritical("built-in layout %s does not parse: %s", qPrintable(resource), qPrintable(result.problem));
        return result;
    }
    result.parsed = std::move(parsed).value();
    collectNames(source, result.names);
    return result;
}

// The layouts are parsed once for the whole program, all languages at the first use. Rendering only reads the
// parsed form (the data never has lambdas, the only thing that writes to it), so every thread can share them.
// A language without a layout of its own (one the owner added) gets the default one.
const Layout &layout(QStringView language)
{
    static const std::vector<std::pair<QString, Layout>> loaded = [] {
        std::vector<std::pair<QString, Layout>> result;
        result.emplace_back(QString(), loadLayout(u":/templates/layout.html.mustache"_s));
        for (const QString &other : builtInLanguages()) {
            result.emplace_back(other, loadLayout(u":/templates/%1/layout.html.mustache"_s.arg(other)));
        }
        return result;
    }();
    for (const auto &[name, parsed] : loaded) {
        if (name == language) {
            return parsed;
        }
    }
    return loaded.front().second;
}

bool wantsLayout(const QString &kind, const QString &html)
{
    if (!kind.isEmpty() && kind != u"email") {
        return false;
    }
    return !html.trimmed().isEmpty() && !TemplateRenderer::isFullDocument(html);
}

// The content rendered, then put into the rendered layout: one string, converted to QString once.
Result<QString> renderInLayout(ParsedPart &content, RenderData &data, const Layout &frame)
{
    auto inner = renderParsedRaw(TemplateRenderer::Part::Html, content, data);
    if (!inner) {
        return inner.error();
    }
    if (!frame.parsed) {
        // Without the frame the content is still a message the customer can read.
        return QString::fromStdString(*inner);
    }
    auto outer = renderParsedRaw(TemplateRenderer::Part::Html, *frame.parsed, data);
    if (!outer) {
        return outer.error();
    }
    std::string page = std::move(outer).value();
    const std::size_t slot = page.find(contentSlot);
    if (slot != std::string::npos) {
        page.replace(slot, contentSlot.size(), *inner);
    }
    return QString::fromStdString(page);
}

} // namespace

Result<QString> TemplateRenderer::renderPart(Part part, const QString &source, const QJsonObject &context)
{
    auto parsed = parsePart(part, source);
    if (!parsed) {
        return parsed.error();
    }
    RenderData data(context);
    return renderParsed(part, **parsed, data);
}

Result<QString> TemplateRenderer::renderHtmlPage(const QString &source, const QJsonObject &context,
                                                 const QString &language)
{
    auto parsed = parsePart(Part::Html, source);
    if (!parsed) {
        return parsed.error();
    }
    const QJsonObject localized = language.isEmpty() ? context : withStatusLabelsIn(context, language);
    RenderData data(localized);
    if (!wantsLayout(u"email"_s, source)) {
        return renderParsed(Part::Html, **parsed, data);
    }
    return renderInLayout(**parsed, data, layout(language));
}

bool TemplateRenderer::isFullDocument(const QString &html)
{
    qsizetype start = 0;
    while (start < html.size() && (html.at(start).isSpace() || html.at(start) == QChar(0xfeff))) {
        ++start;
    }
    const QStringView rest = QStringView(html).mid(start);
    return rest.startsWith(u"<!doctype", Qt::CaseInsensitive) || rest.startsWith(u"<html", Qt::CaseInsensitive);
}

Result<RenderedMessage> TemplateRenderer::render(const MessageTemplate &messageTemplate, const QJsonObject &context)
{
    auto compiled = CompiledTemplate::compile(messageTemplate);
    if (!compiled) {
        return compiled.error();
    }
    return compiled->render(context);
}

struct CompiledTemplate::Parts
{
    std::shared_ptr<ParsedPart> subject;
    std::shared_ptr<ParsedPart> html;
    std::shared_ptr<ParsedPart> text;
    // The layout in the template's language when the HTML part is content for it (decided once); else null.
    const Layout *frame = nullptr;
    QString language; // the template's; the status labels are given in it
    // What the parts (and the layout) can look up; unset when a part changes its delimiters, which the
    // collecting does not follow.
    std::optional<UsedNames> used;
};

CompiledTemplate::CompiledTemplate(std::shared_ptr<Parts> parts)
    : m_parts(std::move(parts))
{}

Result<CompiledTemplate> CompiledTemplate::compile(const MessageTemplate &messageTemplate)
{
    auto parts = std::make_shared<Parts>();
    const std::initializer_list<std::tuple<TemplateRenderer::Part, const QString *, std::shared_ptr<ParsedPart> *>> all{
        {TemplateRenderer::Part::Subject, &messageTemplate.subject, &parts->subject},
        {TemplateRenderer::Part::Html, &messageTemplate.html, &parts->html},
        {TemplateRenderer::Part::Text, &messageTemplate.text, &parts->text}};
    for (const auto &[part, source, target] : all) {
        auto parsed = parsePart(part, *source);
        if (!parsed) {
            return parsed.error();
        }
        *target = std::move(parsed).value();
    }
    parts->language = messageTemplate.language;
    if (wantsLayout(messageTemplate.kind, messageTemplate.html)) {
        parts->frame = &layout(messageTemplate.language); // parsed now rather than with the first message
    }
    if (!changesDelimiters(messageTemplate.subject) && !changesDelimiters(messageTemplate.html) &&
        !changesDelimiters(messageTemplate.text)) {
        UsedNames used;
        collectNames(messageTemplate.subject, used);
        collectNames(messageTemplate.html, used);
        collectNames(messageTemplate.text, used);
        if (parts->frame) {
            used.insert(parts->frame->names.cbegin(), parts->frame->names.cend());
        }
        parts->used = std::move(used);
    }
    return CompiledTemplate(std::move(parts));
}

Result<RenderedMessage> CompiledTemplate::render(const QJsonObject &context) const
{
    // In another language than the default, the statuses are named in it too.
    const QJsonObject localized =
        m_parts->language.isEmpty() ? context : withStatusLabelsIn(context, m_parts->language);
    // Converted once for all three parts (and the layout); the HTML part escapes as it renders.
    RenderData data(localized, m_parts->used ? &*m_parts->used : nullptr);
    Result<QString> subject = renderParsed(TemplateRenderer::Part::Subject, *m_parts->subject, data);
    if (!subject) {
        return subject.error();
    }
    Result<QString> html = m_parts->frame ? renderInLayout(*m_parts->html, data, *m_parts->frame)
                                          : renderParsed(TemplateRenderer::Part::Html, *m_parts->html, data);
    if (!html) {
        return html.error();
    }
    Result<QString> text = renderParsed(TemplateRenderer::Part::Text, *m_parts->text, data);
    if (!text) {
        return text.error();
    }
    return RenderedMessage{std::move(subject).value(), std::move(html).value(), std::move(text).value()};
}

QString TemplateRenderer::escapeHtml(const QString &text)
{
    QString result;
    result.reserve(text.size() + text.size() / 8);
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'&':
            result += u"&amp;";
            break;
        case u'<':
            result += u"&lt;";
            break;
        case u'>':
            result += u"&gt;";
            break;
        case u'"':
            result += u"&quot;";
            break;
        case u'\'':
            result += u"&#39;";
            break;
        case u'/':
            result += u"&#47;";
            break;
        case u'`':
            result += u"&#96;";
            break;
        case u'=':
            result += u"&#61;";
            break;
        default:
            result += ch;
            break;
        }
    }
    return result;
}

QString TemplateRenderer::foldToOneLine(const QString &text)
{
    QString line = text;
    for (QChar &ch : line) {
        const QChar::Category category = ch.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph) {
            ch = u' ';
        }
    }
    return line.simplified();
}

namespace {

struct BuiltIn
{
    const char16_t *id;
    const char *name; // plain English, like the rest of the built-in templates
    // An alert for the shop's staff: an email and a chat message in the default language, no SMS, no translations.
    bool staffAlert = false;
};

// In the order an owner meets them along an order's way.
constexpr BuiltIn builtIns[] = {
    {u"order_confirmed", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Order confirmed")},
    {u"order_paid", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Payment received")},
    {u"backorder_delay", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Backorder delay")},
    {u"label_created", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Label created")},
    {u"shipped", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Shipped")},
    {u"out_for_delivery", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Out for delivery")},
    {u"delivery_attempted", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Delivery attempted")},
    {u"ready_for_pickup", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Ready for pickup")},
    {u"delivered", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Delivered")},
    {u"shipment_delayed", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Shipment delayed")},
    {u"returned", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Returned to sender")},
    {u"order_cancelled", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Order cancelled")},
    {u"order_refunded", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Order refunded")},
    // The staff's stock alerts, then the customers' message when the product is back.
    {u"low_stock", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Low stock alert"), true},
    {u"out_of_stock", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Out of stock alert"), true},
    {u"back_in_stock", QT_TRANSLATE_NOOP("Tidings::TemplateRenderer", "Back in stock")},
};

const BuiltIn *findBuiltIn(QStringView baseId)
{
    for (const BuiltIn &builtIn : builtIns) {
        if (baseId == QStringView(builtIn.id)) {
            return &builtIn;
        }
    }
    return nullptr;
}

QString resourceText(const QString &fileName)
{
    QFile file(u":/templates/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        // Compiled into the library: missing means a broken build, not a user problem.
        qCritical("built-in template resource %s is missing", qPrintable(file.fileName()));
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

int builtInRank(const QString &templateId)
{
    const QString base = baseTemplateId(templateId);
    for (int i = 0; i < int(std::size(builtIns)); ++i) {
        if (base == QStringView(builtIns[i].id)) {
            const int variant = base == templateId ? 0 : templateId.endsWith(u"_chat") ? 1 : 2;
            return i * 3 + variant;
        }
    }
    return -1;
}

namespace {

// One built-in template of `kind` ("email", "chat" or "sms") for `builtIn`'s event, in `language` ("" the
// default), read from the resources: the default files, or the language's folder.
MessageTemplate readBuiltIn(const BuiltIn &builtIn, const QString &kind, const QString &language)
{
    const QString id = QString::fromUtf16(builtIn.id);
    const QString name = TemplateRenderer::tr(builtIn.name);
    const QString folder = language.isEmpty() ? QString() : language + u'/';
    MessageTemplate result;
    result.kind = kind;
    result.language = language;
    result.builtIn = true;
    if (kind == u"email") {
        result.id = id;
        result.name = name;
        result.subject = resourceText(folder + id + u".subject.mustache"_s);
        result.html = resourceText(folder + id + u".html.mustache"_s);
    } else {
        result.id = id + u'_' + kind;
        result.name = kind == u"chat" ? TemplateRenderer::tr("%1 (team chat)").arg(name)
                                      : TemplateRenderer::tr("%1 (text message)").arg(name);
    }
    result.text = resourceText(folder + result.id + u".txt.mustache"_s);
    return result;
}

} // namespace

QList<MessageTemplate> builtInTemplates()
{
    QList<MessageTemplate> result;
    result.reserve(int(std::size(builtIns)) * (3 + 2 * 3));
    for (const BuiltIn &builtIn : builtIns) {
        for (const QString &kind : {u"email"_s, u"chat"_s, u"sms"_s}) {
            if (!(builtIn.staffAlert && kind == u"sms")) {
                result.append(readBuiltIn(builtIn, kind, QString()));
            }
        }
    }
    // The customers' messages again in each language, after all of the default ones.
    for (const QString &language : builtInLanguages()) {
        for (const BuiltIn &builtIn : builtIns) {
            if (!builtIn.staffAlert) {
                result.append(readBuiltIn(builtIn, u"email"_s, language));
                result.append(readBuiltIn(builtIn, u"sms"_s, language));
            }
        }
    }
    return result;
}

bool isStaffAlertTemplate(const QString &templateId)
{
    const BuiltIn *builtIn = findBuiltIn(baseTemplateId(templateId));
    return builtIn && builtIn->staffAlert;
}

std::optional<MessageTemplate> builtInTemplate(const QString &templateId, const QString &language)
{
    const QString base = baseTemplateId(templateId);
    const QString kind = base == templateId ? u"email"_s : templateId.mid(base.size() + 1);
    if (!language.isEmpty() && (kind == u"chat" || !builtInLanguages().contains(language))) {
        return std::nullopt;
    }
    const BuiltIn *builtIn = findBuiltIn(base);
    if (!builtIn || (builtIn->staffAlert && (kind == u"sms" || !language.isEmpty()))) {
        return std::nullopt;
    }
    return readBuiltIn(*builtIn, kind, language);
}

QStringList builtInLanguages()
{
    return {u"de"_s, u"fr"_s, u"es"_s};
}

QString suggestedTemplate(const QString &trigger, const QString &kind)
{
    static const QHash<QString, QString> byTrigger{
        {u"order.created"_s, u"order_confirmed"_s},
        {u"order.status:paid"_s, u"order_paid"_s},
        {u"order.backordered"_s, u"backorder_delay"_s},
        {u"order.status:partially_shipped"_s, u"shipped"_s},
        {u"order.status:shipped"_s, u"shipped"_s},
        {u"order.status:delivered"_s, u"delivered"_s},
        {u"order.status:completed"_s, u"delivered"_s},
        {u"order.status:cancelled"_s, u"order_cancelled"_s},
        {u"order.status:refunded"_s, u"order_refunded"_s},
        {u"order.status:partially_refunded"_s, u"order_refunded"_s},
        {u"shipment.created"_s, u"shipped"_s},
        {u"shipment.status:label_created"_s, u"label_created"_s},
        {u"shipment.status:in_transit"_s, u"shipped"_s},
        {u"shipment.status:out_for_delivery"_s, u"out_for_delivery"_s},
        {u"shipment.status:attempted_delivery"_s, u"delivery_attempted"_s},
        {u"shipment.status:ready_for_pickup"_s, u"ready_for_pickup"_s},
        {u"shipment.status:delivered"_s, u"delivered"_s},
        {u"shipment.status:exception"_s, u"shipment_delayed"_s},
        {u"shipment.status:returned_to_sender"_s, u"returned"_s},
        {u"shipment.delayed"_s, u"shipment_delayed"_s},
        {u"stock.status:back_in_stock"_s, u"back_in_stock"_s},
        {u"stock.status:low_stock"_s, u"low_stock"_s},
        {u"stock.status:out_of_stock"_s, u"out_of_stock"_s},
    };
    const QString id = byTrigger.value(trigger.trimmed().toLower());
    if (id.isEmpty()) {
        return {};
    }
    if (kind == u"email") {
        return id;
    }
    if (kind == u"chat" || (kind == u"sms" && !isStaffAlertTemplate(id))) {
        return id + u'_' + kind;
    }
    return {};
}

} // namespace Tidings
