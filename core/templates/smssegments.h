#pragma once

#include <QString>

namespace Tidings {

// How many SMS a text is sent as (what the carrier bills). A text made only of the GSM 7-bit default alphabet
// goes as GSM-7: 160 characters fit one SMS, 153 per part when it needs several (the rest carries the part
// header); characters of the extension table (€ ^ { } [ ] ~ | \ and form feed) take two. Any other character
// (é is GSM, ê is not; emoji, Chinese, curly quotes) makes the whole text UCS-2: 70 UTF-16 units in one SMS,
// 67 per part, and a character outside the BMP (most emoji) takes two. Like phones do, a two-unit character is
// never split across parts, so a part may carry one unit less.
struct SmsSegments
{
    enum class Encoding {
        Gsm7,
        Ucs2,
    };

    Encoding encoding = Encoding::Gsm7;
    int units = 0;             // septets (GSM-7) or UTF-16 code units (UCS-2)
    int characters = 0;        // what a person counts: Unicode code points
    int segments = 0;          // 0 for an empty text
    int unitsPerSegment = 160; // 160 / 153 or 70 / 67, for the count of segments above
    int unitsLeft = 160;       // how many more units fit before another segment is needed
    QString firstNonGsm;       // the first character that made the text UCS-2 (empty for GSM-7)

    static SmsSegments count(const QString &text);
    // True when `character` (one code point as text) is in the GSM-7 default alphabet or its extension table.
    static bool isGsmCharacter(char32_t character);
};

} // namespace Tidings
