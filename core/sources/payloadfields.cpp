#include "sources/payloadfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QStringDecoder>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Tidings::Payload {

Result<QJsonObject> jsonObject(const QByteArray &body, const QString &ownerMessage)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::make(
            ErrorCode::InvalidInput, ownerMessage,
            u"body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject()) {
        return Error::make(ErrorCode::InvalidInput, ownerMessage, u"body is JSON but not an object"_s);
    }
    return document.object();
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 whole = value.toInteger(notWhole);
        if (whole != notWhole) {
            return QString::number(whole);
        }
        const double number = value.toDouble();
        return std::isfinite(number) ? QString::number(number, 'g', QLocale::FloatingPointShortest) : QString();
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

QString field(const QJsonObject &object, QLatin1StringView key)
{
    return scalarText(object.value(key)).trimmed();
}

QString firstNonEmpty(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty()) {
            return candidate;
        }
    }
    return {};
}

QString joinName(const QString &first, const QString &last)
{
    if (first.isEmpty()) {
        return last;
    }
    if (last.isEmpty()) {
        return first;
    }
    return first + u' ' + last;
}

QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    const bool pointer = path.startsWith(u'/');
    const QStringList steps = pointer ? path.mid(1).split(u'/') : path.split(u'.');
    QJsonValue current = root;
    for (QString step : steps) {
        if (pointer) {
            step.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s); // RFC 6901 escapes, in this order
        }
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto found = object.constFind(step);
            if (found == object.constEnd()) {
                return QJsonValue(QJsonValue::Undefined);
            }
            current = *found;
        } else if (current.isArray()) {
            bool ok = false;
            const qsizetype index = step.toLongLong(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size()) {
                return QJsonValue(QJsonValue::Undefined);
            }
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

namespace {

QStringList pathSteps(const QString &path)
{
    const bool pointer = path.startsWith(u'/');
    QStringList steps = pointer ? path.mid(1).split(u'/') : path.split(u'.');
    if (pointer) {
        for (QString &step : steps) {
            step.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        }
    }
    return steps;
}

bool setAt(QJsonValue &node, const QStringList &steps, qsizetype at, const QJsonValue &value)
{
    if (at == steps.size()) {
        node = value;
        return true;
    }
    const QString &step = steps.at(at);
    bool numeric = false;
    const qsizetype index = step.toLongLong(&numeric);
    if (numeric && index >= 0 && index < 10000 && (node.isArray() || node.isUndefined() || node.isNull())) {
        QJsonArray array = node.toArray();
        while (array.size() <= index) {
            array.append(QJsonValue());
        }
        QJsonValue child = array.at(index);
        if (!setAt(child, steps, at + 1, value)) {
            return false;
        }
        array.replace(index, child);
        node = array;
        return true;
    }
    if (!node.isObject() && !node.isUndefined() && !node.isNull()) {
        return false;
    }
    QJsonObject object = node.toObject();
    QJsonValue child = object.value(step);
    if (!setAt(child, steps, at + 1, value)) {
        return false;
    }
    object.insert(step, child);
    node = object;
    return true;
}

bool allDigits(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const QChar c : text) {
        if (!c.isDigit()) {
            return false;
        }
    }
    return true;
}

QDateTime fromEpoch(qint64 number, qsizetype digits)
{
    return digits > 11 ? QDateTime::fromMSecsSinceEpoch(number, Qt::UTC)
                       : QDateTime::fromSecsSinceEpoch(number, Qt::UTC);
}

} // namespace

bool setValueAt(QJsonValue &root, const QString &path, const QJsonValue &value)
{
    return !path.isEmpty() && setAt(root, pathSteps(path), 0, value);
}

QDateTime timestamp(const QString &raw)
{
    QString text = raw.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (allDigits(text)) {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        return ok ? fromEpoch(number, text.size()) : QDateTime();
    }
    if (text.size() > 10 && text.at(10) == u' ') {
        text[10] = u'T'; // "2024-05-13 10:15:42" (MySQL style)
    }
    // "+0000" → "+00:00": Qt reads only the form with a colon.
    if (text.size() > 5) {
        const qsizetype sign = text.size() - 5;
        const QChar c = text.at(sign);
        if ((c == u'+' || c == u'-') && allDigits(QStringView(text).mid(sign + 1)) && text.contains(u'T')) {
            text.insert(sign + 3, u':');
        }
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return {};
    }
    if (parsed.timeSpec() == Qt::LocalTime) {
        parsed.setTimeSpec(Qt::UTC);
    }
    return parsed.toUTC();
}

QDateTime timestamp(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < 0 || number > 1e16) {
            return {};
        }
        const auto whole = static_cast<qint64>(number);
        return fromEpoch(whole, QString::number(whole).size());
    }
    return timestamp(value.toString());
}

QDateTime firstTimestamp(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        const QDateTime parsed = timestamp(candidate);
        if (parsed.isValid()) {
            return parsed;
        }
    }
    return {};
}

QUrl webUrl(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return {};
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (url.isValid() && !url.host().isEmpty() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1)) {
        return url;
    }
    return {};
}

std::optional<FormFields> parseForm(const QByteArray &body)
{
    FormFields fields;
    const auto decode = [](QByteArray part) -> std::optional<QString> {
        part.replace('+', ' ');
        const QByteArray bytes = QByteArray::fromPercentEncoding(part);
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8(bytes);
        if (utf8.hasError()) {
            return std::nullopt;
        }
        return text;
    };
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        const auto key = decode(equals < 0 ? pair : pair.left(equals));
        const auto value = decode(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        if (!key || !value) {
            return std::nullopt;
        }
        fields.append({*key, *value});
    }
    return fields;
}

QString formValue(const FormFields &fields, QStringView key)
{
    for (const auto &[name, value] : fields) {
        if (name == key) {
            return value;
        }
    }
    return {};
}

} // namespace Tidings::Payload
