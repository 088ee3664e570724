#include "channels/slackchannel.h"

#include "channels/channellog.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkRequest>
#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using ChannelHttp::failure;
using ChannelHttp::hasLineBreak;
using ChannelHttp::parseRetryAfter;
using ChannelHttp::trimmedAnswer;

const QString DefaultBaseUrl = u"https://slack.com"_s;
const QString PostMessagePath = u"/api/chat.postMessage"_s;
constexpr qsizetype MaxHeaderChars = 150;   // Block Kit header text limit
constexpr qsizetype MaxSectionChars = 3000; // section text limit
constexpr qsizetype MaxFallbackChars = 40000;

QString cut(const QString &text, qsizetype limit)
{
    if (text.size() <= limit) {
        return text;
    }
    qsizetype end = limit - 1;
    if (end > 0 && text.at(end - 1).isHighSurrogate()) {
        --end;
    }
    return text.left(end) + u"…"_s;
}

QString stringAt(const QJsonObject &context, const QString &object, const QString &key)
{
    const QJsonValue value = context.value(object).toObject().value(key);
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    return value.toString().trimmed();
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s);
}

QJsonObject plainText(const QString &text)
{
    return QJsonObject{{u"type"_s, u"plain_text"_s}, {u"text"_s, text}, {u"emoji"_s, true}};
}

// Slack's error codes for a wrong, revoked or removed token.
bool isTokenError(const QString &code)
{
    static const QStringList tokenCodes{u"invalid_auth"_s,  u"not_authed"_s,    u"account_inactive"_s,
                                        u"token_revoked"_s, u"token_expired"_s, u"not_allowed_token_type"_s,
                                        u"invalid_token"_s};
    return tokenCodes.contains(code);
}

} // namespace

QString SlackChannel::typeName()
{
    return u"slack"_s;
}

ChannelTypeInfo SlackChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Slack");
    info.summary = tr("A message to your team's Slack channel through a Slack app (chat.postMessage).");
    info.kind = ChannelKind::Chat;
    info.defaultBaseUrl = QUrl(DefaultBaseUrl);
    info.secrets = {{u"botToken"_s, tr("Bot token"),
                     tr("Slack app settings → OAuth & Permissions → Bot User OAuth Token. It starts with xoxb-."),
                     false}};
    info.options = {
        {u"baseUrl"_s, tr("Server address"), tr("Leave empty for https://slack.com."), DefaultBaseUrl, false},
        {u"channel"_s, tr("Slack channel"),
         tr("The channel's ID (in Slack: the channel's name → About → Channel ID), e.g. C0123456789."),
         u"C0123456789"_s, true},
    };
    info.setupSteps = {
        tr("Open api.slack.com/apps → Create New App → From scratch, and pick your workspace."),
        tr("Under OAuth & Permissions → Scopes → Bot Token Scopes, add chat:write."),
        tr("Click Install to Workspace and allow it. Copy the Bot User OAuth Token (xoxb-…) and paste it here."),
        tr("In Slack, open the channel for order news and type /invite @your-app-name, so the app may post there."),
        tr("Copy the channel ID (channel name → About, at the bottom) into Slack channel."),
    };
    info.defaultRatePerSecond = 1; // Slack allows about one message per second per channel
    info.canCheckConnection = true;
    return info;
}

SlackChannel::SlackChannel(ChannelConfig config, QString botToken, QNetworkAccessManager *network, QObject *parent)
    : HttpChannel(std::move(config), u"Slack"_s, network, parent)
    , m_botToken(std::move(botToken).trimmed())
    , m_endpoint(postMessageUrl(this->config().baseUrl))
{
    m_channel = this->config().options.value(u"channel"_s).toString().trimmed();
    addSecret(m_botToken);
    if (m_botToken.isEmpty()) {
        m_configError = Error::make(ErrorCode::Config, tr("No bot token is saved for %1.").arg(displayName()));
    } else if (std::any_of(m_botToken.cbegin(), m_botToken.cend(),
                           [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("The bot token saved for %1 contains spaces or line breaks. Paste it again in Channels.")
                            .arg(displayName()));
    } else if (auto urlError = ChannelHttp::checkBaseUrl(m_endpoint, u"Slack"_s, displayName())) {
        m_configError = urlError;
    } else if (m_channel.isEmpty()) {
        m_configError =
            Error::make(ErrorCode::Config,
                        tr("No Slack channel is set for %1. Add the channel ID in Channels.").arg(displayName()));
    } else if (hasLineBreak(m_channel) || m_channel.contains(u' ')) {
        m_configError = Error::make(
            ErrorCode::Config,
            tr("The Slack channel of %1 contains spaces or line breaks. Use the channel ID, e.g. C0123456789.")
                .arg(displayName()));
    }
    if (!m_configError) {
        m_authorization = QByteArrayLiteral("Bearer ") + m_botToken.toUtf8();
    }
}

SlackChannel::~SlackChannel() = default;

QString SlackChannel::type() const
{
    return typeName();
}

QUrl SlackChannel::postMessageUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl.isEmpty() ? QUrl(DefaultBaseUrl) : baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (path.endsWith(u"/api"_s)) {
        path += u"/chat.postMessage"_s;
    } else if (!path.endsWith(PostMessagePath)) {
        path += PostMessagePath;
    }
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

QString SlackChannel::escapeMrkdwn(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'&', u"&amp;"_s);
    escaped.replace(u'<', u"&lt;"_s);
    escaped.replace(u'>', u"&gt;"_s);
    return escaped;
}

Result<QJsonObject> SlackChannel::buildMessage(const OutgoingMessage &message)
{
    const auto invalid = [](const QString &text) { return Error::make(ErrorCode::InvalidInput, text); };
    const QString subject = message.subject.simplified();
    if (hasLineBreak(message.subject)) {
        return invalid(tr("The subject contains a line break. Remove line breaks from the template's subject."));
    }
    if (subject.isEmpty() && message.text.trimmed().isEmpty()) {
        return invalid(tr("The message has neither a subject nor text."));
    }

    const QJsonObject &context = message.context;
    QStringList lines;
    const auto addLine = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty()) {
            lines.append(u"*%1:* %2"_s.arg(label, escapeMrkdwn(value.simplified())));
        }
    };
    const QString number = stringAt(context, u"order"_s, u"number"_s);
    addLine(tr("Order"), number.isEmpty() ? QString() : (number.startsWith(u'#') ? number : u"#"_s + number));
    QString customer = stringAt(context, u"customer"_s, u"name"_s);
    const QString email = stringAt(context, u"customer"_s, u"email"_s);
    if (!email.isEmpty()) {
        customer = customer.isEmpty() ? email : u"%1 (%2)"_s.arg(customer, email);
    }
    addLine(tr("Customer"), customer);
    QString status = stringAt(context, u"shipment"_s, u"statusLabel"_s);
    if (status.isEmpty()) {
        status = stringAt(context, u"order"_s, u"statusLabel"_s);
    }
    addLine(tr("Status"), status);
    const QString total = stringAt(context, u"order"_s, u"total"_s);
    if (!total.isEmpty()) {
        addLine(tr("Total"), u"%1 %2"_s.arg(total, stringAt(context, u"order"_s, u"currency"_s)).trimmed());
    }
    const QString carrier = stringAt(context, u"shipment"_s, u"carrier"_s);
    const QString trackingNumber = stringAt(context, u"shipment"_s, u"trackingNumber"_s);
    addLine(tr("Shipment"), u"%1 %2"_s.arg(carrier, trackingNumber).trimmed());

    QString sectionText = lines.join(u'\n');
    if (sectionText.isEmpty()) {
        sectionText = escapeMrkdwn(message.text.trimmed().isEmpty() ? subject : message.text.trimmed());
    }

    QJsonArray blocks;
    if (!subject.isEmpty()) {
        blocks.append(QJsonObject{{u"type"_s, u"header"_s}, {u"text"_s, plainText(cut(subject, MaxHeaderChars))}});
    }
    blocks.append(QJsonObject{
        {u"type"_s, u"section"_s},
        {u"text"_s, QJsonObject{{u"type"_s, u"mrkdwn"_s}, {u"text"_s, cut(sectionText, MaxSectionChars)}}}});
    const QString shop = stringAt(context, u"brand"_s, u"shopName"_s);
    const QString footer = shop.isEmpty()
                               ? tr("Tidings · notification %1").arg(message.notificationId)
                               : tr("%1 · Tidings notification %2").arg(escapeMrkdwn(shop)).arg(message.notificationId);
    blocks.append(QJsonObject{
        {u"type"_s, u"context"_s},
        {u"elements"_s, QJsonArray{QJsonObject{{u"type"_s, u"mrkdwn"_s}, {u"text"_s, footer}}}},
    });
    const QString trackingUrl = stringAt(context, u"shipment"_s, u"trackingUrl"_s);
    if (isWebUrl(trackingUrl) && trackingUrl.size() <= 3000) {
        blocks.append(QJsonObject{
            {u"type"_s, u"actions"_s},
            {u"elements"_s, QJsonArray{QJsonObject{
                                {u"type"_s, u"button"_s},
                                {u"text"_s, plainText(tr("Track the parcel"))},
                                {u"url"_s, trackingUrl},
                                {u"action_id"_s, u"tidings_tracking"_s},
                            }}},
        });
    }

    QString fallback = message.text.trimmed().isEmpty() ? subject : message.text;
    return QJsonObject{
        {u"text"_s, cut(fallback, MaxFallbackChars)},
        {u"blocks"_s, blocks},
        {u"metadata"_s,
         QJsonObject{
             {u"event_type"_s, u"tidings_notification"_s},
             {u"event_payload"_s, QJsonObject{{u"notification_id"_s, QString::number(message.notificationId)}}},
         }},
    };
}

Result<QByteArray> SlackChannel::buildBody(const OutgoingMessage &message, const QString &channel)
{
    Result<QJsonObject> built = buildMessage(message);
    if (!built) {
        return built.error();
    }
    QJsonObject body = built.value();
    body.insert(u"channel"_s, channel);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void SlackChannel::send(const OutgoingMessage &message, Done done)
{
    const Ticket ticket = begin(std::move(done));
    std::optional<Error> early = m_configError;
    Result<QByteArray> body = QByteArray();
    if (!early) {
        body = buildBody(message, m_channel);
        if (!body) {
            early = body.error();
        }
    }
    if (early) {
        qCWarning(lcChannel) << "Slack: notification" << message.notificationId << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }
    QNetworkRequest request = newRequest(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    qCDebug(lcChannel) << "Slack: sending notification" << message.notificationId << "to"
                       << m_endpoint.toDisplayString();
    this->request(ticket, request, QByteArrayLiteral("POST"), body.value(),
                  [this, ticket](const ChannelAnswer &answer) {
                      SendOutcome outcome = classify(answer);
                      outcome.httpStatus = answer.status;
                      outcome.providerAnswer = trimmedAnswer(answer.body);
                      finish(ticket, std::move(outcome));
                  });
}

void SlackChannel::checkConnection(Done done)
{
    // chat.postMessage → auth.test, under the same base URL.
    QUrl url = m_endpoint;
    QString path = url.path();
    path.chop(QStringView(u"chat.postMessage").size());
    url.setPath(path + u"auth.test"_s);
    QNetworkRequest request = newRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    runCheck(std::move(done), m_configError, request, QByteArrayLiteral("POST"), {}, &SlackChannel::readAuthTest);
}

SendOutcome SlackChannel::readAuthTest(const ChannelAnswer &answer)
{
    SendOutcome outcome = classify(answer);
    const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    if (!outcome.accepted) {
        const QString code = json.value(u"error"_s).toString();
        // A send's "Tidings will try again" would mislead here: nothing retries a check.
        if (outcome.error->code == ErrorCode::RateLimited) {
            outcome.error->message =
                tr("Slack is limiting how often this app may call it. Try the check again in a minute.");
        } else if (outcome.error->retryable) {
            outcome.error->message = tr("Slack had a temporary problem (%1). Try the check again later.")
                                         .arg(code.isEmpty() ? u"HTTP %1"_s.arg(answer.status) : code);
        } else if (outcome.error->code == ErrorCode::ProviderRejected && !isTokenError(code)) {
            outcome.error->message = code.isEmpty() ? tr("Slack refused the check (HTTP %1).").arg(answer.status)
                                                    : tr("Slack refused the check: %1").arg(code);
        }
        outcome.providerAnswer = trimmedAnswer(answer.body);
        return outcome;
    }
    outcome.providerMessageId.clear();
    const QString team = json.value(u"team"_s).toString().simplified().left(80);
    const QByteArray scopeHeader = answer.header("X-OAuth-Scopes");
    bool mayPost = false;
    for (const QByteArray &scope : scopeHeader.split(',')) {
        mayPost = mayPost || scope.trimmed() == "chat:write";
    }
    if (!scopeHeader.isEmpty() && !mayPost) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The Slack bot token works, but the app may not post messages. Add the chat:write scope "
                          "under OAuth & Permissions, reinstall the app and paste the new token in Channels."),
                       u"scopes: %1"_s.arg(QString::fromLatin1(scopeHeader.left(500))));
    }
    if (team.isEmpty()) {
        outcome.providerAnswer =
            mayPost ? tr("the bot token works and may post messages.") : tr("the bot token works.");
    } else {
        outcome.providerAnswer = mayPost
                                     ? tr("the bot token works in the workspace “%1” and may post messages.").arg(team)
                                     : tr("the bot token works in the workspace “%1”.").arg(team);
    }
    return outcome;
}

SendOutcome SlackChannel::classify(const ChannelAnswer &answer)
{
    const int status = answer.status;
    const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    const QString code = json.value(u"error"_s).toString();
    const QString detail = code.isEmpty() ? trimmedAnswer(answer.body).trimmed() : code;

    if (status == 429 || code == u"ratelimited"_s || code == u"rate_limited"_s) {
        SendOutcome outcome = failure(ErrorCode::RateLimited,
                                      tr("Slack is limiting how fast messages may be posted (about one a second per "
                                         "channel). Tidings will try again when Slack allows it."),
                                      detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    if (status >= 500) {
        SendOutcome outcome =
            failure(ErrorCode::ProviderFailed,
                    tr("Slack had a temporary problem (HTTP %1). Tidings will try again.").arg(status), detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    if (status >= 300 && status < 400) {
        return failure(
            ErrorCode::ProviderRejected,
            tr("Slack answered with a redirect (HTTP %1). Check the Slack server address in Channels.").arg(status),
            detail);
    }
    if (status != 200) {
        return failure(ErrorCode::ProviderRejected,
                       status == 404 || status == 405
                           ? tr("Slack did not recognise the request (HTTP %1). Check the Slack server address in "
                                "Channels.")
                                 .arg(status)
                           : tr("Slack refused the message (HTTP %1).").arg(status),
                       detail);
    }
    const QJsonValue ok = json.value(u"ok"_s);
    if (!ok.isBool()) {
        return failure(ErrorCode::ProviderFailed,
                       tr("Slack's answer could not be read; something between Tidings and Slack may have answered "
                          "instead. Tidings will try again."),
                       detail, true);
    }
    if (ok.toBool()) {
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerMessageId = json.value(u"ts"_s).toString();
        return outcome;
    }

    static const QStringList scopeCodes{u"missing_scope"_s, u"no_permission"_s, u"restricted_action"_s,
                                        u"ekm_access_denied"_s};
    static const QStringList retryCodes{u"internal_error"_s, u"fatal_error"_s, u"service_unavailable"_s,
                                        u"request_timeout"_s};
    if (isTokenError(code)) {
        return failure(ErrorCode::ProviderRejected,
                       tr("Slack refused the bot token: it is wrong, was revoked, or the app was removed from the "
                          "workspace. Paste the current Bot User OAuth Token (xoxb-…) in Channels."),
                       detail);
    }
    if (scopeCodes.contains(code)) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The Slack app may not post messages. Add the chat:write scope under OAuth & Permissions "
                          "and reinstall the app."),
                       detail);
    }
    if (code == u"channel_not_found"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("Slack does not know the channel set for this connection, or the app cannot see it. Check "
                          "the channel ID in Channels and invite the app to the channel (/invite @app)."),
                       detail);
    }
    if (code == u"not_in_channel"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The Slack app is not a member of the channel. In Slack, type /invite @your-app-name in "
                          "that channel."),
                       detail);
    }
    if (code == u"is_archived"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The Slack channel is archived. Unarchive it or choose another channel in Channels."),
                       detail);
    }
    if (code == u"msg_too_long"_s || code == u"msg_blocks_too_long"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The message is too long for Slack. Shorten the template's text."), detail);
    }
    if (code == u"invalid_blocks"_s || code == u"invalid_blocks_format"_s || code == u"no_text"_s ||
        code == u"invalid_arguments"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("Slack refused the message's layout (%1). The message was not posted.").arg(code), detail);
    }
    if (retryCodes.contains(code)) {
        return failure(ErrorCode::ProviderFailed,
                       tr("Slack had a temporary problem (%1). Tidings will try again.").arg(code), detail, true);
    }
    return failure(ErrorCode::ProviderRejected,
                   code.isEmpty() ? tr("Slack refused the message.") : tr("Slack refused the message: %1").arg(code),
                   detail);
}

} // namespace Tidings
