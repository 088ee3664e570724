#include "fakes/webhookclient.h"

#include "fakes/testsupport.h"

#include <QNetworkReply>
#include <QSignalSpy>

namespace Tidings::Test {

WebhookClient::Answer WebhookClient::postShopify(const QUrl &url, const QByteArray &body, const QByteArray &topic,
                                                 const QByteArray &secret, const QByteArray &webhookId,
                                                 const QByteArray &eventId)
{
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"X-Shopify-Topic", topic},
        {"X-Shopify-Hmac-Sha256", shopifySignature(body, secret)},
        {"X-Shopify-Shop-Domain", "juniper-pine.myshopify.com"},
        {"X-Shopify-API-Version", "2024-10"},
        {"X-Shopify-Webhook-Id", webhookId},
    };
    if (!eventId.isEmpty()) {
        headers.append({"X-Shopify-Event-Id", eventId});
    }
    return post(url, body, headers);
}

WebhookClient::Answer WebhookClient::post(const QUrl &url, const QByteArray &body,
                                          const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(10000);
    }
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                  reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
    reply->deleteLater();
    return answer;
}

} // namespace Tidings::Test
