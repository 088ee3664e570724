#include "sources/airtableadapter.h"

#include "sources/hmac.h"
#include "sources/payloadfields.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMessageAuthenticationCode>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

QByteArray macHeader()
{
    return QByteArrayLiteral("x-airtable-content-mac");
}

constexpr QByteArrayView macPrefix = "hmac-sha256=";
constexpr qsizetype sha256Length = 32;

bool isHex(QByteArrayView text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}

// The script the owner runs once: Airtable has no screen for API webhooks. Not translated: it is code.
QString createWebhookScript()
{
    return uR"(# Creates the Airtable webhook that tells Tidings about changes to your orders table.
# Replace YOUR_TOKEN (your personal access token), appYOURBASEID (the base id) and
# tblYOURTABLEID (the orders table id), then run this in a terminal.
curl -X POST "https://api.airtable.com/v0/bases/appYOURBASEID/webhooks" \
  -H "Authorization: Bearer YOUR_TOKEN" \
  -H "Content-Type: application/json" \
  --data '{"notificationUrl": "{{url}}",
           "specification": {"options": {
             "filters": {"dataTypes": ["tableData"], "recordChangeScope": "tblYOURTABLEID"},
             "includes": {"includeCellValuesInFieldIds": "all"}}}}'
# Airtable answers {"id": "ach...", "macSecretBase64": "...", "expirationTime": "..."}.
# Enter the id as the webhook id and the macSecretBase64 as the MAC secret in Tidings.
# Airtable shows the macSecretBase64 only this once.
)"_s;
}

} // namespace

QString AirtableAdapter::typeName()
{
    return u"airtable"_s;
}

QString AirtableAdapter::pingTopic()
{
    return u"airtable.ping"_s;
}

SourceTypeInfo AirtableAdapter::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Airtable");
    info.summary = tr("New and changed order rows in an Airtable table: statuses, tracking numbers, customers.");
    info.secrets = {
        {u"macSecret"_s, tr("Webhook MAC secret"),
         tr("The macSecretBase64 value Airtable returns once, when the webhook is created with the command "
            "below. Paste it exactly as shown."),
         false, false},
        {u"apiToken"_s, tr("Personal access token"),
         tr("Create it at airtable.com/create/tokens with the scopes data.records:read and webhook:manage "
            "(add schema.bases:read to use column names in the field map) and access to this base. Tidings "
            "uses it to read the changes."),
         false, false},
    };
    info.options = {
        {u"baseId"_s, tr("Base id"), tr("Starts with \"app\"; it is part of the base's address in the browser."),
         u"appXXXXXXXXXXXXXX"_s, true},
        {u"webhookId"_s, tr("Webhook id"), tr("Starts with \"ach\"; Airtable returns it when the webhook is created."),
         u"achXXXXXXXXXXXXXX"_s, true},
        {u"tableId"_s, tr("Orders table id"),
         tr("Starts with \"tbl\". Optional: when set, changes in other tables of the base are ignored."),
         u"tblXXXXXXXXXXXXXX"_s, false},
        {u"fieldMap"_s, tr("Field map"),
         tr("Which column holds what, as JSON: column id or name → orderId, orderNumber, customerName, "
            "customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice or currency. For stock "
            "levels: sku, productName, stockQuantity, stockStatus and location; a row with a SKU and a quantity "
            "or stock status but no order id is read as the product's stock."),
         uR"({"Order": "orderNumber", "Email": "customerEmail", "Status": "orderStatus", "Tracking": "trackingNumber"})"_s,
         true},
        {u"statusMap"_s, tr("Status map"),
         tr("Your status words and what they mean, as JSON (any letter case): paid, shipped, delivered, "
            "cancelled, refunded, ... Words not listed are kept but notify nobody."),
         uR"({"Dispatched": "shipped", "Payment received": "paid"})"_s, false},
    };
    info.setupSteps = {
        tr("Create a personal access token at airtable.com/create/tokens with the scopes data.records:read and "
           "webhook:manage (and schema.bases:read if the field map uses column names), give it access to your "
           "orders base, and paste it into Tidings."),
        tr("Enter the base id (\"app…\", in the base's address) and, optionally, the orders table id (\"tbl…\")."),
        tr("Airtable has no screen for webhooks: create one with the command below, in a terminal, after putting in "
           "your token, base id and table id. It tells Airtable to notify this address: %1"),
        tr("Airtable answers with an id (\"ach…\") and a macSecretBase64: enter the id as the webhook id and paste "
           "the macSecretBase64 as the webhook MAC secret. Airtable shows the secret only once."),
        tr("Fill in the field map and the status map so Tidings knows which columns hold the order number, email, "
           "status and tracking number."),
        tr("Change a row in the table: the change appears in Tidings' Monitor. Tidings also reads the changes when "
           "it starts and every few hours, which keeps the webhook alive: Airtable switches off a webhook that "
           "nobody has read for 7 days, and it then has to be created again."),
    };
    info.script = createWebhookScript();
    return info;
}

QString AirtableAdapter::type() const
{
    return typeName();
}

QList<QByteArray> AirtableAdapter::secretHeaderNames() const
{
    return {macHeader()};
}

Result<ParsedWebhook> AirtableAdapter::parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                                    const QByteArray &signingSecret) const
{
    const QByteArray mac = request.header(macHeader()).trimmed();
    if (mac.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A request reached the Airtable address of \"%1\" without Airtable's signature, so it "
                              "was refused. Only Airtable should send requests to this address.")
                               .arg(source.name),
                           u"missing X-Airtable-Content-MAC header"_s);
    }
    if (signingSecret.trimmed().isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("No webhook MAC secret is saved for \"%1\", so Airtable's notifications cannot be "
                              "checked and were refused. Add the macSecretBase64 in Connections.")
                               .arg(source.name),
                           u"no MAC secret configured"_s);
    }
    const auto key = QByteArray::fromBase64Encoding(signingSecret.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (key.decodingStatus != QByteArray::Base64DecodingStatus::Ok || key.decoded.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("The webhook MAC secret saved for \"%1\" is not the macSecretBase64 value Airtable "
                              "returned (it is not base64 text), so notifications cannot be checked. Paste the "
                              "value again in Connections.")
                               .arg(source.name),
                           u"MAC secret is not valid base64"_s);
    }
    const QByteArrayView hex = QByteArrayView(mac).sliced(std::min(macPrefix.size(), mac.size()));
    if (!mac.startsWith(macPrefix) || hex.size() != 2 * sha256Length || !isHex(hex)) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A notification for \"%1\" carried a signature in a form Airtable does not use, so it "
                              "was refused.")
                               .arg(source.name),
                           u"X-Airtable-Content-MAC is not hmac-sha256=<64 hex digits>"_s);
    }
    const QByteArray expected = QMessageAuthenticationCode::hash(request.body, key.decoded, QCryptographicHash::Sha256);
    if (!constantTimeEquals(expected, QByteArray::fromHex(hex.toByteArray()))) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A notification's signature does not match the webhook MAC secret saved for \"%1\". "
                              "Check that the secret belongs to this webhook (Airtable makes a new one for every "
                              "webhook).")
                               .arg(source.name),
                           u"X-Airtable-Content-MAC does not match the body"_s);
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::make(
            ErrorCode::InvalidInput,
            tr("Airtable sent a notification for \"%1\" that is not a JSON object, so it could not be "
               "read.")
                .arg(source.name),
            parseError.error != QJsonParseError::NoError
                ? u"body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)
                : u"body is JSON but not an object"_s);
    }
    const QJsonObject object = document.object();
    const QString baseId = field(object.value("base"_L1).toObject(), "id"_L1);
    const QString webhookId = field(object.value("webhook"_L1).toObject(), "id"_L1);
    const QString timestamp = field(object, "timestamp"_L1);
    if (baseId.isEmpty() || webhookId.isEmpty() || timestamp.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("Airtable sent a notification for \"%1\" without its base, webhook or time, so it "
                              "cannot be matched to a webhook.")
                               .arg(source.name),
                           u"notification lacks base.id, webhook.id or timestamp"_s);
    }

    // The MAC proves Airtable sent this with the secret we hold, so different ids mean the ids saved in
    // Connections are wrong, not that someone forged a request. 400 (not 401) says "wrong settings" rather
    // than "bad signature", and the fetcher would read the wrong webhook anyway.
    const QString expectedBase = field(source.options, "baseId"_L1);
    const QString expectedWebhook = field(source.options, "webhookId"_L1);
    if ((!expectedBase.isEmpty() && baseId != expectedBase) ||
        (!expectedWebhook.isEmpty() && webhookId != expectedWebhook)) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("Airtable sent a notification for base %1, webhook %2, but \"%3\" is set up for base "
                              "%4, webhook %5. Check the base id and webhook id in Connections.")
                               .arg(baseId, webhookId, source.name, expectedBase, expectedWebhook),
                           u"notification ids %1/%2 differ from the configured %3/%4"_s.arg(
                               baseId, webhookId, expectedBase, expectedWebhook));
    }

    ParsedWebhook parsed;
    parsed.topic = pingTopic();
    parsed.eventId = timestamp + u':' + webhookId;
    return parsed;
}

} // namespace Tidings
