#include "connections/sourcemappingpage.h"

#include "connections/addsourcewizard.h"
#include "connections/genericmappingeditor.h"

#include <QJsonObject>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

SourceMappingPage::SourceMappingPage(AddSourceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_editor(new GenericMappingEditor(this))
{
    setObjectName(u"sourceMappingPage"_s);
    setTitle(tr("Where the order details are"));
    setSubTitle(tr("Tell Tidings where each detail sits in what the sender posts, and what its status words "
                   "mean. Paste a sample and test it before you go on."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
}

SourceMappingPage::~SourceMappingPage() = default;

void SourceMappingPage::initializePage()
{
    const SourceTypeInfo *type = m_wizard->selectedType();
    if (!type) {
        return;
    }
    const QString shownFor = type->type + u'/' + type->preset;
    if (shownFor == m_shownFor) {
        return;
    }
    m_shownFor = shownFor;
    QJsonObject options = m_wizard->isEditing() ? m_wizard->existingSource().options : QJsonObject();
    if (!type->preset.isEmpty()) {
        options.insert(u"preset"_s, type->preset);
    }
    m_editor->setOptions(options);
}

} // namespace Tidings::Ui
