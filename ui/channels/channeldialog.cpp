#include "channels/channeldialog.h"

#include "channels/channeltest.h"
#include "channels/deliverygroup.h"
#include "credentials/oauthsignin.h"
#include "engine.h"
#include "sources/sourceid.h"
#include "widgets/signinpanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

QString kindName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return ChannelDialog::tr("Email");
    case ChannelKind::Chat:
        return ChannelDialog::tr("Staff chat");
    case ChannelKind::Sms:
        return ChannelDialog::tr("Text message");
    case ChannelKind::Automation:
        return ChannelDialog::tr("Automation");
    }
    return {};
}

// "Shop mail (EU)" → "shop-mail-eu"
QString idFrom(const QString &name)
{
    QString id = name.toLower();
    id.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    while (id.startsWith(u'-')) {
        id.remove(0, 1);
    }
    while (id.endsWith(u'-')) {
        id.chop(1);
    }
    return id.left(40);
}

// The last part of a scope: "https://www.googleapis.com/auth/gmail.send" → "gmail.send". Microsoft answers Graph
// scopes without their resource ("Mail.Send"), so granted and asked-for scopes are compared by it.
QString scopeName(const QString &scope)
{
    return scope.section(u'/', -1).toLower();
}

// The scopes asked for that the answer says were not granted (none when it did not say). offline_access is how
// Microsoft is asked for the refresh token itself and does not come back as a scope.
QStringList refusedScopes(const QStringList &asked, const QStringList &granted)
{
    if (granted.isEmpty()) {
        return {};
    }
    QStringList grantedNames;
    for (const QString &scope : granted) {
        grantedNames.append(scopeName(scope));
    }
    QStringList refused;
    for (const QString &scope : asked) {
        if (scope != u"offline_access"_s && !grantedNames.contains(scopeName(scope))) {
            refused.append(scope);
        }
    }
    return refused;
}

} // namespace

ChannelDialog::ChannelDialog(Engine *engine, const ChannelConfig *existing, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_types(channelTypeInfos())
{
    setObjectName(u"channelDialog"_s);
    if (existing) {
        m_existing = *existing;
    }
    setWindowTitle(existing ? tr("Edit Channel") : tr("Add Channel"));

    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"channelProvider"_s);
    for (const ChannelTypeInfo &info : std::as_const(m_types)) {
        m_provider->addItem(tr("%1 — %2").arg(kindName(info.kind), info.displayName), info.type);
    }
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"channelName"_s);
    m_name->setPlaceholderText(tr("e.g. Shop mail"));

    // One form, so every label lines up: provider and name first, then the provider's own rows.
    m_formHolder = new QWidget(this);
    m_form = new QFormLayout(m_formHolder);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Provider:"), m_provider);
    m_form->addRow(tr("&Name:"), m_name);
    m_steps = new QLabel(this);
    m_steps->setObjectName(u"channelSteps"_s);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_steps->setOpenExternalLinks(true);

    auto *testBox = new QGroupBox(tr("Try it"), this);
    m_testAddress = new QLineEdit(testBox);
    m_testAddress->setObjectName(u"testAddress"_s);
    m_testAddress->setPlaceholderText(tr("Your email address, or phone number for text messages"));
    m_testButton = new QPushButton(tr("Send &Test Message"), testBox);
    m_testButton->setObjectName(u"sendTestButton"_s);
    m_checkButton = new QPushButton(tr("Test &Connection"), testBox);
    m_checkButton->setObjectName(u"checkConnectionButton"_s);
    m_checkButton->setToolTip(tr("Checks the keys and settings with the provider without sending anything."));
    m_testResult = new QLabel(testBox);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testAddress, 1);
    testRow->addWidget(m_testButton);
    auto *testLayout = new QVBoxLayout(testBox);
    testLayout->addWidget(m_checkButton, 0, Qt::AlignLeft);
    testLayout->addLayout(testRow);
    testLayout->addWidget(m_testResult);

    m_signIn = new SignInPanel(this);
    connect(m_signIn, &SignInPanel::startRequested, this, &ChannelDialog::startSignIn);
    connect(m_signIn, &SignInPanel::succeeded, this, &ChannelDialog::keepSignIn);
    connect(m_signIn, &SignInPanel::finished, this, &ChannelDialog::signInFinished);

    m_delivery = new DeliveryGroup(this);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"channelProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: palette(highlight);"_s);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChannelDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_formHolder);
    layout->addWidget(m_signIn);
    layout->addWidget(m_steps);
    layout->addWidget(m_delivery);
    layout->addWidget(testBox);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (m_existing) {
        const int index = m_provider->findData(m_existing->type);
        m_provider->setCurrentIndex(std::max(0, index));
        m_provider->setEnabled(false); // another provider is another channel
        m_name->setText(m_existing->name);
    }
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ChannelDialog::rebuildForm);
    connect(m_testButton, &QPushButton::clicked, this, &ChannelDialog::sendTest);
    connect(m_checkButton, &QPushButton::clicked, this, &ChannelDialog::checkConnection);
    rebuildForm();
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

ChannelDialog::~ChannelDialog()
{
    m_signIn->disconnect(this); // a cancelled sign-in must not reach a half-destroyed dialog
}

QPushButton *ChannelDialog::signInButton() const
{
    return m_signIn->button();
}

QLabel *ChannelDialog::signInStatus() const
{
    return m_signIn->statusLabel();
}

QPushButton *ChannelDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

const ChannelTypeInfo *ChannelDialog::currentInfo() const
{
    const int index = m_provider->currentIndex();
    return index >= 0 && index < m_types.size() ? &m_types.at(index) : nullptr;
}

void ChannelDialog::rebuildForm()
{
    while (m_form->rowCount() > 2) {
        m_form->removeRow(2);
    }
    m_fields.clear();
    m_secrets.clear();
    const ChannelTypeInfo *info = currentInfo();
    m_checkButton->setVisible(info && info->canCheckConnection);
    ChannelConfig typeOnly;
    typeOnly.type = info ? info->type : QString();
    const auto signIn = info && info->canSignIn ? channelSignInProvider(typeOnly, {}) : std::nullopt;
    const QString authority = signIn ? signIn->authority : QString();
    m_signIn->setAuthority(
        authority,
        tr("Sign in to %1 in your browser and allow Tidings to send email. Tidings is waiting…").arg(authority));
    m_signIn->setVisible(signIn.has_value());
    if (!info) {
        return;
    }
    // Another provider may send another kind of message: the fallbacks offered follow it; the rest stays.
    m_delivery->load(m_existing && m_existing->type == info->type ? ChannelDelivery::fromOptions(m_existing->options)
                                                                  : m_delivery->delivery(),
                     m_engine ? m_engine->config().channels : QList<ChannelConfig>(),
                     m_existing ? m_existing->id : QString(), info->kind);
    for (const ChannelOptionInfo &option : info->options) {
        auto *edit = new QLineEdit(m_formHolder);
        edit->setObjectName(u"option_"_s + option.key);
        edit->setPlaceholderText(option.placeholder);
        edit->setToolTip(option.help);
        edit->setWhatsThis(option.help);
        QString value;
        if (m_existing) {
            if (option.key == u"baseUrl"_s) {
                value = m_existing->baseUrl.toString();
            } else if (option.key == u"fromEmail"_s) {
                value = m_existing->fromEmail;
            } else if (option.key == u"fromName"_s) {
                value = m_existing->fromName;
            } else if (option.key == u"replyTo"_s) {
                value = m_existing->replyTo;
            } else {
                value = m_existing->options.value(option.key).toVariant().toString();
            }
        }
        edit->setText(value);
        m_form->addRow(option.required ? tr("%1 (required):").arg(option.label) : tr("%1:").arg(option.label), edit);
        m_fields.insert(option.key, edit);
    }
    for (const ChannelSecretInfo &secret : info->secrets) {
        auto *edit = new QLineEdit(m_formHolder);
        edit->setObjectName(u"secret_"_s + secret.name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setToolTip(secret.help);
        edit->setPlaceholderText(m_existing ? tr("Saved in the keychain; type a new one to replace it")
                                            : (secret.optional ? tr("Optional") : QString()));
        m_form->addRow(tr("%1:").arg(secret.label), edit);
        m_secrets.insert(secret.name, edit);
    }
    QString steps;
    for (const QString &step : info->setupSteps) {
        steps += u"<li>"_s + step.toHtmlEscaped() + u"</li>"_s;
    }
    m_steps->setText(steps.isEmpty() ? QString()
                                     : u"<p>"_s + tr("On %1's side:").arg(info->displayName).toHtmlEscaped() +
                                           u"</p><ol>"_s + steps + u"</ol>"_s);
    m_testResult->clear();
    m_checkButton->setVisible(info->canCheckConnection);
}

ChannelConfig ChannelDialog::channel() const
{
    ChannelConfig config = m_existing.value_or(ChannelConfig{});
    const ChannelTypeInfo *info = currentInfo();
    config.type = info ? info->type : QString();
    config.name = m_name->text().trimmed();
    if (!m_existing) {
        config.id = idFrom(config.name);
        // Unique among the engine's channels: "shop-mail", "shop-mail-2", ...
        if (m_engine) {
            const QString base = config.id;
            for (int n = 2;; ++n) {
                const auto &channels = m_engine->config().channels;
                const bool taken = std::any_of(channels.cbegin(), channels.cend(),
                                               [&config](const ChannelConfig &c) { return c.id == config.id; });
                if (!taken) {
                    break;
                }
                config.id = u"%1-%2"_s.arg(base).arg(n);
            }
        }
    }
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (it.key() == u"baseUrl"_s) {
            config.baseUrl = QUrl(value);
        } else if (it.key() == u"fromEmail"_s) {
            config.fromEmail = value;
        } else if (it.key() == u"fromName"_s) {
            config.fromName = value;
        } else if (it.key() == u"replyTo"_s) {
            config.replyTo = value;
        } else if (value.isEmpty()) {
            config.options.remove(it.key());
        } else {
            config.options.insert(it.key(), value);
        }
    }
    if (config.baseUrl.isEmpty() && info) {
        config.baseUrl = info->defaultBaseUrl;
    }
    m_delivery->delivery().writeTo(&config.options);
    return config;
}

QHash<QString, QString> ChannelDialog::typedSecrets() const
{
    QHash<QString, QString> secrets;
    for (auto it = m_secrets.constBegin(); it != m_secrets.constEnd(); ++it) {
        if (!it.value()->text().trimmed().isEmpty()) {
            secrets.insert(it.key(), it.value()->text().trimmed());
        }
    }
    return secrets;
}

void ChannelDialog::sendTest()
{
    const QString address = m_testAddress->text().trimmed();
    if (address.isEmpty()) {
        m_testResult->setText(tr("Type the address the test message should go to."));
        m_testAddress->setFocus();
        return;
    }
    if (!m_engine) {
        return;
    }
    const ChannelTypeInfo *info = currentInfo();
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Sending…"));
    QPointer<ChannelDialog> self(this);
    const QString provider = info ? info->displayName : QString();
    m_engine->sendTestMessage(channel(), typedSecrets(), address, [self, provider](const SendOutcome &outcome) {
        if (!self) {
            return;
        }
        self->m_testButton->setEnabled(true);
        self->m_testResult->setText(ChannelTest::describe(outcome, provider));
        emit self->testFinished(outcome.accepted);
    });
}

void ChannelDialog::checkConnection()
{
    const ChannelTypeInfo *info = currentInfo();
    if (!m_engine || !info || !info->canCheckConnection) {
        return;
    }
    m_checkButton->setEnabled(false);
    m_testResult->setText(tr("Checking with %1…").arg(info->displayName));
    QPointer<ChannelDialog> self(this);
    const QString provider = info->displayName;
    m_engine->checkChannelConnection(channel(), typedSecrets(), [self, provider](const SendOutcome &outcome) {
        if (!self) {
            return;
        }
        self->m_checkButton->setEnabled(true);
        self->m_testResult->setText(ChannelTest::describeCheck(outcome, provider));
        emit self->checkFinished(outcome.accepted);
    });
}

void ChannelDialog::startSignIn()
{
    const ChannelTypeInfo *info = currentInfo();
    if (!info || !info->canSignIn || m_signIn->isRunning()) {
        return;
    }
    const ChannelConfig config = channel();
    const auto provider =
        m_engine ? m_engine->channelSignIn(config, typedSecrets()) : channelSignInProvider(config, typedSecrets());
    if (!provider) {
        return;
    }
    if (provider->clientId.isEmpty()) {
        m_signIn->finish(false, tr("Type the client ID of your %1 app first: the steps below say where to find it.")
                                    .arg(provider->authority));
        if (QLineEdit *field = m_fields.value(u"clientId"_s)) {
            field->setFocus();
        }
        return;
    }
    m_signInScopes = provider->scopes;
    m_signIn->start(*provider);
}

void ChannelDialog::keepSignIn(const OAuthSignInResult &result)
{
    const QString authority = m_signIn->authority();
    if (!refusedScopes(m_signInScopes, result.grantedScopes).isEmpty()) {
        // A sign-in that may not send is no use to the channel: the key field keeps what it had.
        m_signIn->finish(false, tr("You signed in to %1, but did not allow Tidings to send email. Sign in again and "
                                   "allow \"Send email on your behalf\".")
                                    .arg(authority));
        return;
    }
    if (QLineEdit *field = m_secrets.value(u"refreshToken"_s)) {
        field->setText(result.refreshToken);
    }
    saveButton()->setFocus(); // Enter saves
    m_signIn->finish(true, m_existing ? tr("Signed in to %1. Save to use the new sign-in.").arg(authority)
                                      : tr("Signed in to %1. Save to keep it.").arg(authority));
}

void ChannelDialog::accept()
{
    if (!m_engine || m_saving) {
        return;
    }
    m_problem->hide();
    QPointer<ChannelDialog> self(this);
    const auto done = [self](const Status &status) {
        if (!self) {
            return;
        }
        self->m_saving = false;
        self->saveButton()->setEnabled(true);
        if (!status) {
            self->m_problem->setText(status.error().message);
            self->m_problem->show();
            return;
        }
        self->QDialog::accept();
    };
    const ChannelConfig config = channel();
    const Status started = m_existing ? m_engine->updateChannel(config, typedSecrets(), done)
                                      : m_engine->addChannel(config, typedSecrets(), done);
    if (!started) {
        m_problem->setText(started.error().message);
        m_problem->show();
        return;
    }
    m_saving = true;
    saveButton()->setEnabled(false);
}

} // namespace Tidings::Ui
