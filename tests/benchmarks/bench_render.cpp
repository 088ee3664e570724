// Renders per second of the built-in "shipped" email (subject, HTML in the base layout, text) with 10 line
// items through CompiledTemplate, the way the dispatcher renders: one compiled template per thread, the
// context built once. Prints renders/s for one thread and for one thread per core over --runs runs of
// --seconds each, and the CPU time per render (a figure that stays comparable when the machine is busy).
// Issue 7's target: at least 20,000 renders/s on 2 cores.

#include "templates/templaterenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

OrderEvent shippedOrder()
{
    OrderEvent event;
    event.sourceId = u"shop-1"_s;
    event.orderId = u"5820000000001"_s;
    event.orderNumber = u"#1042"_s;
    event.customerName = u"Ada Lovelace"_s;
    event.customerEmail = u"ada@example.com"_s;
    event.customerLocale = u"en-GB"_s;
    event.orderStatus = OrderStatus::Shipped;
    event.shipmentId = u"fulfillment-77"_s;
    event.shipmentStatus = ShipmentStatus::InTransit;
    event.carrier = u"DHL Express"_s;
    event.trackingNumber = u"JD014600006281283541"_s;
    event.trackingUrl = QUrl(u"https://track.example.com/parcel?id=JD014600006281283541&lang=en"_s);
    for (int i = 1; i <= 10; ++i) {
        event.lineItems.append(
            LineItem{u"SKU-%1"_s.arg(i), u"Stoneware mug, sage green, %1"_s.arg(i), i % 3 + 1, u"18.50"_s});
    }
    event.totalPrice = u"370.00"_s;
    event.currency = u"GBP"_s;
    event.occurredAt = QDateTime::currentDateTimeUtc();
    return event;
}

Brand benchBrand()
{
    Brand brand;
    brand.shopName = u"Kettle & Crumb"_s;
    brand.logoUrl = u"https://cdn.example.com/logo.png"_s;
    brand.accentColor = u"#aa3366"_s;
    brand.supportEmail = u"help@kettle.example"_s;
    brand.supportPhone = u"+44 1225 000000"_s;
    brand.address = u"Kettle & Crumb Ltd\n1 High Street\nBath BA1 1AA"_s;
    brand.footer = u"You get this email because you ordered from us."_s;
    brand.socialLinks = {BrandLink{u"Instagram"_s, u"https://instagram.com/kettle"_s}};
    return brand;
}

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct RunResult
{
    qint64 renders = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    bool failed = false;
};

RunResult run(const MessageTemplate &shipped, const QJsonObject &context, int threads, double seconds)
{
    std::atomic<bool> go{false};
    std::atomic<bool> stop{false};
    std::vector<qint64> counts(std::size_t(threads), 0);
    std::vector<double> cpu(std::size_t(threads), 0);
    std::atomic<bool> failed{false};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            // One compiled template per thread, like one dispatcher per thread would keep, and a context of its
            // own: the dispatcher renders each message from its own context, so the threads share no Qt data
            // (whose reference counts they would otherwise fight over).
            const auto compiled = CompiledTemplate::compile(shipped);
            const QJsonObject ownContext = QJsonDocument::fromJson(QJsonDocument(context).toJson()).object();
            if (!compiled) {
                failed = true;
                return;
            }
            while (!go.load()) {
                std::this_thread::yield();
            }
            const double cpuStart = threadCpuSeconds();
            qint64 n = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                const auto rendered = compiled->render(ownContext);
                if (!rendered || rendered->html.size() < 1000) {
                    failed = true;
                    break;
                }
                ++n;
            }
            counts[std::size_t(t)] = n;
            cpu[std::size_t(t)] = threadCpuSeconds() - cpuStart;
        });
    }
    const auto start = std::chrono::steady_clock::now();
    go = true;
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (std::thread &worker : workers) {
        worker.join();
    }
    RunResult result;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (int t = 0; t < threads; ++t) {
        result.renders += counts[std::size_t(t)];
        result.cpuSeconds += cpu[std::size_t(t)];
    }
    result.failed = failed;
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Renders per second of the built-in shipped email with 10 line items."_s);
    parser.addHelpOption();
    const QCommandLineOption secondsOption(u"seconds"_s, u"Length of one run (default 2)."_s, u"seconds"_s, u"2"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per thread count (default 3)."_s, u"runs"_s, u"3"_s);
    const QCommandLineOption languageOption(
        u"language"_s, u"The shipped email in this language (de, fr, es; default: the default)."_s, u"language"_s);
    parser.addOptions({secondsOption, runsOption, languageOption});
    parser.process(app);
    const double seconds = std::max(0.1, parser.value(secondsOption).toDouble());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const std::optional<MessageTemplate> found = builtInTemplate(u"shipped"_s, parser.value(languageOption));
    if (!found) {
        std::fprintf(stderr, "there is no built-in shipped email in language \"%s\"\n",
                     qPrintable(parser.value(languageOption)));
        return 1;
    }
    const MessageTemplate shipped = *found;
    const QJsonObject context = TemplateRenderer::buildContext(shippedOrder(), benchBrand());
    const auto sample = TemplateRenderer::render(shipped, context);
    if (!sample) {
        std::fprintf(stderr, "the shipped template does not render: %s\n", qPrintable(sample.error().detail));
        return 1;
    }
    std::printf("Render benchmark: built-in \"shipped\" email (%s), 10 line items, in the base layout\n",
                shipped.language.isEmpty() ? "default language" : qPrintable(shipped.language));
    std::printf("(subject %lld, HTML %lld, text %lld characters), %d cores, %d runs of %.1f s\n",
                qlonglong(sample->subject.size()), qlonglong(sample->html.size()), qlonglong(sample->text.size()),
                QThread::idealThreadCount(), runs, seconds);
    std::printf("%-8s %6s %14s %16s\n", "threads", "run", "renders/s", "CPU us/render");

    const int cores = std::max(1, QThread::idealThreadCount());
    std::vector<int> threadCounts{1};
    if (cores > 1) {
        threadCounts.push_back(cores);
    }
    for (const int threads : threadCounts) {
        std::vector<double> rates;
        for (int r = 1; r <= runs; ++r) {
            const RunResult result = run(shipped, context, threads, seconds);
            if (result.failed) {
                std::fprintf(stderr, "a render failed\n");
                return 1;
            }
            const double rate = double(result.renders) / result.seconds;
            rates.push_back(rate);
            std::printf("%-8d %6d %14.0f %16.1f\n", threads, r, rate,
                        result.cpuSeconds * 1e6 / double(std::max<qint64>(1, result.renders)));
        }
        std::sort(rates.begin(), rates.end());
        std::printf("%-8d %6s %14.0f   (best %.0f)\n", threads, "median", rates[rates.size() / 2], rates.back());
    }
    std::printf("The machine may be shared: CPU us/render is the figure to compare between runs.\n");
    return 0;
}
