#include "language/language.h"
#include "language/languagemenu.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tidings::Ui;

// The languages Tidings speaks: which catalogues ship, which one a start picks, that each is complete enough
// to change the window's words, and View → Language.
class tst_Language final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void available_englishFirstThenEachCatalogue();
    void effectiveFor_data();
    void effectiveFor();
    void install_data();
    void install();
    void menu_choosingAnotherLanguageAsksToRestart_data();
    void menu_choosingAnotherLanguageAsksToRestart();
    void menu_choosingTheRunningLanguageAsksNothing();
};

void tst_Language::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings writes under ~/.qttest
    QCoreApplication::setOrganizationName(u"TidingsTest"_s);
    QCoreApplication::setApplicationName(u"tst_language"_s);
}

void tst_Language::init()
{
    Languages::setPreferred({});
}

void tst_Language::cleanupTestCase()
{
    QSettings().clear();
    Languages::install(*QCoreApplication::instance(), u"en"_s);
}

void tst_Language::available_englishFirstThenEachCatalogue()
{
    const QList<Language> languages = Languages::available();
    QCOMPARE(languages.value(0), (Language{u"en"_s, u"English"_s}));
    QStringList codes;
    for (const Language &language : languages) {
        codes.append(language.code);
        QVERIFY2(!language.nativeName.isEmpty() && language.nativeName.at(0).isUpper(), qPrintable(language.code));
    }
    for (const QString &code : {u"de"_s, u"fr"_s, u"es"_s}) {
        QVERIFY2(codes.contains(code), qPrintable(codes.join(u' ')));
    }
    QCOMPARE(codes.count(u"en"_s), 1);
}

void tst_Language::effectiveFor_data()
{
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("owner's choice wins") << u"fr"_s << u"de_DE"_s << u"fr"_s;
    QTest::newRow("system language") << QString() << u"de_AT"_s << u"de"_s;
    QTest::newRow("Latin American Spanish") << QString() << u"es_MX"_s << u"es"_s;
    QTest::newRow("unknown choice falls back to the system") << u"xx"_s << u"fr_CA"_s << u"fr"_s;
    QTest::newRow("no catalogue: English") << QString() << u"ja_JP"_s << u"en"_s;
    QTest::newRow("English chosen on a German system") << u"en"_s << u"de_DE"_s << u"en"_s;
}

void tst_Language::effectiveFor()
{
    QFETCH(QString, preferred);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(Languages::effectiveFor(preferred, QLocale(system)), expected);
}

void tst_Language::install_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    // One string from the window, one from the core, one plural: each catalogue carries all three kinds.
    for (const QString &code : {u"de"_s, u"fr"_s, u"es"_s}) {
        QTest::addRow("%s window", qPrintable(code)) << code << u"Tidings::Ui::MainWindow"_s << u"&Quit"_s;
        QTest::addRow("%s core", qPrintable(code)) << code << u"Tidings::Notification"_s << u"Sent"_s;
    }
}

void tst_Language::install()
{
    QFETCH(QString, code);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QVERIFY(Languages::install(*QCoreApplication::instance(), code));
    const QString translated = QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData());
    QVERIFY2(translated != source, qPrintable(translated));
    // Plural forms come through with the number.
    const char *plural = "%n message(s) could not be sent since you last looked at the Monitor";
    const QString three = QCoreApplication::translate("Tidings::Ui::MainWindow", plural, nullptr, 3);
    QVERIFY2(three.contains(u'3') && !three.contains(u"(s)"_s), qPrintable(three));

    QVERIFY(Languages::install(*QCoreApplication::instance(), u"en"_s));
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), source);
}

void tst_Language::menu_choosingAnotherLanguageAsksToRestart_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::addColumn<int>("restarts");
    QTest::newRow("restart now") << QMessageBox::Yes << 1;
    QTest::newRow("later") << QMessageBox::No << 0;
}

void tst_Language::menu_choosingAnotherLanguageAsksToRestart()
{
    QFETCH(QMessageBox::StandardButton, answer);
    QFETCH(int, restarts);
    LanguageMenu menu;
    menu.setRunningLanguage(u"en"_s);
    QSignalSpy restart(&menu, &LanguageMenu::restartRequested);
    auto *german = menu.findChild<QAction *>(u"languageAction_de"_s);
    QVERIFY(german);
    QCOMPARE(german->text(), u"Deutsch"_s);
    MessageBox::setNextAnswer(answer);
    german->trigger();
    QCOMPARE(restart.size(), restarts);
    // Either way the choice is kept for the next start.
    QCOMPARE(Languages::preferred(), u"de"_s);
    QVERIFY(german->isChecked());
}

void tst_Language::menu_choosingTheRunningLanguageAsksNothing()
{
    LanguageMenu menu;
    menu.setRunningLanguage(u"fr"_s);
    QSignalSpy restart(&menu, &LanguageMenu::restartRequested);
    auto *french = menu.findChild<QAction *>(u"languageAction_fr"_s);
    QVERIFY(french);
    // No answer queued: a question would show a modal box and hang the test.
    french->trigger();
    QCOMPARE(restart.size(), 0);
    QCOMPARE(Languages::preferred(), u"fr"_s);

    auto *system = menu.findChild<QAction *>(u"languageAction_system"_s);
    QVERIFY(system);
    QVERIFY(system->text().contains(u'('));
}

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
