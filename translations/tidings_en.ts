<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
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
        <source>--config goes with --headless. To load a file for the window, use: tidings config import FILE</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tidings config import FILE | tidings config export [--output FILE] | tidings config send-test CHANNEL ADDRESS | tidings config check CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window minimized (in the system tray where the desktop has one).</source>
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
    <message>
        <source>There is no channel &quot;%1&quot;. Channels: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
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
    <message>
        <source>Test deal from Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ActiveCampaignChannel</name>
    <message>
        <source>ActiveCampaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the customer to an ActiveCampaign automation, which sends the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign → Settings → Developer → API Access: Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign → Settings → Developer → API Access: URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the automation to start (in its address when you open it in ActiveCampaign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In ActiveCampaign, build an automation that starts with &quot;Runs once&quot; or &quot;API&quot; and sends your message; note its number from the address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → Developer and copy the URL and the Key under API Access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the URL, the key and the automation number here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account API address is set for %1. Copy it from ActiveCampaign → Settings → Developer.</source>
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
        <source>ActiveCampaign saved the contact but gave no contact number. Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign refused the connection check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key works, but automation %1 is inactive, so it would send nothing. Activate it in ActiveCampaign → Automations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key works and automation %1 is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key works and automation %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign is limiting how fast this account may make requests. Tidings will try again when ActiveCampaign allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automation number is set for %1. Add it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign has no automation number %1 in this account. Check the automation number and the account API address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign answered the connection check in an unexpected way (HTTP %1). Check the account API address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign refused the connection check (HTTP %1). Check the account API address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign answered the connection check without the automation. Check the account API address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign refused the API key. Check the key and the account address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveCampaign did not find the account address or the automation (HTTP 404). Check both in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ActivityQueries</name>
    <message>
        <source>Tidings could not count today&apos;s activity.</source>
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
    <message>
        <source>Test parcel from Tidings</source>
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
    <message>
        <source>Which column holds what, as JSON: column id or name → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice or currency. For stock levels: sku, productName, stockQuantity, stockStatus and location; a row with a SKU and a quantity or stock status but no order id is read as the product&apos;s stock.</source>
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
    <name>Tidings::AirtablePoller</name>
    <message>
        <source>Airtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field map of &quot;%1&quot; is empty, so Tidings cannot tell which columns hold the order, the status and the tracking number. Fill it in the source&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field map of &quot;%1&quot; mixes column names and column ids (&quot;fld…&quot;). Use the names as they appear in the table&apos;s header, or only ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the last-changed column of &quot;%1&quot; the way the field map names columns: by its name in the table&apos;s header, or by its &quot;fld…&quot; id when the field map uses ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last-changed column of &quot;%1&quot; is named &quot;%2&quot;; Tidings cannot use a column whose name holds { or }. Rename the column in Airtable and in the source&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable answered with something that is not a list of rows. Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and changed order rows in an Airtable table: statuses, tracking numbers, customers, read every few minutes. No webhook to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it at airtable.com/create/tokens with the scope data.records:read and access to the base with your orders. It starts with &quot;pat&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for https://api.airtable.com; change it only for a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base&apos;s address from the browser, or the id in it that starts with &quot;app&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s name exactly as on its tab, or its id (starts with &quot;tbl&quot;). Optional when the base address above includes the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only the rows this view shows (its name or &quot;viw…&quot; id), e.g. a view that hides test orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional but recommended: a column of the type &quot;Last modified time&quot;. With it, rows are read oldest change first and each change has its time.</source>
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
        <source>Open airtable.com/create/tokens and click &quot;Create token&quot;. Name it &quot;Tidings&quot;, add the scope data.records:read, and under Access add the base that holds your orders. Create it and paste the token (it starts with &quot;pat&quot;) here; Airtable shows it only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the orders table in your browser and paste its address as the base: Tidings reads the base id (&quot;app…&quot;) and the table id (&quot;tbl…&quot;) from it. Or type the table&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: add a field of the type &quot;Last modified time&quot; (all fields) to the table and enter its name as the last changed column, so every change is read in order and with its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the field map and the status map so Tidings knows which columns hold the order number, email, status and tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which Airtable base to read. Paste the base&apos;s address (or its id, starting with &quot;app&quot;) into its settings in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which table holds the orders. Enter the table&apos;s name in its settings in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table, view or column names of &quot;%1&quot; are too long for Airtable&apos;s address limit. Use the table&apos;s and view&apos;s ids (&quot;tbl…&quot;, &quot;viw…&quot;) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable refused the personal access token of &quot;%1&quot;. Check that the token still exists at airtable.com/create/tokens, and paste it again in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable does not let the token of &quot;%1&quot; read the table &quot;%2&quot; of the base %3: the token has no access to this base or lacks the scope data.records:read, or the base or table name is wrong. Check both at airtable.com/create/tokens and in the source&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable forgot where Tidings was in the list of rows of &quot;%1&quot;. Tidings starts the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable could not read the rows of &quot;%1&quot; with the columns in its settings (%2). Check the column names in the source&apos;s settings: they must match the table&apos;s header exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable does not know the last changed column &quot;%1&quot; of &quot;%2&quot; (%3). Enter the name of a &quot;Last modified time&quot; column exactly as the table&apos;s header shows it, or leave the setting empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table of &quot;%1&quot; has no view &quot;%2&quot;. Check the view&apos;s name in the source&apos;s settings, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable asked Tidings to slow down (at most 5 requests a second per base). Tidings will ask again in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable refused to list the rows of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Airtable personal access token is saved for &quot;%1&quot;, so its rows cannot be read. Add the token in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings lost its place in Airtable&apos;s list of rows and starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what, as JSON: column name (or &quot;fld…&quot; id) → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice or currency. Without orderId the row&apos;s own id is the order id. For stock levels: sku, productName, stockQuantity, stockStatus and location; a row with a SKU and a quantity or stock status but no order id is read as the product&apos;s stock.</source>
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
    <message>
        <source>&quot;brand.logoFile&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Backup</name>
    <message>
        <source>%1 is not a Tidings backup, or it is damaged. Choose a file made with File → Back up data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Tidings. Update Tidings, then restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data to back up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists, that you may write there and that the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup came out damaged and was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied into the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup chosen for restoring could not be used, so Tidings kept your current data. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not set your current data aside to restore the backup, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place, so Tidings kept your current data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::BrandLogo</name>
    <message>
        <source>This file is not a picture email can show. Choose a PNG, JPEG, GIF or WebP file (most logos are PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is %1 KiB; a logo for email can be at most %2 KiB, or every message gets slow to open. Save it smaller (about 600 pixels wide is plenty) and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 KiB; a logo for email can be at most %3 KiB, or every message gets slow to open. Save it smaller (about 600 pixels wide is plenty) and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Channel</name>
    <message>
        <source>This provider cannot be checked without delivering something. Send a test message to your own address instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelDelivery</name>
    <message>
        <source>Channel &quot;%1&quot;: &quot;retry&quot; must be an object such as {&quot;maxAttempts&quot;: 5, &quot;maxAgeHours&quot;: 24}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: unknown retry setting &quot;%2&quot; (expected one of: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: &quot;retry.%2&quot; must be a whole number from 1 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: &quot;fallbackChannelId&quot; must be the id of another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; cannot be its own fallback channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the fallback channel &quot;%2&quot; is not in &quot;channels&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the fallback channel &quot;%2&quot; must send the same kind of message (email to email, text message to text message).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelFactory</name>
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
    <message>
        <source>No %1 is saved for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelHttp</name>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
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
        <source>The message has no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 address of %2 must be an https:// address. Check it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelTest</name>
    <message>
        <source>Alex Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stoneware mug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loose-leaf tea, 100 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in shipping template is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1 accepted the test message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1 accepted the test message (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
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
    <message>
        <source>A channel with the id &quot;%1&quot; already exists. Choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) send through this channel. Point them at another channel first, or turn the channel off instead.</source>
        <translation>
            <numerusform>%n rule sends through this channel. Point it at another channel first, or turn the channel off instead.</numerusform>
            <numerusform>%n rules send through this channel. Point them at another channel first, or turn the channel off instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>That channel no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo picture is missing from the store.</source>
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
    <name>Tidings::DelayDetection</name>
    <message>
        <source>Choose between %1 and %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::DelayWatcher</name>
    <message>
        <source>Tidings could not check for delayed parcels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::DiagnosticReport</name>
    <message>
        <source>Tidings diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys, tokens and passwords are not in this report: Tidings keeps them in the system&apos;s keychain and blanks anything in the log that looks like one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent log (%1 of %2 lines)</source>
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
    <message>
        <source>The channel &quot;%1&quot; cannot send until its account is signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The message waits until the account is signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings stopped while handing this message to the provider, so it may or may not have gone out. Check with the customer if you can, then Resend it, or choose Don&apos;t Send Again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The message goes through the fallback channel &quot;%2&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent through fallback channel &quot;%1&quot; while &quot;%2&quot; waits to be signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent through fallback channel &quot;%1&quot; after &quot;%2&quot; failed %n times.</source>
        <translation>
            <numerusform>Sent through fallback channel &quot;%1&quot; after &quot;%2&quot; failed %n time.</numerusform>
            <numerusform>Sent through fallback channel &quot;%1&quot; after &quot;%2&quot; failed %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; failed %n times in a row: Tidings sends it through the fallback channel &quot;%3&quot; next.</source>
        <translation>
            <numerusform>%1 &quot;%2&quot; failed %n time in a row: Tidings sends it through the fallback channel &quot;%3&quot; next.</numerusform>
            <numerusform>%1 &quot;%2&quot; failed %n times in a row: Tidings sends it through the fallback channel &quot;%3&quot; next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n hours without success: %1</source>
        <translation>
            <numerusform>Gave up after %n hour without success: %1</numerusform>
            <numerusform>Gave up after %n hours without success: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings could not record the shop&apos;s brand.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Tidings is not running, so it cannot check the connection now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the %1 from %2; without it Tidings cannot read its orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed sign-in of channel %1 could not be saved in the keychain: %2 Tidings keeps using it until it stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings cannot send through “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; cannot be used: use lower-case letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel with the id &quot;%1&quot; already exists. Choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings is still saving this channel. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel was removed, but its secret could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That channel no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That channel has no such key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed sign-in of &quot;%1&quot; could not be saved in the keychain: %2 Tidings keeps using it while it runs; after a restart, connect the source again in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings is not sending right now (it did not start). See the message at the top of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the fallback channel of &quot;%2&quot;. Choose another fallback there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accent colour must look like #2f6f4f. Choose one with the colour button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a web address starting with https://, so that your customers&apos; mail programs can show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a channel that is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts go to a Slack channel. Add one under Channels first, then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; must be a web address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the email address (or phone number) the test should go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel &quot;%1&quot; to send stock alerts through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address stock alerts go to, such as team@yourshop.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock alerts go to your team by chat or email; %1 sends neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the email channel your customers are told through.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ExtraCertificates</name>
    <message>
        <source>Tidings cannot read the certificate file %1 named by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 named by %2 holds no certificate. It must hold one or more PEM certificates (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::FailureAlert</name>
    <message>
        <source>Tidings could not queue the alert to your staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: a message could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not send &quot;%1&quot; to %2 for order %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::FallbackMove</name>
    <message>
        <source>Tidings could not record a move to a fallback channel.</source>
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
    <message>
        <source>A back-in-stock request needs the product&apos;s SKU (sku or productId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A back-in-stock request needs the customer&apos;s email address (customerEmail); &quot;%1&quot; is none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::GmailChannel</name>
    <message>
        <source>Gmail / Google Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email from your Gmail or Google Workspace address through the Gmail API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud console → APIs &amp; Services → Credentials → your OAuth client (type Desktop app) → Client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address you sign in with, or one of its &quot;Send mail as&quot; aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name customers see, e.g. your shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the Gmail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud console → APIs &amp; Services → Credentials → your OAuth client → Client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://gmail.googleapis.com; change only for testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google token address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://oauth2.googleapis.com/token; change only for testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Google Cloud console, create a project (or pick one) and enable the Gmail API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Google Auth Platform → Branding/Audience, set up the consent screen. While its publishing status is &quot;Testing&quot;, Google ends the sign-in after 7 days: publish it (or use a Workspace &quot;Internal&quot; app) to stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail is limiting how fast this account may send. Tidings will try again when Gmail allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Google Cloud project has used up its Gmail API quota for today. Tidings will try again later; a higher quota can be requested in the Google Cloud console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Google Workspace administrator does not allow Tidings to use Gmail for this account. Ask them to allow the app in the Admin console (Security → API controls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail took too long to read the message. Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail rejected the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail rejected the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large for Gmail (35 MB at most). Make the email smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail refused the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail refused the message (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by &quot;Sign in with Google&quot;. Or paste a refresh token of the Gmail account for this OAuth client, with the scope gmail.send (&quot;Send email on your behalf&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://accounts.google.com/o/oauth2/v2/auth; change only for testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Credentials, create an OAuth client ID of type &quot;Desktop app&quot; and copy its client ID and secret here. A Desktop app client needs no redirect URI: Google lets it come back to this computer on any port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &quot;Sign in with Google&quot; and sign in with the Gmail account the notifications should come from, allowing &quot;Send email on your behalf&quot; (or paste a refresh token you got another way). Gmail&apos;s own limits apply: about 500 messages a day for a Gmail account, 2,000 for Google Workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not signed in to Google yet. Sign in again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth client ID is set for %1. Add it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client ID of %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Gmail address is set for %1. Add it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google does not allow Tidings to send from this account (the permission to send email was not given). Sign in again in Channels and allow &quot;Send email on your behalf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google refused Tidings&apos; sign-in for this account. Sign in again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail did not recognise the request (HTTP 404). Check the Gmail API address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail answered with a redirect (HTTP %1). Check the Gmail API address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::GoogleSheetsPoller</name>
    <message>
        <source>Google Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this OR the two Google sign-in fields below. Only for a sheet shared as &quot;Anyone with the link can view&quot;; Google Cloud console → APIs &amp; Services → Credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token (Google sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret (Google sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of the OAuth client the refresh token was made with. Leave empty with an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Sheets API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for https://sheets.googleapis.com; change it only for a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet&apos;s address from the browser, or the id in it (the part after /d/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cells to read, first row = the column names. Quote a tab name with spaces: &apos;Order log&apos;!A1:Z. Default: the first tab, columns A to Z. At most %1 rows are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the number the customer sees (default &quot;Order Number&quot;, when the sheet has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the order&apos;s status (default &quot;Status&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the customer&apos;s email address (default &quot;Email&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the customer&apos;s name (default &quot;Customer&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the tracking number (default &quot;Tracking Number&quot;). A number appearing here is a new shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the carrier&apos;s name (default &quot;Carrier&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking link column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the tracking page address (default &quot;Tracking URL&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a column with the time each row was last changed (e.g. 2026-03-01 14:05:00). With it, every change of the row counts, not only status and tracking changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object from the words in your status column to Tidings&apos; statuses, or &quot;ignore&quot;. &quot;New&quot;, &quot;Processing&quot;, &quot;Dispatched&quot;, &quot;Sent&quot;, &quot;Done&quot;, &quot;Returned&quot;, &quot;On hold&quot; and Tidings&apos; own names are known already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID (Google sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with a refresh token: the OAuth client&apos;s ID, ending in .apps.googleusercontent.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token address (Google sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for https://oauth2.googleapis.com/token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Google Cloud console (console.cloud.google.com), pick or create a project and enable the &quot;Google Sheets API&quot; under APIs &amp; Services → Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared sheet: under APIs &amp; Services → Credentials, &quot;Create credentials&quot; → &quot;API key&quot;, restrict it to the Google Sheets API, and paste it here. In the sheet, Share → General access → &quot;Anyone with the link&quot; → Viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the first row of the range holds the column names, and enter the names you use for the order id, status, email and tracking columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Sheets answered with something that is not the sheet&apos;s cells. Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet of &quot;%1&quot; has %2 rows; Tidings reads at most %3 on each check. Narrow the range in the source&apos;s settings, or move finished orders to another tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row of the sheet of &quot;%1&quot; has no column &quot;%2&quot;. Check that the column name is spelled the same in the sheet and in the source&apos;s settings, and that the range starts at the row with the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google refused the API key of &quot;%1&quot;. Check the key in Connections, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Sheets could not read the range &quot;%1&quot; of &quot;%2&quot;. Check the tab name and the columns in the source&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google does not let the API key of &quot;%1&quot; read the sheet. Share the sheet as &quot;Anyone with the link can view&quot;, and check that the Google Sheets API is enabled for the key&apos;s project, or sign in with Google instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Google account of &quot;%1&quot; may not read this sheet, or the Google Sheets API is not enabled for its project. Share the sheet with that account, or connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google has no spreadsheet &quot;%1&quot; for &quot;%2&quot;. Check the spreadsheet address in the source&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which spreadsheet to read. Paste the sheet&apos;s address into its settings in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither an API key nor a Google sign-in is saved for &quot;%1&quot;, so its sheet cannot be read. Add one in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a private sheet, instead of an API key: filled in when you click &quot;Sign in with Google&quot; and sign in with a Google account that can view the sheet (Tidings asks only to read spreadsheets). You can also paste one made with the scope spreadsheets.readonly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page address (Google sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for https://accounts.google.com/o/oauth2/v2/auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private sheet instead: under Credentials create an &quot;OAuth client ID&quot; of type &quot;Desktop app&quot; and publish the consent screen (&quot;In production&quot;; in &quot;Testing&quot; Google ends the sign-in after 7 days). Enter its client ID in the settings, paste its client secret here, and click &quot;Sign in with Google&quot;: sign in with an account that can view the sheet and allow Tidings to see your spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders kept in a spreadsheet, one row per order: new rows, status changes and tracking numbers, read every few minutes. Also stock levels, one row per product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name in the first row of the column that holds each order&apos;s id (default &quot;Order ID&quot;). Rows without an id are skipped, unless they hold a product&apos;s stock. A stock sheet needs no such column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU column (stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For stock levels: the column with each product&apos;s SKU (default &quot;SKU&quot; or &quot;Product SKU&quot;). A row with a SKU and a stock quantity or stock status but no order id is read as the product&apos;s stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock quantity column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with how many are in stock (default &quot;Stock&quot;, &quot;Quantity&quot;, &quot;Qty&quot;, &quot;Available&quot; or &quot;On hand&quot;; in a sheet that also has order ids, &quot;Quantity&quot; and &quot;Qty&quot; count only when named here). Decimals are rounded down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock status column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with words like &quot;In stock&quot;, &quot;Low&quot;, &quot;Out of stock&quot;, &quot;Sold out&quot; or &quot;Backorder&quot; (default &quot;Stock status&quot; or &quot;Availability&quot;). Not needed when the sheet has a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product name column (stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the product&apos;s name, shown in stock messages (default &quot;Product&quot;, &quot;Product name&quot; or &quot;Item&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse column (stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column naming the warehouse or location, when the stock is kept in several (default &quot;Location&quot; or &quot;Warehouse&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::GraphChannel</name>
    <message>
        <source>Microsoft 365 / Outlook (Graph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email from your Microsoft 365 or Outlook.com mailbox through Microsoft Graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for an app registered as a web app: Entra admin center → App registrations → your app → Certificates &amp; secrets. Desktop (public client) registrations have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://graph.microsoft.com; national clouds have their own (e.g. https://graph.microsoft.us).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra admin center → App registrations → your app → Overview → Application (client) ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common (work, school and personal accounts), organizations, consumers, or your tenant&apos;s ID or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://login.microsoftonline.com; national clouds have their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the mailbox itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy in Sent Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true (default): each notification also appears in the mailbox&apos;s Sent Items; false: it does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under API permissions, add Microsoft Graph → Delegated → Mail.Send and offline_access (an administrator may have to grant consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox must be an Exchange Online mailbox (Microsoft 365 or Outlook.com); Microsoft&apos;s own sending limits apply (about 30 messages a minute and 10,000 recipients a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft account has no Exchange Online mailbox Graph can send from. Sign in with a Microsoft 365 or Outlook.com mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending mailbox is full. Free up space in it (Sent Items, Deleted Items), or turn off &quot;Keep a copy in Sent Items&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft does not let this account send as that sender. Check the mailbox&apos;s send-as permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft is limiting how fast this mailbox may send. Tidings will try again when Microsoft allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph took too long to read the message. Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft refused the recipient address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft does not allow this account to send mail through Tidings (Mail.Send permission missing or blocked by an administrator). Check the app&apos;s permissions and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large for Microsoft Graph. Make the email smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph refused the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph refused the message (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by &quot;Sign in with Microsoft&quot;. Or paste a refresh token of the mailbox for this app registration, with Mail.Send and offline_access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, open App registrations → New registration. Allow the account types you sign in with and add the redirect URI http://127.0.0.1 under &quot;Mobile and desktop applications&quot; (not &quot;Web&quot;; Microsoft accepts any port for it, and Tidings picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Application (client) ID here, then click &quot;Sign in with Microsoft&quot; and sign in with the mailbox the notifications should come from (or paste a refresh token you got another way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not signed in to Microsoft yet. Sign in again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application (client) ID is set for %1. Add it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID or tenant of %1 contains characters Microsoft never uses. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft refused Tidings&apos; sign-in for this mailbox. Sign in again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph did not find the mailbox or address (HTTP 404). Check the Graph address in Channels and that the account has a mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph answered with a redirect (HTTP %1). Check the Graph address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::HttpChannel</name>
    <message>
        <source>%1 cannot be reached: the network is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was stopped before %1 answered. %1 may or may not have taken the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. The message may still have been sent; Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not find the %1 server (%2). Check the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server (%2) refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed. Check the computer&apos;s date and any proxy or security software that inspects HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not reach %1. It will try again when the connection works.</source>
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
    <name>Tidings::HubSpotChannel</name>
    <message>
        <source>HubSpot transactional email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email through a HubSpot transactional email, filled with Tidings&apos; message and order details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot → Settings → Integrations → Private Apps → your app → Auth → Access token, with the transactional-email scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.hubapi.com unless HubSpot told you otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactional email ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the transactional email in HubSpot (Marketing → Email, open it: the number in the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the email&apos;s sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure your HubSpot account has the Transactional Email add-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Marketing → Email, create a transactional email whose subject and body use the custom properties {{ custom.subject }}, {{ custom.html }} (or {{ custom.text }}) and, if you like, {{ custom.order_number }} and {{ custom.tracking_url }}. Publish it and copy its ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Settings → Integrations → Private Apps, create an app with the transactional-email scope and copy its access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token and the email ID here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token is saved for %1.</source>
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
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
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
        <source>the access token may send HubSpot transactional email (HubSpot checks the email ID %1 when the first message is sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused the connection check (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused the connection check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot is limiting how fast this account may send. Tidings will try again when HubSpot allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot does not allow this app to send transactional email. Give the private app the transactional-email scope (the account needs the Transactional Email add-on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactional email ID is set for %1. Add the number of the HubSpot email in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot answered the connection check in an unexpected way (HTTP %1). Check the server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused the access token. Check the token in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot did not find the transactional email or the address (HTTP 404). Check the email ID and the server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::HubSpotPoller</name>
    <message>
        <source>HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot answered with something that is not a list of records. Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused the key of this source. Check in HubSpot that the service key (Development → Keys → Service keys) or private app still exists, then copy its key again into Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot does not let this source&apos;s key read %1 and their contacts. In HubSpot, add the scopes %2 to the service key (Development → Keys → Service keys) or private app, and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stages and commerce orders (stage, tracking number, customer contact), read every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot shows it under Development → Keys → Service keys → your key → Show. An existing private app&apos;s access token (&quot;pat-…&quot;, Development → Legacy apps → your app → Auth) works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty: Tidings uses https://api.hubapi.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;deals&quot; (deal stages), &quot;orders&quot; (HubSpot commerce orders, with tracking numbers) or &quot;both&quot;.</source>
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
        <source>In HubSpot, open Development → Keys → Service keys and click &quot;Create service key&quot;. Name it &quot;Tidings&quot;. (A private app you made before works too: use its access token.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the scopes crm.objects.deals.read (for deals), crm.objects.orders.read (for orders) and crm.objects.contacts.read (for the customers&apos; email addresses). Nothing needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &quot;Create&quot;, open the key, click &quot;Show&quot; and paste the key here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to read (deals, orders or both) and fill in the stage map, so Tidings knows which stage means paid, shipped or delivered. Stage ids are under Settings → Objects → Deals (or Orders) → Pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings writes to the contact associated with each deal or order: associate the buyer&apos;s contact record, with an email address, to the deal or order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HubSpot access token is saved for &quot;%1&quot;, so its deals and orders cannot be read. Add the HubSpot service key in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings lost its place in HubSpot&apos;s list of changes and starts again.</source>
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
    <message>
        <source>Skipped: older than the status already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: no new status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1 was already told of this (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment delayed: no news from the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the carrier sent news after the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order held by a backorder</source>
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
        <source>Product %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: older than the stock of %1 already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for %2 to be back in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them already waited</source>
        <translation>
            <numerusform>%n of them already waited</numerusform>
            <numerusform>%n of them already waited</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::InventoryQueries</name>
    <message>
        <source>Tidings could not read the stock levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A low-stock threshold cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not save the shop&apos;s low-stock threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings knows no product %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not save the low-stock threshold of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not save the waiting customers; none were added.</source>
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
    <message>
        <source>No system keychain is running, and Tidings keeps its passwords and keys only there. Install GNOME Keyring (package gnome-keyring) or KWallet, log out and in again, and start Tidings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, and Tidings keeps its passwords and keys only there. Log in to your desktop and start Tidings again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::KlaviyoChannel</name>
    <message>
        <source>Klaviyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order and shipping events for Klaviyo flows, which send the emails and texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo → Settings → API keys → Create Private API Key, with Events: Full Access. It starts with pk_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://a.klaviyo.com unless Klaviyo told you otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put before the status to name the metric your flows start from, e.g. &quot;Tidings &quot; gives &quot;Tidings Shipped&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dated Klaviyo API version to use. Leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Klaviyo, open Settings → API keys and create a Private API key with Events set to Full Access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key (it starts with pk_) and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one test notification, then in Klaviyo create a flow triggered by the metric it created (for example &quot;Shipped&quot;) and design the message there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private API key is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API revision of %1 must be a date like 2024-10-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric name prefix of %1 contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has neither an email address nor a phone number in international form, so Klaviyo cannot tell who the event is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private API key may read events (sending them needs Events: Full Access in Klaviyo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Klaviyo API key may not use events. Give it Events: Full Access in Klaviyo → Settings → API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo is limiting how often this key may call it. Try the check again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo refused the check (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo refused the check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo is limiting how fast this account may send events. Tidings will try again when Klaviyo allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Klaviyo API key may not create events. Give it Events: Full Access in Klaviyo → Settings → API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo refused the event (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo refused the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo refused the private API key. Check the key in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::LogBook</name>
    <message>
        <source>Tidings could not make the folder for its log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not write its log file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::MagentoPoller</name>
    <message>
        <source>Magento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magento answered with something that is not a list of orders. A maintenance page or a firewall may be in the way; Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magento refused the access token of this source (HTTP 401). Check that the integration is active and may read orders and shipments, and that Stores → Configuration → Services → OAuth → Consumer Settings allows OAuth access tokens to be used as standalone Bearer tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magento / Adobe Commerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From System → Extensions → Integrations → Tidings → Activate: the &quot;Access Token&quot; (not the consumer key or secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your Magento shop, without /rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store view code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the default store view; otherwise the store view&apos;s code, as in /rest/&lt;code&gt;/V1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom order statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for statuses your shop added: a JSON object from the Magento status code to one of Tidings&apos; statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Magento Admin, open System → Extensions → Integrations and click &quot;Add New Integration&quot;. Name it &quot;Tidings&quot; and enter your Admin password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &quot;Activate&quot; next to the integration, then &quot;Allow&quot;, and copy the Access Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Magento 2.4.4 or newer: in Stores → Configuration → Services → OAuth → Consumer Settings, set &quot;Allow OAuth Access Tokens to be used as standalone Bearer tokens&quot; to Yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Magento access token is saved for &quot;%1&quot;, so its orders cannot be read. Add the integration&apos;s access token in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings lost its place in Magento&apos;s list of orders and starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magento read out the orders but refused to show the stock levels (HTTP 401). In System → Extensions → Integrations → Tidings → API, also tick Stores → Inventory → Sources, or switch off &quot;Read stock levels&quot; for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magento answered with something that is not a list of stock levels. A maintenance page or a firewall may be in the way; Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders, status changes, cancellations, refunds, shipments, tracking numbers and stock levels, read every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read stock levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;true&quot; (or empty) to also read how many of each product every warehouse (inventory source) holds, for stock messages; &quot;false&quot; to read orders only. A shop without Magento&apos;s inventory sources simply has no stock to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under API, choose Resource Access &quot;Custom&quot; and tick only Sales (with Operations) → Orders → Actions → View, Sales → Operations → Shipments and, for stock levels, Stores → Inventory → Sources, then Save. Tidings only reads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::MailgunChannel</name>
    <message>
        <source>Mailgun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email through Mailgun&apos;s Messages API (US or EU region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun → Sending → Domain settings → Sending API keys (a key for this domain only), or your account&apos;s private API key under API Security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.mailgun.net for domains in the US region, https://api.eu.mailgun.net for domains in the EU region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain you send from, exactly as Mailgun lists it under Domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address at the sending domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: Mailgun accepts each message but delivers nothing (test messages still count towards your plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Mailgun, open Sending → Domains and add your shop&apos;s domain (or a subdomain such as mg.your-shop). Note whether it is in the US or the EU region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the DNS records Mailgun shows to your domain and wait until Mailgun marks the domain as verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the domain&apos;s settings → Sending API keys, create a key and copy it (Mailgun shows it once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key here, enter the domain, and choose the region the domain is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain name. Enter the sending domain of %2 as Mailgun lists it (e.g. mg.your-shop.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key may send mail from %1 (test mode is on: Mailgun accepts messages but delivers none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key may send mail from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun is limiting how often this account may call it. Try the check again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun is limiting how fast this account may send. Tidings will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun took too long to read the message. Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun rejected the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun rejected the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun&apos;s sandbox domain only sends to authorized recipients. Add your own domain in Mailgun, or add this address as an authorized recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun refused to send from this domain. Check the domain&apos;s status in your Mailgun account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun refused to send from this domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large for Mailgun (it accepts up to 25 MB). Make the email smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun refused the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun refused the message (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sending domain is set for %1. Add it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun gave an unexpected answer to the check (HTTP 400). Check the region address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun refused the API key. Check the key in Channels, and that the region (US or EU) is the one your domain is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun does not know this sending domain here. Check the domain in Channels and whether it is in the US or the EU region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun answered with a redirect (HTTP %1). Check the Mailgun region address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::MandrillChannel</name>
    <message>
        <source>Mailchimp Transactional (Mandrill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email through Mailchimp Transactional (Mandrill), with its own templates if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill → Settings → SMTP &amp; API Info → New API Key. A test key accepts messages but delivers nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address at a domain verified in Mandrill (Settings → Domains).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the slug of a Mandrill template to send instead of Tidings&apos; own text. The order details reach it as merge variables (e.g. *|ORDER_NUMBER|* or {{order.number}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailchimp for *|TAG|* templates, handlebars for {{tag}} templates (Mandrill&apos;s default: mailchimp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subaccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the id of the Mandrill subaccount to send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Mailchimp Transactional (mandrillapp.com), open Settings → Domains, add your shop&apos;s domain and complete its DKIM and SPF verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → SMTP &amp; API Info and click New API Key. Copy the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key here and enter a sender address at the verified domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
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
        <source>The notification has no recipient address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
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
        <source>the API key is valid (Mandrill checks the sender&apos;s domain when it sends).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill is limiting how often this account may call it. Try the check again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill did not accept the check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill accepted the request but sent to no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: it considers the address invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill had a temporary problem. Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill will not send until the account is paid for (Mailchimp Transactional needs a paid plan or credits). Check billing in your Mailchimp account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill refused to send for this sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill refused to send for this sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill rejected the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill rejected the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill is limiting how fast this account may send. Tidings will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill refused the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill refused the message (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge language of %1 must be “mailchimp” or “handlebars”. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template or subaccount of %1 contains a line break. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill gave an unexpected answer to the check. Check the server address in Channels (normally https://mandrillapp.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill refused the API key. Check the key in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill does not know the subaccount set for this channel. Check it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill does not have the template named for this channel. Check the template name in Channels and that the template is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: mail to this address bounced before (it does not exist or refuses mail), so Mandrill blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: mail to this address bounced several times lately (e.g. a full mailbox). Mandrill blocks it for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: this customer marked an earlier email as spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: this customer unsubscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: the address is on your Mandrill account&apos;s rejection list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill refused the sender address. Verify the sending domain in Mandrill (Settings → Domains) and check the sender address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: the API key is a test key and its test-mode limit is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill refused the message because the sending domain is not verified (DKIM/SPF). Verify it in Mandrill (Settings → Domains).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: a rule in your Mandrill account blocked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill rejected the message to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandrill rejected the message to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::ManualNotifications</name>
    <message>
        <source>That event is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is no longer stored, so nothing can be sent for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who should receive the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Type it again on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter one with its country code, like +44 20 7946 0958.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not queue the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is missing or switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event names no order Tidings has stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not read the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not queue the event&apos;s messages.</source>
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
    <name>Tidings::MimeMessage</name>
    <message>
        <source>An image for the email (%1) has a name or type email cannot carry. Use a PNG, JPEG, GIF or WebP file with a plain file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images in this email are too large (%1 KiB; at most %2 KiB). Use a smaller logo.</source>
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
        <source>The notification has no recipient address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has neither text nor HTML, so there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender name contains a line break. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address is not an email address. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply-to address is not an email address. Correct it in Channels.</source>
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
    <name>Tidings::NetSuitePoller</name>
    <message>
        <source>Oracle NetSuite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales orders, their status changes, and shipped item fulfilments with tracking numbers, read every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the integration record; NetSuite shows it once, when the record is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with the consumer key, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the access token; NetSuite shows it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with the token ID, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use https://&lt;account id&gt;.suitetalk.api.netsuite.com. Setup → Company → Company Information → Company URLs shows yours (SUITETALK (SOAP AND REST WEB SERVICES)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup → Company → Company Information → Account ID, e.g. 1234567, or 1234567_SB1 for a sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone in the preferences of the NetSuite user the token belongs to (Home → Set Preferences), e.g. America/Chicago. NetSuite shows times in that zone. Empty means UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to change how NetSuite&apos;s status letters read: a JSON object with &quot;order&quot; (sales order letters A–H) and &quot;shipment&quot; (fulfilment letters A–C) tables to Tidings&apos; statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In NetSuite, open Setup → Company → Enable Features → SuiteCloud and tick &quot;Token-Based Authentication&quot; and &quot;REST Web Services&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup → Users/Roles → Manage Roles → New: a role &quot;Tidings (read only)&quot; with the permissions Transactions: Sales Order (View) and Item Fulfillment (View); Setup: Log in using Access Tokens (Full) and REST Web Services (Full); Reports: SuiteAnalytics Workbook (Edit). Give the role to the user Tidings reads as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup → Integration → Manage Integrations → New: name &quot;Tidings&quot;, tick &quot;Token-Based Authentication&quot;, untick the authorization code grant, and Save. Copy the consumer key and secret now; NetSuite shows them once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup → Users/Roles → Access Tokens → New: the &quot;Tidings&quot; application, that user and the &quot;Tidings (read only)&quot; role, then Save. Copy the token ID and secret now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the four values here, with the account ID and that user&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite answered with something that is not the list of sales orders Tidings asked for. Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NetSuite account ID of &quot;%1&quot; is missing. Add it in Connections (Setup → Company → Company Information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NetSuite access token of &quot;%1&quot; is incomplete, so its sales orders cannot be read. Add the consumer key and secret and the token ID and secret in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings does not know the time zone &quot;%1&quot; set for &quot;%2&quot;. Use a name such as America/Chicago or Europe/London.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings lost its place in NetSuite&apos;s list of sales orders and starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite refused the access token of &quot;%1&quot; (HTTP %2). Check the account ID, the consumer key and secret and the token ID and secret, and that the token&apos;s role may log in with access tokens; NetSuite&apos;s Login Audit Trail says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite refused Tidings&apos; question about sales orders: %1. Check that the token&apos;s role may view sales orders and item fulfilments and use SuiteAnalytics Workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
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
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::NotificationActions</name>
    <message>
        <source>Enter who should receive the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Type it again on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter one with its country code, like +44 20 7946 0958.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not queue the message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That message is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has not gone out yet, so there is nothing to resend. Wait for it, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not cancel the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is being handed to the provider right now and can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages that are still waiting can be cancelled; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent again: you decided so after Tidings was interrupted while sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by you before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::OAuth2Session</name>
    <message>
        <source>%1 no longer accepts the sign-in Tidings was given (it was revoked, expired, or the password changed). Connect the source again in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the client id or client secret of this source. Check both in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in request (%2). Check the source&apos;s settings in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings has no sign-in for %1 yet. Add it in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::OAuthHttpChannel</name>
    <message>
        <source>No network access is available to send messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 account is signed in, but sending mail was not allowed. Sign in again and allow Tidings to send email on your behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in to %1; Tidings may send mail as this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts the sign-in Tidings was given for %2 (it was revoked or expired, or the password changed). Sign in again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the client ID or client secret of %2. Check both in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::OAuthSignIn</name>
    <message>
        <source>Tidings cannot sign in with %1: it has no network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings does not know what to ask %1 for (no scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not open the address on this computer that %1 sends the browser back to. Try again; if it keeps failing, a security program may block it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and go back to Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not prepare the sign-in with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in with %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in Tidings is waiting for, so it was not used. Close this tab and start the sign-in again in Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 that came back through the browser does not belong to the sign-in Tidings started, so it was not used. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings was not given access. You can close this tab and go back to Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not allow Tidings to send email with your %1 account, so it is not signed in. To use it, sign in again and allow access on %1&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in. You can close this tab; Tidings shows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not reach %1 to finish the sign-in (%2). Check the internet connection and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the sign-in in a way Tidings does not understand. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google signed you in but gave Tidings no refresh token, which it only gives the first time you allow an app. Remove Tidings&apos; access at myaccount.google.com/permissions and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed you in but gave Tidings no refresh token, so Tidings could not stay signed in. Check that the app may ask for offline access and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a temporary problem finishing the sign-in (HTTP %2). Sign in again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in with %1 was not finished in time. Start it again and finish it in the browser window that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client ID is set for signing in with %1. Add it in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID for signing in with %1 contains spaces or line breaks. Paste it again in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 sign-in address must be an https:// address. Check it in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 sends the browser back to must look like http://localhost:1717/path (this computer, with a port). Check it in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on this computer, where %2 sends the browser back to, is in use by another program (a command-line tool signing in, perhaps). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused Tidings&apos; client ID or client secret: %2. Check both in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::OrderTimelineQueries</name>
    <message>
        <source>Tidings could not read this order&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing stored for this order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::PollScheduler</name>
    <message>
        <source>Tidings could not save what it found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings cannot read orders from this kind of connection (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::PollSignIn</name>
    <message>
        <source>Connections</source>
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
    <message>
        <source>Tidings could not read the stock levels it knows.</source>
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
    <message>
        <source>Check every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often Tidings asks for new and changed orders. Shorter means quicker messages and more requests to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First check reaches back (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first check reads the orders of these last days, so later changes to them are noticed. Their customers are not written to about what happened before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::PreviewQueries</name>
    <message>
        <source>Tidings could not read your recent orders for the preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::QuietHours</name>
    <message>
        <source>Enter a start and an end time, like 21:00 and 08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start and end at the same time (%1). Choose an end time later than the start, like 21:00 to 08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Pick one from the list, like Europe/London or America/New_York.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages and Slack messages are sent at any time of day or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for quiet hours until %1 (the shop&apos;s time, %2). Nothing was sent and no try was used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages and Slack messages that would go out between %1 and %2 (%3 time) wait and are sent at %2; a text to a customer whose order has an address waits for %2 on the customer&apos;s clock. Nothing is lost and no try is used up. Emails are always sent at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for quiet hours until %1 (the customer&apos;s time, %2). Nothing was sent and no try was used up.</source>
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
    <name>Tidings::SalesforcePoller</name>
    <message>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce answered with something that is not a list of orders. Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in of &quot;%1&quot; even with a new access token. Check that the connected app&apos;s OAuth policies allow this user, then connect the source again in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Salesforce org has used up the API requests it is allowed in 24 hours, so &quot;%1&quot; cannot be checked now. Tidings tries again in an hour; Setup → Company Information shows the org&apos;s API usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is busy with too many long requests from your org. Tidings checks &quot;%1&quot; again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce does not let the user of &quot;%1&quot; read orders through the API. The user needs the &quot;API Enabled&quot; permission (not in Professional Edition without the API add-on) and read access to Orders, Contacts and Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce does not know one of the order fields &quot;%1&quot; asks for. Check the field names in the source&apos;s settings; custom fields end in __c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce has no order field &quot;%1&quot; that the user of &quot;%2&quot; can read. Check the field names in the source&apos;s settings (custom fields end in __c), or give the user access to the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders are not turned on in this Salesforce org, or the user of &quot;%1&quot; may not read them. Turn them on in Setup → Order Settings → Enable Orders, and give the user read access to Orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce could not run Tidings&apos; order query for &quot;%1&quot;. Check the field names in the source&apos;s settings (custom fields end in __c) and the API version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce does not know the API version &quot;%1&quot; asked for by &quot;%2&quot;. Leave the API version empty to use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce pointed Tidings to a next page that is not a list of orders on your org. Tidings starts the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce lost Tidings&apos; place in the list of orders. Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce signed Tidings in without saying where your org&apos;s data is. Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders and status changes of Salesforce Orders, with tracking numbers from your own fields, read every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce login address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for https://login.salesforce.com. Sandboxes: https://test.salesforce.com, or your org&apos;s My Domain address (https://yourcompany.my.salesforce.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key, shown next to the consumer secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which order Status means which order status, as JSON. Draft → pending and Activated → paid are built in; other statuses not listed count as their status category (Draft or Activated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: an order field with the customer&apos;s email address, when it is not the Bill To contact&apos;s email. Its API name, e.g. Customer_Email__c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the API name of the order field holding the tracking number. A number appearing here is a new shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the API name of the order field naming the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking link field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the API name of the order field holding the tracking page address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the app&apos;s policies, set &quot;Refresh Token Policy&quot; to &quot;Refresh token is valid until revoked&quot; and allow the user Tidings reads as. That user needs the &quot;API Enabled&quot; permission and read access to Orders, Contacts and Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your order statuses in the status map, and name the fields that hold tracking numbers, if you keep them on the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no Salesforce sign-in yet. Enter the connected app&apos;s consumer key and the refresh token in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API version of &quot;%1&quot; is not a Salesforce API version like %2. Leave it empty to use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce field name (setting &quot;%2&quot; of &quot;%3&quot;). Enter the field&apos;s API name, e.g. Tracking_Number__c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Salesforce org has used %1% or more of the API requests it is allowed in 24 hours. Tidings pauses checking &quot;%2&quot; until %3 to leave the rest to your other apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in when you click &quot;Sign in with Salesforce&quot; and sign in as the Salesforce user Tidings reads orders as. You can also paste one made with your app (scopes &quot;api&quot; and &quot;refresh_token, offline_access&quot;), for example with the Salesforce CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s consumer secret (External Client App Manager → your app → Settings → OAuth Settings → Consumer Key and Secret; older Connected Apps: App Manager → View → Manage Consumer Details). Leave empty only if the app does not require a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL (sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL entered in your app in Salesforce; Salesforce accepts only that exact address. Leave empty for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Salesforce Setup, open External Client App Manager and click &quot;New External Client App&quot; (older orgs: App Manager → &quot;New Connected App&quot;). Enable OAuth with the scopes &quot;Manage user data via APIs (api)&quot; and &quot;Perform requests at any time (refresh_token, offline_access)&quot;, enter the callback URL %1, and keep &quot;Require Proof Key for Code Exchange (PKCE)&quot; on: Tidings uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the consumer key and consumer secret from the app&apos;s OAuth settings (&quot;Consumer Key and Secret&quot;). Enter the key in the settings and paste the secret here. For a sandbox, set the login address to https://test.salesforce.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &quot;Sign in with Salesforce&quot; and sign in as that user. If the app rotates refresh tokens, Tidings keeps the newest one in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::SampleScenarios</name>
    <message>
        <source>Many items (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic names (right to left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item</source>
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
    <name>Tidings::SapCommercePoller</name>
    <message>
        <source>SAP Commerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Commerce refused the access of the OAuth client &quot;%1&quot; for &quot;%2&quot;, even with a new token. Check in Backoffice → System → OAuth → OAuth Clients that the client still exists, then check its secret in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Commerce does not let the OAuth client &quot;%1&quot; read all orders of &quot;%2&quot;: the client is not trusted. In Backoffice → System → OAuth → OAuth Clients, add ROLE_TRUSTED_CLIENT to the client&apos;s authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Commerce has no site &quot;%1&quot;. Check the site ID of &quot;%2&quot; in Connections (for example electronics or apparel-uk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Commerce has no order feed at the address of &quot;%1&quot;. Check the API address in Connections: the address of the commerce web services (https://api.…), without /occ/v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Commerce answered with something that is not %1. A maintenance page or a proxy may be in the way; Tidings will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of changed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Commerce Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status changes and their consignments (shipments) with tracking numbers, read every few minutes through the commerce web services (OCC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of the OAuth client made for Tidings in Backoffice → System → OAuth → OAuth Clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the commerce web services, without /occ/v2: on Commerce Cloud the &quot;api&quot; endpoint shown in Cloud Portal → Environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the base site whose orders Tidings reads, as in /occ/v2/&lt;site&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the OAuth client made for Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for &lt;API address&gt;/authorizationserver/oauth/token; change it only when your authorization server lives elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Backoffice, open System → OAuth → OAuth Clients and create a client with the ID &quot;tidings&quot; and a long random secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it the authority ROLE_TRUSTED_CLIENT and the grant type client_credentials, and save. Only a trusted client may read the orders of all customers; Tidings only reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API address (Cloud Portal → Environments → the &quot;api&quot; endpoint), the site ID and the client ID here, and paste the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings reads the order status feed of the commerce web services: it lists orders whose status changed in the last hours on the server Tidings reaches. A consignment that ships without changing its order&apos;s status is read when the order&apos;s status next changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which SAP Commerce site to read or which OAuth client to use. Enter the site ID and the client ID in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth client secret is saved for &quot;%1&quot;, so its orders cannot be read. Paste the client&apos;s secret in Connections.</source>
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
        <source>SendGrid refused to send from this address. Verify the sender in your SendGrid account (Sender Authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large for SendGrid. Make the email smaller (SendGrid accepts up to 30 MB including attachments).</source>
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
        <source>SendGrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email through Twilio SendGrid&apos;s v3 Mail Send API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid → Settings → API Keys → Create API Key, with Restricted Access and only &quot;Mail Send&quot; allowed. It starts with SG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.sendgrid.com, or https://api.eu.sendgrid.com for EU accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified sender or an address of an authenticated domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: SendGrid checks each message but delivers nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic template ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: send with a SendGrid dynamic template (Email API → Dynamic Templates, an ID starting with &quot;d-&quot;) instead of Tidings&apos; own design. The template gets the order, customer, shipment, items and brand, and the subject as {{subject}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SendGrid, open Settings → Sender Authentication and verify your sender address or authenticate your shop&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → API Keys → Create API Key. Choose Restricted Access, allow only Mail Send, and create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key (SendGrid shows it once) and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dynamic template ID of %1 is not one SendGrid gives (they start with &quot;d-&quot;). Copy it again from SendGrid → Email API → Dynamic Templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid accepted the API key, but the key may not send mail. In SendGrid, open Settings → API Keys and give the key the &quot;Mail Send&quot; permission (or create a new key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key may send mail (sandbox mode is on: SendGrid checks messages but delivers none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key may send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid refused the API key. Check the key in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid did not recognise the request (HTTP %1). Check the SendGrid server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid answered with a redirect (HTTP %1). Check the SendGrid server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::SentMessage</name>
    <message>
        <source>Tidings could not read this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template of this message (&quot;%1&quot;) is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::SesChannel</name>
    <message>
        <source>Amazon SES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email through Amazon Simple Email Service (API v2 SendEmail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM → Users → your sending user → Security credentials → Create access key. It starts with AKIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once, next to the access key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary credentials (they start with ASIA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use https://email.&lt;region&gt;.amazonaws.com for the region below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS region where your SES identities are verified, e.g. us-east-1 or eu-west-1. Sending limits are per region: 1 message a second and 200 a day while the account is in the SES sandbox; production limits are shown on the SES account dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address or domain verified in SES in that region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the SES configuration set that records deliveries, bounces and complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Amazon SES console, choose your region and open Identities → Create identity. Verify your shop&apos;s domain (recommended) or the sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SES accounts are in the sandbox: they may send only to verified addresses, 1 message a second and 200 a day. Open Account dashboard → Request production access to send to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In IAM, create a user for Tidings with only the ses:SendEmail and ses:GetAccount permissions (GetAccount lets Test Connection show the sandbox state and sending quota), then Security credentials → Create access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access key ID and secret access key here, and set the region to the one of step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AWS access key is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration set of %1 contains a line break.</source>
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
        <source>The notification has no recipient address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
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
        <source>the AWS keys work in %1, but they may not read the SES account status (allow ses:GetAccount in IAM to see the sandbox state and sending quota here); only a test message proves they may send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS keys work, but sending is paused for this SES account in %1. Open the SES console&apos;s Account dashboard to see why and resume sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AWS keys work; the SES account in %1 has production access and may send %2 messages a day, %3 a second (%4 sent in the last 24 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AWS keys work, but the SES account in %1 is still in the sandbox: it may send only to verified addresses, %2 messages a day, %3 a second (%4 sent in the last 24 hours). Request production access in the SES console&apos;s Account dashboard to send to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES has put the account on probation for its bounce or complaint rate: see Reputation metrics in the SES console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES answered without a message ID, so Tidings cannot tell whether the message was sent. Check the SES sending statistics before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES is limiting how fast this account may send (%1). Tidings will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES is in sandbox mode: verify the recipient or request production access. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES rejected the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES rejected the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES refused the sender: its MAIL FROM domain is not verified. Finish the custom MAIL FROM setup in SES (Identities) or turn it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES has suspended sending for this AWS account. Open the SES console&apos;s Account dashboard to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is paused for this SES account or configuration set. Resume sending in the SES console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES refused the request as too old: check that this computer&apos;s clock and time zone are right, and that temporary keys have not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS user of these keys may not send email. Allow ses:SendEmail for it in IAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES refused the request as invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES refused the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES refused the message (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS keys saved for %1 contain spaces or line breaks. Paste them again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an AWS region. Use a region name such as us-east-1 in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES did not accept the connection check (HTTP %1). Check the server address and region in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES answered the connection check in an unexpected way. Check the server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES does not know the configuration set of this channel. Check its name in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES refused the AWS keys. Check the access key ID and secret access key in Channels (and that this computer&apos;s clock is right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES did not recognise the request (HTTP %1). Check the server address in Channels.</source>
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
    <message>
        <source>Repeat for &quot;Order update&quot;, &quot;Order payment&quot;, &quot;Order cancellation&quot;, &quot;Order fulfillment&quot;, &quot;Fulfillment creation&quot;, &quot;Fulfillment update&quot;, &quot;Refund create&quot;, &quot;Inventory level update&quot; and &quot;Product update&quot; (it names the SKU of each stock level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>product title, variant title</comment>
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
    <message>
        <source>New orders, payments, cancellations, refunds, fulfilments and tracking, read every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with &quot;shpat_&quot;. Shopify shows it once, when the app is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s myshopify.com address, not its public domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty unless Shopify support asks for another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Shopify admin, open Settings → Apps and sales channels → Develop apps, and click &quot;Create an app&quot;. Name it &quot;Tidings&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Configuration → Admin API integration, tick read_orders (and read_all_orders to reach back more than 60 days), then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &quot;Install app&quot;, then reveal the Admin API access token once and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::SlackChannel</name>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message to your team&apos;s Slack channel through a Slack app (chat.postMessage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack app settings → OAuth &amp; Permissions → Bot User OAuth Token. It starts with xoxb-.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for https://slack.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s ID (in Slack: the channel&apos;s name → About → Channel ID), e.g. C0123456789.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open api.slack.com/apps → Create New App → From scratch, and pick your workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under OAuth &amp; Permissions → Scopes → Bot Token Scopes, add chat:write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Install to Workspace and allow it. Copy the Bot User OAuth Token (xoxb-…) and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Slack, open the channel for order news and type /invite @your-app-name, so the app may post there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the channel ID (channel name → About, at the bottom) into Slack channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bot token is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack channel of %1 contains spaces or line breaks. Use the channel ID, e.g. C0123456789.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject contains a line break. Remove line breaks from the template&apos;s subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has neither a subject nor text.</source>
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
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings · notification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Tidings notification %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack is limiting how often this app may call it. Try the check again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack had a temporary problem (%1). Try the check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the check (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot token works and may post messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot token works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot token works in the workspace “%1” and may post messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot token works in the workspace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack is limiting how fast messages may be posted (about one a second per channel). Tidings will try again when Slack allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer could not be read; something between Tidings and Slack may have answered instead. Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack app may not post messages. Add the chat:write scope under OAuth &amp; Permissions and reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack app is not a member of the channel. In Slack, type /invite @your-app-name in that channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long for Slack. Shorten the template&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the message&apos;s layout (%1). The message was not posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack had a temporary problem (%1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot token saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Slack channel is set for %1. Add the channel ID in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack bot token works, but the app may not post messages. Add the chat:write scope under OAuth &amp; Permissions, reinstall the app and paste the new token in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack answered with a redirect (HTTP %1). Check the Slack server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack did not recognise the request (HTTP %1). Check the Slack server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the bot token: it is wrong, was revoked, or the app was removed from the workspace. Paste the current Bot User OAuth Token (xoxb-…) in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack does not know the channel set for this connection, or the app cannot see it. Check the channel ID in Channels and invite the app to the channel (/invite @app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack channel is archived. Unarchive it or choose another channel in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::SlackWebhookChannel</name>
    <message>
        <source>Slack (incoming webhook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message to one Slack channel through an incoming webhook URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack app settings → Incoming Webhooks → Webhook URL. It starts with https://hooks.slack.com/services/ and works like a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open api.slack.com/apps → Create New App → From scratch, and pick your workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Incoming Webhooks, switch them on, and click Add New Webhook to Workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the channel for order news and click Allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Webhook URL and paste it here. Anyone with this URL can post to the channel: keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook URL is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack is limiting how fast this webhook may post (about one message a second). Tidings will try again when Slack allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack channel of this webhook no longer exists. Add a new incoming webhook for an existing channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack channel of this webhook is archived. Unarchive it or add a webhook for another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Slack workspace admin has restricted posting to this channel, so the webhook may not post there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the message&apos;s layout (%1). The message was not posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL saved for %1 is not a web address. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL saved for %1 is not a Slack webhook: it must start with https://hooks.slack.com/. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL saved for %1 must start with https://. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack no longer accepts this webhook URL: the webhook or its app was removed. Add a new incoming webhook in Slack and paste its URL in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack answered with a redirect (HTTP %1). Check the webhook URL in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::SmtpChannel</name>
    <message>
        <source>Email server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email through any mail server that accepts SMTP with a password or an OAuth token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the mailbox or an app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of a password, for servers that ask for XOAUTH2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s name, from your email provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>587 (STARTTLS, the usual choice) or 465 (TLS from the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starttls (port 587), tls (port 465), or none-local-only for a relay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually your full email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address the server lets you send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find your email provider&apos;s outgoing mail (SMTP) server name and port in its help pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your provider uses two-step sign-in, create an app password for Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server, port, user name and password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid (SMTP relay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email through SendGrid&apos;s SMTP relay at smtp.sendgrid.net, with an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid → Settings → API Keys → Create API Key with Mail Send allowed. It starts with SG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified sender or an address of an authenticated domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SendGrid, open Settings → Sender Authentication and verify your sender address or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → API Keys → Create API Key, allow Mail Send, and paste the key here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption of %1 must be starttls, tls or none-local-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may send without encryption only to a mail server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 over STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 without encryption (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key signs in to SendGrid&apos;s SMTP relay (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server (%1) accepted the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server (%1) answered, but it offers no sign-in (AUTH), so the password was not checked; only a test message shows whether it relays mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server (%1) answered; no user name is set, so Tidings does not sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid&apos;s SMTP relay is busy or had a temporary problem. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server of %1 is busy or had a temporary problem. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid&apos;s SMTP relay refused the connection check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server of %1 refused the connection check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server (%1) does not offer encryption (STARTTLS). Try port 465 with encryption tls, or ask your email provider for the right settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server of %1 is busy or had a temporary problem; Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server of %1 refused the recipient or sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server of %1 says the message is too big.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server of %1 refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server of %1 did not answer in time; Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server of %1 does not offer encryption (STARTTLS), so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the mail server of %1; Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set for %1. Add it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server name of %1 is not valid. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid&apos;s SMTP relay refused the API key. Check the key in Channels (it needs the Mail Send permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server of %1 refused the user name or password. Check them in Channels (some providers need an app password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server (%1) did not answer in time. Check the server name, port and encryption in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the mail server (%1). Check the server name and port in Channels, and the internet connection.</source>
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
    <name>Tidings::SqliteStatement</name>
    <message>
        <source>The database connection is not a SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is not prepared.</source>
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
    <name>Tidings::StockLedger</name>
    <message>
        <source>Stock from the first poll: stored, nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; sends text messages, but waiting customers leave only an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting customer(s) told</source>
        <translation>
            <numerusform>%n waiting customer told</numerusform>
            <numerusform>%n waiting customers told</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::SubscriptionCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least &quot;sku&quot; and &quot;email&quot; (found: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: no SKU, so Tidings cannot tell which product the customer waits for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date Tidings can read (use 2026-11-30 or 2026-11-30T09:15:00Z); the customer was added in the file&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 customers were read; split the file to add more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateBundle</name>
    <message>
        <source>The file is larger than %1 MB: it is not a templates file Tidings wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a templates file from Tidings. Choose a file made with Export Templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates file has no version Tidings knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates file comes from a newer Tidings. Update Tidings on this computer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand kit in the templates file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates file has no list of templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates file has %1 templates; Tidings takes at most %2 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 in the file has no usable id (lower-case letters, digits and _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 in the file has a language Tidings does not know (&quot;%2&quot;): use two letters such as &quot;de&quot;, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 in the file is for &quot;%2&quot;; Tidings has email, chat and text message templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 in the file is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 is in the file twice.</source>
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
    <message>
        <source>Shipment delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label created</source>
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
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (team chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backorder delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateRepository</name>
    <message>
        <source>Tidings could not read its message templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not save the message template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That version of the template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (use two letters, such as &quot;de&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of message (email, chat or SMS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no changes to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this template in the default language first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateValidator</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” only works between {{#%2}} and {{/%2}}, where it is repeated for each entry; here it would show nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not something Tidings knows, so it would show nothing. Check the spelling or pick it from the list of variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” closes a section that was never opened. Remove it or add {{#%2}} before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” closes the section “%2”, but the section “%3” opened on line %4 is still open. Close it first with {{/%3}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” would include another template, which Tidings does not do: it shows nothing. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section “%1” is opened but never closed. Add {{/%1}} where it should end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag starts with {{ but never ends. Add }} after the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this tag should change the {{ }} markers but is not written right. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this part has a mistake Tidings cannot read past (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a shipping message but it has no tracking link. Add {{#hasTracking}}{{shipment.trackingUrl}}{{/hasTracking}} so customers can follow their parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this email has no footer. Add {{brand.footer}} before the end of the email, so every email carries your shop&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With a sample order the subject is %n characters long; many inboxes cut it off after about %1. Make it shorter.</source>
        <translation>
            <numerusform>With a sample order the subject is %n character long; many inboxes cut it off after about %1. Make it shorter.</numerusform>
            <numerusform>With a sample order the subject is %n characters long; many inboxes cut it off after about %1. Make it shorter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With a sample order this text message is %n characters long and is sent as %1 SMS; more than %2 cost more and may arrive in pieces.</source>
        <translation>
            <numerusform>With a sample order this text message is %n character long and is sent as %1 SMS; more than %2 cost more and may arrive in pieces.</numerusform>
            <numerusform>With a sample order this text message is %n characters long and is sent as %1 SMS; more than %2 cost more and may arrive in pieces.</numerusform>
        </translation>
    </message>
    <message>
        <source>The character “%1” makes every SMS hold only 70 characters instead of 160; a plain one saves space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateVariables</name>
    <message>
        <source>The order this message is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order number your customer sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s internal id of the order. Customers do not usually see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s status as a fixed word (for example paid or shipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s status in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order total as a plain number, without the currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order total with its currency, written the way the customer&apos;s country writes money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency code of the order (for example EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many items are in the order, all quantities added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many items are in the order, written the way the customer&apos;s country writes numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of this update as year-month-day, for machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of this update, written the customer&apos;s way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who placed the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s first name, for a friendly greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel this message is about. Only there for shipping updates; {{#shipment}}…{{/shipment}} shows its inside only then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s internal id of the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel&apos;s status as a fixed word (for example in_transit or delivered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel&apos;s status in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the carrier told us the parcel&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel&apos;s tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link where the customer can follow the parcel. Empty when the carrier gave none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line of the order. {{#items}}…{{/items}} repeats its inside once per line; inside, write {{name}}, {{quantity}} and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s name on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s stock code (SKU) on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of this product were ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of one, as a plain number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of one with its currency, written the way the customer&apos;s country writes money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of this line (price times quantity) with its currency, written the customer&apos;s way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the product in your shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many are in stock now, as a plain number (when the shop says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many are in stock now, written the way the customer&apos;s country writes numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the order is on its way, for the progress strip: ordered, shipped, out for delivery, delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes while the order is placed but not shipped yet (the step to highlight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes while the parcel is on its way (the step to highlight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes while the parcel is out for delivery (the step to highlight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes once the parcel is delivered (the step to highlight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes once the order is placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes once the order has shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes once the parcel has been out for delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes once the parcel is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes once the order is past being placed (it has shipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes once the parcel is past being shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes once the parcel is past being out for delivery (it is delivered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never yes: delivered is the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes while the order is not placed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes while the order has not shipped yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes while the parcel has not been out for delivery yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes while the parcel is not delivered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s branding, from the Brand Kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address of your logo. Empty when there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your brand colour, for buttons and lines (for example #2f6f4f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fonts your messages use, for style attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address customers can write to for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number customers can call for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s postal address, shown in the footer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s postal address line by line. {{#brand.addressLines}}…{{/brand.addressLines}} repeats its inside once per line; inside, write {{.}} for the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer text under every email (for example your company details or why the customer gets this email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s social media links. {{#brand.socialLinks}}…{{/brand.socialLinks}} repeats its inside once per link; inside, write {{label}} and {{url}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the social media link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address of the social media link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language and country the money, numbers and dates are written for (for example en-GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the order has at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when there is a tracking link for the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when your Brand Kit has a logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when your Brand Kit has social media links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when a progress strip makes sense (not for cancelled, refunded or returned orders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the order waits for. Only there when some of its items were out of stock when it came in; {{#backorder}}…{{/backorder}} shows its inside only then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items the order waits for. {{#backorder.items}}…{{/backorder.items}} repeats its inside once per item; inside, write {{name}}, {{sku}} and {{quantity}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the product the order waits for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock code (SKU) of the product the order waits for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of this product the order waits for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product a stock message is about. Only there for back-in-stock messages and the low stock and out of stock alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock code (SKU) of the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock level you are alerted at, as a plain number. Only there in the low stock and out of stock alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock level you are alerted at, written the way your country writes numbers. Only there in the low stock and out of stock alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes in stock messages (back in stock, low stock, out of stock), where there is a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when some items of the order were out of stock when it came in, so it waited for them (for example to thank the customer for waiting when it ships).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s time zone, from the order&apos;s address (empty when it does not tell).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::TestMode</name>
    <message>
        <source>[Test] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your own email address: in test mode, customers&apos; emails go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one address, like owner@yourshop.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter digits with the country code, like +44 7700 900123, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode: sent to %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode is on and has no phone number of yours, so this text message was not sent to the customer. Resend it once you are live, or add your number to test mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode: handed on with your address %1 instead of the customer&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode: a message to your staff, marked as a test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::TwilioChannel</name>
    <message>
        <source>Twilio SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages to customers&apos; phones through Twilio Programmable Messaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio Console → Account Info on the start page → Auth Token (click Show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.twilio.com unless Twilio told you otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio Console → Account Info. It starts with AC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Twilio phone number in international form, or an alphanumeric sender ID. Leave empty when you use a Messaging Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of a sending number: a Messaging Service (Messaging → Services). It starts with MG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest text (SMS parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages needing more SMS parts than this are not sent (each part is billed). Default 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Twilio Console, buy or choose a phone number that can send SMS to your customers&apos; countries (Phone Numbers → Manage), or create a Messaging Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Messaging → Settings → Geo permissions, allow the countries your customers live in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Account SID and the Auth Token from the Console&apos;s start page and paste them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a trial account Twilio only delivers to numbers you have verified: upgrade the account before texting customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No auth token is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Account SID of %1 is missing or wrong: it starts with AC followed by 32 letters and digits. Copy it from the Twilio Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Messaging Service SID of %1 is wrong: it starts with MG followed by 32 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest text of %1 must be at least one SMS part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no phone number, so no text message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number in international form (like +44 7700 900123), so no text message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio is limiting how often this account may call it. Try the check again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio account is suspended, so it cannot send. Open the Twilio Console to see why (often billing) and reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio account is closed. Use the Account SID and auth token of an active account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Account SID and auth token are valid (a trial account: Twilio only texts numbers verified in the Console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Account SID and auth token of “%1” are valid (a trial account: Twilio only texts numbers verified in the Console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Account SID and auth token are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Account SID and auth token of “%1” are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio is limiting how many messages this account may send at once. Tidings will try again when Twilio allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio says the customer&apos;s phone number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s phone number is not a mobile number, so it cannot receive text messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Twilio account is a trial account, which can only text numbers verified in the Twilio Console. Upgrade the account to text customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer replied STOP to your number and has unsubscribed from text messages. Twilio sends nothing until they reply START.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the customer&apos;s country is not enabled on this Twilio account (Messaging → Settings → Geo permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending number&apos;s queue at Twilio is full. Tidings will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio cannot route a text message to the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auth token saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sending number or Messaging Service is set for %1. Add one in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending number of %1 contains a line break. Correct it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text needs %1 SMS parts, more than the %2 allowed for %3. Shorten the SMS template or allow more parts in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio does not know this Account SID at this address (HTTP 404). Check the Account SID and the server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused the check (HTTP %1). Check the Account SID and the server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio gave an unexpected answer to the check. Check the server address in Channels (normally https://api.twilio.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or auth token. Check both in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio cannot send from the sending number of this channel: it is not a valid number of this account that can send SMS. Check it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio did not find this account&apos;s message address (HTTP 404). Check the Account SID and the server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio answered with a redirect (HTTP %1). Check the server address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ActivityChart</name>
    <message>
        <source>Activity in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last 24 hours: %1 events, %2 messages sent, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2: %3 events, %4 sent, %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ActivityStrip</name>
    <message>
        <source>Last 24 hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; event</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; events</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since midnight: events received, messages sent and failed. Waiting and uncertain count every message that is, whenever it came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; sent</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; sent</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; waiting</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; waiting</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; failed</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; failed</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; uncertain</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; uncertain</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; uncertain</numerusform>
        </translation>
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
    <name>Tidings::Ui::BackupActions</name>
    <message>
        <source>Tidings backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of your orders, messages and settings while Tidings keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your data with a backup; Tidings restarts to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backup saved to %1 (%2): %n event(s). Keys and passwords are not in it; they stay in the system keychain.</source>
        <translation>
            <numerusform>Backup saved to %1 (%2): %n event. Keys and passwords are not in it; they stay in the system keychain.</numerusform>
            <numerusform>Backup saved to %1 (%2): %n events. Keys and passwords are not in it; they stay in the system keychain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its newest event is from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds no events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your data with this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The backup holds %n event(s).</source>
        <translation>
            <numerusform>The backup holds %n event.</numerusform>
            <numerusform>The backup holds %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings will restart to restore it. Your current data is kept in the data folder as tidings.sqlite.before-restore. Connections and keys in the keychain are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore and Restart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BlockDesigner</name>
    <message>
        <source>Shown only when the shipment has a tracking link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only when the order lists its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only for messages about an order on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only when the order has a shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only when items of the order are on backorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only when the product has a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only when the product has a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only when {{%1}} has a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email from top to bottom. Drag a block to move it, or use Alt+Up and Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button to a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a block under the one selected (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected block (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the selected block up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the selected block down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same in every email: change it in the Brand Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo and shop name · from the Brand Kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer: support, address, links · from the Brand Kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items on backorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words. Variables such as {{order.number}} are filled in for each order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit our shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track your package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button not working? Open this link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blocks yet: add one with Add Block (Insert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a block to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thin line across the email. Nothing to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text if images are off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1, ordered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2, shipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3, out for delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4, delivered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status when the carrier says none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words under the button:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show prices and the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a copy of the selected block under it (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address starting with https://, or a variable that holds one, such as {{shipment.trackingUrl}}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BrandKitDialog</name>
    <message>
        <source>Brand Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message carries your shop&apos;s name, colour and logo, and where customers can write to you. Changes apply to the next message sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Juniper &amp; Pine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Colo&amp;ur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help@your-shop.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s address, or a thank-you line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pport email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts in order of preference, separated by commas; the customer&apos;s device uses the first one it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s postal address, shown at the bottom of every email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line, e.g. Instagram https://instagram.com/your-shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support p&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social lin&amp;ks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BrandPage</name>
    <message>
        <source>Your brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message carries your shop&apos;s name, colour and logo, and where customers can write to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Juniper &amp; Pine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Colo&amp;ur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help@your-shop.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pport email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi Sam, your order #1001 is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track your parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions? Write to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ChannelDialog</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shop mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address, or phone number for text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the keys and settings with the provider without sending anything.</source>
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
        <source>Saved in the keychain; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1&apos;s side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address the test message should go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client ID of your %1 app first: the steps below say where to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 in your browser and allow Tidings to send email. Tidings is waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in to %1, but did not allow Tidings to send email. Sign in again and allow &quot;Send email on your behalf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1. Save to use the new sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1. Save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ChannelsPage</name>
    <message>
        <source>&amp;Add channel…</source>
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
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel yet. Add one to tell Tidings how your messages go out: your mail provider for customers, Slack for your staff, or a webhook for your automations.</source>
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
        <source>Turn o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”? Its key is deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its messages wait until you resume the channel (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends this channel&apos;s waiting messages now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds this channel&apos;s messages until you resume it; nothing fails, and the other channels keep sending.</source>
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
    <message>
        <source>Check &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the platform for new and changed orders now, instead of at the next check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings reads this connection itself: use Check now to see it work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off: Tidings does not check it until you turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its latest check failed; see why below. Tidings tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking every %n minute(s).</source>
        <translation>
            <numerusform>Checking every minute.</numerusform>
            <numerusform>Checking every %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, took %2, found %n new change(s).</source>
        <translation>
            <numerusform>%1, took %2, found %n new change.</numerusform>
            <numerusform>%1, took %2, found %n new changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking &quot;%1&quot; now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is off; Tidings does not check it.</source>
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
    <name>Tidings::Ui::CredentialsPage</name>
    <message>
        <source>Sign &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key or sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys yet. The keys and sign-ins of your connections and channels show here once you add them; Tidings keeps them in your system&apos;s keychain, never in its own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain. Tidings never shows a key again once it is saved: replace it if you are not sure it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: the channel cannot send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: the channel cannot send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account sign-in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: this connection cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key is empty; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That channel or connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the account of %1? It cannot send until you sign in again; its messages wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 of %2 from the keychain? It cannot send without it; its messages wait until it has one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 of %2 from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::DelayDetectionDialog</name>
    <message>
        <source>Delay Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the carrier has said nothing about a parcel for a few days after the label was made or while it is on its way, Tidings can tell your customer you are sorry and keeping an eye on it, before they have to ask. Each parcel gets one such message per quiet spell: if the carrier reports again and then goes quiet again, it can get another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch for parcels the carrier has gone quiet about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delayed after no news for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only switch this on if Tidings hears from your carrier as parcels move (a tracking connection, or a shop that reports deliveries). Otherwise every parcel looks delayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule sends anything for a delay yet. Add one for the trigger &quot;shipment.delayed&quot; in your configuration: to the customer, or to your staff&apos;s chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::DeliveryGroup</name>
    <message>
        <source>Retries and fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times Tidings tries to send a message through this channel before it fails for good. Refusals that no retry can mend (a bad address) stop at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message still not sent this many hours after the order changed fails for good at its next failure, so a customer is not told days late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this channel keeps failing (an outage, or its sign-in was refused), its waiting messages go through this channel instead. Only channels that send the same kind of message are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many failed tries in a row move a message to the fallback channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this channel keeps failing, &amp;use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move there a&amp;fter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::EmailPage</name>
    <message>
        <source>Your email provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings sends your messages through a mail service you already have, in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your mail service and paste its key, or sign in with Google or Microsoft. Then send yourself a test message to see what your customers will get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an Email Provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a Test &amp;Message to Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email provider is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Now send yourself a test message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an email provider first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your email address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
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
    <message>
        <source>Waiting for the account to be signed in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resent by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::FinishPage</name>
    <message>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change all of this later, and open these steps again from Help → Getting Started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go live now: send messages to my customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop yet: add it on the Connections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email provider yet: add one on the Channels page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop name for your messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode is on: customers&apos; messages go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode is off: messages go to your customers.</source>
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
    <name>Tidings::Ui::GettingStartedWizard</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip This Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes on to the next step without changing anything here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::InventoryMessagesDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (no stock alerts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team@yourshop.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told once when a product falls to its low-stock threshold, and once when it runs out. Stock that goes up and down around the threshold does not alert again until it was well above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts go through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell &amp;waiting customers when a product is back in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell customers when their &amp;order waits for an item that ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting customers are told in the order they asked, no more of them than came back. An order waits when it was placed after an item had run out; its shipping message then thanks the customer for waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers are told through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an email channel on the Channels page to tell customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::InventoryPage</name>
    <message>
        <source>&amp;Threshold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the chosen product its own low-stock threshold, or the shop&apos;s (F2 in the table does it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Waiting Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customers waiting for products to be back in stock, from a CSV file with at least SKU and Email columns (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is told about stock: your team when a product runs low or out, customers when it is back or their order waits for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by SKU or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the products whose SKU or name contains what you type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff are told when a product&apos;s stock falls to this many, unless the product has a threshold of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;op threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock levels appear here when a connected shop reports them: how many of each product are left, whether it is running low, and which customers wait for it to be back in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who asked to be told when a product is back can be added from a CSV file with SKU and Email columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product to see its stock changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock change of %1 reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Waiting Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a list of customers. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out:</source>
        <translation>
            <numerusform>%n line left out:</numerusform>
            <numerusform>%n lines left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>No waiting customers were added from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting customer(s)</source>
        <translation>
            <numerusform>%n waiting customer</numerusform>
            <numerusform>%n waiting customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %1; %n were already waiting.</source>
        <translation>
            <numerusform>Added %1; %n was already waiting.</numerusform>
            <numerusform>Added %1; %n were already waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running low</source>
        <translation>
            <numerusform>%n running low</numerusform>
            <numerusform>%n running low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out of stock</source>
        <translation>
            <numerusform>%n out of stock</numerusform>
            <numerusform>%n out of stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) waiting</source>
        <translation>
            <numerusform>%n customer waiting</numerusform>
            <numerusform>%n customers waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings will speak %1 after a restart. Restart now? Nothing waiting to be sent is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::LogViewerDialog</name>
    <message>
        <source>Copy &amp;Diagnostic Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the versions, settings and recent log for support. Keys and passwords are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings keeps no log in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostic report is on the clipboard. Paste it into your message to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::LogoPicker</name>
    <message>
        <source>Your customers&apos; mail programs load the logo from this address, so it must be a picture on the web. No website? Choose a picture file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG, JPEG, GIF or WebP picture of at most %1 KiB. Every email carries it inside, so it shows without your customers&apos; mail programs loading anything from the web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Your Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every email carries this picture inside it, as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://your-shop.com/logo.png</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies these versions, to paste into a message to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log and Diagnostic Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Its messages wait and go out once you have signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more channel(s) need signing in too: see Channels.</source>
        <translation>
            <numerusform>%n more channel needs signing in too: see Channels.</numerusform>
            <numerusform>%n more channels need signing in too: see Channels.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause All Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent while paused; messages wait and go out when you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend &amp;Interrupted Messages Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message Tidings was sending when it stopped may have gone out. Off: it is marked uncertain for you to decide in the Monitor. On: it is sent again at the next start, and may arrive twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent since you last looked at the Monitor</source>
        <translation>
            <numerusform>%n message could not be sent since you last looked at the Monitor</numerusform>
            <numerusform>%n messages could not be sent since you last looked at the Monitor</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delay Detection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell customers, or your staff, when the carrier has gone quiet about a parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet Hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold text and Slack messages through the night, and alert your staff on Slack when a message fails for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory &amp;Messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your team when a product runs low or out, and customers when it is back or their order waits for it</source>
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
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MessagesPage</name>
    <message>
        <source>When an order is placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an order ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your customers are sent, and when. Here with a made-up order and your brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a parcel seems stuck (with Delay Detection on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that say the customer&apos;s language get the messages in it, when Tidings has them in it. This one is for the others. You can change it later on the Templates page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose order does not say their &amp;language get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an order waits for an item that ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a product customers wait for is back in stock</source>
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
    <message>
        <source>Failed or uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one of the selected event&apos;s messages again, to the same or another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected event&apos;s message that is still waiting is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events the table shows, as it shows them, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Send Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not save the events to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidings-events-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>Saved %n event to %1.</numerusform>
            <numerusform>Saved %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidings was interrupted while sending the message to %1, so it may have gone out. Leave it as it is? Tidings will not send it again; you can still resend it.</source>
        <translation>
            <numerusform>Tidings was interrupted while sending the message to %1, so it may have gone out. Leave it as it is? Tidings will not send it again; you can still resend it.</numerusform>
            <numerusform>Tidings was interrupted while sending the messages to %1, so they may have gone out. Leave them as they are? Tidings will not send them again; you can still resend them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the message to %1 that is waiting to go out? It will not be sent; you can still resend it later.</source>
        <translation>
            <numerusform>Cancel the message to %1 that is waiting to go out? It will not be sent; you can still resend it later.</numerusform>
            <numerusform>Cancel the %n messages to %1 that are waiting to go out? They will not be sent; you can still resend them later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t Send Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Waiting Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n uncertain</numerusform>
            <numerusform>%n uncertain</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend &amp;All Shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the messages of every event the table shows again (use Show: Failed or uncertain first), each to the address it went to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the events shown has a message that can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) of the %1 events shown again, each to the address it went to? The first ones stay in the history.</source>
        <translation>
            <numerusform>Send %n message of the %1 events shown again, to the address it went to? The first one stays in the history.</numerusform>
            <numerusform>Send %n messages of the %1 events shown again, each to the address it went to? The first ones stay in the history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend All Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resend %n Message(s)</source>
        <translation>
            <numerusform>Resend %n Message</numerusform>
            <numerusform>Resend %n Messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n message(s) to be sent again.</source>
        <translation>
            <numerusform>Queued %n message to be sent again.</numerusform>
            <numerusform>Queued %n messages to be sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search order number, email or tracking number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events from shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events with messages through channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n matching event(s); scroll for older ones</source>
        <translation>
            <numerusform>The newest %n matching event; scroll for older ones</numerusform>
            <numerusform>The newest %n matching events; scroll for older ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s)</source>
        <translation>
            <numerusform>%n matching event</numerusform>
            <numerusform>%n matching events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n event(s); scroll for older ones</source>
        <translation>
            <numerusform>The newest %n event; scroll for older ones</numerusform>
            <numerusform>The newest %n events; scroll for older ones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notify Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message you choose for the selected event&apos;s order now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;play Through Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what your current rules would send for the selected event, then send what is new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that happened to the selected event&apos;s order, with each message exactly as it was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::NotifyNowDialog</name>
    <message>
        <source>Notify Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings sends one message for order %1 now, with the order as it is stored. It is sent even if the customer was told before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email or text-message channel is switched on. Set one up under Channels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” for order %2 goes to %3 through %4 as soon as you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::OrderTimelineDialog</name>
    <message>
        <source>What happened to this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain-text part as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This order has many events: the newest %n are shown.</source>
        <translation>
            <numerusform>This order has many events: the newest is shown.</numerusform>
            <numerusform>This order has many events: the newest %n are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider message id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as sent: template “%1” as published then, with your brand as it was then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet, or sent before Tidings kept your brand: shown with template “%1” as it was queued and your brand as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ProductsModel</name>
    <message>
        <source>%1 (shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop gives this product no SKU: Tidings knows it as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop reports only whether it is in stock, not how many</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over %n location(s)</source>
        <translation>
            <numerusform>Over %n location</numerusform>
            <numerusform>Over %n locations</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff were told it is low. They are told again once it has been well stocked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff were told it is out of stock. They are told again once it has been well stocked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product&apos;s own low-stock threshold. F2 changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s low-stock threshold (Shop threshold above the table). F2 gives this product its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers waiting to be told when it is back in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers told it is back in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock change reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff are told when the stock falls to this many</source>
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
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::QuietHoursDialog</name>
    <message>
        <source>Quiet Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody likes a text message at 3 in the morning. During quiet hours Tidings holds text messages and Slack messages and sends them when the quiet hours end. Emails are not held: they wait in the inbox without a sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold text and Slack messages during quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; messages follow this clock: no shop platform tells Tidings the customer&apos;s own time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop&apos;s time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Slack alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Slack channel under Channels to alert your staff there as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Tidings gives up on a message, the window and the system tray tell you. Your staff can hear of it on Slack too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert on &amp;Slack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a message fails for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ReplayDialog</name>
    <message>
        <source>Replay Through Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings runs this event of order %1 through your rules as they are now. Nothing is sent until you confirm, and a message that went out before is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages the rules ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
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
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings is not sending right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) will be sent when you confirm.</source>
        <translation>
            <numerusform>%n new message will be sent when you confirm.</numerusform>
            <numerusform>%n new messages will be sent when you confirm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send: the rules ask for nothing that was not sent before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event arrived before Tidings kept what each event changed, so only the changes that sent a message then are replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n New Message(s)</source>
        <translation>
            <numerusform>&amp;Send %n New Message</numerusform>
            <numerusform>&amp;Send %n New Messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ResendDialog</name>
    <message>
        <source>Resend a Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings sends the message again for order %1, with the same content as before. The first one stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” to %2 via %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SendTestDialog</name>
    <message>
        <source>Send Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as the preview shows it, with &quot;[Test]&quot; before its subject. Nothing is sent to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@your-shop.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel that can send this kind of message yet. Add one on the Channels page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address the test should go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the shop whose orders Tidings tells your customers about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your shop&apos;s platform; Tidings shows what to copy into its admin pages and what to paste back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Your Shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;Test Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a made-up order to Tidings exactly as your shop would, to check that it gets through. It appears in the Monitor; nobody is sent a message about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop is connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Send a test order to check that your shop&apos;s messages get through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Tidings reads your shop&apos;s orders every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test order got through: Tidings received it as your shop would send it. You will find it in the Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test order did not get through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test order…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every button and menu item also has an underlined letter: press Alt and that letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SignInPanel</name>
    <message>
        <source>S&amp;ign in with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1&apos;s sign-in page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not open a browser. Open this address in one to sign in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel S&amp;ign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1&apos;s sign-in page…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Change its name or settings. The id stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is for you; then where %1 is and how often to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;write to customers about what the first check finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this off when the shop has been sending its own messages until now, so nobody hears twice about the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings knows the connection by this id; it cannot change later.</source>
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
    <message>
        <source>Works behind any router: Tidings asks %1 every few minutes. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> poll polling api</source>
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
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the orders changed in the last day once, with the address and credentials above. Nothing is stored and nobody is written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the key in %1 as the steps below say, paste it here, test the connection, then click Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. More than %n order change(s) in the last day.</source>
        <translation>
            <numerusform>Connected to %1. More than %n order change in the last day.</numerusform>
            <numerusform>Connected to %1. More than %n order changes in the last day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. %n order change(s) in the last day.</source>
        <translation>
            <numerusform>Connected to %1. %n order change in the last day.</numerusform>
            <numerusform>Connected to %1. %n order changes in the last day.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs to reach this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings asks %1 for new and changed orders every few minutes, so it works behind any router. While this computer is off nothing is lost: the next check catches up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the %1 from %2 first; without it Tidings cannot read its orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1 as the steps below say, sign in, test the connection, then click Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 in the settings first (click Back): the steps below say where to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in to %1, but did not allow everything Tidings asked for. Sign in again and allow it: Tidings only reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1. Test the connection, then Save to use the new sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1. Test the connection, then click Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Salesforce in your browser as the user Tidings reads orders as, and allow access. Tidings is waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Google in your browser with an account that can view the sheet, and allow Tidings to see your spreadsheets. Tidings is waiting…</source>
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
        <source>%1, checked by Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off: Tidings does not check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its latest check went well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its latest check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: Tidings checks it for new orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: Tidings does not check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::StockHistoryModel</name>
    <message>
        <source>Low-stock alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-stock alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s own words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers told</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplateCodeEditor</name>
    <message>
        <source>Complete Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplateFiles</name>
    <message>
        <source>Tidings templates (*.tidings-templates.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings has not started yet. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves your templates as customers get them, and your brand kit, in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads templates from a file as drafts: customers get them once you publish them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not write %1. Choose a folder you can save in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) and your brand kit saved in %1.</source>
        <translation>
            <numerusform>%n template and your brand kit saved in %1.</numerusform>
            <numerusform>%n templates and your brand kit saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a templates file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file also has a brand kit. Use it in your messages from now on, instead of yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file also has the brand kit of “%1”. Use it in your messages from now on, instead of yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Its Brand Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s templates are the same as yours: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported as drafts. Customers get them once you publish them.</source>
        <translation>
            <numerusform>%n template imported as drafts. Customers get them once you publish them.</numerusform>
            <numerusform>%n templates imported as drafts. Customers get them once you publish them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your messages use the file&apos;s brand kit now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplateHistoryDialog</name>
    <message>
        <source>History of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore as Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts this version&apos;s text in the editor as a draft. Customers keep getting the live version until you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wit&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template has not been published yet: there is no history to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — published %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences in this part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only on the left</source>
        <translation>
            <numerusform>%n line only on the left</numerusform>
            <numerusform>%n lines only on the left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only on the right</source>
        <translation>
            <numerusform>%n line only on the right</numerusform>
            <numerusform>%n lines only on the right</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplatePreview</name>
    <message>
        <source>Show the message with a made-up order, or with one of your shop&apos;s recent orders exactly as its last message saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>600 pixels wide, as most mail programs on a computer show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>375 pixels wide, as a phone shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HT&amp;ML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template cannot be shown yet:

%1

Customers would get no message from it until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (it has special characters, so fewer fit in each part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws the email as a web browser does (rounded corners, phone layout, every style). Off: a quicker view that draws the layout roughly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplatesPage</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;TML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plai&amp;n text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the message in your web browser, exactly as rendered, with its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send T&amp;est To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the message as the preview shows it to you, through one of your channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Dr&amp;aft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts are saved a moment after you stop typing; customers do not see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers get this draft from the next message on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disca&amp;rd Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to the version customers get now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions: compare them, or bring one back as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand K&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s name, logo, colour and support address in every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: customers get the published version until you publish this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: this is what customers get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template to open in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not write the preview to a file for your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings could not open your web browser. The preview is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers get this version of &quot;%1&quot; from the next message on. Messages already queued keep the version they were queued with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to &quot;%1&quot; are thrown away and the editor shows the version customers get. Earlier published versions stay in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before publishing (marked in the editor; F8 goes to the next).</source>
        <translation>
            <numerusform>%n problem to fix before publishing (marked in the editor; F8 goes to the next).</numerusform>
            <numerusform>%n problems to fix before publishing (marked in the editor; F8 goes to the next).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) worth a look (marked in the editor; F8 goes to the next).</source>
        <translation>
            <numerusform>%n thing worth a look (marked in the editor; F8 goes to the next).</numerusform>
            <numerusform>%n things worth a look (marked in the editor; F8 goes to the next).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be published yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Has changes that customers do not get until you publish them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers get the template in their own language when there is one, otherwise the one in the default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who read %1 get their own version of this template. Change those too if this change matters to them (Language above the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from some shops (WooCommerce, for one) do not say the customer&apos;s language. Those customers, and customers whose language has no templates, get the templates in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For customers of unknown lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email as blocks: add, move and change them without HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same email as HTML with Mustache variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TestModeController</name>
    <message>
        <source>&amp;Test Mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send customers&apos; messages to yourself while you try Tidings out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go Live…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on your customers get their messages. Those sent in test mode stay with you; you can resend any of them from the Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Mode (On)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode: customers&apos; emails go to %1, and text messages to customers are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode: customers&apos; emails go to %1 and their text messages to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TestModeDialog</name>
    <message>
        <source>Test Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In test mode Tidings works as it will for real: your shop&apos;s orders come in, your rules and templates make the messages, and your providers send them. But every message meant for a customer goes to you instead, marked [Test], so you can see them for a day before you go live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send customers&apos; messages to me (test mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner@yourshop.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, text messages to customers are not sent at all in test mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;mobile number (for text messages):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to your staff (Slack) still go to them, marked [Test]. Klaviyo, HubSpot, ActiveCampaign and webhooks get your address instead of the customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TestModePage</name>
    <message>
        <source>Test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try everything with your real shop before your customers get anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In test mode Tidings works as it will for real: your shop&apos;s orders arrive, and their messages are made and sent. But every message meant for a customer goes to you instead, marked [Test]. When you are happy with them, go live: from then on your customers get them. You can switch at any time in Sending → Test Mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start in test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send customers&apos; &amp;emails to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ThresholdDelegate</name>
    <message>
        <source>Shop&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff are told when the stock falls to this many. Below 0, or empty: the shop&apos;s threshold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ThresholdDialog</name>
    <message>
        <source>Low-Stock Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff are told when its stock falls to this many or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low-stock threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the shop&apos;s threshold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TrayIcon</name>
    <message>
        <source>&amp;Open Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause All Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs signing in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) need signing in</source>
        <translation>
            <numerusform>%n channel needs signing in</numerusform>
            <numerusform>%n channels need signing in</numerusform>
        </translation>
    </message>
    <message>
        <source>receiving orders and sending messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message to %1 could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent</source>
        <translation>
            <numerusform>%n message could not be sent</numerusform>
            <numerusform>%n messages could not be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>The Monitor shows them under Show: Failed or uncertain, with why. You can resend them there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::VariablesPalette</name>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a variable or press Enter to add it at the cursor, or drag it into the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::WelcomePage</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few steps to your first message. Each one can be skipped and done later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Tidings does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop tells Tidings about each new order and shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings sends your customer a message in your shop&apos;s style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see in the Monitor what was sent, and what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have these at hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in to your shop&apos;s admin pages (Shopify, WooCommerce, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with a mail service (SendGrid, Mailgun, Gmail, …), or your mail server&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s colour and logo address, if you have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings starts in test mode: until you go live, every message goes to you, not to your customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidings::WebhookChannel</name>
    <message>
        <source>Webhook (Zapier, Power Automate, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands each notification&apos;s order, customer and shipment data to another system as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving address when it works like a password: Zapier&apos;s catch hook (https://hooks.zapier.com/hooks/catch/…) or a Power Automate trigger URL containing sig=. Leave empty to use the address below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. A long random text shared with the receiver: Tidings signs each request with it (X-Tidings-Signature) so the receiver can tell it came from Tidings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The https:// address that receives the events, when it contains no key. Addresses with a key (sig=, token=) go in Secret webhook URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zapier: create a Zap with the trigger Webhooks by Zapier → Catch Hook, copy the custom webhook URL and paste it as Secret webhook URL. Send a test notification, then pick its fields in the next steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate: start a flow with &quot;When a HTTP request is received&quot; (Who can trigger: Anyone), save it, copy the HTTP URL and paste it as Secret webhook URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own server: enter its https:// address, set a signing secret, and check X-Tidings-Signature there. Use X-Tidings-Notification-Id to ignore a notification delivered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject contains a line break. Remove line breaks from the template&apos;s subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver is limiting how fast Tidings may send. Tidings will try again when it allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver had a problem (HTTP %1). Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver took too long to read the event. Tidings will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver refused the request (HTTP %1): the key in its address is wrong or it requires a sign-in. Copy the address again; for Power Automate set Who can trigger to Anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver refused the event (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook address is set for %1. Add it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook address of %1 is not a web address. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook address of %1 must start with https://. Check it in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook address of %1 contains a key (such as sig=). Move it to Secret webhook URL in Channels, so it is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret of %1 contains a line break. Paste it again in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook is turned off or was deleted (HTTP 410). Turn the Zap or flow on again, or paste its new address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing receives events at the webhook address (HTTP 404): the Zap or flow may have been deleted or turned off. Check the address in Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver answered with a redirect (HTTP %1); Tidings does not follow redirects. Use the final address in Channels.</source>
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
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test event sent by Tidings to check this connection. Nobody is notified.</source>
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
    <message>
        <source>New orders, status changes, cancellations, refunds and tracking numbers, read every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with &quot;ck_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with &quot;cs_&quot;. WooCommerce shows it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your WordPress site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom order statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for statuses added by plugins: a JSON object from the WooCommerce status to one of Tidings&apos; statuses, or &quot;ignore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking meta key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if a tracking plugin other than WooCommerce Shipment Tracking stores the tracking number: the order meta key it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WordPress admin, open WooCommerce → Settings → Advanced → REST API and click &quot;Add key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description &quot;Tidings&quot;, Permissions &quot;Read&quot;, then &quot;Generate API key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the consumer key and consumer secret here. WooCommerce shows the secret only once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
