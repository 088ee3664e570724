#include "wizard/welcomepage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(u"welcomePage"_s);
    setTitle(tr("Welcome to Tidings"));
    setSubTitle(tr("A few steps to your first message. Each one can be skipped and done later."));

    auto *what = new QLabel(this);
    what->setObjectName(u"welcomeText"_s);
    what->setWordWrap(true);
    what->setTextFormat(Qt::RichText);
    what->setText(u"<p><b>"_s + tr("What Tidings does").toHtmlEscaped() + u"</b></p><ul><li>"_s +
                  tr("Your shop tells Tidings about each new order and shipment.").toHtmlEscaped() + u"</li><li>"_s +
                  tr("Tidings sends your customer a message in your shop's style.").toHtmlEscaped() + u"</li><li>"_s +
                  tr("You see in the Monitor what was sent, and what went wrong.").toHtmlEscaped() + u"</li></ul>"_s);

    auto *needs = new QLabel(this);
    needs->setObjectName(u"welcomeNeeds"_s);
    needs->setWordWrap(true);
    needs->setTextFormat(Qt::RichText);
    needs->setText(u"<p><b>"_s + tr("Have these at hand").toHtmlEscaped() + u"</b></p><ul><li>"_s +
                   tr("A sign-in to your shop's admin pages (Shopify, WooCommerce, …).").toHtmlEscaped() +
                   u"</li><li>"_s +
                   tr("An account with a mail service (SendGrid, Mailgun, Gmail, …), or your mail server's "
                      "details.")
                       .toHtmlEscaped() +
                   u"</li><li>"_s + tr("Your shop's colour and logo address, if you have them.").toHtmlEscaped() +
                   u"</li></ul><p>"_s +
                   tr("Tidings starts in test mode: until you go live, every message goes to you, not to your "
                      "customers.")
                       .toHtmlEscaped() +
                   u"</p>"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(needs);
    layout->addStretch(1);
}

WelcomePage::~WelcomePage() = default;

} // namespace Tidings::Ui
