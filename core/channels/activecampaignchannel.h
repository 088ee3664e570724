#pragma once

#include "channels/channelconfig.h"
#include "channels/channelhttp.h"
#include "channels/channeltypeinfo.h"
#include "channels/httpchannel.h"
#include "model/result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// ActiveCampaign API v3: puts the customer into one of the shop's automations, which sends the message.
// Two requests per send, both with "Api-Token: <key>" and JSON:
//
//   1. POST {baseUrl}/api/3/contact/sync   {"contact":{"email","firstName"?,"lastName"?,"phone"?}}
//      → 200/201 {"contact":{"id":"…"}}
//   2. POST {baseUrl}/api/3/contactAutomations  {"contactAutomation":{"contact":<id>,"automation":<automationId>}}
//      → 201 {"contactAutomation":{"id":"…"}}: accepted, that id kept.
//
// baseUrl is the account's own https://<account>.api-us1.com (no default). ActiveCampaign has no metadata
// or dedup key here; the notification id is only in our log lines.
//
// Answers (either request): errors are {errors:[{title, detail, code, source}]}: 429 → retryable at
// Retry-After; 5xx → retryable; 401/403 → wrong key; 404 → wrong account address or automation; 422 and
// other 4xx → permanent with ActiveCampaign's title kept.
//
// Test connection: GET {baseUrl}/api/3/automations/<automationId> ("Retrieve an automation", same Api-Token),
// which proves the key, the account address and the automation number, and adds or sends nothing. Confirmed:
// https://developers.activecampaign.com/reference/retrieve-an-automation ({automation:{name, status, id, …}}).
// status "1" is read as active and "2" as inactive [verify: the reference shows "1" without naming the values];
// an inactive automation fails the check, since it would start for nobody.
class ActiveCampaignChannel final : public HttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveCampaignChannel)

public:
    static QString typeName();
    static ChannelTypeInfo typeInfo();

    ActiveCampaignChannel(ChannelConfig config, QString apiKey, QNetworkAccessManager *network,
                          QObject *parent = nullptr);
    ~ActiveCampaignChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;
    // GET …/api/3/automations/<automationId>: key, account address and automation in one read.
    void checkConnection(Done done) override;

    static QUrl apiUrl(const QUrl &baseUrl, const QString &path);
    Result<QByteArray> buildContactBody(const OutgoingMessage &message) const;
    QByteArray buildAutomationBody(const QString &contactId) const;
    static SendOutcome classify(const ChannelAnswer &answer);

private:
    QNetworkRequest jsonRequest(const QUrl &url) const;
    SendOutcome readAutomation(const ChannelAnswer &answer) const;

    QString m_apiKey;
    QString m_automationId;
    QUrl m_contactUrl;
    QUrl m_automationUrl;
    std::optional<Error> m_configError;
};

} // namespace Tidings
