#pragma once

#include "templates/brandlogo.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Tidings::Ui {

// The logo of the Brand Kit and the first-run wizard: a web address, or a picture from a file (PNG, JPEG, GIF or
// WebP, BrandLogo's checks), which each email then carries inside it. With a file chosen, the address is not
// used and gives way to the picture, a thumbnail with its size; Remove Picture goes back to the address.
// A file that cannot be a logo is named in place, and the logo before it stays.
class LogoPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogoPicker)

public:
    explicit LogoPicker(QWidget *parent = nullptr);
    ~LogoPicker() override;

    void setLogo(const QString &url, const BrandLogo &file);
    QString logoUrl() const;

    BrandLogo logoFile() const { return m_file; }

    // What Choose File… does with the file the owner picked: true when it is the logo now.
    bool loadFile(const QString &path);

    QLineEdit *addressField() const { return m_address; }

    QPushButton *chooseButton() const { return m_choose; }

    QPushButton *removeButton() const { return m_remove; }

    QLabel *pictureLabel() const { return m_picture; }

    QLabel *problemLabel() const { return m_problem; }

signals:
    void changed();

private:
    void chooseFile();
    void removeFile();
    void showState();

    BrandLogo m_file;
    QString m_addressBeforeFile;
    QLineEdit *m_address = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_picture = nullptr;
    QLabel *m_about = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Tidings::Ui
