#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

// AWS Signature Version 4 for request headers, written to AWS's published description ("Create a signed AWS
// API request") and checked against AWS's Signature Version 4 test suite (get-vanilla, post-vanilla, ...).
//
// canonical request = METHOD \n canonical URI \n canonical query \n canonical headers \n signed headers \n
//                     hex(SHA-256(payload))
// string to sign    = "AWS4-HMAC-SHA256" \n amz-date \n <date>/<region>/<service>/aws4_request \n
//                     hex(SHA-256(canonical request))
// signing key       = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")
// Authorization     = AWS4-HMAC-SHA256 Credential=<key id>/<scope>, SignedHeaders=<names>, Signature=<hex>
namespace Tidings::SigV4 {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // temporary (STS) credentials only; sent as x-amz-security-token
};

// What gets signed. Every header listed is signed (host and x-amz-date must be among them).
struct Request
{
    QByteArray method;  // "GET", "POST"
    QString path;       // decoded absolute path, e.g. "/v2/email/outbound-emails"; empty → "/"
    QByteArray query;   // as on the wire, without '?': "b=2&a=1"
    HeaderList headers; // any case, any order
    QByteArray payload;
};

struct Signed
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; // "content-type;host;x-amz-date"
    QByteArray signature;     // lower-case hex
    QByteArray authorization; // the Authorization header value
};

// 20150830T123600Z (UTC).
QByteArray amzDate(const QDateTime &when);
// The date part of an amz-date: 20150830.
QByteArray dateStamp(const QByteArray &amzDate);

// RFC 3986 percent-encoding of everything but A-Z a-z 0-9 - _ . ~ ('/' kept when `keepSlash`).
QByteArray uriEncode(const QByteArray &bytes, bool keepSlash);
QByteArray canonicalUri(const QString &path);
QByteArray canonicalQuery(const QByteArray &query);
// Lower-case names, values trimmed and inner runs of spaces collapsed, sorted by name; repeated names joined
// with ','. `signedHeaders` gets the ';'-joined names.
QByteArray canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders);
QByteArray hexSha256(const QByteArray &bytes);

QByteArray signingKey(const QString &secretAccessKey, const QByteArray &dateStamp, const QString &region,
                      const QString &service);

// Signs `request` for `region`/`service` at `amzDate` (which must match the request's x-amz-date header).
Signed sign(const Request &request, const Credentials &credentials, const QString &region, const QString &service,
            const QByteArray &amzDate);

} // namespace Tidings::SigV4
