#include "fakes/fakenetsuiteapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

// NetSuite's REST error body.
QByteArray netSuiteError(int status, const char *title, const char *code, const char *detail)
{
    return QJsonDocument(QJsonObject{{u"type"_s, u"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5"_s},
                                     {u"title"_s, QString::fromLatin1(title)},
                                     {u"status"_s, status},
                                     {u"o:errorDetails"_s,
                                      QJsonArray{QJsonObject{{u"detail"_s, QString::fromLatin1(detail)},
                                                             {u"o:errorCode"_s, QString::fromLatin1(code)}}}}})
        .toJson(QJsonDocument::Compact);
}

// RFC 5849 3.6, written out byte by byte.
QByteArray encode(const QString &text)
{
    static const QByteArray Hex = "0123456789ABCDEF";
    QByteArray out;
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') ||
            byte == '-' || byte == '.' || byte == '_' || byte == '~') {
            out += c;
        } else {
            out += '%';
            out += Hex.at(byte >> 4);
            out += Hex.at(byte & 0xF);
        }
    }
    return out;
}

const QRegularExpression SinceFilter(
    uR"(lastmodifieddate\s*>=\s*TO_TIMESTAMP\('(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)',\s*'YYYY-MM-DD HH24:MI:SS'\))"_s);

QDateTime since(const QString &q, const QTimeZone &zone)
{
    const QRegularExpressionMatch match = SinceFilter.match(q);
    if (!match.hasMatch()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(match.captured(1), u"yyyy-MM-dd HH:mm:ss"_s);
    time.setTimeZone(zone);
    return time;
}

QString queryOf(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return object.size() == 1 ? object.value("q"_L1).toString() : QString();
}

} // namespace

FakeNetSuiteApi::FakeNetSuiteApi(Credentials credentials, QTimeZone zone, QObject *parent)
    : FakePlatformServer(parent)
    , m_credentials(std::move(credentials))
    , m_zone(std::move(zone))
{}

void FakeNetSuiteApi::upsert(const Transaction &transaction)
{
    for (Transaction &existing : m_transactions) {
        if (existing.id == transaction.id) {
            existing = transaction;
            return;
        }
    }
    m_transactions.append(transaction);
}

FakeNetSuiteApi::Transaction FakeNetSuiteApi::transaction(const QString &id) const
{
    for (const Transaction &existing : m_transactions) {
        if (existing.id == id) {
            return existing;
        }
    }
    return {};
}

QString FakeNetSuiteApi::query(int index) const
{
    return queryOf(requests().at(index).body);
}

std::optional<FakePlatformServer::Response> FakeNetSuiteApi::authorizationViolation(const Request &request) const
{
    const Response refused = json(401, netSuiteError(401, "Unauthorized", "INVALID_LOGIN",
                                                     "Invalid login attempt. For more details, see the Login Audit "
                                                     "Trail in the NetSuite UI at Setup > Users/Roles > User "
                                                     "Management > View Login Audit Trail."));
    const QByteArray header = request.headers.value(QByteArrayLiteral("authorization")).trimmed();
    if (!header.startsWith("OAuth ")) {
        return refused;
    }
    QHash<QString, QString> oauth;
    QList<std::pair<QByteArray, QByteArray>> signedPairs;
    for (const QByteArray &part : header.mid(6).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        QByteArray value = item.mid(equals + 1);
        if (equals <= 0 || value.size() < 2 || !value.startsWith('"') || !value.endsWith('"')) {
            return refused;
        }
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(item.left(equals)));
        const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(value.mid(1, value.size() - 2)));
        oauth.insert(name, decoded);
        if (name != "realm"_L1 && name != "oauth_signature"_L1) {
            signedPairs.append({encode(name), encode(decoded)});
        }
    }
    const qint64 timestamp = oauth.value(u"oauth_timestamp"_s).toLongLong();
    const QString nonce = oauth.value(u"oauth_nonce"_s);
    if (oauth.value(u"realm"_s) != m_credentials.realm ||
        oauth.value(u"oauth_consumer_key"_s) != m_credentials.consumerKey ||
        oauth.value(u"oauth_token"_s) != m_credentials.tokenId ||
        oauth.value(u"oauth_signature_method"_s) != "HMAC-SHA256"_L1 ||
        (oauth.contains(u"oauth_version"_s) && oauth.value(u"oauth_version"_s) != "1.0"_L1) || nonce.isEmpty() ||
        m_nonces.contains(nonce) || std::abs(timestamp - QDateTime::currentSecsSinceEpoch()) > 300) {
        return refused;
    }
    for (const auto &[name, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        signedPairs.append({encode(name), encode(value)});
    }
    std::sort(signedPairs.begin(), signedPairs.end());
    QByteArray normalized;
    for (const auto &[name, value] : std::as_const(signedPairs)) {
        normalized += (normalized.isEmpty() ? "" : "&") + name + '=' + value;
    }
    const QByteArray uri = baseUrl().toString().toUtf8() + request.path;
    const QByteArray base =
        request.method + '&' + encode(QString::fromUtf8(uri)) + '&' + encode(QString::fromLatin1(normalized));
    const QByteArray key = encode(m_credentials.consumerSecret) + '&' + encode(m_credentials.tokenSecret);
    const QByteArray expected = QMessageAuthenticationCode::hash(base, key, QCryptographicHash::Sha256).toBase64();
    if (oauth.value(u"oauth_signature"_s).toLatin1() != expected) {
        return refused;
    }
    m_nonces.insert(nonce);
    return std::nullopt;
}

std::optional<FakePlatformServer::Response> FakeNetSuiteApi::violation(const Request &request) const
{
    if (request.path != "/services/rest/query/v1/suiteql") {
        return json(404, netSuiteError(404, "Not Found", "NONEXISTENT_ID", "Record type does not exist."));
    }
    if (request.method != "POST") {
        return json(405, netSuiteError(405, "Method Not Allowed", "METHOD_NOT_ALLOWED",
                                       "The request method is not supported for this resource."));
    }
    if (auto refused = authorizationViolation(request)) {
        return refused;
    }
    if (request.headers.value(QByteArrayLiteral("prefer")).trimmed() != "transient") {
        return json(400, netSuiteError(400, "Bad Request", "INVALID_HEADER",
                                       "Invalid header value. The Prefer header must be set to transient."));
    }
    const QString q = queryOf(request.body);
    bool limitOk = false;
    bool offsetOk = false;
    const int limit = request.query.queryItemValue(u"limit"_s).toInt(&limitOk);
    const int offset = request.query.queryItemValue(u"offset"_s).toInt(&offsetOk);
    if (!request.headers.value(QByteArrayLiteral("content-type")).startsWith("application/json") ||
        !q.startsWith("SELECT "_L1) || !q.contains("FROM transaction"_L1) ||
        !q.contains("ORDER BY t.lastmodifieddate"_L1) || !since(q, m_zone).isValid() || !limitOk || limit < 1 ||
        limit > 1000 || !offsetOk || offset < 0 || offset % limit != 0) {
        return json(400, netSuiteError(400, "Bad Request", "INVALID_PARAMETER",
                                       "Invalid search query. Detailed unprocessed description follows."));
    }
    return std::nullopt;
}

FakePlatformServer::Response FakeNetSuiteApi::serve(const Request &request)
{
    const QDateTime after = since(queryOf(request.body), m_zone);
    const int limit = request.query.queryItemValue(u"limit"_s).toInt();
    const int offset = request.query.queryItemValue(u"offset"_s).toInt();
    QList<Transaction> matching;
    for (const Transaction &transaction : std::as_const(m_transactions)) {
        if (transaction.modified >= after) {
            matching.append(transaction);
        }
    }
    std::sort(matching.begin(), matching.end(), [](const Transaction &a, const Transaction &b) {
        return a.modified != b.modified ? a.modified < b.modified : a.id.toLongLong() < b.id.toLongLong();
    });
    const qsizetype total = matching.size();
    QJsonArray items;
    for (qsizetype i = offset; i < std::min(total, qsizetype(offset) + limit); ++i) {
        const Transaction &t = matching.at(i);
        QJsonObject row{{u"links"_s, QJsonArray{}},
                        {u"id"_s, t.id},
                        {u"type"_s, t.type},
                        {u"tranid"_s, t.tranId},
                        {u"status"_s, t.status},
                        {u"lastmodified"_s, t.modified.toTimeZone(m_zone).toString(u"yyyy-MM-ddTHH:mm:ss"_s)}};
        // SuiteQL leaves out the columns that are null.
        const QList<std::pair<QString, QString>> optional{
            {u"email"_s, t.email},
            {u"customer"_s, t.type == "SalesOrd"_L1 ? t.customer : QString()},
            {u"foreigntotal"_s, t.type == "SalesOrd"_L1 ? t.total : QString()},
            {u"currency"_s, t.type == "SalesOrd"_L1 ? u"USD"_s : QString()},
            {u"createdfrom"_s, t.createdFrom},
            {u"createdfromtext"_s, t.createdFromText},
            {u"carrier"_s, t.carrier},
            {u"trackingnumber"_s, t.trackingNumber}};
        for (const auto &[name, value] : optional) {
            if (!value.isEmpty()) {
                row.insert(name, value);
            }
        }
        items.append(row);
    }
    const bool hasMore = qsizetype(offset) + limit < total;
    const QString self = baseUrl().toString() + QString::fromLatin1(request.path);
    QJsonArray links{
        QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, u"%1?limit=%2&offset=%3"_s.arg(self).arg(limit).arg(offset)}}};
    if (hasMore) {
        links.append(QJsonObject{{u"rel"_s, u"next"_s},
                                 {u"href"_s, u"%1?limit=%2&offset=%3"_s.arg(self).arg(limit).arg(offset + limit)}});
    }
    return json(200, QJsonDocument(QJsonObject{{u"links"_s, links},
                                               {u"count"_s, items.size()},
                                               {u"hasMore"_s, hasMore},
                                               {u"offset"_s, offset},
                                               {u"totalResults"_s, total},
                                               {u"items"_s, items}})
                         .toJson(QJsonDocument::Compact));
}

FakePlatformServer::Response FakeNetSuiteApi::answer(Mode mode, const Request &request)
{
    switch (mode) {
    case Mode::Unauthorized401:
        return json(401, netSuiteError(401, "Unauthorized", "INVALID_LOGIN", "Invalid login attempt."));
    case Mode::RateLimit429:
    case Mode::Throttled:
        return json(429,
                    netSuiteError(429, "Too Many Requests", "CONCURRENCY_LIMIT_EXCEEDED",
                                  "Concurrent request limit exceeded. Request blocked."),
                    {{QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds())}});
    default:
        return FakePlatformServer::answer(mode, request);
    }
}

} // namespace Tidings::Test
