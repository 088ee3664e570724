#include "widgets/copybutton.h"

#include <QClipboard>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QTimer>

namespace Tidings::Ui {

CopyButton::CopyButton(std::function<QString()> source, const QString &what, QWidget *parent)
    : QPushButton(tr("Copy"), parent)
    , m_source(std::move(source))
    , m_revert(new QTimer(this))
{
    setAccessibleName(what);
    setToolTip(what);
    setAutoDefault(false);
    // Wide enough for either word, so the row does not jump when it changes.
    const int textWidth =
        std::max(fontMetrics().horizontalAdvance(tr("Copy")), fontMetrics().horizontalAdvance(tr("Copied")));
    setMinimumWidth(textWidth + fontMetrics().averageCharWidth() * 6);
    m_revert->setSingleShot(true);
    m_revert->setInterval(1500);
    connect(m_revert, &QTimer::timeout, this, [this] { setText(tr("Copy")); });
    connect(this, &QPushButton::clicked, this, &CopyButton::copy);
}

CopyButton::~CopyButton() = default;

void CopyButton::copy()
{
    QGuiApplication::clipboard()->setText(m_source());
    setText(tr("Copied"));
    m_revert->start();
    emit copied();
}

} // namespace Tidings::Ui
