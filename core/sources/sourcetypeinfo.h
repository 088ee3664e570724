#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tidings {

// A secret a source needs, as the setup page asks for it.
struct SourceSecretInfo
{
    QString name;  // key in the keychain entry, e.g. "webhookSecret"
    QString label; // translated, e.g. "Webhook signing secret"
    QString help;  // translated: where the owner finds it, or what to do with the one Tidings made
    // True when Tidings makes the secret (random) and the owner pastes it into the platform; false when the
    // platform makes it and the owner pastes it into Tidings.
    bool generatedByTidings = false;
    // True when the platform cannot sign, so the secret travels in the webhook URL as ?token=<secret>.
    bool inUrl = false;
};

// A plain text setting of a source, stored in SourceConfig::options under `key`.
struct SourceOptionInfo
{
    QString key;
    QString label;       // translated
    QString help;        // translated
    QString placeholder; // an example value
    bool required = false;
};

// What the window needs to set up one kind of source: names, secrets, settings and the owner's steps.
// One entry per platform; the generic JSON source has one entry per preset (Google Sheets, NetSuite, ...).
struct SourceTypeInfo
{
    QString type;                    // SourceConfig::type, lower case
    QString preset;                  // for "generic": which sender this entry is set up for; stored as options.preset
    QString displayName;             // translated, e.g. "WooCommerce"
    QString summary;                 // translated, one line: what events arrive from it
    QList<SourceSecretInfo> secrets; // the first is the one the adapter checks requests with
    QList<SourceOptionInfo> options;
    // Translated numbered steps for the platform's side. "%1" stands for the webhook URL.
    QStringList setupSteps;
    // A ready-to-paste script (Apps Script, SuiteScript) or step description, or empty. Placeholders:
    // {{url}} the webhook URL, {{secret}} the first secret.
    QString script;
    // True for the poll mode of a platform (Tidings asks the platform's API; options.mode = "poll"), false
    // when the platform sends webhooks. A platform with both modes has one entry of each.
    bool poll = false;
    // The owner can sign in with the platform in the browser (OAuthSignIn with sourceSignInProvider()), which
    // fills in the "refreshToken" secret; pasting one stays possible. Poll entries only.
    bool canSignIn = false;
};

} // namespace Tidings
