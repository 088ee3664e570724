#include "sources/hubspotadapter.h"

#include "sources/batcheventid.h"
#include "sources/hmac.h"
#include "sources/payloadfields.h"
#include "sources/samplewebhook.h"
#include "sources/statusmap.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

constexpr QLatin1StringView dealType = "0-3"_L1;
constexpr QLatin1StringView orderType = "0-123"_L1;

QByteArray signatureHeader()
{
    return QByteArrayLiteral("x-hubspot-signature-v3");
}

QByteArray timestampHeader()
{
    return QByteArrayLiteral("x-hubspot-request-timestamp");
}

bool allDigits(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 15) {
        return false;
    }
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// The CRM object type of an event: objectTypeId on generic subscriptions, the subscription's prefix on the
// legacy ones ("deal.propertyChange").
QString objectTypeOf(const QJsonObject &event, const QString &subscriptionType)
{
    const QString explicitType = field(event, "objectTypeId"_L1);
    if (!explicitType.isEmpty()) {
        return explicitType;
    }
    if (subscriptionType.startsWith("deal."_L1)) {
        return dealType;
    }
    return {};
}

bool isStageChange(const QString &subscriptionType, const QString &objectType, const QString &propertyName)
{
    if (!subscriptionType.endsWith(".propertyChange"_L1)) {
        return false;
    }
    return (objectType == dealType && propertyName == "dealstage"_L1) ||
           (objectType == orderType && propertyName == "hs_pipeline_stage"_L1);
}

struct StageChange
{
    QString objectKey; // object type and id: one order per key
    OrderEvent event;
};

} // namespace

QString HubSpotAdapter::typeName()
{
    return u"hubspot"_s;
}

SourceTypeInfo HubSpotAdapter::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("HubSpot");
    info.summary = tr("Deal stage and order pipeline changes from your HubSpot app's webhooks.");
    info.secrets = {{u"clientSecret"_s, tr("Client secret"),
                     tr("HubSpot shows it on your app's Auth tab (for a private app: Settings → Integrations → "
                        "Private Apps → your app → Auth). Copy it here."),
                     false, false}};
    info.options = {
        {u"publicUrl"_s, tr("Public address"),
         tr("The address HubSpot calls, up to but not including /webhooks: your tunnel or relay. HubSpot signs "
            "the full address, so it must match exactly."),
         u"https://abc.trycloudflare.com"_s, true},
        {u"statusMap"_s, tr("Stage map"),
         tr("Which pipeline stage means which order status, as JSON. Use HubSpot's stage ids (deal default "
            "pipeline: appointmentscheduled … closedwon, closedlost; custom stages are numbers). Stages not "
            "listed are recorded and notify nobody."),
         uR"({"closedwon": "paid", "12345678": "shipped", "closedlost": "cancelled"})"_s, false},
    };
    info.setupSteps = {
        tr("In HubSpot, open the app Tidings listens to (Settings → Integrations → Private Apps, or your "
           "developer account's app) and go to its Webhooks tab."),
        tr("Set the target URL to: %1"),
        tr("Create a subscription for Deal → Property changed → \"Deal stage\" (dealstage). For commerce "
           "orders, also Order → Property changed → \"Pipeline stage\" (hs_pipeline_stage). Activate them."),
        tr("Copy the client secret from the app's Auth tab into Tidings, and enter the public part of the "
           "target URL (before /webhooks) as the public address."),
        tr("Fill in the stage map so Tidings knows which stage means paid, shipped or delivered."),
        tr("HubSpot's webhooks carry no customer email: Tidings records every stage change, but only emails "
           "customers of orders whose address it already knows."),
    };
    return info;
}

QString HubSpotAdapter::type() const
{
    return typeName();
}

QList<QByteArray> HubSpotAdapter::secretHeaderNames() const
{
    return {signatureHeader(), QByteArrayLiteral("x-hubspot-signature")};
}

QByteArray HubSpotAdapter::signedUri(const QString &publicUrl, const QByteArray &target)
{
    QByteArray base = publicUrl.trimmed().toUtf8();
    while (base.endsWith('/')) {
        base.chop(1);
    }
    const QByteArray raw = base + target;
    static constexpr char decoded[] = ":/?@!$'()*,;";
    QByteArray uri;
    uri.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == '%' && i + 2 < raw.size()) {
            const int high = hexValue(raw.at(i + 1));
            const int low = hexValue(raw.at(i + 2));
            if (high >= 0 && low >= 0) {
                const char c = static_cast<char>(high * 16 + low);
                if (c != '\0' && std::strchr(decoded, c) != nullptr) {
                    uri.append(c);
                    i += 2;
                    continue;
                }
            }
        }
        uri.append(raw.at(i));
    }
    return uri;
}

StatusMap HubSpotAdapter::stageMap(const SourceConfig &source)
{
    StatusMap map;
    map.addFromOption(source.options.value("statusMap"_L1));
    return map;
}

Result<ParsedWebhook> HubSpotAdapter::parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                                   const QByteArray &signingSecret) const
{
    const QByteArray signature = request.header(signatureHeader()).trimmed();
    const QByteArray requestTimestamp = request.header(timestampHeader()).trimmed();
    if (signature.isEmpty() || requestTimestamp.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A request reached the HubSpot webhook address without HubSpot's signature, so it was "
                              "refused. Only HubSpot should send requests to this address."),
                           u"missing X-HubSpot-Signature-v3 or X-HubSpot-Request-Timestamp header"_s);
    }
    if (!allDigits(requestTimestamp)) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A request reached the HubSpot webhook address with an unreadable time stamp, so it "
                              "was refused."),
                           u"X-HubSpot-Request-Timestamp is not epoch milliseconds"_s);
    }
    const QDateTime now = request.receivedAt.isValid() ? request.receivedAt : QDateTime::currentDateTimeUtc();
    const qint64 skew = now.toMSecsSinceEpoch() - requestTimestamp.toLongLong();
    if (skew > maxClockSkewMs || skew < -maxClockSkewMs) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A HubSpot webhook was refused because its time stamp is more than five minutes away "
                              "from this computer's clock. It may be a replayed request; if this keeps happening, "
                              "check that the computer's date and time are set automatically."),
                           u"X-HubSpot-Request-Timestamp is %1 ms from the time of receipt"_s.arg(skew));
    }
    if (signingSecret.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("No HubSpot client secret is saved for %1, so its webhooks cannot be checked and were "
                              "refused. Add the secret in Connections.")
                               .arg(source.name),
                           u"no client secret configured"_s);
    }
    const QString publicUrl = field(source.options, "publicUrl"_L1);
    if (publicUrl.isEmpty()) {
        return Error::make(ErrorCode::Config,
                           tr("HubSpot webhooks for %1 cannot be checked because its public address is not set. "
                              "Enter the address HubSpot calls (before /webhooks) in Connections; HubSpot will "
                              "send the webhooks again.")
                               .arg(source.name),
                           u"option publicUrl is empty"_s);
    }
    const QByteArray signedContent =
        request.method + signedUri(publicUrl, request.target) + request.body + requestTimestamp;
    if (!verifyHmacSha256Base64(signedContent, signingSecret, signature)) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A HubSpot webhook's signature does not match the client secret and public address "
                              "saved for %1. Check both in Connections.")
                               .arg(source.name),
                           u"X-HubSpot-Signature-v3 does not match"_s);
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().isEmpty()) {
        return Error::make(
            ErrorCode::InvalidInput,
            tr("HubSpot sent a webhook that is not a list of events, so it could not be read."),
            parseError.error != QJsonParseError::NoError
                ? u"body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)
                : u"body is not a non-empty JSON array"_s);
    }

    const StatusMap statusMap = stageMap(source);

    ParsedWebhook parsed;
    QStringList eventIds;
    QStringList topics;
    QList<StageChange> changes;
    const QJsonArray events = document.array();
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString eventId = field(event, "eventId"_L1);
        if (!value.isObject() || eventId.isEmpty()) {
            return Error::make(ErrorCode::InvalidInput,
                               tr("HubSpot sent a webhook with an event Tidings cannot read, so it was refused."),
                               u"an element of the array is not an object with an eventId"_s);
        }
        eventIds.append(eventId);
        const QString subscriptionType = field(event, "subscriptionType"_L1);
        if (!topics.contains(subscriptionType)) {
            topics.append(subscriptionType);
        }

        const QString objectType = objectTypeOf(event, subscriptionType);
        const QString objectId = field(event, "objectId"_L1);
        if (objectId.isEmpty() || !isStageChange(subscriptionType, objectType, field(event, "propertyName"_L1))) {
            continue;
        }
        OrderEvent order;
        order.sourceId = source.id;
        order.sourceType = typeName();
        order.sourceEventId = eventId;
        order.topic = subscriptionType;
        order.orderId = objectId;
        order.rawOrderStatus = field(event, "propertyValue"_L1);
        order.orderStatus = statusMap.resolve({order.rawOrderStatus});
        order.occurredAt = timestamp(event.value("occurredAt"_L1));
        order.rawPayload = request.body;

        // Several changes of one object in a batch: only the latest counts (a later equal time wins).
        const QString key = objectType + u':' + objectId;
        auto same =
            std::find_if(changes.begin(), changes.end(), [&](const StageChange &c) { return c.objectKey == key; });
        if (same == changes.end()) {
            changes.append({key, std::move(order)});
        } else if (!(order.occurredAt < same->event.occurredAt)) {
            same->event = std::move(order);
        }
    }

    parsed.topic = topics.join(u',');
    parsed.eventId = batchEventId(eventIds);
    for (StageChange &change : changes) {
        parsed.events.append(std::move(change.event));
    }
    return parsed;
}

std::optional<WebhookRequest> HubSpotAdapter::sampleWebhook(const SourceConfig &source,
                                                            const QByteArray &signingSecret) const
{
    const QString publicUrl = field(source.options, "publicUrl"_L1);
    if (signingSecret.isEmpty() || publicUrl.isEmpty()) {
        return std::nullopt;
    }
    // A new deal: recorded and shown; only stage changes become order events, so nobody is notified.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject event{{"eventId"_L1, qint64(QRandomGenerator::system()->bounded(1000000000, 2000000000))},
                            {"subscriptionId"_L1, 0},
                            {"portalId"_L1, 0},
                            {"occurredAt"_L1, now},
                            {"subscriptionType"_L1, u"deal.creation"_s},
                            {"attemptNumber"_L1, 0},
                            {"objectId"_L1, Sample::testReference().mid(5).toLongLong()},
                            {"changeSource"_L1, u"TIDINGS_TEST"_s}};
    WebhookRequest request =
        Sample::request(source, QJsonDocument(QJsonArray{event}).toJson(QJsonDocument::Compact), "application/json");
    const QByteArray timestamp = QByteArray::number(now);
    request.headers.insert(timestampHeader(), timestamp);
    request.headers.insert(signatureHeader(),
                           QMessageAuthenticationCode::hash(request.method + signedUri(publicUrl, request.target) +
                                                                request.body + timestamp,
                                                            signingSecret, QCryptographicHash::Sha256)
                               .toBase64());
    return request;
}

} // namespace Tidings
