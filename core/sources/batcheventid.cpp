#include "sources/batcheventid.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Tidings {

QString batchEventId(QStringList ids)
{
    ids.removeAll(QString()); // null and empty alike
    ids.sort();
    ids.removeDuplicates();
    if (ids.isEmpty()) {
        return {};
    }
    if (ids.size() == 1) {
        return ids.constFirst();
    }
    const QByteArray digest = QCryptographicHash::hash(ids.join(u'\n').toUtf8(), QCryptographicHash::Sha256);
    return u"batch:"_s + QString::fromLatin1(digest.toHex());
}

} // namespace Tidings
