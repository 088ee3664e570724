#pragma once

#include "channels/channelconfig.h"
#include "channels/channelhttp.h"
#include "channels/channeltypeinfo.h"
#include "channels/oauthhttpchannel.h"
#include "credentials/oauthsignin.h"
#include "model/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// Microsoft Graph sendMail, as the signed-in Microsoft 365 / Outlook.com account.
//
//   1. Access token: POST <authorityUrl>/<tenant>/oauth2/v2.0/token, form body grant_type=refresh_token,
//      refresh_token, client_id (+ client_secret when saved), scope="https://graph.microsoft.com/Mail.Send
//      offline_access" (OAuthHttpChannel). Microsoft rotates the refresh token on every refresh: the newest one
//      is used for the next refresh.
//   2. POST <baseUrl>/v1.0/me/sendMail, Authorization: Bearer <access token>, Content-Type: application/json
//      {"message": {"subject", "body": {"contentType": "HTML"|"Text", "content"},
//                   "toRecipients": [{"emailAddress": {"address", "name"?}}], "replyTo"?: [{"emailAddress"}],
//                   "internetMessageHeaders": [{"name": "x-tidings-notification-id", "value": "<id>"}]},
//       "saveToSentItems": true|false}
//      Graph allows custom internet headers only with an "x-" name; this one carries our notification id.
//      Inline images the HTML shows (Mime::referencedImages(), the same checks as a MIME message) go in
//      message.attachments [{"@odata.type": "#microsoft.graph.fileAttachment", name, contentType, contentBytes
//      (base64), isInline: true, contentId}]; without any there is no attachments member. Graph takes requests of
//      up to 4 MB and attachments under 3 MB this way: Mime::MaxInlineBytes (2 MiB, 2.7 MiB as base64) fits.
//
// Answers: 202 (no body) → accepted; Graph returns no message id (its request-id header is kept in
// providerAnswer). 401 → the access token is dropped and the send tried once more with a new one; a second
// 401 is permanent. Retryable: 429 (Retry-After, Graph's throttling), 500/502/503/504 (Retry-After when
// given), 408, no answer, and token-endpoint trouble (network, 5xx). Permanent, with Graph's
// {"error":{"code","message"}} in `detail`: 400 (ErrorInvalidRecipients, …), 403 ErrorAccessDenied /
// ErrorSendAsDenied, MailboxNotEnabledForRESTAPI (403/404: no Exchange Online mailbox), ErrorQuotaExceeded
// (mailbox full), 404, and a refused refresh token (invalid_grant: connect again).
// Graph has no idempotency key; the x-tidings-notification-id header traces duplicates.
// Test connection: a fresh access token whose scope includes Mail.Send (nothing is sent).
//
// Sign-in (signInProvider(), OAuthSignIn): authorization code + PKCE at <authorityUrl>/<tenant>/oauth2/v2.0/
// authorize with scope "https://graph.microsoft.com/Mail.Send offline_access" (offline_access gives the refresh
// token), exchanged at the token address above; client_secret only when one is saved (a desktop registration
// is a public client and must not send one). The redirect is http://127.0.0.1:<free port>/: the registration
// needs the redirect URI http://127.0.0.1 under "Mobile and desktop applications" (Microsoft ignores the port
// of loopback redirect URIs).
//
// Options: "clientId" (required), "tenant" (default "common"), "authorityUrl" (default
// https://login.microsoftonline.com), "saveToSentItems" (default true), "timeoutMs".
class GraphChannel final : public OAuthHttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphChannel)

public:
    static constexpr auto Scope = "https://graph.microsoft.com/Mail.Send offline_access";
    static constexpr auto HeaderName = "x-tidings-notification-id";

    static QString typeName();
    static ChannelTypeInfo typeInfo();
    // How "Sign in with Microsoft" signs in for a channel with these settings and secrets ("clientSecret").
    static OAuthSignInProvider signInProvider(const ChannelConfig &config, const QHash<QString, QString> &secrets);

    GraphChannel(ChannelConfig config, QString refreshToken, QString clientSecret, QNetworkAccessManager *network,
                 QObject *parent = nullptr);
    ~GraphChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;

    QUrl endpoint() const { return m_endpoint; }

    // <baseUrl>/v1.0/me/sendMail (empty base → https://graph.microsoft.com); keeps a path prefix.
    static QUrl sendMailUrl(const QUrl &baseUrl);
    // <authorityUrl>/<tenant>/oauth2/v2.0/token.
    static QUrl tokenUrlFor(const QUrl &authorityUrl, const QString &tenant);
    // <authorityUrl>/<tenant>/oauth2/v2.0/authorize.
    static QUrl authorizeUrlFor(const QUrl &authorityUrl, const QString &tenant);
    // The JSON body Graph gets for `message`, or a permanent error saying why it cannot be sent.
    Result<QByteArray> buildBody(const OutgoingMessage &message) const;
    // Reads one sendMail answer (a 401 here is the final one: the retry happens in send()).
    static SendOutcome classify(const ChannelAnswer &answer);

private:
    static OAuthAccount accountFor(const ChannelConfig &config, QString refreshToken, QString clientSecret);

    QUrl m_endpoint;
    bool m_saveToSentItems = true;
};

} // namespace Tidings
