#pragma once

#include "store/delaydetection.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

// Sending → Delay Detection…: switch the watch for parcels the carrier has gone quiet about on or off, and
// choose after how many days. Shows the engine's answer in place when it cannot save.
class DelayDetectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelayDetectionDialog)

public:
    // `save` applies the settings (Engine::setDelayDetection) and returns why it could not.
    using Save = std::function<Status(const DelayDetection &detection)>;

    // `hasRule`: a rule acts on "shipment.delayed"; without one the dialog says nothing would be sent.
    DelayDetectionDialog(const DelayDetection &current, bool hasRule, Save save, QWidget *parent = nullptr);
    ~DelayDetectionDialog() override;

    // Opens the dialog (window-modal, deleted on close) for the running engine's settings and rules; nothing
    // without an engine.
    static DelayDetectionDialog *openFor(Engine *engine, QWidget *parent);

    DelayDetection detection() const;

    QCheckBox *enabledBox() const { return m_enabled; }

    QSpinBox *daysBox() const { return m_days; }

    QLabel *noRuleLabel() const { return m_noRule; }

    QLabel *problemLabel() const { return m_problem; }

    QPushButton *saveButton() const { return m_save; }

    void accept() override;

private:
    Save m_saveDetection;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_noRule = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Tidings::Ui
