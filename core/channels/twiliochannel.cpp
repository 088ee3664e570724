#include "channels/twiliochannel.h"

#include "channels/channellog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using ChannelHttp::failure;
using ChannelHttp::hasLineBreak;
using ChannelHttp::parseRetryAfter;
using ChannelHttp::trimmedAnswer;

const QString DefaultBaseUrl = u"https://api.twilio.com"_s;

// The GSM 03.38 default alphabet (one septet each) and its extension table (escape + one septet each).
const QString GsmBasic = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
                         "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"_s;
const QString GsmExtension = u"^{}\\[~]|€\f"_s;

bool isSid(const QString &value, QStringView prefix)
{
    static const QRegularExpression pattern(u"^[A-Z]{2}[0-9a-fA-F]{32}$"_s);
    return value.startsWith(prefix) && pattern.match(value).hasMatch();
}

struct TwilioError
{
    int code = 0;
    QString message;
};

TwilioError errorOf(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return {object.value(u"code"_s).toInt(), object.value(u"message"_s).toString().trimmed()};
}

} // namespace

QString TwilioChannel::typeName()
{
    return u"twilio"_s;
}

ChannelTypeInfo TwilioChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Twilio SMS");
    info.summary = tr("Text messages to customers' phones through Twilio Programmable Messaging.");
    info.kind = ChannelKind::Sms;
    info.defaultBaseUrl = QUrl(DefaultBaseUrl);
    info.secrets = {{u"authToken"_s, tr("Auth token"),
                     tr("Twilio Console → Account Info on the start page → Auth Token (click Show)."), false}};
    info.options = {
        {u"baseUrl"_s, tr("Server address"), tr("https://api.twilio.com unless Twilio told you otherwise."),
         DefaultBaseUrl, false},
        {u"accountSid"_s, tr("Account SID"), tr("Twilio Console → Account Info. It starts with AC."),
         u"ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"_s, true},
        {u"from"_s, tr("Sending number"),
         tr("Your Twilio phone number in international form, or an alphanumeric sender ID. Leave empty when you "
            "use a Messaging Service."),
         u"+15005550006"_s, false},
        {u"messagingServiceSid"_s, tr("Messaging Service SID"),
         tr("Instead of a sending number: a Messaging Service (Messaging → Services). It starts with MG."),
         u"MGxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"_s, false},
        {u"maxSegments"_s, tr("Longest text (SMS parts)"),
         tr("Messages needing more SMS parts than this are not sent (each part is billed). Default 3."), u"3"_s, false},
    };
    info.setupSteps = {
        tr("In the Twilio Console, buy or choose a phone number that can send SMS to your customers' countries "
           "(Phone Numbers → Manage), or create a Messaging Service."),
        tr("Under Messaging → Settings → Geo permissions, allow the countries your customers live in."),
        tr("Copy the Account SID and the Auth Token from the Console's start page and paste them here."),
        tr("On a trial account Twilio only delivers to numbers you have verified: upgrade the account before "
           "texting customers."),
    };
    info.canCheckConnection = true;
    return info;
}

TwilioChannel::TwilioChannel(ChannelConfig config, QString authToken, QNetworkAccessManager *network, QObject *parent)
    : HttpChannel(std::move(config), u"Twilio"_s, network, parent)
    , m_authToken(std::move(authToken).trimmed())
{
    const QJsonObject &options = this->config().options;
    m_accountSid = options.value(u"accountSid"_s).toString().trimmed();
    m_from = options.value(u"from"_s).toString().trimmed();
    m_messagingServiceSid = options.value(u"messagingServiceSid"_s).toString().trimmed();
    const QJsonValue maxSegments = options.value(u"maxSegments"_s);
    if (maxSegments.isDouble()) {
        m_maxSegments = maxSegments.toInt(DefaultMaxSegments);
    } else if (maxSegments.isString()) {
        bool ok = false;
        const int value = maxSegments.toString().trimmed().toInt(&ok);
        m_maxSegments = ok ? value : DefaultMaxSegments;
    }
    m_endpoint = messagesUrl(this->config().baseUrl, isSid(m_accountSid, u"AC") ? m_accountSid : u"invalid"_s);
    addSecret(m_authToken);

    const auto configError = [this](const QString &text) { m_configError = Error::make(ErrorCode::Config, text); };
    if (m_authToken.isEmpty()) {
        configError(tr("No auth token is saved for %1.").arg(displayName()));
    } else if (std::any_of(m_authToken.cbegin(), m_authToken.cend(),
                           [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
        configError(tr("The auth token saved for %1 contains spaces or line breaks. Paste it again in Channels.")
                        .arg(displayName()));
    } else if (!isSid(m_accountSid, u"AC")) {
        configError(tr("The Account SID of %1 is missing or wrong: it starts with AC followed by 32 letters and "
                       "digits. Copy it from the Twilio Console.")
                        .arg(displayName()));
    } else if (auto urlError = ChannelHttp::checkBaseUrl(m_endpoint, u"Twilio"_s, displayName())) {
        m_configError = urlError;
    } else if (m_from.isEmpty() && m_messagingServiceSid.isEmpty()) {
        configError(
            tr("No sending number or Messaging Service is set for %1. Add one in Channels.").arg(displayName()));
    } else if (!m_messagingServiceSid.isEmpty() && !isSid(m_messagingServiceSid, u"MG")) {
        configError(tr("The Messaging Service SID of %1 is wrong: it starts with MG followed by 32 letters and "
                       "digits.")
                        .arg(displayName()));
    } else if (hasLineBreak(m_from)) {
        configError(tr("The sending number of %1 contains a line break. Correct it in Channels.").arg(displayName()));
    } else if (m_maxSegments < 1) {
        configError(tr("The longest text of %1 must be at least one SMS part.").arg(displayName()));
    }
    if (!m_configError) {
        m_authorization = QByteArrayLiteral("Basic ") + (m_accountSid + u':' + m_authToken).toUtf8().toBase64();
        addSecret(QString::fromLatin1(m_authorization.mid(6)));
    }
}

TwilioChannel::~TwilioChannel() = default;

QString TwilioChannel::type() const
{
    return typeName();
}

TwilioChannel::Segments TwilioChannel::countSegments(const QString &text)
{
    Segments segments;
    int septets = 0;
    bool gsm = true;
    for (const QChar c : text) {
        if (GsmBasic.contains(c)) {
            ++septets;
        } else if (GsmExtension.contains(c)) {
            septets += 2;
        } else {
            gsm = false;
            break;
        }
    }
    if (gsm) {
        segments.units = septets;
        segments.count = septets == 0 ? 0 : septets <= 160 ? 1 : (septets + 152) / 153;
    } else {
        segments.unicode = true;
        segments.units = static_cast<int>(text.size());
        segments.count = segments.units <= 70 ? 1 : (segments.units + 66) / 67;
    }
    return segments;
}

QString TwilioChannel::normalizedPhone(const QString &phone)
{
    QString cleaned;
    for (const QChar c : phone) {
        if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == QChar(0x00A0)) {
            continue;
        }
        cleaned.append(c);
    }
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{7,14}$"_s);
    return e164.match(cleaned).hasMatch() ? cleaned : QString();
}

QUrl TwilioChannel::messagesUrl(const QUrl &baseUrl, const QString &accountSid)
{
    QUrl url = baseUrl.isEmpty() ? QUrl(DefaultBaseUrl) : baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (!path.endsWith(u"/2010-04-01"_s)) {
        path += u"/2010-04-01"_s;
    }
    path += u"/Accounts/"_s + accountSid + u"/Messages.json"_s;
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

Result<QByteArray> TwilioChannel::buildBody(const OutgoingMessage &message) const
{
    const auto invalid = [](const QString &text) { return Error::make(ErrorCode::InvalidInput, text); };
    if (message.toPhone.trimmed().isEmpty()) {
        return invalid(tr("The customer has no phone number, so no text message was sent."));
    }
    const QString to = normalizedPhone(message.toPhone);
    if (to.isEmpty()) {
        return invalid(tr("“%1” is not a phone number in international form (like +44 7700 900123), so no text "
                          "message was sent.")
                           .arg(message.toPhone.simplified()));
    }
    const QString text = message.text.trimmed();
    if (text.isEmpty()) {
        return invalid(tr("The message has no text."));
    }
    const Segments segments = countSegments(text);
    if (segments.count > m_maxSegments) {
        return invalid(tr("The text needs %1 SMS parts, more than the %2 allowed for %3. Shorten the SMS template "
                          "or allow more parts in Channels.")
                           .arg(segments.count)
                           .arg(m_maxSegments)
                           .arg(displayName()));
    }
    // application/x-www-form-urlencoded, every reserved character (the + of the number, &, =) escaped.
    QByteArray form;
    const auto add = [&form](const char *name, const QString &value) {
        if (!form.isEmpty()) {
            form += '&';
        }
        form += name;
        form += '=';
        form += QUrl::toPercentEncoding(value);
    };
    add("To", to);
    if (!m_messagingServiceSid.isEmpty()) {
        add("MessagingServiceSid", m_messagingServiceSid);
    } else {
        add("From", m_from);
    }
    add("Body", text);
    return form;
}

void TwilioChannel::send(const OutgoingMessage &message, Done done)
{
    const Ticket ticket = begin(std::move(done));
    std::optional<Error> early = m_configError;
    Result<QByteArray> body = QByteArray();
    if (!early) {
        body = buildBody(message);
        if (!body) {
            early = body.error();
        }
    }
    if (early) {
        qCWarning(lcChannel) << "Twilio: notification" << message.notificationId << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }
    QNetworkRequest request = newRequest(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    qCDebug(lcChannel) << "Twilio: sending notification" << message.notificationId;
    this->request(ticket, request, QByteArrayLiteral("POST"), body.value(),
                  [this, ticket](const ChannelAnswer &answer) {
                      SendOutcome outcome = classify(answer);
                      outcome.httpStatus = answer.status;
                      outcome.providerAnswer = trimmedAnswer(answer.body);
                      finish(ticket, std::move(outcome));
                  });
}

void TwilioChannel::checkConnection(Done done)
{
    // Messages.json → <AccountSid>.json: the account resource itself.
    QUrl url = m_endpoint;
    QString path = url.path();
    path.chop(QStringView(u"/Messages.json").size());
    url.setPath(path + u".json"_s);
    QNetworkRequest request = newRequest(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    runCheck(std::move(done), m_configError, request, QByteArrayLiteral("GET"), {}, &TwilioChannel::readAccount);
}

SendOutcome TwilioChannel::readAccount(const ChannelAnswer &answer)
{
    if (answer.status < 200 || answer.status >= 300) {
        SendOutcome outcome = classify(answer);
        // A send's "Tidings will try again" would mislead here: nothing retries a check.
        if (outcome.error->code == ErrorCode::RateLimited) {
            outcome.error->message =
                tr("Twilio is limiting how often this account may call it. Try the check again in a minute.");
        } else if (outcome.error->retryable) {
            outcome.error->message =
                tr("Twilio had a temporary problem (HTTP %1). Try the check again later.").arg(answer.status);
        } else if (answer.status == 404) {
            outcome.error->message = tr("Twilio does not know this Account SID at this address (HTTP 404). Check "
                                        "the Account SID and the server address in Channels.");
        } else if (outcome.error->code == ErrorCode::ProviderRejected && answer.status != 401 &&
                   errorOf(answer.body).code != 20003) {
            outcome.error->message = tr("Twilio refused the check (HTTP %1). Check the Account SID and the "
                                        "server address in Channels.")
                                         .arg(answer.status);
        }
        outcome.providerAnswer = trimmedAnswer(answer.body);
        return outcome;
    }
    // Only these fields: the account resource may also hold the primary auth token.
    const QJsonObject account = QJsonDocument::fromJson(answer.body).object();
    const QString status = account.value(u"status"_s).toString();
    const QString kind = account.value(u"type"_s).toString();
    const QString name = account.value(u"friendly_name"_s).toString().simplified().left(80);
    const QString summary = u"status %1, type %2"_s.arg(status.left(20), kind.left(20));
    if (status == u"suspended"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The Twilio account is suspended, so it cannot send. Open the Twilio Console to see why "
                          "(often billing) and reactivate it."),
                       summary);
    }
    if (status == u"closed"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The Twilio account is closed. Use the Account SID and auth token of an active account."),
                       summary);
    }
    if (status != u"active"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("Twilio gave an unexpected answer to the check. Check the server address in Channels "
                          "(normally https://api.twilio.com)."),
                       summary);
    }
    SendOutcome outcome;
    outcome.accepted = true;
    if (kind == u"Trial"_s) {
        outcome.providerAnswer =
            name.isEmpty()
                ? tr("the Account SID and auth token are valid (a trial account: Twilio only texts numbers "
                     "verified in the Console).")
                : tr("the Account SID and auth token of “%1” are valid (a trial account: Twilio only texts numbers "
                     "verified in the Console).")
                      .arg(name);
    } else {
        outcome.providerAnswer = name.isEmpty() ? tr("the Account SID and auth token are valid.")
                                                : tr("the Account SID and auth token of “%1” are valid.").arg(name);
    }
    return outcome;
}

SendOutcome TwilioChannel::classify(const ChannelAnswer &answer)
{
    const int status = answer.status;
    if (status >= 200 && status < 300) {
        SendOutcome outcome;
        outcome.accepted = true;
        outcome.providerMessageId = QJsonDocument::fromJson(answer.body).object().value(u"sid"_s).toString();
        return outcome;
    }
    const TwilioError error = errorOf(answer.body);
    const QString detail = error.code != 0 ? u"Twilio error %1: %2"_s.arg(QString::number(error.code), error.message)
                                           : trimmedAnswer(answer.body).trimmed();
    const auto permanent = [&detail](const QString &text) {
        return failure(ErrorCode::ProviderRejected, text, detail);
    };

    if (status == 429 || error.code == 20429) {
        SendOutcome outcome = failure(ErrorCode::RateLimited,
                                      tr("Twilio is limiting how many messages this account may send at once. "
                                         "Tidings will try again when Twilio allows it."),
                                      detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    if (status >= 500) {
        SendOutcome outcome =
            failure(ErrorCode::ProviderFailed,
                    tr("Twilio had a temporary problem (HTTP %1). Tidings will try again.").arg(status), detail, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    switch (error.code) {
    case 20003:
        return permanent(tr("Twilio refused the Account SID or auth token. Check both in Channels."));
    case 21211:
        return permanent(tr("Twilio says the customer's phone number is not valid."));
    case 21614:
        return permanent(tr("The customer's phone number is not a mobile number, so it cannot receive text messages."));
    case 21608:
        return permanent(tr("This Twilio account is a trial account, which can only text numbers verified in the "
                            "Twilio Console. Upgrade the account to text customers."));
    case 21610:
        return permanent(tr("The customer replied STOP to your number and has unsubscribed from text messages. "
                            "Twilio sends nothing until they reply START."));
    case 21212:
    case 21606:
    case 21659:
        return permanent(tr("Twilio cannot send from the sending number of this channel: it is not a valid number "
                            "of this account that can send SMS. Check it in Channels."));
    case 21408:
        return permanent(tr("Sending to the customer's country is not enabled on this Twilio account (Messaging → "
                            "Settings → Geo permissions)."));
    case 21611: {
        return failure(ErrorCode::RateLimited,
                       tr("The sending number's queue at Twilio is full. Tidings will try again later."), detail, true);
    }
    case 21612:
        return permanent(tr("Twilio cannot route a text message to the customer's phone number."));
    default:
        break;
    }
    if (status == 401) {
        return permanent(tr("Twilio refused the Account SID or auth token. Check both in Channels."));
    }
    if (status == 404) {
        return permanent(tr("Twilio did not find this account's message address (HTTP 404). Check the Account SID "
                            "and the server address in Channels."));
    }
    if (status >= 300 && status < 400) {
        return permanent(
            tr("Twilio answered with a redirect (HTTP %1). Check the server address in Channels.").arg(status));
    }
    return permanent(error.message.isEmpty() ? tr("Twilio refused the message (HTTP %1).").arg(status)
                                             : tr("Twilio refused the message: %1").arg(error.message));
}

} // namespace Tidings
