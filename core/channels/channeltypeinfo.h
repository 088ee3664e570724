#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Tidings {

// What a channel sends: the window groups providers by it and the rules pick templates by it.
enum class ChannelKind {
    Email,      // subject, HTML and text to a customer's email address
    Chat,       // a message to the shop's staff (Slack)
    Sms,        // a text message to a customer's phone
    Automation, // an event handed to another system (Klaviyo, HubSpot, ActiveCampaign, a webhook)
};

// A secret a channel needs, as the setup page asks for it. Stored in the OS keychain only.
struct ChannelSecretInfo
{
    QString name;  // key in the keychain entry, e.g. "apiKey"
    QString label; // translated, e.g. "API key"
    QString help;  // translated: where the owner finds it
    bool optional = false;
};

// A plain setting of a channel, stored in ChannelConfig::options under `key` (or, for "baseUrl",
// "fromEmail", "fromName" and "replyTo", in ChannelConfig's own fields).
struct ChannelOptionInfo
{
    QString key;
    QString label;       // translated
    QString help;        // translated
    QString placeholder; // an example value
    bool required = false;
};

// What the window and the configuration file need to know about one provider.
struct ChannelTypeInfo
{
    QString type;        // ChannelConfig::type, lower case: "sendgrid", "mailgun", ...
    QString displayName; // translated, e.g. "SendGrid"
    QString summary;     // translated, one line
    ChannelKind kind = ChannelKind::Email;
    QUrl defaultBaseUrl; // used when ChannelConfig::baseUrl is empty
    QList<ChannelSecretInfo> secrets;
    QList<ChannelOptionInfo> options; // "baseUrl" first where the provider has regions or sandboxes
    QStringList setupSteps;           // translated, numbered steps on the provider's side
    double defaultRatePerSecond = 0;  // the provider's own sending limit; 0: none known
    // The provider has a harmless call that proves the credentials (Channel::checkConnection). False where
    // any call would deliver something (an incoming webhook posts to Slack, a catch hook starts a Zap).
    bool canCheckConnection = false;
    // The owner can sign in with the provider in the browser (OAuthSignIn with channelSignInProvider()), which
    // fills in the "refreshToken" secret; pasting one stays possible.
    bool canSignIn = false;
    // Messages carry inline images (the logo from a file, "cid:logo.png") inside them.
    bool carriesInlineImages = false;
};

} // namespace Tidings
