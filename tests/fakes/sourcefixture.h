#pragma once

#include "config/appconfig.h"
#include "fakes/webhookclient.h"
#include "sources/sourceconfig.h"
#include "store/database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>

namespace Tidings {
class IngestWriter;
class WebhookServer;
} // namespace Tidings

namespace Tidings::Test {

// One connected source behind the real webhook server, storing into a real SQLite file through the real
// ingest writer (its own thread) with the default rules and one email channel. Nothing is sent: the
// notifications the rules queue are counted in the store. For adapter tests that go through HTTP:
//
//     SourceFixture fixture({u"shop"_s, u"woocommerce"_s, u"My shop"_s, true, {}}, "secret");
//     QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
//     const auto answer = fixture.post(body, {{"X-WC-Webhook-Signature", signature}});
//     QCOMPARE(answer.status, 200);
//     QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 1);
class SourceFixture final
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Rejection
    {
        int status = 0;
        QString reason;
    };

    explicit SourceFixture(const SourceConfig &source, const QByteArray &secret, qint64 maxBodyBytes = 1024 * 1024);
    SourceFixture(const SourceFixture &) = delete;
    SourceFixture &operator=(const SourceFixture &) = delete;
    ~SourceFixture();

    // Empty when set-up worked, else what failed.
    QString setUpError() const { return m_error; }

    // http://127.0.0.1:<port>/webhooks/<source id>, plus `query` ("a=1&b=2") when given.
    QUrl url(const QString &query = {}) const;

    // Posts to url(query) and waits for the answer. Content-Type is application/json unless given.
    WebhookClient::Answer post(const QByteArray &body, const Headers &headers = {}, const QString &query = {});

    // Replaces the rules (the default rules notify on order.created and shipment.created).
    void setRules(const QList<RuleConfig> &rules);

    // Replaces the source's configuration and secret (as the window does after an edit).
    void reconfigure(const SourceConfig &source, const QByteArray &secret);

    // The first column of the first row of `sql`, and its integer, on the fixture's own connection.
    QVariant value(const QString &sql) const;

    qint64 count(const QString &sql) const { return value(sql).toLongLong(); }

    // Every row of `sql`, each as its columns.
    QList<QVariantList> rows(const QString &sql) const;

    // Requests the server refused, in order (status and the owner-facing reason).
    QList<Rejection> rejections() const { return m_rejections; }

    QString dataDir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QThread m_writerThread;
    IngestWriter *m_writer = nullptr;
    std::unique_ptr<WebhookServer> m_server;
    std::optional<Database> m_db;
    WebhookClient m_client;
    ChannelConfig m_channel;
    QString m_sourceId;
    QList<Rejection> m_rejections;
    QString m_error;
};

} // namespace Tidings::Test
