#include "sources/genericadapter.h"

#include "sources/genericmapping.h"
#include "sources/hmac.h"
#include "sources/payloadfields.h"
#include "sources/samplewebhook.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

Q_LOGGING_CATEGORY(lcGeneric, "tidings.sources.generic")

constexpr qsizetype sha256Length = 32;

QList<QByteArray> defaultTokenHeaders()
{
    return {QByteArrayLiteral("x-tidings-token"), QByteArrayLiteral("x-webhook-token")};
}

QList<QByteArray> defaultSignatureHeaders()
{
    return {QByteArrayLiteral("x-tidings-signature"), QByteArrayLiteral("x-webhook-signature")};
}

// What the owner calls a header in a message: "X-Tidings-Token", or "X-Tidings-Token or X-Webhook-Token".
QString headerWords(const QList<QByteArray> &names, const QString &configured)
{
    if (!configured.isEmpty()) {
        return configured;
    }
    QStringList words;
    for (const QByteArray &name : names) {
        QString word = QString::fromLatin1(name);
        bool upper = true;
        for (QChar &c : word) {
            c = upper ? c.toUpper() : c;
            upper = c == u'-';
        }
        words.append(word);
    }
    return words.join(GenericAdapter::tr(" or "));
}

struct Presented
{
    QByteArray name;
    QByteArray value;
};

std::optional<Presented> firstPresent(const WebhookRequest &request, const QList<QByteArray> &names)
{
    for (const QByteArray &name : names) {
        const QByteArray value = request.header(name).trimmed();
        if (!value.isEmpty()) {
            return Presented{name, value};
        }
    }
    return std::nullopt;
}

// Digests first, so neither the secret's length nor where a wrong token differs shows in the timing.
bool tokenMatches(QByteArray value, const QByteArray &secret, const QByteArray &headerName)
{
    if (headerName == "authorization" && value.left(7).toLower() == "bearer ") {
        value = value.mid(7).trimmed();
    }
    const QByteArray expected = QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
    const QByteArray given = QCryptographicHash::hash(value, QCryptographicHash::Sha256);
    return constantTimeEquals(expected, given);
}

bool isHex(const QByteArray &text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}

bool signatureMatches(QByteArray value, const QByteArray &body, const QByteArray &secret, bool base64,
                      const QByteArray &prefix)
{
    if (!prefix.isEmpty() && value.left(prefix.size()).toLower() == prefix.toLower()) {
        value = value.mid(prefix.size()).trimmed();
    }
    QByteArray decoded;
    if (base64) {
        const auto result = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
        if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
            return false;
        }
        decoded = result.decoded;
    } else {
        if (value.size() != 2 * sha256Length || !isHex(value)) {
            return false;
        }
        decoded = QByteArray::fromHex(value);
    }
    if (decoded.size() != sha256Length) {
        return false;
    }
    return constantTimeEquals(QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256), decoded);
}

QString sourceLabel(const SourceConfig &source)
{
    return source.name.isEmpty() ? source.id : source.name;
}

QString script(const QString &fileName)
{
    QFile file(u":/scripts/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGeneric) << "Built-in script missing:" << fileName;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString GenericAdapter::typeName()
{
    return u"generic"_s;
}

QList<SourceTypeInfo> GenericAdapter::typeInfos()
{
    const SourceSecretInfo secret{
        u"webhookSecret"_s, tr("Webhook secret"),
        tr("Tidings made this secret. Give it to the sender as the value of the X-Tidings-Token header, as the "
           "steps say. Anyone who has it can send events to this connection."),
        true, false};

    const auto entry = [&secret](const QString &preset, const QString &name, const QString &summary,
                                 const QStringList &steps, const QString &scriptText) {
        SourceTypeInfo info;
        info.type = typeName();
        info.preset = preset;
        info.displayName = name;
        info.summary = summary;
        info.secrets = {secret};
        info.setupSteps = steps;
        info.script = scriptText;
        return info;
    };

    const QString exampleBody = script(u"generic-json-body.json"_s);
    return {
        entry(u"zapier"_s, tr("Zapier"), tr("Orders, shipments and stock changes from any app a Zap starts from."),
              {
                  tr("In your Zap, add an action step \"Webhooks by Zapier\" with the event \"Custom Request\"."),
                  tr("Set Method to POST and URL to %1."),
                  tr("In Data, paste the example body below and replace each value with a field from your trigger. "
                     "Keep the names on the left."),
                  tr("In Headers, add X-Tidings-Token with the secret Tidings made for this connection, and "
                     "Content-Type with application/json."),
                  tr("Test the step: the event appears in Tidings' Monitor. Give every change its own event_id; a "
                     "repeat with the same event_id is recorded once and tells nobody."),
              },
              exampleBody),
        entry(u"powerautomate"_s, tr("Microsoft Power Automate"),
              tr("Orders, shipments and stock changes from any flow, e.g. from Dynamics 365, SharePoint or Excel."),
              {
                  tr("In your flow, add the action \"HTTP\" (a premium connector)."),
                  tr("Set Method to POST and URI to %1."),
                  tr("In Headers, add X-Tidings-Token with the secret Tidings made for this connection, and "
                     "Content-Type with application/json."),
                  tr("In Body, paste the example below and replace the values with dynamic content from your "
                     "trigger."),
                  tr("Save and test the flow. Power Automate tries again by itself when Tidings answers 408, 429 or "
                     "5xx; a request Tidings refuses for good (4xx) shows as a failed run."),
              },
              exampleBody),
        entry(u"googlesheets"_s, tr("Google Sheets"),
              tr("Orders kept as rows in a spreadsheet: a row is sent whenever someone edits it."),
              {
                  tr("Keep one order per row, with the column names in row 1: Order ID, Order Number, Customer, "
                     "Email, Phone, Status, Carrier, Tracking Number, Tracking URL, Total, Currency. Other "
                     "columns are sent too and can be mapped below."),
                  tr("In the spreadsheet, open Extensions → Apps Script, replace the editor's content with the "
                     "script below and click Save. Change ORDER_SHEET in it if your tab is not called \"Orders\"."),
                  tr("Choose the function installTidingsTrigger and click Run once. Google asks you to allow the "
                     "script to connect to an external service: allow it."),
                  tr("Edit a cell of an order row: the row is sent to %1 and appears in Tidings' Monitor."),
                  tr("Only edits a person makes in the sheet are sent. Rows written by other scripts, imports or "
                     "forms are not, because Google fires no edit trigger for them."),
              },
              script(u"google-sheets-apps-script.gs"_s)),
        entry(u"netsuite"_s, tr("Oracle NetSuite"),
              tr("Sales orders and item fulfillments, sent by a SuiteScript each time one is saved."),
              {
                  tr("Save the script below as tidings_user_event.js and upload it to the File Cabinet "
                     "(Documents → Files → SuiteScripts)."),
                  tr("Open Customization → Scripting → Scripts → New, choose the file and create the script "
                     "record (type User Event)."),
                  tr("Deploy it twice, on Sales Order and on Item Fulfillment, with status Released."),
                  tr("After each save the script posts to %1; save a sales order and it appears in Tidings' "
                     "Monitor."),
                  tr("NetSuite does not try again when a post fails: the record is saved anyway and the error is "
                     "in the deployment's Execution Log."),
              },
              script(u"netsuite-user-event.js"_s)),
        entry(u"klaviyo"_s, tr("Klaviyo flow"),
              tr("Order events a Klaviyo flow reacts to, such as Placed Order or Fulfilled Order."),
              {
                  tr("In Klaviyo, open the flow that starts from the event to pass on (e.g. \"Placed Order\" or "
                     "\"Fulfilled Order\") and add a Webhook action."),
                  tr("Set the Destination URL to %1."),
                  tr("Under Headers, add X-Tidings-Token with the secret Tidings made for this connection. "
                     "Klaviyo's flow webhooks cannot sign what they send, so this header is how Tidings knows "
                     "them."),
                  tr("Paste the body below. Set \"event\" to \"order.created\" in a Placed Order flow and to "
                     "\"order.shipped\" in a Fulfilled Order flow, and check the values with Klaviyo's Preview."),
                  tr("Save the action and set it live."),
              },
              script(u"klaviyo-flow-webhook-body.json"_s)),
        entry(u"custom"_s, tr("Other system (JSON webhook)"),
              tr("Anything that can POST JSON: you tell Tidings where each field is."),
              {
                  tr("Have your system POST JSON to %1 whenever an order, shipment or stock level changes."),
                  tr("Send the header X-Tidings-Token with the secret Tidings made, or sign the raw body: "
                     "X-Tidings-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>."),
                  tr("Use the example body below, or tell Tidings where your fields are in the mapping and test it "
                     "with a sample."),
                  tr("Give every change its own event_id: a repeat is recorded once. Send several events at once as "
                     "a JSON list."),
              },
              exampleBody),
    };
}

QString GenericAdapter::type() const
{
    return typeName();
}

QList<QByteArray> GenericAdapter::secretHeaderNames() const
{
    return defaultTokenHeaders() + defaultSignatureHeaders();
}

QList<QByteArray> GenericAdapter::secretHeaderNamesFor(const SourceConfig &source) const
{
    QList<QByteArray> names = secretHeaderNames();
    const QString configured = source.options.value("auth"_L1).toObject().value("header"_L1).toString().trimmed();
    if (!configured.isEmpty()) {
        names.append(configured.toLower().toLatin1());
    }
    return names;
}

Status GenericAdapter::authenticate(const WebhookRequest &request, const SourceConfig &source, const QByteArray &secret)
{
    const QString name = sourceLabel(source);
    const QJsonObject auth = source.options.value("auth"_L1).toObject();
    const QString mode = auth.value("mode"_L1).toString().trimmed().toLower();
    const QString configuredHeader = auth.value("header"_L1).toString().trimmed();
    const QByteArray header = configuredHeader.toLower().toLatin1();

    if (!mode.isEmpty() && mode != "header"_L1 && mode != "hmac"_L1) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("The connection %1 is set to check requests in a way Tidings does not know (\"%2\"), "
                              "so every request is refused. Choose \"header\" or \"hmac\" in Connections.")
                               .arg(name, mode),
                           u"unknown auth mode"_s);
    }
    if (secret.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("No webhook secret is saved for %1, so its requests cannot be checked and were refused. "
                              "Open Connections and make a new secret.")
                               .arg(name),
                           u"no webhook secret configured"_s);
    }

    const bool hmacMode = mode == "hmac"_L1;
    const bool either = mode.isEmpty() && header.isEmpty();
    const QList<QByteArray> tokenHeaders = header.isEmpty() ? defaultTokenHeaders() : QList<QByteArray>{header};
    const QList<QByteArray> signatureHeaders = header.isEmpty() ? defaultSignatureHeaders() : QList<QByteArray>{header};
    const bool base64 = auth.value("encoding"_L1).toString().trimmed().compare("base64"_L1, Qt::CaseInsensitive) == 0;
    const QByteArray prefix =
        auth.contains("prefix"_L1) ? auth.value("prefix"_L1).toString().toUtf8() : QByteArrayLiteral("sha256=");

    if (!hmacMode) {
        if (const auto token = firstPresent(request, tokenHeaders)) {
            if (tokenMatches(token->value, secret, token->name)) {
                return {};
            }
            return Error::make(ErrorCode::Unauthorized,
                               tr("A request to the webhook address of %1 carried a wrong secret in %2, so it was "
                                  "refused. Copy the secret from Connections into the sender again.")
                                   .arg(name, headerWords({token->name}, configuredHeader)),
                               u"token header does not match the secret"_s);
        }
    }
    if (hmacMode || either) {
        if (const auto signature = firstPresent(request, signatureHeaders)) {
            if (signatureMatches(signature->value, request.body, secret, hmacMode && base64, prefix)) {
                return {};
            }
            return Error::make(ErrorCode::Unauthorized,
                               tr("The signature in %2 of a request to %1 does not match the secret saved for this "
                                  "connection, so it was refused. The sender must sign the body exactly as sent with "
                                  "the secret Tidings shows in Connections.")
                                   .arg(name, headerWords({signature->name}, configuredHeader)),
                               u"signature header does not match the body"_s);
        }
    }

    const QString expected = hmacMode ? headerWords(signatureHeaders, configuredHeader)
                             : either ? headerWords(tokenHeaders, {}) + tr(" or ") + headerWords(signatureHeaders, {})
                                      : headerWords(tokenHeaders, configuredHeader);
    return Error::make(ErrorCode::Unauthorized,
                       tr("A request reached the webhook address of %1 without %2, so it was refused. Add the header "
                          "with the secret from Connections to the sender (Zapier, Power Automate, your script).")
                           .arg(name, expected),
                       u"no credential header"_s);
}

Result<ParsedWebhook> GenericAdapter::parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                                   const QByteArray &signingSecret) const
{
    if (Status authenticated = authenticate(request, source, signingSecret); !authenticated) {
        return authenticated.error();
    }

    const GenericMapping mapping(source.options);
    const bool form = request.mediaType() == "application/x-www-form-urlencoded";
    const QDateTime receivedAt = request.receivedAt.isValid() ? request.receivedAt : QDateTime::currentDateTimeUtc();
    const GenericMapping::Outcome outcome = mapping.read(request.body, form, receivedAt);
    if (!outcome.ok()) {
        const QString name = sourceLabel(source);
        const qsizetype more = outcome.problems.size() - 1;
        const QString message =
            more == 0 ? tr("A webhook for %1 was refused: %2 Check the mapping in Connections, or what the sender "
                           "posts.")
                            .arg(name, outcome.problems.first())
                      : tr("A webhook for %1 was refused: %2 (and %n more problem(s)). Check the mapping in "
                           "Connections, or what the sender posts.",
                           nullptr, int(more))
                            .arg(name, outcome.problems.first());
        return Error::make(ErrorCode::InvalidInput, message, outcome.problems.join(u'\n'));
    }

    ParsedWebhook parsed;
    for (const OrderEvent &event : outcome.events) {
        if (!event.topic.isEmpty()) {
            parsed.topic = event.topic;
            break;
        }
    }
    if (parsed.topic.isEmpty()) {
        parsed.topic = !outcome.subscriptions.isEmpty() ? u"stock.subscribe"_s
                       : outcome.stockChanges.isEmpty() ? u"order"_s
                                                        : u"stock"_s;
    }
    if (outcome.eventIds.size() == 1) {
        parsed.eventId = outcome.eventIds.first();
    } else if (outcome.eventIds.size() > 1) {
        // One id for the whole list, the same when the same list comes again.
        const QByteArray joined = outcome.eventIds.join(u'\n').toUtf8();
        parsed.eventId =
            u"list:"_s + QString::fromLatin1(QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex());
    }

    parsed.events = outcome.events;
    for (OrderEvent &event : parsed.events) {
        event.sourceId = source.id;
        event.rawPayload = request.body;
    }
    parsed.subscriptions = outcome.subscriptions;
    parsed.stockChanges = outcome.stockChanges;
    for (StockChange &change : parsed.stockChanges) {
        change.sourceId = source.id;
    }
    return parsed;
}

std::optional<WebhookRequest> GenericAdapter::sampleWebhook(const SourceConfig &source,
                                                            const QByteArray &signingSecret) const
{
    if (signingSecret.isEmpty()) {
        return std::nullopt;
    }
    // A test order without a customer, where this source's mapping looks: recorded, nobody is notified, and a
    // mapping that cannot read it shows its problem in the window.
    const GenericMapping mapping(source.options);
    const QString reference = Sample::testReference();
    const std::pair<QString, QJsonValue> values[] = {
        {u"eventId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"orderId"_s, reference},
        {u"orderNumber"_s, reference},
        {u"orderStatus"_s, u"pending"_s},
    };
    QJsonValue body{QJsonObject()};
    for (const auto &[fieldName, value] : values) {
        const QString path = mapping.path(fieldName);
        if (!path.isEmpty() && !Payload::setValueAt(body, path, value) && fieldName == u"orderId") {
            return std::nullopt;
        }
    }
    if (mapping.path(u"orderId"_s).isEmpty()) {
        return std::nullopt;
    }
    WebhookRequest request =
        Sample::request(source, QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact), "application/json");

    const QJsonObject auth = source.options.value("auth"_L1).toObject();
    const QByteArray header = auth.value("header"_L1).toString().trimmed().toLower().toLatin1();
    if (auth.value("mode"_L1).toString().trimmed().compare("hmac"_L1, Qt::CaseInsensitive) == 0) {
        const QByteArray mac =
            QMessageAuthenticationCode::hash(request.body, signingSecret, QCryptographicHash::Sha256);
        const bool base64 =
            auth.value("encoding"_L1).toString().trimmed().compare("base64"_L1, Qt::CaseInsensitive) == 0;
        const QByteArray prefix =
            auth.contains("prefix"_L1) ? auth.value("prefix"_L1).toString().toUtf8() : QByteArrayLiteral("sha256=");
        request.headers.insert(header.isEmpty() ? QByteArrayLiteral("x-tidings-signature") : header,
                               prefix + (base64 ? mac.toBase64() : mac.toHex()));
    } else {
        request.headers.insert(header.isEmpty() ? QByteArrayLiteral("x-tidings-token") : header, signingSecret);
    }
    return request;
}

} // namespace Tidings
