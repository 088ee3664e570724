#pragma once

#include "channels/channelconfig.h"
#include "channels/channeltypeinfo.h"
#include "channels/httpchannel.h"
#include "channels/sigv4signer.h"
#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// Amazon SES API v2 SendEmail: one POST <baseUrl>/v2/email/outbound-emails per message, where baseUrl defaults
// to https://email.<region>.amazonaws.com (option "region", default us-east-1). Signed with AWS Signature
// Version 4 (service "ses", signed headers content-type;host;x-amz-content-sha256;x-amz-date and, with session
// credentials, x-amz-security-token). Content-Type: application/json. Body:
//   {FromEmailAddress, Destination:{ToAddresses:[…]}, ReplyToAddresses?, Content:{Simple:{Subject:{Data,Charset},
//    Body:{Text?:{Data,Charset}, Html?:{Data,Charset}}}}, EmailTags:[{Name:"tidings_notification_id",Value}],
//    ConfigurationSetName?}
// Inline images the HTML shows (Mime::referencedImages(), the same checks as a MIME message) go in
// Content.Simple.Attachments [{FileName, RawContent (base64), ContentType, ContentDisposition: "INLINE", ContentId,
// ContentTransferEncoding: "BASE64"}] (SES's default for the MIME part is SEVEN_BIT, wrong for an image); without any
// there is no Attachments member.
// Display names travel as RFC 2047 encoded words when they are not plain ASCII. SES has no idempotency key:
// our notification id is the EmailTag so duplicates stay traceable.
//
// Answers: 200 {MessageId} → accepted (the id kept). Errors carry x-amzn-ErrorType and {message}:
// TooManyRequestsException / LimitExceededException / any 429 and 5xx → retryable (SES sends no Retry-After:
// retryAt is one second later unless a Retry-After is present); MessageRejected, MailFromDomainNotVerified,
// AccountSuspended, SendingPaused, NotFound (configuration set), BadRequest and the 403 credential errors
// (SignatureDoesNotMatch, InvalidClientTokenId, UnrecognizedClientException, expired signatures) → permanent
// with plain words; SES's own text stays in `detail`.
//
// Test connection: GetAccount, GET <baseUrl>/v2/email/account (no body, signed like a send), which reads the
// account's sending status in the region and sends nothing: ProductionAccessEnabled (false → still in the SES
// sandbox), SendingEnabled, SendQuota{Max24HourSend, MaxSendRate, SentLast24Hours}. Confirmed against the SES API
// v2 reference, https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetAccount.html. Keys limited to
// ses:SendEmail get AccessDeniedException, which still proves the keys: the check then says the account status
// could not be read.
class SesChannel final : public HttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SesChannel)

public:
    static QString typeName();
    static ChannelTypeInfo typeInfo();

    SesChannel(ChannelConfig config, SigV4::Credentials credentials, QNetworkAccessManager *network,
               QObject *parent = nullptr);
    ~SesChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;
    // GET <baseUrl>/v2/email/account: the keys work; the summary tells sandbox or production and the quota.
    void checkConnection(Done done) override;

    QUrl endpoint() const { return m_endpoint; }

    QString region() const { return m_region; }

    // For tests: the clock used for x-amz-date.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // SendEmail under a base URL (empty → https://email.<region>.amazonaws.com); keeps a path prefix.
    static QUrl sendEmailUrl(const QUrl &baseUrl, const QString &region);
    // "Name <addr>", the name as an RFC 2047 encoded word when it is not plain ASCII; just addr without a name.
    static QString mailbox(const QString &email, const QString &name);
    Result<QByteArray> buildBody(const OutgoingMessage &message) const;
    static SendOutcome classify(const ChannelAnswer &answer, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // GetAccount under a base URL (the SendEmail address with its last part replaced).
    static QUrl accountUrl(const QUrl &sendEmailUrl);

private:
    // A request to `url` signed for SES (SigV4, the clock's time, the session token when there is one).
    QNetworkRequest signedRequest(const QUrl &url, const QByteArray &method, const QByteArray &payload) const;
    SendOutcome readAccount(const ChannelAnswer &answer) const;

    SigV4::Credentials m_credentials;
    QString m_region;
    QUrl m_endpoint;
    QString m_configurationSet;
    std::optional<Error> m_configError;
    std::function<QDateTime()> m_clock;
};

} // namespace Tidings
