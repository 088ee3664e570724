#include "templates/templatespage.h"

#include "channels/channel.h"
#include "engine.h"
#include "store/previewqueries.h"
#include "templates/blockdesigner.h"
#include "templates/brandkitdialog.h"
#include "templates/previewsamples.h"
#include "templates/sendtestdialog.h"
#include "templates/templatecodeeditor.h"
#include "templates/templatefiles.h"
#include "templates/templatepreview.h"
#include "templates/templaterenderer.h"
#include "templates/variablespalette.h"
#include "widgets/messagebox.h"
#include "widgets/pageactions.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryFile>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

constexpr int DraftSaveDelayMs = 800; // after the last keystroke: a pause in typing, not every character
constexpr int CheckDelayMs = 300;     // the checker parses the whole template: once typing pauses
constexpr int EntryRole = Qt::UserRole;
// The language filter's choice that shows every template (a language code is two letters or empty).
const QString AllLanguages = QStringLiteral("*");

bool sameContent(const MessageTemplate &a, const MessageTemplate &b)
{
    return a.subject == b.subject && a.html == b.html && a.text == b.text;
}

QString kindName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Chat:
        return TemplatesPage::tr("Chat");
    case ChannelKind::Sms:
        return TemplatesPage::tr("Text message");
    case ChannelKind::Email:
    case ChannelKind::Automation:
        break;
    }
    return TemplatesPage::tr("Email");
}

enum EditorTab {
    SubjectTab,
    DesignTab,
    HtmlTab,
    TextTab,
};

} // namespace

TemplatesPage::TemplatesPage(PreviewQueries *queries, QWidget *parent)
    : QWidget(parent)
    , m_queries(queries)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"templatesPage"_s);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"templateList"_s);
    m_list->setAccessibleName(tr("Templates"));
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    setFocusProxy(m_list); // the page's shortcut (View → Templates) lands in the list
    auto *listLabel = new QLabel(tr("Templates"), this);
    listLabel->setBuddy(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesPage::showEntry);
    // Enter (or a double click) opens the template: the editor takes the keyboard.
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (auto *editor = m_editorTabs->currentWidget()) {
            editor->setFocus(Qt::OtherFocusReason);
        }
    });
    // The built-in templates come in several languages: one at a time, so the list stays short.
    m_languageFilter = new QComboBox(this);
    m_languageFilter->setObjectName(u"templateLanguageFilter"_s);
    m_languageFilter->setToolTip(tr("Customers get the template in their own language when there is one, "
                                    "otherwise the one in the default language"));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageFilter);
    connect(m_languageFilter, &QComboBox::currentIndexChanged, this, [this] { applyLanguageFilter(); });
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_languageFilter, 1);
    // Many orders do not say the customer's language (WooCommerce never does): the shop says which one they get.
    m_customerLanguage = new QComboBox(this);
    m_customerLanguage->setObjectName(u"customerLanguageBox"_s);
    m_customerLanguage->setToolTip(
        tr("Orders from some shops (WooCommerce, for one) do not say the customer's language. Those customers, and "
           "customers whose language has no templates, get the templates in this language."));
    auto *customerLanguageLabel = new QLabel(tr("For customers of unknown lan&guage:"), this);
    customerLanguageLabel->setWordWrap(true);
    customerLanguageLabel->setBuddy(m_customerLanguage);
    connect(m_customerLanguage, &QComboBox::activated, this, [this] { saveCustomerLanguage(); });
    auto *listColumn = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(listLabel);
    listLayout->addLayout(languageRow);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(customerLanguageLabel);
    listLayout->addWidget(m_customerLanguage);

    m_subject = createEditor(u"subjectEditor"_s, tr("Subject"), TemplateProblem::Part::Subject);
    m_html = createEditor(u"htmlEditor"_s, tr("HTML"), TemplateProblem::Part::Html);
    m_text = createEditor(u"textEditor"_s, tr("Plain text"), TemplateProblem::Part::Text);
    m_subject->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editorTabs = new QTabWidget(this);
    m_editorTabs->setObjectName(u"editorTabs"_s);
    m_editorTabs->setDocumentMode(true);
    // The email's body two ways: as blocks (the visual mode) and as its HTML (the code mode), one template.
    m_designer = new BlockDesigner(this);
    connect(m_designer, &BlockDesigner::htmlEdited, this, [this](const QString &html) {
        // One step of the code editor's undo, not a new document: Ctrl+Z there takes the change back.
        m_designerWriting = true;
        QTextCursor cursor(m_html->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(html);
        m_designerWriting = false;
    });
    connect(m_designer, &BlockDesigner::brandKitRequested, this, &TemplatesPage::showBrandKit);
    m_editorTabs->insertTab(SubjectTab, m_subject, tr("S&ubject"));
    m_editorTabs->insertTab(DesignTab, m_designer, tr("&Design"));
    m_editorTabs->insertTab(HtmlTab, m_html, tr("H&TML"));
    m_editorTabs->insertTab(TextTab, m_text, tr("Plai&n text"));
    m_editorTabs->setTabToolTip(DesignTab, tr("The email as blocks: add, move and change them without HTML"));
    m_editorTabs->setTabToolTip(HtmlTab, tr("The same email as HTML with Mustache variables"));
    // The blocks follow what is typed in the code mode (and a restored or imported version).
    connect(m_html, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_designerWriting && m_editorTabs->currentWidget() == m_designer) {
            m_designer->setHtml(m_html->toPlainText());
        }
    });
    connect(m_editorTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_editorTabs->currentWidget() == m_designer) {
            m_designer->setHtml(m_html->toPlainText());
        }
    });
    // The variables palette, under the editors: double-click, Enter or drag puts a variable in the editor shown.
    m_paletteSpace = new QWidget(this);
    m_paletteSpace->setObjectName(u"paletteSpace"_s);
    auto *paletteLayout = new QVBoxLayout(m_paletteSpace);
    paletteLayout->setContentsMargins(0, 0, 0, 0);
    m_palette = new VariablesPalette(m_paletteSpace);
    m_palette->setObjectName(u"variablesPalette"_s);
    paletteLayout->addWidget(m_palette);
    m_paletteSpace->setMinimumHeight(120);
    connect(m_palette, &VariablesPalette::variableChosen, this, [this](const QString &path) {
        if (m_editorTabs->currentWidget() == m_designer) {
            m_designer->insertVariable(path);
        } else if (auto *editor = qobject_cast<TemplateCodeEditor *>(m_editorTabs->currentWidget())) {
            editor->insertVariable(path);
        }
    });
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(CheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &TemplatesPage::checkTemplate);
    m_state = new QLabel(this);
    m_state->setObjectName(u"templateState"_s);
    m_state->setWordWrap(true);
    auto *editorColumn = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorColumn);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    // The palette under the editors (the preview needs the width of an email beside them); they share the
    // height as the owner drags it, the editor getting the most.
    auto *editorRow = new QSplitter(Qt::Vertical, editorColumn);
    editorRow->setObjectName(u"editorSplitter"_s);
    editorRow->setChildrenCollapsible(false);
    editorRow->addWidget(m_editorTabs);
    editorRow->addWidget(m_paletteSpace);
    editorRow->setStretchFactor(0, 3);
    editorRow->setStretchFactor(1, 1);
    editorLayout->addWidget(editorRow, 1);
    editorLayout->addWidget(m_state);

    m_preview = new TemplatePreview(this);
    m_preview->setSamples(previewSamples());

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(DraftSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        if (const Status saved = saveDraft(); !saved) {
            emit errorOccurred(saved.error());
        }
    });

    m_openInBrowser = addPageAction(this, u"openInBrowserAction"_s, tr("Open in &Browser"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] {
                                        if (const auto opened = openInBrowser(); !opened) {
                                            emit errorOccurred(opened.error());
                                        }
                                    });
    m_openInBrowser->setToolTip(tr("Shows the message in your web browser, exactly as rendered, with its images"));
    m_sendTest = addPageAction(this, u"sendTestAction"_s, tr("Send T&est To…"), QKeySequence(Qt::CTRL | Qt::Key_T),
                               &TemplatesPage::sendTest);
    m_sendTest->setToolTip(tr("Sends the message as the preview shows it to you, through one of your channels"));
    m_saveDraft = addPageAction(this, u"saveDraftAction"_s, tr("Save Dr&aft"), QKeySequence::Save, [this] {
        if (const Status saved = saveDraft(); !saved) {
            emit errorOccurred(saved.error());
        }
    });
    m_saveDraft->setToolTip(tr("Drafts are saved a moment after you stop typing; customers do not see them"));
    // Ctrl+Shift+P is Pause All Sending; Ctrl+Shift+U starts Unicode input where IBus runs.
    m_publish = addPageAction(this, u"publishAction"_s, tr("&Publish…"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &TemplatesPage::publish);
    m_publish->setToolTip(tr("Customers get this draft from the next message on"));
    m_discard = addPageAction(this, u"discardDraftAction"_s, tr("Disca&rd Draft…"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &TemplatesPage::discardDraft);
    m_discard->setToolTip(tr("Goes back to the version customers get now"));
    m_history = addPageAction(this, u"templateHistoryAction"_s, tr("Histor&y…"), QKeySequence(Qt::CTRL | Qt::Key_H),
                              &TemplatesPage::showHistory);
    m_history->setToolTip(tr("Earlier versions: compare them, or bring one back as a draft"));
    m_brandKit = addPageAction(this, u"brandKitAction"_s, tr("Brand K&it…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), &TemplatesPage::showBrandKit);
    // Not Ctrl+K: in the editors that deletes to the end of the line.
    m_brandKit->setToolTip(tr("Your shop's name, logo, colour and support address in every message"));

    m_files = new TemplateFiles(this);
    connect(m_files, &TemplateFiles::done, this, &TemplatesPage::noticeShown);
    connect(m_files, &TemplateFiles::errorOccurred, this, &TemplatesPage::errorOccurred);

    auto *toolbar = new QHBoxLayout;
    for (QAction *action : {m_saveDraft, m_publish, m_discard, m_history}) {
        toolbar->addWidget(textButtonFor(action, this));
    }
    toolbar->addStretch(1);
    for (QAction *action :
         {m_openInBrowser, m_sendTest, m_brandKit, m_files->importAction(), m_files->exportAction()}) {
        toolbar->addWidget(textButtonFor(action, this));
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"templatesSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listColumn);
    splitter->addWidget(editorColumn);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    const int em = fontMetrics().averageCharWidth();
    // An email is 600 pixels wide: the preview starts wide enough to show it whole.
    splitter->setSizes({em * 22, em * 72, std::max(em * 92, 640)});
    editorRow->setSizes({em * 60, em * 36});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);

    updateActions();
}

TemplatesPage::~TemplatesPage() = default;

TemplateCodeEditor *TemplatesPage::createEditor(const QString &objectName, const QString &accessibleName,
                                                TemplateProblem::Part part)
{
    auto *editor = new TemplateCodeEditor(this);
    editor->setObjectName(objectName);
    editor->setAccessibleName(accessibleName);
    editor->setPart(part);
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor->setTabChangesFocus(false);
    connect(editor, &QPlainTextEdit::textChanged, this, &TemplatesPage::onEdited);
    return editor;
}

void TemplatesPage::checkTemplate()
{
    m_checkTimer->stop();
    if (m_shownRow < 0 || m_shownRow >= m_entries.size()) {
        m_problems.clear();
    } else {
        m_problems = TemplateValidator::validate(editedTemplate());
    }
    for (TemplateCodeEditor *editor : {m_subject, m_html, m_text}) {
        editor->setProblems(m_problems);
    }
    m_designer->setProblems(m_problems);
    updateState();
}

QString TemplatesPage::keyOf(const MessageTemplate &messageTemplate)
{
    return messageTemplate.id + u'/' + messageTemplate.language;
}

ChannelKind TemplatesPage::kindOf(const MessageTemplate &messageTemplate)
{
    if (messageTemplate.kind == u"chat"_s) {
        return ChannelKind::Chat;
    }
    if (messageTemplate.kind == u"sms"_s) {
        return ChannelKind::Sms;
    }
    return ChannelKind::Email;
}

void TemplatesPage::setEngine(Engine *engine)
{
    if (m_engine) {
        disconnect(m_engine, nullptr, this, nullptr);
    }
    m_engine = engine;
    m_files->setEngine(engine);
    if (engine) {
        m_preview->setBrand(engine->config().brand);
        connect(engine, &Engine::brandChanged, this, [this] {
            if (m_engine) {
                m_preview->setBrand(m_engine->config().brand);
            }
        });
        // Drafts saved, published or restored elsewhere (or here: reload() leaves the editor alone then).
        connect(engine, &Engine::templatesChanged, this, [this] {
            if (!m_engine || m_saving) {
                return;
            }
            if (const Status loaded = reload(); !loaded) {
                emit errorOccurred(loaded.error());
            }
        });
        // The window gets its engine before it starts: the brand and the templates are read at start.
        connect(engine, &Engine::started, this, [this] {
            if (!m_engine) {
                return;
            }
            m_preview->setBrand(m_engine->config().brand);
            if (const Status loaded = reload(); !loaded) {
                emit errorOccurred(loaded.error());
            }
        });
        if (const Status loaded = reload(); !loaded) {
            emit errorOccurred(loaded.error());
        }
    }
    updateActions();
}

Status TemplatesPage::reload()
{
    const Status orders = reloadOrders();
    if (!m_engine) {
        return orders;
    }
    if (m_dirty) {
        if (const Status saved = saveDraft(); !saved) {
            return saved; // what was typed is not thrown away by the reload
        }
    }
    auto entries = loadEntries();
    if (!entries) {
        return entries.error();
    }
    const int row = currentRow();
    const QString keptKey = row >= 0 ? keyOf(m_entries.at(row).live) : QString();
    m_entries = *entries;
    int select = 0;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (int i = 0; i < m_entries.size(); ++i) {
            auto *item = new QListWidgetItem(m_list);
            item->setData(EntryRole, i);
            updateListItem(i);
            if (keyOf(m_entries.at(i).live) == keptKey) {
                select = i;
            }
        }
        if (!m_entries.isEmpty()) {
            m_list->setCurrentRow(select);
        }
        fillLanguageFilter(m_entries.isEmpty() ? QString() : m_entries.at(select).live.language);
        if (m_list->currentRow() >= 0) {
            select = m_list->currentRow(); // the filter shows another language than the kept template's
        }
    }
    // The same template, with the text the editor holds: leave the editor (and its cursor) alone. Otherwise
    // (another template, a restored version) show what is stored.
    const bool same = !m_entries.isEmpty() && keyOf(m_entries.at(select).live) == keptKey &&
                      sameContent(editedTemplate(), m_entries.at(select).current());
    if (same) {
        m_shownRow = select;
        updateState();
    } else {
        m_shownRow = -1;
        showEntry(m_entries.isEmpty() ? -1 : select);
    }
    updateActions();
    return orders;
}

Status TemplatesPage::reloadOrders()
{
    if (!m_queries) {
        return {};
    }
    auto orders = m_queries->recentOrders();
    if (!orders) {
        return orders.error();
    }
    m_preview->setOrders(*orders);
    return {};
}

void TemplatesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // New orders may have come in since: offer them.
    if (const Status loaded = reloadOrders(); !loaded) {
        emit errorOccurred(loaded.error());
    }
}

void TemplatesPage::updateListItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item || row >= m_entries.size()) {
        return;
    }
    const Entry &entry = m_entries.at(row);
    const bool draft = entry.draft && !sameContent(*entry.draft, entry.live);
    // The language is named where the list mixes them.
    const bool mixed = m_languageFilter->currentData().toString() == AllLanguages;
    const QString name = entry.live.language.isEmpty() || !mixed
                             ? entry.live.name
                             : tr("%1 (%2)").arg(entry.live.name, entry.live.language.toUpper());
    // The built-in names say the kind already ("Shipped (text message)"): the kind goes in the tooltip only.
    item->setText(draft ? name + u'\n' + tr("Draft, not published") : name);
    QFont font = item->font();
    font.setItalic(draft);
    item->setFont(font);
    const QString kind = kindName(kindOf(entry.live));
    const QString why = draft ? tr("%1. Has changes that customers do not get until you publish them").arg(kind) : kind;
    item->setToolTip(why);
    item->setData(Qt::AccessibleDescriptionRole, why);
}

int TemplatesPage::currentRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? row : -1;
}

void TemplatesPage::showEntry(int row)
{
    if (row == m_shownRow) {
        return;
    }
    if (m_dirty && m_shownRow >= 0) {
        if (const Status saved = saveDraft(); !saved) {
            emit errorOccurred(saved.error());
        }
    }
    m_shownRow = row;
    if (row < 0 || row >= m_entries.size()) {
        updateActions();
        return;
    }
    const MessageTemplate &shown = m_entries.at(row).current();
    const ChannelKind kind = kindOf(shown);
    m_loading = true;
    m_subject->setPlainText(shown.subject);
    m_html->setPlainText(shown.html);
    m_text->setPlainText(shown.text);
    m_loading = false;
    m_dirty = false;
    // Chat and text messages have only a text.
    const bool email = kind == ChannelKind::Email || kind == ChannelKind::Automation;
    m_editorTabs->setTabVisible(SubjectTab, email);
    m_editorTabs->setTabVisible(DesignTab, email);
    m_editorTabs->setTabVisible(HtmlTab, email);
    if (email) {
        // New blocks start with the built-in words of the template's language.
        if (!m_examplesLanguage || *m_examplesLanguage != shown.language) {
            QList<TemplateBlock> examples;
            for (const QString &id : {u"shipped"_s, u"order_confirmed"_s, u"back_in_stock"_s}) {
                if (const auto builtIn = builtInTemplate(id, shown.language)) {
                    examples += TemplateBlocks::parse(builtIn->html);
                }
            }
            m_designer->setExamples(examples);
            m_examplesLanguage = shown.language;
        }
        m_designer->setHtml(shown.html);
    }
    // An email opens in the visual mode, unless the owner chose the code mode for the one before.
    m_editorTabs->setCurrentIndex(!email ? TextTab : m_editorTabs->currentIndex() == HtmlTab ? HtmlTab : DesignTab);
    m_preview->setTemplate(shown, kind);
    m_preview->renderNow();
    checkTemplate();
    updateActions();
}

bool TemplatesPage::selectTemplate(const QString &id, const QString &language)
{
    MessageTemplate wanted;
    wanted.id = id;
    wanted.language = language;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (keyOf(m_entries.at(i).live) == keyOf(wanted)) {
            if (m_list->isRowHidden(i)) {
                showLanguage(language);
            }
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

bool TemplatesPage::showLanguage(const QString &language)
{
    const int index = m_languageFilter->findData(language);
    if (index < 0) {
        return false;
    }
    m_languageFilter->setCurrentIndex(index);
    return true;
}

QString TemplatesPage::languageName(const QString &language)
{
    if (language.isEmpty()) {
        return tr("Default language");
    }
    const QLocale locale(language);
    QString name = locale.language() == QLocale::C ? language : locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper(); // "français" in a list of names
    }
    return tr("%1 (%2)").arg(name, language.toUpper());
}

// One entry per language the templates are in, and "All languages"; keeps the choice, else shows `fallback`'s.
void TemplatesPage::fillLanguageFilter(const QString &fallback)
{
    QStringList languages;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!languages.contains(entry.live.language)) {
            languages.append(entry.live.language);
        }
    }
    std::sort(languages.begin(), languages.end()); // the default ("") first
    const QVariant chosen = m_languageFilter->currentIndex() >= 0 ? m_languageFilter->currentData() : QVariant();
    {
        const QSignalBlocker block(m_languageFilter);
        m_languageFilter->clear();
        for (const QString &language : std::as_const(languages)) {
            m_languageFilter->addItem(languageName(language), language);
        }
        m_languageFilter->addItem(tr("All languages"), AllLanguages);
        int index = chosen.isValid() ? m_languageFilter->findData(chosen) : -1;
        if (index < 0) {
            index = m_languageFilter->findData(fallback);
        }
        m_languageFilter->setCurrentIndex(std::max(index, 0));
    }
    applyLanguageFilter();

    QString customers;
    if (m_engine) {
        auto stored = m_engine->customerLanguage();
        if (!stored) {
            emit errorOccurred(stored.error());
        }
        customers = stored ? *stored : QString();
    }
    const QSignalBlocker block(m_customerLanguage);
    m_customerLanguage->clear();
    for (const QString &language : std::as_const(languages)) {
        m_customerLanguage->addItem(languageName(language), language);
    }
    if (m_customerLanguage->findData(customers) < 0) {
        m_customerLanguage->addItem(languageName(customers), customers); // its templates were removed since
    }
    m_customerLanguage->setCurrentIndex(m_customerLanguage->findData(customers));
}

void TemplatesPage::saveCustomerLanguage()
{
    if (!m_engine) {
        return;
    }
    if (const Status saved = m_engine->setCustomerLanguage(m_customerLanguage->currentData().toString()); !saved) {
        emit errorOccurred(saved.error());
        fillLanguageFilter(QString()); // back to what is stored
    }
}

void TemplatesPage::applyLanguageFilter()
{
    const QString shown = m_languageFilter->currentData().toString();
    int firstVisible = -1;
    for (int i = 0; i < m_list->count() && i < m_entries.size(); ++i) {
        const bool hidden = shown != AllLanguages && m_entries.at(i).live.language != shown;
        m_list->setRowHidden(i, hidden);
        updateListItem(i);
        if (!hidden && firstVisible < 0) {
            firstVisible = i;
        }
    }
    // The template on show stays on show when it is in the language chosen; otherwise the first one that is.
    const int row = m_list->currentRow();
    if ((row < 0 || m_list->isRowHidden(row)) && firstVisible >= 0) {
        m_list->setCurrentRow(firstVisible);
    }
}

MessageTemplate TemplatesPage::editedTemplate() const
{
    const int row = m_shownRow;
    MessageTemplate edited = row >= 0 && row < m_entries.size() ? m_entries.at(row).live : MessageTemplate();
    edited.subject = m_subject->toPlainText();
    edited.html = m_html->toPlainText();
    edited.text = m_text->toPlainText();
    return edited;
}

void TemplatesPage::onEdited()
{
    if (m_loading || m_shownRow < 0) {
        return;
    }
    if (!m_dirty) {
        m_dirty = true;
        updateActions(); // Publish and Discard Draft apply to what is being typed
    }
    const MessageTemplate edited = editedTemplate();
    m_preview->setTemplate(edited, kindOf(edited));
    m_saveTimer->start();
    m_checkTimer->start();
}

Status TemplatesPage::saveDraft()
{
    m_saveTimer->stop();
    if (!m_dirty || m_shownRow < 0 || m_shownRow >= m_entries.size()) {
        return {};
    }
    const MessageTemplate edited = editedTemplate();
    Entry &entry = m_entries[m_shownRow];
    m_saving = true; // our own templatesChanged needs no reload
    Status stored = sameContent(edited, entry.live) ? (entry.draft ? dropDraft(edited) : Status()) : storeDraft(edited);
    m_saving = false;
    if (!stored) {
        return stored;
    }
    m_dirty = false;
    if (sameContent(edited, entry.live)) {
        entry.draft.reset();
    } else {
        entry.draft = edited;
    }
    updateListItem(m_shownRow);
    updateState();
    updateActions();
    return {};
}

void TemplatesPage::updateState()
{
    if (m_shownRow < 0 || m_shownRow >= m_entries.size()) {
        m_state->clear();
        return;
    }
    const Entry &entry = m_entries.at(m_shownRow);
    const bool draft = entry.draft && !sameContent(*entry.draft, entry.live);
    QString state = draft ? tr("Draft: customers get the published version until you publish this one.")
                          : tr("Published: this is what customers get.");
    const auto errors = std::count_if(m_problems.cbegin(), m_problems.cend(), [](const TemplateProblem &p) {
        return p.severity == TemplateProblem::Severity::Error;
    });
    const auto warnings = m_problems.size() - errors;
    if (errors > 0) {
        state += u' ' + tr("%n problem(s) to fix before publishing (marked in the editor; F8 goes to the next).",
                           nullptr, int(errors));
    } else if (warnings > 0) {
        state +=
            u' ' + tr("%n thing(s) worth a look (marked in the editor; F8 goes to the next).", nullptr, int(warnings));
    }
    m_state->setText(state);
}

void TemplatesPage::updateActions()
{
    const bool chosen = m_shownRow >= 0 && m_shownRow < m_entries.size();
    const bool draft = chosen && m_entries.at(m_shownRow).draft.has_value();
    const bool running = m_engine != nullptr;
    m_openInBrowser->setEnabled(chosen);
    m_sendTest->setEnabled(chosen && running);
    m_saveDraft->setEnabled(chosen && running);
    m_publish->setEnabled(chosen && running && (draft || m_dirty));
    m_discard->setEnabled(chosen && running && (draft || m_dirty));
    m_history->setEnabled(chosen && running);
    m_brandKit->setEnabled(running);
}

Result<QString> TemplatesPage::openInBrowser()
{
    m_preview->renderNow(); // exactly what the editor holds now
    const auto &rendering = m_preview->lastRendering();
    if (!rendering || !*rendering) {
        return rendering ? rendering->error()
                         : Error::make(ErrorCode::InvalidInput, tr("Choose a template to open in the browser."));
    }
    QTemporaryFile file(QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                        u"/tidings-preview-XXXXXX.html"_s);
    file.setAutoRemove(false); // the browser reads it after this returns
    if (!file.open() || file.write(rendering->value().html.toUtf8()) < 0 || !file.flush()) {
        return Error::make(ErrorCode::Internal, tr("Tidings could not write the preview to a file for your browser."),
                           file.errorString());
    }
    const QString path = file.fileName();
    file.close();
    if (!m_opener(QUrl::fromLocalFile(path))) {
        return Error::make(ErrorCode::Internal,
                           tr("Tidings could not open your web browser. The preview is in %1.").arg(path));
    }
    return path;
}

void TemplatesPage::sendTest()
{
    if (!m_engine || m_shownRow < 0) {
        return;
    }
    if (auto *open = findChild<SendTestDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    const MessageTemplate edited = editedTemplate();
    const ChannelKind kind = kindOf(edited);
    QList<SendTestDialog::ChannelChoice> channels;
    for (const ChannelConfig &channel : m_engine->config().channels) {
        const ChannelTypeInfo *info = channelTypeInfo(channel.type);
        if (channel.enabled && info && info->kind == kind) {
            channels.append({channel.id, channel.name.isEmpty() ? info->displayName : channel.name, info->displayName});
        }
    }
    const QString address = kind == ChannelKind::Email ? m_engine->config().brand.supportEmail : QString();
    QPointer<Engine> engine = m_engine;
    QPointer<TemplatePreview> preview = m_preview;
    auto *dialog = new SendTestDialog(
        channels, address,
        [this, engine, preview](const QString &channelId, const QString &to,
                                std::function<void(const SendOutcome &)> done) {
            if (!engine || !preview) {
                return;
            }
            // What the preview shows at the moment Send is pressed.
            engine->sendTemplateTest(channelId, editedTemplate(), preview->currentContext(), to, std::move(done));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TemplatesPage::publish()
{
    if (!m_engine || m_shownRow < 0) {
        return;
    }
    const QString name = m_entries.at(m_shownRow).live.name;
    checkTemplate();
    const auto error = std::find_if(m_problems.cbegin(), m_problems.cend(), [](const TemplateProblem &p) {
        return p.severity == TemplateProblem::Severity::Error;
    });
    if (error != m_problems.cend()) {
        // Publishing a broken template would break every message that uses it: the checker's words, in the window.
        emit errorOccurred(
            Error::make(ErrorCode::InvalidInput, tr("\"%1\" cannot be published yet: %2").arg(name, error->message)));
        return;
    }
    QString question = tr("Customers get this version of \"%1\" from the next message on. Messages already "
                          "queued keep the version they were queued with.")
                           .arg(name);
    // A change to the default words does not reach customers who get a translation: say so before it goes live.
    const MessageTemplate &shown = m_entries.at(m_shownRow).live;
    if (shown.language.isEmpty()) {
        QStringList others;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.live.id == shown.id && !entry.live.language.isEmpty()) {
                others.append(languageName(entry.live.language));
            }
        }
        if (!others.isEmpty()) {
            question += u"\n\n"_s + tr("Customers who read %1 get their own version of this template. Change "
                                       "those too if this change matters to them (Language above the list).")
                                        .arg(QLocale().createSeparatedList(others));
        }
    }
    if (MessageBox::confirm(this, tr("Publish Template"), question, tr("&Publish")) != QMessageBox::Yes) {
        return;
    }
    if (const Status saved = saveDraft(); !saved) {
        emit errorOccurred(saved.error());
        return;
    }
    const auto published = publishDraft(m_entries.at(m_shownRow).current());
    if (!published) {
        emit errorOccurred(published.error());
        return;
    }
    if (const Status loaded = reload(); !loaded) {
        emit errorOccurred(loaded.error());
    }
}

void TemplatesPage::discardDraft()
{
    if (!m_engine || m_shownRow < 0) {
        return;
    }
    const QString name = m_entries.at(m_shownRow).live.name;
    if (MessageBox::confirm(this, tr("Discard Draft"),
                            tr("Your changes to \"%1\" are thrown away and the editor shows the version customers "
                               "get. Earlier published versions stay in History.")
                                .arg(name),
                            tr("&Discard")) != QMessageBox::Yes) {
        return;
    }
    m_saveTimer->stop();
    m_dirty = false;
    if (const Status dropped = dropDraft(m_entries.at(m_shownRow).live); !dropped) {
        emit errorOccurred(dropped.error());
        return;
    }
    m_entries[m_shownRow].draft.reset();
    const int row = m_shownRow;
    m_shownRow = -1;
    showEntry(row);
    updateListItem(row);
}

void TemplatesPage::showHistory()
{
    if (!m_engine || m_shownRow < 0) {
        return;
    }
    if (const Status saved = saveDraft(); !saved) {
        emit errorOccurred(saved.error());
        return;
    }
    const MessageTemplate shown = m_entries.at(m_shownRow).live;
    auto versions = loadHistory(shown);
    if (!versions) {
        emit errorOccurred(versions.error());
        return;
    }
    auto *dialog = new TemplateHistoryDialog(
        shown.name, *versions, [this](qint64 versionId) { return restoreVersion(versionId); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // The restored version is the draft now: reload() shows it in the editor.
        if (const Status loaded = reload(); !loaded) {
            emit errorOccurred(loaded.error());
        }
    });
    dialog->open();
}

void TemplatesPage::showBrandKit()
{
    if (!m_engine) {
        return;
    }
    if (auto *open = findChild<BrandKitDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    QPointer<Engine> engine = m_engine;
    auto *dialog = new BrandKitDialog(
        m_engine->config().brand,
        [engine](const Brand &brand) -> Status {
            if (!engine) {
                return Error::make(ErrorCode::Internal, TemplatesPage::tr("Tidings is not running."));
            }
            return engine->setBrand(brand);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// --- The store's side of drafts and versions (Engine, enginetemplates.cpp). ---

Result<QList<TemplatesPage::Entry>> TemplatesPage::loadEntries()
{
    auto stored = m_engine->templateEntries();
    if (!stored) {
        return stored.error();
    }
    QList<Entry> entries;
    for (const TemplateEntry &entry : std::as_const(*stored)) {
        Entry shown{entry.live, entry.draft};
        if (shown.live.id.isEmpty() && entry.draft) {
            // Never published: the draft names it; "live" has no text, so the draft shows as one.
            shown.live.id = entry.draft->id;
            shown.live.name = entry.draft->name;
            shown.live.kind = entry.draft->kind;
            shown.live.language = entry.draft->language;
        }
        entries.append(shown);
    }
    return entries;
}

Status TemplatesPage::storeDraft(const MessageTemplate &draft)
{
    return m_engine->saveTemplateDraft(draft);
}

Status TemplatesPage::dropDraft(const MessageTemplate &messageTemplate)
{
    return m_engine->discardTemplateDraft(messageTemplate.id, messageTemplate.language);
}

Result<qint64> TemplatesPage::publishDraft(const MessageTemplate &messageTemplate)
{
    return m_engine->publishTemplate(messageTemplate.id, messageTemplate.language);
}

Result<QList<HistoryVersion>> TemplatesPage::loadHistory(const MessageTemplate &messageTemplate)
{
    auto stored = m_engine->templateHistory(messageTemplate.id, messageTemplate.language);
    if (!stored) {
        return stored.error();
    }
    QList<HistoryVersion> versions;
    for (const TemplateVersion &version : std::as_const(*stored)) {
        // A version's createdAt is when it was published (or shipped, for a built-in one).
        versions.append({version.id, version.content, version.createdAt, version.createdAt, version.live});
    }
    return versions;
}

Status TemplatesPage::restoreVersion(qint64 versionId)
{
    return m_engine->restoreTemplateVersion(versionId);
}

} // namespace Tidings::Ui
