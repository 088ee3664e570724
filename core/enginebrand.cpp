// The Engine's brand setting: the shop's look in every message, changed while running (the first-run wizard).
#include "engine.h"
#include "enginelog.h"
#include "store/configrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct BrandText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Engine)
};

// Why `brand` cannot be used as it is, in the owner's words; nothing when it can. The renderer would quietly
// replace a bad colour or drop a bad logo; refusing here tells the owner at the moment they type it.
std::optional<Error> brandProblem(const Brand &brand)
{
    static const QRegularExpression hexColor(u"^#(?:[0-9a-fA-F]{3}){1,2}$"_s);
    if (!hexColor.match(brand.accentColor.trimmed()).hasMatch()) {
        return Error::make(ErrorCode::InvalidInput,
                           BrandText::tr("The accent colour must look like #2f6f4f. Choose one with the colour "
                                         "button."));
    }
    if (!brand.logoFile.isEmpty()) {
        if (auto logo = BrandLogo::fromData(brand.logoFile.data); !logo) {
            return logo.error();
        }
    }
    const QString logo = brand.logoUrl.trimmed();
    if (brand.logoFile.isEmpty() && !logo.isEmpty()) {
        const QUrl url(logo);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s)) {
            return Error::make(ErrorCode::InvalidInput,
                               BrandText::tr("The logo must be a web address starting with https://, so that your "
                                             "customers' mail programs can show it."));
        }
    }
    const QString support = brand.supportEmail.trimmed();
    if (!support.isEmpty() && (!support.contains(u'@') || support.contains(u' '))) {
        return Error::make(ErrorCode::InvalidInput,
                           BrandText::tr("\"%1\" does not look like an email address.").arg(support));
    }
    for (const BrandLink &link : brand.socialLinks) {
        if (link.url.trimmed().isEmpty() && link.label.trimmed().isEmpty()) {
            continue; // an empty row of a form: dropped when saving
        }
        const QUrl url(link.url.trimmed());
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s)) {
            return Error::make(ErrorCode::InvalidInput,
                               BrandText::tr("The link \"%1\" must be a web address starting with https://.")
                                   .arg(link.label.trimmed().isEmpty() ? link.url.trimmed() : link.label.trimmed()));
        }
    }
    return std::nullopt;
}

} // namespace

Status Engine::setBrand(const Brand &brand)
{
    if (auto why = brandProblem(brand)) {
        return *why;
    }
    Brand trimmed = brand;
    trimmed.shopName = brand.shopName.trimmed();
    trimmed.accentColor = brand.accentColor.trimmed();
    trimmed.logoUrl = brand.logoFile.isEmpty() ? brand.logoUrl.trimmed() : QString();
    trimmed.supportEmail = brand.supportEmail.trimmed();
    trimmed.supportPhone = brand.supportPhone.trimmed();
    trimmed.fontFamily = brand.fontFamily.trimmed();
    trimmed.address = brand.address.trimmed();
    trimmed.socialLinks.clear();
    for (const BrandLink &link : brand.socialLinks) {
        if (!link.url.trimmed().isEmpty()) {
            trimmed.socialLinks.append(BrandLink{link.label.trimmed(), link.url.trimmed()});
        }
    }
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (Status saved = ConfigRepository(*db).saveBrand(trimmed); !saved) {
        return saved;
    }
    m_config.brand = trimmed;
    applyChannels(); // the dispatcher renders with the brand it was configured with
    qCInfo(lcEngine) << "brand changed by the owner";
    emit brandChanged();
    return {};
}

} // namespace Tidings
