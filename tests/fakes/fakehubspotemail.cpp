#include "fakes/fakehubspotemail.h"

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

QByteArray hubspotError(const QString &message, const QString &category)
{
    return QJsonDocument(QJsonObject{
                             {u"status"_s, u"error"_s},
                             {u"message"_s, message},
                             {u"category"_s, category},
                             {u"correlationId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         })
        .toJson(QJsonDocument::Compact);
}

void write(QHttpServerResponder &responder, int status, const QByteArray &body, const QByteArray &retryAfter = {})
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    if (!retryAfter.isEmpty()) {
        responder.writeHeader(QByteArrayLiteral("Retry-After"), retryAfter);
    }
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

// The answer of an error mode; `answer(status, body[, retryAfter])` writes it.
template <typename Answer>
void answerError(FakeHubSpotEmail::Mode mode, const Answer &answer)
{
    using Mode = FakeHubSpotEmail::Mode;
    switch (mode) {
    case Mode::Invalid400:
        answer(400, hubspotError(u"Email address is invalid"_s, u"VALIDATION_ERROR"_s));
        break;
    case Mode::Unauthorized401:
        answer(401, hubspotError(u"Authentication credentials not found."_s, u"INVALID_AUTHENTICATION"_s));
        break;
    case Mode::Forbidden403:
        answer(403, hubspotError(u"This app hasn't been granted all required scopes to make this call. One or "
                                 "more of the following scopes are required: [transactional-email]"_s,
                                 u"MISSING_SCOPES"_s));
        break;
    case Mode::EmailNotFound404:
        answer(404, hubspotError(u"Email with id 42 not found"_s, u"OBJECT_NOT_FOUND"_s));
        break;
    case Mode::TooMany429Retry:
        answer(429, hubspotError(u"You have reached your secondly limit. policyName: SECONDLY"_s, u"RATE_LIMITS"_s),
               QByteArrayLiteral("3"));
        break;
    case Mode::TooMany429:
        answer(429, hubspotError(u"You have reached your daily limit. policyName: DAILY"_s, u"RATE_LIMITS"_s));
        break;
    case Mode::ServerError502:
        answer(502, hubspotError(u"Bad gateway"_s, u"INTERNAL_ERROR"_s));
        break;
    case Mode::Malformed:
        answer(400, QByteArrayLiteral("<html>nope</html>"));
        break;
    case Mode::Accept:
    case Mode::Hang:
        break;
    }
}

} // namespace

FakeHubSpotEmail::FakeHubSpotEmail(QString token, QObject *parent)
    : QObject(parent)
    , m_expectedAuthorization(QByteArrayLiteral("Bearer ") + token.toUtf8())
    , m_server(new QHttpServer(this))
{
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

FakeHubSpotEmail::~FakeHubSpotEmail()
{
    m_hung.clear();
}

bool FakeHubSpotEmail::listen()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeHubSpotEmail::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

void FakeHubSpotEmail::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ReceivedRequest record;
    record.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    record.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        record.method = QByteArrayLiteral("GET");
        break;
    case QHttpServerRequest::Method::Post:
        record.method = QByteArrayLiteral("POST");
        break;
    default:
        record.method = QByteArrayLiteral("OTHER");
        break;
    }
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
    const QJsonObject message = record.json.value(u"message"_s).toObject();
    const QString sendId = message.value(u"sendId"_s).toString();

    const bool tokensRequest = record.path == "/marketing/v3/transactional/smtp-tokens";
    if (tokensRequest) {
        // The connection check: a read that needs the transactional-email scope.
        if (record.method != "GET") {
            answer(405, hubspotError(u"Method not allowed"_s, u"VALIDATION_ERROR"_s));
        } else if (record.headers.value(QByteArrayLiteral("authorization")) != m_expectedAuthorization) {
            answer(401, hubspotError(u"Authentication credentials not found."_s, u"INVALID_AUTHENTICATION"_s));
        } else if (m_mode == Mode::Accept) {
            const QJsonObject token{
                {u"id"_s, u"abcdef123@1234567.smtp.hubspot.net"_s},
                {u"campaignName"_s, u"Order mail"_s},
                {u"createdBy"_s, u"owner@shop.example"_s},
                {u"createdAt"_s, u"2026-01-05T10:00:00Z"_s},
                {u"emailCampaignId"_s, u"14860979"_s},
                {u"createContact"_s, false},
            };
            answer(200, QJsonDocument(QJsonObject{{u"results"_s, QJsonArray{token}}}).toJson(QJsonDocument::Compact));
        } else if (m_mode == Mode::Hang) {
            m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        } else {
            answerError(m_mode, answer);
        }
        return;
    }
    if (record.path != "/marketing/v3/transactional/single-email/send") {
        answer(404, hubspotError(u"Not found"_s, u"OBJECT_NOT_FOUND"_s));
    } else if (request.method() != QHttpServerRequest::Method::Post) {
        answer(405, hubspotError(u"Method not allowed"_s, u"VALIDATION_ERROR"_s));
    } else if (record.headers.value(QByteArrayLiteral("authorization")) != m_expectedAuthorization) {
        answer(401, hubspotError(u"Authentication credentials not found."_s, u"INVALID_AUTHENTICATION"_s));
    } else if (!record.headers.value(QByteArrayLiteral("content-type")).startsWith("application/json") ||
               !document.isObject() || !record.json.value(u"emailId"_s).isDouble() ||
               message.value(u"to"_s).toString().isEmpty() || sendId.isEmpty() ||
               (record.json.contains(u"customProperties"_s) && !record.json.value(u"customProperties"_s).isObject())) {
        answer(400, hubspotError(u"Invalid input JSON: emailId, message.to and message.sendId are required."_s,
                                 u"VALIDATION_ERROR"_s));
    } else if (m_sendIds.contains(sendId)) {
        answer(409, hubspotError(u"A send with sendId %1 already exists."_s.arg(sendId), u"CONFLICT"_s));
    } else {
        switch (m_mode) {
        case Mode::Accept:
            m_sendIds.insert(sendId);
            answer(200, QJsonDocument(QJsonObject{
                                          {u"statusId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                          {u"status"_s, u"PENDING"_s},
                                          {u"sendResult"_s, QJsonValue(QJsonValue::Null)},
                                      })
                            .toJson(QJsonDocument::Compact));
            break;
        case Mode::Hang:
            m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
            break;
        default:
            answerError(m_mode, answer);
            break;
        }
    }
}

} // namespace Tidings::Test
