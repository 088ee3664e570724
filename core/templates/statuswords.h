#pragma once

#include <QJsonObject>
#include <QString>

namespace Tidings {

// The words a customer reads for an order's or a parcel's status (order.statusLabel, shipment.statusLabel) in
// the languages the built-in templates come in. The application's own translations follow the owner's
// language; a message follows its template's, which is the customer's when there is a variant in it.

enum class StatusWordKind {
    Order,
    Shipment
};

// The label of a status name (OrderStatus / ShipmentStatus names, e.g. "in_transit") in `language` ("de", "fr",
// "es"); empty for the default language, another language, or a name it does not know.
QString customerStatusLabel(StatusWordKind kind, QStringView statusName, QStringView language);

// `context` (TemplateRenderer::buildContext) with order.statusLabel and shipment.statusLabel in `language`;
// unchanged where there is no word in that language.
QJsonObject withStatusLabelsIn(QJsonObject context, QStringView language);

} // namespace Tidings
