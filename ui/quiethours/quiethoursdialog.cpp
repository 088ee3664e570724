#include "quiethours/quiethoursdialog.h"

#include "channels/channel.h"
#include "engine.h"
#include "widgets/dialogparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

const QString TimeFormat = u"HH:mm"_s;

QTimeEdit *timeEdit(const QTime &time, const QString &name, QWidget *parent)
{
    auto *edit = new QTimeEdit(time, parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(TimeFormat);
    return edit;
}

} // namespace

QuietHoursDialog::QuietHoursDialog(const QuietHours &current, const QList<ChannelChoice> &chatChannels,
                                   const QString &alertChannelId, Save save, QWidget *parent)
    : QDialog(parent)
    , m_saveSettings(std::move(save))
{
    setObjectName(u"quietHoursDialog"_s);
    setWindowTitle(tr("Quiet Hours"));

    auto *intro = new QLabel(tr("Nobody likes a text message at 3 in the morning. During quiet hours Tidings holds "
                                "text messages and Slack messages and sends them when the quiet hours end. Emails "
                                "are not held: they wait in the inbox without a sound."),
                             this);
    intro->setWordWrap(true);

    m_enabled = new QCheckBox(tr("&Hold text and Slack messages during quiet hours"), this);
    m_enabled->setObjectName(u"quietHoursEnabled"_s);
    m_enabled->setChecked(current.enabled);

    m_start = timeEdit(current.start, u"quietHoursStart"_s, this);
    m_end = timeEdit(current.end, u"quietHoursEnd"_s, this);

    // Editable, so the owner can type part of a name ("berl") and pick from what matches.
    m_zone = new QComboBox(this);
    m_zone->setObjectName(u"quietHoursZone"_s);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(tr("This computer's time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                    QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    const int zoneIndex = current.shopTimeZone.isEmpty() ? 0 : m_zone->findData(current.shopTimeZone);
    if (zoneIndex >= 0) {
        m_zone->setCurrentIndex(zoneIndex);
    } else {
        m_zone->setEditText(current.shopTimeZone); // saved before this computer forgot it: shown, and refused
    }
    m_zone->setToolTip(tr("Customers' messages follow this clock: no shop platform tells Tidings the customer's own "
                          "time zone."));

    auto *hoursForm = new QFormLayout;
    hoursForm->addRow(tr("&From:"), m_start);
    hoursForm->addRow(tr("&Until:"), m_end);
    hoursForm->addRow(tr("Shop's time &zone:"), m_zone);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"quietHoursExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    m_alert = new QComboBox(this);
    m_alert->setObjectName(u"failureAlertChannel"_s);
    m_alert->addItem(tr("No Slack alert"), QString());
    for (const auto &[id, name] : chatChannels) {
        m_alert->addItem(name, id);
    }
    m_alert->setCurrentIndex(std::max(0, m_alert->findData(alertChannelId)));
    auto *alertHelp = new QLabel(chatChannels.isEmpty()
                                     ? tr("Add a Slack channel under Channels to alert your staff there as well.")
                                     : tr("When Tidings gives up on a message, the window and the system tray tell "
                                          "you. Your staff can hear of it on Slack too."),
                                 this);
    alertHelp->setWordWrap(true);
    auto *alertForm = new QFormLayout;
    alertForm->addRow(tr("Alert on &Slack:"), m_alert);
    // A heading rather than a group box: a box does not give its wrapped label the height it needs.
    auto *alertsHeading = new QLabel(tr("When a message fails for good"), this);
    alertsHeading->setTextFormat(Qt::PlainText);
    QFont bold = alertsHeading->font();
    bold.setBold(true);
    alertsHeading->setFont(bold);

    m_problem = makeProblemLabel(u"quietHoursProblem"_s, this);

    QDialogButtonBox *buttons = makeAcceptButtons(this, tr("&Save"), u"quietHoursSave"_s, &m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_enabled);
    layout->addLayout(hoursForm);
    layout->addWidget(m_explanation);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(alertsHeading);
    layout->addWidget(alertHelp);
    layout->addLayout(alertForm);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const auto changed = [this] {
        m_problem->hide();
        updateExplanation();
    };
    connect(m_enabled, &QCheckBox::toggled, this, changed);
    connect(m_start, &QTimeEdit::timeChanged, this, changed);
    connect(m_end, &QTimeEdit::timeChanged, this, changed);
    connect(m_zone, &QComboBox::currentTextChanged, this, changed);
    connect(m_alert, &QComboBox::currentIndexChanged, m_problem, &QWidget::hide);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        for (QWidget *field :
             {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_end), static_cast<QWidget *>(m_zone)}) {
            field->setEnabled(on);
        }
    });
    for (QWidget *field :
         {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_end), static_cast<QWidget *>(m_zone)}) {
        field->setEnabled(current.enabled);
    }
    updateExplanation();
    m_enabled->setFocus();
    // The wrapped paragraphs need the height that goes with the width (a window does not ask its layout).
    const int width = fontMetrics().averageCharWidth() * 76;
    resize(width, std::max(sizeHint().height(), heightForWidth(width)));
}

QuietHoursDialog::~QuietHoursDialog() = default;

void QuietHoursDialog::openFor(Engine *engine, QWidget *window)
{
    if (!engine) {
        return;
    }
    if (auto *open = window->findChild<QuietHoursDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    QList<ChannelChoice> chats;
    for (const ChannelConfig &channel : engine->config().channels) {
        const ChannelTypeInfo *info = channelTypeInfo(channel.type);
        if (info && info->kind == ChannelKind::Chat) {
            chats.append({channel.id, channel.name});
        }
    }
    const QPointer<Engine> guarded(engine);
    auto *dialog = new QuietHoursDialog(
        engine->quietHours(), chats, engine->failureAlertChannel(),
        [guarded](const QuietHours &hours, const QString &alertChannelId) {
            if (!guarded) {
                return Status(Error::make(ErrorCode::Internal, tr("Tidings is shutting down.")));
            }
            if (Status saved = guarded->setQuietHours(hours); !saved) {
                return saved;
            }
            return guarded->setFailureAlertChannel(alertChannelId);
        },
        window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QuietHours QuietHoursDialog::hours() const
{
    QuietHours hours;
    hours.enabled = m_enabled->isChecked();
    hours.start = m_start->time();
    hours.end = m_end->time();
    const QString text = m_zone->currentText().trimmed();
    const int index = m_zone->findText(text);
    hours.shopTimeZone = index >= 0 ? m_zone->itemData(index).toString() : text;
    return hours;
}

QString QuietHoursDialog::alertChannelId() const
{
    return m_alert->currentData().toString();
}

void QuietHoursDialog::updateExplanation()
{
    const QuietHours chosen = hours();
    const auto why = chosen.problem();
    m_explanation->setText(why ? why->message : chosen.explanation());
}

void QuietHoursDialog::accept()
{
    const QuietHours chosen = hours();
    if (auto why = chosen.problem()) {
        m_problem->setText(why->message);
        m_problem->show();
        (chosen.start == chosen.end ? static_cast<QWidget *>(m_end) : static_cast<QWidget *>(m_zone))->setFocus();
        return;
    }
    if (const Status saved = m_saveSettings(chosen, alertChannelId()); !saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Tidings::Ui
