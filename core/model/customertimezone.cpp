#include "model/customertimezone.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using Zones = QHash<QString, QString>; // region code -> IANA id

// States and provinces by the zone most of their people live in (a few states span two).
const Zones &unitedStates()
{
    static const Zones zones = [] {
        Zones z;
        for (const char *state : {"CT", "DE", "DC", "FL", "GA", "IN", "KY", "ME", "MD", "MA", "MI",
                                  "NH", "NJ", "NY", "NC", "OH", "PA", "RI", "SC", "VT", "VA", "WV"}) {
            z.insert(QString::fromLatin1(state), u"America/New_York"_s);
        }
        for (const char *state :
             {"AL", "AR", "IL", "IA", "KS", "LA", "MN", "MS", "MO", "NE", "ND", "OK", "SD", "TN", "TX", "WI"}) {
            z.insert(QString::fromLatin1(state), u"America/Chicago"_s);
        }
        for (const char *state : {"CO", "ID", "MT", "NM", "UT", "WY"}) {
            z.insert(QString::fromLatin1(state), u"America/Denver"_s);
        }
        z.insert(u"AZ"_s, u"America/Phoenix"_s); // no daylight saving time
        for (const char *state : {"CA", "NV", "OR", "WA"}) {
            z.insert(QString::fromLatin1(state), u"America/Los_Angeles"_s);
        }
        z.insert(u"AK"_s, u"America/Anchorage"_s);
        z.insert(u"HI"_s, u"Pacific/Honolulu"_s);
        z.insert(u"PR"_s, u"America/Puerto_Rico"_s);
        z.insert(u"GU"_s, u"Pacific/Guam"_s);
        z.insert(u"VI"_s, u"America/St_Thomas"_s);
        return z;
    }();
    return zones;
}

const Zones &canada()
{
    static const Zones zones{
        {u"NL"_s, u"America/St_Johns"_s},  {u"NS"_s, u"America/Halifax"_s},    {u"NB"_s, u"America/Moncton"_s},
        {u"PE"_s, u"America/Halifax"_s},   {u"QC"_s, u"America/Toronto"_s},    {u"ON"_s, u"America/Toronto"_s},
        {u"MB"_s, u"America/Winnipeg"_s},  {u"SK"_s, u"America/Regina"_s},     {u"AB"_s, u"America/Edmonton"_s},
        {u"BC"_s, u"America/Vancouver"_s}, {u"YT"_s, u"America/Whitehorse"_s}, {u"NT"_s, u"America/Yellowknife"_s},
        {u"NU"_s, u"America/Iqaluit"_s},
    };
    return zones;
}

const Zones &australia()
{
    static const Zones zones{
        {u"NSW"_s, u"Australia/Sydney"_s},   {u"ACT"_s, u"Australia/Sydney"_s},  {u"VIC"_s, u"Australia/Melbourne"_s},
        {u"QLD"_s, u"Australia/Brisbane"_s}, {u"SA"_s, u"Australia/Adelaide"_s}, {u"WA"_s, u"Australia/Perth"_s},
        {u"TAS"_s, u"Australia/Hobart"_s},   {u"NT"_s, u"Australia/Darwin"_s},
    };
    return zones;
}

// Countries whose zones disagree, but where nearly everyone is on one clock unless the region says otherwise.
struct MainZone
{
    QString zone;
    Zones exceptions; // by region code
};

const QHash<QString, MainZone> &mainZones()
{
    static const QHash<QString, MainZone> zones{
        // Spain: the Canary Islands (province codes GC and TF, community CN) are an hour behind.
        {u"ES"_s,
         {u"Europe/Madrid"_s,
          {{u"CN"_s, u"Atlantic/Canary"_s}, {u"GC"_s, u"Atlantic/Canary"_s}, {u"TF"_s, u"Atlantic/Canary"_s}}}},
        // Portugal: the Azores (region 20) are an hour behind.
        {u"PT"_s, {u"Europe/Lisbon"_s, {{u"20"_s, u"Atlantic/Azores"_s}}}},
        {u"NZ"_s, {u"Pacific/Auckland"_s, {}}},  // the Chatham Islands aside
        {u"CL"_s, {u"America/Santiago"_s, {}}},  // Easter Island aside
        {u"EC"_s, {u"America/Guayaquil"_s, {}}}, // the Galápagos aside
    };
    return zones;
}

// The region part of "US-CA" or "CA", upper case.
QString regionPart(const QString &regionCode)
{
    QString region = regionCode.trimmed().toUpper();
    if (const qsizetype dash = region.indexOf(u'-'); dash >= 0) {
        region = region.mid(dash + 1);
    }
    return region;
}

// The one clock all of a country's zones keep, named by its first zone; "" when they differ during the year.
QString singleClock(QLocale::Territory territory)
{
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds(territory);
    if (ids.isEmpty()) {
        return {};
    }
    const int year = QDate::currentDate().year();
    const QDateTime winter(QDate(year, 1, 15), QTime(12, 0), Qt::UTC);
    const QDateTime summer(QDate(year, 7, 15), QTime(12, 0), Qt::UTC);
    const QTimeZone first(ids.constFirst());
    for (const QByteArray &id : ids) {
        const QTimeZone zone(id);
        if (zone.offsetFromUtc(winter) != first.offsetFromUtc(winter) ||
            zone.offsetFromUtc(summer) != first.offsetFromUtc(summer)) {
            return {};
        }
    }
    return QString::fromLatin1(ids.constFirst());
}

} // namespace

QString customerTimeZone(const QString &countryCode, const QString &regionCode)
{
    const QString country = countryCode.trimmed().toUpper();
    if (country.size() != 2) {
        return {};
    }
    const QString region = regionPart(regionCode);
    const Zones *byRegion = country == u"US"_s   ? &unitedStates()
                            : country == u"CA"_s ? &canada()
                            : country == u"AU"_s ? &australia()
                                                 : nullptr;
    if (byRegion) {
        return byRegion->value(region); // without a known state the clock could be any of several
    }
    if (const auto main = mainZones().constFind(country); main != mainZones().cend()) {
        return main->exceptions.value(region, main->zone);
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(country);
    if (territory == QLocale::AnyTerritory) {
        return {};
    }
    return singleClock(territory);
}

} // namespace Tidings
