#include "sources/urltoken.h"

#include "sources/hmac.h"

namespace Tidings {

QByteArray queryParameter(const QByteArray &target, QByteArrayView name)
{
    const qsizetype question = target.indexOf('?');
    if (question < 0) {
        return {};
    }
    qsizetype end = target.indexOf('#', question);
    if (end < 0) {
        end = target.size();
    }
    const QByteArrayView query = QByteArrayView(target).sliced(question + 1, end - question - 1);
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype ampersand = query.indexOf('&', start);
        if (ampersand < 0) {
            ampersand = query.size();
        }
        const QByteArrayView pair = query.sliced(start, ampersand - start);
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView key = equals < 0 ? pair : pair.first(equals);
        if (QByteArray::fromPercentEncoding(key.toByteArray()) == name) {
            const QByteArray value =
                equals < 0 ? QByteArray("") : QByteArray::fromPercentEncoding(pair.sliced(equals + 1).toByteArray());
            return value.isNull() ? QByteArray("") : value;
        }
        start = ampersand + 1;
    }
    return {};
}

bool urlTokenMatches(const QByteArray &target, const QByteArray &secret)
{
    if (secret.isEmpty()) {
        return false;
    }
    const QByteArray token = queryParameter(target, "token");
    return !token.isEmpty() && constantTimeEquals(token, secret);
}

} // namespace Tidings
