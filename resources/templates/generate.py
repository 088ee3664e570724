#!/usr/bin/env python3
"""Writes the built-in templates (resources/templates/*.mustache) from the blocks below.

The built-in emails share their blocks (progress strip, order summary, tracking button); Mustache templates
cannot include each other, so the shared blocks are copied into each file here instead of by hand.
The words are in words/<language>.py: English is the default language (files here), every other language
gets a folder (de/, fr/, es/) with the same files and its own copy of the layout. An event marked staff=True
(an alert for the shop's staff: an email and a chat message, no SMS) is in English only.
Run it after changing a block or a word: python3 resources/templates/generate.py
(layout.html.mustache is hand-written; templates.cmake, the list of files, is written too). With --check it
writes nothing and fails when a file is not what it would write.
"""
import importlib.util
import os
import sys

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


STEPS = ["ordered", "shipped", "outForDelivery", "delivered"]


def progress_strip(w):
    # Each step in one of three forms (passed, current, ahead), so only one section per step is rendered.
    def cell(label, bar, word, current="", cls=""):
        return (f'<td class="step" width="25%" valign="top" style="width:25%;padding:0 3px;">'
                f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;">'
                f'<tr><td bgcolor="{bar}" style="height:4px;line-height:4px;font-size:4px;background-color:{bar};">&nbsp;</td></tr>'
                f'<tr><td align="center"{cls}{current} style="padding-top:6px;{FONT}font-size:12px;line-height:16px;{word}">{label}</td></tr>'
                f'</table></td>')
    accent = "{{brand.accentColor}}"
    cells = []
    for key in STEPS:
        label = w.steps[key]
        cells.append(section(f"progress.{key}Passed", cell(label, accent, f"color:{INK};", cls=' class="ink"'))
                     + section(f"progress.{key}", cell(label, accent, f"font-weight:bold;color:{accent};",
                                                       ' aria-current="step"'))
                     + section(f"progress.{key}Ahead", cell(label, IDLE, f"color:{MUTED};", cls=' class="muted"')))
    return ("{{#hasProgress}}\n"
            '<table role="presentation" class="progress" width="100%" cellpadding="0" cellspacing="0" border="0" '
            'style="width:100%;margin:8px 0 20px 0;">\n<tr>\n' + "\n".join(cells) + "\n</tr>\n</table>\n"
            "{{/hasProgress}}\n")


def shipment_panel(w, fallback_status):
    row = ('<tr><td class="muted" width="40%" style="padding:{pad};color:' + MUTED + ';">{label}</td>'
           '<td style="padding:{pad2};font-weight:bold;{extra}">{value}</td></tr>')
    carrier = section("shipment.carrier", row.format(pad="12px 16px 0 16px", pad2="12px 16px 0 0", label=w.carrier,
                                                     extra="", value="{{shipment.carrier}}"))
    number = section("shipment.trackingNumber", row.format(
        pad="12px 16px 0 16px", pad2="12px 16px 0 0", label=w.tracking_number,
        extra="font-family:Consolas,'Liberation Mono',Menlo,monospace;word-break:break-all;",
        value="{{shipment.trackingNumber}}"))
    status = ("{{#shipment.statusKnown}}{{shipment.statusLabel}}{{/shipment.statusKnown}}"
              "{{^shipment.statusKnown}}" + fallback_status + "{{/shipment.statusKnown}}")
    status_row = row.format(pad="12px 16px 12px 16px", pad2="12px 16px 12px 0", label=w.status, extra="", value=status)
    return ("{{#shipment}}\n"
            '<table role="presentation" class="panel" width="100%" cellpadding="0" cellspacing="0" border="0" '
            f'style="width:100%;margin:0 0 8px 0;background-color:#f6f8fa;border:1px solid {RULE};'
            f'border-left:4px solid {{{{brand.accentColor}}}};{FONT}font-size:15px;line-height:22px;color:{INK};">\n'
            f"{carrier}\n{number}\n{status_row}\n</table>\n"
            "{{/shipment}}\n")


def button(w, section_name, url, label):
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
        f'word-break:break-all;">{w.button_fallback} <a href="{url}" target="_blank" '
        f'style="color:{{{{brand.accentColor}}}};">{url}</a></p>\n') + (section_name and ("{{/" + section_name + "}}\n") or "")


def tracking_button(w):
    return button(w, "hasTracking", "{{shipment.trackingUrl}}", w.track_button)


def items_table(w, title, with_prices, list_name="items", flag="hasItems"):
    head = (f'<th align="{{align}}" class="{{cls}}" style="padding:0 {{pad}} 8px {{padl}};border-bottom:2px solid '
            f'{{{{{{{{brand.accentColor}}}}}}}};font-size:12px;line-height:16px;text-transform:uppercase;'
            f'color:{MUTED};font-weight:bold;">{{label}}</th>')
    cell = (f'<td align="{{align}}" class="{{cls}}" style="padding:12px {{pad}} 12px {{padl}};border-bottom:1px solid '
            f'{RULE};{{extra}}">{{value}}</td>')
    heads = [head.format(align="left", cls="", pad="0", padl="0", label=title),
             head.format(align="center", cls="", pad="8px", padl="8px", label=w.quantity)]
    name = ('<div style="font-weight:bold;">{{name}}</div>'
            + section("sku", f'<div class="hide-small muted" style="font-size:12px;line-height:18px;color:{MUTED};">{w.sku} {{{{sku}}}}</div>'))
    cells = [cell.format(align="left", cls="", pad="0", padl="0", extra="", value=name),
             cell.format(align="center", cls="", pad="8px", padl="8px", extra="white-space:nowrap;", value="{{quantity}}")]
    if with_prices:
        heads += [head.format(align="right", cls="hide-small", pad="8px", padl="8px", label=w.price),
                  head.format(align="right", cls="", pad="0", padl="8px", label=w.total)]
        cells += [cell.format(align="right", cls="hide-small", pad="8px", padl="8px", extra="white-space:nowrap;",
                              value="{{priceText}}"),
                  cell.format(align="right", cls="", pad="0", padl="8px", extra="white-space:nowrap;",
                              value="{{lineTotalText}}")]
    total = ""
    if with_prices:
        total = ("{{#order.totalText}}\n<tr>"
                 f'<td colspan="2" style="padding:12px 0 0 0;font-size:16px;line-height:24px;font-weight:bold;">{w.total}</td>'
                 f'<td colspan="2" align="right" style="padding:12px 0 0 8px;font-size:18px;line-height:24px;'
                 'font-weight:bold;white-space:nowrap;color:{{brand.accentColor}};">{{order.totalText}}</td>'
                 "</tr>\n{{/order.totalText}}\n")
    return ("{{#" + flag + "}}\n"
            '<table role="presentation" class="items" width="100%" cellpadding="0" cellspacing="0" border="0" '
            f'style="width:100%;margin:20px 0 8px 0;{FONT}font-size:15px;line-height:22px;color:{INK};">\n'
            "<tr>" + "".join(heads) + "</tr>\n{{#" + list_name + "}}\n<tr>" + "".join(cells) + "</tr>\n{{/" +
            list_name + "}}\n" + total + "</table>\n{{/" + flag + "}}\n")


# --- plain text blocks -------------------------------------------------------------------------------

# kainjow Mustache leaves an empty line where a section on lines of its own is skipped, so the text blocks
# open a section on the line of its first words and close it at the start of the next block. A closing tag
# alone on its line disappears with its line break, hence the "\n\n" where a blank line should follow one.

def text_progress(w):
    marks = []
    for key in STEPS:
        label = w.steps[key]
        marks.append(section(f"progress.{key}Done", "[x] " + label) + section(f"progress.{key}Done", "[ ] " + label, True))
    return "{{#hasProgress}}" + "  ".join(marks) + "\n\n{{/hasProgress}}"


def text_shipment(w, fallback_status):
    return ("{{#shipment}}" + w.status + w.colon + "{{#shipment.statusKnown}}{{shipment.statusLabel}}{{/shipment.statusKnown}}"
            "{{^shipment.statusKnown}}" + fallback_status + "{{/shipment.statusKnown}}\n"
            "{{#shipment.carrier}}" + w.carrier + w.colon + "{{shipment.carrier}}\n{{/shipment.carrier}}"
            "{{#shipment.trackingNumber}}" + w.tracking_number + w.colon + "{{shipment.trackingNumber}}\n{{/shipment.trackingNumber}}"
            "{{#hasTracking}}" + w.track_button + w.colon + "{{shipment.trackingUrl}}\n{{/hasTracking}}"
            "\n\n{{/shipment}}")


def text_items(w, title, with_prices, list_name="items", flag="hasItems"):
    line = "{{quantity}} x {{name}}{{#sku}} ({{sku}}){{/sku}}"
    if with_prices:
        line += "{{#lineTotalText}}  {{lineTotalText}}{{/lineTotalText}}"
    total = ("{{#order.totalText}}" + w.total + w.colon + "{{order.totalText}}\n{{/order.totalText}}"
             if with_prices else "")
    return ("{{#" + flag + "}}" + title + "\n" + "-" * len(title) + "\n{{#" + list_name + "}}" + line + "\n{{/" +
            list_name + "}}" + total + "\n\n{{/" + flag + "}}")


def text_footer(w):
    return ("{{#brand.supportEmail}}" + w.text_questions_email + "\n{{/brand.supportEmail}}"
            "{{^brand.supportEmail}}" + w.text_questions + "\n{{/brand.supportEmail}}"
            "{{#brand.supportPhone}}" + w.text_call + "\n{{/brand.supportPhone}}"
            "\n\n"
            "{{#brand.shopName}}{{brand.shopName}}\n{{/brand.shopName}}"
            "{{#brand.addressLines}}{{.}}\n{{/brand.addressLines}}"
            "{{#brand.socialLinks}}{{label}}: {{url}}\n{{/brand.socialLinks}}"
            "{{#brand.footer}}{{brand.footer}}\n{{/brand.footer}}")


def html_for(w, event):
    out = heading(event["heading"]) + "".join(para(p) for p in event["paras"])
    for block in event["blocks"]:
        if block == "strip":
            out += progress_strip(w)
        elif block == "shipment":
            out += shipment_panel(w, event["fallback"])
        elif block == "track":
            out += tracking_button(w)
        elif block == "items":
            out += items_table(w, event["items_title"], False)
        elif block == "prices":
            out += items_table(w, event["items_title"], True)
        elif block == "backorder":  # the items an order waits for (backorder.items)
            out += items_table(w, event["items_title"], False, "backorder.items", "hasBackorder")
        elif block == "product":
            out += ("{{#product.sku}}\n" + f'<p class="muted" style="margin:0 0 8px 0;{FONT}font-size:13px;line-height:18px;color:{MUTED};">{w.sku} {{{{product.sku}}}}</p>\n' + "{{/product.sku}}\n")
            out += button(w, "product.url", "{{product.url}}", w.shop_now)
    return out


def text_for(w, event):
    out = event["text"]
    for block in event["blocks"]:
        if block == "strip":
            out += text_progress(w)
        elif block == "shipment":
            out += text_shipment(w, event["fallback"])
        elif block == "items":
            out += text_items(w, event["items_title"], False)
        elif block == "prices":
            out += text_items(w, event["items_title"], True)
        elif block == "backorder":
            out += text_items(w, event["items_title"], False, "backorder.items", "hasBackorder")
    # The staff's own alerts have no "Questions? Reply to this email" for customers.
    return out if event.get("staff") else out + text_footer(w)


class Words:
    """One language's WORDS, plus the pieces every message builds from them."""

    def __init__(self, words):
        self.__dict__.update(words)
        self.FIRST = section("customer.firstName", words["first"])
        self.ORDER = strong("{{order.number}}")
        self.HELLO = words["hello"]
        self.SHOP_FROM = section("brand.shopName", words["shop_from"])
        self.strong = strong


# The default language first: its files have no folder. Every other language gets a folder of its own.
LANGUAGES = ["en", "de", "fr", "es"]
LAYOUT_FOOTER = ["layout_questions", "layout_or_write", "layout_or_call", "layout_end"]


def load(language):
    spec = importlib.util.spec_from_file_location(f"words_{language}", os.path.join(HERE, "words", f"{language}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return Words(module.WORDS), module


def translated_layout(english, w):
    # The hand-written layout (layout.html.mustache) in another language: only its footer has words.
    layout = open(os.path.join(HERE, "layout.html.mustache"), encoding="utf-8").read()
    pieces = [(f'>{english.layout_questions}{{{{#brand.supportEmail}}}}', f'>{w.layout_questions}{{{{#brand.supportEmail}}}}'),
              (f'{english.layout_or_write}<a href="mailto:', f'{w.layout_or_write}<a href="mailto:'),
              (f'{english.layout_or_call}<a href="tel:', f'{w.layout_or_call}<a href="tel:'),
              (f'{{{{/brand.supportPhone}}}}{english.layout_end}</p>', f'{{{{/brand.supportPhone}}}}{w.layout_end}</p>')]
    for old, new in pieces:
        assert layout.count(old) == 1, f"layout.html.mustache no longer has {old!r} once"
        layout = layout.replace(old, new)
    return layout


CHECK_ONLY = "--check" in sys.argv  # compare with the files instead of writing them (the templates_generated test)
STALE = []


def write(name, content, raw=False):
    content = content if raw else content.replace(' class=""', '')
    path = os.path.join(HERE, name)
    if CHECK_ONLY:
        try:
            with open(path, encoding="utf-8") as f:
                if f.read() == content:
                    return
        except OSError:
            pass
        STALE.append(name)
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(content)


def main():
    english, english_module = load("en")
    files = ["layout.html.mustache"]
    for language in LANGUAGES:
        w, module = (english, english_module) if language == "en" else load(language)
        folder = "" if language == "en" else language + "/"
        events = module.events(w)
        english_events = english_module.events(english)
        staff = {event_id for event_id, event in english_events.items() if event.get("staff")}
        missing = set(english_events) - staff - set(events)
        assert not missing, f"{language}: no words for {sorted(missing)}"
        assert language == "en" or not staff & set(events), f"{language}: staff alerts are in English only"
        if folder:
            write(folder + "layout.html.mustache", translated_layout(english, w))
            files.append(folder + "layout.html.mustache")
        for event_id, event in events.items():
            write(f"{folder}{event_id}.subject.mustache", event["subject"] + "\n")
            write(f"{folder}{event_id}.html.mustache", html_for(w, event))
            write(f"{folder}{event_id}.txt.mustache", text_for(w, event))
            files += [f"{folder}{event_id}.{suffix}.mustache" for suffix in ("subject", "html", "txt")]
            if "sms" in event:  # staff alerts have none
                write(f"{folder}{event_id}_sms.txt.mustache", event["sms"] + "\n")
                files.append(f"{folder}{event_id}_sms.txt.mustache")
            if "chat" in event:  # staff messages: in the default language only
                write(f"{folder}{event_id}_chat.txt.mustache", event["chat"] + "\n")
                files.append(f"{folder}{event_id}_chat.txt.mustache")
    write("templates.cmake",
          "# Written by generate.py: the built-in templates compiled into tidings_core (core/templates).\n"
          "set(tidings_builtin_template_files\n"
          + "".join(f'    "${{PROJECT_SOURCE_DIR}}/resources/templates/{name}"\n' for name in files) + ")\n", raw=True)
    if STALE:
        print("Not what generate.py writes (run python3 resources/templates/generate.py): " + ", ".join(STALE))
        sys.exit(1)


if __name__ == "__main__":
    main()
