#pragma once

#include "connections/addsourcewizard.h"
#include "connections/connectionspage.h"
#include "mainwindow.h"
#include "model/sourcehealth.h"
#include "pipelinefixture.h"

#include <QString>

#include <memory>

namespace Tidings::Test {

// The main window on a running engine (PipelineFixture: one Shopify source), shown on the Connections page:
// what the Connections GUI tests start from.
class ConnectionsWindow final
{
public:
    // Names the application for QStandardPaths' test mode; call from initTestCase().
    static void prepareApplication(const QString &name);

    // Empty when the window is up with its engine running, else what failed.
    QString start();

    PipelineFixture &pipeline() const { return *m_pipeline; }

    Ui::MainWindow &window() const { return *m_window; }

    Ui::ConnectionsPage &page() const { return *m_page; }

    // Clicks "Add connection…"; the wizard, or nullptr when the button is missing or disabled.
    Ui::AddSourceWizard *openAddWizard() const;
    int row(const QString &sourceId) const;
    SourceHealth healthOf(const QString &sourceId) const;

private:
    std::unique_ptr<PipelineFixture> m_pipeline;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::ConnectionsPage *m_page = nullptr;
};

} // namespace Tidings::Test
