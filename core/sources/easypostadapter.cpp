#include "sources/easypostadapter.h"

#include "sources/hmac.h"
#include "sources/payloadfields.h"
#include "sources/samplewebhook.h"

#include <QCryptographicHash>
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

constexpr qsizetype sha256HexLength = 64;

QByteArray signatureHeader()
{
    return QByteArrayLiteral("x-hmac-signature");
}

bool isHex(const QByteArray &text)
{
    for (const char c : text) {
        const bool digit = c >= '0' && c <= '9';
        const bool lower = c >= 'a' && c <= 'f';
        const bool upper = c >= 'A' && c <= 'F';
        if (!digit && !lower && !upper) {
            return false;
        }
    }
    return true;
}

// The time of the latest scan, else the tracker's own update time.
QDateTime latestDetailTime(const QJsonObject &tracker)
{
    const QJsonArray details = tracker.value("tracking_details"_L1).toArray();
    for (qsizetype i = details.size() - 1; i >= 0; --i) {
        const QDateTime time = timestamp(field(details.at(i).toObject(), "datetime"_L1));
        if (time.isValid()) {
            return time;
        }
    }
    return {};
}

} // namespace

QString EasyPostAdapter::typeName()
{
    return u"easypost"_s;
}

SourceTypeInfo EasyPostAdapter::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("EasyPost");
    info.summary = tr("Carrier tracking updates (in transit, out for delivery, delivered, returned) for shipments "
                      "Tidings already knows by tracking number.");
    info.secrets = {{u"webhookSecret"_s, tr("Webhook secret"),
                     tr("Tidings made this secret. Paste it into the \"Webhook Secret\" field of the webhook in "
                        "EasyPost, so EasyPost signs every update with it."),
                     true, false}};
    info.setupSteps = {
        tr("In EasyPost, open Account Settings → Webhooks & Events."),
        tr("Click \"Add Webhook\", choose the environment (Production, or Test while you try it) and paste this "
           "URL: %1"),
        tr("Paste the webhook secret Tidings made into \"Webhook Secret\" and save."),
        tr("EasyPost updates shipments by tracking number: the shop's own source (Shopify, WooCommerce, ...) must "
           "send the shipment with its tracking number first, or the update is recorded and nobody is told."),
    };
    return info;
}

QString EasyPostAdapter::type() const
{
    return typeName();
}

QList<QByteArray> EasyPostAdapter::secretHeaderNames() const
{
    return {signatureHeader()};
}

ShipmentStatus EasyPostAdapter::shipmentStatusFor(QStringView status)
{
    struct Mapping
    {
        QStringView raw;
        ShipmentStatus status;
    };

    static constexpr Mapping mappings[] = {
        {u"unknown", ShipmentStatus::Unknown},
        {u"pre_transit", ShipmentStatus::LabelCreated},
        {u"in_transit", ShipmentStatus::InTransit},
        {u"out_for_delivery", ShipmentStatus::OutForDelivery},
        {u"available_for_pickup", ShipmentStatus::ReadyForPickup},
        {u"delivered", ShipmentStatus::Delivered},
        {u"return_to_sender", ShipmentStatus::ReturnedToSender},
        {u"failure", ShipmentStatus::Exception},
        {u"cancelled", ShipmentStatus::Cancelled},
        {u"error", ShipmentStatus::Unknown},
    };
    for (const Mapping &mapping : mappings) {
        if (mapping.raw == status) {
            return mapping.status;
        }
    }
    return ShipmentStatus::Unknown;
}

bool EasyPostAdapter::verifySignature(const QByteArray &body, const QByteArray &secret, const QByteArray &header)
{
    static const QByteArray prefix = QByteArrayLiteral("hmac-sha256-hex=");
    const QByteArray value = header.trimmed();
    if (secret.isEmpty() || !value.startsWith(prefix)) {
        return false;
    }
    const QByteArray hex = value.mid(prefix.size());
    if (hex.size() != sha256HexLength || !isHex(hex)) {
        return false;
    }
    const QByteArray key = QString::fromUtf8(secret).normalized(QString::NormalizationForm_KD).toUtf8();
    const QByteArray expected = QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256);
    return constantTimeEquals(expected, QByteArray::fromHex(hex));
}

Result<ParsedWebhook> EasyPostAdapter::parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                                    const QByteArray &signingSecret) const
{
    const QByteArray signature = request.header(signatureHeader());
    if (signature.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A request reached this EasyPost connection's address without an EasyPost signature, so "
                              "it was refused. Check that the webhook in EasyPost has the secret Tidings made."),
                           u"missing X-Hmac-Signature header"_s);
    }
    if (signingSecret.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("No webhook secret is saved for this EasyPost connection, so its updates cannot be "
                              "checked and were refused. Set the secret again in Connections."),
                           u"no webhook secret configured"_s);
    }
    if (!verifySignature(request.body, signingSecret, signature)) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("An EasyPost update's signature does not match the webhook secret saved for this "
                              "connection. Paste the secret from Tidings into the webhook in EasyPost again."),
                           u"X-Hmac-Signature does not match the body"_s);
    }

    auto read = jsonObject(request.body,
                           tr("EasyPost sent an update whose content is not a JSON object, so it could not be read."));
    if (!read) {
        return read.error();
    }
    const QJsonObject object = std::move(read).value();

    ParsedWebhook parsed;
    parsed.topic = field(object, "description"_L1);
    parsed.eventId = field(object, "id"_L1);
    if (parsed.topic.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("EasyPost sent an event without a description, so Tidings cannot tell what happened."),
                           u"event has no description"_s);
    }
    if (parsed.topic != "tracker.created"_L1 && parsed.topic != "tracker.updated"_L1) {
        return parsed; // recorded, nobody is told
    }

    const QJsonValue resultValue = object.value("result"_L1);
    const QJsonObject tracker = resultValue.toObject();
    const QString trackingCode = field(tracker, "tracking_code"_L1);
    if (!resultValue.isObject() || trackingCode.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("EasyPost sent a tracker update without a tracking code, so it cannot be matched to a "
                              "shipment."),
                           u"%1 has no result.tracking_code"_s.arg(parsed.topic));
    }

    const QString status = field(tracker, "status"_L1);
    const QString statusDetail = field(tracker, "status_detail"_L1);

    OrderEvent event;
    event.sourceId = source.id;
    event.sourceType = typeName();
    event.sourceEventId = parsed.eventId;
    event.topic = parsed.topic;
    event.rawPayload = request.body;
    event.trackingNumber = trackingCode;
    event.carrier = field(tracker, "carrier"_L1);
    event.trackingUrl = webUrl(field(tracker, "public_url"_L1));
    event.shipmentStatus = shipmentStatusFor(status);
    event.rawShipmentStatus = u"status="_s + status + u";status_detail="_s + statusDetail;
    event.occurredAt = latestDetailTime(tracker);
    if (!event.occurredAt.isValid()) {
        event.occurredAt = firstTimestamp(
            {field(tracker, "updated_at"_L1), field(object, "updated_at"_L1), field(object, "created_at"_L1)});
    }
    parsed.events.append(std::move(event));
    return parsed;
}

std::optional<WebhookRequest> EasyPostAdapter::sampleWebhook(const SourceConfig &source,
                                                             const QByteArray &signingSecret) const
{
    if (signingSecret.isEmpty()) {
        return std::nullopt;
    }
    // A parcel no order has: recorded and shown, nobody is notified.
    const QString reference = Sample::testReference();
    const QJsonObject tracker{{"object"_L1, u"Tracker"_s},
                              {"id"_L1, QString(u"trk_"_s + reference)},
                              {"tracking_code"_L1, reference},
                              {"status"_L1, u"in_transit"_s},
                              {"carrier"_L1, u"TidingsTest"_s}};
    const QJsonObject event{{"object"_L1, u"Event"_s},
                            {"id"_L1, QString(u"evt_"_s + QUuid::createUuid().toString(QUuid::Id128))},
                            {"description"_L1, u"tracker.updated"_s},
                            {"mode"_L1, u"test"_s},
                            {"result"_L1, tracker}};
    WebhookRequest request =
        Sample::request(source, QJsonDocument(event).toJson(QJsonDocument::Compact), "application/json");
    const QByteArray key = QString::fromUtf8(signingSecret).normalized(QString::NormalizationForm_KD).toUtf8();
    request.headers.insert(signatureHeader(),
                           "hmac-sha256-hex=" +
                               QMessageAuthenticationCode::hash(request.body, key, QCryptographicHash::Sha256).toHex());
    return request;
}

} // namespace Tidings
