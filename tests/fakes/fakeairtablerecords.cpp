#include "fakes/fakeairtablerecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QByteArray airtableError(const QString &type, const QString &message)
{
    return QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}}})
        .toJson(QJsonDocument::Compact);
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The formula the poller sends; captures the time expression and the two times.
const QRegularExpression &formulaPattern()
{
    static const QRegularExpression pattern(
        uR"(^OR\(IS_AFTER\((LAST_MODIFIED_TIME\(\)|\{[^{}]+\}),'([^']+)'\),IS_AFTER\(CREATED_TIME\(\),'([^']+)'\)\)$)"_s);
    return pattern;
}

bool isEmptyCell(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

const QStringList &allowedParameters()
{
    static const QStringList names{
        u"filterByFormula"_s, u"pageSize"_s,           u"view"_s,  u"returnFieldsByFieldId"_s,
        u"sort[0][field]"_s,  u"sort[0][direction]"_s, u"offset"_s};
    return names;
}

} // namespace

FakeAirtableRecords::FakeAirtableRecords(QString baseId, QString tableName, QString tableId, QString token,
                                         QObject *parent)
    : FakePlatformServer(parent)
    , m_baseId(std::move(baseId))
    , m_tableName(std::move(tableName))
    , m_tableId(std::move(tableId))
    , m_token(std::move(token))
{}

void FakeAirtableRecords::upsert(const Record &record)
{
    for (Record &existing : m_records) {
        if (existing.id == record.id) {
            existing = record;
            return;
        }
    }
    m_records.append(record);
}

FakeAirtableRecords::Record FakeAirtableRecords::record(const QString &id) const
{
    for (const Record &record : m_records) {
        if (record.id == id) {
            return record;
        }
    }
    return {};
}

bool FakeAirtableRecords::knownField(const QString &nameOrId) const
{
    if (nameOrId == m_lastModifiedField && !m_lastModifiedField.isEmpty()) {
        return true;
    }
    for (auto it = m_fieldIds.cbegin(); it != m_fieldIds.cend(); ++it) {
        if (it.key() == nameOrId || it.value() == nameOrId) {
            return true;
        }
    }
    return std::any_of(m_records.cbegin(), m_records.cend(),
                       [&](const Record &record) { return record.fields.contains(nameOrId); });
}

FakePlatformServer::Headers FakeAirtableRecords::dateHeader() const
{
    const QDateTime date = m_date.isValid() ? m_date : QDateTime::currentDateTimeUtc();
    return {{QByteArrayLiteral("Date"),
             QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()}};
}

std::optional<FakePlatformServer::Response> FakeAirtableRecords::violation(const Request &request) const
{
    const QString path = QUrl::fromPercentEncoding(request.path);
    const QStringList parts = path.split(u'/');
    if (request.method != "GET" || parts.size() != 4 || !parts.at(0).isEmpty() || parts.at(1) != "v0"_L1) {
        return json(404, R"({"error":"NOT_FOUND"})");
    }
    if (request.headers.value(QByteArrayLiteral("authorization")) != "Bearer " + m_token.toUtf8()) {
        return json(401, airtableError(u"AUTHENTICATION_REQUIRED"_s, u"Authentication required"_s));
    }
    if (parts.at(2) != m_baseId) {
        return json(403, airtableError(u"INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND"_s,
                                       u"Invalid permissions, or the requested model was not found. Check that both "
                                       "your user and your token have the required permissions, and that the model "
                                       "names and/or ids are correct."_s));
    }
    if (parts.at(3) != m_tableName && parts.at(3) != m_tableId) {
        return json(404, airtableError(u"TABLE_NOT_FOUND"_s,
                                       u"Could not find table %1 in application %2"_s.arg(parts.at(3), m_baseId)));
    }
    const QUrlQuery &query = request.query;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedParameters().contains(key)) {
            return json(422, airtableError(u"INVALID_REQUEST_UNKNOWN"_s, u"Invalid request: parameter validation "
                                                                         "failed. Check your request data."_s));
        }
    }
    const QString formula = query.queryItemValue(u"filterByFormula"_s, QUrl::FullyDecoded);
    const QRegularExpressionMatch match = formulaPattern().match(formula);
    if (!match.hasMatch() || match.captured(2) != match.captured(3) ||
        !QDateTime::fromString(match.captured(2), Qt::ISODateWithMs).isValid()) {
        return json(422, airtableError(u"INVALID_FILTER_BY_FORMULA"_s,
                                       u"The formula for filtering records is invalid: "_s + formula));
    }
    const QString time = match.captured(1);
    if (time.startsWith(u'{') && !knownField(time.mid(1, time.size() - 2))) {
        return json(422, airtableError(u"INVALID_FILTER_BY_FORMULA"_s,
                                       u"The formula for filtering records is invalid: Unknown field names: "_s +
                                           time.mid(1, time.size() - 2).toLower()));
    }
    bool ok = false;
    const int pageSize = query.queryItemValue(u"pageSize"_s).toInt(&ok);
    if (query.hasQueryItem(u"pageSize"_s) && (!ok || pageSize < 1 || pageSize > 100)) {
        return json(422, airtableError(u"INVALID_PAGE_SIZE"_s, u"The pageSize must be between 1 and 100"_s));
    }
    if (query.hasQueryItem(u"view"_s) && !m_views.contains(query.queryItemValue(u"view"_s, QUrl::FullyDecoded))) {
        return json(422,
                    airtableError(u"VIEW_NAME_NOT_FOUND"_s,
                                  u"Could not find view "_s + query.queryItemValue(u"view"_s, QUrl::FullyDecoded)));
    }
    if (query.hasQueryItem(u"returnFieldsByFieldId"_s) &&
        query.queryItemValue(u"returnFieldsByFieldId"_s) != "true"_L1) {
        return json(422, airtableError(u"INVALID_REQUEST_UNKNOWN"_s, u"returnFieldsByFieldId must be a boolean"_s));
    }
    if (query.hasQueryItem(u"sort[0][field]"_s)) {
        const QString field = query.queryItemValue(u"sort[0][field]"_s, QUrl::FullyDecoded);
        const QString direction = query.queryItemValue(u"sort[0][direction]"_s);
        if (!knownField(field)) {
            return json(422, airtableError(u"UNKNOWN_FIELD_NAME"_s, u"Unknown field name: \"%1\""_s.arg(field)));
        }
        if (direction != "asc"_L1 && direction != "desc"_L1) {
            return json(422, airtableError(u"INVALID_SORT_DIRECTION"_s, u"Invalid sort direction"_s));
        }
    }
    if (query.hasQueryItem(u"offset"_s) &&
        !m_snapshots.contains(query.queryItemValue(u"offset"_s, QUrl::FullyDecoded).section(u'/', 0, 0))) {
        return json(422, airtableError(u"LIST_RECORDS_ITERATOR_NOT_AVAILABLE"_s, u"Iterator not available"_s));
    }
    return std::nullopt;
}

QStringList FakeAirtableRecords::matching(const QDateTime &since) const
{
    QList<Record> rows;
    for (const Record &record : m_records) {
        if (record.modifiedTime > since || record.createdTime > since) {
            rows.append(record);
        }
    }
    QStringList ids;
    for (const Record &record : std::as_const(rows)) {
        ids.append(record.id);
    }
    return ids;
}

QJsonObject FakeAirtableRecords::recordJson(const Record &record, bool byId) const
{
    QJsonObject cells;
    const auto put = [&](const QString &name, const QJsonValue &value) {
        if (isEmptyCell(value)) {
            return; // Airtable leaves empty cells out
        }
        if (!byId) {
            cells.insert(name, value);
        } else if (m_fieldIds.contains(name)) {
            cells.insert(m_fieldIds.value(name), value);
        }
    };
    for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it) {
        put(it.key(), it.value());
    }
    if (!m_lastModifiedField.isEmpty()) {
        put(m_lastModifiedField, iso(record.modifiedTime));
    }
    return QJsonObject{{u"id"_s, record.id}, {u"createdTime"_s, iso(record.createdTime)}, {u"fields"_s, cells}};
}

FakePlatformServer::Response FakeAirtableRecords::serve(const Request &request)
{
    const QUrlQuery &query = request.query;
    const QString offset = query.queryItemValue(u"offset"_s, QUrl::FullyDecoded);
    QString iterator;
    qsizetype position = 0;
    if (offset.isEmpty()) {
        const QRegularExpressionMatch match =
            formulaPattern().match(query.queryItemValue(u"filterByFormula"_s, QUrl::FullyDecoded));
        QStringList ids = matching(QDateTime::fromString(match.captured(2), Qt::ISODateWithMs));
        if (query.hasQueryItem(u"sort[0][field]"_s)) {
            QHash<QString, QDateTime> times;
            for (const Record &record : std::as_const(m_records)) {
                times.insert(record.id, record.modifiedTime);
            }
            const bool ascending = query.queryItemValue(u"sort[0][direction]"_s) == "asc"_L1;
            std::stable_sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
                return ascending ? times.value(a) < times.value(b) : times.value(b) < times.value(a);
            });
        }
        iterator = u"itr%1"_s.arg(m_nextIterator++, 14, 10, QChar(u'0'));
        m_snapshots.insert(iterator, ids);
    } else {
        iterator = offset.section(u'/', 0, 0);
        position = offset.section(u'/', 2).toLongLong();
    }
    const QStringList ids = m_snapshots.value(iterator);
    const int asked = query.hasQueryItem(u"pageSize"_s) ? query.queryItemValue(u"pageSize"_s).toInt() : 100;
    const qsizetype size = std::min(asked, m_maxPerPage);
    const bool byId = query.queryItemValue(u"returnFieldsByFieldId"_s) == "true"_L1;
    QJsonArray records;
    for (qsizetype i = position; i < ids.size() && i < position + size; ++i) {
        records.append(recordJson(record(ids.at(i)), byId));
    }
    QJsonObject page{{u"records"_s, records}};
    const qsizetype next = position + size;
    if (next < ids.size()) {
        // Airtable's offsets look like "itr…/rec…"; the position after the second slash is this fake's own.
        page.insert(u"offset"_s, u"%1/%2/%3"_s.arg(iterator, ids.at(next)).arg(next));
    }
    return json(200, QJsonDocument(page).toJson(QJsonDocument::Compact), dateHeader());
}

FakePlatformServer::Response FakeAirtableRecords::answer(Mode mode, const Request &request)
{
    switch (mode) {
    case Mode::RateLimit429:
    case Mode::Throttled:
        return json(
            429,
            R"({"errors":[{"error":"RATE_LIMIT_REACHED","message":"Rate limit exceeded. Please try again later"}]})",
            dateHeader());
    case Mode::Unauthorized401:
        return json(401, airtableError(u"AUTHENTICATION_REQUIRED"_s, u"Authentication required"_s), dateHeader());
    case Mode::ServerError500:
        return json(500, airtableError(u"SERVER_ERROR"_s, u"Try again. If the problem persists, contact support."_s),
                    dateHeader());
    default:
        return FakePlatformServer::answer(mode, request);
    }
}

} // namespace Tidings::Test
