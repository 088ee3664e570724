#include "sources/sourceadapter.h"

#include "sources/shopifyadapter.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

// Every platform that pushes: its type name, how to make its adapter, and the secrets it needs.
// One line per platform; the order is the order the window lists them in.
struct Registration
{
    QString type;
    std::function<std::unique_ptr<SourceAdapter>()> create;
    QStringList secretNames;
};

const QList<Registration> &registrations()
{
    static const QList<Registration> all = {
        {ShopifyAdapter::typeName(), [] { return std::make_unique<ShopifyAdapter>(); }, {u"webhookSecret"_s}},
    };
    return all;
}

const Registration *find(const QString &type)
{
    for (const Registration &registration : registrations()) {
        if (registration.type == type) {
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

std::unique_ptr<SourceAdapter> createSourceAdapter(const QString &type)
{
    const Registration *registration = find(type);
    return registration ? registration->create() : nullptr;
}

QStringList secretNamesForSource(const QString &type)
{
    const Registration *registration = find(type);
    return registration ? registration->secretNames : QStringList();
}

QStringList webhookSourceTypes()
{
    QStringList types;
    for (const Registration &registration : registrations()) {
        types.append(registration.type);
    }
    return types;
}

} // namespace Tidings
