#include "inventory/subscriptioncsv.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::SubscriptionCsv)
};

// The separator the header row uses most: comma, semicolon (spreadsheets in much of Europe) or tab.
QChar separatorOf(QStringView header)
{
    QChar best = u',';
    qsizetype most = header.count(u',');
    for (const QChar candidate : {QChar(u';'), QChar(u'\t')}) {
        if (const qsizetype n = header.count(candidate); n > most) {
            best = candidate;
            most = n;
        }
    }
    return best;
}

// Splits the text into records of fields (RFC 4180: quoted fields may hold separators, doubled quotes and line
// breaks). Each record remembers the line it starts on.
struct Record
{
    int line = 0;
    QStringList fields;
};

QList<Record> records(const QString &text, QChar separator, int maxRecords)
{
    QList<Record> out;
    Record current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    const auto endRecord = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
        const bool blank = current.fields.size() == 1 && current.fields.constFirst().trimmed().isEmpty();
        if (!blank) {
            out.append(current);
        }
        current = Record{line, {}};
    };
    for (qsizetype i = 0; i < text.size() && out.size() < maxRecords; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field.append(c);
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            current.fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            ++line;
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !current.fields.isEmpty()) {
        endRecord();
    }
    return out;
}

enum class Column {
    Sku,
    Email,
    Name,
    Language,
    SubscribedAt
};

std::optional<Column> columnNamed(const QString &header)
{
    static const QHash<QString, Column> names{
        {u"sku"_s, Column::Sku},
        {u"product sku"_s, Column::Sku},
        {u"variant sku"_s, Column::Sku},
        {u"email"_s, Column::Email},
        {u"e-mail"_s, Column::Email},
        {u"email address"_s, Column::Email},
        {u"customer email"_s, Column::Email},
        {u"name"_s, Column::Name},
        {u"customer name"_s, Column::Name},
        {u"first name"_s, Column::Name},
        {u"language"_s, Column::Language},
        {u"locale"_s, Column::Language},
        {u"subscribed at"_s, Column::SubscribedAt},
        {u"subscribed"_s, Column::SubscribedAt},
        {u"date"_s, Column::SubscribedAt},
        {u"created at"_s, Column::SubscribedAt},
    };
    QString key = header.trimmed().toLower();
    key.replace(u'_', u' ');
    key.remove(u'\xfeff'); // a byte order mark before the first name
    const auto it = names.constFind(key.simplified());
    if (it == names.cend()) {
        return std::nullopt;
    }
    return *it;
}

bool looksLikeEmail(const QString &address)
{
    static const QRegularExpression pattern(u"^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+$"_s);
    return pattern.match(address).hasMatch();
}

QDateTime parseTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    }
    if (!time.isValid()) {
        time = QDateTime::fromString(trimmed, u"yyyy-MM-dd HH:mm:ss"_s);
    }
    if (!time.isValid()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid()) {
            time = QDateTime(date, QTime(0, 0), Qt::UTC);
        }
    }
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

SubscriptionCsv parseSubscriptionCsv(const QByteArray &data, int maxRows)
{
    SubscriptionCsv result;
    const QString text = QString::fromUtf8(data);
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QChar separator = separatorOf(QStringView(text).left(firstBreak < 0 ? text.size() : firstBreak));
    QList<Record> all = records(text, separator, maxRows + 2); // the header, the rows, one more to tell
    const bool truncated = all.size() > maxRows + 1;
    if (truncated) {
        all.removeLast();
    }
    if (all.isEmpty()) {
        result.problems.append(CsvText::tr("The file is empty."));
        return result;
    }

    QHash<Column, qsizetype> columns;
    const QStringList &header = all.constFirst().fields;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (const auto column = columnNamed(header.at(i)); column && !columns.contains(*column)) {
            columns.insert(*column, i);
        }
    }
    if (!columns.contains(Column::Sku) || !columns.contains(Column::Email)) {
        result.problems.append(CsvText::tr("The first line must name the columns, with at least \"sku\" and "
                                           "\"email\" (found: %1).")
                                   .arg(header.join(u", "_s)));
        return result;
    }
    const auto value = [&](const Record &record, Column column) {
        const qsizetype index = columns.value(column, -1);
        return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed() : QString();
    };

    for (qsizetype r = 1; r < all.size(); ++r) {
        const Record &record = all.at(r);
        StockSubscription row;
        row.sku = value(record, Column::Sku);
        row.email = value(record, Column::Email);
        row.name = value(record, Column::Name);
        row.language = value(record, Column::Language).left(2).toLower();
        if (row.sku.isEmpty()) {
            result.problems.append(CsvText::tr("Line %1: no SKU, so Tidings cannot tell which product the customer "
                                               "waits for.")
                                       .arg(record.line));
            continue;
        }
        if (!looksLikeEmail(row.email)) {
            result.problems.append(
                CsvText::tr("Line %1: \"%2\" is not an email address.").arg(record.line).arg(row.email));
            continue;
        }
        if (!row.language.isEmpty() && !(row.language.at(0).isLetter() && row.language.at(1).isLetter())) {
            row.language.clear();
        }
        if (const QString when = value(record, Column::SubscribedAt); !when.isEmpty()) {
            row.subscribedAt = parseTime(when);
            if (!row.subscribedAt.isValid()) {
                result.problems.append(CsvText::tr("Line %1: \"%2\" is not a date Tidings can read (use "
                                                   "2026-11-30 or 2026-11-30T09:15:00Z); the customer was added "
                                                   "in the file's order.")
                                           .arg(record.line)
                                           .arg(when));
            }
        }
        result.rows.append(row);
    }
    if (truncated) {
        result.problems.append(
            CsvText::tr("Only the first %1 customers were read; split the file to add more.").arg(maxRows));
    }
    return result;
}

} // namespace Tidings
