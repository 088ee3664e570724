#include "fakes/fakeoauth2server.h"
#include "sources/polling/oauth2session.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Tidings;
using namespace Tidings::Test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QString ClientId = u"client 1"_s;
const QString ClientSecret = u"s3cret&=+"_s; // characters that must be form-encoded
const QString RefreshToken = u"refresh/token+1"_s;

struct Taken
{
    std::optional<OAuth2Token> token;
    PollOutcome failure;
};

Taken take(OAuth2Session &session, const OAuth2Grant &grant, QNetworkAccessManager &network)
{
    std::optional<Taken> result;
    session.withToken(grant, u"Salesforce"_s, &network, [&](const OAuth2Token *token, const PollOutcome &failure) {
        result = Taken{token ? std::optional<OAuth2Token>(*token) : std::nullopt, failure};
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
        return Taken{std::nullopt, PollOutcome::failure(Error::make(ErrorCode::Timeout, u"test: no answer"_s))};
    }
    return *result;
}

OAuth2Grant refreshGrant(const QUrl &base, const QString &refreshToken = RefreshToken)
{
    OAuth2Grant grant;
    grant.kind = OAuth2Grant::Kind::RefreshToken;
    grant.tokenUrl = QUrl(base.toString() + u"/oauth2/token"_s);
    grant.clientId = ClientId;
    grant.clientSecret = ClientSecret;
    grant.refreshToken = refreshToken;
    return grant;
}

} // namespace

class TestOAuth2Session : public QObject
{
    Q_OBJECT

private slots:
    void grants_data();
    void grants();
    void token_keptUntilAMinuteBeforeExpiry();
    void token_withoutExpiry_keptUntilInvalidated();
    void token_changedGrant_asksAgain();
    void concurrentCalls_shareOneRequest_data();
    void concurrentCalls_shareOneRequest();
    void concurrentCalls_sessionGoneWhileWaiting_isHarmless();
    void failures_data();
    void failures();
    void parseToken_dropsTokensFromAnswer();
    void rotation_callWithOldToken_usesSuccessor();
    void rotation_callWithNewToken_reusesAccessToken();
    void rotation_unrelatedToken_notSubstituted();
    void rotation_outcomeNamesNewestTokenWhenDelivered_data();
    void rotation_outcomeNamesNewestTokenWhenDelivered();
};

void TestOAuth2Session::grants_data()
{
    QTest::addColumn<bool>("clientCredentials");
    QTest::addColumn<bool>("basicAuth");

    QTest::newRow("refresh token, client in body") << false << false;
    QTest::newRow("refresh token, client by Basic") << false << true;
    QTest::newRow("client credentials, client in body") << true << false;
    QTest::newRow("client credentials, client by Basic") << true << true;
}

void TestOAuth2Session::grants()
{
    QFETCH(bool, clientCredentials);
    QFETCH(bool, basicAuth);
    FakeOAuth2Server server(u"/oauth2/token"_s, ClientId, ClientSecret);
    server.setRefreshToken(RefreshToken);
    server.setAllowClientCredentials(clientCredentials);
    server.setExtra(QJsonObject{{u"instance_url"_s, u"https://example.my.salesforce.com"_s}});
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    OAuth2Session session;
    OAuth2Grant grant = refreshGrant(server.baseUrl());
    grant.basicAuth = basicAuth;
    if (clientCredentials) {
        grant.kind = OAuth2Grant::Kind::ClientCredentials;
        grant.refreshToken.clear();
    }

    const Taken taken = take(session, grant, network);
    QVERIFY2(taken.token, taken.failure.error ? qPrintable(taken.failure.error->detail) : "no token");
    QVERIFY(server.isIssued(taken.token->accessToken));
    QCOMPARE(server.lastClientAuth(), basicAuth ? u"basic"_s : u"body"_s);
    QCOMPARE(taken.token->answer.value("instance_url"_L1).toString(), u"https://example.my.salesforce.com"_s);
    const QUrlQuery form(QString::fromUtf8(server.requests().constLast().body));
    QCOMPARE(form.queryItemValue(u"grant_type"_s), clientCredentials ? u"client_credentials"_s : u"refresh_token"_s);
}

void TestOAuth2Session::token_keptUntilAMinuteBeforeExpiry()
{
    FakeOAuth2Server server(u"/oauth2/token"_s, ClientId, ClientSecret);
    server.setRefreshToken(RefreshToken);
    server.setExpiresInSeconds(3600);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    auto clock = std::make_shared<ManualClock>(Start);
    OAuth2Session session(clock);
    const OAuth2Grant grant = refreshGrant(server.baseUrl());

    QCOMPARE(take(session, grant, network).token->accessToken, u"token-1"_s);
    clock->advance(58 * 60 * 1000);
    QCOMPARE(take(session, grant, network).token->accessToken, u"token-1"_s);
    QCOMPARE(server.tokensIssued(), 1);
    clock->advance(61 * 1000); // less than a minute left
    QCOMPARE(take(session, grant, network).token->accessToken, u"token-2"_s);
    QCOMPARE(session.requests(), 2);
}

void TestOAuth2Session::token_withoutExpiry_keptUntilInvalidated()
{
    FakeOAuth2Server server(u"/oauth2/token"_s, ClientId, ClientSecret);
    server.setRefreshToken(RefreshToken);
    server.setExpiresInSeconds(0);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    auto clock = std::make_shared<ManualClock>(Start);
    OAuth2Session session(clock);
    const OAuth2Grant grant = refreshGrant(server.baseUrl());

    QCOMPARE(take(session, grant, network).token->accessToken, u"token-1"_s);
    clock->advance(24 * 3600 * 1000);
    QCOMPARE(take(session, grant, network).token->accessToken, u"token-1"_s);
    session.invalidate();
    QCOMPARE(take(session, grant, network).token->accessToken, u"token-2"_s);
}

void TestOAuth2Session::token_changedGrant_asksAgain()
{
    FakeOAuth2Server server(u"/oauth2/token"_s, ClientId, ClientSecret);
    server.setRefreshToken(RefreshToken);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    OAuth2Session session;

    QVERIFY(take(session, refreshGrant(server.baseUrl()), network).token);
    // The owner pasted a new refresh token: the old access token must not be used for it.
    const Taken taken = take(session, refreshGrant(server.baseUrl(), u"another"_s), network);
    QVERIFY(!taken.token);
    QCOMPARE(server.tokensIssued(), 1);
    QCOMPARE(session.requests(), 2);
}

void TestOAuth2Session::concurrentCalls_shareOneRequest_data()
{
    QTest::addColumn<QString>("refreshToken");
    QTest::addColumn<QList<FakePlatformServer::Mode>>("modes");
    QTest::addColumn<bool>("granted");
    QTest::addColumn<ErrorCode>("code");

    using Mode = FakePlatformServer::Mode;
    QTest::newRow("token") << RefreshToken << QList<Mode>{} << true << ErrorCode::Internal;
    QTest::newRow("refused refresh token") << u"rt-revoked"_s << QList<Mode>{} << false << ErrorCode::Unauthorized;
    QTest::newRow("server error") << RefreshToken << QList<Mode>{Mode::ServerError500} << false
                                  << ErrorCode::ProviderFailed;
}

void TestOAuth2Session::concurrentCalls_shareOneRequest()
{
    QFETCH(QString, refreshToken);
    QFETCH(QList<FakePlatformServer::Mode>, modes);
    QFETCH(bool, granted);
    FakeOAuth2Server server(u"/oauth2/token"_s, ClientId, ClientSecret);
    server.setRefreshToken(RefreshToken);
    server.queueModes(modes);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    OAuth2Session session;
    const OAuth2Grant grant = refreshGrant(server.baseUrl(), refreshToken);

    constexpr int Calls = 5;
    QList<std::optional<Taken>> results(Calls);
    QList<int> calls(Calls, 0);
    for (int i = 0; i < Calls; ++i) {
        session.withToken(grant, u"Salesforce"_s, &network,
                          [&results, &calls, i](const OAuth2Token *token, const PollOutcome &failure) {
                              ++calls[i];
                              results[i] = Taken{token ? std::optional<OAuth2Token>(*token) : std::nullopt, failure};
                          });
    }
    QCOMPARE(session.requests(), 1);
    QTRY_VERIFY(std::all_of(results.cbegin(), results.cend(), [](const auto &r) { return r.has_value(); }));
    QCOMPARE(server.requests().size(), 1);
    for (int i = 0; i < Calls; ++i) {
        QCOMPARE(calls.at(i), 1);
        const Taken &taken = *results.at(i);
        QCOMPARE(bool(taken.token), granted);
        if (granted) {
            QCOMPARE(taken.token->accessToken, u"token-1"_s);
        } else {
            QVERIFY(taken.failure.error);
            QTEST(taken.failure.error->code, "code");
            QCOMPARE(taken.failure.error->message, results.first()->failure.error->message);
        }
    }
    // Once answered, the next call is served from the token kept (or asks again after a failure).
    take(session, grant, network);
    QCOMPARE(session.requests(), granted ? 1 : 2);
}

void TestOAuth2Session::concurrentCalls_sessionGoneWhileWaiting_isHarmless()
{
    FakeOAuth2Server server(u"/oauth2/token"_s, ClientId, ClientSecret);
    server.setRefreshToken(RefreshToken);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    int answered = 0;
    {
        OAuth2Session session;
        const OAuth2Grant grant = refreshGrant(server.baseUrl());
        for (int i = 0; i < 3; ++i) {
            session.withToken(grant, u"Salesforce"_s, &network,
                              [&answered](const OAuth2Token *, const PollOutcome &) { ++answered; });
        }
    }
    // The answer arrives after the session is gone: it reaches no session state, and every waiting call is
    // answered once, as a lone call always was.
    QTRY_COMPARE(answered, 3);
    QCOMPARE(server.requests().size(), 1);
}

void TestOAuth2Session::failures_data()
{
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<QString>("refreshToken");
    QTest::addColumn<QList<FakePlatformServer::Mode>>("modes");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("retryable");

    using Mode = FakePlatformServer::Mode;
    QTest::newRow("revoked refresh token")
        << ClientSecret << u"rt-old-7731"_s << QList<Mode>{} << ErrorCode::Unauthorized << false;
    QTest::newRow("wrong client secret") << u"wrong"_s << RefreshToken << QList<Mode>{} << ErrorCode::Unauthorized
                                         << false;
    QTest::newRow("server error") << ClientSecret << RefreshToken << QList<Mode>{Mode::ServerError500}
                                  << ErrorCode::ProviderFailed << true;
    QTest::newRow("rate limited") << ClientSecret << RefreshToken << QList<Mode>{Mode::RateLimit429}
                                  << ErrorCode::RateLimited << true;
}

void TestOAuth2Session::failures()
{
    QFETCH(QString, clientSecret);
    QFETCH(QString, refreshToken);
    QFETCH(QList<FakePlatformServer::Mode>, modes);
    FakeOAuth2Server server(u"/oauth2/token"_s, ClientId, ClientSecret);
    server.setRefreshToken(RefreshToken);
    server.queueModes(modes);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    OAuth2Session session;
    OAuth2Grant grant = refreshGrant(server.baseUrl(), refreshToken);
    grant.clientSecret = clientSecret;

    const Taken taken = take(session, grant, network);
    QVERIFY(!taken.token);
    QVERIFY(taken.failure.error);
    QTEST(taken.failure.error->code, "code");
    QTEST(taken.failure.error->retryable, "retryable");
    QVERIFY(taken.failure.error->message.contains(u"Salesforce"_s));
    for (const QString &text : {taken.failure.error->message, taken.failure.error->detail}) {
        QVERIFY(!text.contains(clientSecret));
        QVERIFY(!text.contains(refreshToken));
    }
}

void TestOAuth2Session::parseToken_dropsTokensFromAnswer()
{
    const auto token = OAuth2Session::parseToken(
        R"({"access_token":"a1","refresh_token":"r1","id_token":"i1","expires_in":"120","scope":"api"})", Start);
    QVERIFY(token);
    QCOMPARE(token->accessToken, u"a1"_s);
    QCOMPARE(token->expiresAt, Start.addSecs(120));
    QVERIFY(!token->answer.contains("refresh_token"_L1));
    QVERIFY(!token->answer.contains("id_token"_L1));
    QCOMPARE(token->answer.value("scope"_L1).toString(), u"api"_s);
    QVERIFY(!OAuth2Session::parseToken(R"({"error":"invalid_grant"})", Start));
    QVERIFY(!OAuth2Session::parseToken("not json", Start));
}

void TestOAuth2Session::rotation_callWithOldToken_usesSuccessor()
{
    FakeOAuth2Server server(u"/oauth2/token"_s, ClientId, ClientSecret);
    server.setRefreshToken(RefreshToken);
    server.setRotateRefreshTokens(true);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    OAuth2Session session;
    const OAuth2Grant grant = refreshGrant(server.baseUrl());

    const Taken first = take(session, grant, network);
    QVERIFY2(first.token, first.failure.error ? qPrintable(first.failure.error->detail) : "no token");
    QCOMPARE(first.token->refreshToken, u"rt-1/a+b"_s);
    // A 401 retry of the same call still carries the old token, which the endpoint now refuses.
    session.invalidate();
    const Taken retry = take(session, grant, network);
    QVERIFY2(retry.token, retry.failure.error ? qPrintable(retry.failure.error->detail) : "no token");
    QCOMPARE(retry.token->accessToken, u"token-2"_s);
    QCOMPARE(retry.token->refreshToken, u"rt-2"_s);
    const QUrlQuery form(QString::fromUtf8(QByteArray(server.requests().constLast().body).replace('+', "%20")));
    QCOMPARE(form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded), u"rt-1/a+b"_s);
    // The first token leads to the newest too, through the one in between.
    session.invalidate();
    const Taken third = take(session, grant, network);
    QVERIFY(third.token);
    QCOMPARE(third.token->refreshToken, u"rt-3/a+b"_s);
    QCOMPARE(server.refreshTokensRotated(), 3);
}

void TestOAuth2Session::rotation_callWithNewToken_reusesAccessToken()
{
    FakeOAuth2Server server(u"/oauth2/token"_s, ClientId, ClientSecret);
    server.setRefreshToken(RefreshToken);
    server.setRotateRefreshTokens(true);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    OAuth2Session session;

    const Taken first = take(session, refreshGrant(server.baseUrl()), network);
    QVERIFY(first.token);
    // The caller saved the new token: its next call is served from the access token already kept.
    const Taken next = take(session, refreshGrant(server.baseUrl(), first.token->refreshToken), network);
    QVERIFY(next.token);
    QCOMPARE(next.token->accessToken, u"token-1"_s);
    QCOMPARE(next.token->refreshToken, u"rt-1/a+b"_s);
    // And a late call with the old one (a page of the same run) too.
    const Taken late = take(session, refreshGrant(server.baseUrl()), network);
    QVERIFY(late.token);
    QCOMPARE(late.token->accessToken, u"token-1"_s);
    QCOMPARE(late.token->refreshToken, u"rt-1/a+b"_s);
    QCOMPARE(session.requests(), 1);
    QCOMPARE(server.tokensIssued(), 1);
}

void TestOAuth2Session::rotation_unrelatedToken_notSubstituted()
{
    FakeOAuth2Server server(u"/oauth2/token"_s, ClientId, ClientSecret);
    server.setRefreshToken(RefreshToken);
    server.setRotateRefreshTokens(true);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    OAuth2Session session;

    QVERIFY(take(session, refreshGrant(server.baseUrl()), network).token);
    // The owner pasted another token: it is sent as it is (and refused here), not swapped for the successor.
    const Taken other = take(session, refreshGrant(server.baseUrl(), u"another"_s), network);
    QVERIFY(!other.token);
    QCOMPARE(session.requests(), 2);
    const QUrlQuery form(QString::fromUtf8(server.requests().constLast().body));
    QCOMPARE(form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded), u"another"_s);
}

void TestOAuth2Session::rotation_outcomeNamesNewestTokenWhenDelivered_data()
{
    QTest::addColumn<QString>("callerToken");
    QTest::addColumn<QString>("renewed");

    QTest::newRow("first token, rotated twice since") << RefreshToken << u"rt-2"_s;
    QTest::newRow("token rotated once since") << u"rt-1/a+b"_s << u"rt-2"_s;
    QTest::newRow("newest token") << u"rt-2"_s << QString();
    QTest::newRow("unrelated token") << u"another"_s << QString();
}

void TestOAuth2Session::rotation_outcomeNamesNewestTokenWhenDelivered()
{
    QFETCH(QString, callerToken);
    QFETCH(QString, renewed);
    FakeOAuth2Server server(u"/oauth2/token"_s, ClientId, ClientSecret);
    server.setRefreshToken(RefreshToken);
    server.setRotateRefreshTokens(true);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    OAuth2Session session;
    std::optional<PollOutcome> delivered;
    // Wrapped before the rotations (a fetch that started early), called after them.
    const Poller::Done done = session.keepingRenewedToken(
        refreshGrant(server.baseUrl(), callerToken), [&delivered](const PollOutcome &outcome) { delivered = outcome; });
    QVERIFY(take(session, refreshGrant(server.baseUrl()), network).token);
    session.invalidate();
    QVERIFY(take(session, refreshGrant(server.baseUrl()), network).token);
    QCOMPARE(server.refreshToken(), u"rt-2"_s);

    done(PollOutcome::failure(Error::make(ErrorCode::Network, u"offline"_s, {}, true)));
    QVERIFY(delivered);
    QCOMPARE(delivered->renewedSecrets.value(u"refreshToken"_s), renewed);
    QCOMPARE(delivered->renewedSecrets.isEmpty(), renewed.isEmpty());
    QVERIFY(delivered->error);
}

QTEST_GUILESS_MAIN(TestOAuth2Session)
#include "tst_oauth2session.moc"
