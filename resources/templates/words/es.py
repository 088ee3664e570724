"""Spanish: the words of the built-in templates (tuteo, neutral Spanish). generate.py writes the templates.
The keys and the Mustache tags are those of en.py; chat messages go to the shop's staff and stay in English."""

WORDS = dict(
    steps=dict(ordered="Pedido", shipped="Enviado", outForDelivery="En reparto", delivered="Entregado"),
    carrier="Transportista",
    tracking_number="Número de seguimiento",
    status="Estado",
    colon=": ",
    track_button="Seguir mi paquete",
    button_fallback="¿El botón no funciona? Abre este enlace:",
    quantity="Cant.",
    price="Precio",
    total="Total",
    sku="Ref.",
    shop_now="Ver producto",
    # Mustache tags ({{...}}) stay exactly as they are in every language
    hello="Hola{{#customer.firstName}}, {{customer.firstName}}{{/customer.firstName}}:\n\n",
    first=", {{customer.firstName}}",
    shop_from=" en {{brand.shopName}}",
    text_questions_email="¿Tienes alguna pregunta? Responde a este correo o escribe a {{brand.supportEmail}}.",
    text_questions="¿Tienes alguna pregunta? Solo tienes que responder a este correo.",
    text_call="También puedes llamarnos al {{brand.supportPhone}}",
    # The footer of the HTML layout: "¿Tienes alguna pregunta? Responde a este correo[ o escribe a <email>][ o llámanos al <phone>]."
    layout_questions="¿Tienes alguna pregunta? Responde a este correo",
    layout_or_write=" o escribe a ",
    layout_or_call=" o llámanos al ",
    layout_end=".",
)


def events(w):
    FIRST, ORDER, HELLO, SHOP_FROM, strong = w.FIRST, w.ORDER, w.HELLO, w.SHOP_FROM, w.strong
    # Subjects name the shop without a section (as in English), so it stands where an empty name leaves no gap
    # in the sentence: "Tu pedido Kettle & Crumb #1042 ..." / "Tu pedido #1042 ...".
    # SMS avoid á í ó ú (not in GSM-7), so that they stay in 7-bit segments.
    return {
        "order_confirmed": dict(
            subject="Tu pedido {{brand.shopName}} {{order.number}} está confirmado",
            heading="¡Gracias por tu pedido" + FIRST + "!",
            paras=["Hemos recibido tu pedido " + ORDER + "{{#order.dateText}} ({{order.dateText}}){{/order.dateText}} y ya "
                   "lo estamos preparando. Te avisaremos por correo en cuanto lo enviemos."],
            text=HELLO + "¡Gracias por tu pedido{{#brand.shopName}} en {{brand.shopName}}{{/brand.shopName}}! Hemos "
                 "recibido el pedido {{order.number}}{{#order.dateText}} ({{order.dateText}}){{/order.dateText}} y ya lo estamos preparando. Te escribiremos de nuevo en cuanto lo enviemos.\n\n",
            blocks=["strip", "prices"], items_title="Tu pedido",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}¡Gracias! Hemos confirmado tu pedido {{order.number}}. Te avisaremos cuando lo enviemos."),
        "order_paid": dict(
            subject="Hemos recibido el pago de tu pedido {{brand.shopName}} {{order.number}}",
            heading="Gracias" + FIRST + ", ya hemos recibido tu pago",
            paras=["Hemos recibido el pago del pedido " + ORDER + "{{#order.totalText}} ({{order.totalText}}){{/order.totalText}}. "
                   "Ya lo estamos empaquetando y te avisaremos por correo cuando lo enviemos."],
            text=HELLO + "Hemos recibido el pago del pedido {{order.number}}{{#order.totalText}} ({{order.totalText}}){{/order.totalText}}. "
                 "Ya lo estamos empaquetando y te escribiremos de nuevo cuando lo enviemos.\n\n",
            blocks=["strip", "prices"], items_title="Tu pedido",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Hemos recibido el pago del pedido {{order.number}}. ¡Gracias! Te avisaremos cuando lo enviemos."),
        "backorder_delay": dict(
            subject="Tu pedido {{brand.shopName}} {{order.number}} tardará un poco más",
            heading="Tu pedido tardará un poco más" + FIRST,
            paras=["Algunos artículos de tu pedido " + ORDER + " están agotados por ahora. Enviaremos tu pedido en cuanto "
                   "vuelvan a estar disponibles y te avisaremos cuando salga.",
                   "¡Gracias por tu paciencia!"],
            text=HELLO + "Algunos artículos de tu pedido {{order.number}}" + SHOP_FROM + " están agotados por ahora. "
                 "Enviaremos tu pedido en cuanto vuelvan a estar disponibles y te avisaremos cuando salga.\n\n"
                 "¡Gracias por tu paciencia!\n\n",
            blocks=["strip", "backorder"], items_title="Agotado por ahora",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Algunos productos de tu pedido {{order.number}} se han agotado por ahora. Lo enviaremos en cuanto vuelvan."),
        "label_created": dict(
            subject="Tu pedido {{brand.shopName}} {{order.number}} está empaquetado y listo para salir",
            heading="Tu pedido ya está empaquetado" + FIRST,
            paras=["Tu pedido " + ORDER + " ya tiene su etiqueta de envío{{#shipment.carrier}} de {{shipment.carrier}}{{/shipment.carrier}} "
                   "y pronto se lo entregaremos al transportista. Hasta que lo recoja, puede que la página de seguimiento no muestre novedades."],
            text=HELLO + "Tu pedido {{order.number}}" + SHOP_FROM + " ya está empaquetado y tiene su etiqueta de envío. Pronto "
                 "se lo entregaremos al transportista; hasta que lo recoja, puede que la página de seguimiento no muestre novedades.\n\n",
            fallback="Empaquetado",
            blocks=["strip", "shipment", "track", "items"], items_title="En este pedido",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Ya hemos empaquetado tu pedido {{order.number}} y sale pronto.{{#hasTracking}} Seguimiento: {{shipment.trackingUrl}}{{/hasTracking}}"),
        "shipped": dict(
            subject="Tu pedido {{brand.shopName}} {{order.number}} está en camino",
            heading="¡Tu pedido está en camino" + FIRST + "!",
            paras=["¡Buenas noticias! Tu pedido " + ORDER + " ya ha salido y va de camino hacia ti{{#shipment.carrier}} con {{shipment.carrier}}{{/shipment.carrier}}."
                   "{{#hasBackorder}} Gracias por tu paciencia: los artículos que esperabas vuelven a estar disponibles.{{/hasBackorder}}"],
            text=HELLO + "¡Buenas noticias! Tu pedido {{order.number}}" + SHOP_FROM + " ya está en camino.{{#hasBackorder}} "
                 "Gracias por tu paciencia: los artículos que esperabas vuelven a estar disponibles.{{/hasBackorder}}\n\n",
            fallback="Enviado",
            blocks=["strip", "shipment", "track", "items"], items_title="En este pedido",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Tu pedido {{order.number}} va de camino{{#shipment.carrier}} con {{shipment.carrier}}{{/shipment.carrier}}.{{#hasBackorder}} ¡Gracias por esperar!{{/hasBackorder}}{{#hasTracking}} Seguimiento: {{shipment.trackingUrl}}{{/hasTracking}}"),
        "out_for_delivery": dict(
            subject="Tu pedido {{brand.shopName}} {{order.number}} está en reparto",
            heading="¡Tu paquete llega hoy" + FIRST + "!",
            paras=["Tu pedido " + ORDER + " ya va con el repartidor{{#shipment.carrier}} de {{shipment.carrier}}{{/shipment.carrier}} "
                   "y debería llegarte hoy. Si no hay nadie en casa, normalmente te dejará un aviso."],
            text=HELLO + "Tu pedido {{order.number}}" + SHOP_FROM + " está en reparto y debería llegarte hoy. Si no hay nadie "
                 "en casa, el repartidor normalmente te dejará un aviso.\n\n",
            fallback="En reparto",
            blocks=["strip", "shipment", "track", "items"], items_title="En este pedido",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Tu pedido {{order.number}} ya va con el repartidor y llega hoy.{{#hasTracking}} Seguimiento: {{shipment.trackingUrl}}{{/hasTracking}}"),
        "delivery_attempted": dict(
            subject="Hemos intentado entregar tu pedido {{brand.shopName}} {{order.number}}",
            heading="Sentimos no haberte encontrado" + FIRST,
            paras=["El transportista intentó entregar tu pedido " + ORDER + ", pero no pudo hacer la entrega.",
                   "Normalmente lo vuelve a intentar el siguiente día laborable o deja un aviso que indica dónde recogerlo. "
                   "En la página de seguimiento verás tus opciones, como elegir otro día o dejárselo a un vecino."],
            text=HELLO + "El transportista intentó entregar tu pedido {{order.number}}" + SHOP_FROM + ", pero no pudo hacer la entrega. "
                 "Normalmente lo vuelve a intentar el siguiente día laborable o deja un aviso que indica dónde recogerlo.\n\n",
            fallback="Intento de entrega",
            blocks=["strip", "shipment", "track", "items"], items_title="En este pedido",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Hemos intentado entregar tu pedido {{order.number}}. Mira tus opciones:{{#hasTracking}} {{shipment.trackingUrl}}{{/hasTracking}}{{^hasTracking}} responde a este SMS.{{/hasTracking}}"),
        "ready_for_pickup": dict(
            subject="Tu pedido {{brand.shopName}} {{order.number}} está listo para recoger",
            heading="Tu paquete te está esperando" + FIRST,
            paras=["Tu pedido " + ORDER + " ya está en el punto de recogida. Lleva un documento de identidad o el código de "
                   "recogida del transportista. Los paquetes suelen guardarse alrededor de una semana, así que recógelo pronto."],
            text=HELLO + "Tu pedido {{order.number}}" + SHOP_FROM + " ya está en el punto de recogida. Lleva un documento de "
                 "identidad o el código de recogida del transportista. Los paquetes suelen guardarse alrededor de una semana.\n\n",
            fallback="Listo para recoger",
            blocks=["strip", "shipment", "track", "items"], items_title="En este pedido",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Tu pedido {{order.number}} ya se puede recoger. Lleva un documento de identidad.{{#hasTracking}} Detalles: {{shipment.trackingUrl}}{{/hasTracking}}"),
        "delivered": dict(
            subject="Tu pedido {{brand.shopName}} {{order.number}} ha sido entregado",
            heading="¡Tu pedido ha llegado" + FIRST + "!",
            paras=["Tu pedido " + ORDER + " ha sido entregado. ¡Esperamos que lo disfrutes!",
                   "Si falta algo o ha llegado dañado, responde a este correo y lo solucionaremos."],
            text=HELLO + "Tu pedido {{order.number}}" + SHOP_FROM + " ha sido entregado. ¡Esperamos que lo disfrutes! Si falta "
                 "algo o ha llegado dañado, responde a este correo y lo solucionaremos.\n\n",
            fallback="Entregado",
            blocks=["strip", "shipment", "track", "items"], items_title="En este pedido",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Tu pedido {{order.number}} ha sido entregado. ¡Que lo disfrutes! ¿Algo no va bien? Responde a este SMS."),
        "shipment_delayed": dict(
            subject="Tu pedido {{brand.shopName}} {{order.number}} está tardando más de lo previsto",
            heading="Tu paquete está tardando más de lo previsto" + FIRST,
            paras=["Lo sentimos: tu pedido " + ORDER + " sigue en camino, pero el transportista lleva unos días sin dar novedades.",
                   "La mayoría de los paquetes retrasados llegan en unos pocos días más y no tienes que hacer nada. Nosotros estamos pendientes y te avisaremos si hay algún cambio."],
            text=HELLO + "Lo sentimos: tu pedido {{order.number}}" + SHOP_FROM + " sigue en camino, pero el transportista "
                 "lleva unos días sin dar novedades.\n\nLa mayoría de los paquetes retrasados llegan en unos pocos días más y "
                 "no tienes que hacer nada. Nosotros estamos pendientes y te avisaremos si hay algún "
                 "cambio.\n\n",
            fallback="En camino",
            blocks=["strip", "shipment", "track", "items"], items_title="En este pedido",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Lo sentimos, tu pedido {{order.number}} viene con retraso. Lo estamos siguiendo de cerca.{{#hasTracking}} {{shipment.trackingUrl}}{{/hasTracking}}"),
        "returned": dict(
            subject="El transportista nos devuelve tu pedido {{brand.shopName}} {{order.number}}",
            heading="Tu paquete vuelve a la tienda" + FIRST,
            paras=["El transportista no pudo entregar tu pedido " + ORDER + " y nos lo está devolviendo.",
                   "Por favor, responde a este correo para que podamos comprobar tu dirección. Te lo volveremos a enviar o te devolveremos el dinero, lo que prefieras."],
            text=HELLO + "El transportista no pudo entregar tu pedido {{order.number}}" + SHOP_FROM + " y nos lo está devolviendo. "
                 "Por favor, responde a este correo para que podamos comprobar tu dirección. Te lo volveremos a enviar o te "
                 "devolveremos el dinero, lo que prefieras.\n\n",
            fallback="Devuelto al remitente",
            blocks=["shipment", "track", "items"], items_title="En este pedido",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}No hemos podido entregar tu pedido {{order.number}} y vuelve a la tienda. Por favor, responde para confirmar tu domicilio."),
        "order_cancelled": dict(
            subject="Tu pedido {{brand.shopName}} {{order.number}} ha sido cancelado",
            heading="Tu pedido ha sido cancelado" + FIRST,
            paras=["Tu pedido " + ORDER + " ha sido cancelado. Si ya pagaste, te devolveremos el dinero por el mismo medio de pago; "
                   "los bancos suelen tardar de 5 a 10 días en mostrarlo.",
                   "¿No has pedido esta cancelación? Responde a este correo y lo solucionaremos."],
            text=HELLO + "Tu pedido {{order.number}}" + SHOP_FROM + " ha sido cancelado. Si ya pagaste, te devolveremos el dinero "
                 "por el mismo medio de pago; los bancos suelen tardar de 5 a 10 días en mostrarlo.\n\n¿No has pedido esta "
                 "cancelación? Responde a este correo y lo solucionaremos.\n\n",
            blocks=["prices"], items_title="Pedido cancelado",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Tu pedido {{order.number}} ha sido cancelado. Si ya pagaste, te devolvemos el dinero por el mismo medio de pago."),
        "order_refunded": dict(
            subject="Te hemos devuelto el dinero de tu pedido {{brand.shopName}} {{order.number}}",
            heading="Tu reembolso está en camino" + FIRST,
            paras=["Te hemos enviado el reembolso del pedido " + ORDER + ". El dinero vuelve por el mismo medio de pago; los bancos suelen tardar de 5 a 10 días en mostrarlo."],
            text=HELLO + "Te hemos enviado el reembolso de tu pedido {{order.number}}" + SHOP_FROM + ". El dinero vuelve por el "
                 "mismo medio de pago; los bancos suelen tardar de 5 a 10 días en mostrarlo.\n\n",
            blocks=["prices"], items_title="Tu pedido",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}Te hemos devuelto el dinero del pedido {{order.number}}. Los bancos suelen tardar una o dos semanas en mostrarlo."),
        "back_in_stock": dict(
            subject="{{product.name}}: de nuevo disponible{{#brand.shopName}} en {{brand.shopName}}{{/brand.shopName}}",
            heading="¡Buenas noticias: vuelve a haber stock!",
            paras=["Ya puedes volver a comprar " + strong("{{product.name}}") + "{{#product.availableText}} ({{product.availableText}} en stock){{/product.availableText}}. "
                   "Los artículos populares se agotan rápido, así que no esperes demasiado."],
            text="Hola:\n\n¡Buenas noticias! Ya puedes volver a comprar {{product.name}}{{#brand.shopName}} en {{brand.shopName}}{{/brand.shopName}}"
                 "{{#product.availableText}} ({{product.availableText}} en stock){{/product.availableText}}. Los artículos "
                 "populares se agotan rápido.\n\n{{#product.url}}Échale un vistazo: {{product.url}}\n\n{{/product.url}}",
            blocks=["product"], items_title="",
            sms="{{#brand.shopName}}{{brand.shopName}}: {{/brand.shopName}}¡Ya puedes volver a comprar {{product.name}}!{{#product.url}} {{product.url}}{{/product.url}}"),
    }
