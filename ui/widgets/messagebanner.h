#pragma once

#include <QFrame>

class QLabel;
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

public slots:
    void dismiss();

signals:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();
    QColor accentColor() const;

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace Tidings::Ui
