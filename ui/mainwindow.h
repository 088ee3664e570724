#pragma once

#include <QMainWindow>

namespace Tidings::Ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Tidings::Ui
