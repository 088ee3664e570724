#pragma once

#include "channels/channelconfig.h"
#include "channels/httpchannel.h"
#include "model/error.h"
#include "sources/polling/oauth2session.h"

#include <QByteArray>
#include <QDateTime>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// The signed-in account an OAuthHttpChannel sends as.
struct OAuthAccount
{
    QString authority; // who signs the owner in, for messages: "Microsoft", "Google"
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret; // empty for public clients
    QString refreshToken;
    QString scope; // asked for on each refresh; empty: the scopes of the original consent
    // A token whose granted scopes (the token endpoint's "scope") include none of these may not send.
    QStringList sendScopes;
};

// An HttpChannel that sends as a signed-in account (Gmail API, Microsoft Graph). Each request carries an
// access token got with the account's refresh token (OAuth2Session: kept in memory, renewed two minutes
// before it expires). When the provider rotates the refresh token (Microsoft does on every refresh), the
// newest one is used for the next refresh and announced with secretChanged("refreshToken", …) so it is
// saved in the keychain (a refresh token stays valid after it was rotated, so a crash before the save
// only means the previous one is used once more). A 401 drops the access token and the request is tried
// once more with a new one; the second answer is final.
//
// Token trouble ends the send in OAuth2Session's words: a refused refresh token or client is permanent, says
// to sign in again and sets SendOutcome::holdChannel (the queue waits for the owner); network trouble and 5xx
// at the token endpoint are retryable. Sends under way together share one token request.
class OAuthHttpChannel : public HttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthHttpChannel)

public:
    ~OAuthHttpChannel() override;

    // The connection check: a fresh access token from the token endpoint, and the granted scopes include
    // sending. Nothing is sent.
    void checkConnection(Done done) override;

    QUrl tokenUrl() const { return m_account.tokenUrl; }

    // The refresh token the next refresh will use (the newest the provider gave).
    QString currentRefreshToken() const { return m_latestRefreshToken; }

    // How many times the token endpoint was asked.
    int tokenRequests() const { return m_session.requests(); }

protected:
    OAuthHttpChannel(ChannelConfig config, QString providerName, OAuthAccount account, QNetworkAccessManager *network,
                     QObject *parent);

    // Sends `request` with "Authorization: Bearer <access token>"; `onAnswer` gets the final answer (a 401 is
    // final only on the second try). Token trouble finishes `ticket` without calling `onAnswer`.
    void authorizedRequest(Ticket ticket, const QNetworkRequest &request, const QByteArray &verb,
                           const QByteArray &body, AnswerHandler onAnswer);

    // Set by subclasses' constructors: why nothing can be sent (not signed in, no client id, bad address);
    // sends and checks fail with it at once.
    void setConfigError(std::optional<Error> error) { m_configError = std::move(error); }

    const std::optional<Error> &configError() const { return m_configError; }

    const OAuthAccount &account() const { return m_account; }

private:
    void attempt(Ticket ticket, const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
                 AnswerHandler onAnswer, bool retried);
    void withToken(Ticket ticket, std::function<void(const OAuth2Token &token)> then);
    OAuth2Grant grant();

    OAuthAccount m_account;
    OAuth2Session m_session;
    QString m_grantRefreshToken;  // the refresh token of the grant the session's token was made with
    QString m_latestRefreshToken; // the newest one the provider gave
    bool m_haveToken = false;
    QDateTime m_tokenExpiresAt;
    std::optional<Error> m_configError;
};

} // namespace Tidings
