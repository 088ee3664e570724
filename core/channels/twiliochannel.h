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

// Twilio Programmable Messaging (SMS): one request per message.
//
//   POST {baseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json      (baseUrl default https://api.twilio.com)
//   Authorization: Basic base64(AccountSid:AuthToken)
//   Content-Type: application/x-www-form-urlencoded
//   To=<E.164 phone>&From=<Twilio number or sender id> | MessagingServiceSid=<MG…>&Body=<message text>
//
// Twilio has no metadata field and no idempotency key on Message create, so the notification id travels
// only in our own log lines; StatusCallback is not used. The text is counted in SMS segments first (GSM-7:
// 160 characters alone, 153 per part; anything else UCS-2: 70 alone, 67 per part) and refused over the
// option "maxSegments" (default 3), so a long email text never turns into a costly chain of texts.
//
// Answers: 201 {sid, status} → accepted, the sid kept. Errors are {code, message, more_info, status}:
// 429 or code 20429 (too many concurrent requests) → retryable, at Retry-After when given; 5xx → retryable;
// 21611 (sender queue full) → retryable; 20003/401 → wrong credentials; 21211 invalid number, 21614 not a
// mobile number, 21608 unverified number on a trial account, 21610 recipient replied STOP, 21212/21606
// sender number not usable, 21408 region not enabled → permanent, each in plain words with Twilio's
// code and message kept in `detail`. Options: "accountSid" (required), "from" or "messagingServiceSid",
// "maxSegments", "timeoutMs".
//
// Connection check: GET {baseUrl}/2010-04-01/Accounts/{AccountSid}.json with the same Basic auth (Twilio's
// "fetch_account", GET /2010-04-01/Accounts/{Sid}.json, listed in the API generated from Twilio's OpenAPI
// description: https://docs.rs/crate/twilio-rust-openapi/latest/source/docs/Api20100401AccountApi.md) →
// 200 Account resource {sid, friendly_name, status: active|suspended|closed, type: Trial|Full}. Only the
// status, type and name are read; the body is never kept, as it may carry the account's primary auth token.
// It does not prove the sending number or Messaging Service: Twilio reports those on the first send.
class TwilioChannel final : public HttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwilioChannel)

public:
    static constexpr int DefaultMaxSegments = 3;

    struct Segments
    {
        bool unicode = false; // UCS-2 rather than GSM-7
        int units = 0;        // GSM-7 septets (extension characters count twice) or UTF-16 code units
        int count = 0;        // 0 for an empty text
    };

    static QString typeName();
    static ChannelTypeInfo typeInfo();

    TwilioChannel(ChannelConfig config, QString authToken, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TwilioChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;
    void checkConnection(Done done) override;

    QUrl endpoint() const { return m_endpoint; }

    int maxSegments() const { return m_maxSegments; }

    // How many SMS parts `text` needs.
    static Segments countSegments(const QString &text);
    // `phone` without spaces, dashes, dots and brackets when that is E.164 (+ and 8 to 15 digits); else empty.
    static QString normalizedPhone(const QString &phone);
    // The Messages.json address for an account under a base URL (empty → https://api.twilio.com).
    static QUrl messagesUrl(const QUrl &baseUrl, const QString &accountSid);
    // The form body Twilio gets for `message`, or a permanent error saying why it cannot be sent.
    Result<QByteArray> buildBody(const OutgoingMessage &message) const;
    static SendOutcome classify(const ChannelAnswer &answer);
    // Reads the answer to the connection check's account fetch.
    static SendOutcome readAccount(const ChannelAnswer &answer);

private:
    QString m_accountSid;
    QString m_authToken;
    QString m_from;
    QString m_messagingServiceSid;
    int m_maxSegments = DefaultMaxSegments;
    QByteArray m_authorization;
    QUrl m_endpoint;
    std::optional<Error> m_configError;
};

} // namespace Tidings
