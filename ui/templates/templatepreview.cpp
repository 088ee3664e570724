#include "templates/templatepreview.h"

#include "templates/exactpreview.h"
#include "templates/samplescenarios.h"
#include "templates/smssegments.h"
#include "templates/templaterenderer.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

constexpr int DebounceMs = 150;

QString orderKey(const PreviewOrder &order)
{
    return u"order:"_s + order.sourceId + u'/' + order.orderId;
}

// A view inside its tab: left-aligned, so its width is what the toggle says and the rest stays empty.
QWidget *holder(QWidget *top, QWidget *view, QWidget *below = nullptr)
{
    auto *page = new QWidget;
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    if (top) {
        column->addWidget(top);
    }
    column->addWidget(view, 1);
    if (below) {
        column->addWidget(below);
    }
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(4, 4, 4, 4);
    row->addLayout(column);
    row->addStretch(1);
    return page;
}

// Qt's rich text ignores display:none, so an email's hidden preheader (the line mail programs show beside the
// subject in the inbox) would show at the top of the message. Mail programs hide it; so does the preview.
// Only for the in-window view: Open in Browser and Send Test get the HTML as rendered.
QString withoutHiddenBlocks(const QString &html)
{
    static const QRegularExpression hidden(
        u"<(div|span|p)\\b[^>]*style\\s*=\\s*\"[^\"]*display\\s*:\\s*none[^\"]*\"[^>]*>.*?</\\1>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QString shown = html;
    shown.remove(hidden);
    return shown;
}

} // namespace

QVariant PreviewBrowser::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && !m_logo.isEmpty() && name.toString() == m_logo.contentUrl()) {
        return QImage::fromData(m_logo.data); // carried inside the email
    }
    return {}; // no remote images, no local files: the message as its HTML says, nothing fetched
}

TemplatePreview::TemplatePreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"templatePreview"_s);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TemplatePreview::renderNow);

    m_source = new QComboBox(this);
    m_source->setObjectName(u"previewSourceBox"_s);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(18);
    m_source->setToolTip(tr("Show the message with a made-up order, or with one of your shop's recent orders "
                            "exactly as its last message saw it"));
    auto *sourceLabel = new QLabel(tr("Preview &with:"), this);
    sourceLabel->setBuddy(m_source);
    connect(m_source, &QComboBox::currentIndexChanged, this, &TemplatePreview::renderNow);

    m_desktop = new QToolButton(this);
    m_desktop->setObjectName(u"previewDesktopButton"_s);
    m_desktop->setText(tr("&Desktop"));
    m_desktop->setToolTip(tr("600 pixels wide, as most mail programs on a computer show it"));
    m_phone = new QToolButton(this);
    m_phone->setObjectName(u"previewPhoneButton"_s);
    m_phone->setText(tr("P&hone"));
    m_phone->setToolTip(tr("375 pixels wide, as a phone shows it"));
    m_widths = new QButtonGroup(this);
    for (QToolButton *button : {m_desktop, m_phone}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_widths->addButton(button);
    }
    m_desktop->setChecked(true);
    connect(m_desktop, &QToolButton::toggled, this, [this](bool on) {
        if (on) {
            setWidth(Width::Desktop);
        }
    });
    connect(m_phone, &QToolButton::toggled, this, [this](bool on) {
        if (on) {
            setWidth(Width::Phone);
        }
    });

    // Chromium's drawing of the email (as a web mail reader shows it) or Qt's quicker, rougher one.
    m_exactButton = new QToolButton(this);
    m_exactButton->setObjectName(u"previewExactButton"_s);
    m_exactButton->setText(tr("Exact"));
    m_exactButton->setToolTip(tr("Draws the email as a web browser does (rounded corners, phone layout, every "
                                 "style). Off: a quicker view that draws the layout roughly"));
    m_exactButton->setCheckable(true);
    m_exactButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
#ifdef TIDINGS_HAVE_WEBENGINE
    m_exactButton->setChecked(exactPreviewAvailable());
    connect(m_exactButton, &QToolButton::toggled, this, &TemplatePreview::setExactView);
#else
    m_exactButton->hide(); // this build has no Qt WebEngine
#endif

    auto *top = new QHBoxLayout;
    top->addWidget(sourceLabel);
    top->addWidget(m_source, 1);
    top->addSpacing(8);
    top->addWidget(m_desktop);
    top->addWidget(m_phone);
    top->addWidget(m_exactButton);

    m_subject = new QLabel(this);
    m_subject->setObjectName(u"previewSubject"_s);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_html = new PreviewBrowser(this);
    m_html->setObjectName(u"previewHtml"_s);
    m_html->setAccessibleName(tr("Email preview"));
    m_html->setOpenLinks(false);
    m_html->setOpenExternalLinks(false);
    // An email's page is white whatever the desktop's theme; the template sets its own colours on top.
    QPalette paper = m_html->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    m_html->setPalette(paper);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"previewText"_s);
    m_text->setAccessibleName(tr("Plain text preview"));
    m_text->setReadOnly(true);
    m_slack = new PreviewBrowser(this);
    m_slack->setObjectName(u"previewSlack"_s);
    m_slack->setAccessibleName(tr("Slack preview"));
    m_slack->setOpenLinks(false);
    m_sms = new QPlainTextEdit(this);
    m_sms->setObjectName(u"previewSms"_s);
    m_sms->setAccessibleName(tr("Text message preview"));
    m_sms->setReadOnly(true);
    m_smsCount = new QLabel(this);
    m_smsCount->setObjectName(u"previewSmsCount"_s);
    for (QAbstractScrollArea *view : std::initializer_list<QAbstractScrollArea *>{m_html, m_text, m_slack, m_sms}) {
        // Always there, so the page inside is exactly as wide as the toggle says.
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    }

    m_views = new QTabWidget(this);
    m_views->setObjectName(u"previewViews"_s);
    m_views->setDocumentMode(true);
    m_htmlPane = new QStackedWidget(this);
    m_htmlPane->setObjectName(u"previewHtmlPane"_s);
    m_htmlPane->addWidget(m_html);
    m_views->addTab(holder(m_subject, m_htmlPane), tr("HT&ML"));
    m_views->addTab(holder(nullptr, m_text), tr("Plain &text"));
    m_views->addTab(holder(nullptr, m_slack), tr("S&lack"));
    m_views->addTab(holder(nullptr, m_sms, m_smsCount), tr("&SMS"));

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"previewScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_views);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"previewProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setMargin(fontMetrics().height());
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setFocusPolicy(Qt::StrongFocus);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_problem);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    applyWidth();
}

TemplatePreview::~TemplatePreview() = default;

void TemplatePreview::setSamples(const QList<PreviewSample> &samples)
{
    m_samples = samples;
    rebuildSources();
}

void TemplatePreview::setOrders(const QList<PreviewOrder> &orders)
{
    m_orders = orders;
    rebuildSources();
}

void TemplatePreview::rebuildSources()
{
    const QString kept = currentSourceKey();
    {
        const QSignalBlocker block(m_source);
        m_source->clear();
        for (const PreviewSample &sample : std::as_const(m_samples)) {
            m_source->addItem(sample.name, sample.id);
        }
        if (!m_orders.isEmpty()) {
            m_source->insertSeparator(m_source->count());
        }
        for (const PreviewOrder &order : std::as_const(m_orders)) {
            const QString label = order.customerName.isEmpty()
                                      ? tr("Order %1").arg(order.orderNumber)
                                      : tr("Order %1 — %2").arg(order.orderNumber, order.customerName);
            m_source->addItem(label, orderKey(order));
        }
        const int index = m_source->findData(kept);
        m_source->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (currentSourceKey() != kept) {
        renderNow();
    }
}

bool TemplatePreview::selectSource(const QString &key)
{
    const int index = m_source->findData(key);
    if (index < 0) {
        return false;
    }
    m_source->setCurrentIndex(index);
    return true;
}

QString TemplatePreview::currentSourceKey() const
{
    return m_source->currentData().toString();
}

void TemplatePreview::setBrand(const Brand &brand)
{
    m_brand = brand;
    m_debounce->start();
}

void TemplatePreview::setTemplate(const MessageTemplate &messageTemplate, ChannelKind kind)
{
    m_template = messageTemplate;
    if (m_kind != kind) {
        m_kind = kind;
        switch (kind) {
        case ChannelKind::Chat:
            showView(View::Slack);
            break;
        case ChannelKind::Sms:
            showView(View::Sms);
            break;
        case ChannelKind::Email:
        case ChannelKind::Automation:
            showView(View::Html);
            break;
        }
    }
    m_debounce->start();
}

QJsonObject TemplatePreview::currentContext() const
{
    const QString key = currentSourceKey();
    for (const PreviewSample &sample : m_samples) {
        if (sample.id == key) {
            // The scenario's order as the event this template is sent for (paid, shipped, delivered, ...), or its
            // product for a back-in-stock template.
            auto scenario = SampleScenarios::find(sample.id);
            if (!scenario) {
                return TemplateRenderer::buildContext(sample.event, m_brand);
            }
            // A template in another language goes to customers who read it: the sample's money and dates too.
            if (!m_template.language.isEmpty()) {
                scenario->event.customerLocale = m_template.language;
            }
            return SampleScenarios::contextFor(*scenario, m_template.id, m_brand);
        }
    }
    for (const PreviewOrder &order : m_orders) {
        if (orderKey(order) == key) {
            QJsonObject context = order.context;
            TemplateRenderer::applyBrand(context, m_brand);
            return context;
        }
    }
    return TemplateRenderer::buildContext(OrderEvent(), m_brand);
}

void TemplatePreview::renderNow()
{
    m_debounce->stop();
    m_rendered = TemplateRenderer::render(m_template, currentContext());
    if (!*m_rendered) {
        const Error &error = m_rendered->error();
        m_problem->setText(tr("This template cannot be shown yet:\n\n%1\n\nCustomers would get no message from it "
                              "until this is fixed.")
                               .arg(error.message));
        m_problem->setToolTip(error.detail);
        m_stack->setCurrentWidget(m_problem);
        emit rendered();
        return;
    }
    const RenderedMessage &message = m_rendered->value();
    m_subject->setText(tr("Subject: %1").arg(message.subject));
#ifdef TIDINGS_HAVE_WEBENGINE
    if (m_exactButton->isChecked()) {
        // Chromium starts only when the preview is on screen; the window's other pages render for nothing else.
        m_exactPending = !isVisible();
        if (!m_exactPending) {
            // As sent: Chromium hides the hidden preheader itself.
            exactView()->showHtml(message.html, m_brand.logoFile);
        }
    } else
#endif
    {
        // Keep the reader's place while they type.
        const int htmlScroll = m_html->verticalScrollBar()->value();
        m_html->setLogo(m_brand.logoFile);
        m_html->setHtml(withoutHiddenBlocks(message.html));
        m_html->verticalScrollBar()->setValue(htmlScroll);
    }
    m_text->setPlainText(message.text);
    QString slack = u"<p><b>"_s + message.subject.toHtmlEscaped() + u"</b></p>"_s + mrkdwnToHtml(message.text);
    m_slack->setHtml(slack);
    m_sms->setPlainText(message.text);
    const SmsSegments count = SmsSegments::count(message.text);
    const QString parts = tr("%n part(s)", nullptr, count.segments);
    const QString characters = tr("%n character(s)", nullptr, count.characters);
    m_smsCount->setText(count.encoding == SmsSegments::Encoding::Ucs2
                            ? tr("%1, %2 (it has special characters, so fewer fit in each part)").arg(parts, characters)
                            : tr("%1, %2").arg(parts, characters));
    m_stack->setCurrentIndex(0);
    emit rendered();
}

void TemplatePreview::setWidth(Width width)
{
    m_width = width;
    {
        const QSignalBlocker desktop(m_desktop);
        const QSignalBlocker phone(m_phone);
        m_desktop->setChecked(width == Width::Desktop);
        m_phone->setChecked(width == Width::Phone);
    }
    applyWidth();
}

void TemplatePreview::applyWidth()
{
    const int pixels = pixelsFor(m_width);
    for (QAbstractScrollArea *view : std::initializer_list<QAbstractScrollArea *>{m_html, m_text, m_slack}) {
        // The page inside (the viewport) is exactly `pixels` wide: the frame and the scroll bar come on top.
        const int scrollBar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
        view->setFixedWidth(pixels + 2 * view->frameWidth() + scrollBar);
    }
    int paneWidth = m_html->minimumWidth();
#ifdef TIDINGS_HAVE_WEBENGINE
    if (m_exact) {
        m_exact->setFixedWidth(pixels);
        if (m_htmlPane->currentWidget() == m_exact) {
            paneWidth = m_exact->minimumWidth();
        }
    }
#endif
    m_htmlPane->setFixedWidth(paneWidth);
    m_subject->setFixedWidth(paneWidth);
    // A text message is read on a phone whatever the toggle says.
    const int smsScrollBar = m_sms->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_sms);
    m_sms->setFixedWidth(pixelsFor(Width::Phone) + 2 * m_sms->frameWidth() + smsScrollBar);
}

bool TemplatePreview::isExactView() const
{
    return m_exactButton->isChecked();
}

#ifdef TIDINGS_HAVE_WEBENGINE
ExactPreview *TemplatePreview::exactView()
{
    if (!m_exact) {
        // Made when first wanted: Chromium starts a process of its own.
        m_exact = new ExactPreview(m_htmlPane);
        m_exact->setAccessibleName(tr("Email preview"));
        m_htmlPane->addWidget(m_exact);
        connect(m_exact, &ExactPreview::shown, this, &TemplatePreview::exactShown);
        if (m_exactButton->isChecked()) {
            m_htmlPane->setCurrentWidget(m_exact);
        }
        applyWidth();
    }
    return m_exact;
}

void TemplatePreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_exactPending) {
        m_exactPending = false;
        if (m_rendered && *m_rendered) {
            exactView()->showHtml(m_rendered->value().html, m_brand.logoFile);
        }
    }
}

void TemplatePreview::setExactView(bool on)
{
    {
        const QSignalBlocker block(m_exactButton);
        m_exactButton->setChecked(on);
    }
    m_htmlPane->setCurrentWidget(on ? static_cast<QWidget *>(exactView()) : m_html);
    applyWidth();
    renderNow();
}
#endif

void TemplatePreview::showView(View view)
{
    m_views->setCurrentIndex(static_cast<int>(view));
}

QString TemplatePreview::mrkdwnToHtml(const QString &mrkdwn)
{
    QString html = mrkdwn.toHtmlEscaped();
    // Links first (<url|text> arrived escaped as &lt;url|text&gt;), so their text can still be bold.
    static const QRegularExpression link(u"&lt;(https?://[^|&\\s]+)\\|([^&]*)&gt;"_s);
    html.replace(link, u"<a href=\"\\1\">\\2</a>"_s);
    static const QRegularExpression bareLink(u"&lt;(https?://[^|&\\s]+)&gt;"_s);
    html.replace(bareLink, u"<a href=\"\\1\">\\1</a>"_s);
    static const QRegularExpression code(u"`([^`\\n]+)`"_s);
    html.replace(code, u"<code>\\1</code>"_s);
    static const QRegularExpression bold(u"(^|[\\s(])\\*([^*\\n]+)\\*"_s);
    html.replace(bold, u"\\1<b>\\2</b>"_s);
    static const QRegularExpression italic(u"(^|[\\s(])_([^_\\n]+)_"_s);
    html.replace(italic, u"\\1<i>\\2</i>"_s);
    static const QRegularExpression strike(u"(^|[\\s(])~([^~\\n]+)~"_s);
    html.replace(strike, u"\\1<s>\\2</s>"_s);
    html.replace(u'\n', u"<br>"_s);
    return html;
}

} // namespace Tidings::Ui
