#pragma once

#include "fakes/fakeplatformserver.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QTimeZone>

namespace Tidings::Test {

// A loopback NetSuite SuiteQL endpoint holding a few transactions. Checks what NetSuite checks:
// POST /services/rest/query/v1/suiteql, an OAuth 1.0a Authorization header whose HMAC-SHA256 signature it
// recomputes from the request (method, base URI, query parameters, oauth_* parameters; its own
// implementation of RFC 5849, not the app's) with the known consumer and token secrets, the realm (account
// id, upper case), the consumer key and token, a timestamp within five minutes and a nonce never used
// before; answers 401 INVALID_LOGIN in NetSuite's error shape when any is wrong. Then "Prefer: transient",
// a JSON body {"q": "SELECT ..."} reading transaction with a TO_TIMESTAMP('yyyy-MM-dd HH:mm:ss', ...)
// filter on lastmodifieddate, limit 1..1000 and an offset that is a multiple of the limit (400 otherwise).
// Serves the transactions modified at or after that time (read in the account's time zone), oldest
// first, `limit` rows from `offset`, with lastmodified rendered by TO_CHAR in that zone.
class FakeNetSuiteApi final : public FakePlatformServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeNetSuiteApi)

public:
    struct Credentials
    {
        QString realm; // "1234567_SB1"
        QString consumerKey;
        QString consumerSecret;
        QString tokenId;
        QString tokenSecret;
    };

    struct Transaction
    {
        QString id;
        QString type = QStringLiteral("SalesOrd"); // or "ItemShip"
        QString tranId;
        QString status = QStringLiteral("B"); // the letter
        QDateTime modified;                   // an instant; shown in the account's time zone
        QString email;
        QString customer = QStringLiteral("Grace Hopper");
        QString total = QStringLiteral("129.50");
        QString createdFrom; // ItemShip: the sales order's id
        QString createdFromText;
        QString carrier;
        QString trackingNumber;
    };

    explicit FakeNetSuiteApi(Credentials credentials, QTimeZone zone = QTimeZone(QByteArrayLiteral("UTC")),
                             QObject *parent = nullptr);

    void upsert(const Transaction &transaction);
    Transaction transaction(const QString &id) const;

    // The q of request `index`.
    QString query(int index) const;

protected:
    std::optional<Response> violation(const Request &request) const override;
    Response serve(const Request &request) override;
    Response answer(Mode mode, const Request &request) override;

private:
    std::optional<Response> authorizationViolation(const Request &request) const;

    Credentials m_credentials;
    QTimeZone m_zone;
    QList<Transaction> m_transactions;
    mutable QSet<QString> m_nonces; // NetSuite refuses a nonce it has seen
};

} // namespace Tidings::Test
