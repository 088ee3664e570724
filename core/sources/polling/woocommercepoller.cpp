#include "sources/polling/woocommercepoller.h"

#include "sources/payloadfields.h"
#include "sources/polling/pollhttp.h"
#include "sources/woocommerceadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tidings {

QString WooCommercePoller::typeName()
{
    return u"woocommerce"_s;
}

SourceTypeInfo WooCommercePoller::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("WooCommerce");
    info.summary = tr("New orders, status changes, cancellations, refunds and tracking numbers, read every few "
                      "minutes.");
    info.secrets = {
        {u"consumerKey"_s, tr("Consumer key"), tr("Starts with \"ck_\"."), false, false},
        {u"consumerSecret"_s, tr("Consumer secret"), tr("Starts with \"cs_\". WooCommerce shows it once."), false,
         false},
    };
    info.options = {
        {u"baseUrl"_s, tr("Shop address"), tr("The address of your WordPress site."), u"https://shop.example.com"_s,
         true},
        {u"statusMap"_s, tr("Custom order statuses"),
         tr("Only for statuses added by plugins: a JSON object from the WooCommerce status to one of Tidings' "
            "statuses, or \"ignore\"."),
         u"{\"wc-dispatched\": \"shipped\"}"_s, false},
        {u"trackingMetaKey"_s, tr("Tracking meta key"),
         tr("Only if a tracking plugin other than WooCommerce Shipment Tracking stores the tracking number: the "
            "order meta key it uses."),
         u"_tracking_number"_s, false},
    };
    info.setupSteps = {
        tr("In WordPress admin, open WooCommerce → Settings → Advanced → REST API and click \"Add key\"."),
        tr("Description \"Tidings\", Permissions \"Read\", then \"Generate API key\"."),
        tr("Paste the consumer key and consumer secret here. WooCommerce shows the secret only once."),
    };
    return info;
}

QString WooCommercePoller::type() const
{
    return typeName();
}

PollOutcome WooCommercePoller::parsePage(const QByteArray &body, int page, int totalPages, const SourceConfig &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        return PollOutcome::failure(Error::make(ErrorCode::ProviderFailed,
                                                tr("WooCommerce answered with something that is not a list of "
                                                   "orders. A security plugin or a maintenance page may be in the "
                                                   "way; Tidings will ask again."),
                                                u"answer is not a JSON array: %1"_s.arg(parseError.errorString()),
                                                true));
    }
    PollPage result;
    result.rawBody = body;
    for (const QJsonValue &entry : document.array()) {
        const QJsonObject order = entry.toObject();
        const QDateTime modified = Payload::firstTimestamp(
            {Payload::field(order, "date_modified_gmt"_L1), Payload::field(order, "date_created_gmt"_L1)});
        if (modified.isValid() && (!result.newestSeen.isValid() || modified > result.newestSeen)) {
            result.newestSeen = modified;
        }
        result.events.append(WooCommerceAdapter::orderEventsFrom(order, source, u"poll/orders"_s,
                                                                 QJsonDocument(order).toJson(QJsonDocument::Compact)));
    }
    result.more = page < totalPages && !document.array().isEmpty();
    result.nextPageToken = result.more ? QString::number(page + 1) : QString();
    return PollOutcome::success(std::move(result));
}

void WooCommercePoller::fetch(const PollRequest &request, QNetworkAccessManager *network, Done done)
{
    const QUrl base(request.source.options.value("baseUrl"_L1).toString().trimmed());
    if (auto error = PollHttp::checkBaseUrl(base, tr("WooCommerce"))) {
        done(PollOutcome::failure(*error));
        return;
    }
    const QString key = request.secrets.value(u"consumerKey"_s);
    const QString secret = request.secrets.value(u"consumerSecret"_s);
    if (key.isEmpty() || secret.isEmpty()) {
        done(PollOutcome::failure(Error::make(ErrorCode::Config,
                                              tr("No WooCommerce REST API key is saved for \"%1\", so its orders "
                                                 "cannot be read. Add the consumer key and secret in Connections.")
                                                  .arg(request.source.name),
                                              u"secret consumerKey or consumerSecret missing"_s)));
        return;
    }
    bool ok = false;
    const int page = request.pageToken.isEmpty() ? 1 : request.pageToken.toInt(&ok);
    if (!request.pageToken.isEmpty() && (!ok || page < 1)) {
        done(PollOutcome::failure(Error::make(ErrorCode::Internal,
                                              tr("Tidings lost its place in WooCommerce's list "
                                                 "of orders and starts again."),
                                              u"bad page token \"%1\""_s.arg(request.pageToken), true)));
        return;
    }
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u"/wp-json/wc/v3/orders"_s);
    QUrlQuery query;
    // WooCommerce reads modified_after without a zone; dates_are_gmt=true makes it UTC, not the site's zone.
    query.addQueryItem(u"modified_after"_s, request.windowStart.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    query.addQueryItem(u"dates_are_gmt"_s, u"true"_s);
    query.addQueryItem(u"orderby"_s, u"modified"_s);
    query.addQueryItem(u"order"_s, u"asc"_s);
    query.addQueryItem(u"per_page"_s, QString::number(PageSize));
    query.addQueryItem(u"page"_s, QString::number(page));
    url.setQuery(query);

    QNetworkRequest http(url);
    http.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    http.setRawHeader(QByteArrayLiteral("Authorization"),
                      QByteArrayLiteral("Basic ") + (key + u':' + secret).toUtf8().toBase64());
    PollHttp::send(network, http, QByteArrayLiteral("GET"), {},
                   [source = request.source, page, done = std::move(done)](const PollHttp::Answer &answer) {
                       if (answer.status != 200) {
                           done(PollHttp::failureOf(answer, tr("WooCommerce")));
                           return;
                       }
                       bool ok = false;
                       int totalPages = answer.header(QByteArrayLiteral("X-WP-TotalPages")).trimmed().toInt(&ok);
                       if (!ok) {
                           totalPages = page;
                       }
                       done(parsePage(answer.body, page, totalPages, source));
                   });
}

} // namespace Tidings
