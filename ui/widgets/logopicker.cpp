#include "widgets/logopicker.h"

#include "widgets/dialogparts.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

LogoPicker::LogoPicker(QWidget *parent)
    : QWidget(parent)
{
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("e.g. https://your-shop.com/logo.png"));
    m_address->setToolTip(tr("Your customers' mail programs load the logo from this address, so it must be a "
                             "picture on the web. No website? Choose a picture file instead."));
    m_choose = new QPushButton(tr("Choose F&ile…"), this);
    m_choose->setObjectName(u"logoChooseButton"_s);
    m_choose->setAutoDefault(false);
    m_choose->setToolTip(tr("A PNG, JPEG, GIF or WebP picture of at most %1 KiB. Every email carries it inside, so "
                            "it shows without your customers' mail programs loading anything from the web.")
                             .arg(BrandLogo::MaxBytes / 1024));
    m_remove = new QPushButton(tr("Remo&ve Picture"), this);
    m_remove->setObjectName(u"logoRemoveButton"_s);
    m_remove->setAutoDefault(false);
    m_picture = new QLabel(this);
    m_picture->setObjectName(u"logoPicture"_s);
    m_picture->setFrameShape(QFrame::StyledPanel);
    m_picture->setAlignment(Qt::AlignCenter);
    m_about = new QLabel(this);
    m_about->setObjectName(u"logoAbout"_s);
    m_problem = makeProblemLabel(u"logoProblem"_s, this);

    auto *addressRow = new QHBoxLayout;
    addressRow->setContentsMargins(0, 0, 0, 0);
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_choose);
    addressRow->addStretch(); // keeps the button its own size while the address gives way to the picture
    auto *pictureRow = new QHBoxLayout;
    pictureRow->setContentsMargins(0, 0, 0, 0);
    pictureRow->addWidget(m_picture);
    pictureRow->addWidget(m_about, 1);
    pictureRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(addressRow);
    layout->addLayout(pictureRow);
    layout->addWidget(m_problem);
    setFocusProxy(m_address);

    connect(m_address, &QLineEdit::textEdited, this, [this] {
        m_problem->hide();
        emit changed();
    });
    connect(m_choose, &QPushButton::clicked, this, &LogoPicker::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &LogoPicker::removeFile);
    showState();
}

LogoPicker::~LogoPicker() = default;

void LogoPicker::setLogo(const QString &url, const BrandLogo &file)
{
    m_file = file;
    m_addressBeforeFile = url;
    m_address->setText(file.isEmpty() ? url : QString());
    m_problem->hide();
    showState();
}

QString LogoPicker::logoUrl() const
{
    return m_file.isEmpty() ? m_address->text().trimmed() : QString();
}

bool LogoPicker::loadFile(const QString &path)
{
    auto logo = BrandLogo::fromFile(path);
    if (!logo) {
        m_problem->setText(logo.error().message);
        m_problem->show();
        return false;
    }
    if (m_file.isEmpty()) {
        m_addressBeforeFile = m_address->text();
    }
    m_file = *logo;
    m_address->clear();
    m_problem->hide();
    showState();
    emit changed();
    return true;
}

void LogoPicker::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose Your Logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)"));
    if (!path.isEmpty()) {
        loadFile(path);
    }
}

void LogoPicker::removeFile()
{
    m_file = {};
    m_address->setText(m_addressBeforeFile);
    m_problem->hide();
    showState();
    m_address->setFocus(Qt::OtherFocusReason); // the button it was on is gone
    emit changed();
}

void LogoPicker::showState()
{
    const bool fromFile = !m_file.isEmpty();
    // With a file the address is not used: the picture's row stands in its place.
    m_address->setEnabled(!fromFile);
    m_address->setVisible(!fromFile);
    m_picture->setVisible(fromFile);
    m_about->setVisible(fromFile);
    m_remove->setVisible(fromFile);
    setFocusProxy(fromFile ? static_cast<QWidget *>(m_choose) : m_address);
    if (!fromFile) {
        m_picture->clear();
        m_about->clear();
        return;
    }
    QPixmap pixmap;
    pixmap.loadFromData(m_file.data);
    const int height = fontMetrics().height() * 3;
    m_picture->setPixmap(
        pixmap.isNull() ? QPixmap() : pixmap.scaled(height * 4, height, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    const QString size = tr("%1 KiB").arg((m_file.data.size() + 1023) / 1024);
    m_about->setText(pixmap.isNull() ? size
                                     : tr("%1 × %2 pixels, %3").arg(pixmap.width()).arg(pixmap.height()).arg(size));
    m_about->setToolTip(tr("Every email carries this picture inside it, as %1.").arg(m_file.fileName()));
}

} // namespace Tidings::Ui
