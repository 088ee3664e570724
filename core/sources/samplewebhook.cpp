#include "sources/samplewebhook.h"

#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Tidings::Sample {

QString testReference()
{
    return u"TEST-%1"_s.arg(QRandomGenerator::system()->bounded(10000000, 99999999));
}

WebhookRequest request(const SourceConfig &source, const QByteArray &body, const QByteArray &contentType,
                       const QByteArray &query)
{
    WebhookRequest request;
    request.sourceId = source.id;
    request.target = "/webhooks/" + QUrl::toPercentEncoding(source.id);
    if (!query.isEmpty()) {
        request.target += '?' + query;
    }
    request.body = body;
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.headers.insert(QByteArrayLiteral("content-type"), contentType);
    return request;
}

} // namespace Tidings::Sample
