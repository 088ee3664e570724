#pragma once

#include "fakes/fakeplatformserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tidings::Test {

// A loopback Airtable Web API serving list records of one table (the poll mode; FakeAirtable is the webhook
// side). Checks GET /v0/{baseId}/{table name or id}, "Authorization: Bearer <token>", and the query the
// poller sends: filterByFormula exactly OR(IS_AFTER(<time>,'<ISO>'),IS_AFTER(CREATED_TIME(),'<ISO>')) with
// <time> LAST_MODIFIED_TIME() or {<a known column>}, pageSize 1..100, optional view (a known one),
// returnFieldsByFieldId=true, sort[0][field] (a known column name or id) with sort[0][direction] asc|desc,
// and offset (one it handed out, until expireOffsets()). Violations answer as Airtable does:
// {"error": {"type", "message"}} with 401 AUTHENTICATION_REQUIRED, 403 INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND
// (another base), 404 TABLE_NOT_FOUND / NOT_FOUND, 422 INVALID_FILTER_BY_FORMULA, UNKNOWN_FIELD_NAME,
// VIEW_NAME_NOT_FOUND, LIST_RECORDS_ITERATOR_NOT_AVAILABLE or INVALID_REQUEST_UNKNOWN; a queued 429 has
// Airtable's {"errors": [{"error": "RATE_LIMIT_REACHED"}]} and no Retry-After.
//
// Serves {records: [{id, createdTime, fields}], offset?} with empty cells left out of "fields". The rows
// matching the formula are fixed at the first page (a listing's snapshot), each later page shows the rows'
// current cells, as Airtable does. Unsorted rows come in insertion order. Every answer has a Date header.
class FakeAirtableRecords final : public FakePlatformServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeAirtableRecords)

public:
    struct Record
    {
        QString id; // "rec…"
        QDateTime createdTime;
        QDateTime modifiedTime; // LAST_MODIFIED_TIME(), and the "Last modified time" column when there is one
        QJsonObject fields;     // by column name; "" and [] count as empty
    };

    FakeAirtableRecords(QString baseId, QString tableName, QString tableId, QString token, QObject *parent = nullptr);

    // Column name → "fld…" id, for returnFieldsByFieldId and sorting by id. Columns used in records are known
    // by name without this.
    void setFieldIds(const QHash<QString, QString> &ids) { m_fieldIds = ids; }

    // A "Last modified time" column: its value is each record's modifiedTime.
    void setLastModifiedField(const QString &name) { m_lastModifiedField = name; }

    void setViews(const QStringList &views) { m_views = views; }

    // Adds the record, or replaces the one with its id.
    void upsert(const Record &record);
    Record record(const QString &id) const;

    // Pages hold at most this many rows even when more are asked for (default 100).
    void setMaxPerPage(int size) { m_maxPerPage = size; }

    // The Date header (default: the time of the answer).
    void setDate(const QDateTime &date) { m_date = date; }

    // Every offset handed out so far is forgotten, as after Airtable's iterator timeout.
    void expireOffsets() { m_snapshots.clear(); }

protected:
    std::optional<Response> violation(const Request &request) const override;
    Response serve(const Request &request) override;
    Response answer(Mode mode, const Request &request) override;

private:
    bool knownField(const QString &nameOrId) const;
    QStringList matching(const QDateTime &since) const;
    QJsonObject recordJson(const Record &record, bool byId) const;
    Headers dateHeader() const;

    QString m_baseId;
    QString m_tableName;
    QString m_tableId;
    QString m_token;
    QHash<QString, QString> m_fieldIds;
    QString m_lastModifiedField;
    QStringList m_views;
    QList<Record> m_records;
    int m_maxPerPage = 100;
    QDateTime m_date;
    QHash<QString, QStringList> m_snapshots; // iterator id → record ids of the listing
    int m_nextIterator = 1;
};

} // namespace Tidings::Test
