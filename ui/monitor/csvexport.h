#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace Tidings::Ui {

// The Monitor's "Export View as CSV": the rows of a model as RFC 4180 CSV (comma-separated, CRLF, fields
// quoted when they hold a comma, quote or line break), UTF-8 with a byte-order mark so spreadsheet programs
// read accents right. A field a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return
// first) is prefixed with an apostrophe: order data comes from the shop's customers.
class CsvExport final
{
public:
    CsvExport() = delete;

    static QString field(const QString &text);
    // The header texts of `columns`, then every row's DisplayRole texts of them, in the model's order.
    static QByteArray fromModel(const QAbstractItemModel &model, const QList<int> &columns);
};

} // namespace Tidings::Ui
