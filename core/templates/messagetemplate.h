#pragma once

#include "templates/brandlogo.h"

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

// The same words in the same kind of message (id, language and built-in mark aside).
inline bool sameText(const MessageTemplate &a, const MessageTemplate &b)
{
    return a.kind == b.kind && a.name == b.name && a.subject == b.subject && a.html == b.html && a.text == b.text;
}

// The id of a template without its channel suffix: "delivered_sms" and "delivered_chat" -> "delivered".
inline QString baseTemplateId(const QString &templateId)
{
    for (const QStringView suffix : {QStringView(u"_sms"), QStringView(u"_chat")}) {
        if (templateId.endsWith(suffix)) {
            return templateId.chopped(suffix.size());
        }
    }
    return templateId;
}

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
    QString logoUrl;    // a picture on the web, loaded by the customer's mail program
    BrandLogo logoFile; // or a picture from a file, carried inside each email; when set, logoUrl is not used
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
