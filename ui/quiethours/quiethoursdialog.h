#pragma once

#include "dispatch/quiethours.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTimeEdit;

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

// Sending → Quiet Hours…: the hours text and Slack messages wait through (QuietHours), and the Slack channel
// that hears when a message fails for good (FailureAlert). Checks what it can and shows the engine's answer in
// place.
class QuietHoursDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuietHoursDialog)

public:
    // `save` applies both settings and returns why it could not.
    using Save = std::function<Status(const QuietHours &hours, const QString &alertChannelId)>;
    using ChannelChoice = std::pair<QString, QString>; // id, name

    QuietHoursDialog(const QuietHours &current, const QList<ChannelChoice> &chatChannels, const QString &alertChannelId,
                     Save save, QWidget *parent = nullptr);
    ~QuietHoursDialog() override;

    // Opens the dialog for `engine` (or raises the open one), parented to `window`.
    static void openFor(Engine *engine, QWidget *window);

    QuietHours hours() const;
    QString alertChannelId() const;

    QCheckBox *enabledBox() const { return m_enabled; }

    QTimeEdit *startEdit() const { return m_start; }

    QTimeEdit *endEdit() const { return m_end; }

    QComboBox *zoneBox() const { return m_zone; }

    QComboBox *alertBox() const { return m_alert; }

    QLabel *explanationLabel() const { return m_explanation; }

    QLabel *problemLabel() const { return m_problem; }

    QPushButton *saveButton() const { return m_save; }

    void accept() override;

private:
    void updateExplanation();

    Save m_saveSettings;
    QCheckBox *m_enabled = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_alert = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Tidings::Ui
