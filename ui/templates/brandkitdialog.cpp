#include "templates/brandkitdialog.h"

#include "widgets/dialogparts.h"
#include "widgets/logopicker.h"

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
    m_logo = new LogoPicker(this);
    m_logo->addressField()->setObjectName(u"brandKitLogo"_s);
    m_logo->setLogo(brand.logoUrl, brand.logoFile);
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
    m_font = new QLineEdit(brand.fontFamily, this);
    m_font->setObjectName(u"brandKitFont"_s);
    m_font->setPlaceholderText(u"Georgia, 'Times New Roman', serif"_s);
    m_font->setToolTip(tr("Fonts in order of preference, separated by commas; the customer's device uses the first "
                          "one it has"));
    m_address = new QPlainTextEdit(brand.address, this);
    m_address->setObjectName(u"brandKitAddress"_s);
    m_address->setTabChangesFocus(true);
    m_address->setPlaceholderText(tr("Your shop's postal address, shown at the bottom of every email"));
    m_address->setFixedHeight(fontMetrics().lineSpacing() * 4);
    m_phone = new QLineEdit(brand.supportPhone, this);
    m_phone->setObjectName(u"brandKitPhone"_s);
    m_phone->setPlaceholderText(u"+1 555 010 0123"_s);
    m_links = new QPlainTextEdit(linksText(brand.socialLinks), this);
    m_links->setObjectName(u"brandKitLinks"_s);
    m_links->setTabChangesFocus(true);
    m_links->setPlaceholderText(tr("One a line, e.g. Instagram https://instagram.com/your-shop"));
    m_links->setFixedHeight(fontMetrics().lineSpacing() * 4);

    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour, 1);
    colourRow->addWidget(m_swatch);
    colourRow->addWidget(m_chooseColour);
    auto *form = new QFormLayout;
    form->addRow(tr("Shop na&me:"), m_shopName);
    form->addRow(tr("&Logo:"), m_logo);
    auto *colourLabel = new QLabel(tr("&Accent colour:"), this);
    colourLabel->setBuddy(m_colour);
    form->addRow(colourLabel, colourRow);
    form->addRow(tr("Su&pport email:"), m_support);
    form->addRow(tr("Support p&hone:"), m_phone);
    form->addRow(tr("Add&ress:"), m_address);
    form->addRow(tr("Social lin&ks:"), m_links);
    form->addRow(tr("Fo&nt:"), m_font);
    form->addRow(tr("&Footer:"), m_footer);

    m_problem = makeProblemLabel(u"brandKitProblem"_s, this);
    QDialogButtonBox *buttons = makeAcceptButtons(this, tr("&Save"), u"brandKitSaveButton"_s, &m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_logo, &LogoPicker::changed, m_problem, &QWidget::hide);
    for (QLineEdit *field : {m_shopName, m_colour, m_support, m_font, m_phone}) {
        connect(field, &QLineEdit::textEdited, m_problem, &QWidget::hide); // what it said may no longer hold
    }
    for (QPlainTextEdit *field : {m_footer, m_address, m_links}) {
        connect(field, &QPlainTextEdit::textChanged, m_problem, &QWidget::hide);
    }
    connect(m_colour, &QLineEdit::textChanged, this, &BrandKitDialog::updateSwatch);
    connect(m_chooseColour, &QPushButton::clicked, this, &BrandKitDialog::chooseColour);
    updateSwatch();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

BrandKitDialog::~BrandKitDialog() = default;

QLineEdit *BrandKitDialog::logoField() const
{
    return m_logo->addressField();
}

Brand BrandKitDialog::brand() const
{
    Brand brand = m_brand;
    brand.shopName = m_shopName->text().trimmed();
    brand.logoUrl = m_logo->logoUrl();
    brand.logoFile = m_logo->logoFile();
    brand.accentColor = m_colour->text().trimmed();
    brand.supportEmail = m_support->text().trimmed();
    brand.footer = m_footer->toPlainText().trimmed();
    brand.fontFamily = m_font->text().trimmed();
    brand.address = m_address->toPlainText().trimmed();
    brand.supportPhone = m_phone->text().trimmed();
    brand.socialLinks = parseLinks(m_links->toPlainText());
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

QList<BrandLink> BrandKitDialog::parseLinks(const QString &text)
{
    QList<BrandLink> links;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        // The address is the last word; the label is what comes before it (or the address itself).
        const qsizetype space = trimmed.lastIndexOf(u' ');
        const QString url = space < 0 ? trimmed : trimmed.mid(space + 1);
        const QString label = space < 0 ? trimmed : trimmed.left(space).trimmed();
        links.append(BrandLink{label, url});
    }
    return links;
}

QString BrandKitDialog::linksText(const QList<BrandLink> &links)
{
    QStringList lines;
    for (const BrandLink &link : links) {
        lines.append(link.label == link.url ? link.url : link.label + u' ' + link.url);
    }
    return lines.join(u'\n');
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
