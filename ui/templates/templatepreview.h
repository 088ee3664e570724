#pragma once

#include "channels/channeltypeinfo.h"
#include "model/result.h"
#include "store/previewqueries.h"
#include "templates/messagetemplate.h"
#include "templates/previewsamples.h"

#include <QJsonObject>
#include <QTextBrowser>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace Tidings::Ui {

class ExactPreview;

// A QTextBrowser that loads nothing and follows no link: the preview shows the message as the HTML says, and
// opening an address or fetching a remote image is the owner's choice (Open in Browser), never a side effect.
class PreviewBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    using QTextBrowser::QTextBrowser;

    // The logo from a file that the HTML shows as "cid:logo.png": the one picture shown, from the message itself.
    void setLogo(const BrandLogo &logo) { m_logo = logo; }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    BrandLogo m_logo;
};

// The Templates page's right side: the template being edited, rendered the way a customer gets it, on a sample
// order or one of the shop's real orders ("Preview with:"), at desktop (600 px) or phone (375 px) width, as the
// HTML email, its plain text, a Slack message or a text message with its length in SMS parts. Renders
// 150 ms after the last change, so typing stays smooth. A template that does not render says why, in place.
class TemplatePreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePreview)

public:
    enum class Width {
        Desktop, // 600 px, the width most email designs are made for
        Phone,   // 375 px, a common phone screen
    };
    Q_ENUM(Width)

    enum class View {
        Html,
        Text,
        Slack,
        Sms,
    };
    Q_ENUM(View)

    static int pixelsFor(Width width) { return width == Width::Phone ? 375 : 600; }

    explicit TemplatePreview(QWidget *parent = nullptr);
    ~TemplatePreview() override;

    // The "Preview with:" choices: the samples first, then the orders (newest first). The choice is kept
    // when it is still offered.
    void setSamples(const QList<PreviewSample> &samples);
    void setOrders(const QList<PreviewOrder> &orders);
    // Selects the sample or order (PreviewSample::id, or "order:<source id>/<order id>"); false when absent.
    bool selectSource(const QString &key);
    QString currentSourceKey() const;

    // The brand every context is rendered with (a real order's stored brand is replaced: the preview shows
    // what the next message would look like).
    void setBrand(const Brand &brand);

    // What to render, shortly (debounced); the view that matches `kind` comes to the front when it changes.
    void setTemplate(const MessageTemplate &messageTemplate, ChannelKind kind);
    // Renders at once (skipping the wait).
    void renderNow();

    // The context the preview renders with now (the chosen sample or order, with the brand).
    QJsonObject currentContext() const;

    // The last rendering, or why it failed.
    const std::optional<Result<RenderedMessage>> &lastRendering() const { return m_rendered; }

    void setWidth(Width width);

    Width width() const { return m_width; }

    void showView(View view);

    QComboBox *sourceBox() const { return m_source; }

    QToolButton *desktopButton() const { return m_desktop; }

    QToolButton *phoneButton() const { return m_phone; }

    QTabWidget *views() const { return m_views; }

    QLabel *subjectLabel() const { return m_subject; }

    // Qt's view of the email (the quicker one; the only one in a build without Qt WebEngine).
    QTextBrowser *htmlView() const { return m_html; }

    // Whether the email is drawn by Chromium (ExactPreview) rather than htmlView(); see exactPreviewAvailable().
    bool isExactView() const;

    QToolButton *exactButton() const { return m_exactButton; }

#ifdef TIDINGS_HAVE_WEBENGINE
    // Chromium's view of the email (made when first asked for).
    ExactPreview *exactView();
    void setExactView(bool on);
#endif

    QPlainTextEdit *textView() const
    {
        return m_text;
    }

    QTextBrowser *slackView() const
    {
        return m_slack;
    }

    QPlainTextEdit *smsView() const
    {
        return m_sms;
    }

    QLabel *smsCountLabel() const
    {
        return m_smsCount;
    }

    // Shown instead of the message when the template does not render.
    QLabel *problemLabel() const
    {
        return m_problem;
    }

    // Slack's mrkdwn (*bold*, _italic_, ~strike~, `code`, <url|text>) as rough HTML, for the Slack view.
    static QString mrkdwnToHtml(const QString &mrkdwn);

signals:
    // A rendering finished (lastRendering() has it).
    void rendered();
    // Chromium finished drawing the last rendering (with the exact view on).
    void exactShown(bool ok);

#ifdef TIDINGS_HAVE_WEBENGINE
protected:
    void showEvent(QShowEvent *event) override;
#endif

private:
    void rebuildSources();
    void applyWidth();

    QList<PreviewSample> m_samples;
    QList<PreviewOrder> m_orders;
    Brand m_brand;
    MessageTemplate m_template;
    std::optional<ChannelKind> m_kind;
    std::optional<Result<RenderedMessage>> m_rendered;
    Width m_width = Width::Desktop;

    QTimer *m_debounce = nullptr;
    QComboBox *m_source = nullptr;
    QToolButton *m_desktop = nullptr;
    QToolButton *m_phone = nullptr;
    QButtonGroup *m_widths = nullptr;
    QStackedWidget *m_stack = nullptr; // the views, or the problem
    QTabWidget *m_views = nullptr;
    QLabel *m_subject = nullptr;
    QStackedWidget *m_htmlPane = nullptr; // m_html, or m_exact
    PreviewBrowser *m_html = nullptr;
    ExactPreview *m_exact = nullptr;
    QToolButton *m_exactButton = nullptr;
    bool m_exactPending = false; // rendered while hidden: Chromium draws it when the preview is shown
    QPlainTextEdit *m_text = nullptr;
    PreviewBrowser *m_slack = nullptr;
    QPlainTextEdit *m_sms = nullptr;
    QLabel *m_smsCount = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Tidings::Ui
