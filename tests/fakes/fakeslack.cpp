#include "fakes/fakeslack.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTcpSocket>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

struct Answer
{
    int status = 200;
    QByteArray body;
    bool json = true;
    QByteArray retryAfter;
    std::optional<QByteArray> oauthScopes; // X-OAuth-Scopes, as Slack adds to Web API answers
};

Answer apiError(const char *code, int status = 200)
{
    return Answer{
        status, QByteArrayLiteral("{\"ok\":false,\"error\":\"") + code + QByteArrayLiteral("\"}"), true, {}, {}};
}

Answer text(int status, const QByteArray &body)
{
    return Answer{status, body, false, {}, {}};
}

void write(QHttpServerResponder &responder, const Answer &answer)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), answer.json
                                                                 ? QByteArrayLiteral("application/json; charset=utf-8")
                                                                 : QByteArrayLiteral("text/html"));
    if (!answer.retryAfter.isEmpty()) {
        responder.writeHeader(QByteArrayLiteral("Retry-After"), answer.retryAfter);
    }
    if (answer.oauthScopes) {
        responder.writeHeader(QByteArrayLiteral("X-OAuth-Scopes"), *answer.oauthScopes);
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(answer.body.size()));
    responder.writeBody(answer.body);
}

// Slack wants text or blocks; blocks must be an array of objects with a type.
bool hasContent(const QJsonObject &json)
{
    const QJsonArray blocks = json.value(u"blocks"_s).toArray();
    for (const QJsonValue &block : blocks) {
        if (block.toObject().value(u"type"_s).toString().isEmpty()) {
            return false;
        }
    }
    return !json.value(u"text"_s).toString().isEmpty() || !blocks.isEmpty();
}

// auth.test: who the token is. Errors that only a post can meet (channel, layout) do not apply to it.
Answer authTestAnswer(FakeSlack::Mode mode, int retryAfter, const QByteArray &scopes)
{
    using Mode = FakeSlack::Mode;
    Answer answer;
    switch (mode) {
    case Mode::InvalidAuth:
        return apiError("invalid_auth");
    case Mode::TokenRevoked:
        return apiError("token_revoked");
    case Mode::InternalError:
        return apiError("internal_error");
    case Mode::RateLimited:
        answer = apiError("ratelimited", 429);
        answer.retryAfter = QByteArray::number(retryAfter);
        return answer;
    case Mode::RateLimitedNoRetry:
        return apiError("ratelimited", 429);
    case Mode::ServerError503:
        return text(503, "<html><body>Service Unavailable</body></html>");
    case Mode::Malformed:
        return text(200, "<html><body>Sign in to the Wi-Fi</body></html>");
    default:
        answer.body = QJsonDocument(QJsonObject{{u"ok"_s, true},
                                                {u"url"_s, u"https://the-shop.slack.com/"_s},
                                                {u"team"_s, u"The Shop"_s},
                                                {u"user"_s, u"tidings"_s},
                                                {u"team_id"_s, u"T0123456789"_s},
                                                {u"user_id"_s, u"U0123456789"_s},
                                                {u"bot_id"_s, u"B0123456789"_s},
                                                {u"is_enterprise_install"_s, false}})
                          .toJson(QJsonDocument::Compact);
        answer.oauthScopes = scopes;
        return answer;
    }
}

} // namespace

FakeSlack::FakeSlack(QString botToken, QString webhookSecret, QObject *parent)
    : QObject(parent)
    , m_botToken(std::move(botToken))
    , m_webhookSecret(std::move(webhookSecret))
    , m_server(new QHttpServer(this))
{
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

FakeSlack::~FakeSlack()
{
    QMutexLocker locker(&m_mutex);
    m_hung.clear();
}

bool FakeSlack::listen()
{
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    QMutexLocker locker(&m_mutex);
    m_port = port;
    return port != 0;
}

QUrl FakeSlack::baseUrl() const
{
    QMutexLocker locker(&m_mutex);
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QUrl FakeSlack::webhookUrl() const
{
    QMutexLocker locker(&m_mutex);
    return QUrl(u"http://127.0.0.1:%1/services/T000/B000/%2"_s.arg(QString::number(m_port), m_webhookSecret));
}

void FakeSlack::setMode(Mode mode)
{
    QMutexLocker locker(&m_mutex);
    m_mode = mode;
}

void FakeSlack::queueModes(const QList<Mode> &modes)
{
    QMutexLocker locker(&m_mutex);
    m_queuedModes.append(modes);
}

void FakeSlack::setOAuthScopes(const QByteArray &scopes)
{
    QMutexLocker locker(&m_mutex);
    m_oauthScopes = scopes;
}

void FakeSlack::setRetryAfterSeconds(int seconds)
{
    QMutexLocker locker(&m_mutex);
    m_retryAfterSeconds = seconds;
}

QList<FakeSlack::ReceivedRequest> FakeSlack::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

FakeSlack::ReceivedRequest FakeSlack::request(int index) const
{
    QMutexLocker locker(&m_mutex);
    return m_requests.value(index);
}

int FakeSlack::requestCount() const
{
    QMutexLocker locker(&m_mutex);
    return static_cast<int>(m_requests.size());
}

int FakeSlack::acceptedCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_accepted;
}

void FakeSlack::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ReceivedRequest record;
    record.method =
        request.method() == QHttpServerRequest::Method::Post ? QByteArrayLiteral("POST") : QByteArrayLiteral("OTHER");
    record.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    for (const auto &[name, value] : request.headers()) {
        record.headers.insert(name.toLower(), value);
    }
    record.body = request.body();
    const QJsonDocument document = QJsonDocument::fromJson(record.body);
    record.json = document.object();

    const bool post = record.path == "/api/chat.postMessage";
    const bool authTest = record.path == "/api/auth.test";
    const bool api = post || authTest;
    const bool webhook = record.path == QByteArrayLiteral("/services/T000/B000/") + m_webhookSecret.toUtf8();
    const QByteArray contentType = record.headers.value("content-type").toLower();
    std::optional<Answer> violation;
    if (!api && !webhook) {
        violation = record.path.startsWith("/services/") ? text(404, "no_service") : apiError("unknown_method", 404);
    } else if (record.method != "POST") {
        violation = api ? apiError("invalid_arguments") : text(405, "invalid_payload");
    } else if (api && record.headers.value("authorization").isEmpty()) {
        violation = apiError("not_authed");
    } else if (api && record.headers.value("authorization") != QByteArrayLiteral("Bearer ") + m_botToken.toUtf8()) {
        violation = apiError("invalid_auth");
    } else if (authTest) {
        // No arguments besides the token.
    } else if (!contentType.startsWith("application/json") || (api && !contentType.contains("charset=utf-8"))) {
        violation = api ? apiError("invalid_arguments") : text(400, "invalid_payload");
    } else if (!document.isObject() || !hasContent(record.json)) {
        violation = api ? apiError("no_text") : text(400, "no_text");
    } else if (api && record.json.value(u"channel"_s).toString().isEmpty()) {
        violation = apiError("channel_not_found");
    }

    int index = 0;
    Mode mode = Mode::Accept;
    int retryAfter = 30;
    QByteArray oauthScopes;
    QString ts;
    {
        QMutexLocker locker(&m_mutex);
        if (!violation) {
            mode = m_queuedModes.isEmpty() ? m_mode : m_queuedModes.takeFirst();
        }
        retryAfter = m_retryAfterSeconds;
        oauthScopes = m_oauthScopes;
        index = static_cast<int>(m_requests.size());
        if (!violation && mode == Mode::Accept && !authTest) {
            ts = u"%1.000100"_s.arg(m_nextTs++);
            record.ts = ts;
            ++m_accepted;
        }
        m_requests.append(record);
    }

    Answer answer;
    if (violation) {
        answer = *violation;
    } else if (authTest) {
        answer = authTestAnswer(mode, retryAfter, oauthScopes);
    } else {
        switch (mode) {
        case Mode::Accept:
            answer = api ? Answer{200,
                                  QJsonDocument(QJsonObject{{u"ok"_s, true},
                                                            {u"channel"_s, record.json.value(u"channel"_s)},
                                                            {u"ts"_s, ts},
                                                            {u"message"_s, QJsonObject{{u"type"_s, u"message"_s}}}})
                                      .toJson(QJsonDocument::Compact),
                                  true,
                                  {},
                                  {}}
                         : text(200, "ok");
            break;
        case Mode::InvalidAuth:
            answer = api ? apiError("invalid_auth") : text(403, "invalid_token");
            break;
        case Mode::TokenRevoked:
            answer = api ? apiError("token_revoked") : text(404, "no_service");
            break;
        case Mode::ChannelNotFound:
            answer = api ? apiError("channel_not_found") : text(404, "channel_not_found");
            break;
        case Mode::NotInChannel:
            answer = api ? apiError("not_in_channel") : text(403, "action_prohibited");
            break;
        case Mode::IsArchived:
            answer = api ? apiError("is_archived") : text(410, "channel_is_archived");
            break;
        case Mode::MsgTooLong:
            answer = api ? apiError("msg_too_long") : text(400, "invalid_payload");
            break;
        case Mode::InvalidBlocks:
            answer = api ? apiError("invalid_blocks") : text(400, "no_text");
            break;
        case Mode::InternalError:
            answer = api ? apiError("internal_error") : text(500, "rollup_error");
            break;
        case Mode::RateLimited:
            answer = api ? apiError("ratelimited", 429) : text(429, "rate_limited");
            answer.retryAfter = QByteArray::number(retryAfter);
            break;
        case Mode::RateLimitedNoRetry:
            answer = api ? apiError("ratelimited", 429) : text(429, "rate_limited");
            break;
        case Mode::ServerError503:
            answer = text(503, "<html><body>Service Unavailable</body></html>");
            break;
        case Mode::Malformed:
            answer = text(200, "<html><body>Sign in to the Wi-Fi</body></html>");
            break;
        case Mode::Hang:
            break;
        }
    }

    if (!violation && mode == Mode::Hang) {
        QMutexLocker locker(&m_mutex);
        m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
    } else {
        write(responder, answer);
        QMutexLocker locker(&m_mutex);
        m_requests[index].answeredStatus = answer.status;
    }
    emit requestReceived(index);
}

} // namespace Tidings::Test
