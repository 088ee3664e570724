#include "templates/templatevariables.h"

#include <QHash>

#include <iterator>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using Type = TemplateVariable::Type;

struct Entry
{
    const char *path;
    Type type;
    const char *description; // translated on use, so a language switch shows in the palette at once (lupdate
                             // reads QT_TRANSLATE_NOOP only when written out, not through a macro)
    const char *sample;
};

// Parents before children. Keep in step with TemplateRenderer::buildContext (tst_templatevariables checks it).
constexpr Entry entries[] = {
    {"order", Type::Object, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The order this message is about."), ""},
    {"order.number", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The order number your customer sees."), "#1042"},
    {"order.id", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The shop's internal id of the order. Customers do not usually see it."),
     "820982911946154508"},
    {"order.status", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The order's status as a fixed word (for example paid or shipped)."),
     "shipped"},
    {"order.statusLabel", Type::Text, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The order's status in words."),
     "Shipped"},
    {"order.total", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The order total as a plain number, without the currency."),
     "33.90"},
    {"order.totalText", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The order total with its currency, written the way the customer's country writes money."),
     "€33.90"},
    {"order.currency", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The currency code of the order (for example EUR)."), "EUR"},
    {"order.itemCount", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "How many items are in the order, all quantities added up."), "3"},
    {"order.itemCountText", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "How many items are in the order, written the way the customer's country writes numbers."),
     "3"},
    {"order.date", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The date of this update as year-month-day, for machines."),
     "2026-11-29"},
    {"order.dateText", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The date of this update, written the customer's way."),
     "29 November 2026"},

    {"customer", Type::Object, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The person who placed the order."), ""},
    {"customer.name", Type::Text, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The customer's full name."),
     "Ada Lovelace"},
    {"customer.firstName", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The customer's first name, for a friendly greeting."), "Ada"},
    {"customer.email", Type::Text, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The customer's email address."),
     "ada@example.com"},
    {"customer.phone", Type::Text, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The customer's phone number."),
     "+44 20 7946 0000"},
    {"customer.timeZone", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The customer's time zone, from the order's address (empty when it does not tell)."),
     "Europe/London"},

    {"shipment", Type::Object,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The parcel this message is about. Only there for shipping updates; {{#shipment}}…{{/shipment}} "
                       "shows its inside only then."),
     ""},
    {"shipment.id", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The shop's internal id of the parcel."), "fulfillment-77"},
    {"shipment.status", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The parcel's status as a fixed word (for example in_transit or delivered)."),
     "in_transit"},
    {"shipment.statusLabel", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The parcel's status in words."), "In transit"},
    {"shipment.statusKnown", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes when the carrier told us the parcel's status."), "true"},
    {"shipment.carrier", Type::Text, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The delivery company."),
     "DHL Express"},
    {"shipment.trackingNumber", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The parcel's tracking number."), "JD014600006281283541"},
    {"shipment.trackingUrl", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The link where the customer can follow the parcel. Empty when the carrier gave none."),
     "https://track.example.com/JD014600006281283541"},

    {"items", Type::List,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "Every line of the order. {{#items}}…{{/items}} repeats its inside once per line; inside, write "
                       "{{name}}, {{quantity}} and so on."),
     ""},
    {"items.name", Type::Text, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The product's name on this line."),
     "Enamel mug"},
    {"items.sku", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The product's stock code (SKU) on this line."), "MUG-01"},
    {"items.quantity", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "How many of this product were ordered."), "2"},
    {"items.price", Type::Text, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The price of one, as a plain number."),
     "12.50"},
    {"items.priceText", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The price of one with its currency, written the way the customer's country writes money."),
     "€12.50"},
    {"items.lineTotalText", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The price of this line (price times quantity) with its currency, written the customer's way."),
     "€25.00"},

    {"backorder", Type::Object,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "What the order waits for. Only there when some of its items were out of stock when it came "
                       "in; {{#backorder}}…{{/backorder}} shows its inside only then."),
     ""},
    {"backorder.items", Type::List,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The items the order waits for. {{#backorder.items}}…{{/backorder.items}} repeats its inside "
                       "once per item; inside, write {{name}}, {{sku}} and {{quantity}}."),
     ""},
    {"backorder.items.name", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The name of the product the order waits for."), "Enamel mug"},
    {"backorder.items.sku", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The stock code (SKU) of the product the order waits for."),
     "MUG-01"},
    {"backorder.items.quantity", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "How many of this product the order waits for."), "2"},

    {"product", Type::Object,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The product a stock message is about. Only there for back-in-stock messages and the low stock "
                       "and out of stock alerts."),
     ""},
    {"product.name", Type::Text, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The name of the product."),
     "Enamel mug"},
    {"product.sku", Type::Text, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The stock code (SKU) of the product."),
     "MUG-01"},
    {"product.url", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The link to the product in your shop."),
     "https://shop.example.com/products/enamel-mug"},
    {"product.available", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "How many are in stock now, as a plain number (when the shop says)."),
     "12"},
    {"product.availableText", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "How many are in stock now, written the way the customer's country writes numbers."),
     "12"},
    {"product.threshold", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The stock level you are alerted at, as a plain number. Only there in the low stock and out "
                       "of stock alerts."),
     "5"},
    {"product.thresholdText", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The stock level you are alerted at, written the way your country writes numbers. Only there "
                       "in the low stock and out of stock alerts."),
     "5"},

    {"progress", Type::Object,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "Where the order is on its way, for the progress strip: ordered, shipped, out for delivery, "
                       "delivered."),
     ""},
    {"progress.ordered", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "Yes while the order is placed but not shipped yet (the step to highlight)."),
     "false"},
    {"progress.shipped", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes while the parcel is on its way (the step to highlight)."),
     "true"},
    {"progress.outForDelivery", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "Yes while the parcel is out for delivery (the step to highlight)."),
     "false"},
    {"progress.delivered", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes once the parcel is delivered (the step to highlight)."),
     "false"},
    {"progress.orderedDone", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes once the order is placed."), "true"},
    {"progress.shippedDone", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes once the order has shipped."), "true"},
    {"progress.outForDeliveryDone", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes once the parcel has been out for delivery."), "false"},
    {"progress.deliveredDone", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes once the parcel is delivered."), "false"},
    {"progress.orderedPassed", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes once the order is past being placed (it has shipped)."),
     "true"},
    {"progress.shippedPassed", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes once the parcel is past being shipped."), "false"},
    {"progress.outForDeliveryPassed", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "Yes once the parcel is past being out for delivery (it is delivered)."),
     "false"},
    {"progress.deliveredPassed", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Never yes: delivered is the last step."), "false"},
    {"progress.orderedAhead", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes while the order is not placed yet."), "false"},
    {"progress.shippedAhead", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes while the order has not shipped yet."), "false"},
    {"progress.outForDeliveryAhead", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes while the parcel has not been out for delivery yet."),
     "true"},
    {"progress.deliveredAhead", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes while the parcel is not delivered yet."), "true"},

    {"brand", Type::Object,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Your shop's branding, from the Brand Kit."), ""},
    {"brand.shopName", Type::Text, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Your shop's name."),
     "Kettle & Crumb"},
    {"brand.logoUrl", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The web address of your logo. Empty when there is none."),
     "https://cdn.example.com/logo.png"},
    {"brand.accentColor", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Your brand colour, for buttons and lines (for example #2f6f4f)."),
     "#2f6f4f"},
    {"brand.fontFamily", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The fonts your messages use, for style attributes."),
     "Helvetica, Arial, sans-serif"},
    {"brand.supportEmail", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The email address customers can write to for help."),
     "help@kettle.example"},
    {"brand.supportPhone", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The phone number customers can call for help."),
     "+44 1225 000000"},
    {"brand.address", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Your shop's postal address, shown in the footer."),
     "1 High Street, Bath BA1 1AA"},
    {"brand.addressLines", Type::List,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "Your shop's postal address line by line. {{#brand.addressLines}}…{{/brand.addressLines}} "
                       "repeats its inside once per line; inside, write {{.}} for the line."),
     ""},
    {"brand.footer", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The footer text under every email (for example your company details or why the customer gets "
                       "this email)."),
     "Kettle & Crumb Ltd, registered in England"},
    {"brand.socialLinks", Type::List,
     QT_TRANSLATE_NOOP(
         "Tidings::TemplateVariables",
         "Your shop's social media links. {{#brand.socialLinks}}…{{/brand.socialLinks}} repeats its inside "
         "once per link; inside, write {{label}} and {{url}}."),
     ""},
    {"brand.socialLinks.label", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The name of the social media link."), "Instagram"},
    {"brand.socialLinks.url", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "The web address of the social media link."),
     "https://instagram.com/kettleandcrumb"},

    {"locale", Type::Text,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "The language and country the money, numbers and dates are written for (for example en-GB)."),
     "en-GB"},

    {"hasItems", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes when the order has at least one line."), "true"},
    {"hasTracking", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes when there is a tracking link for the parcel."), "true"},
    {"hasLogo", Type::Boolean, QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes when your Brand Kit has a logo."),
     "true"},
    {"hasSocialLinks", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables", "Yes when your Brand Kit has social media links."), "true"},
    {"hasProgress", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "Yes when a progress strip makes sense (not for cancelled, refunded or returned orders)."),
     "true"},
    {"hasProduct", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "Yes in stock messages (back in stock, low stock, out of stock), where there is a product."),
     "false"},
    {"hasBackorder", Type::Boolean,
     QT_TRANSLATE_NOOP("Tidings::TemplateVariables",
                       "Yes when some items of the order were out of stock when it came in, so it waited for them "
                       "(for example to thank the customer for waiting when it ships)."),
     "false"},
};

const QHash<QString, const Entry *> &entriesByPath()
{
    static const QHash<QString, const Entry *> byPath = [] {
        QHash<QString, const Entry *> result;
        for (const Entry &entry : entries) {
            result.insert(QString::fromLatin1(entry.path), &entry);
        }
        return result;
    }();
    return byPath;
}

TemplateVariable toVariable(const Entry &entry)
{
    return TemplateVariable{
        QString::fromLatin1(entry.path),
        entry.type,
        QCoreApplication::translate("Tidings::TemplateVariables", entry.description),
        QString::fromUtf8(entry.sample),
    };
}

bool hasChildren(const QString &path)
{
    const Entry *entry = entriesByPath().value(path);
    return entry && (entry->type == Type::Object || entry->type == Type::List);
}

// The entries whose parent is `parent` ("" for the top level).
QStringList childKeys(const QString &parent)
{
    QStringList keys;
    for (const Entry &entry : entries) {
        const QString path = QString::fromLatin1(entry.path);
        const qsizetype dot = path.lastIndexOf(u'.');
        const QString entryParent = dot < 0 ? QString() : path.left(dot);
        if (entryParent == parent) {
            keys.append(dot < 0 ? path : path.mid(dot + 1));
        }
    }
    return keys;
}

} // namespace

QString TemplateVariable::listPath() const
{
    // Walk up the parents: the innermost list around this value.
    QString parent = path;
    for (qsizetype dot = parent.lastIndexOf(u'.'); dot >= 0; dot = parent.lastIndexOf(u'.')) {
        parent.truncate(dot);
        const Entry *found = entriesByPath().value(parent);
        if (found && found->type == Type::List) {
            return parent;
        }
    }
    return {};
}

QString TemplateVariable::key() const
{
    return path.mid(path.lastIndexOf(u'.') + 1);
}

QList<TemplateVariable> TemplateVariables::all()
{
    QList<TemplateVariable> result;
    result.reserve(std::size(entries));
    for (const Entry &entry : entries) {
        result.append(toVariable(entry));
    }
    return result;
}

std::optional<TemplateVariable> TemplateVariables::find(const QString &path)
{
    const Entry *entry = entriesByPath().value(path);
    if (!entry) {
        return std::nullopt;
    }
    return toVariable(*entry);
}

bool TemplateVariables::contains(const QString &path)
{
    return entriesByPath().contains(path);
}

std::optional<QString> TemplateVariables::resolve(const QString &name, const QStringList &openSections)
{
    if (name == u".") {
        // The current value: whatever the innermost section is about.
        return openSections.isEmpty() || openSections.last().isEmpty() ? u"."_s : openSections.last();
    }
    if (name.isEmpty()) {
        return std::nullopt;
    }
    // Mustache looks a name up in the innermost section's value first, then outwards, then at the top.
    for (auto scope = openSections.crbegin(); scope != openSections.crend(); ++scope) {
        if (!hasChildren(*scope)) {
            continue;
        }
        const QString candidate = *scope + u'.' + name;
        if (contains(candidate)) {
            return candidate;
        }
    }
    if (contains(name)) {
        // A list's inside is only reachable inside its section ("items.name" is {{name}} in {{#items}}).
        const TemplateVariable variable{name, entriesByPath().value(name)->type, {}, {}};
        if (variable.listPath().isEmpty()) {
            return name;
        }
    }
    return std::nullopt;
}

QStringList TemplateVariables::completions(const QStringList &openSections)
{
    QStringList result;
    for (auto scope = openSections.crbegin(); scope != openSections.crend(); ++scope) {
        if (!hasChildren(*scope)) {
            continue;
        }
        for (const QString &key : childKeys(*scope)) {
            if (!result.contains(key)) {
                result.append(key);
            }
        }
    }
    for (const Entry &entry : entries) {
        const TemplateVariable variable{QString::fromLatin1(entry.path), entry.type, {}, {}};
        if (variable.listPath().isEmpty() && !result.contains(variable.path)) {
            result.append(variable.path);
        }
    }
    return result;
}

TemplateVariables::Snippet TemplateVariables::snippet(const QString &path, const QStringList &openSections)
{
    const Entry *entry = entriesByPath().value(path);
    if (!entry) {
        return {u"{{"_s + path + u"}}"_s, {}};
    }
    const TemplateVariable variable{path, entry->type, {}, {}};
    const QString list = variable.listPath();
    QString name = path;
    QString wrapOpen;
    QString wrapClose;
    if (!list.isEmpty()) {
        name = path.mid(list.size() + 1);
        if (!openSections.contains(list)) {
            wrapOpen = u"{{#"_s + list + u"}}"_s;
            wrapClose = u"{{/"_s + list + u"}}"_s;
        }
    }
    if (entry->type == Type::Text) {
        return {wrapOpen + u"{{"_s + name + u"}}"_s, wrapClose};
    }
    return {wrapOpen + u"{{#"_s + name + u"}}"_s, u"{{/"_s + name + u"}}"_s + wrapClose};
}

} // namespace Tidings
