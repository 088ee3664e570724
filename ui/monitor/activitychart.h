#pragma once

#include "store/activityqueries.h"

#include <QWidget>

namespace Tidings::Ui {

// The last 24 hours as bars, one per hour: the events received (grey), the messages sent (green) beside them,
// and failures (red) on top. Hovering a bar names its hour and counts; the accessible description sums it up.
class ActivityChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityChart)

public:
    explicit ActivityChart(QWidget *parent = nullptr);
    ~ActivityChart() override;

    void setHours(const QList<HourActivity> &hours);

    const QList<HourActivity> &hours() const { return m_hours; }

    // The hour under `position`, or -1.
    int hourAt(const QPoint &position) const;
    // What the tooltip of hour `index` says.
    QString hourText(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF slot(int index) const;

    QList<HourActivity> m_hours;
};

} // namespace Tidings::Ui
