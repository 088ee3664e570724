#pragma once

#include "channels/channeltypeinfo.h"
#include "model/result.h"
#include "templates/messagetemplate.h"
#include "templates/templatecodeeditor.h"
#include "templates/templatehistorydialog.h"
#include "templates/templatevalidator.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTimer;
class QUrl;

namespace Tidings {
class Engine;
class PreviewQueries;
} // namespace Tidings

namespace Tidings::Ui {

class BlockDesigner;
class BrandKitDialog;
class VariablesPalette;
class SendTestDialog;
class TemplateFiles;
class TemplatePreview;

// Templates: what customers get, before it goes live. The shop's templates on the left (with a "Draft" mark
// where the draft differs from what is sent), the one chosen in the editor (Subject / HTML / Plain text; chat
// and text-message templates have only Text), and beside it a live preview on a sample or a real order.
// Edits are a draft, saved a moment after typing stops (or at once with Ctrl+S); customers keep getting the
// live version until Publish. Open in Browser, Send Test to…, History… and Brand Kit… are on the toolbar.
class TemplatesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesPage)

public:
    // `queries` (the real orders to preview with) must outlive the page.
    explicit TemplatesPage(PreviewQueries *queries, QWidget *parent = nullptr);
    ~TemplatesPage() override;

    // The running pipeline: templates, brand, channels. nullptr disables the page's actions.
    void setEngine(Engine *engine);

    // Reads the templates and the recent orders again; keeps the chosen template when it is still there.
    Status reload();
    // Reads the recent orders again (the "Preview with:" list).
    Status reloadOrders();

    // Chooses the template (id, language); false when there is none.
    bool selectTemplate(const QString &id, const QString &language = {});
    // The template as the editor shows it now (a draft when it differs from the live one).
    MessageTemplate editedTemplate() const;

    // Writes the rendered HTML to a file in the temporary folder and opens it with `opener` (by default the
    // system's browser); returns the file's path, or why not.
    Result<QString> openInBrowser();

    // For tests: opens preview files instead of the system's browser.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_opener = std::move(opener); }

    // Saves the editor's text as the draft now (the timer does it a moment after typing stops).
    Status saveDraft();

    QListWidget *templateList() const { return m_list; }

    // Which language's templates the list shows (the default language at first; "All languages" shows all).
    QComboBox *languageFilter() const { return m_languageFilter; }

    // The language customers get when their order does not say theirs (Engine::setCustomerLanguage).
    QComboBox *customerLanguageBox() const { return m_customerLanguage; }

    // Shows the templates in `language` ("" the default language); false when there are none in it.
    bool showLanguage(const QString &language);

    QTabWidget *editorTabs() const { return m_editorTabs; }

    QPlainTextEdit *subjectEditor() const { return m_subject; }

    QPlainTextEdit *htmlEditor() const { return m_html; }

    // The visual mode of the HTML part (the Design tab).
    BlockDesigner *designer() const { return m_designer; }

    QPlainTextEdit *textEditor() const { return m_text; }

    TemplatePreview *preview() const { return m_preview; }

    QLabel *stateLabel() const { return m_state; }

    QAction *openInBrowserAction() const { return m_openInBrowser; }

    QAction *sendTestAction() const { return m_sendTest; }

    QAction *saveDraftAction() const { return m_saveDraft; }

    QAction *publishAction() const { return m_publish; }

    QAction *discardDraftAction() const { return m_discard; }

    QAction *historyAction() const { return m_history; }

    QAction *brandKitAction() const { return m_brandKit; }

    // Export Templates… and Import Templates….
    TemplateFiles *files() const { return m_files; }

    // What tells templates apart: the id (and the language).
    static QString keyOf(const MessageTemplate &messageTemplate);
    // The kind of channel a template is written for (what the editor and the preview show).
    static ChannelKind kindOf(const MessageTemplate &messageTemplate);

signals:
    void errorOccurred(const Tidings::Error &error);
    // Something done that the owner should read (an import's result), for the window's banner.
    void noticeShown(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // One template (id, language): what is sent, and the owner's unpublished changes.
    struct Entry
    {
        MessageTemplate live;
        std::optional<MessageTemplate> draft;

        const MessageTemplate &current() const { return draft ? *draft : live; }
    };

    // The editor for one part. One place, so the highlighting editor with completion replaces it in a line.
    TemplateCodeEditor *createEditor(const QString &objectName, const QString &accessibleName,
                                     TemplateProblem::Part part);
    // Runs the template checker on what the editors hold and marks its problems in them (m_checkTimer).
    void checkTemplate();
    void showEntry(int row);
    void updateListItem(int row);
    void fillLanguageFilter(const QString &fallback);
    void applyLanguageFilter();
    void saveCustomerLanguage();
    static QString languageName(const QString &language);
    void onEdited();
    void updateActions();
    void updateState();
    int currentRow() const;

    void sendTest();
    void publish();
    void discardDraft();
    void showHistory();
    void showBrandKit();

    // The store's side of drafts and versions.
    Result<QList<Entry>> loadEntries();
    Status storeDraft(const MessageTemplate &draft);
    Status dropDraft(const MessageTemplate &messageTemplate);
    Result<qint64> publishDraft(const MessageTemplate &messageTemplate);
    Result<QList<HistoryVersion>> loadHistory(const MessageTemplate &messageTemplate);
    Status restoreVersion(qint64 versionId);

    PreviewQueries *m_queries;
    QPointer<Engine> m_engine;
    QList<Entry> m_entries;
    int m_shownRow = -1;
    bool m_loading = false; // the editors are being filled, not edited
    bool m_dirty = false;   // edited since the last save
    bool m_saving = false;  // a draft of ours is being saved
    std::function<bool(const QUrl &)> m_opener;

    QListWidget *m_list = nullptr;
    QComboBox *m_languageFilter = nullptr;
    QComboBox *m_customerLanguage = nullptr;
    QTabWidget *m_editorTabs = nullptr;
    TemplateCodeEditor *m_subject = nullptr;
    TemplateCodeEditor *m_html = nullptr;
    BlockDesigner *m_designer = nullptr;
    bool m_designerWriting = false;            // the designer is writing the HTML editor's text
    std::optional<QString> m_examplesLanguage; // of the designer's examples
    TemplateCodeEditor *m_text = nullptr;
    QWidget *m_paletteSpace = nullptr; // holds the variables palette, under the editors
    VariablesPalette *m_palette = nullptr;
    QTimer *m_checkTimer = nullptr;
    QList<TemplateProblem> m_problems; // of what the editors hold
    TemplatePreview *m_preview = nullptr;
    QLabel *m_state = nullptr;
    QTimer *m_saveTimer = nullptr;

    QAction *m_openInBrowser = nullptr;
    QAction *m_sendTest = nullptr;
    QAction *m_saveDraft = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_discard = nullptr;
    QAction *m_history = nullptr;
    QAction *m_brandKit = nullptr;
    TemplateFiles *m_files = nullptr;
};

} // namespace Tidings::Ui
