#include "wizard/testmodepage.h"

#include "engine.h"
#include "wizard/gettingstartedwizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

TestModePage::TestModePage(GettingStartedWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"testModePage"_s);
    setTitle(tr("Test mode"));
    setSubTitle(tr("Try everything with your real shop before your customers get anything."));

    auto *explain = new QLabel(tr("In test mode Tidings works as it will for real: your shop's orders arrive, and "
                                  "their messages are made and sent. But every message meant for a customer goes "
                                  "to you instead, marked [Test]. When you are happy with them, go live: from "
                                  "then on your customers get them. You can switch at any time in Sending → Test "
                                  "Mode."),
                               this);
    explain->setWordWrap(true);
    m_enabled = new QCheckBox(tr("&Start in test mode"), this);
    m_enabled->setObjectName(u"startInTestMode"_s);
    m_enabled->setChecked(true);
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"testModeEmail"_s);
    m_email->setPlaceholderText(tr("you@example.com"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"testModeProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Send customers' &emails to:"), m_email);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    connect(m_enabled, &QCheckBox::toggled, m_email, &QWidget::setEnabled);
}

TestModePage::~TestModePage() = default;

void TestModePage::initializePage()
{
    if (m_email->text().isEmpty()) {
        Engine *engine = m_wizard->engine();
        const QString saved = engine ? engine->testMode().email : QString();
        m_email->setText(saved.isEmpty() ? m_wizard->ownerEmail() : saved);
    }
}

bool TestModePage::validatePage()
{
    Engine *engine = m_wizard->engine();
    if (m_wizard->isSkipping() || !engine) {
        return true;
    }
    TestMode mode = engine->testMode();
    mode.enabled = m_enabled->isChecked();
    if (!m_email->text().trimmed().isEmpty()) {
        mode.email = m_email->text().trimmed();
    }
    if (const Status saved = engine->setTestMode(mode); !saved) {
        GettingStartedWizard::showOutcome(m_problem, saved.error().message, true);
        m_email->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_problem->hide();
    return true;
}

} // namespace Tidings::Ui
