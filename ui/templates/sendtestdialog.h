#pragma once

#include "channels/channel.h"

#include <QDialog>
#include <QList>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Tidings::Ui {

// "Send Test to…" on the Templates page: the message as the preview shows it goes through one of the shop's
// channels to an address the owner types (their support address to start with). The dialog stays open and
// shows progress, then the provider's answer in words, so the owner can send again or elsewhere.
class SendTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendTestDialog)

public:
    struct ChannelChoice
    {
        QString id;
        QString name;         // the owner's name for the channel
        QString providerName; // "SendGrid", for the answer in words
    };

    // Sends to `address` through `channelId`; calls `done` once, later, with the provider's answer.
    using Sender = std::function<void(const QString &channelId, const QString &address,
                                      std::function<void(const SendOutcome &)> done)>;

    SendTestDialog(const QList<ChannelChoice> &channels, const QString &address, Sender sender,
                   QWidget *parent = nullptr);
    ~SendTestDialog() override;

    QComboBox *channelBox() const { return m_channel; }

    QLineEdit *addressField() const { return m_address; }

    QPushButton *sendButton() const { return m_send; }

    QProgressBar *progressBar() const { return m_progress; }

    // The outcome in words (or what is missing), shown in place.
    QLabel *resultLabel() const { return m_result; }

    bool isSending() const { return m_sending; }

signals:
    // A send finished; `accepted`: the provider took it.
    void sendFinished(bool accepted);

private:
    void send();
    void showResult(const QString &text, bool good);

    QList<ChannelChoice> m_channels;
    Sender m_sender;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_send = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    bool m_sending = false;
};

} // namespace Tidings::Ui
