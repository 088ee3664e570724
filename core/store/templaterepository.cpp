#include "store/templaterepository.h"

#include "store/configrepository.h"
#include "store/database.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::TemplateRepository)
};

Error readError(const QSqlQuery &query)
{
    return Database::storageError(TemplateText::tr("Tidings could not read its message templates."),
                                  query.lastError().text());
}

Error writeError(const QSqlQuery &query)
{
    return Database::storageError(TemplateText::tr("Tidings could not save the message template."),
                                  query.lastError().text());
}

// Columns read by readTemplate, from template_versions (v) or template_drafts (d).
const QString VersionColumns =
    u"v.template_id, v.language, v.kind, v.name, v.subject, v.html, v.body_text, v.built_in"_s;

MessageTemplate readTemplate(const QSqlQuery &query, int first)
{
    MessageTemplate t;
    t.id = query.value(first).toString();
    t.language = query.value(first + 1).toString();
    t.kind = query.value(first + 2).toString();
    t.name = query.value(first + 3).toString();
    t.subject = query.value(first + 4).toString();
    t.html = query.value(first + 5).toString();
    t.text = query.value(first + 6).toString();
    t.builtIn = query.value(first + 7).toBool();
    return t;
}

bool isValidKind(const QString &kind)
{
    return kind == u"email"_s || kind == u"chat"_s || kind == u"sms"_s;
}

} // namespace

TemplateRepository::TemplateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool TemplateRepository::isValidLanguage(const QString &language)
{
    static const QRegularExpression twoLetters(u"^[a-z]{2}$"_s);
    return language.isEmpty() || twoLetters.match(language).hasMatch();
}

QString TemplateRepository::languageOf(const QString &customerLocale)
{
    const QString language = customerLocale.left(2).toLower();
    return isValidLanguage(language) && language.size() == 2 ? language : QString();
}

Result<QString> TemplateRepository::customerLanguage() const
{
    return ConfigRepository(m_db).setting(CustomerLanguageKey);
}

Status TemplateRepository::setCustomerLanguage(const QString &language)
{
    if (!isValidLanguage(language)) {
        return Error::make(
            ErrorCode::InvalidInput,
            TemplateText::tr("\"%1\" is not a language code (use two letters, such as \"de\").").arg(language));
    }
    return ConfigRepository(m_db).setSetting(CustomerLanguageKey, language);
}

Result<qint64> TemplateRepository::insertVersion(const MessageTemplate &content, bool builtIn, const QDateTime &now)
{
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO template_versions(template_id, language, kind, name, subject, html, body_text,"
                   " built_in, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindValue(insert, content.id);
    bindValue(insert, content.language);
    bindValue(insert, content.kind);
    bindValue(insert, content.name);
    bindValue(insert, content.subject);
    bindValue(insert, content.html);
    bindValue(insert, content.text);
    bindValue(insert, builtIn ? 1 : 0);
    bindValue(insert, now.toMSecsSinceEpoch());
    if (!insert.exec()) {
        return writeError(insert);
    }
    return insert.lastInsertId().toLongLong();
}

Status TemplateRepository::makeLive(const QString &id, const QString &language, qint64 versionId, const QDateTime &now)
{
    QSqlQuery live(m_db);
    live.prepare(u"INSERT INTO template_live(template_id, language, version_id, published_at) VALUES(?, ?, ?, ?)"
                 " ON CONFLICT(template_id, language) DO UPDATE SET version_id = excluded.version_id,"
                 " published_at = excluded.published_at"_s);
    bindValue(live, id);
    bindValue(live, language);
    bindValue(live, versionId);
    bindValue(live, now.toMSecsSinceEpoch());
    if (!live.exec()) {
        return writeError(live);
    }
    return {};
}

Result<std::optional<TemplateVersion>> TemplateRepository::liveVersion(const QString &id, const QString &language) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT v.id, v.created_at, "_s + VersionColumns +
                  u" FROM template_live l JOIN template_versions v ON v.id = l.version_id"
                  " WHERE l.template_id = ? AND l.language = ?"_s);
    bindValue(query, id);
    bindValue(query, language);
    if (!query.exec()) {
        return readError(query);
    }
    if (!query.next()) {
        return std::optional<TemplateVersion>();
    }
    TemplateVersion version;
    version.id = query.value(0).toLongLong();
    version.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    version.content = readTemplate(query, 2);
    version.live = true;
    return std::optional<TemplateVersion>(version);
}

Status TemplateRepository::ensureBuiltIns(const QList<MessageTemplate> &builtIns, const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return Database::storageError(TemplateText::tr("Tidings could not save the message template."),
                                      tx.beginError());
    }
    for (const MessageTemplate &builtIn : builtIns) {
        auto live = liveVersion(builtIn.id, builtIn.language);
        if (!live) {
            return live.error();
        }
        if (live->has_value() && (!(*live)->content.builtIn || sameText((*live)->content, builtIn))) {
            continue; // the owner's own version, or this very text
        }
        if (!live->has_value() && !builtIn.language.isEmpty()) {
            // A translation is new to this shop: only beside the built-in default. Where the owner wrote their
            // own, customers in every language keep getting it rather than a translation of the old text.
            auto standard = liveVersion(builtIn.id, QString());
            if (!standard) {
                return standard.error();
            }
            if (standard->has_value() && !(*standard)->content.builtIn) {
                continue;
            }
        }
        auto versionId = insertVersion(builtIn, true, now);
        if (!versionId) {
            return versionId.error();
        }
        if (auto status = makeLive(builtIn.id, builtIn.language, *versionId, now); !status) {
            return status;
        }
    }
    return tx.commit();
}

Result<QHash<QString, MessageTemplate>> TemplateRepository::liveDefaults() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT "_s + VersionColumns +
                    u" FROM template_live l JOIN template_versions v ON v.id = l.version_id WHERE l.language = ''"_s)) {
        return readError(query);
    }
    QHash<QString, MessageTemplate> out;
    while (query.next()) {
        MessageTemplate t = readTemplate(query, 0);
        out.insert(t.id, t);
    }
    return out;
}

Result<QList<TemplateEntry>> TemplateRepository::entries() const
{
    QHash<std::pair<QString, QString>, TemplateEntry> byKey;
    QSqlQuery live(m_db);
    if (!live.exec(u"SELECT l.version_id, "_s + VersionColumns +
                   u" FROM template_live l JOIN template_versions v ON v.id = l.version_id"_s)) {
        return readError(live);
    }
    while (live.next()) {
        TemplateEntry entry;
        entry.liveVersionId = live.value(0).toLongLong();
        entry.live = readTemplate(live, 1);
        byKey.insert({entry.live.id, entry.live.language}, entry);
    }
    QSqlQuery drafts(m_db);
    if (!drafts.exec(u"SELECT v.template_id, v.language, v.kind, v.name, v.subject, v.html, v.body_text, 0"
                     " FROM template_drafts v"_s)) {
        return readError(drafts);
    }
    while (drafts.next()) {
        MessageTemplate draft = readTemplate(drafts, 0);
        TemplateEntry &entry = byKey[{draft.id, draft.language}];
        draft.builtIn = entry.live.builtIn;
        entry.draft = draft;
    }
    QList<TemplateEntry> out = byKey.values();
    std::sort(out.begin(), out.end(), [](const TemplateEntry &a, const TemplateEntry &b) {
        const MessageTemplate &x = a.draft ? *a.draft : a.live;
        const MessageTemplate &y = b.draft ? *b.draft : b.live;
        // The built-in ones the way an order goes, then the shop's own by name.
        const int rankX = builtInRank(x.id);
        const int rankY = builtInRank(y.id);
        if (rankX != rankY) {
            return rankX >= 0 && (rankY < 0 || rankX < rankY);
        }
        if (const int byName = QString::localeAwareCompare(x.name, y.name); byName != 0) {
            return byName < 0;
        }
        if (x.id != y.id) {
            return x.id < y.id;
        }
        return x.language < y.language;
    });
    return out;
}

Result<TemplateVersion> TemplateRepository::version(qint64 versionId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT v.id, v.created_at, "_s + VersionColumns +
                  u", EXISTS(SELECT 1 FROM template_live l WHERE l.version_id = v.id)"
                  " FROM template_versions v WHERE v.id = ?"_s);
    bindValue(query, versionId);
    if (!query.exec()) {
        return readError(query);
    }
    if (!query.next()) {
        return Error::make(ErrorCode::NotFound, TemplateText::tr("That version of the template no longer exists."));
    }
    TemplateVersion version;
    version.id = query.value(0).toLongLong();
    version.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    version.content = readTemplate(query, 2);
    version.live = query.value(10).toBool();
    return version;
}

Result<QList<TemplateVersion>> TemplateRepository::history(const QString &id, const QString &language) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT v.id, v.created_at, "_s + VersionColumns +
                  u", EXISTS(SELECT 1 FROM template_live l WHERE l.version_id = v.id)"
                  " FROM template_versions v WHERE v.template_id = ? AND v.language = ? ORDER BY v.id DESC"_s);
    bindValue(query, id);
    bindValue(query, language);
    if (!query.exec()) {
        return readError(query);
    }
    QList<TemplateVersion> out;
    while (query.next()) {
        TemplateVersion version;
        version.id = query.value(0).toLongLong();
        version.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        version.content = readTemplate(query, 2);
        version.live = query.value(10).toBool();
        out.append(version);
    }
    return out;
}

Status TemplateRepository::saveDraft(const MessageTemplate &draft, const QDateTime &now)
{
    if (draft.id.trimmed().isEmpty() || draft.name.trimmed().isEmpty()) {
        return Error::make(ErrorCode::InvalidInput, TemplateText::tr("A template needs a name."));
    }
    if (!isValidLanguage(draft.language)) {
        return Error::make(
            ErrorCode::InvalidInput,
            TemplateText::tr("\"%1\" is not a language code (use two letters, such as \"de\").").arg(draft.language));
    }
    if (!isValidKind(draft.kind)) {
        return Error::make(ErrorCode::InvalidInput,
                           TemplateText::tr("\"%1\" is not a kind of message (email, chat or SMS).").arg(draft.kind));
    }
    QSqlQuery upsert(m_db);
    upsert.prepare(u"INSERT INTO template_drafts(template_id, language, kind, name, subject, html, body_text,"
                   " updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(template_id, language) DO UPDATE SET"
                   " kind = excluded.kind, name = excluded.name, subject = excluded.subject, html = excluded.html,"
                   " body_text = excluded.body_text, updated_at = excluded.updated_at"_s);
    bindValue(upsert, draft.id);
    bindValue(upsert, draft.language);
    bindValue(upsert, draft.kind);
    bindValue(upsert, draft.name.trimmed());
    bindValue(upsert, draft.subject);
    bindValue(upsert, draft.html);
    bindValue(upsert, draft.text);
    bindValue(upsert, now.toMSecsSinceEpoch());
    if (!upsert.exec()) {
        return writeError(upsert);
    }
    return {};
}

Status TemplateRepository::saveDrafts(const QList<MessageTemplate> &drafts, const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return Database::storageError(TemplateText::tr("Tidings could not save the message template."),
                                      tx.beginError());
    }
    for (const MessageTemplate &draft : drafts) {
        if (auto status = saveDraft(draft, now); !status) {
            return status;
        }
    }
    return tx.commit();
}

Status TemplateRepository::discardDraft(const QString &id, const QString &language)
{
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM template_drafts WHERE template_id = ? AND language = ?"_s);
    bindValue(remove, id);
    bindValue(remove, language);
    if (!remove.exec()) {
        return writeError(remove);
    }
    return {};
}

Result<qint64> TemplateRepository::publish(const QString &id, const QString &language, const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return Database::storageError(TemplateText::tr("Tidings could not save the message template."),
                                      tx.beginError());
    }
    QSqlQuery read(m_db);
    read.prepare(u"SELECT v.template_id, v.language, v.kind, v.name, v.subject, v.html, v.body_text, 0"
                 " FROM template_drafts v WHERE v.template_id = ? AND v.language = ?"_s);
    bindValue(read, id);
    bindValue(read, language);
    if (!read.exec()) {
        return readError(read);
    }
    if (!read.next()) {
        return Error::make(ErrorCode::NotFound, TemplateText::tr("There are no changes to publish."));
    }
    const MessageTemplate draft = readTemplate(read, 0);
    read.finish();
    if (!language.isEmpty()) {
        // Customers in other languages fall back to the default language, so it must be there first.
        auto fallback = liveVersion(id, QString());
        if (!fallback) {
            return fallback.error();
        }
        if (!fallback->has_value()) {
            return Error::make(ErrorCode::InvalidInput,
                               TemplateText::tr("Publish this template in the default language first."));
        }
    }
    if (auto compiled = CompiledTemplate::compile(draft); !compiled) {
        return compiled.error();
    }
    auto live = liveVersion(id, language);
    if (!live) {
        return live.error();
    }
    qint64 versionId = 0;
    if (live->has_value() && sameText((*live)->content, draft)) {
        versionId = (*live)->id;
    } else {
        auto inserted = insertVersion(draft, false, now);
        if (!inserted) {
            return inserted.error();
        }
        versionId = *inserted;
        if (auto status = makeLive(id, language, versionId, now); !status) {
            return status.error();
        }
    }
    if (auto status = discardDraft(id, language); !status) {
        return status.error();
    }
    if (auto status = tx.commit(); !status) {
        return status.error();
    }
    return versionId;
}

Status TemplateRepository::restore(qint64 versionId, const QDateTime &now)
{
    auto old = version(versionId);
    if (!old) {
        return old.error();
    }
    return saveDraft(old->content, now);
}

} // namespace Tidings
