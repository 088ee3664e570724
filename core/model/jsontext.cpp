#include "model/jsontext.h"

namespace Tidings::JsonText {

void appendString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char byte : text.toUtf8()) {
        const auto unit = static_cast<unsigned char>(byte);
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += byte;
        } else if (unit < 0x20) {
            out += "\\u00";
            out += hex[unit >> 4];
            out += hex[unit & 0xf];
        } else {
            out += byte;
        }
    }
    out += '"';
}

void appendKey(QByteArray &out, const char *name)
{
    if (!out.endsWith('{')) {
        out += ',';
    }
    out += '"';
    out += name;
    out += "\":";
}

void appendMember(QByteArray &out, const char *name, QStringView value)
{
    appendKey(out, name);
    appendString(out, value);
}

void appendMember(QByteArray &out, const char *name, qint64 value)
{
    appendKey(out, name);
    out += QByteArray::number(value);
}

void appendMember(QByteArray &out, const char *name, bool value)
{
    appendKey(out, name);
    out += value ? "true" : "false";
}

} // namespace Tidings::JsonText
