#include "sources/aftershipadapter.h"

#include "sources/hmac.h"
#include "sources/payloadfields.h"
#include "sources/samplewebhook.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QMessageAuthenticationCode>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

QByteArray hmacHeader()
{
    return QByteArrayLiteral("aftership-hmac-sha256");
}

QString firstTextOf(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QString text = scalarText(entry).trimmed();
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

// The first customers[] entry that has the field; newer API versions replaced emails[] and customer_name
// with customers[]{name, email, phone_number, role, language}.
QString fromCustomers(const QJsonObject &message, QLatin1StringView key)
{
    const QJsonArray customers = message.value("customers"_L1).toArray();
    for (const QJsonValue &entry : customers) {
        const QString text = field(entry.toObject(), key);
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

QString latestCheckpointTime(const QJsonObject &message)
{
    const QJsonArray checkpoints = message.value("checkpoints"_L1).toArray();
    for (qsizetype i = checkpoints.size() - 1; i >= 0; --i) {
        const QString time = field(checkpoints.at(i).toObject(), "checkpoint_time"_L1);
        if (!time.isEmpty()) {
            return time;
        }
    }
    return {};
}

} // namespace

QString AfterShipAdapter::typeName()
{
    return u"aftership"_s;
}

SourceTypeInfo AfterShipAdapter::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("AfterShip");
    info.summary = tr("Carrier tracking updates (in transit, out for delivery, delivered, exceptions) for shipments "
                      "Tidings already knows by tracking number.");
    info.secrets = {
        {u"webhookSecret"_s, tr("Webhook secret"),
         tr("AfterShip shows it in Tracking → Settings → Webhooks, under \"Webhook secret\". Copy it here."), false,
         false}};
    info.setupSteps = {
        tr("In AfterShip, open Tracking → Settings → Webhooks."),
        tr("Add a webhook URL and paste this URL: %1"),
        tr("Choose the shipment status updates to send (at least In transit, Out for delivery, Failed attempt, "
           "Available for pickup, Delivered and Exception)."),
        tr("Copy the webhook secret shown on the same page and paste it into Tidings."),
        tr("AfterShip updates shipments by tracking number: the shop's own source (Shopify, WooCommerce, ...) must "
           "send the shipment with its tracking number first, or the update is recorded and nobody is told."),
    };
    return info;
}

QString AfterShipAdapter::type() const
{
    return typeName();
}

QList<QByteArray> AfterShipAdapter::secretHeaderNames() const
{
    return {hmacHeader()};
}

ShipmentStatus AfterShipAdapter::shipmentStatusFor(QStringView tag, QStringView subtag)
{
    if (tag == u"Exception") {
        return subtag == u"Exception_010" || subtag == u"Exception_011" ? ShipmentStatus::ReturnedToSender
                                                                        : ShipmentStatus::Exception;
    }

    struct Mapping
    {
        QStringView raw;
        ShipmentStatus status;
    };

    static constexpr Mapping mappings[] = {
        {u"Pending", ShipmentStatus::Unknown},
        {u"InfoReceived", ShipmentStatus::LabelCreated},
        {u"InTransit", ShipmentStatus::InTransit},
        {u"OutForDelivery", ShipmentStatus::OutForDelivery},
        {u"AttemptFail", ShipmentStatus::AttemptedDelivery},
        {u"AvailableForPickup", ShipmentStatus::ReadyForPickup},
        {u"Delivered", ShipmentStatus::Delivered},
        {u"Expired", ShipmentStatus::Unknown},
    };
    for (const Mapping &mapping : mappings) {
        if (mapping.raw == tag) {
            return mapping.status;
        }
    }
    return ShipmentStatus::Unknown;
}

Result<ParsedWebhook> AfterShipAdapter::parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                                     const QByteArray &signingSecret) const
{
    const QByteArray signature = request.header(hmacHeader()).trimmed();
    if (signature.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A request reached this AfterShip connection's address without an AfterShip signature, "
                              "so it was refused. Only AfterShip should send requests to this address."),
                           u"missing aftership-hmac-sha256 header"_s);
    }
    if (signingSecret.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("No webhook secret is saved for this AfterShip connection, so its updates cannot be "
                              "checked and were refused. Add the secret in Connections."),
                           u"no webhook secret configured"_s);
    }
    if (!verifyHmacSha256Base64(request.body, signingSecret, signature)) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("An AfterShip update's signature does not match the webhook secret saved for this "
                              "connection. Check the secret in Connections against AfterShip's webhook settings."),
                           u"aftership-hmac-sha256 does not match the body"_s);
    }

    auto read = jsonObject(request.body,
                           tr("AfterShip sent an update whose content is not a JSON object, so it could not be read."));
    if (!read) {
        return read.error();
    }
    const QJsonObject object = std::move(read).value();

    ParsedWebhook parsed;
    parsed.topic = field(object, "event"_L1);
    parsed.eventId = field(object, "event_id"_L1);
    if (parsed.topic.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("AfterShip sent an update without an event name, so Tidings cannot tell what happened."),
                           u"payload has no event"_s);
    }
    if (parsed.topic != "tracking_update"_L1) {
        return parsed; // recorded, nobody is told
    }

    const QJsonValue messageValue = object.value("msg"_L1);
    const QJsonObject message = messageValue.toObject();
    const QString trackingNumber = field(message, "tracking_number"_L1);
    if (!messageValue.isObject() || trackingNumber.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("AfterShip sent a tracking update without a tracking number, so it cannot be matched "
                              "to a shipment."),
                           u"tracking_update has no msg.tracking_number"_s);
    }

    const QString tag = field(message, "tag"_L1);
    const QString subtag = field(message, "subtag"_L1);
    const QString checkpointTime = latestCheckpointTime(message);
    if (parsed.eventId.isEmpty()) {
        parsed.eventId = QStringList{trackingNumber, tag, subtag, checkpointTime}.join(u':');
    }

    OrderEvent event;
    event.sourceId = source.id;
    event.sourceType = typeName();
    event.sourceEventId = parsed.eventId;
    event.topic = parsed.topic;
    event.rawPayload = request.body;
    event.trackingNumber = trackingNumber;
    event.carrier = field(message, "slug"_L1);
    event.trackingUrl = webUrl(
        firstNonEmpty({field(message, "courier_tracking_link"_L1), field(message, "aftership_tracking_url"_L1)}));
    event.shipmentStatus = shipmentStatusFor(tag, subtag);
    event.rawShipmentStatus = u"tag="_s + tag + u";subtag="_s + subtag;
    event.customerEmail = firstNonEmpty({firstTextOf(message.value("emails"_L1)), fromCustomers(message, "email"_L1)});
    event.customerName = firstNonEmpty({field(message, "customer_name"_L1), fromCustomers(message, "name"_L1)});
    event.occurredAt = timestamp(object.value("ts"_L1));
    if (!event.occurredAt.isValid()) {
        event.occurredAt = firstTimestamp({field(message, "updated_at"_L1), checkpointTime});
    }
    parsed.events.append(std::move(event));
    return parsed;
}

std::optional<WebhookRequest> AfterShipAdapter::sampleWebhook(const SourceConfig &source,
                                                              const QByteArray &signingSecret) const
{
    if (signingSecret.isEmpty()) {
        return std::nullopt;
    }
    // A parcel no order has: recorded and shown, nobody is notified.
    const QString reference = Sample::testReference();
    const QJsonObject message{{"tracking_number"_L1, reference},
                              {"slug"_L1, u"tidings-test"_s},
                              {"tag"_L1, u"InTransit"_s},
                              {"title"_L1, tr("Test parcel from Tidings")}};
    const QJsonObject body{{"event"_L1, u"tracking_update"_s},
                           {"event_id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {"is_tracking_first_tag"_L1, true},
                           {"msg"_L1, message},
                           {"ts"_L1, QDateTime::currentSecsSinceEpoch()}};
    WebhookRequest request =
        Sample::request(source, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    request.headers.insert(
        "aftership-hmac-sha256",
        QMessageAuthenticationCode::hash(request.body, signingSecret, QCryptographicHash::Sha256).toBase64());
    return request;
}

} // namespace Tidings
