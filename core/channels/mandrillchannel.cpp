#include "channels/mandrillchannel.h"

#include "channels/channellog.h"
#include "channels/mimemessage.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkRequest>

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

const QString DefaultBaseUrl = u"https://mandrillapp.com"_s;
constexpr int MaxFlattenDepth = 4;
constexpr int MaxMergeVars = 200;

bool validMergeName(const QString &name)
{
    return !name.isEmpty() && !name.startsWith(u'_') &&
           std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber() || c == u'_'; });
}

void flatten(const QString &prefix, const QJsonValue &value, int depth, QJsonArray &vars)
{
    if (vars.size() >= MaxMergeVars) {
        return;
    }
    if (value.isObject()) {
        if (depth >= MaxFlattenDepth) {
            return;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            flatten(prefix.isEmpty() ? it.key() : prefix + u'_' + it.key(), it.value(), depth + 1, vars);
        }
        return;
    }
    if (value.isArray() || value.isNull() || value.isUndefined() || !validMergeName(prefix)) {
        return;
    }
    vars.append(QJsonObject{{u"name"_s, prefix}, {u"content"_s, value}});
}

QString rejectionWords(const QString &reason, const QString &email)
{
    if (reason == u"hard-bounce"_s) {
        return MandrillChannel::tr(
                   "Mandrill did not send to %1: mail to this address bounced before (it does not exist or "
                   "refuses mail), so Mandrill blocks it.")
            .arg(email);
    }
    if (reason == u"soft-bounce"_s) {
        return MandrillChannel::tr(
                   "Mandrill did not send to %1: mail to this address bounced several times lately (e.g. a full "
                   "mailbox). Mandrill blocks it for a while.")
            .arg(email);
    }
    if (reason == u"spam"_s) {
        return MandrillChannel::tr("Mandrill did not send to %1: this customer marked an earlier email as spam.")
            .arg(email);
    }
    if (reason == u"unsub"_s) {
        return MandrillChannel::tr("Mandrill did not send to %1: this customer unsubscribed.").arg(email);
    }
    if (reason == u"custom"_s) {
        return MandrillChannel::tr(
                   "Mandrill did not send to %1: the address is on your Mandrill account's rejection list.")
            .arg(email);
    }
    if (reason == u"invalid-sender"_s) {
        return MandrillChannel::tr(
            "Mandrill refused the sender address. Verify the sending domain in Mandrill (Settings → "
            "Domains) and check the sender address in Channels.");
    }
    if (reason == u"invalid"_s) {
        return MandrillChannel::tr("Mandrill did not send to %1: it considers the address invalid.").arg(email);
    }
    if (reason == u"test-mode-limit"_s) {
        return MandrillChannel::tr(
                   "Mandrill did not send to %1: the API key is a test key and its test-mode limit is reached.")
            .arg(email);
    }
    if (reason == u"unsigned"_s) {
        return MandrillChannel::tr(
            "Mandrill refused the message because the sending domain is not verified (DKIM/SPF). Verify "
            "it in Mandrill (Settings → Domains).");
    }
    if (reason == u"rule"_s) {
        return MandrillChannel::tr("Mandrill did not send to %1: a rule in your Mandrill account blocked it.")
            .arg(email);
    }
    return reason.isEmpty() ? MandrillChannel::tr("Mandrill rejected the message to %1.").arg(email)
                            : MandrillChannel::tr("Mandrill rejected the message to %1 (%2).").arg(email, reason);
}

// The inline images as Mandrill's embedded images: {type, name (the Content ID the HTML refers to), content
// (base64)}.
QJsonArray embeddedImages(const QList<InlineImage> &images)
{
    QJsonArray embedded;
    for (const InlineImage &image : images) {
        embedded.append(QJsonObject{
            {u"type"_s, QString::fromLatin1(image.mimeType)},
            {u"name"_s, QString::fromLatin1(image.contentId)},
            {u"content"_s, QString::fromLatin1(image.data.toBase64())},
        });
    }
    return embedded;
}
} // namespace

QString MandrillChannel::typeName()
{
    return u"mandrill"_s;
}

ChannelTypeInfo MandrillChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Mailchimp Transactional (Mandrill)");
    info.summary = tr("Email through Mailchimp Transactional (Mandrill), with its own templates if you like.");
    info.kind = ChannelKind::Email;
    info.carriesInlineImages = true; // message.images
    info.defaultBaseUrl = QUrl(DefaultBaseUrl);
    info.secrets = {{u"apiKey"_s, tr("API key"),
                     tr("Mandrill → Settings → SMTP & API Info → New API Key. A test key accepts messages but "
                        "delivers nothing."),
                     false}};
    info.options = {
        {u"fromEmail"_s, tr("Sender address"), tr("An address at a domain verified in Mandrill (Settings → Domains)."),
         u"orders@your-shop.example"_s, true},
        {u"fromName"_s, tr("Sender name"), tr("What customers see as the sender."), u"Your Shop"_s, false},
        {u"replyTo"_s, tr("Reply-to address"), tr("Where customers' replies go, if not to the sender address."),
         u"help@your-shop.example"_s, false},
        {u"templateName"_s, tr("Mandrill template"),
         tr("Optional: the slug of a Mandrill template to send instead of Tidings' own text. The order details "
            "reach it as merge variables (e.g. *|ORDER_NUMBER|* or {{order.number}})."),
         u"order-shipped"_s, false},
        {u"mergeLanguage"_s, tr("Merge language"),
         tr("mailchimp for *|TAG|* templates, handlebars for {{tag}} templates (Mandrill's default: mailchimp)."),
         u"handlebars"_s, false},
        {u"subaccount"_s, tr("Subaccount"), tr("Optional: the id of the Mandrill subaccount to send from."),
         u"shop-eu"_s, false},
    };
    info.setupSteps = {
        tr("In Mailchimp Transactional (mandrillapp.com), open Settings → Domains, add your shop's domain and "
           "complete its DKIM and SPF verification."),
        tr("Open Settings → SMTP & API Info and click New API Key. Copy the key."),
        tr("Paste the key here and enter a sender address at the verified domain."),
    };
    info.canCheckConnection = true;
    return info;
}

MandrillChannel::MandrillChannel(ChannelConfig config, QString apiKey, QNetworkAccessManager *network, QObject *parent)
    : HttpChannel(std::move(config), u"Mandrill"_s, network, parent)
    , m_apiKey(std::move(apiKey).trimmed())
    , m_templateName(this->config().options.value(u"templateName"_s).toString().trimmed())
    , m_mergeLanguage(this->config().options.value(u"mergeLanguage"_s).toString().trimmed().toLower())
    , m_subaccount(this->config().options.value(u"subaccount"_s).toString().trimmed())
{
    m_endpoint = sendUrl(this->config().baseUrl, !m_templateName.isEmpty());
    addSecret(m_apiKey);
    if (m_apiKey.isEmpty()) {
        m_configError = Error::make(ErrorCode::Config, tr("No API key is saved for %1.").arg(displayName()));
    } else if (std::any_of(m_apiKey.cbegin(), m_apiKey.cend(), [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.")
                            .arg(displayName()));
    } else if (auto urlError = ChannelHttp::checkBaseUrl(m_endpoint, u"Mandrill"_s, displayName())) {
        m_configError = urlError;
    } else if (this->config().fromEmail.trimmed().isEmpty()) {
        m_configError = Error::make(ErrorCode::Config,
                                    tr("No sender address is set for %1. Add one in Channels.").arg(displayName()));
    } else if (!m_mergeLanguage.isEmpty() && m_mergeLanguage != u"mailchimp"_s && m_mergeLanguage != u"handlebars"_s) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("The merge language of %1 must be “mailchimp” or “handlebars”. Correct it in Channels.")
                            .arg(displayName()));
    }
}

MandrillChannel::~MandrillChannel() = default;

QString MandrillChannel::type() const
{
    return typeName();
}

QUrl MandrillChannel::sendUrl(const QUrl &baseUrl, bool withTemplate)
{
    return apiUrl(baseUrl, withTemplate ? u"/messages/send-template"_s : u"/messages/send"_s);
}

QUrl MandrillChannel::pingUrl(const QUrl &baseUrl)
{
    return apiUrl(baseUrl, u"/users/ping2"_s);
}

QUrl MandrillChannel::apiUrl(const QUrl &baseUrl, const QString &method)
{
    QUrl url = baseUrl.isEmpty() ? QUrl(DefaultBaseUrl) : baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (!path.endsWith(u"/api/1.0"_s)) {
        path += u"/api/1.0"_s;
    }
    path += method;
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

QJsonArray MandrillChannel::mergeVars(const OutgoingMessage &message)
{
    QJsonArray vars{QJsonObject{{u"name"_s, u"subject"_s}, {u"content"_s, message.subject}}};
    if (!message.toName.isEmpty()) {
        vars.append(QJsonObject{{u"name"_s, u"recipient_name"_s}, {u"content"_s, message.toName}});
    }
    // Top-level members whole (Handlebars reads {{order.number}}), then every scalar flattened (*|ORDER_NUMBER|*).
    for (auto it = message.context.begin(); it != message.context.end(); ++it) {
        if (validMergeName(it.key()) && !it.value().isNull()) {
            vars.append(QJsonObject{{u"name"_s, it.key()}, {u"content"_s, it.value()}});
        }
    }
    for (auto it = message.context.begin(); it != message.context.end(); ++it) {
        if (it.value().isObject()) {
            flatten(it.key(), it.value(), 0, vars);
        }
    }
    return vars;
}

Result<QJsonObject> MandrillChannel::buildBody(const OutgoingMessage &message) const
{
    const auto invalid = [](const QString &text) { return Error::make(ErrorCode::InvalidInput, text); };
    const bool withTemplate = !m_templateName.isEmpty();

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
    if (hasLineBreak(m_templateName) || hasLineBreak(m_subaccount)) {
        return invalid(
            tr("The template or subaccount of %1 contains a line break. Correct it in Channels.").arg(displayName()));
    }
    if (message.subject.trimmed().isEmpty() && !withTemplate) {
        return invalid(tr("The message has no subject."));
    }
    if (message.text.isEmpty() && message.html.isEmpty() && !withTemplate) {
        return invalid(tr("The message has neither text nor HTML content."));
    }

    QJsonObject recipient{{u"email"_s, toEmail}, {u"type"_s, u"to"_s}};
    if (!message.toName.simplified().isEmpty()) {
        recipient.insert(u"name"_s, message.toName.simplified());
    }
    QJsonObject mail{
        {u"from_email"_s, fromEmail},
        {u"to"_s, QJsonArray{recipient}},
        {u"metadata"_s, QJsonObject{{u"tidings_notification_id"_s, QString::number(message.notificationId)}}},
    };
    if (!message.subject.trimmed().isEmpty()) {
        mail.insert(u"subject"_s, message.subject);
    }
    if (!config().fromName.simplified().isEmpty()) {
        mail.insert(u"from_name"_s, config().fromName.simplified());
    }
    if (!replyTo.isEmpty()) {
        mail.insert(u"headers"_s, QJsonObject{{u"Reply-To"_s, replyTo}});
    }
    if (!m_subaccount.isEmpty()) {
        mail.insert(u"subaccount"_s, m_subaccount);
    }
    QJsonObject body;
    if (withTemplate) {
        mail.insert(u"merge"_s, true);
        if (!m_mergeLanguage.isEmpty()) {
            mail.insert(u"merge_language"_s, m_mergeLanguage);
        }
        mail.insert(u"merge_vars"_s, QJsonArray{QJsonObject{{u"rcpt"_s, toEmail}, {u"vars"_s, mergeVars(message)}}});
        body.insert(u"template_name"_s, m_templateName);
        body.insert(u"template_content"_s, QJsonArray());
    } else {
        const auto images = Mime::referencedImages(message);
        if (!images) {
            return images.error();
        }
        if (!message.text.isEmpty()) {
            mail.insert(u"text"_s, message.text);
        }
        if (!message.html.isEmpty()) {
            mail.insert(u"html"_s, message.html);
        }
        if (!images->isEmpty()) {
            mail.insert(u"images"_s, embeddedImages(*images));
        }
    }
    body.insert(u"message"_s, mail);
    return body;
}

void MandrillChannel::send(const OutgoingMessage &message, Done done)
{
    const Ticket ticket = begin(std::move(done));
    std::optional<Error> early = m_configError;
    Result<QJsonObject> body = QJsonObject();
    if (!early) {
        body = buildBody(message);
        if (!body) {
            early = body.error();
        }
    }
    if (early) {
        qCWarning(lcChannel) << "Mandrill: notification" << message.notificationId << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }
    QJsonObject withKey = body.value();
    withKey.insert(u"key"_s, m_apiKey);
    QNetworkRequest request = newRequest(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    qCDebug(lcChannel) << "Mandrill: sending notification" << message.notificationId << "to"
                       << m_endpoint.toDisplayString();
    this->request(ticket, request, QByteArrayLiteral("POST"), QJsonDocument(withKey).toJson(QJsonDocument::Compact),
                  [this, ticket](const ChannelAnswer &answer) {
                      SendOutcome outcome = classify(answer);
                      outcome.httpStatus = answer.status;
                      outcome.providerAnswer = trimmedAnswer(answer.body);
                      finish(ticket, std::move(outcome));
                  });
}

void MandrillChannel::checkConnection(Done done)
{
    QNetworkRequest request = newRequest(pingUrl(config().baseUrl));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{u"key"_s, m_apiKey}};
    runCheck(std::move(done), m_configError, request, QByteArrayLiteral("POST"),
             QJsonDocument(body).toJson(QJsonDocument::Compact), &MandrillChannel::readPing);
}

SendOutcome MandrillChannel::readPing(const ChannelAnswer &answer)
{
    const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 200 && object.value(u"PING"_s).toString() == u"PONG!"_s) {
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerAnswer = tr("the API key is valid (Mandrill checks the sender's domain when it sends).");
        return outcome;
    }
    SendOutcome outcome;
    if (answer.status >= 200 && answer.status < 300) {
        outcome = failure(ErrorCode::ProviderRejected,
                          tr("Mandrill gave an unexpected answer to the check. Check the server address in "
                             "Channels (normally https://mandrillapp.com)."));
    } else {
        outcome = classify(answer);
        const QString name = object.value(u"name"_s).toString();
        const QString message = object.value(u"message"_s).toString().trimmed();
        // A send's "Tidings will try again" would mislead here: nothing retries a check.
        if (outcome.error->code == ErrorCode::RateLimited) {
            outcome.error->message =
                tr("Mandrill is limiting how often this account may call it. Try the check again in a minute.");
        } else if (outcome.error->retryable) {
            outcome.error->message =
                tr("Mandrill had a temporary problem (HTTP %1). Try the check again later.").arg(answer.status);
        } else if (name == u"ValidationError"_s) {
            outcome.error->message = tr("Mandrill did not accept the check: %1").arg(message);
        }
    }
    outcome.providerAnswer = trimmedAnswer(answer.body);
    return outcome;
}

SendOutcome MandrillChannel::classify(const ChannelAnswer &answer)
{
    const int status = answer.status;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body);

    if (status == 200 && document.isArray()) {
        const QJsonArray results = document.array();
        if (results.isEmpty()) {
            return failure(ErrorCode::ProviderRejected, tr("Mandrill accepted the request but sent to no one."),
                           trimmedAnswer(answer.body));
        }
        // One recipient per message: the first result is ours.
        const QJsonObject result = results.first().toObject();
        const QString state = result.value(u"status"_s).toString();
        const QString email = result.value(u"email"_s).toString();
        const QString reason = result.value(u"reject_reason"_s).toString();
        if (state == u"rejected"_s) {
            return failure(ErrorCode::ProviderRejected, rejectionWords(reason, email),
                           u"rejected: %1"_s.arg(reason.isEmpty() ? u"(no reason)"_s : reason));
        }
        if (state == u"invalid"_s) {
            return failure(ErrorCode::ProviderRejected,
                           tr("Mandrill did not send to %1: it considers the address invalid.").arg(email),
                           u"invalid"_s);
        }
        SendOutcome outcome;
        outcome.accepted = true; // sent, queued, scheduled (and any newer state Mandrill took the message in)
        outcome.providerMessageId = result.value(u"_id"_s).toString();
        return outcome;
    }
    const bool errorEnvelope = document.object().value(u"status"_s).toString() == u"error"_s;
    if (status >= 200 && status < 300 && !errorEnvelope) {
        // Mandrill took the request; its answer is unreadable. Sending again could send twice.
        SendOutcome outcome;
        outcome.accepted = true;
        return outcome;
    }

    const QJsonObject error = document.object();
    const QString name = error.value(u"name"_s).toString();
    const QString message = error.value(u"message"_s).toString().trimmed();
    const QString detail = name.isEmpty() ? trimmedAnswer(answer.body).trimmed() : u"%1: %2"_s.arg(name, message);
    if (errorEnvelope && !name.isEmpty()) {
        if (name == u"GeneralError"_s || name == u"ServiceUnavailable"_s) {
            SendOutcome outcome =
                failure(ErrorCode::ProviderFailed, tr("Mandrill had a temporary problem. Tidings will try again."),
                        detail, true);
            outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
            return outcome;
        }
        if (name == u"Invalid_Key"_s) {
            return failure(ErrorCode::ProviderRejected, tr("Mandrill refused the API key. Check the key in Channels."),
                           detail);
        }
        if (name == u"PaymentRequired"_s) {
            return failure(ErrorCode::ProviderRejected,
                           tr("Mandrill will not send until the account is paid for (Mailchimp Transactional needs "
                              "a paid plan or credits). Check billing in your Mailchimp account."),
                           detail);
        }
        if (name == u"Unknown_Subaccount"_s) {
            return failure(ErrorCode::ProviderRejected,
                           tr("Mandrill does not know the subaccount set for this channel. Check it in Channels."),
                           detail);
        }
        if (name == u"Unknown_Template"_s || name == u"Invalid_Template"_s) {
            return failure(ErrorCode::ProviderRejected,
                           tr("Mandrill does not have the template named for this channel. Check the template name "
                              "in Channels and that the template is published."),
                           detail);
        }
        if (name == u"Unknown_Sender"_s || name == u"PoorReputation"_s) {
            return failure(ErrorCode::ProviderRejected,
                           message.isEmpty() ? tr("Mandrill refused to send for this sender.")
                                             : tr("Mandrill refused to send for this sender: %1").arg(message),
                           detail);
        }
        return failure(ErrorCode::ProviderRejected,
                       message.isEmpty() ? tr("Mandrill rejected the message.")
                                         : tr("Mandrill rejected the message: %1").arg(message),
                       detail);
    }

    if (status == 429) {
        SendOutcome outcome = failure(
            ErrorCode::RateLimited,
            tr("Mandrill is limiting how fast this account may send. Tidings will try again later."), detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    if (status >= 500 || status == 408) {
        SendOutcome outcome = failure(
            ErrorCode::ProviderFailed,
            tr("Mandrill had a temporary problem (HTTP %1). Tidings will try again.").arg(status), detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    if (status == 404 || (status >= 300 && status < 400)) {
        return failure(
            ErrorCode::ProviderRejected,
            tr("Mandrill did not recognise the request (HTTP %1). Check the server address in Channels.").arg(status),
            detail);
    }
    return failure(ErrorCode::ProviderRejected,
                   message.isEmpty()
                       ? tr("Mandrill refused the message (HTTP %1).").arg(status)
                       : tr("Mandrill refused the message (HTTP %1): %2").arg(QString::number(status), message),
                   detail);
}

} // namespace Tidings
