#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace Tidings::Test {

// Plays the owner's browser for sign-in tests: install it with QDesktopServices::setUrlHandler("http", player,
// "open") (and unset it in cleanupTestCase). It opens the authorize page without following its redirect, then
// goes where that page sends the browser, as a browser does with a 302 to the loopback address.
class BrowserPlayer final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;
    int loopbackStatus = 0; // what Tidings' loopback page answered

    void reset()
    {
        opened.clear();
        loopbackStatus = 0;
    }

public slots:
    void open(const QUrl &url);

private:
    QNetworkAccessManager m_network;
};

} // namespace Tidings::Test
