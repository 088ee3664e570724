#include "wizard/emailpage.h"

#include "channels/channeldialog.h"
#include "channels/channeltest.h"
#include "engine.h"
#include "wizard/gettingstartedwizard.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

EmailPage::EmailPage(GettingStartedWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"emailPage"_s);
    setTitle(tr("Your email provider"));
    setSubTitle(tr("Tidings sends your messages through a mail service you already have, in your name."));

    auto *intro = new QLabel(tr("Choose your mail service and paste its key, or sign in with Google or Microsoft. "
                                "Then send yourself a test message to see what your customers will get."),
                             this);
    intro->setWordWrap(true);
    m_add = new QPushButton(tr("&Add an Email Provider…"), this);
    m_add->setObjectName(u"addChannelButton"_s);
    m_add->setAutoDefault(false);
    m_channels = new QLabel(this);
    m_channels->setObjectName(u"channelsLabel"_s);
    m_channels->setWordWrap(true);

    m_owner = new QLineEdit(this);
    m_owner->setObjectName(u"ownerEmail"_s);
    m_owner->setPlaceholderText(tr("you@example.com"));
    registerField(u"ownerEmail"_s, m_owner);
    m_test = new QPushButton(tr("Send a Test &Message to Me"), this);
    m_test->setObjectName(u"sendTestToMeButton"_s);
    m_test->setAutoDefault(false);
    m_result = new QLabel(this);
    m_result->setObjectName(u"emailTestResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    auto *ownerRow = new QHBoxLayout;
    ownerRow->addWidget(m_owner, 1);
    ownerRow->addWidget(m_test);
    auto *ownerLabel = new QLabel(tr("&Your email address:"), this);
    ownerLabel->setBuddy(m_owner); // a form row made of a layout gives its label no buddy by itself
    auto *form = new QFormLayout;
    form->addRow(ownerLabel, ownerRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(addRow);
    layout->addWidget(m_channels);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_add, &QPushButton::clicked, this, &EmailPage::addChannel);
    connect(m_test, &QPushButton::clicked, this, &EmailPage::sendTest);
    connect(m_owner, &QLineEdit::returnPressed, this, &EmailPage::sendTest);
}

EmailPage::~EmailPage() = default;

ChannelDialog *EmailPage::channelDialog() const
{
    return m_dialog;
}

void EmailPage::initializePage()
{
    Engine *engine = m_wizard->engine();
    if (m_owner->text().isEmpty() && engine) {
        // Opened again: the address test mode already uses is the owner's.
        m_owner->setText(engine->testMode().email);
    }
    refresh();
}

void EmailPage::refresh()
{
    Engine *engine = m_wizard->engine();
    QStringList names;
    if (engine) {
        for (const ChannelConfig &channel : engine->config().channels) {
            const ChannelTypeInfo *info = channelTypeInfo(channel.type);
            names.append(info ? tr("%1 (%2)").arg(channel.name, info->displayName) : channel.name);
        }
        if ((m_channelId.isEmpty() || !engine->config().channel(m_channelId)) && !engine->config().channels.isEmpty()) {
            m_channelId = engine->config().channels.constLast().id;
        }
    }
    m_channels->setText(names.isEmpty() ? tr("No email provider is set up yet.")
                                        : tr("Set up: %1").arg(names.join(u", "_s)));
    m_test->setEnabled(!m_channelId.isEmpty());
}

void EmailPage::addChannel()
{
    Engine *engine = m_wizard->engine();
    if (!engine || m_dialog) {
        return;
    }
    auto *dialog = new ChannelDialog(engine, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->testAddressField()->setText(m_owner->text().trimmed());
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_channelId = dialog->channel().id;
        if (m_owner->text().trimmed().isEmpty()) {
            m_owner->setText(dialog->testAddressField()->text().trimmed());
        }
        refresh();
        GettingStartedWizard::showOutcome(m_result, tr("Saved. Now send yourself a test message."), false);
        (m_owner->text().isEmpty() ? static_cast<QWidget *>(m_owner) : m_test)->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void EmailPage::sendTest()
{
    Engine *engine = m_wizard->engine();
    const ChannelConfig *channel = engine ? engine->config().channel(m_channelId) : nullptr;
    if (!channel) {
        GettingStartedWizard::showOutcome(m_result, tr("Add an email provider first."), true);
        m_add->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString address = m_owner->text().trimmed();
    if (address.isEmpty()) {
        GettingStartedWizard::showOutcome(m_result, tr("Type your email address first."), true);
        m_owner->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_test->isEnabled()) {
        return; // one test at a time
    }
    const ChannelTypeInfo *info = channelTypeInfo(channel->type);
    const QString provider = info ? info->displayName : channel->name;
    m_test->setEnabled(false);
    GettingStartedWizard::showOutcome(m_result, tr("Sending…"), false);
    const QPointer<EmailPage> self(this);
    // The saved channel with its saved keys: what the owner's customers will be sent through.
    engine->sendTestMessage(*channel, {}, address, [self, provider](const SendOutcome &outcome) {
        if (!self) {
            return;
        }
        self->m_test->setEnabled(true);
        GettingStartedWizard::showOutcome(self->m_result, ChannelTest::describe(outcome, provider), !outcome.accepted);
        if (outcome.accepted) {
            self->m_wizard->button(QWizard::NextButton)->setFocus(Qt::OtherFocusReason); // Enter goes on
        }
        emit self->testFinished(outcome.accepted);
    });
}

} // namespace Tidings::Ui
