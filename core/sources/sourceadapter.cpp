#include "sources/sourceadapter.h"

#include "sources/activecampaignadapter.h"
#include "sources/aftershipadapter.h"
#include "sources/airtableadapter.h"
#include "sources/easypostadapter.h"
#include "sources/genericadapter.h"
#include "sources/hubspotadapter.h"
#include "sources/salesforceadapter.h"
#include "sources/sapcommerceadapter.h"
#include "sources/shopifyadapter.h"
#include "sources/woocommerceadapter.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

// Every platform that pushes: its type name, how to make its adapter, and the secrets it needs.
// One line per platform; the order is the order the window lists them in.
struct Registration
{
    std::function<std::unique_ptr<SourceAdapter>()> create;
    QList<SourceTypeInfo> infos; // one, or one per preset; all of the same type

    QString type() const { return infos.first().type; }
};

const QList<Registration> &registrations()
{
    static const QList<Registration> all = {
        {[] { return std::make_unique<ShopifyAdapter>(); }, {ShopifyAdapter::typeInfo()}},
        {[] { return std::make_unique<WooCommerceAdapter>(); }, {WooCommerceAdapter::typeInfo()}},
        {[] { return std::make_unique<HubSpotAdapter>(); }, {HubSpotAdapter::typeInfo()}},
        {[] { return std::make_unique<SalesforceAdapter>(); }, {SalesforceAdapter::typeInfo()}},
        {[] { return std::make_unique<ActiveCampaignAdapter>(); }, {ActiveCampaignAdapter::typeInfo()}},
        {[] { return std::make_unique<SapCommerceAdapter>(); }, {SapCommerceAdapter::typeInfo()}},
        {[] { return std::make_unique<AfterShipAdapter>(); }, {AfterShipAdapter::typeInfo()}},
        {[] { return std::make_unique<EasyPostAdapter>(); }, {EasyPostAdapter::typeInfo()}},
        {[] { return std::make_unique<AirtableAdapter>(); }, {AirtableAdapter::typeInfo()}},
        {[] { return std::make_unique<GenericAdapter>(); }, GenericAdapter::typeInfos()},
    };
    return all;
}

const Registration *find(const QString &type)
{
    for (const Registration &registration : registrations()) {
        if (registration.type() == type) {
            return &registration;
        }
    }
    return nullptr;
}

} // namespace

QList<QByteArray> SourceAdapter::secretHeaderNames() const
{
    return {};
}

QList<QByteArray> SourceAdapter::secretHeaderNamesFor(const SourceConfig &source) const
{
    Q_UNUSED(source);
    return secretHeaderNames();
}

std::optional<WebhookRequest> SourceAdapter::sampleWebhook(const SourceConfig &, const QByteArray &) const
{
    return std::nullopt;
}

std::unique_ptr<SourceAdapter> createSourceAdapter(const QString &type)
{
    const Registration *registration = find(type);
    return registration ? registration->create() : nullptr;
}

QStringList secretNamesForSource(const QString &type)
{
    const Registration *registration = find(type);
    QStringList names;
    if (registration) {
        for (const SourceSecretInfo &secret : registration->infos.first().secrets) {
            names.append(secret.name);
        }
    }
    return names;
}

QStringList webhookSourceTypes()
{
    QStringList types;
    for (const Registration &registration : registrations()) {
        types.append(registration.type());
    }
    return types;
}

QList<SourceTypeInfo> sourceTypeInfos()
{
    QList<SourceTypeInfo> infos;
    for (const Registration &registration : registrations()) {
        infos.append(registration.infos);
    }
    return infos;
}

const SourceTypeInfo *sourceTypeInfo(const QString &type, const QString &preset)
{
    const Registration *registration = find(type);
    if (!registration) {
        return nullptr;
    }
    for (const SourceTypeInfo &info : registration->infos) {
        if (info.preset == preset) {
            return &info;
        }
    }
    return preset.isEmpty() ? &registration->infos.first() : nullptr;
}

} // namespace Tidings
