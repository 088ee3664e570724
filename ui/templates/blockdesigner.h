#pragma once

#include "templates/templateblocks.h"
#include "templates/templatevalidator.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace Tidings::Ui {

// The Templates page's visual mode: an email's body as a list of blocks (heading, text, status strip, order
// table, tracking button, ...) the owner adds (Insert), copies (Ctrl+D), removes (Delete), reorders by drag and
// drop or Alt+Up / Alt+Down, and edits in the properties panel beside the list. Every change writes the HTML again
// (TemplateBlocks) and emits htmlEdited(); the code mode shows the same template. The logo header and the footer
// (address, support, links) come from the brand kit: the buttons above and below the list open it.
class BlockDesigner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlockDesigner)

public:
    explicit BlockDesigner(QWidget *parent = nullptr);
    ~BlockDesigner() override;

    // Shows `html` as blocks, keeping the selected block's place; emits nothing.
    void setHtml(const QString &html);

    // What the blocks write now.
    QString html() const { return m_html; }

    // The words new blocks start with (a German template's strip says "Bestellt"): blocks of the built-in
    // templates in the template's language. The first of each kind (and section) is used.
    void setExamples(const QList<TemplateBlock> &examples) { m_examples = examples; }

    // Marks the blocks that hold a problem of the HTML part (an icon and the problems as its tooltip).
    void setProblems(const QList<TemplateProblem> &problems);

    // Adds a block of `kind` after the selected one (the "Tracking button" of the Add menu is a Button in the
    // hasTracking section) and selects it.
    void addBlock(TemplateBlock::Kind kind, const QString &condition = {});
    // Moves the selected block by `delta` places.
    void moveSelected(int delta);
    void removeSelected();
    // Adds a copy of the selected block under it and selects the copy.
    void duplicateSelected();

    // Writes {{path}} at the cursor of the block's field last edited; false when no field was.
    bool insertVariable(const QString &path);

    QList<TemplateBlock> blocks() const;

    QListWidget *blockList() const { return m_list; }

    // The properties panel: one field per value of the selected block (object names "field_<key>").
    QWidget *propertiesPanel() const { return m_properties; }

    QToolButton *addButton() const { return m_addButton; }

    QAction *removeAction() const { return m_remove; }

    QAction *duplicateAction() const { return m_duplicate; }

    QAction *moveUpAction() const { return m_moveUp; }

    QAction *moveDownAction() const { return m_moveDown; }

    // The name shown for a block in the list (translated).
    static QString kindName(const TemplateBlock &block);

signals:
    void htmlEdited(const QString &html);
    void brandKitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TemplateBlock newBlock(TemplateBlock::Kind kind, const QString &condition) const;
    void fillList(int selectRow);
    QListWidgetItem *makeItem(int id);
    void updateItem(QListWidgetItem *item);
    void showProperties();
    void setValue(int id, const QString &key, const QString &value);
    void writeHtml(); // from the list's order; emits htmlEdited
    void updateActions();
    QString labelFor(const TemplateBlock &block, const TemplateBlockField &field) const;

    QHash<int, TemplateBlock> m_blocks; // by id; the list's order is the email's
    int m_nextId = 0;
    QString m_html;
    QList<TemplateBlock> m_examples;
    QList<TemplateProblem> m_problems;
    bool m_filling = false;
    QPointer<QWidget> m_lastField;

    QListWidget *m_list = nullptr;
    QToolButton *m_addButton = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QWidget *m_properties = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_propertiesTitle = nullptr;
    QLabel *m_condition = nullptr;
};

} // namespace Tidings::Ui
