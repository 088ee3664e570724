#include "inventory/inventorypage.h"
#include "inventory/productsmodel.h"
#include "inventory/stockhistorymodel.h"
#include "inventory/thresholddialog.h"
#include "model/statuses.h"
#include "screenshot.h"
#include "store/database.h"
#include "store/inventoryqueries.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>
#include <optional>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 BaseTimeMs = 1'718'000'000'000;

struct ProductSpec
{
    QString key;
    QString name;
    std::optional<qint64> available;
    StockStatus status = StockStatus::InStock;
    std::optional<int> threshold;
    QString alert;
};

struct ChangeSpec
{
    QString key;
    std::optional<qint64> available;
    std::optional<qint64> total;
    StockStatus status = StockStatus::InStock;
    QString triggers; // space-separated, as the store keeps them
    int told = 0;
    qint64 minutes = 0; // after BaseTimeMs
    QString location = u"warehouse"_s;
};

bool exec(QSqlQuery &query)
{
    if (!query.exec()) {
        qWarning("test SQL failed: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

// The Inventory page on a real store: products and their history written with plain SQL as the ingest writer
// would, the page's edits read back through InventoryQueries.
class tst_InventoryPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyState_explainsWhereProductsComeFrom();
    void table_showsEachColumn_data();
    void table_showsEachColumn();
    void search_filtersRows_data();
    void search_filtersRows();
    void threshold_editedByKeyboardInTheTable_isSaved();
    void threshold_dialog_ownValueThenTheShops();
    void shopThreshold_spinBox_isSaved();
    void selectingAProduct_showsItsHistory();
    void refresh_keepsTheChosenProduct();
    void importCsv_addsCustomers_saysWhichLineWasLeftOut();
    void importUnreadableFile_saysSoInThePage();

private:
    bool addProduct(const ProductSpec &spec);
    bool addChange(const ChangeSpec &spec);
    bool addSubscriber(const QString &key, const QString &email, bool told);
    void addCatalogue();
    void openPage();

    int shownRows() const { return m_page->table()->model()->rowCount(); }

    QString shown(const QString &key, int column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<InventoryQueries> m_queries;
    std::unique_ptr<QWidget> m_window;
    Ui::InventoryPage *m_page = nullptr;
};

void tst_InventoryPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_InventoryPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->path(), u"inventory-test"_s);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
    m_db.emplace(std::move(db).value());
    m_queries = std::make_unique<InventoryQueries>(m_db->handle());
}

void tst_InventoryPage::cleanup()
{
    m_page = nullptr;
    m_window.reset();
    m_queries.reset();
    m_db.reset();
    m_dir.reset();
}

bool tst_InventoryPage::addProduct(const ProductSpec &spec)
{
    QSqlQuery query(m_db->handle());
    query.prepare(u"INSERT INTO products(product_key, sku, name, available, status, threshold, alert, updated_at)"
                  " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(spec.key);
    query.addBindValue(spec.key);
    query.addBindValue(spec.name);
    query.addBindValue(spec.available ? QVariant(*spec.available) : QVariant());
    query.addBindValue(toName(spec.status));
    query.addBindValue(spec.threshold ? QVariant(*spec.threshold) : QVariant());
    bindValue(query, spec.alert); // NOT NULL: a null string as ''
    query.addBindValue(BaseTimeMs);
    return exec(query);
}

bool tst_InventoryPage::addChange(const ChangeSpec &spec)
{
    QSqlQuery query(m_db->handle());
    query.prepare(u"INSERT INTO stock_history(product_key, source_id, location_id, available, total, status, triggers,"
                  " customers_told, occurred_at) VALUES(?, 'corner-shop', ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(spec.key);
    query.addBindValue(spec.location);
    query.addBindValue(spec.available ? QVariant(*spec.available) : QVariant());
    query.addBindValue(spec.total ? QVariant(*spec.total) : QVariant());
    query.addBindValue(toName(spec.status));
    bindValue(query, spec.triggers);
    query.addBindValue(spec.told);
    query.addBindValue(BaseTimeMs + spec.minutes * 60'000);
    return exec(query);
}

bool tst_InventoryPage::addSubscriber(const QString &key, const QString &email, bool told)
{
    QSqlQuery query(m_db->handle());
    query.prepare(u"INSERT INTO stock_subscriptions(product_key, email, subscribed_at, notified_at)"
                  " VALUES(?, ?, ?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(email);
    query.addBindValue(BaseTimeMs);
    query.addBindValue(told ? QVariant(BaseTimeMs + 60'000) : QVariant());
    return exec(query);
}

// A small shop: a mug running low (its own threshold), t-shirts in and out of stock, a poster the platform
// gives no quantity for.
void tst_InventoryPage::addCatalogue()
{
    QVERIFY(addProduct({u"MUG-01"_s, u"Enamel mug"_s, 3, StockStatus::LowStock, 4, u"low"_s}));
    QVERIFY(addProduct({u"TS-BLK-M"_s, u"T-shirt black M"_s, 0, StockStatus::OutOfStock, std::nullopt, u"out"_s}));
    QVERIFY(addProduct({u"TS-WHT-S"_s, u"T-shirt white S"_s, 42, StockStatus::InStock, std::nullopt, {}}));
    QVERIFY(addProduct({u"POSTER-A2"_s, u"Harbour poster"_s, std::nullopt, StockStatus::InStock, std::nullopt, {}}));
    QVERIFY(addChange({u"TS-BLK-M"_s, 12, 12, StockStatus::InStock, {}, 0, 0}));
    QVERIFY(addChange({u"TS-BLK-M"_s, 4, 4, StockStatus::LowStock, u"stock.status:low_stock"_s, 0, 60}));
    QVERIFY(addChange({u"TS-BLK-M"_s, 0, 0, StockStatus::OutOfStock, u"stock.status:out_of_stock"_s, 0, 120}));
    QVERIFY(addChange({u"MUG-01"_s, 3, 3, StockStatus::LowStock, u"stock.status:low_stock"_s, 0, 30}));
    QVERIFY(addSubscriber(u"TS-BLK-M"_s, u"ada@example.com"_s, false));
    QVERIFY(addSubscriber(u"TS-BLK-M"_s, u"grace@example.com"_s, false));
    QVERIFY(addSubscriber(u"TS-BLK-M"_s, u"linus@example.com"_s, true));
}

void tst_InventoryPage::openPage()
{
    m_window = std::make_unique<QWidget>();
    m_window->setWindowTitle(u"Inventory"_s);
    auto *layout = new QVBoxLayout(m_window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    m_page = new Ui::InventoryPage(m_queries.get(), m_window.get());
    layout->addWidget(m_page);
    m_window->resize(1280, 760);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page->setFocus(Qt::OtherFocusReason);
}

QString tst_InventoryPage::shown(const QString &key, int column) const
{
    const QAbstractItemModel *model = m_page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Ui::ProductsModel::KeyRole).toString() == key) {
            return model->index(row, column).data().toString();
        }
    }
    return u"(not shown)"_s;
}

void tst_InventoryPage::emptyState_explainsWhereProductsComeFrom()
{
    openPage();
    QTRY_VERIFY(m_page->emptyState()->isVisible());
    QVERIFY(!m_page->table()->isVisible());
    QVERIFY(m_page->emptyState()->text().contains(u"Stock levels appear here when a connected shop reports them"_s));
    QVERIFY(!m_page->emptyState()->text().contains(u"coming soon"_s, Qt::CaseInsensitive));
    // The import is offered there, and Ctrl+I reaches it from the page.
    auto *button = m_page->findChild<QPushButton *>(u"emptyImportButton"_s);
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), u"&Import Waiting Customers…"_s);
    QVERIFY(m_page->isAncestorOf(QApplication::focusWidget()));
    // Who is told about stock can be chosen before the first product arrives: Alt+M asks the window for it.
    auto *messages = m_page->findChild<QPushButton *>(u"emptyMessagesButton"_s);
    QVERIFY(messages && messages->isVisible());
    QSignalSpy asked(m_page, &Ui::InventoryPage::messagesRequested);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(asked.count(), 1);
    QVERIFY(screenshot(m_window.get(), u"inventory"_s, u"empty"_s));
}

void tst_InventoryPage::table_showsEachColumn_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    using M = Ui::ProductsModel;
    QTest::newRow("name") << u"MUG-01"_s << int(M::Name) << u"Enamel mug"_s;
    QTest::newRow("quantity") << u"TS-WHT-S"_s << int(M::InStock) << u"42"_s;
    QTest::newRow("no quantity: the level's word") << u"POSTER-A2"_s << int(M::InStock) << u"In stock"_s;
    QTest::newRow("low") << u"MUG-01"_s << int(M::Status) << displayName(StockStatus::LowStock);
    QTest::newRow("out") << u"TS-BLK-M"_s << int(M::Status) << displayName(StockStatus::OutOfStock);
    QTest::newRow("own threshold") << u"MUG-01"_s << int(M::Threshold) << u"4"_s;
    QTest::newRow("the shop's threshold") << u"TS-WHT-S"_s << int(M::Threshold) << u"5 (shop)"_s;
    QTest::newRow("waiting") << u"TS-BLK-M"_s << int(M::Waiting) << u"2"_s;
    QTest::newRow("told") << u"TS-BLK-M"_s << int(M::Told) << u"1"_s;
    QTest::newRow("nobody waiting") << u"MUG-01"_s << int(M::Waiting) << u"0"_s;
}

void tst_InventoryPage::table_showsEachColumn()
{
    QFETCH(QString, key);
    QFETCH(int, column);
    QFETCH(QString, expected);
    addCatalogue();
    openPage();
    QVERIFY(m_page->table()->isVisible());
    QVERIFY(!m_page->emptyState()->isVisible());
    QCOMPARE(shownRows(), 4);
    QCOMPARE(shown(key, column), expected);
}

void tst_InventoryPage::search_filtersRows_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // by SKU, as sorted

    QTest::newRow("all") << QString() << QStringList{u"MUG-01"_s, u"POSTER-A2"_s, u"TS-BLK-M"_s, u"TS-WHT-S"_s};
    QTest::newRow("by SKU") << u"ts-"_s << QStringList{u"TS-BLK-M"_s, u"TS-WHT-S"_s};
    QTest::newRow("by name") << u"mug"_s << QStringList{u"MUG-01"_s};
    QTest::newRow("nothing") << u"kettle"_s << QStringList{};
}

void tst_InventoryPage::search_filtersRows()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    addCatalogue();
    openPage();
    QTest::keyClick(m_page->table(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_page->searchField());
    QTest::keyClicks(m_page->searchField(), search);
    QTest::keyClick(m_page->searchField(), Qt::Key_Return); // at once, and on to the table
    QCOMPARE(QApplication::focusWidget(), m_page->table());
    QStringList keys;
    for (int row = 0; row < shownRows(); ++row) {
        keys.append(m_page->table()->model()->index(row, 0).data().toString());
    }
    QCOMPARE(keys, expected);
    // A search that finds nothing keeps the search, so it can be changed back.
    QVERIFY(m_page->searchField()->isVisible());
    QVERIFY(!m_page->emptyState()->isVisible());
}

void tst_InventoryPage::threshold_editedByKeyboardInTheTable_isSaved()
{
    addCatalogue();
    openPage();
    QVERIFY(m_page->selectProduct(u"TS-WHT-S"_s));
    m_page->table()->setFocus(Qt::OtherFocusReason);
    // F2 anywhere in the row edits the threshold.
    QTest::keyClick(m_page->table(), Qt::Key_F2);
    auto *editor = m_page->table()->findChild<QSpinBox *>(u"thresholdEditor"_s);
    QVERIFY(editor);
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->value(), -1); // the shop's
    QCOMPARE(editor->text(), u"Shop's (5)"_s);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"12"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_queries->product(u"TS-WHT-S"_s)->threshold, std::optional<int>(12));
    QTRY_COMPARE(shown(u"TS-WHT-S"_s, Ui::ProductsModel::Threshold), u"12"_s);
    QCOMPARE(m_page->currentKey(), u"TS-WHT-S"_s);

    QTest::keyClick(m_page->table(), Qt::Key_F2);
    editor = m_page->table()->findChild<QSpinBox *>(u"thresholdEditor"_s);
    QVERIFY(editor);
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->value(), 12);
    // Emptied: the shop's.
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_queries->product(u"TS-WHT-S"_s)->threshold, std::nullopt);
    QTRY_COMPARE(shown(u"TS-WHT-S"_s, Ui::ProductsModel::Threshold), u"5 (shop)"_s);
}

void tst_InventoryPage::threshold_dialog_ownValueThenTheShops()
{
    addCatalogue();
    openPage();
    QVERIFY(m_page->selectProduct(u"TS-BLK-M"_s));
    QVERIFY(m_page->thresholdAction()->isEnabled());
    // Alt+T: the Threshold… button's mnemonic.
    QTest::keyClick(m_page->table(), Qt::Key_T, Qt::AltModifier);
    Ui::ThresholdDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<Ui::ThresholdDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QVERIFY(dialog->useShopBox()->isChecked());
    QVERIFY(!dialog->spinBox()->isEnabled());
    QTest::keyClick(dialog->useShopBox(), Qt::Key_Space);
    QVERIFY(dialog->spinBox()->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->spinBox());
    QTest::keyClick(dialog->spinBox(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog->spinBox(), u"2"_s);
    QVERIFY(screenshot(dialog, u"inventory"_s, u"threshold-dialog"_s));
    const QPointer<Ui::ThresholdDialog> first = dialog;
    QTest::keyClick(dialog->spinBox(), Qt::Key_Return);
    QTRY_VERIFY(!first); // closed, and gone
    QTRY_COMPARE(m_queries->product(u"TS-BLK-M"_s)->threshold, std::optional<int>(2));
    QCOMPARE(shown(u"TS-BLK-M"_s, Ui::ProductsModel::Threshold), u"2"_s);

    m_page->thresholdAction()->trigger();
    QTRY_VERIFY((dialog = m_page->findChild<Ui::ThresholdDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QVERIFY(!dialog->useShopBox()->isChecked());
    QCOMPARE(dialog->spinBox()->value(), 2);
    QTest::keyClick(dialog->spinBox(), Qt::Key_U, Qt::AltModifier); // "&Use the shop's threshold"
    QTRY_VERIFY(dialog->useShopBox()->isChecked());
    QTest::keyClick(dialog->useShopBox(), Qt::Key_Return);
    QTRY_COMPARE(m_queries->product(u"TS-BLK-M"_s)->threshold, std::nullopt);
}

void tst_InventoryPage::shopThreshold_spinBox_isSaved()
{
    addCatalogue();
    openPage();
    QSpinBox *shop = m_page->shopThresholdBox();
    QCOMPARE(shop->value(), 5);
    // Alt+O: "Sh&op threshold:".
    QTest::keyClick(m_page->table(), Qt::Key_O, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), shop);
    QTest::keyClick(shop, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(shop, u"50"_s);
    QCOMPARE(m_queries->defaultThreshold().value(), 5); // not per digit typed
    QTest::keyClick(shop, Qt::Key_Return);
    QCOMPARE(m_queries->defaultThreshold().value(), 50);
    QCOMPARE(shown(u"TS-WHT-S"_s, Ui::ProductsModel::Threshold), u"50 (shop)"_s);
    QCOMPARE(shown(u"TS-WHT-S"_s, Ui::ProductsModel::Status), displayName(StockStatus::LowStock));
    QCOMPARE(shown(u"MUG-01"_s, Ui::ProductsModel::Threshold), u"4"_s); // its own stays
    QTest::keyClick(shop, Qt::Key_Down);
    QCOMPARE(m_queries->defaultThreshold().value(), 49);
}

void tst_InventoryPage::selectingAProduct_showsItsHistory()
{
    addCatalogue();
    openPage();
    QVERIFY(m_page->selectProduct(u"MUG-01"_s));
    QCOMPARE(m_page->historyModel()->rowCount(), 1);
    // Down the table (by SKU: MUG-01, POSTER-A2, TS-BLK-M): the poster has no changes, the t-shirt three.
    m_page->table()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(m_page->table(), Qt::Key_Down);
    QCOMPARE(m_page->currentKey(), u"POSTER-A2"_s);
    QCOMPARE(m_page->historyModel()->rowCount(), 0);
    QVERIFY(m_page->historyTitle()->text().contains(u"No stock change"_s));
    QTest::keyClick(m_page->table(), Qt::Key_Down);
    QCOMPARE(m_page->currentKey(), u"TS-BLK-M"_s);
    const QAbstractItemModel *history = m_page->historyModel();
    QCOMPARE(history->rowCount(), 3);
    QVERIFY(m_page->historyTitle()->text().contains(u"T-shirt black M"_s));
    using H = Ui::StockHistoryModel;
    // Newest first.
    QCOMPARE(history->index(0, H::Total).data().toString(), u"0"_s);
    QCOMPARE(history->index(0, H::Level).data().toString(), displayName(StockStatus::OutOfStock));
    QCOMPARE(history->index(0, H::SetOff).data().toString(), u"Out-of-stock alert"_s);
    QCOMPARE(history->index(1, H::SetOff).data().toString(), u"Low-stock alert"_s);
    QCOMPARE(history->index(2, H::SetOff).data().toString(), u"—"_s);
    QCOMPARE(history->index(2, H::Location).data().toString(), u"warehouse"_s);
    QCOMPARE(H::triggerWord(u"stock.status:back_in_stock"_s), u"Back in stock"_s);
    // The connection as the owner named it (the window passes the engine's sources); the id stays in the tooltip.
    QCOMPARE(history->index(0, H::Source).data().toString(), u"corner-shop"_s);
    m_page->setSourceNames({{u"corner-shop"_s, u"Corner Shop (Shopify)"_s}});
    QCOMPARE(history->index(0, H::Source).data().toString(), u"Corner Shop (Shopify)"_s);
    QCOMPARE(history->index(0, H::Source).data(Qt::ToolTipRole).toString(), u"corner-shop"_s);
    QVERIFY(screenshot(m_window.get(), u"inventory"_s, u"history"_s));
}

void tst_InventoryPage::refresh_keepsTheChosenProduct()
{
    addCatalogue();
    openPage();
    QVERIFY(m_page->selectProduct(u"TS-WHT-S"_s));
    QVERIFY(addProduct({u"AA-FIRST"_s, u"Sorted first"_s, 9, StockStatus::InStock, std::nullopt, {}}));
    QVERIFY(addChange({u"TS-WHT-S"_s, 41, 41, StockStatus::InStock, {}, 0, 200}));
    m_page->refresh();
    QCOMPARE(shownRows(), 5);
    QCOMPARE(m_page->currentKey(), u"TS-WHT-S"_s);
    QCOMPARE(m_page->historyModel()->rowCount(), 1);
}

void tst_InventoryPage::importCsv_addsCustomers_saysWhichLineWasLeftOut()
{
    addCatalogue();
    openPage();
    QVERIFY(m_page->selectProduct(u"TS-BLK-M"_s));
    QCOMPARE(shown(u"TS-BLK-M"_s, Ui::ProductsModel::Waiting), u"2"_s);
    const QString path = m_dir->filePath(u"waiting.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SKU,Email,Name\n"
               "TS-BLK-M,margaret@example.com,Margaret\n"
               "TS-BLK-M,not an address,Nobody\n"
               "TS-BLK-M,ada@example.com,Ada\n"
               "KETTLE-1,barbara@example.com,Barbara\n");
    file.close();

    m_page->importSubscriptionsFrom(path);
    Ui::MessageBanner *banner = m_page->messageBanner();
    QVERIFY(banner->isVisible());
    const QString text = banner->text();
    QVERIFY2(text.contains(u"Added 2 waiting customer"_s), qPrintable(text));
    QVERIFY2(text.contains(u"1 were already waiting"_s) || text.contains(u"1 was already waiting"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Line 3"_s), qPrintable(text));
    QVERIFY2(text.contains(u"not an address"_s), qPrintable(text));
    QCOMPARE(banner->kind(), Ui::MessageBanner::Kind::Warning);
    QCOMPARE(shown(u"TS-BLK-M"_s, Ui::ProductsModel::Waiting), u"3"_s);
    // A product only waited for is listed from now on, without stock.
    QCOMPARE(shown(u"KETTLE-1"_s, Ui::ProductsModel::Waiting), u"1"_s);
    QCOMPARE(m_page->currentKey(), u"TS-BLK-M"_s);
    QVERIFY(screenshot(m_window.get(), u"inventory"_s, u"page"_s));
}

void tst_InventoryPage::importUnreadableFile_saysSoInThePage()
{
    openPage();
    m_page->importSubscriptionsFrom(m_dir->filePath(u"missing.csv"_s));
    Ui::MessageBanner *banner = m_page->messageBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Ui::MessageBanner::Kind::Error);
    QVERIFY2(banner->text().startsWith(u"Tidings could not read "_s), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(u"missing.csv"_s));
    QVERIFY(m_page->emptyState()->isVisible()); // nothing added
}

QTEST_MAIN(tst_InventoryPage)

#include "tst_inventorypage.moc"
