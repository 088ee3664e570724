#include "channels/channeltest.h"

#include "channels/brandlogoattach.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tidings::ChannelTest {

namespace {

struct TestText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::ChannelTest)
};

} // namespace

OrderEvent sampleOrder(const QString &toEmail, const QString &toPhone)
{
    OrderEvent event;
    event.sourceId = u"test"_s;
    event.sourceType = u"test"_s;
    event.orderId = u"test-1042"_s;
    event.orderNumber = u"#1042"_s;
    event.customerName = TestText::tr("Alex Sample");
    event.customerEmail = toEmail;
    event.customerPhone = toPhone;
    event.orderStatus = OrderStatus::Shipped;
    event.shipmentId = u"test-shipment-1"_s;
    event.shipmentStatus = ShipmentStatus::InTransit;
    event.carrier = u"DHL"_s;
    event.trackingNumber = u"JD014600006281234567"_s;
    event.trackingUrl = QUrl(u"https://www.dhl.com/track?tracking-id=JD014600006281234567"_s);
    event.lineItems = {{u"MUG-01"_s, TestText::tr("Stoneware mug"), 2, u"18.00"_s},
                       {u"TEA-12"_s, TestText::tr("Loose-leaf tea, 100 g"), 1, u"9.50"_s}};
    event.totalPrice = u"45.50"_s;
    event.currency = u"EUR"_s;
    event.occurredAt = QDateTime::currentDateTimeUtc();
    return event;
}

Result<OutgoingMessage> testMessage(const QString &toEmail, const QString &toPhone, const Brand &brand)
{
    const std::optional<MessageTemplate> shipped = builtInTemplate(u"shipped"_s);
    if (!shipped) {
        return Error::make(ErrorCode::Internal, TestText::tr("The built-in shipping template is missing."));
    }
    const OrderEvent order = sampleOrder(toEmail, toPhone);
    const QJsonObject context = TemplateRenderer::buildContext(order, brand);
    auto rendered = TemplateRenderer::render(*shipped, context);
    if (!rendered) {
        return rendered.error();
    }
    OutgoingMessage message;
    message.toEmail = toEmail.trimmed();
    message.toName = order.customerName;
    message.toPhone = toPhone.trimmed();
    message.subject = TestText::tr("[Test] %1").arg(rendered->subject);
    message.html = rendered->html;
    message.text = rendered->text;
    message.context = context;
    attachBrandLogo(message, brand);
    return message;
}

Result<OutgoingMessage> testMessageTo(const QString &address, const Brand &brand)
{
    const bool phone = !address.contains(u'@');
    return testMessage(phone ? QString() : address, phone ? address : QString(), brand);
}

namespace {

// Builds the channel and hands it to `use`; the channel lives until `use`'s callback has answered, and goes
// with the network manager if that goes first.
void withChannel(const ChannelConfig &config, const QHash<QString, QString> &secrets, QNetworkAccessManager *network,
                 std::function<void(const SendOutcome &)> done,
                 const std::function<void(Channel &, Channel::Done)> &use)
{
    Error error;
    std::unique_ptr<Channel> channel = createChannel(config, secrets, network, &error);
    if (!channel) {
        SendOutcome outcome;
        outcome.error = error;
        done(outcome);
        return;
    }
    Channel *raw = channel.release();
    raw->setParent(network);
    QPointer<Channel> guard(raw);
    use(*raw, [guard, done = std::move(done)](const SendOutcome &outcome) {
        if (guard) {
            guard->deleteLater();
        }
        done(outcome);
    });
}

} // namespace

void send(const ChannelConfig &config, const QHash<QString, QString> &secrets, const OutgoingMessage &message,
          QNetworkAccessManager *network, std::function<void(const SendOutcome &)> done)
{
    withChannel(config, secrets, network, std::move(done),
                [&message](Channel &channel, Channel::Done answer) { channel.send(message, std::move(answer)); });
}

void checkConnection(const ChannelConfig &config, const QHash<QString, QString> &secrets,
                     QNetworkAccessManager *network, std::function<void(const SendOutcome &)> done)
{
    withChannel(config, secrets, network, std::move(done),
                [](Channel &channel, Channel::Done answer) { channel.checkConnection(std::move(answer)); });
}

QString describe(const SendOutcome &outcome, const QString &providerName)
{
    if (outcome.accepted) {
        return outcome.providerMessageId.isEmpty()
                   ? TestText::tr("Sent: %1 accepted the test message.").arg(providerName)
                   : TestText::tr("Sent: %1 accepted the test message (id %2).")
                         .arg(providerName, outcome.providerMessageId);
    }
    if (!outcome.error) {
        return TestText::tr("%1 gave no answer.").arg(providerName);
    }
    return TestText::tr("Not sent: %1").arg(outcome.error->message);
}

QString describeCheck(const SendOutcome &outcome, const QString &providerName)
{
    if (outcome.accepted) {
        return outcome.providerAnswer.isEmpty()
                   ? TestText::tr("Connected: %1 accepted the credentials.").arg(providerName)
                   : TestText::tr("Connected: %1").arg(outcome.providerAnswer);
    }
    if (!outcome.error) {
        return TestText::tr("%1 gave no answer.").arg(providerName);
    }
    return TestText::tr("Not connected: %1").arg(outcome.error->message);
}

} // namespace Tidings::ChannelTest
