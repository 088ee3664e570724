#include "channels/brandlogoattach.h"

namespace Tidings {

Brand brandForChannel(const Brand &brand, const QString &channelType)
{
    if (brand.logoFile.isEmpty()) {
        return brand;
    }
    const ChannelTypeInfo *info = channelTypeInfo(channelType);
    if (info && info->carriesInlineImages) {
        return brand;
    }
    Brand without = brand;
    without.logoFile = {};
    return without;
}

void attachBrandLogo(OutgoingMessage &message, const Brand &brand)
{
    if (brand.logoFile.isEmpty() || !message.html.contains(brand.logoFile.contentUrl())) {
        return;
    }
    const QString name = brand.logoFile.fileName();
    message.inlineImages.append(InlineImage{name.toLatin1(), brand.logoFile.mimeType, brand.logoFile.data, name});
}

} // namespace Tidings
