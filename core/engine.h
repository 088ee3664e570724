#pragma once

#include "config/appconfig.h"
#include "credentials/oauthsignin.h"
#include "dispatch/dispatcher.h"
#include "dispatch/quiethours.h"
#include "dispatch/testmode.h"
#include "model/result.h"
#include "model/sourcehealth.h"
#include "sources/polling/pollscheduler.h"
#include "store/delaydetection.h"
#include "store/templaterepository.h"
#include "templates/templatebundle.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Tidings {

class AirtablePayloadFetcher;
class Database;
class DelayWatcher;
class IngestWriter;
class SecretStore;
class WebhookServer;

// The running pipeline: webhook server (ingest thread) → ingest writer (writer thread) →
// dispatcher (dispatch thread). Lives on the GUI or main thread; everything it reports arrives
// there through queued signals. Used the same way by the window and by --headless.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    Engine(QString dataDir, SecretStore *secrets, QObject *parent = nullptr);
    ~Engine() override;

    // For tests: time and retry timing of the dispatcher. Call before start().
    void setClock(std::shared_ptr<const Clock> clock);
    void setRetryPolicy(const RetryPolicy &policy);

    // Loads the configuration and secrets, then starts every thread. Emits started() or startFailed().
    void start();
    // Stops accepting webhooks, finishes the current commit, stops the threads. Safe to call twice.
    void stop();

    bool isRunning() const { return m_running; }

    QString dataDir() const { return m_dataDir; }

    const AppConfig &config() const { return m_config; }

    quint16 webhookPort() const { return m_webhookPort; }

    QString webhookUrl(const QString &sourceId = {}) const;

    Dispatcher *dispatcher() const { return m_dispatcher.get(); }

    // Polls a source in poll mode now (the window's "Poll now"); nothing for other sources.
    void pollNow(const QString &sourceId);
    // Reads the platform once with these settings and secrets (the setup page's "Test connection"),
    // storing nothing, on the ingest thread; `done` is called on the engine's thread.
    using PollTestDone = std::function<void(const Tidings::PollTestResult &result)>;
    void testPollConnection(const SourceConfig &source, const QHash<QString, QString> &secrets, PollTestDone done);

    // --- Connections: change the sources while running, without a restart. ---
    // Called on the engine's thread once a change has finished, with its outcome.
    using SourceDone = std::function<void(const Tidings::Status &status)>;
    using SecretsDone = std::function<void(const Tidings::Result<QHash<QString, QString>> &secrets)>;

    // Each of these checks its input first and returns the error at once: then nothing changed and `done`
    // is never called. Otherwise it returns ok and calls `done` later (after sourcesChanged() when the change
    // reached the store). Without a `done`, a late failure is reported through problem().
    //
    // addSource: `secrets` by name (secretNamesForSource()); the first, the one webhooks are checked with,
    // is required. The secrets go to the keychain first, then the source to the store, then to the running
    // webhook server: nothing is stored unless the keychain took the secrets.
    Status addSource(const SourceConfig &source, const QHash<QString, QString> &secrets, SourceDone done = {});
    // updateSource: the id names a source (it cannot change); an absent or empty secret keeps its saved value.
    Status updateSource(const SourceConfig &source, const QHash<QString, QString> &secrets, SourceDone done = {});
    // removeSource: from the store and the server at once, then its secrets from the keychain.
    Status removeSource(const QString &sourceId, SourceDone done = {});
    // Turns a source on or off at once (no keychain involved); an off source's webhooks are refused.
    Status setSourceEnabled(const QString &sourceId, bool enabled);
    // The saved secrets of a source, by name; a missing one is absent.
    void readSourceSecrets(const QString &sourceId, SecretsDone done);

    // The refusal and poll halves of a source's health (lastRejection*, *Poll*), kept in memory since start;
    // the event half comes from the store (SourceHealthQueries), read on the caller's own connection.
    SourceHealth sourceHealth(const QString &sourceId) const;

    // True when the source's platform has a signed sample (SourceAdapter::sampleWebhook) and Tidings is
    // receiving webhooks for it.
    bool canSendTestEvent(const QString &sourceId) const;
    // Posts that sample to this computer's webhook address, exactly as the platform would; `done` gets ok
    // when it was accepted. Returns an error at once when no test can be sent.
    Status sendTestEvent(const QString &sourceId, SourceDone done);

    // Channels, like sources: secrets go to the keychain first, then the store, then the running dispatcher
    // (no restart). updateChannel keeps a saved secret that `secrets` leaves empty. removeChannel refuses
    // while rules send through the channel.
    Status addChannel(const ChannelConfig &channel, const QHash<QString, QString> &secrets, SourceDone done = {});
    Status updateChannel(const ChannelConfig &channel, const QHash<QString, QString> &secrets, SourceDone done = {});
    Status removeChannel(const QString &channelId, SourceDone done = {});

    // Sends the test message (ChannelTest) through `channel` to `address` (email, or phone for SMS). Secrets
    // left empty in `secrets` are taken from the saved channel of the same id. Stores nothing.
    using TestMessageDone = std::function<void(const Tidings::SendOutcome &outcome)>;
    void sendTestMessage(const ChannelConfig &channel, const QHash<QString, QString> &secrets, const QString &address,
                         TestMessageDone done);
    // "Test connection" (Channel::checkConnection) for `channel`, with secrets as for sendTestMessage. Sends
    // nothing to anyone; `done` gets the check's outcome.
    void checkChannelConnection(const ChannelConfig &channel, const QHash<QString, QString> &secrets,
                                TestMessageDone done);
    // Pause All Sending: nothing is sent while paused; what is due waits (nothing fails) and goes out on resume.
    // Kept across restarts (the settings table).
    void setSendingPaused(bool paused);

    bool isSendingPaused() const { return m_sendingPaused; }

    // Test mode (TestMode): every message meant for a customer goes to the owner instead. Saved in the settings
    // table; the dispatcher applies it from its next send. Settings that cannot work (no address of the owner's)
    // are refused with why, and change nothing.
    Status setTestMode(const TestMode &mode);

    const TestMode &testMode() const { return m_testMode; }

    // The shop's look in every message (shop name, accent colour, logo, support address): checked, saved in the
    // settings table and used from the dispatcher's next message, without a restart (enginebrand.cpp). Settings
    // that cannot work (an accent colour that is not #rgb or #rrggbb, a logo that is not a web address, a support
    // address without "@") are refused with why, and change nothing.
    Status setBrand(const Brand &brand);

    // Quiet hours (QuietHours; enginequiet.cpp): text and chat messages wait through the night. Saved in the
    // settings table; the dispatcher applies them from its next send. Settings that cannot work are refused
    // with why, and change nothing.
    Status setQuietHours(const QuietHours &hours);

    const QuietHours &quietHours() const { return m_quietHours; }

    // The chat channel that gets an alert when a message fails for good (FailureAlert); empty: none. Read from
    // the settings table; an unknown or non-chat channel is refused.
    Status setFailureAlertChannel(const QString &channelId);
    QString failureAlertChannel();

    // Pauses or resumes one channel: its messages wait, queued (nothing fails, no attempt is used up), and go
    // out on resume; the others keep sending. Kept across restarts (the settings table). Emits
    // channelPausedChanged() when it changed.
    void setChannelPaused(const QString &channelId, bool paused);

    bool isChannelPaused(const QString &channelId) const { return m_pausedChannels.contains(channelId); }

    QSet<QString> pausedChannels() const { return m_pausedChannels; }

    // Messages Tidings was handing to a provider when it stopped may have gone out: they are marked uncertain
    // for the owner to decide, or, with this on, queued again at the next start (a customer may get one twice).
    // Kept in the settings table; false when it cannot be read.
    Status setResendInterruptedAutomatically(bool resend);
    bool resendsInterruptedAutomatically();

    // Delay detection (DelayDetection, enginedelay.cpp): saved in the settings table, applied to the running
    // DelayWatcher at once. Settings that cannot work are refused with why, and change nothing.
    Status setDelayDetection(const DelayDetection &detection);

    const DelayDetection &delayDetection() const { return m_delayDetection; }

    // --- By hand, from the Monitor (enginenotifications.cpp). ---
    // Resend: a new copy of a sent, failed or cancelled notification to `recipient` (empty: the same one), sent
    // as soon as its channel can (Pause All Sending holds it too). Cancel: a queued one is never sent. Returns
    // an error when sending is not running; otherwise `done` follows on this thread.
    using ResendDone = std::function<void(const Tidings::Result<qint64> &newNotificationId)>;
    Status resendNotification(qint64 notificationId, const QString &recipient, ResendDone done);
    Status cancelNotification(qint64 notificationId, SourceDone done);
    // Notify Now and Replay (enginemanual.cpp; see ManualNotifications), with the current rules and channels.
    // notifyNow checks the channel and recipient first and returns what is wrong at once; all three return an
    // error when sending is not running, otherwise `done` follows on this thread.
    using QueuedDone = Dispatcher::QueuedDone;
    using ReplayPlanDone = Dispatcher::ReplayPlanDone;
    Status notifyNow(const ManualNotifications::NotifyNowRequest &request, QueuedDone done);
    Status planReplay(qint64 eventId, ReplayPlanDone done);
    Status replayEvent(qint64 eventId, QueuedDone done);
    // The message templates (built-in and the owner's), by name, for Notify Now.
    Result<QList<MessageTemplate>> templates();

    // --- Credentials (the Credentials page; enginecredentials.cpp). ---
    // Names of the secrets saved in the keychain for a channel (the values stay in the engine).
    QStringList savedChannelSecretNames(const QString &channelId) const;
    // Deletes one secret of a channel from the keychain ("Sign Out", "Remove"). The channel stays; without a
    // required secret its messages wait until it has one again. `done` as for updateChannel.
    Status removeChannelSecret(const QString &channelId, const QString &secretName, SourceDone done = {});

    // What "Sign in with Google/Microsoft" needs for `channel` (its OAuth client and sign-in addresses), with
    // secrets as for sendTestMessage; nullopt for providers that have no sign-in.
    std::optional<OAuthSignInProvider> channelSignIn(const ChannelConfig &channel,
                                                     const QHash<QString, QString> &secrets) const;

    // The channels whose sign-in was refused for good (revoked, password changed, Google's 7-day limit for
    // apps in testing), by id, with why: their notifications wait, queued, until the owner signs in again
    // (updateChannel with a new refresh token, or other settings). Known since start (a restart forgets them
    // until the first send meets the refusal again).
    QHash<QString, Tidings::Error> channelsNeedingSignIn() const { return m_channelsNeedingSignIn; }

    // --- Template versions (enginetemplates.cpp; TemplateRepository). Edits are drafts; publishing makes a
    // new version live. Each notification is pinned to the live version when queued, so publishing never
    // changes a message already waiting. Each change emits templatesChanged. ---
    Result<QList<TemplateEntry>> templateEntries();
    Status saveTemplateDraft(const MessageTemplate &draft);
    Status discardTemplateDraft(const QString &id, const QString &language);
    Result<qint64> publishTemplate(const QString &id, const QString &language);
    Result<QList<TemplateVersion>> templateHistory(const QString &id, const QString &language);
    Status restoreTemplateVersion(qint64 versionId);
    // The language customers get when their order does not say theirs, or there is no variant in theirs ("" the
    // default language): used for every message queued from then on.
    Result<QString> customerLanguage();
    Status setCustomerLanguage(const QString &language);

    // --- Inventory (engineinventory.cpp). Stock levels, thresholds and waiting customers are read and edited
    // through InventoryQueries on the window's connection; the ingest writer reads them at each stock change. ---
    // Where staff are told when a product runs low or out (once per crossing): a chat channel, or an email
    // channel and the address; no channel: nobody. Two rules ("stock-low-alert", "stock-out-alert"), used from
    // the next stock change.
    struct StockAlertSettings
    {
        QString channelId;
        QString address; // for an email channel
    };

    StockAlertSettings stockAlerts() const;
    Status setStockAlerts(const StockAlertSettings &settings);

    // What customers are told through an email (or text/automation) channel: waiting customers when a product is
    // back in stock (rule "back-in-stock"), and an order placed after an item ran out, that it waits (rule
    // "order-backordered"). The rules a shop's first email channel starts with; these switch them on or off.
    struct CustomerStockMessages
    {
        QString channelId;
        bool backInStock = false;
        bool backorders = false;
    };

    CustomerStockMessages customerStockMessages() const;
    Status setCustomerStockMessages(const CustomerStockMessages &messages);

    // --- Templates files (enginetemplatefiles.cpp; TemplateBundle) ---
    // Every template as customers get it (a template never published: its draft) and the brand kit.
    Result<TemplateBundle> templatesForExport();

    struct TemplateImport
    {
        int drafts = 0;    // saved as drafts: customers get them once published
        int unchanged = 0; // the same as what is live or drafted already
        bool brandApplied = false;
    };

    // The file's templates become drafts (nothing goes live until the owner publishes); its brand kit, with
    // `applyBrand`, replaces the shop's at once (setBrand's checks). All or nothing: a brand kit setBrand refuses
    // saves no draft.
    Result<TemplateImport> importTemplates(const TemplateBundle &bundle, bool applyBrand);

    // Templates page (enginepreview.cpp)
    // "Send Test to…": renders `messageTemplate` on `context` (a sample scenario or a real order's stored
    // context) with the current brand and sends it through the channel `channelId` to `address` (with an "@"
    // an email address, else a phone number), its subject marked "[Test]". Stores nothing. `done` is always
    // called later on this thread, with the provider's answer or why nothing was sent (e.g. the template
    // does not render).
    void sendTemplateTest(const QString &channelId, const MessageTemplate &messageTemplate, const QJsonObject &context,
                          const QString &address, TestMessageDone done);

signals:
    void sendingPausedChanged(bool paused);
    void testModeChanged(const Tidings::TestMode &mode);
    void brandChanged();
    void templatesChanged();
    void quietHoursChanged(const Tidings::QuietHours &hours);
    void channelPausedChanged(const QString &channelId, bool paused);
    // A message failed for good: the window and the tray tell the owner (Dispatcher::notificationFailed).
    void notificationFailed(qint64 eventId, const QString &channelId, const QString &recipient, const QString &reason);
    void started();
    // A channel's renewed secret (a rotated refresh token) is in the keychain.
    void channelSecretSaved(const QString &channelId);
    // A channel's sign-in was refused for good: its messages wait until the owner signs in again.
    void channelNeedsSignIn(const QString &channelId, const Tidings::Error &why);
    // A channel that needed signing in again was given new secrets or settings (or was removed): its messages
    // are sent again.
    void channelSignInRestored(const QString &channelId);
    void startFailed(const Tidings::Error &error);
    void eventsIngested(const QList<qint64> &eventIds);
    void notificationsChanged(const QList<qint64> &eventIds);
    void webhookRejected(const QString &sourceId, int httpStatus, const QString &reason);
    // Health of the poll sources (see PollScheduler).
    void pollStarted(const QString &sourceId);
    void pollFinished(const QString &sourceId, int found, qint64 durationMs, const QDateTime &nextAt);
    void pollFailed(const QString &sourceId, const Tidings::Error &error, const QDateTime &nextAt);
    // Something the owner should know about while running (a keychain or storage problem, ...).
    void problem(const Tidings::Error &error);
    // A source was added, changed, turned on or off, or removed (config().sources is up to date).
    void sourcesChanged();
    void channelsChanged();

private:
    void continueStart(const QHash<QString, QString> &secrets);
    void fail(const Error &error);
    void startAirtableFetcher(const QHash<QString, QString> &secrets);

    void onWebhookRejected(const QString &sourceId, int httpStatus, const QString &reason);
    void onPollStarted(const QString &sourceId);
    void onPollFinished(const QString &sourceId, int found, qint64 durationMs, const QDateTime &nextAt);
    void onPollFailed(const QString &sourceId, const Error &error, const QDateTime &nextAt);
    Status checkSource(const SourceConfig &source, bool isNew, const QHash<QString, QString> &secrets);
    bool isChatChannel(const QString &channelId) const;
    Result<QString> profileId();
    Result<QSqlDatabase> configDb();
    void applySources();
    void applyChannels();
    // Pause All Sending and the paused channels, as the owner left them (the settings table).
    void restoreSendingPaused();
    void restoreTestMode();
    // Delay detection as the owner left it; starts the watcher on the writer's thread (enginedelay.cpp).
    Status startDelayWatcher();
    void restoreQuietHours();
    // Saves a secret a channel's provider replaced (Microsoft's rotated refresh token) in the keychain.
    void saveRotatedChannelSecret(const QString &channelId, const QString &secretName, const QString &value);
    // Saves a secret a poll source's platform replaced (a rotated refresh token) in the keychain
    // (enginecredentials.cpp). While the owner's change of that source is on its way to the keychain, waits
    // for it (see m_deferredRenewals).
    void saveRenewedSourceSecret(const QString &sourceId, const QString &secretName, const QString &value);
    // After the owner's change of a source reached the keychain (or failed): saves the renewals that waited
    // for it, except those of secrets the owner typed anew.
    void saveDeferredRenewals(const QString &sourceId, const QHash<QString, QString> &typed);
    void onChannelHeld(const QString &channelId, const Error &why);
    void onChannelReleased(const QString &channelId);
    // The saved secrets of `channelId` overlaid with the non-empty ones the owner typed (tests before saving).
    QHash<QString, QString> secretsForTest(const QString &channelId, const QHash<QString, QString> &typed) const;
    QNetworkAccessManager *testNetwork();
    Status updateOrAddChannel(const ChannelConfig &channel, const QHash<QString, QString> &secrets, bool isNew,
                              SourceDone done);
    Status checkChannel(const ChannelConfig &channel, bool isNew, const QHash<QString, QString> &secrets) const;
    void finishSourceChange(const SourceDone &done, const Status &status);
    void runSecretJobs(const QHash<QString, std::optional<QString>> &jobs,
                       std::function<void(const std::optional<Error> &error)> done);

    QString m_dataDir;
    SecretStore *m_secrets;
    std::shared_ptr<const Clock> m_clock;
    RetryPolicy m_policy;
    AppConfig m_config;
    QString m_profileId;
    bool m_running = false;
    quint16 m_webhookPort = 0;

    QThread m_writerThread;
    QThread m_ingestThread;
    IngestWriter *m_writer = nullptr;
    DelayWatcher *m_delayWatcher = nullptr; // on the writer thread
    WebhookServer *m_server = nullptr;
    AirtablePayloadFetcher *m_airtable = nullptr; // on the ingest thread; only when an Airtable source exists
    PollScheduler *m_poller = nullptr;            // on the ingest thread
    std::unique_ptr<Dispatcher> m_dispatcher;

    // Connections.
    QHash<QString, QByteArray> m_signingSecrets; // by source id, as the webhook server has them
    PollScheduler::SourceSecrets m_pollSecrets;  // by source id, as the poll scheduler has them
    bool m_sendingPaused = false;                // Pause All Sending
    TestMode m_testMode;
    DelayDetection m_delayDetection;
    QuietHours m_quietHours;
    QSet<QString> m_pausedChannels;                // paused one by one, by id
    ChannelSecrets m_channelSecrets;               // by channel id, as the dispatcher has them
    QHash<QString, SourceHealth> m_health;         // by source id; only the lastRejection* and poll fields
    QHash<QString, Error> m_channelsNeedingSignIn; // by channel id: held by the dispatcher
    QSet<QString> m_busySources;                   // ids with a change waiting for the keychain
    QSet<QString> m_busyChannels;                  // the same for channels
    std::unique_ptr<Database> m_configDb;          // this thread's connection for source changes
    QNetworkAccessManager *m_network = nullptr;    // for test events; made on first use
    QNetworkAccessManager *m_testSends = nullptr;  // for test messages to providers (the system proxy applies)

    // Poll secrets the platforms renewed (rotated refresh tokens) since this engine was made, by source id:
    // laid over what start() reads from the keychain, as that read may have been asked for before their write.
    PollScheduler::SourceSecrets m_renewedPollSecrets;
    // Renewed while the owner's change of the source was being written to the keychain, by source id.
    PollScheduler::SourceSecrets m_deferredRenewals;
};

} // namespace Tidings
