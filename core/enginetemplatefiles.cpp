// Export and import of templates and the brand kit as a file (TemplateBundle), for the Templates page.
#include "engine.h"
#include "enginelog.h"

#include <algorithm>

namespace Tidings {

Result<TemplateBundle> Engine::templatesForExport()
{
    auto entries = templateEntries();
    if (!entries) {
        return entries.error();
    }
    TemplateBundle bundle;
    bundle.brand = m_config.brand;
    for (const TemplateEntry &entry : std::as_const(*entries)) {
        if (!entry.live.id.isEmpty()) {
            bundle.templates.append(entry.live);
        } else if (entry.draft) {
            bundle.templates.append(*entry.draft);
        }
    }
    return bundle;
}

Result<Engine::TemplateImport> Engine::importTemplates(const TemplateBundle &bundle, bool applyBrand)
{
    auto entries = templateEntries();
    if (!entries) {
        return entries.error();
    }
    TemplateImport result;
    QList<MessageTemplate> drafts;
    for (const MessageTemplate &imported : bundle.templates) {
        const auto entry = std::find_if(entries->cbegin(), entries->cend(), [&imported](const TemplateEntry &e) {
            const MessageTemplate &known = e.live.id.isEmpty() && e.draft ? *e.draft : e.live;
            return known.id == imported.id && known.language == imported.language;
        });
        const bool same = entry != entries->cend() &&
                          (entry->draft ? sameText(*entry->draft, imported) : sameText(entry->live, imported));
        if (same) {
            ++result.unchanged;
        } else {
            drafts.append(imported);
        }
    }
    if (applyBrand && bundle.brand) {
        if (auto status = setBrand(*bundle.brand); !status) {
            return status.error();
        }
        result.brandApplied = true;
    }
    if (!drafts.isEmpty()) {
        auto db = configDb();
        if (!db) {
            return db.error();
        }
        if (auto status = TemplateRepository(*db).saveDrafts(drafts, QDateTime::currentDateTimeUtc()); !status) {
            return status.error();
        }
        result.drafts = int(drafts.size());
        emit templatesChanged();
    }
    qCInfo(lcEngine) << "templates imported:" << result.drafts << "drafts," << result.unchanged << "unchanged"
                     << (result.brandApplied ? "and the brand kit" : "");
    return result;
}

} // namespace Tidings
