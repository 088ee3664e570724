"""English: the words of the built-in templates (the default language). generate.py writes the templates.

WORDS are the shared blocks' words; events(w) gives each message's words, where w has FIRST (", <first name>"
when known), ORDER (the order number in bold), HELLO (the plain-text greeting line), SHOP_FROM (" from <shop>"
when the shop has a name) and strong(text). Chat messages go to the shop's staff, so they exist in English only;
so do the staff's stock alerts (staff=True: an email and a chat message, no SMS).
"""

WORDS = dict(
    steps=dict(ordered="Ordered", shipped="Shipped", outForDelivery="Out for delivery", delivered="Delivered"),
    carrier="Carrier",
    tracking_number="Tracking number",
    status="Status",
    colon=": ",
    track_button="Track your package",
    button_fallback="Button not working? Open this link:",
    quantity="Qty",
    price="Price",
    total="Total",
    sku="SKU",
    shop_now="Shop now",
    # Mustache tags ({{...}}) stay exactly as they are in every language
    hello="Hello{{#customer.firstName}} {{customer.firstName}}{{/customer.firstName}},\n\n",
    first=", {{customer.firstName}}",
    shop_from=" from {{brand.shopName}}",
    text_questions_email="Questions? Reply to this email or write to {{brand.supportEmail}}.",
    text_questions="Questions? Simply reply to this email.",
    text_call="Or call us: {{brand.supportPhone}}",
    # The footer of the HTML layout: "Questions? Reply to this email[ or write to <email>][, or call <phone>]."
    layout_questions="Questions? Reply to this email",
    layout_or_write=" or write to ",
    layout_or_call=", or call ",
    layout_end=".",
)


def events(w):
    FIRST, ORDER, HELLO, SHOP_FROM, strong = w.FIRST, w.ORDER, w.HELLO, w.SHOP_FROM, w.strong
    return {
        "order_confirmed": dict(
            subject="Your {{brand.shopName}} order {{order.number}} is confirmed",
            heading="Thank you for your order" + FIRST + "!",
            paras=["We have received order " + ORDER + "{{#order.dateText}} ({{order.dateText}}){{/order.dateText}} and "
                   "are getting it ready. We will email you again as soon as it ships."],
            text=HELLO + "thank you for your order{{#brand.shopName}} at {{brand.shopName}}{{/brand.shopName}}! We have "
                 "received order {{order.number}}{{#order.dateText}} ({{order.dateText}}){{/order.dateText}} and are getting it ready. We will write again as soon as it ships.\n\n",
            blocks=["strip", "prices"], items_title="Your order",
            chat="*New order {{order.number}}* from {{customer.name}}{{#order.totalText}} · {{order.totalText}}{{/order.totalText}} · {{order.itemCountText}} item(s)",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Thank you! Order {{order.number}} is confirmed. We will text you when it ships."),
        "order_paid": dict(
            subject="Payment received for your {{brand.shopName}} order {{order.number}}",
            heading="Thank you, your payment has arrived" + FIRST,
            paras=["We have received the payment for order " + ORDER + "{{#order.totalText}} ({{order.totalText}}){{/order.totalText}}. "
                   "We are now packing it and will email you when it ships."],
            text=HELLO + "we have received the payment for order {{order.number}}{{#order.totalText}} ({{order.totalText}}){{/order.totalText}}. "
                 "We are now packing it and will write again when it ships.\n\n",
            blocks=["strip", "prices"], items_title="Your order",
            chat="*Paid: order {{order.number}}* from {{customer.name}}{{#order.totalText}} · {{order.totalText}}{{/order.totalText}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Payment for order {{order.number}} received. Thank you! We will text you when it ships."),
        "backorder_delay": dict(
            subject="Your {{brand.shopName}} order {{order.number}} needs a little more time",
            heading="Your order needs a little more time" + FIRST,
            paras=["Some items of order " + ORDER + " are out of stock for now. We will send your order as soon as "
                   "they are back, and you will hear from us when it ships.",
                   "Thank you for your patience!"],
            text=HELLO + "some items of your order {{order.number}}" + SHOP_FROM + " are out of stock for now. We will "
                 "send your order as soon as they are back, and you will hear from us when it ships.\n\nThank you for "
                 "your patience!\n\n",
            blocks=["strip", "backorder"], items_title="Out of stock for now",
            chat="*Backorder: order {{order.number}}* for {{customer.name}}, waiting for stock{{#backorder.items}} · {{quantity}} x {{name}}{{#sku}} ({{sku}}){{/sku}}{{/backorder.items}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Some items of order {{order.number}} are out of stock for now. We will send it as soon as they are back."),
        "label_created": dict(
            subject="Your {{brand.shopName}} order {{order.number}} is packed and ready to go",
            heading="Your order is packed" + FIRST,
            paras=["Order " + ORDER + " has its shipping label{{#shipment.carrier}} from {{shipment.carrier}}{{/shipment.carrier}} "
                   "and will be handed to the carrier soon. The tracking page may show no news until they have it."],
            text=HELLO + "order {{order.number}}" + SHOP_FROM + " is packed and has its shipping label. It will be handed to "
                 "the carrier soon; the tracking page may show no news until they have it.\n\n",
            fallback="Packed",
            blocks=["strip", "shipment", "track", "items"], items_title="In this order",
            chat="*Label created: order {{order.number}}* for {{customer.name}}{{#shipment.carrier}} · {{shipment.carrier}}{{/shipment.carrier}}{{#hasTracking}}\nTracking: {{shipment.trackingUrl}}{{/hasTracking}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Order {{order.number}} is packed and ships soon.{{#hasTracking}} Track: {{shipment.trackingUrl}}{{/hasTracking}}"),
        "shipped": dict(
            subject="Your {{brand.shopName}} order {{order.number}} is on its way",
            heading="Your order is on its way" + FIRST + "!",
            paras=["Good news: order " + ORDER + " has left us and is heading your way{{#shipment.carrier}} with {{shipment.carrier}}{{/shipment.carrier}}."
                   "{{#hasBackorder}} Thank you for your patience: the items you were waiting for are back in stock.{{/hasBackorder}}"],
            text=HELLO + "good news: your order {{order.number}}" + SHOP_FROM + " is on its way.{{#hasBackorder}} Thank you "
                 "for your patience: the items you were waiting for are back in stock.{{/hasBackorder}}\n\n",
            fallback="Shipped",
            blocks=["strip", "shipment", "track", "items"], items_title="In this order",
            chat="*Shipped: order {{order.number}}* to {{customer.name}}{{#shipment.carrier}} with {{shipment.carrier}}{{/shipment.carrier}}{{#hasTracking}}\nTracking: {{shipment.trackingUrl}}{{/hasTracking}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Order {{order.number}} is on its way{{#shipment.carrier}} with {{shipment.carrier}}{{/shipment.carrier}}.{{#hasBackorder}} Thanks for waiting!{{/hasBackorder}}{{#hasTracking}} Track: {{shipment.trackingUrl}}{{/hasTracking}}"),
        "out_for_delivery": dict(
            subject="Your {{brand.shopName}} order {{order.number}} is out for delivery",
            heading="Your parcel arrives today" + FIRST + "!",
            paras=["Order " + ORDER + " is with the driver{{#shipment.carrier}} from {{shipment.carrier}}{{/shipment.carrier}} "
                   "and should reach you today. If nobody is in, they will usually leave a note."],
            text=HELLO + "order {{order.number}}" + SHOP_FROM + " is out for delivery and should reach you today. If nobody "
                 "is in, the driver will usually leave a note.\n\n",
            fallback="Out for delivery",
            blocks=["strip", "shipment", "track", "items"], items_title="In this order",
            chat="*Out for delivery: order {{order.number}}* to {{customer.name}}{{#shipment.carrier}} with {{shipment.carrier}}{{/shipment.carrier}}{{#hasTracking}}\nTracking: {{shipment.trackingUrl}}{{/hasTracking}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Order {{order.number}} is out for delivery and arrives today.{{#hasTracking}} Track: {{shipment.trackingUrl}}{{/hasTracking}}"),
        "delivery_attempted": dict(
            subject="We tried to deliver your {{brand.shopName}} order {{order.number}}",
            heading="Sorry we missed you" + FIRST,
            paras=["The carrier tried to deliver order " + ORDER + " but could not hand it over.",
                   "They usually try again on the next working day or leave a note saying where to collect it. "
                   "The tracking page shows your options, such as a new day or a neighbour."],
            text=HELLO + "the carrier tried to deliver order {{order.number}}" + SHOP_FROM + " but could not hand it over. "
                 "They usually try again on the next working day or leave a note saying where to collect it.\n\n",
            fallback="Delivery attempted",
            blocks=["strip", "shipment", "track", "items"], items_title="In this order",
            chat="*Delivery attempted: order {{order.number}}* for {{customer.name}}{{#customer.phone}} ({{customer.phone}}){{/customer.phone}}{{#hasTracking}}\nTracking: {{shipment.trackingUrl}}{{/hasTracking}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}We tried to deliver order {{order.number}}. See your options:{{#hasTracking}} {{shipment.trackingUrl}}{{/hasTracking}}{{^hasTracking}} reply to this text.{{/hasTracking}}"),
        "ready_for_pickup": dict(
            subject="Your {{brand.shopName}} order {{order.number}} is ready for pickup",
            heading="Your parcel is waiting for you" + FIRST,
            paras=["Order " + ORDER + " is at the pickup point. Bring an ID or the pickup code from the carrier. "
                   "Parcels are usually kept for about a week, so please collect it soon."],
            text=HELLO + "order {{order.number}}" + SHOP_FROM + " is at the pickup point. Bring an ID or the pickup code "
                 "from the carrier. Parcels are usually kept for about a week.\n\n",
            fallback="Ready for pickup",
            blocks=["strip", "shipment", "track", "items"], items_title="In this order",
            chat="*Ready for pickup: order {{order.number}}* for {{customer.name}}{{#shipment.carrier}} at {{shipment.carrier}}{{/shipment.carrier}}{{#hasTracking}}\nTracking: {{shipment.trackingUrl}}{{/hasTracking}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Order {{order.number}} is ready for pickup. Bring an ID.{{#hasTracking}} Details: {{shipment.trackingUrl}}{{/hasTracking}}"),
        "delivered": dict(
            subject="Your {{brand.shopName}} order {{order.number}} has been delivered",
            heading="Your order has arrived" + FIRST + "!",
            paras=["Order " + ORDER + " has been delivered. We hope you enjoy it!",
                   "If anything is missing or damaged, reply to this email and we will put it right."],
            text=HELLO + "order {{order.number}}" + SHOP_FROM + " has been delivered. We hope you enjoy it! If anything is "
                 "missing or damaged, reply to this email and we will put it right.\n\n",
            fallback="Delivered",
            blocks=["strip", "shipment", "track", "items"], items_title="In this order",
            chat="*Delivered: order {{order.number}}* to {{customer.name}}{{#shipment.carrier}} by {{shipment.carrier}}{{/shipment.carrier}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Order {{order.number}} has been delivered. Enjoy! Anything wrong? Just reply to this text."),
        "shipment_delayed": dict(
            subject="Your {{brand.shopName}} order {{order.number}} is taking longer than expected",
            heading="Your parcel is taking longer than expected" + FIRST,
            paras=["We are sorry: order " + ORDER + " is still on its way, but the carrier has not shared any news about it for a few days.",
                   "Most delayed parcels arrive within a few more days, and there is nothing you need to do. We are keeping an eye on it for you and will be in touch if anything changes."],
            text=HELLO + "we are sorry: your order {{order.number}}" + SHOP_FROM + " is still on its way, but the carrier has "
                 "not shared any news about it for a few days.\n\nMost delayed parcels arrive within a few more days, and "
                 "there is nothing you need to do. We are keeping an eye on it for you and will be in touch if anything "
                 "changes.\n\n",
            fallback="On its way",
            blocks=["strip", "shipment", "track", "items"], items_title="In this order",
            chat="*Delayed: order {{order.number}}* for {{customer.name}}{{#shipment.carrier}} with {{shipment.carrier}}{{/shipment.carrier}}, no carrier news for days{{#hasTracking}}\nTracking: {{shipment.trackingUrl}}{{/hasTracking}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Sorry, order {{order.number}} is taking longer than expected. We are keeping an eye on it.{{#hasTracking}} {{shipment.trackingUrl}}{{/hasTracking}}"),
        "returned": dict(
            subject="Your {{brand.shopName}} order {{order.number}} is coming back to us",
            heading="Your parcel is coming back to us" + FIRST,
            paras=["The carrier could not deliver order " + ORDER + " and is returning it to us.",
                   "Please reply to this email so we can check your address. We will send it again or refund you, whichever you prefer."],
            text=HELLO + "the carrier could not deliver order {{order.number}}" + SHOP_FROM + " and is returning it to us. "
                 "Please reply to this email so we can check your address. We will send it again or refund you, "
                 "whichever you prefer.\n\n",
            fallback="Returned to sender",
            blocks=["shipment", "track", "items"], items_title="In this order",
            chat="*Returned to sender: order {{order.number}}* for {{customer.name}}{{#customer.email}} ({{customer.email}}){{/customer.email}}, check the address{{#hasTracking}}\nTracking: {{shipment.trackingUrl}}{{/hasTracking}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Order {{order.number}} could not be delivered and is coming back to us. Please reply so we can check your address."),
        "order_cancelled": dict(
            subject="Your {{brand.shopName}} order {{order.number}} has been cancelled",
            heading="Your order has been cancelled" + FIRST,
            paras=["Order " + ORDER + " has been cancelled. If you have already paid, the money goes back the way you paid; "
                   "banks usually take 5 to 10 days to show it.",
                   "Did not ask for this? Reply to this email and we will sort it out."],
            text=HELLO + "order {{order.number}}" + SHOP_FROM + " has been cancelled. If you have already paid, the money goes "
                 "back the way you paid; banks usually take 5 to 10 days to show it.\n\nDid not ask for this? Reply to this "
                 "email and we will sort it out.\n\n",
            blocks=["prices"], items_title="Cancelled order",
            chat="*Cancelled: order {{order.number}}* from {{customer.name}}{{#order.totalText}} · {{order.totalText}}{{/order.totalText}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Order {{order.number}} has been cancelled. Any payment goes back the way you paid."),
        "order_refunded": dict(
            subject="Your {{brand.shopName}} order {{order.number}} has been refunded",
            heading="Your refund is on its way" + FIRST,
            paras=["We have sent a refund for order " + ORDER + ". It goes back the way you paid; banks usually take 5 to 10 days to show it."],
            text=HELLO + "we have sent a refund for order {{order.number}}" + SHOP_FROM + ". It goes back the way you paid; "
                 "banks usually take 5 to 10 days to show it.\n\n",
            blocks=["prices"], items_title="Your order",
            chat="*Refunded: order {{order.number}}* for {{customer.name}}{{#order.totalText}} · order total {{order.totalText}}{{/order.totalText}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}We have refunded order {{order.number}}. Banks usually take 5 to 10 days to show it."),
        # Alerts for the shop's staff (staff=True): an email and a chat message, in English only, no SMS.
        "low_stock": dict(
            staff=True,
            subject="Low stock: {{product.name}}{{#product.sku}} ({{product.sku}}){{/product.sku}}",
            heading="Running low: {{product.name}}",
            paras=[strong("{{product.name}}") + "{{#product.sku}} ({{product.sku}}){{/product.sku}} is running low"
                   "{{#product.availableText}}: {{product.availableText}} left{{/product.availableText}}"
                   "{{#product.thresholdText}}, alert threshold {{product.thresholdText}}{{/product.thresholdText}}.",
                   "Restock it soon, so new orders do not have to wait."],
            text="{{product.name}}{{#product.sku}} ({{product.sku}}){{/product.sku}} is running low"
                 "{{#product.availableText}}: {{product.availableText}} left{{/product.availableText}}"
                 "{{#product.thresholdText}}, alert threshold {{product.thresholdText}}{{/product.thresholdText}}.\n\n"
                 "Restock it soon, so new orders do not have to wait.\n",
            blocks=[], items_title="",
            chat="*Low stock: {{product.name}}*{{#product.sku}} ({{product.sku}}){{/product.sku}}{{#product.availableText}} · {{product.availableText}} left{{/product.availableText}}{{#product.thresholdText}} · alert threshold {{product.thresholdText}}{{/product.thresholdText}}"),
        "out_of_stock": dict(
            staff=True,
            subject="Out of stock: {{product.name}}{{#product.sku}} ({{product.sku}}){{/product.sku}}",
            heading="Out of stock: {{product.name}}",
            paras=[strong("{{product.name}}") + "{{#product.sku}} ({{product.sku}}){{/product.sku}} is out of stock.",
                   "Customers who order it now have to wait until you restock it."],
            text="{{product.name}}{{#product.sku}} ({{product.sku}}){{/product.sku}} is out of stock.\n\n"
                 "Customers who order it now have to wait until you restock it.\n",
            blocks=[], items_title="",
            chat="*Out of stock: {{product.name}}*{{#product.sku}} ({{product.sku}}){{/product.sku}} · customers who order it now have to wait"),
        "back_in_stock": dict(
            subject="{{product.name}} is back in stock{{#brand.shopName}} at {{brand.shopName}}{{/brand.shopName}}",
            heading="Good news: it is back!",
            paras=[strong("{{product.name}}") + " is in stock again{{#product.availableText}} ({{product.availableText}} available){{/product.availableText}}. "
                   "Popular items sell out quickly, so do not wait too long."],
            text="Hello,\n\ngood news: {{product.name}} is in stock again{{#brand.shopName}} at {{brand.shopName}}{{/brand.shopName}}"
                 "{{#product.availableText}} ({{product.availableText}} available){{/product.availableText}}. Popular items "
                 "sell out quickly.\n\n{{#product.url}}Have a look: {{product.url}}\n\n{{/product.url}}",
            blocks=["product"], items_title="",
            chat="*Back in stock: {{product.name}}*{{#product.sku}} ({{product.sku}}){{/product.sku}}{{#product.availableText}} · {{product.availableText}} available{{/product.availableText}}{{#product.url}}\n{{product.url}}{{/product.url}}",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}{{product.name}} is back in stock!{{#product.url}} {{product.url}}{{/product.url}}"),
    }
