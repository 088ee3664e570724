#include "wizard/gettingstartedwizard.h"

#include "wizard/brandpage.h"
#include "wizard/emailpage.h"
#include "wizard/finishpage.h"
#include "wizard/firstrun.h"
#include "wizard/messagespage.h"
#include "wizard/shoppage.h"
#include "wizard/testmodepage.h"
#include "wizard/welcomepage.h"

#include <QAbstractButton>
#include <QLabel>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

GettingStartedWizard::GettingStartedWizard(Engine *engine, QWidget *parent)
    : QWizard(parent)
    , m_engine(engine)
{
    setObjectName(u"gettingStartedWizard"_s);
    setWindowTitle(tr("Welcome to Tidings"));
    // The same look as "Add a connection", whatever the desktop's default.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("S&kip This Step"));
    button(QWizard::CustomButton1)->setObjectName(u"skipButton"_s);
    button(QWizard::CustomButton1)->setToolTip(tr("Goes on to the next step without changing anything here"));
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            skip();
        }
    });

    m_welcome = new WelcomePage(this);
    m_shop = new ShopPage(this);
    m_email = new EmailPage(this);
    m_brand = new BrandPage(this);
    m_messages = new MessagesPage(this);
    m_testMode = new TestModePage(this);
    m_finish = new FinishPage(this);
    setPage(WelcomePageId, m_welcome);
    setPage(ShopPageId, m_shop);
    setPage(EmailPageId, m_email);
    setPage(BrandPageId, m_brand);
    setPage(MessagesPageId, m_messages);
    setPage(TestModePageId, m_testMode);
    setPage(FinishPageId, m_finish);
    setStartId(WelcomePageId);
    // Nothing to skip to from the last page.
    connect(this, &QWizard::currentIdChanged, this,
            [this](int id) { button(QWizard::CustomButton1)->setVisible(id != FinishPageId); });

    const int em = fontMetrics().averageCharWidth();
    resize(std::max(92 * em, 720), std::max(fontMetrics().height() * 36, 600));
    setMinimumSize(72 * em, fontMetrics().height() * 28);
}

GettingStartedWizard::~GettingStartedWizard() = default;

QString GettingStartedWizard::ownerEmail() const
{
    return field(u"ownerEmail"_s).toString().trimmed();
}

void GettingStartedWizard::skip()
{
    if (currentId() == FinishPageId) {
        return;
    }
    m_skipping = true;
    next();
    m_skipping = false;
}

void GettingStartedWizard::done(int result)
{
    // Cancelled or finished, the owner has seen it: it opens by itself only once (Help → Getting Started…).
    FirstRun::markDone();
    QWizard::done(result);
}

void GettingStartedWizard::showOutcome(QLabel *label, const QString &text, bool problem)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (problem) {
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    }
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace Tidings::Ui
