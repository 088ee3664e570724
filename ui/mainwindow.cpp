#include "mainwindow.h"

namespace Tidings::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{}

} // namespace Tidings::Ui
