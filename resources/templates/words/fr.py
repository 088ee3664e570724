"""French: the words of the built-in templates. generate.py writes the templates.

Same keys as en.py; chat messages go to the shop's staff, so they stay English and are left out here.
"""

WORDS = dict(
    steps=dict(ordered="Commandée", shipped="Expédiée", outForDelivery="En livraison", delivered="Livrée"),
    carrier="Transporteur",
    tracking_number="Numéro de suivi",
    status="Statut",
    colon="\u00a0: ",
    track_button="Suivre mon colis",
    button_fallback="Le bouton ne fonctionne pas\u00a0? Ouvrez ce lien\u00a0:",
    quantity="Qté",
    price="Prix",
    total="Total",
    sku="Réf.",
    shop_now="Voir le produit",
    # Mustache tags ({{...}}) stay exactly as they are in every language
    hello="Bonjour{{#customer.firstName}} {{customer.firstName}}{{/customer.firstName}},\n\n",
    first=", {{customer.firstName}}",
    shop_from=" chez {{brand.shopName}}",
    text_questions_email="Une question\u00a0? Répondez à cet e-mail ou écrivez à {{brand.supportEmail}}.",
    text_questions="Une question\u00a0? Répondez simplement à cet e-mail.",
    text_call="Vous pouvez aussi nous appeler au {{brand.supportPhone}}.",
    # The footer of the HTML layout: "Une question ? Répondez à cet e-mail[ ou écrivez à <email>][, ou appelez le <phone>]."
    layout_questions="Une question\u00a0? Répondez à cet e-mail",
    layout_or_write=" ou écrivez à ",
    layout_or_call=", ou appelez le ",
    layout_end=".",
)


def events(w):
    FIRST, ORDER, HELLO, SHOP_FROM, strong = w.FIRST, w.ORDER, w.HELLO, w.SHOP_FROM, w.strong
    return {
        "order_confirmed": dict(
            subject="Votre commande {{brand.shopName}} {{order.number}} est confirmée",
            heading="Merci pour votre commande" + FIRST + "\u00a0!",
            paras=["Nous avons bien reçu votre commande " + ORDER + "{{#order.dateText}} ({{order.dateText}}){{/order.dateText}} "
                   "et nous la préparons. Nous vous enverrons un e-mail dès son expédition."],
            text=HELLO + "Merci pour votre commande{{#brand.shopName}} chez {{brand.shopName}}{{/brand.shopName}}\u00a0! "
                 "Nous avons bien enregistré la commande {{order.number}}{{#order.dateText}} ({{order.dateText}}){{/order.dateText}} "
                 "et nous la préparons. Nous vous écrirons dès son expédition.\n\n",
            blocks=["strip", "prices"], items_title="Votre commande",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Merci ! Votre commande {{order.number}} est confirmée. Nous vous enverrons un SMS dès son expédition."),
        "order_paid": dict(
            subject="Paiement reçu pour votre commande {{brand.shopName}} {{order.number}}",
            heading="Merci, nous avons bien reçu votre paiement" + FIRST,
            paras=["Nous avons bien reçu le paiement de votre commande " + ORDER + "{{#order.totalText}} ({{order.totalText}}){{/order.totalText}}. "
                   "Nous préparons maintenant votre colis et vous enverrons un e-mail dès son expédition."],
            text=HELLO + "Nous avons bien reçu le paiement de votre commande {{order.number}}{{#order.totalText}} ({{order.totalText}}){{/order.totalText}}. "
                 "Nous préparons maintenant votre colis et vous écrirons dès son expédition.\n\n",
            blocks=["strip", "prices"], items_title="Votre commande",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Le paiement de la commande {{order.number}} est validé. Merci ! Nous vous enverrons un SMS dès son expédition."),
        "backorder_delay": dict(
            subject="Votre commande {{brand.shopName}} {{order.number}} prendra un peu plus de temps",
            heading="Votre commande prendra un peu plus de temps" + FIRST,
            paras=["Certains articles de votre commande " + ORDER + " sont momentanément en rupture de stock. Nous vous "
                   "enverrons votre commande dès leur retour, et nous vous écrirons dès son expédition.",
                   "Merci de votre patience\u00a0!"],
            text=HELLO + "Certains articles de votre commande {{order.number}}" + SHOP_FROM + " sont momentanément en "
                 "rupture de stock. Nous vous enverrons votre commande dès leur retour, et nous vous écrirons dès son "
                 "expédition.\n\nMerci de votre patience\u00a0!\n\n",
            blocks=["strip", "backorder"], items_title="En rupture de stock",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Certains articles de votre commande {{order.number}} sont en rupture de stock. Nous l'enverrons dès leur retour."),
        "label_created": dict(
            subject="Votre commande {{brand.shopName}} {{order.number}} est emballée et prête à partir",
            heading="Votre commande est emballée" + FIRST,
            paras=["Votre commande " + ORDER + " est emballée et son étiquette d'expédition{{#shipment.carrier}} {{shipment.carrier}}{{/shipment.carrier}} "
                   "est prête. Elle sera bientôt remise au transporteur\u00a0; d'ici là, la page de suivi peut n'afficher aucune information."],
            text=HELLO + "Votre commande {{order.number}}" + SHOP_FROM + " est emballée et son étiquette d'expédition est prête. "
                 "Elle sera bientôt remise au transporteur\u00a0; d'ici là, la page de suivi peut n'afficher aucune information.\n\n",
            fallback="Emballé",
            blocks=["strip", "shipment", "track", "items"], items_title="Dans cette commande",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Votre commande {{order.number}} est emballée et sera expédiée sous peu.{{#hasTracking}} Suivi : {{shipment.trackingUrl}}{{/hasTracking}}"),
        "shipped": dict(
            subject="Votre commande {{brand.shopName}} {{order.number}} est en route",
            heading="Votre commande est en route" + FIRST + "\u00a0!",
            paras=["Bonne nouvelle\u00a0: votre commande " + ORDER + " vient de partir et est en route vers vous{{#shipment.carrier}} avec {{shipment.carrier}}{{/shipment.carrier}}."
                   "{{#hasBackorder}} Merci de votre patience\u00a0: les articles que vous attendiez sont de retour en stock.{{/hasBackorder}}"],
            text=HELLO + "Bonne nouvelle\u00a0: votre commande {{order.number}}" + SHOP_FROM + " est en route.{{#hasBackorder}} "
                 "Merci de votre patience\u00a0: les articles que vous attendiez sont de retour en stock.{{/hasBackorder}}\n\n",
            fallback="Expédié",
            blocks=["strip", "shipment", "track", "items"], items_title="Dans cette commande",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Votre commande {{order.number}} est en route{{#shipment.carrier}} avec {{shipment.carrier}}{{/shipment.carrier}}.{{#hasBackorder}} Merci de votre patience !{{/hasBackorder}}{{#hasTracking}} Suivi : {{shipment.trackingUrl}}{{/hasTracking}}"),
        "out_for_delivery": dict(
            subject="Votre commande {{brand.shopName}} {{order.number}} est en cours de livraison",
            heading="Votre colis arrive aujourd'hui" + FIRST + "\u00a0!",
            paras=["Votre commande " + ORDER + " est entre les mains du livreur{{#shipment.carrier}} {{shipment.carrier}}{{/shipment.carrier}} "
                   "et devrait vous parvenir aujourd'hui. En cas d'absence, il laisse généralement un avis de passage."],
            text=HELLO + "Votre commande {{order.number}}" + SHOP_FROM + " est en cours de livraison et devrait vous parvenir "
                 "aujourd'hui. En cas d'absence, le livreur laisse généralement un avis de passage.\n\n",
            fallback="En cours de livraison",
            blocks=["strip", "shipment", "track", "items"], items_title="Dans cette commande",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Votre commande {{order.number}} est en cours de livraison et arrive aujourd'hui.{{#hasTracking}} Suivi : {{shipment.trackingUrl}}{{/hasTracking}}"),
        "delivery_attempted": dict(
            subject="Nous avons tenté de livrer votre commande {{brand.shopName}} {{order.number}}",
            heading="Votre colis n'a pas pu être livré" + FIRST,
            paras=["Le transporteur a tenté de livrer votre commande " + ORDER + ", mais n'a pas pu vous la remettre.",
                   "Il repasse généralement le jour ouvré suivant ou laisse un avis de passage indiquant où la retirer. "
                   "La page de suivi vous présente les options possibles, comme une nouvelle date de livraison ou un dépôt chez un voisin."],
            text=HELLO + "Votre commande {{order.number}}" + SHOP_FROM + " n'a pas pu vous être remise\u00a0: le transporteur "
                 "a tenté de la livrer, sans succès. Il repasse généralement le jour ouvré suivant ou laisse un avis de "
                 "passage indiquant où la retirer.\n\n",
            fallback="Tentative de livraison",
            blocks=["strip", "shipment", "track", "items"], items_title="Dans cette commande",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Nous avons tenté de livrer votre commande {{order.number}}. Pour choisir une solution :{{#hasTracking}} {{shipment.trackingUrl}}{{/hasTracking}}{{^hasTracking}} répondez à ce SMS.{{/hasTracking}}"),
        "ready_for_pickup": dict(
            subject="Votre commande {{brand.shopName}} {{order.number}} vous attend en point relais",
            heading="Votre colis vous attend" + FIRST,
            paras=["Votre commande " + ORDER + " vous attend en point relais. Munissez-vous d'une pièce d'identité ou du code "
                   "de retrait fourni par le transporteur. Les colis y sont généralement conservés environ une semaine\u00a0: "
                   "pensez à retirer le vôtre rapidement."],
            text=HELLO + "Votre commande {{order.number}}" + SHOP_FROM + " vous attend en point relais. Munissez-vous d'une "
                 "pièce d'identité ou du code de retrait fourni par le transporteur. Les colis y sont généralement conservés "
                 "environ une semaine.\n\n",
            fallback="Prêt à être retiré",
            blocks=["strip", "shipment", "track", "items"], items_title="Dans cette commande",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Votre commande {{order.number}} vous attend en point relais. Pièce d'identité requise.{{#hasTracking}} Infos : {{shipment.trackingUrl}}{{/hasTracking}}"),
        "delivered": dict(
            subject="Votre commande {{brand.shopName}} {{order.number}} a été livrée",
            heading="Votre commande est arrivée" + FIRST + "\u00a0!",
            paras=["Votre commande " + ORDER + " a été livrée. Nous espérons qu'elle vous plaira\u00a0!",
                   "S'il manque quelque chose ou si un article est abîmé, répondez à cet e-mail et nous trouverons une solution."],
            text=HELLO + "Votre commande {{order.number}}" + SHOP_FROM + " a été livrée. Nous espérons qu'elle vous plaira\u00a0! "
                 "S'il manque quelque chose ou si un article est abîmé, répondez à cet e-mail et nous trouverons une solution.\n\n",
            fallback="Livré",
            blocks=["strip", "shipment", "track", "items"], items_title="Dans cette commande",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Votre commande {{order.number}} a été livrée. Bonne découverte ! Un souci ? Répondez simplement à ce SMS."),
        "shipment_delayed": dict(
            subject="Votre commande {{brand.shopName}} {{order.number}} prend plus de temps que prévu",
            heading="Votre colis prend plus de temps que prévu" + FIRST,
            paras=["Nous sommes désolés\u00a0: votre commande " + ORDER + " est toujours en route, mais le transporteur n'a donné aucune nouvelle depuis quelques jours.",
                   "La plupart des colis retardés arrivent dans les jours qui suivent, et vous n'avez rien à faire. Nous suivons cela de près pour vous et reviendrons vers vous s'il y a du nouveau."],
            text=HELLO + "Nous sommes désolés\u00a0: votre commande {{order.number}}" + SHOP_FROM + " est toujours en route, mais "
                 "le transporteur n'a donné aucune nouvelle depuis quelques jours.\n\nLa plupart des colis retardés arrivent "
                 "dans les jours qui suivent, et vous n'avez rien à faire. Nous suivons cela de près pour vous et reviendrons "
                 "vers vous s'il y a du nouveau.\n\n",
            fallback="En transit",
            blocks=["strip", "shipment", "track", "items"], items_title="Dans cette commande",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Désolés, votre commande {{order.number}} prend du retard. Nous suivons cela de près.{{#hasTracking}} {{shipment.trackingUrl}}{{/hasTracking}}"),
        "returned": dict(
            subject="Votre commande {{brand.shopName}} {{order.number}} nous est retournée",
            heading="Votre colis nous est retourné" + FIRST,
            paras=["Le transporteur n'a pas pu livrer votre commande " + ORDER + ", qui nous est retournée.",
                   "Merci de répondre à cet e-mail pour que nous puissions vérifier votre adresse. Nous vous la renverrons ou vous rembourserons, comme vous préférez."],
            text=HELLO + "Votre commande {{order.number}}" + SHOP_FROM + " n'a pas pu être livrée et le transporteur nous la "
                 "retourne. Merci de répondre à cet e-mail pour que nous puissions vérifier votre adresse. Nous vous la "
                 "renverrons ou vous rembourserons, comme vous préférez.\n\n",
            fallback="Retourné à l'expéditeur",
            blocks=["shipment", "track", "items"], items_title="Dans cette commande",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Le transporteur n'a pas pu livrer votre commande {{order.number}} et nous la retourne. Merci de nous répondre : nous devons vérifier votre adresse."),
        "order_cancelled": dict(
            subject="Votre commande {{brand.shopName}} {{order.number}} a été annulée",
            heading="Votre commande a été annulée" + FIRST,
            paras=["Votre commande " + ORDER + " a été annulée. Si vous avez déjà payé, le montant sera recrédité sur votre "
                   "moyen de paiement d'origine\u00a0; les banques mettent généralement 5 à 10 jours à le faire apparaître.",
                   "Vous n'avez pas demandé cette annulation\u00a0? Répondez à cet e-mail et nous arrangerons cela."],
            text=HELLO + "Votre commande {{order.number}}" + SHOP_FROM + " a été annulée. Si vous avez déjà payé, le montant "
                 "sera recrédité sur votre moyen de paiement d'origine\u00a0; les banques mettent généralement 5 à 10 jours à "
                 "le faire apparaître.\n\nVous n'avez pas demandé cette annulation\u00a0? Répondez à cet e-mail et nous "
                 "arrangerons cela.\n\n",
            blocks=["prices"], items_title="Commande annulée",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Votre commande {{order.number}} a été annulée. Tout montant payé sera recrédité sur votre moyen de paiement."),
        "order_refunded": dict(
            subject="Votre commande {{brand.shopName}} {{order.number}} a été remboursée",
            heading="Votre remboursement est en route" + FIRST,
            paras=["Nous avons remboursé votre commande " + ORDER + ". Le montant sera recrédité sur votre moyen de paiement "
                   "d'origine\u00a0; les banques mettent généralement 5 à 10 jours à le faire apparaître."],
            text=HELLO + "Nous avons remboursé votre commande {{order.number}}" + SHOP_FROM + ". Le montant sera recrédité sur "
                 "votre moyen de paiement d'origine\u00a0; les banques mettent généralement 5 à 10 jours à le faire apparaître.\n\n",
            blocks=["prices"], items_title="Votre commande",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}Nous avons remboursé votre commande {{order.number}}. Votre banque peut mettre 5 à 10 jours à l'afficher."),
        "back_in_stock": dict(
            subject="De retour en stock\u00a0: {{product.name}}{{#brand.shopName}} chez {{brand.shopName}}{{/brand.shopName}}",
            heading="Bonne nouvelle\u00a0: de retour en stock\u00a0!",
            paras=[strong("{{product.name}}") + " est de nouveau disponible{{#product.availableText}} ({{product.availableText}} en stock){{/product.availableText}}. "
                   "Les articles populaires partent vite, alors n'attendez pas trop."],
            text="Bonjour,\n\nBonne nouvelle\u00a0: {{product.name}} est de nouveau disponible{{#brand.shopName}} chez {{brand.shopName}}{{/brand.shopName}}"
                 "{{#product.availableText}} ({{product.availableText}} en stock){{/product.availableText}}. Les articles "
                 "populaires partent vite.\n\n{{#product.url}}Voir le produit\u00a0: {{product.url}}\n\n{{/product.url}}",
            blocks=["product"], items_title="",
            sms="{{#brand.shopName}}{{brand.shopName}} : {{/brand.shopName}}{{product.name}} est de retour en stock !{{#product.url}} {{product.url}}{{/product.url}}"),
    }
