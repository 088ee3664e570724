#include "gui/monitorfixture.h"
#include "monitor/monitormodel.h"
#include "monitor/monitorpage.h"
#include "monitor/monitorsortmodel.h"
#include "store/database.h"
#include "store/monitorqueries.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Tidings;
using namespace Tidings::Ui;
using Tidings::Test::EventSpec;
using Tidings::Test::MonitorFixture;

class tst_MonitorModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void reload_showsNewestEventsFirst();
    void headers_areLabelled();
    void eventsIngested_insertsAtTopWithoutReset();
    void eventsIngested_knownIds_changeNothing();
    void eventsIngested_missedSignal_catchesUpWithNewerEvents();
    void eventsIngested_burst_insertsOneBlockAtTop();
    void eventsIngested_lateOlderEvent_goesInItsPlace();
    void eventsIngested_lateEventOlderThanThePagesRead_comesWithItsPage();
    void fetchMore_readsOlderPagesUntilTheFirstEvent();
    void view_scrolledToTheEnd_readsOlderPages();
    void setFilter_resetsOntoTheFirstMatchingPage();
    void eventsIngested_withFilter_insertsOnlyMatchingEvents_keepsTheSelection();
    void eventsChanged_withFilter_rowsLeaveAndComeAsTheyStopOrStartMatching();
    void eventsChanged_repaintsOnlyTheChangedRow();
    void eventsChanged_nothingDifferent_emitsNothing();
    void eventsChanged_unknownIds_areIgnored();
    void status_display_data();
    void status_display();
    void received_isLocalShortDate_rawIsMs();
    void recipient_withSeveralNotifications_saysHowManyMore();
    void statusIcons_areCached();
    void filter_searchMatchesOrderNumberOrRecipient_data();
    void filter_searchMatchesOrderNumberOrRecipient();
    void filter_byState_data();
    void filter_byState();
    void sort_byStatus_usesRawValue();
    void page_filterRow_setsTheModelsFilter();

private:
    void makeModel(int pageSize = MonitorModel::DefaultPageSize);
    QList<qint64> shownIds() const;
    qint64 addOrder(const QString &number, const QString &state = {}, bool duplicate = false);

    std::unique_ptr<MonitorFixture> m_fixture;
    std::optional<Database> m_reader;
    std::unique_ptr<MonitorQueries> m_queries;
    std::unique_ptr<MonitorModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_MonitorModel::init()
{
    m_fixture = std::make_unique<MonitorFixture>();
    QVERIFY(m_fixture->isValid());
    auto reader = Database::open(m_fixture->dataDir(), u"monitor"_s);
    QVERIFY(reader.ok());
    m_reader.emplace(std::move(reader).value());
    m_queries = std::make_unique<MonitorQueries>(m_reader->handle());
}

void tst_MonitorModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_queries.reset();
    m_reader.reset();
    m_fixture.reset();
}

QList<qint64> tst_MonitorModel::shownIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ids.append(m_model->index(row, 0).data(MonitorModel::EventIdRole).toLongLong());
    }
    return ids;
}

void tst_MonitorModel::makeModel(int pageSize)
{
    m_model = std::make_unique<MonitorModel>(m_queries.get(), pageSize);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_model->reload().ok());
}

qint64 tst_MonitorModel::addOrder(const QString &number, const QString &state, bool duplicate)
{
    EventSpec spec;
    spec.orderNumber = number;
    spec.customer = u"Customer "_s + number;
    spec.summary = u"Order "_s + number + u" placed"_s;
    spec.duplicate = duplicate;
    const qint64 id = m_fixture->addEvent(spec);
    if (!state.isEmpty()) {
        m_fixture->addNotification(id, state, u"buyer"_s + number + u"@example.com"_s);
    }
    return id;
}

void tst_MonitorModel::reload_showsNewestEventsFirst()
{
    const qint64 a = addOrder(u"#1"_s, u"sent"_s);
    const qint64 b = addOrder(u"#2"_s, u"queued"_s);
    makeModel();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(MonitorModel::ColumnCount));
    QCOMPARE(m_model->index(0, 0).data(MonitorModel::EventIdRole).toLongLong(), b);
    QCOMPARE(m_model->index(1, MonitorModel::Order).data().toString(), u"#1"_s);
    QCOMPARE(m_model->index(1, MonitorModel::Customer).data().toString(), u"Customer #1"_s);
    QCOMPARE(m_model->index(1, MonitorModel::Event).data().toString(), u"Order #1 placed"_s);
    QCOMPARE(m_model->index(1, MonitorModel::Source).data().toString(), u"corner-shop"_s);
    QCOMPARE(m_model->index(1, MonitorModel::Channel).data().toString(), u"sendgrid"_s);
    QCOMPARE(m_model->index(1, MonitorModel::Recipient).data().toString(), u"buyer#1@example.com"_s);
    QCOMPARE(m_model->index(1, MonitorModel::Attempts).data().toInt(), 0);
    QCOMPARE(m_model->rowOfEvent(a), 1);
    QCOMPARE(m_model->rowOfEvent(9999), -1);
}

void tst_MonitorModel::headers_areLabelled()
{
    makeModel();
    for (int column = 0; column < MonitorModel::ColumnCount; ++column) {
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    }
    QCOMPARE(m_model->headerData(MonitorModel::Status, Qt::Horizontal).toString(), u"Status"_s);
}

void tst_MonitorModel::eventsIngested_insertsAtTopWithoutReset()
{
    addOrder(u"#1"_s, u"sent"_s);
    addOrder(u"#2"_s, u"sent"_s);
    makeModel();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    const qint64 c = addOrder(u"#3"_s, u"queued"_s);
    const qint64 d = addOrder(u"#4"_s, u"queued"_s);
    m_model->eventsIngested({c, d});

    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(0, 0).data(MonitorModel::EventIdRole).toLongLong(), d);
    QCOMPARE(m_model->index(1, 0).data(MonitorModel::EventIdRole).toLongLong(), c);
    QCOMPARE(m_model->index(2, MonitorModel::Order).data().toString(), u"#2"_s);
}

void tst_MonitorModel::eventsIngested_knownIds_changeNothing()
{
    const qint64 a = addOrder(u"#1"_s, u"sent"_s);
    makeModel();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->eventsIngested({a, 424242});
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
}

void tst_MonitorModel::eventsIngested_missedSignal_catchesUpWithNewerEvents()
{
    addOrder(u"#1"_s, u"sent"_s);
    makeModel();
    const qint64 missed = addOrder(u"#2"_s, u"sent"_s);
    const qint64 told = addOrder(u"#3"_s, u"queued"_s);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->eventsIngested({told});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOfEvent(told), 0);
    QCOMPARE(m_model->rowOfEvent(missed), 1);

    // The late signal for the missed event changes nothing.
    m_model->eventsIngested({missed});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
}

void tst_MonitorModel::eventsIngested_burst_insertsOneBlockAtTop()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        ids.append(addOrder(u"#%1"_s.arg(i), u"sent"_s));
    }
    makeModel(3);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // A burst bigger than a page, told by its last id only: every event comes in, in one block.
    QList<qint64> burst;
    for (int i = 0; i < 5; ++i) {
        burst.append(addOrder(u"#b%1"_s.arg(i), u"queued"_s));
    }
    m_model->eventsIngested({burst.constLast()});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(shownIds(), (QList<qint64>{burst.at(4), burst.at(3), burst.at(2), burst.at(1), burst.at(0), ids.at(2),
                                        ids.at(1), ids.at(0)}));
}

void tst_MonitorModel::eventsIngested_lateOlderEvent_goesInItsPlace()
{
    EventSpec spec;
    spec.id = 10;
    m_fixture->addEvent(spec);
    spec.id = 20;
    m_fixture->addEvent(spec);
    makeModel();
    spec.id = 15;
    spec.orderNumber = u"#late"_s;
    m_fixture->addEvent(spec);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->eventsIngested({15});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(m_model->index(1, MonitorModel::Order).data().toString(), u"#late"_s);
}

void tst_MonitorModel::eventsIngested_lateEventOlderThanThePagesRead_comesWithItsPage()
{
    EventSpec spec;
    for (qint64 id : {10, 20, 30, 40}) {
        spec.id = id;
        m_fixture->addEvent(spec);
    }
    makeModel(2); // 40 and 30 read; 20 and 10 wait for fetchMore
    spec.id = 15;
    m_fixture->addEvent(spec);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->eventsIngested({15});
    QCOMPARE(inserted.count(), 0);
    QVERIFY(m_model->canFetchMore());
    m_model->fetchMore();
    m_model->fetchMore();
    QCOMPARE(shownIds(), (QList<qint64>{40, 30, 20, 15, 10}));
    QVERIFY(!m_model->canFetchMore());
}

void tst_MonitorModel::fetchMore_readsOlderPagesUntilTheFirstEvent()
{
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i) {
        ids.prepend(addOrder(u"#%1"_s.arg(i), u"sent"_s));
    }
    makeModel(3);
    QCOMPARE(shownIds(), ids.mid(0, 3));
    QVERIFY(m_model->canFetchMore());
    QVERIFY(!m_model->canFetchMore(m_model->index(0, 0))); // a table: rows have no children
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->fetchMore();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 5);
    QVERIFY(m_model->canFetchMore());
    m_model->fetchMore();
    QCOMPARE(shownIds(), ids);
    QVERIFY(!m_model->canFetchMore()); // the last page was short: the first event is read
    m_model->fetchMore();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(reset.count(), 0);
}

void tst_MonitorModel::view_scrolledToTheEnd_readsOlderPages()
{
    for (int i = 0; i < 60; ++i) {
        addOrder(u"#%1"_s.arg(i), u"sent"_s);
    }
    makeModel(5);
    QTableView view;
    view.resize(400, 200);
    view.setModel(m_model.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The view fills its height, then asks for more only as it is scrolled down.
    QTRY_VERIFY(m_model->rowCount() > 5);
    const int filled = m_model->rowCount();
    QVERIFY(filled < 60);
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    QTRY_VERIFY(m_model->rowCount() > filled);
    view.scrollToBottom();
    for (int i = 0; i < 60 && m_model->canFetchMore(); ++i) {
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(m_model->rowCount(), 60);
}

void tst_MonitorModel::setFilter_resetsOntoTheFirstMatchingPage()
{
    QList<qint64> failed;
    for (int i = 0; i < 5; ++i) {
        addOrder(u"#s%1"_s.arg(i), u"sent"_s);
        failed.prepend(addOrder(u"#f%1"_s.arg(i), u"failed"_s));
    }
    makeModel(2);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    MonitorFilter filter;
    filter.state = MonitorFilter::State::Failed;
    QVERIFY(m_model->setFilter(filter).ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->filter(), filter);
    QCOMPARE(shownIds(), failed.mid(0, 2));
    while (m_model->canFetchMore()) {
        m_model->fetchMore();
    }
    QCOMPARE(shownIds(), failed);

    filter.text = u"#f3"_s;
    QVERIFY(m_model->setFilter(filter).ok());
    QCOMPARE(shownIds(), QList<qint64>{failed.at(1)});
    QVERIFY(!m_model->canFetchMore());
}

void tst_MonitorModel::eventsIngested_withFilter_insertsOnlyMatchingEvents_keepsTheSelection()
{
    addOrder(u"#1"_s, u"failed"_s);
    const qint64 selected = addOrder(u"#2"_s, u"failed"_s);
    addOrder(u"#3"_s, u"sent"_s);
    makeModel();
    MonitorFilter filter;
    filter.state = MonitorFilter::State::Failed;
    QVERIFY(m_model->setFilter(filter).ok());
    QItemSelectionModel selection(m_model.get());
    selection.setCurrentIndex(m_model->index(m_model->rowOfEvent(selected), 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    const qint64 sent = addOrder(u"#4"_s, u"sent"_s);
    const qint64 failing = addOrder(u"#5"_s, u"failed"_s);
    m_model->eventsIngested({sent, failing});

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOfEvent(failing), 0);
    QCOMPARE(m_model->rowOfEvent(sent), -1);
    QCOMPARE(selection.currentIndex().data(MonitorModel::EventIdRole).toLongLong(), selected);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().constFirst().data(MonitorModel::EventIdRole).toLongLong(), selected);

    // Told again, or told of the one that does not match: nothing changes.
    m_model->eventsIngested({sent, failing});
    QCOMPARE(inserted.count(), 1);
}

void tst_MonitorModel::eventsChanged_withFilter_rowsLeaveAndComeAsTheyStopOrStartMatching()
{
    const qint64 a = addOrder(u"#1"_s);
    const qint64 failing = m_fixture->addNotification(a, u"sending"_s, u"a@example.com"_s);
    const qint64 b = addOrder(u"#2"_s);
    const qint64 retried = m_fixture->addNotification(b, u"failed"_s, u"b@example.com"_s);
    makeModel();
    MonitorFilter filter;
    filter.state = MonitorFilter::State::Failed;
    QVERIFY(m_model->setFilter(filter).ok());
    QCOMPARE(shownIds(), QList<qint64>{b});
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    QVERIFY(m_fixture->setNotificationState(failing, u"failed"_s, 3, u"Refused."_s));
    QVERIFY(m_fixture->setNotificationState(retried, u"sent"_s, 2, {}));
    m_model->eventsChanged({a, b});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(shownIds(), QList<qint64>{a});
    QCOMPARE(m_model->index(0, MonitorModel::Attempts).data().toInt(), 3);
}

void tst_MonitorModel::eventsChanged_repaintsOnlyTheChangedRow()
{
    const qint64 a = addOrder(u"#1"_s);
    const qint64 n = m_fixture->addNotification(a, u"queued"_s, u"jo@example.com"_s);
    addOrder(u"#2"_s, u"queued"_s);
    addOrder(u"#3"_s, u"queued"_s);
    makeModel();
    const int row = m_model->rowOfEvent(a);
    QCOMPARE(row, 2);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    QVERIFY(m_fixture->setNotificationState(n, u"failed"_s, 3, u"The mailbox does not exist."_s));
    m_model->eventsChanged({a});

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), row);
    QCOMPARE(bottomRight.row(), row);
    QVERIFY(topLeft.column() <= MonitorModel::Status);
    QVERIFY(bottomRight.column() >= MonitorModel::Attempts);
    QVERIFY(topLeft.column() > MonitorModel::Customer); // the event's own columns did not change
    QCOMPARE(m_model->index(row, MonitorModel::Status).data().toString(), displayName(NotificationState::Failed));
    QCOMPARE(m_model->index(row, MonitorModel::Status).data(Qt::ToolTipRole).toString(),
             u"The mailbox does not exist."_s);
    QCOMPARE(m_model->index(row, MonitorModel::Attempts).data().toInt(), 3);
}

void tst_MonitorModel::eventsChanged_nothingDifferent_emitsNothing()
{
    const qint64 a = addOrder(u"#1"_s, u"sent"_s);
    makeModel();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->eventsChanged({a});
    QCOMPARE(changed.count(), 0);
}

void tst_MonitorModel::eventsChanged_unknownIds_areIgnored()
{
    addOrder(u"#1"_s, u"sent"_s);
    makeModel();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->eventsChanged({777});
    QCOMPARE(changed.count(), 0);
    QCOMPARE(removed.count(), 0);
}

void tst_MonitorModel::status_display_data()
{
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<bool>("duplicate");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("toolTip");
    QTest::addColumn<bool>("greyed");

    using Kind = MonitorModel::StatusKind;
    QTest::newRow("queued") << QStringList{u"queued"_s} << false << displayName(NotificationState::Queued)
                            << int(Kind::Waiting) << u"error 0"_s << false;
    QTest::newRow("sending") << QStringList{u"sending"_s} << false << displayName(NotificationState::Sending)
                             << int(Kind::Sending) << u"error 0"_s << false;
    QTest::newRow("sent") << QStringList{u"sent"_s} << false << displayName(NotificationState::Sent) << int(Kind::Sent)
                          << u"error 0"_s << false;
    QTest::newRow("failed") << QStringList{u"failed"_s} << false << displayName(NotificationState::Failed)
                            << int(Kind::Failed) << u"error 0"_s << false;
    QTest::newRow("cancelled") << QStringList{u"cancelled"_s} << false << displayName(NotificationState::Cancelled)
                               << int(Kind::Cancelled) << u"error 0"_s << false;
    QTest::newRow("uncertain") << QStringList{u"uncertain"_s} << false << displayName(NotificationState::Uncertain)
                               << int(Kind::Uncertain) << u"error 0"_s << false;
    QTest::newRow("uncertain wins over sending")
        << QStringList{u"sending"_s, u"uncertain"_s} << false << displayName(NotificationState::Uncertain)
        << int(Kind::Uncertain) << u"error 1"_s << false;
    QTest::newRow("failed wins over uncertain")
        << QStringList{u"uncertain"_s, u"failed"_s} << false << displayName(NotificationState::Failed)
        << int(Kind::Failed) << u"error 1"_s << false;
    QTest::newRow("failed wins over sent")
        << QStringList{u"sent"_s, u"failed"_s} << false << displayName(NotificationState::Failed) << int(Kind::Failed)
        << u"error 1"_s << false;
    QTest::newRow("duplicate") << QStringList{} << true << u"Duplicate — nothing sent"_s << int(Kind::Duplicate)
                               << QString() << true;
    QTest::newRow("no rule") << QStringList{} << false << u"Nothing to send"_s << int(Kind::NothingToSend) << QString()
                             << true;
}

void tst_MonitorModel::status_display()
{
    QFETCH(QStringList, states);
    QFETCH(bool, duplicate);
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, toolTip);
    QFETCH(bool, greyed);

    const qint64 id = addOrder(u"#1"_s, {}, duplicate);
    for (int i = 0; i < states.size(); ++i) {
        m_fixture->addNotification(id, states.at(i), u"r@example.com"_s, 0, u"error %1"_s.arg(i));
    }
    makeModel();
    const QModelIndex status = m_model->index(0, MonitorModel::Status);
    QCOMPARE(status.data().toString(), text);
    QCOMPARE(status.data(MonitorModel::RawValueRole).toInt(), kind);
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    if (!toolTip.isEmpty()) {
        QCOMPARE(status.data(Qt::ToolTipRole).toString(), toolTip);
    } else {
        QVERIFY(!status.data(Qt::ToolTipRole).toString().isEmpty()); // an explanation instead
    }
    QCOMPARE(status.data(Qt::ForegroundRole).isValid(), greyed);
}

void tst_MonitorModel::received_isLocalShortDate_rawIsMs()
{
    EventSpec spec;
    spec.receivedAtMs = MonitorFixture::BaseTimeMs + 5;
    m_fixture->addEvent(spec);
    makeModel();
    const QModelIndex received = m_model->index(0, MonitorModel::Received);
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(spec.receivedAtMs, Qt::UTC);
    QCOMPARE(received.data().toString(), QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(received.data(MonitorModel::RawValueRole).toLongLong(), spec.receivedAtMs);
}

void tst_MonitorModel::recipient_withSeveralNotifications_saysHowManyMore()
{
    const qint64 id = addOrder(u"#1"_s);
    m_fixture->addNotification(id, u"sent"_s, u"jo@example.com"_s, 1);
    m_fixture->addNotification(id, u"sent"_s, u"owner@example.com"_s, 2);
    m_fixture->addNotification(id, u"failed"_s, u"ops@example.com"_s, 4);
    makeModel();
    const QString recipient = m_model->index(0, MonitorModel::Recipient).data().toString();
    QVERIFY2(recipient.startsWith(u"ops@example.com"_s), qPrintable(recipient));
    QVERIFY2(recipient.contains(u'2'), qPrintable(recipient));
    QCOMPARE(m_model->index(0, MonitorModel::Recipient).data(MonitorModel::RawValueRole).toString(),
             u"ops@example.com"_s);
    QCOMPARE(m_model->index(0, MonitorModel::Attempts).data().toInt(), 7);
}

void tst_MonitorModel::statusIcons_areCached()
{
    addOrder(u"#1"_s, u"failed"_s);
    addOrder(u"#2"_s, u"failed"_s);
    makeModel();
    const auto first = m_model->index(0, MonitorModel::Status).data(Qt::DecorationRole).value<QIcon>();
    const auto second = m_model->index(1, MonitorModel::Status).data(Qt::DecorationRole).value<QIcon>();
    QCOMPARE(first.cacheKey(), second.cacheKey());
}

void tst_MonitorModel::filter_searchMatchesOrderNumberOrRecipient_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("orders");

    QTest::newRow("empty shows all") << QString() << QStringList{u"#1002"_s, u"#1001"_s};
    QTest::newRow("order number") << u"1002"_s << QStringList{u"#1002"_s};
    QTest::newRow("order number prefix") << u"#100"_s << QStringList{u"#1002"_s, u"#1001"_s};
    QTest::newRow("recipient, any case") << u"BUYER#1002@"_s << QStringList{u"#1002"_s};
    QTest::newRow("spaces ignored") << u"  1001 "_s << QStringList{u"#1001"_s};
    QTest::newRow("nothing") << u"nobody"_s << QStringList{};
}

void tst_MonitorModel::filter_searchMatchesOrderNumberOrRecipient()
{
    QFETCH(QString, search);
    QFETCH(QStringList, orders);

    addOrder(u"#1001"_s, u"sent"_s);
    addOrder(u"#1002"_s, u"failed"_s);
    makeModel();
    MonitorFilter filter;
    filter.text = search;
    QVERIFY(m_model->setFilter(filter).ok());
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        shown.append(m_model->index(row, MonitorModel::Order).data().toString());
    }
    QCOMPARE(shown, orders);
}

void tst_MonitorModel::filter_byState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("orders");
    using S = MonitorFilter::State;
    QTest::newRow("all") << int(S::All) << QStringList{u"#5"_s, u"#4"_s, u"#3"_s, u"#2"_s, u"#1"_s};
    QTest::newRow("waiting") << int(S::Waiting) << QStringList{u"#2"_s, u"#1"_s};
    QTest::newRow("sent") << int(S::Sent) << QStringList{u"#3"_s};
    QTest::newRow("failed") << int(S::Failed) << QStringList{u"#4"_s};
    QTest::newRow("duplicates") << int(S::Duplicates) << QStringList{u"#5"_s};
}

void tst_MonitorModel::filter_byState()
{
    QFETCH(int, state);
    QFETCH(QStringList, orders);

    addOrder(u"#1"_s, u"queued"_s);
    addOrder(u"#2"_s, u"sending"_s);
    addOrder(u"#3"_s, u"sent"_s);
    addOrder(u"#4"_s, u"failed"_s);
    addOrder(u"#5"_s, {}, true);
    makeModel();
    MonitorFilter filter;
    filter.state = MonitorFilter::State(state);
    QVERIFY(m_model->setFilter(filter).ok());
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        shown.append(m_model->index(row, MonitorModel::Order).data().toString());
    }
    QCOMPARE(shown, orders);
    QCOMPARE(m_model->filter().isEmpty(), state == int(MonitorFilter::State::All));
}

void tst_MonitorModel::sort_byStatus_usesRawValue()
{
    addOrder(u"#1"_s, u"sent"_s);
    addOrder(u"#2"_s, u"failed"_s);
    addOrder(u"#3"_s, u"queued"_s);
    makeModel();
    MonitorSortModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(MonitorModel::Status, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, MonitorModel::Order).data().toString(), u"#2"_s);
    QCOMPARE(proxy.index(1, MonitorModel::Order).data().toString(), u"#3"_s);
    QCOMPARE(proxy.index(2, MonitorModel::Order).data().toString(), u"#1"_s);

    // Rows arriving later take their sorted place.
    const qint64 late = addOrder(u"#4"_s, u"failed"_s);
    m_model->eventsIngested({late});
    QCOMPARE(proxy.index(0, MonitorModel::Order).data().toString(), u"#4"_s);
    QCOMPARE(proxy.index(1, MonitorModel::Order).data().toString(), u"#2"_s);
}

void tst_MonitorModel::page_filterRow_setsTheModelsFilter()
{
    QSqlQuery config(m_fixture->db());
    QVERIFY(config.exec(u"INSERT INTO sources (id, type, name) VALUES ('corner-shop', 'shopify', 'Corner Shop'),"
                        " ('market', 'woocommerce', 'Market Stall')"_s));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto add = [this](const QString &source, const QString &number, qint64 receivedAtMs, const QString &state) {
        EventSpec spec;
        spec.sourceId = source;
        spec.orderNumber = number;
        spec.receivedAtMs = receivedAtMs;
        const qint64 id = m_fixture->addEvent(spec);
        m_fixture->addNotification(id, state, u"buyer"_s + number + u"@example.com"_s);
        return id;
    };
    const qint64 today = add(u"corner-shop"_s, u"#1"_s, now, u"sent"_s);
    const qint64 old = add(u"market"_s, u"#2"_s, now - 40LL * 24 * 3600 * 1000, u"failed"_s);
    const qint64 failedToday = add(u"market"_s, u"#3"_s, now, u"failed"_s);

    MonitorPage page(m_queries.get());
    QVERIFY(page.reload().ok());
    page.show();
    MonitorModel *model = page.model();
    auto *search = page.findChild<QLineEdit *>(u"monitorSearch"_s);
    auto *state = page.findChild<QComboBox *>(u"monitorStateFilter"_s);
    auto *shop = page.findChild<QComboBox *>(u"monitorSourceFilter"_s);
    auto *channel = page.findChild<QComboBox *>(u"monitorChannelFilter"_s);
    auto *received = page.findChild<QComboBox *>(u"monitorDateFilter"_s);
    QVERIFY(search && state && shop && channel && received);
    QCOMPARE(model->rowCount(), 3);
    // Two shops: a choice to offer. No channel configured: none.
    QVERIFY(shop->isVisibleTo(&page));
    QCOMPARE(shop->count(), 3);
    QVERIFY(!channel->isVisibleTo(&page));

    shop->setCurrentIndex(shop->findText(u"Market Stall"_s));
    QCOMPARE(model->filter().sourceId, u"market"_s);
    QCOMPARE(model->rowOfEvent(today), -1);
    QCOMPARE(model->rowCount(), 2);
    received->setCurrentIndex(received->findText(u"Today"_s));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOfEvent(failedToday), 0);
    received->setCurrentIndex(received->findText(u"All time"_s));
    state->setCurrentIndex(state->findText(u"Failed or uncertain"_s));
    QCOMPARE(model->rowCount(), 2);

    // Typing waits for a pause, then reads once.
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QTest::keyClicks(search, u"#2"_s);
    QCOMPARE(reset.count(), 0);
    QTRY_COMPARE(model->filter().text, u"#2"_s);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOfEvent(old), 0);

    // Nothing matches: the table and its filter row stay, to change the filter back.
    search->setText(u"nobody"_s);
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(page.findChild<QStackedWidget *>(u"monitorStack"_s)->currentIndex(), 1);
    QVERIFY(search->isVisible());
    search->clear();
    QTRY_COMPARE(model->rowCount(), 2);
}

QTEST_MAIN(tst_MonitorModel)

#include "tst_monitormodel.moc"
