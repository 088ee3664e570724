#include "sources/polling/pollsignin.h"

#include "credentials/oauthsignin.h"
#include "sources/polling/googlesheetspoller.h"
#include "sources/polling/salesforcepoller.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct SignInText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::PollSignIn)
};

constexpr char GoogleAuthorizeUrl[] = "https://accounts.google.com/o/oauth2/v2/auth";
constexpr char SheetsReadScope[] = "https://www.googleapis.com/auth/spreadsheets.readonly";

QString option(const SourceConfig &source, const QString &key)
{
    return source.options.value(key).toString().trimmed();
}

QUrl optionUrl(const SourceConfig &source, const QString &key, const QString &fallback)
{
    const QString text = option(source, key);
    return QUrl(text.isEmpty() ? fallback : text);
}

OAuthSignInProvider googleSheets(const SourceConfig &source, const QHash<QString, QString> &secrets)
{
    OAuthSignInProvider provider;
    provider.authority = u"Google"_s;
    provider.authorizeUrl = optionUrl(source, u"authorizeUrl"_s, QString::fromLatin1(GoogleAuthorizeUrl));
    provider.tokenUrl = optionUrl(source, u"tokenUrl"_s, QString::fromLatin1(GoogleSheetsPoller::DefaultTokenUrl));
    provider.clientId = option(source, u"clientId"_s);
    provider.clientSecret = secrets.value(u"clientSecret"_s).trimmed();
    provider.scopes = {QString::fromLatin1(SheetsReadScope)};
    // Offline access gives the refresh token; consent makes Google give one again on a repeated sign-in.
    provider.extraAuthorizeParameters = {{u"access_type"_s, u"offline"_s}, {u"prompt"_s, u"consent"_s}};
    provider.settingsPage = SignInText::tr("Connections");
    return provider;
}

OAuthSignInProvider salesforce(const SourceConfig &source, const QHash<QString, QString> &secrets)
{
    QUrl login = optionUrl(source, u"baseUrl"_s, SalesforcePoller::defaultLoginUrl());
    QString path = login.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    login.setQuery(QString());
    login.setFragment(QString());
    OAuthSignInProvider provider;
    provider.authority = u"Salesforce"_s;
    provider.authorizeUrl = login;
    provider.authorizeUrl.setPath(path + u"/services/oauth2/authorize"_s);
    provider.tokenUrl = login;
    provider.tokenUrl.setPath(path + u"/services/oauth2/token"_s);
    provider.clientId = option(source, u"clientId"_s);
    provider.clientSecret = secrets.value(u"clientSecret"_s).trimmed();
    // "api" reads the orders; "refresh_token" (the same as offline_access) lets Tidings stay signed in.
    provider.scopes = {u"api"_s, u"refresh_token"_s};
    provider.redirectUri = optionUrl(source, u"callbackUrl"_s, defaultSalesforceCallbackUrl().toString());
    provider.settingsPage = SignInText::tr("Connections");
    return provider;
}

} // namespace

bool sourceCanSignIn(const QString &type)
{
    return type == GoogleSheetsPoller::typeName() || type == SalesforcePoller::typeName();
}

std::optional<OAuthSignInProvider> sourceSignInProvider(const SourceConfig &source,
                                                        const QHash<QString, QString> &secrets)
{
    if (source.type == GoogleSheetsPoller::typeName()) {
        return googleSheets(source, secrets);
    }
    if (source.type == SalesforcePoller::typeName()) {
        return salesforce(source, secrets);
    }
    return std::nullopt;
}

} // namespace Tidings
