#include "connectionswindow.h"

#include "connections/sourcesmodel.h"
#include "enginebinding.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

void ConnectionsWindow::prepareApplication(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TidingsTest"_s);
    QCoreApplication::setApplicationName(name);
}

QString ConnectionsWindow::start()
{
    m_pipeline = std::make_unique<PipelineFixture>();
    if (!m_pipeline->setUpError().isEmpty()) {
        return m_pipeline->setUpError();
    }
    m_window = std::make_unique<Ui::MainWindow>(m_pipeline->dataDir());
    const QString error = m_pipeline->startEngine([this](Engine &engine) { Ui::bindEngine(engine, *m_window); });
    if (!error.isEmpty()) {
        return error;
    }
    m_page = m_window->connectionsPage();
    if (!m_page) {
        return u"the window has no Connections page"_s;
    }
    m_window->resize(1100, 700);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        return u"the window was not shown"_s;
    }
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        return u"the window did not become active"_s;
    }
    m_window->findChild<QAction *>(u"showConnectionsAction"_s)->trigger();
    if (!QTest::qWaitFor([this] { return m_page->model()->rowCount() == 1; }, 5000)) {
        return u"the page does not list the fixture's source"_s;
    }
    return {};
}

Ui::AddSourceWizard *ConnectionsWindow::openAddWizard() const
{
    auto *button = m_page->findChild<QPushButton *>(u"addSourceActionButton"_s);
    if (!button || !button->isEnabled()) {
        qWarning("the Add button is missing or disabled");
        return nullptr;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return m_page->wizard();
}

int ConnectionsWindow::row(const QString &sourceId) const
{
    return m_page->model()->rowOfSource(sourceId);
}

SourceHealth ConnectionsWindow::healthOf(const QString &sourceId) const
{
    const int r = row(sourceId);
    return r >= 0 ? m_page->model()->health(r) : SourceHealth();
}

} // namespace Tidings::Test
