#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

namespace Tidings {

// OAuth 1.0a request signing (RFC 5849 section 3), as NetSuite's Token-Based Authentication wants it:
// HMAC-SHA256 with the key "consumerSecret&tokenSecret", and a realm (the account id) in the header that
// is not part of the signature. HMAC-SHA1 is there for the RFC's own test vectors; NetSuite refuses it.
//
// The signature covers the method, the base URI (scheme and host lower case, default port left out, no
// query), the query parameters, the oauth_* parameters and, only for application/x-www-form-urlencoded
// bodies, the body's parameters; a JSON body is not signed. The nonce and the timestamp come from
// injectable functions so tests can sign with the published values.
//
// Nothing here logs; the header holds no secret (only the consumer key, the token id and the signature).
class OAuth1Signer
{
public:
    enum class Algorithm {
        HmacSha256,
        HmacSha1
    };

    using Parameters = QList<std::pair<QString, QString>>;

    struct Credentials
    {
        QString consumerKey;
        QString consumerSecret;
        QString token;
        QString tokenSecret;
    };

    // What sign() made; the header is the value of Authorization.
    struct Signed
    {
        QByteArray baseString;
        QByteArray signature; // base64, not yet percent-encoded
        QByteArray authorization;
    };

    OAuth1Signer(Credentials credentials, QString realm, Algorithm algorithm = Algorithm::HmacSha256);

    // Defaults: 32 random alphanumerics, and this PC's clock in seconds since 1970.
    void setNonceSource(std::function<QString()> nonce) { m_nonce = std::move(nonce); }

    void setTimestampSource(std::function<qint64()> timestamp) { m_timestamp = std::move(timestamp); }

    // oauth_version="1.0" is optional in RFC 5849 (its examples leave it out); NetSuite's examples send it.
    void setIncludeVersion(bool include) { m_includeVersion = include; }

    // `formBody` only when the body is application/x-www-form-urlencoded; otherwise leave it empty.
    Signed sign(const QByteArray &method, const QUrl &url, const QByteArray &formBody = {}) const;

    // RFC 5849 3.6: UTF-8, then every byte except ALPHA / DIGIT / "-" / "." / "_" / "~" as %XX (upper case).
    static QByteArray percentEncode(const QString &text);

    // RFC 5849 3.4.1.2: "scheme://host[:port]/path", scheme and host lower case, port only when not the
    // scheme's default.
    static QByteArray baseStringUri(const QUrl &url);

    // The name/value pairs of a query or form body (RFC 5849 3.4.1.3.1: '+' is a space, then
    // percent-decoding; a name without '=' has an empty value).
    static Parameters decodeForm(const QByteArray &encoded);

    // RFC 5849 3.4.1.3.2: encode each name and value, sort by name then value (bytes), join as
    // name=value with '&'.
    static QByteArray normalizedParameters(const Parameters &parameters);

    // RFC 5849 3.4.1: METHOD&encode(base URI)&encode(normalized parameters).
    static QByteArray baseString(const QByteArray &method, const QUrl &url, const Parameters &parameters);

    // RFC 5849 3.4.2: base64 of HMAC(encode(consumerSecret)&encode(tokenSecret), baseString).
    static QByteArray signature(const QByteArray &baseString, const QString &consumerSecret, const QString &tokenSecret,
                                Algorithm algorithm);

    // "HMAC-SHA256" or "HMAC-SHA1".
    static QString methodName(Algorithm algorithm);

    // The parameters of an `OAuth k="v", ...` header, percent-decoded, realm included; empty when the
    // header is not an OAuth one.
    static Parameters parseAuthorization(const QByteArray &header);

private:
    Credentials m_credentials;
    QString m_realm;
    Algorithm m_algorithm;
    bool m_includeVersion = true;
    std::function<QString()> m_nonce;
    std::function<qint64()> m_timestamp;
};

} // namespace Tidings
