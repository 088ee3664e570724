#include "templates/statuswords.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct StatusWords
{
    const char16_t *name;
    const char16_t *de;
    const char16_t *fr;
    const char16_t *es;
};

// What a shop writes to its customers, not the owner's wording in the window ("On hold" is an order the shop
// holds; the customer reads that it is being checked).
constexpr std::array orderWords{
    StatusWords{u"pending", u"Zahlung ausstehend", u"En attente de paiement", u"Pendiente de pago"},
    StatusWords{u"paid", u"Bezahlt", u"Payée", u"Pagado"},
    StatusWords{u"on_hold", u"In Prüfung", u"En cours de vérification", u"En revisión"},
    StatusWords{u"partially_shipped", u"Teilweise versandt", u"Partiellement expédiée", u"Enviado en parte"},
    StatusWords{u"shipped", u"Versandt", u"Expédiée", u"Enviado"},
    StatusWords{u"delivered", u"Zugestellt", u"Livrée", u"Entregado"},
    StatusWords{u"completed", u"Abgeschlossen", u"Terminée", u"Completado"},
    StatusWords{u"cancelled", u"Storniert", u"Annulée", u"Cancelado"},
    StatusWords{u"refunded", u"Erstattet", u"Remboursée", u"Reembolsado"},
    StatusWords{u"partially_refunded", u"Teilweise erstattet", u"Partiellement remboursée", u"Reembolsado en parte"},
    StatusWords{u"failed", u"Fehlgeschlagen", u"Échouée", u"Fallido"},
};

constexpr std::array shipmentWords{
    StatusWords{u"label_created", u"Versandetikett erstellt", u"Étiquette créée", u"Etiqueta creada"},
    StatusWords{u"in_transit", u"Unterwegs", u"En transit", u"En tránsito"},
    StatusWords{u"out_for_delivery", u"In Zustellung", u"En cours de livraison", u"En reparto"},
    StatusWords{u"attempted_delivery", u"Zustellversuch", u"Tentative de livraison", u"Intento de entrega"},
    StatusWords{u"ready_for_pickup", u"Abholbereit", u"Prêt à être retiré", u"Listo para recoger"},
    StatusWords{u"delivered", u"Zugestellt", u"Livré", u"Entregado"},
    StatusWords{u"exception", u"Problem bei der Zustellung", u"Problème de livraison", u"Incidencia en la entrega"},
    StatusWords{u"returned_to_sender", u"Zurück an den Absender", u"Retourné à l'expéditeur", u"Devuelto al remitente"},
    StatusWords{u"cancelled", u"Storniert", u"Annulé", u"Cancelado"},
};

template <std::size_t N>
QString lookUp(const std::array<StatusWords, N> &words, QStringView statusName, QStringView language)
{
    for (const StatusWords &entry : words) {
        if (statusName != QStringView(entry.name)) {
            continue;
        }
        if (language == u"de") {
            return QString::fromUtf16(entry.de);
        }
        if (language == u"fr") {
            return QString::fromUtf16(entry.fr);
        }
        if (language == u"es") {
            return QString::fromUtf16(entry.es);
        }
        return {};
    }
    return {};
}

void relabel(QJsonObject &context, const QString &key, StatusWordKind kind, QStringView language)
{
    const auto part = context.constFind(key);
    if (part == context.constEnd() || !part->isObject()) {
        return;
    }
    QJsonObject object = part->toObject();
    const QString label = customerStatusLabel(kind, object.value(u"status"_s).toString(), language);
    if (label.isEmpty()) {
        return;
    }
    object.insert(u"statusLabel"_s, label);
    context.insert(key, object);
}

} // namespace

QString customerStatusLabel(StatusWordKind kind, QStringView statusName, QStringView language)
{
    return kind == StatusWordKind::Order ? lookUp(orderWords, statusName, language)
                                         : lookUp(shipmentWords, statusName, language);
}

QJsonObject withStatusLabelsIn(QJsonObject context, QStringView language)
{
    relabel(context, u"order"_s, StatusWordKind::Order, language);
    relabel(context, u"shipment"_s, StatusWordKind::Shipment, language);
    return context;
}

} // namespace Tidings
