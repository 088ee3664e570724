#include "connections/sourcesetuppage.h"

#include "connections/addsourcewizard.h"
#include "credentials/oauthsignin.h"
#include "engine.h"
#include "sources/polling/pollsignin.h"
#include "widgets/copybutton.h"
#include "widgets/signinpanel.h"

#include <QAbstractButton>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <array>
#include <utility>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 0);
    return label;
}

QLabel *helpLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SourceSetupPage::SourceSetupPage(AddSourceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"sourceSetupPage"_s);
    setCommitPage(false);

    m_content = new QWidget;
    m_content->setObjectName(u"sourceSetupContent"_s);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 12, 0);
    content->setSpacing(6);

    // The address.
    m_address = new QLineEdit(m_content);
    m_address->setObjectName(u"webhookAddress"_s);
    m_address->setReadOnly(true);
    auto *addressLabel = heading(tr("&Webhook address"), m_content);
    addressLabel->setBuddy(m_address);
    auto *addressCopy = new CopyButton([this] { return webhookAddress(); }, tr("Copy the webhook address"), m_content);
    addressCopy->setObjectName(u"copyWebhookAddress"_s);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(addressCopy);
    m_addressHelp = helpLabel(m_content);
    m_addressBlock = new QWidget(m_content);
    auto *addressBlock = new QVBoxLayout(m_addressBlock);
    addressBlock->setContentsMargins(0, 0, 0, 0);
    addressBlock->setSpacing(6);
    addressBlock->addWidget(addressLabel);
    addressBlock->addLayout(addressRow);
    addressBlock->addWidget(m_addressHelp);
    content->addWidget(m_addressBlock);

    // Secrets, one block each; filled per platform.
    m_secretsLayout = new QVBoxLayout;
    m_secretsLayout->setContentsMargins(0, 0, 0, 0);
    m_secretsLayout->setSpacing(6);
    content->addLayout(m_secretsLayout);

    // Sign in (poll sources of platforms with a sign-in): fills in the refresh token above.
    m_signIn = new SignInPanel(m_content);
    m_signIn->setContentsMargins(0, 6, 0, 0);
    m_signIn->hide();
    connect(m_signIn, &SignInPanel::startRequested, this, &SourceSetupPage::startSignIn);
    connect(m_signIn, &SignInPanel::succeeded, this, &SourceSetupPage::keepSignIn);
    content->addWidget(m_signIn);

    // Test connection (poll mode).
    m_testBlock = new QWidget(m_content);
    m_testBlock->setObjectName(u"testConnectionBlock"_s);
    auto *testLayout = new QHBoxLayout(m_testBlock);
    testLayout->setContentsMargins(0, 6, 0, 0);
    m_test = new QPushButton(tr("&Test connection"), m_testBlock);
    m_test->setObjectName(u"testConnectionButton"_s);
    m_test->setAutoDefault(false);
    m_test->setToolTip(tr("Reads the orders changed in the last day once, with the address and credentials above. "
                          "Nothing is stored and nobody is written to."));
    m_testResult = new QLabel(m_testBlock);
    m_testResult->setObjectName(u"testConnectionResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    testLayout->addWidget(m_test, 0, Qt::AlignTop);
    testLayout->addWidget(m_testResult, 1);
    connect(m_test, &QPushButton::clicked, this, &SourceSetupPage::testConnection);
    content->addWidget(m_testBlock);

    // Steps.
    m_stepsHeading = heading(QString(), m_content);
    m_steps = new QLabel(m_content);
    m_steps->setObjectName(u"setupSteps"_s);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_steps->setFocusPolicy(Qt::StrongFocus);
    m_stepsHeading->setBuddy(m_steps);
    content->addWidget(m_stepsHeading);
    content->addWidget(m_steps);

    // Script.
    m_script = new QPlainTextEdit(m_content);
    m_script->setObjectName(u"setupScript"_s);
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::TypeWriter);
    mono.setFixedPitch(true);
    m_script->setFont(mono);
    m_script->setTabChangesFocus(true);
    m_script->setMinimumHeight(QFontMetrics(m_script->font()).lineSpacing() * 10);
    m_scriptHeading = heading(tr("S&cript to paste"), m_content);
    m_scriptHeading->setBuddy(m_script);
    auto *scriptCopy = new CopyButton([this] { return filledScript(); }, tr("Copy the script"), m_content);
    scriptCopy->setObjectName(u"copyScript"_s);
    m_scriptCopy = scriptCopy;
    auto *scriptRow = new QHBoxLayout;
    scriptRow->addWidget(m_scriptHeading, 1, Qt::AlignBottom);
    scriptRow->addWidget(scriptCopy, 0, Qt::AlignBottom);
    content->addLayout(scriptRow);
    content->addWidget(m_script);

    // Reaching this computer.
    m_reachHeading = heading(QString(), m_content);
    m_reachHeading->setObjectName(u"reachHeading"_s);
    m_reach = new QLabel(m_content);
    m_reach->setObjectName(u"reachNote"_s);
    m_reach->setWordWrap(true);
    m_reach->setTextFormat(Qt::RichText);
    m_reach->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    content->addWidget(m_reachHeading);
    content->addWidget(m_reach);
    content->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"sourceSetupScroll"_s);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"sourceSetupProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
}

SourceSetupPage::~SourceSetupPage() = default;

QString SourceSetupPage::generateSecret()
{
    std::array<quint32, 8> words{}; // 32 bytes
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void SourceSetupPage::initializePage()
{
    const SourceTypeInfo *type = m_wizard->selectedType();
    const QString platform = type ? type->displayName : QString();
    setTitle(m_wizard->isEditing() ? tr("%1 setup").arg(platform) : tr("Connect %1 to Tidings").arg(platform));
    setSubTitle(
        m_wizard->isEditing()
            ? tr("The address and steps, to check or redo the setup in %1. Click Save when done.").arg(platform)
        : type && type->canSignIn
            ? tr("Set up %1 as the steps below say, sign in, test the connection, then click Finish.").arg(platform)
        : isPoll()
            ? tr("Make the key in %1 as the steps below say, paste it here, test the connection, then click "
                 "Finish.")
                  .arg(platform)
            : tr("Do these steps in %1, then click Finish. You can see them again later with Edit.").arg(platform));
    rebuild();
    if (m_wizard->isEditing() && !m_secretsLoaded) {
        loadSavedSecrets();
    }
    refresh();
    m_problem->hide();
    if (!m_secrets.isEmpty() && !m_secrets.first().info.generatedByTidings &&
        m_secrets.first().field->text().isEmpty()) {
        m_secrets.first().field->setFocus();
    } else if (isPoll()) {
        m_test->setFocus();
    } else {
        m_address->setFocus();
    }
}

bool SourceSetupPage::isPoll() const
{
    const SourceTypeInfo *type = m_wizard->selectedType();
    return type && type->poll;
}

void SourceSetupPage::testConnection()
{
    Engine *engine = m_wizard->engine();
    const SourceTypeInfo *type = m_wizard->selectedType();
    if (!engine || !type) {
        return;
    }
    const QHash<QString, QString> values = typedSecrets();
    const quint64 run = ++m_testRun;
    m_test->setEnabled(false);
    m_testResult->setPalette(palette());
    m_testResult->setText(tr("Asking %1…").arg(type->displayName));
    const QPointer<SourceSetupPage> self(this);
    engine->testPollConnection(
        m_wizard->sourceConfig(), values, [self, run, platform = type->displayName](const PollTestResult &result) {
            if (!self || run != self->m_testRun) {
                return;
            }
            self->m_test->setEnabled(true);
            // The platform rotated the refresh token while testing: the one typed is spent, keep the new one.
            for (auto it = result.renewedSecrets.cbegin(); it != result.renewedSecrets.cend(); ++it) {
                if (QLineEdit *field = self->secretField(it.key()); field && !it.value().isEmpty()) {
                    field->setText(it.value());
                }
            }
            QPalette resultPalette = self->palette();
            if (result.error) {
                resultPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
                self->m_testResult->setText(tr("It did not work: %1").arg(result.error->message));
            } else {
                resultPalette.setColor(QPalette::WindowText, QColor(0x1e, 0x84, 0x49));
                self->m_testResult->setText(
                    result.more ? tr("Connected to %1. More than %n order change(s) in the "
                                     "last day.",
                                     nullptr, result.changes)
                                      .arg(platform)
                                : tr("Connected to %1. %n order change(s) in the last day.", nullptr, result.changes)
                                      .arg(platform));
            }
            self->m_testResult->setPalette(resultPalette);
        });
}

QHash<QString, QString> SourceSetupPage::typedSecrets() const
{
    // Every field as shown: when editing, the saved secrets were read into them.
    QHash<QString, QString> values;
    for (const SecretRow &row : m_secrets) {
        const QString value = row.field->text().trimmed();
        values.insert(row.info.name, value.isEmpty() ? row.saved : value);
    }
    return values;
}

void SourceSetupPage::startSignIn()
{
    const SourceTypeInfo *type = m_wizard->selectedType();
    if (!type || !type->canSignIn || m_signIn->isRunning()) {
        return;
    }
    const SourceConfig source = m_wizard->sourceConfig();
    const auto provider = sourceSignInProvider(source, typedSecrets());
    if (!provider) {
        return;
    }
    if (provider->clientId.isEmpty()) {
        QString label = tr("client ID");
        for (const SourceOptionInfo &option : type->options) {
            if (option.key == u"clientId"_s) {
                label = option.label;
            }
        }
        m_signIn->finish(false, tr("Enter the %1 in the settings first (click Back): the steps below say where to "
                                   "find it.")
                                    .arg(label));
        return;
    }
    m_problem->hide();
    m_signInScopes = provider->scopes;
    m_signIn->start(*provider);
}

void SourceSetupPage::startSignInWhenReady()
{
    if (m_secretsReading) {
        m_signInWhenRead = true;
        m_signIn->button()->setFocus();
        return;
    }
    startSignIn();
}

void SourceSetupPage::keepSignIn(const OAuthSignInResult &result)
{
    const QString authority = m_signIn->authority();
    if (!result.grantedScopes.isEmpty()) {
        for (const QString &scope : std::as_const(m_signInScopes)) {
            if (scope != u"refresh_token"_s && scope != u"offline_access"_s && !result.grantedScopes.contains(scope)) {
                // A sign-in that may not read is no use to the source: the field keeps what it had.
                m_signIn->finish(false, tr("You signed in to %1, but did not allow everything Tidings asked for. Sign "
                                           "in again and allow it: Tidings only reads.")
                                            .arg(authority));
                return;
            }
        }
    }
    if (QLineEdit *field = secretField(u"refreshToken"_s)) {
        field->setText(result.refreshToken);
    }
    m_test->setFocus();
    m_signIn->finish(true,
                     m_wizard->isEditing()
                         ? tr("Signed in to %1. Test the connection, then Save to use the new sign-in.").arg(authority)
                         : tr("Signed in to %1. Test the connection, then click Finish.").arg(authority));
}

void SourceSetupPage::cleanupPage()
{
    // Going back keeps the secrets made or pasted here; they belong to the same platform.
    m_problem->hide();
}

void SourceSetupPage::rebuild()
{
    const SourceTypeInfo *type = m_wizard->selectedType();
    const QString key = type ? type->type + u'/' + type->preset + (type->poll ? u"/poll"_s : QString()) : QString();
    if (key == m_builtFor) {
        return;
    }
    m_builtFor = key;
    while (QLayoutItem *item = m_secretsLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->deleteLater();
        }
        delete item;
    }
    m_secrets.clear();
    SourceConfig typeOnly;
    typeOnly.type = type ? type->type : QString();
    const auto signIn = type && type->canSignIn ? sourceSignInProvider(typeOnly, {}) : std::nullopt;
    m_signIn->setAuthority(signIn ? signIn->authority : QString(),
                           typeOnly.type == u"salesforce"_s
                               ? tr("Sign in to Salesforce in your browser as the user Tidings reads orders as, and "
                                    "allow access. Tidings is waiting…")
                               : tr("Sign in to Google in your browser with an account that can view the sheet, and "
                                    "allow Tidings to see your spreadsheets. Tidings is waiting…"));
    m_signIn->setVisible(signIn.has_value());
    if (!type) {
        return;
    }
    for (const SourceSecretInfo &info : type->secrets) {
        auto *block = new QWidget(m_content);
        auto *blockLayout = new QVBoxLayout(block);
        blockLayout->setContentsMargins(0, 0, 0, 0);
        blockLayout->setSpacing(6);
        auto *fieldRow = new QHBoxLayout;

        SecretRow row;
        row.info = info;
        row.field = new QLineEdit(block);
        row.field->setObjectName(u"secret_"_s + info.name);
        row.field->setEchoMode(QLineEdit::Password);
        row.field->setAccessibleName(info.label);
        auto *label = heading(info.label, block);
        label->setBuddy(row.field);

        row.reveal = new QToolButton(block);
        row.reveal->setObjectName(u"reveal_"_s + info.name);
        row.reveal->setCheckable(true);
        row.reveal->setText(tr("Show"));
        row.reveal->setToolTip(tr("Show or hide the %1").arg(info.label));
        row.reveal->setAccessibleName(tr("Show the %1").arg(info.label));
        row.reveal->setFocusPolicy(Qt::StrongFocus);
        QLineEdit *field = row.field;
        QToolButton *reveal = row.reveal;
        connect(reveal, &QToolButton::toggled, field, [field, reveal](bool shown) {
            field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            reveal->setText(shown ? tr("Hide") : tr("Show"));
        });
        auto *copy = new CopyButton([field] { return field->text(); }, tr("Copy the %1").arg(info.label), block);
        copy->setObjectName(u"copy_"_s + info.name);

        blockLayout->addWidget(label);
        blockLayout->addLayout(fieldRow);
        fieldRow->addWidget(row.field, 1);
        fieldRow->addWidget(row.reveal);
        fieldRow->addWidget(copy);
        if (info.generatedByTidings) {
            row.field->setReadOnly(true);
            row.field->setText(m_wizard->isEditing() ? QString() : generateSecret());
            row.renew = new QPushButton(m_wizard->isEditing() ? tr("Make a &new secret") : tr("Make &another"), block);
            row.renew->setObjectName(u"renew_"_s + info.name);
            row.renew->setAutoDefault(false);
            row.renew->setToolTip(
                tr("Replaces the secret. The platform must then be given the new one, or its webhooks are refused."));
            connect(row.renew, &QPushButton::clicked, this, [this, field] {
                field->setText(generateSecret());
                refresh();
            });
            fieldRow->addWidget(row.renew);
        } else {
            row.field->setPlaceholderText(m_wizard->isEditing() ? tr("Leave empty to keep the saved secret")
                                                                : tr("Paste it here"));
            connect(row.field, &QLineEdit::textChanged, this, [this] {
                m_problem->hide();
                refresh();
            });
        }
        if (info.inUrl) {
            // It is in the address, the steps and the script anyway; hiding it here would only confuse.
            row.reveal->setChecked(true);
        }
        QLabel *help = helpLabel(block);
        help->setText(info.help);
        help->setVisible(!info.help.isEmpty());
        blockLayout->addWidget(help);
        m_secretsLayout->addWidget(block);
        m_secrets.append(row);
    }
}

void SourceSetupPage::loadSavedSecrets()
{
    m_secretsLoaded = true;
    Engine *engine = m_wizard->engine();
    if (!engine) {
        return;
    }
    for (SecretRow &row : m_secrets) {
        row.field->setPlaceholderText(tr("Reading the saved secret…"));
    }
    m_secretsReading = true;
    const QPointer<SourceSetupPage> self(this);
    engine->readSourceSecrets(m_wizard->existingSource().id, [self](const Result<QHash<QString, QString>> &values) {
        if (!self) {
            return;
        }
        self->m_secretsReading = false;
        for (SecretRow &row : self->m_secrets) {
            row.field->setPlaceholderText(tr("Leave empty to keep the saved secret"));
            if (values && values->contains(row.info.name) && row.field->text().isEmpty()) {
                row.saved = values->value(row.info.name);
                row.field->setText(row.saved);
            }
        }
        if (!values) {
            self->showProblem(tr("The saved secret could not be read (%1). Leave it empty to keep it, or enter "
                                 "a new one.")
                                  .arg(values.error().message));
        }
        self->refresh();
        if (std::exchange(self->m_signInWhenRead, false)) {
            self->startSignIn();
        }
    });
}

QLineEdit *SourceSetupPage::secretField(const QString &name) const
{
    for (const SecretRow &row : m_secrets) {
        if (row.info.name == name) {
            return row.field;
        }
    }
    return nullptr;
}

QString SourceSetupPage::firstSecretValue() const
{
    return m_secrets.isEmpty() ? QString() : m_secrets.first().field->text();
}

QString SourceSetupPage::webhookAddress() const
{
    const QString id = m_wizard->sourceConfig().id;
    Engine *engine = m_wizard->engine();
    QString url = engine ? engine->webhookUrl(id) : u"http://127.0.0.1:8787/webhooks/"_s + id;
    for (const SecretRow &row : m_secrets) {
        if (row.info.inUrl) {
            url += u"?token="_s + QString::fromLatin1(QUrl::toPercentEncoding(row.field->text()));
            break;
        }
    }
    return url;
}

QString SourceSetupPage::filledScript() const
{
    const SourceTypeInfo *type = m_wizard->selectedType();
    if (!type || type->script.isEmpty()) {
        return {};
    }
    QString script = type->script;
    script.replace(u"{{url}}"_s, webhookAddress());
    script.replace(u"{{secret}}"_s, firstSecretValue());
    return script;
}

void SourceSetupPage::refresh()
{
    const SourceTypeInfo *type = m_wizard->selectedType();
    const QString platform = type ? type->displayName : QString();
    const bool poll = isPoll();
    m_addressBlock->setVisible(!poll);
    m_testBlock->setVisible(poll);
    const QString address = webhookAddress();
    m_address->setText(address);
    m_address->setCursorPosition(0);
    const QUrl url(address);
    m_addressHelp->setText(tr("Give this address to %1. It points to this computer (%2), so it works only when "
                              "%1 can reach this computer: see \"If %1 cannot reach this computer\" below.")
                               .arg(platform, url.host()));

    m_stepsHeading->setText(tr("&Steps in %1").arg(platform));
    QString steps;
    if (type && !type->setupSteps.isEmpty()) {
        steps = u"<ol style='margin-left: 0px; -qt-list-indent: 1;'>"_s;
        for (const QString &step : type->setupSteps) {
            QString item = step.toHtmlEscaped();
            item.replace(u"%1"_s, u"<b>"_s + address.toHtmlEscaped() + u"</b>"_s);
            steps += u"<li style='margin-bottom: 6px;'>"_s + item + u"</li>"_s;
        }
        steps += u"</ol>"_s;
    }
    m_steps->setText(steps);
    m_stepsHeading->setVisible(!steps.isEmpty());
    m_steps->setVisible(!steps.isEmpty());

    const QString script = filledScript();
    m_script->setPlainText(script);
    m_scriptHeading->setVisible(!script.isEmpty());
    m_script->setVisible(!script.isEmpty());
    m_scriptCopy->setVisible(!script.isEmpty());

    if (poll) {
        m_reachHeading->setText(tr("Nothing needs to reach this computer"));
        m_reach->setText(u"<p>"_s +
                         tr("Tidings asks %1 for new and changed orders every few minutes, so it works behind any "
                            "router. While this computer is off nothing is lost: the next check catches up.")
                             .arg(platform)
                             .toHtmlEscaped() +
                         u"</p>"_s);
        return;
    }
    m_reachHeading->setText(tr("If %1 cannot reach this computer").arg(platform));
    const QString id = m_wizard->sourceConfig().id;
    const int port = url.port(8787);
    m_reach->setText(
        u"<p>"_s +
        tr("%1 sends its webhooks over the internet, usually only to an https address. A computer behind a home or "
           "office router cannot be reached from the internet by itself.")
            .arg(platform)
            .toHtmlEscaped() +
        u"</p><p>"_s + tr("Run a tunnel on this computer, for example a Cloudflare Tunnel:").toHtmlEscaped() +
        u"<br><code>cloudflared tunnel --url http://localhost:%1</code><br>"_s.arg(port) +
        tr("It gives you a public https address. Give %1 that address followed by %2 instead of the address "
           "above. A quick tunnel's address changes each time it starts; a named tunnel on your own domain keeps "
           "it.")
            .arg(platform, u"/webhooks/"_s + id)
            .toHtmlEscaped() +
        u"</p><p>"_s +
        tr("Or, where Tidings offers poll mode for %1, let Tidings ask %1 for new orders itself; then nothing "
           "needs to reach this computer.")
            .arg(platform)
            .toHtmlEscaped() +
        u"</p>"_s);
}

bool SourceSetupPage::isComplete() const
{
    return !m_saving;
}

bool SourceSetupPage::validatePage()
{
    if (m_saved) {
        return true;
    }
    if (m_saving) {
        return false;
    }
    const SourceTypeInfo *type = m_wizard->selectedType();
    if (isPoll()) {
        const bool any = std::any_of(m_secrets.cbegin(), m_secrets.cend(),
                                     [](const SecretRow &row) { return !row.field->text().trimmed().isEmpty(); });
        if (!m_wizard->isEditing() && !m_secrets.isEmpty() && !any) {
            showProblem(tr("Paste the %1 from %2 first; without it Tidings cannot read its orders.")
                            .arg(m_secrets.first().info.label, type ? type->displayName : QString()),
                        m_secrets.first().field);
            return false;
        }
    } else if (!m_wizard->isEditing() && !m_secrets.isEmpty() && m_secrets.first().field->text().trimmed().isEmpty()) {
        const SecretRow &first = m_secrets.first();
        showProblem(tr("Paste the %1 from %2 first; without it Tidings cannot tell its webhooks from forged ones.")
                        .arg(first.info.label, type ? type->displayName : QString()),
                    first.field);
        return false;
    }
    Engine *engine = m_wizard->engine();
    if (!engine) {
        showProblem(tr("Tidings is not running, so the connection cannot be saved now."));
        return false;
    }
    const SourceConfig source = m_wizard->sourceConfig();
    const QPointer<SourceSetupPage> self(this);
    auto done = [self, id = source.id](const Status &status) {
        if (!self) {
            return;
        }
        self->setSaving(false);
        if (!status) {
            self->showProblem(status.error().message);
            return;
        }
        self->m_saved = true;
        emit self->m_wizard->sourceSaved(id);
        self->m_wizard->accept();
    };
    const Status started = m_wizard->isEditing() ? engine->updateSource(source, secrets(), done)
                                                 : engine->addSource(source, secrets(), done);
    if (!started) {
        showProblem(started.error().message);
        return false;
    }
    setSaving(true);
    return false;
}

QHash<QString, QString> SourceSetupPage::secrets() const
{
    QHash<QString, QString> values;
    for (const SecretRow &row : m_secrets) {
        const QString value = row.field->text().trimmed();
        if (!value.isEmpty() && value != row.saved) {
            values.insert(row.info.name, value);
        }
    }
    return values;
}

QString SourceSetupPage::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SourceSetupPage::showProblem(const QString &text, QWidget *field)
{
    QPalette problemPalette = palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problem->setPalette(problemPalette);
    m_problem->setText(text);
    m_problem->show();
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
    }
}

void SourceSetupPage::setSaving(bool saving)
{
    m_saving = saving;
    if (QAbstractButton *back = m_wizard->button(QWizard::BackButton)) {
        back->setEnabled(!saving);
    }
    if (saving) {
        m_problem->setPalette(palette());
        m_problem->setText(tr("Saving…"));
        m_problem->show();
    }
    emit completeChanged();
}

} // namespace Tidings::Ui
