#pragma once

#include "fakes/fakeplatformserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Tidings::Test {

// A loopback HubSpot CRM API holding deals, commerce orders and contacts. Checks every request as HubSpot
// would: POST only; "Authorization: Bearer <token>" (else 401 INVALID_AUTHENTICATION); the private app's
// scopes (else 403 MISSING_SCOPES naming them); "Content-Type: application/json"; and the bodies:
//   POST /crm/v3/objects/{deals|orders}/search: one filter group with one filter hs_lastmodifieddate GTE
//     <epoch ms>, sorts [hs_lastmodifieddate ASCENDING], properties, limit 1..200, `after` a number below
//     10,000 (HubSpot's cap: 400 VALIDATION_ERROR at 10,000 or more) → {total, results, paging?.next.after};
//   POST /crm/v4/associations/{deals|orders}/contacts/batch/read: inputs [{id}] 1..1000 → {status, results
//     [{from:{id}, to:[{toObjectId (a number), associationTypes}]}]}, 207 with errors for records without
//     contacts;
//   POST /crm/v3/objects/contacts/batch/read: properties, inputs [{id}] 1..100 → {status, results}, 207 with
//     errors for ids it does not know.
// Results are sorted by hs_lastmodifieddate then id; maxPerPage makes pages smaller than asked. Answers carry
// a Date header of `now` when it is set.
class FakeHubSpotCrm final : public FakePlatformServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHubSpotCrm)

public:
    struct Record
    {
        QString id;
        QDateTime modifiedAt;
        QString stage; // dealstage / hs_pipeline_stage
        QString name;  // dealname / hs_order_name
        QString total = QStringLiteral("49.90");
        QString currency = QStringLiteral("EUR");
        QString tracking;       // orders: hs_shipping_tracking_number
        QString trackingUrl;    // orders: hs_shipping_status_url
        QString fulfillment;    // orders: hs_fulfillment_status
        QStringList contactIds; // associated contacts, in HubSpot's order
    };

    struct Contact
    {
        QString id;
        QString email;
        QString firstName = QStringLiteral("Ada");
        QString lastName = QStringLiteral("Lovelace");
        QString phone;
        QString language;
    };

    explicit FakeHubSpotCrm(QString token, QObject *parent = nullptr);

    // `object` is "deals" or "orders".
    void upsert(const QString &object, const Record &record);
    Record record(const QString &object, const QString &id) const;
    void upsertContact(const Contact &contact);

    void setMaxPerPage(int size) { m_maxPerPage = size; }

    // The scopes the private app was granted (default: deals, orders and contacts read).
    void setScopes(const QSet<QString> &scopes) { m_scopes = scopes; }

    void setNow(const QDateTime &now) { m_now = now; }

    static QString hubSpotTime(const QDateTime &time);

protected:
    std::optional<Response> violation(const Request &request) const override;
    Response serve(const Request &request) override;
    Response answer(Mode mode, const Request &request) override;

private:
    Response reply(int status, const QByteArray &body) const;
    Response search(const QString &object, const QJsonObject &body) const;
    Response associations(const QString &object, const QJsonObject &body) const;
    Response contacts(const QJsonObject &body) const;

    QString m_token;
    QHash<QString, QList<Record>> m_records; // object → records
    QList<Contact> m_contacts;
    QSet<QString> m_scopes;
    QDateTime m_now;
    int m_maxPerPage = 200;
};

} // namespace Tidings::Test
