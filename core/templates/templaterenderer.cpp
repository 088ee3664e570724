#include "templates/templaterenderer.h"

#include "model/statuses.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

#include <kainjow/mustache.hpp>

#include <cmath>
#include <string>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

namespace mustache = kainjow::mustache;

// Context keys:
//   order     {id, number, status, statusLabel, total, currency, itemCount}
//   customer  {name, firstName, email, phone}
//   shipment  {id, status, statusLabel, statusKnown, carrier, trackingNumber, trackingUrl}
//             only for shipment events; statusKnown is false for ShipmentStatus::Unknown
//   items     [{sku, name, quantity, price}]
//   brand     {shopName, logoUrl, accentColor, supportEmail, footer}
//   hasItems, hasTracking, hasLogo   booleans
// itemCount is the sum of the line quantities. trackingUrl and logoUrl are kept only when they are
// http(s) URLs; hasTracking / hasLogo say whether one is there. accentColor is #rgb or #rrggbb (an
// invalid colour falls back to the default).

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

std::string leafText(const QString &text, Escape escape)
{
    return (escape == Escape::Html ? TemplateRenderer::escapeHtml(text) : text).toStdString();
}

mustache::data toMustache(const QJsonValue &value, Escape escape);

mustache::data toMustache(const QJsonObject &object, Escape escape)
{
    mustache::data result{mustache::data::type::object};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        result.set(it.key().toStdString(), toMustache(it.value(), escape));
    }
    return result;
}

mustache::data toMustache(const QJsonValue &value, Escape escape)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return toMustache(value.toObject(), escape);
    case QJsonValue::Array: {
        mustache::data list{mustache::data::type::list};
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            list.push_back(toMustache(item, escape));
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

// Looks names up like kainjow's own context, but knows no partials: a {{> name}} tag would otherwise
// parse a string value (order data) as a template.
class NoPartialsContext final : public mustache::context<std::string>
{
public:
    using mustache::context<std::string>::context;

    const mustache::data *get_partial(const std::string &) const override { return nullptr; }
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

} // namespace

QJsonObject TemplateRenderer::buildContext(const OrderEvent &event, const Brand &brand)
{
    QJsonArray items;
    qint64 itemCount = 0;
    for (const LineItem &item : event.lineItems) {
        items.append(QJsonObject{
            {u"sku"_s, item.sku},
            {u"name"_s, item.name},
            {u"quantity"_s, item.quantity},
            {u"price"_s, item.price},
        });
        itemCount += item.quantity;
    }

    QJsonObject context{
        {u"order"_s,
         QJsonObject{
             {u"id"_s, event.orderId},
             {u"number"_s, event.orderNumber},
             {u"status"_s, toName(event.orderStatus)},
             {u"statusLabel"_s, displayName(event.orderStatus)},
             {u"total"_s, event.totalPrice},
             {u"currency"_s, event.currency},
             {u"itemCount"_s, itemCount},
         }},
        {u"customer"_s,
         QJsonObject{
             {u"name"_s, event.customerName},
             {u"firstName"_s, firstNameOf(event.customerName)},
             {u"email"_s, event.customerEmail},
             {u"phone"_s, event.customerPhone},
         }},
        {u"items"_s, items},
        {u"hasItems"_s, !items.isEmpty()},
    };

    bool hasTracking = false;
    if (event.hasShipment()) {
        const QString trackingUrl = httpUrlOrEmpty(event.trackingUrl);
        hasTracking = !trackingUrl.isEmpty();
        context.insert(u"shipment"_s, QJsonObject{
                                          {u"id"_s, event.shipmentId},
                                          {u"status"_s, toName(event.shipmentStatus)},
                                          {u"statusLabel"_s, displayName(event.shipmentStatus)},
                                          {u"statusKnown"_s, event.shipmentStatus != ShipmentStatus::Unknown},
                                          {u"carrier"_s, event.carrier},
                                          {u"trackingNumber"_s, event.trackingNumber},
                                          {u"trackingUrl"_s, trackingUrl},
                                      });
    }
    context.insert(u"hasTracking"_s, hasTracking);

    applyBrand(context, brand);
    return context;
}

void TemplateRenderer::applyBrand(QJsonObject &context, const Brand &brand)
{
    const QString logoUrl = httpUrlOrEmpty(QUrl(brand.logoUrl.trimmed()));
    context.insert(u"brand"_s, QJsonObject{
                                   {u"shopName"_s, brand.shopName},
                                   {u"logoUrl"_s, logoUrl},
                                   {u"accentColor"_s, safeColor(brand.accentColor)},
                                   {u"supportEmail"_s, brand.supportEmail},
                                   {u"footer"_s, brand.footer},
                               });
    context.insert(u"hasLogo"_s, !logoUrl.isEmpty());
}

namespace {

using ParsedPart = mustache::mustache;

Result<std::shared_ptr<ParsedPart>> parsePart(TemplateRenderer::Part part, const QString &source)
{
    auto parsed = std::make_shared<ParsedPart>(source.toStdString());
    if (!parsed->is_valid()) {
        return templateError(part, parsed->error_message());
    }
    // Values are escaped while converting (HTML) or not at all, so kainjow itself never escapes:
    // that way {{{x}}} and {{&x}} cannot bypass the HTML escaping.
    parsed->set_custom_escape([](const std::string &text) { return text; });
    return parsed;
}

Result<QString> renderParsed(TemplateRenderer::Part part, ParsedPart &parsed, const mustache::data &data)
{
    NoPartialsContext lookup{&data};
    const std::string rendered = parsed.render(lookup);
    if (!parsed.is_valid()) {
        return templateError(part, parsed.error_message());
    }
    const QString text = QString::fromStdString(rendered);
    return part == TemplateRenderer::Part::Subject ? TemplateRenderer::foldToOneLine(text) : text;
}

} // namespace

Result<QString> TemplateRenderer::renderPart(Part part, const QString &source, const QJsonObject &context)
{
    auto parsed = parsePart(part, source);
    if (!parsed) {
        return parsed.error();
    }
    return renderParsed(part, **parsed, toMustache(context, part == Part::Html ? Escape::Html : Escape::None));
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
    return CompiledTemplate(std::move(parts));
}

Result<RenderedMessage> CompiledTemplate::render(const QJsonObject &context) const
{
    // Subject and text share the unescaped data; the HTML part gets the escaped one.
    const mustache::data plain = toMustache(context, Escape::None);
    Result<QString> subject = renderParsed(TemplateRenderer::Part::Subject, *m_parts->subject, plain);
    if (!subject) {
        return subject.error();
    }
    Result<QString> html =
        renderParsed(TemplateRenderer::Part::Html, *m_parts->html, toMustache(context, Escape::Html));
    if (!html) {
        return html.error();
    }
    Result<QString> text = renderParsed(TemplateRenderer::Part::Text, *m_parts->text, plain);
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

QList<MessageTemplate> builtInTemplates()
{
    const auto load = [](const QString &id, const QString &name) {
        const auto part = [&id](const QString &suffix) {
            QFile file(u":/templates/"_s + id + suffix);
            if (!file.open(QIODevice::ReadOnly)) {
                // Compiled into the library: missing means a broken build, not a user problem.
                qCritical("built-in template resource %s is missing", qPrintable(file.fileName()));
                return QString();
            }
            return QString::fromUtf8(file.readAll());
        };
        MessageTemplate result;
        result.id = id;
        result.name = name;
        result.subject = part(u".subject.mustache"_s);
        result.html = part(u".html.mustache"_s);
        result.text = part(u".txt.mustache"_s);
        result.builtIn = true;
        return result;
    };
    return {
        load(u"order_confirmed"_s, TemplateRenderer::tr("Order confirmed")),
        load(u"shipped"_s, TemplateRenderer::tr("Shipped")),
        load(u"shipment_delayed"_s, TemplateRenderer::tr("Shipment delayed")),
    };
}

} // namespace Tidings
