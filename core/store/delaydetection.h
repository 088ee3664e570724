#pragma once

#include "model/error.h"
#include "model/result.h"

#include <QSqlDatabase>

#include <optional>

namespace Tidings {

// Delay detection: when the carrier has said nothing about a parcel on its way for `days` days, Tidings raises
// "shipment.delayed" once (DelayWatcher), and the rules decide who hears of it. Saved in the settings table,
// like test mode. Off until the owner switches it on: a shop whose carrier never reports deliveries would
// otherwise tell every customer their parcel is late.
struct DelayDetection
{
    static constexpr int DefaultDays = 5;
    static constexpr int MinDays = 1;
    static constexpr int MaxDays = 60;

    bool enabled = false;
    int days = DefaultDays;

    friend bool operator==(const DelayDetection &, const DelayDetection &) = default;

    // Why these settings cannot be saved, in the owner's words; nothing when they can.
    std::optional<Error> problem() const;

    static Result<DelayDetection> load(const QSqlDatabase &db);
    Status save(const QSqlDatabase &db) const;
};

} // namespace Tidings
