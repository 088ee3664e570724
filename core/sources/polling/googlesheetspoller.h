#pragma once

#include "sources/polling/oauth2session.h"
#include "sources/polling/poller.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace Tidings {

// Google Sheets API v4, one range read whole every run:
//     GET {baseUrl}/v4/spreadsheets/{spreadsheetId}/values/{range}?majorDimension=ROWS
//         &valueRenderOption=FORMATTED_VALUE&dateTimeRenderOption=FORMATTED_STRING[&key=<apiKey>]
// baseUrl defaults to https://sheets.googleapis.com; the range (A1 notation, default "A1:Z") is
// percent-encoded as one path segment. FORMATTED_VALUE gives every cell as the text the owner sees, so
// order ids and tracking numbers keep their leading zeros and long digits (UNFORMATTED_VALUE would turn
// them into doubles); dateTimeRenderOption is then ignored by Google and sent only to state the intent.
//
// Auth, whichever secret is filled: "apiKey" (?key=, only for a sheet shared "anyone with the link can
// view"), or Google sign-in: "refreshToken" + "clientSecret" with the option "clientId", exchanged at
// options["tokenUrl"] (default https://oauth2.googleapis.com/token) by OAuth2Session for a bearer token
// (scope spreadsheets.readonly). A 401 drops the token and asks once more with a new one. Should the
// endpoint rotate the refresh token, every outcome of the fetch names the new one in renewedSecrets.
//
// Sheets have no change feed and no modification times. The first row is the header; the owner names the
// columns (options "...Column", compared trimmed and case-insensitively; unset ones fall back to the
// Apps Script preset's header names, e.g. "Order ID", "Status", "Tracking Number", when the sheet has
// them, and for stock to the usual names listed below). Every row with an order id becomes one OrderEvent shaped like
// the webhook preset's (shipment id = tracking number). Statuses go through StatusMap: the preset's words ("Dispatched"
// → shipped, ...) plus the owner's "statusMap".
//
// Stock (a fulfilment partner's stock sheet, or stock rows beside the orders): a row with NO order id, a SKU
// ("skuColumn", default "SKU" / "Product SKU") and a quantity ("stockColumn", default "Stock" / "Quantity" /
// "Qty" / "Available" / "On hand") or a stock status ("stockStatusColumn", default "Stock status" /
// "Availability") becomes one StockChange: productId = sku, no variant, productName from "productColumn"
// (default "Product" / "Product name" / "Item"), locationId from "locationColumn" (default "Location" /
// "Warehouse"). A sheet with a SKU column and a quantity or status column needs no order id column; a row
// with both an order id and a SKU is an order row. Beside an order id column, "Quantity" and "Qty" are taken
// for the ordered quantity and read as stock only when named in "stockColumn". The quantity is a number as
// the sheet shows it ("12", "12.0", "1,234", "7 pcs"), a decimal rounded down; anything else gives none. The
// status words are read in any case ("In stock", "Available", "Low", "Out of stock", "Sold out",
// "Backorder" → out of stock, "Back in stock"), rawStatus keeping them as written; words in the quantity
// column when there is no status ("Sold out") count as the status. A row with only a quantity leaves the
// status Unknown: the store derives it from the quantity. occurredAt is the row's updated-at cell, else
// invalid: the scheduler compares each level with the one stored and keeps only changed ones (pollLevelKey),
// so reading the whole sheet every run stores a level again only when it changed (5 → 0 → 5: three times).
//
// Why a whole-sheet read neither floods nor loses changes, without a snapshot table: an event's
// occurredAt is the row's "updated at" cell when one is mapped, otherwise invalid, so an unchanged row
// gives the same pollDedupKey every run and the scheduler drops it before the store; a row whose status
// or tracking changed (or whose updated-at cell changed) gives a new key and is stored once. Changes to
// only the name or email ride along with the row's next such change (or at once with an updated-at
// column). A status going back to an earlier word keeps its old key, but rules never move a status
// backwards anyway. newestSeen is Google's Date header (its clock); the window is not used.
//
// One page per run. Large sheets: more than MaxRows data rows is a Config error asking the owner to
// narrow the range (Google recommends answers under 2 MB and cuts requests off at 180 s). Quotas: 300
// reads/min per project, 60/min per user; 429 (with or without Retry-After) backs off via failureOf.
class GoogleSheetsPoller final : public Poller
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::GoogleSheetsPoller)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();
    static constexpr int MaxRows = 10000;
    static constexpr const char *DefaultTokenUrl = "https://oauth2.googleapis.com/token";

    QString type() const override;
    void fetch(const PollRequest &request, QNetworkAccessManager *network, Done done) override;

    // Reads one values.get answer ({range, majorDimension, values}) into a page; `answeredAt` is the
    // answer's Date header (invalid when absent), reported as newestSeen. rawBody is `body`; each event's
    // rawPayload is its row as a JSON object of header → cell. When `stockRows` is given, it gets the row of
    // each of page.stock in the same way, in the same order.
    static PollOutcome parsePage(const QByteArray &body, const QDateTime &answeredAt, const SourceConfig &source,
                                 QList<QJsonObject> *stockRows = nullptr);

    // The raw event stored for a page: only the rows whose dedup key was not on the previous read (all rows
    // on the first read), so a run that finds one changed row does not store the whole sheet again.
    // `stockRows` are the rows of page.stock, as parsePage gives them.
    static QByteArray changedRowsBody(const PollPage &page, const QSet<QString> &previousKeys,
                                      const QList<QJsonObject> &stockRows = {});

private:
    // The stock change of a row without an order id, or nullopt when it has no SKU, or neither a quantity nor
    // a stock status.
    static std::optional<StockChange> stockChangeOf(const SourceConfig &source, const QString &sku,
                                                    const QString &quantity, const QString &status,
                                                    const QString &updatedAt);

    std::shared_ptr<OAuth2Session> m_session = std::make_shared<OAuth2Session>();
    std::shared_ptr<QSet<QString>> m_previousKeys = std::make_shared<QSet<QString>>();
};

} // namespace Tidings
