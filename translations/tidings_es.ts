<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommandLine</name>
    <message>
        <source>Tells your shop&apos;s customers about their orders.

Commands:
  (none)                 open the Tidings window
  --headless             run without a window (as a service)
  config import FILE     load a configuration file
  config export          print the configuration, without secrets
  config send-test CHANNEL ADDRESS
                         send a test message through a channel
  config check CHANNEL   check a channel&apos;s keys and settings with its provider
                         (sends nothing)</source>
        <translation>Informa a los clientes de tu tienda sobre sus pedidos.

Comandos:
  (ninguno)              abre la ventana de Tidings
  --headless             se ejecuta sin ventana (como servicio)
  config import FILE     carga un archivo de configuración
  config export          muestra la configuración, sin secretos
  config send-test CHANNEL ADDRESS
                         envía un mensaje de prueba a través de un canal
  config check CHANNEL   comprueba con su proveedor las claves y los ajustes de un canal
                         (no envía nada)</translation>
    </message>
    <message>
        <source>Keep data in DIR instead of the per-user data folder.</source>
        <translation>Guarda los datos en DIR en lugar de la carpeta de datos del usuario.</translation>
    </message>
    <message>
        <source>Run without a window; stop with Ctrl+C or SIGTERM.</source>
        <translation>Se ejecuta sin ventana; detenlo con Ctrl+C o SIGTERM.</translation>
    </message>
    <message>
        <source>With --headless: import FILE before starting.</source>
        <translation>Con --headless: importa FILE antes de iniciar.</translation>
    </message>
    <message>
        <source>With config export: write to FILE.</source>
        <translation>Con config export: escribe en FILE.</translation>
    </message>
    <message>
        <source>Open the window minimized (in the system tray where the desktop has one).</source>
        <translation>Abre la ventana minimizada (en la bandeja del sistema, si el escritorio tiene una).</translation>
    </message>
    <message>
        <source>config import|export</source>
        <translation>config import|export</translation>
    </message>
    <message>
        <source>Unknown command. Try: tidings --help</source>
        <translation>Comando desconocido. Prueba: tidings --help</translation>
    </message>
    <message>
        <source>Usage: tidings config import FILE | tidings config export [--output FILE] | tidings config send-test CHANNEL ADDRESS | tidings config check CHANNEL</source>
        <translation>Uso: tidings config import FILE | tidings config export [--output FILE] | tidings config send-test CHANNEL ADDRESS | tidings config check CHANNEL</translation>
    </message>
    <message>
        <source>--config goes with --headless. To load a file for the window, use: tidings config import FILE</source>
        <translation>--config va con --headless. Para cargar un archivo en la ventana, usa: tidings config import FILE</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s)</source>
        <translation>
            <numerusform>Se importó %n origen</numerusform>
            <numerusform>Se importaron %n orígenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>%n reglas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) saved to the keychain.</source>
        <translation>
            <numerusform>%n secreto guardado en el llavero.</numerusform>
            <numerusform>%n secretos guardados en el llavero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>There is no channel &quot;%1&quot;. Channels: %2.</source>
        <translation>No hay ningún canal «%1». Canales: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
</context>
<context>
    <name>Tidings::ActiveCampaignAdapter</name>
    <message>
        <source>ActiveCampaign</source>
        <translation>ActiveCampaign</translation>
    </message>
    <message>
        <source>Deals added or moved to another stage in ActiveCampaign, with the deal&apos;s contact.</source>
        <translation>Negocios añadidos o movidos a otra etapa en ActiveCampaign, con el contacto del negocio.</translation>
    </message>
    <message>
        <source>Address token</source>
        <translation>Token de dirección</translation>
    </message>
    <message>
        <source>Tidings makes this token. It is the end of the webhook URL you paste into ActiveCampaign, so keep that URL private.</source>
        <translation>Tidings crea este token. Es el final de la URL del webhook que pegas en ActiveCampaign, así que mantén esa URL en privado.</translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation>Mapa de etapas</translation>
    </message>
    <message>
        <source>Which deal stage means which order status, as JSON, by stage name or stage id. Stages not listed are recorded and notify nobody.</source>
        <translation>Qué etapa del negocio corresponde a qué estado del pedido, en JSON, por nombre o id de etapa. Las etapas que no aparecen se registran y no avisan a nadie.</translation>
    </message>
    <message>
        <source>In ActiveCampaign, open Settings → Developer → Manage Webhooks and click Add.</source>
        <translation>En ActiveCampaign, abre Settings → Developer → Manage Webhooks y haz clic en Add.</translation>
    </message>
    <message>
        <source>Give it a name and paste this URL: %1</source>
        <translation>Ponle un nombre y pega esta URL: %1</translation>
    </message>
    <message>
        <source>Under &quot;Type&quot;, tick &quot;Deal Added&quot; and &quot;Deal Updated&quot;; under &quot;Initialize From&quot;, tick every source (by a contact, by an admin user, by the API, by system processes).</source>
        <translation>En «Type», marca «Deal Added» y «Deal Updated»; en «Initialize From», marca todos los orígenes (by a contact, by an admin user, by the API, by system processes).</translation>
    </message>
    <message>
        <source>Click Add, then list your deal stages in Tidings&apos; stage map.</source>
        <translation>Haz clic en Add y luego anota las etapas de tus negocios en el mapa de etapas de Tidings.</translation>
    </message>
    <message>
        <source>ActiveCampaign never sends a webhook twice, so keep Tidings running (or its relay reachable) to miss nothing.</source>
        <translation>ActiveCampaign nunca envía un webhook dos veces, así que mantén Tidings en marcha (o su relé accesible) para no perderte nada.</translation>
    </message>
    <message>
        <source>No address token is saved for %1, so its ActiveCampaign webhooks cannot be checked and were refused. Set the connection up again in Connections.</source>
        <translation>No hay ningún token de dirección guardado para %1, así que sus webhooks de ActiveCampaign no se pueden verificar y se rechazaron. Vuelve a configurar la conexión en Conexiones.</translation>
    </message>
    <message>
        <source>A request reached the ActiveCampaign address of %1 without the right token, so it was refused. Check that the webhook URL in ActiveCampaign is exactly the one Tidings shows.</source>
        <translation>Llegó una solicitud a la dirección de ActiveCampaign de %1 sin el token correcto, así que se rechazó. Comprueba que la URL del webhook en ActiveCampaign sea exactamente la que muestra Tidings.</translation>
    </message>
    <message>
        <source>ActiveCampaign sent a webhook Tidings cannot read, so it was refused.</source>
        <translation>ActiveCampaign envió un webhook que Tidings no puede leer, así que se rechazó.</translation>
    </message>
    <message>
        <source>ActiveCampaign sent a webhook without its type, so Tidings cannot tell what happened.</source>
        <translation>ActiveCampaign envió un webhook sin su tipo, así que Tidings no puede saber qué pasó.</translation>
    </message>
    <message>
        <source>ActiveCampaign sent a deal webhook without the deal&apos;s id, so it cannot be matched to an order.</source>
        <translation>ActiveCampaign envió un webhook de un negocio sin el id del negocio, así que no se puede asociar a ningún pedido.</translation>
    </message>
    <message>
        <source>Test deal from Tidings</source>
        <translation>Negocio de prueba de Tidings</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
</context>
<context>
    <name>Tidings::ActiveCampaignChannel</name>
    <message>
        <source>ActiveCampaign</source>
        <translation>ActiveCampaign</translation>
    </message>
    <message>
        <source>Adds the customer to an ActiveCampaign automation, which sends the message.</source>
        <translation>Añade al cliente a una automatización de ActiveCampaign, que es la que envía el mensaje.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>ActiveCampaign → Settings → Developer → API Access: Key.</source>
        <translation>ActiveCampaign → Settings → Developer → API Access: Key.</translation>
    </message>
    <message>
        <source>Account API address</source>
        <translation>Dirección de API de la cuenta</translation>
    </message>
    <message>
        <source>ActiveCampaign → Settings → Developer → API Access: URL.</source>
        <translation>ActiveCampaign → Settings → Developer → API Access: URL.</translation>
    </message>
    <message>
        <source>Automation ID</source>
        <translation>ID de la automatización</translation>
    </message>
    <message>
        <source>The number of the automation to start (in its address when you open it in ActiveCampaign).</source>
        <translation>El número de la automatización que se debe iniciar (aparece en su dirección cuando la abres en ActiveCampaign).</translation>
    </message>
    <message>
        <source>In ActiveCampaign, build an automation that starts with &quot;Runs once&quot; or &quot;API&quot; and sends your message; note its number from the address bar.</source>
        <translation>En ActiveCampaign, crea una automatización que empiece con «Runs once» o «API» y envíe tu mensaje; anota su número desde la barra de direcciones.</translation>
    </message>
    <message>
        <source>Open Settings → Developer and copy the URL and the Key under API Access.</source>
        <translation>Abre Settings → Developer y copia la URL y la Key que aparecen en API Access.</translation>
    </message>
    <message>
        <source>Paste the URL, the key and the automation number here.</source>
        <translation>Pega aquí la URL, la clave y el número de la automatización.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>No hay ninguna clave de API guardada para %1.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>La clave de API guardada para %1 contiene espacios o saltos de línea. Vuelve a pegarla en Canales.</translation>
    </message>
    <message>
        <source>No account API address is set for %1. Copy it from ActiveCampaign → Settings → Developer.</source>
        <translation>No hay ninguna dirección de API de la cuenta configurada para %1. Cópiala desde ActiveCampaign → Settings → Developer.</translation>
    </message>
    <message>
        <source>No automation number is set for %1. Add it in Channels.</source>
        <translation>No hay ningún número de automatización configurado para %1. Añádelo en Canales.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>La notificación no tiene dirección de destinatario.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>ActiveCampaign saved the contact but gave no contact number. Tidings will try again.</source>
        <translation>ActiveCampaign guardó el contacto, pero no devolvió ningún número de contacto. Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>ActiveCampaign has no automation number %1 in this account. Check the automation number and the account API address in Channels.</source>
        <translation>ActiveCampaign no tiene ninguna automatización con el número %1 en esta cuenta. Comprueba el número de automatización y la dirección de API de la cuenta en Canales.</translation>
    </message>
    <message>
        <source>ActiveCampaign answered the connection check in an unexpected way (HTTP %1). Check the account API address in Channels.</source>
        <translation>ActiveCampaign respondió a la comprobación de la conexión de forma inesperada (HTTP %1). Comprueba la dirección de API de la cuenta en Canales.</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the connection check (HTTP %1). Check the account API address in Channels.</source>
        <translation>ActiveCampaign rechazó la comprobación de la conexión (HTTP %1). Comprueba la dirección de API de la cuenta en Canales.</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the connection check: %1</source>
        <translation>ActiveCampaign rechazó la comprobación de la conexión: %1</translation>
    </message>
    <message>
        <source>ActiveCampaign answered the connection check without the automation. Check the account API address in Channels.</source>
        <translation>ActiveCampaign respondió a la comprobación de la conexión sin la automatización. Comprueba la dirección de API de la cuenta en Canales.</translation>
    </message>
    <message>
        <source>The API key works, but automation %1 is inactive, so it would send nothing. Activate it in ActiveCampaign → Automations.</source>
        <translation>La clave de API funciona, pero la automatización %1 está inactiva, así que no enviaría nada. Actívala en ActiveCampaign → Automations.</translation>
    </message>
    <message>
        <source>the API key works and automation %1 is active.</source>
        <translation>la clave de API funciona y la automatización %1 está activa.</translation>
    </message>
    <message>
        <source>the API key works and automation %1 exists.</source>
        <translation>la clave de API funciona y la automatización %1 existe.</translation>
    </message>
    <message>
        <source>ActiveCampaign is limiting how fast this account may make requests. Tidings will try again when ActiveCampaign allows it.</source>
        <translation>ActiveCampaign está limitando la velocidad de las solicitudes de esta cuenta. Tidings lo volverá a intentar cuando ActiveCampaign lo permita.</translation>
    </message>
    <message>
        <source>ActiveCampaign had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>ActiveCampaign tuvo un problema temporal (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the API key. Check the key and the account address in Channels.</source>
        <translation>ActiveCampaign rechazó la clave de API. Comprueba la clave y la dirección de la cuenta en Canales.</translation>
    </message>
    <message>
        <source>ActiveCampaign did not find the account address or the automation (HTTP 404). Check both in Channels.</source>
        <translation>ActiveCampaign no encontró la dirección de la cuenta ni la automatización (HTTP 404). Comprueba ambas en Canales.</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the request (HTTP %1).</source>
        <translation>ActiveCampaign rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the request: %1</source>
        <translation>ActiveCampaign rechazó la solicitud: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::ActivityQueries</name>
    <message>
        <source>Tidings could not count today&apos;s activity.</source>
        <translation>Tidings no pudo contar la actividad de hoy.</translation>
    </message>
</context>
<context>
    <name>Tidings::AfterShipAdapter</name>
    <message>
        <source>AfterShip</source>
        <translation>AfterShip</translation>
    </message>
    <message>
        <source>Carrier tracking updates (in transit, out for delivery, delivered, exceptions) for shipments Tidings already knows by tracking number.</source>
        <translation>Actualizaciones de seguimiento del transportista (en tránsito, en reparto, entregado, incidencias) de los envíos que Tidings ya conoce por su número de seguimiento.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <source>AfterShip shows it in Tracking → Settings → Webhooks, under &quot;Webhook secret&quot;. Copy it here.</source>
        <translation>AfterShip lo muestra en Tracking → Settings → Webhooks, en «Webhook secret». Cópialo aquí.</translation>
    </message>
    <message>
        <source>In AfterShip, open Tracking → Settings → Webhooks.</source>
        <translation>En AfterShip, abre Tracking → Settings → Webhooks.</translation>
    </message>
    <message>
        <source>Add a webhook URL and paste this URL: %1</source>
        <translation>Añade una URL de webhook y pega esta URL: %1</translation>
    </message>
    <message>
        <source>Choose the shipment status updates to send (at least In transit, Out for delivery, Failed attempt, Available for pickup, Delivered and Exception).</source>
        <translation>Elige las actualizaciones de estado del envío que se deben enviar (como mínimo In transit, Out for delivery, Failed attempt, Available for pickup, Delivered y Exception).</translation>
    </message>
    <message>
        <source>Copy the webhook secret shown on the same page and paste it into Tidings.</source>
        <translation>Copia el secreto del webhook que aparece en la misma página y pégalo en Tidings.</translation>
    </message>
    <message>
        <source>AfterShip updates shipments by tracking number: the shop&apos;s own source (Shopify, WooCommerce, ...) must send the shipment with its tracking number first, or the update is recorded and nobody is told.</source>
        <translation>AfterShip actualiza los envíos por número de seguimiento: el origen propio de la tienda (Shopify, WooCommerce, ...) debe enviar primero el envío con su número de seguimiento; si no, la actualización se registra y no se avisa a nadie.</translation>
    </message>
    <message>
        <source>A request reached this AfterShip connection&apos;s address without an AfterShip signature, so it was refused. Only AfterShip should send requests to this address.</source>
        <translation>Llegó una solicitud a la dirección de esta conexión de AfterShip sin una firma de AfterShip, así que se rechazó. Solo AfterShip debe enviar solicitudes a esta dirección.</translation>
    </message>
    <message>
        <source>No webhook secret is saved for this AfterShip connection, so its updates cannot be checked and were refused. Add the secret in Connections.</source>
        <translation>No hay ningún secreto del webhook guardado para esta conexión de AfterShip, así que sus actualizaciones no se pueden verificar y se rechazaron. Añade el secreto en Conexiones.</translation>
    </message>
    <message>
        <source>An AfterShip update&apos;s signature does not match the webhook secret saved for this connection. Check the secret in Connections against AfterShip&apos;s webhook settings.</source>
        <translation>La firma de una actualización de AfterShip no coincide con el secreto del webhook guardado para esta conexión. Compara el secreto de Conexiones con los ajustes de webhooks de AfterShip.</translation>
    </message>
    <message>
        <source>AfterShip sent an update whose content is not a JSON object, so it could not be read.</source>
        <translation>AfterShip envió una actualización cuyo contenido no es un objeto JSON, así que no se pudo leer.</translation>
    </message>
    <message>
        <source>AfterShip sent an update without an event name, so Tidings cannot tell what happened.</source>
        <translation>AfterShip envió una actualización sin nombre de evento, así que Tidings no puede saber qué pasó.</translation>
    </message>
    <message>
        <source>AfterShip sent a tracking update without a tracking number, so it cannot be matched to a shipment.</source>
        <translation>AfterShip envió una actualización de seguimiento sin número de seguimiento, así que no se puede asociar a ningún envío.</translation>
    </message>
    <message>
        <source>Test parcel from Tidings</source>
        <translation>Paquete de prueba de Tidings</translation>
    </message>
</context>
<context>
    <name>Tidings::AirtableAdapter</name>
    <message>
        <source>Airtable</source>
        <translation>Airtable</translation>
    </message>
    <message>
        <source>New and changed order rows in an Airtable table: statuses, tracking numbers, customers.</source>
        <translation>Filas de pedidos nuevas y modificadas en una tabla de Airtable: estados, números de seguimiento, clientes.</translation>
    </message>
    <message>
        <source>Webhook MAC secret</source>
        <translation>Secreto MAC del webhook</translation>
    </message>
    <message>
        <source>The macSecretBase64 value Airtable returns once, when the webhook is created with the command below. Paste it exactly as shown.</source>
        <translation>El valor macSecretBase64 que Airtable devuelve una sola vez, cuando se crea el webhook con el comando de abajo. Pégalo exactamente como aparece.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <source>Create it at airtable.com/create/tokens with the scopes data.records:read and webhook:manage (add schema.bases:read to use column names in the field map) and access to this base. Tidings uses it to read the changes.</source>
        <translation>Créalo en airtable.com/create/tokens con los permisos data.records:read y webhook:manage (añade schema.bases:read para usar nombres de columna en el mapa de campos) y con acceso a esta base. Tidings lo usa para leer los cambios.</translation>
    </message>
    <message>
        <source>Base id</source>
        <translation>Id de la base</translation>
    </message>
    <message>
        <source>Starts with &quot;app&quot;; it is part of the base&apos;s address in the browser.</source>
        <translation>Empieza por «app»; forma parte de la dirección de la base en el navegador.</translation>
    </message>
    <message>
        <source>Webhook id</source>
        <translation>Id del webhook</translation>
    </message>
    <message>
        <source>Starts with &quot;ach&quot;; Airtable returns it when the webhook is created.</source>
        <translation>Empieza por «ach»; Airtable lo devuelve cuando se crea el webhook.</translation>
    </message>
    <message>
        <source>Orders table id</source>
        <translation>Id de la tabla de pedidos</translation>
    </message>
    <message>
        <source>Starts with &quot;tbl&quot;. Optional: when set, changes in other tables of the base are ignored.</source>
        <translation>Empieza por «tbl». Opcional: si lo indicas, se ignoran los cambios en otras tablas de la base.</translation>
    </message>
    <message>
        <source>Field map</source>
        <translation>Mapa de campos</translation>
    </message>
    <message>
        <source>Status map</source>
        <translation>Mapa de estados</translation>
    </message>
    <message>
        <source>Your status words and what they mean, as JSON (any letter case): paid, shipped, delivered, cancelled, refunded, ... Words not listed are kept but notify nobody.</source>
        <translation>Tus palabras de estado y lo que significan, en JSON (da igual mayúsculas o minúsculas): paid, shipped, delivered, cancelled, refunded, ... Las palabras que no aparecen se guardan, pero no avisan a nadie.</translation>
    </message>
    <message>
        <source>Create a personal access token at airtable.com/create/tokens with the scopes data.records:read and webhook:manage (and schema.bases:read if the field map uses column names), give it access to your orders base, and paste it into Tidings.</source>
        <translation>Crea un token de acceso personal en airtable.com/create/tokens con los permisos data.records:read y webhook:manage (y schema.bases:read si el mapa de campos usa nombres de columna), dale acceso a la base de tus pedidos y pégalo en Tidings.</translation>
    </message>
    <message>
        <source>Enter the base id (&quot;app…&quot;, in the base&apos;s address) and, optionally, the orders table id (&quot;tbl…&quot;).</source>
        <translation>Escribe el id de la base («app…», en la dirección de la base) y, si quieres, el id de la tabla de pedidos («tbl…»).</translation>
    </message>
    <message>
        <source>Airtable has no screen for webhooks: create one with the command below, in a terminal, after putting in your token, base id and table id. It tells Airtable to notify this address: %1</source>
        <translation>Airtable no tiene ninguna pantalla para los webhooks: crea uno con el comando de abajo, en una terminal, después de poner tu token, el id de la base y el id de la tabla. Le indica a Airtable que avise a esta dirección: %1</translation>
    </message>
    <message>
        <source>Airtable answers with an id (&quot;ach…&quot;) and a macSecretBase64: enter the id as the webhook id and paste the macSecretBase64 as the webhook MAC secret. Airtable shows the secret only once.</source>
        <translation>Airtable responde con un id («ach…») y un macSecretBase64: escribe el id como id del webhook y pega el macSecretBase64 como secreto MAC del webhook. Airtable muestra el secreto una sola vez.</translation>
    </message>
    <message>
        <source>Fill in the field map and the status map so Tidings knows which columns hold the order number, email, status and tracking number.</source>
        <translation>Completa el mapa de campos y el mapa de estados para que Tidings sepa qué columnas contienen el número de pedido, el correo electrónico, el estado y el número de seguimiento.</translation>
    </message>
    <message>
        <source>Change a row in the table: the change appears in Tidings&apos; Monitor. Tidings also reads the changes when it starts and every few hours, which keeps the webhook alive: Airtable switches off a webhook that nobody has read for 7 days, and it then has to be created again.</source>
        <translation>Cambia una fila de la tabla: el cambio aparece en el Monitor de Tidings. Tidings también lee los cambios al iniciarse y cada pocas horas, lo que mantiene vivo el webhook: Airtable desactiva un webhook que nadie ha leído en 7 días, y entonces hay que volver a crearlo.</translation>
    </message>
    <message>
        <source>A request reached the Airtable address of &quot;%1&quot; without Airtable&apos;s signature, so it was refused. Only Airtable should send requests to this address.</source>
        <translation>Llegó una solicitud a la dirección de Airtable de «%1» sin la firma de Airtable, así que se rechazó. Solo Airtable debe enviar solicitudes a esta dirección.</translation>
    </message>
    <message>
        <source>No webhook MAC secret is saved for &quot;%1&quot;, so Airtable&apos;s notifications cannot be checked and were refused. Add the macSecretBase64 in Connections.</source>
        <translation>No hay ningún secreto MAC del webhook guardado para «%1», así que las notificaciones de Airtable no se pueden verificar y se rechazaron. Añade el macSecretBase64 en Conexiones.</translation>
    </message>
    <message>
        <source>The webhook MAC secret saved for &quot;%1&quot; is not the macSecretBase64 value Airtable returned (it is not base64 text), so notifications cannot be checked. Paste the value again in Connections.</source>
        <translation>El secreto MAC del webhook guardado para «%1» no es el valor macSecretBase64 que devolvió Airtable (no es texto en base64), así que las notificaciones no se pueden verificar. Vuelve a pegar el valor en Conexiones.</translation>
    </message>
    <message>
        <source>A notification for &quot;%1&quot; carried a signature in a form Airtable does not use, so it was refused.</source>
        <translation>Una notificación para «%1» llevaba una firma en un formato que Airtable no usa, así que se rechazó.</translation>
    </message>
    <message>
        <source>A notification&apos;s signature does not match the webhook MAC secret saved for &quot;%1&quot;. Check that the secret belongs to this webhook (Airtable makes a new one for every webhook).</source>
        <translation>La firma de una notificación no coincide con el secreto MAC del webhook guardado para «%1». Comprueba que el secreto pertenezca a este webhook (Airtable crea uno nuevo para cada webhook).</translation>
    </message>
    <message>
        <source>Airtable sent a notification for &quot;%1&quot; that is not a JSON object, so it could not be read.</source>
        <translation>Airtable envió una notificación para «%1» que no es un objeto JSON, así que no se pudo leer.</translation>
    </message>
    <message>
        <source>Airtable sent a notification for &quot;%1&quot; without its base, webhook or time, so it cannot be matched to a webhook.</source>
        <translation>Airtable envió una notificación para «%1» sin su base, webhook u hora, así que no se puede asociar a ningún webhook.</translation>
    </message>
    <message>
        <source>Airtable sent a notification for base %1, webhook %2, but &quot;%3&quot; is set up for base %4, webhook %5. Check the base id and webhook id in Connections.</source>
        <translation>Airtable envió una notificación para la base %1, webhook %2, pero «%3» está configurado para la base %4, webhook %5. Comprueba el id de la base y el id del webhook en Conexiones.</translation>
    </message>
    <message>
        <source>Which column holds what, as JSON: column id or name → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice or currency. For stock levels: sku, productName, stockQuantity, stockStatus and location; a row with a SKU and a quantity or stock status but no order id is read as the product&apos;s stock.</source>
        <translation>Qué contiene cada columna, en JSON: id o nombre de columna → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice o currency. Para los niveles de inventario: sku, productName, stockQuantity, stockStatus y location; una fila con SKU y una cantidad o un estado de inventario, pero sin id de pedido, se lee como el inventario del producto.</translation>
    </message>
</context>
<context>
    <name>Tidings::AirtablePayloadFetcher</name>
    <message>
        <source>The base id or webhook id of &quot;%1&quot; is missing or not an Airtable id, so Tidings cannot read its changes. Enter both in Connections.</source>
        <translation>Falta el id de la base o el id del webhook de «%1», o no es un id de Airtable, así que Tidings no puede leer sus cambios. Escribe ambos en Conexiones.</translation>
    </message>
    <message>
        <source>No personal access token is saved for &quot;%1&quot;, so Tidings cannot read the changes Airtable announces. Add the token in Connections.</source>
        <translation>No hay ningún token de acceso personal guardado para «%1», así que Tidings no puede leer los cambios que anuncia Airtable. Añade el token en Conexiones.</translation>
    </message>
    <message>
        <source>The Airtable address set for &quot;%1&quot; is not an https address, so Tidings will not send the access token there.</source>
        <translation>La dirección de Airtable configurada para «%1» no es una dirección https, así que Tidings no enviará allí el token de acceso.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Airtable refused the access token saved for &quot;%1&quot; (HTTP %2), so Tidings cannot read its changes. Check that the personal access token still exists, has the scopes data.records:read and webhook:manage (and schema.bases:read when the field map uses column names) and has access to this base, then save it again in Connections.</source>
        <translation>Airtable rechazó el token de acceso guardado para «%1» (HTTP %2), así que Tidings no puede leer sus cambios. Comprueba que el token de acceso personal todavía exista, tenga los permisos data.records:read y webhook:manage (y schema.bases:read si el mapa de campos usa nombres de columna) y tenga acceso a esta base; luego vuelve a guardarlo en Conexiones.</translation>
    </message>
    <message>
        <source>Airtable does not know the base or webhook set up for &quot;%1&quot;. A webhook that nobody read for 7 days is switched off: create it again (see the setup steps) and enter its new id and secret in Connections.</source>
        <translation>Airtable no conoce la base o el webhook configurados para «%1». Un webhook que nadie ha leído en 7 días se desactiva: vuelve a crearlo (consulta los pasos de configuración) y escribe su nuevo id y secreto en Conexiones.</translation>
    </message>
    <message>
        <source>Airtable refused to hand over the changes of &quot;%1&quot; (HTTP %2).</source>
        <translation>Airtable se negó a entregar los cambios de «%1» (HTTP %2).</translation>
    </message>
    <message>
        <source>Tidings has nowhere to store Airtable&apos;s changes.</source>
        <translation>Tidings no tiene dónde guardar los cambios de Airtable.</translation>
    </message>
    <message>
        <source>Airtable reports that the webhook of &quot;%1&quot; no longer works (%2). Create it again (see the setup steps) and enter its new id and secret in Connections.</source>
        <translation>Airtable informa de que el webhook de «%1» ya no funciona (%2). Vuelve a crearlo (consulta los pasos de configuración) y escribe su nuevo id y secreto en Conexiones.</translation>
    </message>
    <message>
        <source>Tidings could not save an incoming event.</source>
        <translation>Tidings no pudo guardar un evento entrante.</translation>
    </message>
    <message>
        <source>Tidings cannot read the changes of &quot;%1&quot; from Airtable at the moment. It keeps trying; nothing is lost while Airtable keeps them (7 days).</source>
        <translation>Tidings no puede leer ahora mismo los cambios de «%1» desde Airtable. Lo sigue intentando; no se pierde nada mientras Airtable los conserve (7 días).</translation>
    </message>
</context>
<context>
    <name>Tidings::AirtablePoller</name>
    <message>
        <source>Airtable</source>
        <translation>Airtable</translation>
    </message>
    <message>
        <source>The field map of &quot;%1&quot; is empty, so Tidings cannot tell which columns hold the order, the status and the tracking number. Fill it in the source&apos;s settings.</source>
        <translation>El mapa de campos de «%1» está vacío, así que Tidings no puede saber qué columnas contienen el pedido, el estado y el número de seguimiento. Complétalo en los ajustes del origen.</translation>
    </message>
    <message>
        <source>The field map of &quot;%1&quot; mixes column names and column ids (&quot;fld…&quot;). Use the names as they appear in the table&apos;s header, or only ids.</source>
        <translation>El mapa de campos de «%1» mezcla nombres e ids de columna («fld…»). Usa los nombres tal como aparecen en el encabezado de la tabla, o solo ids.</translation>
    </message>
    <message>
        <source>Name the last-changed column of &quot;%1&quot; the way the field map names columns: by its name in the table&apos;s header, or by its &quot;fld…&quot; id when the field map uses ids.</source>
        <translation>Indica la columna de última modificación de «%1» igual que el mapa de campos indica las columnas: por su nombre en el encabezado de la tabla, o por su id «fld…» si el mapa de campos usa ids.</translation>
    </message>
    <message>
        <source>The last-changed column of &quot;%1&quot; is named &quot;%2&quot;; Tidings cannot use a column whose name holds { or }. Rename the column in Airtable and in the source&apos;s settings.</source>
        <translation>La columna de última modificación de «%1» se llama «%2»; Tidings no puede usar una columna cuyo nombre contenga { o }. Cambia el nombre de la columna en Airtable y en los ajustes del origen.</translation>
    </message>
    <message>
        <source>Airtable answered with something that is not a list of rows. Tidings will ask again.</source>
        <translation>Airtable respondió con algo que no es una lista de filas. Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>New and changed order rows in an Airtable table: statuses, tracking numbers, customers, read every few minutes. No webhook to set up.</source>
        <translation>Filas de pedidos nuevas y modificadas en una tabla de Airtable: estados, números de seguimiento, clientes, leídas cada pocos minutos. No hay que configurar ningún webhook.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <source>Create it at airtable.com/create/tokens with the scope data.records:read and access to the base with your orders. It starts with &quot;pat&quot;.</source>
        <translation>Créalo en airtable.com/create/tokens con el permiso data.records:read y acceso a la base con tus pedidos. Empieza por «pat».</translation>
    </message>
    <message>
        <source>Airtable API address</source>
        <translation>Dirección de la API de Airtable</translation>
    </message>
    <message>
        <source>Leave empty for https://api.airtable.com; change it only for a test server.</source>
        <translation>Déjalo vacío para usar https://api.airtable.com; cámbialo solo para un servidor de pruebas.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>The base&apos;s address from the browser, or the id in it that starts with &quot;app&quot;.</source>
        <translation>La dirección de la base en el navegador, o el id que contiene y que empieza por «app».</translation>
    </message>
    <message>
        <source>Orders table</source>
        <translation>Tabla de pedidos</translation>
    </message>
    <message>
        <source>The table&apos;s name exactly as on its tab, or its id (starts with &quot;tbl&quot;). Optional when the base address above includes the table.</source>
        <translation>El nombre de la tabla exactamente como aparece en su pestaña, o su id (empieza por «tbl»). Opcional si la dirección de la base de arriba incluye la tabla.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Optional: only the rows this view shows (its name or &quot;viw…&quot; id), e.g. a view that hides test orders.</source>
        <translation>Opcional: solo las filas que muestra esta vista (su nombre o su id «viw…»), p. ej., una vista que oculta los pedidos de prueba.</translation>
    </message>
    <message>
        <source>Field map</source>
        <translation>Mapa de campos</translation>
    </message>
    <message>
        <source>Last changed column</source>
        <translation>Columna de última modificación</translation>
    </message>
    <message>
        <source>Optional but recommended: a column of the type &quot;Last modified time&quot;. With it, rows are read oldest change first and each change has its time.</source>
        <translation>Opcional, pero recomendado: una columna del tipo «Last modified time». Con ella, las filas se leen empezando por el cambio más antiguo y cada cambio tiene su hora.</translation>
    </message>
    <message>
        <source>Status map</source>
        <translation>Mapa de estados</translation>
    </message>
    <message>
        <source>Your status words and what they mean, as JSON (any letter case): paid, shipped, delivered, cancelled, refunded, ... Words not listed are kept but notify nobody.</source>
        <translation>Tus palabras de estado y lo que significan, en JSON (da igual mayúsculas o minúsculas): paid, shipped, delivered, cancelled, refunded, ... Las palabras que no aparecen se guardan, pero no avisan a nadie.</translation>
    </message>
    <message>
        <source>Open airtable.com/create/tokens and click &quot;Create token&quot;. Name it &quot;Tidings&quot;, add the scope data.records:read, and under Access add the base that holds your orders. Create it and paste the token (it starts with &quot;pat&quot;) here; Airtable shows it only once.</source>
        <translation>Abre airtable.com/create/tokens y haz clic en «Create token». Llámalo «Tidings», añade el permiso data.records:read y, en Access, añade la base que contiene tus pedidos. Créalo y pega aquí el token (empieza por «pat»); Airtable lo muestra una sola vez.</translation>
    </message>
    <message>
        <source>Open the orders table in your browser and paste its address as the base: Tidings reads the base id (&quot;app…&quot;) and the table id (&quot;tbl…&quot;) from it. Or type the table&apos;s name.</source>
        <translation>Abre la tabla de pedidos en tu navegador y pega su dirección como base: Tidings lee de ella el id de la base («app…») y el id de la tabla («tbl…»). O escribe el nombre de la tabla.</translation>
    </message>
    <message>
        <source>Recommended: add a field of the type &quot;Last modified time&quot; (all fields) to the table and enter its name as the last changed column, so every change is read in order and with its time.</source>
        <translation>Recomendado: añade a la tabla un campo del tipo «Last modified time» (all fields) y escribe su nombre como columna de última modificación, para que cada cambio se lea en orden y con su hora.</translation>
    </message>
    <message>
        <source>Fill in the field map and the status map so Tidings knows which columns hold the order number, email, status and tracking number.</source>
        <translation>Completa el mapa de campos y el mapa de estados para que Tidings sepa qué columnas contienen el número de pedido, el correo electrónico, el estado y el número de seguimiento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which Airtable base to read. Paste the base&apos;s address (or its id, starting with &quot;app&quot;) into its settings in Connections.</source>
        <translation>«%1» no indica qué base de Airtable se debe leer. Pega la dirección de la base (o su id, que empieza por «app») en sus ajustes, en Conexiones.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which table holds the orders. Enter the table&apos;s name in its settings in Connections.</source>
        <translation>«%1» no indica qué tabla contiene los pedidos. Escribe el nombre de la tabla en sus ajustes, en Conexiones.</translation>
    </message>
    <message>
        <source>The table, view or column names of &quot;%1&quot; are too long for Airtable&apos;s address limit. Use the table&apos;s and view&apos;s ids (&quot;tbl…&quot;, &quot;viw…&quot;) instead.</source>
        <translation>Los nombres de tabla, vista o columna de «%1» son demasiado largos para el límite de dirección de Airtable. Usa los ids de la tabla y de la vista («tbl…», «viw…»).</translation>
    </message>
    <message>
        <source>Airtable refused the personal access token of &quot;%1&quot;. Check that the token still exists at airtable.com/create/tokens, and paste it again in Connections.</source>
        <translation>Airtable rechazó el token de acceso personal de «%1». Comprueba que el token todavía exista en airtable.com/create/tokens y vuelve a pegarlo en Conexiones.</translation>
    </message>
    <message>
        <source>Airtable does not let the token of &quot;%1&quot; read the table &quot;%2&quot; of the base %3: the token has no access to this base or lacks the scope data.records:read, or the base or table name is wrong. Check both at airtable.com/create/tokens and in the source&apos;s settings.</source>
        <translation>Airtable no permite que el token de «%1» lea la tabla «%2» de la base %3: el token no tiene acceso a esta base o le falta el permiso data.records:read, o el nombre de la base o de la tabla es incorrecto. Comprueba ambas cosas en airtable.com/create/tokens y en los ajustes del origen.</translation>
    </message>
    <message>
        <source>Airtable forgot where Tidings was in the list of rows of &quot;%1&quot;. Tidings starts the list again.</source>
        <translation>Airtable olvidó por dónde iba Tidings en la lista de filas de «%1». Tidings empieza la lista de nuevo.</translation>
    </message>
    <message>
        <source>Airtable could not read the rows of &quot;%1&quot; with the columns in its settings (%2). Check the column names in the source&apos;s settings: they must match the table&apos;s header exactly.</source>
        <translation>Airtable no pudo leer las filas de «%1» con las columnas de sus ajustes (%2). Comprueba los nombres de columna en los ajustes del origen: deben coincidir exactamente con el encabezado de la tabla.</translation>
    </message>
    <message>
        <source>Airtable does not know the last changed column &quot;%1&quot; of &quot;%2&quot; (%3). Enter the name of a &quot;Last modified time&quot; column exactly as the table&apos;s header shows it, or leave the setting empty.</source>
        <translation>Airtable no conoce la columna de última modificación «%1» de «%2» (%3). Escribe el nombre de una columna «Last modified time» exactamente como aparece en el encabezado de la tabla, o deja el ajuste vacío.</translation>
    </message>
    <message>
        <source>The table of &quot;%1&quot; has no view &quot;%2&quot;. Check the view&apos;s name in the source&apos;s settings, or leave it empty.</source>
        <translation>La tabla de «%1» no tiene ninguna vista «%2». Comprueba el nombre de la vista en los ajustes del origen o déjalo vacío.</translation>
    </message>
    <message>
        <source>Airtable asked Tidings to slow down (at most 5 requests a second per base). Tidings will ask again in 30 seconds.</source>
        <translation>Airtable le pidió a Tidings que fuera más despacio (como máximo 5 solicitudes por segundo y base). Tidings volverá a preguntar dentro de 30 segundos.</translation>
    </message>
    <message>
        <source>Airtable refused to list the rows of &quot;%1&quot;: %2</source>
        <translation>Airtable se negó a mostrar las filas de «%1»: %2</translation>
    </message>
    <message>
        <source>No Airtable personal access token is saved for &quot;%1&quot;, so its rows cannot be read. Add the token in Connections.</source>
        <translation>No hay ningún token de acceso personal de Airtable guardado para «%1», así que no se pueden leer sus filas. Añade el token en Conexiones.</translation>
    </message>
    <message>
        <source>Tidings lost its place in Airtable&apos;s list of rows and starts again.</source>
        <translation>Tidings perdió su posición en la lista de filas de Airtable y empieza de nuevo.</translation>
    </message>
    <message>
        <source>Which column holds what, as JSON: column name (or &quot;fld…&quot; id) → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice or currency. Without orderId the row&apos;s own id is the order id. For stock levels: sku, productName, stockQuantity, stockStatus and location; a row with a SKU and a quantity or stock status but no order id is read as the product&apos;s stock.</source>
        <translation>Qué contiene cada columna, en JSON: nombre de columna (o id «fld…») → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice o currency. Sin orderId, el id propio de la fila es el id del pedido. Para los niveles de inventario: sku, productName, stockQuantity, stockStatus y location; una fila con SKU y una cantidad o un estado de inventario, pero sin id de pedido, se lee como el inventario del producto.</translation>
    </message>
</context>
<context>
    <name>Tidings::AppConfig</name>
    <message>
        <source>&quot;%1&quot;: &quot;secrets&quot; must be an object.</source>
        <translation>«%1»: &quot;secrets&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown secret &quot;%2&quot; (expected one of: %3).</source>
        <translation>«%1»: secreto desconocido «%2» (se esperaba uno de estos: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: secret &quot;%2&quot; must be a non-empty text or null.</source>
        <translation>«%1»: el secreto «%2» debe ser un texto no vacío o null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>«%1» debe ser una lista.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; must be an object.</source>
        <translation>La entrada %1 de «%2» debe ser un objeto.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; needs an &quot;id&quot; of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (at most 64).</source>
        <translation>La entrada %1 de «%2» necesita un &quot;id&quot; formado por letras, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos; (64 como máximo).</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; appears twice in &quot;%2&quot;.</source>
        <translation>El id «%1» aparece dos veces en «%2».</translation>
    </message>
    <message>
        <source>The configuration file is not valid JSON (at character %1: %2).</source>
        <translation>El archivo de configuración no es un JSON válido (en el carácter %1: %2).</translation>
    </message>
    <message>
        <source>The configuration file must contain one JSON object.</source>
        <translation>El archivo de configuración debe contener un único objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;webhook&quot; must be an object.</source>
        <translation>&quot;webhook&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>&quot;webhook.address&quot; must be an IP address such as 127.0.0.1.</source>
        <translation>&quot;webhook.address&quot; debe ser una dirección IP, como 127.0.0.1.</translation>
    </message>
    <message>
        <source>&quot;webhook.port&quot; must be between 0 and 65535.</source>
        <translation>&quot;webhook.port&quot; debe estar entre 0 y 65535.</translation>
    </message>
    <message>
        <source>&quot;webhook.maxBodyBytes&quot; must be between 1 KiB and 64 MiB.</source>
        <translation>&quot;webhook.maxBodyBytes&quot; debe estar entre 1 KiB y 64 MiB.</translation>
    </message>
    <message>
        <source>&quot;brand&quot; must be an object.</source>
        <translation>&quot;brand&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;: unknown type &quot;%2&quot;.</source>
        <translation>Origen «%1»: tipo desconocido «%2».</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: unknown type &quot;%2&quot;.</source>
        <translation>Canal «%1»: tipo desconocido «%2».</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; needs a &quot;baseUrl&quot; such as https://api.sendgrid.com.</source>
        <translation>El canal «%1» necesita una &quot;baseUrl&quot;, como https://api.sendgrid.com.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; needs a valid &quot;fromEmail&quot;.</source>
        <translation>El canal «%1» necesita un &quot;fromEmail&quot; válido.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: &quot;replyTo&quot; is not an email address.</source>
        <translation>Canal «%1»: &quot;replyTo&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: addresses and names must be on one line.</source>
        <translation>Canal «%1»: las direcciones y los nombres deben ocupar una sola línea.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: unknown trigger &quot;%2&quot;.</source>
        <translation>Regla «%1»: disparador desconocido «%2».</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs a &quot;template&quot;.</source>
        <translation>La regla «%1» necesita una &quot;template&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names channel &quot;%2&quot;, which is not in &quot;channels&quot;.</source>
        <translation>La regla «%1» indica el canal «%2», que no está en &quot;channels&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: &quot;recipient&quot; must be &quot;customer&quot; or an email address.</source>
        <translation>Regla «%1»: &quot;recipient&quot; debe ser &quot;customer&quot; o una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&quot;brand.logoFile&quot;: %1</source>
        <translation>&quot;brand.logoFile&quot;: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::Backup</name>
    <message>
        <source>%1 is not a Tidings backup, or it is damaged. Choose a file made with File → Back up data.</source>
        <translation>%1 no es una copia de seguridad de Tidings o está dañada. Elige un archivo creado con Archivo → Hacer copia de seguridad de los datos.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Tidings. Update Tidings, then restore it.</source>
        <translation>Esta copia de seguridad se creó con una versión más reciente de Tidings. Actualiza Tidings y luego restáurala.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>There is no data to back up yet.</source>
        <translation>Todavía no hay datos de los que hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists, that you may write there and that the disk has room.</source>
        <translation>No se pudo escribir la copia de seguridad en %1. Comprueba que la carpeta exista, que puedas escribir en ella y que haya espacio en el disco.</translation>
    </message>
    <message>
        <source>The backup came out damaged and was not kept.</source>
        <translation>La copia de seguridad salió dañada y no se conservó.</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation>No se pudo guardar la copia de seguridad como %1.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the data folder %1.</source>
        <translation>No se pudo copiar la copia de seguridad en la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>The backup chosen for restoring could not be used, so Tidings kept your current data. %1</source>
        <translation>No se pudo usar la copia de seguridad elegida para restaurar, así que Tidings conservó tus datos actuales. %1</translation>
    </message>
    <message>
        <source>Tidings could not set your current data aside to restore the backup, so nothing was changed.</source>
        <translation>Tidings no pudo apartar tus datos actuales para restaurar la copia de seguridad, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>The backup could not be put in place, so Tidings kept your current data.</source>
        <translation>No se pudo colocar la copia de seguridad, así que Tidings conservó tus datos actuales.</translation>
    </message>
</context>
<context>
    <name>Tidings::BrandLogo</name>
    <message>
        <source>This file is not a picture email can show. Choose a PNG, JPEG, GIF or WebP file (most logos are PNG).</source>
        <translation>Este archivo no es una imagen que un correo pueda mostrar. Elige un archivo PNG, JPEG, GIF o WebP (la mayoría de los logotipos son PNG).</translation>
    </message>
    <message>
        <source>This picture is %1 KiB; a logo for email can be at most %2 KiB, or every message gets slow to open. Save it smaller (about 600 pixels wide is plenty) and choose it again.</source>
        <translation>Esta imagen ocupa %1 KiB; un logotipo para correo puede ocupar como máximo %2 KiB, o cada mensaje tardará en abrirse. Guárdala más pequeña (unos 600 píxeles de ancho bastan) y vuelve a elegirla.</translation>
    </message>
    <message>
        <source>Tidings cannot read %1.</source>
        <translation>Tidings no puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; a logo for email can be at most %3 KiB, or every message gets slow to open. Save it smaller (about 600 pixels wide is plenty) and choose it again.</source>
        <translation>%1 ocupa %2 KiB; un logotipo para correo puede ocupar como máximo %3 KiB, o cada mensaje tardará en abrirse. Guárdalo más pequeño (unos 600 píxeles de ancho bastan) y vuelve a elegirlo.</translation>
    </message>
</context>
<context>
    <name>Tidings::Channel</name>
    <message>
        <source>This provider cannot be checked without delivering something. Send a test message to your own address instead.</source>
        <translation>Este proveedor no se puede comprobar sin entregar algo. Envía en su lugar un mensaje de prueba a tu propia dirección.</translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelDelivery</name>
    <message>
        <source>Channel &quot;%1&quot;: &quot;retry&quot; must be an object such as {&quot;maxAttempts&quot;: 5, &quot;maxAgeHours&quot;: 24}.</source>
        <translation>Canal «%1»: &quot;retry&quot; debe ser un objeto, como {&quot;maxAttempts&quot;: 5, &quot;maxAgeHours&quot;: 24}.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: unknown retry setting &quot;%2&quot; (expected one of: %3).</source>
        <translation>Canal «%1»: ajuste de reintento desconocido «%2» (se esperaba uno de estos: %3).</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: &quot;retry.%2&quot; must be a whole number from 1 to %3.</source>
        <translation>Canal «%1»: &quot;retry.%2&quot; debe ser un número entero entre 1 y %3.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: &quot;fallbackChannelId&quot; must be the id of another channel.</source>
        <translation>Canal «%1»: &quot;fallbackChannelId&quot; debe ser el id de otro canal.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; cannot be its own fallback channel.</source>
        <translation>El canal «%1» no puede ser su propio canal de respaldo.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the fallback channel &quot;%2&quot; is not in &quot;channels&quot;.</source>
        <translation>Canal «%1»: el canal de respaldo «%2» no está en &quot;channels&quot;.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the fallback channel &quot;%2&quot; must send the same kind of message (email to email, text message to text message).</source>
        <translation>Canal «%1»: el canal de respaldo «%2» debe enviar el mismo tipo de mensaje (correo electrónico con correo electrónico, mensaje de texto con mensaje de texto).</translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelFactory</name>
    <message>
        <source>No sending service is chosen for %1.</source>
        <translation>No se ha elegido ningún servicio de envío para %1.</translation>
    </message>
    <message>
        <source>%1 uses “%2”, a service Tidings cannot send through.</source>
        <translation>%1 usa «%2», un servicio a través del cual Tidings no puede enviar.</translation>
    </message>
    <message>
        <source>No %1 is saved for %2.</source>
        <translation>No hay nada guardado en «%1» para %2.</translation>
    </message>
    <message>
        <source>No network access is available to send messages.</source>
        <translation>No hay acceso a la red para enviar mensajes.</translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelHttp</name>
    <message>
        <source>The %1 address of %2 must be an https:// address. Check it in Channels.</source>
        <translation>La dirección de %1 de %2 debe ser una dirección https://. Compruébala en Canales.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>El asunto contiene un salto de línea, que podría usarse para añadir encabezados de correo ocultos. Quita los saltos de línea del asunto de la plantilla.</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation>El nombre del cliente contiene un salto de línea, así que el mensaje no se envió.</translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Channels.</source>
        <translation>El nombre del remitente de %1 contiene un salto de línea. Corrígelo en Canales.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>La notificación no tiene dirección de destinatario.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Channels.</source>
        <translation>La dirección del remitente de %1 no es una dirección de correo electrónico. Corrígela en Canales.</translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation>La dirección de respuesta de %1 no es una dirección de correo electrónico. Corrígela en Canales.</translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation>El mensaje no tiene asunto.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation>El mensaje no tiene contenido de texto ni HTML.</translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelTest</name>
    <message>
        <source>Alex Sample</source>
        <translation>Alex Ejemplo</translation>
    </message>
    <message>
        <source>Stoneware mug</source>
        <translation>Taza de gres</translation>
    </message>
    <message>
        <source>Loose-leaf tea, 100 g</source>
        <translation>Té a granel, 100 g</translation>
    </message>
    <message>
        <source>The built-in shipping template is missing.</source>
        <translation>Falta la plantilla de envío incluida.</translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation>[Prueba] %1</translation>
    </message>
    <message>
        <source>Sent: %1 accepted the test message.</source>
        <translation>Enviado: %1 aceptó el mensaje de prueba.</translation>
    </message>
    <message>
        <source>Sent: %1 accepted the test message (id %2).</source>
        <translation>Enviado: %1 aceptó el mensaje de prueba (id %2).</translation>
    </message>
    <message>
        <source>%1 gave no answer.</source>
        <translation>%1 no respondió.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Conectado: %1 aceptó las credenciales.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>No conectado: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::ConfigRepository</name>
    <message>
        <source>Tidings could not read its settings.</source>
        <translation>Tidings no pudo leer sus ajustes.</translation>
    </message>
    <message>
        <source>Tidings could not save its settings.</source>
        <translation>Tidings no pudo guardar sus ajustes.</translation>
    </message>
    <message>
        <source>A connection with the id &quot;%1&quot; already exists. Choose another id.</source>
        <translation>Ya existe una conexión con el id «%1». Elige otro id.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; no longer exists.</source>
        <translation>La conexión «%1» ya no existe.</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Esa conexión ya no existe.</translation>
    </message>
    <message>
        <source>A channel with the id &quot;%1&quot; already exists. Choose another id.</source>
        <translation>Ya existe un canal con el id «%1». Elige otro id.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; no longer exists.</source>
        <translation>El canal «%1» ya no existe.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) send through this channel. Point them at another channel first, or turn the channel off instead.</source>
        <translation>
            <numerusform>%n regla envía a través de este canal. Primero haz que use otro canal o, en su lugar, desactiva el canal.</numerusform>
            <numerusform>%n reglas envían a través de este canal. Primero haz que usen otro canal o, en su lugar, desactiva el canal.</numerusform>
        </translation>
    </message>
    <message>
        <source>That channel no longer exists.</source>
        <translation>Ese canal ya no existe.</translation>
    </message>
    <message>
        <source>The logo picture is missing from the store.</source>
        <translation>Falta la imagen del logotipo en la base de datos.</translation>
    </message>
</context>
<context>
    <name>Tidings::Database</name>
    <message>
        <source>Tidings cannot create its data folder %1. Check that the disk is writable and that you have permission to write there.</source>
        <translation>Tidings no puede crear su carpeta de datos %1. Comprueba que se pueda escribir en el disco y que tengas permiso para escribir ahí.</translation>
    </message>
    <message>
        <source>Tidings cannot open its database %1.</source>
        <translation>Tidings no puede abrir su base de datos %1.</translation>
    </message>
    <message>
        <source>Tidings cannot prepare its database.</source>
        <translation>Tidings no puede preparar su base de datos.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tidings (schema %1). Update Tidings to open it.</source>
        <translation>Esta base de datos la escribió una versión más reciente de Tidings (esquema %1). Actualiza Tidings para abrirla.</translation>
    </message>
    <message>
        <source>Tidings cannot update its database.</source>
        <translation>Tidings no puede actualizar su base de datos.</translation>
    </message>
    <message>
        <source>Tidings cannot update its database to version %1.</source>
        <translation>Tidings no puede actualizar su base de datos a la versión %1.</translation>
    </message>
    <message>
        <source>Tidings could not save to its database.</source>
        <translation>Tidings no pudo guardar en su base de datos.</translation>
    </message>
</context>
<context>
    <name>Tidings::DelayDetection</name>
    <message>
        <source>Choose between %1 and %2 days.</source>
        <translation>Elige entre %1 y %2 días.</translation>
    </message>
</context>
<context>
    <name>Tidings::DelayWatcher</name>
    <message>
        <source>Tidings could not check for delayed parcels.</source>
        <translation>Tidings no pudo comprobar si hay paquetes retrasados.</translation>
    </message>
</context>
<context>
    <name>Tidings::DiagnosticReport</name>
    <message>
        <source>Tidings diagnostic report</source>
        <translation>Informe de diagnóstico de Tidings</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <source>Keys, tokens and passwords are not in this report: Tidings keeps them in the system&apos;s keychain and blanks anything in the log that looks like one.</source>
        <translation>Las claves, los tokens y las contraseñas no aparecen en este informe: Tidings los guarda en el llavero del sistema y borra del registro todo lo que se parezca a uno de ellos.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Recent log (%1 of %2 lines)</source>
        <translation>Registro reciente (%1 de %2 líneas)</translation>
    </message>
</context>
<context>
    <name>Tidings::DispatchWorker</name>
    <message>
        <source>Sending has not started yet.</source>
        <translation>El envío todavía no ha comenzado.</translation>
    </message>
    <message>
        <source>Tidings could not resume unsent messages.</source>
        <translation>Tidings no pudo reanudar los mensajes no enviados.</translation>
    </message>
    <message>
        <source>Tidings stopped while handing this message to the provider. It has been queued again; if the provider had already accepted it, the customer may receive it twice.</source>
        <translation>Tidings se detuvo mientras entregaba este mensaje al proveedor. Se ha vuelto a poner en cola; si el proveedor ya lo había aceptado, puede que el cliente lo reciba dos veces.</translation>
    </message>
    <message>
        <source>Tidings stopped while handing this message to the provider, so it may or may not have gone out. Check with the customer if you can, then Resend it, or choose Don&apos;t Send Again.</source>
        <translation>Tidings se detuvo mientras entregaba este mensaje al proveedor, así que puede que haya salido o no. Si puedes, consúltalo con el cliente y luego reenvíalo con Reenviar, o elige No volver a enviar.</translation>
    </message>
    <message>
        <source>Tidings could not read the message queue.</source>
        <translation>Tidings no pudo leer la cola de mensajes.</translation>
    </message>
    <message>
        <source>Tidings could not update the message queue.</source>
        <translation>Tidings no pudo actualizar la cola de mensajes.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not set up.</source>
        <translation>El canal «%1» no está configurado.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not exist.</source>
        <translation>La plantilla «%1» no existe.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; cannot send until its account is signed in again.</source>
        <translation>El canal «%1» no puede enviar hasta que se vuelva a iniciar sesión en su cuenta.</translation>
    </message>
    <message>
        <source>Tidings could not record a delivery.</source>
        <translation>Tidings no pudo registrar una entrega.</translation>
    </message>
    <message>
        <source>%1 The message waits until the account is signed in again.</source>
        <translation>%1 El mensaje espera hasta que se vuelva a iniciar sesión en la cuenta.</translation>
    </message>
    <message>
        <source>Unknown failure.</source>
        <translation>Error desconocido.</translation>
    </message>
    <message>
        <source>%1 Tidings will try again at %2.</source>
        <translation>%1 Tidings lo volverá a intentar (próximo intento: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 Tidings gave up after %n attempts.</source>
        <translation>
            <numerusform>%1 Tidings se rindió tras %n intento.</numerusform>
            <numerusform>%1 Tidings se rindió tras %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The message goes through the fallback channel &quot;%2&quot; instead.</source>
        <translation>%1 En su lugar, el mensaje sale por el canal de respaldo «%2».</translation>
    </message>
    <message>
        <source>Sent through fallback channel &quot;%1&quot; while &quot;%2&quot; waits to be signed in again.</source>
        <translation>Enviado por el canal de respaldo «%1» mientras «%2» espera a que se vuelva a iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Sent through fallback channel &quot;%1&quot; after &quot;%2&quot; failed %n times.</source>
        <translation>
            <numerusform>Enviado por el canal de respaldo «%1» después de que «%2» fallara %n vez.</numerusform>
            <numerusform>Enviado por el canal de respaldo «%1» después de que «%2» fallara %n veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; failed %n times in a row: Tidings sends it through the fallback channel &quot;%3&quot; next.</source>
        <translation>
            <numerusform>%1 «%2» falló %n vez seguida: a continuación, Tidings lo envía por el canal de respaldo «%3».</numerusform>
            <numerusform>%1 «%2» falló %n veces seguidas: a continuación, Tidings lo envía por el canal de respaldo «%3».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n hours without success: %1</source>
        <translation>
            <numerusform>Tidings dejó de intentarlo tras %n hora sin éxito: %1</numerusform>
            <numerusform>Tidings dejó de intentarlo tras %n horas sin éxito: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings could not record the shop&apos;s brand.</source>
        <translation>Tidings no pudo guardar la marca de la tienda.</translation>
    </message>
</context>
<context>
    <name>Tidings::EasyPostAdapter</name>
    <message>
        <source>EasyPost</source>
        <translation>EasyPost</translation>
    </message>
    <message>
        <source>Carrier tracking updates (in transit, out for delivery, delivered, returned) for shipments Tidings already knows by tracking number.</source>
        <translation>Actualizaciones de seguimiento del transportista (en tránsito, en reparto, entregado, devuelto) de los envíos que Tidings ya conoce por su número de seguimiento.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <source>Tidings made this secret. Paste it into the &quot;Webhook Secret&quot; field of the webhook in EasyPost, so EasyPost signs every update with it.</source>
        <translation>Tidings creó este secreto. Pégalo en el campo «Webhook Secret» del webhook en EasyPost, para que EasyPost firme con él cada actualización.</translation>
    </message>
    <message>
        <source>In EasyPost, open Account Settings → Webhooks &amp; Events.</source>
        <translation>En EasyPost, abre Account Settings → Webhooks &amp; Events.</translation>
    </message>
    <message>
        <source>Click &quot;Add Webhook&quot;, choose the environment (Production, or Test while you try it) and paste this URL: %1</source>
        <translation>Haz clic en «Add Webhook», elige el entorno (Production, o Test mientras lo pruebas) y pega esta URL: %1</translation>
    </message>
    <message>
        <source>Paste the webhook secret Tidings made into &quot;Webhook Secret&quot; and save.</source>
        <translation>Pega en «Webhook Secret» el secreto del webhook que creó Tidings y guarda.</translation>
    </message>
    <message>
        <source>EasyPost updates shipments by tracking number: the shop&apos;s own source (Shopify, WooCommerce, ...) must send the shipment with its tracking number first, or the update is recorded and nobody is told.</source>
        <translation>EasyPost actualiza los envíos por número de seguimiento: el origen propio de la tienda (Shopify, WooCommerce, ...) debe enviar primero el envío con su número de seguimiento; si no, la actualización se registra y no se avisa a nadie.</translation>
    </message>
    <message>
        <source>A request reached this EasyPost connection&apos;s address without an EasyPost signature, so it was refused. Check that the webhook in EasyPost has the secret Tidings made.</source>
        <translation>Llegó una solicitud a la dirección de esta conexión de EasyPost sin una firma de EasyPost, así que se rechazó. Comprueba que el webhook en EasyPost tenga el secreto que creó Tidings.</translation>
    </message>
    <message>
        <source>No webhook secret is saved for this EasyPost connection, so its updates cannot be checked and were refused. Set the secret again in Connections.</source>
        <translation>No hay ningún secreto del webhook guardado para esta conexión de EasyPost, así que sus actualizaciones no se pueden verificar y se rechazaron. Vuelve a configurar el secreto en Conexiones.</translation>
    </message>
    <message>
        <source>An EasyPost update&apos;s signature does not match the webhook secret saved for this connection. Paste the secret from Tidings into the webhook in EasyPost again.</source>
        <translation>La firma de una actualización de EasyPost no coincide con el secreto del webhook guardado para esta conexión. Vuelve a pegar el secreto de Tidings en el webhook de EasyPost.</translation>
    </message>
    <message>
        <source>EasyPost sent an update whose content is not a JSON object, so it could not be read.</source>
        <translation>EasyPost envió una actualización cuyo contenido no es un objeto JSON, así que no se pudo leer.</translation>
    </message>
    <message>
        <source>EasyPost sent an event without a description, so Tidings cannot tell what happened.</source>
        <translation>EasyPost envió un evento sin descripción, así que Tidings no puede saber qué pasó.</translation>
    </message>
    <message>
        <source>EasyPost sent a tracker update without a tracking code, so it cannot be matched to a shipment.</source>
        <translation>EasyPost envió una actualización de seguimiento sin código de seguimiento, así que no se puede asociar a ningún envío.</translation>
    </message>
</context>
<context>
    <name>Tidings::Engine</name>
    <message>
        <source>No %1 is saved for &quot;%2&quot;, so its messages wait until one is added to the configuration.</source>
        <translation>No hay nada guardado en «%1» para «%2», así que sus mensajes esperan hasta que se añada a la configuración.</translation>
    </message>
    <message>
        <source>No signing secret is saved for &quot;%1&quot;, so its webhooks will be refused. Add the secret in the configuration.</source>
        <translation>No hay ningún secreto de firma guardado para «%1», así que sus webhooks se rechazarán. Añade el secreto en la configuración.</translation>
    </message>
    <message>
        <source>Tidings is not running, so it cannot check the connection now.</source>
        <translation>Tidings no está en marcha, así que ahora no puede comprobar la conexión.</translation>
    </message>
    <message>
        <source>Tidings is still saving this connection. Try again in a moment.</source>
        <translation>Tidings todavía está guardando esta conexión. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Tidings cannot receive orders from this kind of connection (&quot;%1&quot;).</source>
        <translation>Tidings no puede recibir pedidos de este tipo de conexión («%1»).</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Ponle un nombre a la conexión.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; cannot be used. An id is part of the webhook address: use only lower-case letters a-z, digits and dashes, and start with a letter or a digit.</source>
        <translation>El id «%1» no se puede usar. Un id forma parte de la dirección del webhook: usa solo letras minúsculas a-z, dígitos y guiones, y empieza por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Another connection already uses the id &quot;%1&quot;. Choose another id.</source>
        <translation>Otra conexión ya usa el id «%1». Elige otro id.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; no longer exists.</source>
        <translation>La conexión «%1» ya no existe.</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;: %2 needs it.</source>
        <translation>Completa «%1»: %2 lo necesita.</translation>
    </message>
    <message>
        <source>Paste the %1 from %2; without it Tidings cannot read its orders.</source>
        <translation>Pega el valor de «%1» de %2; sin él, Tidings no puede leer sus pedidos.</translation>
    </message>
    <message>
        <source>The %1 is missing. Go back and let Tidings make one.</source>
        <translation>Falta «%1». Vuelve atrás y deja que Tidings lo cree.</translation>
    </message>
    <message>
        <source>Paste the %1 from %2; without it Tidings cannot tell its webhooks from forged ones.</source>
        <translation>Pega el valor de «%1» de %2; sin él, Tidings no puede distinguir sus webhooks de los falsificados.</translation>
    </message>
    <message>
        <source>The renewed sign-in of channel %1 could not be saved in the keychain: %2 Tidings keeps using it until it stops.</source>
        <translation>El inicio de sesión renovado del canal %1 no se pudo guardar en el llavero: %2 Tidings lo seguirá usando hasta que deje de funcionar.</translation>
    </message>
    <message>
        <source>The connection was removed, but its secret could not be deleted from the keychain: %1</source>
        <translation>La conexión se eliminó, pero su secreto no se pudo borrar del llavero: %1</translation>
    </message>
    <message>
        <source>Tidings cannot send through “%1”.</source>
        <translation>Tidings no puede enviar a través de «%1».</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; cannot be used: use lower-case letters, digits and dashes.</source>
        <translation>El id «%1» no se puede usar: usa letras minúsculas, dígitos y guiones.</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>Ponle un nombre al canal.</translation>
    </message>
    <message>
        <source>A channel with the id &quot;%1&quot; already exists. Choose another id.</source>
        <translation>Ya existe un canal con el id «%1». Elige otro id.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; no longer exists.</source>
        <translation>El canal «%1» ya no existe.</translation>
    </message>
    <message>
        <source>Enter the %1 for %2.</source>
        <translation>Escribe «%1» para %2.</translation>
    </message>
    <message>
        <source>Tidings is still saving this channel. Try again in a moment.</source>
        <translation>Tidings todavía está guardando este canal. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The channel was removed, but its secret could not be deleted from the keychain: %1</source>
        <translation>El canal se eliminó, pero su secreto no se pudo borrar del llavero: %1</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Esa conexión ya no existe.</translation>
    </message>
    <message>
        <source>Tidings is not receiving webhooks right now, so it cannot send a test event. See the message about starting Tidings.</source>
        <translation>Tidings no está recibiendo webhooks en este momento, así que no puede enviar un evento de prueba. Consulta el mensaje sobre el inicio de Tidings.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is turned off. Turn it on to send a test event.</source>
        <translation>«%1» está desactivada. Actívala para enviar un evento de prueba.</translation>
    </message>
    <message>
        <source>Tidings has no test event for this kind of connection, or no secret is saved for it yet.</source>
        <translation>Tidings no tiene ningún evento de prueba para este tipo de conexión, o todavía no hay ningún secreto guardado para ella.</translation>
    </message>
    <message>
        <source>The test event for &quot;%1&quot; did not reach Tidings&apos; webhook address on this computer.</source>
        <translation>El evento de prueba de «%1» no llegó a la dirección de webhook de Tidings en este equipo.</translation>
    </message>
    <message>
        <source>Tidings answered with HTTP status %1.</source>
        <translation>Tidings respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>The test event for &quot;%1&quot; was refused. %2</source>
        <translation>El evento de prueba de «%1» se rechazó. %2</translation>
    </message>
    <message>
        <source>That channel no longer exists.</source>
        <translation>Ese canal ya no existe.</translation>
    </message>
    <message>
        <source>That channel has no such key.</source>
        <translation>Ese canal no tiene esa clave.</translation>
    </message>
    <message>
        <source>The renewed sign-in of &quot;%1&quot; could not be saved in the keychain: %2 Tidings keeps using it while it runs; after a restart, connect the source again in Connections.</source>
        <translation>El inicio de sesión renovado de «%1» no se pudo guardar en el llavero: %2 Tidings lo sigue usando mientras está en marcha; después de reiniciarlo, vuelve a conectar el origen en Conexiones.</translation>
    </message>
    <message>
        <source>Tidings is not sending right now (it did not start). See the message at the top of the window.</source>
        <translation>Tidings no está enviando en este momento (no se inició). Consulta el mensaje de la parte superior de la ventana.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the fallback channel of &quot;%2&quot;. Choose another fallback there first.</source>
        <translation>«%1» es el canal de respaldo de «%2». Primero elige allí otro canal de respaldo.</translation>
    </message>
    <message>
        <source>The accent colour must look like #2f6f4f. Choose one with the colour button.</source>
        <translation>El color de énfasis debe tener un formato como #2f6f4f. Elige uno con el botón de color.</translation>
    </message>
    <message>
        <source>The logo must be a web address starting with https://, so that your customers&apos; mail programs can show it.</source>
        <translation>El logotipo debe ser una dirección web que empiece por https://, para que los programas de correo de tus clientes puedan mostrarlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an email address.</source>
        <translation>«%1» no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Choose a channel that is switched on.</source>
        <translation>Elige un canal que esté activado.</translation>
    </message>
    <message>
        <source>Alerts go to a Slack channel. Add one under Channels first, then choose it here.</source>
        <translation>Los avisos van a un canal de Slack. Primero añade uno en Canales y luego elígelo aquí.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; must be a web address starting with https://.</source>
        <translation>El enlace «%1» debe ser una dirección web que empiece por https://.</translation>
    </message>
    <message>
        <source>Type the email address (or phone number) the test should go to.</source>
        <translation>Escribe la dirección de correo electrónico (o el número de teléfono) a la que debe ir la prueba.</translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation>[Prueba] %1</translation>
    </message>
    <message>
        <source>There is no channel &quot;%1&quot; to send stock alerts through.</source>
        <translation>No existe ningún canal «%1» por el que enviar los avisos de inventario.</translation>
    </message>
    <message>
        <source>Enter the email address stock alerts go to, such as team@yourshop.com.</source>
        <translation>Escribe la dirección de correo electrónico a la que van los avisos de inventario, como equipo@tutienda.com.</translation>
    </message>
    <message>
        <source>Stock alerts go to your team by chat or email; %1 sends neither.</source>
        <translation>Los avisos de inventario van a tu equipo por chat o por correo electrónico; %1 no envía ninguno de los dos.</translation>
    </message>
    <message>
        <source>Choose the email channel your customers are told through.</source>
        <translation>Elige el canal de correo electrónico por el que se avisa a tus clientes.</translation>
    </message>
</context>
<context>
    <name>Tidings::ExtraCertificates</name>
    <message>
        <source>Tidings cannot read the certificate file %1 named by %2.</source>
        <translation>Tidings no puede leer el archivo de certificados %1 indicado por %2.</translation>
    </message>
    <message>
        <source>The file %1 named by %2 holds no certificate. It must hold one or more PEM certificates (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>El archivo %1 indicado por %2 no contiene ningún certificado. Debe contener uno o más certificados PEM (&quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
</context>
<context>
    <name>Tidings::FailureAlert</name>
    <message>
        <source>Tidings could not queue the alert to your staff.</source>
        <translation>Tidings no pudo poner en cola el aviso para tu equipo.</translation>
    </message>
    <message>
        <source>Alert: a message could not be sent</source>
        <translation>Alerta: no se pudo enviar un mensaje</translation>
    </message>
    <message>
        <source>Tidings could not send &quot;%1&quot; to %2 for order %3: %4</source>
        <translation>Tidings no pudo enviar «%1» a %2 para el pedido %3: %4</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(sin número)</translation>
    </message>
    <message>
        <source>A message could not be sent</source>
        <translation>No se pudo enviar un mensaje</translation>
    </message>
</context>
<context>
    <name>Tidings::FallbackMove</name>
    <message>
        <source>Tidings could not record a move to a fallback channel.</source>
        <translation>Tidings no pudo registrar el paso de un mensaje a un canal de respaldo.</translation>
    </message>
</context>
<context>
    <name>Tidings::GenericAdapter</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <source>Tidings made this secret. Give it to the sender as the value of the X-Tidings-Token header, as the steps say. Anyone who has it can send events to this connection.</source>
        <translation>Tidings creó este secreto. Dáselo al remitente como valor del encabezado X-Tidings-Token, como indican los pasos. Cualquiera que lo tenga puede enviar eventos a esta conexión.</translation>
    </message>
    <message>
        <source>Zapier</source>
        <translation>Zapier</translation>
    </message>
    <message>
        <source>Orders, shipments and stock changes from any app a Zap starts from.</source>
        <translation>Pedidos, envíos y cambios de inventario de cualquier aplicación con la que empiece un Zap.</translation>
    </message>
    <message>
        <source>In your Zap, add an action step &quot;Webhooks by Zapier&quot; with the event &quot;Custom Request&quot;.</source>
        <translation>En tu Zap, añade un paso de acción «Webhooks by Zapier» con el evento «Custom Request».</translation>
    </message>
    <message>
        <source>Set Method to POST and URL to %1.</source>
        <translation>Pon Method en POST y URL en %1.</translation>
    </message>
    <message>
        <source>In Data, paste the example body below and replace each value with a field from your trigger. Keep the names on the left.</source>
        <translation>En Data, pega el cuerpo de ejemplo de abajo y sustituye cada valor por un campo de tu disparador. Conserva los nombres de la izquierda.</translation>
    </message>
    <message>
        <source>In Headers, add X-Tidings-Token with the secret Tidings made for this connection, and Content-Type with application/json.</source>
        <translation>En Headers, añade X-Tidings-Token con el secreto que Tidings creó para esta conexión, y Content-Type con application/json.</translation>
    </message>
    <message>
        <source>Test the step: the event appears in Tidings&apos; Monitor. Give every change its own event_id; a repeat with the same event_id is recorded once and tells nobody.</source>
        <translation>Prueba el paso: el evento aparece en el Monitor de Tidings. Dale a cada cambio su propio event_id; una repetición con el mismo event_id se registra una vez y no avisa a nadie.</translation>
    </message>
    <message>
        <source>Microsoft Power Automate</source>
        <translation>Microsoft Power Automate</translation>
    </message>
    <message>
        <source>Orders, shipments and stock changes from any flow, e.g. from Dynamics 365, SharePoint or Excel.</source>
        <translation>Pedidos, envíos y cambios de inventario de cualquier flujo, p. ej., de Dynamics 365, SharePoint o Excel.</translation>
    </message>
    <message>
        <source>In your flow, add the action &quot;HTTP&quot; (a premium connector).</source>
        <translation>En tu flujo, añade la acción «HTTP» (un conector prémium).</translation>
    </message>
    <message>
        <source>Set Method to POST and URI to %1.</source>
        <translation>Pon Method en POST y URI en %1.</translation>
    </message>
    <message>
        <source>In Body, paste the example below and replace the values with dynamic content from your trigger.</source>
        <translation>En Body, pega el ejemplo de abajo y sustituye los valores por contenido dinámico de tu desencadenador.</translation>
    </message>
    <message>
        <source>Save and test the flow. Power Automate tries again by itself when Tidings answers 408, 429 or 5xx; a request Tidings refuses for good (4xx) shows as a failed run.</source>
        <translation>Guarda y prueba el flujo. Power Automate vuelve a intentarlo por sí mismo cuando Tidings responde 408, 429 o 5xx; una solicitud que Tidings rechaza definitivamente (4xx) aparece como una ejecución con errores.</translation>
    </message>
    <message>
        <source>Google Sheets</source>
        <translation>Google Sheets</translation>
    </message>
    <message>
        <source>Orders kept as rows in a spreadsheet: a row is sent whenever someone edits it.</source>
        <translation>Pedidos guardados como filas en una hoja de cálculo: una fila se envía cada vez que alguien la edita.</translation>
    </message>
    <message>
        <source>Keep one order per row, with the column names in row 1: Order ID, Order Number, Customer, Email, Phone, Status, Carrier, Tracking Number, Tracking URL, Total, Currency. Other columns are sent too and can be mapped below.</source>
        <translation>Pon un pedido por fila, con los nombres de columna en la fila 1: Order ID, Order Number, Customer, Email, Phone, Status, Carrier, Tracking Number, Tracking URL, Total, Currency. Las demás columnas también se envían y se pueden asignar abajo.</translation>
    </message>
    <message>
        <source>In the spreadsheet, open Extensions → Apps Script, replace the editor&apos;s content with the script below and click Save. Change ORDER_SHEET in it if your tab is not called &quot;Orders&quot;.</source>
        <translation>En la hoja de cálculo, abre Extensiones → Apps Script, sustituye el contenido del editor por el script de abajo y haz clic en Guardar. Cambia ORDER_SHEET en el script si tu pestaña no se llama «Orders».</translation>
    </message>
    <message>
        <source>Choose the function installTidingsTrigger and click Run once. Google asks you to allow the script to connect to an external service: allow it.</source>
        <translation>Elige la función installTidingsTrigger y haz clic en Ejecutar una vez. Google te pide que permitas que el script se conecte a un servicio externo: permítelo.</translation>
    </message>
    <message>
        <source>Edit a cell of an order row: the row is sent to %1 and appears in Tidings&apos; Monitor.</source>
        <translation>Edita una celda de una fila de pedido: la fila se envía a %1 y aparece en el Monitor de Tidings.</translation>
    </message>
    <message>
        <source>Only edits a person makes in the sheet are sent. Rows written by other scripts, imports or forms are not, because Google fires no edit trigger for them.</source>
        <translation>Solo se envían las ediciones que hace una persona en la hoja. Las filas escritas por otros scripts, importaciones o formularios no, porque Google no activa ningún activador de edición para ellas.</translation>
    </message>
    <message>
        <source>Oracle NetSuite</source>
        <translation>Oracle NetSuite</translation>
    </message>
    <message>
        <source>Sales orders and item fulfillments, sent by a SuiteScript each time one is saved.</source>
        <translation>Pedidos de venta y preparaciones de artículos, enviados por un SuiteScript cada vez que se guarda uno.</translation>
    </message>
    <message>
        <source>Save the script below as tidings_user_event.js and upload it to the File Cabinet (Documents → Files → SuiteScripts).</source>
        <translation>Guarda el script de abajo como tidings_user_event.js y súbelo al File Cabinet (Documents → Files → SuiteScripts).</translation>
    </message>
    <message>
        <source>Open Customization → Scripting → Scripts → New, choose the file and create the script record (type User Event).</source>
        <translation>Abre Customization → Scripting → Scripts → New, elige el archivo y crea el registro del script (tipo User Event).</translation>
    </message>
    <message>
        <source>Deploy it twice, on Sales Order and on Item Fulfillment, with status Released.</source>
        <translation>Impleméntalo dos veces, en Sales Order y en Item Fulfillment, con el estado Released.</translation>
    </message>
    <message>
        <source>After each save the script posts to %1; save a sales order and it appears in Tidings&apos; Monitor.</source>
        <translation>Después de cada guardado, el script envía los datos a %1; guarda un pedido de venta y aparecerá en el Monitor de Tidings.</translation>
    </message>
    <message>
        <source>NetSuite does not try again when a post fails: the record is saved anyway and the error is in the deployment&apos;s Execution Log.</source>
        <translation>NetSuite no lo vuelve a intentar cuando un envío falla: el registro se guarda de todos modos y el error aparece en el Execution Log de la implementación.</translation>
    </message>
    <message>
        <source>Klaviyo flow</source>
        <translation>Flujo de Klaviyo</translation>
    </message>
    <message>
        <source>Order events a Klaviyo flow reacts to, such as Placed Order or Fulfilled Order.</source>
        <translation>Eventos de pedidos a los que reacciona un flujo de Klaviyo, como Placed Order o Fulfilled Order.</translation>
    </message>
    <message>
        <source>In Klaviyo, open the flow that starts from the event to pass on (e.g. &quot;Placed Order&quot; or &quot;Fulfilled Order&quot;) and add a Webhook action.</source>
        <translation>En Klaviyo, abre el flujo que empieza con el evento que quieres transmitir (p. ej., «Placed Order» o «Fulfilled Order») y añade una acción Webhook.</translation>
    </message>
    <message>
        <source>Set the Destination URL to %1.</source>
        <translation>Pon la Destination URL en %1.</translation>
    </message>
    <message>
        <source>Under Headers, add X-Tidings-Token with the secret Tidings made for this connection. Klaviyo&apos;s flow webhooks cannot sign what they send, so this header is how Tidings knows them.</source>
        <translation>En Headers, añade X-Tidings-Token con el secreto que Tidings creó para esta conexión. Los webhooks de los flujos de Klaviyo no pueden firmar lo que envían, así que este encabezado es la forma en que Tidings los reconoce.</translation>
    </message>
    <message>
        <source>Paste the body below. Set &quot;event&quot; to &quot;order.created&quot; in a Placed Order flow and to &quot;order.shipped&quot; in a Fulfilled Order flow, and check the values with Klaviyo&apos;s Preview.</source>
        <translation>Pega el cuerpo de abajo. Pon &quot;event&quot; en &quot;order.created&quot; en un flujo de Placed Order y en &quot;order.shipped&quot; en un flujo de Fulfilled Order, y comprueba los valores con la vista previa (Preview) de Klaviyo.</translation>
    </message>
    <message>
        <source>Save the action and set it live.</source>
        <translation>Guarda la acción y actívala (live).</translation>
    </message>
    <message>
        <source>Other system (JSON webhook)</source>
        <translation>Otro sistema (webhook JSON)</translation>
    </message>
    <message>
        <source>Anything that can POST JSON: you tell Tidings where each field is.</source>
        <translation>Cualquier cosa que pueda enviar JSON por POST: tú le dices a Tidings dónde está cada campo.</translation>
    </message>
    <message>
        <source>Have your system POST JSON to %1 whenever an order, shipment or stock level changes.</source>
        <translation>Haz que tu sistema envíe JSON por POST a %1 cada vez que cambie un pedido, un envío o un nivel de inventario.</translation>
    </message>
    <message>
        <source>Send the header X-Tidings-Token with the secret Tidings made, or sign the raw body: X-Tidings-Signature: sha256=&lt;hex HMAC-SHA256 of the body with the secret&gt;.</source>
        <translation>Envía el encabezado X-Tidings-Token con el secreto que creó Tidings, o firma el cuerpo sin procesar: X-Tidings-Signature: sha256=&lt;hex HMAC-SHA256 of the body with the secret&gt; (es decir, el HMAC-SHA256 del cuerpo calculado con el secreto, en hexadecimal).</translation>
    </message>
    <message>
        <source>Use the example body below, or tell Tidings where your fields are in the mapping and test it with a sample.</source>
        <translation>Usa el cuerpo de ejemplo de abajo, o indica a Tidings en la asignación de campos dónde están tus campos y pruébala con una muestra.</translation>
    </message>
    <message>
        <source>Give every change its own event_id: a repeat is recorded once. Send several events at once as a JSON list.</source>
        <translation>Dale a cada cambio su propio event_id: una repetición se registra una sola vez. Para enviar varios eventos a la vez, usa una lista JSON.</translation>
    </message>
    <message>
        <source>The connection %1 is set to check requests in a way Tidings does not know (&quot;%2&quot;), so every request is refused. Choose &quot;header&quot; or &quot;hmac&quot; in Connections.</source>
        <translation>La conexión %1 está configurada para verificar las solicitudes de una forma que Tidings no conoce («%2»), así que se rechazan todas. Elige &quot;header&quot; o &quot;hmac&quot; en Conexiones.</translation>
    </message>
    <message>
        <source>No webhook secret is saved for %1, so its requests cannot be checked and were refused. Open Connections and make a new secret.</source>
        <translation>No hay ningún secreto del webhook guardado para %1, así que sus solicitudes no se pueden verificar y se rechazaron. Abre Conexiones y crea un secreto nuevo.</translation>
    </message>
    <message>
        <source>A request to the webhook address of %1 carried a wrong secret in %2, so it was refused. Copy the secret from Connections into the sender again.</source>
        <translation>Una solicitud a la dirección del webhook de %1 llevaba un secreto incorrecto en %2, así que se rechazó. Vuelve a copiar el secreto de Conexiones en el remitente.</translation>
    </message>
    <message>
        <source>The signature in %2 of a request to %1 does not match the secret saved for this connection, so it was refused. The sender must sign the body exactly as sent with the secret Tidings shows in Connections.</source>
        <translation>La firma en %2 de una solicitud a %1 no coincide con el secreto guardado para esta conexión, así que se rechazó. El remitente debe firmar el cuerpo, exactamente como se envía, con el secreto que Tidings muestra en Conexiones.</translation>
    </message>
    <message>
        <source>A request reached the webhook address of %1 without %2, so it was refused. Add the header with the secret from Connections to the sender (Zapier, Power Automate, your script).</source>
        <translation>Llegó una solicitud a la dirección del webhook de %1 sin %2, así que se rechazó. Añade en el remitente (Zapier, Power Automate, tu script) el encabezado con el secreto de Conexiones.</translation>
    </message>
    <message>
        <source>A webhook for %1 was refused: %2 Check the mapping in Connections, or what the sender posts.</source>
        <translation>Se rechazó un webhook para %1: %2 Comprueba la asignación de campos en Conexiones, o lo que envía el remitente.</translation>
    </message>
    <message numerus="yes">
        <source>A webhook for %1 was refused: %2 (and %n more problem(s)). Check the mapping in Connections, or what the sender posts.</source>
        <translation>
            <numerusform>Se rechazó un webhook para %1: %2 (y %n problema más). Comprueba la asignación de campos en Conexiones, o lo que envía el remitente.</numerusform>
            <numerusform>Se rechazó un webhook para %1: %2 (y %n problemas más). Comprueba la asignación de campos en Conexiones, o lo que envía el remitente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::GenericMapping</name>
    <message>
        <source>Event id</source>
        <translation>Id del evento</translation>
    </message>
    <message>
        <source>Unique for each change; a delivery with an id seen before is recorded as a duplicate.</source>
        <translation>Único para cada cambio; una entrega con un id ya visto se registra como duplicada.</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>What happened, e.g. &quot;order.shipped&quot;; shown in the Monitor.</source>
        <translation>Lo que pasó, p. ej., &quot;order.shipped&quot;; aparece en el Monitor.</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo pasó</translation>
    </message>
    <message>
        <source>A date and time (ISO 8601 or epoch); the time of arrival when absent.</source>
        <translation>Una fecha y hora (ISO 8601 o epoch); si falta, la hora de llegada.</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Id del pedido</translation>
    </message>
    <message>
        <source>Required: what identifies the order in your system.</source>
        <translation>Obligatorio: lo que identifica el pedido en tu sistema.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>The number the customer sees, e.g. &quot;#1042&quot;.</source>
        <translation>El número que ve el cliente, p. ej., «#1042».</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <source>Read through the status map below.</source>
        <translation>Se interpreta con el mapa de estados de abajo.</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total del pedido</translation>
    </message>
    <message>
        <source>The amount as text, e.g. &quot;73.30&quot;.</source>
        <translation>El importe como texto, p. ej., «73.30».</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>A currency code such as EUR.</source>
        <translation>Un código de moneda, como EUR.</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>The full name; else first and last name are joined.</source>
        <translation>El nombre completo; si no, se unen el nombre y los apellidos.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Correo electrónico del cliente</translation>
    </message>
    <message>
        <source>Where email notifications go.</source>
        <translation>Adonde van las notificaciones por correo electrónico.</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Teléfono del cliente</translation>
    </message>
    <message>
        <source>For text messages.</source>
        <translation>Para mensajes de texto.</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Idioma del cliente</translation>
    </message>
    <message>
        <source>A language tag such as de-DE.</source>
        <translation>Una etiqueta de idioma, como de-DE.</translation>
    </message>
    <message>
        <source>Shipment id</source>
        <translation>Id del envío</translation>
    </message>
    <message>
        <source>When absent, the tracking number names the shipment.</source>
        <translation>Si falta, el número de seguimiento identifica el envío.</translation>
    </message>
    <message>
        <source>Shipment status</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Enlace de seguimiento</translation>
    </message>
    <message>
        <source>An http or https address.</source>
        <translation>Una dirección http o https.</translation>
    </message>
    <message>
        <source>Items (a list)</source>
        <translation>Artículos (una lista)</translation>
    </message>
    <message>
        <source>The list of ordered items.</source>
        <translation>La lista de artículos pedidos.</translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation>SKU del artículo</translation>
    </message>
    <message>
        <source>Inside each entry of the items list.</source>
        <translation>Dentro de cada entrada de la lista de artículos.</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nombre del artículo</translation>
    </message>
    <message>
        <source>Item quantity</source>
        <translation>Cantidad del artículo</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Precio del artículo</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>Id del producto</translation>
    </message>
    <message>
        <source>A stock change needs this or the SKU.</source>
        <translation>Un cambio de inventario necesita este dato o el SKU.</translation>
    </message>
    <message>
        <source>Variant id</source>
        <translation>Id de la variante</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <source>Warehouse or location</source>
        <translation>Almacén o ubicación</translation>
    </message>
    <message>
        <source>Quantity available</source>
        <translation>Cantidad disponible</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Un número entero.</translation>
    </message>
    <message>
        <source>Stock status</source>
        <translation>Estado del inventario</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>The mapping names &quot;%1&quot;, which is not a Tidings field.</source>
        <translation>La asignación de campos indica «%1», que no es un campo de Tidings.</translation>
    </message>
    <message>
        <source>%1: the path must be text, like &quot;order.id&quot; or &quot;/order/id&quot;.</source>
        <translation>%1: la ruta debe ser texto, como &quot;order.id&quot; o &quot;/order/id&quot;.</translation>
    </message>
    <message>
        <source>Status map: &quot;%1&quot; is to mean &quot;%2&quot;, which is not one of Tidings&apos; %3.</source>
        <translation>Mapa de estados: «%1» debería significar «%2», que no es uno de los %3 de Tidings.</translation>
    </message>
    <message>
        <source>order, shipment or stock statuses</source>
        <translation>estados de pedido, envío o inventario</translation>
    </message>
    <message>
        <source>order statuses</source>
        <translation>estados de pedido</translation>
    </message>
    <message>
        <source>shipment statuses</source>
        <translation>estados de envío</translation>
    </message>
    <message>
        <source>stock statuses</source>
        <translation>estados de inventario</translation>
    </message>
    <message>
        <source>The sample is empty. Paste what the sender posts.</source>
        <translation>La muestra está vacía. Pega lo que envía el remitente.</translation>
    </message>
    <message>
        <source>The request has an empty body.</source>
        <translation>La solicitud tiene el cuerpo vacío.</translation>
    </message>
    <message>
        <source>The sample is form data that is not valid UTF-8 text.</source>
        <translation>La muestra son datos de formulario que no son texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>The request is form data that is not valid UTF-8 text.</source>
        <translation>La solicitud son datos de formulario que no son texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>The sample is not valid JSON: %1 (at character %2).</source>
        <translation>La muestra no es un JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 (at character %2).</source>
        <translation>El cuerpo de la solicitud no es un JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>The sample is an empty list, so it holds no events.</source>
        <translation>La muestra es una lista vacía, así que no contiene ningún evento.</translation>
    </message>
    <message>
        <source>The request is an empty list, so it holds no events.</source>
        <translation>La solicitud es una lista vacía, así que no contiene ningún evento.</translation>
    </message>
    <message>
        <source>Entry %1 of the list is not a JSON object.</source>
        <translation>La entrada %1 de la lista no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Entry %1: </source>
        <translation>Entrada %1: </translation>
    </message>
    <message>
        <source>%1: no path is set in the mapping.</source>
        <translation>%1: no hay ninguna ruta configurada en la asignación de campos.</translation>
    </message>
    <message>
        <source>%1: %2 is missing in the sample.</source>
        <translation>%1: falta %2 en la muestra.</translation>
    </message>
    <message>
        <source>%1: %2 is missing in the request.</source>
        <translation>%1: falta %2 en la solicitud.</translation>
    </message>
    <message>
        <source>%1: %2 holds a list or an object, not a single value.</source>
        <translation>%1: %2 contiene una lista o un objeto, no un solo valor.</translation>
    </message>
    <message>
        <source>%1: %2 is empty in the sample.</source>
        <translation>%1: %2 está vacío en la muestra.</translation>
    </message>
    <message>
        <source>%1: %2 is empty in the request.</source>
        <translation>%1: %2 está vacío en la solicitud.</translation>
    </message>
    <message>
        <source>Not in the sample, left empty: %1.</source>
        <translation>No está en la muestra, se deja vacío: %1.</translation>
    </message>
    <message>
        <source>Not in the request, left empty: %1.</source>
        <translation>No está en la solicitud, se deja vacío: %1.</translation>
    </message>
    <message>
        <source>occurredAt: &quot;%1&quot; is not a time Tidings can read; the time of arrival is used instead.</source>
        <translation>occurredAt: «%1» no es una hora que Tidings pueda leer; se usa en su lugar la hora de llegada.</translation>
    </message>
    <message>
        <source>available: &quot;%1&quot; is not a whole number; it is left empty.</source>
        <translation>available: «%1» no es un número entero; se deja vacío.</translation>
    </message>
    <message>
        <source>stockStatus: &quot;%1&quot; is not in the status map, so the stock status counts as unknown.</source>
        <translation>stockStatus: «%1» no está en el mapa de estados, así que el estado del inventario se considera desconocido.</translation>
    </message>
    <message>
        <source>orderStatus: &quot;%1&quot; is not in the status map, so the order&apos;s status counts as unknown. Add it to the status map.</source>
        <translation>orderStatus: «%1» no está en el mapa de estados, así que el estado del pedido se considera desconocido. Añádelo al mapa de estados.</translation>
    </message>
    <message>
        <source>shipmentStatus: &quot;%1&quot; is not in the status map, so the shipment&apos;s status counts as unknown. Add it to the status map.</source>
        <translation>shipmentStatus: «%1» no está en el mapa de estados, así que el estado del envío se considera desconocido. Añádelo al mapa de estados.</translation>
    </message>
    <message>
        <source>trackingUrl: &quot;%1&quot; is not an http or https address; it is left out.</source>
        <translation>trackingUrl: «%1» no es una dirección http o https; se omite.</translation>
    </message>
    <message>
        <source>lineItems: %1 is not a list; the items are left out.</source>
        <translation>lineItems: %1 no es una lista; se omiten los artículos.</translation>
    </message>
    <message>
        <source>Not in every item, left empty: %1.</source>
        <translation>No está en todos los artículos, se deja vacío: %1.</translation>
    </message>
    <message>
        <source>A back-in-stock request needs the product&apos;s SKU (sku or productId).</source>
        <translation>Una petición de aviso de disponibilidad necesita el SKU del producto (sku o productId).</translation>
    </message>
    <message>
        <source>A back-in-stock request needs the customer&apos;s email address (customerEmail); &quot;%1&quot; is none.</source>
        <translation>Una petición de aviso de disponibilidad necesita el correo electrónico del cliente (customerEmail); «%1» no lo es.</translation>
    </message>
</context>
<context>
    <name>Tidings::GmailChannel</name>
    <message>
        <source>Gmail / Google Workspace</source>
        <translation>Gmail / Google Workspace</translation>
    </message>
    <message>
        <source>Email from your Gmail or Google Workspace address through the Gmail API.</source>
        <translation>Correo electrónico desde tu dirección de Gmail o Google Workspace a través de la API de Gmail.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>Filled in by &quot;Sign in with Google&quot;. Or paste a refresh token of the Gmail account for this OAuth client, with the scope gmail.send (&quot;Send email on your behalf&quot;).</source>
        <translation>Se rellena con «Iniciar sesión con Google». O pega un token de actualización de la cuenta de Gmail para este cliente OAuth, con el permiso gmail.send («Enviar correo electrónico en tu nombre»).</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto del cliente</translation>
    </message>
    <message>
        <source>Google Cloud console → APIs &amp; Services → Credentials → your OAuth client (type Desktop app) → Client secret.</source>
        <translation>Consola de Google Cloud → APIs y servicios → Credenciales → tu cliente OAuth (tipo App de escritorio) → Secreto del cliente.</translation>
    </message>
    <message>
        <source>Gmail address</source>
        <translation>Dirección de Gmail</translation>
    </message>
    <message>
        <source>The address you sign in with, or one of its &quot;Send mail as&quot; aliases.</source>
        <translation>La dirección con la que inicias sesión, o uno de sus alias de «Enviar como».</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>The name customers see, e.g. your shop&apos;s name.</source>
        <translation>El nombre que ven los clientes, p. ej., el nombre de tu tienda.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Dirección de respuesta</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the Gmail address.</source>
        <translation>Adonde van las respuestas de los clientes, si no es a la dirección de Gmail.</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID de cliente de OAuth</translation>
    </message>
    <message>
        <source>Google Cloud console → APIs &amp; Services → Credentials → your OAuth client → Client ID.</source>
        <translation>Consola de Google Cloud → APIs y servicios → Credenciales → tu cliente OAuth → ID de cliente.</translation>
    </message>
    <message>
        <source>Gmail API address</source>
        <translation>Dirección de la API de Gmail</translation>
    </message>
    <message>
        <source>https://gmail.googleapis.com; change only for testing.</source>
        <translation>https://gmail.googleapis.com; cámbiala solo para hacer pruebas.</translation>
    </message>
    <message>
        <source>Google token address</source>
        <translation>Dirección de tokens de Google</translation>
    </message>
    <message>
        <source>https://oauth2.googleapis.com/token; change only for testing.</source>
        <translation>https://oauth2.googleapis.com/token; cámbiala solo para hacer pruebas.</translation>
    </message>
    <message>
        <source>Google sign-in page</source>
        <translation>Página de inicio de sesión de Google</translation>
    </message>
    <message>
        <source>https://accounts.google.com/o/oauth2/v2/auth; change only for testing.</source>
        <translation>https://accounts.google.com/o/oauth2/v2/auth; cámbiala solo para hacer pruebas.</translation>
    </message>
    <message>
        <source>In the Google Cloud console, create a project (or pick one) and enable the Gmail API.</source>
        <translation>En la consola de Google Cloud, crea un proyecto (o elige uno) y habilita la API de Gmail.</translation>
    </message>
    <message>
        <source>Under Google Auth Platform → Branding/Audience, set up the consent screen. While its publishing status is &quot;Testing&quot;, Google ends the sign-in after 7 days: publish it (or use a Workspace &quot;Internal&quot; app) to stay signed in.</source>
        <translation>En Google Auth Platform → Branding/Audience, configura la pantalla de consentimiento. Mientras su estado de publicación sea «Prueba», Google cierra la sesión al cabo de 7 días: publícala (o usa una aplicación «Interna» de Workspace) para mantener la sesión iniciada.</translation>
    </message>
    <message>
        <source>Under Credentials, create an OAuth client ID of type &quot;Desktop app&quot; and copy its client ID and secret here. A Desktop app client needs no redirect URI: Google lets it come back to this computer on any port.</source>
        <translation>En Credenciales, crea un ID de cliente de OAuth de tipo «App de escritorio» y copia aquí su ID de cliente y su secreto. Un cliente de App de escritorio no necesita URI de redireccionamiento: Google le permite volver a este equipo por cualquier puerto.</translation>
    </message>
    <message>
        <source>Click &quot;Sign in with Google&quot; and sign in with the Gmail account the notifications should come from, allowing &quot;Send email on your behalf&quot; (or paste a refresh token you got another way). Gmail&apos;s own limits apply: about 500 messages a day for a Gmail account, 2,000 for Google Workspace.</source>
        <translation>Haz clic en «Iniciar sesión con Google» e inicia sesión con la cuenta de Gmail desde la que deben salir las notificaciones, permitiendo «Enviar correo electrónico en tu nombre» (o pega un token de actualización que hayas obtenido de otra forma). Se aplican los límites propios de Gmail: unos 500 mensajes al día para una cuenta de Gmail y 2000 para Google Workspace.</translation>
    </message>
    <message>
        <source>%1 is not signed in to Google yet. Sign in again in Channels.</source>
        <translation>%1 todavía no tiene la sesión iniciada en Google. Vuelve a iniciar sesión en Canales.</translation>
    </message>
    <message>
        <source>No OAuth client ID is set for %1. Add it in Channels.</source>
        <translation>No hay ningún ID de cliente de OAuth configurado para %1. Añádelo en Canales.</translation>
    </message>
    <message>
        <source>The OAuth client ID of %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>El ID de cliente de OAuth de %1 contiene espacios o saltos de línea. Vuelve a pegarlo en Canales.</translation>
    </message>
    <message>
        <source>No Gmail address is set for %1. Add it in Channels.</source>
        <translation>No hay ninguna dirección de Gmail configurada para %1. Añádela en Canales.</translation>
    </message>
    <message>
        <source>Gmail is limiting how fast this account may send. Tidings will try again when Gmail allows it.</source>
        <translation>Gmail está limitando la velocidad de envío de esta cuenta. Tidings lo volverá a intentar cuando Gmail lo permita.</translation>
    </message>
    <message>
        <source>The Google Cloud project has used up its Gmail API quota for today. Tidings will try again later; a higher quota can be requested in the Google Cloud console.</source>
        <translation>El proyecto de Google Cloud ha agotado su cuota de la API de Gmail por hoy. Tidings lo volverá a intentar más tarde; puedes solicitar una cuota mayor en la consola de Google Cloud.</translation>
    </message>
    <message>
        <source>The Google Workspace administrator does not allow Tidings to use Gmail for this account. Ask them to allow the app in the Admin console (Security → API controls).</source>
        <translation>El administrador de Google Workspace no permite que Tidings use Gmail con esta cuenta. Pídele que permita la aplicación en la Consola de administración (Seguridad → Controles de API).</translation>
    </message>
    <message>
        <source>Google does not allow Tidings to send from this account (the permission to send email was not given). Sign in again in Channels and allow &quot;Send email on your behalf&quot;.</source>
        <translation>Google no permite que Tidings envíe desde esta cuenta (no se concedió el permiso para enviar correo electrónico). Vuelve a iniciar sesión en Canales y permite «Enviar correo electrónico en tu nombre».</translation>
    </message>
    <message>
        <source>Gmail had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Gmail tuvo un problema temporal (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Gmail took too long to read the message. Tidings will try again.</source>
        <translation>Gmail tardó demasiado en leer el mensaje. Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Gmail rejected the message.</source>
        <translation>Gmail rechazó el mensaje.</translation>
    </message>
    <message>
        <source>Gmail rejected the message: %1</source>
        <translation>Gmail rechazó el mensaje: %1</translation>
    </message>
    <message>
        <source>Google refused Tidings&apos; sign-in for this account. Sign in again in Channels.</source>
        <translation>Google rechazó el inicio de sesión de Tidings en esta cuenta. Vuelve a iniciar sesión en Canales.</translation>
    </message>
    <message>
        <source>Gmail did not recognise the request (HTTP 404). Check the Gmail API address in Channels.</source>
        <translation>Gmail no reconoció la solicitud (HTTP 404). Comprueba la dirección de la API de Gmail en Canales.</translation>
    </message>
    <message>
        <source>The message is too large for Gmail (35 MB at most). Make the email smaller.</source>
        <translation>El mensaje es demasiado grande para Gmail (35 MB como máximo). Reduce el tamaño del correo.</translation>
    </message>
    <message>
        <source>Gmail answered with a redirect (HTTP %1). Check the Gmail API address in Channels.</source>
        <translation>Gmail respondió con una redirección (HTTP %1). Comprueba la dirección de la API de Gmail en Canales.</translation>
    </message>
    <message>
        <source>Gmail refused the message (HTTP %1).</source>
        <translation>Gmail rechazó el mensaje (HTTP %1).</translation>
    </message>
    <message>
        <source>Gmail refused the message (HTTP %1): %2</source>
        <translation>Gmail rechazó el mensaje (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Tidings::GoogleSheetsPoller</name>
    <message>
        <source>Google Sheets</source>
        <translation>Google Sheets</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Fill this OR the two Google sign-in fields below. Only for a sheet shared as &quot;Anyone with the link can view&quot;; Google Cloud console → APIs &amp; Services → Credentials.</source>
        <translation>Rellena esto O los dos campos de inicio de sesión de Google de abajo. Solo para una hoja compartida como «Cualquier persona que tenga el enlace puede ver»; Consola de Google Cloud → APIs y servicios → Credenciales.</translation>
    </message>
    <message>
        <source>Refresh token (Google sign-in)</source>
        <translation>Token de actualización (inicio de sesión de Google)</translation>
    </message>
    <message>
        <source>For a private sheet, instead of an API key: filled in when you click &quot;Sign in with Google&quot; and sign in with a Google account that can view the sheet (Tidings asks only to read spreadsheets). You can also paste one made with the scope spreadsheets.readonly.</source>
        <translation>Para una hoja privada, en lugar de una clave de API: se rellena al hacer clic en «Iniciar sesión con Google» e iniciar sesión con una cuenta de Google que pueda ver la hoja (Tidings solo pide leer hojas de cálculo). También puedes pegar uno creado con el permiso spreadsheets.readonly.</translation>
    </message>
    <message>
        <source>Client secret (Google sign-in)</source>
        <translation>Secreto del cliente (inicio de sesión de Google)</translation>
    </message>
    <message>
        <source>The secret of the OAuth client the refresh token was made with. Leave empty with an API key.</source>
        <translation>El secreto del cliente OAuth con el que se creó el token de actualización. Déjalo vacío si usas una clave de API.</translation>
    </message>
    <message>
        <source>Google Sheets API address</source>
        <translation>Dirección de la API de Google Sheets</translation>
    </message>
    <message>
        <source>Leave empty for https://sheets.googleapis.com; change it only for a test server.</source>
        <translation>Déjalo vacío para usar https://sheets.googleapis.com; cámbialo solo para un servidor de pruebas.</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Hoja de cálculo</translation>
    </message>
    <message>
        <source>The sheet&apos;s address from the browser, or the id in it (the part after /d/).</source>
        <translation>La dirección de la hoja en el navegador, o el id que contiene (la parte que va después de /d/).</translation>
    </message>
    <message>
        <source>Tab and columns</source>
        <translation>Pestaña y columnas</translation>
    </message>
    <message>
        <source>Which cells to read, first row = the column names. Quote a tab name with spaces: &apos;Order log&apos;!A1:Z. Default: the first tab, columns A to Z. At most %1 rows are read.</source>
        <translation>Qué celdas leer; la primera fila = los nombres de columna. Pon entre comillas el nombre de una pestaña con espacios: &apos;Order log&apos;!A1:Z. Predeterminado: la primera pestaña, columnas A a Z. Se leen como máximo %1 filas.</translation>
    </message>
    <message>
        <source>Order ID column</source>
        <translation>Columna del ID de pedido</translation>
    </message>
    <message>
        <source>Order number column</source>
        <translation>Columna del número de pedido</translation>
    </message>
    <message>
        <source>Column with the number the customer sees (default &quot;Order Number&quot;, when the sheet has it).</source>
        <translation>Columna con el número que ve el cliente (predeterminado: «Order Number», si la hoja la tiene).</translation>
    </message>
    <message>
        <source>Status column</source>
        <translation>Columna del estado</translation>
    </message>
    <message>
        <source>Column with the order&apos;s status (default &quot;Status&quot;).</source>
        <translation>Columna con el estado del pedido (predeterminado: «Status»).</translation>
    </message>
    <message>
        <source>Email column</source>
        <translation>Columna del correo electrónico</translation>
    </message>
    <message>
        <source>Column with the customer&apos;s email address (default &quot;Email&quot;).</source>
        <translation>Columna con la dirección de correo electrónico del cliente (predeterminado: «Email»).</translation>
    </message>
    <message>
        <source>Customer name column</source>
        <translation>Columna del nombre del cliente</translation>
    </message>
    <message>
        <source>Column with the customer&apos;s name (default &quot;Customer&quot;).</source>
        <translation>Columna con el nombre del cliente (predeterminado: «Customer»).</translation>
    </message>
    <message>
        <source>Tracking number column</source>
        <translation>Columna del número de seguimiento</translation>
    </message>
    <message>
        <source>Column with the tracking number (default &quot;Tracking Number&quot;). A number appearing here is a new shipment.</source>
        <translation>Columna con el número de seguimiento (predeterminado: «Tracking Number»). Un número que aparece aquí es un envío nuevo.</translation>
    </message>
    <message>
        <source>Carrier column</source>
        <translation>Columna del transportista</translation>
    </message>
    <message>
        <source>Column with the carrier&apos;s name (default &quot;Carrier&quot;).</source>
        <translation>Columna con el nombre del transportista (predeterminado: «Carrier»).</translation>
    </message>
    <message>
        <source>Tracking link column</source>
        <translation>Columna del enlace de seguimiento</translation>
    </message>
    <message>
        <source>Column with the tracking page address (default &quot;Tracking URL&quot;).</source>
        <translation>Columna con la dirección de la página de seguimiento (predeterminado: «Tracking URL»).</translation>
    </message>
    <message>
        <source>Last changed column</source>
        <translation>Columna de última modificación</translation>
    </message>
    <message>
        <source>Optional: a column with the time each row was last changed (e.g. 2026-03-01 14:05:00). With it, every change of the row counts, not only status and tracking changes.</source>
        <translation>Opcional: una columna con la hora en que se modificó por última vez cada fila (p. ej., 2026-03-01 14:05:00). Con ella, cuenta cada cambio de la fila, no solo los cambios de estado y de seguimiento.</translation>
    </message>
    <message>
        <source>Your status words</source>
        <translation>Tus palabras de estado</translation>
    </message>
    <message>
        <source>A JSON object from the words in your status column to Tidings&apos; statuses, or &quot;ignore&quot;. &quot;New&quot;, &quot;Processing&quot;, &quot;Dispatched&quot;, &quot;Sent&quot;, &quot;Done&quot;, &quot;Returned&quot;, &quot;On hold&quot; and Tidings&apos; own names are known already.</source>
        <translation>Un objeto JSON que asigna las palabras de tu columna de estado a los estados de Tidings, o a &quot;ignore&quot;. «New», «Processing», «Dispatched», «Sent», «Done», «Returned», «On hold» y los nombres propios de Tidings ya se conocen.</translation>
    </message>
    <message>
        <source>Client ID (Google sign-in)</source>
        <translation>ID de cliente (inicio de sesión de Google)</translation>
    </message>
    <message>
        <source>Only with a refresh token: the OAuth client&apos;s ID, ending in .apps.googleusercontent.com.</source>
        <translation>Solo con un token de actualización: el ID del cliente OAuth, que termina en .apps.googleusercontent.com.</translation>
    </message>
    <message>
        <source>Sign-in page address (Google sign-in)</source>
        <translation>Dirección de la página de inicio de sesión (inicio de sesión de Google)</translation>
    </message>
    <message>
        <source>Leave empty for https://accounts.google.com/o/oauth2/v2/auth.</source>
        <translation>Déjalo vacío para usar https://accounts.google.com/o/oauth2/v2/auth.</translation>
    </message>
    <message>
        <source>Token address (Google sign-in)</source>
        <translation>Dirección de tokens (inicio de sesión de Google)</translation>
    </message>
    <message>
        <source>Leave empty for https://oauth2.googleapis.com/token.</source>
        <translation>Déjalo vacío para usar https://oauth2.googleapis.com/token.</translation>
    </message>
    <message>
        <source>In the Google Cloud console (console.cloud.google.com), pick or create a project and enable the &quot;Google Sheets API&quot; under APIs &amp; Services → Library.</source>
        <translation>En la consola de Google Cloud (console.cloud.google.com), elige o crea un proyecto y habilita «Google Sheets API» en APIs y servicios → Biblioteca.</translation>
    </message>
    <message>
        <source>Shared sheet: under APIs &amp; Services → Credentials, &quot;Create credentials&quot; → &quot;API key&quot;, restrict it to the Google Sheets API, and paste it here. In the sheet, Share → General access → &quot;Anyone with the link&quot; → Viewer.</source>
        <translation>Hoja compartida: en APIs y servicios → Credenciales, «Crear credenciales» → «Clave de API», restríngela a la API de Google Sheets y pégala aquí. En la hoja, Compartir → Acceso general → «Cualquier persona que tenga el enlace» → Lector.</translation>
    </message>
    <message>
        <source>Private sheet instead: under Credentials create an &quot;OAuth client ID&quot; of type &quot;Desktop app&quot; and publish the consent screen (&quot;In production&quot;; in &quot;Testing&quot; Google ends the sign-in after 7 days). Enter its client ID in the settings, paste its client secret here, and click &quot;Sign in with Google&quot;: sign in with an account that can view the sheet and allow Tidings to see your spreadsheets.</source>
        <translation>Si la hoja es privada: en Credenciales, crea un «ID de cliente de OAuth» de tipo «App de escritorio» y publica la pantalla de consentimiento («En producción»; en «Prueba», Google cierra la sesión al cabo de 7 días). Escribe su ID de cliente en los ajustes, pega aquí su secreto del cliente y haz clic en «Iniciar sesión con Google»: inicia sesión con una cuenta que pueda ver la hoja y permite que Tidings vea tus hojas de cálculo.</translation>
    </message>
    <message>
        <source>Make sure the first row of the range holds the column names, and enter the names you use for the order id, status, email and tracking columns.</source>
        <translation>Asegúrate de que la primera fila del intervalo contenga los nombres de columna y escribe los nombres que usas para las columnas del id del pedido, el estado, el correo electrónico y el seguimiento.</translation>
    </message>
    <message>
        <source>Google Sheets answered with something that is not the sheet&apos;s cells. Tidings will ask again.</source>
        <translation>Google Sheets respondió con algo que no son las celdas de la hoja. Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>The sheet of &quot;%1&quot; has %2 rows; Tidings reads at most %3 on each check. Narrow the range in the source&apos;s settings, or move finished orders to another tab.</source>
        <translation>La hoja de «%1» tiene %2 filas; Tidings lee como máximo %3 en cada comprobación. Reduce el intervalo en los ajustes del origen o mueve los pedidos terminados a otra pestaña.</translation>
    </message>
    <message>
        <source>The first row of the sheet of &quot;%1&quot; has no column &quot;%2&quot;. Check that the column name is spelled the same in the sheet and in the source&apos;s settings, and that the range starts at the row with the column names.</source>
        <translation>La primera fila de la hoja de «%1» no tiene ninguna columna «%2». Comprueba que el nombre de la columna esté escrito igual en la hoja y en los ajustes del origen, y que el intervalo empiece en la fila con los nombres de columna.</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Google refused the API key of &quot;%1&quot;. Check the key in Connections, or make a new one.</source>
        <translation>Google rechazó la clave de API de «%1». Comprueba la clave en Conexiones o crea una nueva.</translation>
    </message>
    <message>
        <source>Google Sheets could not read the range &quot;%1&quot; of &quot;%2&quot;. Check the tab name and the columns in the source&apos;s settings.</source>
        <translation>Google Sheets no pudo leer el intervalo «%1» de «%2». Comprueba el nombre de la pestaña y las columnas en los ajustes del origen.</translation>
    </message>
    <message>
        <source>Google does not let the API key of &quot;%1&quot; read the sheet. Share the sheet as &quot;Anyone with the link can view&quot;, and check that the Google Sheets API is enabled for the key&apos;s project, or sign in with Google instead.</source>
        <translation>Google no permite que la clave de API de «%1» lea la hoja. Comparte la hoja como «Cualquier persona que tenga el enlace puede ver» y comprueba que la API de Google Sheets esté habilitada en el proyecto de la clave, o inicia sesión con Google en su lugar.</translation>
    </message>
    <message>
        <source>The Google account of &quot;%1&quot; may not read this sheet, or the Google Sheets API is not enabled for its project. Share the sheet with that account, or connect again.</source>
        <translation>Puede que la cuenta de Google de «%1» no tenga permiso para leer esta hoja, o que la API de Google Sheets no esté habilitada en su proyecto. Comparte la hoja con esa cuenta o vuelve a conectarla.</translation>
    </message>
    <message>
        <source>Google has no spreadsheet &quot;%1&quot; for &quot;%2&quot;. Check the spreadsheet address in the source&apos;s settings.</source>
        <translation>Google no tiene ninguna hoja de cálculo «%1» para «%2». Comprueba la dirección de la hoja de cálculo en los ajustes del origen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which spreadsheet to read. Paste the sheet&apos;s address into its settings in Connections.</source>
        <translation>«%1» no indica qué hoja de cálculo se debe leer. Pega la dirección de la hoja en sus ajustes, en Conexiones.</translation>
    </message>
    <message>
        <source>Neither an API key nor a Google sign-in is saved for &quot;%1&quot;, so its sheet cannot be read. Add one in Connections.</source>
        <translation>No hay ninguna clave de API ni ningún inicio de sesión de Google guardado para «%1», así que su hoja no se puede leer. Añade uno de los dos en Conexiones.</translation>
    </message>
    <message>
        <source>Orders kept in a spreadsheet, one row per order: new rows, status changes and tracking numbers, read every few minutes. Also stock levels, one row per product.</source>
        <translation>Pedidos guardados en una hoja de cálculo, una fila por pedido: filas nuevas, cambios de estado y números de seguimiento, leídos cada pocos minutos. También niveles de inventario, una fila por producto.</translation>
    </message>
    <message>
        <source>The name in the first row of the column that holds each order&apos;s id (default &quot;Order ID&quot;). Rows without an id are skipped, unless they hold a product&apos;s stock. A stock sheet needs no such column.</source>
        <translation>El nombre, en la primera fila, de la columna que contiene el id de cada pedido (predeterminado: «Order ID»). Las filas sin id se omiten, salvo que contengan el inventario de un producto. Una hoja de inventario no necesita esta columna.</translation>
    </message>
    <message>
        <source>SKU column (stock)</source>
        <translation>Columna de SKU (inventario)</translation>
    </message>
    <message>
        <source>For stock levels: the column with each product&apos;s SKU (default &quot;SKU&quot; or &quot;Product SKU&quot;). A row with a SKU and a stock quantity or stock status but no order id is read as the product&apos;s stock.</source>
        <translation>Para los niveles de inventario: la columna con el SKU de cada producto (predeterminado: «SKU» o «Product SKU»). Una fila con SKU y una cantidad o un estado de inventario, pero sin id de pedido, se lee como el inventario del producto.</translation>
    </message>
    <message>
        <source>Stock quantity column</source>
        <translation>Columna de cantidad en inventario</translation>
    </message>
    <message>
        <source>Column with how many are in stock (default &quot;Stock&quot;, &quot;Quantity&quot;, &quot;Qty&quot;, &quot;Available&quot; or &quot;On hand&quot;; in a sheet that also has order ids, &quot;Quantity&quot; and &quot;Qty&quot; count only when named here). Decimals are rounded down.</source>
        <translation>Columna con cuántas unidades hay (predeterminado: «Stock», «Quantity», «Qty», «Available» u «On hand»; en una hoja que también tiene ids de pedido, «Quantity» y «Qty» solo cuentan si se nombran aquí). Los decimales se redondean hacia abajo.</translation>
    </message>
    <message>
        <source>Stock status column</source>
        <translation>Columna de estado del inventario</translation>
    </message>
    <message>
        <source>Column with words like &quot;In stock&quot;, &quot;Low&quot;, &quot;Out of stock&quot;, &quot;Sold out&quot; or &quot;Backorder&quot; (default &quot;Stock status&quot; or &quot;Availability&quot;). Not needed when the sheet has a quantity.</source>
        <translation>Columna con palabras como «In stock», «Low», «Out of stock», «Sold out» o «Backorder» (predeterminado: «Stock status» o «Availability»). No hace falta si la hoja tiene una cantidad.</translation>
    </message>
    <message>
        <source>Product name column (stock)</source>
        <translation>Columna del nombre del producto (inventario)</translation>
    </message>
    <message>
        <source>Column with the product&apos;s name, shown in stock messages (default &quot;Product&quot;, &quot;Product name&quot; or &quot;Item&quot;).</source>
        <translation>Columna con el nombre del producto, que aparece en los mensajes de inventario (predeterminado: «Product», «Product name» o «Item»).</translation>
    </message>
    <message>
        <source>Warehouse column (stock)</source>
        <translation>Columna de almacén (inventario)</translation>
    </message>
    <message>
        <source>Column naming the warehouse or location, when the stock is kept in several (default &quot;Location&quot; or &quot;Warehouse&quot;).</source>
        <translation>Columna con el almacén o la ubicación, cuando el inventario está en varios (predeterminado: «Location» o «Warehouse»).</translation>
    </message>
</context>
<context>
    <name>Tidings::GraphChannel</name>
    <message>
        <source>Microsoft 365 / Outlook (Graph)</source>
        <translation>Microsoft 365 / Outlook (Graph)</translation>
    </message>
    <message>
        <source>Email from your Microsoft 365 or Outlook.com mailbox through Microsoft Graph.</source>
        <translation>Correo electrónico desde tu buzón de Microsoft 365 o Outlook.com a través de Microsoft Graph.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>Filled in by &quot;Sign in with Microsoft&quot;. Or paste a refresh token of the mailbox for this app registration, with Mail.Send and offline_access.</source>
        <translation>Se rellena con «Iniciar sesión con Microsoft». O pega un token de actualización del buzón para este registro de aplicación, con Mail.Send y offline_access.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto del cliente</translation>
    </message>
    <message>
        <source>Only for an app registered as a web app: Entra admin center → App registrations → your app → Certificates &amp; secrets. Desktop (public client) registrations have none.</source>
        <translation>Solo para una aplicación registrada como aplicación web: Centro de administración de Microsoft Entra → Registros de aplicaciones → tu aplicación → Certificados y secretos. Los registros de escritorio (cliente público) no tienen.</translation>
    </message>
    <message>
        <source>Graph address</source>
        <translation>Dirección de Graph</translation>
    </message>
    <message>
        <source>https://graph.microsoft.com; national clouds have their own (e.g. https://graph.microsoft.us).</source>
        <translation>https://graph.microsoft.com; las nubes nacionales tienen la suya (p. ej., https://graph.microsoft.us).</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <source>Entra admin center → App registrations → your app → Overview → Application (client) ID.</source>
        <translation>Centro de administración de Microsoft Entra → Registros de aplicaciones → tu aplicación → Información general → Id. de aplicación (cliente).</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>common (work, school and personal accounts), organizations, consumers, or your tenant&apos;s ID or domain.</source>
        <translation>common (cuentas profesionales, educativas y personales), organizations, consumers, o el id o dominio de tu inquilino.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>https://login.microsoftonline.com; national clouds have their own.</source>
        <translation>https://login.microsoftonline.com; las nubes nacionales tienen la suya.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Dirección de respuesta</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the mailbox itself.</source>
        <translation>Adonde van las respuestas de los clientes, si no es al propio buzón.</translation>
    </message>
    <message>
        <source>Keep a copy in Sent Items</source>
        <translation>Guardar una copia en Elementos enviados</translation>
    </message>
    <message>
        <source>true (default): each notification also appears in the mailbox&apos;s Sent Items; false: it does not.</source>
        <translation>true (predeterminado): cada notificación aparece también en los Elementos enviados del buzón; false: no aparece.</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, open App registrations → New registration. Allow the account types you sign in with and add the redirect URI http://127.0.0.1 under &quot;Mobile and desktop applications&quot; (not &quot;Web&quot;; Microsoft accepts any port for it, and Tidings picks a free one).</source>
        <translation>En el Centro de administración de Microsoft Entra, abre Registros de aplicaciones → Nuevo registro. Permite los tipos de cuenta con los que inicias sesión y añade el URI de redireccionamiento http://127.0.0.1 en «Aplicaciones móviles y de escritorio» (no en «Web»; Microsoft acepta cualquier puerto y Tidings elige uno libre).</translation>
    </message>
    <message>
        <source>Under API permissions, add Microsoft Graph → Delegated → Mail.Send and offline_access (an administrator may have to grant consent).</source>
        <translation>En Permisos de API, añade Microsoft Graph → Delegados → Mail.Send y offline_access (puede que un administrador tenga que dar su consentimiento).</translation>
    </message>
    <message>
        <source>Copy the Application (client) ID here, then click &quot;Sign in with Microsoft&quot; and sign in with the mailbox the notifications should come from (or paste a refresh token you got another way).</source>
        <translation>Copia aquí el Id. de aplicación (cliente), luego haz clic en «Iniciar sesión con Microsoft» e inicia sesión con el buzón desde el que deben salir las notificaciones (o pega un token de actualización que hayas obtenido de otra forma).</translation>
    </message>
    <message>
        <source>The mailbox must be an Exchange Online mailbox (Microsoft 365 or Outlook.com); Microsoft&apos;s own sending limits apply (about 30 messages a minute and 10,000 recipients a day).</source>
        <translation>El buzón debe ser un buzón de Exchange Online (Microsoft 365 u Outlook.com); se aplican los límites de envío propios de Microsoft (unos 30 mensajes por minuto y 10 000 destinatarios al día).</translation>
    </message>
    <message>
        <source>%1 is not signed in to Microsoft yet. Sign in again in Channels.</source>
        <translation>%1 todavía no tiene la sesión iniciada en Microsoft. Vuelve a iniciar sesión en Canales.</translation>
    </message>
    <message>
        <source>No application (client) ID is set for %1. Add it in Channels.</source>
        <translation>No hay ningún Id. de aplicación (cliente) configurado para %1. Añádelo en Canales.</translation>
    </message>
    <message>
        <source>The client ID or tenant of %1 contains characters Microsoft never uses. Correct it in Channels.</source>
        <translation>El ID de cliente o el inquilino de %1 contiene caracteres que Microsoft nunca usa. Corrígelo en Canales.</translation>
    </message>
    <message>
        <source>The Microsoft account has no Exchange Online mailbox Graph can send from. Sign in with a Microsoft 365 or Outlook.com mailbox.</source>
        <translation>La cuenta de Microsoft no tiene ningún buzón de Exchange Online desde el que Graph pueda enviar. Inicia sesión con un buzón de Microsoft 365 o de Outlook.com.</translation>
    </message>
    <message>
        <source>The sending mailbox is full. Free up space in it (Sent Items, Deleted Items), or turn off &quot;Keep a copy in Sent Items&quot;.</source>
        <translation>El buzón de envío está lleno. Libera espacio en él (Elementos enviados, Elementos eliminados) o desactiva «Guardar una copia en Elementos enviados».</translation>
    </message>
    <message>
        <source>Microsoft does not let this account send as that sender. Check the mailbox&apos;s send-as permissions.</source>
        <translation>Microsoft no permite que esta cuenta envíe como ese remitente. Comprueba los permisos de «Enviar como» del buzón.</translation>
    </message>
    <message>
        <source>Microsoft is limiting how fast this mailbox may send. Tidings will try again when Microsoft allows it.</source>
        <translation>Microsoft está limitando la velocidad de envío de este buzón. Tidings lo volverá a intentar cuando Microsoft lo permita.</translation>
    </message>
    <message>
        <source>Microsoft Graph had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Microsoft Graph tuvo un problema temporal (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Microsoft Graph took too long to read the message. Tidings will try again.</source>
        <translation>Microsoft Graph tardó demasiado en leer el mensaje. Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Microsoft refused the recipient address: %1</source>
        <translation>Microsoft rechazó la dirección del destinatario: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the message.</source>
        <translation>Microsoft Graph rechazó el mensaje.</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the message: %1</source>
        <translation>Microsoft Graph rechazó el mensaje: %1</translation>
    </message>
    <message>
        <source>Microsoft refused Tidings&apos; sign-in for this mailbox. Sign in again in Channels.</source>
        <translation>Microsoft rechazó el inicio de sesión de Tidings en este buzón. Vuelve a iniciar sesión en Canales.</translation>
    </message>
    <message>
        <source>Microsoft does not allow this account to send mail through Tidings (Mail.Send permission missing or blocked by an administrator). Check the app&apos;s permissions and sign in again.</source>
        <translation>Microsoft no permite que esta cuenta envíe correo a través de Tidings (falta el permiso Mail.Send o un administrador lo ha bloqueado). Comprueba los permisos de la aplicación y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not find the mailbox or address (HTTP 404). Check the Graph address in Channels and that the account has a mailbox.</source>
        <translation>Microsoft Graph no encontró el buzón o la dirección (HTTP 404). Comprueba la dirección de Graph en Canales y que la cuenta tenga un buzón.</translation>
    </message>
    <message>
        <source>The message is too large for Microsoft Graph. Make the email smaller.</source>
        <translation>El mensaje es demasiado grande para Microsoft Graph. Reduce el tamaño del correo.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with a redirect (HTTP %1). Check the Graph address in Channels.</source>
        <translation>Microsoft Graph respondió con una redirección (HTTP %1). Comprueba la dirección de Graph en Canales.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the message (HTTP %1).</source>
        <translation>Microsoft Graph rechazó el mensaje (HTTP %1).</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the message (HTTP %1): %2</source>
        <translation>Microsoft Graph rechazó el mensaje (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Tidings::HttpChannel</name>
    <message>
        <source>%1 cannot be reached: the network is not ready.</source>
        <translation>No se puede conectar con %1: la red no está lista.</translation>
    </message>
    <message>
        <source>%1 gave no answer.</source>
        <translation>%1 no respondió.</translation>
    </message>
    <message>
        <source>Sending was stopped before %1 answered. %1 may or may not have taken the message.</source>
        <translation>El envío se detuvo antes de que %1 respondiera. Puede que %1 haya aceptado el mensaje o no.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The message may still have been sent; Tidings will try again.</source>
        <translation>%1 no respondió a tiempo. Puede que el mensaje se haya enviado de todos modos; Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Tidings could not find the %1 server (%2). Check the internet connection.</source>
        <translation>Tidings no encontró el servidor de %1 (%2). Comprueba la conexión a internet.</translation>
    </message>
    <message>
        <source>The %1 server (%2) refused the connection.</source>
        <translation>El servidor de %1 (%2) rechazó la conexión.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed. Check the computer&apos;s date and any proxy or security software that inspects HTTPS.</source>
        <translation>Falló la conexión segura con %1. Comprueba la fecha del equipo y cualquier proxy o software de seguridad que inspeccione el tráfico HTTPS.</translation>
    </message>
    <message>
        <source>Tidings could not reach %1. It will try again when the connection works.</source>
        <translation>Tidings no pudo conectar con %1. Lo volverá a intentar cuando la conexión funcione.</translation>
    </message>
</context>
<context>
    <name>Tidings::HubSpotAdapter</name>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Deal stage and order pipeline changes from your HubSpot app&apos;s webhooks.</source>
        <translation>Cambios de etapa de negocios y de pipeline de pedidos desde los webhooks de tu aplicación de HubSpot.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto del cliente</translation>
    </message>
    <message>
        <source>HubSpot shows it on your app&apos;s Auth tab (for a private app: Settings → Integrations → Private Apps → your app → Auth). Copy it here.</source>
        <translation>HubSpot lo muestra en la pestaña Auth de tu aplicación (en una aplicación privada: Settings → Integrations → Private Apps → tu aplicación → Auth). Cópialo aquí.</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>The address HubSpot calls, up to but not including /webhooks: your tunnel or relay. HubSpot signs the full address, so it must match exactly.</source>
        <translation>La dirección a la que llama HubSpot, hasta /webhooks sin incluirlo: tu túnel o relé. HubSpot firma la dirección completa, así que debe coincidir exactamente.</translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation>Mapa de etapas</translation>
    </message>
    <message>
        <source>Which pipeline stage means which order status, as JSON. Use HubSpot&apos;s stage ids (deal default pipeline: appointmentscheduled … closedwon, closedlost; custom stages are numbers). Stages not listed are recorded and notify nobody.</source>
        <translation>Qué etapa del pipeline corresponde a qué estado del pedido, en JSON. Usa los ids de etapa de HubSpot (pipeline predeterminado de negocios: appointmentscheduled … closedwon, closedlost; las etapas personalizadas son números). Las etapas que no aparecen se registran y no avisan a nadie.</translation>
    </message>
    <message>
        <source>In HubSpot, open the app Tidings listens to (Settings → Integrations → Private Apps, or your developer account&apos;s app) and go to its Webhooks tab.</source>
        <translation>En HubSpot, abre la aplicación que escucha Tidings (Settings → Integrations → Private Apps, o la aplicación de tu cuenta de desarrollador) y ve a su pestaña Webhooks.</translation>
    </message>
    <message>
        <source>Set the target URL to: %1</source>
        <translation>Pon la URL de destino en: %1</translation>
    </message>
    <message>
        <source>Create a subscription for Deal → Property changed → &quot;Deal stage&quot; (dealstage). For commerce orders, also Order → Property changed → &quot;Pipeline stage&quot; (hs_pipeline_stage). Activate them.</source>
        <translation>Crea una suscripción para Deal → Property changed → «Deal stage» (dealstage). Para los pedidos de comercio, también Order → Property changed → «Pipeline stage» (hs_pipeline_stage). Actívalas.</translation>
    </message>
    <message>
        <source>Copy the client secret from the app&apos;s Auth tab into Tidings, and enter the public part of the target URL (before /webhooks) as the public address.</source>
        <translation>Copia en Tidings el secreto del cliente de la pestaña Auth de la aplicación y escribe la parte pública de la URL de destino (antes de /webhooks) como dirección pública.</translation>
    </message>
    <message>
        <source>Fill in the stage map so Tidings knows which stage means paid, shipped or delivered.</source>
        <translation>Completa el mapa de etapas para que Tidings sepa qué etapa significa pagado, enviado o entregado.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s webhooks carry no customer email: Tidings records every stage change, but only emails customers of orders whose address it already knows.</source>
        <translation>Los webhooks de HubSpot no incluyen el correo electrónico del cliente: Tidings registra cada cambio de etapa, pero solo escribe a los clientes de los pedidos cuya dirección ya conoce.</translation>
    </message>
    <message>
        <source>A request reached the HubSpot webhook address without HubSpot&apos;s signature, so it was refused. Only HubSpot should send requests to this address.</source>
        <translation>Llegó una solicitud a la dirección del webhook de HubSpot sin la firma de HubSpot, así que se rechazó. Solo HubSpot debe enviar solicitudes a esta dirección.</translation>
    </message>
    <message>
        <source>A request reached the HubSpot webhook address with an unreadable time stamp, so it was refused.</source>
        <translation>Llegó una solicitud a la dirección del webhook de HubSpot con una marca de tiempo ilegible, así que se rechazó.</translation>
    </message>
    <message>
        <source>A HubSpot webhook was refused because its time stamp is more than five minutes away from this computer&apos;s clock. It may be a replayed request; if this keeps happening, check that the computer&apos;s date and time are set automatically.</source>
        <translation>Se rechazó un webhook de HubSpot porque su marca de tiempo se aleja más de cinco minutos del reloj de este equipo. Puede ser una solicitud repetida; si sigue pasando, comprueba que la fecha y la hora del equipo se ajusten automáticamente.</translation>
    </message>
    <message>
        <source>No HubSpot client secret is saved for %1, so its webhooks cannot be checked and were refused. Add the secret in Connections.</source>
        <translation>No hay ningún secreto del cliente de HubSpot guardado para %1, así que sus webhooks no se pueden verificar y se rechazaron. Añade el secreto en Conexiones.</translation>
    </message>
    <message>
        <source>HubSpot webhooks for %1 cannot be checked because its public address is not set. Enter the address HubSpot calls (before /webhooks) in Connections; HubSpot will send the webhooks again.</source>
        <translation>Los webhooks de HubSpot para %1 no se pueden verificar porque su dirección pública no está configurada. Escribe en Conexiones la dirección a la que llama HubSpot (antes de /webhooks); HubSpot volverá a enviar los webhooks.</translation>
    </message>
    <message>
        <source>A HubSpot webhook&apos;s signature does not match the client secret and public address saved for %1. Check both in Connections.</source>
        <translation>La firma de un webhook de HubSpot no coincide con el secreto del cliente y la dirección pública guardados para %1. Comprueba ambos en Conexiones.</translation>
    </message>
    <message>
        <source>HubSpot sent a webhook that is not a list of events, so it could not be read.</source>
        <translation>HubSpot envió un webhook que no es una lista de eventos, así que no se pudo leer.</translation>
    </message>
    <message>
        <source>HubSpot sent a webhook with an event Tidings cannot read, so it was refused.</source>
        <translation>HubSpot envió un webhook con un evento que Tidings no puede leer, así que se rechazó.</translation>
    </message>
</context>
<context>
    <name>Tidings::HubSpotChannel</name>
    <message>
        <source>HubSpot transactional email</source>
        <translation>Correo electrónico transaccional de HubSpot</translation>
    </message>
    <message>
        <source>Email through a HubSpot transactional email, filled with Tidings&apos; message and order details.</source>
        <translation>Correo electrónico a través de un correo transaccional de HubSpot, rellenado con el mensaje de Tidings y los detalles del pedido.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>HubSpot → Settings → Integrations → Private Apps → your app → Auth → Access token, with the transactional-email scope.</source>
        <translation>HubSpot → Settings → Integrations → Private Apps → tu aplicación → Auth → Access token, con el permiso de correo transaccional (transactional-email).</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>https://api.hubapi.com unless HubSpot told you otherwise.</source>
        <translation>https://api.hubapi.com, salvo que HubSpot te haya indicado otra.</translation>
    </message>
    <message>
        <source>Transactional email ID</source>
        <translation>ID del correo transaccional</translation>
    </message>
    <message>
        <source>The number of the transactional email in HubSpot (Marketing → Email, open it: the number in the address).</source>
        <translation>El número del correo transaccional en HubSpot (Marketing → Email; ábrelo: es el número que aparece en la dirección).</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Dirección de respuesta</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the email&apos;s sender.</source>
        <translation>Adonde van las respuestas de los clientes, si no es al remitente del correo.</translation>
    </message>
    <message>
        <source>Make sure your HubSpot account has the Transactional Email add-on.</source>
        <translation>Asegúrate de que tu cuenta de HubSpot tenga el complemento Transactional Email.</translation>
    </message>
    <message>
        <source>In Marketing → Email, create a transactional email whose subject and body use the custom properties {{ custom.subject }}, {{ custom.html }} (or {{ custom.text }}) and, if you like, {{ custom.order_number }} and {{ custom.tracking_url }}. Publish it and copy its ID.</source>
        <translation>En Marketing → Email, crea un correo transaccional cuyo asunto y cuerpo usen las propiedades personalizadas {{ custom.subject }}, {{ custom.html }} (o {{ custom.text }}) y, si quieres, {{ custom.order_number }} y {{ custom.tracking_url }}. Publícalo y copia su ID.</translation>
    </message>
    <message>
        <source>In Settings → Integrations → Private Apps, create an app with the transactional-email scope and copy its access token.</source>
        <translation>En Settings → Integrations → Private Apps, crea una aplicación con el permiso transactional-email y copia su token de acceso.</translation>
    </message>
    <message>
        <source>Paste the token and the email ID here.</source>
        <translation>Pega aquí el token y el ID del correo.</translation>
    </message>
    <message>
        <source>No access token is saved for %1.</source>
        <translation>No hay ningún token de acceso guardado para %1.</translation>
    </message>
    <message>
        <source>The access token saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>El token de acceso guardado para %1 contiene espacios o saltos de línea. Vuelve a pegarlo en Canales.</translation>
    </message>
    <message>
        <source>No transactional email ID is set for %1. Add the number of the HubSpot email in Channels.</source>
        <translation>No hay ningún ID de correo transaccional configurado para %1. Añade el número del correo de HubSpot en Canales.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>La notificación no tiene dirección de destinatario.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation>La dirección de respuesta de %1 no es una dirección de correo electrónico. Corrígela en Canales.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>El asunto contiene un salto de línea, que podría usarse para añadir encabezados de correo ocultos. Quita los saltos de línea del asunto de la plantilla.</translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation>El mensaje no tiene asunto.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation>El mensaje no tiene contenido de texto ni HTML.</translation>
    </message>
    <message>
        <source>the access token may send HubSpot transactional email (HubSpot checks the email ID %1 when the first message is sent).</source>
        <translation>el token de acceso puede enviar correo transaccional de HubSpot (HubSpot comprueba el ID de correo %1 al enviar el primer mensaje).</translation>
    </message>
    <message>
        <source>HubSpot answered the connection check in an unexpected way (HTTP %1). Check the server address in Channels.</source>
        <translation>HubSpot respondió a la comprobación de la conexión de forma inesperada (HTTP %1). Comprueba la dirección del servidor en Canales.</translation>
    </message>
    <message>
        <source>HubSpot did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation>HubSpot no reconoció la solicitud (HTTP %1). Comprueba la dirección del servidor en Canales.</translation>
    </message>
    <message>
        <source>HubSpot refused the connection check (HTTP %1).</source>
        <translation>HubSpot rechazó la comprobación de la conexión (HTTP %1).</translation>
    </message>
    <message>
        <source>HubSpot refused the connection check: %1</source>
        <translation>HubSpot rechazó la comprobación de la conexión: %1</translation>
    </message>
    <message>
        <source>HubSpot is limiting how fast this account may send. Tidings will try again when HubSpot allows it.</source>
        <translation>HubSpot está limitando la velocidad de envío de esta cuenta. Tidings lo volverá a intentar cuando HubSpot lo permita.</translation>
    </message>
    <message>
        <source>HubSpot had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>HubSpot tuvo un problema temporal (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>HubSpot refused the access token. Check the token in Channels.</source>
        <translation>HubSpot rechazó el token de acceso. Comprueba el token en Canales.</translation>
    </message>
    <message>
        <source>HubSpot does not allow this app to send transactional email. Give the private app the transactional-email scope (the account needs the Transactional Email add-on).</source>
        <translation>HubSpot no permite que esta aplicación envíe correo transaccional. Dale a la aplicación privada el permiso transactional-email (la cuenta necesita el complemento Transactional Email).</translation>
    </message>
    <message>
        <source>HubSpot did not find the transactional email or the address (HTTP 404). Check the email ID and the server address in Channels.</source>
        <translation>HubSpot no encontró el correo transaccional ni la dirección (HTTP 404). Comprueba el ID del correo y la dirección del servidor en Canales.</translation>
    </message>
    <message>
        <source>HubSpot refused the message (HTTP %1).</source>
        <translation>HubSpot rechazó el mensaje (HTTP %1).</translation>
    </message>
    <message>
        <source>HubSpot refused the message: %1</source>
        <translation>HubSpot rechazó el mensaje: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::HubSpotPoller</name>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>negocios</translation>
    </message>
    <message>
        <source>HubSpot answered with something that is not a list of records. Tidings will ask again.</source>
        <translation>HubSpot respondió con algo que no es una lista de registros. Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>HubSpot refused the key of this source. Check in HubSpot that the service key (Development → Keys → Service keys) or private app still exists, then copy its key again into Connections.</source>
        <translation>HubSpot rechazó la clave de este origen. Comprueba en HubSpot que la clave de servicio (Development → Keys → Service keys) o la aplicación privada todavía exista y vuelve a copiar su clave en Conexiones.</translation>
    </message>
    <message>
        <source>HubSpot does not let this source&apos;s key read %1 and their contacts. In HubSpot, add the scopes %2 to the service key (Development → Keys → Service keys) or private app, and save.</source>
        <translation>HubSpot no permite que la clave de este origen lea %1 ni sus contactos. En HubSpot, añade los permisos %2 a la clave de servicio (Development → Keys → Service keys) o a la aplicación privada, y guarda.</translation>
    </message>
    <message>
        <source>Deal stages and commerce orders (stage, tracking number, customer contact), read every few minutes.</source>
        <translation>Etapas de negocios y pedidos de comercio (etapa, número de seguimiento, contacto del cliente), leídos cada pocos minutos.</translation>
    </message>
    <message>
        <source>Service key</source>
        <translation>Clave de servicio</translation>
    </message>
    <message>
        <source>HubSpot shows it under Development → Keys → Service keys → your key → Show. An existing private app&apos;s access token (&quot;pat-…&quot;, Development → Legacy apps → your app → Auth) works too.</source>
        <translation>HubSpot la muestra en Development → Keys → Service keys → tu clave → Show. También sirve el token de acceso de una aplicación privada existente («pat-…», Development → Legacy apps → tu aplicación → Auth).</translation>
    </message>
    <message>
        <source>HubSpot API address</source>
        <translation>Dirección de la API de HubSpot</translation>
    </message>
    <message>
        <source>Leave empty: Tidings uses https://api.hubapi.com.</source>
        <translation>Déjalo vacío: Tidings usa https://api.hubapi.com.</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Qué leer</translation>
    </message>
    <message>
        <source>&quot;deals&quot; (deal stages), &quot;orders&quot; (HubSpot commerce orders, with tracking numbers) or &quot;both&quot;.</source>
        <translation>&quot;deals&quot; (etapas de negocios), &quot;orders&quot; (pedidos de comercio de HubSpot, con números de seguimiento) o &quot;both&quot; (ambos).</translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation>Mapa de etapas</translation>
    </message>
    <message>
        <source>Which pipeline stage means which order status, as JSON. Use HubSpot&apos;s stage ids (deal default pipeline: appointmentscheduled … closedwon, closedlost; custom stages are numbers). Stages not listed are recorded and notify nobody.</source>
        <translation>Qué etapa del pipeline corresponde a qué estado del pedido, en JSON. Usa los ids de etapa de HubSpot (pipeline predeterminado de negocios: appointmentscheduled … closedwon, closedlost; las etapas personalizadas son números). Las etapas que no aparecen se registran y no avisan a nadie.</translation>
    </message>
    <message>
        <source>In HubSpot, open Development → Keys → Service keys and click &quot;Create service key&quot;. Name it &quot;Tidings&quot;. (A private app you made before works too: use its access token.)</source>
        <translation>En HubSpot, abre Development → Keys → Service keys y haz clic en «Create service key». Llámala «Tidings». (También sirve una aplicación privada que hayas creado antes: usa su token de acceso).</translation>
    </message>
    <message>
        <source>Add the scopes crm.objects.deals.read (for deals), crm.objects.orders.read (for orders) and crm.objects.contacts.read (for the customers&apos; email addresses). Nothing needs write access.</source>
        <translation>Añade los permisos crm.objects.deals.read (para negocios), crm.objects.orders.read (para pedidos) y crm.objects.contacts.read (para las direcciones de correo de los clientes). Nada necesita acceso de escritura.</translation>
    </message>
    <message>
        <source>Click &quot;Create&quot;, open the key, click &quot;Show&quot; and paste the key here.</source>
        <translation>Haz clic en «Create», abre la clave, haz clic en «Show» y pega aquí la clave.</translation>
    </message>
    <message>
        <source>Choose what to read (deals, orders or both) and fill in the stage map, so Tidings knows which stage means paid, shipped or delivered. Stage ids are under Settings → Objects → Deals (or Orders) → Pipelines.</source>
        <translation>Elige qué leer (negocios, pedidos o ambos) y completa el mapa de etapas, para que Tidings sepa qué etapa significa pagado, enviado o entregado. Los ids de etapa están en Settings → Objects → Deals (u Orders) → Pipelines.</translation>
    </message>
    <message>
        <source>Tidings writes to the contact associated with each deal or order: associate the buyer&apos;s contact record, with an email address, to the deal or order.</source>
        <translation>Tidings escribe al contacto asociado a cada negocio o pedido: asocia al negocio o pedido el registro de contacto del comprador, con una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>No HubSpot access token is saved for &quot;%1&quot;, so its deals and orders cannot be read. Add the HubSpot service key in Connections.</source>
        <translation>No hay ningún token de acceso de HubSpot guardado para «%1», así que sus negocios y pedidos no se pueden leer. Añade la clave de servicio de HubSpot en Conexiones.</translation>
    </message>
    <message>
        <source>Tidings lost its place in HubSpot&apos;s list of changes and starts again.</source>
        <translation>Tidings perdió su posición en la lista de cambios de HubSpot y empieza de nuevo.</translation>
    </message>
</context>
<context>
    <name>Tidings::IngestWriter</name>
    <message>
        <source>Order: %1</source>
        <translation>Pedido: %1</translation>
    </message>
    <message>
        <source>Shipment: %1</source>
        <translation>Envío: %1</translation>
    </message>
    <message>
        <source>New order (%1)</source>
        <translation>Pedido nuevo (%1)</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pedido nuevo</translation>
    </message>
    <message>
        <source>Shipped (%1)</source>
        <translation>Enviado (%1)</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>artículo %1</translation>
    </message>
    <message numerus="yes">
        <source>Stock of %1: %n available</source>
        <translation>
            <numerusform>Inventario de %1: %n disponible</numerusform>
            <numerusform>Inventario de %1: %n disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock of %1: %2</source>
        <translation>Inventario de %1: %2</translation>
    </message>
    <message>
        <source>Tidings cannot prepare its database.</source>
        <translation>Tidings no puede preparar su base de datos.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Tidings could not save an incoming event.</source>
        <translation>Tidings no pudo guardar un evento entrante.</translation>
    </message>
    <message>
        <source>Duplicate delivery: already handled, nothing sent</source>
        <translation>Entrega duplicada: ya gestionada, no se envió nada</translation>
    </message>
    <message>
        <source>Names no order: recorded, nothing sent</source>
        <translation>No indica ningún pedido: registrado, no se envió nada</translation>
    </message>
    <message>
        <source>No order with tracking number %1 yet: recorded, nothing sent</source>
        <translation>Todavía no hay ningún pedido con el número de seguimiento %1: registrado, no se envió nada</translation>
    </message>
    <message>
        <source>Recorded; Tidings does not act on &quot;%1&quot;</source>
        <translation>Registrado; Tidings no hace nada con «%1»</translation>
    </message>
    <message>
        <source>Earlier order from the first poll: stored, nothing sent</source>
        <translation>Pedido anterior a la primera consulta: guardado, no se envió nada</translation>
    </message>
    <message>
        <source>Skipped: older than the status already known</source>
        <translation>Omitido: es anterior al estado ya conocido</translation>
    </message>
    <message>
        <source>Skipped: no new status</source>
        <translation>Omitido: no hay ningún estado nuevo</translation>
    </message>
    <message>
        <source>Skipped: %1 was already told of this (%2)</source>
        <translation>Omitido: ya se había avisado a %1 de esto (%2)</translation>
    </message>
    <message>
        <source>Shipment delayed: no news from the carrier</source>
        <translation>Envío retrasado: no hay noticias del transportista</translation>
    </message>
    <message>
        <source>Skipped: the carrier sent news after the check</source>
        <translation>Omitido: el transportista dio noticias después de la comprobación</translation>
    </message>
    <message>
        <source>Order held by a backorder</source>
        <translation>Pedido en espera de un artículo agotado</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Pocas existencias</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>Producto %1: %2</translation>
    </message>
    <message>
        <source>Skipped: older than the stock of %1 already known</source>
        <translation>Omitido: es anterior al inventario de %1 ya conocido</translation>
    </message>
    <message>
        <source>%1 waits for %2 to be back in stock</source>
        <translation>%1 espera a que %2 vuelva a estar disponible</translation>
    </message>
    <message numerus="yes">
        <source>%n of them already waited</source>
        <translation>
            <numerusform>%n ya esperaba</numerusform>
            <numerusform>%n ya esperaban</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::InventoryQueries</name>
    <message>
        <source>Tidings could not read the stock levels.</source>
        <translation>Tidings no pudo leer los niveles de inventario.</translation>
    </message>
    <message>
        <source>A low-stock threshold cannot be below zero.</source>
        <translation>Un umbral de pocas existencias no puede ser inferior a cero.</translation>
    </message>
    <message>
        <source>Tidings could not save the shop&apos;s low-stock threshold.</source>
        <translation>Tidings no pudo guardar el umbral de pocas existencias de la tienda.</translation>
    </message>
    <message>
        <source>Tidings knows no product %1.</source>
        <translation>Tidings no conoce ningún producto %1.</translation>
    </message>
    <message>
        <source>Tidings could not save the low-stock threshold of %1.</source>
        <translation>Tidings no pudo guardar el umbral de pocas existencias de %1.</translation>
    </message>
    <message>
        <source>Tidings could not save the waiting customers; none were added.</source>
        <translation>Tidings no pudo guardar los clientes en espera; no se añadió ninguno.</translation>
    </message>
</context>
<context>
    <name>Tidings::KeychainSecretStore</name>
    <message>
        <source>Tidings was not allowed to use the system keychain. Allow access when your desktop asks for it and try again.</source>
        <translation>Tidings no tiene permiso para usar el llavero del sistema. Permite el acceso cuando tu escritorio lo pida y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain on this computer cannot store Tidings&apos; passwords and keys.</source>
        <translation>El llavero del sistema de este equipo no puede guardar las contraseñas y claves de Tidings.</translation>
    </message>
    <message>
        <source>The system keychain did not let Tidings remove a saved password or key. Unlock the keychain and try again.</source>
        <translation>El llavero del sistema no permitió que Tidings eliminara una contraseña o clave guardada. Desbloquea el llavero y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No system keychain is running, and Tidings keeps its passwords and keys only there. Install GNOME Keyring (package gnome-keyring) or KWallet, log out and in again, and start Tidings again.</source>
        <translation>No hay ningún llavero del sistema en marcha, y Tidings solo guarda sus contraseñas y claves ahí. Instala GNOME Keyring (paquete gnome-keyring) o KWallet, cierra la sesión, vuelve a iniciarla y vuelve a abrir Tidings.</translation>
    </message>
    <message>
        <source>The system keychain is not available, and Tidings keeps its passwords and keys only there. Log in to your desktop and start Tidings again.</source>
        <translation>El llavero del sistema no está disponible, y Tidings solo guarda sus contraseñas y claves ahí. Inicia sesión en tu escritorio y vuelve a abrir Tidings.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it (for example by logging in to your desktop) and try again.</source>
        <translation>El llavero del sistema está bloqueado o no está disponible. Desbloquéalo (por ejemplo, iniciando sesión en tu escritorio) y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Tidings::KlaviyoChannel</name>
    <message>
        <source>Klaviyo</source>
        <translation>Klaviyo</translation>
    </message>
    <message>
        <source>Order and shipping events for Klaviyo flows, which send the emails and texts.</source>
        <translation>Eventos de pedidos y envíos para los flujos de Klaviyo, que son los que envían los correos y los SMS.</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>Clave de API privada</translation>
    </message>
    <message>
        <source>Klaviyo → Settings → API keys → Create Private API Key, with Events: Full Access. It starts with pk_.</source>
        <translation>Klaviyo → Settings → API keys → Create Private API Key, con Events: Full Access. Empieza por pk_.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>https://a.klaviyo.com unless Klaviyo told you otherwise.</source>
        <translation>https://a.klaviyo.com, salvo que Klaviyo te haya indicado otra.</translation>
    </message>
    <message>
        <source>Metric name prefix</source>
        <translation>Prefijo del nombre de la métrica</translation>
    </message>
    <message>
        <source>Put before the status to name the metric your flows start from, e.g. &quot;Tidings &quot; gives &quot;Tidings Shipped&quot;.</source>
        <translation>Se pone delante del estado para dar nombre a la métrica con la que empiezan tus flujos; p. ej., «Tidings » da «Tidings Shipped».</translation>
    </message>
    <message>
        <source>API revision</source>
        <translation>Revisión de la API</translation>
    </message>
    <message>
        <source>The dated Klaviyo API version to use. Leave it as it is.</source>
        <translation>La versión fechada de la API de Klaviyo que se usa. Déjala como está.</translation>
    </message>
    <message>
        <source>In Klaviyo, open Settings → API keys and create a Private API key with Events set to Full Access.</source>
        <translation>En Klaviyo, abre Settings → API keys y crea una clave de API privada (Private API key) con Events en Full Access.</translation>
    </message>
    <message>
        <source>Copy the key (it starts with pk_) and paste it here.</source>
        <translation>Copia la clave (empieza por pk_) y pégala aquí.</translation>
    </message>
    <message>
        <source>Send one test notification, then in Klaviyo create a flow triggered by the metric it created (for example &quot;Shipped&quot;) and design the message there.</source>
        <translation>Envía una notificación de prueba y luego, en Klaviyo, crea un flujo que se active con la métrica que se creó (por ejemplo, «Shipped») y diseña allí el mensaje.</translation>
    </message>
    <message>
        <source>No private API key is saved for %1.</source>
        <translation>No hay ninguna clave de API privada guardada para %1.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>La clave de API guardada para %1 contiene espacios o saltos de línea. Vuelve a pegarla en Canales.</translation>
    </message>
    <message>
        <source>The API revision of %1 must be a date like 2024-10-15.</source>
        <translation>La revisión de la API de %1 debe ser una fecha como 2024-10-15.</translation>
    </message>
    <message>
        <source>The metric name prefix of %1 contains a line break.</source>
        <translation>El prefijo del nombre de la métrica de %1 contiene un salto de línea.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The customer has neither an email address nor a phone number in international form, so Klaviyo cannot tell who the event is for.</source>
        <translation>El cliente no tiene ni dirección de correo electrónico ni número de teléfono en formato internacional, así que Klaviyo no puede saber para quién es el evento.</translation>
    </message>
    <message>
        <source>the private API key may read events (sending them needs Events: Full Access in Klaviyo).</source>
        <translation>la clave de API privada puede leer eventos (para enviarlos necesita Events: Full Access en Klaviyo).</translation>
    </message>
    <message>
        <source>The Klaviyo API key may not use events. Give it Events: Full Access in Klaviyo → Settings → API keys.</source>
        <translation>La clave de API de Klaviyo no puede usar eventos. Dale Events: Full Access en Klaviyo → Settings → API keys.</translation>
    </message>
    <message>
        <source>Klaviyo is limiting how often this key may call it. Try the check again in a moment.</source>
        <translation>Klaviyo está limitando la frecuencia con la que esta clave puede llamarlo. Vuelve a intentar la comprobación en un momento.</translation>
    </message>
    <message>
        <source>Klaviyo had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation>Klaviyo tuvo un problema temporal (HTTP %1). Vuelve a intentar la comprobación más tarde.</translation>
    </message>
    <message>
        <source>Klaviyo refused the check (HTTP %1).</source>
        <translation>Klaviyo rechazó la comprobación (HTTP %1).</translation>
    </message>
    <message>
        <source>Klaviyo refused the check: %1</source>
        <translation>Klaviyo rechazó la comprobación: %1</translation>
    </message>
    <message>
        <source>Klaviyo is limiting how fast this account may send events. Tidings will try again when Klaviyo allows it.</source>
        <translation>Klaviyo está limitando la velocidad con la que esta cuenta puede enviar eventos. Tidings lo volverá a intentar cuando Klaviyo lo permita.</translation>
    </message>
    <message>
        <source>Klaviyo had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Klaviyo tuvo un problema temporal (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Klaviyo refused the private API key. Check the key in Channels.</source>
        <translation>Klaviyo rechazó la clave de API privada. Comprueba la clave en Canales.</translation>
    </message>
    <message>
        <source>The Klaviyo API key may not create events. Give it Events: Full Access in Klaviyo → Settings → API keys.</source>
        <translation>La clave de API de Klaviyo no puede crear eventos. Dale Events: Full Access en Klaviyo → Settings → API keys.</translation>
    </message>
    <message>
        <source>Klaviyo did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation>Klaviyo no reconoció la solicitud (HTTP %1). Comprueba la dirección del servidor en Canales.</translation>
    </message>
    <message>
        <source>Klaviyo refused the event (HTTP %1).</source>
        <translation>Klaviyo rechazó el evento (HTTP %1).</translation>
    </message>
    <message>
        <source>Klaviyo refused the event: %1</source>
        <translation>Klaviyo rechazó el evento: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::LogBook</name>
    <message>
        <source>Tidings could not make the folder for its log: %1</source>
        <translation>Tidings no pudo crear la carpeta de su registro: %1</translation>
    </message>
    <message>
        <source>Tidings could not write its log file %1.</source>
        <translation>Tidings no pudo escribir su archivo de registro %1.</translation>
    </message>
</context>
<context>
    <name>Tidings::MagentoPoller</name>
    <message>
        <source>Magento</source>
        <translation>Magento</translation>
    </message>
    <message>
        <source>Magento answered with something that is not a list of orders. A maintenance page or a firewall may be in the way; Tidings will ask again.</source>
        <translation>Magento respondió con algo que no es una lista de pedidos. Puede que una página de mantenimiento o un cortafuegos esté en medio; Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>Magento refused the access token of this source (HTTP 401). Check that the integration is active and may read orders and shipments, and that Stores → Configuration → Services → OAuth → Consumer Settings allows OAuth access tokens to be used as standalone Bearer tokens.</source>
        <translation>Magento rechazó el token de acceso de este origen (HTTP 401). Comprueba que la integración esté activa y pueda leer pedidos y envíos, y que Stores → Configuration → Services → OAuth → Consumer Settings permita usar los tokens de acceso OAuth como tokens Bearer independientes.</translation>
    </message>
    <message>
        <source>Magento / Adobe Commerce</source>
        <translation>Magento / Adobe Commerce</translation>
    </message>
    <message>
        <source>Integration access token</source>
        <translation>Token de acceso de la integración</translation>
    </message>
    <message>
        <source>From System → Extensions → Integrations → Tidings → Activate: the &quot;Access Token&quot; (not the consumer key or secret).</source>
        <translation>De System → Extensions → Integrations → Tidings → Activate: el «Access Token» (no la consumer key ni el secreto).</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Dirección de la tienda</translation>
    </message>
    <message>
        <source>The address of your Magento shop, without /rest.</source>
        <translation>La dirección de tu tienda Magento, sin /rest.</translation>
    </message>
    <message>
        <source>Store view code</source>
        <translation>Código de la vista de tienda</translation>
    </message>
    <message>
        <source>Leave empty for the default store view; otherwise the store view&apos;s code, as in /rest/&lt;code&gt;/V1.</source>
        <translation>Déjalo vacío para la vista de tienda predeterminada; si no, el código de la vista de tienda, como en /rest/&lt;code&gt;/V1.</translation>
    </message>
    <message>
        <source>Custom order statuses</source>
        <translation>Estados de pedido personalizados</translation>
    </message>
    <message>
        <source>Only for statuses your shop added: a JSON object from the Magento status code to one of Tidings&apos; statuses.</source>
        <translation>Solo para los estados que añadió tu tienda: un objeto JSON que asigna el código de estado de Magento a uno de los estados de Tidings.</translation>
    </message>
    <message>
        <source>In the Magento Admin, open System → Extensions → Integrations and click &quot;Add New Integration&quot;. Name it &quot;Tidings&quot; and enter your Admin password.</source>
        <translation>En el panel de administración de Magento, abre System → Extensions → Integrations y haz clic en «Add New Integration». Llámala «Tidings» y escribe tu contraseña de administrador.</translation>
    </message>
    <message>
        <source>Click &quot;Activate&quot; next to the integration, then &quot;Allow&quot;, and copy the Access Token.</source>
        <translation>Haz clic en «Activate» junto a la integración, luego en «Allow», y copia el Access Token.</translation>
    </message>
    <message>
        <source>On Magento 2.4.4 or newer: in Stores → Configuration → Services → OAuth → Consumer Settings, set &quot;Allow OAuth Access Tokens to be used as standalone Bearer tokens&quot; to Yes.</source>
        <translation>En Magento 2.4.4 o posterior: en Stores → Configuration → Services → OAuth → Consumer Settings, pon «Allow OAuth Access Tokens to be used as standalone Bearer tokens» en Yes.</translation>
    </message>
    <message>
        <source>Paste the access token here.</source>
        <translation>Pega aquí el token de acceso.</translation>
    </message>
    <message>
        <source>No Magento access token is saved for &quot;%1&quot;, so its orders cannot be read. Add the integration&apos;s access token in Connections.</source>
        <translation>No hay ningún token de acceso de Magento guardado para «%1», así que sus pedidos no se pueden leer. Añade el token de acceso de la integración en Conexiones.</translation>
    </message>
    <message>
        <source>Tidings lost its place in Magento&apos;s list of orders and starts again.</source>
        <translation>Tidings perdió su posición en la lista de pedidos de Magento y empieza de nuevo.</translation>
    </message>
    <message>
        <source>Magento read out the orders but refused to show the stock levels (HTTP 401). In System → Extensions → Integrations → Tidings → API, also tick Stores → Inventory → Sources, or switch off &quot;Read stock levels&quot; for this connection.</source>
        <translation>Magento leyó los pedidos, pero se negó a mostrar los niveles de inventario (HTTP 401). En System → Extensions → Integrations → Tidings → API, marca también Stores → Inventory → Sources, o desactiva «Leer niveles de inventario» para esta conexión.</translation>
    </message>
    <message>
        <source>Magento answered with something that is not a list of stock levels. A maintenance page or a firewall may be in the way; Tidings will ask again.</source>
        <translation>Magento respondió con algo que no es una lista de niveles de inventario. Puede que una página de mantenimiento o un cortafuegos esté en medio; Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>New orders, status changes, cancellations, refunds, shipments, tracking numbers and stock levels, read every few minutes.</source>
        <translation>Pedidos nuevos, cambios de estado, cancelaciones, reembolsos, envíos, números de seguimiento y niveles de inventario, leídos cada pocos minutos.</translation>
    </message>
    <message>
        <source>Read stock levels</source>
        <translation>Leer niveles de inventario</translation>
    </message>
    <message>
        <source>&quot;true&quot; (or empty) to also read how many of each product every warehouse (inventory source) holds, for stock messages; &quot;false&quot; to read orders only. A shop without Magento&apos;s inventory sources simply has no stock to read.</source>
        <translation>&quot;true&quot; (o vacío) para leer también cuántas unidades de cada producto tiene cada almacén (fuente de inventario), para los mensajes de inventario; &quot;false&quot; para leer solo los pedidos. Una tienda sin las fuentes de inventario de Magento simplemente no tiene inventario que leer.</translation>
    </message>
    <message>
        <source>Under API, choose Resource Access &quot;Custom&quot; and tick only Sales (with Operations) → Orders → Actions → View, Sales → Operations → Shipments and, for stock levels, Stores → Inventory → Sources, then Save. Tidings only reads.</source>
        <translation>En API, elige Resource Access «Custom» y marca solo Sales (con Operations) → Orders → Actions → View, Sales → Operations → Shipments y, para los niveles de inventario, Stores → Inventory → Sources; luego haz clic en Save. Tidings solo lee.</translation>
    </message>
</context>
<context>
    <name>Tidings::MailgunChannel</name>
    <message>
        <source>Mailgun</source>
        <translation>Mailgun</translation>
    </message>
    <message>
        <source>Email through Mailgun&apos;s Messages API (US or EU region).</source>
        <translation>Correo electrónico a través de la API Messages de Mailgun (región de EE. UU. o de la UE).</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Mailgun → Sending → Domain settings → Sending API keys (a key for this domain only), or your account&apos;s private API key under API Security.</source>
        <translation>Mailgun → Sending → Domain settings → Sending API keys (una clave solo para este dominio), o la clave de API privada de tu cuenta en API Security.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>https://api.mailgun.net for domains in the US region, https://api.eu.mailgun.net for domains in the EU region.</source>
        <translation>https://api.mailgun.net para dominios de la región de EE. UU., https://api.eu.mailgun.net para dominios de la región de la UE.</translation>
    </message>
    <message>
        <source>Sending domain</source>
        <translation>Dominio de envío</translation>
    </message>
    <message>
        <source>The domain you send from, exactly as Mailgun lists it under Domains.</source>
        <translation>El dominio desde el que envías, exactamente como aparece en Domains en Mailgun.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>An address at the sending domain.</source>
        <translation>Una dirección del dominio de envío.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Lo que ven los clientes como remitente.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Dirección de respuesta</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Adonde van las respuestas de los clientes, si no es a la dirección del remitente.</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <source>true: Mailgun accepts each message but delivers nothing (test messages still count towards your plan).</source>
        <translation>true: Mailgun acepta cada mensaje, pero no entrega nada (los mensajes de prueba cuentan igualmente para tu plan).</translation>
    </message>
    <message>
        <source>In Mailgun, open Sending → Domains and add your shop&apos;s domain (or a subdomain such as mg.your-shop). Note whether it is in the US or the EU region.</source>
        <translation>En Mailgun, abre Sending → Domains y añade el dominio de tu tienda (o un subdominio como mg.tu-tienda). Fíjate en si está en la región de EE. UU. o en la de la UE.</translation>
    </message>
    <message>
        <source>Add the DNS records Mailgun shows to your domain and wait until Mailgun marks the domain as verified.</source>
        <translation>Añade a tu dominio los registros DNS que muestra Mailgun y espera a que Mailgun marque el dominio como verificado.</translation>
    </message>
    <message>
        <source>Open the domain&apos;s settings → Sending API keys, create a key and copy it (Mailgun shows it once).</source>
        <translation>Abre los ajustes del dominio → Sending API keys, crea una clave y cópiala (Mailgun la muestra una sola vez).</translation>
    </message>
    <message>
        <source>Paste the key here, enter the domain, and choose the region the domain is in.</source>
        <translation>Pega aquí la clave, escribe el dominio y elige la región en la que está el dominio.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>No hay ninguna clave de API guardada para %1.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>La clave de API guardada para %1 contiene espacios o saltos de línea. Vuelve a pegarla en Canales.</translation>
    </message>
    <message>
        <source>No sending domain is set for %1. Add it in Channels.</source>
        <translation>No hay ningún dominio de envío configurado para %1. Añádelo en Canales.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name. Enter the sending domain of %2 as Mailgun lists it (e.g. mg.your-shop.com).</source>
        <translation>«%1» no es un nombre de dominio. Escribe el dominio de envío de %2 tal como aparece en Mailgun (p. ej., mg.tu-tienda.com).</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>No hay ninguna dirección del remitente configurada para %1. Añade una en Canales.</translation>
    </message>
    <message>
        <source>the API key may send mail from %1 (test mode is on: Mailgun accepts messages but delivers none).</source>
        <translation>la clave de API puede enviar correo desde %1 (el modo de prueba está activado: Mailgun acepta los mensajes, pero no entrega ninguno).</translation>
    </message>
    <message>
        <source>the API key may send mail from %1.</source>
        <translation>la clave de API puede enviar correo desde %1.</translation>
    </message>
    <message>
        <source>Mailgun is limiting how often this account may call it. Try the check again in a minute.</source>
        <translation>Mailgun está limitando la frecuencia con la que esta cuenta puede llamarlo. Vuelve a intentar la comprobación dentro de un minuto.</translation>
    </message>
    <message>
        <source>Mailgun had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation>Mailgun tuvo un problema temporal (HTTP %1). Vuelve a intentar la comprobación más tarde.</translation>
    </message>
    <message>
        <source>Mailgun gave an unexpected answer to the check (HTTP 400). Check the region address in Channels.</source>
        <translation>Mailgun dio una respuesta inesperada a la comprobación (HTTP 400). Comprueba la dirección de la región en Canales.</translation>
    </message>
    <message>
        <source>Mailgun is limiting how fast this account may send. Tidings will try again later.</source>
        <translation>Mailgun está limitando la velocidad de envío de esta cuenta. Tidings lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Mailgun had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Mailgun tuvo un problema temporal (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Mailgun took too long to read the message. Tidings will try again.</source>
        <translation>Mailgun tardó demasiado en leer el mensaje. Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Mailgun rejected the message.</source>
        <translation>Mailgun rechazó el mensaje.</translation>
    </message>
    <message>
        <source>Mailgun rejected the message: %1</source>
        <translation>Mailgun rechazó el mensaje: %1</translation>
    </message>
    <message>
        <source>Mailgun refused the API key. Check the key in Channels, and that the region (US or EU) is the one your domain is in.</source>
        <translation>Mailgun rechazó la clave de API. Comprueba la clave en Canales y que la región (EE. UU. o UE) sea aquella en la que está tu dominio.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s sandbox domain only sends to authorized recipients. Add your own domain in Mailgun, or add this address as an authorized recipient.</source>
        <translation>El dominio sandbox de Mailgun solo envía a destinatarios autorizados. Añade tu propio dominio en Mailgun, o añade esta dirección como destinatario autorizado.</translation>
    </message>
    <message>
        <source>Mailgun refused to send from this domain. Check the domain&apos;s status in your Mailgun account.</source>
        <translation>Mailgun se negó a enviar desde este dominio. Comprueba el estado del dominio en tu cuenta de Mailgun.</translation>
    </message>
    <message>
        <source>Mailgun refused to send from this domain: %1</source>
        <translation>Mailgun se negó a enviar desde este dominio: %1</translation>
    </message>
    <message>
        <source>Mailgun does not know this sending domain here. Check the domain in Channels and whether it is in the US or the EU region.</source>
        <translation>Mailgun no conoce aquí este dominio de envío. Comprueba el dominio en Canales y si está en la región de EE. UU. o en la de la UE.</translation>
    </message>
    <message>
        <source>The message is too large for Mailgun (it accepts up to 25 MB). Make the email smaller.</source>
        <translation>El mensaje es demasiado grande para Mailgun (acepta hasta 25 MB). Reduce el tamaño del correo.</translation>
    </message>
    <message>
        <source>Mailgun answered with a redirect (HTTP %1). Check the Mailgun region address in Channels.</source>
        <translation>Mailgun respondió con una redirección (HTTP %1). Comprueba la dirección de la región de Mailgun en Canales.</translation>
    </message>
    <message>
        <source>Mailgun refused the message (HTTP %1).</source>
        <translation>Mailgun rechazó el mensaje (HTTP %1).</translation>
    </message>
    <message>
        <source>Mailgun refused the message (HTTP %1): %2</source>
        <translation>Mailgun rechazó el mensaje (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Tidings::MandrillChannel</name>
    <message>
        <source>Mandrill did not send to %1: mail to this address bounced before (it does not exist or refuses mail), so Mandrill blocks it.</source>
        <translation>Mandrill no envió a %1: el correo a esta dirección ya rebotó antes (no existe o rechaza el correo), así que Mandrill la bloquea.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: mail to this address bounced several times lately (e.g. a full mailbox). Mandrill blocks it for a while.</source>
        <translation>Mandrill no envió a %1: el correo a esta dirección rebotó varias veces últimamente (p. ej., buzón lleno). Mandrill la bloquea durante un tiempo.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: this customer marked an earlier email as spam.</source>
        <translation>Mandrill no envió a %1: este cliente marcó un correo anterior como spam.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: this customer unsubscribed.</source>
        <translation>Mandrill no envió a %1: este cliente se dio de baja.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: the address is on your Mandrill account&apos;s rejection list.</source>
        <translation>Mandrill no envió a %1: la dirección está en la lista de rechazos de tu cuenta de Mandrill.</translation>
    </message>
    <message>
        <source>Mandrill refused the sender address. Verify the sending domain in Mandrill (Settings → Domains) and check the sender address in Channels.</source>
        <translation>Mandrill rechazó la dirección del remitente. Verifica el dominio de envío en Mandrill (Settings → Domains) y comprueba la dirección del remitente en Canales.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: it considers the address invalid.</source>
        <translation>Mandrill no envió a %1: considera que la dirección no es válida.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: the API key is a test key and its test-mode limit is reached.</source>
        <translation>Mandrill no envió a %1: la clave de API es una clave de prueba y se alcanzó su límite del modo de prueba.</translation>
    </message>
    <message>
        <source>Mandrill refused the message because the sending domain is not verified (DKIM/SPF). Verify it in Mandrill (Settings → Domains).</source>
        <translation>Mandrill rechazó el mensaje porque el dominio de envío no está verificado (DKIM/SPF). Verifícalo en Mandrill (Settings → Domains).</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: a rule in your Mandrill account blocked it.</source>
        <translation>Mandrill no envió a %1: lo bloqueó una regla de tu cuenta de Mandrill.</translation>
    </message>
    <message>
        <source>Mandrill rejected the message to %1.</source>
        <translation>Mandrill rechazó el mensaje para %1.</translation>
    </message>
    <message>
        <source>Mandrill rejected the message to %1 (%2).</source>
        <translation>Mandrill rechazó el mensaje para %1 (%2).</translation>
    </message>
    <message>
        <source>Mailchimp Transactional (Mandrill)</source>
        <translation>Mailchimp Transactional (Mandrill)</translation>
    </message>
    <message>
        <source>Email through Mailchimp Transactional (Mandrill), with its own templates if you like.</source>
        <translation>Correo electrónico a través de Mailchimp Transactional (Mandrill), con sus propias plantillas si quieres.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Mandrill → Settings → SMTP &amp; API Info → New API Key. A test key accepts messages but delivers nothing.</source>
        <translation>Mandrill → Settings → SMTP &amp; API Info → New API Key. Una clave de prueba acepta los mensajes, pero no entrega nada.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>An address at a domain verified in Mandrill (Settings → Domains).</source>
        <translation>Una dirección de un dominio verificado en Mandrill (Settings → Domains).</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Lo que ven los clientes como remitente.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Dirección de respuesta</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Adonde van las respuestas de los clientes, si no es a la dirección del remitente.</translation>
    </message>
    <message>
        <source>Mandrill template</source>
        <translation>Plantilla de Mandrill</translation>
    </message>
    <message>
        <source>Optional: the slug of a Mandrill template to send instead of Tidings&apos; own text. The order details reach it as merge variables (e.g. *|ORDER_NUMBER|* or {{order.number}}).</source>
        <translation>Opcional: el slug de una plantilla de Mandrill que se enviará en lugar del texto propio de Tidings. Los detalles del pedido le llegan como variables de combinación (p. ej., *|ORDER_NUMBER|* o {{order.number}}).</translation>
    </message>
    <message>
        <source>Merge language</source>
        <translation>Lenguaje de combinación</translation>
    </message>
    <message>
        <source>mailchimp for *|TAG|* templates, handlebars for {{tag}} templates (Mandrill&apos;s default: mailchimp).</source>
        <translation>mailchimp para plantillas *|TAG|*, handlebars para plantillas {{tag}} (predeterminado de Mandrill: mailchimp).</translation>
    </message>
    <message>
        <source>Subaccount</source>
        <translation>Subcuenta</translation>
    </message>
    <message>
        <source>Optional: the id of the Mandrill subaccount to send from.</source>
        <translation>Opcional: el id de la subcuenta de Mandrill desde la que se envía.</translation>
    </message>
    <message>
        <source>In Mailchimp Transactional (mandrillapp.com), open Settings → Domains, add your shop&apos;s domain and complete its DKIM and SPF verification.</source>
        <translation>En Mailchimp Transactional (mandrillapp.com), abre Settings → Domains, añade el dominio de tu tienda y completa su verificación DKIM y SPF.</translation>
    </message>
    <message>
        <source>Open Settings → SMTP &amp; API Info and click New API Key. Copy the key.</source>
        <translation>Abre Settings → SMTP &amp; API Info y haz clic en New API Key. Copia la clave.</translation>
    </message>
    <message>
        <source>Paste the key here and enter a sender address at the verified domain.</source>
        <translation>Pega aquí la clave y escribe una dirección del remitente del dominio verificado.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>No hay ninguna clave de API guardada para %1.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>La clave de API guardada para %1 contiene espacios o saltos de línea. Vuelve a pegarla en Canales.</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>No hay ninguna dirección del remitente configurada para %1. Añade una en Canales.</translation>
    </message>
    <message>
        <source>The merge language of %1 must be “mailchimp” or “handlebars”. Correct it in Channels.</source>
        <translation>El lenguaje de combinación de %1 debe ser «mailchimp» o «handlebars». Corrígelo en Canales.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>El asunto contiene un salto de línea, que podría usarse para añadir encabezados de correo ocultos. Quita los saltos de línea del asunto de la plantilla.</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation>El nombre del cliente contiene un salto de línea, así que el mensaje no se envió.</translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Channels.</source>
        <translation>El nombre del remitente de %1 contiene un salto de línea. Corrígelo en Canales.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>La notificación no tiene dirección de destinatario.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Channels.</source>
        <translation>La dirección del remitente de %1 no es una dirección de correo electrónico. Corrígela en Canales.</translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation>La dirección de respuesta de %1 no es una dirección de correo electrónico. Corrígela en Canales.</translation>
    </message>
    <message>
        <source>The template or subaccount of %1 contains a line break. Correct it in Channels.</source>
        <translation>La plantilla o la subcuenta de %1 contiene un salto de línea. Corrígelo en Canales.</translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation>El mensaje no tiene asunto.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation>El mensaje no tiene contenido de texto ni HTML.</translation>
    </message>
    <message>
        <source>the API key is valid (Mandrill checks the sender&apos;s domain when it sends).</source>
        <translation>la clave de API es válida (Mandrill comprueba el dominio del remitente al enviar).</translation>
    </message>
    <message>
        <source>Mandrill gave an unexpected answer to the check. Check the server address in Channels (normally https://mandrillapp.com).</source>
        <translation>Mandrill dio una respuesta inesperada a la comprobación. Comprueba la dirección del servidor en Canales (normalmente https://mandrillapp.com).</translation>
    </message>
    <message>
        <source>Mandrill is limiting how often this account may call it. Try the check again in a minute.</source>
        <translation>Mandrill está limitando la frecuencia con la que esta cuenta puede llamarlo. Vuelve a intentar la comprobación dentro de un minuto.</translation>
    </message>
    <message>
        <source>Mandrill had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation>Mandrill tuvo un problema temporal (HTTP %1). Vuelve a intentar la comprobación más tarde.</translation>
    </message>
    <message>
        <source>Mandrill did not accept the check: %1</source>
        <translation>Mandrill no aceptó la comprobación: %1</translation>
    </message>
    <message>
        <source>Mandrill accepted the request but sent to no one.</source>
        <translation>Mandrill aceptó la solicitud, pero no envió a nadie.</translation>
    </message>
    <message>
        <source>Mandrill had a temporary problem. Tidings will try again.</source>
        <translation>Mandrill tuvo un problema temporal. Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Mandrill refused the API key. Check the key in Channels.</source>
        <translation>Mandrill rechazó la clave de API. Comprueba la clave en Canales.</translation>
    </message>
    <message>
        <source>Mandrill will not send until the account is paid for (Mailchimp Transactional needs a paid plan or credits). Check billing in your Mailchimp account.</source>
        <translation>Mandrill no enviará nada hasta que la cuenta esté pagada (Mailchimp Transactional necesita un plan de pago o créditos). Revisa la facturación en tu cuenta de Mailchimp.</translation>
    </message>
    <message>
        <source>Mandrill does not know the subaccount set for this channel. Check it in Channels.</source>
        <translation>Mandrill no conoce la subcuenta configurada para este canal. Compruébala en Canales.</translation>
    </message>
    <message>
        <source>Mandrill does not have the template named for this channel. Check the template name in Channels and that the template is published.</source>
        <translation>Mandrill no tiene la plantilla indicada para este canal. Comprueba el nombre de la plantilla en Canales y que la plantilla esté publicada.</translation>
    </message>
    <message>
        <source>Mandrill refused to send for this sender.</source>
        <translation>Mandrill se negó a enviar para este remitente.</translation>
    </message>
    <message>
        <source>Mandrill refused to send for this sender: %1</source>
        <translation>Mandrill se negó a enviar para este remitente: %1</translation>
    </message>
    <message>
        <source>Mandrill rejected the message.</source>
        <translation>Mandrill rechazó el mensaje.</translation>
    </message>
    <message>
        <source>Mandrill rejected the message: %1</source>
        <translation>Mandrill rechazó el mensaje: %1</translation>
    </message>
    <message>
        <source>Mandrill is limiting how fast this account may send. Tidings will try again later.</source>
        <translation>Mandrill está limitando la velocidad de envío de esta cuenta. Tidings lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Mandrill had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Mandrill tuvo un problema temporal (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Mandrill did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation>Mandrill no reconoció la solicitud (HTTP %1). Comprueba la dirección del servidor en Canales.</translation>
    </message>
    <message>
        <source>Mandrill refused the message (HTTP %1).</source>
        <translation>Mandrill rechazó el mensaje (HTTP %1).</translation>
    </message>
    <message>
        <source>Mandrill refused the message (HTTP %1): %2</source>
        <translation>Mandrill rechazó el mensaje (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Tidings::ManualNotifications</name>
    <message>
        <source>That event is no longer in the history.</source>
        <translation>Ese evento ya no está en el historial.</translation>
    </message>
    <message>
        <source>Order %1 is no longer stored, so nothing can be sent for it.</source>
        <translation>El pedido %1 ya no está guardado, así que no se puede enviar nada sobre él.</translation>
    </message>
    <message>
        <source>Enter who should receive the message.</source>
        <translation>Escribe quién debe recibir el mensaje.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Type it again on one line.</source>
        <translation>La dirección contiene un salto de línea u otro carácter invisible. Vuelve a escribirla en una sola línea.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>La dirección es demasiado larga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter one with its country code, like +44 20 7946 0958.</source>
        <translation>«%1» no es un número de teléfono. Escribe uno con su prefijo de país, como +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one like name@example.com.</source>
        <translation>«%1» no es una dirección de correo electrónico. Escribe una como nombre@example.com.</translation>
    </message>
    <message>
        <source>Tidings could not queue the message.</source>
        <translation>Tidings no pudo poner el mensaje en cola.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not exist.</source>
        <translation>La plantilla «%1» no existe.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is missing or switched off.</source>
        <translation>El canal «%1» no existe o está desactivado.</translation>
    </message>
    <message>
        <source>This event names no order Tidings has stored.</source>
        <translation>Este evento no menciona ningún pedido que Tidings tenga guardado.</translation>
    </message>
    <message>
        <source>Tidings could not read the event.</source>
        <translation>Tidings no pudo leer el evento.</translation>
    </message>
    <message>
        <source>Tidings could not queue the event&apos;s messages.</source>
        <translation>Tidings no pudo poner en cola los mensajes del evento.</translation>
    </message>
</context>
<context>
    <name>Tidings::MemorySecretStore</name>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it (for example by logging in to your desktop) and try again.</source>
        <translation>El llavero del sistema está bloqueado o no está disponible. Desbloquéalo (por ejemplo, iniciando sesión en tu escritorio) y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Tidings::MimeMessage</name>
    <message>
        <source>An image for the email (%1) has a name or type email cannot carry. Use a PNG, JPEG, GIF or WebP file with a plain file name.</source>
        <translation>Una imagen del correo (%1) tiene un nombre o un tipo que el correo electrónico no puede llevar. Usa un archivo PNG, JPEG, GIF o WebP con un nombre de archivo sencillo.</translation>
    </message>
    <message>
        <source>The images in this email are too large (%1 KiB; at most %2 KiB). Use a smaller logo.</source>
        <translation>Las imágenes de este correo son demasiado grandes (%1 KiB; como máximo %2 KiB). Usa un logotipo más pequeño.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>El asunto contiene un salto de línea, que podría usarse para añadir encabezados de correo ocultos. Quita los saltos de línea del asunto de la plantilla.</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation>El nombre del cliente contiene un salto de línea, así que el mensaje no se envió.</translation>
    </message>
    <message>
        <source>The sender name contains a line break. Correct it in Channels.</source>
        <translation>El nombre del remitente contiene un salto de línea. Corrígelo en Canales.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>La notificación no tiene dirección de destinatario.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The sender address is not an email address. Correct it in Channels.</source>
        <translation>La dirección del remitente no es una dirección de correo electrónico. Corrígela en Canales.</translation>
    </message>
    <message>
        <source>The reply-to address is not an email address. Correct it in Channels.</source>
        <translation>La dirección de respuesta no es una dirección de correo electrónico. Corrígela en Canales.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML, so there is nothing to send.</source>
        <translation>El mensaje no tiene texto ni HTML, así que no hay nada que enviar.</translation>
    </message>
</context>
<context>
    <name>Tidings::MonitorQueries</name>
    <message>
        <source>Tidings could not read the event list from its database.</source>
        <translation>Tidings no pudo leer la lista de eventos de su base de datos.</translation>
    </message>
    <message>
        <source>Tidings could not read its database.</source>
        <translation>Tidings no pudo leer su base de datos.</translation>
    </message>
    <message>
        <source>This event is no longer in the database.</source>
        <translation>Este evento ya no está en la base de datos.</translation>
    </message>
</context>
<context>
    <name>Tidings::NetSuitePoller</name>
    <message>
        <source>Oracle NetSuite</source>
        <translation>Oracle NetSuite</translation>
    </message>
    <message>
        <source>Sales orders, their status changes, and shipped item fulfilments with tracking numbers, read every few minutes.</source>
        <translation>Pedidos de venta, sus cambios de estado y las preparaciones de artículos enviadas con números de seguimiento, leídos cada pocos minutos.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <source>From the integration record; NetSuite shows it once, when the record is saved.</source>
        <translation>Del registro de integración; NetSuite la muestra una sola vez, cuando se guarda el registro.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <source>Shown with the consumer key, once.</source>
        <translation>Se muestra junto con la consumer key, una sola vez.</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token ID</translation>
    </message>
    <message>
        <source>From the access token; NetSuite shows it once.</source>
        <translation>Del token de acceso; NetSuite lo muestra una sola vez.</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Token secret</translation>
    </message>
    <message>
        <source>Shown with the token ID, once.</source>
        <translation>Se muestra junto con el token ID, una sola vez.</translation>
    </message>
    <message>
        <source>REST address</source>
        <translation>Dirección REST</translation>
    </message>
    <message>
        <source>Leave empty to use https://&lt;account id&gt;.suitetalk.api.netsuite.com. Setup → Company → Company Information → Company URLs shows yours (SUITETALK (SOAP AND REST WEB SERVICES)).</source>
        <translation>Déjalo vacío para usar https://&lt;account id&gt;.suitetalk.api.netsuite.com. Setup → Company → Company Information → Company URLs muestra la tuya (SUITETALK (SOAP AND REST WEB SERVICES)).</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>Setup → Company → Company Information → Account ID, e.g. 1234567, or 1234567_SB1 for a sandbox.</source>
        <translation>Setup → Company → Company Information → Account ID, p. ej., 1234567, o 1234567_SB1 para un sandbox.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The time zone in the preferences of the NetSuite user the token belongs to (Home → Set Preferences), e.g. America/Chicago. NetSuite shows times in that zone. Empty means UTC.</source>
        <translation>La zona horaria de las preferencias del usuario de NetSuite al que pertenece el token (Home → Set Preferences), p. ej., America/Chicago. NetSuite muestra las horas en esa zona. Vacío significa UTC.</translation>
    </message>
    <message>
        <source>Custom statuses</source>
        <translation>Estados personalizados</translation>
    </message>
    <message>
        <source>Only to change how NetSuite&apos;s status letters read: a JSON object with &quot;order&quot; (sales order letters A–H) and &quot;shipment&quot; (fulfilment letters A–C) tables to Tidings&apos; statuses.</source>
        <translation>Solo para cambiar cómo se interpretan las letras de estado de NetSuite: un objeto JSON con las tablas &quot;order&quot; (letras de pedido de venta A–H) y &quot;shipment&quot; (letras de preparación A–C) que las asignan a los estados de Tidings.</translation>
    </message>
    <message>
        <source>In NetSuite, open Setup → Company → Enable Features → SuiteCloud and tick &quot;Token-Based Authentication&quot; and &quot;REST Web Services&quot;.</source>
        <translation>En NetSuite, abre Setup → Company → Enable Features → SuiteCloud y marca «Token-Based Authentication» y «REST Web Services».</translation>
    </message>
    <message>
        <source>Setup → Users/Roles → Manage Roles → New: a role &quot;Tidings (read only)&quot; with the permissions Transactions: Sales Order (View) and Item Fulfillment (View); Setup: Log in using Access Tokens (Full) and REST Web Services (Full); Reports: SuiteAnalytics Workbook (Edit). Give the role to the user Tidings reads as.</source>
        <translation>Setup → Users/Roles → Manage Roles → New: un rol «Tidings (read only)» con los permisos Transactions: Sales Order (View) e Item Fulfillment (View); Setup: Log in using Access Tokens (Full) y REST Web Services (Full); Reports: SuiteAnalytics Workbook (Edit). Asigna el rol al usuario con el que lee Tidings.</translation>
    </message>
    <message>
        <source>Setup → Integration → Manage Integrations → New: name &quot;Tidings&quot;, tick &quot;Token-Based Authentication&quot;, untick the authorization code grant, and Save. Copy the consumer key and secret now; NetSuite shows them once.</source>
        <translation>Setup → Integration → Manage Integrations → New: nombre «Tidings», marca «Token-Based Authentication», desmarca la concesión de código de autorización (authorization code grant) y haz clic en Save. Copia ahora la consumer key y el secret; NetSuite los muestra una sola vez.</translation>
    </message>
    <message>
        <source>Setup → Users/Roles → Access Tokens → New: the &quot;Tidings&quot; application, that user and the &quot;Tidings (read only)&quot; role, then Save. Copy the token ID and secret now.</source>
        <translation>Setup → Users/Roles → Access Tokens → New: la aplicación «Tidings», ese usuario y el rol «Tidings (read only)»; luego haz clic en Save. Copia ahora el token ID y el secret.</translation>
    </message>
    <message>
        <source>Paste the four values here, with the account ID and that user&apos;s time zone.</source>
        <translation>Pega aquí los cuatro valores, junto con el Account ID y la zona horaria de ese usuario.</translation>
    </message>
    <message>
        <source>NetSuite answered with something that is not the list of sales orders Tidings asked for. Tidings will ask again.</source>
        <translation>NetSuite respondió con algo que no es la lista de pedidos de venta que pidió Tidings. Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>The NetSuite account ID of &quot;%1&quot; is missing. Add it in Connections (Setup → Company → Company Information).</source>
        <translation>Falta el Account ID de NetSuite de «%1». Añádelo en Conexiones (Setup → Company → Company Information).</translation>
    </message>
    <message>
        <source>NetSuite</source>
        <translation>NetSuite</translation>
    </message>
    <message>
        <source>The NetSuite access token of &quot;%1&quot; is incomplete, so its sales orders cannot be read. Add the consumer key and secret and the token ID and secret in Connections.</source>
        <translation>El token de acceso de NetSuite de «%1» está incompleto, así que sus pedidos de venta no se pueden leer. Añade la consumer key y el secret, y el token ID y el secret, en Conexiones.</translation>
    </message>
    <message>
        <source>Tidings does not know the time zone &quot;%1&quot; set for &quot;%2&quot;. Use a name such as America/Chicago or Europe/London.</source>
        <translation>Tidings no conoce la zona horaria «%1» configurada para «%2». Usa un nombre como America/Chicago o Europe/London.</translation>
    </message>
    <message>
        <source>Tidings lost its place in NetSuite&apos;s list of sales orders and starts again.</source>
        <translation>Tidings perdió su posición en la lista de pedidos de venta de NetSuite y empieza de nuevo.</translation>
    </message>
    <message>
        <source>NetSuite refused the access token of &quot;%1&quot; (HTTP %2). Check the account ID, the consumer key and secret and the token ID and secret, and that the token&apos;s role may log in with access tokens; NetSuite&apos;s Login Audit Trail says why.</source>
        <translation>NetSuite rechazó el token de acceso de «%1» (HTTP %2). Comprueba el Account ID, la consumer key y el secret, el token ID y el secret, y que el rol del token pueda iniciar sesión con tokens de acceso; el Login Audit Trail de NetSuite indica el motivo.</translation>
    </message>
    <message>
        <source>NetSuite refused Tidings&apos; question about sales orders: %1. Check that the token&apos;s role may view sales orders and item fulfilments and use SuiteAnalytics Workbook.</source>
        <translation>NetSuite rechazó la consulta de Tidings sobre los pedidos de venta: %1. Comprueba que el rol del token pueda ver pedidos de venta y preparaciones de artículos, y usar SuiteAnalytics Workbook.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
</context>
<context>
    <name>Tidings::Notification</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
</context>
<context>
    <name>Tidings::NotificationActions</name>
    <message>
        <source>Enter who should receive the message.</source>
        <translation>Escribe quién debe recibir el mensaje.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Type it again on one line.</source>
        <translation>La dirección contiene un salto de línea u otro carácter invisible. Vuelve a escribirla en una sola línea.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>La dirección es demasiado larga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one like name@example.com.</source>
        <translation>«%1» no es una dirección de correo electrónico. Escribe una como nombre@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter one with its country code, like +44 20 7946 0958.</source>
        <translation>«%1» no es un número de teléfono. Escribe uno con su prefijo de país, como +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>Tidings could not queue the message again.</source>
        <translation>Tidings no pudo volver a poner el mensaje en cola.</translation>
    </message>
    <message>
        <source>That message is no longer in the history.</source>
        <translation>Ese mensaje ya no está en el historial.</translation>
    </message>
    <message>
        <source>This message has not gone out yet, so there is nothing to resend. Wait for it, or cancel it first.</source>
        <translation>Este mensaje todavía no ha salido, así que no hay nada que reenviar. Espera a que salga o cancélalo primero.</translation>
    </message>
    <message>
        <source>Tidings could not cancel the message.</source>
        <translation>Tidings no pudo cancelar el mensaje.</translation>
    </message>
    <message>
        <source>This message is being handed to the provider right now and can no longer be cancelled.</source>
        <translation>Este mensaje se está entregando al proveedor en este momento y ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>Only messages that are still waiting can be cancelled; this one is %1.</source>
        <translation>Solo se pueden cancelar los mensajes que siguen en espera; este está «%1».</translation>
    </message>
    <message>
        <source>Not sent again: you decided so after Tidings was interrupted while sending it.</source>
        <translation>No se volvió a enviar: lo decidiste tú después de que Tidings se interrumpiera mientras lo enviaba.</translation>
    </message>
    <message>
        <source>Cancelled by you before it was sent.</source>
        <translation>Lo cancelaste tú antes de que se enviara.</translation>
    </message>
</context>
<context>
    <name>Tidings::OAuth2Session</name>
    <message>
        <source>%1 no longer accepts the sign-in Tidings was given (it was revoked, expired, or the password changed). Connect the source again in Connections.</source>
        <translation>%1 ya no acepta el inicio de sesión que se le dio a Tidings (se revocó, caducó o se cambió la contraseña). Vuelve a conectar el origen en Conexiones.</translation>
    </message>
    <message>
        <source>%1 refused the client id or client secret of this source. Check both in Connections.</source>
        <translation>%1 rechazó el id de cliente o el secreto del cliente de este origen. Comprueba ambos en Conexiones.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request (%2). Check the source&apos;s settings in Connections.</source>
        <translation>%1 rechazó la solicitud de inicio de sesión (%2). Comprueba los ajustes del origen en Conexiones.</translation>
    </message>
    <message>
        <source>Tidings has no sign-in for %1 yet. Add it in Connections.</source>
        <translation>Tidings todavía no tiene ningún inicio de sesión para %1. Añádelo en Conexiones.</translation>
    </message>
</context>
<context>
    <name>Tidings::OAuthHttpChannel</name>
    <message>
        <source>No network access is available to send messages.</source>
        <translation>No hay acceso a la red para enviar mensajes.</translation>
    </message>
    <message>
        <source>%1 gave no access token.</source>
        <translation>%1 no devolvió ningún token de acceso.</translation>
    </message>
    <message>
        <source>%1 no longer accepts the sign-in Tidings was given for %2 (it was revoked or expired, or the password changed). Sign in again in Channels.</source>
        <translation>%1 ya no acepta el inicio de sesión que se le dio a Tidings para %2 (se revocó o caducó, o se cambió la contraseña). Vuelve a iniciar sesión en Canales.</translation>
    </message>
    <message>
        <source>%1 refused the client ID or client secret of %2. Check both in Channels.</source>
        <translation>%1 rechazó el ID de cliente o el secreto del cliente de %2. Comprueba ambos en Canales.</translation>
    </message>
    <message>
        <source>The %1 account is signed in, but sending mail was not allowed. Sign in again and allow Tidings to send email on your behalf.</source>
        <translation>La cuenta de %1 tiene la sesión iniciada, pero no se permitió enviar correo. Vuelve a iniciar sesión y permite que Tidings envíe correo electrónico en tu nombre.</translation>
    </message>
    <message>
        <source>signed in to %1; Tidings may send mail as this account.</source>
        <translation>sesión iniciada en %1; Tidings puede enviar correo como esta cuenta.</translation>
    </message>
</context>
<context>
    <name>Tidings::OAuthSignIn</name>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>No client ID is set for signing in with %1. Add it in %2.</source>
        <translation>No hay ningún ID de cliente configurado para iniciar sesión con %1. Añádelo en %2.</translation>
    </message>
    <message>
        <source>The client ID for signing in with %1 contains spaces or line breaks. Paste it again in %2.</source>
        <translation>El ID de cliente para iniciar sesión con %1 contiene espacios o saltos de línea. Vuelve a pegarlo en %2.</translation>
    </message>
    <message>
        <source>Tidings cannot sign in with %1: it has no network access.</source>
        <translation>Tidings no puede iniciar sesión con %1: no tiene acceso a la red.</translation>
    </message>
    <message>
        <source>The %1 sign-in address must be an https:// address. Check it in %2.</source>
        <translation>La dirección de inicio de sesión de %1 debe ser una dirección https://. Compruébala en %2.</translation>
    </message>
    <message>
        <source>The address %1 sends the browser back to must look like http://localhost:1717/path (this computer, with a port). Check it in %2.</source>
        <translation>La dirección a la que %1 devuelve el navegador debe tener el formato http://localhost:1717/ruta (este equipo, con un puerto). Compruébala en %2.</translation>
    </message>
    <message>
        <source>Tidings does not know what to ask %1 for (no scope).</source>
        <translation>Tidings no sabe qué pedirle a %1 (no hay ningún permiso [scope]).</translation>
    </message>
    <message>
        <source>Port %1 on this computer, where %2 sends the browser back to, is in use by another program (a command-line tool signing in, perhaps). Close it and try again.</source>
        <translation>El puerto %1 de este equipo, al que %2 devuelve el navegador, lo está usando otro programa (quizá una herramienta de línea de comandos que está iniciando sesión). Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Tidings could not open the address on this computer that %1 sends the browser back to. Try again; if it keeps failing, a security program may block it.</source>
        <translation>Tidings no pudo abrir la dirección de este equipo a la que %1 devuelve el navegador. Vuelve a intentarlo; si sigue fallando, puede que un programa de seguridad la esté bloqueando.</translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and go back to Tidings.</source>
        <translation>Has iniciado sesión. Puedes cerrar esta pestaña y volver a Tidings.</translation>
    </message>
    <message>
        <source>Tidings could not prepare the sign-in with %1.</source>
        <translation>Tidings no pudo preparar el inicio de sesión con %1.</translation>
    </message>
    <message>
        <source>The sign-in with %1 was cancelled.</source>
        <translation>Se canceló el inicio de sesión con %1.</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in Tidings is waiting for, so it was not used. Close this tab and start the sign-in again in Tidings.</source>
        <translation>Esta página no corresponde al inicio de sesión que espera Tidings, así que no se usó. Cierra esta pestaña y vuelve a iniciar sesión desde Tidings.</translation>
    </message>
    <message>
        <source>The answer from %1 that came back through the browser does not belong to the sign-in Tidings started, so it was not used. Start the sign-in again.</source>
        <translation>La respuesta de %1 que volvió a través del navegador no corresponde al inicio de sesión que empezó Tidings, así que no se usó. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Tidings was not given access. You can close this tab and go back to Tidings.</source>
        <translation>No se concedió acceso a Tidings. Puedes cerrar esta pestaña y volver a Tidings.</translation>
    </message>
    <message>
        <source>You did not allow Tidings to send email with your %1 account, so it is not signed in. To use it, sign in again and allow access on %1&apos;s page.</source>
        <translation>No permitiste que Tidings enviara correo electrónico con tu cuenta de %1, así que no tiene la sesión iniciada. Para usarla, vuelve a iniciar sesión y permite el acceso en la página de %1.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in. You can close this tab; Tidings shows why.</source>
        <translation>%1 rechazó el inicio de sesión. Puedes cerrar esta pestaña; Tidings te muestra el motivo.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 rechazó el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>Tidings could not reach %1 to finish the sign-in (%2). Check the internet connection and sign in again.</source>
        <translation>Tidings no pudo conectar con %1 para terminar el inicio de sesión (%2). Comprueba la conexión a internet y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in in a way Tidings does not understand. Sign in again.</source>
        <translation>%1 respondió al inicio de sesión de una forma que Tidings no entiende. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Google signed you in but gave Tidings no refresh token, which it only gives the first time you allow an app. Remove Tidings&apos; access at myaccount.google.com/permissions and sign in again.</source>
        <translation>Google inició tu sesión, pero no le dio a Tidings ningún token de actualización, que solo da la primera vez que autorizas una aplicación. Quita el acceso de Tidings en myaccount.google.com/permissions y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 signed you in but gave Tidings no refresh token, so Tidings could not stay signed in. Check that the app may ask for offline access and sign in again.</source>
        <translation>%1 inició tu sesión, pero no le dio a Tidings ningún token de actualización, así que Tidings no pudo mantener la sesión iniciada. Comprueba que la aplicación pueda pedir acceso sin conexión (offline access) y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 had a temporary problem finishing the sign-in (HTTP %2). Sign in again in a moment.</source>
        <translation>%1 tuvo un problema temporal al terminar el inicio de sesión (HTTP %2). Vuelve a iniciar sesión dentro de un momento.</translation>
    </message>
    <message>
        <source>%1 refused Tidings&apos; client ID or client secret: %2. Check both in %3.</source>
        <translation>%1 rechazó el ID de cliente o el secreto del cliente de Tidings: %2. Comprueba ambos en %3.</translation>
    </message>
    <message>
        <source>The sign-in with %1 was not finished in time. Start it again and finish it in the browser window that opens.</source>
        <translation>El inicio de sesión con %1 no se terminó a tiempo. Vuelve a empezarlo y termínalo en la ventana del navegador que se abre.</translation>
    </message>
</context>
<context>
    <name>Tidings::OrderTimelineQueries</name>
    <message>
        <source>Tidings could not read this order&apos;s history.</source>
        <translation>Tidings no pudo leer el historial de este pedido.</translation>
    </message>
    <message>
        <source>There is nothing stored for this order.</source>
        <translation>No hay nada guardado para este pedido.</translation>
    </message>
</context>
<context>
    <name>Tidings::PollScheduler</name>
    <message>
        <source>Tidings cannot read orders from this kind of connection (&quot;%1&quot;).</source>
        <translation>Tidings no puede leer pedidos de este tipo de conexión («%1»).</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>La comprobación falló.</translation>
    </message>
    <message>
        <source>Tidings could not save what it found.</source>
        <translation>Tidings no pudo guardar lo que encontró.</translation>
    </message>
</context>
<context>
    <name>Tidings::PollSignIn</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
</context>
<context>
    <name>Tidings::PollStateRepository</name>
    <message>
        <source>Tidings could not read where it stopped polling.</source>
        <translation>Tidings no pudo leer dónde se detuvo la consulta.</translation>
    </message>
    <message>
        <source>Tidings could not save where it stopped polling.</source>
        <translation>Tidings no pudo guardar dónde se detuvo la consulta.</translation>
    </message>
    <message>
        <source>Tidings could not read which changes it has already seen.</source>
        <translation>Tidings no pudo leer qué cambios ya ha visto.</translation>
    </message>
    <message>
        <source>Tidings could not read the stock levels it knows.</source>
        <translation>Tidings no pudo leer los niveles de inventario que conoce.</translation>
    </message>
</context>
<context>
    <name>Tidings::Poller</name>
    <message>
        <source>Check every (minutes)</source>
        <translation>Comprobar cada (minutos)</translation>
    </message>
    <message>
        <source>How often Tidings asks for new and changed orders. Shorter means quicker messages and more requests to the platform.</source>
        <translation>Con qué frecuencia pide Tidings los pedidos nuevos y modificados. Más corto significa mensajes más rápidos y más solicitudes a la plataforma.</translation>
    </message>
    <message>
        <source>First check reaches back (days)</source>
        <translation>La primera comprobación abarca (días)</translation>
    </message>
    <message>
        <source>The first check reads the orders of these last days, so later changes to them are noticed. Their customers are not written to about what happened before.</source>
        <translation>La primera comprobación lee los pedidos de estos últimos días, para detectar cambios posteriores en ellos. No se escribe a sus clientes sobre lo que pasó antes.</translation>
    </message>
    <message>
        <source>The %1 address of this source is missing or not a web address. Enter the shop&apos;s address, starting with https://.</source>
        <translation>Falta la dirección de %1 de este origen o no es una dirección web. Escribe la dirección de la tienda, empezando por https://.</translation>
    </message>
    <message>
        <source>The %1 address of this source starts with http://, so the shop&apos;s keys would travel unencrypted. Use the https:// address.</source>
        <translation>La dirección de %1 de este origen empieza por http://, así que las claves de la tienda viajarían sin cifrar. Usa la dirección https://.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Tidings will ask again shortly.</source>
        <translation>%1 no respondió a tiempo. Tidings volverá a preguntar en breve.</translation>
    </message>
    <message>
        <source>Tidings could not reach %1. Check the internet connection and the shop&apos;s address; Tidings will try again.</source>
        <translation>Tidings no pudo conectar con %1. Comprueba la conexión a internet y la dirección de la tienda; Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>%1 asked Tidings to slow down. Tidings will ask again when %1 allows it.</source>
        <translation>%1 le pidió a Tidings que fuera más despacio. Tidings volverá a preguntar cuando %1 lo permita.</translation>
    </message>
    <message>
        <source>%1 refused the access key of this source (HTTP %2). Check the key and its permissions to read orders in Connections.</source>
        <translation>%1 rechazó la clave de acceso de este origen (HTTP %2). Comprueba en Conexiones la clave y sus permisos para leer pedidos.</translation>
    </message>
    <message>
        <source>%1 does not know the address Tidings asked (HTTP 404). Check the shop&apos;s address in Connections.</source>
        <translation>%1 no conoce la dirección que consultó Tidings (HTTP 404). Comprueba la dirección de la tienda en Conexiones.</translation>
    </message>
    <message>
        <source>%1 had a temporary problem (HTTP %2). Tidings will ask again.</source>
        <translation>%1 tuvo un problema temporal (HTTP %2). Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2). Check the shop&apos;s address in Connections.</source>
        <translation>%1 respondió con una redirección (HTTP %2). Comprueba la dirección de la tienda en Conexiones.</translation>
    </message>
    <message>
        <source>%1 refused Tidings&apos; request (HTTP %2).</source>
        <translation>%1 rechazó la solicitud de Tidings (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>Tidings::PreviewQueries</name>
    <message>
        <source>Tidings could not read your recent orders for the preview.</source>
        <translation>Tidings no pudo leer tus pedidos recientes para la vista previa.</translation>
    </message>
</context>
<context>
    <name>Tidings::QuietHours</name>
    <message>
        <source>Enter a start and an end time, like 21:00 and 08:00.</source>
        <translation>Escribe una hora de inicio y una de fin, como 21:00 y 08:00.</translation>
    </message>
    <message>
        <source>Quiet hours start and end at the same time (%1). Choose an end time later than the start, like 21:00 to 08:00.</source>
        <translation>Las horas de silencio empiezan y terminan a la misma hora (%1). Elige una hora de fin posterior a la de inicio, como de 21:00 a 08:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Pick one from the list, like Europe/London or America/New_York.</source>
        <translation>«%1» no es una zona horaria que conozca este equipo. Elige una de la lista, como Europe/London o America/New_York.</translation>
    </message>
    <message>
        <source>Text messages and Slack messages are sent at any time of day or night.</source>
        <translation>Los mensajes de texto y los de Slack se envían a cualquier hora del día o de la noche.</translation>
    </message>
    <message>
        <source>Held for quiet hours until %1 (the shop&apos;s time, %2). Nothing was sent and no try was used up.</source>
        <translation>Retenido por las horas de silencio hasta %1 (hora de la tienda, %2). No se envió nada ni se gastó ningún intento.</translation>
    </message>
    <message>
        <source>Text messages and Slack messages that would go out between %1 and %2 (%3 time) wait and are sent at %2; a text to a customer whose order has an address waits for %2 on the customer&apos;s clock. Nothing is lost and no try is used up. Emails are always sent at once.</source>
        <translation>Los SMS y los mensajes de Slack que saldrían entre %1 y %2 (hora de %3) esperan y se envían a las %2; un SMS a un cliente cuyo pedido tiene dirección espera hasta las %2 en la hora del cliente. No se pierde nada ni se gasta ningún intento. Los correos se envían siempre al momento.</translation>
    </message>
    <message>
        <source>Held for quiet hours until %1 (the customer&apos;s time, %2). Nothing was sent and no try was used up.</source>
        <translation>Retenido por las horas de silencio hasta %1 (hora del cliente, %2). No se envió nada ni se gastó ningún intento.</translation>
    </message>
</context>
<context>
    <name>Tidings::Rules</name>
    <message>
        <source>Rule &quot;%1&quot; uses a channel that is missing or switched off.</source>
        <translation>La regla «%1» usa un canal que no existe o está desactivado.</translation>
    </message>
    <message>
        <source>The order has no customer email address, so rule &quot;%1&quot; sent nothing.</source>
        <translation>El pedido no tiene dirección de correo electrónico del cliente, así que la regla «%1» no envió nada.</translation>
    </message>
</context>
<context>
    <name>Tidings::SalesforceAdapter</name>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Order and opportunity changes from Salesforce outbound messages.</source>
        <translation>Cambios de pedidos y oportunidades desde los mensajes salientes de Salesforce.</translation>
    </message>
    <message>
        <source>Address token</source>
        <translation>Token de dirección</translation>
    </message>
    <message>
        <source>Tidings makes this token. It is the end of the endpoint URL you paste into Salesforce, so keep that URL private.</source>
        <translation>Tidings crea este token. Es el final de la URL del endpoint que pegas en Salesforce, así que mantén esa URL en privado.</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID de la organización</translation>
    </message>
    <message>
        <source>Your Salesforce organization ID (Setup → Company Information → Salesforce.com Organization ID). Messages from any other organization are refused.</source>
        <translation>El ID de tu organización de Salesforce (Setup → Company Information → Salesforce.com Organization ID). Se rechazan los mensajes de cualquier otra organización.</translation>
    </message>
    <message>
        <source>Status map</source>
        <translation>Mapa de estados</translation>
    </message>
    <message>
        <source>Which order Status or opportunity Stage means which order status, as JSON. Draft → pending and Activated → paid are built in; statuses not listed are recorded and notify nobody.</source>
        <translation>Qué Status de pedido o Stage de oportunidad corresponde a qué estado del pedido, en JSON. Draft → pending y Activated → paid vienen incluidos; los estados que no aparecen se registran y no avisan a nadie.</translation>
    </message>
    <message>
        <source>Customer email field</source>
        <translation>Campo del correo electrónico del cliente</translation>
    </message>
    <message>
        <source>Outbound messages carry only the order&apos;s own fields. Name a field that holds the customer&apos;s email, for example a formula field Customer_Email__c = BillToContact.Email, and include it in the message.</source>
        <translation>Los mensajes salientes solo llevan los campos propios del pedido. Indica un campo que contenga el correo electrónico del cliente, por ejemplo un campo de fórmula Customer_Email__c = BillToContact.Email, e inclúyelo en el mensaje.</translation>
    </message>
    <message>
        <source>In Salesforce Setup, search for &quot;Outbound Messages&quot; and click New Outbound Message. Choose the object Order (or Opportunity).</source>
        <translation>En Setup de Salesforce, busca «Outbound Messages» y haz clic en New Outbound Message. Elige el objeto Order (u Opportunity).</translation>
    </message>
    <message>
        <source>Set the Endpoint URL to: %1</source>
        <translation>Pon la Endpoint URL en: %1</translation>
    </message>
    <message>
        <source>Leave &quot;Send Session ID&quot; unticked; Tidings does not need it. Select the fields Id, OrderNumber, Status, StatusCode, TotalAmount, EffectiveDate and your customer email field.</source>
        <translation>Deja «Send Session ID» sin marcar; Tidings no lo necesita. Selecciona los campos Id, OrderNumber, Status, StatusCode, TotalAmount, EffectiveDate y tu campo del correo electrónico del cliente.</translation>
    </message>
    <message>
        <source>Add the outbound message as an action of a record-triggered flow (or workflow rule) that runs when an order is created or its status changes.</source>
        <translation>Añade el mensaje saliente como acción de un flujo desencadenado por registro (o de una regla de flujo de trabajo) que se ejecute cuando se cree un pedido o cambie su estado.</translation>
    </message>
    <message>
        <source>Enter your organization ID in Tidings and list your order statuses in the status map.</source>
        <translation>Escribe el ID de tu organización en Tidings y anota los estados de tus pedidos en el mapa de estados.</translation>
    </message>
    <message>
        <source>Salesforce lists failed deliveries under Setup → Outbound Messages → View Message Delivery Status.</source>
        <translation>Salesforce muestra las entregas fallidas en Setup → Outbound Messages → View Message Delivery Status.</translation>
    </message>
    <message>
        <source>No address token is saved for %1, so its Salesforce messages cannot be checked and were refused. Set the connection up again in Connections.</source>
        <translation>No hay ningún token de dirección guardado para %1, así que sus mensajes de Salesforce no se pueden verificar y se rechazaron. Vuelve a configurar la conexión en Conexiones.</translation>
    </message>
    <message>
        <source>A request reached the Salesforce address of %1 without the right token, so it was refused. Check that the endpoint URL in Salesforce is exactly the one Tidings shows.</source>
        <translation>Llegó una solicitud a la dirección de Salesforce de %1 sin el token correcto, así que se rechazó. Comprueba que la URL del endpoint en Salesforce sea exactamente la que muestra Tidings.</translation>
    </message>
    <message>
        <source>Salesforce messages for %1 cannot be checked because its organization ID is missing or not a Salesforce ID. Enter it in Connections; Salesforce will send the messages again.</source>
        <translation>Los mensajes de Salesforce para %1 no se pueden verificar porque falta el ID de su organización o no es un ID de Salesforce. Escríbelo en Conexiones; Salesforce volverá a enviar los mensajes.</translation>
    </message>
    <message>
        <source>Salesforce sent a message Tidings cannot read as an outbound message, so it was refused.</source>
        <translation>Salesforce envió un mensaje que Tidings no puede leer como mensaje saliente, así que se rechazó.</translation>
    </message>
    <message>
        <source>A Salesforce message for %1 came from another Salesforce organization, so it was refused. Check the organization ID in Connections.</source>
        <translation>Un mensaje de Salesforce para %1 vino de otra organización de Salesforce, así que se rechazó. Comprueba el ID de la organización en Conexiones.</translation>
    </message>
</context>
<context>
    <name>Tidings::SalesforcePoller</name>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Salesforce answered with something that is not a list of orders. Tidings will ask again.</source>
        <translation>Salesforce respondió con algo que no es una lista de pedidos. Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in of &quot;%1&quot; even with a new access token. Check that the connected app&apos;s OAuth policies allow this user, then connect the source again in Connections.</source>
        <translation>Salesforce rechazó el inicio de sesión de «%1» incluso con un token de acceso nuevo. Comprueba que las políticas de OAuth de la aplicación conectada permitan a este usuario y luego vuelve a conectar el origen en Conexiones.</translation>
    </message>
    <message>
        <source>Your Salesforce org has used up the API requests it is allowed in 24 hours, so &quot;%1&quot; cannot be checked now. Tidings tries again in an hour; Setup → Company Information shows the org&apos;s API usage.</source>
        <translation>Tu organización de Salesforce ha agotado las solicitudes de API que tiene permitidas en 24 horas, así que ahora no se puede comprobar «%1». Tidings lo volverá a intentar dentro de una hora; Setup → Company Information muestra el uso de la API de la organización.</translation>
    </message>
    <message>
        <source>Salesforce is busy with too many long requests from your org. Tidings checks &quot;%1&quot; again in a minute.</source>
        <translation>Salesforce está ocupado con demasiadas solicitudes largas de tu organización. Tidings volverá a comprobar «%1» dentro de un minuto.</translation>
    </message>
    <message>
        <source>Salesforce does not let the user of &quot;%1&quot; read orders through the API. The user needs the &quot;API Enabled&quot; permission (not in Professional Edition without the API add-on) and read access to Orders, Contacts and Accounts.</source>
        <translation>Salesforce no permite que el usuario de «%1» lea pedidos a través de la API. El usuario necesita el permiso «API Enabled» (no disponible en Professional Edition sin el complemento de API) y acceso de lectura a Orders, Contacts y Accounts.</translation>
    </message>
    <message>
        <source>Salesforce does not know one of the order fields &quot;%1&quot; asks for. Check the field names in the source&apos;s settings; custom fields end in __c.</source>
        <translation>Salesforce no conoce uno de los campos de pedido que pide «%1». Comprueba los nombres de los campos en los ajustes del origen; los campos personalizados terminan en __c.</translation>
    </message>
    <message>
        <source>Salesforce has no order field &quot;%1&quot; that the user of &quot;%2&quot; can read. Check the field names in the source&apos;s settings (custom fields end in __c), or give the user access to the field.</source>
        <translation>Salesforce no tiene ningún campo de pedido «%1» que pueda leer el usuario de «%2». Comprueba los nombres de los campos en los ajustes del origen (los campos personalizados terminan en __c) o da al usuario acceso al campo.</translation>
    </message>
    <message>
        <source>Orders are not turned on in this Salesforce org, or the user of &quot;%1&quot; may not read them. Turn them on in Setup → Order Settings → Enable Orders, and give the user read access to Orders.</source>
        <translation>Los pedidos no están activados en esta organización de Salesforce, o el usuario de «%1» no puede leerlos. Actívalos en Setup → Order Settings → Enable Orders y da al usuario acceso de lectura a Orders.</translation>
    </message>
    <message>
        <source>Salesforce could not run Tidings&apos; order query for &quot;%1&quot;. Check the field names in the source&apos;s settings (custom fields end in __c) and the API version.</source>
        <translation>Salesforce no pudo ejecutar la consulta de pedidos de Tidings para «%1». Comprueba los nombres de los campos en los ajustes del origen (los campos personalizados terminan en __c) y la versión de la API.</translation>
    </message>
    <message>
        <source>Salesforce does not know the API version &quot;%1&quot; asked for by &quot;%2&quot;. Leave the API version empty to use %3.</source>
        <translation>Salesforce no conoce la versión de la API «%1» que pide «%2». Deja vacía la versión de la API para usar %3.</translation>
    </message>
    <message>
        <source>Salesforce pointed Tidings to a next page that is not a list of orders on your org. Tidings starts the check again.</source>
        <translation>Salesforce dirigió a Tidings a una página siguiente que no es una lista de pedidos de tu organización. Tidings empieza de nuevo la comprobación.</translation>
    </message>
    <message>
        <source>Salesforce lost Tidings&apos; place in the list of orders. Tidings will ask again.</source>
        <translation>Salesforce perdió la posición de Tidings en la lista de pedidos. Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>Salesforce signed Tidings in without saying where your org&apos;s data is. Tidings will ask again.</source>
        <translation>Salesforce inició la sesión de Tidings sin indicar dónde están los datos de tu organización. Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>New orders and status changes of Salesforce Orders, with tracking numbers from your own fields, read every few minutes.</source>
        <translation>Pedidos nuevos y cambios de estado de los Orders de Salesforce, con números de seguimiento de tus propios campos, leídos cada pocos minutos.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>Filled in when you click &quot;Sign in with Salesforce&quot; and sign in as the Salesforce user Tidings reads orders as. You can also paste one made with your app (scopes &quot;api&quot; and &quot;refresh_token, offline_access&quot;), for example with the Salesforce CLI.</source>
        <translation>Se rellena al hacer clic en «Iniciar sesión con Salesforce» e iniciar sesión como el usuario de Salesforce con el que Tidings lee los pedidos. También puedes pegar uno creado con tu aplicación (permisos &quot;api&quot; y &quot;refresh_token, offline_access&quot;), por ejemplo con la Salesforce CLI.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <source>The app&apos;s consumer secret (External Client App Manager → your app → Settings → OAuth Settings → Consumer Key and Secret; older Connected Apps: App Manager → View → Manage Consumer Details). Leave empty only if the app does not require a secret.</source>
        <translation>El consumer secret de la aplicación (External Client App Manager → tu aplicación → Settings → OAuth Settings → Consumer Key and Secret; en las Connected Apps antiguas: App Manager → View → Manage Consumer Details). Déjalo vacío solo si la aplicación no requiere un secreto.</translation>
    </message>
    <message>
        <source>Salesforce login address</source>
        <translation>Dirección de inicio de sesión de Salesforce</translation>
    </message>
    <message>
        <source>Leave empty for https://login.salesforce.com. Sandboxes: https://test.salesforce.com, or your org&apos;s My Domain address (https://yourcompany.my.salesforce.com).</source>
        <translation>Déjalo vacío para usar https://login.salesforce.com. Sandboxes: https://test.salesforce.com, o la dirección My Domain de tu organización (https://tuempresa.my.salesforce.com).</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key, shown next to the consumer secret.</source>
        <translation>La consumer key de la aplicación conectada, que aparece junto al consumer secret.</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Estados de pedido</translation>
    </message>
    <message>
        <source>Which order Status means which order status, as JSON. Draft → pending and Activated → paid are built in; other statuses not listed count as their status category (Draft or Activated).</source>
        <translation>Qué Status de pedido corresponde a qué estado del pedido, en JSON. Draft → pending y Activated → paid vienen incluidos; los demás estados que no aparecen cuentan como su categoría de estado (Draft o Activated).</translation>
    </message>
    <message>
        <source>Customer email field</source>
        <translation>Campo del correo electrónico del cliente</translation>
    </message>
    <message>
        <source>Optional: an order field with the customer&apos;s email address, when it is not the Bill To contact&apos;s email. Its API name, e.g. Customer_Email__c.</source>
        <translation>Opcional: un campo del pedido con la dirección de correo electrónico del cliente, si no es el correo del contacto Bill To. Su nombre de API, p. ej., Customer_Email__c.</translation>
    </message>
    <message>
        <source>Tracking number field</source>
        <translation>Campo del número de seguimiento</translation>
    </message>
    <message>
        <source>Optional: the API name of the order field holding the tracking number. A number appearing here is a new shipment.</source>
        <translation>Opcional: el nombre de API del campo del pedido que contiene el número de seguimiento. Un número que aparece aquí es un envío nuevo.</translation>
    </message>
    <message>
        <source>Carrier field</source>
        <translation>Campo del transportista</translation>
    </message>
    <message>
        <source>Optional: the API name of the order field naming the carrier.</source>
        <translation>Opcional: el nombre de API del campo del pedido que indica el transportista.</translation>
    </message>
    <message>
        <source>Tracking link field</source>
        <translation>Campo del enlace de seguimiento</translation>
    </message>
    <message>
        <source>Optional: the API name of the order field holding the tracking page address.</source>
        <translation>Opcional: el nombre de API del campo del pedido que contiene la dirección de la página de seguimiento.</translation>
    </message>
    <message>
        <source>Callback URL (sign-in)</source>
        <translation>URL de devolución de llamada (inicio de sesión)</translation>
    </message>
    <message>
        <source>The callback URL entered in your app in Salesforce; Salesforce accepts only that exact address. Leave empty for %1.</source>
        <translation>La URL de devolución de llamada (callback URL) que escribiste en tu aplicación de Salesforce; Salesforce solo acepta exactamente esa dirección. Déjalo vacío para usar %1.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>Leave empty for %1.</source>
        <translation>Déjalo vacío para usar %1.</translation>
    </message>
    <message>
        <source>In Salesforce Setup, open External Client App Manager and click &quot;New External Client App&quot; (older orgs: App Manager → &quot;New Connected App&quot;). Enable OAuth with the scopes &quot;Manage user data via APIs (api)&quot; and &quot;Perform requests at any time (refresh_token, offline_access)&quot;, enter the callback URL %1, and keep &quot;Require Proof Key for Code Exchange (PKCE)&quot; on: Tidings uses it.</source>
        <translation>En Setup de Salesforce, abre External Client App Manager y haz clic en «New External Client App» (organizaciones antiguas: App Manager → «New Connected App»). Habilita OAuth con los permisos «Manage user data via APIs (api)» y «Perform requests at any time (refresh_token, offline_access)», escribe la callback URL %1 y deja activado «Require Proof Key for Code Exchange (PKCE)»: Tidings lo usa.</translation>
    </message>
    <message>
        <source>Under the app&apos;s policies, set &quot;Refresh Token Policy&quot; to &quot;Refresh token is valid until revoked&quot; and allow the user Tidings reads as. That user needs the &quot;API Enabled&quot; permission and read access to Orders, Contacts and Accounts.</source>
        <translation>En las políticas de la aplicación, pon «Refresh Token Policy» en «Refresh token is valid until revoked» y permite el usuario con el que lee Tidings. Ese usuario necesita el permiso «API Enabled» y acceso de lectura a Orders, Contacts y Accounts.</translation>
    </message>
    <message>
        <source>Copy the consumer key and consumer secret from the app&apos;s OAuth settings (&quot;Consumer Key and Secret&quot;). Enter the key in the settings and paste the secret here. For a sandbox, set the login address to https://test.salesforce.com.</source>
        <translation>Copia la consumer key y el consumer secret de los ajustes de OAuth de la aplicación («Consumer Key and Secret»). Escribe la clave en los ajustes y pega aquí el secreto. Para un sandbox, pon como dirección de inicio de sesión https://test.salesforce.com.</translation>
    </message>
    <message>
        <source>Click &quot;Sign in with Salesforce&quot; and sign in as that user. If the app rotates refresh tokens, Tidings keeps the newest one in the keychain.</source>
        <translation>Haz clic en «Iniciar sesión con Salesforce» e inicia sesión como ese usuario. Si la aplicación rota los tokens de actualización, Tidings guarda el más reciente en el llavero.</translation>
    </message>
    <message>
        <source>List your order statuses in the status map, and name the fields that hold tracking numbers, if you keep them on the order.</source>
        <translation>Anota los estados de tus pedidos en el mapa de estados e indica los campos que contienen los números de seguimiento, si los guardas en el pedido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no Salesforce sign-in yet. Enter the connected app&apos;s consumer key and the refresh token in Connections.</source>
        <translation>«%1» todavía no tiene ningún inicio de sesión de Salesforce. Escribe la consumer key de la aplicación conectada y el token de actualización en Conexiones.</translation>
    </message>
    <message>
        <source>The API version of &quot;%1&quot; is not a Salesforce API version like %2. Leave it empty to use %2.</source>
        <translation>La versión de la API de «%1» no es una versión de la API de Salesforce como %2. Déjala vacía para usar %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce field name (setting &quot;%2&quot; of &quot;%3&quot;). Enter the field&apos;s API name, e.g. Tracking_Number__c.</source>
        <translation>«%1» no es un nombre de campo de Salesforce (ajuste «%2» de «%3»). Escribe el nombre de API del campo, p. ej., Tracking_Number__c.</translation>
    </message>
    <message>
        <source>Your Salesforce org has used %1% or more of the API requests it is allowed in 24 hours. Tidings pauses checking &quot;%2&quot; until %3 to leave the rest to your other apps.</source>
        <translation>Tu organización de Salesforce ha usado el %1% o más de las solicitudes de API que tiene permitidas en 24 horas. Tidings deja de comprobar «%2» hasta las %3 para dejar el resto a tus otras aplicaciones.</translation>
    </message>
</context>
<context>
    <name>Tidings::SampleScenarios</name>
    <message>
        <source>Many items (10)</source>
        <translation>Muchos artículos (10)</translation>
    </message>
    <message>
        <source>No tracking link</source>
        <translation>Sin enlace de seguimiento</translation>
    </message>
    <message>
        <source>Long names</source>
        <translation>Nombres largos</translation>
    </message>
    <message>
        <source>Chinese names</source>
        <translation>Nombres chinos</translation>
    </message>
    <message>
        <source>Arabic names (right to left)</source>
        <translation>Nombres árabes (de derecha a izquierda)</translation>
    </message>
    <message>
        <source>Cyrillic names</source>
        <translation>Nombres en cirílico</translation>
    </message>
    <message>
        <source>One item</source>
        <translation>Un artículo</translation>
    </message>
</context>
<context>
    <name>Tidings::SapCommerceAdapter</name>
    <message>
        <source>SAP Commerce Cloud</source>
        <translation>SAP Commerce Cloud</translation>
    </message>
    <message>
        <source>New and changed orders and consignments (shipments) through SAP Commerce webhook services.</source>
        <translation>Pedidos y consignaciones (envíos) nuevos y modificados a través de los servicios de webhook de SAP Commerce.</translation>
    </message>
    <message>
        <source>Webhook password</source>
        <translation>Contraseña del webhook</translation>
    </message>
    <message>
        <source>Tidings made this password. Use it, with the username below, as the Basic credential of the consumed destination in SAP Commerce.</source>
        <translation>Tidings creó esta contraseña. Úsala, con el nombre de usuario de abajo, como credencial Basic del destino consumido (consumed destination) en SAP Commerce.</translation>
    </message>
    <message>
        <source>Webhook username</source>
        <translation>Nombre de usuario del webhook</translation>
    </message>
    <message>
        <source>The username SAP Commerce sends with the password (Basic authentication). Choose any name and enter the same one in the destination&apos;s Basic credential.</source>
        <translation>El nombre de usuario que SAP Commerce envía con la contraseña (autenticación Basic). Elige cualquier nombre y escribe el mismo en la credencial Basic del destino.</translation>
    </message>
    <message>
        <source>In Backoffice, open Integration UI Tool and model an integration object for Order (code, status, deliveryStatus, date, modifiedtime, user with uid and name, entries with quantity, basePrice and product code and name, totalPrice, currency isocode) and one for Consignment (code, status, trackingID, carrier, modifiedtime, order with code).</source>
        <translation>En Backoffice, abre Integration UI Tool y modela un objeto de integración para Order (code, status, deliveryStatus, date, modifiedtime, user con uid y name, entries con quantity, basePrice y el code y name de product, totalPrice, currency isocode) y otro para Consignment (code, status, trackingID, carrier, modifiedtime, order con code).</translation>
    </message>
    <message>
        <source>Open System → API → Destinations, create a Basic credential with the username and password shown here, and a consumed destination with this URL: %1</source>
        <translation>Abre System → API → Destinations, crea una credencial Basic con el nombre de usuario y la contraseña que se muestran aquí, y un destino consumido con esta URL: %1</translation>
    </message>
    <message>
        <source>Open Integration UI Tool → Webhooks and create a webhook for each integration object, sending to that destination.</source>
        <translation>Abre Integration UI Tool → Webhooks y crea un webhook para cada objeto de integración, que envíe a ese destino.</translation>
    </message>
    <message>
        <source>Place a test order: it appears in Tidings&apos; Monitor; a consignment that ships adds its shipment.</source>
        <translation>Haz un pedido de prueba: aparece en el Monitor de Tidings; una consignación que se envía añade su envío.</translation>
    </message>
    <message>
        <source>No webhook username or password is saved for this SAP Commerce connection, so its webhooks cannot be checked and were refused. Complete the connection in Connections.</source>
        <translation>No hay ningún nombre de usuario ni contraseña del webhook guardados para esta conexión de SAP Commerce, así que sus webhooks no se pueden verificar y se rechazaron. Completa la conexión en Conexiones.</translation>
    </message>
    <message>
        <source>A request reached this SAP Commerce connection&apos;s address without a username and password, so it was refused. Give the consumed destination in SAP Commerce a Basic credential with the username and password shown in Tidings.</source>
        <translation>Llegó una solicitud a la dirección de esta conexión de SAP Commerce sin nombre de usuario ni contraseña, así que se rechazó. Dale al destino consumido en SAP Commerce una credencial Basic con el nombre de usuario y la contraseña que muestra Tidings.</translation>
    </message>
    <message>
        <source>SAP Commerce signed in with something other than a username and password (OAuth, perhaps), so the request was refused. Give the consumed destination a Basic credential with the username and password shown in Tidings.</source>
        <translation>SAP Commerce inició sesión con algo distinto de un nombre de usuario y una contraseña (quizá OAuth), así que la solicitud se rechazó. Dale al destino consumido una credencial Basic con el nombre de usuario y la contraseña que muestra Tidings.</translation>
    </message>
    <message>
        <source>SAP Commerce sent a username or password that does not match this connection, so the request was refused. Check the Basic credential of the consumed destination in SAP Commerce against Tidings.</source>
        <translation>SAP Commerce envió un nombre de usuario o una contraseña que no coincide con esta conexión, así que la solicitud se rechazó. Compara la credencial Basic del destino consumido en SAP Commerce con Tidings.</translation>
    </message>
    <message>
        <source>SAP Commerce sent a webhook whose content is not a JSON object, so it could not be read.</source>
        <translation>SAP Commerce envió un webhook cuyo contenido no es un objeto JSON, así que no se pudo leer.</translation>
    </message>
    <message>
        <source>SAP Commerce sent an order without its code, so it cannot be matched to an order. Add the attribute &quot;code&quot; to the Order integration object.</source>
        <translation>SAP Commerce envió un pedido sin su code, así que no se puede asociar a ningún pedido. Añade el atributo &quot;code&quot; al objeto de integración Order.</translation>
    </message>
    <message>
        <source>SAP Commerce sent a consignment without its code or its order&apos;s code, so it cannot be matched to an order. Add &quot;code&quot; and &quot;order&quot; (with its code) to the Consignment integration object.</source>
        <translation>SAP Commerce envió una consignación sin su code o sin el code de su pedido, así que no se puede asociar a ningún pedido. Añade &quot;code&quot; y &quot;order&quot; (con su code) al objeto de integración Consignment.</translation>
    </message>
</context>
<context>
    <name>Tidings::SapCommercePoller</name>
    <message>
        <source>SAP Commerce</source>
        <translation>SAP Commerce</translation>
    </message>
    <message>
        <source>SAP Commerce refused the access of the OAuth client &quot;%1&quot; for &quot;%2&quot;, even with a new token. Check in Backoffice → System → OAuth → OAuth Clients that the client still exists, then check its secret in Connections.</source>
        <translation>SAP Commerce rechazó el acceso del cliente OAuth «%1» para «%2», incluso con un token nuevo. Comprueba en Backoffice → System → OAuth → OAuth Clients que el cliente todavía exista y luego comprueba su secreto en Conexiones.</translation>
    </message>
    <message>
        <source>SAP Commerce does not let the OAuth client &quot;%1&quot; read all orders of &quot;%2&quot;: the client is not trusted. In Backoffice → System → OAuth → OAuth Clients, add ROLE_TRUSTED_CLIENT to the client&apos;s authorities.</source>
        <translation>SAP Commerce no permite que el cliente OAuth «%1» lea todos los pedidos de «%2»: el cliente no es de confianza. En Backoffice → System → OAuth → OAuth Clients, añade ROLE_TRUSTED_CLIENT a las authorities del cliente.</translation>
    </message>
    <message>
        <source>SAP Commerce has no site &quot;%1&quot;. Check the site ID of &quot;%2&quot; in Connections (for example electronics or apparel-uk).</source>
        <translation>SAP Commerce no tiene ningún sitio «%1». Comprueba el ID del sitio de «%2» en Conexiones (por ejemplo, electronics o apparel-uk).</translation>
    </message>
    <message>
        <source>SAP Commerce has no order feed at the address of &quot;%1&quot;. Check the API address in Connections: the address of the commerce web services (https://api.…), without /occ/v2.</source>
        <translation>SAP Commerce no tiene ningún feed de pedidos en la dirección de «%1». Comprueba la dirección de la API en Conexiones: la dirección de los commerce web services (https://api.…), sin /occ/v2.</translation>
    </message>
    <message>
        <source>SAP Commerce answered with something that is not %1. A maintenance page or a proxy may be in the way; Tidings will ask again.</source>
        <translation>SAP Commerce respondió con algo que no es %1. Puede que una página de mantenimiento o un proxy esté en medio; Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>an order</source>
        <translation>un pedido</translation>
    </message>
    <message>
        <source>a list of changed orders</source>
        <translation>una lista de pedidos modificados</translation>
    </message>
    <message>
        <source>SAP Commerce Cloud</source>
        <translation>SAP Commerce Cloud</translation>
    </message>
    <message>
        <source>Order status changes and their consignments (shipments) with tracking numbers, read every few minutes through the commerce web services (OCC).</source>
        <translation>Cambios de estado de los pedidos y sus consignaciones (envíos) con números de seguimiento, leídos cada pocos minutos a través de los commerce web services (OCC).</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secreto del cliente OAuth</translation>
    </message>
    <message>
        <source>The secret of the OAuth client made for Tidings in Backoffice → System → OAuth → OAuth Clients.</source>
        <translation>El secreto del cliente OAuth creado para Tidings en Backoffice → System → OAuth → OAuth Clients.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>The address of the commerce web services, without /occ/v2: on Commerce Cloud the &quot;api&quot; endpoint shown in Cloud Portal → Environments.</source>
        <translation>La dirección de los commerce web services, sin /occ/v2: en Commerce Cloud, el endpoint «api» que aparece en Cloud Portal → Environments.</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>ID del sitio</translation>
    </message>
    <message>
        <source>The ID of the base site whose orders Tidings reads, as in /occ/v2/&lt;site&gt;.</source>
        <translation>El ID del sitio base cuyos pedidos lee Tidings, como en /occ/v2/&lt;site&gt;.</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID del cliente OAuth</translation>
    </message>
    <message>
        <source>The ID of the OAuth client made for Tidings.</source>
        <translation>El ID del cliente OAuth creado para Tidings.</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>Dirección de tokens</translation>
    </message>
    <message>
        <source>Leave empty for &lt;API address&gt;/authorizationserver/oauth/token; change it only when your authorization server lives elsewhere.</source>
        <translation>Déjalo vacío para usar &lt;API address&gt;/authorizationserver/oauth/token; cámbialo solo si tu servidor de autorización está en otro sitio.</translation>
    </message>
    <message>
        <source>In Backoffice, open System → OAuth → OAuth Clients and create a client with the ID &quot;tidings&quot; and a long random secret.</source>
        <translation>En Backoffice, abre System → OAuth → OAuth Clients y crea un cliente con el ID «tidings» y un secreto largo y aleatorio.</translation>
    </message>
    <message>
        <source>Give it the authority ROLE_TRUSTED_CLIENT and the grant type client_credentials, and save. Only a trusted client may read the orders of all customers; Tidings only reads.</source>
        <translation>Dale la authority ROLE_TRUSTED_CLIENT y el grant type client_credentials, y guarda. Solo un cliente de confianza puede leer los pedidos de todos los clientes; Tidings solo lee.</translation>
    </message>
    <message>
        <source>Enter the API address (Cloud Portal → Environments → the &quot;api&quot; endpoint), the site ID and the client ID here, and paste the client secret.</source>
        <translation>Escribe aquí la dirección de la API (Cloud Portal → Environments → el endpoint «api»), el ID del sitio y el ID de cliente, y pega el secreto del cliente.</translation>
    </message>
    <message>
        <source>Tidings reads the order status feed of the commerce web services: it lists orders whose status changed in the last hours on the server Tidings reaches. A consignment that ships without changing its order&apos;s status is read when the order&apos;s status next changes.</source>
        <translation>Tidings lee el feed de estados de pedido de los commerce web services: muestra los pedidos cuyo estado cambió en las últimas horas en el servidor al que llega Tidings. Una consignación que se envía sin cambiar el estado de su pedido se lee la próxima vez que cambie el estado del pedido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which SAP Commerce site to read or which OAuth client to use. Enter the site ID and the client ID in Connections.</source>
        <translation>«%1» no indica qué sitio de SAP Commerce se debe leer ni qué cliente OAuth se debe usar. Escribe el ID del sitio y el ID de cliente en Conexiones.</translation>
    </message>
    <message>
        <source>No OAuth client secret is saved for &quot;%1&quot;, so its orders cannot be read. Paste the client&apos;s secret in Connections.</source>
        <translation>No hay ningún secreto del cliente OAuth guardado para «%1», así que sus pedidos no se pueden leer. Pega el secreto del cliente en Conexiones.</translation>
    </message>
</context>
<context>
    <name>Tidings::SecretBatch</name>
    <message>
        <source>Tidings could not read its saved passwords and keys. Restart Tidings and try again.</source>
        <translation>Tidings no pudo leer sus contraseñas y claves guardadas. Reinicia Tidings y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Tidings::SendGridChannel</name>
    <message>
        <source>SendGrid</source>
        <translation>SendGrid</translation>
    </message>
    <message>
        <source>Email through Twilio SendGrid&apos;s v3 Mail Send API.</source>
        <translation>Correo electrónico a través de la API v3 Mail Send de Twilio SendGrid.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>SendGrid → Settings → API Keys → Create API Key, with Restricted Access and only &quot;Mail Send&quot; allowed. It starts with SG.</source>
        <translation>SendGrid → Settings → API Keys → Create API Key, con Restricted Access y solo «Mail Send» permitido. Empieza por SG.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>https://api.sendgrid.com, or https://api.eu.sendgrid.com for EU accounts.</source>
        <translation>https://api.sendgrid.com, o https://api.eu.sendgrid.com para cuentas de la UE.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>A verified sender or an address of an authenticated domain.</source>
        <translation>Un remitente verificado o una dirección de un dominio autenticado.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Lo que ven los clientes como remitente.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Dirección de respuesta</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Adonde van las respuestas de los clientes, si no es a la dirección del remitente.</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Modo sandbox</translation>
    </message>
    <message>
        <source>true: SendGrid checks each message but delivers nothing.</source>
        <translation>true: SendGrid comprueba cada mensaje, pero no entrega nada.</translation>
    </message>
    <message>
        <source>Dynamic template ID</source>
        <translation>ID de la plantilla dinámica</translation>
    </message>
    <message>
        <source>Optional: send with a SendGrid dynamic template (Email API → Dynamic Templates, an ID starting with &quot;d-&quot;) instead of Tidings&apos; own design. The template gets the order, customer, shipment, items and brand, and the subject as {{subject}}.</source>
        <translation>Opcional: envía con una plantilla dinámica de SendGrid (Email API → Dynamic Templates, un ID que empieza por «d-») en lugar del diseño propio de Tidings. La plantilla recibe el pedido, el cliente, el envío, los artículos y la marca, y el asunto como {{subject}}.</translation>
    </message>
    <message>
        <source>In SendGrid, open Settings → Sender Authentication and verify your sender address or authenticate your shop&apos;s domain.</source>
        <translation>En SendGrid, abre Settings → Sender Authentication y verifica tu dirección del remitente o autentica el dominio de tu tienda.</translation>
    </message>
    <message>
        <source>Open Settings → API Keys → Create API Key. Choose Restricted Access, allow only Mail Send, and create it.</source>
        <translation>Abre Settings → API Keys → Create API Key. Elige Restricted Access, permite solo Mail Send y créala.</translation>
    </message>
    <message>
        <source>Copy the key (SendGrid shows it once) and paste it here.</source>
        <translation>Copia la clave (SendGrid la muestra una sola vez) y pégala aquí.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>No hay ninguna clave de API guardada para %1.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>La clave de API guardada para %1 contiene espacios o saltos de línea. Vuelve a pegarla en Canales.</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>No hay ninguna dirección del remitente configurada para %1. Añade una en Canales.</translation>
    </message>
    <message>
        <source>The dynamic template ID of %1 is not one SendGrid gives (they start with &quot;d-&quot;). Copy it again from SendGrid → Email API → Dynamic Templates.</source>
        <translation>El ID de la plantilla dinámica de %1 no es de los que da SendGrid (empiezan por «d-»). Vuelve a copiarlo desde SendGrid → Email API → Dynamic Templates.</translation>
    </message>
    <message>
        <source>SendGrid refused the API key. Check the key in Channels.</source>
        <translation>SendGrid rechazó la clave de API. Comprueba la clave en Canales.</translation>
    </message>
    <message>
        <source>SendGrid accepted the API key, but the key may not send mail. In SendGrid, open Settings → API Keys and give the key the &quot;Mail Send&quot; permission (or create a new key).</source>
        <translation>SendGrid aceptó la clave de API, pero la clave no puede enviar correo. En SendGrid, abre Settings → API Keys y dale a la clave el permiso «Mail Send» (o crea una clave nueva).</translation>
    </message>
    <message>
        <source>the API key may send mail (sandbox mode is on: SendGrid checks messages but delivers none).</source>
        <translation>la clave de API puede enviar correo (el modo sandbox está activado: SendGrid comprueba los mensajes, pero no entrega ninguno).</translation>
    </message>
    <message>
        <source>the API key may send mail.</source>
        <translation>la clave de API puede enviar correo.</translation>
    </message>
    <message>
        <source>SendGrid is limiting how fast this account may send. Tidings will try again when SendGrid allows it.</source>
        <translation>SendGrid está limitando la velocidad de envío de esta cuenta. Tidings lo volverá a intentar cuando SendGrid lo permita.</translation>
    </message>
    <message>
        <source>SendGrid had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>SendGrid tuvo un problema temporal (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>SendGrid took too long to read the message. Tidings will try again.</source>
        <translation>SendGrid tardó demasiado en leer el mensaje. Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>SendGrid rejected the message.</source>
        <translation>SendGrid rechazó el mensaje.</translation>
    </message>
    <message>
        <source>SendGrid rejected the message: %1</source>
        <translation>SendGrid rechazó el mensaje: %1</translation>
    </message>
    <message>
        <source>SendGrid refused to send from this address. Verify the sender in your SendGrid account (Sender Authentication).</source>
        <translation>SendGrid se negó a enviar desde esta dirección. Verifica el remitente en tu cuenta de SendGrid (Sender Authentication).</translation>
    </message>
    <message>
        <source>SendGrid did not recognise the request (HTTP %1). Check the SendGrid server address in Channels.</source>
        <translation>SendGrid no reconoció la solicitud (HTTP %1). Comprueba la dirección del servidor de SendGrid en Canales.</translation>
    </message>
    <message>
        <source>The message is too large for SendGrid. Make the email smaller (SendGrid accepts up to 30 MB including attachments).</source>
        <translation>El mensaje es demasiado grande para SendGrid. Reduce el tamaño del correo (SendGrid acepta hasta 30 MB, incluidos los archivos adjuntos).</translation>
    </message>
    <message>
        <source>SendGrid answered with a redirect (HTTP %1). Check the SendGrid server address in Channels.</source>
        <translation>SendGrid respondió con una redirección (HTTP %1). Comprueba la dirección del servidor de SendGrid en Canales.</translation>
    </message>
    <message>
        <source>SendGrid refused the message (HTTP %1).</source>
        <translation>SendGrid rechazó el mensaje (HTTP %1).</translation>
    </message>
    <message>
        <source>SendGrid refused the message (HTTP %1): %2</source>
        <translation>SendGrid rechazó el mensaje (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Tidings::SentMessage</name>
    <message>
        <source>Tidings could not read this message.</source>
        <translation>Tidings no pudo leer este mensaje.</translation>
    </message>
    <message>
        <source>This message is no longer in the database.</source>
        <translation>Este mensaje ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>The template of this message (&quot;%1&quot;) is not stored.</source>
        <translation>La plantilla de este mensaje («%1») no está guardada.</translation>
    </message>
</context>
<context>
    <name>Tidings::SesChannel</name>
    <message>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <source>Email through Amazon Simple Email Service (API v2 SendEmail).</source>
        <translation>Correo electrónico a través de Amazon Simple Email Service (API v2 SendEmail).</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clave de acceso</translation>
    </message>
    <message>
        <source>IAM → Users → your sending user → Security credentials → Create access key. It starts with AKIA.</source>
        <translation>IAM → Users → tu usuario de envío → Security credentials → Create access key. Empieza por AKIA.</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clave de acceso secreta</translation>
    </message>
    <message>
        <source>Shown once, next to the access key ID.</source>
        <translation>Se muestra una sola vez, junto al ID de clave de acceso.</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Token de sesión</translation>
    </message>
    <message>
        <source>Only for temporary credentials (they start with ASIA).</source>
        <translation>Solo para credenciales temporales (empiezan por ASIA).</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Leave empty to use https://email.&lt;region&gt;.amazonaws.com for the region below.</source>
        <translation>Déjalo vacío para usar https://email.&lt;region&gt;.amazonaws.com con la región de abajo.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>The AWS region where your SES identities are verified, e.g. us-east-1 or eu-west-1. Sending limits are per region: 1 message a second and 200 a day while the account is in the SES sandbox; production limits are shown on the SES account dashboard.</source>
        <translation>La región de AWS en la que están verificadas tus identidades de SES, p. ej., us-east-1 o eu-west-1. Los límites de envío son por región: 1 mensaje por segundo y 200 al día mientras la cuenta esté en el sandbox de SES; los límites de producción aparecen en el panel de la cuenta de SES.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>An address or domain verified in SES in that region.</source>
        <translation>Una dirección o un dominio verificados en SES en esa región.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Lo que ven los clientes como remitente.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Dirección de respuesta</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Adonde van las respuestas de los clientes, si no es a la dirección del remitente.</translation>
    </message>
    <message>
        <source>Configuration set</source>
        <translation>Conjunto de configuración</translation>
    </message>
    <message>
        <source>Optional: the SES configuration set that records deliveries, bounces and complaints.</source>
        <translation>Opcional: el conjunto de configuración de SES que registra las entregas, los rebotes y las quejas.</translation>
    </message>
    <message>
        <source>In the Amazon SES console, choose your region and open Identities → Create identity. Verify your shop&apos;s domain (recommended) or the sender address.</source>
        <translation>En la consola de Amazon SES, elige tu región y abre Identities → Create identity. Verifica el dominio de tu tienda (recomendado) o la dirección del remitente.</translation>
    </message>
    <message>
        <source>New SES accounts are in the sandbox: they may send only to verified addresses, 1 message a second and 200 a day. Open Account dashboard → Request production access to send to customers.</source>
        <translation>Las cuentas nuevas de SES están en el sandbox: solo pueden enviar a direcciones verificadas, 1 mensaje por segundo y 200 al día. Abre Account dashboard → Request production access para enviar a clientes.</translation>
    </message>
    <message>
        <source>In IAM, create a user for Tidings with only the ses:SendEmail and ses:GetAccount permissions (GetAccount lets Test Connection show the sandbox state and sending quota), then Security credentials → Create access key.</source>
        <translation>En IAM, crea un usuario para Tidings con solo los permisos ses:SendEmail y ses:GetAccount (GetAccount permite que Probar la conexión muestre el estado del sandbox y la cuota de envío), y luego Security credentials → Create access key.</translation>
    </message>
    <message>
        <source>Paste the access key ID and secret access key here, and set the region to the one of step 1.</source>
        <translation>Pega aquí el ID de clave de acceso y la clave de acceso secreta, y elige la región del paso 1.</translation>
    </message>
    <message>
        <source>No AWS access key is saved for %1.</source>
        <translation>No hay ninguna clave de acceso de AWS guardada para %1.</translation>
    </message>
    <message>
        <source>The AWS keys saved for %1 contain spaces or line breaks. Paste them again in Channels.</source>
        <translation>Las claves de AWS guardadas para %1 contienen espacios o saltos de línea. Vuelve a pegarlas en Canales.</translation>
    </message>
    <message>
        <source>“%1” is not an AWS region. Use a region name such as us-east-1 in Channels.</source>
        <translation>«%1» no es una región de AWS. Usa un nombre de región como us-east-1 en Canales.</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>No hay ninguna dirección del remitente configurada para %1. Añade una en Canales.</translation>
    </message>
    <message>
        <source>The configuration set of %1 contains a line break.</source>
        <translation>El conjunto de configuración de %1 contiene un salto de línea.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>El asunto contiene un salto de línea, que podría usarse para añadir encabezados de correo ocultos. Quita los saltos de línea del asunto de la plantilla.</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation>El nombre del cliente contiene un salto de línea, así que el mensaje no se envió.</translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Channels.</source>
        <translation>El nombre del remitente de %1 contiene un salto de línea. Corrígelo en Canales.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>La notificación no tiene dirección de destinatario.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Channels.</source>
        <translation>La dirección del remitente de %1 no es una dirección de correo electrónico. Corrígela en Canales.</translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation>La dirección de respuesta de %1 no es una dirección de correo electrónico. Corrígela en Canales.</translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation>El mensaje no tiene asunto.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation>El mensaje no tiene contenido de texto ni HTML.</translation>
    </message>
    <message>
        <source>the AWS keys work in %1, but they may not read the SES account status (allow ses:GetAccount in IAM to see the sandbox state and sending quota here); only a test message proves they may send.</source>
        <translation>las claves de AWS funcionan en %1, pero no pueden leer el estado de la cuenta de SES (permite ses:GetAccount en IAM para ver aquí el estado del sandbox y la cuota de envío); solo un mensaje de prueba demuestra que pueden enviar.</translation>
    </message>
    <message>
        <source>Amazon SES did not accept the connection check (HTTP %1). Check the server address and region in Channels.</source>
        <translation>Amazon SES no aceptó la comprobación de la conexión (HTTP %1). Comprueba la dirección del servidor y la región en Canales.</translation>
    </message>
    <message>
        <source>Amazon SES answered the connection check in an unexpected way. Check the server address in Channels.</source>
        <translation>Amazon SES respondió a la comprobación de la conexión de forma inesperada. Comprueba la dirección del servidor en Canales.</translation>
    </message>
    <message>
        <source>The AWS keys work, but sending is paused for this SES account in %1. Open the SES console&apos;s Account dashboard to see why and resume sending.</source>
        <translation>Las claves de AWS funcionan, pero el envío está en pausa para esta cuenta de SES en %1. Abre el Account dashboard de la consola de SES para ver el motivo y reanudar el envío.</translation>
    </message>
    <message>
        <source>the AWS keys work; the SES account in %1 has production access and may send %2 messages a day, %3 a second (%4 sent in the last 24 hours).</source>
        <translation>las claves de AWS funcionan; la cuenta de SES en %1 tiene acceso de producción y puede enviar %2 mensajes al día, %3 por segundo (%4 enviados en las últimas 24 horas).</translation>
    </message>
    <message>
        <source>the AWS keys work, but the SES account in %1 is still in the sandbox: it may send only to verified addresses, %2 messages a day, %3 a second (%4 sent in the last 24 hours). Request production access in the SES console&apos;s Account dashboard to send to customers.</source>
        <translation>las claves de AWS funcionan, pero la cuenta de SES en %1 sigue en el sandbox: solo puede enviar a direcciones verificadas, %2 mensajes al día, %3 por segundo (%4 enviados en las últimas 24 horas). Solicita acceso de producción en el Account dashboard de la consola de SES para enviar a clientes.</translation>
    </message>
    <message>
        <source>Amazon SES has put the account on probation for its bounce or complaint rate: see Reputation metrics in the SES console.</source>
        <translation>Amazon SES ha puesto la cuenta en periodo de prueba por su tasa de rebotes o de quejas: consulta las métricas de reputación (Reputation metrics) en la consola de SES.</translation>
    </message>
    <message>
        <source>Amazon SES answered without a message ID, so Tidings cannot tell whether the message was sent. Check the SES sending statistics before sending it again.</source>
        <translation>Amazon SES respondió sin ningún ID de mensaje, así que Tidings no puede saber si el mensaje se envió. Revisa las estadísticas de envío de SES antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>Amazon SES is limiting how fast this account may send (%1). Tidings will try again shortly.</source>
        <translation>Amazon SES está limitando la velocidad de envío de esta cuenta (%1). Tidings lo volverá a intentar en breve.</translation>
    </message>
    <message>
        <source>Amazon SES had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Amazon SES tuvo un problema temporal (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Amazon SES is in sandbox mode: verify the recipient or request production access. (%1)</source>
        <translation>Amazon SES está en modo sandbox: verifica el destinatario o solicita acceso de producción. (%1)</translation>
    </message>
    <message>
        <source>Amazon SES rejected the message.</source>
        <translation>Amazon SES rechazó el mensaje.</translation>
    </message>
    <message>
        <source>Amazon SES rejected the message: %1</source>
        <translation>Amazon SES rechazó el mensaje: %1</translation>
    </message>
    <message>
        <source>Amazon SES refused the sender: its MAIL FROM domain is not verified. Finish the custom MAIL FROM setup in SES (Identities) or turn it off.</source>
        <translation>Amazon SES rechazó el remitente: su dominio MAIL FROM no está verificado. Termina la configuración del MAIL FROM personalizado en SES (Identities) o desactívalo.</translation>
    </message>
    <message>
        <source>Amazon SES has suspended sending for this AWS account. Open the SES console&apos;s Account dashboard to see why.</source>
        <translation>Amazon SES ha suspendido el envío para esta cuenta de AWS. Abre el Account dashboard de la consola de SES para ver el motivo.</translation>
    </message>
    <message>
        <source>Sending is paused for this SES account or configuration set. Resume sending in the SES console.</source>
        <translation>El envío está en pausa para esta cuenta de SES o este conjunto de configuración. Reanuda el envío en la consola de SES.</translation>
    </message>
    <message>
        <source>Amazon SES does not know the configuration set of this channel. Check its name in Channels.</source>
        <translation>Amazon SES no conoce el conjunto de configuración de este canal. Comprueba su nombre en Canales.</translation>
    </message>
    <message>
        <source>Amazon SES refused the request as too old: check that this computer&apos;s clock and time zone are right, and that temporary keys have not expired.</source>
        <translation>Amazon SES rechazó la solicitud por ser demasiado antigua: comprueba que el reloj y la zona horaria de este equipo sean correctos y que las claves temporales no hayan caducado.</translation>
    </message>
    <message>
        <source>The AWS user of these keys may not send email. Allow ses:SendEmail for it in IAM.</source>
        <translation>El usuario de AWS de estas claves no puede enviar correo electrónico. Permítele ses:SendEmail en IAM.</translation>
    </message>
    <message>
        <source>Amazon SES refused the AWS keys. Check the access key ID and secret access key in Channels (and that this computer&apos;s clock is right).</source>
        <translation>Amazon SES rechazó las claves de AWS. Comprueba el ID de clave de acceso y la clave de acceso secreta en Canales (y que el reloj de este equipo sea correcto).</translation>
    </message>
    <message>
        <source>Amazon SES refused the request as invalid.</source>
        <translation>Amazon SES rechazó la solicitud por no ser válida.</translation>
    </message>
    <message>
        <source>Amazon SES refused the request as invalid: %1</source>
        <translation>Amazon SES rechazó la solicitud por no ser válida: %1</translation>
    </message>
    <message>
        <source>Amazon SES did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation>Amazon SES no reconoció la solicitud (HTTP %1). Comprueba la dirección del servidor en Canales.</translation>
    </message>
    <message>
        <source>Amazon SES refused the message (HTTP %1).</source>
        <translation>Amazon SES rechazó el mensaje (HTTP %1).</translation>
    </message>
    <message>
        <source>Amazon SES refused the message (HTTP %1): %2</source>
        <translation>Amazon SES rechazó el mensaje (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Tidings::ShopifyAdapter</name>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>New orders, payments, cancellations, refunds, shipments and stock levels.</source>
        <translation>Pedidos nuevos, pagos, cancelaciones, reembolsos, envíos y niveles de inventario.</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Secreto de firma del webhook</translation>
    </message>
    <message>
        <source>Shopify shows it under Settings → Notifications → Webhooks: &quot;Your webhooks will be signed with …&quot;. Copy it here.</source>
        <translation>Shopify lo muestra en Configuración → Notificaciones → Webhooks: «Tus webhooks se firmarán con …». Cópialo aquí.</translation>
    </message>
    <message>
        <source>In Shopify admin, open Settings → Notifications → Webhooks.</source>
        <translation>En el panel de control de Shopify, abre Configuración → Notificaciones → Webhooks.</translation>
    </message>
    <message>
        <source>Click &quot;Create webhook&quot;, choose the event &quot;Order creation&quot;, format JSON, and paste this URL: %1</source>
        <translation>Haz clic en «Crear webhook», elige el evento «Creación de pedido», formato JSON, y pega esta URL: %1</translation>
    </message>
    <message>
        <source>Copy the signing secret shown under the list of webhooks and paste it into Tidings.</source>
        <translation>Copia el secreto de firma que aparece debajo de la lista de webhooks y pégalo en Tidings.</translation>
    </message>
    <message>
        <source>Click &quot;Send test notification&quot; in Shopify: the event appears in Tidings&apos; Monitor.</source>
        <translation>Haz clic en «Enviar notificación de prueba» en Shopify: el evento aparece en el Monitor de Tidings.</translation>
    </message>
    <message>
        <source>Test item from Tidings</source>
        <translation>Artículo de prueba de Tidings</translation>
    </message>
    <message>
        <source>A test event sent by Tidings to check this connection. Nobody is notified.</source>
        <translation>Un evento de prueba que Tidings envía para comprobar esta conexión. No se avisa a nadie.</translation>
    </message>
    <message>
        <source>A request reached this shop&apos;s webhook address without a Shopify signature, so it was refused. Only Shopify should send requests to this address.</source>
        <translation>Llegó una solicitud a la dirección del webhook de esta tienda sin una firma de Shopify, así que se rechazó. Solo Shopify debe enviar solicitudes a esta dirección.</translation>
    </message>
    <message>
        <source>No webhook signing secret is saved for this shop, so its webhooks cannot be checked and were refused. Add the secret in Connections.</source>
        <translation>No hay ningún secreto de firma del webhook guardado para esta tienda, así que sus webhooks no se pueden verificar y se rechazaron. Añade el secreto en Conexiones.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match the signing secret saved for this shop. Check the secret in Connections.</source>
        <translation>La firma del webhook no coincide con el secreto de firma guardado para esta tienda. Comprueba el secreto en Conexiones.</translation>
    </message>
    <message>
        <source>Shopify sent a webhook without a topic, so Tidings cannot tell what happened.</source>
        <translation>Shopify envió un webhook sin tema (topic), así que Tidings no puede saber qué pasó.</translation>
    </message>
    <message>
        <source>Shopify sent a webhook (%1) whose content is not valid JSON, so it could not be read.</source>
        <translation>Shopify envió un webhook (%1) cuyo contenido no es un JSON válido, así que no se pudo leer.</translation>
    </message>
    <message>
        <source>Shopify sent a webhook (%1) whose content is not a JSON object, so it is not an order or a fulfillment.</source>
        <translation>Shopify envió un webhook (%1) cuyo contenido no es un objeto JSON, así que no es un pedido ni una preparación.</translation>
    </message>
    <message>
        <source>Shopify sent an order without an id, so it cannot be matched to an order.</source>
        <translation>Shopify envió un pedido sin id, así que no se puede asociar a ningún pedido.</translation>
    </message>
    <message>
        <source>Shopify sent a fulfillment without its id or its order&apos;s id, so it cannot be matched to an order.</source>
        <translation>Shopify envió una preparación sin su id o sin el id de su pedido, así que no se puede asociar a ningún pedido.</translation>
    </message>
    <message>
        <source>Shopify sent a delivery update without its shipment or order, so it cannot be matched to an order.</source>
        <translation>Shopify envió una actualización de entrega sin su envío o su pedido, así que no se puede asociar a ningún pedido.</translation>
    </message>
    <message>
        <source>Shopify sent a refund without its order, so it cannot be matched to an order.</source>
        <translation>Shopify envió un reembolso sin su pedido, así que no se puede asociar a ningún pedido.</translation>
    </message>
    <message>
        <source>Shopify sent a stock update without its inventory item, so it cannot be matched to a product.</source>
        <translation>Shopify envió una actualización de inventario sin su artículo de inventario, así que no se puede asociar a ningún producto.</translation>
    </message>
    <message>
        <source>Repeat for &quot;Order update&quot;, &quot;Order payment&quot;, &quot;Order cancellation&quot;, &quot;Order fulfillment&quot;, &quot;Fulfillment creation&quot;, &quot;Fulfillment update&quot;, &quot;Refund create&quot;, &quot;Inventory level update&quot; and &quot;Product update&quot; (it names the SKU of each stock level).</source>
        <translation>Repite el proceso para «Actualización de pedido», «Pago de pedido», «Cancelación de pedido», «Preparación de pedido», «Creación de preparación», «Actualización de preparación», «Creación de reembolso», «Actualización del nivel de inventario» y «Actualización de producto» (indica el SKU de cada nivel de inventario).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>product title, variant title</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Tidings::ShopifyPoller</name>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>New orders, payments, cancellations, refunds, fulfilments and tracking, read every few minutes.</source>
        <translation>Pedidos nuevos, pagos, cancelaciones, reembolsos, preparaciones y seguimiento, leídos cada pocos minutos.</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Token de acceso a la API de administración</translation>
    </message>
    <message>
        <source>Starts with &quot;shpat_&quot;. Shopify shows it once, when the app is installed.</source>
        <translation>Empieza por «shpat_». Shopify lo muestra una sola vez, cuando se instala la aplicación.</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Dirección de la tienda</translation>
    </message>
    <message>
        <source>Your shop&apos;s myshopify.com address, not its public domain.</source>
        <translation>La dirección myshopify.com de tu tienda, no su dominio público.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>Leave empty unless Shopify support asks for another.</source>
        <translation>Déjalo vacío, salvo que el soporte de Shopify te pida otra.</translation>
    </message>
    <message>
        <source>In Shopify admin, open Settings → Apps and sales channels → Develop apps, and click &quot;Create an app&quot;. Name it &quot;Tidings&quot;.</source>
        <translation>En el panel de control de Shopify, abre Configuración → Aplicaciones y canales de ventas → Desarrollar aplicaciones y haz clic en «Crear una aplicación». Llámala «Tidings».</translation>
    </message>
    <message>
        <source>Under Configuration → Admin API integration, tick read_orders (and read_all_orders to reach back more than 60 days), then Save.</source>
        <translation>En Configuración → Integración de la API de administración, marca read_orders (y read_all_orders para abarcar más de 60 días atrás) y luego guarda.</translation>
    </message>
    <message>
        <source>Click &quot;Install app&quot;, then reveal the Admin API access token once and paste it here.</source>
        <translation>Haz clic en «Instalar aplicación», luego muestra una vez el token de acceso a la API de administración y pégalo aquí.</translation>
    </message>
    <message>
        <source>Shopify answered with something that is not the list of orders Tidings asked for. Tidings will ask again.</source>
        <translation>Shopify respondió con algo que no es la lista de pedidos que pidió Tidings. Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>Shopify asked Tidings to slow down. Tidings will ask again when Shopify allows it.</source>
        <translation>Shopify le pidió a Tidings que fuera más despacio. Tidings volverá a preguntar cuando Shopify lo permita.</translation>
    </message>
    <message>
        <source>Shopify refused Tidings&apos; question about orders: %1. Check that the access token may read orders (read_orders).</source>
        <translation>Shopify rechazó la consulta de Tidings sobre los pedidos: %1. Comprueba que el token de acceso pueda leer pedidos (read_orders).</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer did not contain the list of orders. Tidings will ask again.</source>
        <translation>La respuesta de Shopify no contenía la lista de pedidos. Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>No Shopify access token is saved for &quot;%1&quot;, so its orders cannot be read. Add the Admin API access token in Connections.</source>
        <translation>No hay ningún token de acceso de Shopify guardado para «%1», así que sus pedidos no se pueden leer. Añade el token de acceso a la API de administración en Conexiones.</translation>
    </message>
</context>
<context>
    <name>Tidings::SlackChannel</name>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>A message to your team&apos;s Slack channel through a Slack app (chat.postMessage).</source>
        <translation>Un mensaje al canal de Slack de tu equipo a través de una aplicación de Slack (chat.postMessage).</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Token del bot</translation>
    </message>
    <message>
        <source>Slack app settings → OAuth &amp; Permissions → Bot User OAuth Token. It starts with xoxb-.</source>
        <translation>Ajustes de la aplicación de Slack → OAuth &amp; Permissions → Bot User OAuth Token. Empieza por xoxb-.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Leave empty for https://slack.com.</source>
        <translation>Déjalo vacío para usar https://slack.com.</translation>
    </message>
    <message>
        <source>Slack channel</source>
        <translation>Canal de Slack</translation>
    </message>
    <message>
        <source>The channel&apos;s ID (in Slack: the channel&apos;s name → About → Channel ID), e.g. C0123456789.</source>
        <translation>El ID del canal (en Slack: nombre del canal → Información → ID del canal), p. ej., C0123456789.</translation>
    </message>
    <message>
        <source>Open api.slack.com/apps → Create New App → From scratch, and pick your workspace.</source>
        <translation>Abre api.slack.com/apps → Create New App → From scratch y elige tu espacio de trabajo.</translation>
    </message>
    <message>
        <source>Under OAuth &amp; Permissions → Scopes → Bot Token Scopes, add chat:write.</source>
        <translation>En OAuth &amp; Permissions → Scopes → Bot Token Scopes, añade chat:write.</translation>
    </message>
    <message>
        <source>Click Install to Workspace and allow it. Copy the Bot User OAuth Token (xoxb-…) and paste it here.</source>
        <translation>Haz clic en Install to Workspace y permítelo. Copia el Bot User OAuth Token (xoxb-…) y pégalo aquí.</translation>
    </message>
    <message>
        <source>In Slack, open the channel for order news and type /invite @your-app-name, so the app may post there.</source>
        <translation>En Slack, abre el canal para las novedades de pedidos y escribe /invite @nombre-de-tu-app, para que la aplicación pueda publicar allí.</translation>
    </message>
    <message>
        <source>Copy the channel ID (channel name → About, at the bottom) into Slack channel.</source>
        <translation>Copia el ID del canal (nombre del canal → Información, abajo del todo) en «Canal de Slack».</translation>
    </message>
    <message>
        <source>No bot token is saved for %1.</source>
        <translation>No hay ningún token del bot guardado para %1.</translation>
    </message>
    <message>
        <source>The bot token saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>El token del bot guardado para %1 contiene espacios o saltos de línea. Vuelve a pegarlo en Canales.</translation>
    </message>
    <message>
        <source>No Slack channel is set for %1. Add the channel ID in Channels.</source>
        <translation>No hay ningún canal de Slack configurado para %1. Añade el ID del canal en Canales.</translation>
    </message>
    <message>
        <source>The Slack channel of %1 contains spaces or line breaks. Use the channel ID, e.g. C0123456789.</source>
        <translation>El canal de Slack de %1 contiene espacios o saltos de línea. Usa el ID del canal, p. ej., C0123456789.</translation>
    </message>
    <message>
        <source>The subject contains a line break. Remove line breaks from the template&apos;s subject.</source>
        <translation>El asunto contiene un salto de línea. Quita los saltos de línea del asunto de la plantilla.</translation>
    </message>
    <message>
        <source>The message has neither a subject nor text.</source>
        <translation>El mensaje no tiene ni asunto ni texto.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Tidings · notification %1</source>
        <translation>Tidings · notificación %1</translation>
    </message>
    <message>
        <source>%1 · Tidings notification %2</source>
        <translation>%1 · notificación de Tidings %2</translation>
    </message>
    <message>
        <source>Track the parcel</source>
        <translation>Seguir el paquete</translation>
    </message>
    <message>
        <source>Slack is limiting how often this app may call it. Try the check again in a minute.</source>
        <translation>Slack está limitando la frecuencia con la que esta aplicación puede llamarlo. Vuelve a intentar la comprobación dentro de un minuto.</translation>
    </message>
    <message>
        <source>Slack had a temporary problem (%1). Try the check again later.</source>
        <translation>Slack tuvo un problema temporal (%1). Vuelve a intentar la comprobación más tarde.</translation>
    </message>
    <message>
        <source>Slack refused the check (HTTP %1).</source>
        <translation>Slack rechazó la comprobación (HTTP %1).</translation>
    </message>
    <message>
        <source>Slack refused the check: %1</source>
        <translation>Slack rechazó la comprobación: %1</translation>
    </message>
    <message>
        <source>The Slack bot token works, but the app may not post messages. Add the chat:write scope under OAuth &amp; Permissions, reinstall the app and paste the new token in Channels.</source>
        <translation>El token del bot de Slack funciona, pero la aplicación no puede publicar mensajes. Añade el permiso chat:write en OAuth &amp; Permissions, vuelve a instalar la aplicación y pega el nuevo token en Canales.</translation>
    </message>
    <message>
        <source>the bot token works and may post messages.</source>
        <translation>el token del bot funciona y puede publicar mensajes.</translation>
    </message>
    <message>
        <source>the bot token works.</source>
        <translation>el token del bot funciona.</translation>
    </message>
    <message>
        <source>the bot token works in the workspace “%1” and may post messages.</source>
        <translation>el token del bot funciona en el espacio de trabajo «%1» y puede publicar mensajes.</translation>
    </message>
    <message>
        <source>the bot token works in the workspace “%1”.</source>
        <translation>el token del bot funciona en el espacio de trabajo «%1».</translation>
    </message>
    <message>
        <source>Slack is limiting how fast messages may be posted (about one a second per channel). Tidings will try again when Slack allows it.</source>
        <translation>Slack está limitando la velocidad de publicación de mensajes (aproximadamente uno por segundo y canal). Tidings lo volverá a intentar cuando Slack lo permita.</translation>
    </message>
    <message>
        <source>Slack had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Slack tuvo un problema temporal (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Slack answered with a redirect (HTTP %1). Check the Slack server address in Channels.</source>
        <translation>Slack respondió con una redirección (HTTP %1). Comprueba la dirección del servidor de Slack en Canales.</translation>
    </message>
    <message>
        <source>Slack did not recognise the request (HTTP %1). Check the Slack server address in Channels.</source>
        <translation>Slack no reconoció la solicitud (HTTP %1). Comprueba la dirección del servidor de Slack en Canales.</translation>
    </message>
    <message>
        <source>Slack refused the message (HTTP %1).</source>
        <translation>Slack rechazó el mensaje (HTTP %1).</translation>
    </message>
    <message>
        <source>Slack&apos;s answer could not be read; something between Tidings and Slack may have answered instead. Tidings will try again.</source>
        <translation>No se pudo leer la respuesta de Slack; puede que haya respondido en su lugar algo que está entre Tidings y Slack. Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Slack refused the bot token: it is wrong, was revoked, or the app was removed from the workspace. Paste the current Bot User OAuth Token (xoxb-…) in Channels.</source>
        <translation>Slack rechazó el token del bot: es incorrecto, se revocó o la aplicación se quitó del espacio de trabajo. Pega el Bot User OAuth Token actual (xoxb-…) en Canales.</translation>
    </message>
    <message>
        <source>The Slack app may not post messages. Add the chat:write scope under OAuth &amp; Permissions and reinstall the app.</source>
        <translation>La aplicación de Slack no puede publicar mensajes. Añade el permiso chat:write en OAuth &amp; Permissions y vuelve a instalar la aplicación.</translation>
    </message>
    <message>
        <source>Slack does not know the channel set for this connection, or the app cannot see it. Check the channel ID in Channels and invite the app to the channel (/invite @app).</source>
        <translation>Slack no conoce el canal configurado para esta conexión, o la aplicación no puede verlo. Comprueba el ID del canal en Canales e invita a la aplicación al canal (/invite @app).</translation>
    </message>
    <message>
        <source>The Slack app is not a member of the channel. In Slack, type /invite @your-app-name in that channel.</source>
        <translation>La aplicación de Slack no es miembro del canal. En Slack, escribe /invite @nombre-de-tu-app en ese canal.</translation>
    </message>
    <message>
        <source>The Slack channel is archived. Unarchive it or choose another channel in Channels.</source>
        <translation>El canal de Slack está archivado. Desarchívalo o elige otro canal en Canales.</translation>
    </message>
    <message>
        <source>The message is too long for Slack. Shorten the template&apos;s text.</source>
        <translation>El mensaje es demasiado largo para Slack. Acorta el texto de la plantilla.</translation>
    </message>
    <message>
        <source>Slack refused the message&apos;s layout (%1). The message was not posted.</source>
        <translation>Slack rechazó el diseño del mensaje (%1). El mensaje no se publicó.</translation>
    </message>
    <message>
        <source>Slack had a temporary problem (%1). Tidings will try again.</source>
        <translation>Slack tuvo un problema temporal (%1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Slack refused the message.</source>
        <translation>Slack rechazó el mensaje.</translation>
    </message>
    <message>
        <source>Slack refused the message: %1</source>
        <translation>Slack rechazó el mensaje: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::SlackWebhookChannel</name>
    <message>
        <source>Slack (incoming webhook)</source>
        <translation>Slack (webhook entrante)</translation>
    </message>
    <message>
        <source>A message to one Slack channel through an incoming webhook URL.</source>
        <translation>Un mensaje a un canal de Slack a través de una URL de webhook entrante.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Slack app settings → Incoming Webhooks → Webhook URL. It starts with https://hooks.slack.com/services/ and works like a password.</source>
        <translation>Ajustes de la aplicación de Slack → Incoming Webhooks → Webhook URL. Empieza por https://hooks.slack.com/services/ y funciona como una contraseña.</translation>
    </message>
    <message>
        <source>Open api.slack.com/apps → Create New App → From scratch, and pick your workspace.</source>
        <translation>Abre api.slack.com/apps → Create New App → From scratch y elige tu espacio de trabajo.</translation>
    </message>
    <message>
        <source>Open Incoming Webhooks, switch them on, and click Add New Webhook to Workspace.</source>
        <translation>Abre Incoming Webhooks, actívalos y haz clic en Add New Webhook to Workspace.</translation>
    </message>
    <message>
        <source>Choose the channel for order news and click Allow.</source>
        <translation>Elige el canal para las novedades de pedidos y haz clic en Allow.</translation>
    </message>
    <message>
        <source>Copy the Webhook URL and paste it here. Anyone with this URL can post to the channel: keep it private.</source>
        <translation>Copia la Webhook URL y pégala aquí. Cualquiera que tenga esta URL puede publicar en el canal: mantenla en privado.</translation>
    </message>
    <message>
        <source>No webhook URL is saved for %1.</source>
        <translation>No hay ninguna URL del webhook guardada para %1.</translation>
    </message>
    <message>
        <source>The webhook URL saved for %1 is not a web address. Paste it again in Channels.</source>
        <translation>La URL del webhook guardada para %1 no es una dirección web. Vuelve a pegarla en Canales.</translation>
    </message>
    <message>
        <source>The webhook URL saved for %1 is not a Slack webhook: it must start with https://hooks.slack.com/. Paste it again in Channels.</source>
        <translation>La URL del webhook guardada para %1 no es un webhook de Slack: debe empezar por https://hooks.slack.com/. Vuelve a pegarla en Canales.</translation>
    </message>
    <message>
        <source>The webhook URL saved for %1 must start with https://. Paste it again in Channels.</source>
        <translation>La URL del webhook guardada para %1 debe empezar por https://. Vuelve a pegarla en Canales.</translation>
    </message>
    <message>
        <source>Slack is limiting how fast this webhook may post (about one message a second). Tidings will try again when Slack allows it.</source>
        <translation>Slack está limitando la velocidad de publicación de este webhook (aproximadamente un mensaje por segundo). Tidings lo volverá a intentar cuando Slack lo permita.</translation>
    </message>
    <message>
        <source>Slack had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Slack tuvo un problema temporal (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Slack no longer accepts this webhook URL: the webhook or its app was removed. Add a new incoming webhook in Slack and paste its URL in Channels.</source>
        <translation>Slack ya no acepta esta URL de webhook: se quitó el webhook o su aplicación. Añade un nuevo webhook entrante en Slack y pega su URL en Canales.</translation>
    </message>
    <message>
        <source>The Slack channel of this webhook no longer exists. Add a new incoming webhook for an existing channel.</source>
        <translation>El canal de Slack de este webhook ya no existe. Añade un nuevo webhook entrante para un canal que exista.</translation>
    </message>
    <message>
        <source>The Slack channel of this webhook is archived. Unarchive it or add a webhook for another channel.</source>
        <translation>El canal de Slack de este webhook está archivado. Desarchívalo o añade un webhook para otro canal.</translation>
    </message>
    <message>
        <source>A Slack workspace admin has restricted posting to this channel, so the webhook may not post there.</source>
        <translation>Un administrador del espacio de trabajo de Slack ha restringido las publicaciones en este canal, así que el webhook no puede publicar allí.</translation>
    </message>
    <message>
        <source>Slack refused the message&apos;s layout (%1). The message was not posted.</source>
        <translation>Slack rechazó el diseño del mensaje (%1). El mensaje no se publicó.</translation>
    </message>
    <message>
        <source>Slack answered with a redirect (HTTP %1). Check the webhook URL in Channels.</source>
        <translation>Slack respondió con una redirección (HTTP %1). Comprueba la URL del webhook en Canales.</translation>
    </message>
    <message>
        <source>Slack refused the message (HTTP %1).</source>
        <translation>Slack rechazó el mensaje (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Tidings::SmtpChannel</name>
    <message>
        <source>Email server (SMTP)</source>
        <translation>Servidor de correo (SMTP)</translation>
    </message>
    <message>
        <source>Email through any mail server that accepts SMTP with a password or an OAuth token.</source>
        <translation>Correo electrónico a través de cualquier servidor de correo que acepte SMTP con contraseña o con un token OAuth.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password of the mailbox or an app password.</source>
        <translation>La contraseña del buzón o una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>Token de acceso OAuth</translation>
    </message>
    <message>
        <source>Instead of a password, for servers that ask for XOAUTH2.</source>
        <translation>En lugar de una contraseña, para servidores que piden XOAUTH2.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The mail server&apos;s name, from your email provider.</source>
        <translation>El nombre del servidor de correo, que te da tu proveedor de correo.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>587 (STARTTLS, the usual choice) or 465 (TLS from the start).</source>
        <translation>587 (STARTTLS, la opción habitual) o 465 (TLS desde el principio).</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>starttls (port 587), tls (port 465), or none-local-only for a relay on this computer.</source>
        <translation>starttls (puerto 587), tls (puerto 465) o none-local-only para un relé en este equipo.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Usually your full email address.</source>
        <translation>Normalmente, tu dirección de correo electrónico completa.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>An address the server lets you send from.</source>
        <translation>Una dirección desde la que el servidor te deje enviar.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Lo que ven los clientes como remitente.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Dirección de respuesta</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Adonde van las respuestas de los clientes, si no es a la dirección del remitente.</translation>
    </message>
    <message>
        <source>Find your email provider&apos;s outgoing mail (SMTP) server name and port in its help pages.</source>
        <translation>Busca en las páginas de ayuda de tu proveedor de correo el nombre y el puerto de su servidor de correo saliente (SMTP).</translation>
    </message>
    <message>
        <source>If your provider uses two-step sign-in, create an app password for Tidings.</source>
        <translation>Si tu proveedor usa la verificación en dos pasos, crea una contraseña de aplicación para Tidings.</translation>
    </message>
    <message>
        <source>Enter the server, port, user name and password here.</source>
        <translation>Escribe aquí el servidor, el puerto, el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>SendGrid (SMTP relay)</source>
        <translation>SendGrid (relé SMTP)</translation>
    </message>
    <message>
        <source>Email through SendGrid&apos;s SMTP relay at smtp.sendgrid.net, with an API key.</source>
        <translation>Correo electrónico a través del relé SMTP de SendGrid en smtp.sendgrid.net, con una clave de API.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>SendGrid → Settings → API Keys → Create API Key with Mail Send allowed. It starts with SG.</source>
        <translation>SendGrid → Settings → API Keys → Create API Key con Mail Send permitido. Empieza por SG.</translation>
    </message>
    <message>
        <source>A verified sender or an address of an authenticated domain.</source>
        <translation>Un remitente verificado o una dirección de un dominio autenticado.</translation>
    </message>
    <message>
        <source>In SendGrid, open Settings → Sender Authentication and verify your sender address or domain.</source>
        <translation>En SendGrid, abre Settings → Sender Authentication y verifica tu dirección del remitente o tu dominio.</translation>
    </message>
    <message>
        <source>Open Settings → API Keys → Create API Key, allow Mail Send, and paste the key here.</source>
        <translation>Abre Settings → API Keys → Create API Key, permite Mail Send y pega aquí la clave.</translation>
    </message>
    <message>
        <source>No mail server is set for %1. Add it in Channels.</source>
        <translation>No hay ningún servidor de correo configurado para %1. Añádelo en Canales.</translation>
    </message>
    <message>
        <source>The mail server name of %1 is not valid. Correct it in Channels.</source>
        <translation>El nombre del servidor de correo de %1 no es válido. Corrígelo en Canales.</translation>
    </message>
    <message>
        <source>The encryption of %1 must be starttls, tls or none-local-only.</source>
        <translation>El cifrado de %1 debe ser starttls, tls o none-local-only.</translation>
    </message>
    <message>
        <source>%1 may send without encryption only to a mail server on this computer.</source>
        <translation>%1 solo puede enviar sin cifrado a un servidor de correo de este equipo.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>No hay ninguna clave de API guardada para %1.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>La clave de API guardada para %1 contiene espacios o saltos de línea. Vuelve a pegarla en Canales.</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>No hay ninguna dirección del remitente configurada para %1. Añade una en Canales.</translation>
    </message>
    <message>
        <source>%1:%2 over TLS</source>
        <translation>%1:%2 con TLS</translation>
    </message>
    <message>
        <source>%1:%2 over STARTTLS</source>
        <translation>%1:%2 con STARTTLS</translation>
    </message>
    <message>
        <source>%1:%2 without encryption (this computer only)</source>
        <translation>%1:%2 sin cifrado (solo este equipo)</translation>
    </message>
    <message>
        <source>the API key signs in to SendGrid&apos;s SMTP relay (%1).</source>
        <translation>la clave de API inicia sesión en el relé SMTP de SendGrid (%1).</translation>
    </message>
    <message>
        <source>the mail server (%1) accepted the sign-in.</source>
        <translation>el servidor de correo (%1) aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>the mail server (%1) answered, but it offers no sign-in (AUTH), so the password was not checked; only a test message shows whether it relays mail.</source>
        <translation>el servidor de correo (%1) respondió, pero no ofrece inicio de sesión (AUTH), así que no se comprobó la contraseña; solo un mensaje de prueba muestra si reenvía el correo.</translation>
    </message>
    <message>
        <source>the mail server (%1) answered; no user name is set, so Tidings does not sign in.</source>
        <translation>el servidor de correo (%1) respondió; no hay ningún nombre de usuario configurado, así que Tidings no inicia sesión.</translation>
    </message>
    <message>
        <source>SendGrid&apos;s SMTP relay is busy or had a temporary problem. Try again shortly.</source>
        <translation>El relé SMTP de SendGrid está ocupado o tuvo un problema temporal. Vuelve a intentarlo en breve.</translation>
    </message>
    <message>
        <source>The mail server of %1 is busy or had a temporary problem. Try again shortly.</source>
        <translation>El servidor de correo de %1 está ocupado o tuvo un problema temporal. Vuelve a intentarlo en breve.</translation>
    </message>
    <message>
        <source>SendGrid&apos;s SMTP relay refused the API key. Check the key in Channels (it needs the Mail Send permission).</source>
        <translation>El relé SMTP de SendGrid rechazó la clave de API. Comprueba la clave en Canales (necesita el permiso Mail Send).</translation>
    </message>
    <message>
        <source>The mail server of %1 refused the user name or password. Check them in Channels (some providers need an app password).</source>
        <translation>El servidor de correo de %1 rechazó el nombre de usuario o la contraseña. Compruébalos en Canales (algunos proveedores necesitan una contraseña de aplicación).</translation>
    </message>
    <message>
        <source>SendGrid&apos;s SMTP relay refused the connection check.</source>
        <translation>El relé SMTP de SendGrid rechazó la comprobación de la conexión.</translation>
    </message>
    <message>
        <source>The mail server of %1 refused the connection check.</source>
        <translation>El servidor de correo de %1 rechazó la comprobación de la conexión.</translation>
    </message>
    <message>
        <source>The mail server (%1) did not answer in time. Check the server name, port and encryption in Channels.</source>
        <translation>El servidor de correo (%1) no respondió a tiempo. Comprueba el nombre del servidor, el puerto y el cifrado en Canales.</translation>
    </message>
    <message>
        <source>The mail server (%1) does not offer encryption (STARTTLS). Try port 465 with encryption tls, or ask your email provider for the right settings.</source>
        <translation>El servidor de correo (%1) no ofrece cifrado (STARTTLS). Prueba el puerto 465 con el cifrado tls, o pregunta a tu proveedor de correo cuáles son los ajustes correctos.</translation>
    </message>
    <message>
        <source>Could not reach the mail server (%1). Check the server name and port in Channels, and the internet connection.</source>
        <translation>No se pudo conectar con el servidor de correo (%1). Comprueba el nombre del servidor y el puerto en Canales, y la conexión a internet.</translation>
    </message>
    <message>
        <source>The mail server of %1 is busy or had a temporary problem; Tidings will try again.</source>
        <translation>El servidor de correo de %1 está ocupado o tuvo un problema temporal; Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The mail server of %1 refused the recipient or sender address.</source>
        <translation>El servidor de correo de %1 rechazó la dirección del destinatario o del remitente.</translation>
    </message>
    <message>
        <source>The mail server of %1 says the message is too big.</source>
        <translation>El servidor de correo de %1 dice que el mensaje es demasiado grande.</translation>
    </message>
    <message>
        <source>The mail server of %1 refused the message.</source>
        <translation>El servidor de correo de %1 rechazó el mensaje.</translation>
    </message>
    <message>
        <source>The mail server of %1 did not answer in time; Tidings will try again.</source>
        <translation>El servidor de correo de %1 no respondió a tiempo; Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The mail server of %1 does not offer encryption (STARTTLS), so nothing was sent.</source>
        <translation>El servidor de correo de %1 no ofrece cifrado (STARTTLS), así que no se envió nada.</translation>
    </message>
    <message>
        <source>Could not reach the mail server of %1; Tidings will try again.</source>
        <translation>No se pudo conectar con el servidor de correo de %1; Tidings lo volverá a intentar.</translation>
    </message>
</context>
<context>
    <name>Tidings::SourceCursors</name>
    <message>
        <source>Tidings could not read where it stopped reading a source.</source>
        <translation>Tidings no pudo leer dónde dejó de leer un origen.</translation>
    </message>
    <message>
        <source>Tidings could not save where it stopped reading a source.</source>
        <translation>Tidings no pudo guardar dónde dejó de leer un origen.</translation>
    </message>
</context>
<context>
    <name>Tidings::SourceHealthQueries</name>
    <message>
        <source>Tidings could not read how your connections are doing.</source>
        <translation>Tidings no pudo leer cómo van tus conexiones.</translation>
    </message>
</context>
<context>
    <name>Tidings::SqliteStatement</name>
    <message>
        <source>The database connection is not a SQLite connection.</source>
        <translation>La conexión con la base de datos no es una conexión SQLite.</translation>
    </message>
    <message>
        <source>The statement is not prepared.</source>
        <translation>La instrucción no está preparada.</translation>
    </message>
</context>
<context>
    <name>Tidings::Status</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Enviado parcialmente</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Reembolsado parcialmente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Etiqueta creada</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En reparto</translation>
    </message>
    <message>
        <source>Delivery attempted</source>
        <translation>Intento de entrega</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Listo para recoger</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Problema con la entrega</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Devuelto al remitente</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Pocas existencias</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Disponible de nuevo</translation>
    </message>
</context>
<context>
    <name>Tidings::StockLedger</name>
    <message>
        <source>Stock from the first poll: stored, nothing sent</source>
        <translation>Inventario de la primera consulta: guardado, no se envió nada</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; sends text messages, but waiting customers leave only an email address.</source>
        <translation>La regla «%1» envía mensajes de texto, pero los clientes en espera solo dejan una dirección de correo electrónico.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting customer(s) told</source>
        <translation>
            <numerusform>Se avisó a %n cliente en espera</numerusform>
            <numerusform>Se avisó a %n clientes en espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::SubscriptionCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least &quot;sku&quot; and &quot;email&quot; (found: %1).</source>
        <translation>La primera línea debe indicar los nombres de las columnas, con al menos «sku» y «email» (encontradas: %1).</translation>
    </message>
    <message>
        <source>Line %1: no SKU, so Tidings cannot tell which product the customer waits for.</source>
        <translation>Línea %1: no hay SKU, así que Tidings no puede saber qué producto espera el cliente.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not an email address.</source>
        <translation>Línea %1: «%2» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date Tidings can read (use 2026-11-30 or 2026-11-30T09:15:00Z); the customer was added in the file&apos;s order.</source>
        <translation>Línea %1: «%2» no es una fecha que Tidings pueda leer (usa 2026-11-30 o 2026-11-30T09:15:00Z); el cliente se añadió en el orden del archivo.</translation>
    </message>
    <message>
        <source>Only the first %1 customers were read; split the file to add more.</source>
        <translation>Solo se leyeron los primeros %1 clientes; divide el archivo para añadir más.</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateBundle</name>
    <message>
        <source>The file is larger than %1 MB: it is not a templates file Tidings wrote.</source>
        <translation>El archivo ocupa más de %1 MB: no es un archivo de plantillas escrito por Tidings.</translation>
    </message>
    <message>
        <source>This is not a templates file from Tidings. Choose a file made with Export Templates.</source>
        <translation>Este no es un archivo de plantillas de Tidings. Elija un archivo creado con «Exportar plantillas».</translation>
    </message>
    <message>
        <source>The templates file has no version Tidings knows.</source>
        <translation>El archivo de plantillas no tiene una versión que Tidings conozca.</translation>
    </message>
    <message>
        <source>The templates file comes from a newer Tidings. Update Tidings on this computer first.</source>
        <translation>El archivo de plantillas viene de una versión más reciente de Tidings. Actualice primero Tidings en este equipo.</translation>
    </message>
    <message>
        <source>The brand kit in the templates file is damaged.</source>
        <translation>El kit de marca del archivo de plantillas está dañado.</translation>
    </message>
    <message>
        <source>The templates file has no list of templates.</source>
        <translation>El archivo de plantillas no tiene una lista de plantillas.</translation>
    </message>
    <message>
        <source>The templates file has %1 templates; Tidings takes at most %2 at a time.</source>
        <translation>El archivo tiene %1 plantillas; Tidings acepta como máximo %2 a la vez.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>número %1</translation>
    </message>
    <message>
        <source>Template %1 in the file has no usable id (lower-case letters, digits and _).</source>
        <translation>La plantilla %1 del archivo no tiene un identificador válido (letras minúsculas, dígitos y _).</translation>
    </message>
    <message>
        <source>Template %1 in the file has a language Tidings does not know (&quot;%2&quot;): use two letters such as &quot;de&quot;, or none.</source>
        <translation>La plantilla %1 del archivo tiene un idioma que Tidings no conoce («%2»): use dos letras, como «de», o ninguno.</translation>
    </message>
    <message>
        <source>Template %1 in the file is for &quot;%2&quot;; Tidings has email, chat and text message templates.</source>
        <translation>La plantilla %1 del archivo es para «%2»; Tidings tiene plantillas de correo, chat y SMS.</translation>
    </message>
    <message>
        <source>Template %1 in the file is too long.</source>
        <translation>La plantilla %1 del archivo es demasiado larga.</translation>
    </message>
    <message>
        <source>Template %1 is in the file twice.</source>
        <translation>La plantilla %1 aparece dos veces en el archivo.</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateRenderer</name>
    <message>
        <source>The subject of this template has a mistake (%1). Check that every {{#section}} is closed with {{/section}} and every tag ends with }}.</source>
        <translation>El asunto de esta plantilla tiene un error (%1). Comprueba que cada {{#section}} se cierre con {{/section}} y que cada etiqueta termine con }}.</translation>
    </message>
    <message>
        <source>The HTML part of this template has a mistake (%1). Check that every {{#section}} is closed with {{/section}} and every tag ends with }}.</source>
        <translation>La parte HTML de esta plantilla tiene un error (%1). Comprueba que cada {{#section}} se cierre con {{/section}} y que cada etiqueta termine con }}.</translation>
    </message>
    <message>
        <source>The text part of this template has a mistake (%1). Check that every {{#section}} is closed with {{/section}} and every tag ends with }}.</source>
        <translation>La parte de texto de esta plantilla tiene un error (%1). Comprueba que cada {{#section}} se cierre con {{/section}} y que cada etiqueta termine con }}.</translation>
    </message>
    <message>
        <source>Order confirmed</source>
        <translation>Pedido confirmado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Shipment delayed</source>
        <translation>Envío retrasado</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Etiqueta creada</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En reparto</translation>
    </message>
    <message>
        <source>Delivery attempted</source>
        <translation>Intento de entrega</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Listo para recoger</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Devuelto al remitente</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Pedido cancelado</translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation>Pedido reembolsado</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Disponible de nuevo</translation>
    </message>
    <message>
        <source>%1 (team chat)</source>
        <translation>%1 (chat del equipo)</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (mensaje de texto)</translation>
    </message>
    <message>
        <source>Backorder delay</source>
        <translation>Retraso por falta de existencias</translation>
    </message>
    <message>
        <source>Low stock alert</source>
        <translation>Aviso de pocas existencias</translation>
    </message>
    <message>
        <source>Out of stock alert</source>
        <translation>Aviso de producto agotado</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateRepository</name>
    <message>
        <source>Tidings could not read its message templates.</source>
        <translation>Tidings no pudo leer sus plantillas de mensaje.</translation>
    </message>
    <message>
        <source>Tidings could not save the message template.</source>
        <translation>Tidings no pudo guardar la plantilla de mensaje.</translation>
    </message>
    <message>
        <source>That version of the template no longer exists.</source>
        <translation>Esa versión de la plantilla ya no existe.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (use two letters, such as &quot;de&quot;).</source>
        <translation>«%1» no es un código de idioma (usa dos letras, como «es»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of message (email, chat or SMS).</source>
        <translation>«%1» no es un tipo de mensaje (correo, chat o SMS).</translation>
    </message>
    <message>
        <source>There are no changes to publish.</source>
        <translation>No hay cambios que publicar.</translation>
    </message>
    <message>
        <source>Publish this template in the default language first.</source>
        <translation>Publica primero esta plantilla en el idioma predeterminado.</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateValidator</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>“%1” only works between {{#%2}} and {{/%2}}, where it is repeated for each entry; here it would show nothing.</source>
        <translation>«%1» solo funciona entre {{#%2}} y {{/%2}}, donde se repite para cada entrada; aquí no mostraría nada.</translation>
    </message>
    <message>
        <source>“%1” is not something Tidings knows, so it would show nothing. Check the spelling or pick it from the list of variables.</source>
        <translation>Tidings no conoce «%1», así que no mostraría nada. Revisa cómo está escrito o elígelo de la lista de variables.</translation>
    </message>
    <message>
        <source>“%1” closes a section that was never opened. Remove it or add {{#%2}} before it.</source>
        <translation>«%1» cierra una sección que nunca se abrió. Quítalo o añade {{#%2}} antes.</translation>
    </message>
    <message>
        <source>“%1” closes the section “%2”, but the section “%3” opened on line %4 is still open. Close it first with {{/%3}}.</source>
        <translation>«%1» cierra la sección «%2», pero la sección «%3», abierta en la línea %4, sigue abierta. Ciérrala primero con {{/%3}}.</translation>
    </message>
    <message>
        <source>“%1” would include another template, which Tidings does not do: it shows nothing. Remove it.</source>
        <translation>«%1» incluiría otra plantilla, y Tidings no lo hace: no muestra nada. Quítalo.</translation>
    </message>
    <message>
        <source>the section “%1” is opened but never closed. Add {{/%1}} where it should end.</source>
        <translation>la sección «%1» se abre pero nunca se cierra. Añade {{/%1}} donde deba terminar.</translation>
    </message>
    <message>
        <source>a tag starts with {{ but never ends. Add }} after the name.</source>
        <translation>una etiqueta empieza con {{ pero nunca termina. Añade }} después del nombre.</translation>
    </message>
    <message>
        <source>this tag should change the {{ }} markers but is not written right. Remove it.</source>
        <translation>esta etiqueta debería cambiar los marcadores {{ }}, pero no está bien escrita. Quítala.</translation>
    </message>
    <message>
        <source>this part has a mistake Tidings cannot read past (%1).</source>
        <translation>esta parte tiene un error que impide a Tidings seguir leyendo (%1).</translation>
    </message>
    <message>
        <source>this is a shipping message but it has no tracking link. Add {{#hasTracking}}{{shipment.trackingUrl}}{{/hasTracking}} so customers can follow their parcel.</source>
        <translation>este es un mensaje de envío, pero no tiene enlace de seguimiento. Añade {{#hasTracking}}{{shipment.trackingUrl}}{{/hasTracking}} para que los clientes puedan seguir su paquete.</translation>
    </message>
    <message>
        <source>this email has no footer. Add {{brand.footer}} before the end of the email, so every email carries your shop&apos;s details.</source>
        <translation>este correo no tiene pie de página. Añade {{brand.footer}} antes del final del correo, para que todos los correos lleven los datos de tu tienda.</translation>
    </message>
    <message numerus="yes">
        <source>With a sample order the subject is %n characters long; many inboxes cut it off after about %1. Make it shorter.</source>
        <translation>
            <numerusform>Con un pedido de ejemplo, el asunto tiene %n carácter; muchas bandejas de entrada lo cortan a partir de unos %1. Acórtalo.</numerusform>
            <numerusform>Con un pedido de ejemplo, el asunto tiene %n caracteres; muchas bandejas de entrada lo cortan a partir de unos %1. Acórtalo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With a sample order this text message is %n characters long and is sent as %1 SMS; more than %2 cost more and may arrive in pieces.</source>
        <translation>
            <numerusform>Con un pedido de ejemplo, este mensaje de texto tiene %n carácter y se envía como %1 SMS; más de %2 cuestan más y pueden llegar en partes.</numerusform>
            <numerusform>Con un pedido de ejemplo, este mensaje de texto tiene %n caracteres y se envía como %1 SMS; más de %2 cuestan más y pueden llegar en partes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The character “%1” makes every SMS hold only 70 characters instead of 160; a plain one saves space.</source>
        <translation>El carácter «%1» hace que cada SMS admita solo 70 caracteres en lugar de 160; uno sencillo ahorra espacio.</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateVariables</name>
    <message>
        <source>The order this message is about.</source>
        <translation>El pedido del que trata este mensaje.</translation>
    </message>
    <message>
        <source>The order number your customer sees.</source>
        <translation>El número de pedido que ve tu cliente.</translation>
    </message>
    <message>
        <source>The shop&apos;s internal id of the order. Customers do not usually see it.</source>
        <translation>El id interno del pedido en la tienda. Los clientes no suelen verlo.</translation>
    </message>
    <message>
        <source>The order&apos;s status as a fixed word (for example paid or shipped).</source>
        <translation>El estado del pedido como palabra fija (por ejemplo, paid o shipped).</translation>
    </message>
    <message>
        <source>The order&apos;s status in words.</source>
        <translation>El estado del pedido en palabras.</translation>
    </message>
    <message>
        <source>The order total as a plain number, without the currency.</source>
        <translation>El total del pedido como número simple, sin la moneda.</translation>
    </message>
    <message>
        <source>The order total with its currency, written the way the customer&apos;s country writes money.</source>
        <translation>El total del pedido con su moneda, escrito como se escribe el dinero en el país del cliente.</translation>
    </message>
    <message>
        <source>The currency code of the order (for example EUR).</source>
        <translation>El código de moneda del pedido (por ejemplo, EUR).</translation>
    </message>
    <message>
        <source>How many items are in the order, all quantities added up.</source>
        <translation>Cuántos artículos hay en el pedido, sumando todas las cantidades.</translation>
    </message>
    <message>
        <source>How many items are in the order, written the way the customer&apos;s country writes numbers.</source>
        <translation>Cuántos artículos hay en el pedido, escrito como se escriben los números en el país del cliente.</translation>
    </message>
    <message>
        <source>The date of this update as year-month-day, for machines.</source>
        <translation>La fecha de esta actualización como año-mes-día, para máquinas.</translation>
    </message>
    <message>
        <source>The date of this update, written the customer&apos;s way.</source>
        <translation>La fecha de esta actualización, escrita a la manera del cliente.</translation>
    </message>
    <message>
        <source>The person who placed the order.</source>
        <translation>La persona que hizo el pedido.</translation>
    </message>
    <message>
        <source>The customer&apos;s full name.</source>
        <translation>El nombre completo del cliente.</translation>
    </message>
    <message>
        <source>The customer&apos;s first name, for a friendly greeting.</source>
        <translation>El nombre de pila del cliente, para un saludo cercano.</translation>
    </message>
    <message>
        <source>The customer&apos;s email address.</source>
        <translation>La dirección de correo electrónico del cliente.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number.</source>
        <translation>El número de teléfono del cliente.</translation>
    </message>
    <message>
        <source>The parcel this message is about. Only there for shipping updates; {{#shipment}}…{{/shipment}} shows its inside only then.</source>
        <translation>El paquete del que trata este mensaje. Solo existe en las actualizaciones de envío; {{#shipment}}…{{/shipment}} muestra su contenido solo en ese caso.</translation>
    </message>
    <message>
        <source>The shop&apos;s internal id of the parcel.</source>
        <translation>El id interno del paquete en la tienda.</translation>
    </message>
    <message>
        <source>The parcel&apos;s status as a fixed word (for example in_transit or delivered).</source>
        <translation>El estado del paquete como palabra fija (por ejemplo, in_transit o delivered).</translation>
    </message>
    <message>
        <source>The parcel&apos;s status in words.</source>
        <translation>El estado del paquete en palabras.</translation>
    </message>
    <message>
        <source>Yes when the carrier told us the parcel&apos;s status.</source>
        <translation>Sí cuando el transportista nos ha indicado el estado del paquete.</translation>
    </message>
    <message>
        <source>The delivery company.</source>
        <translation>La empresa de transporte.</translation>
    </message>
    <message>
        <source>The parcel&apos;s tracking number.</source>
        <translation>El número de seguimiento del paquete.</translation>
    </message>
    <message>
        <source>The link where the customer can follow the parcel. Empty when the carrier gave none.</source>
        <translation>El enlace donde el cliente puede seguir el paquete. Vacío si el transportista no dio ninguno.</translation>
    </message>
    <message>
        <source>Every line of the order. {{#items}}…{{/items}} repeats its inside once per line; inside, write {{name}}, {{quantity}} and so on.</source>
        <translation>Cada línea del pedido. {{#items}}…{{/items}} repite su contenido una vez por línea; dentro, escribe {{name}}, {{quantity}}, etc.</translation>
    </message>
    <message>
        <source>The product&apos;s name on this line.</source>
        <translation>El nombre del producto en esta línea.</translation>
    </message>
    <message>
        <source>The product&apos;s stock code (SKU) on this line.</source>
        <translation>El código de inventario (SKU) del producto en esta línea.</translation>
    </message>
    <message>
        <source>How many of this product were ordered.</source>
        <translation>Cuántas unidades de este producto se pidieron.</translation>
    </message>
    <message>
        <source>The price of one, as a plain number.</source>
        <translation>El precio por unidad, como número simple.</translation>
    </message>
    <message>
        <source>The price of one with its currency, written the way the customer&apos;s country writes money.</source>
        <translation>El precio por unidad con su moneda, escrito como se escribe el dinero en el país del cliente.</translation>
    </message>
    <message>
        <source>The price of this line (price times quantity) with its currency, written the customer&apos;s way.</source>
        <translation>El precio de esta línea (precio por cantidad) con su moneda, escrito a la manera del cliente.</translation>
    </message>
    <message>
        <source>The link to the product in your shop.</source>
        <translation>El enlace al producto en tu tienda.</translation>
    </message>
    <message>
        <source>How many are in stock now, as a plain number (when the shop says).</source>
        <translation>Cuántas unidades hay ahora en inventario, como número simple (si la tienda lo indica).</translation>
    </message>
    <message>
        <source>How many are in stock now, written the way the customer&apos;s country writes numbers.</source>
        <translation>Cuántas unidades hay ahora en inventario, escrito como se escriben los números en el país del cliente.</translation>
    </message>
    <message>
        <source>Where the order is on its way, for the progress strip: ordered, shipped, out for delivery, delivered.</source>
        <translation>En qué punto del camino está el pedido, para la barra de progreso: pedido, enviado, en reparto, entregado.</translation>
    </message>
    <message>
        <source>Yes while the order is placed but not shipped yet (the step to highlight).</source>
        <translation>Sí mientras el pedido está hecho pero aún no se ha enviado (el paso que se resalta).</translation>
    </message>
    <message>
        <source>Yes while the parcel is on its way (the step to highlight).</source>
        <translation>Sí mientras el paquete está en camino (el paso que se resalta).</translation>
    </message>
    <message>
        <source>Yes while the parcel is out for delivery (the step to highlight).</source>
        <translation>Sí mientras el paquete está en reparto (el paso que se resalta).</translation>
    </message>
    <message>
        <source>Yes once the parcel is delivered (the step to highlight).</source>
        <translation>Sí una vez entregado el paquete (el paso que se resalta).</translation>
    </message>
    <message>
        <source>Yes once the order is placed.</source>
        <translation>Sí una vez hecho el pedido.</translation>
    </message>
    <message>
        <source>Yes once the order has shipped.</source>
        <translation>Sí una vez enviado el pedido.</translation>
    </message>
    <message>
        <source>Yes once the parcel has been out for delivery.</source>
        <translation>Sí una vez que el paquete ha salido para el reparto.</translation>
    </message>
    <message>
        <source>Yes once the parcel is delivered.</source>
        <translation>Sí una vez entregado el paquete.</translation>
    </message>
    <message>
        <source>Yes once the order is past being placed (it has shipped).</source>
        <translation>Sí una vez que el pedido ha pasado de la fase de pedido hecho (ya se ha enviado).</translation>
    </message>
    <message>
        <source>Yes once the parcel is past being shipped.</source>
        <translation>Sí una vez que el paquete ha pasado de la fase de enviado.</translation>
    </message>
    <message>
        <source>Yes once the parcel is past being out for delivery (it is delivered).</source>
        <translation>Sí una vez que el paquete ha pasado de la fase de reparto (ya está entregado).</translation>
    </message>
    <message>
        <source>Never yes: delivered is the last step.</source>
        <translation>Nunca es sí: entregado es el último paso.</translation>
    </message>
    <message>
        <source>Yes while the order is not placed yet.</source>
        <translation>Sí mientras el pedido aún no está hecho.</translation>
    </message>
    <message>
        <source>Yes while the order has not shipped yet.</source>
        <translation>Sí mientras el pedido aún no se ha enviado.</translation>
    </message>
    <message>
        <source>Yes while the parcel has not been out for delivery yet.</source>
        <translation>Sí mientras el paquete aún no ha salido para el reparto.</translation>
    </message>
    <message>
        <source>Yes while the parcel is not delivered yet.</source>
        <translation>Sí mientras el paquete aún no está entregado.</translation>
    </message>
    <message>
        <source>Your shop&apos;s branding, from the Brand Kit.</source>
        <translation>La imagen de marca de tu tienda, del «Kit de marca».</translation>
    </message>
    <message>
        <source>Your shop&apos;s name.</source>
        <translation>El nombre de tu tienda.</translation>
    </message>
    <message>
        <source>The web address of your logo. Empty when there is none.</source>
        <translation>La dirección web de tu logotipo. Vacía si no hay ninguno.</translation>
    </message>
    <message>
        <source>Your brand colour, for buttons and lines (for example #2f6f4f).</source>
        <translation>El color de tu marca, para botones y líneas (por ejemplo, #2f6f4f).</translation>
    </message>
    <message>
        <source>The fonts your messages use, for style attributes.</source>
        <translation>Las fuentes que usan tus mensajes, para los atributos de estilo.</translation>
    </message>
    <message>
        <source>The email address customers can write to for help.</source>
        <translation>La dirección de correo electrónico a la que los clientes pueden escribir para pedir ayuda.</translation>
    </message>
    <message>
        <source>The phone number customers can call for help.</source>
        <translation>El número de teléfono al que los clientes pueden llamar para pedir ayuda.</translation>
    </message>
    <message>
        <source>Your shop&apos;s postal address, shown in the footer.</source>
        <translation>La dirección postal de tu tienda, que aparece en el pie de página.</translation>
    </message>
    <message>
        <source>Your shop&apos;s postal address line by line. {{#brand.addressLines}}…{{/brand.addressLines}} repeats its inside once per line; inside, write {{.}} for the line.</source>
        <translation>La dirección postal de tu tienda, línea a línea. {{#brand.addressLines}}…{{/brand.addressLines}} repite su contenido una vez por línea; dentro, escribe {{.}} para la línea.</translation>
    </message>
    <message>
        <source>The footer text under every email (for example your company details or why the customer gets this email).</source>
        <translation>El texto del pie de página de cada correo (por ejemplo, los datos de tu empresa o el motivo por el que el cliente recibe este correo).</translation>
    </message>
    <message>
        <source>Your shop&apos;s social media links. {{#brand.socialLinks}}…{{/brand.socialLinks}} repeats its inside once per link; inside, write {{label}} and {{url}}.</source>
        <translation>Los enlaces a las redes sociales de tu tienda. {{#brand.socialLinks}}…{{/brand.socialLinks}} repite su contenido una vez por enlace; dentro, escribe {{label}} y {{url}}.</translation>
    </message>
    <message>
        <source>The name of the social media link.</source>
        <translation>El nombre del enlace a la red social.</translation>
    </message>
    <message>
        <source>The web address of the social media link.</source>
        <translation>La dirección web del enlace a la red social.</translation>
    </message>
    <message>
        <source>The language and country the money, numbers and dates are written for (for example en-GB).</source>
        <translation>El idioma y el país para los que se escriben el dinero, los números y las fechas (por ejemplo, en-GB).</translation>
    </message>
    <message>
        <source>Yes when the order has at least one line.</source>
        <translation>Sí cuando el pedido tiene al menos una línea.</translation>
    </message>
    <message>
        <source>Yes when there is a tracking link for the parcel.</source>
        <translation>Sí cuando hay un enlace de seguimiento para el paquete.</translation>
    </message>
    <message>
        <source>Yes when your Brand Kit has a logo.</source>
        <translation>Sí cuando tu «Kit de marca» tiene un logotipo.</translation>
    </message>
    <message>
        <source>Yes when your Brand Kit has social media links.</source>
        <translation>Sí cuando tu «Kit de marca» tiene enlaces a redes sociales.</translation>
    </message>
    <message>
        <source>Yes when a progress strip makes sense (not for cancelled, refunded or returned orders).</source>
        <translation>Sí cuando tiene sentido una barra de progreso (no para pedidos cancelados, reembolsados o devueltos).</translation>
    </message>
    <message>
        <source>What the order waits for. Only there when some of its items were out of stock when it came in; {{#backorder}}…{{/backorder}} shows its inside only then.</source>
        <translation>Lo que espera el pedido. Solo existe cuando alguno de sus artículos estaba agotado al llegar el pedido; {{#backorder}}…{{/backorder}} muestra su contenido solo en ese caso.</translation>
    </message>
    <message>
        <source>The items the order waits for. {{#backorder.items}}…{{/backorder.items}} repeats its inside once per item; inside, write {{name}}, {{sku}} and {{quantity}}.</source>
        <translation>Los artículos que espera el pedido. {{#backorder.items}}…{{/backorder.items}} repite su contenido una vez por artículo; dentro, escribe {{name}}, {{sku}} y {{quantity}}.</translation>
    </message>
    <message>
        <source>The name of the product the order waits for.</source>
        <translation>El nombre del producto que espera el pedido.</translation>
    </message>
    <message>
        <source>The stock code (SKU) of the product the order waits for.</source>
        <translation>El código de inventario (SKU) del producto que espera el pedido.</translation>
    </message>
    <message>
        <source>How many of this product the order waits for.</source>
        <translation>Cuántas unidades de este producto espera el pedido.</translation>
    </message>
    <message>
        <source>The product a stock message is about. Only there for back-in-stock messages and the low stock and out of stock alerts.</source>
        <translation>El producto del que trata un mensaje de inventario. Solo existe en los mensajes de «disponible de nuevo» y en los avisos de pocas existencias y de producto agotado.</translation>
    </message>
    <message>
        <source>The name of the product.</source>
        <translation>El nombre del producto.</translation>
    </message>
    <message>
        <source>The stock code (SKU) of the product.</source>
        <translation>El código de inventario (SKU) del producto.</translation>
    </message>
    <message>
        <source>The stock level you are alerted at, as a plain number. Only there in the low stock and out of stock alerts.</source>
        <translation>El nivel de inventario con el que se te avisa, como número simple. Solo existe en los avisos de pocas existencias y de producto agotado.</translation>
    </message>
    <message>
        <source>The stock level you are alerted at, written the way your country writes numbers. Only there in the low stock and out of stock alerts.</source>
        <translation>El nivel de inventario con el que se te avisa, escrito como se escriben los números en tu país. Solo existe en los avisos de pocas existencias y de producto agotado.</translation>
    </message>
    <message>
        <source>Yes in stock messages (back in stock, low stock, out of stock), where there is a product.</source>
        <translation>Sí en los mensajes de inventario (disponible de nuevo, pocas existencias, agotado), en los que hay un producto.</translation>
    </message>
    <message>
        <source>Yes when some items of the order were out of stock when it came in, so it waited for them (for example to thank the customer for waiting when it ships).</source>
        <translation>Sí cuando algunos artículos del pedido estaban agotados al llegar este, por lo que tuvo que esperarlos (por ejemplo, para agradecer al cliente la espera cuando se envíe).</translation>
    </message>
    <message>
        <source>The customer&apos;s time zone, from the order&apos;s address (empty when it does not tell).</source>
        <translation>La zona horaria del cliente, según la dirección del pedido (vacía cuando no la indica).</translation>
    </message>
</context>
<context>
    <name>Tidings::TestMode</name>
    <message>
        <source>[Test] %1</source>
        <translation>[Prueba] %1</translation>
    </message>
    <message>
        <source>Enter your own email address: in test mode, customers&apos; emails go there.</source>
        <translation>Escribe tu propia dirección de correo electrónico: en el modo de prueba, los correos dirigidos a los clientes llegan ahí.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one address, like owner@yourshop.com.</source>
        <translation>«%1» no es una dirección de correo electrónico. Escribe una sola dirección, como propietario@tutienda.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter digits with the country code, like +44 7700 900123, or leave it empty.</source>
        <translation>«%1» no es un número de teléfono. Escribe los dígitos con el prefijo de país, como +44 7700 900123, o déjalo vacío.</translation>
    </message>
    <message>
        <source>Test mode: sent to %1 instead of %2.</source>
        <translation>Modo de prueba: enviado a %1 en lugar de a %2.</translation>
    </message>
    <message>
        <source>Test mode is on and has no phone number of yours, so this text message was not sent to the customer. Resend it once you are live, or add your number to test mode.</source>
        <translation>El modo de prueba está activado y no tiene tu número de teléfono, así que este mensaje de texto no se envió al cliente. Reenvíalo cuando pases a modo real o añade tu número al modo de prueba.</translation>
    </message>
    <message>
        <source>Test mode: handed on with your address %1 instead of the customer&apos;s %2.</source>
        <translation>Modo de prueba: se entregó con tu dirección %1 en lugar de la del cliente, %2.</translation>
    </message>
    <message>
        <source>Test mode: a message to your staff, marked as a test.</source>
        <translation>Modo de prueba: un mensaje para tu equipo, marcado como prueba.</translation>
    </message>
</context>
<context>
    <name>Tidings::TwilioChannel</name>
    <message>
        <source>Twilio SMS</source>
        <translation>SMS de Twilio</translation>
    </message>
    <message>
        <source>Text messages to customers&apos; phones through Twilio Programmable Messaging.</source>
        <translation>Mensajes de texto a los teléfonos de los clientes a través de Twilio Programmable Messaging.</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth token</translation>
    </message>
    <message>
        <source>Twilio Console → Account Info on the start page → Auth Token (click Show).</source>
        <translation>Twilio Console → Account Info en la página de inicio → Auth Token (haz clic en Show).</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>https://api.twilio.com unless Twilio told you otherwise.</source>
        <translation>https://api.twilio.com, salvo que Twilio te haya indicado otra.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Twilio Console → Account Info. It starts with AC.</source>
        <translation>Twilio Console → Account Info. Empieza por AC.</translation>
    </message>
    <message>
        <source>Sending number</source>
        <translation>Número de envío</translation>
    </message>
    <message>
        <source>Your Twilio phone number in international form, or an alphanumeric sender ID. Leave empty when you use a Messaging Service.</source>
        <translation>Tu número de teléfono de Twilio en formato internacional, o un ID de remitente alfanumérico. Déjalo vacío si usas un Messaging Service.</translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <source>Instead of a sending number: a Messaging Service (Messaging → Services). It starts with MG.</source>
        <translation>En lugar de un número de envío: un Messaging Service (Messaging → Services). Empieza por MG.</translation>
    </message>
    <message>
        <source>Longest text (SMS parts)</source>
        <translation>Texto más largo (partes de SMS)</translation>
    </message>
    <message>
        <source>Messages needing more SMS parts than this are not sent (each part is billed). Default 3.</source>
        <translation>Los mensajes que necesitan más partes de SMS que esta cantidad no se envían (cada parte se cobra). Predeterminado: 3.</translation>
    </message>
    <message>
        <source>In the Twilio Console, buy or choose a phone number that can send SMS to your customers&apos; countries (Phone Numbers → Manage), or create a Messaging Service.</source>
        <translation>En Twilio Console, compra o elige un número de teléfono que pueda enviar SMS a los países de tus clientes (Phone Numbers → Manage), o crea un Messaging Service.</translation>
    </message>
    <message>
        <source>Under Messaging → Settings → Geo permissions, allow the countries your customers live in.</source>
        <translation>En Messaging → Settings → Geo permissions, permite los países en los que viven tus clientes.</translation>
    </message>
    <message>
        <source>Copy the Account SID and the Auth Token from the Console&apos;s start page and paste them here.</source>
        <translation>Copia el Account SID y el Auth Token de la página de inicio de la consola y pégalos aquí.</translation>
    </message>
    <message>
        <source>On a trial account Twilio only delivers to numbers you have verified: upgrade the account before texting customers.</source>
        <translation>En una cuenta de prueba, Twilio solo entrega a números que hayas verificado: actualiza la cuenta antes de enviar SMS a los clientes.</translation>
    </message>
    <message>
        <source>No auth token is saved for %1.</source>
        <translation>No hay ningún auth token guardado para %1.</translation>
    </message>
    <message>
        <source>The auth token saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>El auth token guardado para %1 contiene espacios o saltos de línea. Vuelve a pegarlo en Canales.</translation>
    </message>
    <message>
        <source>The Account SID of %1 is missing or wrong: it starts with AC followed by 32 letters and digits. Copy it from the Twilio Console.</source>
        <translation>El Account SID de %1 falta o es incorrecto: empieza por AC seguido de 32 letras y dígitos. Cópialo desde Twilio Console.</translation>
    </message>
    <message>
        <source>No sending number or Messaging Service is set for %1. Add one in Channels.</source>
        <translation>No hay ningún número de envío ni Messaging Service configurado para %1. Añade uno en Canales.</translation>
    </message>
    <message>
        <source>The Messaging Service SID of %1 is wrong: it starts with MG followed by 32 letters and digits.</source>
        <translation>El Messaging Service SID de %1 es incorrecto: empieza por MG seguido de 32 letras y dígitos.</translation>
    </message>
    <message>
        <source>The sending number of %1 contains a line break. Correct it in Channels.</source>
        <translation>El número de envío de %1 contiene un salto de línea. Corrígelo en Canales.</translation>
    </message>
    <message>
        <source>The longest text of %1 must be at least one SMS part.</source>
        <translation>El texto más largo de %1 debe ser de al menos una parte de SMS.</translation>
    </message>
    <message>
        <source>The customer has no phone number, so no text message was sent.</source>
        <translation>El cliente no tiene número de teléfono, así que no se envió ningún mensaje de texto.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number in international form (like +44 7700 900123), so no text message was sent.</source>
        <translation>«%1» no es un número de teléfono en formato internacional (como +44 7700 900123), así que no se envió ningún mensaje de texto.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>El mensaje no tiene texto.</translation>
    </message>
    <message>
        <source>The text needs %1 SMS parts, more than the %2 allowed for %3. Shorten the SMS template or allow more parts in Channels.</source>
        <translation>El texto necesita %1 partes de SMS, más de las %2 permitidas para %3. Acorta la plantilla de SMS o permite más partes en Canales.</translation>
    </message>
    <message>
        <source>Twilio is limiting how often this account may call it. Try the check again in a minute.</source>
        <translation>Twilio está limitando la frecuencia con la que esta cuenta puede llamarlo. Vuelve a intentar la comprobación dentro de un minuto.</translation>
    </message>
    <message>
        <source>Twilio had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation>Twilio tuvo un problema temporal (HTTP %1). Vuelve a intentar la comprobación más tarde.</translation>
    </message>
    <message>
        <source>Twilio does not know this Account SID at this address (HTTP 404). Check the Account SID and the server address in Channels.</source>
        <translation>Twilio no conoce este Account SID en esta dirección (HTTP 404). Comprueba el Account SID y la dirección del servidor en Canales.</translation>
    </message>
    <message>
        <source>Twilio refused the check (HTTP %1). Check the Account SID and the server address in Channels.</source>
        <translation>Twilio rechazó la comprobación (HTTP %1). Comprueba el Account SID y la dirección del servidor en Canales.</translation>
    </message>
    <message>
        <source>The Twilio account is suspended, so it cannot send. Open the Twilio Console to see why (often billing) and reactivate it.</source>
        <translation>La cuenta de Twilio está suspendida, así que no puede enviar. Abre Twilio Console para ver el motivo (a menudo, la facturación) y reactívala.</translation>
    </message>
    <message>
        <source>The Twilio account is closed. Use the Account SID and auth token of an active account.</source>
        <translation>La cuenta de Twilio está cerrada. Usa el Account SID y el auth token de una cuenta activa.</translation>
    </message>
    <message>
        <source>Twilio gave an unexpected answer to the check. Check the server address in Channels (normally https://api.twilio.com).</source>
        <translation>Twilio dio una respuesta inesperada a la comprobación. Comprueba la dirección del servidor en Canales (normalmente https://api.twilio.com).</translation>
    </message>
    <message>
        <source>the Account SID and auth token are valid (a trial account: Twilio only texts numbers verified in the Console).</source>
        <translation>el Account SID y el auth token son válidos (cuenta de prueba: Twilio solo envía SMS a números verificados en la consola).</translation>
    </message>
    <message>
        <source>the Account SID and auth token of “%1” are valid (a trial account: Twilio only texts numbers verified in the Console).</source>
        <translation>el Account SID y el auth token de «%1» son válidos (cuenta de prueba: Twilio solo envía SMS a números verificados en la consola).</translation>
    </message>
    <message>
        <source>the Account SID and auth token are valid.</source>
        <translation>el Account SID y el auth token son válidos.</translation>
    </message>
    <message>
        <source>the Account SID and auth token of “%1” are valid.</source>
        <translation>el Account SID y el auth token de «%1» son válidos.</translation>
    </message>
    <message>
        <source>Twilio is limiting how many messages this account may send at once. Tidings will try again when Twilio allows it.</source>
        <translation>Twilio está limitando cuántos mensajes puede enviar esta cuenta a la vez. Tidings lo volverá a intentar cuando Twilio lo permita.</translation>
    </message>
    <message>
        <source>Twilio had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Twilio tuvo un problema temporal (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or auth token. Check both in Channels.</source>
        <translation>Twilio rechazó el Account SID o el auth token. Comprueba ambos en Canales.</translation>
    </message>
    <message>
        <source>Twilio says the customer&apos;s phone number is not valid.</source>
        <translation>Twilio dice que el número de teléfono del cliente no es válido.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number is not a mobile number, so it cannot receive text messages.</source>
        <translation>El número de teléfono del cliente no es un móvil, así que no puede recibir mensajes de texto.</translation>
    </message>
    <message>
        <source>This Twilio account is a trial account, which can only text numbers verified in the Twilio Console. Upgrade the account to text customers.</source>
        <translation>Esta cuenta de Twilio es una cuenta de prueba, que solo puede enviar SMS a números verificados en Twilio Console. Actualiza la cuenta para enviar SMS a los clientes.</translation>
    </message>
    <message>
        <source>The customer replied STOP to your number and has unsubscribed from text messages. Twilio sends nothing until they reply START.</source>
        <translation>El cliente respondió STOP a tu número y se dio de baja de los mensajes de texto. Twilio no enviará nada hasta que responda START.</translation>
    </message>
    <message>
        <source>Twilio cannot send from the sending number of this channel: it is not a valid number of this account that can send SMS. Check it in Channels.</source>
        <translation>Twilio no puede enviar desde el número de envío de este canal: no es un número válido de esta cuenta que pueda enviar SMS. Compruébalo en Canales.</translation>
    </message>
    <message>
        <source>Sending to the customer&apos;s country is not enabled on this Twilio account (Messaging → Settings → Geo permissions).</source>
        <translation>El envío al país del cliente no está habilitado en esta cuenta de Twilio (Messaging → Settings → Geo permissions).</translation>
    </message>
    <message>
        <source>The sending number&apos;s queue at Twilio is full. Tidings will try again later.</source>
        <translation>La cola del número de envío en Twilio está llena. Tidings lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Twilio cannot route a text message to the customer&apos;s phone number.</source>
        <translation>Twilio no puede encaminar un mensaje de texto al número de teléfono del cliente.</translation>
    </message>
    <message>
        <source>Twilio did not find this account&apos;s message address (HTTP 404). Check the Account SID and the server address in Channels.</source>
        <translation>Twilio no encontró la dirección de mensajes de esta cuenta (HTTP 404). Comprueba el Account SID y la dirección del servidor en Canales.</translation>
    </message>
    <message>
        <source>Twilio answered with a redirect (HTTP %1). Check the server address in Channels.</source>
        <translation>Twilio respondió con una redirección (HTTP %1). Comprueba la dirección del servidor en Canales.</translation>
    </message>
    <message>
        <source>Twilio refused the message (HTTP %1).</source>
        <translation>Twilio rechazó el mensaje (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio refused the message: %1</source>
        <translation>Twilio rechazó el mensaje: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ActivityChart</name>
    <message>
        <source>Activity in the last 24 hours</source>
        <translation>Actividad en las últimas 24 horas</translation>
    </message>
    <message>
        <source>In the last 24 hours: %1 events, %2 messages sent, %3 failed.</source>
        <translation>En las últimas 24 horas: %1 eventos, %2 mensajes enviados, %3 fallidos.</translation>
    </message>
    <message>
        <source>%1–%2: %3 events, %4 sent, %5 failed</source>
        <translation>%1–%2: %3 eventos, %4 enviados, %5 fallidos</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ActivityStrip</name>
    <message>
        <source>Last 24 hours:</source>
        <translation>Últimas 24 horas:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; evento</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>Since midnight: events received, messages sent and failed. Waiting and uncertain count every message that is, whenever it came in.</source>
        <translation>Desde medianoche: eventos recibidos, mensajes enviados y fallidos. «En espera» e «inciertos» cuentan todos los mensajes que están en ese estado, sin importar cuándo llegaron.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; sent</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; enviado</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; waiting</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; en espera</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; failed</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; fallido</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; uncertain</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; incierto</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; inciertos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::AddSourceWizard</name>
    <message>
        <source>Edit connection</source>
        <translation>Editar conexión</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Añadir una conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BackupActions</name>
    <message>
        <source>Tidings backups (*.sqlite);;All files (*)</source>
        <translation>Copias de seguridad de Tidings (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Back Up Data…</source>
        <translation>&amp;Hacer copia de seguridad de los datos…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Save a copy of your orders, messages and settings while Tidings keeps running</source>
        <translation>Guarda una copia de tus pedidos, mensajes y ajustes mientras Tidings sigue en marcha</translation>
    </message>
    <message>
        <source>Replace your data with a backup; Tidings restarts to do it</source>
        <translation>Sustituye tus datos por una copia de seguridad; Tidings se reinicia para hacerlo</translation>
    </message>
    <message>
        <source>Back Up Data</source>
        <translation>Hacer copia de seguridad de los datos</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Haciendo una copia de seguridad de tus datos…</translation>
    </message>
    <message numerus="yes">
        <source>Backup saved to %1 (%2): %n event(s). Keys and passwords are not in it; they stay in the system keychain.</source>
        <translation>
            <numerusform>Copia de seguridad guardada en %1 (%2): %n evento. Las claves y las contraseñas no están en ella; se quedan en el llavero del sistema.</numerusform>
            <numerusform>Copia de seguridad guardada en %1 (%2): %n eventos. Las claves y las contraseñas no están en ella; se quedan en el llavero del sistema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Its newest event is from %1.</source>
        <translation>Su evento más reciente es del %1.</translation>
    </message>
    <message>
        <source>It holds no events yet.</source>
        <translation>Todavía no contiene ningún evento.</translation>
    </message>
    <message>
        <source>Replace your data with this backup?</source>
        <translation>¿Quieres sustituir tus datos por esta copia de seguridad?</translation>
    </message>
    <message numerus="yes">
        <source>The backup holds %n event(s).</source>
        <translation>
            <numerusform>La copia de seguridad contiene %n evento.</numerusform>
            <numerusform>La copia de seguridad contiene %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings will restart to restore it. Your current data is kept in the data folder as tidings.sqlite.before-restore. Connections and keys in the keychain are not changed.</source>
        <translation>Tidings se reiniciará para restaurarla. Tus datos actuales se conservan en la carpeta de datos como tidings.sqlite.before-restore. Las conexiones y las claves del llavero no cambian.</translation>
    </message>
    <message>
        <source>Restore and Restart</source>
        <translation>Restaurar y reiniciar</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BlockDesigner</name>
    <message>
        <source>Shown only when the shipment has a tracking link.</source>
        <translation>Solo se muestra si el envío tiene un enlace de seguimiento.</translation>
    </message>
    <message>
        <source>Shown only when the order lists its items.</source>
        <translation>Solo se muestra si el pedido incluye la lista de sus artículos.</translation>
    </message>
    <message>
        <source>Shown only for messages about an order on its way.</source>
        <translation>Solo se muestra en mensajes sobre un pedido en camino.</translation>
    </message>
    <message>
        <source>Shown only when the order has a shipment.</source>
        <translation>Solo se muestra si el pedido tiene un envío.</translation>
    </message>
    <message>
        <source>Shown only when items of the order are on backorder.</source>
        <translation>Solo se muestra si hay artículos del pedido pendientes de reposición.</translation>
    </message>
    <message>
        <source>Shown only when the product has a web address.</source>
        <translation>Solo se muestra si el producto tiene una dirección web.</translation>
    </message>
    <message>
        <source>Shown only when the product has a SKU.</source>
        <translation>Solo se muestra si el producto tiene un SKU.</translation>
    </message>
    <message>
        <source>Shown only when {{%1}} has a value.</source>
        <translation>Solo se muestra si {{%1}} tiene un valor.</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <source>The email from top to bottom. Drag a block to move it, or use Alt+Up and Alt+Down</source>
        <translation>El correo de arriba abajo. Los bloques se mueven arrastrándolos o con Alt+Arriba y Alt+Abajo</translation>
    </message>
    <message>
        <source>Edit Block</source>
        <translation>Editar bloque</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Small print</source>
        <translation>Letra pequeña</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Status strip</source>
        <translation>Barra de estado</translation>
    </message>
    <message>
        <source>Shipment details</source>
        <translation>Detalles del envío</translation>
    </message>
    <message>
        <source>Tracking button</source>
        <translation>Botón de seguimiento</translation>
    </message>
    <message>
        <source>Order table</source>
        <translation>Tabla del pedido</translation>
    </message>
    <message>
        <source>Button to a link</source>
        <translation>Botón con enlace</translation>
    </message>
    <message>
        <source>Custom HTML</source>
        <translation>HTML personalizado</translation>
    </message>
    <message>
        <source>Adds a block under the one selected (Insert)</source>
        <translation>Añade un bloque debajo del seleccionado (Insert)</translation>
    </message>
    <message>
        <source>Removes the selected block (Delete)</source>
        <translation>Quita el bloque seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Moves the selected block up (Alt+Up)</source>
        <translation>Mueve el bloque seleccionado hacia arriba (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Moves the selected block down (Alt+Down)</source>
        <translation>Mueve el bloque seleccionado hacia abajo (Alt+Abajo)</translation>
    </message>
    <message>
        <source>The same in every email: change it in the Brand Kit</source>
        <translation>Igual en todos los correos: se cambia en el kit de marca</translation>
    </message>
    <message>
        <source>Logo and shop name · from the Brand Kit…</source>
        <translation>Logotipo y nombre de la tienda · del kit de marca…</translation>
    </message>
    <message>
        <source>Footer: support, address, links · from the Brand Kit…</source>
        <translation>Pie de página: soporte, dirección, enlaces · del kit de marca…</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Botón</translation>
    </message>
    <message>
        <source>Items on backorder</source>
        <translation>Artículos pendientes de reposición</translation>
    </message>
    <message>
        <source>A heading</source>
        <translation>Un título</translation>
    </message>
    <message>
        <source>Your words. Variables such as {{order.number}} are filled in for each order.</source>
        <translation>Tu texto. Las variables como {{order.number}} se rellenan para cada pedido.</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En reparto</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Visit our shop</source>
        <translation>Visitar nuestra tienda</translation>
    </message>
    <message>
        <source>Track your package</source>
        <translation>Seguir mi paquete</translation>
    </message>
    <message>
        <source>Button not working? Open this link:</source>
        <translation>¿El botón no funciona? Este es el enlace:</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Tu pedido</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Your HTML</source>
        <translation>Tu HTML</translation>
    </message>
    <message>
        <source>No blocks yet: add one with Add Block (Insert).</source>
        <translation>Todavía no hay bloques: se añaden con «Añadir bloque» (Insert).</translation>
    </message>
    <message>
        <source>Choose a block to change it.</source>
        <translation>Elegir un bloque para cambiarlo.</translation>
    </message>
    <message>
        <source>A thin line across the email. Nothing to set.</source>
        <translation>Una línea fina a lo ancho del correo. No hay nada que configurar.</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>Añadir bloque</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Image address:</source>
        <translation>Dirección de la imagen:</translation>
    </message>
    <message>
        <source>Text if images are off:</source>
        <translation>Texto si las imágenes están desactivadas:</translation>
    </message>
    <message>
        <source>Step 1, ordered:</source>
        <translation>Paso 1, pedido:</translation>
    </message>
    <message>
        <source>Step 2, shipped:</source>
        <translation>Paso 2, enviado:</translation>
    </message>
    <message>
        <source>Step 3, out for delivery:</source>
        <translation>Paso 3, en reparto:</translation>
    </message>
    <message>
        <source>Step 4, delivered:</source>
        <translation>Paso 4, entregado:</translation>
    </message>
    <message>
        <source>Carrier label:</source>
        <translation>Etiqueta del transportista:</translation>
    </message>
    <message>
        <source>Tracking number label:</source>
        <translation>Etiqueta del número de seguimiento:</translation>
    </message>
    <message>
        <source>Status label:</source>
        <translation>Etiqueta del estado:</translation>
    </message>
    <message>
        <source>Status when the carrier says none:</source>
        <translation>Estado si el transportista no indica ninguno:</translation>
    </message>
    <message>
        <source>Button text:</source>
        <translation>Texto del botón:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Enlace:</translation>
    </message>
    <message>
        <source>Words under the button:</source>
        <translation>Texto debajo del botón:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Quantity column:</source>
        <translation>Columna de cantidad:</translation>
    </message>
    <message>
        <source>Before the SKU:</source>
        <translation>Antes del SKU:</translation>
    </message>
    <message>
        <source>Show prices and the total</source>
        <translation>Mostrar los precios y el total</translation>
    </message>
    <message>
        <source>Price column:</source>
        <translation>Columna de precio:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>HTML:</source>
        <translation>HTML:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Adds a copy of the selected block under it (Ctrl+D)</source>
        <translation>Añade una copia del bloque seleccionado debajo (Ctrl+D)</translation>
    </message>
    <message>
        <source>A web address starting with https://, or a variable that holds one, such as {{shipment.trackingUrl}}</source>
        <translation>Una dirección web que empiece por https://, o una variable que la contenga, como {{shipment.trackingUrl}}</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BrandKitDialog</name>
    <message>
        <source>Brand Kit</source>
        <translation>Kit de marca</translation>
    </message>
    <message>
        <source>Every message carries your shop&apos;s name, colour and logo, and where customers can write to you. Changes apply to the next message sent.</source>
        <translation>Cada mensaje lleva el nombre, el color y el logotipo de tu tienda, y dónde pueden escribirte los clientes. Los cambios se aplican al siguiente mensaje que se envíe.</translation>
    </message>
    <message>
        <source>e.g. Juniper &amp; Pine</source>
        <translation>p. ej., Juniper &amp; Pine</translation>
    </message>
    <message>
        <source>Choose Colo&amp;ur…</source>
        <translation>Elegir &amp;color…</translation>
    </message>
    <message>
        <source>help@your-shop.com</source>
        <translation>ayuda@tu-tienda.com</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s address, or a thank-you line</source>
        <translation>p. ej., la dirección de tu tienda o una línea de agradecimiento</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>No&amp;mbre de la tienda:</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>Color de &amp;acento:</translation>
    </message>
    <message>
        <source>Su&amp;pport email:</source>
        <translation>Correo de &amp;soporte:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Pie de página:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <source>Fonts in order of preference, separated by commas; the customer&apos;s device uses the first one it has</source>
        <translation>Fuentes por orden de preferencia, separadas por comas; el dispositivo del cliente usa la primera que tenga</translation>
    </message>
    <message>
        <source>Your shop&apos;s postal address, shown at the bottom of every email</source>
        <translation>La dirección postal de tu tienda, al pie de cada correo</translation>
    </message>
    <message>
        <source>One a line, e.g. Instagram https://instagram.com/your-shop</source>
        <translation>Una por línea, p. ej., Instagram https://instagram.com/tu-tienda</translation>
    </message>
    <message>
        <source>Support p&amp;hone:</source>
        <translation>&amp;Teléfono de soporte:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Dirección postal:</translation>
    </message>
    <message>
        <source>Social lin&amp;ks:</source>
        <translation>&amp;Redes sociales:</translation>
    </message>
    <message>
        <source>Fo&amp;nt:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BrandPage</name>
    <message>
        <source>Your brand</source>
        <translation>Tu marca</translation>
    </message>
    <message>
        <source>Every message carries your shop&apos;s name, colour and logo, and where customers can write to you.</source>
        <translation>Cada mensaje lleva el nombre, el color y el logotipo de tu tienda, y dónde pueden escribirte los clientes.</translation>
    </message>
    <message>
        <source>e.g. Juniper &amp; Pine</source>
        <translation>p. ej., Juniper &amp; Pine</translation>
    </message>
    <message>
        <source>Choose Colo&amp;ur…</source>
        <translation>&amp;Elegir color…</translation>
    </message>
    <message>
        <source>help@your-shop.com</source>
        <translation>ayuda@tu-tienda.com</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>&amp;Nombre de la tienda:</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Color de énfasis:</translation>
    </message>
    <message>
        <source>Su&amp;pport email:</source>
        <translation>Correo de so&amp;porte:</translation>
    </message>
    <message>
        <source>How it looks</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Color de énfasis</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Tu tienda</translation>
    </message>
    <message>
        <source>Hi Sam, your order #1001 is on its way.</source>
        <translation>¡Hola, Sam! Tu pedido #1001 está en camino.</translation>
    </message>
    <message>
        <source>Track your parcel</source>
        <translation>Sigue tu paquete</translation>
    </message>
    <message>
        <source>Questions? Write to %1.</source>
        <translation>¿Tienes preguntas? Escríbenos a %1.</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ChannelDialog</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Staff chat</source>
        <translation>Chat del equipo</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Edit Channel</source>
        <translation>Editar canal</translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation>Añadir canal</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>e.g. Shop mail</source>
        <translation>p. ej., Correo de la tienda</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Pruébalo</translation>
    </message>
    <message>
        <source>Your email address, or phone number for text messages</source>
        <translation>Tu dirección de correo electrónico, o tu número de teléfono para los mensajes de texto</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>Enviar &amp;mensaje de prueba</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Probar la &amp;conexión</translation>
    </message>
    <message>
        <source>Checks the keys and settings with the provider without sending anything.</source>
        <translation>Comprueba con el proveedor las claves y los ajustes sin enviar nada.</translation>
    </message>
    <message>
        <source>Sign in to %1 in your browser and allow Tidings to send email. Tidings is waiting…</source>
        <translation>Inicia sesión en %1 en tu navegador y permite que Tidings envíe correo electrónico. Tidings está esperando…</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatorio):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Saved in the keychain; type a new one to replace it</source>
        <translation>Guardado en el llavero; escribe uno nuevo para sustituirlo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>On %1&apos;s side:</source>
        <translation>En %1:</translation>
    </message>
    <message>
        <source>Type the address the test message should go to.</source>
        <translation>Escribe la dirección a la que debe ir el mensaje de prueba.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Comprobando con %1…</translation>
    </message>
    <message>
        <source>Type the client ID of your %1 app first: the steps below say where to find it.</source>
        <translation>Primero escribe el ID de cliente de tu aplicación de %1: los pasos de abajo indican dónde encontrarlo.</translation>
    </message>
    <message>
        <source>You signed in to %1, but did not allow Tidings to send email. Sign in again and allow &quot;Send email on your behalf&quot;.</source>
        <translation>Iniciaste sesión en %1, pero no permitiste que Tidings enviara correo electrónico. Vuelve a iniciar sesión y permite «Enviar correo electrónico en tu nombre».</translation>
    </message>
    <message>
        <source>Signed in to %1. Save to use the new sign-in.</source>
        <translation>Sesión iniciada en %1. Guarda para usar el nuevo inicio de sesión.</translation>
    </message>
    <message>
        <source>Signed in to %1. Save to keep it.</source>
        <translation>Sesión iniciada en %1. Guarda para conservarla.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ChannelsPage</name>
    <message>
        <source>&amp;Add channel…</source>
        <translation>&amp;Añadir canal…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Sends as</source>
        <translation>Envía como</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No channel yet. Add one to tell Tidings how your messages go out: your mail provider for customers, Slack for your staff, or a webhook for your automations.</source>
        <translation>Todavía no hay ningún canal. Añade uno para indicar a Tidings cómo salen tus mensajes: tu proveedor de correo para los clientes, Slack para tu equipo o un webhook para tus automatizaciones.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Requiere iniciar sesión</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Turn o&amp;n</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation>Quitar canal</translation>
    </message>
    <message>
        <source>Remove “%1”? Its key is deleted from the keychain.</source>
        <translation>¿Quieres quitar «%1»? Su clave se borrará del llavero.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Its messages wait until you resume the channel (%1).</source>
        <translation>Sus mensajes esperan hasta que reanudes el canal (%1).</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Sends this channel&apos;s waiting messages now.</source>
        <translation>Envía ahora los mensajes en espera de este canal.</translation>
    </message>
    <message>
        <source>Holds this channel&apos;s messages until you resume it; nothing fails, and the other channels keep sending.</source>
        <translation>Retiene los mensajes de este canal hasta que lo reanudes; nada falla y los demás canales siguen enviando.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ConnectionsPage</name>
    <message>
        <source>&amp;Add connection…</source>
        <translation>&amp;Añadir conexión…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Send a &amp;test event</source>
        <translation>Enviar evento de &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>Ask the platform for new and changed orders now, instead of at the next check</source>
        <translation>Pide ahora a la plataforma los pedidos nuevos y modificados, en lugar de esperar a la próxima comprobación</translation>
    </message>
    <message>
        <source>Connect a shop or order system</source>
        <translation>Conecta una tienda o un sistema de pedidos</translation>
    </message>
    <message>
        <source>Change the selected connection, or see its setup again</source>
        <translation>Cambia la conexión seleccionada o vuelve a ver su configuración</translation>
    </message>
    <message>
        <source>While off, Tidings refuses the connection&apos;s webhooks</source>
        <translation>Mientras está desactivada, Tidings rechaza los webhooks de la conexión</translation>
    </message>
    <message>
        <source>Send a signed sample order to this computer&apos;s webhook address, as the platform would. Nobody is notified.</source>
        <translation>Envía un pedido de muestra firmado a la dirección de webhook de este equipo, como lo haría la plataforma. No se avisa a nadie.</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>Quita la conexión seleccionada</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>Dirección del &amp;webhook:</translation>
    </message>
    <message>
        <source>Copy the webhook address</source>
        <translation>Copia la dirección del webhook</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Último evento:</translation>
    </message>
    <message>
        <source>Last refused:</source>
        <translation>Último rechazo:</translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation>Todavía no hay conexiones</translation>
    </message>
    <message>
        <source>Connect your shop or order system, and Tidings hears of every new order and shipment and tells your customers about it. A short guided setup shows what to do on the platform&apos;s side.</source>
        <translation>Conecta tu tienda o tu sistema de pedidos, y Tidings se enterará de cada pedido y envío nuevos y se lo contará a tus clientes. Una breve configuración guiada te muestra qué hacer en la plataforma.</translation>
    </message>
    <message>
        <source>Add your first connection…</source>
        <translation>Añade tu primera conexión…</translation>
    </message>
    <message>
        <source>Turn o&amp;n</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>Tidings reads this connection itself: use Check now to see it work.</source>
        <translation>Tidings lee esta conexión por sí mismo: usa Comprobar ahora para verla funcionar.</translation>
    </message>
    <message>
        <source>A test event needs the connection to be on, with its secret saved, and Tidings receiving webhooks.</source>
        <translation>Un evento de prueba necesita que la conexión esté activada, con su secreto guardado, y que Tidings esté recibiendo webhooks.</translation>
    </message>
    <message>
        <source>Tidings has no test event for this platform. Use the platform&apos;s own test, if it has one.</source>
        <translation>Tidings no tiene ningún evento de prueba para esta plataforma. Usa la prueba propia de la plataforma, si la tiene.</translation>
    </message>
    <message>
        <source>Select a connection to see how it is doing.</source>
        <translation>Selecciona una conexión para ver cómo va.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reads &amp;from:</source>
        <translation>&amp;Lee de:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation>Última comprobación:</translation>
    </message>
    <message>
        <source>Turned off: Tidings refuses its webhooks until you turn it on.</source>
        <translation>Desactivada: Tidings rechaza sus webhooks hasta que la actives.</translation>
    </message>
    <message>
        <source>Waiting for the first event. Finish the setup on the platform&apos;s side (Edit shows the steps again), or send a test event.</source>
        <translation>Esperando el primer evento. Termina la configuración en la plataforma (Editar vuelve a mostrar los pasos) o envía un evento de prueba.</translation>
    </message>
    <message>
        <source>Receiving events.</source>
        <translation>Recibiendo eventos.</translation>
    </message>
    <message>
        <source>Its latest request was refused; see why below.</source>
        <translation>Su última solicitud se rechazó; consulta el motivo abajo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n today)</source>
        <translation>
            <numerusform>%1 (%n hoy)</numerusform>
            <numerusform>%1 (%n hoy)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ninguno todavía.</translation>
    </message>
    <message>
        <source>%1, HTTP %2. %3</source>
        <translation>%1, HTTP %2. %3</translation>
    </message>
    <message>
        <source>Nothing refused since Tidings started.</source>
        <translation>No se ha rechazado nada desde que se inició Tidings.</translation>
    </message>
    <message>
        <source>Next check: %1.</source>
        <translation>Próxima comprobación: %1.</translation>
    </message>
    <message>
        <source>Turned off: Tidings does not check it until you turn it on.</source>
        <translation>Desactivada: Tidings no la comprueba hasta que la actives.</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Comprobando ahora…</translation>
    </message>
    <message>
        <source>Its latest check failed; see why below. Tidings tries again by itself.</source>
        <translation>Su última comprobación falló; consulta el motivo abajo. Tidings lo vuelve a intentar por sí mismo.</translation>
    </message>
    <message numerus="yes">
        <source>Checking every %n minute(s).</source>
        <translation>
            <numerusform>Comprobando cada %n minuto.</numerusform>
            <numerusform>Comprobando cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first check.</source>
        <translation>Esperando la primera comprobación.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>menos de un segundo</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%1, took %2, found %n new change(s).</source>
        <translation>
            <numerusform>%1, tardó %2, encontró %n cambio nuevo.</numerusform>
            <numerusform>%1, tardó %2, encontró %n cambios nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet.</source>
        <translation>Todavía no.</translation>
    </message>
    <message>
        <source>Checking &quot;%1&quot; now…</source>
        <translation>Comprobando «%1» ahora…</translation>
    </message>
    <message>
        <source>Not receiving webhooks</source>
        <translation>No se están recibiendo webhooks</translation>
    </message>
    <message>
        <source>Receiving webhooks at %1</source>
        <translation>Recibiendo webhooks en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. Its events appear in the Monitor as they arrive.</source>
        <translation>Se añadió «%1». Sus eventos aparecen en el Monitor a medida que llegan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on.</source>
        <translation>«%1» está activada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is off; Tidings does not check it.</source>
        <translation>«%1» está desactivada; Tidings no la comprueba.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is off; its webhooks are refused.</source>
        <translation>«%1» está desactivada; sus webhooks se rechazan.</translation>
    </message>
    <message>
        <source>Test event for &quot;%1&quot; accepted; it is in the Monitor.</source>
        <translation>Se aceptó el evento de prueba de «%1»; está en el Monitor.</translation>
    </message>
    <message>
        <source>Sending a test event for &quot;%1&quot;…</source>
        <translation>Enviando un evento de prueba para «%1»…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?

Tidings will refuse its webhooks and delete its secret from the keychain. Events already received stay in the Monitor. Delete the webhooks in %2 too, or it keeps sending them.</source>
        <translation>¿Quieres quitar «%1»?

Tidings rechazará sus webhooks y borrará su secreto del llavero. Los eventos ya recibidos se quedan en el Monitor. Borra también los webhooks en %2; si no, seguirá enviándolos.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>Se quitó «%1».</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::CredentialsPage</name>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Re&amp;place Key…</source>
        <translation>&amp;Sustituir clave…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Keys and sign-ins</source>
        <translation>Claves e inicios de sesión</translation>
    </message>
    <message>
        <source>Key or sign-in</source>
        <translation>Clave o inicio de sesión</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No keys yet. The keys and sign-ins of your connections and channels show here once you add them; Tidings keeps them in your system&apos;s keychain, never in its own files.</source>
        <translation>Todavía no hay claves. Las claves e inicios de sesión de tus conexiones y canales aparecen aquí en cuanto los añades; Tidings los guarda en el llavero del sistema, nunca en sus propios archivos.</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain. Tidings never shows a key again once it is saved: replace it if you are not sure it is right.</source>
        <translation>Guardado en el llavero del sistema. Tidings nunca vuelve a mostrar una clave una vez guardada: sustitúyela si no estás seguro de que sea correcta.</translation>
    </message>
    <message>
        <source>Channel “%1” (%2)</source>
        <translation>Canal «%1» (%2)</translation>
    </message>
    <message>
        <source>Needs sign-in: %1</source>
        <translation>Requiere iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Not signed in: the channel cannot send</source>
        <translation>Sin sesión iniciada: el canal no puede enviar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not set (optional)</source>
        <translation>Sin configurar (opcional)</translation>
    </message>
    <message>
        <source>Missing: the channel cannot send</source>
        <translation>Falta: el canal no puede enviar</translation>
    </message>
    <message>
        <source>Account sign-in (%1)</source>
        <translation>Inicio de sesión de la cuenta (%1)</translation>
    </message>
    <message>
        <source>Connection “%1” (%2)</source>
        <translation>Conexión «%1» (%2)</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>Missing: this connection cannot be checked</source>
        <translation>Falta: esta conexión no se puede comprobar</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Replace Key</source>
        <translation>Sustituir clave</translation>
    </message>
    <message>
        <source>New %1 for %2:</source>
        <translation>Nuevo valor de «%1» para %2:</translation>
    </message>
    <message>
        <source>The new key is empty; nothing was changed.</source>
        <translation>La clave nueva está vacía; no se cambió nada.</translation>
    </message>
    <message>
        <source>That channel or connection no longer exists.</source>
        <translation>Ese canal o esa conexión ya no existe.</translation>
    </message>
    <message>
        <source>Sign out of the account of %1? It cannot send until you sign in again; its messages wait.</source>
        <translation>¿Quieres cerrar la sesión de la cuenta de %1? No podrá enviar hasta que vuelvas a iniciar sesión; sus mensajes esperarán.</translation>
    </message>
    <message>
        <source>Remove the %1 of %2 from the keychain? It cannot send without it; its messages wait until it has one again.</source>
        <translation>¿Quieres quitar «%1» de %2 del llavero? Sin ello no puede enviar; sus mensajes esperarán hasta que vuelva a tenerlo.</translation>
    </message>
    <message>
        <source>Remove the %1 of %2 from the keychain?</source>
        <translation>¿Quieres quitar «%1» de %2 del llavero?</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Quitar clave</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::DelayDetectionDialog</name>
    <message>
        <source>Delay Detection</source>
        <translation>Detección de retrasos</translation>
    </message>
    <message>
        <source>When the carrier has said nothing about a parcel for a few days after the label was made or while it is on its way, Tidings can tell your customer you are sorry and keeping an eye on it, before they have to ask. Each parcel gets one such message per quiet spell: if the carrier reports again and then goes quiet again, it can get another.</source>
        <translation>Cuando el transportista no ha dicho nada sobre un paquete durante unos días después de crear la etiqueta o mientras está en camino, Tidings puede decirle a tu cliente que lo sientes y que estás pendiente, antes de que tenga que preguntar. Cada paquete recibe un solo mensaje de este tipo por cada periodo sin noticias: si el transportista vuelve a informar y luego se queda otra vez callado, puede recibir otro.</translation>
    </message>
    <message>
        <source>&amp;Watch for parcels the carrier has gone quiet about</source>
        <translation>&amp;Vigilar los paquetes de los que el transportista ya no da noticias</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Delayed after no news for:</source>
        <translation>&amp;Retrasado si no hay noticias durante:</translation>
    </message>
    <message>
        <source>Only switch this on if Tidings hears from your carrier as parcels move (a tracking connection, or a shop that reports deliveries). Otherwise every parcel looks delayed.</source>
        <translation>Activa esto solo si Tidings recibe noticias de tu transportista a medida que avanzan los paquetes (una conexión de seguimiento, o una tienda que informa de las entregas). Si no, todos los paquetes parecerán retrasados.</translation>
    </message>
    <message>
        <source>No rule sends anything for a delay yet. Add one for the trigger &quot;shipment.delayed&quot; in your configuration: to the customer, or to your staff&apos;s chat.</source>
        <translation>Todavía ninguna regla envía nada por un retraso. Añade una para el disparador &quot;shipment.delayed&quot; en tu configuración: para el cliente o para el chat de tu equipo.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::DeliveryGroup</name>
    <message>
        <source>Retries and fallback</source>
        <translation>Reintentos y canal de respaldo</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Predeterminado (%1)</translation>
    </message>
    <message>
        <source>How many times Tidings tries to send a message through this channel before it fails for good. Refusals that no retry can mend (a bad address) stop at once.</source>
        <translation>Cuántas veces intenta Tidings enviar un mensaje por este canal antes de darlo por fallido definitivamente. Los rechazos que ningún reintento puede resolver (una dirección incorrecta) se detienen de inmediato.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>A message still not sent this many hours after the order changed fails for good at its next failure, so a customer is not told days late.</source>
        <translation>Un mensaje que todavía no se ha enviado tantas horas después del cambio en el pedido falla definitivamente en su siguiente error, para que no se avise a un cliente con días de retraso.</translation>
    </message>
    <message>
        <source>When this channel keeps failing (an outage, or its sign-in was refused), its waiting messages go through this channel instead. Only channels that send the same kind of message are offered.</source>
        <translation>Cuando este canal falla una y otra vez (una interrupción del servicio, o se rechazó su inicio de sesión), sus mensajes en espera salen en su lugar por el canal elegido aquí. Solo se ofrecen los canales que envían el mismo tipo de mensaje.</translation>
    </message>
    <message>
        <source> failures</source>
        <translation> fallos</translation>
    </message>
    <message>
        <source>How many failed tries in a row move a message to the fallback channel.</source>
        <translation>Cuántos intentos fallidos seguidos hacen que un mensaje pase al canal de respaldo.</translation>
    </message>
    <message>
        <source>&amp;Maximum attempts:</source>
        <translation>&amp;Límite de intentos:</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Dejar de intentarlo tras:</translation>
    </message>
    <message>
        <source>If this channel keeps failing, &amp;use:</source>
        <translation>Si este canal sigue fallando, &amp;usar:</translation>
    </message>
    <message>
        <source>Move there a&amp;fter:</source>
        <translation>Cambiar de canal &amp;tras:</translation>
    </message>
    <message>
        <source>No fallback</source>
        <translation>Sin canal de respaldo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::EmailPage</name>
    <message>
        <source>Your email provider</source>
        <translation>Tu proveedor de correo</translation>
    </message>
    <message>
        <source>Tidings sends your messages through a mail service you already have, in your name.</source>
        <translation>Tidings envía tus mensajes a través de un servicio de correo que ya tienes, en tu nombre.</translation>
    </message>
    <message>
        <source>Choose your mail service and paste its key, or sign in with Google or Microsoft. Then send yourself a test message to see what your customers will get.</source>
        <translation>Elige tu servicio de correo y pega su clave, o inicia sesión con Google o Microsoft. Luego envíate un mensaje de prueba para ver lo que recibirán tus clientes.</translation>
    </message>
    <message>
        <source>&amp;Add an Email Provider…</source>
        <translation>Añadir un &amp;proveedor de correo…</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@example.com</translation>
    </message>
    <message>
        <source>Send a Test &amp;Message to Me</source>
        <translation>Enviarme un &amp;mensaje de prueba</translation>
    </message>
    <message>
        <source>&amp;Your email address:</source>
        <translation>&amp;Tu dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No email provider is set up yet.</source>
        <translation>Todavía no hay ningún proveedor de correo configurado.</translation>
    </message>
    <message>
        <source>Set up: %1</source>
        <translation>Configurado: %1</translation>
    </message>
    <message>
        <source>Saved. Now send yourself a test message.</source>
        <translation>Guardado. Ahora envíate un mensaje de prueba.</translation>
    </message>
    <message>
        <source>Add an email provider first.</source>
        <translation>Primero añade un proveedor de correo.</translation>
    </message>
    <message>
        <source>Type your email address first.</source>
        <translation>Primero escribe tu dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::EventDetailsView</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Failed, will try again</source>
        <translation>Falló, se volverá a intentar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Interrupted (Tidings stopped while sending)</source>
        <translation>Interrumpido (Tidings se detuvo durante el envío)</translation>
    </message>
    <message>
        <source>Waiting for the account to be signed in again</source>
        <translation>Esperando a que se vuelva a iniciar sesión en la cuenta</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>Messages and delivery attempts</source>
        <translation>Mensajes e intentos de entrega</translation>
    </message>
    <message>
        <source>Payload as received</source>
        <translation>Contenido tal como se recibió</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Encabezados de la solicitud</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Select an event to see what Tidings did about it.</source>
        <translation>Selecciona un evento para ver qué hizo Tidings con él.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>recibido %1</translation>
    </message>
    <message>
        <source>from %1 (%2)</source>
        <translation>de %1 (%2)</translation>
    </message>
    <message>
        <source>Tidings had already received this event (the same delivery, or a status the order had already reached), so it sent nothing again.</source>
        <translation>Tidings ya había recibido este evento (la misma entrega, o un estado al que el pedido ya había llegado), así que no volvió a enviar nada.</translation>
    </message>
    <message>
        <source>No rule asks for a message about this event, so nothing was sent.</source>
        <translation>Ninguna regla pide un mensaje sobre este evento, así que no se envió nada.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>«%1» a %2</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>a través de %1</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>próximo intento: %1</translation>
    </message>
    <message>
        <source>provider id %1</source>
        <translation>id del proveedor %1</translation>
    </message>
    <message>
        <source>resent by you</source>
        <translation>reenviado por ti</translation>
    </message>
    <message>
        <source>What went wrong:</source>
        <translation>Qué salió mal:</translation>
    </message>
    <message>
        <source>Not tried yet.</source>
        <translation>Todavía no se ha intentado.</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Provider message id:</source>
        <translation>Id del mensaje en el proveedor:</translation>
    </message>
    <message>
        <source>Provider&apos;s answer:</source>
        <translation>Respuesta del proveedor:</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(cuerpo vacío)</translation>
    </message>
    <message>
        <source>

(Only the first %1 KiB of %2 KiB are shown.)</source>
        <translation>

(Solo se muestran los primeros %1 KiB de %2 KiB).</translation>
    </message>
    <message>
        <source>(no headers)</source>
        <translation>(sin encabezados)</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Retenido por las horas de silencio</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::FinishPage</name>
    <message>
        <source>All set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <source>You can change all of this later, and open these steps again from Help → Getting Started.</source>
        <translation>Puedes cambiar todo esto más adelante y volver a abrir estos pasos desde Ayuda → Primeros pasos.</translation>
    </message>
    <message>
        <source>&amp;Go live now: send messages to my customers</source>
        <translation>&amp;Pasar ahora a modo real: enviar mensajes a mis clientes</translation>
    </message>
    <message>
        <source>No shop yet: add it on the Connections page.</source>
        <translation>Todavía no hay ninguna tienda: añádela en la página Conexiones.</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Tienda: %1</translation>
    </message>
    <message>
        <source>No email provider yet: add one on the Channels page.</source>
        <translation>Todavía no hay ningún proveedor de correo: añade uno en la página Canales.</translation>
    </message>
    <message>
        <source>Email provider: %1</source>
        <translation>Proveedor de correo: %1</translation>
    </message>
    <message>
        <source>No shop name for your messages yet.</source>
        <translation>Todavía no hay ningún nombre de tienda para tus mensajes.</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Marca: %1</translation>
    </message>
    <message>
        <source>Test mode is on: customers&apos; messages go to %1.</source>
        <translation>El modo de prueba está activado: los mensajes dirigidos a los clientes van a %1.</translation>
    </message>
    <message>
        <source>Test mode is off: messages go to your customers.</source>
        <translation>El modo de prueba está desactivado: los mensajes van a tus clientes.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::GenericMappingEditor</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>%1 (their word: %2)</source>
        <translation>%1 (su palabra: %2)</translation>
    </message>
    <message>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Id del pedido</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Shipment status</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Enlace de seguimiento</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Id del evento</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Stock status</source>
        <translation>Estado del inventario</translation>
    </message>
    <message>
        <source>Where each field is</source>
        <translation>Dónde está cada campo</translation>
    </message>
    <message>
        <source>Tidings field</source>
        <translation>Campo de Tidings</translation>
    </message>
    <message>
        <source>Path in the JSON</source>
        <translation>Ruta en el JSON</translation>
    </message>
    <message>
        <source>&amp;Where each field is:</source>
        <translation>&amp;Dónde está cada campo:</translation>
    </message>
    <message>
        <source>A JSON pointer such as /order/id, or a dotted path such as order.id or items.0.sku. Item fields are read inside each entry of the items list. Press F2 or start typing to edit.</source>
        <translation>Un puntero JSON como /order/id, o una ruta con puntos como order.id o items.0.sku. Los campos de artículo se leen dentro de cada entrada de la lista de artículos. Pulsa F2 o empieza a escribir para editar.</translation>
    </message>
    <message>
        <source>Status words</source>
        <translation>Palabras de estado</translation>
    </message>
    <message>
        <source>Their word</source>
        <translation>Su palabra</translation>
    </message>
    <message>
        <source>&amp;Status words:</source>
        <translation>&amp;Palabras de estado:</translation>
    </message>
    <message>
        <source>Words your system uses for a status, in any case (e.g. &quot;Dispatched&quot; means shipped). Words that already are a Tidings status need no entry.</source>
        <translation>Palabras que usa tu sistema para un estado, da igual mayúsculas o minúsculas (p. ej., «Dispatched» significa enviado). Las palabras que ya son un estado de Tidings no necesitan entrada.</translation>
    </message>
    <message>
        <source>&amp;Add word</source>
        <translation>&amp;Añadir palabra</translation>
    </message>
    <message>
        <source>Add a status word (Insert in the table)</source>
        <translation>Añade una palabra de estado (Insert en la tabla)</translation>
    </message>
    <message>
        <source>Re&amp;move word</source>
        <translation>&amp;Quitar palabra</translation>
    </message>
    <message>
        <source>Remove the selected status word (Delete in the table)</source>
        <translation>Quita la palabra de estado seleccionada (Delete en la tabla)</translation>
    </message>
    <message>
        <source>Add status word</source>
        <translation>Añadir palabra de estado</translation>
    </message>
    <message>
        <source>Remove status word</source>
        <translation>Quitar palabra de estado</translation>
    </message>
    <message>
        <source>Sample body</source>
        <translation>Cuerpo de muestra</translation>
    </message>
    <message>
        <source>Paste a body your system sends, e.g. from Zapier&apos;s test step or the sender&apos;s log.</source>
        <translation>Pega un cuerpo que envíe tu sistema, p. ej., del paso de prueba de Zapier o del registro del remitente.</translation>
    </message>
    <message>
        <source>Sam&amp;ple body:</source>
        <translation>Cuerpo de &amp;muestra:</translation>
    </message>
    <message>
        <source>&amp;Test with this sample</source>
        <translation>Pro&amp;bar con esta muestra</translation>
    </message>
    <message>
        <source>Read the sample with this mapping (Ctrl+Return)</source>
        <translation>Lee la muestra con esta asignación de campos (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>field label and its name in the mapping</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The sample cannot be read with this mapping: %n problem(s). Fix the paths or the sample, then test again.</source>
        <translation>
            <numerusform>La muestra no se puede leer con esta asignación de campos: %n problema. Corrige las rutas o la muestra y vuelve a probar.</numerusform>
            <numerusform>La muestra no se puede leer con esta asignación de campos: %n problemas. Corrige las rutas o la muestra y vuelve a probar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message numerus="yes">
        <source>The sample gives %n event(s).</source>
        <translation>
            <numerusform>La muestra da %n evento.</numerusform>
            <numerusform>La muestra da %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample gives %1 and %2.</source>
        <translation>La muestra da %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock change(s)</source>
        <translation>
            <numerusform>%n cambio de inventario</numerusform>
            <numerusform>%n cambios de inventario</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Order %1 (%2)</source>
        <translation>Pedido %1 (%2)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source>Stock change %1</source>
        <translation>Cambio de inventario %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::GettingStartedWizard</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Te damos la bienvenida a Tidings</translation>
    </message>
    <message>
        <source>S&amp;kip This Step</source>
        <translation>&amp;Omitir este paso</translation>
    </message>
    <message>
        <source>Goes on to the next step without changing anything here</source>
        <translation>Pasa al siguiente paso sin cambiar nada aquí</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::InventoryMessagesDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inventory Messages</source>
        <translation>Mensajes de inventario</translation>
    </message>
    <message>
        <source>Nobody (no stock alerts)</source>
        <translation>Nadie (sin avisos de inventario)</translation>
    </message>
    <message>
        <source>team@yourshop.com</source>
        <translation>equipo@tutienda.com</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Tu equipo</translation>
    </message>
    <message>
        <source>Told once when a product falls to its low-stock threshold, and once when it runs out. Stock that goes up and down around the threshold does not alert again until it was well above it.</source>
        <translation>Se le avisa una vez cuando un producto baja a su umbral de pocas existencias y otra cuando se agota. Si el inventario sube y baja en torno al umbral, no se vuelve a avisar hasta que haya estado bastante por encima.</translation>
    </message>
    <message>
        <source>&amp;Alerts go through:</source>
        <translation>Enviar &amp;avisos por:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Tell &amp;waiting customers when a product is back in stock</source>
        <translation>Avisar a los clientes en &amp;espera cuando un producto vuelva a estar disponible</translation>
    </message>
    <message>
        <source>Tell customers when their &amp;order waits for an item that ran out</source>
        <translation>Avisar a los clientes cuando su pe&amp;dido espere un artículo agotado</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Tus clientes</translation>
    </message>
    <message>
        <source>Waiting customers are told in the order they asked, no more of them than came back. An order waits when it was placed after an item had run out; its shipping message then thanks the customer for waiting.</source>
        <translation>Se avisa a los clientes en espera por orden de solicitud y nunca a más de los que cubren las unidades repuestas. Un pedido queda en espera cuando se hizo después de que se agotara un artículo; su mensaje de envío agradece entonces al cliente la espera.</translation>
    </message>
    <message>
        <source>&amp;Customers are told through:</source>
        <translation>Avisar a los &amp;clientes por:</translation>
    </message>
    <message>
        <source>Add an email channel on the Channels page to tell customers.</source>
        <translation>Añade un canal de correo electrónico en la página Canales para avisar a los clientes.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::InventoryPage</name>
    <message>
        <source>&amp;Threshold…</source>
        <translation>&amp;Umbral…</translation>
    </message>
    <message>
        <source>Give the chosen product its own low-stock threshold, or the shop&apos;s (F2 in the table does it too)</source>
        <translation>Da al producto elegido su propio umbral de pocas existencias, o el de la tienda (F2 en la tabla también lo hace)</translation>
    </message>
    <message>
        <source>&amp;Import Waiting Customers…</source>
        <translation>&amp;Importar clientes en espera…</translation>
    </message>
    <message>
        <source>Add customers waiting for products to be back in stock, from a CSV file with at least SKU and Email columns (Ctrl+I)</source>
        <translation>Añade clientes que esperan a que los productos vuelvan a estar disponibles, desde un archivo CSV con al menos las columnas SKU y Email (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Messages…</source>
        <translation>&amp;Mensajes…</translation>
    </message>
    <message>
        <source>Choose who is told about stock: your team when a product runs low or out, customers when it is back or their order waits for it</source>
        <translation>Elige a quién se avisa del inventario: a tu equipo cuando un producto escasea o se agota, y a los clientes cuando vuelve a estar disponible o su pedido lo espera</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Search by SKU or name</source>
        <translation>Buscar por SKU o nombre</translation>
    </message>
    <message>
        <source>Shows the products whose SKU or name contains what you type (Ctrl+F)</source>
        <translation>Muestra los productos cuyo SKU o nombre contiene lo que escribes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Staff are told when a product&apos;s stock falls to this many, unless the product has a threshold of its own</source>
        <translation>Se avisa a tu equipo cuando el inventario de un producto baja a esta cantidad, salvo que el producto tenga su propio umbral</translation>
    </message>
    <message>
        <source>Sh&amp;op threshold:</source>
        <translation>Umbral de la &amp;tienda:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Shop&apos;s (%1)</source>
        <translation>De la tienda (%1)</translation>
    </message>
    <message>
        <source>Stock changes</source>
        <translation>Cambios de inventario</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Todavía no hay productos</translation>
    </message>
    <message>
        <source>Stock levels appear here when a connected shop reports them: how many of each product are left, whether it is running low, and which customers wait for it to be back in stock.</source>
        <translation>Los niveles de inventario aparecen aquí cuando una tienda conectada los comunica: cuántas unidades quedan de cada producto, si quedan pocas y qué clientes esperan a que vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Customers who asked to be told when a product is back can be added from a CSV file with SKU and Email columns.</source>
        <translation>Los clientes que pidieron que se les avisara cuando un producto vuelva a estar disponible se pueden añadir desde un archivo CSV con las columnas SKU y Email.</translation>
    </message>
    <message>
        <source>Choose a product to see its stock changes.</source>
        <translation>Elige un producto para ver sus cambios de inventario.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stock changes of %1</source>
        <translation>Cambios de inventario de %1</translation>
    </message>
    <message>
        <source>No stock change of %1 reported yet.</source>
        <translation>Todavía no se ha comunicado ningún cambio de inventario de %1.</translation>
    </message>
    <message>
        <source>Import Waiting Customers</source>
        <translation>Importar clientes en espera</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Tidings could not read %1: %2</source>
        <translation>Tidings no pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of customers. Split it into smaller files.</source>
        <translation>%1 es demasiado grande para una lista de clientes. Divídelo en archivos más pequeños.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out:</source>
        <translation>
            <numerusform>Se ha omitido %n línea:</numerusform>
            <numerusform>Se han omitido %n líneas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>No waiting customers were added from %1.</source>
        <translation>No se añadió ningún cliente en espera desde %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting customer(s)</source>
        <translation>
            <numerusform>%n cliente en espera</numerusform>
            <numerusform>%n clientes en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Añadidos: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Added %1; %n were already waiting.</source>
        <translation>
            <numerusform>Añadidos: %1; %n ya estaba en espera.</numerusform>
            <numerusform>Añadidos: %1; %n ya estaban en espera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running low</source>
        <translation>
            <numerusform>%n con pocas existencias</numerusform>
            <numerusform>%n con pocas existencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out of stock</source>
        <translation>
            <numerusform>%n agotado</numerusform>
            <numerusform>%n agotados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) waiting</source>
        <translation>
            <numerusform>%n cliente en espera</numerusform>
            <numerusform>%n clientes en espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>Idioma del &amp;sistema (%1)</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Cambiar idioma</translation>
    </message>
    <message>
        <source>Tidings will speak %1 after a restart. Restart now? Nothing waiting to be sent is lost.</source>
        <translation>Tidings estará en %1 después de reiniciar. ¿Reiniciar ahora? No se pierde nada de lo que espera para enviarse.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar ahora</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::LogViewerDialog</name>
    <message>
        <source>Copy &amp;Diagnostic Report</source>
        <translation>Copiar el &amp;informe de diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Open Log Folder</source>
        <translation>&amp;Abrir la carpeta del registro</translation>
    </message>
    <message>
        <source>Tidings Log</source>
        <translation>Registro de Tidings</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avisos y errores</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Copies the versions, settings and recent log for support. Keys and passwords are left out.</source>
        <translation>Copia las versiones, los ajustes y el registro reciente para el soporte. Las claves y las contraseñas se omiten.</translation>
    </message>
    <message>
        <source>Tidings keeps no log in this run.</source>
        <translation>Tidings no guarda ningún registro en esta ejecución.</translation>
    </message>
    <message>
        <source>Also written to %1</source>
        <translation>También se escribe en %1</translation>
    </message>
    <message>
        <source>The diagnostic report is on the clipboard. Paste it into your message to support.</source>
        <translation>El informe de diagnóstico está en el portapapeles. Pégalo en tu mensaje al soporte.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::LogoPicker</name>
    <message>
        <source>Your customers&apos; mail programs load the logo from this address, so it must be a picture on the web. No website? Choose a picture file instead.</source>
        <translation>Los programas de correo de tus clientes cargan el logotipo desde esta dirección, así que debe ser una imagen en la web. ¿No tienes sitio web? Elige un archivo de imagen.</translation>
    </message>
    <message>
        <source>Choose F&amp;ile…</source>
        <translation>Elegir arc&amp;hivo…</translation>
    </message>
    <message>
        <source>A PNG, JPEG, GIF or WebP picture of at most %1 KiB. Every email carries it inside, so it shows without your customers&apos; mail programs loading anything from the web.</source>
        <translation>Una imagen PNG, JPEG, GIF o WebP de como máximo %1 KiB. Cada correo la lleva dentro, así que se ve sin que los programas de correo de tus clientes carguen nada de la web.</translation>
    </message>
    <message>
        <source>Remo&amp;ve Picture</source>
        <translation>&amp;Quitar imagen</translation>
    </message>
    <message>
        <source>Choose Your Logo</source>
        <translation>Elige tu logotipo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 píxeles, %3</translation>
    </message>
    <message>
        <source>Every email carries this picture inside it, as %1.</source>
        <translation>Cada correo lleva esta imagen dentro, como %1.</translation>
    </message>
    <message>
        <source>e.g. https://your-shop.com/logo.png</source>
        <translation>p. ej., https://tu-tienda.es/logo.png</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MainWindow</name>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>Volver a &amp;iniciar sesión…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>The Monitor needs the database to show events. Fix the problem above and start Tidings again.</source>
        <translation>El Monitor necesita la base de datos para mostrar los eventos. Soluciona el problema de arriba y vuelve a abrir Tidings.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Conexiones</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>C&amp;anales</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>Cr&amp;edenciales</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation>&amp;Envío</translation>
    </message>
    <message>
        <source>&amp;Pause All Sending</source>
        <translation>&amp;Pausar todos los envíos</translation>
    </message>
    <message>
        <source>Nothing is sent while paused; messages wait and go out when you resume</source>
        <translation>Mientras está en pausa no se envía nada; los mensajes esperan y salen cuando reanudas el envío</translation>
    </message>
    <message>
        <source>Resend &amp;Interrupted Messages Automatically</source>
        <translation>Reenviar automáticamente los mensajes &amp;interrumpidos</translation>
    </message>
    <message>
        <source>A message Tidings was sending when it stopped may have gone out. Off: it is marked uncertain for you to decide in the Monitor. On: it is sent again at the next start, and may arrive twice.</source>
        <translation>Un mensaje que Tidings estaba enviando cuando se detuvo puede haber salido. Desactivado: se marca como incierto para que tú decidas en el Monitor. Activado: se vuelve a enviar en el siguiente inicio y puede llegar dos veces.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Log and Diagnostic Report</source>
        <translation>&amp;Registro e informe de diagnóstico</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>Acerca &amp;de Tidings</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent since you last looked at the Monitor</source>
        <translation>
            <numerusform>%n mensaje no se pudo enviar desde la última vez que miraste el Monitor</numerusform>
            <numerusform>%n mensajes no se pudieron enviar desde la última vez que miraste el Monitor</numerusform>
        </translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Tidings %1</source>
        <translation>Tidings %1</translation>
    </message>
    <message>
        <source>Tells your customers about their orders: when your shop reports a new order, a shipment or a delivery, Tidings sends a message in your shop&apos;s style and shows you what happened to it.</source>
        <translation>Informa a tus clientes sobre sus pedidos: cuando tu tienda comunica un pedido nuevo, un envío o una entrega, Tidings envía un mensaje con el estilo de tu tienda y te muestra qué pasó con él.</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Funciona en:</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>Acerca de Tidings</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <source>Copies these versions, to paste into a message to support</source>
        <translation>Copia estas versiones para pegarlas en un mensaje al soporte</translation>
    </message>
    <message>
        <source>%1 Its messages wait and go out once you have signed in.</source>
        <translation>%1 Sus mensajes esperan y saldrán en cuanto hayas iniciado sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n more channel(s) need signing in too: see Channels.</source>
        <translation>
            <numerusform>%n canal más también requiere iniciar sesión: consulta Canales.</numerusform>
            <numerusform>%n canales más también requieren iniciar sesión: consulta Canales.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delay Detection…</source>
        <translation>&amp;Detección de retrasos…</translation>
    </message>
    <message>
        <source>Tell customers, or your staff, when the carrier has gone quiet about a parcel</source>
        <translation>Avisa a los clientes, o a tu equipo, cuando el transportista deja de dar noticias de un paquete</translation>
    </message>
    <message>
        <source>&amp;Quiet Hours…</source>
        <translation>&amp;Horas de silencio…</translation>
    </message>
    <message>
        <source>Hold text and Slack messages through the night, and alert your staff on Slack when a message fails for good</source>
        <translation>Retiene los mensajes de texto y de Slack durante la noche y avisa a tu equipo por Slack cuando un mensaje falla definitivamente</translation>
    </message>
    <message>
        <source>&amp;Getting Started…</source>
        <translation>&amp;Primeros pasos…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>In&amp;ventario</translation>
    </message>
    <message>
        <source>Inventory &amp;Messages…</source>
        <translation>Mensajes de in&amp;ventario…</translation>
    </message>
    <message>
        <source>Tell your team when a product runs low or out, and customers when it is back or their order waits for it</source>
        <translation>Avisa a tu equipo cuando un producto escasea o se agota, y a los clientes cuando vuelve a estar disponible o su pedido lo espera</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MessagesPage</name>
    <message>
        <source>When an order is placed</source>
        <translation>Cuando se hace un pedido</translation>
    </message>
    <message>
        <source>When an order ships</source>
        <translation>Cuando se envía un pedido</translation>
    </message>
    <message>
        <source>Your messages</source>
        <translation>Tus mensajes</translation>
    </message>
    <message>
        <source>What your customers are sent, and when. Here with a made-up order and your brand.</source>
        <translation>Lo que reciben tus clientes y cuándo. Aquí, con un pedido inventado y tu marca.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Mensajes:</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>When a parcel seems stuck (with Delay Detection on)</source>
        <translation>Cuando un paquete parece atascado (con la detección de retrasos activada)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Orders that say the customer&apos;s language get the messages in it, when Tidings has them in it. This one is for the others. You can change it later on the Templates page.</source>
        <translation>Los pedidos que indican el idioma del cliente reciben los mensajes en ese idioma, si Tidings los tiene en él. Esta opción es para los demás. Puedes cambiarla más tarde en la página Plantillas.</translation>
    </message>
    <message>
        <source>Customers whose order does not say their &amp;language get:</source>
        <translation>Los clientes cuyo pedido no indica su &amp;idioma reciben:</translation>
    </message>
    <message>
        <source>When an order waits for an item that ran out</source>
        <translation>Cuando un pedido espera un artículo agotado</translation>
    </message>
    <message>
        <source>When a product customers wait for is back in stock</source>
        <translation>Cuando un producto que esperan los clientes vuelve a estar disponible</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MonitorModel</name>
    <message>
        <source>Duplicate — nothing sent</source>
        <translation>Duplicado: no se envió nada</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nada que enviar</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n)</source>
        <comment>recipient and how many more</comment>
        <translation>
            <numerusform>%1 (+%n)</numerusform>
            <numerusform>%1 (+%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>Tidings had already received this event, so nothing was sent again.</source>
        <translation>Tidings ya había recibido este evento, así que no volvió a enviar nada.</translation>
    </message>
    <message>
        <source>No rule asks for a message about this event.</source>
        <translation>Ninguna regla pide un mensaje sobre este evento.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) for this event</source>
        <translation>
            <numerusform>%n mensaje para este evento</numerusform>
            <numerusform>%n mensajes para este evento</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MonitorPage</name>
    <message>
        <source>Search events</source>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <source>Show events by state</source>
        <translation>Mostrar eventos por estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Failed or uncertain</source>
        <translation>Fallidos o inciertos</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation>&amp;Reenviar…</translation>
    </message>
    <message>
        <source>Send one of the selected event&apos;s messages again, to the same or another address</source>
        <translation>Vuelve a enviar uno de los mensajes del evento seleccionado, a la misma dirección o a otra</translation>
    </message>
    <message>
        <source>Resend &amp;All Shown…</source>
        <translation>Reenviar &amp;todos los mostrados…</translation>
    </message>
    <message>
        <source>Send the messages of every event the table shows again (use Show: Failed or uncertain first), each to the address it went to</source>
        <translation>Vuelve a enviar los mensajes de todos los eventos que muestra la tabla (usa primero Mostrar: Fallidos o inciertos), cada uno a la dirección a la que se envió</translation>
    </message>
    <message>
        <source>&amp;Cancel Message</source>
        <translation>&amp;Cancelar mensaje</translation>
    </message>
    <message>
        <source>The selected event&apos;s message that is still waiting is not sent</source>
        <translation>El mensaje del evento seleccionado que sigue en espera no se envía</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the events the table shows, as it shows them, for a spreadsheet</source>
        <translation>Guarda los eventos que muestra la tabla, tal como los muestra, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Send Again</source>
        <translation>&amp;No volver a enviar</translation>
    </message>
    <message>
        <source>None of the events shown has a message that can be sent again.</source>
        <translation>Ninguno de los eventos mostrados tiene un mensaje que se pueda volver a enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) of the %1 events shown again, each to the address it went to? The first ones stay in the history.</source>
        <translation>
            <numerusform>¿Quieres volver a enviar %n mensaje de los %1 eventos mostrados, cada uno a la dirección a la que se envió? Los originales se quedan en el historial.</numerusform>
            <numerusform>¿Quieres volver a enviar %n mensajes de los %1 eventos mostrados, cada uno a la dirección a la que se envió? Los originales se quedan en el historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend All Shown</source>
        <translation>Reenviar todos los mostrados</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n Message(s)</source>
        <translation>
            <numerusform>Reenviar %n mensaje</numerusform>
            <numerusform>Reenviar %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n message(s) to be sent again.</source>
        <translation>
            <numerusform>Se puso en cola %n mensaje para volver a enviarlo.</numerusform>
            <numerusform>Se pusieron en cola %n mensajes para volver a enviarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings could not save the events to %1: %2</source>
        <translation>Tidings no pudo guardar los eventos en %1: %2</translation>
    </message>
    <message>
        <source>tidings-events-%1.csv</source>
        <translation>tidings-eventos-%1.csv</translation>
    </message>
    <message>
        <source>Export View as CSV</source>
        <translation>Exportar la vista como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %n evento en %1.</numerusform>
            <numerusform>Se guardaron %n eventos en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidings was interrupted while sending the message to %1, so it may have gone out. Leave it as it is? Tidings will not send it again; you can still resend it.</source>
        <translation>
            <numerusform>Tidings se interrumpió mientras enviaba el mensaje a %1, así que puede que haya salido. ¿Quieres dejarlo como está? Tidings no lo volverá a enviar; aún puedes reenviarlo tú.</numerusform>
            <numerusform>Tidings se interrumpió mientras enviaba los mensajes a %1, así que puede que hayan salido. ¿Quieres dejarlos como están? Tidings no los volverá a enviar; aún puedes reenviarlos tú.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the message to %1 that is waiting to go out? It will not be sent; you can still resend it later.</source>
        <translation>
            <numerusform>¿Quieres cancelar el mensaje a %1 que está esperando para salir? No se enviará; aún puedes reenviarlo más tarde.</numerusform>
            <numerusform>¿Quieres cancelar los mensajes a %1 que están esperando para salir? No se enviarán; aún puedes reenviarlos más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t Send Again</source>
        <translation>No volver a enviar</translation>
    </message>
    <message>
        <source>Cancel Waiting Message</source>
        <translation>Cancelar mensaje en espera</translation>
    </message>
    <message>
        <source>Cancel Message</source>
        <translation>Cancelar mensaje</translation>
    </message>
    <message>
        <source>Select an event to see what Tidings did about it.</source>
        <translation>Selecciona un evento para ver qué hizo Tidings con él.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Todavía no hay eventos</translation>
    </message>
    <message>
        <source>Events appear here as soon as your shop sends them. For each one you will see which messages Tidings sent, to whom, and whether they arrived at your email provider.</source>
        <translation>Los eventos aparecen aquí en cuanto tu tienda los envía. Para cada uno verás qué mensajes envió Tidings, a quién y si llegaron a tu proveedor de correo.</translation>
    </message>
    <message>
        <source>Your shop sends its webhooks to:</source>
        <translation>Tu tienda envía sus webhooks a:</translation>
    </message>
    <message>
        <source>Not listening for webhooks</source>
        <translation>No se están escuchando webhooks</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n incierto</numerusform>
            <numerusform>%n inciertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Search order number, email or tracking number (Ctrl+F)</source>
        <translation>Busca un número de pedido, un correo electrónico o un número de seguimiento (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show events from shop</source>
        <translation>Mostrar eventos de la tienda</translation>
    </message>
    <message>
        <source>Show events with messages through channel</source>
        <translation>Mostrar eventos con mensajes enviados por el canal</translation>
    </message>
    <message>
        <source>Show events received</source>
        <translation>Mostrar eventos recibidos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Sh&amp;op:</source>
        <translation>T&amp;ienda:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Cana&amp;l:</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Recibi&amp;dos:</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n matching event(s); scroll for older ones</source>
        <translation>
            <numerusform>El evento coincidente más reciente; desplázate para ver los anteriores</numerusform>
            <numerusform>Los %n eventos coincidentes más recientes; desplázate para ver los anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s)</source>
        <translation>
            <numerusform>%n evento coincidente</numerusform>
            <numerusform>%n eventos coincidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n event(s); scroll for older ones</source>
        <translation>
            <numerusform>El evento más reciente; desplázate para ver los anteriores</numerusform>
            <numerusform>Los %n eventos más recientes; desplázate para ver los anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notify Now…</source>
        <translation>&amp;Avisar ahora…</translation>
    </message>
    <message>
        <source>Send a message you choose for the selected event&apos;s order now</source>
        <translation>Envía ahora un mensaje que tú eliges para el pedido del evento seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;play Through Rules…</source>
        <translation>&amp;Volver a aplicar las reglas…</translation>
    </message>
    <message>
        <source>See what your current rules would send for the selected event, then send what is new</source>
        <translation>Mira lo que enviarían tus reglas actuales para el evento seleccionado y luego envía lo que sea nuevo</translation>
    </message>
    <message>
        <source>Order &amp;History…</source>
        <translation>&amp;Historial del pedido…</translation>
    </message>
    <message>
        <source>Everything that happened to the selected event&apos;s order, with each message exactly as it was sent</source>
        <translation>Todo lo que pasó con el pedido del evento seleccionado, con cada mensaje exactamente como se envió</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::NotifyNowDialog</name>
    <message>
        <source>Notify Now</source>
        <translation>Avisar ahora</translation>
    </message>
    <message>
        <source>Tidings sends one message for order %1 now, with the order as it is stored. It is sent even if the customer was told before.</source>
        <translation>Tidings envía ahora un mensaje para el pedido %1, con el pedido tal como está guardado. Se envía aunque ya se haya avisado antes al cliente.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Enviar &amp;a:</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>No email or text-message channel is switched on. Set one up under Channels first.</source>
        <translation>No hay ningún canal de correo electrónico ni de mensajes de texto activado. Primero configura uno en Canales.</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+44 20 7946 0958</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>“%1” for order %2 goes to %3 through %4 as soon as you confirm.</source>
        <translation>«%1» del pedido %2 se envía a %3 a través de %4 en cuanto confirmes.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::OrderTimelineDialog</name>
    <message>
        <source>What happened to this order</source>
        <translation>Lo que pasó con este pedido</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>The email as sent</source>
        <translation>El correo tal como se envió</translation>
    </message>
    <message>
        <source>The plain-text part as sent</source>
        <translation>La parte de texto sin formato tal como se envió</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>Plain &amp;Text</source>
        <translation>&amp;Texto sin formato</translation>
    </message>
    <message>
        <source>Order History</source>
        <translation>Historial del pedido</translation>
    </message>
    <message>
        <source>Order %1: History</source>
        <translation>Pedido %1: historial</translation>
    </message>
    <message numerus="yes">
        <source>This order has many events: the newest %n are shown.</source>
        <translation>
            <numerusform>Este pedido tiene muchos eventos: se muestra el más reciente.</numerusform>
            <numerusform>Este pedido tiene muchos eventos: se muestran los %n más recientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1” to %2: %3</source>
        <translation>«%1» a %2: %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Intento %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Provider message id: %1</source>
        <translation>Id. del mensaje en el proveedor: %1</translation>
    </message>
    <message>
        <source>The provider sent no answer.</source>
        <translation>El proveedor no respondió.</translation>
    </message>
    <message>
        <source>The provider answered:
%1</source>
        <translation>El proveedor respondió:
%1</translation>
    </message>
    <message>
        <source>This message cannot be shown.</source>
        <translation>Este mensaje no se puede mostrar.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Exactly as sent: template “%1” as published then, with your brand as it was then.</source>
        <translation>Exactamente como se envió: plantilla «%1» tal como estaba publicada entonces, con tu marca de entonces.</translation>
    </message>
    <message>
        <source>Not sent yet, or sent before Tidings kept your brand: shown with template “%1” as it was queued and your brand as it is now.</source>
        <translation>Aún no enviado, o enviado antes de que Tidings guardara tu marca: se muestra con la plantilla «%1» tal como estaba al ponerlo en cola y tu marca actual.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ProductsModel</name>
    <message>
        <source>%1 (shop)</source>
        <translation>%1 (tienda)</translation>
    </message>
    <message>
        <source>The shop gives this product no SKU: Tidings knows it as %1</source>
        <translation>La tienda no le asigna SKU a este producto: Tidings lo identifica como %1</translation>
    </message>
    <message>
        <source>The shop reports only whether it is in stock, not how many</source>
        <translation>La tienda solo indica si está disponible, no cuántas unidades hay</translation>
    </message>
    <message numerus="yes">
        <source>Over %n location(s)</source>
        <translation>
            <numerusform>Repartido en %n ubicación</numerusform>
            <numerusform>Repartido en %n ubicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff were told it is low. They are told again once it has been well stocked again.</source>
        <translation>Se avisó a tu equipo de que quedan pocas existencias. No se le volverá a avisar hasta que vuelva a haber existencias suficientes.</translation>
    </message>
    <message>
        <source>Staff were told it is out of stock. They are told again once it has been well stocked again.</source>
        <translation>Se avisó a tu equipo de que está agotado. No se le volverá a avisar hasta que vuelva a haber existencias suficientes.</translation>
    </message>
    <message>
        <source>This product&apos;s own low-stock threshold. F2 changes it.</source>
        <translation>Umbral de pocas existencias propio de este producto. Pulsa F2 para cambiarlo.</translation>
    </message>
    <message>
        <source>The shop&apos;s low-stock threshold (Shop threshold above the table). F2 gives this product its own.</source>
        <translation>Umbral de pocas existencias de la tienda (Umbral de la tienda, encima de la tabla). Pulsa F2 para darle a este producto uno propio.</translation>
    </message>
    <message>
        <source>Customers waiting to be told when it is back in stock</source>
        <translation>Clientes que esperan que se les avise cuando vuelva a estar disponible</translation>
    </message>
    <message>
        <source>Customers told it is back in stock</source>
        <translation>Clientes a los que se avisó de que vuelve a estar disponible</translation>
    </message>
    <message>
        <source>No stock change reported yet</source>
        <translation>Todavía no se ha comunicado ningún cambio de inventario</translation>
    </message>
    <message>
        <source>Staff are told when the stock falls to this many</source>
        <translation>Se avisa a tu equipo cuando el inventario baja a esta cantidad</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Umbral de pocas existencias</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Avisados</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::QuietHoursDialog</name>
    <message>
        <source>Quiet Hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>Nobody likes a text message at 3 in the morning. During quiet hours Tidings holds text messages and Slack messages and sends them when the quiet hours end. Emails are not held: they wait in the inbox without a sound.</source>
        <translation>A nadie le gusta recibir un mensaje de texto a las 3 de la madrugada. Durante las horas de silencio, Tidings retiene los mensajes de texto y los de Slack, y los envía cuando terminan las horas de silencio. Los correos electrónicos no se retienen: esperan en la bandeja de entrada sin hacer ruido.</translation>
    </message>
    <message>
        <source>&amp;Hold text and Slack messages during quiet hours</source>
        <translation>&amp;Retener los mensajes de texto y de Slack durante las horas de silencio</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Zona horaria de este equipo (%1)</translation>
    </message>
    <message>
        <source>Customers&apos; messages follow this clock: no shop platform tells Tidings the customer&apos;s own time zone.</source>
        <translation>Los mensajes a los clientes siguen este reloj: ninguna plataforma de tienda le indica a Tidings la zona horaria del propio cliente.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Shop&apos;s time &amp;zone:</source>
        <translation>&amp;Zona horaria de la tienda:</translation>
    </message>
    <message>
        <source>No Slack alert</source>
        <translation>Sin aviso por Slack</translation>
    </message>
    <message>
        <source>Add a Slack channel under Channels to alert your staff there as well.</source>
        <translation>Añade un canal de Slack en Canales para avisar también allí a tu equipo.</translation>
    </message>
    <message>
        <source>When Tidings gives up on a message, the window and the system tray tell you. Your staff can hear of it on Slack too.</source>
        <translation>Cuando Tidings deja de intentar enviar un mensaje, te lo indican la ventana y la bandeja del sistema. Tu equipo también puede enterarse por Slack.</translation>
    </message>
    <message>
        <source>Alert on &amp;Slack:</source>
        <translation>Avisar por &amp;Slack:</translation>
    </message>
    <message>
        <source>When a message fails for good</source>
        <translation>Cuando un mensaje falla definitivamente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings se está cerrando.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ReplayDialog</name>
    <message>
        <source>Replay Through Rules</source>
        <translation>Volver a aplicar las reglas</translation>
    </message>
    <message>
        <source>Tidings runs this event of order %1 through your rules as they are now. Nothing is sent until you confirm, and a message that went out before is not sent again.</source>
        <translation>Tidings pasa este evento del pedido %1 por tus reglas tal como están ahora. No se envía nada hasta que confirmes, y un mensaje que ya salió antes no se vuelve a enviar.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Messages the rules ask for</source>
        <translation>Mensajes que piden las reglas</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Tidings is not sending right now.</source>
        <translation>Tidings no está enviando en este momento.</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>Se enviará</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Ya enviado</translation>
    </message>
    <message>
        <source>Already waiting to be sent</source>
        <translation>Ya en espera de envío</translation>
    </message>
    <message>
        <source>Sends nothing: %1</source>
        <translation>No envía nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) will be sent when you confirm.</source>
        <translation>
            <numerusform>Se enviará %n mensaje nuevo cuando confirmes.</numerusform>
            <numerusform>Se enviarán %n mensajes nuevos cuando confirmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send: the rules ask for nothing that was not sent before.</source>
        <translation>Nada nuevo que enviar: las reglas no piden nada que no se haya enviado antes.</translation>
    </message>
    <message>
        <source>This event arrived before Tidings kept what each event changed, so only the changes that sent a message then are replayed.</source>
        <translation>Este evento llegó antes de que Tidings guardara lo que cambiaba cada evento, así que solo se vuelven a aplicar los cambios que en su momento enviaron un mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n New Message(s)</source>
        <translation>
            <numerusform>&amp;Enviar %n mensaje nuevo</numerusform>
            <numerusform>&amp;Enviar %n mensajes nuevos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ResendDialog</name>
    <message>
        <source>Resend a Message</source>
        <translation>Reenviar un mensaje</translation>
    </message>
    <message>
        <source>Tidings sends the message again for order %1, with the same content as before. The first one stays in the history.</source>
        <translation>Tidings vuelve a enviar el mensaje del pedido %1, con el mismo contenido que antes. El original se queda en el historial.</translation>
    </message>
    <message>
        <source>“%1” to %2 via %3 (%4)</source>
        <translation>«%1» a %2 a través de %3 (%4)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Enviar &amp;a:</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SendTestDialog</name>
    <message>
        <source>Send Test</source>
        <translation>Enviar prueba</translation>
    </message>
    <message>
        <source>The message as the preview shows it, with &quot;[Test]&quot; before its subject. Nothing is sent to a customer.</source>
        <translation>El mensaje tal como lo muestra la vista previa, con «[Prueba]» delante del asunto. No se envía nada a ningún cliente.</translation>
    </message>
    <message>
        <source>you@your-shop.com</source>
        <translation>tu@tu-tienda.com</translation>
    </message>
    <message>
        <source>&amp;Through:</source>
        <translation>A &amp;través de:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>There is no channel that can send this kind of message yet. Add one on the Channels page.</source>
        <translation>Todavía no hay ningún canal que pueda enviar este tipo de mensaje. Añade uno en la página «Canales».</translation>
    </message>
    <message>
        <source>Type the address the test should go to.</source>
        <translation>Escribe la dirección a la que debe ir la prueba.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Enviando a través de %1…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Tu tienda</translation>
    </message>
    <message>
        <source>Connect the shop whose orders Tidings tells your customers about.</source>
        <translation>Conecta la tienda de cuyos pedidos Tidings informa a tus clientes.</translation>
    </message>
    <message>
        <source>Choose your shop&apos;s platform; Tidings shows what to copy into its admin pages and what to paste back here.</source>
        <translation>Elige la plataforma de tu tienda; Tidings te muestra qué copiar en sus páginas de administración y qué pegar aquí.</translation>
    </message>
    <message>
        <source>&amp;Add Your Shop…</source>
        <translation>Añadir &amp;tu tienda…</translation>
    </message>
    <message>
        <source>Send a &amp;Test Order</source>
        <translation>Enviar un &amp;pedido de prueba</translation>
    </message>
    <message>
        <source>Sends a made-up order to Tidings exactly as your shop would, to check that it gets through. It appears in the Monitor; nobody is sent a message about it.</source>
        <translation>Envía a Tidings un pedido inventado exactamente como lo haría tu tienda, para comprobar que llega. Aparece en el Monitor; no se envía ningún mensaje sobre él a nadie.</translation>
    </message>
    <message>
        <source>No shop is connected yet.</source>
        <translation>Todavía no hay ninguna tienda conectada.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>Saved. Send a test order to check that your shop&apos;s messages get through.</source>
        <translation>Guardado. Envía un pedido de prueba para comprobar que los mensajes de tu tienda llegan.</translation>
    </message>
    <message>
        <source>Saved. Tidings reads your shop&apos;s orders every few minutes.</source>
        <translation>Guardado. Tidings lee los pedidos de tu tienda cada pocos minutos.</translation>
    </message>
    <message>
        <source>The test order got through: Tidings received it as your shop would send it. You will find it in the Monitor.</source>
        <translation>El pedido de prueba llegó: Tidings lo recibió tal como lo enviaría tu tienda. Lo encontrarás en el Monitor.</translation>
    </message>
    <message>
        <source>The test order did not get through: %1</source>
        <translation>El pedido de prueba no llegó: %1</translation>
    </message>
    <message>
        <source>Sending a test order…</source>
        <translation>Enviando un pedido de prueba…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Every button and menu item also has an underlined letter: press Alt and that letter.</source>
        <translation>Cada botón y cada elemento de menú también tienen una letra subrayada: pulsa Alt y esa letra.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SignInPanel</name>
    <message>
        <source>S&amp;ign in with %1…</source>
        <translation>&amp;Iniciar sesión con %1…</translation>
    </message>
    <message>
        <source>Opens %1&apos;s sign-in page in your browser.</source>
        <translation>Abre la página de inicio de sesión de %1 en tu navegador.</translation>
    </message>
    <message>
        <source>Tidings could not open a browser. Open this address in one to sign in to %1: %2</source>
        <translation>Tidings no pudo abrir un navegador. Abre esta dirección en uno para iniciar sesión en %1: %2</translation>
    </message>
    <message>
        <source>Cancel S&amp;ign-in</source>
        <translation>Cancelar el &amp;inicio de sesión</translation>
    </message>
    <message>
        <source>Opening %1&apos;s sign-in page…</source>
        <translation>Abriendo la página de inicio de sesión de %1…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourceDetailsPage</name>
    <message>
        <source>e.g. Juniper &amp; Pine web shop</source>
        <translation>p. ej., tienda web Juniper &amp; Pine</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Name your %1 connection</source>
        <translation>Ponle nombre a tu conexión de %1</translation>
    </message>
    <message>
        <source>Change its name or settings. The id stays.</source>
        <translation>Cambia su nombre o sus ajustes. El id no cambia.</translation>
    </message>
    <message>
        <source>The name is for you; then where %1 is and how often to check it.</source>
        <translation>El nombre es para ti; después, dónde está %1 y con qué frecuencia comprobarlo.</translation>
    </message>
    <message>
        <source>Change its name or settings. The id stays: it is part of the address %1 already sends to.</source>
        <translation>Cambia su nombre o sus ajustes. El id no cambia: forma parte de la dirección a la que %1 ya envía.</translation>
    </message>
    <message>
        <source>The name is for you; the id becomes part of the webhook address.</source>
        <translation>El nombre es para ti; el id pasa a formar parte de la dirección del webhook.</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatorio):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Also &amp;write to customers about what the first check finds</source>
        <translation>&amp;Escribir también a los clientes sobre lo que encuentre la primera comprobación</translation>
    </message>
    <message>
        <source>Leave this off when the shop has been sending its own messages until now, so nobody hears twice about the same order.</source>
        <translation>Déjalo desactivado si hasta ahora la tienda enviaba sus propios mensajes, para que nadie reciba dos avisos del mismo pedido.</translation>
    </message>
    <message>
        <source>The id cannot change: it is part of the webhook address.</source>
        <translation>El id no puede cambiar: forma parte de la dirección del webhook.</translation>
    </message>
    <message>
        <source>Lower-case letters a-z, digits and dashes. Made from the name unless you change it.</source>
        <translation>Letras minúsculas a-z, dígitos y guiones. Se crea a partir del nombre, salvo que lo cambies.</translation>
    </message>
    <message>
        <source>Another connection already uses &quot;%1&quot;.</source>
        <translation>Otra conexión ya usa «%1».</translation>
    </message>
    <message>
        <source>Tidings knows the connection by this id; it cannot change later.</source>
        <translation>Tidings reconoce la conexión por este id; no se podrá cambiar más tarde.</translation>
    </message>
    <message>
        <source>Webhook address ends in /webhooks/%1</source>
        <translation>La dirección del webhook termina en /webhooks/%1</translation>
    </message>
    <message>
        <source>Give the connection a name, so you can tell it apart in the Monitor.</source>
        <translation>Ponle un nombre a la conexión para poder distinguirla en el Monitor.</translation>
    </message>
    <message>
        <source>Give the connection an id of lower-case letters a-z, digits and dashes, starting with a letter or a digit.</source>
        <translation>Ponle a la conexión un id formado por letras minúsculas a-z, dígitos y guiones, que empiece por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Another connection already uses the id &quot;%1&quot;. Choose another id.</source>
        <translation>Otra conexión ya usa el id «%1». Elige otro id.</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;: %2 needs it.</source>
        <translation>Completa «%1»: %2 lo necesita.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourceMappingPage</name>
    <message>
        <source>Where the order details are</source>
        <translation>Dónde están los detalles del pedido</translation>
    </message>
    <message>
        <source>Tell Tidings where each detail sits in what the sender posts, and what its status words mean. Paste a sample and test it before you go on.</source>
        <translation>Indica a Tidings dónde está cada detalle en lo que envía el remitente y qué significan sus palabras de estado. Pega una muestra y pruébala antes de continuar.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourcePlatformPage</name>
    <message>
        <source>Where do your orders come from?</source>
        <translation>¿De dónde vienen tus pedidos?</translation>
    </message>
    <message>
        <source>Choose the shop or system that will tell Tidings about new orders and shipments.</source>
        <translation>Elige la tienda o el sistema que informará a Tidings de los pedidos y envíos nuevos.</translation>
    </message>
    <message>
        <source>Type a name, e.g. Shopify</source>
        <translation>Escribe un nombre, p. ej., Shopify</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Works behind any router: Tidings asks %1 every few minutes. %2</source>
        <translation>Funciona detrás de cualquier router: Tidings consulta %1 cada pocos minutos. %2</translation>
    </message>
    <message>
        <source> poll polling api</source>
        <translation> poll polling api consulta sondeo</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <source>No platform matches &quot;%1&quot;. If yours is not listed, Tidings cannot receive from it yet.</source>
        <translation>Ninguna plataforma coincide con «%1». Si la tuya no aparece, Tidings todavía no puede recibir datos de ella.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourceSetupPage</name>
    <message>
        <source>&amp;Webhook address</source>
        <translation>&amp;Dirección del webhook</translation>
    </message>
    <message>
        <source>Copy the webhook address</source>
        <translation>Copia la dirección del webhook</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Reads the orders changed in the last day once, with the address and credentials above. Nothing is stored and nobody is written to.</source>
        <translation>Lee una vez los pedidos modificados en el último día, con la dirección y las credenciales de arriba. No se guarda nada y no se escribe a nadie.</translation>
    </message>
    <message>
        <source>S&amp;cript to paste</source>
        <translation>S&amp;cript para pegar</translation>
    </message>
    <message>
        <source>Copy the script</source>
        <translation>Copia el script</translation>
    </message>
    <message>
        <source>%1 setup</source>
        <translation>Configuración de %1</translation>
    </message>
    <message>
        <source>Connect %1 to Tidings</source>
        <translation>Conecta %1 con Tidings</translation>
    </message>
    <message>
        <source>The address and steps, to check or redo the setup in %1. Click Save when done.</source>
        <translation>La dirección y los pasos, para comprobar o repetir la configuración en %1. Haz clic en Guardar cuando termines.</translation>
    </message>
    <message>
        <source>Set up %1 as the steps below say, sign in, test the connection, then click Finish.</source>
        <translation>Configura %1 como indican los pasos de abajo, inicia sesión, prueba la conexión y luego haz clic en Finalizar.</translation>
    </message>
    <message>
        <source>Make the key in %1 as the steps below say, paste it here, test the connection, then click Finish.</source>
        <translation>Crea la clave en %1 como indican los pasos de abajo, pégala aquí, prueba la conexión y luego haz clic en Finalizar.</translation>
    </message>
    <message>
        <source>Do these steps in %1, then click Finish. You can see them again later with Edit.</source>
        <translation>Haz estos pasos en %1 y luego haz clic en Finalizar. Puedes volver a verlos más tarde con Editar.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando a %1…</translation>
    </message>
    <message>
        <source>It did not work: %1</source>
        <translation>No funcionó: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. More than %n order change(s) in the last day.</source>
        <translation>
            <numerusform>Conectado a %1. Más de %n cambio de pedido en el último día.</numerusform>
            <numerusform>Conectado a %1. Más de %n cambios de pedido en el último día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. %n order change(s) in the last day.</source>
        <translation>
            <numerusform>Conectado a %1. %n cambio de pedido en el último día.</numerusform>
            <numerusform>Conectado a %1. %n cambios de pedido en el último día.</numerusform>
        </translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Enter the %1 in the settings first (click Back): the steps below say where to find it.</source>
        <translation>Primero escribe «%1» en los ajustes (haz clic en Atrás): los pasos de abajo indican dónde encontrarlo.</translation>
    </message>
    <message>
        <source>You signed in to %1, but did not allow everything Tidings asked for. Sign in again and allow it: Tidings only reads.</source>
        <translation>Iniciaste sesión en %1, pero no permitiste todo lo que pidió Tidings. Vuelve a iniciar sesión y permítelo: Tidings solo lee.</translation>
    </message>
    <message>
        <source>Signed in to %1. Test the connection, then Save to use the new sign-in.</source>
        <translation>Sesión iniciada en %1. Prueba la conexión y luego guarda para usar el nuevo inicio de sesión.</translation>
    </message>
    <message>
        <source>Signed in to %1. Test the connection, then click Finish.</source>
        <translation>Sesión iniciada en %1. Prueba la conexión y luego haz clic en Finalizar.</translation>
    </message>
    <message>
        <source>Sign in to Salesforce in your browser as the user Tidings reads orders as, and allow access. Tidings is waiting…</source>
        <translation>Inicia sesión en Salesforce en tu navegador como el usuario con el que Tidings lee los pedidos y permite el acceso. Tidings está esperando…</translation>
    </message>
    <message>
        <source>Sign in to Google in your browser with an account that can view the sheet, and allow Tidings to see your spreadsheets. Tidings is waiting…</source>
        <translation>Inicia sesión en Google en tu navegador con una cuenta que pueda ver la hoja y permite que Tidings vea tus hojas de cálculo. Tidings está esperando…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the %1</source>
        <translation>Mostrar u ocultar «%1»</translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation>Mostrar «%1»</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>Copiar «%1»</translation>
    </message>
    <message>
        <source>Make a &amp;new secret</source>
        <translation>Crear un secreto &amp;nuevo</translation>
    </message>
    <message>
        <source>Make &amp;another</source>
        <translation>Crear &amp;otro</translation>
    </message>
    <message>
        <source>Replaces the secret. The platform must then be given the new one, or its webhooks are refused.</source>
        <translation>Sustituye el secreto. Después hay que darle el nuevo a la plataforma; si no, sus webhooks se rechazan.</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved secret</source>
        <translation>Déjalo vacío para conservar el secreto guardado</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Pégalo aquí</translation>
    </message>
    <message>
        <source>Reading the saved secret…</source>
        <translation>Leyendo el secreto guardado…</translation>
    </message>
    <message>
        <source>The saved secret could not be read (%1). Leave it empty to keep it, or enter a new one.</source>
        <translation>No se pudo leer el secreto guardado (%1). Déjalo vacío para conservarlo o escribe uno nuevo.</translation>
    </message>
    <message>
        <source>Give this address to %1. It points to this computer (%2), so it works only when %1 can reach this computer: see &quot;If %1 cannot reach this computer&quot; below.</source>
        <translation>Dale esta dirección a %1. Apunta a este equipo (%2), así que solo funciona si %1 puede llegar a este equipo: consulta «Si %1 no puede llegar a este equipo» más abajo.</translation>
    </message>
    <message>
        <source>&amp;Steps in %1</source>
        <translation>Pa&amp;sos en %1</translation>
    </message>
    <message>
        <source>Nothing needs to reach this computer</source>
        <translation>No hace falta que nada llegue a este equipo</translation>
    </message>
    <message>
        <source>Tidings asks %1 for new and changed orders every few minutes, so it works behind any router. While this computer is off nothing is lost: the next check catches up.</source>
        <translation>Tidings pide a %1 los pedidos nuevos y modificados cada pocos minutos, así que funciona detrás de cualquier router. Mientras este equipo está apagado no se pierde nada: la siguiente comprobación se pone al día.</translation>
    </message>
    <message>
        <source>If %1 cannot reach this computer</source>
        <translation>Si %1 no puede llegar a este equipo</translation>
    </message>
    <message>
        <source>%1 sends its webhooks over the internet, usually only to an https address. A computer behind a home or office router cannot be reached from the internet by itself.</source>
        <translation>%1 envía sus webhooks a través de internet, normalmente solo a una dirección https. Un equipo detrás del router de una casa o de una oficina no es accesible desde internet por sí solo.</translation>
    </message>
    <message>
        <source>Run a tunnel on this computer, for example a Cloudflare Tunnel:</source>
        <translation>Ejecuta un túnel en este equipo, por ejemplo un Cloudflare Tunnel:</translation>
    </message>
    <message>
        <source>It gives you a public https address. Give %1 that address followed by %2 instead of the address above. A quick tunnel&apos;s address changes each time it starts; a named tunnel on your own domain keeps it.</source>
        <translation>Te da una dirección https pública. Dale a %1 esa dirección seguida de %2 en lugar de la dirección de arriba. La dirección de un túnel rápido cambia cada vez que se inicia; un túnel con nombre en tu propio dominio la conserva.</translation>
    </message>
    <message>
        <source>Or, where Tidings offers poll mode for %1, let Tidings ask %1 for new orders itself; then nothing needs to reach this computer.</source>
        <translation>O bien, si Tidings ofrece el modo de consulta para %1, deja que Tidings le pida a %1 los pedidos nuevos por sí mismo; así no hace falta que nada llegue a este equipo.</translation>
    </message>
    <message>
        <source>Paste the %1 from %2 first; without it Tidings cannot read its orders.</source>
        <translation>Primero pega el valor de «%1» de %2; sin él, Tidings no puede leer sus pedidos.</translation>
    </message>
    <message>
        <source>Paste the %1 from %2 first; without it Tidings cannot tell its webhooks from forged ones.</source>
        <translation>Primero pega el valor de «%1» de %2; sin él, Tidings no puede distinguir sus webhooks de los falsificados.</translation>
    </message>
    <message>
        <source>Tidings is not running, so the connection cannot be saved now.</source>
        <translation>Tidings no está en marcha, así que ahora no se puede guardar la conexión.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourcesModel</name>
    <message>
        <source>%1, checked by Tidings</source>
        <translation>%1, comprobado por Tidings</translation>
    </message>
    <message>
        <source>Turned off: Tidings does not check it.</source>
        <translation>Desactivada: Tidings no la comprueba.</translation>
    </message>
    <message>
        <source>Waiting for the first check.</source>
        <translation>Esperando la primera comprobación.</translation>
    </message>
    <message>
        <source>Its latest check went well.</source>
        <translation>Su última comprobación fue bien.</translation>
    </message>
    <message>
        <source>Its latest check failed.</source>
        <translation>Su última comprobación falló.</translation>
    </message>
    <message>
        <source>Turned off: its webhooks are refused.</source>
        <translation>Desactivada: sus webhooks se rechazan.</translation>
    </message>
    <message>
        <source>Waiting for the first event.</source>
        <translation>Esperando el primer evento.</translation>
    </message>
    <message>
        <source>Receiving events.</source>
        <translation>Recibiendo eventos.</translation>
    </message>
    <message>
        <source>Its latest request was refused.</source>
        <translation>Su última solicitud se rechazó.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>On: Tidings checks it for new orders.</source>
        <translation>Activada: Tidings la comprueba para ver si hay pedidos nuevos.</translation>
    </message>
    <message>
        <source>Off: Tidings does not check it.</source>
        <translation>Desactivada: Tidings no la comprueba.</translation>
    </message>
    <message>
        <source>On: Tidings accepts its webhooks.</source>
        <translation>Activada: Tidings acepta sus webhooks.</translation>
    </message>
    <message>
        <source>Off: Tidings refuses its webhooks.</source>
        <translation>Desactivada: Tidings rechaza sus webhooks.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Events today</source>
        <translation>Eventos de hoy</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::StockHistoryModel</name>
    <message>
        <source>Low-stock alert</source>
        <translation>Aviso de pocas existencias</translation>
    </message>
    <message>
        <source>Out-of-stock alert</source>
        <translation>Aviso de producto agotado</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Disponible de nuevo</translation>
    </message>
    <message>
        <source>The shop&apos;s own words: %1</source>
        <translation>Texto original de la tienda: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <source>Total after</source>
        <translation>Total resultante</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Set off</source>
        <translation>Provocó</translation>
    </message>
    <message>
        <source>Customers told</source>
        <translation>Clientes avisados</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplateCodeEditor</name>
    <message>
        <source>Complete Variable</source>
        <translation>Completar variable</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Problema siguiente</translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation>Problema anterior</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplateFiles</name>
    <message>
        <source>Tidings templates (*.tidings-templates.json);;JSON files (*.json);;All files (*)</source>
        <translation>Plantillas de Tidings (*.tidings-templates.json);;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Tidings has not started yet. Try again in a moment.</source>
        <translation>Tidings aún no se ha iniciado. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>E&amp;xport Templates…</source>
        <translation>E&amp;xportar plantillas…</translation>
    </message>
    <message>
        <source>Saves your templates as customers get them, and your brand kit, in one file</source>
        <translation>Guarda sus plantillas tal como las reciben los clientes, y su kit de marca, en un archivo</translation>
    </message>
    <message>
        <source>I&amp;mport Templates…</source>
        <translation>I&amp;mportar plantillas…</translation>
    </message>
    <message>
        <source>Reads templates from a file as drafts: customers get them once you publish them</source>
        <translation>Lee plantillas de un archivo como borradores: los clientes las reciben cuando usted las publica</translation>
    </message>
    <message>
        <source>Tidings could not write %1. Choose a folder you can save in.</source>
        <translation>Tidings no pudo escribir %1. Elija una carpeta en la que pueda guardar.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) and your brand kit saved in %1.</source>
        <translation>
            <numerusform>%n plantilla y su kit de marca guardados en %1.</numerusform>
            <numerusform>%n plantillas y su kit de marca guardados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings could not open %1.</source>
        <translation>Tidings no pudo abrir %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a templates file.</source>
        <translation>%1 es demasiado grande para ser un archivo de plantillas.</translation>
    </message>
    <message>
        <source>Import Templates</source>
        <translation>Importar plantillas</translation>
    </message>
    <message>
        <source>&amp;Use Its Brand Kit</source>
        <translation>&amp;Usar su kit de marca</translation>
    </message>
    <message>
        <source>The file&apos;s templates are the same as yours: nothing to import.</source>
        <translation>Las plantillas del archivo son iguales a las suyas: no hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported as drafts. Customers get them once you publish them.</source>
        <translation>
            <numerusform>%n plantilla importada como borrador. Los clientes la reciben cuando usted la publica.</numerusform>
            <numerusform>%n plantillas importadas como borradores. Los clientes las reciben cuando usted las publica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your messages use the file&apos;s brand kit now.</source>
        <translation>Sus mensajes usan ahora el kit de marca del archivo.</translation>
    </message>
    <message>
        <source>Export Templates</source>
        <translation>Exportar plantillas</translation>
    </message>
    <message>
        <source>The file also has a brand kit. Use it in your messages from now on, instead of yours?</source>
        <translation>El archivo también tiene un kit de marca. ¿Usarlo en sus mensajes a partir de ahora, en lugar del suyo?</translation>
    </message>
    <message>
        <source>The file also has the brand kit of “%1”. Use it in your messages from now on, instead of yours?</source>
        <translation>El archivo también tiene el kit de marca de «%1». ¿Usarlo en sus mensajes a partir de ahora, en lugar del suyo?</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplateHistoryDialog</name>
    <message>
        <source>History of &quot;%1&quot;</source>
        <translation>Historial de «%1»</translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation>&amp;Versiones, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>&amp;Restore as Draft</source>
        <translation>&amp;Restaurar como borrador</translation>
    </message>
    <message>
        <source>Puts this version&apos;s text in the editor as a draft. Customers keep getting the live version until you publish.</source>
        <translation>Pone el texto de esta versión en el editor como borrador. Los clientes siguen recibiendo la versión publicada hasta que publiques.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Comparar:</translation>
    </message>
    <message>
        <source>wit&amp;h:</source>
        <translation>co&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versión posterior</translation>
    </message>
    <message>
        <source>This template has not been published yet: there is no history to show.</source>
        <translation>Esta plantilla aún no se ha publicado: no hay historial que mostrar.</translation>
    </message>
    <message>
        <source>Version %1 — published %2</source>
        <translation>Versión %1 — publicada el %2</translation>
    </message>
    <message>
        <source>(live)</source>
        <translation>(actual)</translation>
    </message>
    <message>
        <source>No differences in this part.</source>
        <translation>No hay diferencias en esta parte.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only on the left</source>
        <translation>
            <numerusform>%n línea solo a la izquierda</numerusform>
            <numerusform>%n líneas solo a la izquierda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only on the right</source>
        <translation>
            <numerusform>%n línea solo a la derecha</numerusform>
            <numerusform>%n líneas solo a la derecha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplatePreview</name>
    <message>
        <source>Show the message with a made-up order, or with one of your shop&apos;s recent orders exactly as its last message saw it</source>
        <translation>Muestra el mensaje con un pedido inventado, o con uno de los pedidos recientes de tu tienda tal como lo vio su último mensaje</translation>
    </message>
    <message>
        <source>Preview &amp;with:</source>
        <translation>&amp;Vista previa con:</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Escritorio</translation>
    </message>
    <message>
        <source>600 pixels wide, as most mail programs on a computer show it</source>
        <translation>600 píxeles de ancho, como lo muestran la mayoría de los programas de correo en un ordenador</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Móvil</translation>
    </message>
    <message>
        <source>375 pixels wide, as a phone shows it</source>
        <translation>375 píxeles de ancho, como lo muestra un móvil</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>Vista previa del correo</translation>
    </message>
    <message>
        <source>Plain text preview</source>
        <translation>Vista previa del texto sin formato</translation>
    </message>
    <message>
        <source>Slack preview</source>
        <translation>Vista previa de Slack</translation>
    </message>
    <message>
        <source>Text message preview</source>
        <translation>Vista previa del mensaje de texto</translation>
    </message>
    <message>
        <source>HT&amp;ML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>&amp;Texto sin formato</translation>
    </message>
    <message>
        <source>S&amp;lack</source>
        <translation>S&amp;lack</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Pedido %1 — %2</translation>
    </message>
    <message>
        <source>This template cannot be shown yet:

%1

Customers would get no message from it until this is fixed.</source>
        <translation>Esta plantilla todavía no se puede mostrar:

%1

Los clientes no recibirán ningún mensaje de ella hasta que se corrija.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n parte</numerusform>
            <numerusform>%n partes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (it has special characters, so fewer fit in each part)</source>
        <translation>%1, %2 (tiene caracteres especiales, así que caben menos en cada parte)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacta</translation>
    </message>
    <message>
        <source>Draws the email as a web browser does (rounded corners, phone layout, every style). Off: a quicker view that draws the layout roughly</source>
        <translation>Dibuja el correo como un navegador web (esquinas redondeadas, diseño para móvil, todos los estilos). Desactivado: una vista más rápida que muestra el diseño de forma aproximada</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplatesPage</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>A&amp;sunto</translation>
    </message>
    <message>
        <source>H&amp;TML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>Plai&amp;n text</source>
        <translation>&amp;Texto sin formato</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <source>Shows the message in your web browser, exactly as rendered, with its images</source>
        <translation>Muestra el mensaje en tu navegador web, exactamente como se genera, con sus imágenes</translation>
    </message>
    <message>
        <source>Send T&amp;est To…</source>
        <translation>Enviar &amp;prueba a…</translation>
    </message>
    <message>
        <source>Sends the message as the preview shows it to you, through one of your channels</source>
        <translation>Te envía el mensaje tal como lo muestra la vista previa, a través de uno de tus canales</translation>
    </message>
    <message>
        <source>Save Dr&amp;aft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>Drafts are saved a moment after you stop typing; customers do not see them</source>
        <translation>Los borradores se guardan un momento después de que dejas de escribir; los clientes no los ven</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>Pu&amp;blicar…</translation>
    </message>
    <message>
        <source>Customers get this draft from the next message on</source>
        <translation>Los clientes reciben este borrador a partir del próximo mensaje</translation>
    </message>
    <message>
        <source>Disca&amp;rd Draft…</source>
        <translation>&amp;Descartar borrador…</translation>
    </message>
    <message>
        <source>Goes back to the version customers get now</source>
        <translation>Vuelve a la versión que reciben ahora los clientes</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histo&amp;rial…</translation>
    </message>
    <message>
        <source>Earlier versions: compare them, or bring one back as a draft</source>
        <translation>Versiones anteriores: compáralas o recupera una como borrador</translation>
    </message>
    <message>
        <source>Brand K&amp;it…</source>
        <translation>&amp;Kit de marca…</translation>
    </message>
    <message>
        <source>Your shop&apos;s name, logo, colour and support address in every message</source>
        <translation>El nombre, el logotipo, el color y la dirección de soporte de tu tienda en cada mensaje</translation>
    </message>
    <message>
        <source>Draft: customers get the published version until you publish this one.</source>
        <translation>Borrador: los clientes reciben la versión publicada hasta que publiques esta.</translation>
    </message>
    <message>
        <source>Published: this is what customers get.</source>
        <translation>Publicada: esto es lo que reciben los clientes.</translation>
    </message>
    <message>
        <source>Choose a template to open in the browser.</source>
        <translation>Elige una plantilla para abrirla en el navegador.</translation>
    </message>
    <message>
        <source>Tidings could not write the preview to a file for your browser.</source>
        <translation>Tidings no pudo guardar la vista previa en un archivo para tu navegador.</translation>
    </message>
    <message>
        <source>Tidings could not open your web browser. The preview is in %1.</source>
        <translation>Tidings no pudo abrir tu navegador web. La vista previa está en %1.</translation>
    </message>
    <message>
        <source>Publish Template</source>
        <translation>Publicar plantilla</translation>
    </message>
    <message>
        <source>Customers get this version of &quot;%1&quot; from the next message on. Messages already queued keep the version they were queued with.</source>
        <translation>Los clientes reciben esta versión de «%1» a partir del próximo mensaje. Los mensajes que ya están en cola mantienen la versión con la que entraron en la cola.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Your changes to &quot;%1&quot; are thrown away and the editor shows the version customers get. Earlier published versions stay in History.</source>
        <translation>Tus cambios en «%1» se descartan y el editor muestra la versión que reciben los clientes. Las versiones publicadas anteriores se quedan en el historial.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Tidings is not running.</source>
        <translation>Tidings no se está ejecutando.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before publishing (marked in the editor; F8 goes to the next).</source>
        <translation>
            <numerusform>%n problema que corregir antes de publicar (marcado en el editor; F8 va al siguiente).</numerusform>
            <numerusform>%n problemas que corregir antes de publicar (marcados en el editor; F8 va al siguiente).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) worth a look (marked in the editor; F8 goes to the next).</source>
        <translation>
            <numerusform>%n cosa que conviene revisar (marcada en el editor; F8 va a la siguiente).</numerusform>
            <numerusform>%n cosas que conviene revisar (marcadas en el editor; F8 va a la siguiente).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be published yet: %2</source>
        <translation>«%1» aún no se puede publicar: %2</translation>
    </message>
    <message>
        <source>Draft, not published</source>
        <translation>Borrador, sin publicar</translation>
    </message>
    <message>
        <source>%1. Has changes that customers do not get until you publish them</source>
        <translation>%1. Tiene cambios que los clientes no reciben hasta que usted los publica</translation>
    </message>
    <message>
        <source>Customers get the template in their own language when there is one, otherwise the one in the default language</source>
        <translation>Los clientes reciben la plantilla en su idioma si existe; si no, la del idioma predeterminado</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Customers who read %1 get their own version of this template. Change those too if this change matters to them (Language above the list).</source>
        <translation>Los clientes que leen %1 reciben su propia versión de esta plantilla. Cámbiala también si este cambio les afecta (Idioma, encima de la lista).</translation>
    </message>
    <message>
        <source>Orders from some shops (WooCommerce, for one) do not say the customer&apos;s language. Those customers, and customers whose language has no templates, get the templates in this language.</source>
        <translation>Los pedidos de algunas tiendas (WooCommerce, por ejemplo) no indican el idioma del cliente. Esos clientes, y los clientes cuyo idioma no tiene plantillas, reciben las plantillas en este idioma.</translation>
    </message>
    <message>
        <source>For customers of unknown lan&amp;guage:</source>
        <translation>Para clientes de idioma descono&amp;cido:</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>Dis&amp;eño</translation>
    </message>
    <message>
        <source>The email as blocks: add, move and change them without HTML</source>
        <translation>El correo en bloques: añadirlos, moverlos y cambiarlos sin HTML</translation>
    </message>
    <message>
        <source>The same email as HTML with Mustache variables</source>
        <translation>El mismo correo en HTML con variables de Mustache</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TestModeController</name>
    <message>
        <source>&amp;Test Mode…</source>
        <translation>&amp;Modo de prueba…</translation>
    </message>
    <message>
        <source>Send customers&apos; messages to yourself while you try Tidings out</source>
        <translation>Recibe tú los mensajes dirigidos a los clientes mientras pruebas Tidings</translation>
    </message>
    <message>
        <source>&amp;Go Live…</source>
        <translation>&amp;Pasar a modo real…</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings se está cerrando.</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Pasar a modo real</translation>
    </message>
    <message>
        <source>From now on your customers get their messages. Those sent in test mode stay with you; you can resend any of them from the Monitor.</source>
        <translation>A partir de ahora, tus clientes reciben sus mensajes. Los enviados en modo de prueba se quedan contigo; puedes reenviar cualquiera de ellos desde el Monitor.</translation>
    </message>
    <message>
        <source>&amp;Test Mode (On)…</source>
        <translation>&amp;Modo de prueba (activado)…</translation>
    </message>
    <message>
        <source>Test mode: customers&apos; emails go to %1, and text messages to customers are not sent.</source>
        <translation>Modo de prueba: los correos dirigidos a los clientes van a %1 y los mensajes de texto a los clientes no se envían.</translation>
    </message>
    <message>
        <source>Test mode: customers&apos; emails go to %1 and their text messages to %2.</source>
        <translation>Modo de prueba: los correos dirigidos a los clientes van a %1 y sus mensajes de texto, a %2.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TestModeDialog</name>
    <message>
        <source>Test Mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <source>In test mode Tidings works as it will for real: your shop&apos;s orders come in, your rules and templates make the messages, and your providers send them. But every message meant for a customer goes to you instead, marked [Test], so you can see them for a day before you go live.</source>
        <translation>En el modo de prueba, Tidings funciona igual que de verdad: llegan los pedidos de tu tienda, tus reglas y plantillas crean los mensajes y tus proveedores los envían. Pero cada mensaje destinado a un cliente te llega a ti, marcado con [Prueba], para que puedas verlos durante un día antes de pasar a modo real.</translation>
    </message>
    <message>
        <source>&amp;Send customers&apos; messages to me (test mode)</source>
        <translation>&amp;Enviarme los mensajes dirigidos a los clientes (modo de prueba)</translation>
    </message>
    <message>
        <source>owner@yourshop.com</source>
        <translation>propietario@tutienda.com</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+44 7700 900123</translation>
    </message>
    <message>
        <source>Without it, text messages to customers are not sent at all in test mode.</source>
        <translation>Sin él, en el modo de prueba no se envía ningún mensaje de texto a los clientes.</translation>
    </message>
    <message>
        <source>Your &amp;email address:</source>
        <translation>Tu &amp;dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>Your &amp;mobile number (for text messages):</source>
        <translation>Tu número de &amp;móvil (para mensajes de texto):</translation>
    </message>
    <message>
        <source>Messages to your staff (Slack) still go to them, marked [Test]. Klaviyo, HubSpot, ActiveCampaign and webhooks get your address instead of the customer&apos;s.</source>
        <translation>Los mensajes para tu equipo (Slack) le siguen llegando, marcados con [Prueba]. Klaviyo, HubSpot, ActiveCampaign y los webhooks reciben tu dirección en lugar de la del cliente.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TestModePage</name>
    <message>
        <source>Test mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <source>Try everything with your real shop before your customers get anything.</source>
        <translation>Pruébalo todo con tu tienda real antes de que tus clientes reciban nada.</translation>
    </message>
    <message>
        <source>In test mode Tidings works as it will for real: your shop&apos;s orders arrive, and their messages are made and sent. But every message meant for a customer goes to you instead, marked [Test]. When you are happy with them, go live: from then on your customers get them. You can switch at any time in Sending → Test Mode.</source>
        <translation>En el modo de prueba, Tidings funciona igual que de verdad: llegan los pedidos de tu tienda y se crean y envían sus mensajes. Pero cada mensaje destinado a un cliente te llega a ti, marcado con [Prueba]. Cuando estés conforme con ellos, pasa a modo real: a partir de entonces, los recibirán tus clientes. Puedes cambiarlo en cualquier momento en Envío → Modo de prueba.</translation>
    </message>
    <message>
        <source>&amp;Start in test mode</source>
        <translation>&amp;Empezar en modo de prueba</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@example.com</translation>
    </message>
    <message>
        <source>Send customers&apos; &amp;emails to:</source>
        <translation>Enviar los &amp;correos dirigidos a los clientes a:</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ThresholdDelegate</name>
    <message>
        <source>Shop&apos;s (%1)</source>
        <translation>De la tienda (%1)</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Umbral de pocas existencias</translation>
    </message>
    <message>
        <source>Staff are told when the stock falls to this many. Below 0, or empty: the shop&apos;s threshold.</source>
        <translation>Se avisa a tu equipo cuando el inventario baja a esta cantidad. Por debajo de 0, o vacío: el umbral de la tienda.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ThresholdDialog</name>
    <message>
        <source>Low-Stock Threshold</source>
        <translation>Umbral de pocas existencias</translation>
    </message>
    <message>
        <source>Staff are told when its stock falls to this many or fewer.</source>
        <translation>Se avisa a tu equipo cuando su inventario baja a esta cantidad o menos.</translation>
    </message>
    <message>
        <source>&amp;Low-stock threshold:</source>
        <translation>&amp;Umbral de pocas existencias:</translation>
    </message>
    <message>
        <source>&amp;Use the shop&apos;s threshold (%1)</source>
        <translation>Usar el umbral de la &amp;tienda (%1)</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TrayIcon</name>
    <message>
        <source>&amp;Open Tidings</source>
        <translation>&amp;Abrir Tidings</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <source>&amp;Pause All Sending</source>
        <translation>&amp;Pausar todos los envíos</translation>
    </message>
    <message>
        <source>&amp;Quit Tidings</source>
        <translation>&amp;Salir de Tidings</translation>
    </message>
    <message>
        <source>“%1” needs signing in again</source>
        <translation>«%1» requiere volver a iniciar sesión</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciándose</translation>
    </message>
    <message>
        <source>sending is paused</source>
        <translation>el envío está en pausa</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) need signing in</source>
        <translation>
            <numerusform>%n canal requiere iniciar sesión</numerusform>
            <numerusform>%n canales requieren iniciar sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>receiving orders and sending messages</source>
        <translation>recibiendo pedidos y enviando mensajes</translation>
    </message>
    <message>
        <source>Tidings: %1</source>
        <translation>Tidings: %1</translation>
    </message>
    <message>
        <source>A message to %1 could not be sent</source>
        <translation>No se pudo enviar un mensaje a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent</source>
        <translation>
            <numerusform>No se pudo enviar %n mensaje</numerusform>
            <numerusform>No se pudieron enviar %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>The Monitor shows them under Show: Failed or uncertain, with why. You can resend them there.</source>
        <translation>El Monitor los muestra en Mostrar: Fallidos o inciertos, con el motivo. Desde ahí puedes reenviarlos.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::VariablesPalette</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>Nombre o descripción</translation>
    </message>
    <message>
        <source>Double-click a variable or press Enter to add it at the cursor, or drag it into the editor.</source>
        <translation>Haz doble clic en una variable o pulsa Intro para añadirla en el cursor, o arrástrala al editor.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::WelcomePage</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Te damos la bienvenida a Tidings</translation>
    </message>
    <message>
        <source>A few steps to your first message. Each one can be skipped and done later.</source>
        <translation>Unos pocos pasos hasta tu primer mensaje. Puedes omitir cualquiera de ellos y hacerlo más tarde.</translation>
    </message>
    <message>
        <source>What Tidings does</source>
        <translation>Qué hace Tidings</translation>
    </message>
    <message>
        <source>Your shop tells Tidings about each new order and shipment.</source>
        <translation>Tu tienda informa a Tidings de cada pedido y envío nuevos.</translation>
    </message>
    <message>
        <source>Tidings sends your customer a message in your shop&apos;s style.</source>
        <translation>Tidings envía a tu cliente un mensaje con el estilo de tu tienda.</translation>
    </message>
    <message>
        <source>You see in the Monitor what was sent, and what went wrong.</source>
        <translation>En el Monitor ves qué se envió y qué salió mal.</translation>
    </message>
    <message>
        <source>Have these at hand</source>
        <translation>Ten esto a mano</translation>
    </message>
    <message>
        <source>A sign-in to your shop&apos;s admin pages (Shopify, WooCommerce, …).</source>
        <translation>Un inicio de sesión para las páginas de administración de tu tienda (Shopify, WooCommerce, …).</translation>
    </message>
    <message>
        <source>An account with a mail service (SendGrid, Mailgun, Gmail, …), or your mail server&apos;s details.</source>
        <translation>Una cuenta en un servicio de correo (SendGrid, Mailgun, Gmail, …) o los datos de tu servidor de correo.</translation>
    </message>
    <message>
        <source>Your shop&apos;s colour and logo address, if you have them.</source>
        <translation>El color y la dirección del logotipo de tu tienda, si los tienes.</translation>
    </message>
    <message>
        <source>Tidings starts in test mode: until you go live, every message goes to you, not to your customers.</source>
        <translation>Tidings empieza en modo de prueba: hasta que pases a modo real, cada mensaje te llega a ti, no a tus clientes.</translation>
    </message>
</context>
<context>
    <name>Tidings::WebhookChannel</name>
    <message>
        <source>Webhook (Zapier, Power Automate, …)</source>
        <translation>Webhook (Zapier, Power Automate, …)</translation>
    </message>
    <message>
        <source>Hands each notification&apos;s order, customer and shipment data to another system as JSON.</source>
        <translation>Entrega a otro sistema, en JSON, los datos del pedido, del cliente y del envío de cada notificación.</translation>
    </message>
    <message>
        <source>Secret webhook URL</source>
        <translation>URL secreta del webhook</translation>
    </message>
    <message>
        <source>The receiving address when it works like a password: Zapier&apos;s catch hook (https://hooks.zapier.com/hooks/catch/…) or a Power Automate trigger URL containing sig=. Leave empty to use the address below.</source>
        <translation>La dirección de recepción cuando funciona como una contraseña: el catch hook de Zapier (https://hooks.zapier.com/hooks/catch/…) o una URL de desencadenador de Power Automate que contenga sig=. Déjalo vacío para usar la dirección de abajo.</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>Optional. A long random text shared with the receiver: Tidings signs each request with it (X-Tidings-Signature) so the receiver can tell it came from Tidings.</source>
        <translation>Opcional. Un texto largo y aleatorio que compartes con el receptor: Tidings firma con él cada solicitud (X-Tidings-Signature) para que el receptor sepa que viene de Tidings.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Dirección del webhook</translation>
    </message>
    <message>
        <source>The https:// address that receives the events, when it contains no key. Addresses with a key (sig=, token=) go in Secret webhook URL.</source>
        <translation>La dirección https:// que recibe los eventos, si no contiene ninguna clave. Las direcciones con clave (sig=, token=) van en «URL secreta del webhook».</translation>
    </message>
    <message>
        <source>Zapier: create a Zap with the trigger Webhooks by Zapier → Catch Hook, copy the custom webhook URL and paste it as Secret webhook URL. Send a test notification, then pick its fields in the next steps.</source>
        <translation>Zapier: crea un Zap con el disparador Webhooks by Zapier → Catch Hook, copia la URL del webhook personalizado y pégala como «URL secreta del webhook». Envía una notificación de prueba y luego elige sus campos en los pasos siguientes.</translation>
    </message>
    <message>
        <source>Power Automate: start a flow with &quot;When a HTTP request is received&quot; (Who can trigger: Anyone), save it, copy the HTTP URL and paste it as Secret webhook URL.</source>
        <translation>Power Automate: empieza un flujo con «Cuando se recibe una solicitud HTTP» (Quién puede desencadenar el flujo: Cualquiera), guárdalo, copia la URL HTTP y pégala como «URL secreta del webhook».</translation>
    </message>
    <message>
        <source>Your own server: enter its https:// address, set a signing secret, and check X-Tidings-Signature there. Use X-Tidings-Notification-Id to ignore a notification delivered twice.</source>
        <translation>Tu propio servidor: escribe su dirección https://, configura un secreto de firma y comprueba allí X-Tidings-Signature. Usa X-Tidings-Notification-Id para ignorar una notificación entregada dos veces.</translation>
    </message>
    <message>
        <source>No webhook address is set for %1. Add it in Channels.</source>
        <translation>No hay ninguna dirección del webhook configurada para %1. Añádela en Canales.</translation>
    </message>
    <message>
        <source>The webhook address of %1 is not a web address. Paste it again in Channels.</source>
        <translation>La dirección del webhook de %1 no es una dirección web. Vuelve a pegarla en Canales.</translation>
    </message>
    <message>
        <source>The webhook address of %1 must start with https://. Check it in Channels.</source>
        <translation>La dirección del webhook de %1 debe empezar por https://. Compruébala en Canales.</translation>
    </message>
    <message>
        <source>The webhook address of %1 contains a key (such as sig=). Move it to Secret webhook URL in Channels, so it is kept in the keychain.</source>
        <translation>La dirección del webhook de %1 contiene una clave (como sig=). Muévela a «URL secreta del webhook» en Canales, para que se guarde en el llavero.</translation>
    </message>
    <message>
        <source>The signing secret of %1 contains a line break. Paste it again in Channels.</source>
        <translation>El secreto de firma de %1 contiene un salto de línea. Vuelve a pegarlo en Canales.</translation>
    </message>
    <message>
        <source>The subject contains a line break. Remove line breaks from the template&apos;s subject.</source>
        <translation>El asunto contiene un salto de línea. Quita los saltos de línea del asunto de la plantilla.</translation>
    </message>
    <message>
        <source>The webhook receiver is limiting how fast Tidings may send. Tidings will try again when it allows.</source>
        <translation>El receptor del webhook está limitando la velocidad de envío de Tidings. Tidings lo volverá a intentar cuando lo permita.</translation>
    </message>
    <message>
        <source>The webhook receiver had a problem (HTTP %1). Tidings will try again.</source>
        <translation>El receptor del webhook tuvo un problema (HTTP %1). Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The webhook receiver took too long to read the event. Tidings will try again.</source>
        <translation>El receptor del webhook tardó demasiado en leer el evento. Tidings lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The webhook is turned off or was deleted (HTTP 410). Turn the Zap or flow on again, or paste its new address in Channels.</source>
        <translation>El webhook está desactivado o se eliminó (HTTP 410). Vuelve a activar el Zap o el flujo, o pega su nueva dirección en Canales.</translation>
    </message>
    <message>
        <source>Nothing receives events at the webhook address (HTTP 404): the Zap or flow may have been deleted or turned off. Check the address in Channels.</source>
        <translation>Nada recibe eventos en la dirección del webhook (HTTP 404): puede que el Zap o el flujo se haya eliminado o desactivado. Comprueba la dirección en Canales.</translation>
    </message>
    <message>
        <source>The webhook receiver refused the request (HTTP %1): the key in its address is wrong or it requires a sign-in. Copy the address again; for Power Automate set Who can trigger to Anyone.</source>
        <translation>El receptor del webhook rechazó la solicitud (HTTP %1): la clave de su dirección es incorrecta o requiere iniciar sesión. Vuelve a copiar la dirección; en Power Automate, pon «Quién puede desencadenar el flujo» en «Cualquiera».</translation>
    </message>
    <message>
        <source>The webhook receiver answered with a redirect (HTTP %1); Tidings does not follow redirects. Use the final address in Channels.</source>
        <translation>El receptor del webhook respondió con una redirección (HTTP %1); Tidings no sigue redirecciones. Usa la dirección final en Canales.</translation>
    </message>
    <message>
        <source>The webhook receiver refused the event (HTTP %1).</source>
        <translation>El receptor del webhook rechazó el evento (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Tidings::WebhookServer</name>
    <message>
        <source>Port %1 is already in use by another program, so Tidings cannot receive webhooks on it. Choose another port in Settings, or close the program that uses it.</source>
        <translation>Otro programa ya está usando el puerto %1, así que Tidings no puede recibir webhooks en él. Elige otro puerto en los ajustes o cierra el programa que lo usa.</translation>
    </message>
    <message>
        <source>The system does not allow Tidings to use port %1. Ports below 1024 need administrator rights; choose a higher port in Settings.</source>
        <translation>El sistema no permite que Tidings use el puerto %1. Los puertos por debajo de 1024 necesitan permisos de administrador; elige un puerto más alto en los ajustes.</translation>
    </message>
    <message>
        <source>This computer has no network address %1, so Tidings cannot receive webhooks on it. Check the listening address in Settings.</source>
        <translation>Este equipo no tiene la dirección de red %1, así que Tidings no puede recibir webhooks en ella. Comprueba la dirección de escucha en los ajustes.</translation>
    </message>
    <message>
        <source>Tidings could not start receiving webhooks on %1, port %2.</source>
        <translation>Tidings no pudo empezar a recibir webhooks en %1, puerto %2.</translation>
    </message>
    <message>
        <source>A %1 request reached /healthz, which only answers GET.</source>
        <translation>Llegó una solicitud %1 a /healthz, que solo responde a GET.</translation>
    </message>
    <message>
        <source>A %1 request reached the webhook address; webhooks must be sent with POST.</source>
        <translation>Llegó una solicitud %1 a la dirección del webhook; los webhooks deben enviarse con POST.</translation>
    </message>
    <message>
        <source>A webhook was sent to %1, which names no connected shop.</source>
        <translation>Se envió un webhook a %1, que no corresponde a ninguna tienda conectada.</translation>
    </message>
    <message>
        <source>A request asked for %1, which does not exist.</source>
        <translation>Una solicitud pidió %1, que no existe.</translation>
    </message>
    <message>
        <source>A webhook was sent for &quot;%1&quot;, which is not a connected shop that can receive webhooks.</source>
        <translation>Se envió un webhook para «%1», que no es una tienda conectada que pueda recibir webhooks.</translation>
    </message>
    <message>
        <source>A webhook for %1 was refused because this connection is turned off.</source>
        <translation>Se rechazó un webhook para %1 porque esta conexión está desactivada.</translation>
    </message>
    <message>
        <source>A webhook for %1 was refused because it is larger than %2 KiB.</source>
        <translation>Se rechazó un webhook para %1 porque ocupa más de %2 KiB.</translation>
    </message>
    <message>
        <source>A webhook for %1 arrived before Tidings was ready to store it; the shop will send it again.</source>
        <translation>Llegó un webhook para %1 antes de que Tidings estuviera listo para guardarlo; la tienda lo volverá a enviar.</translation>
    </message>
    <message>
        <source>A webhook could not be stored; the shop will send it again.</source>
        <translation>No se pudo guardar un webhook; la tienda lo volverá a enviar.</translation>
    </message>
</context>
<context>
    <name>Tidings::WooCommerceAdapter</name>
    <message>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <source>New orders, payments, status changes, cancellations, refunds, tracking numbers and stock.</source>
        <translation>Pedidos nuevos, pagos, cambios de estado, cancelaciones, reembolsos, números de seguimiento e inventario.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <source>Tidings made this secret. Paste it into the &quot;Secret&quot; field of every WooCommerce webhook that sends to Tidings.</source>
        <translation>Tidings creó este secreto. Pégalo en el campo «Secreto» de cada webhook de WooCommerce que envíe a Tidings.</translation>
    </message>
    <message>
        <source>Custom order statuses</source>
        <translation>Estados de pedido personalizados</translation>
    </message>
    <message>
        <source>Only for statuses added by plugins: a JSON object from the WooCommerce status to one of Tidings&apos; statuses (pending, paid, on_hold, partially_shipped, shipped, delivered, completed, cancelled, refunded, partially_refunded, failed) or &quot;ignore&quot;.</source>
        <translation>Solo para los estados que añaden los plugins: un objeto JSON que asigna el estado de WooCommerce a uno de los estados de Tidings (pending, paid, on_hold, partially_shipped, shipped, delivered, completed, cancelled, refunded, partially_refunded, failed) o a &quot;ignore&quot;.</translation>
    </message>
    <message>
        <source>Tracking meta key</source>
        <translation>Meta key del seguimiento</translation>
    </message>
    <message>
        <source>Only if a tracking plugin other than WooCommerce Shipment Tracking or Advanced Shipment Tracking stores the tracking number: the order meta key it uses.</source>
        <translation>Solo si el número de seguimiento lo guarda un plugin de seguimiento distinto de WooCommerce Shipment Tracking o Advanced Shipment Tracking: la meta key del pedido que usa.</translation>
    </message>
    <message>
        <source>In WordPress admin, open WooCommerce → Settings → Advanced → Webhooks and click &quot;Add webhook&quot;.</source>
        <translation>En el escritorio de WordPress, abre WooCommerce → Ajustes → Avanzado → Webhooks y haz clic en «Añadir webhook».</translation>
    </message>
    <message>
        <source>Name it &quot;Tidings – orders&quot;, set Status to &quot;Active&quot; and Topic to &quot;Order created&quot;.</source>
        <translation>Llámalo «Tidings – pedidos», pon el Estado en «Activo» y el Tema en «Pedido creado».</translation>
    </message>
    <message>
        <source>Delivery URL: %1</source>
        <translation>URL de entrega: %1</translation>
    </message>
    <message>
        <source>Secret: paste the webhook secret Tidings shows here. API version: &quot;WP REST API Integration v3&quot;. Click &quot;Save webhook&quot;; WooCommerce sends a test ping and Tidings answers it.</source>
        <translation>Secreto: pega aquí el secreto del webhook que muestra Tidings. Versión de la API: «WP REST API Integration v3». Haz clic en «Guardar webhook»; WooCommerce envía un ping de prueba y Tidings lo responde.</translation>
    </message>
    <message>
        <source>Add a second webhook the same way with the topic &quot;Order updated&quot; (status changes, refunds and tracking numbers), and a third with &quot;Product updated&quot; if you want stock notices.</source>
        <translation>Añade de la misma forma un segundo webhook con el tema «Pedido actualizado» (cambios de estado, reembolsos y números de seguimiento), y un tercero con «Producto actualizado» si quieres avisos de inventario.</translation>
    </message>
    <message>
        <source>A request reached this shop&apos;s webhook address without a WooCommerce signature, so it was refused. Only WooCommerce should send requests to this address.</source>
        <translation>Llegó una solicitud a la dirección del webhook de esta tienda sin una firma de WooCommerce, así que se rechazó. Solo WooCommerce debe enviar solicitudes a esta dirección.</translation>
    </message>
    <message>
        <source>No webhook secret is saved for this shop, so its webhooks cannot be checked and were refused. Add the secret in Connections.</source>
        <translation>No hay ningún secreto del webhook guardado para esta tienda, así que sus webhooks no se pueden verificar y se rechazaron. Añade el secreto en Conexiones.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match the secret saved for this shop. Check that the &quot;Secret&quot; field of the webhook in WooCommerce holds the secret Tidings shows.</source>
        <translation>La firma del webhook no coincide con el secreto guardado para esta tienda. Comprueba que el campo «Secreto» del webhook en WooCommerce contenga el secreto que muestra Tidings.</translation>
    </message>
    <message>
        <source>WooCommerce sent a webhook without a topic, so Tidings cannot tell what happened.</source>
        <translation>WooCommerce envió un webhook sin tema, así que Tidings no puede saber qué pasó.</translation>
    </message>
    <message>
        <source>WooCommerce sent a webhook (%1) whose content is not a JSON object, so it could not be read.</source>
        <translation>WooCommerce envió un webhook (%1) cuyo contenido no es un objeto JSON, así que no se pudo leer.</translation>
    </message>
    <message>
        <source>WooCommerce sent a webhook (%1) without the id of the order or product, so it cannot be matched.</source>
        <translation>WooCommerce envió un webhook (%1) sin el id del pedido o del producto, así que no se puede asociar.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>A test event sent by Tidings to check this connection. Nobody is notified.</source>
        <translation>Un evento de prueba que Tidings envía para comprobar esta conexión. No se avisa a nadie.</translation>
    </message>
</context>
<context>
    <name>Tidings::WooCommercePoller</name>
    <message>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <source>New orders, status changes, cancellations, refunds and tracking numbers, read every few minutes.</source>
        <translation>Pedidos nuevos, cambios de estado, cancelaciones, reembolsos y números de seguimiento, leídos cada pocos minutos.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>Starts with &quot;ck_&quot;.</source>
        <translation>Empieza por «ck_».</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Clave secreta de cliente</translation>
    </message>
    <message>
        <source>Starts with &quot;cs_&quot;. WooCommerce shows it once.</source>
        <translation>Empieza por «cs_». WooCommerce la muestra una sola vez.</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Dirección de la tienda</translation>
    </message>
    <message>
        <source>The address of your WordPress site.</source>
        <translation>La dirección de tu sitio de WordPress.</translation>
    </message>
    <message>
        <source>Custom order statuses</source>
        <translation>Estados de pedido personalizados</translation>
    </message>
    <message>
        <source>Only for statuses added by plugins: a JSON object from the WooCommerce status to one of Tidings&apos; statuses, or &quot;ignore&quot;.</source>
        <translation>Solo para los estados que añaden los plugins: un objeto JSON que asigna el estado de WooCommerce a uno de los estados de Tidings, o a &quot;ignore&quot;.</translation>
    </message>
    <message>
        <source>Tracking meta key</source>
        <translation>Meta key del seguimiento</translation>
    </message>
    <message>
        <source>Only if a tracking plugin other than WooCommerce Shipment Tracking stores the tracking number: the order meta key it uses.</source>
        <translation>Solo si el número de seguimiento lo guarda un plugin de seguimiento distinto de WooCommerce Shipment Tracking: la meta key del pedido que usa.</translation>
    </message>
    <message>
        <source>In WordPress admin, open WooCommerce → Settings → Advanced → REST API and click &quot;Add key&quot;.</source>
        <translation>En el escritorio de WordPress, abre WooCommerce → Ajustes → Avanzado → API REST y haz clic en «Añadir clave».</translation>
    </message>
    <message>
        <source>Description &quot;Tidings&quot;, Permissions &quot;Read&quot;, then &quot;Generate API key&quot;.</source>
        <translation>Descripción «Tidings», Permisos «Lectura» y luego «Generar clave API».</translation>
    </message>
    <message>
        <source>Paste the consumer key and consumer secret here. WooCommerce shows the secret only once.</source>
        <translation>Pega aquí la clave de cliente y la clave secreta de cliente. WooCommerce muestra la clave secreta una sola vez.</translation>
    </message>
    <message>
        <source>WooCommerce answered with something that is not a list of orders. A security plugin or a maintenance page may be in the way; Tidings will ask again.</source>
        <translation>WooCommerce respondió con algo que no es una lista de pedidos. Puede que un plugin de seguridad o una página de mantenimiento esté en medio; Tidings volverá a preguntar.</translation>
    </message>
    <message>
        <source>No WooCommerce REST API key is saved for &quot;%1&quot;, so its orders cannot be read. Add the consumer key and secret in Connections.</source>
        <translation>No hay ninguna clave de la API REST de WooCommerce guardada para «%1», así que sus pedidos no se pueden leer. Añade la clave de cliente y la clave secreta de cliente en Conexiones.</translation>
    </message>
    <message>
        <source>Tidings lost its place in WooCommerce&apos;s list of orders and starts again.</source>
        <translation>Tidings perdió su posición en la lista de pedidos de WooCommerce y empieza de nuevo.</translation>
    </message>
</context>
</TS>
