#include "connections/addsourcewizard.h"

#include "connections/genericmappingeditor.h"
#include "connections/sourcedetailspage.h"
#include "connections/sourcemappingpage.h"
#include "connections/sourceplatformpage.h"
#include "connections/sourcesetuppage.h"
#include "engine.h"

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

AddSourceWizard::AddSourceWizard(Engine *engine, const QList<SourceTypeInfo> &types, QWidget *parent)
    : QWizard(parent)
    , m_engine(engine)
    , m_types(types)
{
    setUp();
}

AddSourceWizard::AddSourceWizard(Engine *engine, const SourceTypeInfo &type, const SourceConfig &source,
                                 QWidget *parent)
    : QWizard(parent)
    , m_engine(engine)
    , m_types({type})
    , m_selected(0)
    , m_existing(source)
{
    setUp();
}

AddSourceWizard::~AddSourceWizard() = default;

void AddSourceWizard::setUp()
{
    setObjectName(u"addSourceWizard"_s);
    setWindowTitle(isEditing() ? tr("Edit connection") : tr("Add a connection"));
    // The same look everywhere (titles and subtitles in a header), whatever the desktop's default.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, isEditing() ? tr("&Save") : tr("&Finish"));

    m_detailsPage = new SourceDetailsPage(this);
    m_setupPage = new SourceSetupPage(this);
    if (!isEditing()) {
        m_platformPage = new SourcePlatformPage(this);
        setPage(PlatformPageId, m_platformPage);
    }
    m_mappingPage = new SourceMappingPage(this);
    setPage(DetailsPageId, m_detailsPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(SetupPageId, m_setupPage);
    setStartId(isEditing() ? DetailsPageId : PlatformPageId);

    const int em = fontMetrics().averageCharWidth();
    resize(std::max(92 * em, 680), std::max(fontMetrics().height() * 38, 620));
    setMinimumSize(72 * em, fontMetrics().height() * 28);
}

int AddSourceWizard::nextId() const
{
    if (currentId() == DetailsPageId) {
        const SourceTypeInfo *type = selectedType();
        return type && type->type == u"generic" && !type->poll ? MappingPageId : SetupPageId;
    }
    return QWizard::nextId();
}

const SourceTypeInfo *AddSourceWizard::selectedType() const
{
    return m_selected >= 0 && m_selected < m_types.size() ? &m_types.at(m_selected) : nullptr;
}

void AddSourceWizard::selectType(int index)
{
    m_selected = index;
}

QStringList AddSourceWizard::takenIds() const
{
    QStringList ids;
    if (m_engine) {
        for (const SourceConfig &source : m_engine->config().sources) {
            if (!isEditing() || source.id != m_existing->id) {
                ids.append(source.id);
            }
        }
    }
    return ids;
}

SourceConfig AddSourceWizard::sourceConfig() const
{
    SourceConfig source = isEditing() ? *m_existing : SourceConfig{};
    if (const SourceTypeInfo *type = selectedType()) {
        source.type = type->type;
        if (!type->preset.isEmpty()) {
            source.options.insert(u"preset"_s, type->preset);
        }
        if (type->poll) {
            source.options.insert(u"mode"_s, u"poll"_s);
        } else {
            source.options.remove(u"mode"_s);
        }
    }
    m_detailsPage->fill(source);
    if (source.type == u"generic" && hasVisitedPage(MappingPageId)) {
        const QJsonObject mapping = m_mappingPage->editor()->options();
        for (const QString &key : {u"mapping"_s, u"statusMap"_s}) {
            if (mapping.contains(key)) {
                source.options.insert(key, mapping.value(key));
            } else {
                source.options.remove(key);
            }
        }
    }
    return source;
}

QHash<QString, QString> AddSourceWizard::secrets() const
{
    return m_setupPage->secrets();
}

} // namespace Tidings::Ui
