#include "sources/polling/oauth2session.h"

#include "sources/polling/pollhttp.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

constexpr qint64 RenewBeforeExpiryMs = 60 * 1000;

// Identifies the grant without keeping its secrets in the clear.
QString grantKey(const OAuth2Grant &grant)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {grant.tokenUrl.toString(), grant.clientId, grant.clientSecret, grant.refreshToken,
                                grant.scope, QString::number(int(grant.kind))}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray formValue(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QByteArray tokenHash(const QString &refreshToken)
{
    return QCryptographicHash::hash(refreshToken.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

OAuth2Session::OAuth2Session(std::shared_ptr<const Clock> clock)
    : m_clock(std::move(clock))
{}

std::optional<OAuth2Token> OAuth2Session::parseToken(const QByteArray &body, const QDateTime &now)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString accessToken = object.value("access_token"_L1).toString();
    if (accessToken.isEmpty()) {
        return std::nullopt;
    }
    OAuth2Token token;
    token.accessToken = accessToken;
    const QJsonValue expiresIn = object.value("expires_in"_L1);
    const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger(0);
    if (seconds > 0) {
        token.expiresAt = now.addSecs(seconds);
    }
    token.refreshToken = object.value("refresh_token"_L1).toString();
    token.answer = object;
    token.answer.remove("access_token"_L1);
    token.answer.remove("refresh_token"_L1);
    token.answer.remove("id_token"_L1);
    return token;
}

OAuth2Grant OAuth2Session::newestGrant(const State &state, OAuth2Grant grant)
{
    if (grant.kind != OAuth2Grant::Kind::RefreshToken || grant.refreshToken.isEmpty() || state.successors.isEmpty()) {
        return grant;
    }
    const QByteArray hash = tokenHash(grant.refreshToken);
    for (const Successor &successor : state.successors) {
        if (successor.oldHash == hash) {
            grant.refreshToken = successor.newest;
            break;
        }
    }
    return grant;
}

void OAuth2Session::noteRotation(State &state, const QString &sent, const QString &newest)
{
    for (Successor &successor : state.successors) {
        if (successor.newest == sent) {
            successor.newest = newest; // a token replaced earlier leads to the newest too
        }
    }
    state.successors.append(Successor{tokenHash(sent), newest});
    while (state.successors.size() > MaxSuccessors) {
        state.successors.removeFirst();
    }
}

Poller::Done OAuth2Session::keepingRenewedToken(const OAuth2Grant &grant, Poller::Done done) const
{
    if (grant.kind != OAuth2Grant::Kind::RefreshToken) {
        return done;
    }
    return [weak = std::weak_ptr<const State>(m_state), grant, done = std::move(done)](const PollOutcome &outcome) {
        const std::shared_ptr<const State> state = weak.lock();
        const QString newest = state ? newestGrant(*state, grant).refreshToken : grant.refreshToken;
        if (newest == grant.refreshToken) {
            done(outcome);
            return;
        }
        PollOutcome carried = outcome;
        carried.renewedSecrets.insert(u"refreshToken"_s, newest);
        done(carried);
    };
}

PollOutcome OAuth2Session::failureOf(int status, const QByteArray &body, const QString &networkError, bool timedOut,
                                     const QString &platform)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString code = object.value("error"_L1).toString();
    // The detail names the error code only: token endpoints may echo parts of the request.
    const QString detail = u"token endpoint: HTTP %1 %2"_s.arg(status).arg(code);
    if (status == 400 || status == 401) {
        if (code == "invalid_grant"_L1) {
            return PollOutcome::failure(Error::make(ErrorCode::Unauthorized,
                                                    tr("%1 no longer accepts the sign-in Tidings was given (it was "
                                                       "revoked, expired, or the password changed). Connect the "
                                                       "source again in Connections.")
                                                        .arg(platform),
                                                    detail));
        }
        if (code == "invalid_client"_L1 || code == "unauthorized_client"_L1 || status == 401) {
            return PollOutcome::failure(Error::make(ErrorCode::Unauthorized,
                                                    tr("%1 refused the client id or client secret of this source. "
                                                       "Check both in Connections.")
                                                        .arg(platform),
                                                    detail));
        }
        return PollOutcome::failure(Error::make(ErrorCode::Config,
                                                tr("%1 refused the sign-in request (%2). Check the source's "
                                                   "settings in Connections.")
                                                    .arg(platform, code.isEmpty() ? u"HTTP 400"_s : code),
                                                detail));
    }
    PollHttp::Answer answer;
    answer.status = status;
    answer.body = body;
    answer.networkError = networkError;
    answer.timedOut = timedOut;
    return PollHttp::failureOf(answer, platform);
}

void OAuth2Session::withToken(const OAuth2Grant &given, const QString &platform, QNetworkAccessManager *network,
                              Done done)
{
    State &state = *m_state;
    // The refresh token the caller has may have been rotated since: the old one would be refused.
    const OAuth2Grant grant = newestGrant(state, given);
    const QString key = grantKey(grant);
    const QDateTime now = m_clock->now();
    if (state.token && state.grantKey == key &&
        (!state.token->expiresAt.isValid() || now.msecsTo(state.token->expiresAt) > RenewBeforeExpiryMs)) {
        done(&*state.token, {});
        return;
    }
    if (state.pending && state.pending->grantKey == key) {
        state.pending->waiting.append(std::move(done)); // a request for this grant is under way: share its answer
        return;
    }
    state.token.reset();
    if (auto error = PollHttp::checkBaseUrl(grant.tokenUrl, platform)) {
        done(nullptr, PollOutcome::failure(*error));
        return;
    }
    const bool refresh = grant.kind == OAuth2Grant::Kind::RefreshToken;
    if (grant.clientId.isEmpty() || (refresh && grant.refreshToken.isEmpty())) {
        done(nullptr,
             PollOutcome::failure(Error::make(
                 ErrorCode::Config, tr("Tidings has no sign-in for %1 yet. Add it in Connections.").arg(platform),
                 refresh ? u"client id or refresh token missing"_s : u"client id missing"_s)));
        return;
    }

    QByteArray body = "grant_type=" + QByteArray(refresh ? "refresh_token" : "client_credentials");
    if (refresh) {
        body += "&refresh_token=" + formValue(grant.refreshToken);
    }
    if (!grant.scope.isEmpty()) {
        body += "&scope=" + formValue(grant.scope);
    }
    QNetworkRequest request(grant.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (grant.basicAuth) {
        // RFC 6749 §2.3.1: both form-encoded before joining.
        request.setRawHeader(
            QByteArrayLiteral("Authorization"),
            QByteArrayLiteral("Basic ") +
                QByteArray(formValue(grant.clientId) + ':' + formValue(grant.clientSecret)).toBase64());
    } else {
        body += "&client_id=" + formValue(grant.clientId);
        if (!grant.clientSecret.isEmpty()) {
            body += "&client_secret=" + formValue(grant.clientSecret);
        }
    }
    ++state.requests;
    auto pending = std::make_shared<Pending>();
    pending->grantKey = key;
    pending->grant = grant;
    pending->waiting.append(std::move(done));
    state.pending = pending;
    PollHttp::send(
        network, request, QByteArrayLiteral("POST"), body,
        [weak = std::weak_ptr<State>(m_state), clock = m_clock, pending, platform](const PollHttp::Answer &answer) {
            const std::shared_ptr<State> state = weak.lock();
            const bool newest = state && state->pending == pending;
            if (newest) {
                state->pending.reset();
            }
            // Taken before calling anyone: a callback may ask again (and is then served from the
            // token kept, or starts a new request).
            const QList<Done> waiting = std::exchange(pending->waiting, {});
            std::optional<OAuth2Token> token;
            if (answer.status == 200) {
                token = parseToken(answer.body, clock->now());
            }
            if (!token) {
                const PollOutcome failure = failureOf(answer.status == 200 ? 502 : answer.status, answer.body,
                                                      answer.networkError, answer.timedOut, platform);
                for (const Done &done : waiting) {
                    done(nullptr, failure);
                }
                return;
            }
            const QString sent = pending->grant.refreshToken;
            QString key = pending->grantKey;
            if (!token->refreshToken.isEmpty() && token->refreshToken != sent &&
                pending->grant.kind == OAuth2Grant::Kind::RefreshToken) {
                // Rotated: the token sent is dead. Noted even when a newer request was started meanwhile, so
                // a call that still carries it is given the new one.
                if (state) {
                    noteRotation(*state, sent, token->refreshToken);
                }
                OAuth2Grant renewed = pending->grant;
                renewed.refreshToken = token->refreshToken;
                key = grantKey(renewed); // the access token is the new grant's: a call carrying it reuses it
            } else {
                token->refreshToken = sent; // not rotated: the one sent stays the newest
            }
            if (newest) {
                // Kept only when no newer request (for a changed grant) was started meanwhile.
                state->token = token;
                state->grantKey = key;
            }
            for (const Done &done : waiting) {
                done(&*token, {});
            }
        });
}

} // namespace Tidings
