<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tells your shop&apos;s customers about their orders.

Commands:
  (none)                 open the Tidings window
  --headless             run without a window (as a service)
  config import FILE     load a configuration file
  config export          print the configuration, without secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep data in DIR instead of the per-user data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a window; stop with Ctrl+C or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: import FILE before starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With config export: write to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config import|export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command. Try: tidings --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tidings config import FILE | tidings config export [--output FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config goes with --headless. To load a file for the window, use: tidings config import FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s)</source>
        <translation>
            <numerusform>Imported %n source</numerusform>
            <numerusform>Imported %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) saved to the keychain.</source>
        <translation>
            <numerusform>%n secret saved to the keychain.</numerusform>
            <numerusform>%n secrets saved to the keychain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ActiveCampaignAdapter</name>
    <message>
        <source>ActiveCampaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals added or moved to another stage in ActiveCampaign, with the deal&apos;s contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings makes this token. It is the end of the webhook URL you paste into ActiveCampaign, so keep that URL private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which deal stage means which order status, as JSON, by stage name or stage id. Stages not listed are recorded and notify nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In ActiveCampaign, open Settings → Developer → Manage Webhooks and click Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a name and paste this URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under &quot;Type&quot;, tick &quot;Deal Added&quot; and &quot;Deal Updated&quot;; under &quot;Initialize From&quot;, tick every source (by a contact, by an admin user, by the API, by system processes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Add, then list your deal stages in Tidings&apos; stage map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign never sends a webhook twice, so keep Tidings running (or its relay reachable) to miss nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address token is saved for %1, so its ActiveCampaign webhooks cannot be checked and were refused. Set the connection up again in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request reached the ActiveCampaign address of %1 without the right token, so it was refused. Check that the webhook URL in ActiveCampaign is exactly the one Tidings shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign sent a webhook Tidings cannot read, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign sent a webhook without its type, so Tidings cannot tell what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign sent a deal webhook without the deal&apos;s id, so it cannot be matched to an order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::AfterShipAdapter</name>
    <message>
        <source>AfterShip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier tracking updates (in transit, out for delivery, delivered, exceptions) for shipments Tidings already knows by tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AfterShip shows it in Tracking → Settings → Webhooks, under &quot;Webhook secret&quot;. Copy it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In AfterShip, open Tracking → Settings → Webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a webhook URL and paste this URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shipment status updates to send (at least In transit, Out for delivery, Failed attempt, Available for pickup, Delivered and Exception).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the webhook secret shown on the same page and paste it into Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AfterShip updates shipments by tracking number: the shop&apos;s own source (Shopify, WooCommerce, ...) must send the shipment with its tracking number first, or the update is recorded and nobody is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request reached this AfterShip connection&apos;s address without an AfterShip signature, so it was refused. Only AfterShip should send requests to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook secret is saved for this AfterShip connection, so its updates cannot be checked and were refused. Add the secret in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AfterShip update&apos;s signature does not match the webhook secret saved for this connection. Check the secret in Connections against AfterShip&apos;s webhook settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AfterShip sent an update whose content is not a JSON object, so it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AfterShip sent an update without an event name, so Tidings cannot tell what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AfterShip sent a tracking update without a tracking number, so it cannot be matched to a shipment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::AirtableAdapter</name>
    <message>
        <source>Airtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and changed order rows in an Airtable table: statuses, tracking numbers, customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook MAC secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macSecretBase64 value Airtable returns once, when the webhook is created with the command below. Paste it exactly as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it at airtable.com/create/tokens with the scopes data.records:read and webhook:manage (add schema.bases:read to use column names in the field map) and access to this base. Tidings uses it to read the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with &quot;app&quot;; it is part of the base&apos;s address in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with &quot;ach&quot;; Airtable returns it when the webhook is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders table id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with &quot;tbl&quot;. Optional: when set, changes in other tables of the base are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what, as JSON: column id or name → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice or currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status words and what they mean, as JSON (any letter case): paid, shipped, delivered, cancelled, refunded, ... Words not listed are kept but notify nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a personal access token at airtable.com/create/tokens with the scopes data.records:read and webhook:manage (and schema.bases:read if the field map uses column names), give it access to your orders base, and paste it into Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base id (&quot;app…&quot;, in the base&apos;s address) and, optionally, the orders table id (&quot;tbl…&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable has no screen for webhooks: create one with the command below, in a terminal, after putting in your token, base id and table id. It tells Airtable to notify this address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable answers with an id (&quot;ach…&quot;) and a macSecretBase64: enter the id as the webhook id and paste the macSecretBase64 as the webhook MAC secret. Airtable shows the secret only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the field map and the status map so Tidings knows which columns hold the order number, email, status and tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a row in the table: the change appears in Tidings&apos; Monitor. Tidings also reads the changes when it starts and every few hours, which keeps the webhook alive: Airtable switches off a webhook that nobody has read for 7 days, and it then has to be created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request reached the Airtable address of &quot;%1&quot; without Airtable&apos;s signature, so it was refused. Only Airtable should send requests to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook MAC secret is saved for &quot;%1&quot;, so Airtable&apos;s notifications cannot be checked and were refused. Add the macSecretBase64 in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook MAC secret saved for &quot;%1&quot; is not the macSecretBase64 value Airtable returned (it is not base64 text), so notifications cannot be checked. Paste the value again in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification for &quot;%1&quot; carried a signature in a form Airtable does not use, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification&apos;s signature does not match the webhook MAC secret saved for &quot;%1&quot;. Check that the secret belongs to this webhook (Airtable makes a new one for every webhook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable sent a notification for &quot;%1&quot; that is not a JSON object, so it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable sent a notification for &quot;%1&quot; without its base, webhook or time, so it cannot be matched to a webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable sent a notification for base %1, webhook %2, but &quot;%3&quot; is set up for base %4, webhook %5. Check the base id and webhook id in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::AirtablePayloadFetcher</name>
    <message>
        <source>The base id or webhook id of &quot;%1&quot; is missing or not an Airtable id, so Tidings cannot read its changes. Enter both in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal access token is saved for &quot;%1&quot;, so Tidings cannot read the changes Airtable announces. Add the token in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Airtable address set for &quot;%1&quot; is not an https address, so Tidings will not send the access token there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable refused the access token saved for &quot;%1&quot; (HTTP %2), so Tidings cannot read its changes. Check that the personal access token still exists, has the scopes data.records:read and webhook:manage (and schema.bases:read when the field map uses column names) and has access to this base, then save it again in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable does not know the base or webhook set up for &quot;%1&quot;. A webhook that nobody read for 7 days is switched off: create it again (see the setup steps) and enter its new id and secret in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable refused to hand over the changes of &quot;%1&quot; (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings has nowhere to store Airtable&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable reports that the webhook of &quot;%1&quot; no longer works (%2). Create it again (see the setup steps) and enter its new id and secret in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not save an incoming event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings cannot read the changes of &quot;%1&quot; from Airtable at the moment. It keeps trying; nothing is lost while Airtable keeps them (7 days).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::AppConfig</name>
    <message>
        <source>&quot;%1&quot;: &quot;secrets&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown secret &quot;%2&quot; (expected one of: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: secret &quot;%2&quot; must be a non-empty text or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; needs an &quot;id&quot; of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; appears twice in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file is not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file must contain one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;webhook&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;webhook.address&quot; must be an IP address such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;webhook.port&quot; must be between 0 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;webhook.maxBodyBytes&quot; must be between 1 KiB and 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;brand&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;: unknown type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: unknown type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; needs a &quot;baseUrl&quot; such as https://api.sendgrid.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; needs a valid &quot;fromEmail&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: &quot;replyTo&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: addresses and names must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: unknown trigger &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs a &quot;template&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names channel &quot;%2&quot;, which is not in &quot;channels&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: &quot;recipient&quot; must be &quot;customer&quot; or an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelFactory</name>
    <message>
        <source>No API key is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access is available to send messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sending service is chosen for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses “%2”, a service Tidings cannot send through.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ConfigRepository</name>
    <message>
        <source>Tidings could not read its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not save its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection with the id &quot;%1&quot; already exists. Choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Database</name>
    <message>
        <source>Tidings cannot create its data folder %1. Check that the disk is writable and that you have permission to write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings cannot open its database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings cannot prepare its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tidings (schema %1). Update Tidings to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings cannot update its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings cannot update its database to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not save to its database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::DispatchWorker</name>
    <message>
        <source>Tidings could not resume unsent messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings stopped while handing this message to the provider. It has been queued again; if the provider had already accepted it, the customer may receive it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not read the message queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not update the message queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not record a delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Tidings will try again at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Tidings gave up after %n attempts.</source>
        <translation>
            <numerusform>%1 Tidings gave up after %n attempt.</numerusform>
            <numerusform>%1 Tidings gave up after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::EasyPostAdapter</name>
    <message>
        <source>EasyPost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier tracking updates (in transit, out for delivery, delivered, returned) for shipments Tidings already knows by tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings made this secret. Paste it into the &quot;Webhook Secret&quot; field of the webhook in EasyPost, so EasyPost signs every update with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In EasyPost, open Account Settings → Webhooks &amp; Events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &quot;Add Webhook&quot;, choose the environment (Production, or Test while you try it) and paste this URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the webhook secret Tidings made into &quot;Webhook Secret&quot; and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EasyPost updates shipments by tracking number: the shop&apos;s own source (Shopify, WooCommerce, ...) must send the shipment with its tracking number first, or the update is recorded and nobody is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request reached this EasyPost connection&apos;s address without an EasyPost signature, so it was refused. Check that the webhook in EasyPost has the secret Tidings made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook secret is saved for this EasyPost connection, so its updates cannot be checked and were refused. Set the secret again in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EasyPost update&apos;s signature does not match the webhook secret saved for this connection. Paste the secret from Tidings into the webhook in EasyPost again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EasyPost sent an update whose content is not a JSON object, so it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EasyPost sent an event without a description, so Tidings cannot tell what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EasyPost sent a tracker update without a tracking code, so it cannot be matched to a shipment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Engine</name>
    <message>
        <source>No signing secret is saved for &quot;%1&quot;, so its webhooks will be refused. Add the secret in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is saved for &quot;%2&quot;, so its messages wait until one is added to the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings is still saving this connection. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings cannot receive orders from this kind of connection (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; cannot be used. An id is part of the webhook address: use only lower-case letters a-z, digits and dashes, and start with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection already uses the id &quot;%1&quot;. Choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;: %2 needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is missing. Go back and let Tidings make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the %1 from %2; without it Tidings cannot tell its webhooks from forged ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was removed, but its secret could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings is not receiving webhooks right now, so it cannot send a test event. See the message about starting Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is turned off. Turn it on to send a test event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings has no test event for this kind of connection, or no secret is saved for it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test event for &quot;%1&quot; did not reach Tidings&apos; webhook address on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test event for &quot;%1&quot; was refused. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::GenericAdapter</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings made this secret. Give it to the sender as the value of the X-Tidings-Token header, as the steps say. Anyone who has it can send events to this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zapier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders, shipments and stock changes from any app a Zap starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your Zap, add an action step &quot;Webhooks by Zapier&quot; with the event &quot;Custom Request&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Method to POST and URL to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Data, paste the example body below and replace each value with a field from your trigger. Keep the names on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Headers, add X-Tidings-Token with the secret Tidings made for this connection, and Content-Type with application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the step: the event appears in Tidings&apos; Monitor. Give every change its own event_id; a repeat with the same event_id is recorded once and tells nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Power Automate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders, shipments and stock changes from any flow, e.g. from Dynamics 365, SharePoint or Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your flow, add the action &quot;HTTP&quot; (a premium connector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Method to POST and URI to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Body, paste the example below and replace the values with dynamic content from your trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and test the flow. Power Automate tries again by itself when Tidings answers 408, 429 or 5xx; a request Tidings refuses for good (4xx) shows as a failed run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders kept as rows in a spreadsheet: a row is sent whenever someone edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one order per row, with the column names in row 1: Order ID, Order Number, Customer, Email, Phone, Status, Carrier, Tracking Number, Tracking URL, Total, Currency. Other columns are sent too and can be mapped below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the spreadsheet, open Extensions → Apps Script, replace the editor&apos;s content with the script below and click Save. Change ORDER_SHEET in it if your tab is not called &quot;Orders&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the function installTidingsTrigger and click Run once. Google asks you to allow the script to connect to an external service: allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a cell of an order row: the row is sent to %1 and appears in Tidings&apos; Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only edits a person makes in the sheet are sent. Rows written by other scripts, imports or forms are not, because Google fires no edit trigger for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle NetSuite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales orders and item fulfillments, sent by a SuiteScript each time one is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the script below as tidings_user_event.js and upload it to the File Cabinet (Documents → Files → SuiteScripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Customization → Scripting → Scripts → New, choose the file and create the script record (type User Event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy it twice, on Sales Order and on Item Fulfillment, with status Released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each save the script posts to %1; save a sales order and it appears in Tidings&apos; Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite does not try again when a post fails: the record is saved anyway and the error is in the deployment&apos;s Execution Log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order events a Klaviyo flow reacts to, such as Placed Order or Fulfilled Order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Klaviyo, open the flow that starts from the event to pass on (e.g. &quot;Placed Order&quot; or &quot;Fulfilled Order&quot;) and add a Webhook action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Destination URL to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Headers, add X-Tidings-Token with the secret Tidings made for this connection. Klaviyo&apos;s flow webhooks cannot sign what they send, so this header is how Tidings knows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the body below. Set &quot;event&quot; to &quot;order.created&quot; in a Placed Order flow and to &quot;order.shipped&quot; in a Fulfilled Order flow, and check the values with Klaviyo&apos;s Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the action and set it live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other system (JSON webhook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything that can POST JSON: you tell Tidings where each field is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have your system POST JSON to %1 whenever an order, shipment or stock level changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the header X-Tidings-Token with the secret Tidings made, or sign the raw body: X-Tidings-Signature: sha256=&lt;hex HMAC-SHA256 of the body with the secret&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the example body below, or tell Tidings where your fields are in the mapping and test it with a sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every change its own event_id: a repeat is recorded once. Send several events at once as a JSON list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection %1 is set to check requests in a way Tidings does not know (&quot;%2&quot;), so every request is refused. Choose &quot;header&quot; or &quot;hmac&quot; in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook secret is saved for %1, so its requests cannot be checked and were refused. Open Connections and make a new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request to the webhook address of %1 carried a wrong secret in %2, so it was refused. Copy the secret from Connections into the sender again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature in %2 of a request to %1 does not match the secret saved for this connection, so it was refused. The sender must sign the body exactly as sent with the secret Tidings shows in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request reached the webhook address of %1 without %2, so it was refused. Add the header with the secret from Connections to the sender (Zapier, Power Automate, your script).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook for %1 was refused: %2 Check the mapping in Connections, or what the sender posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A webhook for %1 was refused: %2 (and %n more problem(s)). Check the mapping in Connections, or what the sender posts.</source>
        <translation>
            <numerusform>A webhook for %1 was refused: %2 (and %n more problem). Check the mapping in Connections, or what the sender posts.</numerusform>
            <numerusform>A webhook for %1 was refused: %2 (and %n more problems). Check the mapping in Connections, or what the sender posts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::GenericMapping</name>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique for each change; a delivery with an id seen before is recorded as a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, e.g. &quot;order.shipped&quot;; shown in the Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date and time (ISO 8601 or epoch); the time of arrival when absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: what identifies the order in your system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the customer sees, e.g. &quot;#1042&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read through the status map below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount as text, e.g. &quot;73.30&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name; else first and last name are joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where email notifications go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For text messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A language tag such as de-DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When absent, the tracking number names the shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of ordered items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside each entry of the items list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock change needs this or the SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names &quot;%1&quot;, which is not a Tidings field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the path must be text, like &quot;order.id&quot; or &quot;/order/id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status map: &quot;%1&quot; is to mean &quot;%2&quot;, which is not one of Tidings&apos; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order, shipment or stock statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample is empty. Paste what the sender posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample is form data that is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is form data that is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample is an empty list, so it holds no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is an empty list, so it holds no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the list is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no path is set in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is missing in the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is missing in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds a list or an object, not a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is empty in the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is empty in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the sample, left empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the request, left empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurredAt: &quot;%1&quot; is not a time Tidings can read; the time of arrival is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available: &quot;%1&quot; is not a whole number; it is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stockStatus: &quot;%1&quot; is not in the status map, so the stock status counts as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orderStatus: &quot;%1&quot; is not in the status map, so the order&apos;s status counts as unknown. Add it to the status map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipmentStatus: &quot;%1&quot; is not in the status map, so the shipment&apos;s status counts as unknown. Add it to the status map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trackingUrl: &quot;%1&quot; is not an http or https address; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lineItems: %1 is not a list; the items are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in every item, left empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::HubSpotAdapter</name>
    <message>
        <source>HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stage and order pipeline changes from your HubSpot app&apos;s webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot shows it on your app&apos;s Auth tab (for a private app: Settings → Integrations → Private Apps → your app → Auth). Copy it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address HubSpot calls, up to but not including /webhooks: your tunnel or relay. HubSpot signs the full address, so it must match exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which pipeline stage means which order status, as JSON. Use HubSpot&apos;s stage ids (deal default pipeline: appointmentscheduled … closedwon, closedlost; custom stages are numbers). Stages not listed are recorded and notify nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In HubSpot, open the app Tidings listens to (Settings → Integrations → Private Apps, or your developer account&apos;s app) and go to its Webhooks tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the target URL to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a subscription for Deal → Property changed → &quot;Deal stage&quot; (dealstage). For commerce orders, also Order → Property changed → &quot;Pipeline stage&quot; (hs_pipeline_stage). Activate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the client secret from the app&apos;s Auth tab into Tidings, and enter the public part of the target URL (before /webhooks) as the public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the stage map so Tidings knows which stage means paid, shipped or delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot&apos;s webhooks carry no customer email: Tidings records every stage change, but only emails customers of orders whose address it already knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request reached the HubSpot webhook address without HubSpot&apos;s signature, so it was refused. Only HubSpot should send requests to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request reached the HubSpot webhook address with an unreadable time stamp, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot webhook was refused because its time stamp is more than five minutes away from this computer&apos;s clock. It may be a replayed request; if this keeps happening, check that the computer&apos;s date and time are set automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HubSpot client secret is saved for %1, so its webhooks cannot be checked and were refused. Add the secret in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot webhooks for %1 cannot be checked because its public address is not set. Enter the address HubSpot calls (before /webhooks) in Connections; HubSpot will send the webhooks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot webhook&apos;s signature does not match the client secret and public address saved for %1. Check both in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot sent a webhook that is not a list of events, so it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot sent a webhook with an event Tidings cannot read, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::IngestWriter</name>
    <message>
        <source>Order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings cannot prepare its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not save an incoming event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate delivery: already handled, nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already past this status: nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded; Tidings does not act on &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stock of %1: %n available</source>
        <translation>
            <numerusform>Stock of %1: %n available</numerusform>
            <numerusform>Stock of %1: %n available</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names no order: recorded, nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order with tracking number %1 yet: recorded, nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier order from the first poll: stored, nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::KeychainSecretStore</name>
    <message>
        <source>Tidings was not allowed to use the system keychain. Allow access when your desktop asks for it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain on this computer cannot store Tidings&apos; passwords and keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not let Tidings remove a saved password or key. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it (for example by logging in to your desktop) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::MemorySecretStore</name>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it (for example by logging in to your desktop) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::MonitorQueries</name>
    <message>
        <source>Tidings could not read the event list from its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not read its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Notification</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::PollScheduler</name>
    <message>
        <source>Tidings could not save what it found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::PollStateRepository</name>
    <message>
        <source>Tidings could not read where it stopped polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not save where it stopped polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not read which changes it has already seen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Poller</name>
    <message>
        <source>The %1 address of this source is missing or not a web address. Enter the shop&apos;s address, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 address of this source starts with http://, so the shop&apos;s keys would travel unencrypted. Use the https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Tidings will ask again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not reach %1. Check the internet connection and the shop&apos;s address; Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked Tidings to slow down. Tidings will ask again when %1 allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the access key of this source (HTTP %2). Check the key and its permissions to read orders in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the address Tidings asked (HTTP 404). Check the shop&apos;s address in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a temporary problem (HTTP %2). Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2). Check the shop&apos;s address in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused Tidings&apos; request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Rules</name>
    <message>
        <source>Rule &quot;%1&quot; uses a channel that is missing or switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no customer email address, so rule &quot;%1&quot; sent nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::SalesforceAdapter</name>
    <message>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order and opportunity changes from Salesforce outbound messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings makes this token. It is the end of the endpoint URL you paste into Salesforce, so keep that URL private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Salesforce organization ID (Setup → Company Information → Salesforce.com Organization ID). Messages from any other organization are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which order Status or opportunity Stage means which order status, as JSON. Draft → pending and Activated → paid are built in; statuses not listed are recorded and notify nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound messages carry only the order&apos;s own fields. Name a field that holds the customer&apos;s email, for example a formula field Customer_Email__c = BillToContact.Email, and include it in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Salesforce Setup, search for &quot;Outbound Messages&quot; and click New Outbound Message. Choose the object Order (or Opportunity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Endpoint URL to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave &quot;Send Session ID&quot; unticked; Tidings does not need it. Select the fields Id, OrderNumber, Status, StatusCode, TotalAmount, EffectiveDate and your customer email field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the outbound message as an action of a record-triggered flow (or workflow rule) that runs when an order is created or its status changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your organization ID in Tidings and list your order statuses in the status map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce lists failed deliveries under Setup → Outbound Messages → View Message Delivery Status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address token is saved for %1, so its Salesforce messages cannot be checked and were refused. Set the connection up again in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request reached the Salesforce address of %1 without the right token, so it was refused. Check that the endpoint URL in Salesforce is exactly the one Tidings shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce messages for %1 cannot be checked because its organization ID is missing or not a Salesforce ID. Enter it in Connections; Salesforce will send the messages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce sent a message Tidings cannot read as an outbound message, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Salesforce message for %1 came from another Salesforce organization, so it was refused. Check the organization ID in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::SapCommerceAdapter</name>
    <message>
        <source>SAP Commerce Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and changed orders and consignments (shipments) through SAP Commerce webhook services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings made this password. Use it, with the username below, as the Basic credential of the consumed destination in SAP Commerce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username SAP Commerce sends with the password (Basic authentication). Choose any name and enter the same one in the destination&apos;s Basic credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Backoffice, open Integration UI Tool and model an integration object for Order (code, status, deliveryStatus, date, modifiedtime, user with uid and name, entries with quantity, basePrice and product code and name, totalPrice, currency isocode) and one for Consignment (code, status, trackingID, carrier, modifiedtime, order with code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System → API → Destinations, create a Basic credential with the username and password shown here, and a consumed destination with this URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Integration UI Tool → Webhooks and create a webhook for each integration object, sending to that destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a test order: it appears in Tidings&apos; Monitor; a consignment that ships adds its shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook username or password is saved for this SAP Commerce connection, so its webhooks cannot be checked and were refused. Complete the connection in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request reached this SAP Commerce connection&apos;s address without a username and password, so it was refused. Give the consumed destination in SAP Commerce a Basic credential with the username and password shown in Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Commerce signed in with something other than a username and password (OAuth, perhaps), so the request was refused. Give the consumed destination a Basic credential with the username and password shown in Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Commerce sent a username or password that does not match this connection, so the request was refused. Check the Basic credential of the consumed destination in SAP Commerce against Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Commerce sent a webhook whose content is not a JSON object, so it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Commerce sent an order without its code, so it cannot be matched to an order. Add the attribute &quot;code&quot; to the Order integration object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Commerce sent a consignment without its code or its order&apos;s code, so it cannot be matched to an order. Add &quot;code&quot; and &quot;order&quot; (with its code) to the Consignment integration object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::SecretBatch</name>
    <message>
        <source>Tidings could not read its saved passwords and keys. Restart Tidings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::SendGridChannel</name>
    <message>
        <source>No API key is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SendGrid address of %1 must be an https:// address. Check it in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was stopped before SendGrid answered. SendGrid may or may not have taken the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid cannot be reached: the network is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid is limiting how fast this account may send. Tidings will try again when SendGrid allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid took too long to read the message. Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid rejected the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid rejected the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid refused the API key. Check the key in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid refused to send from this address. Verify the sender in your SendGrid account (Sender Authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid did not recognise the request (HTTP %1). Check the SendGrid server address in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large for SendGrid. Make the email smaller (SendGrid accepts up to 30 MB including attachments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid answered with a redirect (HTTP %1). Check the SendGrid server address in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid refused the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid refused the message (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid did not answer in time. The message may still have been sent; Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not find the SendGrid server (%1). Check the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SendGrid server (%1) refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to SendGrid failed. Check the computer&apos;s date and any proxy or security software that inspects HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not reach SendGrid. It will try again when the connection works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ShopifyAdapter</name>
    <message>
        <source>A request reached this shop&apos;s webhook address without a Shopify signature, so it was refused. Only Shopify should send requests to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook signing secret is saved for this shop, so its webhooks cannot be checked and were refused. Add the secret in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match the signing secret saved for this shop. Check the secret in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify sent a webhook without a topic, so Tidings cannot tell what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify sent a webhook (%1) whose content is not valid JSON, so it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify sent a webhook (%1) whose content is not a JSON object, so it is not an order or a fulfillment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify sent an order without an id, so it cannot be matched to an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify sent a fulfillment without its id or its order&apos;s id, so it cannot be matched to an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders, payments, cancellations, refunds, shipments and stock levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify shows it under Settings → Notifications → Webhooks: &quot;Your webhooks will be signed with …&quot;. Copy it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Shopify admin, open Settings → Notifications → Webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &quot;Create webhook&quot;, choose the event &quot;Order creation&quot;, format JSON, and paste this URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat for &quot;Order update&quot;, &quot;Order payment&quot;, &quot;Order cancellation&quot;, &quot;Order fulfillment&quot;, &quot;Fulfillment creation&quot;, &quot;Fulfillment update&quot;, &quot;Refund create&quot; and &quot;Inventory level update&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the signing secret shown under the list of webhooks and paste it into Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &quot;Send test notification&quot; in Shopify: the event appears in Tidings&apos; Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test item from Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test event sent by Tidings to check this connection. Nobody is notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify sent a delivery update without its shipment or order, so it cannot be matched to an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify sent a refund without its order, so it cannot be matched to an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify sent a stock update without its inventory item, so it cannot be matched to a product.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ShopifyPoller</name>
    <message>
        <source>Shopify answered with something that is not the list of orders Tidings asked for. Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify asked Tidings to slow down. Tidings will ask again when Shopify allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify refused Tidings&apos; question about orders: %1. Check that the access token may read orders (read_orders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify&apos;s answer did not contain the list of orders. Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Shopify access token is saved for &quot;%1&quot;, so its orders cannot be read. Add the Admin API access token in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::SourceCursors</name>
    <message>
        <source>Tidings could not read where it stopped reading a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not save where it stopped reading a source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::SourceHealthQueries</name>
    <message>
        <source>Tidings could not read how your connections are doing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Status</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateRenderer</name>
    <message>
        <source>The subject of this template has a mistake (%1). Check that every {{#section}} is closed with {{/section}} and every tag ends with }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML part of this template has a mistake (%1). Check that every {{#section}} is closed with {{/section}} and every tag ends with }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text part of this template has a mistake (%1). Check that every {{#section}} is closed with {{/section}} and every tag ends with }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::AddSourceWizard</name>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ConnectionsPage</name>
    <message>
        <source>&amp;Add connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a shop or order system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected connection, or see its setup again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While off, Tidings refuses the connection&apos;s webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a signed sample order to this computer&apos;s webhook address, as the platform would. Nobody is notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the webhook address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your shop or order system, and Tidings hears of every new order and shipment and tells your customers about it. A short guided setup shows what to do on the platform&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test event needs the connection to be on, with its secret saved, and Tidings receiving webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings has no test event for this platform. Use the platform&apos;s own test, if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connection to see how it is doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off: Tidings refuses its webhooks until you turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first event. Finish the setup on the platform&apos;s side (Edit shows the steps again), or send a test event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its latest request was refused; see why below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n today)</source>
        <translation>
            <numerusform>%1 (%n today)</numerusform>
            <numerusform>%1 (%n today)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, HTTP %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing refused since Tidings started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not receiving webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving webhooks at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. Its events appear in the Monitor as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is off; its webhooks are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test event for &quot;%1&quot; accepted; it is in the Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test event for &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?

Tidings will refuse its webhooks and delete its secret from the keychain. Events already received stay in the Monitor. Delete the webhooks in %2 too, or it keeps sending them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::EventDetailsView</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, will try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted (Tidings stopped while sending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages and delivery attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see what Tidings did about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings had already received this event (the same delivery, or a status the order had already reached), so it sent nothing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule asks for a message about this event, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider message id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

(Only the first %1 KiB of %2 KiB are shown.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::GenericMappingEditor</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (their word: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each field is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path in the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where each field is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON pointer such as /order/id, or a dotted path such as order.id or items.0.sku. Item fields are read inside each entry of the items list. Press F2 or start typing to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words your system uses for a status, in any case (e.g. &quot;Dispatched&quot; means shipped). Words that already are a Tidings status need no entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a status word (Insert in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected status word (Delete in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add status word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove status word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a body your system sends, e.g. from Zapier&apos;s test step or the sender&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sam&amp;ple body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test with this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the sample with this mapping (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>field label and its name in the mapping</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sample cannot be read with this mapping: %n problem(s). Fix the paths or the sample, then test again.</source>
        <translation>
            <numerusform>The sample cannot be read with this mapping: %n problem. Fix the paths or the sample, then test again.</numerusform>
            <numerusform>The sample cannot be read with this mapping: %n problems. Fix the paths or the sample, then test again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sample gives %n event(s).</source>
        <translation>
            <numerusform>The sample gives %n event.</numerusform>
            <numerusform>The sample gives %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample gives %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock change(s)</source>
        <translation>
            <numerusform>%n stock change</numerusform>
            <numerusform>%n stock changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MainWindow</name>
    <message>
        <source>Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Monitor needs the database to show events. Fix the problem above and start Tidings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells your customers about their orders: when your shop reports a new order, a shipment or a delivery, Tidings sends a message in your shop&apos;s style and shows you what happened to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MonitorModel</name>
    <message>
        <source>Duplicate — nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings had already received this event, so nothing was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule asks for a message about this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) for this event</source>
        <translation>
            <numerusform>%n message for this event</numerusform>
            <numerusform>%n messages for this event</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MonitorPage</name>
    <message>
        <source>Search order number, customer or email (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see what Tidings did about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events appear here as soon as your shop sends them. For each one you will see which messages Tidings sent, to whom, and whether they arrived at your email provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop sends its webhooks to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening for webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 of %n event shown</numerusform>
            <numerusform>%1 of %n events shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourceDetailsPage</name>
    <message>
        <source>e.g. Juniper &amp; Pine web shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name your %1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change its name or settings. The id stays: it is part of the address %1 already sends to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is for you; the id becomes part of the webhook address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id cannot change: it is part of the webhook address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters a-z, digits and dashes. Made from the name unless you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection already uses &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook address ends in /webhooks/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name, so you can tell it apart in the Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection an id of lower-case letters a-z, digits and dashes, starting with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection already uses the id &quot;%1&quot;. Choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;: %2 needs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourceMappingPage</name>
    <message>
        <source>Where the order details are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Tidings where each detail sits in what the sender posts, and what its status words mean. Paste a sample and test it before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourcePlatformPage</name>
    <message>
        <source>Where do your orders come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shop or system that will tell Tidings about new orders and shipments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, e.g. Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform matches &quot;%1&quot;. If yours is not listed, Tidings cannot receive from it yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourceSetupPage</name>
    <message>
        <source>&amp;Webhook address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the webhook address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cript to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address and steps, to check or redo the setup in %1. Click Save when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do these steps in %1, then click Finish. You can see them again later with Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the secret. The platform must then be given the new one, or its webhooks are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved secret could not be read (%1). Leave it empty to keep it, or enter a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this address to %1. It points to this computer (%2), so it works only when %1 can reach this computer: see &quot;If %1 cannot reach this computer&quot; below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 cannot reach this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends its webhooks over the internet, usually only to an https address. A computer behind a home or office router cannot be reached from the internet by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a tunnel on this computer, for example a Cloudflare Tunnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It gives you a public https address. Give %1 that address followed by %2 instead of the address above. A quick tunnel&apos;s address changes each time it starts; a named tunnel on your own domain keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or, where Tidings offers poll mode for %1, let Tidings ask %1 for new orders itself; then nothing needs to reach this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the %1 from %2 first; without it Tidings cannot tell its webhooks from forged ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings is not running, so the connection cannot be saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourcesModel</name>
    <message>
        <source>Turned off: its webhooks are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its latest request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: Tidings accepts its webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: Tidings refuses its webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refused request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::WebhookServer</name>
    <message>
        <source>Port %1 is already in use by another program, so Tidings cannot receive webhooks on it. Choose another port in Settings, or close the program that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system does not allow Tidings to use port %1. Ports below 1024 need administrator rights; choose a higher port in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no network address %1, so Tidings cannot receive webhooks on it. Check the listening address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not start receiving webhooks on %1, port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 request reached /healthz, which only answers GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 request reached the webhook address; webhooks must be sent with POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook was sent to %1, which names no connected shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request asked for %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook was sent for &quot;%1&quot;, which is not a connected shop that can receive webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook for %1 was refused because this connection is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook for %1 was refused because it is larger than %2 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook for %1 arrived before Tidings was ready to store it; the shop will send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook could not be stored; the shop will send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::WooCommerceAdapter</name>
    <message>
        <source>WooCommerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders, payments, status changes, cancellations, refunds, tracking numbers and stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings made this secret. Paste it into the &quot;Secret&quot; field of every WooCommerce webhook that sends to Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom order statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for statuses added by plugins: a JSON object from the WooCommerce status to one of Tidings&apos; statuses (pending, paid, on_hold, partially_shipped, shipped, delivered, completed, cancelled, refunded, partially_refunded, failed) or &quot;ignore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking meta key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if a tracking plugin other than WooCommerce Shipment Tracking or Advanced Shipment Tracking stores the tracking number: the order meta key it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WordPress admin, open WooCommerce → Settings → Advanced → Webhooks and click &quot;Add webhook&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name it &quot;Tidings – orders&quot;, set Status to &quot;Active&quot; and Topic to &quot;Order created&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: paste the webhook secret Tidings shows here. API version: &quot;WP REST API Integration v3&quot;. Click &quot;Save webhook&quot;; WooCommerce sends a test ping and Tidings answers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second webhook the same way with the topic &quot;Order updated&quot; (status changes, refunds and tracking numbers), and a third with &quot;Product updated&quot; if you want stock notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request reached this shop&apos;s webhook address without a WooCommerce signature, so it was refused. Only WooCommerce should send requests to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook secret is saved for this shop, so its webhooks cannot be checked and were refused. Add the secret in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match the secret saved for this shop. Check that the &quot;Secret&quot; field of the webhook in WooCommerce holds the secret Tidings shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce sent a webhook without a topic, so Tidings cannot tell what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce sent a webhook (%1) whose content is not a JSON object, so it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce sent a webhook (%1) without the id of the order or product, so it cannot be matched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::WooCommercePoller</name>
    <message>
        <source>WooCommerce answered with something that is not a list of orders. A security plugin or a maintenance page may be in the way; Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WooCommerce REST API key is saved for &quot;%1&quot;, so its orders cannot be read. Add the consumer key and secret in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings lost its place in WooCommerce&apos;s list of orders and starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
