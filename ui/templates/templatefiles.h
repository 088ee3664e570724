#pragma once

#include "model/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace Tidings {
class Engine;
} // namespace Tidings

namespace Tidings::Ui {

// Templates → Export Templates… and Import Templates…: the shop's templates and brand kit as one file
// (TemplateBundle), to move them to another computer or keep a copy. An imported file's templates become
// drafts, so nothing a customer gets changes until the owner publishes; its brand kit replaces the shop's only
// when the owner says so. What happened is said in words (done), problems too (errorOccurred).
class TemplateFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateFiles)

public:
    // The actions are page actions of `page` (their shortcuts work on it).
    explicit TemplateFiles(QWidget *page);

    void setEngine(Engine *engine);

    QAction *exportAction() const { return m_export; }

    QAction *importAction() const { return m_import; }

    // Writes the file; the message for the owner, or why not.
    Result<QString> exportTo(const QString &path);
    // Reads and checks the file, asks what to do with its brand kit (unless `confirm` is false: then the brand
    // kit is used), and saves the templates as drafts; the message for the owner, or why not.
    Result<QString> importFrom(const QString &path, bool confirm = true);

    // What the actions ask the file from: by default the system's file dialog; `forSaving` for Export. An empty
    // answer is the owner cancelling. For tests.
    using FileChooser = std::function<QString(bool forSaving)>;

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

signals:
    void done(const QString &message);
    void errorOccurred(const Tidings::Error &error);

private:
    QString chooseFile(bool forSaving) const;
    void report(const Result<QString> &result);

    QWidget *m_page;
    QPointer<Engine> m_engine;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    FileChooser m_chooser;
};

} // namespace Tidings::Ui
