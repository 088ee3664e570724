#pragma once

#include "model/result.h"
#include "sources/sourceconfig.h"
#include "sources/sourcetypeinfo.h"
#include "sources/webhookrequest.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace Tidings {

// Turns one platform's webhook delivery into normalized events. Stateless and thread-safe.
// Errors use ErrorCode::Unauthorized (bad or missing signature: 401), InvalidInput (400).
class SourceAdapter
{
public:
    virtual ~SourceAdapter() = default;

    virtual QString type() const = 0;

    // Verifies the signature over the raw body with `signingSecret` (constant time), then parses.
    virtual Result<ParsedWebhook> parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                               const QByteArray &signingSecret) const = 0;

    // Lower-case names of the request headers that carry a signature or credential. Whoever stores the
    // request headers drops these. The default is none.
    virtual QList<QByteArray> secretHeaderNames() const;
    // The same for one configured source, for adapters whose credential header is a setting (the generic
    // source's options.auth.header). The default is secretHeaderNames().
    virtual QList<QByteArray> secretHeaderNamesFor(const SourceConfig &source) const;

    // For "Send a test event" in Connections: a delivery exactly as the platform would send it, signed with
    // `signingSecret`, carrying a small built-in sample that notifies no customer (it has no email address).
    // `target` is "/webhooks/<id>" plus any query the platform puts in the URL; headers are lower case.
    // Nothing when the platform has no such sample; the window then offers no test. The default is nothing.
    virtual std::optional<WebhookRequest> sampleWebhook(const SourceConfig &source,
                                                        const QByteArray &signingSecret) const;
};

// The adapter for a platform type, or nullptr when we have none.
std::unique_ptr<SourceAdapter> createSourceAdapter(const QString &type);

// Names of the secrets a source of this type needs, e.g. {"webhookSecret"}. The first one is the secret
// handed to parseWebhook().
QStringList secretNamesForSource(const QString &type);

// Every type that has an adapter, in the order the window lists them.
QStringList webhookSourceTypes();

// What the window shows to set up each kind of source (one entry per generic preset), in order.
QList<SourceTypeInfo> sourceTypeInfos();
// The entry for a type (and preset, for "generic"), or nullptr.
const SourceTypeInfo *sourceTypeInfo(const QString &type, const QString &preset = {});

} // namespace Tidings
