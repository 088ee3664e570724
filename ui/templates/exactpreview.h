#pragma once

#include "templates/brandlogo.h"

#include <QtGlobal>

#ifdef TIDINGS_HAVE_WEBENGINE
#include <QWebEngineView>
#endif

namespace Tidings::Ui {

// True when this build draws the email preview with Qt WebEngine (Chromium, like a web mail reader) and the
// owner has not asked for Qt's own view (TIDINGS_PREVIEW=builtin). Without it the preview is Qt's rich text
// view, which draws tables and inline styles but not rounded corners, media queries or every CSS property.
bool exactPreviewAvailable();

// Called before the QApplication exists: what Qt WebEngine needs set first (shared OpenGL contexts; and, for a
// process run as root, which Chromium's sandbox refuses, no sandbox). Does nothing in a build without it.
void prepareExactPreview();

#ifdef TIDINGS_HAVE_WEBENGINE

class RemoteRequestBlocker;

// The email as a web browser draws it (Chromium, through Qt WebEngine), for the preview. Like PreviewBrowser
// it fetches nothing and follows no link: scripts are off, every request leaving the page (remote images,
// links, stylesheets) is refused and counted, and the profile keeps nothing on disk.
class ExactPreview final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExactPreview)

public:
    explicit ExactPreview(QWidget *parent = nullptr);
    ~ExactPreview() override;

    // Shows `html`, keeping the reader's place (shown() when it is drawn). `logo` is the picture the HTML shows
    // as "cid:logo.png" (carried inside the email): shown from memory, as a data: address.
    void showHtml(const QString &html, const BrandLogo &logo = {});

    // How many requests to leave the page were refused since the view was made.
    int refusedRequests() const;

signals:
    void shown(bool ok);

private:
    RemoteRequestBlocker *m_blocker = nullptr; // owned by the profile, which the page owns
    QPointF m_scroll;
    bool m_restoreScroll = false;
};

#endif

} // namespace Tidings::Ui
