#pragma once

#include "sources/sourceconfig.h"
#include "sources/sourcetypeinfo.h"

#include <QHash>
#include <QList>
#include <QWizard>

#include <optional>

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

class SourceDetailsPage;
class SourceMappingPage;
class SourcePlatformPage;
class SourceSetupPage;

// Adds a connection in three steps: the platform (from the source type catalogue), a name, id and the
// platform's settings, then the platform's side: the webhook address, the secret, the steps and any
// script. Finish saves through the engine; the wizard closes once the save has finished, and stays open
// with the reason when it failed. The same dialog edits a connection (starting at its name, the id
// fixed). Everything it shows comes from SourceTypeInfo, so a newly registered platform needs no change.
class AddSourceWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddSourceWizard)

public:
    enum PageId {
        PlatformPageId,
        DetailsPageId,
        MappingPageId, // only for the generic JSON source
        SetupPageId,
    };

    // Adds a new connection of one of `types` (normally sourceTypeInfos()).
    AddSourceWizard(Engine *engine, const QList<SourceTypeInfo> &types, QWidget *parent = nullptr);
    // Edits `source`, whose kind is `type`.
    AddSourceWizard(Engine *engine, const SourceTypeInfo &type, const SourceConfig &source, QWidget *parent = nullptr);
    ~AddSourceWizard() override;

    Engine *engine() const { return m_engine; }

    bool isEditing() const { return m_existing.has_value(); }

    // The source being edited; only when isEditing().
    const SourceConfig &existingSource() const { return *m_existing; }

    const QList<SourceTypeInfo> &types() const { return m_types; }

    // The chosen platform, or nullptr before one is chosen.
    const SourceTypeInfo *selectedType() const;
    void selectType(int index);

    // Ids already used by other connections.
    QStringList takenIds() const;

    // The connection as the pages describe it so far, and its secrets by name (empty ones left out).
    SourceConfig sourceConfig() const;
    QHash<QString, QString> secrets() const;

    // Null when editing: the platform of a connection cannot change.
    SourcePlatformPage *platformPage() const { return m_platformPage; }

    SourceDetailsPage *detailsPage() const { return m_detailsPage; }

    SourceSetupPage *setupPage() const { return m_setupPage; }

    SourceMappingPage *mappingPage() const { return m_mappingPage; }

    int nextId() const override;

signals:
    // The engine saved the connection; the wizard closes right after.
    void sourceSaved(const QString &sourceId);

private:
    void setUp();

    Engine *m_engine;
    QList<SourceTypeInfo> m_types;
    int m_selected = -1;
    std::optional<SourceConfig> m_existing;
    SourcePlatformPage *m_platformPage = nullptr;
    SourceDetailsPage *m_detailsPage = nullptr;
    SourceSetupPage *m_setupPage = nullptr;
    SourceMappingPage *m_mappingPage = nullptr;
};

} // namespace Tidings::Ui
