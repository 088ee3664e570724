#include "fakes/fakewebhook.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QMutexLocker>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

// Compares without stopping at the first difference, as a receiver must.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return diff == 0;
}

void write(QHttpServerResponder &responder, int status, const QByteArray &body, const QByteArray &retryAfter = {})
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    if (!body.isEmpty()) {
        responder.writeHeader(QByteArrayLiteral("Content-Type"), body.startsWith('{')
                                                                     ? QByteArrayLiteral("application/json")
                                                                     : QByteArrayLiteral("text/plain"));
    }
    if (!retryAfter.isEmpty()) {
        responder.writeHeader(QByteArrayLiteral("Retry-After"), retryAfter);
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

QString shapeViolation(const QJsonObject &json, const QByteArray &idHeader)
{
    if (!json.value(u"notificationId"_s).isDouble()) {
        return u"notificationId missing"_s;
    }
    if (QByteArray::number(json.value(u"notificationId"_s).toInteger()) != idHeader) {
        return u"X-Tidings-Notification-Id does not match notificationId"_s;
    }
    if (!json.value(u"event"_s).isObject()) {
        return u"event missing"_s;
    }
    const QJsonObject message = json.value(u"message"_s).toObject();
    for (const QString &key : {u"subject"_s, u"text"_s, u"html"_s}) {
        if (!message.value(key).isString()) {
            return u"message.%1 missing"_s.arg(key);
        }
    }
    if (!message.value(u"to"_s).isObject()) {
        return u"message.to missing"_s;
    }
    if (!QDateTime::fromString(json.value(u"sentAt"_s).toString(), Qt::ISODateWithMs).isValid()) {
        return u"sentAt missing"_s;
    }
    return {};
}

} // namespace

FakeWebhook::FakeWebhook(QByteArray path, QByteArray sig, QByteArray signingSecret, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_sig(std::move(sig))
    , m_signingSecret(std::move(signingSecret))
    , m_server(new QHttpServer(this))
{
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

FakeWebhook::~FakeWebhook()
{
    QMutexLocker locker(&m_mutex);
    m_hung.clear();
}

bool FakeWebhook::listen()
{
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    QMutexLocker locker(&m_mutex);
    m_port = port;
    return port != 0;
}

QUrl FakeWebhook::url() const
{
    QMutexLocker locker(&m_mutex);
    QUrl url(u"http://127.0.0.1:%1%2"_s.arg(QString::number(m_port), QString::fromUtf8(m_path)));
    if (!m_sig.isEmpty()) {
        url.setQuery(u"api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig="_s + QString::fromUtf8(m_sig));
    }
    return url;
}

void FakeWebhook::setMode(Mode mode)
{
    QMutexLocker locker(&m_mutex);
    m_mode = mode;
}

void FakeWebhook::queueModes(const QList<Mode> &modes)
{
    QMutexLocker locker(&m_mutex);
    m_queuedModes.append(modes);
}

void FakeWebhook::setRetryAfterSeconds(int seconds)
{
    QMutexLocker locker(&m_mutex);
    m_retryAfterSeconds = seconds;
}

QList<FakeWebhook::ReceivedRequest> FakeWebhook::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

FakeWebhook::ReceivedRequest FakeWebhook::request(int index) const
{
    QMutexLocker locker(&m_mutex);
    return m_requests.value(index);
}

int FakeWebhook::requestCount() const
{
    QMutexLocker locker(&m_mutex);
    return static_cast<int>(m_requests.size());
}

void FakeWebhook::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ReceivedRequest record;
    record.method =
        request.method() == QHttpServerRequest::Method::Post ? QByteArrayLiteral("POST") : QByteArrayLiteral("OTHER");
    record.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    record.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    for (const auto &[name, value] : request.headers()) {
        record.headers.insert(name.toLower(), value);
    }
    record.body = request.body();
    const QJsonDocument document = QJsonDocument::fromJson(record.body);
    record.json = document.object();

    int violationStatus = 0;
    if (record.path != m_path) {
        violationStatus = 404;
        record.violation = u"no such hook"_s;
    } else if (record.method != "POST") {
        violationStatus = 405;
        record.violation = u"method not allowed"_s;
    } else if (!m_sig.isEmpty() && QUrlQuery(request.url()).queryItemValue(u"sig"_s).toUtf8() != m_sig) {
        violationStatus = 401;
        record.violation = u"The provided SAS signature is invalid"_s;
    } else if (!record.headers.value("content-type").startsWith("application/json") || !document.isObject()) {
        violationStatus = 400;
        record.violation = u"not a JSON object"_s;
    } else if (const QString shape = shapeViolation(record.json, record.headers.value("x-tidings-notification-id"));
               !shape.isEmpty()) {
        violationStatus = 400;
        record.violation = shape;
    } else if (!m_signingSecret.isEmpty()) {
        const QByteArray timestamp = record.headers.value("x-tidings-timestamp");
        const QByteArray given = record.headers.value("x-tidings-signature");
        QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_signingSecret);
        mac.addData(timestamp + "." + record.body);
        const QByteArray expected = QByteArrayLiteral("sha256=") + mac.result().toHex();
        bool ok = false;
        const qint64 seconds = timestamp.toLongLong(&ok);
        if (!ok || qAbs(QDateTime::currentSecsSinceEpoch() - seconds) > 300 || !constantTimeEquals(given, expected)) {
            violationStatus = 401;
            record.violation = u"bad signature"_s;
        }
    }

    int index = 0;
    Mode mode = Mode::AcceptZapier;
    int retryAfter = 30;
    {
        QMutexLocker locker(&m_mutex);
        if (violationStatus == 0) {
            mode = m_queuedModes.isEmpty() ? m_mode : m_queuedModes.takeFirst();
        }
        retryAfter = m_retryAfterSeconds;
        index = static_cast<int>(m_requests.size());
        m_requests.append(record);
    }

    int status = 0;
    if (violationStatus != 0) {
        status = violationStatus;
        write(responder, status, QJsonDocument(QJsonObject{{u"error"_s, record.violation}}).toJson());
    } else {
        switch (mode) {
        case Mode::AcceptZapier:
            status = 200;
            write(responder, status,
                  QJsonDocument(QJsonObject{{u"id"_s, u"zap-%1"_s.arg(index)},
                                            {u"request_id"_s, u"req-%1"_s.arg(index)},
                                            {u"attempt"_s, u"att-%1"_s.arg(index)},
                                            {u"status"_s, u"success"_s}})
                      .toJson(QJsonDocument::Compact));
            break;
        case Mode::AcceptPowerAutomate:
            status = 202;
            write(responder, status, {});
            break;
        case Mode::AcceptGarbage:
            status = 200;
            write(responder, status, "not json");
            break;
        case Mode::Gone410:
            status = 410;
            write(responder, status, R"({"status":"failure","message":"This hook is turned off."})");
            break;
        case Mode::NotFound404:
            status = 404;
            write(responder, status,
                  R"({"error":{"code":"WorkflowNotFound","message":"The workflow was not found."}})");
            break;
        case Mode::Unauthorized401:
            status = 401;
            write(responder, status, R"({"error":{"code":"DirectApiAuthorizationRequired"}})");
            break;
        case Mode::BadRequest400:
            status = 400;
            write(responder, status, R"({"error":"invalid body"})");
            break;
        case Mode::RateLimited:
            status = 429;
            write(responder, status, R"({"error":"throttled"})", QByteArray::number(retryAfter));
            break;
        case Mode::RateLimitedNoRetry:
            status = 429;
            write(responder, status, R"({"error":"throttled"})");
            break;
        case Mode::ServerError500:
            status = 500;
            write(responder, status, "Internal Server Error");
            break;
        case Mode::GatewayTimeout504:
            status = 504;
            write(responder, status, R"({"error":{"code":"GatewayTimeout"}})");
            break;
        case Mode::Hang:
            break;
        }
    }
    if (status == 0) {
        QMutexLocker locker(&m_mutex);
        m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
    } else {
        QMutexLocker locker(&m_mutex);
        m_requests[index].answeredStatus = status;
    }
    emit requestReceived(index);
}

} // namespace Tidings::Test
