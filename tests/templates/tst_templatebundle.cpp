#include "templates/templatebundle.h"
#include "templates/templaterenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tidings {

// The templates file: what is written is read back the same; a file Tidings cannot use is refused whole, in
// words that say which template and why.
class TestTemplateBundle final : public QObject
{
    Q_OBJECT

private slots:

    void roundTrip_keepsEveryTemplateAndTheBrand()
    {
        TemplateBundle bundle;
        bundle.templates = builtInTemplates();
        MessageTemplate italian = bundle.templates.first(); // a language Tidings has no built-in words for
        italian.language = u"it"_s;
        italian.subject = u"Ordine {{order.number}} – grazie, {{customer.firstName}}!"_s;
        bundle.templates.append(italian);
        Brand brand;
        brand.shopName = u"Juniper & Pine"_s;
        brand.accentColor = u"#aa3311"_s;
        brand.address = u"1 High Street\nLondon"_s;
        brand.socialLinks = {BrandLink{u"Instagram"_s, u"https://instagram.com/juniper"_s}};
        bundle.brand = brand;

        const QByteArray json = bundle.toJson(QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC));
        QVERIFY(json.contains("\"exportedAt\": \"2026-11-30T02:00:00Z\""));
        auto read = TemplateBundle::fromJson(json);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->templates.size(), bundle.templates.size());
        for (qsizetype i = 0; i < bundle.templates.size(); ++i) {
            const MessageTemplate &a = bundle.templates.at(i);
            const MessageTemplate &b = read->templates.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.language, a.language);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.subject, a.subject);
            QCOMPARE(b.html, a.html);
            QCOMPARE(b.text, a.text);
        }
        QVERIFY(read->brand);
        QCOMPARE(read->brand->shopName, brand.shopName);
        QCOMPARE(read->brand->accentColor, brand.accentColor);
        QCOMPARE(read->brand->address, brand.address);
        QCOMPARE(read->brand->socialLinks.size(), 1);
        QCOMPARE(read->brand->socialLinks.first().url, brand.socialLinks.first().url);
    }

    void withoutBrand_readsNone()
    {
        TemplateBundle bundle;
        bundle.templates = {builtInTemplates().first()};
        auto read = TemplateBundle::fromJson(bundle.toJson(QDateTime::currentDateTimeUtc()));
        QVERIFY(read);
        QVERIFY(!read->brand);
    }

    void badFile_isRefusedInWords_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");

        const auto file = [](const QJsonArray &templates, int version = 1) {
            return QJsonDocument(QJsonObject{{u"format"_s, u"tidings-templates"_s},
                                             {u"version"_s, version},
                                             {u"templates"_s, templates}})
                .toJson();
        };
        const QJsonObject good{{u"id"_s, u"shipped"_s},
                               {u"name"_s, u"Shipped"_s},
                               {u"kind"_s, u"email"_s},
                               {u"subject"_s, u"On its way"_s}};
        const auto with = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject changed = good;
            changed.insert(key, value);
            return changed;
        };
        QTest::newRow("not JSON") << QByteArray("PK\x03\x04 zip") << u"not a templates file"_s;
        QTest::newRow("another JSON file") << QByteArray(R"({"sources": []})") << u"not a templates file"_s;
        QTest::newRow("a newer Tidings") << file({good}, 2) << u"newer Tidings"_s;
        QTest::newRow("no version") << file({good}, 0) << u"no version"_s;
        QTest::newRow("no list") << QByteArray(R"({"format": "tidings-templates", "version": 1})")
                                 << u"no list of templates"_s;
        QTest::newRow("an id with a path in it") << file({with(u"id"_s, u"../shipped"_s)}) << u"no usable id"_s;
        QTest::newRow("an empty id") << file({with(u"id"_s, u""_s)}) << u"no usable id"_s;
        QTest::newRow("a language of three letters")
            << file({with(u"language"_s, u"deu"_s)}) << u"language Tidings does not know (\"deu\")"_s;
        QTest::newRow("a fax template") << file({with(u"kind"_s, u"fax"_s)}) << u"\u201cShipped\u201d"_s;
        QTest::newRow("twice") << file({good, good}) << u"in the file twice"_s;
        QTest::newRow("a part too long") << file({with(u"html"_s, QString(TemplateBundle::MaxPartChars + 1, u'x'))})
                                         << u"too long"_s;
        QTest::newRow("too large") << QByteArray(TemplateBundle::MaxFileBytes + 1, ' ') << u"larger than 8 MB"_s;
        QTest::newRow("a damaged brand kit")
            << QByteArray(R"({"format": "tidings-templates", "version": 1, "brand": "x", "templates": []})")
            << u"brand kit"_s;
    }

    void badFile_isRefusedInWords()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        auto read = TemplateBundle::fromJson(json);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(says), qPrintable(read.error().message));
    }

    void unnamedTemplate_isNamedByItsId_andCalledByItsPlace()
    {
        const QByteArray json = R"({"format": "tidings-templates", "version": 1, "templates": [
            {"id": "thanks", "kind": "email", "subject": "Thanks"},
            {"id": "Bad Id", "kind": "email"}]})";
        auto read = TemplateBundle::fromJson(json);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(u"number 2"_s), qPrintable(read.error().message));

        auto good = TemplateBundle::fromJson(R"({"format": "tidings-templates", "version": 1, "templates": [
            {"id": "thanks", "subject": "Thanks"}]})");
        QVERIFY(good);
        QCOMPARE(good->templates.first().name, u"thanks"_s);
        QCOMPARE(good->templates.first().kind, u"email"_s);
    }
};

} // namespace Tidings

QTEST_GUILESS_MAIN(Tidings::TestTemplateBundle)
#include "tst_templatebundle.moc"
