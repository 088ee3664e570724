#include "sources/polling/googlesheetspoller.h"

#include "sources/genericmapping.h"
#include "sources/payloadfields.h"
#include "sources/polling/pollhttp.h"
#include "sources/statusmap.h"
#include "sources/stockcells.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

// A column the owner can map: the option naming its header, and the headers used when the option is empty
// (the first of them the sheet has): the Apps Script preset's, or the names shops usually give stock columns.
struct Column
{
    QLatin1StringView option;
    std::array<QLatin1StringView, 5> defaultHeaders;
    bool required = false; // for an order sheet
};

// Indexes into Columns.
namespace Col {
enum : int {
    OrderId,
    OrderNumber,
    Status,
    Email,
    Name,
    Tracking,
    Carrier,
    TrackingUrl,
    UpdatedAt,
    Sku,
    Stock,
    StockStatus,
    Product,
    Location,
    Count
};
} // namespace Col

constexpr Column Columns[Col::Count] = {
    {"orderIdColumn"_L1, {"Order ID"_L1}, true},
    {"orderNumberColumn"_L1, {"Order Number"_L1}},
    {"statusColumn"_L1, {"Status"_L1}},
    {"emailColumn"_L1, {"Email"_L1}},
    {"nameColumn"_L1, {"Customer"_L1}},
    {"trackingColumn"_L1, {"Tracking Number"_L1}},
    {"carrierColumn"_L1, {"Carrier"_L1}},
    {"trackingUrlColumn"_L1, {"Tracking URL"_L1}},
    {"updatedAtColumn"_L1, {}},
    {"skuColumn"_L1, {"SKU"_L1, "Product SKU"_L1}},
    {"stockColumn"_L1, {"Stock"_L1, "Quantity"_L1, "Qty"_L1, "Available"_L1, "On hand"_L1}},
    {"stockStatusColumn"_L1, {"Stock status"_L1, "Availability"_L1}},
    {"productColumn"_L1, {"Product"_L1, "Product name"_L1, "Item"_L1}},
    {"locationColumn"_L1, {"Location"_L1, "Warehouse"_L1}},
};

QString headerKey(const QString &header)
{
    return header.simplified().toCaseFolded();
}

QString optionText(const SourceConfig &source, QLatin1StringView key)
{
    return source.options.value(key).toString().trimmed();
}

// The spreadsheet id from the option, which may be the sheet's whole address (…/spreadsheets/d/<id>/edit).
QString spreadsheetIdOf(const SourceConfig &source)
{
    const QString text = optionText(source, "spreadsheetId"_L1);
    const qsizetype at = text.indexOf(u"/d/"_s);
    if (at < 0) {
        return text;
    }
    return text.mid(at + 3).section(u'/', 0, 0).section(u'?', 0, 0).section(u'#', 0, 0);
}

QString rangeOf(const SourceConfig &source)
{
    const QString range = optionText(source, "range"_L1);
    return range.isEmpty() ? u"A1:Z"_s : range;
}

// A time typed into a sheet: ISO or "yyyy-MM-dd HH:mm:ss" (Payload::timestamp), or Sheets' US default
// "M/d/yyyy H:mm:ss". Used only to tell versions of a row apart, so its zone does not matter.
QDateTime sheetTime(const QString &text)
{
    QDateTime time = Payload::timestamp(text);
    for (const QString &format : {u"M/d/yyyy H:mm:ss"_s, u"M/d/yyyy H:mm"_s, u"M/d/yyyy"_s}) {
        if (time.isValid()) {
            break;
        }
        time = QDateTime::fromString(text, format);
        if (time.isValid()) {
            time.setTimeSpec(Qt::UTC);
        }
    }
    return time;
}

struct GoogleError
{
    QString message;
    QString status;
    QString reason;
};

GoogleError googleErrorOf(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value("error"_L1).toObject();
    GoogleError result{error.value("message"_L1).toString(), error.value("status"_L1).toString(), {}};
    for (const QJsonValue &detail : error.value("details"_L1).toArray()) {
        const QString reason = detail.toObject().value("reason"_L1).toString();
        if (!reason.isEmpty()) {
            result.reason = reason;
            break;
        }
    }
    return result;
}

struct SheetsCall
{
    SourceConfig source;
    QUrl url;
    QString apiKey; // travels in the URL: kept out of every message
    bool oauth = false;
    OAuth2Grant grant;
};

} // namespace

QString GoogleSheetsPoller::typeName()
{
    return u"googlesheets"_s;
}

SourceTypeInfo GoogleSheetsPoller::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Google Sheets");
    info.summary = tr("Orders kept in a spreadsheet, one row per order: new rows, status changes and tracking "
                      "numbers, read every few minutes. Also stock levels, one row per product.");
    info.secrets = {
        {u"apiKey"_s, tr("API key"),
         tr("Fill this OR the two Google sign-in fields below. Only for a sheet shared as \"Anyone with the link "
            "can view\"; Google Cloud console → APIs & Services → Credentials."),
         false, false},
        {u"refreshToken"_s, tr("Refresh token (Google sign-in)"),
         tr("For a private sheet, instead of an API key: filled in when you click \"Sign in with Google\" and "
            "sign in with a Google account that can view the sheet (Tidings asks only to read spreadsheets). "
            "You can also paste one made with the scope spreadsheets.readonly."),
         false, false},
        {u"clientSecret"_s, tr("Client secret (Google sign-in)"),
         tr("The secret of the OAuth client the refresh token was made with. Leave empty with an API key."), false,
         false},
    };
    info.options = {
        {u"baseUrl"_s, tr("Google Sheets API address"),
         tr("Leave empty for https://sheets.googleapis.com; change it only for a test server."),
         u"https://sheets.googleapis.com"_s, false},
        {u"spreadsheetId"_s, tr("Spreadsheet"),
         tr("The sheet's address from the browser, or the id in it (the part after /d/)."),
         u"1AbC…xyz or https://docs.google.com/spreadsheets/d/1AbC…xyz/edit"_s, true},
        {u"range"_s, tr("Tab and columns"),
         tr("Which cells to read, first row = the column names. Quote a tab name with spaces: 'Order log'!A1:Z. "
            "Default: the first tab, columns A to Z. At most %1 rows are read.")
             .arg(MaxRows),
         u"'Orders'!A1:Z"_s, false},
        {u"orderIdColumn"_s, tr("Order ID column"),
         tr("The name in the first row of the column that holds each order's id (default \"Order ID\"). Rows "
            "without an id are skipped, unless they hold a product's stock. A stock sheet needs no such column."),
         u"Order ID"_s, false},
        {u"orderNumberColumn"_s, tr("Order number column"),
         tr("Column with the number the customer sees (default \"Order Number\", when the sheet has it)."),
         u"Order Number"_s, false},
        {u"statusColumn"_s, tr("Status column"), tr("Column with the order's status (default \"Status\")."),
         u"Status"_s, false},
        {u"emailColumn"_s, tr("Email column"), tr("Column with the customer's email address (default \"Email\")."),
         u"Email"_s, false},
        {u"nameColumn"_s, tr("Customer name column"), tr("Column with the customer's name (default \"Customer\")."),
         u"Customer"_s, false},
        {u"trackingColumn"_s, tr("Tracking number column"),
         tr("Column with the tracking number (default \"Tracking Number\"). A number appearing here is a new "
            "shipment."),
         u"Tracking Number"_s, false},
        {u"carrierColumn"_s, tr("Carrier column"), tr("Column with the carrier's name (default \"Carrier\")."),
         u"Carrier"_s, false},
        {u"trackingUrlColumn"_s, tr("Tracking link column"),
         tr("Column with the tracking page address (default \"Tracking URL\")."), u"Tracking URL"_s, false},
        {u"updatedAtColumn"_s, tr("Last changed column"),
         tr("Optional: a column with the time each row was last changed (e.g. 2026-03-01 14:05:00). With it, "
            "every change of the row counts, not only status and tracking changes."),
         u"Updated"_s, false},
        {u"skuColumn"_s, tr("SKU column (stock)"),
         tr("For stock levels: the column with each product's SKU (default \"SKU\" or \"Product SKU\"). A row with "
            "a SKU and a stock quantity or stock status but no order id is read as the product's stock."),
         u"SKU"_s, false},
        {u"stockColumn"_s, tr("Stock quantity column"),
         tr("Column with how many are in stock (default \"Stock\", \"Quantity\", \"Qty\", \"Available\" or "
            "\"On hand\"; in a sheet that also has order ids, \"Quantity\" and \"Qty\" count only when named "
            "here). Decimals are rounded down."),
         u"On hand"_s, false},
        {u"stockStatusColumn"_s, tr("Stock status column"),
         tr("Column with words like \"In stock\", \"Low\", \"Out of stock\", \"Sold out\" or \"Backorder\" "
            "(default \"Stock status\" or \"Availability\"). Not needed when the sheet has a quantity."),
         u"Stock status"_s, false},
        {u"productColumn"_s, tr("Product name column (stock)"),
         tr("Column with the product's name, shown in stock messages (default \"Product\", \"Product name\" "
            "or \"Item\")."),
         u"Product"_s, false},
        {u"locationColumn"_s, tr("Warehouse column (stock)"),
         tr("Column naming the warehouse or location, when the stock is kept in several (default \"Location\" "
            "or \"Warehouse\")."),
         u"Warehouse"_s, false},
        {u"statusMap"_s, tr("Your status words"),
         tr("A JSON object from the words in your status column to Tidings' statuses, or \"ignore\". "
            "\"New\", \"Processing\", \"Dispatched\", \"Sent\", \"Done\", \"Returned\", \"On hold\" and Tidings' own "
            "names are known already."),
         u"{\"Packed\": \"paid\", \"Posted\": \"shipped\"}"_s, false},
        {u"clientId"_s, tr("Client ID (Google sign-in)"),
         tr("Only with a refresh token: the OAuth client's ID, ending in .apps.googleusercontent.com."),
         u"1234-abc.apps.googleusercontent.com"_s, false},
        {u"authorizeUrl"_s, tr("Sign-in page address (Google sign-in)"),
         tr("Leave empty for https://accounts.google.com/o/oauth2/v2/auth."),
         u"https://accounts.google.com/o/oauth2/v2/auth"_s, false},
        {u"tokenUrl"_s, tr("Token address (Google sign-in)"),
         tr("Leave empty for https://oauth2.googleapis.com/token."), QString::fromLatin1(DefaultTokenUrl), false},
    };
    info.setupSteps = {
        tr("In the Google Cloud console (console.cloud.google.com), pick or create a project and enable the "
           "\"Google Sheets API\" under APIs & Services → Library."),
        tr("Shared sheet: under APIs & Services → Credentials, \"Create credentials\" → \"API key\", restrict it to "
           "the Google Sheets API, and paste it here. In the sheet, Share → General access → \"Anyone with the "
           "link\" → Viewer."),
        tr("Private sheet instead: under Credentials create an \"OAuth client ID\" of type \"Desktop app\" and "
           "publish the consent screen (\"In production\"; in \"Testing\" Google ends the sign-in after 7 days). "
           "Enter its client ID in the settings, paste its client secret here, and click \"Sign in with Google\": "
           "sign in with an account that can view the sheet and allow Tidings to see your spreadsheets."),
        tr("Make sure the first row of the range holds the column names, and enter the names you use for the "
           "order id, status, email and tracking columns."),
    };
    return info;
}

QString GoogleSheetsPoller::type() const
{
    return typeName();
}

PollOutcome GoogleSheetsPoller::parsePage(const QByteArray &body, const QDateTime &answeredAt,
                                          const SourceConfig &source, QList<QJsonObject> *stockRows)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                                tr("Google Sheets answered with something that is not the sheet's "
                                                   "cells. Tidings will ask again."),
                                                u"answer is not a JSON object: %1"_s.arg(parseError.errorString()),
                                                true));
    }
    PollPage page;
    page.rawBody = body;
    if (answeredAt.isValid()) {
        page.newestSeen = answeredAt.toUTC();
    }
    // An empty range has no "values" at all; trailing empty cells and rows are left out by Google.
    const QJsonArray rows = document.object().value("values"_L1).toArray();
    if (rows.isEmpty()) {
        return PollOutcome::success(std::move(page));
    }
    if (rows.size() - 1 > MaxRows) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Config,
            tr("The sheet of \"%1\" has %2 rows; Tidings reads at most %3 on each check. Narrow the range in the "
               "source's settings, or move finished orders to another tab.")
                .arg(source.name)
                .arg(rows.size() - 1)
                .arg(MaxRows),
            u"%1 data rows"_s.arg(rows.size() - 1)));
    }

    const QJsonArray header = rows.first().toArray();
    QStringList headers;
    QHash<QString, qsizetype> columnOf;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = Payload::scalarText(header.at(i)).trimmed();
        headers.append(name);
        if (!name.isEmpty() && !columnOf.contains(headerKey(name))) {
            columnOf.insert(headerKey(name), i);
        }
    }
    const auto missingColumn = [&](QLatin1StringView option, const QString &name) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Config,
            tr("The first row of the sheet of \"%1\" has no column \"%2\". Check that the column name is "
               "spelled the same in the sheet and in the source's settings, and that the range starts at the "
               "row with the column names.")
                .arg(source.name, name),
            u"%1: header \"%2\" not in [%3]"_s.arg(option, name, headers.join(u", "_s))));
    };
    qsizetype mapped[Col::Count];
    for (int c = 0; c < Col::Count; ++c) {
        mapped[c] = -1;
        const QString configured = optionText(source, Columns[c].option);
        if (!configured.isEmpty()) {
            mapped[c] = columnOf.value(headerKey(configured), -1);
            if (mapped[c] < 0) {
                return missingColumn(Columns[c].option, configured);
            }
            continue;
        }
        for (const QLatin1StringView name : Columns[c].defaultHeaders) {
            // Beside order ids, "Quantity" and "Qty" are how many were ordered, not how many are left.
            const bool orderedQuantity =
                c == Col::Stock && mapped[Col::OrderId] >= 0 && (name == "Quantity"_L1 || name == "Qty"_L1);
            if (!name.isEmpty() && !orderedQuantity && mapped[c] < 0) {
                mapped[c] = columnOf.value(headerKey(name), -1);
            }
        }
    }
    // A stock sheet: a SKU column and a quantity or stock status column. It needs no order id column.
    const bool stockSheet = mapped[Col::Sku] >= 0 && (mapped[Col::Stock] >= 0 || mapped[Col::StockStatus] >= 0);
    if (mapped[Col::OrderId] < 0 && !stockSheet) {
        return missingColumn(Columns[Col::OrderId].option, Columns[Col::OrderId].defaultHeaders.front());
    }

    StatusMap statuses;
    statuses.addFromOption(GenericMapping::presetStatusMap(u"googlesheets"_s)); // the webhook preset's words
    statuses.addFromOption(source.options.value("statusMap"_L1));

    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QJsonArray row = rows.at(r).toArray();
        const auto cell = [&](int column) {
            const qsizetype index = mapped[column];
            return index >= 0 && index < row.size() ? Payload::scalarText(row.at(index)).trimmed() : QString();
        };
        const auto rawRow = [&] {
            QJsonObject raw;
            for (qsizetype i = 0; i < headers.size(); ++i) {
                if (!headers.at(i).isEmpty() && !raw.contains(headers.at(i))) {
                    raw.insert(headers.at(i), i < row.size() ? row.at(i) : QJsonValue(u""_s));
                }
            }
            return raw;
        };
        const QString orderId = cell(Col::OrderId);
        if (orderId.isEmpty()) {
            if (stockSheet) {
                if (std::optional<StockChange> change = stockChangeOf(source, cell(Col::Sku), cell(Col::Stock),
                                                                      cell(Col::StockStatus), cell(Col::UpdatedAt))) {
                    change->productName = cell(Col::Product);
                    change->locationId = cell(Col::Location);
                    page.stock.append(std::move(*change));
                    if (stockRows) {
                        stockRows->append(rawRow());
                    }
                }
            }
            continue;
        }
        OrderEvent event;
        event.orderId = orderId;
        event.sourceId = source.id;
        event.sourceType = typeName();
        event.topic = u"poll/rows"_s;
        event.orderNumber = cell(Col::OrderNumber);
        event.customerEmail = cell(Col::Email);
        event.customerName = cell(Col::Name);
        event.rawOrderStatus = cell(Col::Status);
        if (!event.rawOrderStatus.isEmpty()) {
            event.orderStatus =
                statuses.lookup(event.rawOrderStatus)
                    .value_or(orderStatusFromName(event.rawOrderStatus.toLower()).value_or(OrderStatus::Unknown));
        }
        event.carrier = cell(Col::Carrier);
        event.trackingNumber = cell(Col::Tracking);
        event.shipmentId = event.trackingNumber;
        event.trackingUrl = Payload::webUrl(cell(Col::TrackingUrl));
        event.occurredAt = sheetTime(cell(Col::UpdatedAt));
        event.rawPayload = QJsonDocument(rawRow()).toJson(QJsonDocument::Compact);
        page.events.append(std::move(event));
    }
    return PollOutcome::success(std::move(page));
}

std::optional<StockChange> GoogleSheetsPoller::stockChangeOf(const SourceConfig &source, const QString &sku,
                                                             const QString &quantity, const QString &status,
                                                             const QString &updatedAt)
{
    if (sku.isEmpty()) {
        return std::nullopt;
    }
    StockChange change;
    change.sourceId = source.id;
    change.sourceType = typeName();
    change.productId = sku;
    change.sku = sku;
    change.available = StockCells::quantityOf(quantity);
    change.rawStatus = status;
    if (change.rawStatus.isEmpty() && !change.available) {
        change.rawStatus = quantity; // words in the quantity column ("Sold out"): read as the status
    }
    if (!change.available && change.rawStatus.isEmpty()) {
        return std::nullopt; // neither a quantity nor a status: nothing to tell
    }
    // Only a quantity: the status stays Unknown, the store derives it from the quantity and the threshold.
    change.status = StockCells::statusOf(change.rawStatus);
    change.occurredAt = sheetTime(updatedAt); // invalid without an updated-at cell: compared with the stored level
    return change;
}

QByteArray GoogleSheetsPoller::changedRowsBody(const PollPage &page, const QSet<QString> &previousKeys,
                                               const QList<QJsonObject> &stockRows)
{
    QJsonArray changed;
    for (const OrderEvent &event : page.events) {
        if (!previousKeys.contains(pollDedupKey(event))) {
            changed.append(QJsonDocument::fromJson(event.rawPayload).object());
        }
    }
    for (qsizetype i = 0; i < page.stock.size() && i < stockRows.size(); ++i) {
        if (!previousKeys.contains(pollDedupKey(page.stock.at(i)))) {
            changed.append(stockRows.at(i));
        }
    }
    return QJsonDocument(QJsonObject{{u"changedRows"_s, changed}}).toJson(QJsonDocument::Compact);
}

namespace {

void askSheets(const std::shared_ptr<OAuth2Session> &session, const std::shared_ptr<QSet<QString>> &previousKeys,
               QNetworkAccessManager *network, const SheetsCall &call, const QString &bearer, bool retried,
               Poller::Done done);

// Asks for the cells, first getting a token when the source signs in with Google.
void fetchValues(const std::shared_ptr<OAuth2Session> &session, const std::shared_ptr<QSet<QString>> &previousKeys,
                 QNetworkAccessManager *network, const SheetsCall &call, bool retried, Poller::Done done)
{
    if (!call.oauth) {
        askSheets(session, previousKeys, network, call, {}, retried, std::move(done));
        return;
    }
    session->withToken(call.grant, GoogleSheetsPoller::tr("Google"), network,
                       [session, previousKeys, network, call, retried,
                        done = std::move(done)](const OAuth2Token *token, const PollOutcome &failure) mutable {
                           // Every outcome of this fetch, also a failure, carries a rotated refresh token.
                           done = session->keepingRenewedToken(call.grant, std::move(done));
                           if (!token) {
                               done(failure);
                               return;
                           }
                           askSheets(session, previousKeys, network, call, token->accessToken, retried, done);
                       });
}

PollOutcome failureOfSheets(const PollHttp::Answer &answer, const SheetsCall &call)
{
    const QString platform = GoogleSheetsPoller::tr("Google Sheets");
    const GoogleError google = googleErrorOf(answer.body);
    const QString detail = u"HTTP %1 %2: %3"_s.arg(answer.status).arg(google.status, google.message);
    const QString name = call.source.name;
    if (answer.status == 400 && (google.reason == "API_KEY_INVALID"_L1 || google.message.contains("API key"_L1))) {
        return PollOutcome::failure(Error::make(ErrorCode::Unauthorized,
                                                GoogleSheetsPoller::tr("Google refused the API key of \"%1\". Check "
                                                                       "the key in Connections, or make a new one.")
                                                    .arg(name),
                                                detail));
    }
    if (answer.status == 400) {
        return PollOutcome::failure(
            Error::make(ErrorCode::Config,
                        GoogleSheetsPoller::tr("Google Sheets could not read the range \"%1\" of \"%2\". Check the "
                                               "tab name and the columns in the source's settings.")
                            .arg(rangeOf(call.source), name),
                        detail));
    }
    if (answer.status == 403 && !call.oauth) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Unauthorized,
            GoogleSheetsPoller::tr("Google does not let the API key of \"%1\" read the sheet. Share the sheet as "
                                   "\"Anyone with the link can view\", and check that the Google Sheets API is "
                                   "enabled for the key's project, or sign in with Google instead.")
                .arg(name),
            detail));
    }
    if (answer.status == 403) {
        return PollOutcome::failure(Error::make(
            ErrorCode::Unauthorized,
            GoogleSheetsPoller::tr("The Google account of \"%1\" may not read this sheet, or the Google Sheets API is "
                                   "not enabled for its project. Share the sheet with that account, or connect "
                                   "again.")
                .arg(name),
            detail));
    }
    if (answer.status == 404) {
        return PollOutcome::failure(Error::make(ErrorCode::Config,
                                                GoogleSheetsPoller::tr("Google has no spreadsheet \"%1\" for \"%2\". "
                                                                       "Check the spreadsheet address in the "
                                                                       "source's settings.")
                                                    .arg(spreadsheetIdOf(call.source), name),
                                                detail));
    }
    return PollHttp::failureOf(answer, platform);
}

void askSheets(const std::shared_ptr<OAuth2Session> &session, const std::shared_ptr<QSet<QString>> &previousKeys,
               QNetworkAccessManager *network, const SheetsCall &call, const QString &bearer, bool retried,
               Poller::Done done)
{
    QNetworkRequest http(call.url);
    http.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (call.oauth) {
        http.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer.toUtf8());
    }
    PollHttp::send(
        network, http, QByteArrayLiteral("GET"), {},
        [session, previousKeys, network, call, retried, done = std::move(done)](const PollHttp::Answer &answer) {
            if (answer.status == 401 && call.oauth && !retried) {
                // The token expired early or was revoked: a new one, once.
                session->invalidate();
                fetchValues(session, previousKeys, network, call, true, done);
                return;
            }
            if (answer.status != 200) {
                PollOutcome failure = failureOfSheets(answer, call);
                if (!call.apiKey.isEmpty() && failure.error) {
                    failure.error->message.replace(call.apiKey, u"…"_s);
                    failure.error->detail.replace(call.apiKey, u"…"_s);
                }
                done(failure);
                return;
            }
            const QDateTime answeredAt = PollHttp::httpDate(answer.date);
            QList<QJsonObject> stockRows;
            PollOutcome outcome = GoogleSheetsPoller::parsePage(answer.body, answeredAt, call.source, &stockRows);
            if (outcome.ok()) {
                PollPage &page = *outcome.page;
                page.rawBody = GoogleSheetsPoller::changedRowsBody(page, *previousKeys, stockRows);
                previousKeys->clear();
                for (const OrderEvent &event : std::as_const(page.events)) {
                    previousKeys->insert(pollDedupKey(event));
                }
                for (const StockChange &change : std::as_const(page.stock)) {
                    previousKeys->insert(pollDedupKey(change));
                }
            }
            done(outcome);
        });
}

} // namespace

void GoogleSheetsPoller::fetch(const PollRequest &request, QNetworkAccessManager *network, Done done)
{
    const SourceConfig &source = request.source;
    const QString baseText = optionText(source, "baseUrl"_L1);
    const QUrl base(baseText.isEmpty() ? u"https://sheets.googleapis.com"_s : baseText);
    if (auto error = PollHttp::checkBaseUrl(base, tr("Google Sheets"))) {
        done(PollOutcome::failure(*error));
        return;
    }
    const QString spreadsheetId = spreadsheetIdOf(source);
    if (spreadsheetId.isEmpty()) {
        done(PollOutcome::failure(Error::make(ErrorCode::Config,
                                              tr("\"%1\" does not say which spreadsheet to read. Paste the sheet's "
                                                 "address into its settings in Connections.")
                                                  .arg(source.name),
                                              u"option spreadsheetId missing"_s)));
        return;
    }

    SheetsCall call;
    call.source = source;
    const QString apiKey = request.secrets.value(u"apiKey"_s).trimmed();
    const QString refreshToken = request.secrets.value(u"refreshToken"_s).trimmed();
    call.oauth = !refreshToken.isEmpty();
    if (!call.oauth && apiKey.isEmpty()) {
        done(PollOutcome::failure(Error::make(ErrorCode::Config,
                                              tr("Neither an API key nor a Google sign-in is saved for \"%1\", so "
                                                 "its sheet cannot be read. Add one in Connections.")
                                                  .arg(source.name),
                                              u"secret apiKey or refreshToken missing"_s)));
        return;
    }
    if (call.oauth) {
        const QString tokenUrl = optionText(source, "tokenUrl"_L1);
        call.grant.kind = OAuth2Grant::Kind::RefreshToken;
        call.grant.tokenUrl = QUrl(tokenUrl.isEmpty() ? QString::fromLatin1(DefaultTokenUrl) : tokenUrl);
        call.grant.clientId = optionText(source, "clientId"_L1);
        call.grant.clientSecret = request.secrets.value(u"clientSecret"_s).trimmed();
        call.grant.refreshToken = refreshToken;
    }

    QString path = base.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    QUrl url = base;
    // Both go in as single path segments: a range holds '!', ':', quotes and spaces.
    url.setPath(path + u"/v4/spreadsheets/"_s + QString::fromLatin1(QUrl::toPercentEncoding(spreadsheetId)) +
                    u"/values/"_s + QString::fromLatin1(QUrl::toPercentEncoding(rangeOf(source))),
                QUrl::TolerantMode);
    QUrlQuery query;
    query.addQueryItem(u"majorDimension"_s, u"ROWS"_s);
    query.addQueryItem(u"valueRenderOption"_s, u"FORMATTED_VALUE"_s);
    query.addQueryItem(u"dateTimeRenderOption"_s, u"FORMATTED_STRING"_s);
    if (!call.oauth) {
        call.apiKey = apiKey;
        query.addQueryItem(u"key"_s, QString::fromLatin1(QUrl::toPercentEncoding(apiKey)));
    }
    url.setQuery(query);
    call.url = url;
    fetchValues(m_session, m_previousKeys, network, call, false, std::move(done));
}

} // namespace Tidings
