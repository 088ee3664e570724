#include "dispatch/quiethours.h"

#include "store/configrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct QuietHoursText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::QuietHours)
};

const QString TimeFormat = u"HH:mm"_s;

QString shortTime(const QTime &time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}

} // namespace

QTimeZone QuietHours::shopZone() const
{
    if (!shopTimeZone.isEmpty()) {
        const QTimeZone zone(shopTimeZone.toUtf8());
        if (zone.isValid()) {
            return zone;
        }
    }
    return QTimeZone::systemTimeZone();
}

QTimeZone QuietHours::zoneFor(const QString &recipientTimeZone) const
{
    if (!recipientTimeZone.isEmpty()) {
        const QTimeZone zone(recipientTimeZone.toUtf8());
        if (zone.isValid()) {
            return zone;
        }
    }
    return shopZone();
}

std::optional<QDateTime> QuietHours::heldUntil(const QDateTime &nowUtc, ChannelKind kind,
                                               const QString &recipientTimeZone) const
{
    if (!enabled || !appliesTo(kind) || !start.isValid() || !end.isValid() || start == end) {
        return std::nullopt;
    }
    const QTimeZone zone = zoneFor(recipientTimeZone);
    const QDateTime local = nowUtc.toTimeZone(zone);
    const QTime time = local.time();
    QDate endDate = local.date();
    if (start < end) {
        if (time < start || time >= end) {
            return std::nullopt;
        }
    } else if (time >= start) {
        endDate = endDate.addDays(1); // in the evening part: quiet until tomorrow morning
    } else if (time >= end) {
        return std::nullopt;
    }
    QDateTime until = QDateTime(endDate, end, zone).toUTC();
    const QDateTime wall = until.toTimeZone(zone);
    if (wall.date() != endDate || wall.time() != end) {
        // The end falls in the hour a spring-forward night skips (02:30 when clocks jump from 02:00 to 03:00):
        // counted with the offset of the evening before, it lands as far after the jump (03:30). Qt's own
        // answer for a time that does not exist differs between versions.
        const QDateTime asIfUtc(endDate, end, Qt::UTC);
        until = asIfUtc.addSecs(-zone.offsetFromUtc(asIfUtc.addSecs(-12 * 3600)));
    }
    if (!until.isValid() || until <= nowUtc) {
        return std::nullopt;
    }
    return until;
}

std::optional<Error> QuietHours::problem() const
{
    if (!enabled) {
        return std::nullopt;
    }
    if (!start.isValid() || !end.isValid()) {
        return Error::make(ErrorCode::InvalidInput, QuietHoursText::tr("Enter a start and an end time, like 21:00 "
                                                                       "and 08:00."));
    }
    if (start == end) {
        return Error::make(ErrorCode::InvalidInput,
                           QuietHoursText::tr("Quiet hours start and end at the same time (%1). Choose an end "
                                              "time later than the start, like 21:00 to 08:00.")
                               .arg(shortTime(start)));
    }
    if (!shopTimeZone.isEmpty() && !QTimeZone(shopTimeZone.toUtf8()).isValid()) {
        return Error::make(ErrorCode::InvalidInput,
                           QuietHoursText::tr("\"%1\" is not a time zone this computer knows. Pick one from the "
                                              "list, like Europe/London or America/New_York.")
                               .arg(shopTimeZone));
    }
    return std::nullopt;
}

QString QuietHours::explanation() const
{
    if (!enabled) {
        return QuietHoursText::tr("Text messages and Slack messages are sent at any time of day or night.");
    }
    const QString zone = QString::fromUtf8(shopZone().id());
    return QuietHoursText::tr("Text messages and Slack messages that would go out between %1 and %2 (%3 time) wait "
                              "and are sent at %2; a text to a customer whose order has an address waits for %2 "
                              "on the customer's clock. Nothing is lost and no try is used up. Emails are always "
                              "sent at once.")
        .arg(shortTime(start), shortTime(end), zone);
}

QString QuietHours::holdMessage(const QDateTime &untilUtc, const QString &recipientTimeZone) const
{
    const QTimeZone zone = zoneFor(recipientTimeZone);
    const QString time = shortTime(untilUtc.toTimeZone(zone).time());
    const bool recipients = !recipientTimeZone.isEmpty() && QTimeZone(recipientTimeZone.toUtf8()).isValid();
    return recipients ? QuietHoursText::tr("Held for quiet hours until %1 (the customer's time, %2). Nothing was "
                                           "sent and no try was used up.")
                            .arg(time, QString::fromUtf8(zone.id()))
                      : QuietHoursText::tr("Held for quiet hours until %1 (the shop's time, %2). Nothing was sent "
                                           "and no try was used up.")
                            .arg(time, QString::fromUtf8(zone.id()));
}

Result<QuietHours> QuietHours::load(const QSqlDatabase &db)
{
    const auto setting = ConfigRepository(db).setting(settingKey());
    if (!setting) {
        return setting.error();
    }
    QuietHours hours;
    const QJsonObject object = QJsonDocument::fromJson(setting->toUtf8()).object();
    if (object.isEmpty()) {
        return hours; // never saved: off, with the usual evening and morning
    }
    hours.enabled = object.value(u"enabled"_s).toBool();
    const QTime start = QTime::fromString(object.value(u"start"_s).toString(), TimeFormat);
    const QTime end = QTime::fromString(object.value(u"end"_s).toString(), TimeFormat);
    if (start.isValid()) {
        hours.start = start;
    }
    if (end.isValid()) {
        hours.end = end;
    }
    hours.shopTimeZone = object.value(u"timeZone"_s).toString();
    return hours;
}

Status QuietHours::save(const QSqlDatabase &db) const
{
    if (auto why = problem()) {
        return *why;
    }
    const QJsonObject object{{u"enabled"_s, enabled},
                             {u"start"_s, start.toString(TimeFormat)},
                             {u"end"_s, end.toString(TimeFormat)},
                             {u"timeZone"_s, shopTimeZone}};
    return ConfigRepository(db).setSetting(settingKey(),
                                           QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace Tidings
