#include "fakes/fakesalesforceapi.h"

#include "fakes/fakeoauth2server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

const QStringList StandardFields{u"Id"_s,
                                 u"OrderNumber"_s,
                                 u"Status"_s,
                                 u"StatusCode"_s,
                                 u"TotalAmount"_s,
                                 u"EffectiveDate"_s,
                                 u"ActivatedDate"_s,
                                 u"LastModifiedDate"_s,
                                 u"SystemModstamp"_s,
                                 u"BillToContact.Email"_s,
                                 u"BillToContact.FirstName"_s,
                                 u"BillToContact.LastName"_s,
                                 u"BillToContact.Phone"_s,
                                 u"Account.Name"_s};

QByteArray sfError(const QString &errorCode, const QString &message)
{
    return QJsonDocument(QJsonArray{QJsonObject{{u"message"_s, message}, {u"errorCode"_s, errorCode}}})
        .toJson(QJsonDocument::Compact);
}

struct Soql
{
    QStringList fields;
    QDateTime since;
};

// The query's parts, or the error Salesforce answers.
std::optional<Soql> parseSoql(const QString &soql, QString *errorCode, QString *message)
{
    static const QRegularExpression pattern(
        u"^SELECT (.+) FROM Order WHERE SystemModstamp >= (\\S+) ORDER BY SystemModstamp ASC, Id ASC$"_s);
    const QRegularExpressionMatch match = pattern.match(soql);
    if (!match.hasMatch()) {
        *errorCode = u"MALFORMED_QUERY"_s;
        *message = u"unexpected token: "_s + soql.left(40);
        return std::nullopt;
    }
    static const QRegularExpression literal(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
    if (!literal.match(match.captured(2)).hasMatch()) {
        *errorCode = u"MALFORMED_QUERY"_s;
        *message =
            u"\nFROM Order WHERE SystemModstamp >= %1\n                                   ^\nERROR at Row:1:Column:30\n"
            "value of filter criterion for field 'SystemModstamp' must be of type dateTime and should not be "
            "enclosed in quotes"_s.arg(match.captured(2));
        return std::nullopt;
    }
    Soql result;
    result.since = QDateTime::fromString(match.captured(2), Qt::ISODate).toUTC();
    for (const QString &part : match.captured(1).split(u',')) {
        result.fields.append(part.trimmed());
    }
    return result;
}

} // namespace

FakeSalesforceApi::FakeSalesforceApi(QString apiVersion, QObject *parent)
    : FakePlatformServer(parent)
    , m_apiVersion(std::move(apiVersion))
{}

QString FakeSalesforceApi::sfTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'+0000'"_s);
}

void FakeSalesforceApi::upsertOrder(const Order &order)
{
    for (Order &existing : m_orders) {
        if (existing.id == order.id) {
            existing = order;
            return;
        }
    }
    m_orders.append(order);
}

FakeSalesforceApi::Order FakeSalesforceApi::order(const QString &id) const
{
    for (const Order &order : m_orders) {
        if (order.id == id) {
            return order;
        }
    }
    return {};
}

QString FakeSalesforceApi::soqlOf(const Request &request)
{
    // A servlet's query string: '+' is a space, then percent-decoding.
    QString raw = request.query.queryItemValue(u"q"_s, QUrl::FullyEncoded);
    raw.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

std::optional<FakePlatformServer::Response> FakeSalesforceApi::violation(const Request &request) const
{
    const QByteArray authorization = request.headers.value("authorization");
    if (!authorization.startsWith("Bearer ") || !m_tokens ||
        !m_tokens->isIssued(QString::fromLatin1(authorization.mid(7)))) {
        return json(401, sfError(u"INVALID_SESSION_ID"_s, u"Session expired or invalid"_s));
    }
    const QString prefix = u"/services/data/%1/query"_s.arg(m_apiVersion);
    const QString path = QString::fromUtf8(request.path);
    if (request.method != "GET" || !path.startsWith(prefix)) {
        return json(404, sfError(u"NOT_FOUND"_s, u"The requested resource does not exist"_s));
    }
    if (path.size() > prefix.size()) {
        // A later batch: /query/<locator>-<offset>, only for the session that made the locator.
        const QString rest = path.mid(prefix.size());
        const qsizetype dash = rest.lastIndexOf(u'-');
        const QString id = rest.mid(1, dash - 1);
        if (!rest.startsWith(u'/') || dash < 0 || !m_locators.contains(id) ||
            m_locators.value(id).token != QString::fromLatin1(authorization.mid(7))) {
            return json(400, sfError(u"INVALID_QUERY_LOCATOR"_s, u"invalid query locator"_s));
        }
        return std::nullopt;
    }
    QString errorCode;
    QString message;
    const std::optional<Soql> soql = parseSoql(soqlOf(request), &errorCode, &message);
    if (!soql) {
        return json(400, sfError(errorCode, message));
    }
    QStringList seen;
    for (const QString &field : soql->fields) {
        const auto known = [&field](const QString &name) { return name.compare(field, Qt::CaseInsensitive) == 0; };
        if (std::any_of(seen.cbegin(), seen.cend(), known)) {
            return json(400, sfError(u"INVALID_FIELD"_s, u"duplicate field selected: %1"_s.arg(field)));
        }
        seen.append(field);
        if (!std::any_of(StandardFields.cbegin(), StandardFields.cend(), known) &&
            !std::any_of(m_customFields.cbegin(), m_customFields.cend(), known)) {
            return json(400, sfError(u"INVALID_FIELD"_s,
                                     u"\n%1 FROM Order WHERE\n^\nERROR at Row:1:Column:250\nNo such column '%1' on "
                                     "entity 'Order'. If you are attempting to use a custom field, be sure to append "
                                     "the '__c' after the custom field name. Please reference your WSDL or the "
                                     "describe call for the appropriate names."_s.arg(field)));
        }
    }
    return std::nullopt;
}

QJsonObject FakeSalesforceApi::recordJson(const Order &order, const QStringList &fields) const
{
    const QString objects = u"/services/data/%1/sobjects/"_s.arg(m_apiVersion);
    QJsonObject record{
        {u"attributes"_s, QJsonObject{{u"type"_s, u"Order"_s}, {u"url"_s, QString(objects + u"Order/"_s + order.id)}}}};
    QJsonObject contact{
        {u"attributes"_s,
         QJsonObject{{u"type"_s, u"Contact"_s}, {u"url"_s, QString(objects + u"Contact/003"_s + order.id.mid(3))}}}};
    QJsonObject account{
        {u"attributes"_s,
         QJsonObject{{u"type"_s, u"Account"_s}, {u"url"_s, QString(objects + u"Account/001"_s + order.id.mid(3))}}}};
    bool wantsContact = false;
    bool wantsAccount = false;
    const auto text = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    for (const QString &field : fields) {
        const QString key = field.toLower();
        if (key == "id"_L1) {
            record.insert(u"Id"_s, order.id);
        } else if (key == "ordernumber"_L1) {
            record.insert(u"OrderNumber"_s, order.number);
        } else if (key == "status"_L1) {
            record.insert(u"Status"_s, order.status);
        } else if (key == "statuscode"_L1) {
            record.insert(u"StatusCode"_s, order.statusCode);
        } else if (key == "totalamount"_L1) {
            record.insert(u"TotalAmount"_s, order.total);
        } else if (key == "effectivedate"_L1) {
            record.insert(u"EffectiveDate"_s, order.modstamp.toUTC().date().toString(Qt::ISODate));
        } else if (key == "activateddate"_L1) {
            record.insert(u"ActivatedDate"_s, QJsonValue());
        } else if (key == "lastmodifieddate"_L1) {
            record.insert(u"LastModifiedDate"_s, sfTime(order.modstamp));
        } else if (key == "systemmodstamp"_L1) {
            record.insert(u"SystemModstamp"_s, sfTime(order.modstamp));
        } else if (key.startsWith("billtocontact."_L1)) {
            wantsContact = true;
            const QString name = key == "billtocontact.email"_L1       ? u"Email"_s
                                 : key == "billtocontact.firstname"_L1 ? u"FirstName"_s
                                 : key == "billtocontact.lastname"_L1  ? u"LastName"_s
                                                                       : u"Phone"_s;
            const QString value = name == "Email"_L1       ? order.email
                                  : name == "FirstName"_L1 ? order.firstName
                                  : name == "LastName"_L1  ? order.lastName
                                                           : order.phone;
            contact.insert(name, text(value));
        } else if (key == "account.name"_L1) {
            wantsAccount = true;
            account.insert(u"Name"_s, order.account);
        } else {
            for (const QString &custom : m_customFields) {
                if (custom.compare(field, Qt::CaseInsensitive) == 0) {
                    record.insert(custom, text(order.custom.value(custom)));
                }
            }
        }
    }
    if (wantsContact) {
        record.insert(u"BillToContact"_s, order.email.isEmpty() ? QJsonValue() : QJsonValue(contact));
    }
    if (wantsAccount) {
        record.insert(u"Account"_s, order.account.isEmpty() ? QJsonValue() : QJsonValue(account));
    }
    return record;
}

FakePlatformServer::Headers FakeSalesforceApi::headers()
{
    ++m_apiUsed;
    return {
        {QByteArrayLiteral("Sforce-Limit-Info"), u"api-usage=%1/%2"_s.arg(m_apiUsed).arg(m_apiAllocation).toLatin1()},
        {QByteArrayLiteral("Date"),
         QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()}};
}

FakePlatformServer::Response FakeSalesforceApi::page(const QString &locatorId, int offset)
{
    const Locator &locator = m_locators[locatorId];
    const qsizetype total = locator.records.size();
    QJsonArray records;
    for (qsizetype i = offset; i < std::min<qsizetype>(total, offset + m_batchSize); ++i) {
        records.append(locator.records.at(i));
    }
    const bool done = offset + m_batchSize >= total;
    QJsonObject answer{{u"totalSize"_s, total}, {u"done"_s, done}, {u"records"_s, records}};
    if (!done) {
        answer.insert(u"nextRecordsUrl"_s,
                      u"/services/data/%1/query/%2-%3"_s.arg(m_apiVersion, locatorId).arg(offset + m_batchSize));
    }
    return json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact), headers());
}

QByteArray FakeSalesforceApi::errorBody(const QString &errorCode, const QString &message)
{
    return sfError(errorCode, message);
}

FakePlatformServer::Response FakeSalesforceApi::serve(const Request &request)
{
    if (!m_canned.isEmpty()) {
        const auto [status, body] = m_canned.takeFirst();
        return json(status, body, headers());
    }
    const QString prefix = u"/services/data/%1/query"_s.arg(m_apiVersion);
    const QString path = QString::fromUtf8(request.path);
    if (path.size() > prefix.size()) {
        const QString rest = path.mid(prefix.size() + 1);
        const qsizetype dash = rest.lastIndexOf(u'-');
        return page(rest.left(dash), rest.mid(dash + 1).toInt());
    }
    m_lastSoql = soqlOf(request);
    QString errorCode;
    QString message;
    const Soql soql = *parseSoql(m_lastSoql, &errorCode, &message);
    QList<Order> matching;
    for (const Order &order : std::as_const(m_orders)) {
        if (order.modstamp >= soql.since) {
            matching.append(order);
        }
    }
    std::sort(matching.begin(), matching.end(), [](const Order &a, const Order &b) {
        return a.modstamp != b.modstamp ? a.modstamp < b.modstamp : a.id < b.id;
    });
    Locator locator;
    locator.token = QString::fromLatin1(request.headers.value("authorization").mid(7));
    locator.fields = soql.fields;
    for (const Order &order : std::as_const(matching)) {
        locator.records.append(recordJson(order, soql.fields));
    }
    const QString id = u"01gD0000002HU6K%1"_s.arg(m_nextLocator++, 3, 10, QChar(u'0'));
    m_locators.insert(id, locator);
    return page(id, 0);
}

FakePlatformServer::Response FakeSalesforceApi::answer(Mode mode, const Request &request)
{
    switch (mode) {
    case Mode::Unauthorized401:
        return json(401, sfError(u"INVALID_SESSION_ID"_s, u"Session expired or invalid"_s));
    case Mode::Throttled:
        return json(403, sfError(u"REQUEST_LIMIT_EXCEEDED"_s, u"TotalRequests Limit exceeded."_s));
    case Mode::ServerError500:
        return json(500, sfError(u"UNKNOWN_EXCEPTION"_s,
                                 u"An unexpected error occurred. Please include this ErrorId if you contact support: "
                                 "1234567890-12345 (-123456789)"_s));
    case Mode::Unavailable503:
        return json(503, sfError(u"SERVER_UNAVAILABLE"_s, u"Server temporarily unavailable"_s),
                    {{QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds())}});
    default:
        return FakePlatformServer::answer(mode, request);
    }
}

} // namespace Tidings::Test
