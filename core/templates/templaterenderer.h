#pragma once

#include "model/orderevent.h"
#include "model/result.h"
#include "model/stockchange.h"
#include "templates/messagetemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace Tidings {

// Renders MessageTemplates with kainjow Mustache. Thread-safe (the one shared state, the parsed base layout,
// is only read while rendering).
//
// Rules every part follows:
//  - a key that is missing renders as nothing; an empty string or null is false in a section
//    ({{#customer.firstName}}...{{/customer.firstName}} is skipped when there is no first name);
//  - partials ({{> name}}) render nothing: templates cannot include other templates.
// The HTML part escapes every value, including {{{triple}}} and {{&ampersand}} tags, so order data a
// customer typed (names, addresses) can never become markup. Subject and text are not escaped; the
// subject is folded to one line (control characters become spaces, runs of spaces collapse).
//
// The base layout: the HTML part of an email template is normally only its content. The renderer renders
// it, renders the shop's frame (resources/templates/layout.html.mustache: brand header, footer with address,
// support contact and social links) with the same data, and puts the content into the frame's slot. Templates
// cannot include each other and every value stays escaped, so this is done here in C++, not with partials.
// An HTML part that is already a whole document (it starts with <!DOCTYPE or <html, e.g. an owner's own
// design, or a template saved before the layout existed) is sent as it is, without the frame. An empty HTML
// part stays empty (a text-only email), and chat and SMS templates have no HTML part at all.
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::TemplateRenderer)

public:
    enum class Part {
        Subject,
        Html,
        Text,
    };

    // The data a template sees; see the .cpp for the keys. Money, numbers and dates also come as text
    // formatted for the customer's locale (OrderEvent::customerLocale, else the computer's locale).
    // "hasBackorder" is false; applyBackorder() says which items an order waits for.
    static QJsonObject buildContext(const OrderEvent &event, const Brand &brand);
    // What the store keeps with a notification queued for an order event, as compact JSON written directly (the
    // ingest writer stores one with every webhook): buildContext(event, Brand{}) without what storedContext() adds
    // back when it is read, the progress strip and the flags every order context has ("hasProgress",
    // "hasProduct", "hasBackorder") and the brand, which the sender applies anyway. Half the size of the whole.
    static QByteArray storedContextJson(const OrderEvent &event);
    // The context a notification's stored JSON stands for, with the default brand where it has none (callers apply
    // theirs): an order's context from storedContextJson() gets its progress strip (from its statuses), its flags
    // and the brand back; any other object is returned as it is (a whole context: stock and backorder messages,
    // Replay, notifications stored before). Text that is not a JSON object: an empty object.
    static QJsonObject storedContext(const QByteArray &json);

    // Marks an order context (buildContext) as held by a backorder: "hasBackorder" true and "backorder"
    // {items: [{name, sku, quantity}]} with `items`, the lines that were out of stock when the order came in.
    // No items: "hasBackorder" false and no "backorder".
    static void applyBackorder(QJsonObject &context, const QList<LineItem> &items);

    // The data of a stock message (back in stock for customers; low stock and out of stock for the staff): a
    // "product" {name, sku, url, available, availableText} instead of an order. StockChange carries no web
    // address, so the caller passes the product page when it knows it (only http(s) is kept). `locale` is a name
    // such as "de-DE"; empty means the computer's locale. A `threshold` of 0 or more (the stock level the owner
    // is alerted at) adds product.threshold and product.thresholdText.
    static QJsonObject buildStockContext(const StockChange &change, const Brand &brand, const QString &productUrl = {},
                                         const QString &locale = {}, int threshold = -1);

    // Sets the "brand" object and "hasLogo" of a context (e.g. one stored with a notification, rendered
    // later with the current branding), with the same checks as buildContext: a logo URL that is not
    // http(s) is dropped, a logo from a file is shown as "cid:logo.png" (the sender attaches it), an accent colour that
    // is not #rgb / #rrggbb becomes the default.
    static void applyBrand(QJsonObject &context, const Brand &brand);

    // HTML part escapes every value; subject and text are not escaped; the subject is folded to
    // one line. A template that does not parse is an InvalidInput error naming the part and the reason.
    static Result<RenderedMessage> render(const MessageTemplate &messageTemplate, const QJsonObject &context);

    // One part on its own, e.g. for a live preview in the editor. The HTML part is not put into the layout.
    static Result<QString> renderPart(Part part, const QString &source, const QJsonObject &context);

    // The HTML a customer gets from an email template's HTML part: in the layout unless it is a whole document.
    static Result<QString> renderHtmlPage(const QString &source, const QJsonObject &context,
                                          const QString &language = {});

    // True when `html` is a whole document (starts with <!DOCTYPE or <html after white space), which the
    // renderer sends as it is instead of putting it into the layout.
    static bool isFullDocument(const QString &html);

    // The escaping used for the HTML part: & < > " ' / ` = become character references.
    static QString escapeHtml(const QString &text);

    // Control characters (CR, LF, tab, ...) become spaces; runs of white space collapse; trimmed.
    static QString foldToOneLine(const QString &text);
};

// A template parsed once and rendered many times, with the same rules as TemplateRenderer (the
// dispatcher keeps one per template instead of parsing for every message). Copies share the parsed
// form; use one copy per thread.
class CompiledTemplate
{
public:
    static Result<CompiledTemplate> compile(const MessageTemplate &messageTemplate);
    Result<RenderedMessage> render(const QJsonObject &context) const;

private:
    struct Parts;
    explicit CompiledTemplate(std::shared_ptr<Parts> parts);

    std::shared_ptr<Parts> m_parts;
};

// The templates Tidings ships with (from the :/templates resource): for every event an email "<id>" (its HTML
// part is content for the layout), a staff chat message "<id>_chat" (Slack mrkdwn) and an SMS "<id>_sms", in the
// default language; then the emails and SMS again in each of builtInLanguages().
// Ids: order_confirmed, order_paid, backorder_delay, label_created, shipped, out_for_delivery, delivery_attempted,
// ready_for_pickup, delivered, shipment_delayed, returned, order_cancelled, order_refunded, low_stock,
// out_of_stock, back_in_stock. low_stock and out_of_stock are alerts for the staff: an email and a chat message
// in the default language only, no SMS (isStaffAlertTemplate()).
QList<MessageTemplate> builtInTemplates();

// True for the built-in staff alerts (low_stock, out_of_stock and their chat variants), which come in the
// default language only and have no SMS.
bool isStaffAlertTemplate(const QString &templateId);

// The languages besides the default (English) that the built-in customer templates (emails and SMS) come in:
// "de", "fr", "es". Each has its own layout; staff chat messages are in the default language only.
QStringList builtInLanguages();

// One of builtInTemplates() by id ("shipped", "shipped_sms") and language, reading only its own files; none for
// an id that is not built in, or a language it does not come in (chat messages and staff alerts: the default
// language only).
std::optional<MessageTemplate> builtInTemplate(const QString &templateId, const QString &language = {});

// Where a built-in template id comes in builtInTemplates() (the way an order goes: confirmed, paid, ..., back in
// stock; each email before its chat and SMS variant), for lists in that order; -1 for other ids.
int builtInRank(const QString &templateId);

// The built-in template that suits a rule trigger (the names of AppConfig's isValidTrigger, e.g.
// "order.created", "shipment.status:out_for_delivery", "shipment.delayed"; also "order.backordered" and
// "stock.status:back_in_stock", "stock.status:low_stock", "stock.status:out_of_stock") for a kind ("email",
// "chat", "sms"); empty when none fits (the staff's stock alerts have no SMS).
QString suggestedTemplate(const QString &trigger, const QString &kind);

} // namespace Tidings
