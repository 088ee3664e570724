#include "channels/seschannel.h"

#include "channels/channelhttp.h"
#include "channels/channellog.h"
#include "channels/mimemessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using ChannelHttp::failure;
using ChannelHttp::hasLineBreak;
using ChannelHttp::looksLikeAddress;
using ChannelHttp::trimmedAnswer;

const QString DefaultRegion = u"us-east-1"_s;
const QString SendEmailPath = u"/v2/email/outbound-emails"_s;
const QString AccountPath = u"/v2/email/account"_s;

QUrl defaultBaseUrl(const QString &region)
{
    return QUrl(u"https://email.%1.amazonaws.com"_s.arg(region));
}

bool validRegion(const QString &region)
{
    return !region.isEmpty() && std::all_of(region.cbegin(), region.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

QJsonObject text(const QString &data)
{
    return QJsonObject{{u"Data"_s, data}, {u"Charset"_s, u"UTF-8"_s}};
}

// The exception name from x-amzn-ErrorType ("MessageRejected:http://…" → "MessageRejected"), else the body's
// __type / code.
QString errorType(const ChannelAnswer &answer, const QJsonObject &body)
{
    QString type = QString::fromLatin1(answer.header("x-amzn-ErrorType").trimmed());
    if (type.isEmpty()) {
        type = body.value(u"__type"_s).toString();
        if (type.isEmpty()) {
            type = body.value(u"code"_s).toString();
        }
    }
    const qsizetype colon = type.indexOf(u':');
    if (colon >= 0) {
        type.truncate(colon);
    }
    const qsizetype hash = type.lastIndexOf(u'#');
    return hash >= 0 ? type.mid(hash + 1) : type;
}

// The inline images as SendEmail attachments shown in the HTML by ContentId. SES builds the MIME part itself and
// writes an attachment as 7 bit unless told otherwise, so binary images say BASE64.
QJsonArray inlineAttachments(const QList<InlineImage> &images)
{
    QJsonArray attachments;
    for (const InlineImage &image : images) {
        attachments.append(QJsonObject{
            {u"FileName"_s, Mime::inlineFileName(image)},
            {u"RawContent"_s, QString::fromLatin1(image.data.toBase64())},
            {u"ContentType"_s, QString::fromLatin1(image.mimeType)},
            {u"ContentDisposition"_s, u"INLINE"_s},
            {u"ContentId"_s, QString::fromLatin1(image.contentId)},
            {u"ContentTransferEncoding"_s, u"BASE64"_s},
        });
    }
    return attachments;
}
} // namespace

QString SesChannel::typeName()
{
    return u"ses"_s;
}

ChannelTypeInfo SesChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Amazon SES");
    info.summary = tr("Email through Amazon Simple Email Service (API v2 SendEmail).");
    info.kind = ChannelKind::Email;
    info.carriesInlineImages = true; // Content.Simple.Attachments, INLINE
    info.defaultBaseUrl = defaultBaseUrl(DefaultRegion);
    info.secrets = {
        {u"accessKeyId"_s, tr("Access key ID"),
         tr("IAM → Users → your sending user → Security credentials → Create access key. It starts with AKIA."), false},
        {u"secretAccessKey"_s, tr("Secret access key"), tr("Shown once, next to the access key ID."), false},
        {u"sessionToken"_s, tr("Session token"), tr("Only for temporary credentials (they start with ASIA)."), true},
    };
    info.options = {
        {u"baseUrl"_s, tr("Server address"),
         tr("Leave empty to use https://email.<region>.amazonaws.com for the region below."),
         u"https://email.us-east-1.amazonaws.com"_s, false},
        {u"region"_s, tr("Region"),
         tr("The AWS region where your SES identities are verified, e.g. us-east-1 or eu-west-1. Sending limits "
            "are per region: 1 message a second and 200 a day while the account is in the SES sandbox; "
            "production limits are shown on the SES account dashboard."),
         DefaultRegion, false},
        {u"fromEmail"_s, tr("Sender address"), tr("An address or domain verified in SES in that region."),
         u"orders@your-shop.example"_s, true},
        {u"fromName"_s, tr("Sender name"), tr("What customers see as the sender."), u"Your Shop"_s, false},
        {u"replyTo"_s, tr("Reply-to address"), tr("Where customers' replies go, if not to the sender address."),
         u"help@your-shop.example"_s, false},
        {u"configurationSet"_s, tr("Configuration set"),
         tr("Optional: the SES configuration set that records deliveries, bounces and complaints."), u"tidings"_s,
         false},
    };
    info.setupSteps = {
        tr("In the Amazon SES console, choose your region and open Identities → Create identity. Verify your shop's "
           "domain (recommended) or the sender address."),
        tr("New SES accounts are in the sandbox: they may send only to verified addresses, 1 message a second and "
           "200 a day. Open Account dashboard → Request production access to send to customers."),
        tr("In IAM, create a user for Tidings with only the ses:SendEmail and ses:GetAccount permissions "
           "(GetAccount lets Test Connection show the sandbox state and sending quota), then Security credentials → "
           "Create access key."),
        tr("Paste the access key ID and secret access key here, and set the region to the one of step 1."),
    };
    info.defaultRatePerSecond = 1;
    info.canCheckConnection = true;
    return info;
}

SesChannel::SesChannel(ChannelConfig config, SigV4::Credentials credentials, QNetworkAccessManager *network,
                       QObject *parent)
    : HttpChannel(std::move(config), u"Amazon SES"_s, network, parent)
    , m_credentials(std::move(credentials))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_credentials.accessKeyId = m_credentials.accessKeyId.trimmed();
    m_credentials.secretAccessKey = m_credentials.secretAccessKey.trimmed();
    m_credentials.sessionToken = m_credentials.sessionToken.trimmed();
    addSecret(m_credentials.secretAccessKey);
    addSecret(m_credentials.sessionToken);

    m_region = this->config().options.value(u"region"_s).toString().trimmed().toLower();
    if (m_region.isEmpty()) {
        // email.<region>.amazonaws.com names its region.
        const QStringList labels = this->config().baseUrl.host().split(u'.');
        m_region = (labels.size() == 4 && labels.at(0) == u"email"_s && labels.at(2) == u"amazonaws"_s) ? labels.at(1)
                                                                                                        : DefaultRegion;
    }
    m_endpoint = sendEmailUrl(this->config().baseUrl, m_region);
    m_configurationSet = this->config().options.value(u"configurationSet"_s).toString().trimmed();

    const auto badText = [](const QString &value) {
        return std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace() || !c.isPrint(); });
    };
    if (m_credentials.accessKeyId.isEmpty() || m_credentials.secretAccessKey.isEmpty()) {
        m_configError = Error::make(ErrorCode::Config, tr("No AWS access key is saved for %1.").arg(displayName()));
    } else if (badText(m_credentials.accessKeyId) || badText(m_credentials.secretAccessKey) ||
               badText(m_credentials.sessionToken)) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("The AWS keys saved for %1 contain spaces or line breaks. Paste them again in Channels.")
                            .arg(displayName()));
    } else if (!validRegion(m_region)) {
        m_configError = Error::make(
            ErrorCode::Config,
            tr("“%1” is not an AWS region. Use a region name such as us-east-1 in Channels.").arg(m_region));
    } else if (auto urlError = ChannelHttp::checkBaseUrl(m_endpoint, u"Amazon SES"_s, displayName())) {
        m_configError = urlError;
    } else if (this->config().fromEmail.trimmed().isEmpty()) {
        m_configError = Error::make(ErrorCode::Config,
                                    tr("No sender address is set for %1. Add one in Channels.").arg(displayName()));
    } else if (hasLineBreak(m_configurationSet)) {
        m_configError =
            Error::make(ErrorCode::Config, tr("The configuration set of %1 contains a line break.").arg(displayName()));
    }
}

SesChannel::~SesChannel() = default;

QString SesChannel::type() const
{
    return typeName();
}

QUrl SesChannel::sendEmailUrl(const QUrl &baseUrl, const QString &region)
{
    QUrl url = baseUrl.isEmpty() ? defaultBaseUrl(region.isEmpty() ? DefaultRegion : region) : baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (!path.endsWith(SendEmailPath)) {
        path += SendEmailPath;
    }
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

QString SesChannel::mailbox(const QString &email, const QString &name)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty()) {
        return email;
    }
    const bool ascii = std::all_of(cleaned.cbegin(), cleaned.cend(),
                                   [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
    if (ascii) {
        QString quoted = cleaned;
        quoted.replace(u"\\"_s, u"\\\\"_s);
        quoted.replace(u"\""_s, u"\\\""_s);
        return u"\"%1\" <%2>"_s.arg(quoted, email);
    }
    return u"=?UTF-8?B?%1?= <%2>"_s.arg(QString::fromLatin1(cleaned.toUtf8().toBase64()), email);
}

Result<QByteArray> SesChannel::buildBody(const OutgoingMessage &message) const
{
    const auto invalid = [](const QString &text) { return Error::make(ErrorCode::InvalidInput, text); };
    const QString toEmail = message.toEmail.trimmed();
    const QString fromEmail = config().fromEmail.trimmed();
    const QString replyTo = config().replyTo.trimmed();
    if (hasLineBreak(message.subject)) {
        return invalid(tr("The subject contains a line break, which could be used to add hidden email headers. "
                          "Remove line breaks from the template's subject."));
    }
    if (hasLineBreak(message.toName)) {
        return invalid(tr("The customer's name contains a line break, so the message was not sent."));
    }
    if (hasLineBreak(config().fromName)) {
        return invalid(tr("The sender name of %1 contains a line break. Correct it in Channels.").arg(displayName()));
    }
    if (toEmail.isEmpty()) {
        return invalid(tr("The notification has no recipient address."));
    }
    if (hasLineBreak(toEmail) || !looksLikeAddress(toEmail)) {
        return invalid(tr("“%1” is not an email address.").arg(toEmail.simplified()));
    }
    if (hasLineBreak(fromEmail) || !looksLikeAddress(fromEmail)) {
        return invalid(
            tr("The sender address of %1 is not an email address. Correct it in Channels.").arg(displayName()));
    }
    if (!replyTo.isEmpty() && (hasLineBreak(replyTo) || !looksLikeAddress(replyTo))) {
        return invalid(
            tr("The reply-to address of %1 is not an email address. Correct it in Channels.").arg(displayName()));
    }
    if (message.subject.trimmed().isEmpty()) {
        return invalid(tr("The message has no subject."));
    }
    if (message.text.isEmpty() && message.html.isEmpty()) {
        return invalid(tr("The message has neither text nor HTML content."));
    }
    const auto images = Mime::referencedImages(message);
    if (!images) {
        return images.error();
    }

    QJsonObject body;
    if (!message.text.isEmpty()) {
        body.insert(u"Text"_s, text(message.text));
    }
    if (!message.html.isEmpty()) {
        body.insert(u"Html"_s, text(message.html));
    }
    QJsonObject simple{{u"Subject"_s, text(message.subject)}, {u"Body"_s, body}};
    if (!images->isEmpty()) {
        simple.insert(u"Attachments"_s, inlineAttachments(*images));
    }
    QJsonObject request{
        {u"FromEmailAddress"_s, mailbox(fromEmail, config().fromName)},
        {u"Destination"_s, QJsonObject{{u"ToAddresses"_s, QJsonArray{mailbox(toEmail, message.toName)}}}},
        {u"Content"_s, QJsonObject{{u"Simple"_s, simple}}},
        {u"EmailTags"_s, QJsonArray{QJsonObject{{u"Name"_s, u"tidings_notification_id"_s},
                                                {u"Value"_s, QString::number(message.notificationId)}}}},
    };
    if (!replyTo.isEmpty()) {
        request.insert(u"ReplyToAddresses"_s, QJsonArray{replyTo});
    }
    if (!m_configurationSet.isEmpty()) {
        request.insert(u"ConfigurationSetName"_s, m_configurationSet);
    }
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

void SesChannel::send(const OutgoingMessage &message, Done done)
{
    const Ticket ticket = begin(std::move(done));
    std::optional<Error> early = m_configError;
    Result<QByteArray> body = QByteArray();
    if (!early) {
        body = buildBody(message);
        if (!body) {
            early = body.error();
        }
    }
    if (early) {
        qCWarning(lcChannel) << "Amazon SES: notification" << message.notificationId << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }

    const QNetworkRequest request = signedRequest(m_endpoint, QByteArrayLiteral("POST"), body.value());
    qCDebug(lcChannel) << "Amazon SES: sending notification" << message.notificationId << "to"
                       << m_endpoint.toDisplayString();
    this->request(ticket, request, QByteArrayLiteral("POST"), body.value(),
                  [this, ticket](const ChannelAnswer &answer) {
                      SendOutcome outcome = classify(answer);
                      outcome.httpStatus = answer.status;
                      outcome.providerAnswer = trimmedAnswer(answer.body);
                      finish(ticket, std::move(outcome));
                  });
}

QNetworkRequest SesChannel::signedRequest(const QUrl &url, const QByteArray &method, const QByteArray &payload) const
{
    const QByteArray date = SigV4::amzDate(m_clock());
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    if (url.port(defaultPort) != defaultPort) {
        host += ':' + QByteArray::number(url.port());
    }
    SigV4::Request toSign;
    toSign.method = method;
    toSign.path = url.path();
    toSign.payload = payload;
    if (method != "GET") {
        toSign.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    toSign.headers.append({QByteArrayLiteral("Host"), host});
    toSign.headers.append({QByteArrayLiteral("X-Amz-Content-Sha256"), SigV4::hexSha256(toSign.payload)});
    toSign.headers.append({QByteArrayLiteral("X-Amz-Date"), date});
    if (!m_credentials.sessionToken.isEmpty()) {
        toSign.headers.append({QByteArrayLiteral("X-Amz-Security-Token"), m_credentials.sessionToken.toUtf8()});
    }
    const SigV4::Signed signature = SigV4::sign(toSign, m_credentials, m_region, u"ses"_s, date);

    QNetworkRequest request = newRequest(url);
    for (const auto &[name, value] : std::as_const(toSign.headers)) {
        request.setRawHeader(name, value);
    }
    request.setRawHeader(QByteArrayLiteral("Authorization"), signature.authorization);
    return request;
}

QUrl SesChannel::accountUrl(const QUrl &sendEmailUrl)
{
    QUrl url = sendEmailUrl;
    QString path = url.path();
    if (path.endsWith(SendEmailPath)) {
        path.chop(SendEmailPath.size());
    }
    url.setPath(path + AccountPath);
    return url;
}

void SesChannel::checkConnection(Done done)
{
    const QUrl url = accountUrl(m_endpoint);
    QNetworkRequest request = m_configError ? newRequest(url) : signedRequest(url, QByteArrayLiteral("GET"), {});
    runCheck(std::move(done), m_configError, request, QByteArrayLiteral("GET"), {},
             [this](const ChannelAnswer &answer) { return readAccount(answer); });
}

SendOutcome SesChannel::readAccount(const ChannelAnswer &answer) const
{
    const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    if (answer.status != 200) {
        SendOutcome outcome = classify(answer);
        const QString type = errorType(answer, json);
        if (type == u"AccessDeniedException"_s) {
            // AWS checks the signature before the permission: the keys themselves are right.
            SendOutcome accepted;
            accepted.accepted = true;
            accepted.providerAnswer =
                tr("the AWS keys work in %1, but they may not read the SES account status (allow ses:GetAccount in "
                   "IAM to see the sandbox state and sending quota here); only a test message proves they may "
                   "send.")
                    .arg(m_region);
            return accepted;
        }
        const bool notUnderstood = answer.status == 400 || answer.status == 404 || answer.status == 405 ||
                                   (answer.status >= 300 && answer.status < 400);
        if (outcome.error && notUnderstood && type != u"TooManyRequestsException"_s &&
            type != u"LimitExceededException"_s) {
            // A send's wording ("rejected the message") would mislead for a check.
            outcome.error->message = tr("Amazon SES did not accept the connection check (HTTP %1). Check the server "
                                        "address and region in Channels.")
                                         .arg(answer.status);
        }
        outcome.providerAnswer = trimmedAnswer(answer.body);
        return outcome;
    }
    if (!json.contains(u"ProductionAccessEnabled"_s) && !json.contains(u"SendingEnabled"_s)) {
        return failure(ErrorCode::ProviderFailed,
                       tr("Amazon SES answered the connection check in an unexpected way. Check the server address "
                          "in Channels."),
                       trimmedAnswer(answer.body).trimmed());
    }
    if (!json.value(u"SendingEnabled"_s).toBool(true)) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The AWS keys work, but sending is paused for this SES account in %1. Open the SES "
                          "console's Account dashboard to see why and resume sending.")
                           .arg(m_region),
                       trimmedAnswer(answer.body).trimmed());
    }
    const QJsonObject quota = json.value(u"SendQuota"_s).toObject();
    const QString perDay = QString::number(quota.value(u"Max24HourSend"_s).toDouble(), 'f', 0);
    const QString perSecond = QString::number(quota.value(u"MaxSendRate"_s).toDouble(), 'g', 6);
    const QString sent = QString::number(quota.value(u"SentLast24Hours"_s).toDouble(), 'f', 0);
    SendOutcome outcome;
    outcome.accepted = true;
    if (json.value(u"ProductionAccessEnabled"_s).toBool()) {
        outcome.providerAnswer = tr("the AWS keys work; the SES account in %1 has production access and may send %2 "
                                    "messages a day, %3 a second (%4 sent in the last 24 hours).")
                                     .arg(m_region, perDay, perSecond, sent);
    } else {
        outcome.providerAnswer =
            tr("the AWS keys work, but the SES account in %1 is still in the sandbox: it may send only to verified "
               "addresses, %2 messages a day, %3 a second (%4 sent in the last 24 hours). Request production access "
               "in the SES console's Account dashboard to send to customers.")
                .arg(m_region, perDay, perSecond, sent);
    }
    if (json.value(u"EnforcementStatus"_s).toString() == u"PROBATION"_s) {
        outcome.providerAnswer += u' ' + tr("Amazon SES has put the account on probation for its bounce or complaint "
                                            "rate: see Reputation metrics in the SES console.");
    }
    return outcome;
}

SendOutcome SesChannel::classify(const ChannelAnswer &answer, const QDateTime &now)
{
    const int status = answer.status;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    const QJsonObject json = document.object();
    if (status >= 200 && status < 300) {
        const QString id = json.value(u"MessageId"_s).toString().trimmed();
        if (parseError.error != QJsonParseError::NoError || !document.isObject() || id.isEmpty()) {
            // SES said yes but not in its words: the message may be out; sending again could duplicate it.
            return failure(ErrorCode::ProviderFailed,
                           tr("Amazon SES answered without a message ID, so Tidings cannot tell whether the message "
                              "was sent. Check the SES sending statistics before sending it again."),
                           trimmedAnswer(answer.body).trimmed());
        }
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerMessageId = id;
        return outcome;
    }

    const QString type = errorType(answer, json);
    QString providerMessage = json.value(u"message"_s).toString().trimmed();
    if (providerMessage.isEmpty()) {
        providerMessage = json.value(u"Message"_s).toString().trimmed();
    }
    const QString detail = type.isEmpty() ? trimmedAnswer(answer.body).trimmed()
                                          : (providerMessage.isEmpty() ? type : u"%1: %2"_s.arg(type, providerMessage));
    const auto permanent = [&](const QString &message) {
        return failure(ErrorCode::ProviderRejected, message, detail);
    };

    if (status == 429 || type == u"TooManyRequestsException"_s || type == u"LimitExceededException"_s ||
        type == u"ThrottlingException"_s || type == u"Throttling"_s) {
        SendOutcome outcome = failure(ErrorCode::RateLimited,
                                      tr("Amazon SES is limiting how fast this account may send (%1). Tidings will "
                                         "try again shortly.")
                                          .arg(providerMessage.isEmpty() ? type : providerMessage),
                                      detail, true);
        outcome.retryAt = ChannelHttp::parseRetryAfter(answer.header("Retry-After"), now);
        if (!outcome.retryAt) {
            outcome.retryAt = now.addSecs(1); // SES sends no Retry-After
        }
        return outcome;
    }
    if (status >= 500) {
        return failure(ErrorCode::ProviderFailed,
                       tr("Amazon SES had a temporary problem (HTTP %1). Tidings will try again.").arg(status), detail,
                       true);
    }
    if (type == u"MessageRejected"_s) {
        if (providerMessage.contains(u"not verified"_s, Qt::CaseInsensitive)) {
            return permanent(tr("Amazon SES is in sandbox mode: verify the recipient or request production access. "
                                "(%1)")
                                 .arg(providerMessage));
        }
        return permanent(providerMessage.isEmpty() ? tr("Amazon SES rejected the message.")
                                                   : tr("Amazon SES rejected the message: %1").arg(providerMessage));
    }
    if (type == u"MailFromDomainNotVerifiedException"_s) {
        return permanent(tr("Amazon SES refused the sender: its MAIL FROM domain is not verified. Finish the custom "
                            "MAIL FROM setup in SES (Identities) or turn it off."));
    }
    if (type == u"AccountSuspendedException"_s) {
        return permanent(tr("Amazon SES has suspended sending for this AWS account. Open the SES console's Account "
                            "dashboard to see why."));
    }
    if (type == u"SendingPausedException"_s || type == u"AccountSendingPausedException"_s) {
        return permanent(tr("Sending is paused for this SES account or configuration set. Resume sending in the SES "
                            "console."));
    }
    if (type == u"NotFoundException"_s) {
        return permanent(tr("Amazon SES does not know the configuration set of this channel. Check its name in "
                            "Channels."));
    }
    if (status == 403 || type == u"SignatureDoesNotMatch"_s || type == u"InvalidClientTokenId"_s ||
        type == u"UnrecognizedClientException"_s || type == u"InvalidSignatureException"_s ||
        type == u"AccessDeniedException"_s || type == u"RequestExpired"_s) {
        if (type == u"RequestExpired"_s || providerMessage.contains(u"expired"_s, Qt::CaseInsensitive)) {
            return permanent(tr("Amazon SES refused the request as too old: check that this computer's clock and "
                                "time zone are right, and that temporary keys have not expired."));
        }
        if (type == u"AccessDeniedException"_s) {
            return permanent(tr("The AWS user of these keys may not send email. Allow ses:SendEmail for it in IAM."));
        }
        return permanent(tr("Amazon SES refused the AWS keys. Check the access key ID and secret access key in "
                            "Channels (and that this computer's clock is right)."));
    }
    if (type == u"BadRequestException"_s || status == 400) {
        return permanent(providerMessage.isEmpty()
                             ? tr("Amazon SES refused the request as invalid.")
                             : tr("Amazon SES refused the request as invalid: %1").arg(providerMessage));
    }
    if (status == 404 || status == 405 || (status >= 300 && status < 400)) {
        return permanent(tr("Amazon SES did not recognise the request (HTTP %1). Check the server address in "
                            "Channels.")
                             .arg(status));
    }
    return permanent(
        providerMessage.isEmpty()
            ? tr("Amazon SES refused the message (HTTP %1).").arg(status)
            : tr("Amazon SES refused the message (HTTP %1): %2").arg(QString::number(status), providerMessage));
}

} // namespace Tidings
