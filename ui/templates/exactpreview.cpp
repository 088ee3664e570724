#include "templates/exactpreview.h"

#include <QCoreApplication>

#ifdef TIDINGS_HAVE_WEBENGINE
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

bool exactPreviewAvailable()
{
#ifdef TIDINGS_HAVE_WEBENGINE
    return qgetenv("TIDINGS_PREVIEW") != "builtin";
#else
    return false;
#endif
}

void prepareExactPreview()
{
#ifdef TIDINGS_HAVE_WEBENGINE
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // Chromium will not start its sandbox as root (a container, a CI machine): without this the preview stays
    // empty. The page runs no scripts and loads nothing from outside, which is what the sandbox guards against.
    if (geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
#endif
}

#ifdef TIDINGS_HAVE_WEBENGINE

namespace {

bool staysInThePage(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == u"data"_s || scheme == u"about"_s || scheme == u"blob"_s;
}

// Refuses links: the preview shows one message, it does not browse.
class PreviewPage final : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override { return staysInThePage(url); }
};

} // namespace

// Runs on WebEngine's I/O thread, hence the atomic count.
class RemoteRequestBlocker final : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        if (!staysInThePage(info.requestUrl())) {
            info.block(true);
            ++m_refused;
        }
    }

    int refused() const { return m_refused.load(); }

private:
    std::atomic<int> m_refused{0};
};

ExactPreview::ExactPreview(QWidget *parent)
    : QWebEngineView(parent)
{
    setObjectName(u"previewExact"_s);
    // No storage name: off the record, nothing kept on disk. The page owns it (a page must go before its
    // profile), and the profile the interceptor it calls.
    auto *profile = new QWebEngineProfile;
    m_blocker = new RemoteRequestBlocker(profile);
    profile->setUrlRequestInterceptor(m_blocker);
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    auto *page = new PreviewPage(profile, this);
    profile->setParent(page);
    QWebEngineSettings *settings = page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false); // an email runs no scripts
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    // The page is exactly as wide as the width toggle says; the wheel and the keys scroll it.
    settings->setAttribute(QWebEngineSettings::ShowScrollBars, false);
    page->setBackgroundColor(Qt::white); // an email's page is white whatever the desktop's theme
    setPage(page);
    setContextMenuPolicy(Qt::NoContextMenu);
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (ok && m_restoreScroll) {
            // The application's own script world runs even with the page's scripts off.
            this->page()->runJavaScript(u"window.scrollTo(%1, %2);"_s.arg(m_scroll.x()).arg(m_scroll.y()),
                                        QWebEngineScript::ApplicationWorld);
        }
        emit shown(ok);
    });
}

ExactPreview::~ExactPreview() = default;

void ExactPreview::showHtml(const QString &html, const BrandLogo &logo)
{
    m_scroll = page()->scrollPosition();
    m_restoreScroll = !m_scroll.isNull();
    QString shown = html;
    if (!logo.isEmpty()) {
        shown.replace(logo.contentUrl(), u"data:%1;base64,%2"_s.arg(QString::fromLatin1(logo.mimeType),
                                                                    QString::fromLatin1(logo.data.toBase64())));
    }
    // A base address of its own, so relative links point nowhere on this machine.
    setHtml(shown, QUrl(u"about:blank"_s));
}

int ExactPreview::refusedRequests() const
{
    return m_blocker->refused();
}

#endif

} // namespace Tidings::Ui
