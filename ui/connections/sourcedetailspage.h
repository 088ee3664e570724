#pragma once

#include "sources/sourceconfig.h"

#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Tidings::Ui {

class AddSourceWizard;

// Step 2: what the owner calls the connection, its id (made from the name until edited; it becomes part
// of the webhook address) and the platform's text settings. Required settings are enforced with a sentence
// under the form that names the missing one.
class SourceDetailsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceDetailsPage)

public:
    explicit SourceDetailsPage(AddSourceWizard *wizard);
    ~SourceDetailsPage() override;

    void initializePage() override;
    bool validatePage() override;

    // Writes the name, id and options shown into `source`.
    void fill(SourceConfig &source) const;

    QLineEdit *nameField() const { return m_name; }

    QLineEdit *idField() const { return m_id; }

    // The field of a text option, or nullptr.
    QLineEdit *optionField(const QString &key) const { return m_options.value(key); }

    // Poll sources: whether the first check notifies; nullptr for webhook sources.
    QCheckBox *backfillNotifyBox() const { return m_backfillNotify; }

    // The sentence shown when the page cannot go on, empty otherwise.
    QString problem() const;

private:
    void rebuildOptions();
    void onNameEdited(const QString &name);
    void updateIdHint();
    void showProblem(const QString &text, QWidget *field);

    AddSourceWizard *m_wizard;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_id;
    QLabel *m_idHint;
    QLabel *m_problem;
    QHash<QString, QLineEdit *> m_options;
    QCheckBox *m_backfillNotify = nullptr; // poll sources only
    QList<QWidget *> m_optionWidgets;      // one form cell (field and help) per setting of the current platform
    QString m_builtForType;
    bool m_idEdited = false;
};

} // namespace Tidings::Ui
