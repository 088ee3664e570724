#pragma once

#include <QList>
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

// A link in the footer of every email, e.g. {"Instagram", "https://instagram.com/shop"}.
struct BrandLink
{
    QString label;
    QString url; // only http(s) links reach a message
};

// Shop branding shown in every message, through the base layout (resources/templates/layout.html.mustache).
struct Brand
{
    QString shopName;
    QString logoUrl;
    QString accentColor = QStringLiteral("#2f6f4f");
    QString supportEmail;
    QString footer;
    // A CSS font stack; only letters, digits, spaces, commas, quotes and hyphens reach a style attribute.
    QString fontFamily = QStringLiteral("-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif");
    QString address; // several lines, shown in the footer
    QString supportPhone;
    QList<BrandLink> socialLinks;
};

} // namespace Tidings
