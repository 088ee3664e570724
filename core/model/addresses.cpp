#include "model/addresses.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tidings {

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(u"^[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+$"_s);
    return pattern.match(text).hasMatch();
}

bool looksLikePhone(const QString &text)
{
    static const QRegularExpression pattern(u"^\\+?[0-9][0-9 ()./-]{4,}[0-9]$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace Tidings
