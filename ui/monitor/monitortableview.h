#pragma once

#include <QTableView>

namespace Tidings::Ui {

// The Monitor's table. When rows arrive above what the owner is reading, the view scrolls by their
// height so the rows on screen stay put; at the very top it stays at the top and shows the newcomers.
// Enter on a row asks for its details.
class MonitorTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorTableView)

public:
    explicit MonitorTableView(QWidget *parent = nullptr);
    ~MonitorTableView() override;

    void setModel(QAbstractItemModel *model) override;

signals:
    void detailsRequested(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rememberScroll();
    void keepRowsInPlace(const QModelIndex &parent, int first, int last);

    int m_scrollBeforeInsert = 0;
    QMetaObject::Connection m_aboutToInsert;
    QMetaObject::Connection m_inserted;
};

} // namespace Tidings::Ui
