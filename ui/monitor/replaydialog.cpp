#include "monitor/replaydialog.h"

#include "engine.h"
#include "widgets/dialogparts.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

ReplayDialog::ReplayDialog(Engine *engine, const EventDetails &details, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_eventId(details.row.eventId)
{
    setObjectName(u"replayDialog"_s);
    setWindowTitle(tr("Replay Through Rules"));
    const QString order = details.row.orderNumber.isEmpty() ? details.row.orderId : details.row.orderNumber;

    auto *intro = new QLabel(tr("Tidings runs this event of order %1 through your rules as they are now. Nothing "
                                "is sent until you confirm, and a message that went out before is not sent again.")
                                 .arg(order),
                             this);
    intro->setWordWrap(true);

    m_status = new QLabel(tr("Working…"), this);
    m_status->setObjectName(u"replayStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"replayList"_s);
    m_list->setAccessibleName(tr("Messages the rules ask for"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Rule"), tr("Template"), tr("Channel"), tr("Recipient"), tr("Result")});
    m_list->header()->setStretchLastSection(true);
    m_list->hide();

    m_skipped = new QLabel(this);
    m_skipped->setObjectName(u"replaySkipped"_s);
    m_skipped->setWordWrap(true);
    m_skipped->setTextFormat(Qt::PlainText);
    m_skipped->hide();

    m_problem = makeProblemLabel(u"replayProblem"_s, this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"replaySendButton"_s);
    m_send->hide();
    connect(buttons, &QDialogButtonBox::accepted, this, &ReplayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_skipped);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 22);

    const QPointer<ReplayDialog> self(this);
    const Status started = m_engine ? m_engine->planReplay(m_eventId,
                                                           [self](const Result<ManualNotifications::ReplayPlan> &plan) {
                                                               if (self) {
                                                                   self->showPlan(plan);
                                                               }
                                                           })
                                    : Status(Error::make(ErrorCode::Internal, tr("Tidings is not sending right now.")));
    if (!started) {
        showPlan(started.error());
    }
}

ReplayDialog::~ReplayDialog() = default;

QString ReplayDialog::describe(ManualNotifications::Standing standing)
{
    switch (standing) {
    case ManualNotifications::Standing::WillBeSent:
        return tr("Will be sent");
    case ManualNotifications::Standing::AlreadySent:
        return tr("Already sent");
    case ManualNotifications::Standing::AlreadyQueued:
        return tr("Already waiting to be sent");
    }
    return {};
}

void ReplayDialog::showPlan(const Result<ManualNotifications::ReplayPlan> &plan)
{
    m_planned = true;
    if (!plan) {
        m_status->hide();
        showProblem(plan.error().message);
        emit planned();
        return;
    }
    QHash<QString, QString> templateNames; // by id: the owner knows templates by name
    if (m_engine) {
        if (const auto templates = m_engine->templates()) {
            for (const MessageTemplate &t : *templates) {
                templateNames.insert(t.id, t.name);
            }
        }
    }
    for (const ManualNotifications::ReplayItem &item : plan->items) {
        const ChannelConfig *channel = m_engine ? m_engine->config().channel(item.planned.channelId) : nullptr;
        auto *row = new QTreeWidgetItem(
            m_list, {item.planned.ruleId, templateNames.value(item.planned.templateId, item.planned.templateId),
                     channel && !channel->name.isEmpty() ? channel->name : item.planned.channelId,
                     item.planned.recipient, describe(item.standing)});
        row->setData(Outcome, Qt::UserRole, static_cast<int>(item.standing));
    }
    for (int column = 0; column < Outcome; ++column) {
        m_list->resizeColumnToContents(column);
    }
    m_list->setVisible(!plan->items.isEmpty());
    if (!plan->skipped.isEmpty()) {
        m_skipped->setText(tr("Sends nothing: %1").arg(plan->skipped.join(u"\n"_s)));
        m_skipped->show();
    }
    const int count = plan->newCount();
    QString status = count > 0 ? tr("%n new message(s) will be sent when you confirm.", nullptr, count)
                               : tr("Nothing new to send: the rules ask for nothing that was not sent before.");
    if (!plan->changesKnown) {
        status += u' ' + tr("This event arrived before Tidings kept what each event changed, so only the changes "
                            "that sent a message then are replayed.");
    }
    m_status->setText(status);
    if (count > 0) {
        m_send->setText(tr("&Send %n New Message(s)", nullptr, count));
        m_send->show();
        m_send->setDefault(true);
        m_list->setFocus();
    } else {
        m_close->setDefault(true);
        m_close->setFocus();
    }
    emit planned();
}

void ReplayDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void ReplayDialog::accept()
{
    if (m_busy || !m_engine || !m_send->isVisible()) {
        return;
    }
    m_busy = true;
    m_send->setEnabled(false);
    const QPointer<ReplayDialog> self(this);
    const Status started = m_engine->replayEvent(m_eventId, [self](const Result<ManualNotifications::Queued> &result) {
        if (!self) {
            return;
        }
        self->m_busy = false;
        self->m_send->setEnabled(true);
        if (!result) {
            self->showProblem(result.error().message);
            return;
        }
        emit self->replayed(static_cast<int>(result->notificationIds.size()));
        self->QDialog::accept();
    });
    if (!started) {
        m_busy = false;
        m_send->setEnabled(true);
        showProblem(started.error().message);
    }
}

} // namespace Tidings::Ui
