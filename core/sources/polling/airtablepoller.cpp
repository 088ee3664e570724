#include "sources/polling/airtablepoller.h"

#include "sources/airtableadapter.h"
#include "sources/airtablemapping.h"
#include "sources/payloadfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkRequest>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

QString platformName()
{
    return AirtablePoller::tr("Airtable");
}

QString optionText(const SourceConfig &source, QLatin1StringView key)
{
    return source.options.value(key).toString().trimmed();
}

// The first Airtable id with this prefix in `text` (a pasted address), or an empty string.
QString idIn(const QString &text, QLatin1StringView prefix)
{
    const QRegularExpression pattern(u"(?<![A-Za-z0-9])"_s + QString(prefix) + u"[A-Za-z0-9]{14}(?![A-Za-z0-9])"_s);
    return pattern.match(text).captured(0);
}

// How the source's settings shape the requests and the reading of the answers.
struct ListSettings
{
    AirtableMapping mapping;
    bool byFieldId = false;    // the field map names columns by "fld…" id: ask with returnFieldsByFieldId
    QString lastModifiedField; // as given: a column name, or a "fld…" id with an id map
    QString view;
};

Result<ListSettings> settingsOf(const SourceConfig &source)
{
    ListSettings settings;
    settings.mapping = AirtableMapping::fromOptions(source);
    const AirtableMapping &mapping = settings.mapping;
    if (mapping.byFieldId.isEmpty() && mapping.byName.isEmpty()) {
        return Error::make(ErrorCode::Config,
                           AirtablePoller::tr("The field map of \"%1\" is empty, so Tidings cannot tell which columns "
                                              "hold the order, the status and the tracking number. Fill it in the "
                                              "source's settings.")
                               .arg(source.name),
                           u"option fieldMap empty or without known targets"_s);
    }
    if (!mapping.byFieldId.isEmpty() && !mapping.byName.isEmpty()) {
        return Error::make(ErrorCode::Config,
                           AirtablePoller::tr("The field map of \"%1\" mixes column names and column ids (\"fld…\"). "
                                              "Use the names as they appear in the table's header, or only ids.")
                               .arg(source.name),
                           u"fieldMap mixes names %1 and ids %2"_s.arg(mapping.byName.keys().join(u", "_s),
                                                                       mapping.byFieldId.keys().join(u", "_s)));
    }
    settings.byFieldId = !mapping.byFieldId.isEmpty();
    settings.view = optionText(source, "view"_L1);
    settings.lastModifiedField = optionText(source, "lastModifiedField"_L1);
    const QString &timeColumn = settings.lastModifiedField;
    if (!timeColumn.isEmpty()) {
        if (AirtableRecord::isAirtableId(timeColumn, u"fld") != settings.byFieldId) {
            return Error::make(
                ErrorCode::Config,
                AirtablePoller::tr("Name the last-changed column of \"%1\" the way the field map names columns: "
                                   "by its name in the table's header, or by its \"fld…\" id when the field map "
                                   "uses ids.")
                    .arg(source.name),
                u"lastModifiedField \"%1\" vs. fieldMap by %2"_s.arg(timeColumn,
                                                                     settings.byFieldId ? u"id"_s : u"name"_s));
        }
        if (timeColumn.contains(u'{') || timeColumn.contains(u'}')) {
            return Error::make(ErrorCode::Config,
                               AirtablePoller::tr("The last-changed column of \"%1\" is named \"%2\"; Tidings cannot "
                                                  "use a column whose name holds { or }. Rename the column in "
                                                  "Airtable and in the source's settings.")
                                   .arg(source.name, timeColumn),
                               u"lastModifiedField holds a brace"_s);
        }
    }
    return settings;
}

// Cells keyed as the field map keys them: ids as they are, names case-folded (the map's names match the
// header case-insensitively).
QString cellKey(const QString &key, bool byFieldId)
{
    return byFieldId ? key : key.simplified().toCaseFolded();
}

QString pageToken(const QDateTime &runStart, const QString &offset)
{
    return QString::number(runStart.isValid() ? runStart.toMSecsSinceEpoch() : -1) + u' ' + offset;
}

struct AirtableError
{
    QString type;
    QString message;
};

// {"error": {"type", "message"}}, {"error": "NOT_FOUND"} or {"errors": [{"error", "message"}]} (429).
AirtableError airtableErrorOf(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value("error"_L1);
    if (error.isString()) {
        return {error.toString(), {}};
    }
    if (error.isObject()) {
        return {field(error.toObject(), "type"_L1), field(error.toObject(), "message"_L1)};
    }
    const QJsonObject first = root.value("errors"_L1).toArray().first().toObject();
    return {field(first, "error"_L1), field(first, "message"_L1)};
}

PollOutcome notAList(const QString &detail)
{
    return PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                            AirtablePoller::tr("Airtable answered with something that is not a list "
                                                               "of rows. Tidings will ask again."),
                                            detail, true));
}

} // namespace

QString AirtablePoller::typeName()
{
    return AirtableAdapter::typeName();
}

SourceTypeInfo AirtablePoller::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Airtable");
    info.summary = tr("New and changed order rows in an Airtable table: statuses, tracking numbers, customers, read "
                      "every few minutes. No webhook to set up.");
    info.secrets = {
        {u"apiToken"_s, tr("Personal access token"),
         tr("Create it at airtable.com/create/tokens with the scope data.records:read and access to the base with "
            "your orders. It starts with \"pat\"."),
         false, false},
    };
    info.options = {
        {u"baseUrl"_s, tr("Airtable API address"),
         tr("Leave empty for https://api.airtable.com; change it only for a test server."),
         QString::fromLatin1(DefaultBaseUrl), false},
        {u"baseId"_s, tr("Base"), tr("The base's address from the browser, or the id in it that starts with \"app\"."),
         u"appXXXXXXXXXXXXXX or https://airtable.com/appXXXXXXXXXXXXXX/tblXXXXXXXXXXXXXX"_s, true},
        {u"table"_s, tr("Orders table"),
         tr("The table's name exactly as on its tab, or its id (starts with \"tbl\"). Optional when the base "
            "address above includes the table."),
         u"Orders"_s, false},
        {u"view"_s, tr("View"),
         tr("Optional: only the rows this view shows (its name or \"viw…\" id), e.g. a view that hides test "
            "orders."),
         u"Grid view"_s, false},
        {u"fieldMap"_s, tr("Field map"),
         tr("Which column holds what, as JSON: column name (or \"fld…\" id) → orderId, orderNumber, customerName, "
            "customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice or currency. Without "
            "orderId the row's own id is the order id. For stock levels: sku, productName, stockQuantity, "
            "stockStatus and location; a row with a SKU and a quantity or stock status but no order id is read "
            "as the product's stock."),
         uR"({"Order": "orderNumber", "Email": "customerEmail", "Status": "orderStatus", "Tracking": "trackingNumber"})"_s,
         true},
        {u"lastModifiedField"_s, tr("Last changed column"),
         tr("Optional but recommended: a column of the type \"Last modified time\". With it, rows are read "
            "oldest change first and each change has its time."),
         u"Last modified"_s, false},
        {u"statusMap"_s, tr("Status map"),
         tr("Your status words and what they mean, as JSON (any letter case): paid, shipped, delivered, "
            "cancelled, refunded, ... Words not listed are kept but notify nobody."),
         uR"({"Dispatched": "shipped", "Payment received": "paid"})"_s, false},
    };
    info.setupSteps = {
        tr("Open airtable.com/create/tokens and click \"Create token\". Name it \"Tidings\", add the scope "
           "data.records:read, and under Access add the base that holds your orders. Create it and paste the token "
           "(it starts with \"pat\") here; Airtable shows it only once."),
        tr("Open the orders table in your browser and paste its address as the base: Tidings reads the base id "
           "(\"app…\") and the table id (\"tbl…\") from it. Or type the table's name."),
        tr("Recommended: add a field of the type \"Last modified time\" (all fields) to the table and enter its name "
           "as the last changed column, so every change is read in order and with its time."),
        tr("Fill in the field map and the status map so Tidings knows which columns hold the order number, email, "
           "status and tracking number."),
    };
    return info;
}

QString AirtablePoller::type() const
{
    return typeName();
}

QString AirtablePoller::baseIdOf(const SourceConfig &source)
{
    const QString text = optionText(source, "baseId"_L1);
    const QString found = idIn(text, "app"_L1);
    return found.isEmpty() ? text : found;
}

QString AirtablePoller::tableOf(const SourceConfig &source)
{
    const QString table = optionText(source, "table"_L1);
    return table.isEmpty() ? idIn(optionText(source, "baseId"_L1), "tbl"_L1) : table;
}

QString AirtablePoller::changedSinceFormula(const QDateTime &windowStart, const QString &lastModifiedField)
{
    const QString since = windowStart.toUTC().addSecs(-1).toString(Qt::ISODateWithMs);
    const QString time = lastModifiedField.isEmpty() ? u"LAST_MODIFIED_TIME()"_s : u'{' + lastModifiedField + u'}';
    return u"OR(IS_AFTER(%1,'%2'),IS_AFTER(CREATED_TIME(),'%2'))"_s.arg(time, since);
}

Result<QUrl> AirtablePoller::pageUrl(const SourceConfig &source, const QDateTime &windowStart, const QString &offset)
{
    const QString baseText = optionText(source, "baseUrl"_L1);
    const QUrl base(baseText.isEmpty() ? QString::fromLatin1(DefaultBaseUrl) : baseText);
    if (auto error = PollHttp::checkBaseUrl(base, platformName())) {
        return *error;
    }
    const QString baseId = baseIdOf(source);
    if (!AirtableRecord::isAirtableId(baseId, u"app")) {
        return Error::make(ErrorCode::Config,
                           tr("\"%1\" does not say which Airtable base to read. Paste the base's address (or its id, "
                              "starting with \"app\") into its settings in Connections.")
                               .arg(source.name),
                           u"baseId \"%1\" is not an app… id"_s.arg(baseId));
    }
    const QString table = tableOf(source);
    if (table.isEmpty()) {
        return Error::make(ErrorCode::Config,
                           tr("\"%1\" does not say which table holds the orders. Enter the table's name in its "
                              "settings in Connections.")
                               .arg(source.name),
                           u"option table missing"_s);
    }
    const Result<ListSettings> settings = settingsOf(source);
    if (!settings) {
        return settings.error();
    }

    // Built by hand: QUrlQuery leaves '+' as it is, which Airtable would read as a space.
    QList<std::pair<QByteArray, QString>> items{
        {QByteArrayLiteral("filterByFormula"),
         changedSinceFormula(windowStart, settings->byFieldId ? QString() : settings->lastModifiedField)},
        {QByteArrayLiteral("pageSize"), QString::number(PageSize)}};
    if (!settings->view.isEmpty()) {
        items.append({QByteArrayLiteral("view"), settings->view});
    }
    if (settings->byFieldId) {
        items.append({QByteArrayLiteral("returnFieldsByFieldId"), u"true"_s});
    }
    if (!settings->lastModifiedField.isEmpty()) {
        items.append({QByteArrayLiteral("sort[0][field]"), settings->lastModifiedField});
        items.append({QByteArrayLiteral("sort[0][direction]"), u"asc"_s});
    }
    if (!offset.isEmpty()) {
        items.append({QByteArrayLiteral("offset"), offset});
    }
    QByteArray query;
    for (const auto &[key, value] : std::as_const(items)) {
        if (!query.isEmpty()) {
            query += '&';
        }
        query += QUrl::toPercentEncoding(QString::fromLatin1(key), "[]") + '=' + QUrl::toPercentEncoding(value);
    }

    QString path = base.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    QUrl url = base;
    url.setPath(path + u"/v0/"_s + baseId + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(table)),
                QUrl::TolerantMode);
    url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);
    url.setFragment(QString());
    if (url.toEncoded().size() > MaxUrlLength) {
        return Error::make(ErrorCode::Config,
                           tr("The table, view or column names of \"%1\" are too long for Airtable's address limit. "
                              "Use the table's and view's ids (\"tbl…\", \"viw…\") instead.")
                               .arg(source.name),
                           u"URL of %1 characters"_s.arg(url.toEncoded().size()));
    }
    return url;
}

PollOutcome AirtablePoller::parsePage(const QByteArray &body, const QDateTime &runStart, const SourceConfig &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return notAList(u"answer is not a JSON object: %1"_s.arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (!root.value("records"_L1).isArray()) {
        return notAList(u"answer has no records array"_s);
    }
    const Result<ListSettings> settings = settingsOf(source);
    if (!settings) {
        return PollOutcome::failure(settings.error());
    }
    const bool byId = settings->byFieldId;
    QHash<QString, QString> targets;
    const QHash<QString, QString> &mapped = byId ? settings->mapping.byFieldId : settings->mapping.byName;
    for (auto it = mapped.cbegin(); it != mapped.cend(); ++it) {
        targets.insert(cellKey(it.key(), byId), it.value());
    }
    const QString timeKey =
        settings->lastModifiedField.isEmpty() ? QString() : cellKey(settings->lastModifiedField, byId);

    PollPage page;
    page.rawBody = body;
    for (const QJsonValue &entry : root.value("records"_L1).toArray()) {
        const QJsonObject record = entry.toObject();
        const QString recordId = field(record, "id"_L1);
        if (recordId.isEmpty()) {
            continue;
        }
        // Empty cells are left out of "fields" by Airtable.
        const QJsonObject cells = record.value("fields"_L1).toObject();
        QJsonObject values;
        for (auto cell = cells.constBegin(); cell != cells.constEnd(); ++cell) {
            const QString key = cellKey(cell.key(), byId);
            if (!values.contains(key)) {
                values.insert(key, cell.value());
            }
        }
        const QDateTime changedAt = timeKey.isEmpty() ? QDateTime() : timestamp(values.value(timeKey));
        // A row edited after the run began shows its new time at its old place: left out of newestSeen.
        if (changedAt.isValid() && (!runStart.isValid() || changedAt < runStart) &&
            (!page.newestSeen.isValid() || changedAt > page.newestSeen)) {
            page.newestSeen = changedAt;
        }
        const AirtableRecord::Context context{source,           settings->mapping,
                                              targets,          QString(),
                                              changedAt,        QJsonDocument(record).toJson(QJsonDocument::Compact),
                                              u"poll/records"_s};
        if (auto stock = AirtableRecord::stockChange(recordId, values, context)) {
            page.stock.append(std::move(*stock));
        } else if (auto event = AirtableRecord::event(recordId, values, context)) {
            page.events.append(std::move(*event));
        }
    }

    const QString offset = field(root, "offset"_L1);
    page.more = !offset.isEmpty();
    if (page.more) {
        page.nextPageToken = pageToken(runStart, offset);
        page.waitBeforeNextMs = PageGapMs;
    } else if (timeKey.isEmpty() && runStart.isValid()) {
        page.newestSeen = runStart; // rows carry no time: the run saw everything changed before it began
    }
    return PollOutcome::success(std::move(page));
}

PollOutcome AirtablePoller::failureOf(const PollHttp::Answer &answer, const SourceConfig &source)
{
    const AirtableError airtable = airtableErrorOf(answer.body);
    const QString detail = u"HTTP %1 %2: %3"_s.arg(answer.status).arg(airtable.type, airtable.message);
    const QString name = source.name;
    if (answer.status == 401) {
        return PollOutcome::failure(Error::make(ErrorCode::Unauthorized,
                                                tr("Airtable refused the personal access token of \"%1\". Check "
                                                   "that the token still exists at airtable.com/create/tokens, "
                                                   "and paste it again in Connections.")
                                                    .arg(name),
                                                detail));
    }
    if (answer.status == 403 || answer.status == 404) {
        return PollOutcome::failure(Error::make(
            answer.status == 403 ? ErrorCode::Unauthorized : ErrorCode::Config,
            tr("Airtable does not let the token of \"%1\" read the table \"%2\" of the base %3: the token has no "
               "access to this base or lacks the scope data.records:read, or the base or table name is wrong. "
               "Check both at airtable.com/create/tokens and in the source's settings.")
                .arg(name, tableOf(source), baseIdOf(source)),
            detail));
    }
    if (answer.status == 422 && airtable.type == "LIST_RECORDS_ITERATOR_NOT_AVAILABLE"_L1) {
        // The offset expired between two pages: the next run starts again at the first page.
        return PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                                tr("Airtable forgot where Tidings was in the list of rows of "
                                                   "\"%1\". Tidings starts the list again.")
                                                    .arg(name),
                                                detail, true),
                                    1000);
    }
    if (answer.status == 422 &&
        (airtable.type == "INVALID_FILTER_BY_FORMULA"_L1 || airtable.type == "UNKNOWN_FIELD_NAME"_L1 ||
         airtable.type == "INVALID_SORT_FIELD"_L1)) {
        const QString column = optionText(source, "lastModifiedField"_L1);
        return PollOutcome::failure(Error::make(
            ErrorCode::Config,
            column.isEmpty()
                ? tr("Airtable could not read the rows of \"%1\" with the columns in its settings (%2). Check the "
                     "column names in the source's settings: they must match the table's header exactly.")
                      .arg(name, airtable.message)
                : tr("Airtable does not know the last changed column \"%1\" of \"%2\" (%3). Enter the name of a "
                     "\"Last modified time\" column exactly as the table's header shows it, or leave the setting "
                     "empty.")
                      .arg(column, name, airtable.message),
            detail));
    }
    if (answer.status == 422 && airtable.type.startsWith("VIEW_"_L1)) {
        return PollOutcome::failure(Error::make(ErrorCode::Config,
                                                tr("The table of \"%1\" has no view \"%2\". Check the view's name "
                                                   "in the source's settings, or leave it empty.")
                                                    .arg(name, optionText(source, "view"_L1)),
                                                detail));
    }
    if (answer.status == 429) {
        // Airtable sends no Retry-After and asks for 30 seconds.
        return PollOutcome::failure(Error::make(ErrorCode::RateLimited,
                                                tr("Airtable asked Tidings to slow down (at most 5 requests a "
                                                   "second per base). Tidings will ask again in 30 seconds."),
                                                detail, true),
                                    PollHttp::retryAfterMs(answer.retryAfter, answer.date).value_or(RateLimitWaitMs));
    }
    if (answer.status == 422) {
        return PollOutcome::failure(
            Error::make(ErrorCode::ProviderRejected,
                        tr("Airtable refused to list the rows of \"%1\": %2")
                            .arg(name, airtable.message.isEmpty() ? airtable.type : airtable.message),
                        detail));
    }
    return PollHttp::failureOf(answer, platformName());
}

void AirtablePoller::fetch(const PollRequest &request, QNetworkAccessManager *network, Done done)
{
    const SourceConfig &source = request.source;
    const QString token = request.secrets.value(u"apiToken"_s).trimmed();
    if (token.isEmpty()) {
        done(PollOutcome::failure(Error::make(ErrorCode::Config,
                                              tr("No Airtable personal access token is saved for \"%1\", so its "
                                                 "rows cannot be read. Add the token in Connections.")
                                                  .arg(source.name),
                                              u"secret apiToken missing"_s)));
        return;
    }
    // "<epoch ms of the run's first answer> <offset>"
    QDateTime runStart;
    QString offset;
    if (!request.pageToken.isEmpty()) {
        bool ok = false;
        const qint64 ms = request.pageToken.section(u' ', 0, 0).toLongLong(&ok);
        offset = request.pageToken.section(u' ', 1);
        if (!ok || offset.isEmpty()) {
            done(PollOutcome::failure(Error::make(ErrorCode::Internal,
                                                  tr("Tidings lost its place in Airtable's list of rows and starts "
                                                     "again."),
                                                  u"bad page token \"%1\""_s.arg(request.pageToken), true)));
            return;
        }
        if (ms >= 0) {
            runStart = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        }
    }
    const Result<QUrl> url = pageUrl(source, request.windowStart, offset);
    if (!url) {
        done(PollOutcome::failure(url.error()));
        return;
    }
    QNetworkRequest http(*url);
    http.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    http.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8());
    const bool firstPage = request.pageToken.isEmpty();
    PollHttp::send(network, http, QByteArrayLiteral("GET"), {},
                   [source, runStart, firstPage, done = std::move(done)](const PollHttp::Answer &answer) {
                       if (answer.status != 200) {
                           done(failureOf(answer, source));
                           return;
                       }
                       done(parsePage(answer.body, firstPage ? PollHttp::httpDate(answer.date) : runStart, source));
                   });
}

} // namespace Tidings
