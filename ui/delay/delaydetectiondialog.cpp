#include "delay/delaydetectiondialog.h"

#include "engine.h"
#include "widgets/dialogparts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

DelayDetectionDialog::DelayDetectionDialog(const DelayDetection &current, bool hasRule, Save save, QWidget *parent)
    : QDialog(parent)
    , m_saveDetection(std::move(save))
{
    setObjectName(u"delayDetectionDialog"_s);
    setWindowTitle(tr("Delay Detection"));

    auto *intro = new QLabel(tr("When the carrier has said nothing about a parcel for a few days after the label "
                                "was made or while it is on its way, Tidings can tell your customer you are sorry "
                                "and keeping an eye on it, before they have to ask. Each parcel gets one such "
                                "message per quiet spell: if the carrier reports again and then goes quiet again, "
                                "it can get another."),
                             this);
    intro->setWordWrap(true);

    m_enabled = new QCheckBox(tr("&Watch for parcels the carrier has gone quiet about"), this);
    m_enabled->setObjectName(u"delayDetectionEnabled"_s);
    m_enabled->setChecked(current.enabled);

    m_days = new QSpinBox(this);
    m_days->setObjectName(u"delayDetectionDays"_s);
    m_days->setRange(DelayDetection::MinDays, DelayDetection::MaxDays);
    m_days->setValue(current.days);
    m_days->setSuffix(tr(" days"));
    m_days->setEnabled(current.enabled);
    connect(m_enabled, &QCheckBox::toggled, m_days, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Delayed after no news for:"), m_days);

    auto *caution = new QLabel(tr("Only switch this on if Tidings hears from your carrier as parcels move (a "
                                  "tracking connection, or a shop that reports deliveries). Otherwise every parcel "
                                  "looks delayed."),
                               this);
    caution->setWordWrap(true);

    m_noRule = new QLabel(tr("No rule sends anything for a delay yet. Add one for the trigger "
                             "\"shipment.delayed\" in your configuration: to the customer, or to your staff's chat."),
                          this);
    m_noRule->setObjectName(u"delayDetectionNoRule"_s);
    m_noRule->setWordWrap(true);
    m_noRule->setVisible(!hasRule);

    m_problem = makeProblemLabel(u"delayDetectionProblem"_s, this);

    QDialogButtonBox *buttons = makeAcceptButtons(this, tr("&Save"), u"delayDetectionSave"_s, &m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(caution);
    layout->addWidget(m_noRule);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_enabled, &QCheckBox::toggled, m_problem, &QWidget::hide);
    connect(m_days, &QSpinBox::valueChanged, m_problem, &QWidget::hide);
    m_enabled->setFocus();
    // The wrapped paragraphs need the height that goes with the width (a window does not ask its layout).
    const int width = fontMetrics().averageCharWidth() * 76;
    resize(width, std::max(sizeHint().height(), heightForWidth(width)));
}

DelayDetectionDialog::~DelayDetectionDialog() = default;

DelayDetectionDialog *DelayDetectionDialog::openFor(Engine *engine, QWidget *parent)
{
    if (!engine) {
        return nullptr;
    }
    const QList<RuleConfig> &rules = engine->config().rules;
    const bool hasRule = std::any_of(rules.cbegin(), rules.cend(), [](const RuleConfig &rule) {
        return rule.enabled && rule.trigger == u"shipment.delayed";
    });
    auto *dialog = new DelayDetectionDialog(
        engine->delayDetection(), hasRule,
        [engine](const DelayDetection &detection) { return engine->setDelayDetection(detection); }, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

DelayDetection DelayDetectionDialog::detection() const
{
    return DelayDetection{m_enabled->isChecked(), m_days->value()};
}

void DelayDetectionDialog::accept()
{
    if (const Status saved = m_saveDetection(detection()); !saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Tidings::Ui
