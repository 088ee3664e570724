#include "language/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

const QString LanguageKey = u"language"_s;
const QString CatalogueDir = u":/i18n"_s;

QString catalogueCode(const QString &fileName)
{
    // tidings_de.qm -> de
    return fileName.mid(qsizetype(sizeof("tidings_") - 1)).chopped(qsizetype(sizeof(".qm") - 1));
}

QString capitalised(const QString &name)
{
    return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
}

} // namespace

QList<Language> Languages::available()
{
    QList<Language> languages;
    const QStringList files = QDir(CatalogueDir).entryList({u"tidings_*.qm"_s}, QDir::Files);
    for (const QString &file : files) {
        const QString code = catalogueCode(file);
        if (code == u"en"_s) {
            continue;
        }
        languages.append({code, capitalised(QLocale(code).nativeLanguageName())});
    }
    std::sort(languages.begin(), languages.end(),
              [](const Language &a, const Language &b) { return a.nativeName.localeAwareCompare(b.nativeName) < 0; });
    languages.prepend({u"en"_s, u"English"_s});
    return languages;
}

QString Languages::nativeName(const QString &code)
{
    const QList<Language> languages = available();
    const auto found =
        std::find_if(languages.cbegin(), languages.cend(), [&](const Language &l) { return l.code == code; });
    return found == languages.cend() ? code : found->nativeName;
}

QString Languages::preferred()
{
    return QSettings().value(LanguageKey).toString();
}

void Languages::setPreferred(const QString &code)
{
    QSettings settings;
    if (code.isEmpty()) {
        settings.remove(LanguageKey);
    } else {
        settings.setValue(LanguageKey, code);
    }
}

QString Languages::effective()
{
    return effectiveFor(preferred(), QLocale());
}

QString Languages::effectiveFor(const QString &preferredCode, const QLocale &system)
{
    const QList<Language> languages = available();
    const auto has = [&](const QString &code) {
        return std::any_of(languages.cbegin(), languages.cend(), [&](const Language &l) { return l.code == code; });
    };
    if (!preferredCode.isEmpty() && has(preferredCode)) {
        return preferredCode;
    }
    // uiLanguages() lists the system's choices in order ("de-AT", "de", "en-US", ...).
    for (const QString &tag : system.uiLanguages()) {
        const QString code = QLocale(tag).name().section(u'_', 0, 0);
        if (has(code)) {
            return code;
        }
    }
    return u"en"_s;
}

bool Languages::install(QCoreApplication &app, const QString &code)
{
    // The two translators installed last; replaced, not stacked, when the language changes.
    static QPointer<QTranslator> qtCatalogue;
    static QPointer<QTranslator> ours;
    for (QPointer<QTranslator> *old : {&qtCatalogue, &ours}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }
    const QLocale locale(code);
    qtCatalogue = new QTranslator(&app);
    if (qtCatalogue->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtCatalogue);
    }
    // English carries the plural forms and is the fallback.
    ours = new QTranslator(&app);
    const bool found = ours->load(CatalogueDir + u"/tidings_"_s + code);
    if (found || ours->load(CatalogueDir + u"/tidings_en"_s)) {
        QCoreApplication::installTranslator(ours);
    }
    return found;
}

} // namespace Tidings::Ui
