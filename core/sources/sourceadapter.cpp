#include "sources/sourceadapter.h"

#include "sources/shopifyadapter.h"

namespace Tidings {

QList<QByteArray> SourceAdapter::secretHeaderNames() const
{
    return {};
}

std::unique_ptr<SourceAdapter> createSourceAdapter(const QString &type)
{
    if (type == ShopifyAdapter::typeName()) {
        return std::make_unique<ShopifyAdapter>();
    }
    return nullptr;
}

QStringList secretNamesForSource(const QString &type)
{
    if (type == ShopifyAdapter::typeName()) {
        return {QStringLiteral("webhookSecret")};
    }
    return {};
}

} // namespace Tidings
