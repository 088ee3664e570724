#pragma once

#include "store/activityqueries.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;

namespace Tidings::Ui {

class ActivityChart;

// The Monitor's header strip: today's events, sent, waiting, failed (and uncertain, when there are any), and
// the last 24 hours as a chart. Re-read at most once a second while events arrive, and every minute so the
// day and the hours roll over.
class ActivityStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityStrip)

public:
    using Now = std::function<QDateTime()>;

    // `db` is the window's read connection. `now` is for tests; the system clock by default.
    explicit ActivityStrip(QSqlDatabase db, QWidget *parent = nullptr, Now now = {});
    ~ActivityStrip() override;

    const ActivitySummary &summary() const { return m_summary; }

    ActivityChart *chart() const { return m_chart; }

    // The counts' text, as shown.
    QString countsText() const;

public slots:
    // Something changed: re-read soon (coalesced).
    void scheduleRefresh();
    // Re-reads now.
    void refresh();

signals:
    void refreshed();

private:
    ActivityQueries m_queries;
    Now m_now;
    ActivitySummary m_summary;
    QLabel *m_counts;
    ActivityChart *m_chart;
    QTimer m_coalesce;
    QTimer m_tick;
};

} // namespace Tidings::Ui
