#pragma once

#include "model/result.h"
#include "templates/messagetemplate.h"

#include <QSqlDatabase>

namespace Tidings {

// A notification's message rendered as it was sent: the template version it was pinned to when queued, the data
// stored with it and the brand it was sent with. Rendering is deterministic, so this is the message exactly.
struct SentMessage
{
    RenderedMessage message;
    QString templateName;
    qint64 templateVersion = 0; // 0: not pinned (the built-in staff alert)
    // False when the brand it was sent with is not known (not sent yet, or sent before Tidings kept brands): then
    // it is shown with the current brand.
    bool exactBrand = false;
    // The logo from a file the HTML shows as "cid:logo.png" (empty when the message had none).
    BrandLogo logo;
};

// Notification `notificationId`'s message as sent (or, not sent yet, as it will be sent with `currentBrand`),
// rendered the way the dispatcher renders it. Reads through `db`.
Result<SentMessage> messageAsSent(QSqlDatabase db, qint64 notificationId, const Brand &currentBrand);

} // namespace Tidings
