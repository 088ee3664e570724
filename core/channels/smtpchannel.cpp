#include "channels/smtpchannel.h"

#include "channels/channelhttp.h"

#include <QMetaObject>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <curl/curl.h>
#include <mutex>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using ChannelHttp::failure;

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = static_cast<qsizetype>(size * count);
    const qsizetype length = std::min(room, upload->data.size() - upload->offset);
    std::memcpy(buffer, upload->data.constData() + upload->offset, static_cast<size_t>(length));
    upload->offset += length;
    return static_cast<size_t>(length);
}

// Keeps the server's replies (incoming protocol lines only: what we send, AUTH included, is never kept).
int debugCallback(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type == CURLINFO_HEADER_IN) {
        auto *replies = static_cast<QStringList *>(user);
        replies->append(QString::fromUtf8(data, static_cast<qsizetype>(size)).trimmed());
        if (replies->size() > 8) {
            replies->removeFirst();
        }
    }
    return 0;
}

struct Job
{
    QByteArray url;
    QByteArray username;
    QByteArray password;
    QByteArray oauthToken;
    QByteArray from;
    QByteArray to;
    QByteArray message;
    bool requireTls = true;
    bool connectOnly = false; // a connection check: stop after sign-in, send no MAIL
    long timeoutMs = 60000;
};

// A connect-only transfer is closed without a word; say goodbye like a send does (QUIT, then the 221 for at
// most a second, read on this worker thread).
void quitConnectOnly(CURL *curl)
{
    static const char quit[] = "QUIT\r\n";
    size_t sent = 0;
    if (curl_easy_send(curl, quit, sizeof quit - 1, &sent) != CURLE_OK || sent != sizeof quit - 1) {
        return;
    }
    char reply[512];
    for (int attempt = 0; attempt < 100; ++attempt) {
        size_t received = 0;
        const CURLcode result = curl_easy_recv(curl, reply, sizeof reply, &received);
        if (result != CURLE_AGAIN) {
            return;
        }
        QThread::msleep(10);
    }
}

SmtpChannel::Transfer run(const Job &job)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    SmtpChannel::Transfer transfer;
    CURL *curl = curl_easy_init();
    if (!curl) {
        transfer.curlCode = CURLE_FAILED_INIT;
        return transfer;
    }
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Upload upload{job.message, 0};
    QStringList replies;
    curl_slist *recipients =
        job.connectOnly ? nullptr : curl_slist_append(nullptr, QByteArray('<' + job.to + '>').constData());
    const QByteArray from = QByteArray('<' + job.from + '>');

    curl_easy_setopt(curl, CURLOPT_URL, job.url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, job.timeoutMs);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, std::min(job.timeoutMs, 30000L));
    if (job.requireTls) {
        curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    }
    if (!job.username.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, job.username.constData());
    }
    if (!job.oauthToken.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, job.oauthToken.constData());
    } else if (!job.password.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_PASSWORD, job.password.constData());
    }
    if (job.connectOnly) {
        // Greeting, EHLO, STARTTLS and AUTH are curl's connection setup; it stops there (QUIT is ours).
        curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
    } else {
        curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
        curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
        curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(job.message.size()));
    }
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, debugCallback);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &replies);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);

    const CURLcode code = curl_easy_perform(curl);
    long smtpCode = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &smtpCode);
    if (job.connectOnly && code == CURLE_OK) {
        quitConnectOnly(curl);
    }
    transfer.curlCode = code;
    transfer.smtpCode = smtpCode;
    transfer.curlError = errorBuffer[0] ? QString::fromUtf8(errorBuffer) : QString::fromUtf8(curl_easy_strerror(code));
    transfer.signedIn =
        std::any_of(replies.cbegin(), replies.cend(), [](const QString &reply) { return reply.startsWith(u"235"_s); });
    // The reply that ended the dialogue: the last line starting with the reply code.
    for (qsizetype i = replies.size() - 1; i >= 0; --i) {
        if (smtpCode > 0 && replies.at(i).startsWith(QString::number(smtpCode))) {
            transfer.serverReply = replies.at(i);
            break;
        }
    }
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    return transfer;
}

QString scrub(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty()) {
            text.replace(secret, u"•••"_s);
        }
    }
    return text;
}

} // namespace

QString SmtpChannel::typeName()
{
    return u"smtp"_s;
}

QString SmtpChannel::sendGridTypeName()
{
    return u"sendgrid-smtp"_s;
}

ChannelTypeInfo SmtpChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Email server (SMTP)");
    info.summary = tr("Email through any mail server that accepts SMTP with a password or an OAuth token.");
    info.kind = ChannelKind::Email;
    info.carriesInlineImages = true; // a whole MIME message (Mime::build)
    info.secrets = {
        {u"password"_s, tr("Password"), tr("The password of the mailbox or an app password."), true},
        {u"oauthToken"_s, tr("OAuth access token"), tr("Instead of a password, for servers that ask for XOAUTH2."),
         true},
    };
    info.options = {
        {u"host"_s, tr("Server"), tr("The mail server's name, from your email provider."), u"smtp.example.com"_s, true},
        {u"port"_s, tr("Port"), tr("587 (STARTTLS, the usual choice) or 465 (TLS from the start)."), u"587"_s, false},
        {u"security"_s, tr("Encryption"),
         tr("starttls (port 587), tls (port 465), or none-local-only for a relay on this computer."), u"starttls"_s,
         false},
        {u"username"_s, tr("User name"), tr("Usually your full email address."), u"orders@your-shop.example"_s, false},
        {u"fromEmail"_s, tr("Sender address"), tr("An address the server lets you send from."),
         u"orders@your-shop.example"_s, true},
        {u"fromName"_s, tr("Sender name"), tr("What customers see as the sender."), u"Your Shop"_s, false},
        {u"replyTo"_s, tr("Reply-to address"), tr("Where customers' replies go, if not to the sender address."),
         u"help@your-shop.example"_s, false},
    };
    info.setupSteps = {
        tr("Find your email provider's outgoing mail (SMTP) server name and port in its help pages."),
        tr("If your provider uses two-step sign-in, create an app password for Tidings."),
        tr("Enter the server, port, user name and password here."),
    };
    info.canCheckConnection = true;
    return info;
}

ChannelTypeInfo SmtpChannel::sendGridTypeInfo()
{
    ChannelTypeInfo info;
    info.type = sendGridTypeName();
    info.displayName = tr("SendGrid (SMTP relay)");
    info.summary = tr("Email through SendGrid's SMTP relay at smtp.sendgrid.net, with an API key.");
    info.kind = ChannelKind::Email;
    info.carriesInlineImages = true; // a whole MIME message (Mime::build)
    info.secrets = {{u"apiKey"_s, tr("API key"),
                     tr("SendGrid → Settings → API Keys → Create API Key with Mail Send allowed. It starts with SG."),
                     false}};
    info.options = {
        {u"fromEmail"_s, tr("Sender address"), tr("A verified sender or an address of an authenticated domain."),
         u"orders@your-shop.example"_s, true},
        {u"fromName"_s, tr("Sender name"), tr("What customers see as the sender."), u"Your Shop"_s, false},
        {u"replyTo"_s, tr("Reply-to address"), tr("Where customers' replies go, if not to the sender address."),
         u"help@your-shop.example"_s, false},
    };
    info.setupSteps = {
        tr("In SendGrid, open Settings → Sender Authentication and verify your sender address or domain."),
        tr("Open Settings → API Keys → Create API Key, allow Mail Send, and paste the key here."),
    };
    info.canCheckConnection = true;
    return info;
}

SmtpChannel::SmtpChannel(ChannelConfig config, const QHash<QString, QString> &secrets, QObject *parent)
    : Channel(parent)
    , m_config(std::move(config))
{
    m_type = m_config.type.trimmed().toLower();
    const QJsonObject &options = m_config.options;
    const QString name = m_config.name.trimmed().isEmpty() ? m_config.id : m_config.name.trimmed();
    if (m_type == sendGridTypeName()) {
        m_host = u"smtp.sendgrid.net"_s;
        m_port = 587;
        m_security = u"starttls"_s;
        m_username = u"apikey"_s;
        m_password = secrets.value(u"apiKey"_s).trimmed();
    } else {
        m_type = typeName();
        m_host = options.value(u"host"_s).toString().trimmed();
        m_security = options.value(u"security"_s).toString(u"starttls"_s).trimmed().toLower();
        m_port = options.value(u"port"_s).toVariant().toInt();
        if (m_port <= 0) {
            m_port = m_security == u"tls"_s ? 465 : 587;
        }
        m_username = options.value(u"username"_s).toString().trimmed();
        m_password = secrets.value(u"password"_s);
        m_oauthToken = secrets.value(u"oauthToken"_s).trimmed();
    }
    if (options.contains(u"timeoutMs"_s)) {
        m_timeoutMs = std::max(1, options.value(u"timeoutMs"_s).toVariant().toInt());
    }
    const auto configError = [this](const QString &text) { m_configError = Error::make(ErrorCode::Config, text); };
    if (m_host.isEmpty()) {
        configError(tr("No mail server is set for %1. Add it in Channels.").arg(name));
    } else if (ChannelHttp::hasLineBreak(m_host) || m_host.contains(u'/') || m_host.contains(u' ')) {
        configError(tr("The mail server name of %1 is not valid. Correct it in Channels.").arg(name));
    } else if (m_security != u"starttls"_s && m_security != u"tls"_s && m_security != u"none-local-only"_s) {
        configError(tr("The encryption of %1 must be starttls, tls or none-local-only.").arg(name));
    } else if (m_security == u"none-local-only"_s && !ChannelHttp::isLoopbackHost(m_host)) {
        configError(tr("%1 may send without encryption only to a mail server on this computer.").arg(name));
    } else if (m_password.isEmpty() && m_oauthToken.isEmpty() && m_type == sendGridTypeName()) {
        configError(tr("No API key is saved for %1.").arg(name));
    } else if (m_type == sendGridTypeName() && std::any_of(m_password.cbegin(), m_password.cend(),
                                                           [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
        // SendGrid: a line break in the key makes AUTH fail.
        configError(
            tr("The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.").arg(name));
    } else if (m_config.fromEmail.trimmed().isEmpty()) {
        configError(tr("No sender address is set for %1. Add one in Channels.").arg(name));
    }
}

SmtpChannel::~SmtpChannel()
{
    for (const QPointer<QThread> &worker : std::as_const(m_workers)) {
        if (worker) {
            worker->wait();
        }
    }
}

QString SmtpChannel::type() const
{
    return m_type;
}

void SmtpChannel::send(const OutgoingMessage &message, Done done)
{
    const auto finishLater = [this, done](SendOutcome outcome) {
        QMetaObject::invokeMethod(
            this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
    };
    if (m_configError) {
        SendOutcome outcome;
        outcome.error = m_configError;
        finishLater(outcome);
        return;
    }
    auto built = Mime::build(message, m_config);
    if (!built) {
        SendOutcome outcome;
        outcome.error = built.error();
        finishLater(outcome);
        return;
    }
    Job job;
    const QString scheme = m_security == u"tls"_s ? u"smtps"_s : u"smtp"_s;
    job.url = u"%1://%2:%3"_s.arg(scheme, m_host).arg(m_port).toUtf8();
    job.requireTls = m_security != u"none-local-only"_s;
    job.username = m_username.toUtf8();
    job.password = m_password.toUtf8();
    job.oauthToken = m_oauthToken.toUtf8();
    job.from = built->envelopeFrom.toUtf8();
    job.to = built->envelopeTo.toUtf8();
    job.message = built->message;
    job.timeoutMs = m_timeoutMs;
    const QString messageId = QString::fromLatin1(built->messageId);
    const QString name = channelName();
    startTransfer([job] { return run(job); },
                  [messageId, name](const Transfer &transfer) {
                      SendOutcome outcome = classify(transfer, name);
                      if (outcome.accepted) {
                          outcome.providerMessageId = messageId;
                      }
                      return outcome;
                  },
                  std::move(done));
}

void SmtpChannel::checkConnection(Done done)
{
    if (m_configError) {
        SendOutcome outcome;
        outcome.error = m_configError;
        QMetaObject::invokeMethod(
            this, [done = std::move(done), outcome] { done(outcome); }, Qt::QueuedConnection);
        return;
    }
    Job job;
    const QString scheme = m_security == u"tls"_s ? u"smtps"_s : u"smtp"_s;
    job.url = u"%1://%2:%3"_s.arg(scheme, m_host).arg(m_port).toUtf8();
    job.requireTls = m_security != u"none-local-only"_s;
    job.username = m_username.toUtf8();
    job.password = m_password.toUtf8();
    job.oauthToken = m_oauthToken.toUtf8();
    job.connectOnly = true;
    job.timeoutMs = m_timeoutMs;
    const QString name = channelName();
    const bool sendGridRelay = m_type == sendGridTypeName();
    const bool signInSet = !m_username.isEmpty() && (!m_password.isEmpty() || !m_oauthToken.isEmpty());
    QString where;
    if (m_security == u"tls"_s) {
        where = tr("%1:%2 over TLS").arg(m_host).arg(m_port);
    } else if (m_security == u"starttls"_s) {
        where = tr("%1:%2 over STARTTLS").arg(m_host).arg(m_port);
    } else {
        where = tr("%1:%2 without encryption (this computer only)").arg(m_host).arg(m_port);
    }
    startTransfer([job] { return run(job); },
                  [name, sendGridRelay, signInSet, where](const Transfer &transfer) {
                      return classifyCheck(transfer, name, sendGridRelay, signInSet, where);
                  },
                  std::move(done));
}

QString SmtpChannel::channelName() const
{
    return m_config.name.trimmed().isEmpty() ? m_config.id : m_config.name.trimmed();
}

void SmtpChannel::startTransfer(std::function<Transfer()> transfer, std::function<SendOutcome(const Transfer &)> read,
                                Done done)
{
    const QStringList secrets{m_password, m_oauthToken};
    QPointer<SmtpChannel> self(this);
    QThread *worker = QThread::create(
        [self, transfer = std::move(transfer), read = std::move(read), done = std::move(done), secrets] {
            SendOutcome outcome = read(transfer());
            outcome.providerAnswer = scrub(outcome.providerAnswer, secrets);
            if (outcome.error) {
                outcome.error->message = scrub(outcome.error->message, secrets);
                outcome.error->detail = scrub(outcome.error->detail, secrets);
            }
            if (self) {
                QMetaObject::invokeMethod(
                    self.data(), [done, outcome] { done(outcome); }, Qt::QueuedConnection);
            }
        });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_workers.removeAll(QPointer<QThread>());
    m_workers.append(worker);
    worker->start();
}

SendOutcome SmtpChannel::classifyCheck(const Transfer &transfer, const QString &channelName, bool sendGridRelay,
                                       bool signInSet, const QString &where)
{
    if (transfer.curlCode == CURLE_OK) {
        SendOutcome outcome;
        outcome.accepted = true;
        if (sendGridRelay && transfer.signedIn) {
            outcome.providerAnswer = tr("the API key signs in to SendGrid's SMTP relay (%1).").arg(where);
        } else if (transfer.signedIn) {
            outcome.providerAnswer = tr("the mail server (%1) accepted the sign-in.").arg(where);
        } else if (signInSet) {
            outcome.providerAnswer = tr("the mail server (%1) answered, but it offers no sign-in (AUTH), so the "
                                        "password was not checked; only a test message shows whether it relays mail.")
                                         .arg(where);
        } else {
            outcome.providerAnswer =
                tr("the mail server (%1) answered; no user name is set, so Tidings does not sign in.").arg(where);
        }
        return outcome;
    }
    // Reworded from classify(): a check is about the server and the sign-in, and nobody tries it again.
    SendOutcome outcome = classify(transfer, channelName);
    const long code = transfer.smtpCode;
    QString &message = outcome.error->message;
    if (code >= 400 && code < 500) {
        message =
            sendGridRelay
                ? tr("SendGrid's SMTP relay is busy or had a temporary problem. Try again shortly.")
                : tr("The mail server of %1 is busy or had a temporary problem. Try again shortly.").arg(channelName);
        outcome.error->code = ErrorCode::ProviderFailed;
        outcome.error->retryable = true;
    } else if (transfer.curlCode == CURLE_LOGIN_DENIED || code == 535) {
        message = sendGridRelay ? tr("SendGrid's SMTP relay refused the API key. Check the key in Channels (it "
                                     "needs the Mail Send permission).")
                                : tr("The mail server of %1 refused the user name or password. Check them in "
                                     "Channels (some providers need an app password).")
                                      .arg(channelName);
    } else if (code >= 500) {
        message = sendGridRelay ? tr("SendGrid's SMTP relay refused the connection check.")
                                : tr("The mail server of %1 refused the connection check.").arg(channelName);
    } else if (transfer.curlCode == CURLE_OPERATION_TIMEDOUT) {
        message = tr("The mail server (%1) did not answer in time. Check the server name, port and encryption in "
                     "Channels.")
                      .arg(where);
    } else if (transfer.curlCode == CURLE_USE_SSL_FAILED) {
        message = tr("The mail server (%1) does not offer encryption (STARTTLS). Try port 465 with encryption tls, "
                     "or ask your email provider for the right settings.")
                      .arg(where);
    } else {
        message = tr("Could not reach the mail server (%1). Check the server name and port in Channels, and the "
                     "internet connection.")
                      .arg(where);
    }
    return outcome;
}

SendOutcome SmtpChannel::classify(const Transfer &transfer, const QString &channelName)
{
    const QString reply = transfer.serverReply.isEmpty() ? transfer.curlError : transfer.serverReply;
    if (transfer.curlCode == CURLE_OK) {
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerAnswer = transfer.serverReply;
        return outcome;
    }
    SendOutcome outcome;
    const long code = transfer.smtpCode;
    // 4xx first: curl reports any refused AUTH as CURLE_LOGIN_DENIED, and a 454 there is temporary.
    if (code >= 400 && code < 500) {
        outcome = failure(
            ErrorCode::ProviderFailed,
            tr("The mail server of %1 is busy or had a temporary problem; Tidings will try again.").arg(channelName),
            reply, true);
    } else if (transfer.curlCode == CURLE_LOGIN_DENIED || code == 535 || code == 534) {
        outcome = failure(ErrorCode::Unauthorized,
                          tr("The mail server of %1 refused the user name or password. Check them in Channels "
                             "(some providers need an app password).")
                              .arg(channelName),
                          reply);
    } else if (code == 550 || code == 551 || code == 553 || code == 501) {
        outcome = failure(ErrorCode::ProviderRejected,
                          tr("The mail server of %1 refused the recipient or sender address.").arg(channelName), reply);
    } else if (code == 552) {
        outcome = failure(ErrorCode::TooLarge,
                          tr("The mail server of %1 says the message is too big.").arg(channelName), reply);
    } else if (code >= 500) {
        outcome = failure(ErrorCode::ProviderRejected,
                          tr("The mail server of %1 refused the message.").arg(channelName), reply);
    } else if (transfer.curlCode == CURLE_OPERATION_TIMEDOUT) {
        outcome = failure(ErrorCode::Timeout,
                          tr("The mail server of %1 did not answer in time; Tidings will try again.").arg(channelName),
                          reply, true);
    } else if (transfer.curlCode == CURLE_USE_SSL_FAILED) {
        outcome = failure(
            ErrorCode::Network,
            tr("The mail server of %1 does not offer encryption (STARTTLS), so nothing was sent.").arg(channelName),
            reply, false);
    } else {
        outcome =
            failure(ErrorCode::Network,
                    tr("Could not reach the mail server of %1; Tidings will try again.").arg(channelName), reply, true);
    }
    outcome.providerAnswer = reply;
    return outcome;
}

} // namespace Tidings
