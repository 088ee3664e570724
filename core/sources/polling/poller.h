#pragma once

#include "model/error.h"
#include "model/orderevent.h"
#include "model/stockchange.h"
#include "sources/sourceconfig.h"
#include "sources/sourcetypeinfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// One request for one page of changes. A run keeps `windowStart` for all its pages; the page token is the
// platform's own (Shopify's endCursor, WooCommerce's page number) and is only meaningful inside that run.
struct PollRequest
{
    SourceConfig source;
    QHash<QString, QString> secrets; // name → value, e.g. "accessToken"
    QDateTime windowStart;           // UTC: changes at or after this time (platform clock)
    QString pageToken;               // empty for the first page of a run
};

// One page of normalized changes.
struct PollPage
{
    QList<OrderEvent> events;
    QList<StockChange> stock;
    QString nextPageToken;
    QDateTime newestSeen;        // the newest "updated at" on this page, as the platform reported it (its clock)
    bool more = false;           // another page follows in this run
    qint64 waitBeforeNextMs = 0; // the platform's rate limit asks us to wait before the next page
    QByteArray rawBody;          // what the platform answered, stored as the raw event
};

// A page, or why there is none. `retryAfterMs` is the platform's own "come back in" (Retry-After, or a
// throttle's restore time), measured from when the answer arrived.
struct PollOutcome
{
    std::optional<PollPage> page;
    std::optional<Error> error; // set when there is no page; error->retryable says whether trying again may help
    std::optional<qint64> retryAfterMs;
    // Secrets the platform replaced while fetching (a rotated refresh token: the old one no longer works), to
    // be used from now on and saved. Set on success and failure alike.
    QHash<QString, QString> renewedSecrets; // name → new value; secrets, never log

    bool ok() const { return page.has_value(); }

    static PollOutcome success(PollPage page);
    static PollOutcome failure(Error error, std::optional<qint64> retryAfterMs = std::nullopt);
};

// Asks one platform for the orders (and shipments, and stock) that changed since a time. One instance per
// source; lives on the scheduler's thread and uses its network manager. Knows nothing of cursors, windows
// or the store: the PollScheduler keeps those, so a new platform only has to fetch and normalize pages.
class Poller
{
public:
    using Done = std::function<void(const PollOutcome &)>;

    virtual ~Poller() = default;

    virtual QString type() const = 0;

    // Fetches one page. `done` is called exactly once, on the caller's thread, unless the network manager
    // is destroyed first. Pages come oldest change first, so a run that stops half-way can resume at the
    // newest change of its last committed page.
    virtual void fetch(const PollRequest &request, QNetworkAccessManager *network, Done done) = 0;
};

// The poller for a platform type, or nullptr when that platform cannot be polled (yet).
std::unique_ptr<Poller> createPoller(const QString &type);

// Every type that can be polled, in the order the window lists them.
QStringList pollSourceTypes();

// What the window needs to set up a poll source of each type: the API credentials (SourceTypeInfo::secrets,
// all pasted by the owner), the settings (baseUrl first, then the platform's, then the interval and how far
// back the first check reaches) and the steps to make the credentials on the platform's side. `poll` is set;
// setupSteps here have no "%1".
QList<SourceTypeInfo> pollSourceTypeInfos();
// The entry for one type, or nullptr.
const SourceTypeInfo *pollSourceTypeInfo(const QString &type);
// Every way to connect, as the window lists them: each webhook entry, the poll entry of the same platform
// right after it, then the platforms that can only be polled.
QList<SourceTypeInfo> allSourceTypeInfos();

// Names of the secrets a poll source of this type needs, e.g. {"accessToken"}.
QStringList pollSecretNames(const QString &type);

// True when the source's options say "mode": "poll" (the default is "webhook").
bool isPollSource(const SourceConfig &source);

// The secrets this source needs in its mode: the poller's for "poll", the adapter's for "webhook".
QStringList secretNamesForConfig(const SourceConfig &source);

// The entry of `types` that describes `source`: same type, preset and mode; nullptr when none does.
const SourceTypeInfo *findTypeInfo(const QList<SourceTypeInfo> &types, const SourceConfig &source);

// The scheduling options of a poll source, with defaults and limits applied.
struct PollSettings
{
    // options["intervalMinutes"] when set, else options["intervalSeconds"] (default 120); at least 30 s
    qint64 intervalMs = 120 * 1000;
    qint64 overlapMs = 300 * 1000; // options["overlapSeconds"], default 300, at least 0
    int backfillDays = 7;          // options["backfillDays"]: how far back the first run reaches
    bool backfillNotify = false;   // options["backfillNotify"]: whether the first run notifies

    static PollSettings from(const SourceConfig &source);
};

// The dedup key of a polled event: the same change seen again (in the overlap, or after a restart) gives
// the same key; any change of status, shipment or time gives a new one.
QString pollDedupKey(const OrderEvent &event);
QString pollDedupKey(const StockChange &change);
// The dedup key of a stock level a platform reports without a time (Magento's source items, a sheet): the
// level it replaces is part of it (`storedUpdatedAtMs`, when the store last changed the item's level; nullopt
// when it has none yet), so 5 → 0 → 5 gives three keys and a restock is never taken for the first 5 again.
// "poll-stock:<item key>:<stored updated_at | new>:<available>:<raw status>"
QString pollLevelKey(const StockChange &change, std::optional<qint64> storedUpdatedAtMs);

} // namespace Tidings
