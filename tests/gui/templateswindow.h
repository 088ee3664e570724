#pragma once

#include "enginebinding.h"
#include "mainwindow.h"
#include "pipelinefixture.h"
#include "templates/templatespage.h"

#include <QAction>
#include <QString>

#include <memory>

namespace Tidings::Test {

// A window on a running pipeline (one SendGrid channel on a loopback fake), showing the Templates page.
struct TemplatesWindow
{
    PipelineFixture pipeline;
    std::unique_ptr<Ui::MainWindow> window;
    Ui::TemplatesPage *page = nullptr;

    // Why the window could not be shown; empty when it is.
    QString open()
    {
        using namespace Qt::StringLiterals;
        if (!pipeline.setUpError().isEmpty()) {
            return pipeline.setUpError();
        }
        window = std::make_unique<Ui::MainWindow>(pipeline.dataDir());
        window->resize(1500, 900);
        window->show();
        const QString error = pipeline.startEngine([this](Engine &engine) { Ui::bindEngine(engine, *window); });
        if (!error.isEmpty()) {
            return error;
        }
        page = window->templatesPage();
        auto *show = window->findChild<QAction *>(u"showTemplatesAction"_s);
        if (!page || !show) {
            return u"no Templates page"_s;
        }
        show->trigger();
        return page->isVisible() ? QString() : u"the Templates page is not shown"_s;
    }
};

} // namespace Tidings::Test
