#pragma once

#include "channels/channelconfig.h"
#include "channels/channeltypeinfo.h"
#include "channels/oauthhttpchannel.h"
#include "credentials/oauthsignin.h"
#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace Tidings {

// Gmail API users.messages.send, as the signed-in Google account (Gmail or Google Workspace).
//
//   1. Access token: POST <tokenUrl> (default https://oauth2.googleapis.com/token), form body
//      grant_type=refresh_token, refresh_token, client_id, client_secret (Google's desktop clients have one;
//      it is not confidential but is still sent) (OAuthHttpChannel). Google does not rotate refresh tokens.
//   2. POST <baseUrl>/gmail/v1/users/me/messages/send, Authorization: Bearer <access token>,
//      Content-Type: application/json, {"raw": "<base64url, unpadded, of the RFC 5322 message>"}; the message
//      is the MIME builder's (Mime::build: From = the signed-in address or a send-as alias, multipart text and
//      HTML, X-Tidings-Notification-Id).
//
// Answers: 200 {id, threadId, labelIds} → accepted, providerMessageId = id. 401 → the access token is
// dropped and the send tried once more; a second 401 is permanent (sign in again). Google's error envelope
// {"error":{"code","message","errors":[{"domain","reason","message"}],"status"}}: retryable are 429 (per-user
// sending limits; Retry-After when given), 403 rateLimitExceeded / userRateLimitExceeded / dailyLimitExceeded,
// and 5xx; permanent are 400 (badRequest, invalid To/From), 403 insufficientPermissions / domainPolicy
// (a Workspace administrator blocks the app), 404, and a refused refresh token (invalid_grant: revoked, the
// password changed, or a consent screen still in "Testing", whose tokens last 7 days).
// Gmail has no idempotency key; X-Tidings-Notification-Id in the message traces duplicates. A 200 does not
// prove delivery: Gmail's daily limits (about 500 a day for consumer accounts, 2,000 for Workspace) are
// enforced later.
// Test connection: a fresh access token whose scope includes gmail.send (nothing is sent).
//
// Sign-in (signInProvider(), OAuthSignIn): authorization code + PKCE at <authorizeUrl> (default
// https://accounts.google.com/o/oauth2/v2/auth) with scope gmail.send, access_type=offline and prompt=consent
// (Google gives a refresh token only with offline access, and again on a repeated sign-in only with consent);
// the redirect is http://127.0.0.1:<free port>/, which Google accepts for "Desktop app" clients without
// registering it. The code is exchanged at <tokenUrl> with client_id, client_secret and code_verifier.
//
// Options: "clientId" (required), "tokenUrl" (default https://oauth2.googleapis.com/token), "authorizeUrl"
// (default https://accounts.google.com/o/oauth2/v2/auth), "timeoutMs"; fromEmail (required: the Gmail address),
// fromName, replyTo.
class GmailChannel final : public OAuthHttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GmailChannel)

public:
    static constexpr auto SendScope = "https://www.googleapis.com/auth/gmail.send";

    static QString typeName();
    static ChannelTypeInfo typeInfo();
    // How "Sign in with Google" signs in for a channel with these settings and secrets ("clientSecret").
    static OAuthSignInProvider signInProvider(const ChannelConfig &config, const QHash<QString, QString> &secrets);

    GmailChannel(ChannelConfig config, QString refreshToken, QString clientSecret, QNetworkAccessManager *network,
                 QObject *parent = nullptr);
    ~GmailChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;

    QUrl endpoint() const { return m_endpoint; }

    // <baseUrl>/gmail/v1/users/me/messages/send (empty base → https://gmail.googleapis.com); keeps a path prefix.
    static QUrl sendUrl(const QUrl &baseUrl);
    // The JSON body Gmail gets for `message` ({"raw": base64url of the MIME message}), or a permanent error.
    Result<QByteArray> buildBody(const OutgoingMessage &message, const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                 const QByteArray &random = {}) const;
    // Reads one send answer (a 401 here is the final one: the retry happens before).
    static SendOutcome classify(const ChannelAnswer &answer);

private:
    static OAuthAccount accountFor(const ChannelConfig &config, QString refreshToken, QString clientSecret);

    QUrl m_endpoint;
};

} // namespace Tidings
