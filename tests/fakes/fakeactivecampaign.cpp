#include "fakes/fakeactivecampaign.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QByteArray acError(const QString &title, const QString &detail, const QString &code = {})
{
    QJsonObject error{{u"title"_s, title}, {u"detail"_s, detail}};
    if (!code.isEmpty()) {
        error.insert(u"code"_s, code);
    }
    return QJsonDocument(QJsonObject{{u"errors"_s, QJsonArray{error}}}).toJson(QJsonDocument::Compact);
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

} // namespace

FakeActiveCampaign::FakeActiveCampaign(QString apiKey, QObject *parent)
    : QObject(parent)
    , m_apiKey(apiKey.toUtf8())
    , m_server(new QHttpServer(this))
{
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

FakeActiveCampaign::~FakeActiveCampaign()
{
    m_hung.clear();
}

bool FakeActiveCampaign::listen()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeActiveCampaign::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

void FakeActiveCampaign::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ReceivedRequest record;
    record.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    record.method = request.method() == QHttpServerRequest::Method::Get    ? QByteArrayLiteral("GET")
                    : request.method() == QHttpServerRequest::Method::Post ? QByteArrayLiteral("POST")
                                                                           : QByteArrayLiteral("OTHER");
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

    static const QByteArray automationsPrefix = QByteArrayLiteral("/api/3/automations/");
    if (record.path.startsWith(automationsPrefix)) {
        // The connection check: one automation, read only.
        const QString id = QString::fromUtf8(record.path.mid(automationsPrefix.size()));
        if (record.method != "GET") {
            answer(405, acError(u"Method not allowed"_s, u"Use GET"_s));
        } else if (record.headers.value(QByteArrayLiteral("api-token")) != m_apiKey) {
            answer(403, acError(u"You are not authorized to access this resource"_s, u"Check the API key"_s));
        } else {
            switch (m_mode) {
            case Mode::Forbidden403:
                answer(403, acError(u"You are not authorized to access this resource"_s, u"Check the API key"_s));
                break;
            case Mode::TooMany429Retry:
                answer(429, acError(u"Too Many Requests"_s, u"Rate limit exceeded"_s), QByteArrayLiteral("2"));
                break;
            case Mode::TooMany429:
                answer(429, acError(u"Too Many Requests"_s, u"Rate limit exceeded"_s));
                break;
            case Mode::ServerError500:
                answer(500, acError(u"Internal error"_s, u"Something went wrong"_s));
                break;
            case Mode::Hang:
                m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
                break;
            default:
                if (!m_automations.contains(id)) {
                    answer(404, QJsonDocument(
                                    QJsonObject{{u"message"_s, u"No Result found for Automation with id %1"_s.arg(id)}})
                                    .toJson(QJsonDocument::Compact));
                } else {
                    QJsonObject automation = m_automations.value(id);
                    automation.insert(u"id"_s, id);
                    automation.insert(u"entered"_s, u"0"_s);
                    automation.insert(u"exited"_s, u"0"_s);
                    answer(200,
                           QJsonDocument(QJsonObject{{u"automation"_s, automation}}).toJson(QJsonDocument::Compact));
                }
                break;
            }
        }
        return;
    }

    const bool contactSync = record.path == "/api/3/contact/sync";
    const bool automation = record.path == "/api/3/contactAutomations";
    const QJsonObject contact = record.json.value(u"contact"_s).toObject();
    const QJsonObject link = record.json.value(u"contactAutomation"_s).toObject();
    if (!contactSync && !automation) {
        answer(404, acError(u"No Result found"_s, u"No route for %1"_s.arg(QString::fromUtf8(record.path))));
    } else if (request.method() != QHttpServerRequest::Method::Post) {
        answer(405, acError(u"Method not allowed"_s, u"Use POST"_s));
    } else if (record.headers.value(QByteArrayLiteral("api-token")) != m_apiKey) {
        answer(403, acError(u"You are not authorized to access this resource"_s, u"Check the API key"_s));
    } else if (!record.headers.value(QByteArrayLiteral("content-type")).startsWith("application/json") ||
               !document.isObject()) {
        answer(400, acError(u"Bad request"_s, u"The body must be JSON"_s));
    } else if (contactSync && contact.value(u"email"_s).toString().isEmpty()) {
        answer(422, acError(u"Email address is required"_s, u"Contact email is missing"_s, u"field_missing"_s));
    } else if (automation &&
               (link.value(u"contact"_s).toString().isEmpty() || link.value(u"automation"_s).toString().isEmpty())) {
        answer(422, acError(u"Contact and automation are required"_s, u"Missing field"_s, u"field_missing"_s));
    } else {
        const Mode mode = contactSync ? m_mode : m_automationMode;
        const QString id = QString::number(m_nextId++);
        switch (mode) {
        case Mode::Accept:
            if (contactSync) {
                answer(200,
                       QJsonDocument(QJsonObject{{u"contact"_s,
                                                  QJsonObject{{u"id"_s, id}, {u"email"_s, contact.value(u"email"_s)}}}})
                           .toJson(QJsonDocument::Compact));
            } else {
                answer(201, QJsonDocument(QJsonObject{{u"contactAutomation"_s,
                                                       QJsonObject{{u"id"_s, id},
                                                                   {u"contact"_s, link.value(u"contact"_s)},
                                                                   {u"automation"_s, link.value(u"automation"_s)}}}})
                                .toJson(QJsonDocument::Compact));
            }
            break;
        case Mode::Forbidden403:
            answer(403, acError(u"You are not authorized to access this resource"_s, u"Check the API key"_s));
            break;
        case Mode::Invalid422:
            answer(422, acError(u"Email address is not valid."_s, u"The email is invalid"_s, u"email_invalid"_s));
            break;
        case Mode::TooMany429Retry:
            answer(429, acError(u"Too Many Requests"_s, u"Rate limit exceeded"_s), QByteArrayLiteral("2"));
            break;
        case Mode::TooMany429:
            answer(429, acError(u"Too Many Requests"_s, u"Rate limit exceeded"_s));
            break;
        case Mode::ServerError500:
            answer(500, acError(u"Internal error"_s, u"Something went wrong"_s));
            break;
        case Mode::Malformed:
            answer(400, QByteArrayLiteral("<html>bad</html>"));
            break;
        case Mode::NoId:
            answer(200, QByteArrayLiteral("{\"contact\":{}}"));
            break;
        case Mode::Hang:
            m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
            break;
        }
    }
}

} // namespace Tidings::Test
