// Template drafts, publishing and history, for the Templates page. Runs on the window's thread with the
// configuration connection; the dispatcher reads a version only when a message pinned to it is sent.
#include "engine.h"
#include "enginelog.h"

namespace Tidings {

Result<QList<TemplateEntry>> Engine::templateEntries()
{
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    return TemplateRepository(*db).entries();
}

Status Engine::saveTemplateDraft(const MessageTemplate &draft)
{
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (auto status = TemplateRepository(*db).saveDraft(draft, QDateTime::currentDateTimeUtc()); !status) {
        return status;
    }
    emit templatesChanged();
    return {};
}

Status Engine::discardTemplateDraft(const QString &id, const QString &language)
{
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (auto status = TemplateRepository(*db).discardDraft(id, language); !status) {
        return status;
    }
    emit templatesChanged();
    return {};
}

Result<qint64> Engine::publishTemplate(const QString &id, const QString &language)
{
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    auto version = TemplateRepository(*db).publish(id, language, QDateTime::currentDateTimeUtc());
    if (!version) {
        return version.error();
    }
    qCInfo(lcEngine).noquote() << "template" << id << (language.isEmpty() ? QStringLiteral("(default)") : language)
                               << "published as version" << *version;
    if (m_running) {
        applyChannels(); // Notify Now and Replay list the live templates the dispatcher knows
    }
    emit templatesChanged();
    return version;
}

Result<QString> Engine::customerLanguage()
{
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    return TemplateRepository(*db).customerLanguage();
}

Status Engine::setCustomerLanguage(const QString &language)
{
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (Status saved = TemplateRepository(*db).setCustomerLanguage(language); !saved) {
        return saved;
    }
    qCInfo(lcEngine).noquote() << "customers without a language get"
                               << (language.isEmpty() ? QStringLiteral("the default language") : language);
    return {};
}

Result<QList<TemplateVersion>> Engine::templateHistory(const QString &id, const QString &language)
{
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    return TemplateRepository(*db).history(id, language);
}

Status Engine::restoreTemplateVersion(qint64 versionId)
{
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (auto status = TemplateRepository(*db).restore(versionId, QDateTime::currentDateTimeUtc()); !status) {
        return status;
    }
    emit templatesChanged();
    return {};
}

} // namespace Tidings
