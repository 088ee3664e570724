#include "channels/gmailchannel.h"

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
using ChannelHttp::parseRetryAfter;
using ChannelHttp::trimmedAnswer;

const QString DefaultBaseUrl = u"https://gmail.googleapis.com"_s;
const QString DefaultTokenUrl = u"https://oauth2.googleapis.com/token"_s;
const QString DefaultAuthorizeUrl = u"https://accounts.google.com/o/oauth2/v2/auth"_s;

QUrl optionUrl(const ChannelConfig &config, const QString &key, const QString &fallback)
{
    const QString value = config.options.value(key).toString().trimmed();
    return QUrl(value.isEmpty() ? fallback : value);
}

const QString SendPath = u"/gmail/v1/users/me/messages/send"_s;

// Google's error envelope, read once.
struct GoogleError
{
    QString message;
    QString reason; // errors[0].reason, e.g. "userRateLimitExceeded"
    QString status; // e.g. "PERMISSION_DENIED"
    QString detail; // for the details pane
};

GoogleError readError(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    GoogleError read;
    read.message = error.value(u"message"_s).toString().trimmed();
    read.reason = error.value(u"errors"_s).toArray().first().toObject().value(u"reason"_s).toString();
    read.status = error.value(u"status"_s).toString();
    if (read.message.isEmpty() && read.reason.isEmpty()) {
        read.detail = trimmedAnswer(body).trimmed();
    } else {
        QStringList parts;
        for (const QString &part : {read.status, read.reason}) {
            if (!part.isEmpty()) {
                parts.append(part);
            }
        }
        read.detail = parts.isEmpty() ? read.message : u"%1: %2"_s.arg(parts.join(u'/'), read.message);
    }
    return read;
}

} // namespace

QString GmailChannel::typeName()
{
    return u"gmail"_s;
}

ChannelTypeInfo GmailChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Gmail / Google Workspace");
    info.summary = tr("Email from your Gmail or Google Workspace address through the Gmail API.");
    info.kind = ChannelKind::Email;
    info.carriesInlineImages = true; // a whole MIME message (Mime::build)
    info.defaultBaseUrl = QUrl(DefaultBaseUrl);
    info.secrets = {
        {u"refreshToken"_s, tr("Refresh token"),
         tr("Filled in by \"Sign in with Google\". Or paste a refresh token of the Gmail account for this OAuth "
            "client, with the scope gmail.send (\"Send email on your behalf\")."),
         false},
        {u"clientSecret"_s, tr("Client secret"),
         tr("Google Cloud console → APIs & Services → Credentials → your OAuth client (type Desktop app) → Client "
            "secret."),
         true},
    };
    info.options = {
        {u"fromEmail"_s, tr("Gmail address"),
         tr("The address you sign in with, or one of its \"Send mail as\" aliases."), u"orders@your-shop.example"_s,
         true},
        {u"fromName"_s, tr("Sender name"), tr("The name customers see, e.g. your shop's name."), u"Your Shop"_s, false},
        {u"replyTo"_s, tr("Reply-to address"), tr("Where customers' replies go, if not to the Gmail address."),
         u"help@your-shop.example"_s, false},
        {u"clientId"_s, tr("OAuth client ID"),
         tr("Google Cloud console → APIs & Services → Credentials → your OAuth client → Client ID."),
         u"1234567890-abc.apps.googleusercontent.com"_s, true},
        {u"baseUrl"_s, tr("Gmail API address"), tr("https://gmail.googleapis.com; change only for testing."),
         DefaultBaseUrl, false},
        {u"tokenUrl"_s, tr("Google token address"), tr("https://oauth2.googleapis.com/token; change only for testing."),
         DefaultTokenUrl, false},
        {u"authorizeUrl"_s, tr("Google sign-in page"),
         tr("https://accounts.google.com/o/oauth2/v2/auth; change only for testing."), DefaultAuthorizeUrl, false},
    };
    info.setupSteps = {
        tr("In the Google Cloud console, create a project (or pick one) and enable the Gmail API."),
        tr("Under Google Auth Platform → Branding/Audience, set up the consent screen. While its publishing status is "
           "\"Testing\", Google ends the sign-in after 7 days: publish it (or use a Workspace \"Internal\" app) to "
           "stay signed in."),
        tr("Under Credentials, create an OAuth client ID of type \"Desktop app\" and copy its client ID and secret "
           "here. A Desktop app client needs no redirect URI: Google lets it come back to this computer on any "
           "port."),
        tr("Click \"Sign in with Google\" and sign in with the Gmail account the notifications should come from, "
           "allowing \"Send email on your behalf\" (or paste a refresh token you got another way). Gmail's own "
           "limits apply: about 500 messages a day for a Gmail account, 2,000 for Google Workspace."),
    };
    info.defaultRatePerSecond = 2; // 15,000 quota units a minute per user at 100 units a send: 150 a minute
    info.canCheckConnection = true;
    info.canSignIn = true;
    return info;
}

OAuthSignInProvider GmailChannel::signInProvider(const ChannelConfig &config, const QHash<QString, QString> &secrets)
{
    OAuthSignInProvider provider;
    provider.authority = u"Google"_s;
    provider.authorizeUrl = optionUrl(config, u"authorizeUrl"_s, DefaultAuthorizeUrl);
    provider.tokenUrl = optionUrl(config, u"tokenUrl"_s, DefaultTokenUrl);
    provider.clientId = config.options.value(u"clientId"_s).toString().trimmed();
    provider.clientSecret = secrets.value(u"clientSecret"_s).trimmed();
    provider.scopes = {QString::fromLatin1(SendScope)};
    // Offline access gives the refresh token; consent makes Google give one again on a repeated sign-in.
    provider.extraAuthorizeParameters = {{u"access_type"_s, u"offline"_s}, {u"prompt"_s, u"consent"_s}};
    return provider;
}

OAuthAccount GmailChannel::accountFor(const ChannelConfig &config, QString refreshToken, QString clientSecret)
{
    OAuthAccount account;
    account.authority = u"Google"_s;
    account.tokenUrl = optionUrl(config, u"tokenUrl"_s, DefaultTokenUrl);
    account.clientId = config.options.value(u"clientId"_s).toString();
    account.clientSecret = std::move(clientSecret);
    account.refreshToken = std::move(refreshToken);
    // No scope on refresh: Google gives the scopes of the original consent.
    account.sendScopes = {QString::fromLatin1(SendScope), u"https://www.googleapis.com/auth/gmail.compose"_s,
                          u"https://www.googleapis.com/auth/gmail.modify"_s, u"https://mail.google.com/"_s};
    return account;
}

GmailChannel::GmailChannel(ChannelConfig config, QString refreshToken, QString clientSecret,
                           QNetworkAccessManager *network, QObject *parent)
    : OAuthHttpChannel(config, u"Gmail"_s, accountFor(config, std::move(refreshToken), std::move(clientSecret)),
                       network, parent)
    , m_endpoint(sendUrl(this->config().baseUrl))
{
    const QString clientId = account().clientId;
    if (account().refreshToken.isEmpty()) {
        setConfigError(Error::make(
            ErrorCode::Config, tr("%1 is not signed in to Google yet. Sign in again in Channels.").arg(displayName())));
    } else if (clientId.isEmpty()) {
        setConfigError(Error::make(ErrorCode::Config,
                                   tr("No OAuth client ID is set for %1. Add it in Channels.").arg(displayName())));
    } else if (std::any_of(clientId.cbegin(), clientId.cend(), [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
        setConfigError(Error::make(ErrorCode::Config,
                                   tr("The OAuth client ID of %1 contains spaces or line breaks. Paste it again in "
                                      "Channels.")
                                       .arg(displayName())));
    } else if (this->config().fromEmail.trimmed().isEmpty()) {
        setConfigError(Error::make(ErrorCode::Config,
                                   tr("No Gmail address is set for %1. Add it in Channels.").arg(displayName())));
    } else if (auto urlError = ChannelHttp::checkBaseUrl(m_endpoint, u"Gmail"_s, displayName())) {
        setConfigError(urlError);
    } else if (auto tokenError = ChannelHttp::checkBaseUrl(tokenUrl(), u"Google"_s, displayName())) {
        setConfigError(tokenError);
    }
}

GmailChannel::~GmailChannel() = default;

QString GmailChannel::type() const
{
    return typeName();
}

QUrl GmailChannel::sendUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl.isEmpty() ? QUrl(DefaultBaseUrl) : baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (!path.endsWith(SendPath)) {
        path += SendPath;
    }
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

Result<QByteArray> GmailChannel::buildBody(const OutgoingMessage &message, const QDateTime &now,
                                           const QByteArray &random) const
{
    auto built = Mime::build(message, config(), now, random);
    if (!built) {
        return built.error();
    }
    const QByteArray raw = built->message.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument(QJsonObject{{u"raw"_s, QString::fromLatin1(raw)}}).toJson(QJsonDocument::Compact);
}

void GmailChannel::send(const OutgoingMessage &message, Done done)
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
        qCWarning(lcChannel) << "Gmail: notification" << message.notificationId << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }
    qCDebug(lcChannel) << "Gmail: sending notification" << message.notificationId << "to"
                       << m_endpoint.toDisplayString();
    QNetworkRequest request = newRequest(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    authorizedRequest(ticket, request, QByteArrayLiteral("POST"), body.value(),
                      [this, ticket](const ChannelAnswer &answer) {
                          SendOutcome outcome = classify(answer);
                          outcome.httpStatus = answer.status;
                          outcome.providerAnswer = trimmedAnswer(answer.body);
                          finish(ticket, std::move(outcome));
                      });
}

SendOutcome GmailChannel::classify(const ChannelAnswer &answer)
{
    const int status = answer.status;
    if (status >= 200 && status < 300) {
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerMessageId = QJsonDocument::fromJson(answer.body).object().value(u"id"_s).toString();
        return outcome;
    }
    const GoogleError error = readError(answer.body);
    const auto retryLater = [&answer](SendOutcome outcome) {
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    };

    if (status == 429 ||
        (status == 403 && (error.reason == u"rateLimitExceeded"_s || error.reason == u"userRateLimitExceeded"_s))) {
        return retryLater(failure(ErrorCode::RateLimited,
                                  tr("Gmail is limiting how fast this account may send. Tidings will try again when "
                                     "Gmail allows it."),
                                  error.detail, true));
    }
    if (status == 403 && error.reason == u"dailyLimitExceeded"_s) {
        return retryLater(failure(ErrorCode::RateLimited,
                                  tr("The Google Cloud project has used up its Gmail API quota for today. Tidings will "
                                     "try again later; a higher quota can be requested in the Google Cloud console."),
                                  error.detail, true));
    }
    if (status == 403 && error.reason == u"domainPolicy"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The Google Workspace administrator does not allow Tidings to use Gmail for this account. "
                          "Ask them to allow the app in the Admin console (Security → API controls)."),
                       error.detail);
    }
    if (status == 403) {
        return failure(ErrorCode::ProviderRejected,
                       tr("Google does not allow Tidings to send from this account (the permission to send email was "
                          "not given). Sign in again in Channels and allow \"Send email on your behalf\"."),
                       error.detail);
    }
    if (status >= 500) {
        return retryLater(failure(ErrorCode::ProviderFailed,
                                  tr("Gmail had a temporary problem (HTTP %1). Tidings will try again.").arg(status),
                                  error.detail, true));
    }
    switch (status) {
    case 408:
        return failure(ErrorCode::Timeout, tr("Gmail took too long to read the message. Tidings will try again."),
                       error.detail, true);
    case 400:
        return failure(ErrorCode::ProviderRejected,
                       error.message.isEmpty() ? tr("Gmail rejected the message.")
                                               : tr("Gmail rejected the message: %1").arg(error.message),
                       error.detail);
    case 401:
        return failure(ErrorCode::ProviderRejected,
                       tr("Google refused Tidings' sign-in for this account. Sign in again in Channels."),
                       error.detail);
    case 404:
        return failure(ErrorCode::ProviderRejected,
                       tr("Gmail did not recognise the request (HTTP 404). Check the Gmail API address in "
                          "Channels."),
                       error.detail);
    case 413:
        return failure(ErrorCode::ProviderRejected,
                       tr("The message is too large for Gmail (35 MB at most). Make the email smaller."), error.detail);
    default:
        break;
    }
    if (status >= 300 && status < 400) {
        return failure(
            ErrorCode::ProviderRejected,
            tr("Gmail answered with a redirect (HTTP %1). Check the Gmail API address in Channels.").arg(status),
            error.detail);
    }
    return failure(ErrorCode::ProviderRejected,
                   error.message.isEmpty()
                       ? tr("Gmail refused the message (HTTP %1).").arg(status)
                       : tr("Gmail refused the message (HTTP %1): %2").arg(QString::number(status), error.message),
                   error.detail);
}

} // namespace Tidings
