#include "sources/statusmap.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Tidings {

StatusMap::StatusMap(std::initializer_list<std::pair<QStringView, OrderStatus>> defaults)
{
    for (const auto &[raw, status] : defaults) {
        insert(raw, status);
    }
}

QString StatusMap::normalizedKey(QStringView raw)
{
    return raw.toString().simplified().toCaseFolded();
}

void StatusMap::insert(QStringView raw, OrderStatus status)
{
    const QString key = normalizedKey(raw);
    if (!key.isEmpty()) {
        m_entries.insert(key, status);
    }
}

void StatusMap::addFromOption(const QJsonValue &option)
{
    QJsonObject table;
    if (option.isUndefined() || option.isNull()) {
        return;
    }
    if (option.isObject()) {
        table = option.toObject();
    } else if (option.isString()) {
        const QString text = option.toString().trimmed();
        if (text.isEmpty()) {
            return;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            m_problems.append(u"statusMap is not a JSON object"_s);
            return;
        }
        table = document.object();
    } else {
        m_problems.append(u"statusMap is not a JSON object"_s);
        return;
    }

    for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
        const QString name = it.value().toString().trimmed();
        const std::optional<OrderStatus> status = orderStatusFromName(name);
        if (!status || normalizedKey(it.key()).isEmpty()) {
            m_problems.append(u"statusMap entry \"%1\" names no status (\"%2\")"_s.arg(it.key(), name));
            continue;
        }
        insert(it.key(), *status);
    }
}

std::optional<OrderStatus> StatusMap::lookup(QStringView raw) const
{
    const auto found = m_entries.constFind(normalizedKey(raw));
    if (found == m_entries.cend()) {
        return std::nullopt;
    }
    return *found;
}

OrderStatus StatusMap::resolve(std::initializer_list<QString> candidates) const
{
    for (const QString &candidate : candidates) {
        if (const auto status = lookup(candidate)) {
            return *status;
        }
    }
    return OrderStatus::Unknown;
}

} // namespace Tidings
