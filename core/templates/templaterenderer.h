#pragma once

#include "model/orderevent.h"
#include "model/result.h"
#include "templates/messagetemplate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace Tidings {

// Renders MessageTemplates with kainjow Mustache. Thread-safe (no shared state).
//
// Rules every part follows:
//  - a key that is missing renders as nothing; an empty string or null is false in a section
//    ({{#customer.firstName}}...{{/customer.firstName}} is skipped when there is no first name);
//  - partials ({{> name}}) render nothing: templates cannot include other templates.
// The HTML part escapes every value, including {{{triple}}} and {{&ampersand}} tags, so order data a
// customer typed (names, addresses) can never become markup. Subject and text are not escaped; the
// subject is folded to one line (control characters become spaces, runs of spaces collapse).
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::TemplateRenderer)

public:
    enum class Part {
        Subject,
        Html,
        Text,
    };

    // The data a template sees; see the .cpp for the keys.
    static QJsonObject buildContext(const OrderEvent &event, const Brand &brand);

    // Sets the "brand" object and "hasLogo" of a context (e.g. one stored with a notification, rendered
    // later with the current branding), with the same checks as buildContext: a logo URL that is not
    // http(s) is dropped, an accent colour that is not #rgb / #rrggbb becomes the default.
    static void applyBrand(QJsonObject &context, const Brand &brand);

    // HTML part escapes every value; subject and text are not escaped; the subject is folded to
    // one line. A template that does not parse is an InvalidInput error naming the part and the reason.
    static Result<RenderedMessage> render(const MessageTemplate &messageTemplate, const QJsonObject &context);

    // One part on its own, e.g. for a live preview in the editor.
    static Result<QString> renderPart(Part part, const QString &source, const QJsonObject &context);

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

// The templates Tidings ships with (from the :/templates resource): "order_confirmed", "shipped" and
// "shipment_delayed".
QList<MessageTemplate> builtInTemplates();

} // namespace Tidings
