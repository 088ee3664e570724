#include "fakes/faketwilio.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QByteArray twilioError(int code, const QString &message, int status)
{
    return QJsonDocument(QJsonObject{
                             {u"code"_s, code},
                             {u"message"_s, message},
                             {u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code)},
                             {u"status"_s, status},
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

QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> form;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0) {
            continue;
        }
        QByteArray value = pair.mid(equals + 1);
        value.replace('+', ' ');
        form.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals))),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return form;
}

} // namespace

FakeTwilio::FakeTwilio(QString accountSid, QString authToken, QObject *parent)
    : QObject(parent)
    , m_accountSid(std::move(accountSid))
    , m_authToken(authToken)
    , m_expectedAuthorization(QByteArrayLiteral("Basic ") + (m_accountSid + u':' + authToken).toUtf8().toBase64())
    , m_server(new QHttpServer(this))
{
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

FakeTwilio::~FakeTwilio()
{
    m_hung.clear();
}

bool FakeTwilio::listen()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeTwilio::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

void FakeTwilio::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ReceivedRequest record;
    record.method = request.method() == QHttpServerRequest::Method::Post  ? QByteArrayLiteral("POST")
                    : request.method() == QHttpServerRequest::Method::Get ? QByteArrayLiteral("GET")
                                                                          : QByteArrayLiteral("OTHER");
    record.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    for (const auto &[name, value] : request.headers()) {
        record.headers.insert(name.toLower(), value);
    }
    record.body = request.body();
    record.form = parseForm(record.body);
    const int index = static_cast<int>(m_requests.size());
    m_requests.append(record);

    const auto answer = [&](int status, const QByteArray &body, const QByteArray &retryAfter = {}) {
        write(responder, status, body, retryAfter);
        m_requests[index].answeredStatus = status;
        emit requestReceived(index);
    };

    static const QRegularExpression e164(u"^\\+[1-9][0-9]{1,14}$"_s);
    const QByteArray expectedPath = "/2010-04-01/Accounts/" + m_accountSid.toUtf8() + "/Messages.json";
    const QByteArray accountPath = "/2010-04-01/Accounts/" + m_accountSid.toUtf8() + ".json";
    if (record.path == accountPath) {
        // The account resource (the connection check).
        if (record.method != "GET") {
            answer(405, twilioError(20004, u"Method not allowed"_s, 405));
            return;
        }
        if (record.headers.value(QByteArrayLiteral("authorization")) != m_expectedAuthorization) {
            answer(401, twilioError(20003, u"Authenticate"_s, 401));
            return;
        }
        const Mode mode = m_queued.isEmpty() ? m_mode : m_queued.takeFirst();
        switch (mode) {
        case Mode::Auth20003:
            answer(401, twilioError(20003, u"Authenticate"_s, 401));
            return;
        case Mode::TooMany429Retry:
            answer(429, twilioError(20429, u"Too Many Requests"_s, 429), QByteArrayLiteral("7"));
            return;
        case Mode::TooMany429:
            answer(429, twilioError(20429, u"Too Many Requests"_s, 429));
            return;
        case Mode::ServerError500:
            answer(500, twilioError(20500, u"Internal Server Error"_s, 500));
            return;
        case Mode::Hang:
            m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
            emit requestReceived(index);
            return;
        default:
            answer(200, QJsonDocument(QJsonObject{
                                          {u"sid"_s, m_accountSid},
                                          {u"friendly_name"_s, m_accountName},
                                          {u"status"_s, m_accountStatus},
                                          {u"type"_s, m_accountType},
                                          {u"auth_token"_s, m_authToken},
                                          {u"owner_account_sid"_s, m_accountSid},
                                          {u"uri"_s, QString::fromUtf8(accountPath)},
                                      })
                            .toJson(QJsonDocument::Compact));
            return;
        }
    }
    if (record.path != expectedPath) {
        answer(404, twilioError(20404, u"The requested resource %1 was not found"_s.arg(QString::fromUtf8(record.path)),
                                404));
    } else if (record.method != "POST") {
        answer(405, twilioError(20004, u"Method not allowed"_s, 405));
    } else if (record.headers.value(QByteArrayLiteral("authorization")) != m_expectedAuthorization) {
        answer(401, twilioError(20003, u"Authenticate"_s, 401));
    } else if (!record.headers.value(QByteArrayLiteral("content-type"))
                    .startsWith(QByteArrayLiteral("application/x-www-form-urlencoded"))) {
        answer(400, twilioError(21604, u"A 'To' phone number is required."_s, 400));
    } else if (!e164.match(record.form.value(u"To"_s)).hasMatch()) {
        answer(400, twilioError(21211, u"Invalid 'To' Phone Number: %1"_s.arg(record.form.value(u"To"_s)), 400));
    } else if (record.form.value(u"From"_s).isEmpty() == record.form.value(u"MessagingServiceSid"_s).isEmpty()) {
        answer(400, twilioError(21603,
                                u"A 'From' or 'MessagingServiceSid' parameter is required to send a "
                                "message."_s,
                                400));
    } else if (record.form.value(u"Body"_s).isEmpty()) {
        answer(400, twilioError(21602, u"Message body is required."_s, 400));
    } else {
        const Mode mode = m_queued.isEmpty() ? m_mode : m_queued.takeFirst();
        const QString to = record.form.value(u"To"_s);
        switch (mode) {
        case Mode::Accept: {
            QString sid = u"SM"_s;
            for (int i = 0; i < 32; ++i) {
                sid += QString::number(QRandomGenerator::global()->bounded(16), 16);
            }
            answer(201, QJsonDocument(QJsonObject{
                                          {u"sid"_s, sid},
                                          {u"account_sid"_s, m_accountSid},
                                          {u"to"_s, to},
                                          {u"body"_s, record.form.value(u"Body"_s)},
                                          {u"status"_s, u"queued"_s},
                                          {u"direction"_s, u"outbound-api"_s},
                                          {u"error_code"_s, QJsonValue(QJsonValue::Null)},
                                      })
                            .toJson(QJsonDocument::Compact));
            break;
        }
        case Mode::InvalidNumber21211:
            answer(400, twilioError(21211, u"Invalid 'To' Phone Number: %1"_s.arg(to), 400));
            break;
        case Mode::NotMobile21614:
            answer(400, twilioError(21614, u"'To' number is not a valid mobile number"_s, 400));
            break;
        case Mode::TrialUnverified21608:
            answer(400, twilioError(21608,
                                    u"The number %1 is unverified. Trial accounts cannot send messages to "
                                    "unverified numbers."_s.arg(to),
                                    400));
            break;
        case Mode::Unsubscribed21610:
            answer(400, twilioError(21610, u"Attempt to send to unsubscribed recipient"_s, 400));
            break;
        case Mode::Auth20003:
            answer(401, twilioError(20003, u"Authenticate"_s, 401));
            break;
        case Mode::TooMany429Retry:
            answer(429, twilioError(20429, u"Too Many Requests"_s, 429), QByteArrayLiteral("7"));
            break;
        case Mode::TooMany429:
            answer(429, twilioError(20429, u"Too Many Requests"_s, 429));
            break;
        case Mode::ServerError500:
            answer(500, twilioError(20500, u"Internal Server Error"_s, 500));
            break;
        case Mode::Malformed:
            answer(400, QByteArrayLiteral("<html><body>Bad gateway</body></html>"));
            break;
        case Mode::Hang:
            m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
            emit requestReceived(index);
            break;
        }
    }
}

} // namespace Tidings::Test
