#include "wizard/shoppage.h"

#include "connections/addsourcewizard.h"
#include "engine.h"
#include "sources/polling/poller.h"
#include "wizard/gettingstartedwizard.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

ShopPage::ShopPage(GettingStartedWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"shopPage"_s);
    setTitle(tr("Your shop"));
    setSubTitle(tr("Connect the shop whose orders Tidings tells your customers about."));

    auto *intro = new QLabel(tr("Choose your shop's platform; Tidings shows what to copy into its admin pages and "
                                "what to paste back here."),
                             this);
    intro->setWordWrap(true);
    m_add = new QPushButton(tr("&Add Your Shop…"), this);
    m_add->setObjectName(u"addShopButton"_s);
    m_add->setAutoDefault(false);
    m_shops = new QLabel(this);
    m_shops->setObjectName(u"shopsLabel"_s);
    m_shops->setWordWrap(true);
    m_test = new QPushButton(tr("Send a &Test Order"), this);
    m_test->setObjectName(u"testOrderButton"_s);
    m_test->setAutoDefault(false);
    m_test->setToolTip(tr("Sends a made-up order to Tidings exactly as your shop would, to check that it gets "
                          "through. It appears in the Monitor; nobody is sent a message about it."));
    m_result = new QLabel(this);
    m_result->setObjectName(u"shopTestResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_shops);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_add, &QPushButton::clicked, this, &ShopPage::addShop);
    connect(m_test, &QPushButton::clicked, this, &ShopPage::sendTestOrder);
}

ShopPage::~ShopPage() = default;

AddSourceWizard *ShopPage::sourceWizard() const
{
    return m_sourceWizard;
}

void ShopPage::initializePage()
{
    refresh();
}

void ShopPage::refresh()
{
    Engine *engine = m_wizard->engine();
    QStringList names;
    if (engine) {
        for (const SourceConfig &source : engine->config().sources) {
            names.append(source.name.isEmpty() ? source.id : source.name);
        }
    }
    m_shops->setText(names.isEmpty() ? tr("No shop is connected yet.") : tr("Connected: %1").arg(names.join(u", "_s)));
    if (m_sourceId.isEmpty() && engine && !engine->config().sources.isEmpty()) {
        m_sourceId = engine->config().sources.constLast().id; // opened again: test the newest one
    }
    m_test->setEnabled(engine && !m_sourceId.isEmpty() && engine->canSendTestEvent(m_sourceId));
}

void ShopPage::addShop()
{
    Engine *engine = m_wizard->engine();
    if (!engine || m_sourceWizard) {
        return;
    }
    auto *dialog = new AddSourceWizard(engine, allSourceTypeInfos(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sourceWizard = dialog;
    connect(dialog, &AddSourceWizard::sourceSaved, this, [this](const QString &id) {
        m_sourceId = id;
        refresh();
        const bool canTest = m_test->isEnabled();
        GettingStartedWizard::showOutcome(
            m_result,
            canTest ? tr("Saved. Send a test order to check that your shop's messages get through.")
                    : tr("Saved. Tidings reads your shop's orders every few minutes."),
            false);
        (canTest ? m_test : m_wizard->button(QWizard::NextButton))->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void ShopPage::sendTestOrder()
{
    Engine *engine = m_wizard->engine();
    if (!engine || m_sourceId.isEmpty()) {
        return;
    }
    const QPointer<ShopPage> self(this);
    const Status started = engine->sendTestEvent(m_sourceId, [self](const Status &status) {
        if (!self) {
            return;
        }
        self->m_test->setEnabled(true);
        GettingStartedWizard::showOutcome(
            self->m_result,
            status ? tr("The test order got through: Tidings received it as your "
                        "shop would send it. You will find it in the Monitor.")
                   : tr("The test order did not get through: %1").arg(status.error().message),
            !status);
        if (status) {
            self->m_wizard->button(QWizard::NextButton)->setFocus(Qt::OtherFocusReason); // Enter goes on
        }
        emit self->testFinished(bool(status));
    });
    if (!started) {
        GettingStartedWizard::showOutcome(m_result, started.error().message, true);
        emit testFinished(false);
        return;
    }
    m_test->setEnabled(false);
    GettingStartedWizard::showOutcome(m_result, tr("Sending a test order…"), false);
}

} // namespace Tidings::Ui
