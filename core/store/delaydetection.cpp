#include "store/delaydetection.h"

#include "store/configrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct DelayText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::DelayDetection)
};

const QString EnabledKey = u"delay_detection"_s;
const QString DaysKey = u"delay_detection_days"_s;

} // namespace

std::optional<Error> DelayDetection::problem() const
{
    if (days < MinDays || days > MaxDays) {
        return Error::make(ErrorCode::InvalidInput,
                           DelayText::tr("Choose between %1 and %2 days.").arg(MinDays).arg(MaxDays));
    }
    return std::nullopt;
}

Result<DelayDetection> DelayDetection::load(const QSqlDatabase &db)
{
    const ConfigRepository repository(db);
    const auto enabled = repository.setting(EnabledKey);
    const auto days = repository.setting(DaysKey);
    for (const auto *read : {&enabled, &days}) {
        if (!*read) {
            return read->error();
        }
    }
    DelayDetection detection;
    detection.enabled = *enabled == u"1"_s;
    bool number = false;
    const int stored = days->toInt(&number);
    // A value out of range (edited by hand) falls back to the default rather than stopping the checks.
    if (number && stored >= MinDays && stored <= MaxDays) {
        detection.days = stored;
    }
    return detection;
}

Status DelayDetection::save(const QSqlDatabase &db) const
{
    if (auto why = problem()) {
        return *why;
    }
    ConfigRepository repository(db);
    for (const auto &[key, value] :
         {std::pair{EnabledKey, enabled ? u"1"_s : u"0"_s}, std::pair{DaysKey, QString::number(days)}}) {
        if (Status saved = repository.setSetting(key, value); !saved) {
            return saved;
        }
    }
    return {};
}

} // namespace Tidings
