// Inventory: the Engine's part (the staff alerts' rules).
#include "channels/channel.h"
#include "engine.h"
#include "enginelog.h"
#include "store/configrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct InventoryEngineText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Engine)
};

const QString LowRuleId = u"stock-low-alert"_s;
const QString OutRuleId = u"stock-out-alert"_s;
// The ids defaultRules() gives them, so a shop that has them already keeps one of each.
const QString BackInStockRuleId = u"back-in-stock"_s;
const QString BackorderRuleId = u"order-backordered"_s;

} // namespace

Engine::StockAlertSettings Engine::stockAlerts() const
{
    for (const RuleConfig &rule : m_config.rules) {
        if (rule.id == LowRuleId && rule.enabled) {
            return StockAlertSettings{rule.channelId, rule.recipient == u"customer" ? QString() : rule.recipient};
        }
    }
    return {};
}

Status Engine::setStockAlerts(const StockAlertSettings &settings)
{
    QList<RuleConfig> rules;
    const QString channelId = settings.channelId.trimmed();
    if (!channelId.isEmpty()) {
        const auto channel = std::find_if(m_config.channels.cbegin(), m_config.channels.cend(),
                                          [&](const ChannelConfig &c) { return c.id == channelId; });
        const ChannelTypeInfo *info = channel == m_config.channels.cend() ? nullptr : channelTypeInfo(channel->type);
        if (!info) {
            return Error::make(
                ErrorCode::NotFound,
                InventoryEngineText::tr("There is no channel \"%1\" to send stock alerts through.").arg(channelId));
        }
        const QString address = settings.address.trimmed();
        if (info->kind == ChannelKind::Chat) {
            rules = {RuleConfig{LowRuleId, u"stock.status:low_stock"_s, u"low_stock_chat"_s, channelId, u"customer"_s},
                     RuleConfig{OutRuleId, u"stock.status:out_of_stock"_s, u"out_of_stock_chat"_s, channelId,
                                u"customer"_s}};
        } else if (info->kind == ChannelKind::Email) {
            if (!address.contains(u'@') || address.contains(u'\n') || address.contains(u'\r') ||
                address.contains(u' ')) {
                return Error::make(ErrorCode::InvalidInput,
                                   InventoryEngineText::tr("Enter the email address stock alerts go to, such as "
                                                           "team@yourshop.com."));
            }
            rules = {RuleConfig{LowRuleId, u"stock.status:low_stock"_s, u"low_stock"_s, channelId, address},
                     RuleConfig{OutRuleId, u"stock.status:out_of_stock"_s, u"out_of_stock"_s, channelId, address}};
        } else {
            return Error::make(ErrorCode::InvalidInput,
                               InventoryEngineText::tr("Stock alerts go to your team by chat or email; %1 sends "
                                                       "neither.")
                                   .arg(info->displayName));
        }
    }
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (auto stored = ConfigRepository(*db).replaceRules({LowRuleId, OutRuleId}, rules); !stored) {
        return stored;
    }
    m_config.rules.removeIf([](const RuleConfig &rule) { return rule.id == LowRuleId || rule.id == OutRuleId; });
    m_config.rules.append(rules);
    applyChannels();
    qCInfo(lcEngine) << "stock alerts" << (rules.isEmpty() ? "off" : "through") << channelId;
    return {};
}

bool Engine::isChatChannel(const QString &channelId) const
{
    for (const ChannelConfig &channel : m_config.channels) {
        if (channel.id == channelId) {
            const ChannelTypeInfo *info = channelTypeInfo(channel.type);
            return info && info->kind == ChannelKind::Chat;
        }
    }
    return false;
}

Engine::CustomerStockMessages Engine::customerStockMessages() const
{
    CustomerStockMessages messages;
    for (const RuleConfig &rule : m_config.rules) {
        if (!rule.enabled || rule.recipient != u"customer" || isChatChannel(rule.channelId)) {
            continue;
        }
        if (rule.trigger == u"stock.status:back_in_stock") {
            messages.backInStock = true;
            messages.channelId = rule.channelId;
        } else if (rule.trigger == u"order.backordered") {
            messages.backorders = true;
            messages.channelId = messages.channelId.isEmpty() ? rule.channelId : messages.channelId;
        }
    }
    return messages;
}

Status Engine::setCustomerStockMessages(const CustomerStockMessages &messages)
{
    QList<RuleConfig> rules;
    if (messages.backInStock || messages.backorders) {
        const auto channel = std::find_if(m_config.channels.cbegin(), m_config.channels.cend(),
                                          [&](const ChannelConfig &c) { return c.id == messages.channelId; });
        const ChannelTypeInfo *info = channel == m_config.channels.cend() ? nullptr : channelTypeInfo(channel->type);
        // Waiting customers leave only an email address: no text messages, and a chat reaches staff, not them.
        if (!info || (info->kind != ChannelKind::Email && info->kind != ChannelKind::Automation)) {
            return Error::make(ErrorCode::InvalidInput,
                               InventoryEngineText::tr("Choose the email channel your customers are told through."));
        }
        if (messages.backorders) {
            rules.append(RuleConfig{BackorderRuleId, u"order.backordered"_s, u"backorder_delay"_s, messages.channelId,
                                    u"customer"_s});
        }
        if (messages.backInStock) {
            rules.append(RuleConfig{BackInStockRuleId, u"stock.status:back_in_stock"_s, u"back_in_stock"_s,
                                    messages.channelId, u"customer"_s});
        }
    }
    // Every customer rule of these triggers is replaced, whatever its id, so a customer is never told twice.
    QStringList replaced{BackInStockRuleId, BackorderRuleId};
    for (const RuleConfig &rule : std::as_const(m_config.rules)) {
        if (rule.recipient == u"customer" &&
            (rule.trigger == u"stock.status:back_in_stock" || rule.trigger == u"order.backordered") &&
            !isChatChannel(rule.channelId)) {
            replaced.append(rule.id);
        }
    }
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (auto stored = ConfigRepository(*db).replaceRules(replaced, rules); !stored) {
        return stored;
    }
    m_config.rules.removeIf([&](const RuleConfig &rule) { return replaced.contains(rule.id); });
    m_config.rules.append(rules);
    applyChannels();
    qCInfo(lcEngine) << "customer stock messages: back in stock" << messages.backInStock << "backorders"
                     << messages.backorders;
    return {};
}

} // namespace Tidings
