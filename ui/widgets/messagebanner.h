#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace Tidings::Ui {

// A dismissible strip across the top of a window: an icon, a sentence and a close button. Qt has no
// KMessageWidget; this is the small part of it we need. Hidden until showMessage() is called.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind {
        Information,
        Warning, // a state the owner chose that changes what Tidings does (test mode)
        Error,
    };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    // Shows `text`; `details` (technical, e.g. an SQL error) becomes the text's tooltip.
    void showMessage(Kind kind, const QString &text, const QString &details = {});

    Kind kind() const { return m_kind; }

    QString text() const;
    QString details() const;

    // A button beside the text that does what the message asks for (e.g. "Sign In Again…"); an empty text
    // hides it. Clicking it emits actionTriggered(). Kept across showMessage() calls. Null until first set.
    void setAction(const QString &text);

    QPushButton *actionButton() const { return m_action; }

    // Whether the close button shows (true by default). A banner for a state that lasts until the owner changes
    // it (test mode) is not dismissible: its action button is the way out.
    void setDismissible(bool dismissible);

public slots:
    void dismiss();

signals:
    void dismissed();
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();
    QColor accentColor() const;

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace Tidings::Ui
