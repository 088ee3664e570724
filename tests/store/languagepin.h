#pragma once

#include "templates/messagetemplate.h"

#include <QString>
#include <QTest>

namespace Tidings {

// A built-in template `id` in `language` ('' the default), its subject telling the variants apart.
inline MessageTemplate builtInVariant(const QString &id, const QString &subject, const QString &language = {})
{
    using namespace Qt::StringLiterals;
    MessageTemplate t;
    t.id = id;
    t.name = id;
    t.language = language;
    t.subject = subject;
    t.html = u"<p>{{order.number}}</p>"_s;
    t.text = u"{{order.number}}"_s;
    t.builtIn = true;
    return t;
}

// The rows of a test that a notification is pinned to the live version of its template in its customer's language:
// the customer's language first, then the shop's language for customers of unknown language, then the default.
// Shared by the trigger's test (tst_templaterepository) and the ingest writer's (tst_ingestwriter), which must agree.
// `german` is the subject of the template's German variant, `standard` the default one's.
inline void addLanguagePinRows(const QString &german, const QString &standard)
{
    using namespace Qt::StringLiterals;
    QTest::addColumn<QString>("customerLocale");
    QTest::addColumn<QString>("shopSays"); // the language for customers of unknown language
    QTest::addColumn<QString>("expectedSubject");

    QTest::newRow("German customer, German variant") << u"de_DE"_s << QString() << german;
    QTest::newRow("German with a dash") << u"de-AT"_s << QString() << german;
    QTest::newRow("German in capitals") << u"DE-CH"_s << QString() << german;
    QTest::newRow("French customer, no variant: default") << u"fr_FR"_s << QString() << standard;
    QTest::newRow("no locale: default") << QString() << QString() << standard;
    QTest::newRow("no locale, the shop says German") << QString() << u"de"_s << german;
    QTest::newRow("French customer, no variant, the shop says German") << u"fr"_s << u"de"_s << german;
    QTest::newRow("the customer's language first") << u"de"_s << u"es"_s << german;
    QTest::newRow("the shop says Spanish, no variant: default") << QString() << u"es"_s << standard;
}

} // namespace Tidings
