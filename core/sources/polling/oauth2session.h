#pragma once

#include "dispatch/clock.h"
#include "model/error.h"
#include "sources/polling/poller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// How a poll source gets its access token from the platform's token endpoint (RFC 6749).
struct OAuth2Grant
{
    enum class Kind {
        ClientCredentials, // grant_type=client_credentials (SAP Commerce OCC)
        RefreshToken,      // grant_type=refresh_token (Salesforce, Google)
    };

    Kind kind = Kind::RefreshToken;
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret;
    QString refreshToken; // RefreshToken only
    QString scope;        // optional
    // Send the client id and secret as HTTP Basic (RFC 6749 §2.3.1's preferred form) instead of in the body.
    bool basicAuth = false;
};

// An access token and what came with it (Salesforce's instance_url, for one).
struct OAuth2Token
{
    QString accessToken;
    QDateTime expiresAt; // invalid: the endpoint did not say (Salesforce); used until refused
    QJsonObject answer;  // the token endpoint's whole answer, minus the tokens
    // The newest refresh token of the grant: the endpoint's new one when it rotated the one sent (Microsoft on
    // every refresh, Salesforce with rotation on; the old one stops working), else the one sent. From
    // parseToken: the answer's refresh_token, empty when it had none. A secret: never log it.
    QString refreshToken;
};

// One source's access token: asked for when first needed, kept in memory (never stored: the refresh token
// or client secret in the keychain is what lasts), renewed a minute before it expires, and dropped when the
// platform refuses it (call invalidate() on a 401, then ask again once).
//
// Calls for the same grant while a token request is under way wait for that request instead of starting
// another: all of them get the same token or the same failure (concurrent sends share one refresh).
//
// Rotated refresh tokens: when the endpoint answers a refresh with a new refresh token, the one sent is dead.
// The session remembers the successor, so a later call that still carries the old token (a 401 retry, the next
// page of the same run, a caller that has not saved the new one yet) refreshes with the newest instead, and
// the kept access token counts as the new token's, so a call already carrying it asks for nothing. The token
// given to `done` names the newest refresh token: the caller saves it when it differs from its grant's.
//
// Lives in a poller, on the scheduler's thread. Failures come as PollOutcome-ready errors in the owner's
// words: a refused refresh token or client (400 invalid_grant / 401 invalid_client) is not retryable and
// says to connect again; network trouble and 5xx are retryable.
class OAuth2Session
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::OAuth2Session)

public:
    using Done = std::function<void(const OAuth2Token *token, const PollOutcome &failure)>;

    explicit OAuth2Session(std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>());

    // Calls `done` once with a usable token (and an empty failure), or nullptr and the failure. `platform`
    // is the display name used in messages. Joins a request under way for the same grant. `done` may be
    // called after the session is gone (the answer arrived late); callers guard what they capture.
    void withToken(const OAuth2Grant &grant, const QString &platform, QNetworkAccessManager *network, Done done);

    // Forgets the token, e.g. after the platform answered 401 with it.
    void invalidate() { m_state->token.reset(); }

    // How many times the token endpoint was asked (for tests).
    int requests() const { return m_state->requests; }

    // `done`, adding renewedSecrets["refreshToken"] to the outcome when, by the time it is called, the
    // endpoint has rotated `grant`'s refresh token: the newest one then, so an outcome delivered later (a
    // stopped run's) never names an older token than one delivered before it. Wrap where the token arrives.
    Poller::Done keepingRenewedToken(const OAuth2Grant &grant, Poller::Done done) const;

    // Reads a token endpoint's answer; `now` is when it arrived.
    static std::optional<OAuth2Token> parseToken(const QByteArray &body, const QDateTime &now);
    // The failure for a token endpoint answer that is not a token.
    static PollOutcome failureOf(int status, const QByteArray &body, const QString &networkError, bool timedOut,
                                 const QString &platform);

private:
    // A token request under way and the calls waiting for its answer.
    struct Pending
    {
        QString grantKey;
        OAuth2Grant grant; // as sent (with the newest refresh token)
        QList<Done> waiting;
    };

    // A rotated refresh token: hash of the one replaced (never the token itself) → the newest.
    struct Successor
    {
        QByteArray oldHash;
        QString newest;
    };

    // Shared with the request under way, so an answer arriving after the session is gone is harmless.
    struct State
    {
        std::optional<OAuth2Token> token;
        QString grantKey; // which grant the token was made for: a changed secret asks again
        int requests = 0;
        std::shared_ptr<Pending> pending; // the newest request under way, if any
        // Every refresh token replaced, oldest first, each pointing at the newest (a chain of rotations
        // collapses); capped, as only recent ones can still arrive.
        QList<Successor> successors;
    };

    static constexpr qsizetype MaxSuccessors = 16;

    // `grant` with its refresh token replaced by the newest one, when it was rotated.
    static OAuth2Grant newestGrant(const State &state, OAuth2Grant grant);
    // Notes that `sent` was replaced by `newest` (the endpoint rotated it).
    static void noteRotation(State &state, const QString &sent, const QString &newest);

    std::shared_ptr<const Clock> m_clock;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace Tidings
