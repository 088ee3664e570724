#include "fakes/fakeairtable.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QMutexLocker>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QByteArray errorBody(const QString &type, const QString &message = {})
{
    QJsonObject error{{u"type"_s, type}};
    if (!message.isEmpty()) {
        error.insert(u"message"_s, message);
    }
    return QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact);
}

void write(QHttpServerResponder &responder, int status, const QByteArray &body, int retryAfter = -1)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
    if (retryAfter >= 0) {
        responder.writeHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

QByteArray bodyForStatus(int status)
{
    switch (status) {
    case 401:
        return errorBody(u"AUTHENTICATION_REQUIRED"_s, u"Authentication required"_s);
    case 403:
        return errorBody(u"INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND"_s,
                         u"Invalid permissions, or the requested model was not found."_s);
    case 404:
        return errorBody(u"NOT_FOUND"_s);
    case 429:
        return QJsonDocument(
                   QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"error"_s, u"TOO_MANY_REQUESTS"_s},
                                                                    {u"message"_s, u"Rate limit exceeded. Please try "
                                                                                   "again later"_s}}}}})
            .toJson(QJsonDocument::Compact);
    default:
        return errorBody(u"SERVER_ERROR"_s, u"Try again. If the problem persists, contact support."_s);
    }
}

} // namespace

FakeAirtable::FakeAirtable(QString baseId, QString webhookId, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_baseId(std::move(baseId))
    , m_webhookId(std::move(webhookId))
    , m_expectedAuthorization(QByteArrayLiteral("Bearer ") + token)
    , m_server(new QHttpServer(this))
{
    // No routes: every request comes here, so wrong paths and methods get Airtable's answers, not Qt's.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

FakeAirtable::~FakeAirtable() = default;

bool FakeAirtable::listen()
{
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    QMutexLocker locker(&m_mutex);
    m_port = port;
    return port != 0;
}

QUrl FakeAirtable::baseUrl() const
{
    QMutexLocker locker(&m_mutex);
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

int FakeAirtable::addPayload(const QJsonObject &payload)
{
    QMutexLocker locker(&m_mutex);
    m_payloads.append(payload);
    return static_cast<int>(m_payloads.size());
}

void FakeAirtable::setPageSize(int payloads)
{
    QMutexLocker locker(&m_mutex);
    m_pageSize = std::max(1, payloads);
}

void FakeAirtable::queueStatuses(const QList<int> &statuses)
{
    QMutexLocker locker(&m_mutex);
    m_queuedStatuses.append(statuses);
}

void FakeAirtable::setStatus(int status)
{
    QMutexLocker locker(&m_mutex);
    m_status = status;
}

void FakeAirtable::setRetryAfter(int seconds)
{
    QMutexLocker locker(&m_mutex);
    m_retryAfter = seconds;
}

void FakeAirtable::setSchema(const QJsonArray &tables)
{
    QMutexLocker locker(&m_mutex);
    m_schema = tables;
}

QList<FakeAirtable::ReceivedRequest> FakeAirtable::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

int FakeAirtable::requestCount() const
{
    QMutexLocker locker(&m_mutex);
    return static_cast<int>(m_requests.size());
}

QList<FakeAirtable::ReceivedRequest> FakeAirtable::payloadRequests() const
{
    QList<ReceivedRequest> pages;
    for (const ReceivedRequest &request : requests()) {
        if (request.path.endsWith("/payloads")) {
            pages.append(request);
        }
    }
    return pages;
}

QByteArray FakeAirtable::contentMac(const QByteArray &body, const QByteArray &macSecretBase64)
{
    const QByteArray key = QByteArray::fromBase64(macSecretBase64);
    return QByteArrayLiteral("hmac-sha256=") +
           QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
}

QByteArray FakeAirtable::notification(const QString &baseId, const QString &webhookId, const QString &timestamp)
{
    // Airtable's own key order: base, webhook, timestamp.
    return u"{\"base\":{\"id\":\"%1\"},\"webhook\":{\"id\":\"%2\"},\"timestamp\":\"%3\"}"_s
        .arg(baseId, webhookId, timestamp)
        .toUtf8();
}

void FakeAirtable::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ReceivedRequest record;
    record.method =
        request.method() == QHttpServerRequest::Method::Get ? QByteArrayLiteral("GET") : QByteArrayLiteral("OTHER");
    record.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    record.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            record.authorization = value;
        }
    }

    const QByteArray payloadsPath = u"/v0/bases/%1/webhooks/%2/payloads"_s.arg(m_baseId, m_webhookId).toUtf8();
    const QByteArray schemaPath = u"/v0/meta/bases/%1/tables"_s.arg(m_baseId).toUtf8();

    int status = 200;
    QByteArray body;
    int retryAfter = -1;
    {
        QMutexLocker locker(&m_mutex);
        if (record.path != payloadsPath && record.path != schemaPath) {
            status = 404;
        } else if (record.method != "GET") {
            status = 405;
        } else if (record.authorization != m_expectedAuthorization) {
            status = 401;
        } else if (!m_queuedStatuses.isEmpty()) {
            status = m_queuedStatuses.takeFirst();
            retryAfter = m_retryAfter;
        } else if (m_status != 0) {
            status = m_status;
            retryAfter = m_retryAfter;
        }
        if (status == 200 && record.path == schemaPath) {
            body = QJsonDocument(QJsonObject{{u"tables"_s, m_schema}}).toJson(QJsonDocument::Compact);
        } else if (status == 200) {
            const QUrlQuery query(request.url());
            qint64 cursor = 1;
            if (query.hasQueryItem(u"cursor"_s)) {
                bool ok = false;
                cursor = query.queryItemValue(u"cursor"_s).toLongLong(&ok);
                if (!ok || cursor < 1) {
                    status = 422;
                    body = errorBody(u"INVALID_REQUEST"_s, u"cursor must be a positive integer"_s);
                }
            }
            if (status == 200) {
                QJsonArray page;
                const qint64 total = m_payloads.size();
                qint64 next = cursor;
                while (next <= total && page.size() < m_pageSize) {
                    page.append(m_payloads.at(next - 1));
                    ++next;
                }
                body = QJsonDocument(
                           QJsonObject{{u"payloads"_s, page}, {u"cursor"_s, next}, {u"mightHaveMore"_s, next <= total}})
                           .toJson(QJsonDocument::Compact);
            }
        } else if (body.isEmpty()) {
            body = bodyForStatus(status);
        }
        record.answeredStatus = status;
        m_requests.append(record);
    }
    write(responder, status, body, retryAfter);
    emit requestReceived(requestCount() - 1);
}

} // namespace Tidings::Test
