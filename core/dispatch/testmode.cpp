#include "dispatch/testmode.h"

#include "model/addresses.h"
#include "store/configrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct TestModeText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::TestMode)
};

const QString EnabledKey = u"test_mode"_s;
const QString EmailKey = u"test_mode_email"_s;
const QString PhoneKey = u"test_mode_phone"_s;

QString marked(const QString &text)
{
    return TestModeText::tr("[Test] %1").arg(text);
}

} // namespace

std::optional<Error> TestMode::problem() const
{
    if (!enabled) {
        return std::nullopt;
    }
    if (email.trimmed().isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           TestModeText::tr("Enter your own email address: in test mode, customers' emails go there."));
    }
    if (!looksLikeEmail(email.trimmed())) {
        return Error::make(ErrorCode::InvalidInput,
                           TestModeText::tr("\"%1\" is not an email address. Enter one address, like "
                                            "owner@yourshop.com.")
                               .arg(email.trimmed()));
    }
    if (!phone.trimmed().isEmpty() && !looksLikePhone(phone.trimmed())) {
        return Error::make(ErrorCode::InvalidInput,
                           TestModeText::tr("\"%1\" is not a phone number. Enter digits with the country code, like "
                                            "+44 7700 900123, or leave it empty.")
                               .arg(phone.trimmed()));
    }
    return std::nullopt;
}

Result<TestMode> TestMode::load(const QSqlDatabase &db)
{
    const ConfigRepository repository(db);
    const auto enabled = repository.setting(EnabledKey);
    const auto email = repository.setting(EmailKey);
    const auto phone = repository.setting(PhoneKey);
    for (const auto *read : {&enabled, &email, &phone}) {
        if (!*read) {
            return read->error();
        }
    }
    return TestMode{*enabled == u"1"_s, *email, *phone};
}

Status TestMode::save(const QSqlDatabase &db) const
{
    if (auto why = problem()) {
        return *why;
    }
    ConfigRepository repository(db);
    for (const auto &[key, value] : {std::pair{EnabledKey, enabled ? u"1"_s : u"0"_s},
                                     std::pair{EmailKey, email.trimmed()}, std::pair{PhoneKey, phone.trimmed()}}) {
        if (Status saved = repository.setSetting(key, value); !saved) {
            return saved;
        }
    }
    return {};
}

std::optional<Error> applyTestMode(const TestMode &mode, ChannelKind kind, OutgoingMessage &message, QString *note)
{
    if (!mode.enabled) {
        return std::nullopt;
    }
    const QString email = mode.email.trimmed();
    const QString phone = mode.phone.trimmed();
    switch (kind) {
    case ChannelKind::Email:
        *note = TestModeText::tr("Test mode: sent to %1 instead of %2.").arg(email, message.toEmail);
        message.toEmail = email;
        message.subject = marked(message.subject);
        return std::nullopt;
    case ChannelKind::Sms:
        if (phone.isEmpty()) {
            Error error = Error::make(ErrorCode::Config,
                                      TestModeText::tr("Test mode is on and has no phone number of yours, so this "
                                                       "text message was not sent to the customer. Resend it once "
                                                       "you are live, or add your number to test mode."));
            return error;
        }
        *note = TestModeText::tr("Test mode: sent to %1 instead of %2.")
                    .arg(phone, message.toPhone.isEmpty() ? message.toEmail : message.toPhone);
        message.toPhone = phone;
        message.text = marked(message.text);
        return std::nullopt;
    case ChannelKind::Automation: {
        *note = TestModeText::tr("Test mode: handed on with your address %1 instead of the customer's %2.")
                    .arg(email, message.toEmail);
        message.toEmail = email;
        QJsonObject customer = message.context.value(u"customer"_s).toObject();
        customer.insert(u"email"_s, email);
        customer.insert(u"phone"_s, phone);
        message.context.insert(u"customer"_s, customer);
        message.context.insert(u"test"_s, true);
        return std::nullopt;
    }
    case ChannelKind::Chat:
        *note = TestModeText::tr("Test mode: a message to your staff, marked as a test.");
        message.text = marked(message.text);
        message.subject = marked(message.subject);
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace Tidings
