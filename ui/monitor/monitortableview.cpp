#include "monitor/monitortableview.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace Tidings::Ui {

MonitorTableView::MonitorTableView(QWidget *parent)
    : QTableView(parent)
{
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
}

MonitorTableView::~MonitorTableView() = default;

void MonitorTableView::setModel(QAbstractItemModel *model)
{
    disconnect(m_aboutToInsert);
    disconnect(m_inserted);
    QTableView::setModel(model);
    if (model) {
        // Connected after the headers have connected, so section positions are current in the slot.
        m_aboutToInsert =
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &MonitorTableView::rememberScroll);
        m_inserted = connect(model, &QAbstractItemModel::rowsInserted, this, &MonitorTableView::keepRowsInPlace);
    }
}

void MonitorTableView::rememberScroll()
{
    m_scrollBeforeInsert = verticalScrollBar()->value();
}

void MonitorTableView::keepRowsInPlace(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_scrollBeforeInsert <= 0) {
        return;
    }
    const QHeaderView *header = verticalHeader();
    const int top = header->sectionPosition(first);
    if (top > m_scrollBeforeInsert) {
        return; // inserted below what the owner is reading
    }
    const int height = header->sectionPosition(last) + header->sectionSize(last) - top;
    updateGeometries();
    verticalScrollBar()->setValue(m_scrollBeforeInsert + height);
}

void MonitorTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && currentIndex().isValid()) {
        emit detailsRequested(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Tidings::Ui
