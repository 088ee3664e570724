#pragma once

#include "sources/polling/poller.h"

#include <QCoreApplication>

namespace Tidings {

// WooCommerce's REST API v3: GET {baseUrl}/wp-json/wc/v3/orders?modified_after=<window start>
// &dates_are_gmt=true&orderby=modified&order=asc&per_page=100&page=N with HTTP Basic consumer key and
// secret (so https only, except to this machine). Paging by X-WP-TotalPages. Options: "baseUrl" (the
// WordPress site, e.g. https://shop.example.com) plus the adapter's "statusMap" and "trackingMetaKey".
// Secrets: "consumerKey" (ck_…) and "consumerSecret" (cs_…), from WooCommerce → Settings → Advanced →
// REST API, with Read permission.
//
// Orders are normalized by WooCommerceAdapter::orderEventsFrom, the same code as the webhooks, so a shop
// can move between modes without its orders changing shape.
//
// Known limit of page numbers: an order modified while a run is between pages moves to the end of the
// list and may push an unseen order onto a page already read; the next run's overlap only catches it when
// its own modified time is within the overlap of the cursor.
class WooCommercePoller final : public Poller
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::WooCommercePoller)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();
    static constexpr int PageSize = 100;

    QString type() const override;
    void fetch(const PollRequest &request, QNetworkAccessManager *network, Done done) override;

    // Reads one answer (a JSON array of orders) into a page; `page` is the page asked for and `totalPages`
    // the X-WP-TotalPages header.
    static PollOutcome parsePage(const QByteArray &body, int page, int totalPages, const SourceConfig &source);
};

} // namespace Tidings
