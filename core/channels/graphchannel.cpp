#include "channels/graphchannel.h"

#include "channels/channellog.h"
#include "channels/mimemessage.h"

#include <QJsonArray>
#include <QJsonDocument>
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

const QString DefaultBaseUrl = u"https://graph.microsoft.com"_s;
const QString DefaultAuthority = u"https://login.microsoftonline.com"_s;
const QString DefaultTenant = u"common"_s;

bool plainToken(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
               c == u'.' || c == u'_';
    });
}

QString stripSlashes(QString path)
{
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    return path;
}

// <authorityUrl>/<tenant>/oauth2/v2.0/<endpoint>; empty ones are Microsoft's global cloud and "common".
QUrl identityUrl(const QUrl &authorityUrl, const QString &tenant, const QString &endpoint)
{
    QUrl url = authorityUrl.isEmpty() ? QUrl(DefaultAuthority) : authorityUrl;
    url.setPath(stripSlashes(url.path()) + u'/' + (tenant.isEmpty() ? DefaultTenant : tenant) + u"/oauth2/v2.0/"_s +
                endpoint);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

QString tenantOf(const ChannelConfig &config)
{
    const QString tenant = config.options.value(u"tenant"_s).toString().trimmed();
    return tenant.isEmpty() ? DefaultTenant : tenant;
}

QUrl authorityOf(const ChannelConfig &config)
{
    const QUrl authority(config.options.value(u"authorityUrl"_s).toString().trimmed());
    return authority.isEmpty() ? QUrl(DefaultAuthority) : authority;
}

QJsonObject emailAddress(const QString &address, const QString &name)
{
    QJsonObject object{{u"address"_s, address}};
    if (!name.isEmpty()) {
        object.insert(u"name"_s, name);
    }
    return QJsonObject{{u"emailAddress"_s, object}};
}

// The inline images as Graph file attachments shown in the HTML body by their contentId.
QJsonArray inlineAttachments(const QList<InlineImage> &images)
{
    QJsonArray attachments;
    for (const InlineImage &image : images) {
        attachments.append(QJsonObject{
            {u"@odata.type"_s, u"#microsoft.graph.fileAttachment"_s},
            {u"name"_s, Mime::inlineFileName(image)},
            {u"contentType"_s, QString::fromLatin1(image.mimeType)},
            {u"contentBytes"_s, QString::fromLatin1(image.data.toBase64())},
            {u"isInline"_s, true},
            {u"contentId"_s, QString::fromLatin1(image.contentId)},
        });
    }
    return attachments;
}

} // namespace

QString GraphChannel::typeName()
{
    return u"graph"_s;
}

ChannelTypeInfo GraphChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Microsoft 365 / Outlook (Graph)");
    info.summary = tr("Email from your Microsoft 365 or Outlook.com mailbox through Microsoft Graph.");
    info.kind = ChannelKind::Email;
    info.carriesInlineImages = true; // fileAttachment with isInline
    info.defaultBaseUrl = QUrl(DefaultBaseUrl);
    info.secrets = {
        {u"refreshToken"_s, tr("Refresh token"),
         tr("Filled in by \"Sign in with Microsoft\". Or paste a refresh token of the mailbox for this app "
            "registration, with Mail.Send and offline_access."),
         false},
        {u"clientSecret"_s, tr("Client secret"),
         tr("Only for an app registered as a web app: Entra admin center → App registrations → your app → "
            "Certificates & secrets. Desktop (public client) registrations have none."),
         true},
    };
    info.options = {
        {u"baseUrl"_s, tr("Graph address"),
         tr("https://graph.microsoft.com; national clouds have their own (e.g. https://graph.microsoft.us)."),
         DefaultBaseUrl, false},
        {u"clientId"_s, tr("Application (client) ID"),
         tr("Entra admin center → App registrations → your app → Overview → Application (client) ID."),
         u"00000000-0000-0000-0000-000000000000"_s, true},
        {u"tenant"_s, tr("Tenant"),
         tr("common (work, school and personal accounts), organizations, consumers, or your tenant's ID or "
            "domain."),
         DefaultTenant, false},
        {u"authorityUrl"_s, tr("Sign-in address"),
         tr("https://login.microsoftonline.com; national clouds have their own."), DefaultAuthority, false},
        {u"replyTo"_s, tr("Reply-to address"), tr("Where customers' replies go, if not to the mailbox itself."),
         u"help@your-shop.example"_s, false},
        {u"saveToSentItems"_s, tr("Keep a copy in Sent Items"),
         tr("true (default): each notification also appears in the mailbox's Sent Items; false: it does not."),
         u"true"_s, false},
    };
    info.setupSteps = {
        tr("In the Microsoft Entra admin center, open App registrations → New registration. Allow the account types "
           "you sign in with and add the redirect URI http://127.0.0.1 under \"Mobile and desktop applications\" "
           "(not \"Web\"; Microsoft accepts any port for it, and Tidings picks a free one)."),
        tr("Under API permissions, add Microsoft Graph → Delegated → Mail.Send and offline_access (an administrator "
           "may have to grant consent)."),
        tr("Copy the Application (client) ID here, then click \"Sign in with Microsoft\" and sign in with the "
           "mailbox the notifications should come from (or paste a refresh token you got another way)."),
        tr("The mailbox must be an Exchange Online mailbox (Microsoft 365 or Outlook.com); Microsoft's own sending "
           "limits apply (about 30 messages a minute and 10,000 recipients a day)."),
    };
    info.defaultRatePerSecond = 0.5; // Exchange Online: 30 messages per minute per mailbox
    info.canCheckConnection = true;
    info.canSignIn = true;
    return info;
}

OAuthSignInProvider GraphChannel::signInProvider(const ChannelConfig &config, const QHash<QString, QString> &secrets)
{
    OAuthSignInProvider provider;
    provider.authority = u"Microsoft"_s;
    provider.authorizeUrl = authorizeUrlFor(authorityOf(config), tenantOf(config));
    provider.tokenUrl = tokenUrlFor(authorityOf(config), tenantOf(config));
    provider.clientId = config.options.value(u"clientId"_s).toString().trimmed();
    provider.clientSecret = secrets.value(u"clientSecret"_s).trimmed(); // empty for desktop (public) clients
    provider.scopes = QString::fromLatin1(Scope).split(u' ', Qt::SkipEmptyParts);
    return provider;
}

OAuthAccount GraphChannel::accountFor(const ChannelConfig &config, QString refreshToken, QString clientSecret)
{
    OAuthAccount account;
    account.authority = u"Microsoft"_s;
    account.tokenUrl = tokenUrlFor(authorityOf(config), tenantOf(config));
    account.clientId = config.options.value(u"clientId"_s).toString();
    account.clientSecret = std::move(clientSecret);
    account.refreshToken = std::move(refreshToken);
    account.scope = QString::fromLatin1(Scope);
    account.sendScopes = {u"https://graph.microsoft.com/Mail.Send"_s, u"Mail.Send"_s};
    return account;
}

GraphChannel::GraphChannel(ChannelConfig config, QString refreshToken, QString clientSecret,
                           QNetworkAccessManager *network, QObject *parent)
    : OAuthHttpChannel(config, u"Microsoft Graph"_s,
                       accountFor(config, std::move(refreshToken), std::move(clientSecret)), network, parent)
    , m_endpoint(sendMailUrl(this->config().baseUrl))
{
    const QJsonValue save = this->config().options.value(u"saveToSentItems"_s);
    m_saveToSentItems = save.isUndefined() || save.isNull() || save.toVariant().toBool();
    const QString tenant = this->config().options.value(u"tenant"_s).toString().trimmed();

    if (account().refreshToken.isEmpty()) {
        setConfigError(
            Error::make(ErrorCode::Config,
                        tr("%1 is not signed in to Microsoft yet. Sign in again in Channels.").arg(displayName())));
    } else if (account().clientId.isEmpty()) {
        setConfigError(Error::make(
            ErrorCode::Config, tr("No application (client) ID is set for %1. Add it in Channels.").arg(displayName())));
    } else if (!plainToken(account().clientId) || !plainToken(tenant)) {
        setConfigError(Error::make(
            ErrorCode::Config,
            tr("The client ID or tenant of %1 contains characters Microsoft never uses. Correct it in Channels.")
                .arg(displayName())));
    } else if (auto urlError = ChannelHttp::checkBaseUrl(m_endpoint, u"Microsoft Graph"_s, displayName())) {
        setConfigError(urlError);
    } else if (auto tokenError = ChannelHttp::checkBaseUrl(tokenUrl(), u"Microsoft"_s, displayName())) {
        setConfigError(tokenError);
    }
}

GraphChannel::~GraphChannel() = default;

QString GraphChannel::type() const
{
    return typeName();
}

QUrl GraphChannel::sendMailUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl.isEmpty() ? QUrl(DefaultBaseUrl) : baseUrl;
    QString path = stripSlashes(url.path());
    if (path.endsWith(u"/v1.0"_s)) {
        path.chop(5);
    }
    url.setPath(path + u"/v1.0/me/sendMail"_s);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

QUrl GraphChannel::tokenUrlFor(const QUrl &authorityUrl, const QString &tenant)
{
    return identityUrl(authorityUrl, tenant, u"token"_s);
}

QUrl GraphChannel::authorizeUrlFor(const QUrl &authorityUrl, const QString &tenant)
{
    return identityUrl(authorityUrl, tenant, u"authorize"_s);
}

Result<QByteArray> GraphChannel::buildBody(const OutgoingMessage &message) const
{
    const QString toEmail = message.toEmail.trimmed();
    const QString replyTo = config().replyTo.trimmed();
    if (auto problem = ChannelHttp::checkEmail(message, config(), displayName(), false)) {
        return *problem;
    }
    const auto images = Mime::referencedImages(message);
    if (!images) {
        return images.error();
    }

    const bool html = !message.html.isEmpty();
    QJsonObject mail{
        {u"subject"_s, message.subject},
        {u"body"_s, QJsonObject{{u"contentType"_s, html ? u"HTML"_s : u"Text"_s},
                                {u"content"_s, html ? message.html : message.text}}},
        {u"toRecipients"_s, QJsonArray{emailAddress(toEmail, message.toName.simplified())}},
        {u"internetMessageHeaders"_s, QJsonArray{QJsonObject{{u"name"_s, QString::fromLatin1(HeaderName)},
                                                             {u"value"_s, QString::number(message.notificationId)}}}},
    };
    if (!replyTo.isEmpty()) {
        mail.insert(u"replyTo"_s, QJsonArray{emailAddress(replyTo, {})});
    }
    if (!images->isEmpty()) {
        mail.insert(u"attachments"_s, inlineAttachments(*images));
    }
    const QJsonObject body{{u"message"_s, mail}, {u"saveToSentItems"_s, m_saveToSentItems}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void GraphChannel::send(const OutgoingMessage &message, Done done)
{
    const Ticket ticket = begin(std::move(done));
    std::optional<Error> early = configError();
    Result<QByteArray> body = QByteArray();
    if (!early) {
        body = buildBody(message);
        if (!body) {
            early = body.error();
        }
    }
    if (early) {
        qCWarning(lcChannel) << "Graph: notification" << message.notificationId << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }
    qCDebug(lcChannel) << "Graph: sending notification" << message.notificationId << "to"
                       << m_endpoint.toDisplayString();
    QNetworkRequest request = newRequest(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    authorizedRequest(ticket, request, QByteArrayLiteral("POST"), body.value(),
                      [this, ticket](const ChannelAnswer &answer) {
                          SendOutcome outcome = classify(answer);
                          outcome.httpStatus = answer.status;
                          outcome.providerAnswer = trimmedAnswer(answer.body);
                          if (outcome.accepted) {
                              const QByteArray requestId = answer.header("request-id");
                              if (!requestId.isEmpty()) {
                                  outcome.providerAnswer = u"request-id: "_s + QString::fromLatin1(requestId);
                              }
                          }
                          finish(ticket, std::move(outcome));
                      });
}

SendOutcome GraphChannel::classify(const ChannelAnswer &answer)
{
    const int status = answer.status;
    if (status >= 200 && status < 300) {
        SendOutcome outcome;
        outcome.accepted = true; // 202: queued by Exchange Online; Graph gives no message id
        return outcome;
    }
    const QJsonObject error = QJsonDocument::fromJson(answer.body).object().value(u"error"_s).toObject();
    const QString code = error.value(u"code"_s).toString();
    const QString message = error.value(u"message"_s).toString().trimmed();
    const QString detail = code.isEmpty() ? trimmedAnswer(answer.body).trimmed() : u"%1: %2"_s.arg(code, message);

    if (code == u"MailboxNotEnabledForRESTAPI"_s || code == u"MailboxNotSupportedForRESTAPI"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The Microsoft account has no Exchange Online mailbox Graph can send from. Sign in with a "
                          "Microsoft 365 or Outlook.com mailbox."),
                       detail);
    }
    if (code == u"ErrorQuotaExceeded"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The sending mailbox is full. Free up space in it (Sent Items, Deleted Items), or turn off "
                          "\"Keep a copy in Sent Items\"."),
                       detail);
    }
    if (code == u"ErrorSendAsDenied"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("Microsoft does not let this account send as that sender. Check the mailbox's send-as "
                          "permissions."),
                       detail);
    }
    SendOutcome outcome;
    switch (status) {
    case 429:
        outcome = failure(ErrorCode::RateLimited,
                          tr("Microsoft is limiting how fast this mailbox may send. Tidings will try again when "
                             "Microsoft allows it."),
                          detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    case 500:
    case 502:
    case 503:
    case 504:
        outcome = failure(ErrorCode::ProviderFailed,
                          tr("Microsoft Graph had a temporary problem (HTTP %1). Tidings will try again.").arg(status),
                          detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    case 408:
        return failure(ErrorCode::Timeout,
                       tr("Microsoft Graph took too long to read the message. Tidings will try "
                          "again."),
                       detail, true);
    case 400:
        if (code == u"ErrorInvalidRecipients"_s) {
            return failure(ErrorCode::ProviderRejected, tr("Microsoft refused the recipient address: %1").arg(message),
                           detail);
        }
        return failure(ErrorCode::ProviderRejected,
                       message.isEmpty() ? tr("Microsoft Graph rejected the message.")
                                         : tr("Microsoft Graph rejected the message: %1").arg(message),
                       detail);
    case 401:
        return failure(ErrorCode::ProviderRejected,
                       tr("Microsoft refused Tidings' sign-in for this mailbox. Sign in again in Channels."), detail);
    case 403:
        return failure(ErrorCode::ProviderRejected,
                       tr("Microsoft does not allow this account to send mail through Tidings (Mail.Send permission "
                          "missing or blocked by an administrator). Check the app's permissions and sign in again."),
                       detail);
    case 404:
        return failure(ErrorCode::ProviderRejected,
                       tr("Microsoft Graph did not find the mailbox or address (HTTP 404). Check the Graph address "
                          "in Channels and that the account has a mailbox."),
                       detail);
    case 413:
        return failure(ErrorCode::ProviderRejected,
                       tr("The message is too large for Microsoft Graph. Make the email smaller."), detail);
    default:
        break;
    }
    if (status >= 500) {
        return failure(ErrorCode::ProviderFailed,
                       tr("Microsoft Graph had a temporary problem (HTTP %1). Tidings will try again.").arg(status),
                       detail, true);
    }
    if (status >= 300 && status < 400) {
        return failure(ErrorCode::ProviderRejected,
                       tr("Microsoft Graph answered with a redirect (HTTP %1). Check the Graph address in "
                          "Channels.")
                           .arg(status),
                       detail);
    }
    return failure(ErrorCode::ProviderRejected,
                   message.isEmpty()
                       ? tr("Microsoft Graph refused the message (HTTP %1).").arg(status)
                       : tr("Microsoft Graph refused the message (HTTP %1): %2").arg(QString::number(status), message),
                   detail);
}

} // namespace Tidings
