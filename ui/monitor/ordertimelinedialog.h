#pragma once

#include "store/ordertimeline.h"
#include "templates/messagetemplate.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace Tidings::Ui {

class PreviewBrowser;

// Order History (the Monitor's Ctrl+Shift+H): everything about the selected event's order, oldest first. Each
// event with what Tidings decided, each message with its attempts and the provider's answers; selecting a message
// shows it exactly as sent (the template version it was pinned to, the data kept with it, the brand it went out
// with), selecting an event shows its payload as received.
class OrderTimelineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTimelineDialog)

public:
    // `brand`: the current one, for messages not sent yet.
    OrderTimelineDialog(MonitorQueries *queries, const Brand &brand, const QString &sourceId, const QString &orderId,
                        QWidget *parent = nullptr);
    ~OrderTimelineDialog() override;

    enum ItemType {
        EventItem = 1001,
        MessageItem,
        AttemptItem,
    };

    static constexpr int IdRole = 0x0100; // Qt::UserRole: the event, notification or attempt id

    QTreeWidget *timeline() const { return m_timeline; }

    QLabel *subjectLabel() const { return m_subject; }

    QLabel *sentNote() const { return m_note; }

    QTextBrowser *htmlView() const;

    QPlainTextEdit *textView() const { return m_text; }

    QPlainTextEdit *detailView() const { return m_detail; }

    QLabel *problemLabel() const { return m_problem; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(const QString &sourceId, const QString &orderId);
    void showItem(QTreeWidgetItem *item);
    void showMessage(qint64 notificationId);

    MonitorQueries *m_queries;
    Brand m_brand;
    OrderTimeline m_order;
    QTreeWidget *m_timeline = nullptr;
    QStackedWidget *m_pages = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QWidget *m_messagePage = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_note = nullptr;
    QTabWidget *m_messageTabs = nullptr;
    PreviewBrowser *m_html = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Tidings::Ui
