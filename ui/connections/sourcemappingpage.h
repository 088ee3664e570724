#pragma once

#include <QWizardPage>

namespace Tidings::Ui {

class AddSourceWizard;
class GenericMappingEditor;

// The wizard page for a generic JSON source: where its fields are and what its status words mean, tried
// on a pasted sample before anything is saved. Shown only for the generic type.
class SourceMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceMappingPage)

public:
    explicit SourceMappingPage(AddSourceWizard *wizard);
    ~SourceMappingPage() override;

    void initializePage() override;

    GenericMappingEditor *editor() const { return m_editor; }

private:
    AddSourceWizard *m_wizard;
    GenericMappingEditor *m_editor = nullptr;
    QString m_shownFor; // type/preset the editor was filled for, so Back and Next keep the owner's edits
};

} // namespace Tidings::Ui
