#pragma once

#include <QString>

namespace Tidings::Ui {

// How a text message is billed: GSM 7-bit when every character is in the GSM alphabet (160 per message,
// 153 per part when split; ^ { } [ ] ~ \ | € count twice), else UCS-2 (70, or 67 per part).
// A small stand-in until core/templates/smssegments.h (another helper's) is on main.
struct SmsCount
{
    int characters = 0; // as the network counts them (GSM extension characters count twice)
    int segments = 0;   // 0 for an empty text
    bool unicode = false;
};

SmsCount countSms(const QString &text);

} // namespace Tidings::Ui
