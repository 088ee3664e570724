#include "channels/sigv4signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::SigV4 {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '~';
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Trims and collapses runs of spaces to one, as the canonical header value requires.
QByteArray canonicalValue(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    bool space = false;
    for (const char c : value.trimmed()) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space) {
            out.append(' ');
            space = false;
        }
        out.append(c);
    }
    return out;
}

} // namespace

QByteArray amzDate(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray dateStamp(const QByteArray &amzDate)
{
    return amzDate.left(8);
}

QByteArray uriEncode(const QByteArray &bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0x0f]);
        }
    }
    return out;
}

QByteArray canonicalUri(const QString &path)
{
    if (path.isEmpty()) {
        return QByteArrayLiteral("/");
    }
    return uriEncode(path.toUtf8(), true);
}

QByteArray canonicalQuery(const QByteArray &query)
{
    QList<std::pair<QByteArray, QByteArray>> params;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype equals = part.indexOf('=');
        const QByteArray name = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        // Decode what the wire form encoded, then encode the AWS way.
        params.append({uriEncode(QByteArray::fromPercentEncoding(name), false),
                       uriEncode(QByteArray::fromPercentEncoding(value), false)});
    }
    std::sort(params.begin(), params.end());
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty()) {
            out.append('&');
        }
        out.append(name).append('=').append(value);
    }
    return out;
}

QByteArray canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders)
{
    QList<std::pair<QByteArray, QByteArray>> lowered;
    for (const auto &[name, value] : headers) {
        const QByteArray key = name.trimmed().toLower();
        const QByteArray canonical = canonicalValue(value);
        auto existing =
            std::find_if(lowered.begin(), lowered.end(), [&](const auto &entry) { return entry.first == key; });
        if (existing != lowered.end()) {
            existing->second.append(',').append(canonical);
        } else {
            lowered.append({key, canonical});
        }
    }
    std::sort(lowered.begin(), lowered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    QByteArray names;
    for (const auto &[name, value] : lowered) {
        out.append(name).append(':').append(value).append('\n');
        if (!names.isEmpty()) {
            names.append(';');
        }
        names.append(name);
    }
    if (signedHeaders) {
        *signedHeaders = names;
    }
    return out;
}

QByteArray hexSha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray signingKey(const QString &secretAccessKey, const QByteArray &dateStamp, const QString &region,
                      const QString &service)
{
    const QByteArray kDate = hmac(QByteArrayLiteral("AWS4") + secretAccessKey.toUtf8(), dateStamp);
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, QByteArrayLiteral("aws4_request"));
}

Signed sign(const Request &request, const Credentials &credentials, const QString &region, const QString &service,
            const QByteArray &amzDate)
{
    Signed out;
    const QByteArray headers = canonicalHeaders(request.headers, &out.signedHeaders);
    out.canonicalRequest = request.method.toUpper() + '\n' + canonicalUri(request.path) + '\n' +
                           canonicalQuery(request.query) + '\n' + headers + '\n' + out.signedHeaders + '\n' +
                           hexSha256(request.payload);
    const QByteArray date = dateStamp(amzDate);
    const QByteArray scope = date + '/' + region.toUtf8() + '/' + service.toUtf8() + QByteArrayLiteral("/aws4_request");
    out.stringToSign =
        QByteArrayLiteral("AWS4-HMAC-SHA256\n") + amzDate + '\n' + scope + '\n' + hexSha256(out.canonicalRequest);
    out.signature = hmac(signingKey(credentials.secretAccessKey, date, region, service), out.stringToSign).toHex();
    out.authorization = QByteArrayLiteral("AWS4-HMAC-SHA256 Credential=") + credentials.accessKeyId.toUtf8() + '/' +
                        scope + QByteArrayLiteral(", SignedHeaders=") + out.signedHeaders +
                        QByteArrayLiteral(", Signature=") + out.signature;
    return out;
}

} // namespace Tidings::SigV4
