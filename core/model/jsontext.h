#pragma once

#include <QByteArray>
#include <QStringView>

// Compact JSON text written directly, for the hot paths that store JSON with every webhook: building a
// QJsonObject only to print it costs more than the text. The reader is any JSON parser.
namespace Tidings::JsonText {

// A string, quoted, with what JSON must escape escaped (quote, backslash, control characters).
void appendString(QByteArray &out, QStringView text);
// `"name":`, after a comma unless it opens its object; the value follows.
void appendKey(QByteArray &out, const char *name);
void appendMember(QByteArray &out, const char *name, QStringView value);
void appendMember(QByteArray &out, const char *name, qint64 value);
void appendMember(QByteArray &out, const char *name, bool value);

} // namespace Tidings::JsonText
