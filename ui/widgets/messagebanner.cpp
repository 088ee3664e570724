#include "widgets/messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int IconSize = 22;

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_icon->setObjectName(u"messageBannerIcon"_s);
    m_icon->setFixedSize(IconSize, IconSize);
    m_icon->setAlignment(Qt::AlignTop);

    m_text->setObjectName(u"messageBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_close->setObjectName(u"messageBannerClose"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    updateIcon();
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &details)
{
    m_kind = kind;
    m_text->setText(text);
    m_text->setToolTip(details);
    setAccessibleName(kind == Kind::Error ? tr("Error") : kind == Kind::Warning ? tr("Warning") : tr("Information"));
    setAccessibleDescription(text);
    updateIcon();
    show();
    update();
}

void MessageBanner::setAction(const QString &text)
{
    if (!m_action && !text.isEmpty()) {
        // Made on first use: most banners only tell.
        m_action = new QPushButton(this);
        m_action->setObjectName(u"messageBannerAction"_s);
        connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
        auto *row = static_cast<QHBoxLayout *>(layout());
        row->insertWidget(row->indexOf(m_close), m_action, 0, Qt::AlignVCenter);
    }
    if (m_action) {
        m_action->setText(text);
        m_action->setVisible(!text.isEmpty());
    }
}

void MessageBanner::setDismissible(bool dismissible)
{
    m_close->setVisible(dismissible);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::details() const
{
    return m_text->toolTip();
}

void MessageBanner::dismiss()
{
    if (isHidden()) {
        return;
    }
    hide();
    emit dismissed();
}

void MessageBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = accentColor();
    const QColor window = palette().color(QPalette::Window);
    painter.setPen(QPen(blend(window, accent, 0.55), 1));
    painter.setBrush(blend(window, accent, 0.14));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange) {
        updateIcon();
    }
}

void MessageBanner::updateIcon()
{
    const auto standard = m_kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                          : m_kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(standard).pixmap(IconSize, IconSize));
}

QColor MessageBanner::accentColor() const
{
    switch (m_kind) {
    case Kind::Error:
        return QColor(0xda, 0x44, 0x53);
    case Kind::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Kind::Information:
        return QColor(0x3d, 0xae, 0xe9);
    }
    return palette().color(QPalette::Highlight);
}

} // namespace Tidings::Ui
