#include "sources/polling/pollhttp.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Tidings::PollHttp {

namespace {

struct PollText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Poller)
};

bool isLoopback(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString trimmedBody(const QByteArray &body)
{
    return QString::fromUtf8(body.left(2048)).trimmed();
}

} // namespace

QByteArray Answer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

std::optional<Error> checkBaseUrl(const QUrl &baseUrl, const QString &platform)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (baseUrl.scheme() != "https"_L1 && baseUrl.scheme() != "http"_L1)) {
        return Error::make(ErrorCode::Config,
                           PollText::tr("The %1 address of this source is missing or not a web address. Enter "
                                        "the shop's address, starting with https://.")
                               .arg(platform),
                           u"baseUrl: \"%1\""_s.arg(baseUrl.toString()));
    }
    if (baseUrl.scheme() == "http"_L1 && !isLoopback(baseUrl.host())) {
        return Error::make(ErrorCode::Config,
                           PollText::tr("The %1 address of this source starts with http://, so the shop's keys "
                                        "would travel unencrypted. Use the https:// address.")
                               .arg(platform),
                           u"plain http to %1 refused"_s.arg(baseUrl.host()));
    }
    return std::nullopt;
}

QDateTime httpDate(const QByteArray &header)
{
    QString text = QString::fromLatin1(header.trimmed());
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s)) {
        text = text.chopped(3) + u"+0000"_s;
    }
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}

std::optional<qint64> retryAfterMs(const QByteArray &retryAfter, const QByteArray &date)
{
    const QByteArray trimmed = retryAfter.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok) {
        return seconds >= 0 ? std::optional<qint64>(static_cast<qint64>(seconds * 1000)) : std::nullopt;
    }
    const QDateTime at = httpDate(trimmed);
    const QDateTime now = httpDate(date);
    if (!at.isValid() || !now.isValid()) {
        return std::nullopt;
    }
    return std::max<qint64>(0, now.msecsTo(at));
}

void send(QNetworkAccessManager *network, QNetworkRequest request, const QByteArray &verb, const QByteArray &body,
          std::function<void(const Answer &)> done, int timeoutMs)
{
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network->sendCustomRequest(request, verb, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
        Answer answer;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        answer.status = status.isValid() ? status.toInt() : 0;
        answer.body = reply->readAll();
        answer.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
        answer.date = reply->rawHeader(QByteArrayLiteral("Date"));
        answer.headers = reply->rawHeaderPairs();
        if (answer.status == 0) {
            answer.networkError = reply->errorString();
            answer.timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        }
        reply->deleteLater();
        done(answer);
    });
}

PollOutcome failureOf(const Answer &answer, const QString &platform)
{
    const QString detail =
        answer.status == 0 ? answer.networkError : u"HTTP %1: %2"_s.arg(answer.status).arg(trimmedBody(answer.body));
    if (answer.status == 0) {
        if (answer.timedOut) {
            return PollOutcome::failure(Error::make(ErrorCode::Timeout,
                                                    PollText::tr("%1 did not answer in time. Tidings will ask "
                                                                 "again shortly.")
                                                        .arg(platform),
                                                    detail, true));
        }
        return PollOutcome::failure(Error::make(ErrorCode::Network,
                                                PollText::tr("Tidings could not reach %1. Check the internet "
                                                             "connection and the shop's address; Tidings will "
                                                             "try again.")
                                                    .arg(platform),
                                                detail, true));
    }
    const std::optional<qint64> wait = retryAfterMs(answer.retryAfter, answer.date);
    switch (answer.status) {
    case 429:
        return PollOutcome::failure(Error::make(ErrorCode::RateLimited,
                                                PollText::tr("%1 asked Tidings to slow down. Tidings will ask "
                                                             "again when %1 allows it.")
                                                    .arg(platform),
                                                detail, true),
                                    wait);
    case 401:
    case 403:
        return PollOutcome::failure(Error::make(ErrorCode::Unauthorized,
                                                PollText::tr("%1 refused the access key of this source (HTTP %2). "
                                                             "Check the key and its permissions to read orders "
                                                             "in Connections.")
                                                    .arg(platform)
                                                    .arg(answer.status),
                                                detail));
    case 404:
        return PollOutcome::failure(Error::make(ErrorCode::Config,
                                                PollText::tr("%1 does not know the address Tidings asked (HTTP "
                                                             "404). Check the shop's address in Connections.")
                                                    .arg(platform),
                                                detail));
    default:
        break;
    }
    if (answer.status >= 500 || answer.status == 408) {
        return PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                                PollText::tr("%1 had a temporary problem (HTTP %2). Tidings will "
                                                             "ask again.")
                                                    .arg(platform)
                                                    .arg(answer.status),
                                                detail, true),
                                    wait);
    }
    if (answer.status >= 300 && answer.status < 400) {
        return PollOutcome::failure(Error::make(ErrorCode::Config,
                                                PollText::tr("%1 answered with a redirect (HTTP %2). Check the "
                                                             "shop's address in Connections.")
                                                    .arg(platform)
                                                    .arg(answer.status),
                                                detail));
    }
    return PollOutcome::failure(
        Error::make(ErrorCode::ProviderRejected,
                    PollText::tr("%1 refused Tidings' request (HTTP %2).").arg(platform).arg(answer.status), detail));
}

std::optional<QJsonObject> objectWithArray(const QByteArray &body, QLatin1StringView arrayKey, QString *detail)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *detail = u"answer is not a JSON object: %1"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    QJsonObject root = document.object();
    if (!root.value(arrayKey).isArray()) {
        *detail = u"answer has no %1 array"_s.arg(arrayKey);
        return std::nullopt;
    }
    return root;
}

} // namespace Tidings::PollHttp
