#include "sources/polling/oauth1signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

QString randomNonce()
{
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString nonce;
    nonce.reserve(32);
    for (int i = 0; i < 32; ++i) {
        nonce.append(QLatin1Char(Alphabet[QRandomGenerator::system()->bounded(int(sizeof(Alphabet) - 1))]));
    }
    return nonce;
}

QByteArray formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QByteArray::fromPercentEncoding(part);
}

} // namespace

OAuth1Signer::OAuth1Signer(Credentials credentials, QString realm, Algorithm algorithm)
    : m_credentials(std::move(credentials))
    , m_realm(std::move(realm))
    , m_algorithm(algorithm)
    , m_nonce(randomNonce)
    , m_timestamp([] { return QDateTime::currentSecsSinceEpoch(); })
{}

QByteArray OAuth1Signer::percentEncode(const QString &text)
{
    // QByteArray::toPercentEncoding leaves exactly the RFC 3986 unreserved set and writes upper-case hex.
    return text.toUtf8().toPercentEncoding();
}

QByteArray OAuth1Signer::baseStringUri(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    QByteArray uri = scheme.toLatin1() + "://" + url.host(QUrl::FullyEncoded).toLower().toLatin1();
    const int port = url.port();
    if (port != -1 && !((scheme == "http"_L1 && port == 80) || (scheme == "https"_L1 && port == 443))) {
        uri += ':' + QByteArray::number(port);
    }
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty()) {
        path = "/";
    }
    return uri + path;
}

OAuth1Signer::Parameters OAuth1Signer::decodeForm(const QByteArray &encoded)
{
    Parameters parameters;
    if (encoded.isEmpty()) {
        return parameters;
    }
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        parameters.append({QString::fromUtf8(formDecode(name)), QString::fromUtf8(formDecode(value))});
    }
    return parameters;
}

QByteArray OAuth1Signer::normalizedParameters(const Parameters &parameters)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(parameters.size());
    for (const auto &[name, value] : parameters) {
        encoded.append({percentEncode(name), percentEncode(value)});
    }
    std::sort(encoded.begin(), encoded.end());
    QByteArray joined;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!joined.isEmpty()) {
            joined += '&';
        }
        joined += name + '=' + value;
    }
    return joined;
}

QByteArray OAuth1Signer::baseString(const QByteArray &method, const QUrl &url, const Parameters &parameters)
{
    return method.toUpper() + '&' + percentEncode(QString::fromLatin1(baseStringUri(url))) + '&' +
           percentEncode(QString::fromLatin1(normalizedParameters(parameters)));
}

QByteArray OAuth1Signer::signature(const QByteArray &baseString, const QString &consumerSecret,
                                   const QString &tokenSecret, Algorithm algorithm)
{
    const QByteArray key = percentEncode(consumerSecret) + '&' + percentEncode(tokenSecret);
    const auto hash = algorithm == Algorithm::HmacSha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    return QMessageAuthenticationCode::hash(baseString, key, hash).toBase64();
}

QString OAuth1Signer::methodName(Algorithm algorithm)
{
    return algorithm == Algorithm::HmacSha256 ? u"HMAC-SHA256"_s : u"HMAC-SHA1"_s;
}

OAuth1Signer::Signed OAuth1Signer::sign(const QByteArray &method, const QUrl &url, const QByteArray &formBody) const
{
    Parameters oauth = {
        {u"oauth_consumer_key"_s, m_credentials.consumerKey},
        {u"oauth_token"_s, m_credentials.token},
        {u"oauth_signature_method"_s, methodName(m_algorithm)},
        {u"oauth_timestamp"_s, QString::number(m_timestamp())},
        {u"oauth_nonce"_s, m_nonce()},
    };
    if (m_includeVersion) {
        oauth.append({u"oauth_version"_s, u"1.0"_s});
    }
    Parameters all = decodeForm(url.query(QUrl::FullyEncoded).toLatin1());
    all.append(decodeForm(formBody));
    all.append(oauth);

    Signed result;
    result.baseString = baseString(method, url, all);
    result.signature =
        signature(result.baseString, m_credentials.consumerSecret, m_credentials.tokenSecret, m_algorithm);
    oauth.append({u"oauth_signature"_s, QString::fromLatin1(result.signature)});

    QByteArray header = "OAuth ";
    if (!m_realm.isEmpty()) {
        header += "realm=\"" + percentEncode(m_realm) + "\", ";
    }
    for (qsizetype i = 0; i < oauth.size(); ++i) {
        header += percentEncode(oauth.at(i).first) + "=\"" + percentEncode(oauth.at(i).second) + '"';
        if (i + 1 < oauth.size()) {
            header += ", ";
        }
    }
    result.authorization = header;
    return result;
}

OAuth1Signer::Parameters OAuth1Signer::parseAuthorization(const QByteArray &header)
{
    Parameters parameters;
    const QByteArray trimmed = header.trimmed();
    if (!trimmed.startsWith("OAuth ")) {
        return parameters;
    }
    for (const QByteArray &part : trimmed.mid(6).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0) {
            continue;
        }
        QByteArray value = item.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
            value = value.mid(1, value.size() - 2);
        }
        parameters.append({QString::fromUtf8(QByteArray::fromPercentEncoding(item.left(equals).trimmed())),
                           QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return parameters;
}

} // namespace Tidings
