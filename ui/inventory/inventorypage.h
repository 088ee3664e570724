#pragma once

#include "model/result.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QPushButton;

namespace Tidings {
class InventoryQueries;
} // namespace Tidings

namespace Tidings::Ui {

class MessageBanner;
class ProductsModel;
class StockHistoryModel;

// Inventory: every product a connected shop reported stock for (or customers wait for), with its quantity,
// level, low-stock threshold and waiting customers, searchable by SKU or name and sortable; below it the
// selected product's stock changes and what each set off. A product's threshold is changed in the table (F2) or
// with Threshold…; the shop's own under "Shop threshold". Import Waiting Customers… (Ctrl+I) reads a
// back-in-stock list from a CSV file. What went wrong, and what an import did, shows in a strip above.
class InventoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)

public:
    // `queries` must outlive the page.
    explicit InventoryPage(InventoryQueries *queries, QWidget *parent = nullptr);
    ~InventoryPage() override;

    // Reads `path` as a back-in-stock list (parseSubscriptionCsv), adds its customers and says in the page what
    // was added and which lines were left out. Import Waiting Customers… calls it with the file chosen.
    void importSubscriptionsFrom(const QString &path);

    // Stores a product's own threshold (none: the shop's) and shows the result; false (and the reason in the
    // page) when it could not be stored.
    bool setThreshold(const QString &key, std::optional<int> threshold);

    // The connections' names by source id, for the history's Source column.
    void setSourceNames(const QHash<QString, QString> &names);

    // Chooses the product `key` in the table (its history shows below); false when the table does not show it.
    bool selectProduct(const QString &key);
    // The product chosen in the table, or an empty string.
    QString currentKey() const;

    QLineEdit *searchField() const { return m_search; }

    QTableView *table() const { return m_table; }

    ProductsModel *model() const { return m_model; }

    QTableView *historyView() const { return m_historyView; }

    StockHistoryModel *historyModel() const { return m_history; }

    QLabel *historyTitle() const { return m_historyTitle; }

    QSpinBox *shopThresholdBox() const { return m_shopThreshold; }

    MessageBanner *messageBanner() const { return m_banner; }

    QLabel *emptyState() const { return m_emptyState; }

    QLabel *statusLine() const { return m_statusLine; }

    QAction *thresholdAction() const { return m_thresholdAction; }

    QAction *importAction() const { return m_importAction; }

    QAction *messagesAction() const { return m_messagesAction; }

signals:
    // Messages…: the owner wants to choose who is told about stock (the window opens InventoryMessagesDialog).
    void messagesRequested();

public slots:
    // Reads the products (with the search typed) and the chosen one's history again; keeps the chosen product.
    void refresh();
    void focusSearch();
    // Threshold…: the chosen product's threshold, in a small dialog.
    void editThreshold();
    // Import Waiting Customers…: asks for a CSV file, then importSubscriptionsFrom() it.
    void importSubscriptions();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHistory();
    void saveShopThreshold(int threshold);
    void loadShopThreshold();
    void updateEmptyState();
    void updateStatusLine();
    void updateActions();
    void showError(const Error &error);

    InventoryQueries *m_queries;
    ProductsModel *m_model = nullptr;
    QSortFilterProxyModel *m_sort = nullptr;
    StockHistoryModel *m_history = nullptr;
    bool m_refreshing = false; // the table is being filled: no history per row chosen on the way

    MessageBanner *m_banner = nullptr;
    QWidget *m_toolbar = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr; // a search runs once typing pauses
    QSpinBox *m_shopThreshold = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QPushButton *m_emptyImportButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableView *m_historyView = nullptr;
    QLabel *m_statusLine = nullptr;
    QAction *m_thresholdAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_messagesAction = nullptr;
};

} // namespace Tidings::Ui
