#include "channels/oauthhttpchannel.h"

#include "channels/channelhttp.h"
#include "channels/channellog.h"

#include <QNetworkAccessManager>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

constexpr qint64 RenewBeforeExpirySecs = 120;

} // namespace

OAuthHttpChannel::OAuthHttpChannel(ChannelConfig config, QString providerName, OAuthAccount account,
                                   QNetworkAccessManager *network, QObject *parent)
    : HttpChannel(std::move(config), std::move(providerName), network, parent)
    , m_account(std::move(account))
{
    m_account.clientId = m_account.clientId.trimmed();
    m_account.clientSecret = m_account.clientSecret.trimmed();
    m_account.refreshToken = m_account.refreshToken.trimmed();
    m_grantRefreshToken = m_account.refreshToken;
    m_latestRefreshToken = m_account.refreshToken;
    addSecret(m_account.refreshToken);
    addSecret(m_account.clientSecret);
}

OAuthHttpChannel::~OAuthHttpChannel() = default;

OAuth2Grant OAuthHttpChannel::grant()
{
    // Adopt the newest refresh token only when the session has to refresh anyway: a changed grant makes it ask
    // for a new access token at once.
    if (m_latestRefreshToken != m_grantRefreshToken &&
        (!m_haveToken || !m_tokenExpiresAt.isValid() ||
         QDateTime::currentDateTimeUtc().secsTo(m_tokenExpiresAt) < RenewBeforeExpirySecs)) {
        m_grantRefreshToken = m_latestRefreshToken;
    }
    OAuth2Grant grant;
    grant.kind = OAuth2Grant::Kind::RefreshToken;
    grant.tokenUrl = m_account.tokenUrl;
    grant.clientId = m_account.clientId;
    grant.clientSecret = m_account.clientSecret;
    grant.refreshToken = m_grantRefreshToken;
    grant.scope = m_account.scope;
    return grant;
}

void OAuthHttpChannel::withToken(Ticket ticket, std::function<void(const OAuth2Token &token)> then)
{
    QNetworkAccessManager *network = this->network();
    if (!network) {
        fail(ticket, Error::make(ErrorCode::Network, tr("No network access is available to send messages."), {}, true));
        return;
    }
    QPointer<OAuthHttpChannel> self(this);
    m_session.withToken(
        grant(), m_account.authority, network,
        [self, ticket, then = std::move(then)](const OAuth2Token *token, const PollOutcome &problem) {
            if (!self) {
                return; // the destructor has answered the send
            }
            if (!token) {
                self->m_haveToken = false;
                SendOutcome outcome;
                outcome.error = problem.error.value_or(Error::make(
                    ErrorCode::Internal, tr("%1 gave no access token.").arg(self->m_account.authority), {}, true));
                if (outcome.error->code == ErrorCode::Unauthorized) {
                    // The token endpoint refused the refresh token or the client: no send can succeed until
                    // the owner signs in again, so the channel's queue waits instead of using up retries.
                    outcome.holdChannel = true;
                    // OAuth2Session words it for sources; say what the owner does for a channel.
                    outcome.error->message =
                        outcome.error->detail.contains(u"invalid_grant"_s)
                            ? tr("%1 no longer accepts the sign-in Tidings was given for %2 (it was revoked or "
                                 "expired, or the password changed). Sign in again in Channels.")
                                  .arg(self->m_account.authority, self->displayName())
                            : tr("%1 refused the client ID or client secret of %2. Check both in Channels.")
                                  .arg(self->m_account.authority, self->displayName());
                }
                if (problem.retryAfterMs) {
                    outcome.retryAt = QDateTime::currentDateTimeUtc().addMSecs(*problem.retryAfterMs);
                }
                self->finish(ticket, std::move(outcome));
                return;
            }
            self->m_haveToken = true;
            self->m_tokenExpiresAt = token->expiresAt;
            if (!token->refreshToken.isEmpty() && token->refreshToken != self->m_latestRefreshToken) {
                // Rotated: keep the newest for the next refresh, and have it saved for the next start.
                self->m_latestRefreshToken = token->refreshToken;
                self->addSecret(token->refreshToken);
                emit self->secretChanged(u"refreshToken"_s, token->refreshToken);
            }
            self->addSecret(token->accessToken);
            then(*token);
        });
}

void OAuthHttpChannel::authorizedRequest(Ticket ticket, const QNetworkRequest &request, const QByteArray &verb,
                                         const QByteArray &body, AnswerHandler onAnswer)
{
    attempt(ticket, request, verb, body, std::move(onAnswer), false);
}

void OAuthHttpChannel::attempt(Ticket ticket, const QNetworkRequest &request, const QByteArray &verb,
                               const QByteArray &body, AnswerHandler onAnswer, bool retried)
{
    withToken(ticket, [this, ticket, request, verb, body, onAnswer = std::move(onAnswer),
                       retried](const OAuth2Token &token) {
        QNetworkRequest authorized = request;
        authorized.setRawHeader(QByteArrayLiteral("Authorization"), QByteArray("Bearer " + token.accessToken.toUtf8()));
        this->request(ticket, authorized, verb, body,
                      [this, ticket, request, verb, body, onAnswer, retried](const ChannelAnswer &answer) {
                          if (answer.status == 401 && !retried) {
                              // The access token expired or was revoked early: drop it and try once with a new one.
                              qCDebug(lcChannel).noquote() << providerName() << ": access token refused, asking"
                                                           << m_account.authority << "for a new one";
                              m_session.invalidate();
                              m_haveToken = false;
                              attempt(ticket, request, verb, body, onAnswer, true);
                              return;
                          }
                          onAnswer(answer);
                      });
    });
}

void OAuthHttpChannel::checkConnection(Done done)
{
    const Ticket ticket = begin(std::move(done));
    if (m_configError) {
        fail(ticket, *m_configError);
        return;
    }
    // A check always asks for a fresh token: a cached one proves nothing about the refresh token.
    m_session.invalidate();
    m_haveToken = false;
    withToken(ticket, [this, ticket](const OAuth2Token &token) {
        const QStringList granted = token.answer.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
        const bool maySend =
            granted.isEmpty() || std::any_of(granted.cbegin(), granted.cend(), [this](const QString &scope) {
                return m_account.sendScopes.contains(scope, Qt::CaseInsensitive);
            });
        if (!maySend) {
            finish(ticket, ChannelHttp::failure(
                               ErrorCode::ProviderRejected,
                               tr("The %1 account is signed in, but sending mail was not allowed. Sign in again and "
                                  "allow Tidings to send email on your behalf.")
                                   .arg(m_account.authority),
                               u"granted scopes: %1"_s.arg(granted.join(u' '))));
            return;
        }
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerAnswer = tr("signed in to %1; Tidings may send mail as this account.").arg(m_account.authority);
        finish(ticket, std::move(outcome));
    });
}

} // namespace Tidings
