#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Tidings::Ui {

class AddSourceWizard;

// Step 1: which platform the orders come from. A list of every SourceTypeInfo (name in bold, its summary
// below), filtered as the owner types. Enter or a double-click goes on.
class SourcePlatformPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePlatformPage)

public:
    explicit SourcePlatformPage(AddSourceWizard *wizard);
    ~SourcePlatformPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit *searchField() const { return m_search; }

    QListWidget *list() const { return m_list; }

    // Selects the platform with this display name; for tests and for "add another of the same kind".
    bool selectPlatform(const QString &displayName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);

    AddSourceWizard *m_wizard;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_noMatch;
};

} // namespace Tidings::Ui
