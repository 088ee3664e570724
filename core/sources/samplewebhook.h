#pragma once

#include "sources/sourceconfig.h"
#include "sources/webhookrequest.h"

#include <QByteArray>
#include <QString>

// Pieces for SourceAdapter::sampleWebhook(): the test events "Send a test event" posts. A sample names a
// test order or parcel no customer has, so it is recorded and shown, and nobody is notified.
namespace Tidings::Sample {

// "TEST-48213": a fresh reference for a test order or parcel, so a second test is not a duplicate.
QString testReference();

// A request to this source's webhook path ("/webhooks/<id>", plus `query` when given) with the body and its
// content type; the adapter adds its signature headers.
WebhookRequest request(const SourceConfig &source, const QByteArray &body, const QByteArray &contentType,
                       const QByteArray &query = {});

} // namespace Tidings::Sample
