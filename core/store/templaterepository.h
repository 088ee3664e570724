#pragma once

#include "model/result.h"
#include "templates/messagetemplate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Tidings {

// One published state of a template in one language. Never changed once written.
struct TemplateVersion
{
    qint64 id = 0;
    MessageTemplate content;
    QDateTime createdAt; // when it was published (or shipped, for a built-in one)
    bool live = false;   // the one rules use now
};

// A template in one language as the Templates page lists it: what is live and the owner's draft, if any.
struct TemplateEntry
{
    MessageTemplate live; // empty id when the template has a draft only (never published)
    std::optional<MessageTemplate> draft;
    qint64 liveVersionId = 0;
};

// Template versions, drafts and what is live (migration 9). Templates are keyed by (id, language); "" is the
// default language, which every template has once published. A notification is pinned to the live version
// when it is queued (a trigger in the store), so nothing here ever changes a queued message.
class TemplateRepository final
{
public:
    explicit TemplateRepository(QSqlDatabase db);

    // Makes each of `builtIns` live where there is none for its (id, language), and replaces a live built-in
    // version whose text changed (Tidings was updated). A version the owner published is never replaced, and a
    // translation is not added beside a default-language version of the owner's.
    Status ensureBuiltIns(const QList<MessageTemplate> &builtIns, const QDateTime &now);

    // The language of the variant customers get when their order does not say theirs, or Tidings has no variant
    // in it ("" = the default language). A settings row the store's pinning trigger reads.
    Result<QString> customerLanguage() const;
    Status setCustomerLanguage(const QString &language);
    static inline const QString CustomerLanguageKey = QStringLiteral("customer_language");

    // The live templates in the default language, by id.
    Result<QHash<QString, MessageTemplate>> liveDefaults() const;
    // Every (id, language) that is live or has a draft, sorted by name, then language.
    Result<QList<TemplateEntry>> entries() const;
    // One version, live or not (the Monitor renders a sent message with the version it was sent with).
    Result<TemplateVersion> version(qint64 versionId) const;
    // The versions of (id, language), newest first.
    Result<QList<TemplateVersion>> history(const QString &id, const QString &language) const;

    // Keeps `draft` as the owner's draft of (draft.id, draft.language); the live version is not touched.
    Status saveDraft(const MessageTemplate &draft, const QDateTime &now);
    // Keeps each of `drafts` as above, all or none (an imported file).
    Status saveDrafts(const QList<MessageTemplate> &drafts, const QDateTime &now);
    Status discardDraft(const QString &id, const QString &language);
    // Makes the draft a new live version and removes the draft; returns the version's id. Refuses a draft that
    // does not render (InvalidInput, the renderer's words). A draft equal to the live version publishes nothing.
    Result<qint64> publish(const QString &id, const QString &language, const QDateTime &now);
    // Puts version `versionId`'s text into the draft of its (id, language), to be published like any draft.
    Status restore(qint64 versionId, const QDateTime &now);

    // "" or two lower-case letters; anything else is refused by saveDraft.
    static bool isValidLanguage(const QString &language);
    // The language a customer locale ("de_DE", "fr-CA", "es") picks: its first two letters, lower case.
    static QString languageOf(const QString &customerLocale);

private:
    Result<qint64> insertVersion(const MessageTemplate &content, bool builtIn, const QDateTime &now);
    Status makeLive(const QString &id, const QString &language, qint64 versionId, const QDateTime &now);
    Result<std::optional<TemplateVersion>> liveVersion(const QString &id, const QString &language) const;

    QSqlDatabase m_db;
};

} // namespace Tidings
