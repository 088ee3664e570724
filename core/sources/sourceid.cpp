#include "sources/sourceid.h"

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

bool isIdLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// Latin letters that Unicode does not decompose into a base letter and an accent.
QString spelledOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00f8: // ø
        return u"o"_s;
    case 0x00e6: // æ
        return u"ae"_s;
    case 0x0153: // œ
        return u"oe"_s;
    case 0x00df: // ß
        return u"ss"_s;
    case 0x0142: // ł
        return u"l"_s;
    case 0x0111: // đ
    case 0x00f0: // ð
        return u"d"_s;
    case 0x00fe: // þ
        return u"th"_s;
    case 0x0131: // ı
        return u"i"_s;
    default:
        return {};
    }
}

} // namespace

bool isValidSourceId(QStringView id)
{
    if (id.isEmpty() || id.size() > MaxSourceIdLength || !isIdLetter(id.front())) {
        return false;
    }
    for (const QChar c : id) {
        if (!isIdLetter(c) && c != u'-') {
            return false;
        }
    }
    return true;
}

QString sourceIdFromName(const QString &name)
{
    // NFKD splits "é" into "e" and a combining accent, which is dropped; a few letters are spelled out;
    // other letters (of scripts without a-z) are dropped; runs of anything else become one dash.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    id.reserve(decomposed.size());
    bool pendingDash = false;
    const auto append = [&](const QString &letters) {
        if (pendingDash && !id.isEmpty()) {
            id.append(u'-');
        }
        pendingDash = false;
        id.append(letters);
    };
    for (const QChar c : decomposed) {
        if (isIdLetter(c)) {
            append(QString(c));
        } else if (const QString spelled = spelledOut(c); !spelled.isEmpty()) {
            append(spelled);
        } else if (!c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing) {
            pendingDash = true;
        }
    }
    if (id.size() > MaxSourceIdLength) {
        id.truncate(MaxSourceIdLength);
        while (id.endsWith(u'-')) {
            id.chop(1);
        }
    }
    return id;
}

QString uniqueSourceId(const QString &base, const QStringList &taken)
{
    if (!taken.contains(base)) {
        return base;
    }
    for (int n = 2;; ++n) {
        const QString suffix = u"-%1"_s.arg(n);
        QString stem = base.left(MaxSourceIdLength - suffix.size());
        while (stem.endsWith(u'-')) {
            stem.chop(1);
        }
        const QString candidate = stem + suffix;
        if (!taken.contains(candidate)) {
            return candidate;
        }
    }
}

} // namespace Tidings
