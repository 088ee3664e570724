#pragma once

#include "model/result.h"
#include "sources/sourceadapter.h"

#include <QCoreApplication>
#include <QList>

namespace Tidings {

// Webhooks from anything that can POST JSON (or a form) with a header: Zapier, Power Automate, a Google Sheets
// Apps Script, a NetSuite SuiteScript, a Klaviyo flow, the owner's own system. The body is read with the
// source's GenericMapping (options "mapping", "statusMap", "preset").
//
// Authentication, from options["auth"], with the source's "webhookSecret" (made by Tidings):
//   {"mode": "header", "header": "X-Tidings-Token"}   the header's value must be the secret (compared in
//                                                     constant time; "Authorization: Bearer <secret>" works too).
//   {"mode": "hmac", "header": "X-Signature", "encoding": "hex"|"base64", "prefix": "sha256="}
//                                                     HMAC-SHA256 of the raw body with the secret; the prefix
//                                                     (default "sha256=") is optional in the header's value.
//   no "auth", or no mode and no header: X-Tidings-Token (or X-Webhook-Token) carrying the secret, or
//   X-Tidings-Signature (or X-Webhook-Signature) carrying "sha256=<hex HMAC>" as the contract describes.
// When "header" is left out, both the X-Tidings-… and the X-Webhook-… names are accepted.
class GenericAdapter final : public SourceAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::GenericAdapter)

public:
    static QString typeName();
    // One entry per preset: "zapier", "powerautomate", "googlesheets", "netsuite", "klaviyo", "custom".
    static QList<SourceTypeInfo> typeInfos();

    QString type() const override;
    Result<ParsedWebhook> parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                       const QByteArray &signingSecret) const override;
    // A test order at the paths the source's mapping reads, carrying its credential as options["auth"] says.
    std::optional<WebhookRequest> sampleWebhook(const SourceConfig &source,
                                                const QByteArray &signingSecret) const override;
    QList<QByteArray> secretHeaderNames() const override;
    // Adds the header options.auth.header names, so a custom credential header is never stored either.
    QList<QByteArray> secretHeaderNamesFor(const SourceConfig &source) const override;

    // Checks the request's credential against `secret` as options["auth"] says. Unauthorized when it fails.
    static Status authenticate(const WebhookRequest &request, const SourceConfig &source, const QByteArray &secret);
};

} // namespace Tidings
