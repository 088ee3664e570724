#pragma once

#include <QString>

namespace Tidings {

// A branded message in three parts, each a Mustache template.
struct MessageTemplate
{
    QString id;   // e.g. "order_confirmed"
    QString name; // the owner's label
    QString subject;
    QString html;
    QString text;
    QString kind = QStringLiteral("email"); // "email", "chat" (Slack mrkdwn in `text`) or "sms" (`text`)
    QString language;                       // ISO 639-1 ("de"), or "" for the default language
    bool builtIn = false;
};

struct RenderedMessage
{
    QString subject; // one line, no CR/LF
    QString html;    // order data HTML-escaped
    QString text;    // not escaped
};

// Shop branding shown in every message.
struct Brand
{
    QString shopName;
    QString logoUrl;
    QString accentColor = QStringLiteral("#2f6f4f");
    QString supportEmail;
    QString footer;
};

} // namespace Tidings
