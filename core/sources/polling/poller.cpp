#include "sources/polling/poller.h"

#include "sources/polling/airtablepoller.h"
#include "sources/polling/googlesheetspoller.h"
#include "sources/polling/hubspotpoller.h"
#include "sources/polling/magentopoller.h"
#include "sources/polling/netsuitepoller.h"
#include "sources/polling/pollsignin.h"
#include "sources/polling/salesforcepoller.h"
#include "sources/polling/sapcommercepoller.h"
#include "sources/polling/shopifypoller.h"
#include "sources/polling/woocommercepoller.h"
#include "sources/sourceadapter.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct PollText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Poller)
};

struct PollRegistration
{
    std::function<std::unique_ptr<Poller>()> create;
    SourceTypeInfo info;

    QString type() const { return info.type; }
};

// One line per platform that can be polled; the order is the order the window lists them in.
const QList<PollRegistration> &registrations()
{
    static const QList<PollRegistration> all = {
        {[] { return std::make_unique<ShopifyPoller>(); }, ShopifyPoller::typeInfo()},
        {[] { return std::make_unique<WooCommercePoller>(); }, WooCommercePoller::typeInfo()},
        {[] { return std::make_unique<MagentoPoller>(); }, MagentoPoller::typeInfo()},
        {[] { return std::make_unique<NetSuitePoller>(); }, NetSuitePoller::typeInfo()},
        {[] { return std::make_unique<SapCommercePoller>(); }, SapCommercePoller::typeInfo()},
        {[] { return std::make_unique<HubSpotPoller>(); }, HubSpotPoller::typeInfo()},
        {[] { return std::make_unique<SalesforcePoller>(); }, SalesforcePoller::typeInfo()},
        {[] { return std::make_unique<GoogleSheetsPoller>(); }, GoogleSheetsPoller::typeInfo()},
        {[] { return std::make_unique<AirtablePoller>(); }, AirtablePoller::typeInfo()},
    };
    return all;
}

// The registry's entries as the window shows them: marked as poll mode, with the settings every poll
// source has after the platform's own.
const QList<SourceTypeInfo> &infos()
{
    static const QList<SourceTypeInfo> all = [] {
        QList<SourceTypeInfo> list;
        for (const PollRegistration &registration : registrations()) {
            SourceTypeInfo info = registration.info;
            info.poll = true;
            info.canSignIn = sourceCanSignIn(info.type);
            info.options.append(
                {u"intervalMinutes"_s, PollText::tr("Check every (minutes)"),
                 PollText::tr("How often Tidings asks for new and changed orders. Shorter means quicker "
                              "messages and more requests to the platform."),
                 u"2"_s, false});
            info.options.append(
                {u"backfillDays"_s, PollText::tr("First check reaches back (days)"),
                 PollText::tr("The first check reads the orders of these last days, so later changes to them are "
                              "noticed. Their customers are not written to about what happened before."),
                 u"7"_s, false});
            list.append(info);
        }
        return list;
    }();
    return all;
}

const PollRegistration *find(const QString &type)
{
    for (const PollRegistration &registration : registrations()) {
        if (registration.type() == type) {
            return &registration;
        }
    }
    return nullptr;
}

qint64 numberOption(const QJsonObject &options, QLatin1StringView key, qint64 fallback)
{
    const QJsonValue value = options.value(key);
    if (value.isDouble()) {
        return value.toInteger(fallback);
    }
    bool ok = false;
    const qint64 number = value.toString().trimmed().toLongLong(&ok);
    return ok ? number : fallback;
}

bool boolOption(const QJsonObject &options, QLatin1StringView key, bool fallback)
{
    const QJsonValue value = options.value(key);
    if (value.isBool()) {
        return value.toBool();
    }
    const QString text = value.toString().trimmed().toLower();
    if (text == "true"_L1 || text == "yes"_L1 || text == "1"_L1) {
        return true;
    }
    if (text == "false"_L1 || text == "no"_L1 || text == "0"_L1) {
        return false;
    }
    return fallback;
}

} // namespace

PollOutcome PollOutcome::success(PollPage page)
{
    PollOutcome outcome;
    outcome.page = std::move(page);
    return outcome;
}

PollOutcome PollOutcome::failure(Error error, std::optional<qint64> retryAfterMs)
{
    PollOutcome outcome;
    outcome.error = std::move(error);
    outcome.retryAfterMs = retryAfterMs;
    return outcome;
}

std::unique_ptr<Poller> createPoller(const QString &type)
{
    const PollRegistration *registration = find(type);
    return registration ? registration->create() : nullptr;
}

QStringList pollSourceTypes()
{
    QStringList types;
    for (const PollRegistration &registration : registrations()) {
        types.append(registration.type());
    }
    return types;
}

QList<SourceTypeInfo> pollSourceTypeInfos()
{
    return infos();
}

QList<SourceTypeInfo> allSourceTypeInfos()
{
    const QList<SourceTypeInfo> webhooks = sourceTypeInfos();
    QList<SourceTypeInfo> all;
    QSet<QString> placed;
    for (qsizetype i = 0; i < webhooks.size(); ++i) {
        all.append(webhooks.at(i));
        const QString type = webhooks.at(i).type;
        const bool lastOfType = i + 1 == webhooks.size() || webhooks.at(i + 1).type != type;
        if (lastOfType) {
            if (const SourceTypeInfo *poll = pollSourceTypeInfo(type)) {
                all.append(*poll);
                placed.insert(type);
            }
        }
    }
    for (const SourceTypeInfo &info : infos()) {
        if (!placed.contains(info.type)) {
            all.append(info);
        }
    }
    return all;
}

const SourceTypeInfo *pollSourceTypeInfo(const QString &type)
{
    for (const SourceTypeInfo &info : infos()) {
        if (info.type == type) {
            return &info;
        }
    }
    return nullptr;
}

QStringList pollSecretNames(const QString &type)
{
    QStringList names;
    if (const PollRegistration *registration = find(type)) {
        for (const SourceSecretInfo &secret : registration->info.secrets) {
            names.append(secret.name);
        }
    }
    return names;
}

const SourceTypeInfo *findTypeInfo(const QList<SourceTypeInfo> &types, const SourceConfig &source)
{
    const QString preset = source.options.value("preset"_L1).toString();
    const bool poll = isPollSource(source);
    for (const SourceTypeInfo &info : types) {
        if (info.type == source.type && info.poll == poll && (poll || info.preset == preset)) {
            return &info;
        }
    }
    return nullptr;
}

bool isPollSource(const SourceConfig &source)
{
    return source.options.value("mode"_L1).toString().trimmed().toLower() == "poll"_L1;
}

QStringList secretNamesForConfig(const SourceConfig &source)
{
    return isPollSource(source) ? pollSecretNames(source.type) : secretNamesForSource(source.type);
}

PollSettings PollSettings::from(const SourceConfig &source)
{
    PollSettings settings;
    const QJsonObject &options = source.options;
    const qint64 minutes = numberOption(options, "intervalMinutes"_L1, 0);
    settings.intervalMs =
        std::max<qint64>(30, minutes > 0 ? minutes * 60 : numberOption(options, "intervalSeconds"_L1, 120)) * 1000;
    settings.overlapMs = std::max<qint64>(0, numberOption(options, "overlapSeconds"_L1, 300)) * 1000;
    settings.backfillDays = static_cast<int>(std::clamp<qint64>(numberOption(options, "backfillDays"_L1, 7), 0, 3650));
    settings.backfillNotify = boolOption(options, "backfillNotify"_L1, false);
    return settings;
}

QString pollDedupKey(const OrderEvent &event)
{
    const QString at = event.occurredAt.isValid() ? event.occurredAt.toUTC().toString(Qt::ISODateWithMs) : QString();
    return QStringList{
        u"poll"_s,           event.orderId, at, event.rawOrderStatus, event.shipmentId, event.rawShipmentStatus,
        event.trackingNumber}
        .join(u':');
}

QString pollDedupKey(const StockChange &change)
{
    const QString at = change.occurredAt.isValid() ? change.occurredAt.toUTC().toString(Qt::ISODateWithMs) : QString();
    return QStringList{u"poll-stock"_s, change.key(), at,
                       change.available ? QString::number(*change.available) : QString(), change.rawStatus}
        .join(u':');
}

QString pollLevelKey(const StockChange &change, std::optional<qint64> storedUpdatedAtMs)
{
    return QStringList{u"poll-stock"_s, change.key(),
                       storedUpdatedAtMs ? QString::number(*storedUpdatedAtMs) : u"new"_s,
                       change.available ? QString::number(*change.available) : QString(), change.rawStatus}
        .join(u':');
}

} // namespace Tidings
