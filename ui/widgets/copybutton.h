#pragma once

#include <QPushButton>

#include <functional>

class QTimer;

namespace Tidings::Ui {

// A "Copy" button: puts the text of `source` on the clipboard and says "Copied" for a moment.
class CopyButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyButton)

public:
    // `what` names the copied thing for screen readers, e.g. "Copy the webhook address".
    CopyButton(std::function<QString()> source, const QString &what, QWidget *parent = nullptr);
    ~CopyButton() override;

signals:
    void copied();

private:
    void copy();

    std::function<QString()> m_source;
    QTimer *m_revert;
};

} // namespace Tidings::Ui
