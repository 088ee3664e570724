#include "browserplayer.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace Tidings::Test {

void BrowserPlayer::open(const QUrl &url)
{
    opened.append(url);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QUrl location = QUrl(QString::fromUtf8(reply->rawHeader("Location")));
        if (!location.isValid() || location.isEmpty()) {
            return;
        }
        QNetworkReply *back = m_network.get(QNetworkRequest(location));
        connect(back, &QNetworkReply::finished, this, [this, back] {
            back->deleteLater();
            loopbackStatus = back->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        });
    });
}

} // namespace Tidings::Test
