#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Tidings::Test {

// Posts webhooks the way the platforms do and waits for the answer (on a signal, never a sleep).
class WebhookClient final
{
public:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
    };

    Answer postShopify(const QUrl &url, const QByteArray &body, const QByteArray &topic, const QByteArray &secret,
                       const QByteArray &webhookId, const QByteArray &eventId = {});
    // Posts `body` with the given headers; Content-Type is application/json unless `headers` names another.
    Answer post(const QUrl &url, const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers);

private:
    QNetworkAccessManager m_network;
};

} // namespace Tidings::Test
