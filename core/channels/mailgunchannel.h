#pragma once

#include "channels/channelconfig.h"
#include "channels/channelhttp.h"
#include "channels/channeltypeinfo.h"
#include "channels/httpchannel.h"
#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace Tidings {

// Mailgun Messages API: one request per message.
//
//   POST <baseUrl>/v3/<domain>/messages            baseUrl: https://api.mailgun.net (US, default) or
//   Authorization: Basic base64("api:<API key>")            https://api.eu.mailgun.net (EU); a domain lives
//   Content-Type: multipart/form-data; boundary=…           in one region only
//   fields: from ("Name <addr>"), to ("Name <addr>"), subject, text, html, h:Reply-To (when set),
//           v:tidings_notification_id (our notification id, echoed in Mailgun's events and the
//           X-Mailgun-Variables header), o:testmode=yes (option "testMode": accepted, never delivered)
//   files:  inline (repeatable): each image the HTML shows as "cid:<content id>" (Mime::referencedImages(), the
//           same checks as a MIME message), the content id as its file name (Mailgun names an inline file's
//           Content-ID after its file name) and the image's Content-Type; none when the HTML shows no image
//
// Answers: 200 {"id":"<…@domain>","message":"Queued. Thank you."} → accepted, the id kept (a 200 whose body
// cannot be read is still accepted: resending would duplicate the mail). Retryable: 429 (Retry-After when
// given), 408, 500/502/503/504, no answer. Permanent, with Mailgun's {"message"} in `detail`: 400 (bad
// address or field), 401 ("Forbidden": wrong key or wrong region), 403 (sandbox domain sending to an
// address that is not an authorized recipient, disabled domain), 404 (unknown domain in this region), 413.
// Mailgun has no idempotency key: a retry after a timeout can send twice (the v: variable traces it).
//
// Connection check: POST <baseUrl>/v3/<domain>/messages with the same Basic auth and a form that holds
// only o:testmode=yes: no from, no to, so there is nothing Mailgun could deliver. It is the one call a
// domain sending key may make (sending keys "only allow sending messages via a POST call on /messages and
// /messages.mime", https://documentation.mailgun.com/docs/mailgun/api-reference/authentication), so GET
// /v3/domains/<domain> would refuse a good sending key. Mailgun checks the key (401 "Forbidden") and the
// domain in this region (404) before the fields: a 400 with Mailgun's {"message"} ("from parameter is
// missing") means the key may send from the domain. [verify] that order on a live account; it is not
// documented.
//
// Options: "domain" (required), "testMode", "timeoutMs".
class MailgunChannel final : public HttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailgunChannel)

public:
    using Fields = QList<std::pair<QByteArray, QString>>;

    // A file part of the form, e.g. an inline image.
    struct File
    {
        QByteArray name;        // the form field, "inline"
        QByteArray fileName;    // letters, digits and . - _ @ only (it goes in a quoted header parameter)
        QByteArray contentType; // e.g. image/png
        QByteArray data;
    };

    using Files = QList<File>;

    static QString typeName();
    static ChannelTypeInfo typeInfo();

    MailgunChannel(ChannelConfig config, QString apiKey, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~MailgunChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;
    void checkConnection(Done done) override;

    QUrl endpoint() const { return m_endpoint; }

    bool testMode() const { return m_testMode; }

    // <baseUrl>/v3/<domain>/messages (empty base → https://api.mailgun.net); keeps a path prefix.
    static QUrl messagesUrl(const QUrl &baseUrl, const QString &domain);
    // "Name <address>", the name quoted when it has characters RFC 5322 reserves; just the address without one.
    static QString mailbox(const QString &email, const QString &name);
    // The form fields Mailgun gets for `message`, or a permanent error saying why it cannot be sent.
    Result<Fields> buildFields(const OutgoingMessage &message) const;
    // The inline images the HTML shows, as "inline" files named by their content id, or a permanent error saying
    // why one cannot be sent.
    static Result<Files> inlineFiles(const OutgoingMessage &message);
    // `fields`, then `files`, as a multipart/form-data body with `boundary`.
    static QByteArray multipartBody(const Fields &fields, const QByteArray &boundary, const Files &files = {});
    // Reads one answer of the Messages API.
    static SendOutcome classify(const ChannelAnswer &answer);
    // Reads the answer to the connection check's message without recipients.
    SendOutcome readCheck(const ChannelAnswer &answer) const;

private:
    QString m_apiKey;
    QByteArray m_authorization;
    QString m_domain;
    QUrl m_endpoint;
    std::optional<Error> m_configError;
    bool m_testMode = false;
};

} // namespace Tidings
