#include "fakes/fakeklaviyo.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QByteArray klaviyoError(int status, const QString &code, const QString &title, const QString &detail,
                        const QString &pointer = {})
{
    QJsonObject error{
        {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"status"_s, status},
        {u"code"_s, code},
        {u"title"_s, title},
        {u"detail"_s, detail},
    };
    if (!pointer.isEmpty()) {
        error.insert(u"source"_s, QJsonObject{{u"pointer"_s, pointer}});
    }
    return QJsonDocument(QJsonObject{{u"errors"_s, QJsonArray{error}}}).toJson(QJsonDocument::Compact);
}

void write(QHttpServerResponder &responder, int status, const QByteArray &body, const QByteArray &retryAfter = {})
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    if (!retryAfter.isEmpty()) {
        responder.writeHeader(QByteArrayLiteral("Retry-After"), retryAfter);
    }
    if (!body.isEmpty()) {
        responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/vnd.api+json"));
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

// The first problem of an event body, or an empty pointer when it is fine.
QString checkEvent(const QJsonObject &json)
{
    const QJsonObject data = json.value(u"data"_s).toObject();
    if (data.value(u"type"_s).toString() != u"event"_s) {
        return u"/data/type"_s;
    }
    const QJsonObject attributes = data.value(u"attributes"_s).toObject();
    if (!attributes.value(u"properties"_s).isObject()) {
        return u"/data/attributes/properties"_s;
    }
    const QJsonObject metric = attributes.value(u"metric"_s).toObject().value(u"data"_s).toObject();
    const QString name = metric.value(u"attributes"_s).toObject().value(u"name"_s).toString();
    if (metric.value(u"type"_s).toString() != u"metric"_s || name.isEmpty() || name.size() >= 128) {
        return u"/data/attributes/metric"_s;
    }
    const QJsonObject profile = attributes.value(u"profile"_s).toObject().value(u"data"_s).toObject();
    const QJsonObject who = profile.value(u"attributes"_s).toObject();
    if (profile.value(u"type"_s).toString() != u"profile"_s ||
        (who.value(u"email"_s).toString().isEmpty() && who.value(u"phone_number"_s).toString().isEmpty())) {
        return u"/data/attributes/profile"_s;
    }
    const QJsonValue value = attributes.value(u"value"_s);
    if (!value.isUndefined() && !value.isDouble()) {
        return u"/data/attributes/value"_s;
    }
    return {};
}

} // namespace

FakeKlaviyo::FakeKlaviyo(QString apiKey, QObject *parent)
    : QObject(parent)
    , m_expectedAuthorization(QByteArrayLiteral("Klaviyo-API-Key ") + apiKey.toUtf8())
    , m_server(new QHttpServer(this))
{
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

FakeKlaviyo::~FakeKlaviyo()
{
    m_hung.clear();
}

bool FakeKlaviyo::listen()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeKlaviyo::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

void FakeKlaviyo::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ReceivedRequest record;
    record.method = request.method() == QHttpServerRequest::Method::Post  ? QByteArrayLiteral("POST")
                    : request.method() == QHttpServerRequest::Method::Get ? QByteArrayLiteral("GET")
                                                                          : QByteArrayLiteral("OTHER");
    record.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    record.query = request.url().query(QUrl::FullyDecoded);
    for (const auto &[name, value] : request.headers()) {
        record.headers.insert(name.toLower(), value);
    }
    const QJsonDocument document = QJsonDocument::fromJson(request.body());
    record.json = document.object();
    const int index = static_cast<int>(m_requests.size());
    m_requests.append(record);
    const auto answer = [&](int status, const QByteArray &body, const QByteArray &retryAfter = {}) {
        write(responder, status, body, retryAfter);
        m_requests[index].answeredStatus = status;
    };

    if (record.path != "/api/events") {
        answer(404, klaviyoError(404, u"not_found"_s, u"Not found."_s, u"The path was not found."_s));
    } else if (record.method == "GET") {
        // Get Events (the connection check): needs events:read.
        if (record.headers.value(QByteArrayLiteral("authorization")) != m_expectedAuthorization) {
            answer(401, klaviyoError(401, u"not_authenticated"_s, u"Authentication credentials were not provided."_s,
                                     u"Missing or invalid private key."_s));
            return;
        }
        if (record.headers.value(QByteArrayLiteral("revision")).isEmpty()) {
            answer(400,
                   klaviyoError(400, u"invalid"_s, u"Invalid input."_s, u"Missing revision header."_s, u"revision"_s));
            return;
        }
        switch (m_mode) {
        case Mode::Forbidden403:
            answer(403,
                   klaviyoError(403, u"permission_denied"_s, u"You do not have permission to perform this action."_s,
                                u"This API key is missing required scopes: events:read"_s));
            return;
        case Mode::Invalid400:
        case Mode::Accept:
            break;
        default:
            answerMode(responder, index);
            return;
        }
        const QJsonObject event{{u"type"_s, u"event"_s},
                                {u"id"_s, u"4vRpBT9bRnq"_s},
                                {u"attributes"_s, QJsonObject{{u"datetime"_s, u"2026-11-28T10:00:00+00:00"_s}}}};
        answer(200, QJsonDocument(QJsonObject{{u"data"_s, QJsonArray{event}},
                                              {u"links"_s, QJsonObject{{u"self"_s, u"/api/events"_s},
                                                                       {u"next"_s, QJsonValue(QJsonValue::Null)},
                                                                       {u"prev"_s, QJsonValue(QJsonValue::Null)}}}})
                        .toJson(QJsonDocument::Compact));
    } else if (request.method() != QHttpServerRequest::Method::Post) {
        answer(405, klaviyoError(405, u"method_not_allowed"_s, u"Method not allowed."_s, u"Use POST."_s));
    } else if (record.headers.value(QByteArrayLiteral("authorization")) != m_expectedAuthorization) {
        answer(401, klaviyoError(401, u"not_authenticated"_s, u"Authentication credentials were not provided."_s,
                                 u"Missing or invalid private key."_s));
    } else if (record.headers.value(QByteArrayLiteral("revision")).isEmpty()) {
        answer(400, klaviyoError(400, u"invalid"_s, u"Invalid input."_s, u"Missing revision header."_s, u"revision"_s));
    } else if (!record.headers.value(QByteArrayLiteral("content-type")).startsWith("application/vnd.api+json")) {
        answer(415, klaviyoError(415, u"unsupported_media_type"_s, u"Unsupported media type."_s,
                                 u"Use application/vnd.api+json."_s));
    } else if (const QString pointer = checkEvent(record.json); !document.isObject() || !pointer.isEmpty()) {
        answer(400, klaviyoError(400, u"invalid"_s, u"Invalid input."_s, u"The event is not valid."_s, pointer));
    } else {
        answerMode(responder, index);
    }
}

void FakeKlaviyo::answerMode(QHttpServerResponder &responder, int index)
{
    const auto answer = [&](int status, const QByteArray &body, const QByteArray &retryAfter = {}) {
        write(responder, status, body, retryAfter);
        m_requests[index].answeredStatus = status;
    };
    switch (m_mode) {
    case Mode::Accept:
        answer(202, {});
        break;
    case Mode::Invalid400:
        answer(400, klaviyoError(400, u"invalid"_s, u"Invalid input."_s,
                                 u"Invalid phone number format (Example of a valid format: +12345678901)"_s,
                                 u"/data/attributes/profile/data/attributes/phone_number"_s));
        break;
    case Mode::Unauthorized401:
        answer(401, klaviyoError(401, u"not_authenticated"_s, u"Authentication credentials were not provided."_s,
                                 u"Missing or invalid private key."_s));
        break;
    case Mode::Forbidden403:
        answer(403, klaviyoError(403, u"permission_denied"_s, u"You do not have permission to perform this action."_s,
                                 u"This API key is missing required scopes: events:write"_s));
        break;
    case Mode::TooMany429Retry:
        answer(429,
               klaviyoError(429, u"throttled"_s, u"Request was throttled."_s,
                            u"Request was throttled. Expected available in 5 seconds."_s),
               QByteArrayLiteral("5"));
        break;
    case Mode::TooMany429:
        answer(429, klaviyoError(429, u"throttled"_s, u"Request was throttled."_s, u"Request was throttled."_s));
        break;
    case Mode::Unavailable503:
        answer(503, klaviyoError(503, u"service_unavailable"_s, u"Service unavailable."_s, u"Try later."_s));
        break;
    case Mode::Malformed:
        answer(400, QByteArrayLiteral("<html>oops</html>"));
        break;
    case Mode::Hang:
        m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        break;
    }
}

} // namespace Tidings::Test
