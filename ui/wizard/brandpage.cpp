#include "wizard/brandpage.h"

#include "engine.h"
#include "widgets/logopicker.h"
#include "wizard/gettingstartedwizard.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

BrandPage::BrandPage(GettingStartedWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"brandPage"_s);
    setTitle(tr("Your brand"));
    setSubTitle(tr("Every message carries your shop's name, colour and logo, and where customers can write to you."));

    m_shopName = new QLineEdit(this);
    m_shopName->setObjectName(u"brandShopName"_s);
    m_shopName->setPlaceholderText(tr("e.g. Juniper & Pine"));
    m_colour = new QLineEdit(this);
    m_colour->setObjectName(u"brandColour"_s);
    m_colour->setPlaceholderText(u"#2f6f4f"_s);
    m_colour->setMaxLength(7);
    m_chooseColour = new QPushButton(tr("Choose Colo&ur…"), this);
    m_chooseColour->setObjectName(u"chooseColourButton"_s);
    m_chooseColour->setAutoDefault(false);
    m_logo = new LogoPicker(this);
    m_logo->addressField()->setObjectName(u"brandLogo"_s);
    m_support = new QLineEdit(this);
    m_support->setObjectName(u"brandSupport"_s);
    m_support->setPlaceholderText(tr("help@your-shop.com"));

    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour, 1);
    colourRow->addWidget(m_chooseColour);
    auto *form = new QFormLayout;
    form->addRow(tr("Shop na&me:"), m_shopName);
    auto *colourLabel = new QLabel(tr("&Accent colour:"), this);
    colourLabel->setBuddy(m_colour);
    form->addRow(colourLabel, colourRow);
    form->addRow(tr("&Logo:"), m_logo);
    form->addRow(tr("Su&pport email:"), m_support);

    auto *sampleHeading = new QLabel(tr("How it looks"), this);
    m_sample = new QLabel(this);
    m_sample->setObjectName(u"brandSample"_s);
    m_sample->setTextFormat(Qt::RichText);
    m_sample->setWordWrap(true);
    m_sample->setFrameShape(QFrame::StyledPanel);
    m_sample->setAutoFillBackground(true);
    QPalette white = m_sample->palette();
    white.setColor(QPalette::Window, Qt::white);
    white.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    m_sample->setPalette(white); // an email's page is white whatever the desktop's theme
    m_sample->setMargin(fontMetrics().height() / 2);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"brandProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(sampleHeading);
    layout->addWidget(m_sample);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_logo, &LogoPicker::changed, m_problem, &QWidget::hide);
    for (QLineEdit *field : {m_shopName, m_colour, m_support}) {
        connect(field, &QLineEdit::textChanged, this, &BrandPage::updateSample);
        connect(field, &QLineEdit::textEdited, m_problem, &QWidget::hide); // what it said may no longer hold
    }
    connect(m_chooseColour, &QPushButton::clicked, this, &BrandPage::chooseColour);
}

BrandPage::~BrandPage() = default;

void BrandPage::initializePage()
{
    Engine *engine = m_wizard->engine();
    if (!m_filled && engine) {
        m_filled = true;
        const Brand &saved = engine->config().brand;
        QString name = saved.shopName;
        if (name.isEmpty() && !engine->config().sources.isEmpty()) {
            name = engine->config().sources.constFirst().name; // most owners name the connection after the shop
        }
        m_shopName->setText(name);
        m_colour->setText(saved.accentColor);
        m_logo->setLogo(saved.logoUrl, saved.logoFile);
        m_support->setText(saved.supportEmail.isEmpty() ? m_wizard->ownerEmail() : saved.supportEmail);
    }
    updateSample();
}

bool BrandPage::validatePage()
{
    Engine *engine = m_wizard->engine();
    if (m_wizard->isSkipping() || !engine) {
        return true;
    }
    if (const Status saved = engine->setBrand(brand()); !saved) {
        GettingStartedWizard::showOutcome(m_problem, saved.error().message, true);
        return false;
    }
    m_problem->hide();
    return true;
}

QLineEdit *BrandPage::logoField() const
{
    return m_logo->addressField();
}

Brand BrandPage::brand() const
{
    Engine *engine = m_wizard->engine();
    Brand brand = engine ? engine->config().brand : Brand();
    brand.shopName = m_shopName->text().trimmed();
    brand.accentColor = m_colour->text().trimmed();
    brand.logoUrl = m_logo->logoUrl();
    brand.logoFile = m_logo->logoFile();
    brand.supportEmail = m_support->text().trimmed();
    return brand;
}

void BrandPage::chooseColour()
{
    const QColor start(m_colour->text().trimmed());
    const QColor chosen =
        QColorDialog::getColor(start.isValid() ? start : QColor(Brand().accentColor), this, tr("Accent Colour"));
    if (chosen.isValid()) {
        m_colour->setText(chosen.name());
    }
    m_colour->setFocus(Qt::OtherFocusReason);
}

void BrandPage::updateSample()
{
    const Brand b = brand();
    const QColor colour(b.accentColor);
    const QString accent = colour.isValid() ? colour.name() : Brand().accentColor;
    const QString name = b.shopName.isEmpty() ? tr("Your shop") : b.shopName;
    QString html =
        u"<div style=\"background:%1; color:white; padding:6px;\"><b>%2</b></div>"_s.arg(accent, name.toHtmlEscaped());
    html += u"<p>"_s + tr("Hi Sam, your order #1001 is on its way.").toHtmlEscaped() + u"</p>"_s;
    html += u"<p><a style=\"color:%1\" href=\"#\">%2</a></p>"_s.arg(accent, tr("Track your parcel").toHtmlEscaped());
    if (!b.supportEmail.isEmpty()) {
        html += u"<p><small>"_s + tr("Questions? Write to %1.").arg(b.supportEmail).toHtmlEscaped() + u"</small></p>"_s;
    }
    m_sample->setText(html);
}

} // namespace Tidings::Ui
