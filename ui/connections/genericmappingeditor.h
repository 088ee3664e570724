#pragma once

#include <QJsonObject>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace Tidings::Ui {

class MessageBanner;

// Edits where a generic JSON webhook's fields are (options "mapping") and what its status words mean (options
// "statusMap"), and tries both on a sample body with the same code the webhook goes through
// (GenericMapping::tryOn), showing the normalized events or the problems right here.
//
// Keyboard: the tables edit with F2 or by typing; Insert and Delete add and remove status words while the
// status table has focus; Ctrl+Return runs the test from anywhere in the editor.
class GenericMappingEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenericMappingEditor)

public:
    explicit GenericMappingEditor(QWidget *parent = nullptr);
    ~GenericMappingEditor() override;

    // Shows the source's mapping and status map; without them, the defaults of options["preset"].
    void setOptions(const QJsonObject &options);
    // {"mapping": {...}, "statusMap": {...}}: only fields with a path and status words with a meaning.
    QJsonObject options() const;

public slots:
    // Reads the sample with the mapping as it stands and shows what came out.
    void testSample();
    void addStatusWord();
    void removeStatusWord();

signals:
    void changed();

private:
    void buildMappingTable();
    void appendStatusRow(const QString &word, const QString &meaning, const QString &scope);

    QTableWidget *m_mapping = nullptr;
    QTableWidget *m_statusMap = nullptr;
    QPushButton *m_addStatus = nullptr;
    QPushButton *m_removeStatus = nullptr;
    QPlainTextEdit *m_sample = nullptr;
    QPushButton *m_test = nullptr;
    MessageBanner *m_summary = nullptr;
    QTreeWidget *m_result = nullptr;
    bool m_filling = false;
};

} // namespace Tidings::Ui
