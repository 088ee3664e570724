#pragma once

#include "model/orderevent.h"
#include "model/result.h"
#include "templates/messagetemplate.h"

#include <QJsonObject>
#include <QList>

namespace Tidings {

// Renders MessageTemplates with kainjow Mustache. Thread-safe (no shared state).
class TemplateRenderer
{
public:
    // The data a template sees: {order, customer, shipment, items, brand, ...}; see the .cpp for keys.
    static QJsonObject buildContext(const OrderEvent &event, const Brand &brand);

    // HTML part escapes every {{value}}; subject and text are not escaped; the subject is folded to
    // one line. A template that does not parse is an InvalidInput error naming the part and the reason.
    static Result<RenderedMessage> render(const MessageTemplate &messageTemplate, const QJsonObject &context);
};

// The templates Tidings ships with (from the :/templates resource).
QList<MessageTemplate> builtInTemplates();

} // namespace Tidings
