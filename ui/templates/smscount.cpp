#include "templates/smscount.h"

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

// The GSM 03.38 basic character set and its extension table (each extension character takes two septets).
const QString &gsmBasic()
{
    static const QString chars = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                 "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"_s;
    return chars;
}

const QString &gsmExtension()
{
    static const QString chars = u"^{}\\[~]|€\f"_s;
    return chars;
}

} // namespace

SmsCount countSms(const QString &text)
{
    SmsCount count;
    int septets = 0;
    for (const QChar c : text) {
        if (gsmBasic().contains(c)) {
            septets += 1;
        } else if (gsmExtension().contains(c)) {
            septets += 2;
        } else {
            count.unicode = true;
            break;
        }
    }
    if (count.unicode) {
        // UTF-16 code units: a character outside the BMP (most emoji) takes two, as the network counts it.
        count.characters = int(text.size());
        count.segments = count.characters == 0 ? 0 : count.characters <= 70 ? 1 : (count.characters + 66) / 67;
    } else {
        count.characters = septets;
        count.segments = septets == 0 ? 0 : septets <= 160 ? 1 : (septets + 152) / 153;
    }
    return count;
}

} // namespace Tidings::Ui
