#pragma once

#include "channels/channel.h"
#include "templates/messagetemplate.h"

namespace Tidings {

// The brand as messages of this channel type show it. A logo from a file travels inside the message, so it
// stays only for providers that carry inline images (ChannelTypeInfo::carriesInlineImages); elsewhere the
// message shows no logo rather than a picture that cannot load. A logo from the web is kept for all.
Brand brandForChannel(const Brand &brand, const QString &channelType);

// After rendering with that brand: its logo from a file as the inline image the HTML shows ("cid:logo.png").
void attachBrandLogo(OutgoingMessage &message, const Brand &brand);

} // namespace Tidings
