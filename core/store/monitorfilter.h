#pragma once

#include <QDateTime>
#include <QString>

namespace Tidings {

// What the Monitor shows: every field narrows the events down, and an empty field lets all through.
// MonitorQueries turns it into SQL that walks an index, so filtering costs the same with a million
// events as with a thousand.
struct MonitorFilter
{
    // Events by the state their notifications fold into (the Status column), as the state combo offers.
    enum class State {
        All,
        Waiting, // queued or being sent, nothing failed
        Sent,    // sent, nothing failed or waiting
        Failed,  // failed or uncertain
        Duplicates,
    };

    State state = State::All;
    QString sourceId;       // the shop the event came from
    QString channelId;      // a channel one of the event's notifications went through
    QDateTime receivedFrom; // inclusive; invalid: no lower bound
    QDateTime receivedTo;   // exclusive; invalid: no upper bound
    // The start of an order number (with or without its '#'), of an email address the event's messages
    // went to or its order's customer has, or of a tracking number of the order's shipments.
    QString text;

    bool isEmpty() const
    {
        return state == State::All && sourceId.isEmpty() && channelId.isEmpty() && !receivedFrom.isValid() &&
               !receivedTo.isValid() && text.trimmed().isEmpty();
    }

    friend bool operator==(const MonitorFilter &, const MonitorFilter &) = default;
};

} // namespace Tidings
