#include "diagnostics/versions.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QSysInfo>
#include <QtGlobal>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

std::atomic<int> s_probes{0};

// The version of the SQLite library Qt's driver loaded, from an in-memory database.
QString sqliteVersion()
{
    const QString name = u"tidings-version-probe-%1"_s.arg(++s_probes);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT sqlite_version()"_s) && query.next()) {
                version = query.value(0).toString();
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version.isEmpty() ? u"?"_s : version;
}

} // namespace

QList<ComponentVersion> componentVersions()
{
    const QString qtRuntime = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    QString tls = QSslSocket::sslLibraryVersionString();
    if (tls.isEmpty()) {
        tls = u"none"_s;
    }
    return {
        {u"Tidings"_s, QStringLiteral(TIDINGS_VERSION)},
        {u"Qt"_s, qtRuntime == qtBuilt ? qtRuntime : u"%1 (built with %2)"_s.arg(qtRuntime, qtBuilt)},
        {u"SQLite"_s, sqliteVersion()},
        {u"QtKeychain"_s, QStringLiteral(TIDINGS_QTKEYCHAIN_VERSION)},
        {u"TLS"_s, tls},
        {u"System"_s, u"%1 (%2)"_s.arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture())},
    };
}

QString componentVersionsText()
{
    QString text;
    for (const ComponentVersion &component : componentVersions()) {
        text += component.name + u": "_s + component.version + u'\n';
    }
    return text;
}

} // namespace Tidings
