#include "fakes/sourcefixture.h"

#include "config/appconfig.h"
#include "sources/webhookserver.h"
#include "store/ingestwriter.h"

#include <QHostAddress>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

SourceFixture::SourceFixture(const SourceConfig &source, const QByteArray &secret, qint64 maxBodyBytes)
    : m_sourceId(source.id)
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return;
    }
    m_writer = new IngestWriter(m_dir.path());
    m_writer->moveToThread(&m_writerThread);
    QObject::connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.start();
    Status opened;
    QMetaObject::invokeMethod(
        m_writer, [this, &opened] { opened = m_writer->open(); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        m_error = u"the ingest writer did not open: "_s + opened.error().detail;
        return;
    }
    m_channel.id = u"mail"_s;
    m_channel.type = u"sendgrid"_s;
    m_channel.name = u"Mail"_s;
    m_channel.fromEmail = u"shop@example.com"_s;
    setRules(defaultRules(m_channel.id));

    m_server = std::make_unique<WebhookServer>(m_writer);
    m_server->setMaxBodyBytes(maxBodyBytes);
    QObject::connect(m_server.get(), &WebhookServer::webhookRejected,
                     [this](const QString &, int status, const QString &reason) {
                         m_rejections.append({status, reason});
                     });
    reconfigure(source, secret);
    if (Status listening = m_server->listen(QHostAddress::LocalHost, 0); !listening) {
        m_error = u"the webhook server did not listen: "_s + listening.error().detail;
        return;
    }
    auto db = Database::open(m_dir.path(), u"test"_s);
    if (!db) {
        m_error = u"the database did not open: "_s + db.error().detail;
        return;
    }
    m_db.emplace(std::move(db).value());
}

SourceFixture::~SourceFixture()
{
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
    if (m_writer) {
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer] { writer->close(); }, Qt::BlockingQueuedConnection);
    }
    m_writerThread.quit();
    m_writerThread.wait();
}

void SourceFixture::setRules(const QList<RuleConfig> &rules)
{
    m_writer->setRules(rules, {m_channel});
}

void SourceFixture::reconfigure(const SourceConfig &source, const QByteArray &secret)
{
    m_sourceId = source.id;
    m_server->setSources({source}, {{source.id, secret}});
}

QUrl SourceFixture::url(const QString &query) const
{
    QUrl url(u"http://127.0.0.1:%1/webhooks/%2"_s.arg(m_server ? m_server->port() : 0).arg(m_sourceId));
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

WebhookClient::Answer SourceFixture::post(const QByteArray &body, const Headers &headers, const QString &query)
{
    return m_client.post(url(query), body, headers);
}

QVariant SourceFixture::value(const QString &sql) const
{
    const QList<QVariantList> all = rows(sql);
    return all.isEmpty() || all.first().isEmpty() ? QVariant() : all.first().first();
}

QList<QVariantList> SourceFixture::rows(const QString &sql) const
{
    QList<QVariantList> result;
    if (!m_db) {
        return result;
    }
    QSqlQuery query(m_db->handle());
    if (!query.exec(sql)) {
        qWarning("SourceFixture: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return result;
    }
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < query.record().count(); ++column) {
            row.append(query.value(column));
        }
        result.append(row);
    }
    return result;
}

} // namespace Tidings::Test
