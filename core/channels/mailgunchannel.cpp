#include "channels/mailgunchannel.h"

#include "channels/channellog.h"
#include "channels/mimemessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using ChannelHttp::failure;
using ChannelHttp::hasLineBreak;
using ChannelHttp::looksLikeAddress;
using ChannelHttp::parseRetryAfter;
using ChannelHttp::trimmedAnswer;

const QString DefaultBaseUrl = u"https://api.mailgun.net"_s;
const QString EuBaseUrl = u"https://api.eu.mailgun.net"_s;

// A sending domain as Mailgun names it: letters, digits, '-' and '.', no leading or trailing dot.
bool looksLikeDomain(const QString &domain)
{
    if (domain.isEmpty() || domain.size() > 253 || domain.startsWith(u'.') || domain.endsWith(u'.') ||
        !domain.contains(u'.') || domain.contains(u".."_s)) {
        return false;
    }
    return std::all_of(domain.cbegin(), domain.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
               c == u'.';
    });
}

// Mailgun's {"message": "..."} (400, 403, 404, 429), or the plain text answer ("Forbidden").
QString providerMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        return document.object().value(u"message"_s).toString().trimmed();
    }
    return {};
}

QByteArray newBoundary()
{
    QByteArray boundary = QByteArrayLiteral("tidings-");
    for (int i = 0; i < 4; ++i) {
        boundary += QByteArray::number(QRandomGenerator::global()->generate(), 16);
    }
    return boundary;
}

} // namespace

QString MailgunChannel::typeName()
{
    return u"mailgun"_s;
}

ChannelTypeInfo MailgunChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Mailgun");
    info.summary = tr("Email through Mailgun's Messages API (US or EU region).");
    info.kind = ChannelKind::Email;
    info.carriesInlineImages = true; // "inline" file parts
    info.defaultBaseUrl = QUrl(DefaultBaseUrl);
    info.secrets = {{u"apiKey"_s, tr("API key"),
                     tr("Mailgun → Sending → Domain settings → Sending API keys (a key for this domain only), or "
                        "your account's private API key under API Security."),
                     false}};
    info.options = {
        {u"baseUrl"_s, tr("Region"),
         tr("https://api.mailgun.net for domains in the US region, https://api.eu.mailgun.net for domains in the "
            "EU region."),
         DefaultBaseUrl, false},
        {u"domain"_s, tr("Sending domain"), tr("The domain you send from, exactly as Mailgun lists it under Domains."),
         u"mg.your-shop.example"_s, true},
        {u"fromEmail"_s, tr("Sender address"), tr("An address at the sending domain."),
         u"orders@mg.your-shop.example"_s, true},
        {u"fromName"_s, tr("Sender name"), tr("What customers see as the sender."), u"Your Shop"_s, false},
        {u"replyTo"_s, tr("Reply-to address"), tr("Where customers' replies go, if not to the sender address."),
         u"help@your-shop.example"_s, false},
        {u"testMode"_s, tr("Test mode"),
         tr("true: Mailgun accepts each message but delivers nothing (test messages still count towards your "
            "plan)."),
         u"false"_s, false},
    };
    info.setupSteps = {
        tr("In Mailgun, open Sending → Domains and add your shop's domain (or a subdomain such as mg.your-shop). "
           "Note whether it is in the US or the EU region."),
        tr("Add the DNS records Mailgun shows to your domain and wait until Mailgun marks the domain as verified."),
        tr("Open the domain's settings → Sending API keys, create a key and copy it (Mailgun shows it once)."),
        tr("Paste the key here, enter the domain, and choose the region the domain is in."),
    };
    info.canCheckConnection = true;
    return info;
}

MailgunChannel::MailgunChannel(ChannelConfig config, QString apiKey, QNetworkAccessManager *network, QObject *parent)
    : HttpChannel(std::move(config), u"Mailgun"_s, network, parent)
    , m_apiKey(std::move(apiKey).trimmed())
    , m_domain(this->config().options.value(u"domain"_s).toString().trimmed().toLower())
    , m_endpoint(messagesUrl(this->config().baseUrl, m_domain))
{
    m_testMode = this->config().options.value(u"testMode"_s).toVariant().toBool();
    addSecret(m_apiKey);
    if (m_apiKey.isEmpty()) {
        m_configError = Error::make(ErrorCode::Config, tr("No API key is saved for %1.").arg(displayName()));
    } else if (std::any_of(m_apiKey.cbegin(), m_apiKey.cend(), [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.")
                            .arg(displayName()));
    } else if (m_domain.isEmpty()) {
        m_configError = Error::make(ErrorCode::Config,
                                    tr("No sending domain is set for %1. Add it in Channels.").arg(displayName()));
    } else if (!looksLikeDomain(m_domain)) {
        m_configError = Error::make(
            ErrorCode::Config,
            tr("“%1” is not a domain name. Enter the sending domain of %2 as Mailgun lists it (e.g. mg.your-shop.com).")
                .arg(m_domain.simplified(), displayName()));
    } else if (auto urlError = ChannelHttp::checkBaseUrl(m_endpoint, u"Mailgun"_s, displayName())) {
        m_configError = urlError;
    } else if (this->config().fromEmail.trimmed().isEmpty()) {
        m_configError = Error::make(ErrorCode::Config,
                                    tr("No sender address is set for %1. Add one in Channels.").arg(displayName()));
    }
    if (!m_configError) {
        m_authorization =
            QByteArrayLiteral("Basic ") + QByteArray(QByteArrayLiteral("api:") + m_apiKey.toUtf8()).toBase64();
    }
}

MailgunChannel::~MailgunChannel() = default;

QString MailgunChannel::type() const
{
    return typeName();
}

QUrl MailgunChannel::messagesUrl(const QUrl &baseUrl, const QString &domain)
{
    QUrl url = baseUrl.isEmpty() ? QUrl(DefaultBaseUrl) : baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (path.endsWith(u"/v3"_s)) {
        path.chop(3);
    }
    url.setPath(path + u"/v3/"_s + QString::fromLatin1(QUrl::toPercentEncoding(domain)) + u"/messages"_s,
                QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

QString MailgunChannel::mailbox(const QString &email, const QString &name)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty()) {
        return email;
    }
    static const QString specials = u"()<>[]:;@\\,.\""_s;
    const bool quote = std::any_of(cleaned.cbegin(), cleaned.cend(), [](QChar c) { return specials.contains(c); });
    if (!quote) {
        return u"%1 <%2>"_s.arg(cleaned, email);
    }
    QString escaped = cleaned;
    escaped.replace(u"\\"_s, u"\\\\"_s);
    escaped.replace(u"\""_s, u"\\\""_s);
    return u"\"%1\" <%2>"_s.arg(escaped, email);
}

Result<MailgunChannel::Fields> MailgunChannel::buildFields(const OutgoingMessage &message) const
{
    const QString toEmail = message.toEmail.trimmed();
    const QString fromEmail = config().fromEmail.trimmed();
    const QString replyTo = config().replyTo.trimmed();
    if (auto problem = ChannelHttp::checkEmail(message, config(), displayName())) {
        return *problem;
    }

    Fields fields{
        {QByteArrayLiteral("from"), mailbox(fromEmail, config().fromName)},
        {QByteArrayLiteral("to"), mailbox(toEmail, message.toName)},
        {QByteArrayLiteral("subject"), message.subject},
    };
    if (!message.text.isEmpty()) {
        fields.append({QByteArrayLiteral("text"), message.text});
    }
    if (!message.html.isEmpty()) {
        fields.append({QByteArrayLiteral("html"), message.html});
    }
    if (!replyTo.isEmpty()) {
        fields.append({QByteArrayLiteral("h:Reply-To"), replyTo});
    }
    fields.append({QByteArrayLiteral("v:tidings_notification_id"), QString::number(message.notificationId)});
    if (m_testMode) {
        fields.append({QByteArrayLiteral("o:testmode"), u"yes"_s});
    }
    return fields;
}

Result<MailgunChannel::Files> MailgunChannel::inlineFiles(const OutgoingMessage &message)
{
    const auto images = Mime::referencedImages(message);
    if (!images) {
        return images.error();
    }
    Files files;
    for (const InlineImage &image : *images) {
        files.append({QByteArrayLiteral("inline"), image.contentId, image.mimeType, image.data});
    }
    return files;
}

QByteArray MailgunChannel::multipartBody(const Fields &fields, const QByteArray &boundary, const Files &files)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + name + "\"\r\n";
        body += "Content-Type: text/plain; charset=utf-8\r\n\r\n";
        body += value.toUtf8();
        body += "\r\n";
    }
    for (const File &file : files) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + file.name + "\"; filename=\"" + file.fileName + "\"\r\n";
        body += "Content-Type: " + file.contentType + "\r\n\r\n";
        body += file.data;
        body += "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

void MailgunChannel::send(const OutgoingMessage &message, Done done)
{
    const Ticket ticket = begin(std::move(done));
    std::optional<Error> early = m_configError;
    Result<Fields> fields = Fields();
    Result<Files> files = Files();
    if (!early) {
        fields = buildFields(message);
        if (!fields) {
            early = fields.error();
        }
    }
    if (!early) {
        files = inlineFiles(message);
        if (!files) {
            early = files.error();
        }
    }
    if (early) {
        qCWarning(lcChannel) << "Mailgun: notification" << message.notificationId << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }
    // A boundary that appears in no field (random, so practically always the first one).
    QByteArray boundary = newBoundary();
    QByteArray body = multipartBody(fields.value(), boundary, files.value());
    while (body.count(QByteArray("--" + boundary)) != fields.value().size() + files.value().size() + 1) {
        boundary = newBoundary();
        body = multipartBody(fields.value(), boundary, files.value());
    }
    QNetworkRequest request = newRequest(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray(QByteArrayLiteral("multipart/form-data; boundary=") + boundary));
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    qCDebug(lcChannel) << "Mailgun: sending notification" << message.notificationId << "to"
                       << m_endpoint.toDisplayString();
    this->request(ticket, request, QByteArrayLiteral("POST"), body, [this, ticket](const ChannelAnswer &answer) {
        SendOutcome outcome = classify(answer);
        outcome.httpStatus = answer.status;
        outcome.providerAnswer = trimmedAnswer(answer.body);
        finish(ticket, std::move(outcome));
    });
}

void MailgunChannel::checkConnection(Done done)
{
    // Only a test-mode flag: without from and to there is nothing to deliver, and Mailgun answers 400 once it
    // has accepted the key and found the domain.
    const Fields fields{{QByteArrayLiteral("o:testmode"), u"yes"_s}};
    const QByteArray boundary = newBoundary();
    QNetworkRequest request = newRequest(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray(QByteArrayLiteral("multipart/form-data; boundary=") + boundary));
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    runCheck(std::move(done), m_configError, request, QByteArrayLiteral("POST"), multipartBody(fields, boundary),
             [this](const ChannelAnswer &answer) { return readCheck(answer); });
}

SendOutcome MailgunChannel::readCheck(const ChannelAnswer &answer) const
{
    const bool missingField = answer.status == 400 && !providerMessage(answer.body).isEmpty();
    if (missingField || (answer.status >= 200 && answer.status < 300)) {
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerAnswer =
            m_testMode ? tr("the API key may send mail from %1 (test mode is on: Mailgun accepts messages but "
                            "delivers none).")
                             .arg(m_domain)
                       : tr("the API key may send mail from %1.").arg(m_domain);
        return outcome;
    }
    SendOutcome outcome = classify(answer);
    // A send's "Tidings will try again" would mislead here: nothing retries a check.
    if (outcome.error->code == ErrorCode::RateLimited) {
        outcome.error->message = tr("Mailgun is limiting how often this account may call it. Try the check again in "
                                    "a minute.");
    } else if (outcome.error->retryable) {
        outcome.error->message =
            tr("Mailgun had a temporary problem (HTTP %1). Try the check again later.").arg(answer.status);
    } else if (answer.status == 400) {
        outcome.error->message =
            tr("Mailgun gave an unexpected answer to the check (HTTP 400). Check the region address in Channels.");
    }
    outcome.providerAnswer = trimmedAnswer(answer.body);
    return outcome;
}

SendOutcome MailgunChannel::classify(const ChannelAnswer &answer)
{
    const int status = answer.status;
    const QByteArray &body = answer.body;
    if (status >= 200 && status < 300) {
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerMessageId = QJsonDocument::fromJson(body).object().value(u"id"_s).toString().trimmed();
        return outcome;
    }

    const QString message = providerMessage(body);
    const QString detail = message.isEmpty() ? trimmedAnswer(body).trimmed() : message;
    SendOutcome outcome;
    switch (status) {
    case 429:
        outcome = failure(ErrorCode::RateLimited,
                          tr("Mailgun is limiting how fast this account may send. Tidings will try again later."),
                          detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    case 500:
    case 502:
    case 503:
    case 504:
        outcome =
            failure(ErrorCode::ProviderFailed,
                    tr("Mailgun had a temporary problem (HTTP %1). Tidings will try again.").arg(status), detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    case 408:
        return failure(ErrorCode::Timeout, tr("Mailgun took too long to read the message. Tidings will try again."),
                       detail, true);
    case 400:
        return failure(ErrorCode::ProviderRejected,
                       message.isEmpty() ? tr("Mailgun rejected the message.")
                                         : tr("Mailgun rejected the message: %1").arg(message),
                       detail);
    case 401:
        return failure(ErrorCode::ProviderRejected,
                       tr("Mailgun refused the API key. Check the key in Channels, and that the region (US or EU) "
                          "is the one your domain is in."),
                       detail);
    case 403:
        if (message.contains(u"sandbox"_s, Qt::CaseInsensitive) ||
            message.contains(u"authorized recipients"_s, Qt::CaseInsensitive)) {
            return failure(ErrorCode::ProviderRejected,
                           tr("Mailgun's sandbox domain only sends to authorized recipients. Add your own domain in "
                              "Mailgun, or add this address as an authorized recipient."),
                           detail);
        }
        return failure(ErrorCode::ProviderRejected,
                       message.isEmpty() ? tr("Mailgun refused to send from this domain. Check the domain's status "
                                              "in your Mailgun account.")
                                         : tr("Mailgun refused to send from this domain: %1").arg(message),
                       detail);
    case 404:
        return failure(ErrorCode::ProviderRejected,
                       tr("Mailgun does not know this sending domain here. Check the domain in Channels and "
                          "whether it is in the US or the EU region."),
                       detail);
    case 413:
        return failure(ErrorCode::ProviderRejected,
                       tr("The message is too large for Mailgun (it accepts up to 25 MB). Make the email smaller."),
                       detail);
    default:
        break;
    }
    if (status >= 300 && status < 400) {
        return failure(ErrorCode::ProviderRejected,
                       tr("Mailgun answered with a redirect (HTTP %1). Check the Mailgun region address in "
                          "Channels.")
                           .arg(status),
                       detail);
    }
    if (status >= 500) {
        return failure(ErrorCode::ProviderFailed,
                       tr("Mailgun had a temporary problem (HTTP %1). Tidings will try again.").arg(status), detail,
                       true);
    }
    return failure(ErrorCode::ProviderRejected,
                   message.isEmpty()
                       ? tr("Mailgun refused the message (HTTP %1).").arg(status)
                       : tr("Mailgun refused the message (HTTP %1): %2").arg(QString::number(status), message),
                   detail);
}

} // namespace Tidings
