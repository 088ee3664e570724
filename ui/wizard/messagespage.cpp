#include "wizard/messagespage.h"

#include "channels/channeltest.h"
#include "config/appconfig.h"
#include "engine.h"
#include "templates/templatepreview.h"
#include "templates/templaterenderer.h"
#include "wizard/brandpage.h"
#include "wizard/gettingstartedwizard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int TemplateIdRole = Qt::UserRole;

QString whenText(const QString &trigger)
{
    if (trigger == u"order.created") {
        return MessagesPage::tr("When an order is placed");
    }
    if (trigger == u"shipment.created") {
        return MessagesPage::tr("When an order ships");
    }
    if (trigger == u"shipment.delayed") {
        return MessagesPage::tr("When a parcel seems stuck (with Delay Detection on)");
    }
    if (trigger == u"order.backordered") {
        return MessagesPage::tr("When an order waits for an item that ran out");
    }
    if (trigger == u"stock.status:back_in_stock") {
        return MessagesPage::tr("When a product customers wait for is back in stock");
    }
    return trigger;
}

} // namespace

MessagesPage::MessagesPage(GettingStartedWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"messagesPage"_s);
    setTitle(tr("Your messages"));
    setSubTitle(tr("What your customers are sent, and when. Here with a made-up order and your brand."));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"messagesList"_s);
    for (const RuleConfig &rule : defaultRules(QString())) {
        const std::optional<MessageTemplate> builtIn = builtInTemplate(rule.templateId);
        const QString name = builtIn ? builtIn->name : rule.templateId;
        auto *item = new QListWidgetItem(tr("%1: %2").arg(whenText(rule.trigger), name), m_list);
        item->setData(TemplateIdRole, rule.templateId);
    }
    // The language of the messages for customers whose order does not say theirs (WooCommerce never does).
    m_language = new QComboBox(this);
    m_language->setObjectName(u"customerLanguageBox"_s);
    m_language->addItem(tr("English"), QString());
    for (const QString &language : builtInLanguages()) {
        QString name = QLocale(language).nativeLanguageName();
        if (!name.isEmpty()) {
            name[0] = name.at(0).toUpper();
        }
        m_language->addItem(name, language);
    }
    m_language->setToolTip(tr("Orders that say the customer's language get the messages in it, when Tidings has "
                              "them in it. This one is for the others. You can change it later on the Templates "
                              "page."));
    auto *languageLabel = new QLabel(tr("Customers whose order does not say their &language get:"), this);
    languageLabel->setBuddy(m_language);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    connect(m_language, &QComboBox::currentIndexChanged, this, &MessagesPage::showPreview);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"messagesProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *listLabel = new QLabel(tr("&Messages:"), this);
    listLabel->setBuddy(m_list);
    m_subject = new QLabel(this);
    m_subject->setObjectName(u"messageSubject"_s);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new PreviewBrowser(this);
    m_preview->setObjectName(u"messagePreview"_s);
    m_preview->setOpenLinks(false); // a sample: its links lead nowhere

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(languageRow);
    layout->addWidget(listLabel);
    layout->addWidget(m_list);
    layout->addWidget(m_subject);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * (m_list->count() + 1) + 2 * m_list->frameWidth());

    connect(m_list, &QListWidget::currentRowChanged, this, &MessagesPage::showPreview);
}

MessagesPage::~MessagesPage() = default;

void MessagesPage::initializePage()
{
    // The shop's choice when it made one; else the window's language, which is likely its customers' too.
    QString language;
    if (Engine *engine = m_wizard->engine()) {
        const auto stored = engine->customerLanguage();
        language = stored ? *stored : QString();
    }
    if (language.isEmpty()) {
        const QString window = QLocale().name().left(2);
        language = builtInLanguages().contains(window) ? window : QString();
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    if (m_list->currentRow() < 0 && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    showPreview(); // the brand may have changed since
    m_list->setFocus(Qt::OtherFocusReason);
}

void MessagesPage::showPreview()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_subject->clear();
        m_preview->clear();
        return;
    }
    const QString id = item->data(TemplateIdRole).toString();
    const QString to = m_wizard->ownerEmail().isEmpty() ? u"sam@example.com"_s : m_wizard->ownerEmail();
    Brand brand = m_wizard->brandPage()->brand();
    // The preview does not fetch pictures from the web: a logo there would show as a broken image here. A logo
    // from a file shows, from memory.
    brand.logoUrl.clear();
    const QString language = m_language->currentData().toString();
    OrderEvent order = ChannelTest::sampleOrder(to, QString());
    if (!language.isEmpty()) {
        order.customerLocale = language; // a customer who reads it: money and dates the same way
    }
    const QJsonObject context = TemplateRenderer::buildContext(order, brand);
    const std::optional<MessageTemplate> messageTemplate = builtInTemplate(id, language);
    if (!messageTemplate) {
        return;
    }
    const auto rendered = TemplateRenderer::render(*messageTemplate, context);
    if (!rendered) {
        m_subject->setText(rendered.error().message);
        m_preview->clear();
        return;
    }
    m_subject->setText(tr("Subject: %1").arg(rendered->subject));
    m_preview->setLogo(brand.logoFile);
    m_preview->setHtml(rendered->html);
}

QTextBrowser *MessagesPage::preview() const
{
    return m_preview;
}

bool MessagesPage::validatePage()
{
    Engine *engine = m_wizard->engine();
    if (m_wizard->isSkipping() || !engine) {
        return true;
    }
    if (const Status saved = engine->setCustomerLanguage(m_language->currentData().toString()); !saved) {
        GettingStartedWizard::showOutcome(m_problem, saved.error().message, true);
        return false;
    }
    m_problem->hide();
    return true;
}

} // namespace Tidings::Ui
