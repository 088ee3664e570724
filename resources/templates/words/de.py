"""German: the words of the built-in templates (formal "Sie"). generate.py writes the templates.
Chat messages go to the shop's staff and stay English, so the events here have no chat.
"""

WORDS = dict(
    steps=dict(ordered="Bestellt", shipped="Versandt", outForDelivery="In Zustellung", delivered="Zugestellt"),
    carrier="Versanddienstleister",
    tracking_number="Sendungsnummer",
    status="Status",
    colon=": ",
    track_button="Sendung verfolgen",
    button_fallback="Der Button funktioniert nicht? Öffnen Sie diesen Link:",
    quantity="Menge",
    price="Preis",
    total="Gesamt",
    sku="Art.-Nr.",
    shop_now="Jetzt ansehen",
    # Mustache tags ({{...}}) stay exactly as they are in every language
    hello="Hallo{{#customer.firstName}} {{customer.firstName}}{{/customer.firstName}},\n\n",
    first=", {{customer.firstName}}",
    shop_from=" bei {{brand.shopName}}",
    text_questions_email="Fragen? Antworten Sie einfach auf diese E-Mail oder schreiben Sie an {{brand.supportEmail}}.",
    text_questions="Fragen? Antworten Sie einfach auf diese E-Mail.",
    text_call="Oder rufen Sie uns an: {{brand.supportPhone}}",
    # The footer of the HTML layout: "Fragen? Antworten Sie einfach auf diese E-Mail[ oder schreiben Sie an <email>]
    # [, oder rufen Sie uns an: <phone>]."
    layout_questions="Fragen? Antworten Sie einfach auf diese E-Mail",
    layout_or_write=" oder schreiben Sie an ",
    layout_or_call=", oder rufen Sie uns an: ",
    layout_end=".",
)


def events(w):
    FIRST, ORDER, HELLO, SHOP_FROM, strong = w.FIRST, w.ORDER, w.HELLO, w.SHOP_FROM, w.strong
    return {
        "order_confirmed": dict(
            subject="Ihre {{brand.shopName}} Bestellung {{order.number}} ist bestätigt",
            heading="Vielen Dank für Ihre Bestellung" + FIRST + "!",
            paras=["Wir haben Ihre Bestellung " + ORDER + "{{#order.dateText}} vom {{order.dateText}}{{/order.dateText}} "
                   "erhalten und bereiten sie jetzt vor. Sobald sie versandt ist, schreiben wir Ihnen wieder."],
            text=HELLO + "vielen Dank für Ihre Bestellung{{#brand.shopName}} bei {{brand.shopName}}{{/brand.shopName}}! "
                 "Wir haben Ihre Bestellung {{order.number}}{{#order.dateText}} vom {{order.dateText}}{{/order.dateText}} "
                 "erhalten und bereiten sie jetzt vor. Sobald sie versandt ist, melden wir uns wieder.\n\n",
            blocks=["strip", "prices"], items_title="Ihre Bestellung",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Vielen Dank! Ihre Bestellung {{order.number}} ist bestätigt. Sobald sie versandt ist, erhalten Sie eine SMS."),
        "order_paid": dict(
            subject="Zahlung für Ihre {{brand.shopName}} Bestellung {{order.number}} ist eingegangen",
            heading="Ihre Zahlung ist eingegangen – vielen Dank" + FIRST + "!",
            paras=["Wir haben Ihre Zahlung{{#order.totalText}} über {{order.totalText}}{{/order.totalText}} für Bestellung "
                   + ORDER + " erhalten. Wir packen Ihre Bestellung jetzt und schreiben Ihnen, sobald sie versandt ist."],
            text=HELLO + "wir haben Ihre Zahlung{{#order.totalText}} über {{order.totalText}}{{/order.totalText}} für "
                 "Bestellung {{order.number}} erhalten. Wir packen Ihre Bestellung jetzt und melden uns wieder, sobald sie versandt ist.\n\n",
            blocks=["strip", "prices"], items_title="Ihre Bestellung",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Zahlung für Bestellung {{order.number}} erhalten, vielen Dank! Sobald Ihre Bestellung versandt ist, erhalten Sie eine SMS."),
        "backorder_delay": dict(
            subject="Ihre {{brand.shopName}} Bestellung {{order.number}} braucht etwas länger",
            heading="Ihre Bestellung braucht etwas länger" + FIRST,
            paras=["Einige Artikel Ihrer Bestellung " + ORDER + " sind gerade nicht vorrätig. Wir versenden Ihre "
                   "Bestellung, sobald sie wieder da sind, und geben Ihnen Bescheid, wenn sie unterwegs ist.",
                   "Vielen Dank für Ihre Geduld!"],
            text=HELLO + "einige Artikel Ihrer Bestellung {{order.number}}" + SHOP_FROM + " sind gerade nicht vorrätig. "
                 "Wir versenden Ihre Bestellung, sobald sie wieder da sind, und melden uns, wenn sie unterwegs ist.\n\n"
                 "Vielen Dank für Ihre Geduld!\n\n",
            blocks=["strip", "backorder"], items_title="Noch nicht vorrätig",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Einige Artikel aus Bestellung {{order.number}} sind gerade nicht vorrätig. Wir versenden sie, sobald alles da ist."),
        "label_created": dict(
            subject="Ihre {{brand.shopName}} Bestellung {{order.number}} ist verpackt und versandbereit",
            heading="Ihre Bestellung ist verpackt" + FIRST,
            paras=["Ihre Bestellung " + ORDER + " hat ihr Versandetikett{{#shipment.carrier}} von {{shipment.carrier}}{{/shipment.carrier}} "
                   "und wird in Kürze an den Paketdienst übergeben. Bis dahin zeigt die Sendungsverfolgung womöglich noch nichts Neues an."],
            text=HELLO + "Ihre Bestellung {{order.number}}" + SHOP_FROM + " ist verpackt und hat ihr Versandetikett. Sie wird "
                 "in Kürze an den Paketdienst übergeben; bis dahin zeigt die Sendungsverfolgung womöglich noch nichts Neues an.\n\n",
            fallback="Verpackt",
            blocks=["strip", "shipment", "track", "items"], items_title="In dieser Bestellung",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Bestellung {{order.number}} ist verpackt und wird bald versandt.{{#hasTracking}} Sendungsverfolgung: {{shipment.trackingUrl}}{{/hasTracking}}"),
        "shipped": dict(
            subject="Ihre {{brand.shopName}} Bestellung {{order.number}} ist unterwegs",
            heading="Ihre Bestellung ist unterwegs" + FIRST + "!",
            paras=["Gute Nachricht: Ihre Bestellung " + ORDER + " ist versandt und{{#shipment.carrier}} mit {{shipment.carrier}}{{/shipment.carrier}} auf dem Weg zu Ihnen."
                   "{{#hasBackorder}} Vielen Dank für Ihre Geduld: Die Artikel, auf die Sie gewartet haben, sind wieder vorrätig.{{/hasBackorder}}"],
            text=HELLO + "gute Nachricht: Ihre Bestellung {{order.number}}" + SHOP_FROM + " ist unterwegs.{{#hasBackorder}} "
                 "Vielen Dank für Ihre Geduld: Die Artikel, auf die Sie gewartet haben, sind wieder vorrätig.{{/hasBackorder}}\n\n",
            fallback="Versandt",
            blocks=["strip", "shipment", "track", "items"], items_title="In dieser Bestellung",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Bestellung {{order.number}} ist{{#shipment.carrier}} mit {{shipment.carrier}}{{/shipment.carrier}} unterwegs.{{#hasBackorder}} Danke für Ihre Geduld!{{/hasBackorder}}{{#hasTracking}} Sendungsverfolgung: {{shipment.trackingUrl}}{{/hasTracking}}"),
        "out_for_delivery": dict(
            subject="Ihre {{brand.shopName}} Bestellung {{order.number}} wird heute zugestellt",
            heading="Ihr Paket kommt heute" + FIRST + "!",
            paras=["Ihre Bestellung " + ORDER + " ist{{#shipment.carrier}} bei {{shipment.carrier}}{{/shipment.carrier}} in der Zustellung "
                   "und sollte heute bei Ihnen ankommen. Falls niemand zu Hause ist, wird meist eine Benachrichtigung hinterlassen."],
            text=HELLO + "Ihre Bestellung {{order.number}}" + SHOP_FROM + " ist in der Zustellung und sollte heute bei Ihnen "
                 "ankommen. Falls niemand zu Hause ist, wird meist eine Benachrichtigung hinterlassen.\n\n",
            fallback="In Zustellung",
            blocks=["strip", "shipment", "track", "items"], items_title="In dieser Bestellung",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Bestellung {{order.number}} ist in der Zustellung und kommt heute.{{#hasTracking}} Sendungsverfolgung: {{shipment.trackingUrl}}{{/hasTracking}}"),
        "delivery_attempted": dict(
            subject="Zustellversuch für Ihre {{brand.shopName}} Bestellung {{order.number}}",
            heading="Leider hat die Zustellung nicht geklappt" + FIRST,
            paras=["Der Paketdienst hat versucht, Ihre Bestellung " + ORDER + " zuzustellen, konnte sie aber nicht übergeben.",
                   "Meist gibt es am nächsten Werktag einen neuen Versuch, oder Sie erhalten eine Benachrichtigung, wo Sie das Paket "
                   "abholen können. In der Sendungsverfolgung sehen Sie Ihre Möglichkeiten, etwa einen neuen Zustelltag oder die "
                   "Abgabe bei einem Nachbarn."],
            text=HELLO + "der Paketdienst hat versucht, Ihre Bestellung {{order.number}}" + SHOP_FROM + " zuzustellen, konnte "
                 "sie aber nicht übergeben. Meist gibt es am nächsten Werktag einen neuen Versuch, oder Sie erhalten eine "
                 "Benachrichtigung, wo Sie das Paket abholen können.\n\n",
            fallback="Zustellversuch",
            blocks=["strip", "shipment", "track", "items"], items_title="In dieser Bestellung",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Die Zustellung von Bestellung {{order.number}} hat nicht geklappt. So geht es weiter:{{#hasTracking}} {{shipment.trackingUrl}}{{/hasTracking}}{{^hasTracking}} Antworten Sie einfach auf diese SMS.{{/hasTracking}}"),
        "ready_for_pickup": dict(
            subject="Ihre {{brand.shopName}} Bestellung {{order.number}} liegt zur Abholung bereit",
            heading="Ihr Paket wartet auf Sie" + FIRST,
            paras=["Ihre Bestellung " + ORDER + " liegt an der Abholstelle bereit. Bitte bringen Sie einen Ausweis oder den "
                   "Abholcode vom Paketdienst mit. Holen Sie Ihre Bestellung bitte bald ab: Pakete werden meist nur etwa eine Woche aufbewahrt."],
            text=HELLO + "Ihre Bestellung {{order.number}}" + SHOP_FROM + " liegt an der Abholstelle bereit. Bitte bringen Sie "
                 "einen Ausweis oder den Abholcode vom Paketdienst mit. Pakete werden meist etwa eine Woche aufbewahrt.\n\n",
            fallback="Abholbereit",
            blocks=["strip", "shipment", "track", "items"], items_title="In dieser Bestellung",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Bestellung {{order.number}} liegt zur Abholung bereit. Bitte Ausweis mitbringen.{{#hasTracking}} Details: {{shipment.trackingUrl}}{{/hasTracking}}"),
        "delivered": dict(
            subject="Ihre {{brand.shopName}} Bestellung {{order.number}} wurde zugestellt",
            heading="Ihre Bestellung ist angekommen" + FIRST + "!",
            paras=["Ihre Bestellung " + ORDER + " wurde zugestellt. Wir wünschen Ihnen viel Freude damit!",
                   "Falls etwas fehlt oder beschädigt ist, antworten Sie einfach auf diese E-Mail – wir kümmern uns darum."],
            text=HELLO + "Ihre Bestellung {{order.number}}" + SHOP_FROM + " wurde zugestellt. Wir wünschen Ihnen viel Freude "
                 "damit! Falls etwas fehlt oder beschädigt ist, antworten Sie einfach auf diese E-Mail – wir kümmern uns darum.\n\n",
            fallback="Zugestellt",
            blocks=["strip", "shipment", "track", "items"], items_title="In dieser Bestellung",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Bestellung {{order.number}} wurde zugestellt. Viel Freude damit! Stimmt etwas nicht? Antworten Sie einfach auf diese SMS."),
        "shipment_delayed": dict(
            subject="Ihre {{brand.shopName}} Bestellung {{order.number}} braucht länger als erwartet",
            heading="Ihr Paket braucht länger als erwartet" + FIRST,
            paras=["Es tut uns leid: Ihre Bestellung " + ORDER + " ist noch unterwegs, aber der Paketdienst hat seit einigen Tagen nichts Neues dazu gemeldet.",
                   "Die meisten verspäteten Pakete kommen innerhalb weniger Tage doch noch an, und Sie müssen nichts weiter tun. Wir behalten die Sendung für Sie im Blick und melden uns, falls sich etwas ändert."],
            text=HELLO + "es tut uns leid: Ihre Bestellung {{order.number}}" + SHOP_FROM + " ist noch unterwegs, aber der "
                 "Paketdienst hat seit einigen Tagen nichts Neues dazu gemeldet.\n\nDie meisten verspäteten Pakete kommen "
                 "innerhalb weniger Tage doch noch an, und Sie müssen nichts weiter tun. Wir behalten die Sendung für Sie im Blick und "
                 "melden uns, falls sich etwas ändert.\n\n",
            fallback="Unterwegs",
            blocks=["strip", "shipment", "track", "items"], items_title="In dieser Bestellung",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Leider braucht Bestellung {{order.number}} länger als erwartet. Wir behalten sie im Blick.{{#hasTracking}} {{shipment.trackingUrl}}{{/hasTracking}}"),
        "returned": dict(
            subject="Ihre {{brand.shopName}} Bestellung {{order.number}} kommt zu uns zurück",
            heading="Ihr Paket kommt zu uns zurück" + FIRST,
            paras=["Der Paketdienst konnte Ihre Bestellung " + ORDER + " nicht zustellen und schickt sie an uns zurück.",
                   "Bitte antworten Sie auf diese E-Mail, damit wir Ihre Adresse prüfen können. Wir schicken die Bestellung erneut oder erstatten Ihnen den Betrag – ganz wie Sie möchten."],
            text=HELLO + "der Paketdienst konnte Ihre Bestellung {{order.number}}" + SHOP_FROM + " nicht zustellen und schickt "
                 "sie an uns zurück. Bitte antworten Sie auf diese E-Mail, damit wir Ihre Adresse prüfen können. Wir schicken "
                 "die Bestellung erneut oder erstatten Ihnen den Betrag – ganz wie Sie möchten.\n\n",
            fallback="Zurück an Absender",
            blocks=["shipment", "track", "items"], items_title="In dieser Bestellung",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Bestellung {{order.number}} konnte nicht zugestellt werden und kommt zu uns zurück. Bitte antworten Sie, damit wir Ihre Adresse prüfen können."),
        "order_cancelled": dict(
            subject="Ihre {{brand.shopName}} Bestellung {{order.number}} wurde storniert",
            heading="Ihre Bestellung wurde storniert" + FIRST,
            paras=["Ihre Bestellung " + ORDER + " wurde storniert. Falls Sie schon bezahlt haben, erhalten Sie das Geld über "
                   "Ihre Zahlungsart zurück; bis Ihre Bank es anzeigt, dauert es meist 5 bis 10 Tage.",
                   "Sie haben die Stornierung nicht veranlasst? Antworten Sie einfach auf diese E-Mail, dann klären wir das."],
            text=HELLO + "Ihre Bestellung {{order.number}}" + SHOP_FROM + " wurde storniert. Falls Sie schon bezahlt haben, "
                 "erhalten Sie das Geld über Ihre Zahlungsart zurück; bis Ihre Bank es anzeigt, dauert es meist 5 bis 10 Tage."
                 "\n\nSie haben die Stornierung nicht veranlasst? Antworten Sie einfach auf diese E-Mail, dann klären wir das.\n\n",
            blocks=["prices"], items_title="Stornierte Bestellung",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Bestellung {{order.number}} wurde storniert. Bereits gezahltes Geld erhalten Sie über Ihre Zahlungsart zurück."),
        "order_refunded": dict(
            subject="Rückerstattung für Ihre {{brand.shopName}} Bestellung {{order.number}}",
            heading="Ihre Rückerstattung ist unterwegs" + FIRST,
            paras=["Wir haben den Betrag für Ihre Bestellung " + ORDER + " erstattet. Sie erhalten ihn über Ihre Zahlungsart "
                   "zurück; bis Ihre Bank ihn anzeigt, dauert es meist 5 bis 10 Tage."],
            text=HELLO + "wir haben den Betrag für Ihre Bestellung {{order.number}}" + SHOP_FROM + " erstattet. Sie erhalten "
                 "ihn über Ihre Zahlungsart zurück; bis Ihre Bank ihn anzeigt, dauert es meist 5 bis 10 Tage.\n\n",
            blocks=["prices"], items_title="Ihre Bestellung",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Wir haben den Betrag für Bestellung {{order.number}} erstattet. Bis Ihre Bank ihn anzeigt, dauert es meist 5 bis 10 Tage."),
        "back_in_stock": dict(
            subject="{{product.name}} ist{{#brand.shopName}} bei {{brand.shopName}}{{/brand.shopName}} wieder vorrätig",
            heading="Gute Nachricht: Der Artikel ist wieder da!",
            paras=[strong("{{product.name}}") + " ist wieder vorrätig{{#product.availableText}} ({{product.availableText}} Stück verfügbar){{/product.availableText}}. "
                   "Beliebte Artikel sind oft schnell ausverkauft – warten Sie also nicht zu lange."],
            text="Hallo,\n\ngute Nachricht: {{product.name}} ist{{#brand.shopName}} bei {{brand.shopName}}{{/brand.shopName}} wieder vorrätig"
                 "{{#product.availableText}} ({{product.availableText}} Stück verfügbar){{/product.availableText}}. Beliebte Artikel "
                 "sind oft schnell ausverkauft.\n\n{{#product.url}}Zum Artikel: {{product.url}}\n\n{{/product.url}}",
            blocks=["product"], items_title="",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}{{product.name}} ist wieder vorrätig!{{#product.url}} {{product.url}}{{/product.url}}"),
    }
