// The Templates page's "Send Test to…": the template being edited, rendered on the preview's context with the
// current brand, sent through one of the shop's channels to the owner. Nothing is stored.
#include "channels/brandlogoattach.h"
#include "channels/channeltest.h"
#include "engine.h"
#include "enginelog.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct PreviewEngineText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Engine)
};

} // namespace

void Engine::sendTemplateTest(const QString &channelId, const MessageTemplate &messageTemplate,
                              const QJsonObject &context, const QString &address, TestMessageDone done)
{
    const auto fail = [this, &done](const Error &error) {
        SendOutcome outcome;
        outcome.error = error;
        // `done` always follows later, never inside this call, as for a send that reached the network.
        QMetaObject::invokeMethod(
            this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
    };
    const ChannelConfig *channel = m_config.channel(channelId);
    if (!channel) {
        fail(Error::make(ErrorCode::NotFound, PreviewEngineText::tr("That channel no longer exists."),
                         u"no channel with id %1"_s.arg(channelId)));
        return;
    }
    const QString to = address.trimmed();
    if (to.isEmpty()) {
        fail(Error::make(ErrorCode::InvalidInput,
                         PreviewEngineText::tr("Type the email address (or phone number) the test should go to.")));
        return;
    }
    QJsonObject branded = context;
    const Brand brand = brandForChannel(m_config.brand, channel->type);
    TemplateRenderer::applyBrand(branded, brand); // what the next real message would carry
    auto rendered = TemplateRenderer::render(messageTemplate, branded);
    if (!rendered) {
        fail(rendered.error());
        return;
    }
    const bool phone = !to.contains(u'@');
    OutgoingMessage message;
    message.toEmail = phone ? QString() : to;
    message.toPhone = phone ? to : QString();
    message.toName = branded.value(u"customer"_s).toObject().value(u"name"_s).toString();
    // Marked, so the owner (and their mail filters) can tell it from a customer's message.
    message.subject = PreviewEngineText::tr("[Test] %1").arg(rendered->subject);
    message.html = rendered->html;
    message.text = rendered->text;
    message.context = branded;
    attachBrandLogo(message, brand);
    qCInfo(lcEngine).noquote() << "template test of" << messageTemplate.id << "through channel" << channelId;
    ChannelTest::send(*channel, secretsForTest(channelId, {}), message, testNetwork(), std::move(done));
}

} // namespace Tidings
