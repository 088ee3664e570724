#include "templates/sendtestdialog.h"

#include "channels/channeltest.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

SendTestDialog::SendTestDialog(const QList<ChannelChoice> &channels, const QString &address, Sender sender,
                               QWidget *parent)
    : QDialog(parent)
    , m_channels(channels)
    , m_sender(std::move(sender))
{
    setObjectName(u"sendTestDialog"_s);
    setWindowTitle(tr("Send Test"));

    auto *intro = new QLabel(tr("The message as the preview shows it, with \"[Test]\" before its subject. Nothing "
                                "is sent to a customer."),
                             this);
    intro->setWordWrap(true);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"sendTestChannelBox"_s);
    for (const ChannelChoice &choice : channels) {
        m_channel->addItem(choice.name, choice.id);
    }
    m_address = new QLineEdit(address, this);
    m_address->setObjectName(u"sendTestAddress"_s);
    m_address->setPlaceholderText(tr("you@your-shop.com"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Through:"), m_channel);
    form->addRow(tr("&To:"), m_address);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"sendTestProgress"_s);
    m_progress->setRange(0, 0); // how long the provider takes is not known
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(u"sendTestResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(u"sendTestButton"_s);
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &SendTestDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);

    if (channels.isEmpty()) {
        m_channel->setEnabled(false);
        m_send->setEnabled(false);
        showResult(tr("There is no channel that can send this kind of message yet. Add one on the Channels page."),
                   false);
    }
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
}

SendTestDialog::~SendTestDialog() = default;

void SendTestDialog::send()
{
    if (m_sending || m_channel->currentIndex() < 0) {
        return;
    }
    const QString address = m_address->text().trimmed();
    if (address.isEmpty()) {
        showResult(tr("Type the address the test should go to."), false);
        m_address->setFocus(Qt::OtherFocusReason);
        return;
    }
    const ChannelChoice choice = m_channels.value(m_channel->currentIndex());
    m_sending = true;
    m_send->setEnabled(false);
    m_channel->setEnabled(false);
    m_address->setEnabled(false);
    m_progress->show();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Sending through %1…").arg(choice.name));
    m_result->show();
    QPointer<SendTestDialog> self(this);
    m_sender(choice.id, address, [self, choice](const SendOutcome &outcome) {
        if (!self) {
            return;
        }
        self->m_sending = false;
        self->m_send->setEnabled(true);
        self->m_channel->setEnabled(true);
        self->m_address->setEnabled(true);
        self->m_progress->hide();
        self->showResult(ChannelTest::describe(outcome, choice.providerName), outcome.accepted);
        emit self->sendFinished(outcome.accepted);
    });
}

void SendTestDialog::showResult(const QString &text, bool good)
{
    m_result->setText(text);
    m_result->setStyleSheet(good ? QString() : u"color: #c0392b;"_s);
    m_result->show();
}

} // namespace Tidings::Ui
