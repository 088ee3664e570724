#include "wizard/finishpage.h"

#include "engine.h"
#include "wizard/gettingstartedwizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

FinishPage::FinishPage(GettingStartedWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"finishPage"_s);
    setTitle(tr("All set"));
    setSubTitle(tr("You can change all of this later, and open these steps again from Help → Getting Started."));
    setFinalPage(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"finishSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_goLive = new QCheckBox(tr("&Go live now: send messages to my customers"), this);
    m_goLive->setObjectName(u"goLiveNow"_s);
    m_goLive->setChecked(false);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"finishProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_goLive);
    layout->addWidget(m_problem);
    layout->addStretch(1);
}

FinishPage::~FinishPage() = default;

void FinishPage::initializePage()
{
    Engine *engine = m_wizard->engine();
    const AppConfig config = engine ? engine->config() : AppConfig();
    const auto line = [](bool done, const QString &text) -> QString {
        return u"<p>"_s + (done ? u"✓ "_s : u"– "_s) + text.toHtmlEscaped() + u"</p>"_s;
    };
    QString html;
    html +=
        line(!config.sources.isEmpty(), config.sources.isEmpty() ? tr("No shop yet: add it on the Connections page.")
                                                                 : tr("Shop: %1").arg(config.sources.constLast().name));
    html += line(!config.channels.isEmpty(), config.channels.isEmpty()
                                                 ? tr("No email provider yet: add one on the Channels page.")
                                                 : tr("Email provider: %1").arg(config.channels.constLast().name));
    html += line(!config.brand.shopName.isEmpty(), config.brand.shopName.isEmpty()
                                                       ? tr("No shop name for your messages yet.")
                                                       : tr("Brand: %1").arg(config.brand.shopName));
    const TestMode mode = engine ? engine->testMode() : TestMode();
    html += line(true, mode.enabled ? tr("Test mode is on: customers' messages go to %1.").arg(mode.email)
                                    : tr("Test mode is off: messages go to your customers."));
    m_summary->setText(html);
    // Going live is for a shop that is in test mode now; otherwise there is nothing to switch.
    m_goLive->setVisible(mode.enabled);
    m_goLive->setChecked(false);
}

bool FinishPage::validatePage()
{
    Engine *engine = m_wizard->engine();
    if (!engine || m_goLive->isHidden() || !m_goLive->isChecked()) {
        return true;
    }
    TestMode mode = engine->testMode();
    mode.enabled = false;
    if (const Status saved = engine->setTestMode(mode); !saved) {
        GettingStartedWizard::showOutcome(m_problem, saved.error().message, true);
        return false;
    }
    return true;
}

} // namespace Tidings::Ui
