#pragma once

#include "model/orderevent.h"
#include "model/stockchange.h"
#include "templates/messagetemplate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tidings {

// A made-up order to preview templates on, e.g. "Many items (10)".
struct SampleScenario
{
    QString id;       // stable: "one_item", "many_items", ...
    QString label;    // translated, for the preview's "Preview with" list
    OrderEvent event; // shipped, with a parcel (tracking link except in "no_tracking")
};

// Sample orders for the template preview and the validator, built in code (no store, no network): one item,
// many items, no tracking link, long names, and Chinese, Arabic (right to left) and Cyrillic names. Every order
// has a parcel on its way; eventFor() turns it into the event a given template is sent for (paid, out for
// delivery, delivered, ...), so shipping templates show a tracking link and the progress strip the right step.
class SampleScenarios
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::SampleScenarios)

public:
    static QList<SampleScenario> all();
    static std::optional<SampleScenario> find(const QString &id);
    static QString defaultId(); // "one_item"

    // The scenario's order as the event `templateId` is sent for ("shipped", "order_paid", "delivered_sms", ...):
    // its order and parcel statuses. Order-only templates (confirmed, paid, cancelled, refunded) get no parcel.
    // An unknown id leaves the scenario's shipped event as it is.
    static OrderEvent eventFor(const SampleScenario &scenario, const QString &templateId);

    // The scenario's first product coming back in stock, for back-in-stock templates, and its page in the shop.
    static StockChange stockChangeFor(const SampleScenario &scenario);
    static QString productUrl();

    // The scenario's first product running low (3 left) or out of stock (0 left), for the staff's stock alerts
    // (low_stock, out_of_stock), and the alert threshold they are shown with (5).
    static StockChange stockAlertFor(const SampleScenario &scenario, StockStatus status);
    static int alertThreshold();

    // The lines the scenario's order waits for in backorder templates: its first line, or its first two when it
    // has more than two.
    static QList<LineItem> backorderedItemsFor(const SampleScenario &scenario);

    // What `templateId`'s message shows for the scenario, with `brand`: the product coming back for back-in-stock
    // templates (the customer's locale from the scenario); the product running low or out of stock, with the
    // alert threshold, for the staff's stock alerts (the computer's locale, no product page, like the real ones);
    // else eventFor()'s order, held by backorderedItemsFor() for backorder templates.
    static QJsonObject contextFor(const SampleScenario &scenario, const QString &templateId, const Brand &brand);

    // A filled-in brand for previews when the shop has none yet.
    static Brand sampleBrand();
};

} // namespace Tidings
