#include "model/statuses.h"
#include "templates/statuswords.h"
#include "templates/templaterenderer.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tidings {

class TestStatusWords : public QObject
{
    Q_OBJECT

    // Every status of the enum but Unknown (the first) has a word in `language`.
    template <typename Status>
    static bool everyStatusHasAWord(StatusWordKind kind, const QString &language)
    {
        for (int i = 1;; ++i) {
            const QString name = toName(static_cast<Status>(i));
            if (name == u"unknown") {
                return true; // past the last status (toName's answer for a value it does not know)
            }
            if (customerStatusLabel(kind, name, language).isEmpty()) {
                qWarning("no %s word for %s", qPrintable(language), qPrintable(name));
                return false;
            }
        }
    }

private slots:

    void everyStatusHasAWordInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : builtInLanguages()) {
            QTest::newRow(qPrintable(language)) << language;
        }
    }

    // A new status in the model must get its customer-facing words, or a German customer reads English.
    void everyStatusHasAWordInEveryLanguage()
    {
        QFETCH(QString, language);
        QVERIFY(everyStatusHasAWord<OrderStatus>(StatusWordKind::Order, language));
        QVERIFY(everyStatusHasAWord<ShipmentStatus>(StatusWordKind::Shipment, language));
    }

    void labels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("orderStatus");
        QTest::addColumn<QString>("shipmentStatus");
        QTest::addColumn<QString>("orderLabel");
        QTest::addColumn<QString>("shipmentLabel");

        QTest::newRow("de") << u"de"_s << u"shipped"_s << u"out_for_delivery"_s << u"Versandt"_s << u"In Zustellung"_s;
        // French agrees with the noun: la commande est livrée, le colis est livré.
        QTest::newRow("fr") << u"fr"_s << u"delivered"_s << u"delivered"_s << u"Livrée"_s << u"Livré"_s;
        QTest::newRow("es") << u"es"_s << u"refunded"_s << u"returned_to_sender"_s << u"Reembolsado"_s
                            << u"Devuelto al remitente"_s;
        // The default language and languages without built-in words keep the labels the context has.
        QTest::newRow("default") << QString() << u"shipped"_s << u"in_transit"_s << u"Shipped"_s << u"In transit"_s;
        QTest::newRow("Italian") << u"it"_s << u"shipped"_s << u"in_transit"_s << u"Shipped"_s << u"In transit"_s;
        QTest::newRow("unknown status") << u"de"_s << u"unknown"_s << u"no_such_status"_s << u"Shipped"_s
                                        << u"In transit"_s;
    }

    void labels()
    {
        QFETCH(QString, language);
        QFETCH(QString, orderStatus);
        QFETCH(QString, shipmentStatus);
        QFETCH(QString, orderLabel);
        QFETCH(QString, shipmentLabel);

        const QJsonObject context{
            {u"order"_s,
             QJsonObject{{u"status"_s, orderStatus}, {u"statusLabel"_s, u"Shipped"_s}, {u"number"_s, u"#1042"_s}}},
            {u"shipment"_s, QJsonObject{{u"status"_s, shipmentStatus}, {u"statusLabel"_s, u"In transit"_s}}},
            {u"locale"_s, u"de-DE"_s},
        };
        const QJsonObject localized = withStatusLabelsIn(context, language);
        QCOMPARE(localized.value(u"order"_s).toObject().value(u"statusLabel"_s).toString(), orderLabel);
        QCOMPARE(localized.value(u"shipment"_s).toObject().value(u"statusLabel"_s).toString(), shipmentLabel);
        // Nothing else changes.
        QCOMPARE(localized.value(u"order"_s).toObject().value(u"number"_s).toString(), u"#1042"_s);
        QCOMPARE(localized.value(u"locale"_s).toString(), u"de-DE"_s);
    }

    void contextWithoutShipment()
    {
        const QJsonObject context{{u"order"_s, QJsonObject{{u"status"_s, u"paid"_s}, {u"statusLabel"_s, u"Paid"_s}}}};
        const QJsonObject localized = withStatusLabelsIn(context, u"es");
        QVERIFY(!localized.contains(u"shipment"_s));
        QCOMPARE(localized.value(u"order"_s).toObject().value(u"statusLabel"_s).toString(), u"Pagado"_s);
    }
};

} // namespace Tidings

QTEST_GUILESS_MAIN(Tidings::TestStatusWords)
#include "tst_statuswords.moc"
