#include "monitor/activitychart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

const QColor EventsColor(0x9a, 0xa5, 0xb1);
const QColor SentColor(0x27, 0xae, 0x60);
const QColor FailedColor(0xc0, 0x39, 0x2b);

} // namespace

ActivityChart::ActivityChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"activityChart"_s);
    setAccessibleName(tr("Activity in the last 24 hours"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

ActivityChart::~ActivityChart() = default;

void ActivityChart::setHours(const QList<HourActivity> &hours)
{
    if (hours == m_hours) {
        return;
    }
    m_hours = hours;
    int events = 0;
    int sent = 0;
    int failed = 0;
    for (const HourActivity &hour : hours) {
        events += hour.events;
        sent += hour.sent;
        failed += hour.failed;
    }
    setAccessibleDescription(
        tr("In the last 24 hours: %1 events, %2 messages sent, %3 failed.")
            .arg(QLocale().toString(events), QLocale().toString(sent), QLocale().toString(failed)));
    update();
}

QSize ActivityChart::sizeHint() const
{
    return {24 * 12, fontMetrics().height() * 3};
}

QSize ActivityChart::minimumSizeHint() const
{
    return {24 * 4, fontMetrics().height() * 2};
}

QRectF ActivityChart::slot(int index) const
{
    const qreal width = qreal(this->width()) / 24.0;
    return {index * width, 0, width, qreal(height())};
}

int ActivityChart::hourAt(const QPoint &position) const
{
    if (m_hours.isEmpty() || !rect().contains(position)) {
        return -1;
    }
    return std::clamp(int(position.x() * 24 / std::max(1, width())), 0, int(m_hours.size()) - 1);
}

QString ActivityChart::hourText(int index) const
{
    if (index < 0 || index >= m_hours.size()) {
        return {};
    }
    const HourActivity &hour = m_hours.at(index);
    const QLocale locale;
    const QString from = locale.toString(hour.start.toLocalTime().time(), QLocale::ShortFormat);
    const QString to = locale.toString(hour.start.addSecs(3600).toLocalTime().time(), QLocale::ShortFormat);
    return tr("%1–%2: %3 events, %4 sent, %5 failed")
        .arg(from, to, locale.toString(hour.events), locale.toString(hour.sent), locale.toString(hour.failed));
}

bool ActivityChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hour = hourAt(help->pos());
        if (hour < 0) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), hourText(hour), this, slot(hour).toRect());
        }
        return true;
    }
    return QWidget::event(event);
}

void ActivityChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = palette().color(QPalette::Base);
    painter.setPen(Qt::NoPen);
    painter.setBrush(base);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);

    int peak = 1;
    for (const HourActivity &hour : std::as_const(m_hours)) {
        peak = std::max({peak, hour.events, hour.sent + hour.failed});
    }
    const qreal top = 3;
    const qreal usable = height() - 2 * top;
    const auto barHeight = [&](int count) { return count == 0 ? 0.0 : std::max(1.5, usable * count / peak); };
    for (int i = 0; i < m_hours.size(); ++i) {
        const HourActivity &hour = m_hours.at(i);
        const QRectF cell = slot(i).adjusted(1.5, top, -1.5, -top);
        const qreal half = cell.width() / 2;
        // Events on the left half, what was sent (and on top what failed) on the right.
        const qreal events = barHeight(hour.events);
        painter.setBrush(EventsColor);
        painter.drawRect(QRectF(cell.left(), cell.bottom() - events, half - 0.5, events));
        const qreal sent = barHeight(hour.sent);
        painter.setBrush(SentColor);
        painter.drawRect(QRectF(cell.left() + half, cell.bottom() - sent, half - 0.5, sent));
        const qreal failed = barHeight(hour.failed);
        painter.setBrush(FailedColor);
        painter.drawRect(QRectF(cell.left() + half, cell.bottom() - sent - failed, half - 0.5, failed));
    }
}

} // namespace Tidings::Ui
