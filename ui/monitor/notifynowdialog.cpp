#include "monitor/notifynowdialog.h"

#include "channels/channeltypeinfo.h"
#include "dispatch/manualnotifications.h"
#include "engine.h"
#include "model/addresses.h"
#include "templates/templaterenderer.h"
#include "widgets/dialogparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

NotifyNowDialog::NotifyNowDialog(Engine *engine, const EventDetails &details, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_eventId(details.row.eventId)
    , m_order(details.row.orderNumber.isEmpty() ? details.row.orderId : details.row.orderNumber)
{
    setObjectName(u"notifyNowDialog"_s);
    setWindowTitle(tr("Notify Now"));

    // The order's email and phone as its newest message had them (the context it was rendered from).
    for (auto it = details.notifications.crbegin(); it != details.notifications.crend(); ++it) {
        const QJsonObject customer =
            TemplateRenderer::storedContext(it->context.toUtf8()).value(u"customer"_s).toObject();
        if (m_email.isEmpty()) {
            m_email = customer.value(u"email"_s).toString();
        }
        if (m_phone.isEmpty()) {
            m_phone = customer.value(u"phone"_s).toString();
        }
    }
    if (m_email.isEmpty() && looksLikeEmail(details.row.customer)) {
        m_email = details.row.customer;
    }

    auto *intro = new QLabel(tr("Tidings sends one message for order %1 now, with the order as it is stored. It "
                                "is sent even if the customer was told before.")
                                 .arg(m_order),
                             this);
    intro->setWordWrap(true);

    m_template = new QComboBox(this);
    m_template->setObjectName(u"notifyNowTemplate"_s);
    if (m_engine) {
        const auto templates = m_engine->templates();
        for (const MessageTemplate &t : templates ? *templates : QList<MessageTemplate>()) {
            m_template->addItem(t.name.isEmpty() ? t.id : t.name, t.id);
        }
    }

    // Templates are messages for a customer: email and text-message channels send them. A chat channel
    // reaches the shop's staff and an automation hands an event to another system, so they are not offered.
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"notifyNowChannel"_s);
    if (m_engine) {
        for (const ChannelConfig &channel : m_engine->config().channels) {
            const ChannelKind kind = ManualNotifications::kindOf(channel);
            if (channel.enabled && (kind == ChannelKind::Email || kind == ChannelKind::Sms)) {
                m_channel->addItem(channel.name.isEmpty() ? channel.id : channel.name, channel.id);
            }
        }
    }

    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(u"notifyNowRecipient"_s);
    m_recipient->setMaxLength(NotificationActions::MaxRecipientLength);
    m_recipient->setClearButtonEnabled(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Send &to:"), m_recipient);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"notifyNowSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_problem = makeProblemLabel(u"notifyNowProblem"_s, this);

    QDialogButtonBox *buttons = makeAcceptButtons(this, tr("&Send Now"), u"notifyNowButton"_s, &m_send);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_template, &QComboBox::currentIndexChanged, this, &NotifyNowDialog::updateSummary);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &NotifyNowDialog::channelChanged);
    connect(m_recipient, &QLineEdit::textEdited, this, [this] { m_recipientEdited = true; });
    connect(m_recipient, &QLineEdit::textChanged, this, [this] {
        m_problem->hide();
        updateSummary();
    });
    channelChanged();
    m_send->setEnabled(m_template->count() > 0 && m_channel->count() > 0);
    if (m_channel->count() == 0) {
        showProblem(tr("No email or text-message channel is switched on. Set one up under Channels first."));
    }
    m_template->setFocus();
    resize(fontMetrics().averageCharWidth() * 72, sizeHint().height());
}

NotifyNowDialog::~NotifyNowDialog() = default;

void NotifyNowDialog::channelChanged()
{
    const ChannelConfig *channel = m_engine ? m_engine->config().channel(m_channel->currentData().toString()) : nullptr;
    const bool sms = channel && ManualNotifications::kindOf(*channel) == ChannelKind::Sms;
    m_recipient->setPlaceholderText(sms ? tr("+44 20 7946 0958") : tr("name@example.com"));
    if (!m_recipientEdited) {
        m_recipient->setText(sms ? m_phone : m_email);
    }
    updateSummary();
}

void NotifyNowDialog::updateSummary()
{
    const QString to = m_recipient->text().trimmed();
    m_summary->setText(to.isEmpty() ? QString()
                                    : tr("“%1” for order %2 goes to %3 through %4 as soon as you confirm.")
                                          .arg(m_template->currentText(), m_order, to, m_channel->currentText()));
}

void NotifyNowDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void NotifyNowDialog::accept()
{
    if (m_busy || !m_engine || m_template->currentIndex() < 0 || m_channel->currentIndex() < 0) {
        return;
    }
    const ManualNotifications::NotifyNowRequest request{m_eventId, m_template->currentData().toString(),
                                                        m_channel->currentData().toString(),
                                                        m_recipient->text().trimmed()};
    m_busy = true;
    m_send->setEnabled(false);
    const QPointer<NotifyNowDialog> self(this);
    const Status started = m_engine->notifyNow(request, [self](const Result<ManualNotifications::Queued> &result) {
        if (!self) {
            return;
        }
        self->m_busy = false;
        self->m_send->setEnabled(true);
        if (!result) {
            self->showProblem(result.error().message);
            return;
        }
        emit self->notified(result->notificationIds.value(0));
        self->QDialog::accept();
    });
    if (!started) {
        m_busy = false;
        m_send->setEnabled(true);
        showProblem(started.error().message);
        m_recipient->setFocus();
    }
}

} // namespace Tidings::Ui
