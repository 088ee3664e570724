#!/usr/bin/env python3
"""Writes the built-in templates (resources/templates/*.mustache) from the blocks below.

The built-in emails share their blocks (progress strip, order summary, tracking button); Mustache templates
cannot include each other, so the shared blocks are copied into each file here instead of by hand.
Run it after changing a block: python3 resources/templates/generate.py   (layout.html.mustache is hand-written)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "font-family:{{brand.fontFamily}};"
INK = "#1f2328"
MUTED = "#5b636e"  # 5.9:1 on white, still readable when a client inverts it
RULE = "#e5e7eb"
IDLE = "#d0d5dd"


def section(name, body, inverted=False):
    tag = "^" if inverted else "#"
    return "{{" + tag + name + "}}" + body + "{{/" + name + "}}"


def heading(text):
    return (f'<h1 class="ink" style="margin:0 0 12px 0;{FONT}font-size:24px;line-height:32px;font-weight:bold;'
            f'color:{INK};">{text}</h1>\n')


def para(text):
    return f'<p class="ink" style="margin:0 0 16px 0;{FONT}font-size:16px;line-height:24px;color:{INK};">{text}</p>\n'


def strong(text):
    return f'<strong>{text}</strong>'


FIRST = section("customer.firstName", ", {{customer.firstName}}")
ORDER = strong("{{order.number}}")

STEPS = [("ordered", "Ordered"), ("shipped", "Shipped"), ("outForDelivery", "Out for delivery"),
         ("delivered", "Delivered")]


def progress_strip():
    # Each step in one of three forms (passed, current, ahead), so only one section per step is rendered.
    def cell(label, bar, word, current="", cls=""):
        return (f'<td class="step" width="25%" valign="top" style="width:25%;padding:0 3px;">'
                f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;">'
                f'<tr><td bgcolor="{bar}" style="height:4px;line-height:4px;font-size:4px;background-color:{bar};">&nbsp;</td></tr>'
                f'<tr><td align="center"{cls}{current} style="padding-top:6px;{FONT}font-size:12px;line-height:16px;{word}">{label}</td></tr>'
                f'</table></td>')
    accent = "{{brand.accentColor}}"
    cells = []
    for key, label in STEPS:
        cells.append(section(f"progress.{key}Passed", cell(label, accent, f"color:{INK};", cls=' class="ink"'))
                     + section(f"progress.{key}", cell(label, accent, f"font-weight:bold;color:{accent};",
                                                       ' aria-current="step"'))
                     + section(f"progress.{key}Ahead", cell(label, IDLE, f"color:{MUTED};", cls=' class="muted"')))
    return ("{{#hasProgress}}\n"
            '<table role="presentation" class="progress" width="100%" cellpadding="0" cellspacing="0" border="0" '
            'style="width:100%;margin:8px 0 20px 0;">\n<tr>\n' + "\n".join(cells) + "\n</tr>\n</table>\n"
            "{{/hasProgress}}\n")


def shipment_panel(fallback_status):
    row = ('<tr><td class="muted" width="40%" style="padding:{pad};color:' + MUTED + ';">{label}</td>'
           '<td style="padding:{pad2};font-weight:bold;{extra}">{value}</td></tr>')
    carrier = section("shipment.carrier", row.format(pad="12px 16px 0 16px", pad2="12px 16px 0 0", label="Carrier",
                                                     extra="", value="{{shipment.carrier}}"))
    number = section("shipment.trackingNumber", row.format(
        pad="12px 16px 0 16px", pad2="12px 16px 0 0", label="Tracking number",
        extra="font-family:Consolas,'Liberation Mono',Menlo,monospace;word-break:break-all;",
        value="{{shipment.trackingNumber}}"))
    status = ("{{#shipment.statusKnown}}{{shipment.statusLabel}}{{/shipment.statusKnown}}"
              "{{^shipment.statusKnown}}" + fallback_status + "{{/shipment.statusKnown}}")
    status_row = row.format(pad="12px 16px 12px 16px", pad2="12px 16px 12px 0", label="Status", extra="", value=status)
    return ("{{#shipment}}\n"
            '<table role="presentation" class="panel" width="100%" cellpadding="0" cellspacing="0" border="0" '
            f'style="width:100%;margin:0 0 8px 0;background-color:#f6f8fa;border:1px solid {RULE};'
            f'border-left:4px solid {{{{brand.accentColor}}}};{FONT}font-size:15px;line-height:22px;color:{INK};">\n'
            f"{carrier}\n{number}\n{status_row}\n</table>\n"
            "{{/shipment}}\n")


def button(section_name, url, label):
    return (section_name and ("{{#" + section_name + "}}\n") or "") + (
        # align="center": margin:auto is not understood everywhere; the padding is on the cell, which every
        # client (Outlook too) draws in the button's colour.
        '<table role="presentation" class="button" align="center" cellpadding="0" cellspacing="0" border="0" '
        'style="margin:20px auto 8px auto;">\n<tr>\n'
        '<td align="center" bgcolor="{{brand.accentColor}}" style="padding:14px 32px;border-radius:6px;'
        'background-color:{{brand.accentColor}};">'
        f'<a href="{url}" target="_blank" style="display:inline-block;{FONT}font-size:16px;'
        f'line-height:20px;font-weight:bold;color:#ffffff;text-decoration:none;">{label}</a></td>\n'
        '</tr>\n</table>\n'
        f'<p class="muted" style="margin:0 0 8px 0;text-align:center;{FONT}font-size:12px;line-height:18px;color:{MUTED};'
        f'word-break:break-all;">Button not working? Open this link: <a href="{url}" target="_blank" '
        f'style="color:{{{{brand.accentColor}}}};">{url}</a></p>\n') + (section_name and ("{{/" + section_name + "}}\n") or "")


def tracking_button():
    return button("hasTracking", "{{shipment.trackingUrl}}", "Track your package")


def items_table(title, with_prices):
    head = (f'<th align="{{align}}" class="{{cls}}" style="padding:0 {{pad}} 8px {{padl}};border-bottom:2px solid '
            f'{{{{{{{{brand.accentColor}}}}}}}};font-size:12px;line-height:16px;text-transform:uppercase;'
            f'color:{MUTED};font-weight:bold;">{{label}}</th>')
    cell = (f'<td align="{{align}}" class="{{cls}}" style="padding:12px {{pad}} 12px {{padl}};border-bottom:1px solid '
            f'{RULE};{{extra}}">{{value}}</td>')
    heads = [head.format(align="left", cls="", pad="0", padl="0", label=title),
             head.format(align="center", cls="", pad="8px", padl="8px", label="Qty")]
    name = ('<div style="font-weight:bold;">{{name}}</div>'
            + section("sku", f'<div class="hide-small muted" style="font-size:12px;line-height:18px;color:{MUTED};">SKU {{{{sku}}}}</div>'))
    cells = [cell.format(align="left", cls="", pad="0", padl="0", extra="", value=name),
             cell.format(align="center", cls="", pad="8px", padl="8px", extra="white-space:nowrap;", value="{{quantity}}")]
    if with_prices:
        heads += [head.format(align="right", cls="hide-small", pad="8px", padl="8px", label="Price"),
                  head.format(align="right", cls="", pad="0", padl="8px", label="Total")]
        cells += [cell.format(align="right", cls="hide-small", pad="8px", padl="8px", extra="white-space:nowrap;",
                              value="{{priceText}}"),
                  cell.format(align="right", cls="", pad="0", padl="8px", extra="white-space:nowrap;",
                              value="{{lineTotalText}}")]
    total = ""
    if with_prices:
        total = ("{{#order.totalText}}\n<tr>"
                 f'<td colspan="2" style="padding:12px 0 0 0;font-size:16px;line-height:24px;font-weight:bold;">Total</td>'
                 f'<td colspan="2" align="right" style="padding:12px 0 0 8px;font-size:18px;line-height:24px;'
                 'font-weight:bold;white-space:nowrap;color:{{brand.accentColor}};">{{order.totalText}}</td>'
                 "</tr>\n{{/order.totalText}}\n")
    return ("{{#hasItems}}\n"
            '<table role="presentation" class="items" width="100%" cellpadding="0" cellspacing="0" border="0" '
            f'style="width:100%;margin:20px 0 8px 0;{FONT}font-size:15px;line-height:22px;color:{INK};">\n'
            "<tr>" + "".join(heads) + "</tr>\n{{#items}}\n<tr>" + "".join(cells) + "</tr>\n{{/items}}\n" + total +
            "</table>\n{{/hasItems}}\n")


# --- plain text blocks -------------------------------------------------------------------------------

# kainjow Mustache leaves an empty line where a section on lines of its own is skipped, so the text blocks
# open a section on the line of its first words and close it at the start of the next block. A closing tag
# alone on its line disappears with its line break, hence the "\n\n" where a blank line should follow one.

def text_progress():
    marks = []
    for key, label in STEPS:
        marks.append(section(f"progress.{key}Done", "[x] " + label) + section(f"progress.{key}Done", "[ ] " + label, True))
    return "{{#hasProgress}}" + "  ".join(marks) + "\n\n{{/hasProgress}}"


def text_shipment(fallback_status):
    return ("{{#shipment}}Status: {{#shipment.statusKnown}}{{shipment.statusLabel}}{{/shipment.statusKnown}}"
            "{{^shipment.statusKnown}}" + fallback_status + "{{/shipment.statusKnown}}\n"
            "{{#shipment.carrier}}Carrier: {{shipment.carrier}}\n{{/shipment.carrier}}"
            "{{#shipment.trackingNumber}}Tracking number: {{shipment.trackingNumber}}\n{{/shipment.trackingNumber}}"
            "{{#hasTracking}}Track your package: {{shipment.trackingUrl}}\n{{/hasTracking}}"
            "\n\n{{/shipment}}")


def text_items(title, with_prices):
    line = "{{quantity}} x {{name}}{{#sku}} ({{sku}}){{/sku}}"
    if with_prices:
        line += "{{#lineTotalText}}  {{lineTotalText}}{{/lineTotalText}}"
    total = "{{#order.totalText}}Total: {{order.totalText}}\n{{/order.totalText}}" if with_prices else ""
    return ("{{#hasItems}}" + title + "\n" + "-" * len(title) + "\n{{#items}}" + line + "\n{{/items}}" + total +
            "\n\n{{/hasItems}}")


TEXT_FOOTER = ("{{#brand.supportEmail}}Questions? Reply to this email or write to {{brand.supportEmail}}.\n"
               "{{/brand.supportEmail}}{{^brand.supportEmail}}Questions? Simply reply to this email.\n"
               "{{/brand.supportEmail}}{{#brand.supportPhone}}Or call us: {{brand.supportPhone}}\n{{/brand.supportPhone}}"
               "\n\n"
               "{{#brand.shopName}}{{brand.shopName}}\n{{/brand.shopName}}"
               "{{#brand.addressLines}}{{.}}\n{{/brand.addressLines}}"
               "{{#brand.socialLinks}}{{label}}: {{url}}\n{{/brand.socialLinks}}"
               "{{#brand.footer}}{{brand.footer}}\n{{/brand.footer}}")

HELLO = "Hello{{#customer.firstName}} {{customer.firstName}}{{/customer.firstName}},\n\n"
SHOP_FROM = "{{#brand.shopName}} from {{brand.shopName}}{{/brand.shopName}}"

# --- the events ------------------------------------------------------------------------------------------
# id: subject, html heading, html paragraphs, text paragraphs, blocks, chat, sms
# blocks: "strip", "shipment:<fallback status>", "track", "items", "prices", "product"

EVENTS = {
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
    "label_created": dict(
        subject="Your {{brand.shopName}} order {{order.number}} is packed and ready to go",
        heading="Your order is packed" + FIRST,
        paras=["Order " + ORDER + " has its shipping label{{#shipment.carrier}} from {{shipment.carrier}}{{/shipment.carrier}} "
               "and will be handed to the carrier soon. The tracking page may show no news until they have it."],
        text=HELLO + "order {{order.number}}" + SHOP_FROM + " is packed and has its shipping label. It will be handed to "
             "the carrier soon; the tracking page may show no news until they have it.\n\n",
        blocks=["strip", "shipment:Packed", "track", "items"], items_title="In this order",
        chat="*Label created: order {{order.number}}* for {{customer.name}}{{#shipment.carrier}} · {{shipment.carrier}}{{/shipment.carrier}}{{#hasTracking}}\nTracking: {{shipment.trackingUrl}}{{/hasTracking}}",
        sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Order {{order.number}} is packed and ships soon.{{#hasTracking}} Track: {{shipment.trackingUrl}}{{/hasTracking}}"),
    "shipped": dict(
        subject="Your {{brand.shopName}} order {{order.number}} is on its way",
        heading="Your order is on its way" + FIRST + "!",
        paras=["Good news: order " + ORDER + " has left us and is heading your way{{#shipment.carrier}} with {{shipment.carrier}}{{/shipment.carrier}}."],
        text=HELLO + "good news: your order {{order.number}}" + SHOP_FROM + " is on its way.\n\n",
        blocks=["strip", "shipment:Shipped", "track", "items"], items_title="In this order",
        chat="*Shipped: order {{order.number}}* to {{customer.name}}{{#shipment.carrier}} with {{shipment.carrier}}{{/shipment.carrier}}{{#hasTracking}}\nTracking: {{shipment.trackingUrl}}{{/hasTracking}}",
        sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Order {{order.number}} is on its way{{#shipment.carrier}} with {{shipment.carrier}}{{/shipment.carrier}}.{{#hasTracking}} Track: {{shipment.trackingUrl}}{{/hasTracking}}"),
    "out_for_delivery": dict(
        subject="Your {{brand.shopName}} order {{order.number}} is out for delivery",
        heading="Your parcel arrives today" + FIRST + "!",
        paras=["Order " + ORDER + " is with the driver{{#shipment.carrier}} from {{shipment.carrier}}{{/shipment.carrier}} "
               "and should reach you today. If nobody is in, they will usually leave a note."],
        text=HELLO + "order {{order.number}}" + SHOP_FROM + " is out for delivery and should reach you today. If nobody "
             "is in, the driver will usually leave a note.\n\n",
        blocks=["strip", "shipment:Out for delivery", "track", "items"], items_title="In this order",
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
        blocks=["strip", "shipment:Delivery attempted", "track", "items"], items_title="In this order",
        chat="*Delivery attempted: order {{order.number}}* for {{customer.name}}{{#customer.phone}} ({{customer.phone}}){{/customer.phone}}{{#hasTracking}}\nTracking: {{shipment.trackingUrl}}{{/hasTracking}}",
        sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}We tried to deliver order {{order.number}}. See your options:{{#hasTracking}} {{shipment.trackingUrl}}{{/hasTracking}}{{^hasTracking}} reply to this text.{{/hasTracking}}"),
    "ready_for_pickup": dict(
        subject="Your {{brand.shopName}} order {{order.number}} is ready for pickup",
        heading="Your parcel is waiting for you" + FIRST,
        paras=["Order " + ORDER + " is at the pickup point. Bring an ID or the pickup code from the carrier. "
               "Parcels are usually kept for about a week, so please collect it soon."],
        text=HELLO + "order {{order.number}}" + SHOP_FROM + " is at the pickup point. Bring an ID or the pickup code "
             "from the carrier. Parcels are usually kept for about a week.\n\n",
        blocks=["strip", "shipment:Ready for pickup", "track", "items"], items_title="In this order",
        chat="*Ready for pickup: order {{order.number}}* for {{customer.name}}{{#shipment.carrier}} at {{shipment.carrier}}{{/shipment.carrier}}{{#hasTracking}}\nTracking: {{shipment.trackingUrl}}{{/hasTracking}}",
        sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Order {{order.number}} is ready for pickup. Bring an ID.{{#hasTracking}} Details: {{shipment.trackingUrl}}{{/hasTracking}}"),
    "delivered": dict(
        subject="Your {{brand.shopName}} order {{order.number}} has been delivered",
        heading="Your order has arrived" + FIRST + "!",
        paras=["Order " + ORDER + " has been delivered. We hope you enjoy it!",
               "If anything is missing or damaged, reply to this email and we will put it right."],
        text=HELLO + "order {{order.number}}" + SHOP_FROM + " has been delivered. We hope you enjoy it! If anything is "
             "missing or damaged, reply to this email and we will put it right.\n\n",
        blocks=["strip", "shipment:Delivered", "track", "items"], items_title="In this order",
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
        blocks=["strip", "shipment:On its way", "track", "items"], items_title="In this order",
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
        blocks=["shipment:Returned to sender", "track", "items"], items_title="In this order",
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


def html_for(event):
    out = heading(event["heading"]) + "".join(para(p) for p in event["paras"])
    for block in event["blocks"]:
        if block == "strip":
            out += progress_strip()
        elif block.startswith("shipment:"):
            out += shipment_panel(block.split(":", 1)[1])
        elif block == "track":
            out += tracking_button()
        elif block == "items":
            out += items_table(event["items_title"], False)
        elif block == "prices":
            out += items_table(event["items_title"], True)
        elif block == "product":
            out += ("{{#product.sku}}\n" + f'<p class="muted" style="margin:0 0 8px 0;{FONT}font-size:13px;line-height:18px;color:{MUTED};">SKU {{{{product.sku}}}}</p>\n' + "{{/product.sku}}\n")
            out += button("product.url", "{{product.url}}", "Shop now")
    return out


def text_for(event):
    out = event["text"]
    for block in event["blocks"]:
        if block == "strip":
            out += text_progress()
        elif block.startswith("shipment:"):
            out += text_shipment(block.split(":", 1)[1])
        elif block == "items":
            out += text_items(event["items_title"], False)
        elif block == "prices":
            out += text_items(event["items_title"], True)
    return out + TEXT_FOOTER


def write(name, content):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write(content.replace(' class=""', ''))


def main():
    cmake = []
    for event_id, event in EVENTS.items():
        write(f"{event_id}.subject.mustache", event["subject"] + "\n")
        write(f"{event_id}.html.mustache", html_for(event))
        write(f"{event_id}.txt.mustache", text_for(event))
        write(f"{event_id}_chat.txt.mustache", event["chat"] + "\n")
        write(f"{event_id}_sms.txt.mustache", event["sms"] + "\n")
        for suffix in ("subject", "html", "txt"):
            cmake.append(f"{event_id}.{suffix}.mustache")
        cmake += [f"{event_id}_chat.txt.mustache", f"{event_id}_sms.txt.mustache"]
    # The list for core/templates/CMakeLists.txt
    print("\n".join(f'        "${{PROJECT_SOURCE_DIR}}/resources/templates/{name}"' for name in ["layout.html.mustache"] + cmake))


if __name__ == "__main__":
    main()
