#include "monitor/ordertimelinedialog.h"

#include "dispatch/sentmessage.h"
#include "monitor/eventdetailsview.h"
#include "templates/templatepreview.h"
#include "widgets/dialogparts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

QPlainTextEdit *readOnlyText(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

OrderTimelineDialog::OrderTimelineDialog(MonitorQueries *queries, const Brand &brand, const QString &sourceId,
                                         const QString &orderId, QWidget *parent)
    : QDialog(parent)
    , m_queries(queries)
    , m_brand(brand)
{
    setObjectName(u"orderTimelineDialog"_s);
    resize(980, 620);

    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(u"orderTimeline"_s);
    m_timeline->setAccessibleName(tr("What happened to this order"));
    m_timeline->setHeaderLabels({tr("When"), tr("What")});
    m_timeline->setUniformRowHeights(true);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setColumnWidth(0, 170);

    m_pages = new QStackedWidget(this);
    m_detail = readOnlyText(u"orderTimelineDetail"_s, tr("Details"), m_pages);

    m_messagePage = new QWidget(m_pages);
    m_subject = new QLabel(m_messagePage);
    m_subject->setObjectName(u"orderTimelineSubject"_s);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_subject->setTextFormat(Qt::PlainText);
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);
    m_note = new QLabel(m_messagePage);
    m_note->setObjectName(u"orderTimelineSentNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_messageTabs = new QTabWidget(m_messagePage);
    m_html = new PreviewBrowser(m_messageTabs);
    m_html->setObjectName(u"orderTimelineHtml"_s);
    m_html->setAccessibleName(tr("The email as sent"));
    m_html->setOpenLinks(false); // a customer's tracking link is shown, not followed from here
    m_text = readOnlyText(u"orderTimelineText"_s, tr("The plain-text part as sent"), m_messageTabs);
    m_messageTabs->addTab(m_html, tr("&Email"));
    m_messageTabs->addTab(m_text, tr("Plain &Text"));
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(m_subject);
    messageLayout->addWidget(m_note);
    messageLayout->addWidget(m_messageTabs, 1);
    m_pages->addWidget(m_detail);
    m_pages->addWidget(m_messagePage);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_problem = makeProblemLabel(u"orderTimelineProblem"_s, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_timeline, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { showItem(current); });
    load(sourceId, orderId);
}

OrderTimelineDialog::~OrderTimelineDialog() = default;

void OrderTimelineDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_timeline->setFocus(Qt::OtherFocusReason); // not the Close button: the arrow keys walk the history
}

void OrderTimelineDialog::load(const QString &sourceId, const QString &orderId)
{
    OrderTimelineQueries reads(*m_queries, m_queries->database());
    auto order = reads.timeline(sourceId, orderId);
    if (!order) {
        setWindowTitle(tr("Order History"));
        m_problem->setText(order.error().message);
        m_problem->show();
        return;
    }
    m_order = std::move(order).value();
    setWindowTitle(m_order.orderNumber.isEmpty() ? tr("Order History")
                                                 : tr("Order %1: History").arg(m_order.orderNumber));
    if (m_order.truncated) {
        m_problem->setText(
            tr("This order has many events: the newest %n are shown.", nullptr, int(m_order.events.size())));
        m_problem->show();
    }
    QTreeWidgetItem *lastMessage = nullptr;
    for (const EventDetails &event : std::as_const(m_order.events)) {
        const MonitorRow &row = event.row;
        QString what = row.topic.isEmpty() ? tr("Event") : row.topic;
        if (!row.summary.isEmpty()) {
            what += u" — "_s + row.summary;
        }
        auto *eventItem =
            new QTreeWidgetItem(m_timeline, {EventDetailsView::timeText(row.receivedAt), what}, EventItem);
        eventItem->setData(0, IdRole, row.eventId);
        eventItem->setToolTip(1, what);
        for (const Notification &n : event.notifications) {
            const QString to =
                n.recipientName.isEmpty() ? n.recipient : tr("%1 <%2>").arg(n.recipientName, n.recipient);
            const QString message = tr("“%1” to %2: %3").arg(n.templateId, to, displayName(n.state));
            auto *messageItem =
                new QTreeWidgetItem(eventItem, {EventDetailsView::timeText(n.createdAt), message}, MessageItem);
            messageItem->setData(0, IdRole, n.id);
            messageItem->setToolTip(1, n.lastError.isEmpty() ? message : n.lastError);
            lastMessage = messageItem;
            for (const DeliveryAttempt &a : event.attempts.value(n.id)) {
                QString line = tr("Attempt %1: %2").arg(a.number).arg(EventDetailsView::outcomeText(a.outcome));
                if (a.httpStatus > 0) {
                    line += u" · "_s + tr("HTTP %1").arg(a.httpStatus);
                }
                auto *attemptItem =
                    new QTreeWidgetItem(messageItem, {EventDetailsView::timeText(a.startedAt), line}, AttemptItem);
                attemptItem->setData(0, IdRole, a.id);
            }
        }
    }
    m_timeline->expandAll();
    // The newest message is what a customer asks about; else the newest event.
    QTreeWidgetItem *first = lastMessage ? lastMessage : m_timeline->topLevelItem(m_timeline->topLevelItemCount() - 1);
    m_timeline->setCurrentItem(first);
}

void OrderTimelineDialog::showItem(QTreeWidgetItem *item)
{
    if (!item) {
        return;
    }
    const qint64 id = item->data(0, IdRole).toLongLong();
    if (item->type() == MessageItem) {
        showMessage(id);
        return;
    }
    QString detail;
    for (const EventDetails &event : std::as_const(m_order.events)) {
        if (item->type() == EventItem && event.row.eventId == id) {
            detail = event.row.summary.isEmpty() ? QString() : event.row.summary + u"\n\n"_s;
            detail += EventDetailsView::prettyPayload(event.body);
            break;
        }
        if (item->type() != AttemptItem) {
            continue;
        }
        for (const QList<DeliveryAttempt> &attempts : event.attempts) {
            for (const DeliveryAttempt &a : attempts) {
                if (a.id != id) {
                    continue;
                }
                QStringList lines{EventDetailsView::outcomeText(a.outcome)};
                if (!a.message.isEmpty()) {
                    lines.append(a.message);
                }
                if (!a.providerMessageId.isEmpty()) {
                    lines.append(tr("Provider message id: %1").arg(a.providerMessageId));
                }
                lines.append(a.providerAnswer.isEmpty() ? tr("The provider sent no answer.")
                                                        : tr("The provider answered:\n%1").arg(a.providerAnswer));
                detail = lines.join(u"\n\n"_s);
            }
        }
    }
    m_detail->setPlainText(detail);
    m_pages->setCurrentWidget(m_detail);
}

QTextBrowser *OrderTimelineDialog::htmlView() const
{
    return m_html;
}

void OrderTimelineDialog::showMessage(qint64 notificationId)
{
    m_pages->setCurrentWidget(m_messagePage);
    auto sent = messageAsSent(m_queries->database(), notificationId, m_brand);
    if (!sent) {
        m_subject->setText(tr("This message cannot be shown."));
        m_note->setText(sent.error().message);
        m_html->clear();
        m_text->clear();
        return;
    }
    m_subject->setText(tr("Subject: %1").arg(sent->message.subject));
    m_note->setText(sent->exactBrand
                        ? tr("Exactly as sent: template “%1” as published then, with your brand as it was then.")
                              .arg(sent->templateName)
                        : tr("Not sent yet, or sent before Tidings kept your brand: shown with template “%1” as "
                             "it was queued and your brand as it is now.")
                              .arg(sent->templateName));
    m_html->setLogo(sent->logo);
    m_html->setHtml(sent->message.html);
    m_text->setPlainText(sent->message.text);
}

} // namespace Tidings::Ui
