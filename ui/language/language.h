#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Tidings::Ui {

// The languages Tidings speaks, and which one it uses. The choice is a per-user preference (QSettings key
// "language"), kept outside the data folder so it applies before the store opens; empty means "the system's".
struct Language
{
    QString code;       // "de", "fr", ...; "en" for English
    QString nativeName; // as its speakers write it: "Deutsch", "Français"

    friend bool operator==(const Language &, const Language &) = default;
};

class Languages final
{
public:
    // Every language with a built-in catalogue, English first, then by native name.
    static QList<Language> available();
    // The native name of a built-in catalogue's language ("Deutsch"); the code itself for one Tidings lacks.
    static QString nativeName(const QString &code);

    // The owner's choice, or an empty string for the system language.
    static QString preferred();
    static void setPreferred(const QString &code);

    // The language a start uses: the owner's choice if Tidings has it, else the system's if it has it, else
    // English.
    static QString effective();
    static QString effectiveFor(const QString &preferredCode, const QLocale &system);

    // Installs Qt's and Tidings' catalogues for `code` on `app` (replacing the ones installed before). Returns
    // false when Tidings has no catalogue for it; English is then used.
    static bool install(QCoreApplication &app, const QString &code);
};

} // namespace Tidings::Ui
