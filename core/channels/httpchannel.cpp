#include "channels/httpchannel.h"

#include "channels/channelhttp.h"
#include "channels/channellog.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Tidings {

QByteArray ChannelAnswer::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

HttpChannel::HttpChannel(ChannelConfig config, QString providerName, QNetworkAccessManager *network, QObject *parent)
    : Channel(parent)
    , m_config(std::move(config))
    , m_providerName(std::move(providerName))
    , m_network(network)
{
    bool ok = false;
    const int timeoutMs = m_config.options.value(u"timeoutMs"_s).toVariant().toInt(&ok);
    if (ok && timeoutMs > 0) {
        m_timeoutMs = timeoutMs;
    }
}

HttpChannel::~HttpChannel()
{
    // Answer every send still waiting, once, and leave nothing that could call back into us.
    QHash<Ticket, Pending> pending;
    pending.swap(m_pending);
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        Pending &entry = it.value();
        const SendOutcome outcome = entry.outcome.value_or(stoppedOutcome());
        if (entry.reply) {
            disconnect(entry.reply, nullptr, this, nullptr);
            entry.reply->abort();
            entry.reply->deleteLater();
        }
        if (entry.done) {
            entry.done(outcome);
        }
    }
}

HttpChannel::Ticket HttpChannel::begin(Done done)
{
    const Ticket ticket = m_nextTicket++;
    m_pending.insert(ticket, Pending{std::move(done), nullptr, std::nullopt});
    return ticket;
}

void HttpChannel::request(Ticket ticket, const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
                          AnswerHandler onAnswer)
{
    auto it = m_pending.find(ticket);
    if (it == m_pending.end() || it->outcome) {
        return;
    }
    if (!m_network) {
        fail(ticket, Error::make(ErrorCode::Internal,
                                 tr("%1 cannot be reached: the network is not ready.").arg(m_providerName)));
        return;
    }
    QNetworkReply *reply = nullptr;
    if (verb == "GET") {
        reply = m_network->get(request);
    } else if (verb == "POST") {
        reply = m_network->post(request, body);
    } else if (verb == "PUT") {
        reply = m_network->put(request, body);
    } else if (verb == "DELETE" && body.isEmpty()) {
        reply = m_network->deleteResource(request);
    } else {
        reply = m_network->sendCustomRequest(request, verb, body);
    }
    it->reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, ticket, onAnswer = std::move(onAnswer)] { onReplyFinished(ticket, onAnswer); });
    connect(reply, &QObject::destroyed, this, [this, ticket] { onReplyDestroyed(ticket); });
}

void HttpChannel::onReplyFinished(Ticket ticket, const AnswerHandler &onAnswer)
{
    auto it = m_pending.find(ticket);
    if (it == m_pending.end() || !it->reply) {
        return;
    }
    QNetworkReply *reply = it->reply;
    it->reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (status <= 0) {
        finish(ticket, transportFailure(reply->error(), reply->errorString(), reply->url().host()));
        return;
    }
    ChannelAnswer answer;
    answer.status = status;
    answer.body = reply->readAll();
    for (const QNetworkReply::RawHeaderPair &pair : reply->rawHeaderPairs()) {
        answer.headers.append({pair.first, pair.second});
    }
    onAnswer(answer);
}

void HttpChannel::onReplyDestroyed(Ticket ticket)
{
    // The network manager went away (and took its replies) before an answer arrived.
    auto it = m_pending.find(ticket);
    if (it == m_pending.end() || !it->reply) {
        return;
    }
    it->reply = nullptr;
    qCWarning(lcChannel).noquote() << m_providerName << ": request dropped before an answer arrived";
    finish(ticket, stoppedOutcome());
}

void HttpChannel::finish(Ticket ticket, SendOutcome outcome)
{
    auto it = m_pending.find(ticket);
    if (it == m_pending.end() || it->outcome) {
        return;
    }
    outcome.providerAnswer = redacted(ChannelHttp::trimmedAnswer(outcome.providerAnswer.toUtf8()));
    if (outcome.error) {
        outcome.error->message = redacted(outcome.error->message);
        outcome.error->detail = redacted(outcome.error->detail);
        qCWarning(lcChannel).noquote().nospace() << m_providerName << ": send failed (HTTP " << outcome.httpStatus
                                                 << ", retryable: " << outcome.error->retryable
                                                 << "): " << outcome.error->message << " " << outcome.error->detail;
    } else if (!outcome.accepted) {
        outcome.error = Error::make(ErrorCode::Internal, tr("%1 gave no answer.").arg(m_providerName));
    }
    it->outcome = std::move(outcome);
    QMetaObject::invokeMethod(
        this, [this, ticket] { deliver(ticket); }, Qt::QueuedConnection);
}

void HttpChannel::fail(Ticket ticket, const Error &error)
{
    SendOutcome outcome;
    outcome.error = error;
    finish(ticket, std::move(outcome));
}

void HttpChannel::runCheck(Done done, const std::optional<Error> &configError, const QNetworkRequest &request,
                           const QByteArray &verb, const QByteArray &body,
                           std::function<SendOutcome(const ChannelAnswer &)> read)
{
    const Ticket ticket = begin(std::move(done));
    if (configError) {
        fail(ticket, *configError);
        return;
    }
    qCDebug(lcChannel).noquote() << m_providerName << ": checking the connection at" << request.url().toDisplayString();
    this->request(ticket, request, verb, body, [this, ticket, read = std::move(read)](const ChannelAnswer &answer) {
        SendOutcome outcome = read(answer);
        outcome.httpStatus = answer.status;
        finish(ticket, std::move(outcome));
    });
}

void HttpChannel::deliver(Ticket ticket)
{
    auto it = m_pending.find(ticket);
    if (it == m_pending.end() || !it->outcome) {
        return;
    }
    Pending entry = std::move(it.value());
    m_pending.erase(it);
    // Last: `done` may destroy this channel.
    entry.done(*entry.outcome);
}

QNetworkRequest HttpChannel::newRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Tidings/" TIDINGS_VERSION));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void HttpChannel::addSecret(const QString &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret)) {
        m_secrets.append(secret);
    }
}

QString HttpChannel::redacted(QString text) const
{
    for (const QString &secret : m_secrets) {
        text.replace(secret, u"[secret]"_s);
    }
    return text;
}

QString HttpChannel::displayName() const
{
    if (!m_config.name.isEmpty()) {
        return m_config.name;
    }
    return m_config.id.isEmpty() ? m_providerName : m_config.id;
}

SendOutcome HttpChannel::stoppedOutcome() const
{
    return ChannelHttp::failure(
        ErrorCode::Network,
        tr("Sending was stopped before %1 answered. %1 may or may not have taken the message.").arg(m_providerName), {},
        true);
}

SendOutcome HttpChannel::transportFailure(QNetworkReply::NetworkError error, const QString &errorString,
                                          const QString &host) const
{
    using ChannelHttp::failure;
    const QString detail = redacted(errorString);
    switch (error) {
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
    case QNetworkReply::TimeoutError:
        return failure(ErrorCode::Timeout,
                       tr("%1 did not answer in time. The message may still have been sent; Tidings will try "
                          "again.")
                           .arg(m_providerName),
                       u"No answer within %1 ms (%2)"_s.arg(QString::number(m_timeoutMs), detail), true);
    case QNetworkReply::HostNotFoundError:
        return failure(
            ErrorCode::Network,
            tr("Tidings could not find the %1 server (%2). Check the internet connection.").arg(m_providerName, host),
            detail, true);
    case QNetworkReply::ConnectionRefusedError:
        return failure(ErrorCode::Network, tr("The %1 server (%2) refused the connection.").arg(m_providerName, host),
                       detail, true);
    case QNetworkReply::SslHandshakeFailedError:
        return failure(ErrorCode::Network,
                       tr("The secure connection to %1 failed. Check the computer's date and any proxy or "
                          "security software that inspects HTTPS.")
                           .arg(m_providerName),
                       detail, true);
    default:
        return failure(
            ErrorCode::Network,
            tr("Tidings could not reach %1. It will try again when the connection works.").arg(m_providerName), detail,
            true);
    }
}

} // namespace Tidings
