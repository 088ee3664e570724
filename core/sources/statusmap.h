#pragma once

#include "model/statuses.h"

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <optional>
#include <utility>

namespace Tidings {

// The owner's table from a platform's own status words to ours, for platforms whose statuses are
// pipeline stages or picklists the owner defines (HubSpot, Salesforce, ActiveCampaign, sheets).
//
// Keys are raw values, stage ids or stage labels; they match case-insensitively and ignoring surrounding
// and repeated spaces ("Closed  Won" = "closed won"). Values are normalized status names as
// orderStatusFromName() reads them ("paid", "Shipped"). A raw value with no entry maps to nothing, and the
// caller reports OrderStatus::Unknown with the raw value kept, so nobody is notified of it.
//
// In the configuration the table is the source option "statusMap": a JSON object, or a string holding
// one (what a single-line settings field stores):
//     "statusMap": { "closedwon": "paid", "Shipped": "shipped", "12345678": "delivered" }
class StatusMap
{
public:
    StatusMap() = default;
    // Built-in entries the platform ships with (Salesforce's "Draft" → pending); the owner's entries win.
    StatusMap(std::initializer_list<std::pair<QStringView, OrderStatus>> defaults);

    // Adds the owner's entries from the option value, replacing entries with the same key. Entries whose
    // value is not a status name are skipped and listed by problems(); so is a value that is not an object.
    void addFromOption(const QJsonValue &option);

    void insert(QStringView raw, OrderStatus status);

    // The status for one raw value, or nullopt when the table has no entry for it.
    std::optional<OrderStatus> lookup(QStringView raw) const;

    // The status of the first candidate (raw value, then stage id, ...) that has an entry; else Unknown.
    OrderStatus resolve(std::initializer_list<QString> candidates) const;

    qsizetype size() const { return m_entries.size(); }

    bool isEmpty() const { return m_entries.isEmpty(); }

    // Technical notes on what addFromOption() skipped, for logs and the settings page.
    QStringList problems() const { return m_problems; }

    // The form keys are compared in: trimmed, inner spaces collapsed, case-folded.
    static QString normalizedKey(QStringView raw);

private:
    QHash<QString, OrderStatus> m_entries;
    QStringList m_problems;
};

} // namespace Tidings
