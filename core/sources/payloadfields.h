#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QUrl>

#include <initializer_list>
#include <optional>
#include <utility>

// Small readers shared by the source adapters: exact text of JSON scalars, timestamps in the formats
// platforms send, and form-encoded bodies. Nothing here knows a platform.
namespace Tidings::Payload {

// The body as a JSON object, or ErrorCode::InvalidInput with `ownerMessage` (the platform's own words for
// "could not be read") and the parser's detail.
Result<QJsonObject> jsonObject(const QByteArray &body, const QString &ownerMessage);

// The text of a scalar JSON value; ids and money stay exact (whole numbers up to 2^63 as integers).
// Null, arrays and objects give an empty string.
QString scalarText(const QJsonValue &value);

// The trimmed text of object[key].
QString field(const QJsonObject &object, QLatin1StringView key);

// The first non-empty candidate, or an empty string.
QString firstNonEmpty(std::initializer_list<QString> candidates);

// "first last", leaving out whichever is empty.
QString joinName(const QString &first, const QString &last);

// The value at a dotted path ("billing.email", "line_items.0.sku") or a JSON pointer ("/billing/email").
// Undefined when any step is missing.
QJsonValue valueAt(const QJsonValue &root, const QString &path);

// Sets the value at a dotted path or JSON pointer (as valueAt reads it), making the objects on the way;
// a numeric step indexes an array (grown with nulls). False when a step runs into a scalar.
bool setValueAt(QJsonValue &root, const QString &path, const QJsonValue &value);

// A UTC time from the formats platforms use: ISO 8601 with or without offset ("…Z", "…+02:00",
// "…+0000"), with or without milliseconds, "YYYY-MM-DD HH:MM:SS" (read as UTC), and epoch seconds or
// milliseconds (numbers or digit strings; more than 11 digits means milliseconds). A time without a zone
// is read as UTC so the result never depends on this machine's time zone. Invalid when unreadable.
QDateTime timestamp(const QString &text);
QDateTime timestamp(const QJsonValue &value);

// The first candidate that reads as a time.
QDateTime firstTimestamp(std::initializer_list<QString> candidates);

// An http or https URL, or an empty one: a tracking link must never be javascript: or a local file.
QUrl webUrl(const QString &text);

// application/x-www-form-urlencoded: '+' is a space, then percent-decoding (QUrlQuery gets '+' wrong).
// Keys keep their brackets ("contact[fields][7]"); order and repeats are kept. nullopt when the body is
// not valid UTF-8 after decoding.
using FormFields = QList<std::pair<QString, QString>>;
std::optional<FormFields> parseForm(const QByteArray &body);

// The first value of `key`, or a null string.
QString formValue(const FormFields &fields, QStringView key);

} // namespace Tidings::Payload
