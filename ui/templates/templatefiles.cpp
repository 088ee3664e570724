#include "templates/templatefiles.h"

#include "engine.h"
#include "templates/templatebundle.h"
#include "widgets/messagebox.h"
#include "widgets/pageactions.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

QString fileFilter()
{
    return TemplateFiles::tr("Tidings templates (*.tidings-templates.json);;JSON files (*.json);;All files (*)");
}

Error notStarted()
{
    return Error::make(ErrorCode::Config, TemplateFiles::tr("Tidings has not started yet. Try again in a moment."));
}

} // namespace

TemplateFiles::TemplateFiles(QWidget *page)
    : QObject(page)
    , m_page(page)
{
    m_export = addPageAction(page, u"exportTemplatesAction"_s, tr("E&xport Templates…"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] {
                                 if (const QString path = chooseFile(true); !path.isEmpty()) {
                                     report(exportTo(path));
                                 }
                             });
    m_export->setToolTip(tr("Saves your templates as customers get them, and your brand kit, in one file"));
    m_import = addPageAction(page, u"importTemplatesAction"_s, tr("I&mport Templates…"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] {
                                 if (const QString path = chooseFile(false); !path.isEmpty()) {
                                     report(importFrom(path));
                                 }
                             });
    m_import->setToolTip(tr("Reads templates from a file as drafts: customers get them once you publish them"));
    setEngine(nullptr);
}

void TemplateFiles::setEngine(Engine *engine)
{
    m_engine = engine;
    m_export->setEnabled(engine != nullptr);
    m_import->setEnabled(engine != nullptr);
}

Result<QString> TemplateFiles::exportTo(const QString &path)
{
    if (!m_engine) {
        return notStarted();
    }
    auto bundle = m_engine->templatesForExport();
    if (!bundle) {
        return bundle.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bundle->toJson(QDateTime::currentDateTimeUtc())) < 0 ||
        !file.commit()) {
        return Error::make(
            ErrorCode::Storage,
            tr("Tidings could not write %1. Choose a folder you can save in.").arg(QDir::toNativeSeparators(path)),
            file.errorString());
    }
    return tr("%n template(s) and your brand kit saved in %1.", nullptr, int(bundle->templates.size()))
        .arg(QDir::toNativeSeparators(path));
}

Result<QString> TemplateFiles::importFrom(const QString &path, bool confirm)
{
    if (!m_engine) {
        return notStarted();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::NotFound, tr("Tidings could not open %1.").arg(QDir::toNativeSeparators(path)),
                           file.errorString());
    }
    if (file.size() > TemplateBundle::MaxFileBytes) {
        return Error::make(ErrorCode::TooLarge,
                           tr("%1 is too large to be a templates file.").arg(QDir::toNativeSeparators(path)));
    }
    auto bundle = TemplateBundle::fromJson(file.read(TemplateBundle::MaxFileBytes + 1));
    if (!bundle) {
        return bundle.error();
    }
    bool useBrand = bundle->brand.has_value();
    if (confirm && useBrand) {
        const QString shop = bundle->brand->shopName.trimmed();
        const QString question =
            shop.isEmpty()
                ? tr("The file also has a brand kit. Use it in your messages from now on, instead of yours?")
                : tr("The file also has the brand kit of \u201c%1\u201d. Use it in your messages from now on, instead "
                     "of yours?")
                      .arg(shop);
        useBrand =
            MessageBox::confirm(m_page, tr("Import Templates"), question, tr("&Use Its Brand Kit")) == QMessageBox::Yes;
    }
    auto imported = m_engine->importTemplates(*bundle, useBrand);
    if (!imported) {
        return imported.error();
    }
    QString message = imported->drafts == 0
                          ? tr("The file's templates are the same as yours: nothing to import.")
                          : tr("%n template(s) imported as drafts. Customers get them once you publish them.", nullptr,
                               imported->drafts);
    if (imported->brandApplied) {
        message += u' ' + tr("Your messages use the file's brand kit now.");
    }
    return message;
}

QString TemplateFiles::chooseFile(bool forSaving) const
{
    if (m_chooser) {
        return m_chooser(forSaving);
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (forSaving) {
        const QString name = u"templates-%1.tidings-templates.json"_s.arg(QDate::currentDate().toString(Qt::ISODate));
        return QFileDialog::getSaveFileName(m_page, tr("Export Templates"), QDir(folder).filePath(name), fileFilter());
    }
    return QFileDialog::getOpenFileName(m_page, tr("Import Templates"), folder, fileFilter());
}

void TemplateFiles::report(const Result<QString> &result)
{
    if (result) {
        emit done(*result);
    } else {
        emit errorOccurred(result.error());
    }
}

} // namespace Tidings::Ui
