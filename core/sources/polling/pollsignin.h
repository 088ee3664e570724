#pragma once

#include "sources/sourceconfig.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

namespace Tidings {

struct OAuthSignInProvider;

// Signing a poll source in with its platform in the browser (OAuthSignIn), which gives the "refreshToken"
// secret the poller uses; pasting a refresh token stays possible.
//
// Google Sheets: Google's authorize page (option "authorizeUrl") and token endpoint (option "tokenUrl"), the
// client ID (option) and secret (secret "clientSecret") of the owner's Desktop-app OAuth client, and only the
// read scope spreadsheets.readonly. Salesforce: <login address>/services/oauth2/authorize and /token of the
// owner's External Client App (consumer key and secret), scopes "api refresh_token", and the callback URL
// registered with the app (option "callbackUrl", default http://localhost:1717/OauthRedirect): Salesforce
// accepts only that exact address.

// True for the poll types that can sign in.
bool sourceCanSignIn(const QString &type);

// The sign-in of `source` from its options and `secrets` (the client secret typed or saved); nullopt when its
// type cannot sign in. The settings are checked by OAuthSignIn::start().
std::optional<OAuthSignInProvider> sourceSignInProvider(const SourceConfig &source,
                                                        const QHash<QString, QString> &secrets);

// Where Salesforce sends the browser back to unless the source says otherwise.
inline QUrl defaultSalesforceCallbackUrl()
{
    return QUrl(QStringLiteral("http://localhost:1717/OauthRedirect"));
}

} // namespace Tidings
