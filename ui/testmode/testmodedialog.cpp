#include "testmode/testmodedialog.h"

#include "model/addresses.h"
#include "widgets/dialogparts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

TestModeDialog::TestModeDialog(const TestMode &current, Save save, QWidget *parent)
    : QDialog(parent)
    , m_saveMode(std::move(save))
{
    setObjectName(u"testModeDialog"_s);
    setWindowTitle(tr("Test Mode"));

    auto *intro = new QLabel(tr("In test mode Tidings works as it will for real: your shop's orders come in, your "
                                "rules and templates make the messages, and your providers send them. But every "
                                "message meant for a customer goes to you instead, marked [Test], so you can see "
                                "them for a day before you go live."),
                             this);
    intro->setWordWrap(true);

    m_enabled = new QCheckBox(tr("&Send customers' messages to me (test mode)"), this);
    m_enabled->setObjectName(u"testModeEnabled"_s);
    m_enabled->setChecked(current.enabled);

    m_email = new QLineEdit(current.email, this);
    m_email->setObjectName(u"testModeEmail"_s);
    m_email->setPlaceholderText(tr("owner@yourshop.com"));
    m_email->setMaxLength(254);
    m_email->setClearButtonEnabled(true);

    m_phone = new QLineEdit(current.phone, this);
    m_phone->setObjectName(u"testModePhone"_s);
    m_phone->setPlaceholderText(tr("+44 7700 900123"));
    m_phone->setMaxLength(32);
    m_phone->setClearButtonEnabled(true);
    m_phone->setToolTip(tr("Without it, text messages to customers are not sent at all in test mode."));

    auto *form = new QFormLayout;
    form->addRow(tr("Your &email address:"), m_email);
    form->addRow(tr("Your &mobile number (for text messages):"), m_phone);

    auto *others = new QLabel(tr("Messages to your staff (Slack) still go to them, marked [Test]. Klaviyo, HubSpot, "
                                 "ActiveCampaign and webhooks get your address instead of the customer's."),
                              this);
    others->setWordWrap(true);

    m_problem = makeProblemLabel(u"testModeProblem"_s, this);

    QDialogButtonBox *buttons = makeAcceptButtons(this, tr("&Save"), u"testModeSave"_s, &m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(others);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QLineEdit *field : {m_email, m_phone}) {
        connect(field, &QLineEdit::textChanged, m_problem, &QWidget::hide);
    }
    connect(m_enabled, &QCheckBox::toggled, m_problem, &QWidget::hide);
    m_enabled->setFocus();
    // The wrapped paragraphs need the height that goes with the width (a window does not ask its layout).
    const int width = fontMetrics().averageCharWidth() * 76;
    resize(width, std::max(sizeHint().height(), heightForWidth(width)));
}

TestModeDialog::~TestModeDialog() = default;

TestMode TestModeDialog::mode() const
{
    return TestMode{m_enabled->isChecked(), m_email->text().trimmed(), m_phone->text().trimmed()};
}

void TestModeDialog::accept()
{
    const TestMode chosen = mode();
    if (auto why = chosen.problem()) {
        m_problem->setText(why->message);
        m_problem->show();
        (looksLikeEmail(chosen.email) ? m_phone : m_email)->setFocus();
        return;
    }
    if (const Status saved = m_saveMode(chosen); !saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Tidings::Ui
