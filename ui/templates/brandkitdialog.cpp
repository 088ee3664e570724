#include "templates/brandkitdialog.h"

#include "widgets/dialogparts.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

BrandKitDialog::BrandKitDialog(const Brand &brand, Save save, QWidget *parent)
    : QDialog(parent)
    , m_brand(brand)
    , m_saveBrand(std::move(save))
{
    setObjectName(u"brandKitDialog"_s);
    setWindowTitle(tr("Brand Kit"));

    auto *intro = new QLabel(tr("Every message carries your shop's name, colour and logo, and where customers can "
                                "write to you. Changes apply to the next message sent."),
                             this);
    intro->setWordWrap(true);
    m_shopName = new QLineEdit(brand.shopName, this);
    m_shopName->setObjectName(u"brandKitShopName"_s);
    m_shopName->setPlaceholderText(tr("e.g. Juniper & Pine"));
    m_logo = new QLineEdit(brand.logoUrl, this);
    m_logo->setObjectName(u"brandKitLogo"_s);
    m_logo->setPlaceholderText(tr("https://… (the address of your logo picture on your website)"));
    m_colour = new QLineEdit(brand.accentColor, this);
    m_colour->setObjectName(u"brandKitColour"_s);
    m_colour->setPlaceholderText(u"#2f6f4f"_s);
    m_colour->setMaxLength(7);
    m_swatch = new QLabel(this);
    m_swatch->setFixedSize(fontMetrics().height() * 2, fontMetrics().height());
    m_swatch->setFrameShape(QFrame::Box);
    m_chooseColour = new QPushButton(tr("Choose Colo&ur…"), this);
    m_chooseColour->setObjectName(u"brandKitChooseColour"_s);
    m_chooseColour->setAutoDefault(false);
    m_support = new QLineEdit(brand.supportEmail, this);
    m_support->setObjectName(u"brandKitSupport"_s);
    m_support->setPlaceholderText(tr("help@your-shop.com"));
    m_footer = new QPlainTextEdit(brand.footer, this);
    m_footer->setObjectName(u"brandKitFooter"_s);
    m_footer->setTabChangesFocus(true);
    m_footer->setPlaceholderText(tr("e.g. your shop's address, or a thank-you line"));
    m_footer->setFixedHeight(fontMetrics().lineSpacing() * 4);

    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour, 1);
    colourRow->addWidget(m_swatch);
    colourRow->addWidget(m_chooseColour);
    auto *form = new QFormLayout;
    form->addRow(tr("Shop na&me:"), m_shopName);
    form->addRow(tr("&Logo address:"), m_logo);
    auto *colourLabel = new QLabel(tr("&Accent colour:"), this);
    colourLabel->setBuddy(m_colour);
    form->addRow(colourLabel, colourRow);
    form->addRow(tr("Su&pport email:"), m_support);
    form->addRow(tr("&Footer:"), m_footer);

    m_problem = makeProblemLabel(u"brandKitProblem"_s, this);
    QDialogButtonBox *buttons = makeAcceptButtons(this, tr("&Save"), u"brandKitSaveButton"_s, &m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QLineEdit *field : {m_shopName, m_logo, m_colour, m_support}) {
        connect(field, &QLineEdit::textEdited, m_problem, &QWidget::hide); // what it said may no longer hold
    }
    connect(m_footer, &QPlainTextEdit::textChanged, m_problem, &QWidget::hide);
    connect(m_colour, &QLineEdit::textChanged, this, &BrandKitDialog::updateSwatch);
    connect(m_chooseColour, &QPushButton::clicked, this, &BrandKitDialog::chooseColour);
    updateSwatch();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

BrandKitDialog::~BrandKitDialog() = default;

Brand BrandKitDialog::brand() const
{
    Brand brand = m_brand;
    brand.shopName = m_shopName->text().trimmed();
    brand.logoUrl = m_logo->text().trimmed();
    brand.accentColor = m_colour->text().trimmed();
    brand.supportEmail = m_support->text().trimmed();
    brand.footer = m_footer->toPlainText().trimmed();
    return brand;
}

void BrandKitDialog::accept()
{
    if (m_saveBrand) {
        if (const Status saved = m_saveBrand(brand()); !saved) {
            m_problem->setText(saved.error().message);
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

void BrandKitDialog::chooseColour()
{
    const QColor start(m_colour->text().trimmed());
    const QColor chosen =
        QColorDialog::getColor(start.isValid() ? start : QColor(Brand().accentColor), this, tr("Accent Colour"));
    if (chosen.isValid()) {
        m_colour->setText(chosen.name());
        m_problem->hide();
    }
    m_colour->setFocus(Qt::OtherFocusReason);
}

void BrandKitDialog::updateSwatch()
{
    const QColor colour(m_colour->text().trimmed());
    m_swatch->setStyleSheet(colour.isValid() ? u"background: %1;"_s.arg(colour.name()) : QString());
}

} // namespace Tidings::Ui
