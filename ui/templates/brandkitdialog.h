#pragma once

#include "model/result.h"
#include "templates/messagetemplate.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Tidings::Ui {

class LogoPicker;

// "Brand Kit…" on the Templates page: the shop's look in every message (name, logo, accent colour,
// support address, footer). Save hands it to `save` (Engine::setBrand); what cannot work is shown in place
// and the dialog stays open. The other Brand fields pass through unchanged.
class BrandKitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandKitDialog)

public:
    using Save = std::function<Status(const Brand &brand)>;

    BrandKitDialog(const Brand &brand, Save save, QWidget *parent = nullptr);
    ~BrandKitDialog() override;

    // The brand as the fields describe it.
    Brand brand() const;

    QLineEdit *shopNameField() const { return m_shopName; }

    QLineEdit *logoField() const;

    LogoPicker *logoPicker() const { return m_logo; }

    QLineEdit *colourField() const { return m_colour; }

    QPushButton *colourButton() const { return m_chooseColour; }

    QLineEdit *supportField() const { return m_support; }

    QPlainTextEdit *footerField() const { return m_footer; }

    QLineEdit *fontField() const { return m_font; }

    QPlainTextEdit *addressField() const { return m_address; }

    QLineEdit *phoneField() const { return m_phone; }

    // One link a line: its label, then its address ("Instagram https://instagram.com/shop").
    QPlainTextEdit *linksField() const { return m_links; }

    static QList<BrandLink> parseLinks(const QString &text);
    static QString linksText(const QList<BrandLink> &links);

    QPushButton *saveButton() const { return m_save; }

    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void chooseColour();
    void updateSwatch();

    Brand m_brand;
    Save m_saveBrand;
    QLineEdit *m_shopName = nullptr;
    LogoPicker *m_logo = nullptr;
    QLineEdit *m_colour = nullptr;
    QLabel *m_swatch = nullptr;
    QPushButton *m_chooseColour = nullptr;
    QLineEdit *m_support = nullptr;
    QPlainTextEdit *m_footer = nullptr;
    QLineEdit *m_font = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_links = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Tidings::Ui
