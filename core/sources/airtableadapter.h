#pragma once

#include "sources/sourceadapter.h"

#include <QCoreApplication>

namespace Tidings {

// Airtable webhook notifications (a "thin ping"): {"base":{"id"},"webhook":{"id"},"timestamp"} and no
// record data. The header X-Airtable-Content-MAC is "hmac-sha256=" + hex HMAC-SHA256 of the raw body, keyed
// with the base64-DECODED macSecretBase64 that Airtable returned once when the webhook was created.
//
// A verified ping is recorded with topic "airtable.ping" and no events; its event id is
// "<timestamp>:<webhook id>", so a replayed ping is a duplicate. The changes themselves are read by
// AirtablePayloadFetcher, which the engine starts whenever a ping is accepted.
//
// Options: baseId (app…) and webhookId (ach…). When set, a ping for another base or webhook is refused
// with 400 (see parseWebhook).
class AirtableAdapter final : public SourceAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::AirtableAdapter)

public:
    static QString typeName();
    static QString pingTopic();
    static SourceTypeInfo typeInfo();

    QString type() const override;
    // `signingSecret` is the macSecretBase64 text as Airtable returned it.
    Result<ParsedWebhook> parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                       const QByteArray &signingSecret) const override;
    QList<QByteArray> secretHeaderNames() const override;
};

} // namespace Tidings
