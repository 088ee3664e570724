#include "templates/smssegments.h"

#include <QList>
#include <QStringView>

#include <array>

namespace Tidings {

namespace {

// GSM 03.38: the default alphabet (one septet each) and the extension table (an escape septet plus one).
constexpr QStringView gsmBasic =
    u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿"
    u"abcdefghijklmnopqrstuvwxyzäöñüà";
constexpr QStringView gsmExtension = u"\f^{}\\[~]|€";

bool inTable(QStringView table, char32_t character)
{
    return character < 0x10000 && table.contains(QChar(static_cast<char16_t>(character)));
}

} // namespace

bool SmsSegments::isGsmCharacter(char32_t character)
{
    return inTable(gsmBasic, character) || inTable(gsmExtension, character);
}

SmsSegments SmsSegments::count(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    SmsSegments result;
    result.characters = static_cast<int>(codePoints.size());
    for (const uint codePoint : codePoints) {
        if (!isGsmCharacter(codePoint)) {
            result.encoding = Encoding::Ucs2;
            result.firstNonGsm = QString::fromUcs4(std::array{static_cast<char32_t>(codePoint)}.data(), 1);
            break;
        }
    }

    const bool gsm = result.encoding == Encoding::Gsm7;
    const int single = gsm ? 160 : 70;
    const int multi = gsm ? 153 : 67;
    const auto unitsOf = [gsm](uint codePoint) {
        if (gsm) {
            return inTable(gsmExtension, codePoint) ? 2 : 1;
        }
        return codePoint > 0xffff ? 2 : 1;
    };

    for (const uint codePoint : codePoints) {
        result.units += unitsOf(codePoint);
    }
    if (result.units <= single) {
        result.segments = result.units == 0 ? 0 : 1;
        result.unitsPerSegment = single;
        result.unitsLeft = single - result.units;
        return result;
    }
    // Several parts: a two-unit character that does not fit at the end of a part starts the next one.
    int segments = 1;
    int used = 0;
    for (const uint codePoint : codePoints) {
        const int units = unitsOf(codePoint);
        if (used + units > multi) {
            ++segments;
            used = 0;
        }
        used += units;
    }
    result.segments = segments;
    result.unitsPerSegment = multi;
    result.unitsLeft = multi - used;
    return result;
}

} // namespace Tidings
