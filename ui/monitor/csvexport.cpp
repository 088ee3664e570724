#include "monitor/csvexport.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

QString CsvExport::field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-' ||
                             value.front() == u'@' || value.front() == u'\t' || value.front() == u'\r')) {
        value.prepend(u'\'');
    }
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        value = u'"' + value + u'"';
    }
    return value;
}

QByteArray CsvExport::fromModel(const QAbstractItemModel &model, const QList<int> &columns)
{
    QString text;
    const auto line = [&text, &columns](const auto &cell) {
        QStringList fields;
        for (const int column : columns) {
            fields.append(field(cell(column)));
        }
        text += fields.join(u',') + u"\r\n"_s;
    };
    line([&model](int column) { return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(); });
    for (int row = 0; row < model.rowCount(); ++row) {
        line([&model, row](int column) { return model.index(row, column).data(Qt::DisplayRole).toString(); });
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Tidings::Ui
