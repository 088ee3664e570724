#include "fakes/fakeplatformserver.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

} // namespace

FakePlatformServer::FakePlatformServer(QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
{
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

FakePlatformServer::~FakePlatformServer() = default;

bool FakePlatformServer::listen()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakePlatformServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

FakePlatformServer::Response FakePlatformServer::json(int status, const QByteArray &body, const Headers &headers)
{
    Response response{status, headers, body};
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

FakePlatformServer::Response FakePlatformServer::answer(Mode mode, const Request &)
{
    const QByteArray retryAfter = QByteArray::number(m_retryAfterSeconds);
    switch (mode) {
    case Mode::RateLimit429:
    case Mode::Throttled:
        return json(
            429,
            R"({"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."})",
            {{QByteArrayLiteral("Retry-After"), retryAfter}});
    case Mode::ServerError500:
        return json(500, R"({"errors":"Internal Server Error"})");
    case Mode::Unavailable503:
        return json(503, R"({"errors":"Unavailable"})", {{QByteArrayLiteral("Retry-After"), retryAfter}});
    case Mode::Unauthorized401:
        return json(
            401,
            R"json({"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"})json");
    case Mode::Serve:
        break;
    }

    return json(500, "{}");
}

void FakePlatformServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Request recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path().toUtf8();
    recorded.query = QUrlQuery(request.url());
    for (const auto &[name, value] : request.headers()) {
        recorded.headers.insert(name.toLower(), value);
    }
    recorded.body = request.body();

    Response response;
    if (auto refused = violation(recorded)) {
        response = *refused;
    } else if (!m_modes.isEmpty() && m_modes.first() != Mode::Serve) {
        response = answer(m_modes.takeFirst(), recorded);
    } else {
        if (!m_modes.isEmpty()) {
            m_modes.removeFirst();
        }
        response = serve(recorded);
    }
    recorded.status = response.status;
    m_requests.append(recorded);

    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : std::as_const(response.headers)) {
        responder.writeHeader(name, value);
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    emit requestReceived(static_cast<int>(m_requests.size() - 1));
}

} // namespace Tidings::Test
