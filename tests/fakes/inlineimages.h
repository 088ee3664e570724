#pragma once

#include "channels/channel.h"

#include <QByteArray>
#include <QString>

// The inline image cases every email channel's test runs against its provider's fake, like Gmail's inlineLogo:
// the shop's logo the HTML shows as "cid:logo@tidings" arrives in the provider's own field, one the HTML never
// shows is left out, and an image email cannot carry fails the send for good before anything is sent.
namespace Tidings::Test {

constexpr auto LogoContentId = "logo@tidings";

// Adds the columns and rows of a `_data()` function:
//   mimeType (QByteArray), fileName (QString) and data (QByteArray) of the logo;
//   referenced (bool): the HTML shows it;
//   refused (bool): the send fails with a permanent InvalidInput error and the provider gets nothing;
//   name (QString): the file name the provider gets (its own, or one made from the content id and type).
void addInlineImageRows();

// A small PNG and a small JPEG: their signatures and a few hundred bytes.
QByteArray pngLogo();
QByteArray jpegLogo();

// `message` carrying the logo (content id LogoContentId; the HTML gets an <img> for it when `referenced`) and a
// second image the HTML never refers to ("unused@tidings").
OutgoingMessage withInlineLogo(OutgoingMessage message, const QByteArray &mimeType, const QByteArray &data,
                               const QString &fileName, bool referenced);

// The send failed for good over an image, in words that say so (InvalidInput, not retryable, naming the image,
// and never "2048 KiB; at most 2048 KiB" for an image just over the limit).
bool refusedForGood(const SendOutcome &outcome);

} // namespace Tidings::Test
