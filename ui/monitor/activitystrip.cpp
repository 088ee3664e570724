#include "monitor/activitystrip.h"

#include "monitor/activitychart.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

ActivityStrip::ActivityStrip(QSqlDatabase db, QWidget *parent, Now now)
    : QWidget(parent)
    , m_queries(std::move(db))
    , m_now(now ? std::move(now) : Now([] { return QDateTime::currentDateTimeUtc(); }))
    , m_counts(new QLabel(this))
    , m_chart(new ActivityChart(this))
{
    setObjectName(u"activityStrip"_s);
    m_counts->setObjectName(u"activityCounts"_s);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setFixedHeight(fontMetrics().height() * 2);
    m_chart->setMaximumWidth(24 * 14);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *chartLabel = new QLabel(tr("Last 24 hours:"), this);
    chartLabel->setBuddy(m_chart);
    layout->addWidget(m_counts, 1);
    layout->addWidget(chartLabel);
    layout->addWidget(m_chart, 1);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(1000);
    connect(&m_coalesce, &QTimer::timeout, this, &ActivityStrip::refresh);
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &ActivityStrip::refresh);
    m_tick.start();
    refresh();
}

ActivityStrip::~ActivityStrip() = default;

void ActivityStrip::scheduleRefresh()
{
    if (!m_coalesce.isActive()) {
        m_coalesce.start();
    }
}

QString ActivityStrip::countsText() const
{
    return m_counts->text();
}

void ActivityStrip::refresh()
{
    m_coalesce.stop();
    const auto summary = m_queries.summary(m_now());
    if (!summary) {
        m_counts->setText(summary.error().message.toHtmlEscaped());
        m_counts->setToolTip(summary.error().detail);
        return;
    }
    m_summary = *summary;
    const auto coloured = [](const QString &text, int value, QLatin1StringView colour) {
        return value > 0 ? u"<span style=\"color:%1\">%2</span>"_s.arg(colour, text) : text;
    };
    QStringList parts{
        tr("<b>%Ln</b> event(s)", nullptr, m_summary.eventsToday),
        tr("<b>%Ln</b> sent", nullptr, m_summary.sentToday),
        tr("<b>%Ln</b> waiting", nullptr, m_summary.waiting),
        coloured(tr("<b>%Ln</b> failed", nullptr, m_summary.failedToday), m_summary.failedToday, "#c0392b"_L1),
    };
    if (m_summary.uncertain > 0) {
        parts.append(
            coloured(tr("<b>%Ln</b> uncertain", nullptr, m_summary.uncertain), m_summary.uncertain, "#d35400"_L1));
    }
    m_counts->setText(tr("Today: %1").arg(parts.join(u" · "_s)));
    m_counts->setToolTip(tr("Since midnight: events received, messages sent and failed. Waiting and uncertain "
                            "count every message that is, whenever it came in."));
    m_chart->setHours(m_summary.hours);
    emit refreshed();
}

} // namespace Tidings::Ui
