#include "monitor/resenddialog.h"

#include "dispatch/notificationactions.h"
#include "engine.h"
#include "widgets/dialogparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

ResendDialog::ResendDialog(Engine *engine, const EventDetails &details, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_notifications(resendable(details))
{
    setObjectName(u"resendDialog"_s);
    const QString order = details.row.orderNumber.isEmpty() ? details.row.orderId : details.row.orderNumber;
    setWindowTitle(tr("Resend a Message"));

    auto *intro = new QLabel(tr("Tidings sends the message again for order %1, with the same content as before. "
                                "The first one stays in the history.")
                                 .arg(order),
                             this);
    intro->setWordWrap(true);

    m_message = new QComboBox(this);
    m_message->setObjectName(u"resendMessage"_s);
    for (const Notification &n : std::as_const(m_notifications)) {
        m_message->addItem(
            tr("“%1” to %2 via %3 (%4)").arg(n.templateId, n.recipient, n.channelId, displayName(n.state).toLower()));
    }
    m_message->setCurrentIndex(m_notifications.size() - 1); // the newest is the one a customer asks about

    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(u"resendRecipient"_s);
    m_recipient->setMaxLength(NotificationActions::MaxRecipientLength);
    m_recipient->setClearButtonEnabled(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("Send &to:"), m_recipient);

    m_problem = makeProblemLabel(u"resendProblem"_s, this);

    QDialogButtonBox *buttons = makeAcceptButtons(this, tr("&Resend"), u"resendButton"_s, &m_resend);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_message, &QComboBox::currentIndexChanged, this, &ResendDialog::showMessage);
    connect(m_recipient, &QLineEdit::textChanged, m_problem, &QWidget::hide);
    showMessage(m_message->currentIndex());
    m_resend->setEnabled(!m_notifications.isEmpty());
    resize(fontMetrics().averageCharWidth() * 72, sizeHint().height());
}

ResendDialog::~ResendDialog() = default;

QList<Notification> ResendDialog::resendable(const EventDetails &details)
{
    QList<Notification> list;
    for (const Notification &n : details.notifications) {
        if (n.state == NotificationState::Sent || n.state == NotificationState::Failed ||
            n.state == NotificationState::Cancelled || n.state == NotificationState::Uncertain) {
            list.append(n);
        }
    }
    return list;
}

void ResendDialog::showMessage(int index)
{
    if (index >= 0 && index < m_notifications.size()) {
        m_recipient->setText(m_notifications.at(index).recipient);
        m_recipient->setFocus();
        m_recipient->selectAll();
    }
}

void ResendDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void ResendDialog::accept()
{
    const int index = m_message->currentIndex();
    if (m_busy || !m_engine || index < 0 || index >= m_notifications.size()) {
        return;
    }
    const Notification &original = m_notifications.at(index);
    const QString recipient = m_recipient->text().trimmed();
    if (recipient != original.recipient) {
        if (auto problem = NotificationActions::checkRecipient(original.recipient, recipient)) {
            showProblem(problem->message);
            m_recipient->setFocus();
            return;
        }
    }
    m_busy = true;
    m_resend->setEnabled(false);
    const QPointer<ResendDialog> self(this);
    const Status started =
        m_engine->resendNotification(original.id, recipient, [self, recipient](const Result<qint64> &result) {
            if (!self) {
                return;
            }
            self->m_busy = false;
            self->m_resend->setEnabled(true);
            if (!result) {
                self->showProblem(result.error().message);
                return;
            }
            emit self->resent(*result, recipient);
            self->QDialog::accept();
        });
    if (!started) {
        m_busy = false;
        m_resend->setEnabled(true);
        showProblem(started.error().message);
    }
}

} // namespace Tidings::Ui
