#pragma once

#include "channels/channelconfig.h"
#include "channels/channelhttp.h"
#include "channels/channeltypeinfo.h"
#include "channels/httpchannel.h"
#include "model/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// Mailchimp Transactional (Mandrill): one request per message.
//
//   POST <baseUrl>/api/1.0/messages/send             baseUrl: https://mandrillapp.com
//   POST <baseUrl>/api/1.0/messages/send-template    when the option "templateName" is set
//   Content-Type: application/json; no auth header: the API key travels in the body as "key"
//   {"key": …, "message": {"subject", "from_email", "from_name"?, "to": [{"email", "name"?, "type": "to"}],
//    "text"?, "html"?, "headers": {"Reply-To"}?, "metadata": {"tidings_notification_id": "<id>"},
//    "subaccount"?, "merge_language"?, "merge_vars": [{"rcpt", "vars": [{"name", "content"}]}] (templates)},
//    "template_name"?, "template_content": [] (templates)}
//   Templates get the rendered subject plus the notification's context as merge variables: each top-level
//   member (e.g. "order", an object for Handlebars templates) and each scalar flattened with '_' ("order_number",
//   "customer_first_name", for *|ORDER_NUMBER|* tags).
//   Inline images the HTML shows (Mime::referencedImages(), the same checks as a MIME message) go in
//   message.images [{type, name (the content id: the HTML shows it as "cid:<name>"), content (base64)}]; without
//   any there is no images member. A template send carries none: the template has the design, not our HTML.
//
// Answers: 200 with one result per recipient {email, status, reject_reason, _id}: "sent", "queued" and
// "scheduled" are accepted (the _id kept); "rejected" (reject_reason hard-bounce, soft-bounce, spam, unsub,
// custom, invalid-sender, invalid, test-mode-limit, unsigned, rule) and "invalid" are permanent, explained
// in plain words. A 200 whose body cannot be read is accepted without an id (resending could duplicate).
// Errors come as (usually) HTTP 500 {"status":"error","code","name","message"}, classified by name:
// GeneralError, ServiceUnavailable → retryable; Invalid_Key, PaymentRequired, Unknown_Subaccount,
// ValidationError, Unknown_Template, Invalid_Template, Unknown_Sender, PoorReputation (and any other name)
// → permanent. 429 (Retry-After when given) and 5xx without an error body → retryable.
// Mandrill has no idempotency key; metadata.tidings_notification_id traces duplicates.
//
// Connection check: POST <baseUrl>/api/1.0/users/ping2 {"key": …} → 200 {"PING":"PONG!"}; a wrong key gets
// the usual 500 Invalid_Key. It validates the key and sends nothing ("Validate an API key and respond to a
// ping", https://www.rubydoc.info/gems/MailchimpTransactional/1.0.25/MailchimpTransactional/UsersApi,
// Mailchimp's own client; the same call as the old mandrill-api gem's users.ping). It does not check the
// sender's domain, the subaccount or the template: Mandrill reports those on the first send.
//
// Options: "templateName", "mergeLanguage" ("mailchimp" or "handlebars"), "subaccount", "timeoutMs".
class MandrillChannel final : public HttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MandrillChannel)

public:
    static QString typeName();
    static ChannelTypeInfo typeInfo();

    MandrillChannel(ChannelConfig config, QString apiKey, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~MandrillChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;
    void checkConnection(Done done) override;

    QUrl endpoint() const { return m_endpoint; }

    QString templateName() const { return m_templateName; }

    // <baseUrl>/api/1.0/messages/send (or send-template); keeps a path prefix.
    static QUrl sendUrl(const QUrl &baseUrl, bool withTemplate);
    // <baseUrl>/api/1.0/users/ping2 (the connection check); keeps a path prefix.
    static QUrl pingUrl(const QUrl &baseUrl);
    // The JSON body without the key (for tests and logs), or a permanent error saying why it cannot be sent.
    Result<QJsonObject> buildBody(const OutgoingMessage &message) const;
    // The notification's context as Mandrill merge variables.
    static QJsonArray mergeVars(const OutgoingMessage &message);
    // Reads one answer.
    static SendOutcome classify(const ChannelAnswer &answer);
    // Reads the answer to users/ping2.
    static SendOutcome readPing(const ChannelAnswer &answer);

private:
    static QUrl apiUrl(const QUrl &baseUrl, const QString &method);

    QString m_apiKey;
    QUrl m_endpoint;
    QString m_templateName;
    QString m_mergeLanguage;
    QString m_subaccount;
    std::optional<Error> m_configError;
};

} // namespace Tidings
