#include "fakes/fakegooglesheets.h"

#include "fakes/fakeoauth2server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QByteArray googleError(int code, const QString &status, const QString &message, const QString &reason = {})
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}, {u"status"_s, status}};
    if (!reason.isEmpty()) {
        error.insert(u"details"_s, QJsonArray{QJsonObject{{u"@type"_s, u"type.googleapis.com/google.rpc.ErrorInfo"_s},
                                                          {u"reason"_s, reason},
                                                          {u"domain"_s, u"googleapis.com"_s}}});
    }
    return QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact);
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace

FakeGoogleSheets::FakeGoogleSheets(QString spreadsheetId, QString range, QObject *parent)
    : FakePlatformServer(parent)
    , m_spreadsheetId(std::move(spreadsheetId))
    , m_range(std::move(range))
{}

void FakeGoogleSheets::setCell(const QString &orderId, const QString &header, const QString &value)
{
    const qsizetype column = m_values.isEmpty() ? -1 : m_values.first().indexOf(header);
    for (qsizetype r = 1; r < m_values.size() && column >= 0; ++r) {
        QStringList &row = m_values[r];
        if (!row.isEmpty() && row.first() == orderId) {
            while (row.size() <= column) {
                row.append(QString());
            }
            row[column] = value;
        }
    }
}

std::optional<FakePlatformServer::Response> FakeGoogleSheets::violation(const Request &request) const
{
    const QString path = QUrl::fromPercentEncoding(request.path);
    const QString prefix = u"/v4/spreadsheets/"_s;
    const qsizetype values = path.indexOf(u"/values/"_s);
    if (request.method != "GET" || !path.startsWith(prefix) || values < 0) {
        return json(404, googleError(404, u"NOT_FOUND"_s, u"Requested entity was not found."_s));
    }
    const QUrlQuery &query = request.query;
    const QByteArray authorization = request.headers.value(QByteArrayLiteral("authorization"));
    if (query.hasQueryItem(u"key"_s)) {
        if (m_apiKey.isEmpty() || query.queryItemValue(u"key"_s, QUrl::FullyDecoded) != m_apiKey) {
            return json(400, googleError(400, u"INVALID_ARGUMENT"_s,
                                         u"API key not valid. Please pass a valid API key."_s, u"API_KEY_INVALID"_s));
        }
        if (!m_shared) {
            return json(403, googleError(403, u"PERMISSION_DENIED"_s, u"The caller does not have permission"_s));
        }
    } else if (authorization.startsWith("Bearer ")) {
        if (!m_tokens || !m_tokens->isIssued(QString::fromLatin1(authorization.mid(7)))) {
            return json(401, googleError(401, u"UNAUTHENTICATED"_s,
                                         u"Request had invalid authentication credentials. Expected OAuth 2 access "
                                         "token, login cookie or other valid authentication credential."_s,
                                         u"ACCESS_TOKEN_TYPE_UNSUPPORTED"_s));
        }
    } else {
        return json(403, googleError(403, u"PERMISSION_DENIED"_s, u"The request is missing a valid API key."_s));
    }
    const QString spreadsheetId = path.mid(prefix.size(), values - prefix.size());
    if (spreadsheetId != m_spreadsheetId) {
        return json(404, googleError(404, u"NOT_FOUND"_s, u"Requested entity was not found."_s));
    }
    const QString range = path.mid(values + 8);
    if (range != m_range) {
        return json(400, googleError(400, u"INVALID_ARGUMENT"_s, u"Unable to parse range: "_s + range));
    }
    const QString dimension = query.queryItemValue(u"majorDimension"_s);
    const QString render = query.queryItemValue(u"valueRenderOption"_s);
    const QString dates = query.queryItemValue(u"dateTimeRenderOption"_s);
    if ((!dimension.isEmpty() && dimension != "ROWS"_L1) || render != "FORMATTED_VALUE"_L1 ||
        (!dates.isEmpty() && dates != "SERIAL_NUMBER"_L1 && dates != "FORMATTED_STRING"_L1)) {
        return json(400, googleError(400, u"INVALID_ARGUMENT"_s, u"Invalid value at 'value_render_option'"_s));
    }
    return std::nullopt;
}

FakePlatformServer::Response FakeGoogleSheets::serve(const Request &)
{
    QJsonArray rows;
    qsizetype lastNonEmpty = -1;
    for (const QStringList &row : std::as_const(m_values)) {
        qsizetype used = row.size();
        while (used > 0 && row.at(used - 1).isEmpty()) {
            --used;
        }
        QJsonArray cells;
        for (qsizetype i = 0; i < used; ++i) {
            cells.append(row.at(i));
        }
        rows.append(cells);
        if (used > 0) {
            lastNonEmpty = rows.size() - 1;
        }
    }
    while (rows.size() > lastNonEmpty + 1) {
        rows.removeLast();
    }
    QJsonObject answer{{u"range"_s, m_range}, {u"majorDimension"_s, u"ROWS"_s}};
    if (!rows.isEmpty()) {
        answer.insert(u"values"_s, rows);
    }
    const QDateTime date = m_date.isValid() ? m_date : QDateTime::currentDateTimeUtc();
    return json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact),
                {{QByteArrayLiteral("Date"), httpDate(date)}});
}

} // namespace Tidings::Test
