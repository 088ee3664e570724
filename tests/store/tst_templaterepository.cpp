#include "store/database.h"
#include "store/languagepin.h"
#include "store/templaterepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

MessageTemplate shipped(const QString &subject, const QString &language = {})
{
    return builtInVariant(u"shipped"_s, subject, language);
}

const QDateTime At = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

} // namespace

class TestTemplateRepository : public QObject
{
    Q_OBJECT

private slots:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->path(), u"templates-test"_s);
        QVERIFY(db.ok());
        m_db = std::make_unique<Database>(std::move(db).value());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // A Tidings update brings new built-in text: it goes live unless the owner published their own.
    void builtIns_data()
    {
        QTest::addColumn<bool>("ownerPublished");
        QTest::addColumn<QString>("updatedSubject");
        QTest::addColumn<QString>("expectedLive");
        QTest::addColumn<int>("expectedVersions");

        QTest::newRow("same text again: nothing new") << false << u"Shipped v1"_s << u"Shipped v1"_s << 1;
        QTest::newRow("updated built-in replaces the old one") << false << u"Shipped v2"_s << u"Shipped v2"_s << 2;
        QTest::newRow("the owner's version is kept") << true << u"Shipped v2"_s << u"Owner's"_s << 2;
    }

    void builtIns()
    {
        QFETCH(bool, ownerPublished);
        QFETCH(QString, updatedSubject);
        QFETCH(QString, expectedLive);
        QFETCH(int, expectedVersions);

        TemplateRepository repo(m_db->handle());
        QVERIFY(repo.ensureBuiltIns({shipped(u"Shipped v1"_s)}, At).ok());
        if (ownerPublished) {
            QVERIFY(repo.saveDraft(shipped(u"Owner's"_s), At).ok());
            QVERIFY(repo.publish(u"shipped"_s, {}, At).ok());
        }
        QVERIFY(repo.ensureBuiltIns({shipped(updatedSubject)}, At.addDays(1)).ok());
        auto live = repo.liveDefaults();
        QVERIFY(live.ok());
        QCOMPARE(live->value(u"shipped"_s).subject, expectedLive);
        auto history = repo.history(u"shipped"_s, {});
        QVERIFY(history.ok());
        QCOMPARE(history->size(), expectedVersions);
        QVERIFY(history->constFirst().live); // newest first
    }

    // A translation that Tidings brings is added only beside its built-in default: where the owner wrote their
    // own message, a German customer keeps getting it rather than a translation of the text the owner replaced.
    void translationsOnlyBesideTheBuiltInDefault_data()
    {
        QTest::addColumn<bool>("ownerPublished");
        QTest::addColumn<QString>("germanCustomerGets");
        QTest::addColumn<int>("liveTranslations");

        QTest::newRow("built-in default: the translation is added") << false << u"Versandt"_s << 1;
        QTest::newRow("the owner's default: no translation") << true << u"Owner's"_s << 0;
    }

    void translationsOnlyBesideTheBuiltInDefault()
    {
        QFETCH(bool, ownerPublished);
        QFETCH(QString, germanCustomerGets);
        QFETCH(int, liveTranslations);

        TemplateRepository repo(m_db->handle());
        QVERIFY(repo.ensureBuiltIns({shipped(u"Shipped v1"_s)}, At).ok()); // an older Tidings: no translations
        if (ownerPublished) {
            QVERIFY(repo.saveDraft(shipped(u"Owner's"_s), At).ok());
            QVERIFY(repo.publish(u"shipped"_s, {}, At).ok());
        }
        QVERIFY(repo.ensureBuiltIns({shipped(u"Shipped v1"_s), shipped(u"Versandt"_s, u"de"_s)}, At.addDays(1)).ok());
        auto entries = repo.entries();
        QVERIFY(entries.ok());
        const auto german = std::count_if(entries->cbegin(), entries->cend(),
                                          [](const TemplateEntry &entry) { return entry.live.language == u"de"; });
        QCOMPARE(int(german), liveTranslations);
        QCOMPARE(pinnedSubject(queue(u"de-DE"_s)), germanCustomerGets);
    }

    void draftIsNotLiveUntilPublished()
    {
        TemplateRepository repo(m_db->handle());
        QVERIFY(repo.ensureBuiltIns({shipped(u"Shipped v1"_s)}, At).ok());
        QVERIFY(repo.saveDraft(shipped(u"Draft {{order.number}}"_s), At).ok());

        auto entries = repo.entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().live.subject, u"Shipped v1"_s);
        QVERIFY(entries->constFirst().draft.has_value());
        QCOMPARE(entries->constFirst().draft->subject, u"Draft {{order.number}}"_s);
        QCOMPARE(repo.liveDefaults()->value(u"shipped"_s).subject, u"Shipped v1"_s);

        auto published = repo.publish(u"shipped"_s, {}, At.addSecs(60));
        QVERIFY(published.ok());
        QCOMPARE(repo.liveDefaults()->value(u"shipped"_s).subject, u"Draft {{order.number}}"_s);
        QVERIFY(!repo.entries()->constFirst().draft.has_value());
        QCOMPARE(repo.entries()->constFirst().liveVersionId, *published);

        // Publishing again with no draft is refused in plain words; a draft equal to live makes no version.
        auto nothing = repo.publish(u"shipped"_s, {}, At);
        QVERIFY(!nothing.ok());
        QCOMPARE(nothing.error().code, ErrorCode::NotFound);
        QVERIFY(repo.saveDraft(shipped(u"Draft {{order.number}}"_s), At).ok());
        QCOMPARE(*repo.publish(u"shipped"_s, {}, At), *published);
        QCOMPARE(repo.history(u"shipped"_s, {})->size(), 2);
    }

    void restoreMakesADraftOfAnOldVersion()
    {
        TemplateRepository repo(m_db->handle());
        QVERIFY(repo.ensureBuiltIns({shipped(u"Shipped v1"_s)}, At).ok());
        const qint64 first = repo.entries()->constFirst().liveVersionId;
        QVERIFY(repo.saveDraft(shipped(u"v2"_s), At).ok());
        QVERIFY(repo.publish(u"shipped"_s, {}, At).ok());

        QVERIFY(repo.restore(first, At).ok());
        const TemplateEntry entry = repo.entries()->constFirst();
        QCOMPARE(entry.live.subject, u"v2"_s); // restoring is a draft, live only once published
        QCOMPARE(entry.draft->subject, u"Shipped v1"_s);
        QCOMPARE(repo.restore(9999, At).error().code, ErrorCode::NotFound);
    }

    void badDraftsAreRefused_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("saved");
        QTest::addColumn<bool>("published");

        QTest::newRow("fine") << QString() << u"Hi {{order.number}}"_s << true << true;
        QTest::newRow("not a language code") << u"german"_s << u"Hi"_s << false << false;
        QTest::newRow("does not render: saved, not published") << QString() << u"Hi {{#order}}"_s << true << false;
        QTest::newRow("a language before the default one") << u"de"_s << u"Hallo"_s << true << false;
    }

    void badDraftsAreRefused()
    {
        QFETCH(QString, language);
        QFETCH(QString, subject);
        QFETCH(bool, saved);
        QFETCH(bool, published);

        TemplateRepository repo(m_db->handle());
        MessageTemplate draft = shipped(subject, language);
        draft.id = u"my_own"_s;
        const Status save = repo.saveDraft(draft, At);
        QCOMPARE(save.ok(), saved);
        if (!saved) {
            QCOMPARE(save.error().code, ErrorCode::InvalidInput);
            return;
        }
        auto publish = repo.publish(draft.id, language, At);
        QCOMPARE(publish.ok(), published);
        if (!published) {
            QCOMPARE(publish.error().code, ErrorCode::InvalidInput);
            QVERIFY(!publish.error().message.isEmpty());
            QVERIFY(repo.entries()->constFirst().draft.has_value()); // the owner's work is kept
        }
    }

    // The store pins each notification, as it is queued, to the live version in its customer's language.
    void notificationsArePinnedWhenQueued_data() { addLanguagePinRows(u"Versandt"_s, u"Shipped v1"_s); }

    void notificationsArePinnedWhenQueued()
    {
        QFETCH(QString, customerLocale);
        QFETCH(QString, shopSays);
        QFETCH(QString, expectedSubject);

        TemplateRepository repo(m_db->handle());
        QVERIFY(repo.ensureBuiltIns({shipped(u"Shipped v1"_s), shipped(u"Versandt"_s, u"de"_s)}, At).ok());
        QVERIFY(repo.setCustomerLanguage(shopSays).ok());
        QCOMPARE(*repo.customerLanguage(), shopSays);
        const qint64 id = queue(customerLocale);
        QCOMPARE(pinnedSubject(id), expectedSubject);

        // Publishing afterwards changes nothing already queued; the next one gets the new version.
        QVERIFY(repo.saveDraft(shipped(u"Changed"_s), At).ok());
        QVERIFY(repo.saveDraft(shipped(u"Geändert"_s, u"de"_s), At).ok());
        QVERIFY(repo.publish(u"shipped"_s, {}, At).ok());
        QVERIFY(repo.publish(u"shipped"_s, u"de"_s, At).ok());
        QCOMPARE(pinnedSubject(id), expectedSubject);
        const qint64 next = queue(customerLocale, u"o2"_s);
        QCOMPARE(pinnedSubject(next), expectedSubject == u"Versandt"_s ? u"Geändert"_s : u"Changed"_s);
    }

    void customerLanguage_refusesWhatIsNoLanguage()
    {
        TemplateRepository repo(m_db->handle());
        QVERIFY(repo.customerLanguage().ok());
        QCOMPARE(*repo.customerLanguage(), QString()); // the default language until the owner says otherwise
        const Status refused = repo.setCustomerLanguage(u"de' OR 1=1"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(u"language code"_s));
        QCOMPARE(*repo.customerLanguage(), QString());
    }

    void languageOf_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("underscore") << u"es_MX"_s << u"es"_s;
        QTest::newRow("upper case") << u"FR-ca"_s << u"fr"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("junk") << u"1x"_s << QString();
    }

    void languageOf()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(TemplateRepository::languageOf(locale), language);
    }

private:
    qint64 queue(const QString &customerLocale, const QString &orderId = u"o1"_s)
    {
        QSqlQuery query(m_db->handle());
        if (!query.exec(
                u"INSERT OR IGNORE INTO raw_events(id, source_id, received_at, body) VALUES(1, 's', 1, '{}')"_s)) {
            return -1;
        }
        query.prepare(u"INSERT INTO orders(source_id, order_id, status, customer_locale, updated_at)"
                      " VALUES('s', ?, 'paid', ?, 1)"_s);
        query.addBindValue(orderId);
        query.addBindValue(customerLocale.isNull() ? u""_s : customerLocale);
        if (!query.exec()) {
            return -1;
        }
        query.prepare(u"INSERT INTO notifications(event_id, source_id, order_id, trigger, template_id, channel_id,"
                      " recipient, state, created_at, due_at)"
                      " VALUES(1, 's', ?, 'shipment.created', 'shipped', 'c', 'a@example.com', 'queued', 1, 1)"_s);
        query.addBindValue(orderId);
        return query.exec() ? query.lastInsertId().toLongLong() : -1;
    }

    QString pinnedSubject(qint64 notificationId)
    {
        QSqlQuery query(m_db->handle());
        query.prepare(u"SELECT template_version FROM notifications WHERE id = ?"_s);
        query.addBindValue(notificationId);
        if (!query.exec() || !query.next()) {
            return u"(no notification)"_s;
        }
        auto version = TemplateRepository(m_db->handle()).version(query.value(0).toLongLong());
        return version ? version->content.subject : u"(no version)"_s;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestTemplateRepository)
#include "tst_templaterepository.moc"
