<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Informiert die Kunden Ihres Shops über ihre Bestellungen.

Befehle:
  (keiner)               Tidings-Fenster öffnen
  --headless             ohne Fenster ausführen (als Dienst)
  config import FILE     Konfigurationsdatei laden
  config export          Konfiguration ausgeben, ohne Geheimnisse
  config send-test CHANNEL ADDRESS
                         Testnachricht über einen Kanal senden
  config check CHANNEL   Schlüssel und Einstellungen eines Kanals beim Anbieter prüfen
                         (sendet nichts)</translation>
    </message>
    <message>
        <source>Keep data in DIR instead of the per-user data folder.</source>
        <translation>Daten in DIR statt im Datenordner des Benutzers speichern.</translation>
    </message>
    <message>
        <source>Run without a window; stop with Ctrl+C or SIGTERM.</source>
        <translation>Ohne Fenster ausführen; beenden mit Ctrl+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>With --headless: import FILE before starting.</source>
        <translation>Mit --headless: FILE vor dem Start importieren.</translation>
    </message>
    <message>
        <source>With config export: write to FILE.</source>
        <translation>Mit config export: in FILE schreiben.</translation>
    </message>
    <message>
        <source>Open the window minimized (in the system tray where the desktop has one).</source>
        <translation>Fenster minimiert öffnen (im Infobereich der Taskleiste, sofern vorhanden).</translation>
    </message>
    <message>
        <source>config import|export</source>
        <translation>config import|export</translation>
    </message>
    <message>
        <source>Unknown command. Try: tidings --help</source>
        <translation>Unbekannter Befehl. Versuchen Sie: tidings --help</translation>
    </message>
    <message>
        <source>Usage: tidings config import FILE | tidings config export [--output FILE] | tidings config send-test CHANNEL ADDRESS | tidings config check CHANNEL</source>
        <translation>Verwendung: tidings config import FILE | tidings config export [--output FILE] | tidings config send-test CHANNEL ADDRESS | tidings config check CHANNEL</translation>
    </message>
    <message>
        <source>--config goes with --headless. To load a file for the window, use: tidings config import FILE</source>
        <translation>--config gehört zu --headless. Um eine Datei für das Fenster zu laden, verwenden Sie: tidings config import FILE</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s)</source>
        <translation>
            <numerusform>%n Quelle importiert</numerusform>
            <numerusform>%n Quellen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) saved to the keychain.</source>
        <translation>
            <numerusform>%n Geheimnis im Schlüsselbund gespeichert.</numerusform>
            <numerusform>%n Geheimnisse im Schlüsselbund gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no channel &quot;%1&quot;. Channels: %2.</source>
        <translation>Es gibt keinen Kanal „%1“. Kanäle: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
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
        <translation>Deals, die in ActiveCampaign hinzugefügt oder in eine andere Phase verschoben wurden, mit dem Kontakt des Deals.</translation>
    </message>
    <message>
        <source>Address token</source>
        <translation>Adress-Token</translation>
    </message>
    <message>
        <source>Tidings makes this token. It is the end of the webhook URL you paste into ActiveCampaign, so keep that URL private.</source>
        <translation>Tidings erstellt dieses Token. Es ist das Ende der Webhook-URL, die Sie in ActiveCampaign einfügen – halten Sie diese URL also geheim.</translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation>Phasenzuordnung</translation>
    </message>
    <message>
        <source>Which deal stage means which order status, as JSON, by stage name or stage id. Stages not listed are recorded and notify nobody.</source>
        <translation>Welche Deal-Phase welchen Bestellstatus bedeutet, als JSON, nach Phasenname oder Phasen-ID. Nicht aufgeführte Phasen werden erfasst, benachrichtigen aber niemanden.</translation>
    </message>
    <message>
        <source>In ActiveCampaign, open Settings → Developer → Manage Webhooks and click Add.</source>
        <translation>Öffnen Sie in ActiveCampaign Settings → Developer → Manage Webhooks und klicken Sie auf Add.</translation>
    </message>
    <message>
        <source>Give it a name and paste this URL: %1</source>
        <translation>Geben Sie einen Namen ein und fügen Sie diese URL ein: %1</translation>
    </message>
    <message>
        <source>Under &quot;Type&quot;, tick &quot;Deal Added&quot; and &quot;Deal Updated&quot;; under &quot;Initialize From&quot;, tick every source (by a contact, by an admin user, by the API, by system processes).</source>
        <translation>Haken Sie unter „Type“ die Optionen „Deal Added“ und „Deal Updated“ an; haken Sie unter „Initialize From“ jede Quelle an (by a contact, by an admin user, by the API, by system processes).</translation>
    </message>
    <message>
        <source>Click Add, then list your deal stages in Tidings&apos; stage map.</source>
        <translation>Klicken Sie auf Add und tragen Sie dann Ihre Deal-Phasen in die Phasenzuordnung von Tidings ein.</translation>
    </message>
    <message>
        <source>ActiveCampaign never sends a webhook twice, so keep Tidings running (or its relay reachable) to miss nothing.</source>
        <translation>ActiveCampaign sendet einen Webhook nie zweimal. Lassen Sie Tidings daher laufen (oder sein Relay erreichbar), damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>No address token is saved for %1, so its ActiveCampaign webhooks cannot be checked and were refused. Set the connection up again in Connections.</source>
        <translation>Für %1 ist kein Adress-Token gespeichert, daher können die ActiveCampaign-Webhooks nicht geprüft werden und wurden abgewiesen. Richten Sie die Verbindung unter „Verbindungen“ erneut ein.</translation>
    </message>
    <message>
        <source>A request reached the ActiveCampaign address of %1 without the right token, so it was refused. Check that the webhook URL in ActiveCampaign is exactly the one Tidings shows.</source>
        <translation>Eine Anfrage erreichte die ActiveCampaign-Adresse von %1 ohne das richtige Token und wurde daher abgewiesen. Prüfen Sie, ob die Webhook-URL in ActiveCampaign genau der von Tidings angezeigten entspricht.</translation>
    </message>
    <message>
        <source>ActiveCampaign sent a webhook Tidings cannot read, so it was refused.</source>
        <translation>ActiveCampaign hat einen Webhook gesendet, den Tidings nicht lesen kann; er wurde abgewiesen.</translation>
    </message>
    <message>
        <source>ActiveCampaign sent a webhook without its type, so Tidings cannot tell what happened.</source>
        <translation>ActiveCampaign hat einen Webhook ohne Typ gesendet, daher kann Tidings nicht erkennen, was passiert ist.</translation>
    </message>
    <message>
        <source>ActiveCampaign sent a deal webhook without the deal&apos;s id, so it cannot be matched to an order.</source>
        <translation>ActiveCampaign hat einen Deal-Webhook ohne die ID des Deals gesendet, daher kann er keiner Bestellung zugeordnet werden.</translation>
    </message>
    <message>
        <source>Test deal from Tidings</source>
        <translation>Test-Deal von Tidings</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
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
        <translation>Fügt den Kunden einer ActiveCampaign-Automation hinzu, die die Nachricht sendet.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>ActiveCampaign → Settings → Developer → API Access: Key.</source>
        <translation>ActiveCampaign → Settings → Developer → API Access: Key.</translation>
    </message>
    <message>
        <source>Account API address</source>
        <translation>API-Adresse des Kontos</translation>
    </message>
    <message>
        <source>ActiveCampaign → Settings → Developer → API Access: URL.</source>
        <translation>ActiveCampaign → Settings → Developer → API Access: URL.</translation>
    </message>
    <message>
        <source>Automation ID</source>
        <translation>Automation-ID</translation>
    </message>
    <message>
        <source>The number of the automation to start (in its address when you open it in ActiveCampaign).</source>
        <translation>Die Nummer der Automation, die gestartet werden soll (steht in ihrer Adresse, wenn Sie sie in ActiveCampaign öffnen).</translation>
    </message>
    <message>
        <source>In ActiveCampaign, build an automation that starts with &quot;Runs once&quot; or &quot;API&quot; and sends your message; note its number from the address bar.</source>
        <translation>Erstellen Sie in ActiveCampaign eine Automation, die mit „Runs once“ oder „API“ beginnt und Ihre Nachricht sendet; notieren Sie ihre Nummer aus der Adressleiste.</translation>
    </message>
    <message>
        <source>Open Settings → Developer and copy the URL and the Key under API Access.</source>
        <translation>Öffnen Sie Settings → Developer und kopieren Sie die URL und den Key unter API Access.</translation>
    </message>
    <message>
        <source>Paste the URL, the key and the automation number here.</source>
        <translation>Fügen Sie hier die URL, den Schlüssel und die Automation-Nummer ein.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Der für %1 gespeicherte API-Schlüssel enthält Leerzeichen oder Zeilenumbrüche. Fügen Sie ihn unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>No account API address is set for %1. Copy it from ActiveCampaign → Settings → Developer.</source>
        <translation>Für %1 ist keine API-Adresse des Kontos festgelegt. Kopieren Sie sie aus ActiveCampaign → Settings → Developer.</translation>
    </message>
    <message>
        <source>No automation number is set for %1. Add it in Channels.</source>
        <translation>Für %1 ist keine Automation-Nummer festgelegt. Tragen Sie sie unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>Die Benachrichtigung hat keine Empfängeradresse.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>ActiveCampaign saved the contact but gave no contact number. Tidings will try again.</source>
        <translation>ActiveCampaign hat den Kontakt gespeichert, aber keine Kontaktnummer zurückgegeben. Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>ActiveCampaign has no automation number %1 in this account. Check the automation number and the account API address in Channels.</source>
        <translation>ActiveCampaign hat in diesem Konto keine Automation mit der Nummer %1. Prüfen Sie die Automation-Nummer und die API-Adresse des Kontos unter „Kanäle“.</translation>
    </message>
    <message>
        <source>ActiveCampaign answered the connection check in an unexpected way (HTTP %1). Check the account API address in Channels.</source>
        <translation>ActiveCampaign hat auf die Verbindungsprüfung unerwartet geantwortet (HTTP %1). Prüfen Sie die API-Adresse des Kontos unter „Kanäle“.</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the connection check (HTTP %1). Check the account API address in Channels.</source>
        <translation>ActiveCampaign hat die Verbindungsprüfung abgelehnt (HTTP %1). Prüfen Sie die API-Adresse des Kontos unter „Kanäle“.</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the connection check: %1</source>
        <translation>ActiveCampaign hat die Verbindungsprüfung abgelehnt: %1</translation>
    </message>
    <message>
        <source>ActiveCampaign answered the connection check without the automation. Check the account API address in Channels.</source>
        <translation>ActiveCampaign hat auf die Verbindungsprüfung ohne die Automation geantwortet. Prüfen Sie die API-Adresse des Kontos unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The API key works, but automation %1 is inactive, so it would send nothing. Activate it in ActiveCampaign → Automations.</source>
        <translation>Der API-Schlüssel funktioniert, aber Automation %1 ist inaktiv und würde daher nichts senden. Aktivieren Sie sie in ActiveCampaign → Automations.</translation>
    </message>
    <message>
        <source>the API key works and automation %1 is active.</source>
        <translation>der API-Schlüssel funktioniert und Automation %1 ist aktiv.</translation>
    </message>
    <message>
        <source>the API key works and automation %1 exists.</source>
        <translation>der API-Schlüssel funktioniert und Automation %1 existiert.</translation>
    </message>
    <message>
        <source>ActiveCampaign is limiting how fast this account may make requests. Tidings will try again when ActiveCampaign allows it.</source>
        <translation>ActiveCampaign begrenzt, wie schnell dieses Konto Anfragen stellen darf. Tidings versucht es erneut, sobald ActiveCampaign es zulässt.</translation>
    </message>
    <message>
        <source>ActiveCampaign had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>ActiveCampaign hatte ein vorübergehendes Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the API key. Check the key and the account address in Channels.</source>
        <translation>ActiveCampaign hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel und die Kontoadresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>ActiveCampaign did not find the account address or the automation (HTTP 404). Check both in Channels.</source>
        <translation>ActiveCampaign hat die Kontoadresse oder die Automation nicht gefunden (HTTP 404). Prüfen Sie beides unter „Kanäle“.</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the request (HTTP %1).</source>
        <translation>ActiveCampaign hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the request: %1</source>
        <translation>ActiveCampaign hat die Anfrage abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::ActivityQueries</name>
    <message>
        <source>Tidings could not count today&apos;s activity.</source>
        <translation>Tidings konnte die heutige Aktivität nicht zählen.</translation>
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
        <translation>Sendungsverfolgungs-Updates der Versanddienstleister (unterwegs, in Zustellung, zugestellt, Probleme) für Sendungen, die Tidings bereits anhand der Sendungsnummer kennt.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>AfterShip shows it in Tracking → Settings → Webhooks, under &quot;Webhook secret&quot;. Copy it here.</source>
        <translation>AfterShip zeigt es unter Tracking → Settings → Webhooks bei „Webhook secret“ an. Kopieren Sie es hierher.</translation>
    </message>
    <message>
        <source>In AfterShip, open Tracking → Settings → Webhooks.</source>
        <translation>Öffnen Sie in AfterShip Tracking → Settings → Webhooks.</translation>
    </message>
    <message>
        <source>Add a webhook URL and paste this URL: %1</source>
        <translation>Fügen Sie eine Webhook-URL hinzu und setzen Sie diese URL ein: %1</translation>
    </message>
    <message>
        <source>Choose the shipment status updates to send (at least In transit, Out for delivery, Failed attempt, Available for pickup, Delivered and Exception).</source>
        <translation>Wählen Sie die Sendungsstatus-Updates, die gesendet werden sollen (mindestens In transit, Out for delivery, Failed attempt, Available for pickup, Delivered und Exception).</translation>
    </message>
    <message>
        <source>Copy the webhook secret shown on the same page and paste it into Tidings.</source>
        <translation>Kopieren Sie das auf derselben Seite angezeigte Webhook-Geheimnis und fügen Sie es in Tidings ein.</translation>
    </message>
    <message>
        <source>AfterShip updates shipments by tracking number: the shop&apos;s own source (Shopify, WooCommerce, ...) must send the shipment with its tracking number first, or the update is recorded and nobody is told.</source>
        <translation>AfterShip aktualisiert Sendungen anhand der Sendungsnummer: Die eigene Quelle des Shops (Shopify, WooCommerce, ...) muss die Sendung zuerst mit ihrer Sendungsnummer senden, sonst wird das Update nur erfasst und niemand benachrichtigt.</translation>
    </message>
    <message>
        <source>A request reached this AfterShip connection&apos;s address without an AfterShip signature, so it was refused. Only AfterShip should send requests to this address.</source>
        <translation>Eine Anfrage erreichte die Adresse dieser AfterShip-Verbindung ohne AfterShip-Signatur und wurde daher abgewiesen. Nur AfterShip sollte Anfragen an diese Adresse senden.</translation>
    </message>
    <message>
        <source>No webhook secret is saved for this AfterShip connection, so its updates cannot be checked and were refused. Add the secret in Connections.</source>
        <translation>Für diese AfterShip-Verbindung ist kein Webhook-Geheimnis gespeichert, daher können ihre Updates nicht geprüft werden und wurden abgewiesen. Tragen Sie das Geheimnis unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>An AfterShip update&apos;s signature does not match the webhook secret saved for this connection. Check the secret in Connections against AfterShip&apos;s webhook settings.</source>
        <translation>Die Signatur eines AfterShip-Updates passt nicht zum Webhook-Geheimnis, das für diese Verbindung gespeichert ist. Vergleichen Sie das Geheimnis unter „Verbindungen“ mit den Webhook-Einstellungen von AfterShip.</translation>
    </message>
    <message>
        <source>AfterShip sent an update whose content is not a JSON object, so it could not be read.</source>
        <translation>AfterShip hat ein Update gesendet, dessen Inhalt kein JSON-Objekt ist; es konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>AfterShip sent an update without an event name, so Tidings cannot tell what happened.</source>
        <translation>AfterShip hat ein Update ohne Ereignisnamen gesendet, daher kann Tidings nicht erkennen, was passiert ist.</translation>
    </message>
    <message>
        <source>AfterShip sent a tracking update without a tracking number, so it cannot be matched to a shipment.</source>
        <translation>AfterShip hat ein Sendungsverfolgungs-Update ohne Sendungsnummer gesendet, daher kann es keiner Sendung zugeordnet werden.</translation>
    </message>
    <message>
        <source>Test parcel from Tidings</source>
        <translation>Testpaket von Tidings</translation>
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
        <translation>Neue und geänderte Bestellzeilen in einer Airtable-Tabelle: Status, Sendungsnummern, Kunden.</translation>
    </message>
    <message>
        <source>Webhook MAC secret</source>
        <translation>Webhook-MAC-Geheimnis</translation>
    </message>
    <message>
        <source>The macSecretBase64 value Airtable returns once, when the webhook is created with the command below. Paste it exactly as shown.</source>
        <translation>Der Wert macSecretBase64, den Airtable einmalig zurückgibt, wenn der Webhook mit dem unten stehenden Befehl erstellt wird. Fügen Sie ihn genau so ein, wie er angezeigt wird.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Create it at airtable.com/create/tokens with the scopes data.records:read and webhook:manage (add schema.bases:read to use column names in the field map) and access to this base. Tidings uses it to read the changes.</source>
        <translation>Erstellen Sie es unter airtable.com/create/tokens mit den Scopes data.records:read und webhook:manage (fügen Sie schema.bases:read hinzu, um Spaltennamen in der Feldzuordnung zu verwenden) und mit Zugriff auf diese Base. Tidings verwendet es, um die Änderungen zu lesen.</translation>
    </message>
    <message>
        <source>Base id</source>
        <translation>Base-ID</translation>
    </message>
    <message>
        <source>Starts with &quot;app&quot;; it is part of the base&apos;s address in the browser.</source>
        <translation>Beginnt mit „app“; sie ist Teil der Adresse der Base im Browser.</translation>
    </message>
    <message>
        <source>Webhook id</source>
        <translation>Webhook-ID</translation>
    </message>
    <message>
        <source>Starts with &quot;ach&quot;; Airtable returns it when the webhook is created.</source>
        <translation>Beginnt mit „ach“; Airtable gibt sie zurück, wenn der Webhook erstellt wird.</translation>
    </message>
    <message>
        <source>Orders table id</source>
        <translation>ID der Bestelltabelle</translation>
    </message>
    <message>
        <source>Starts with &quot;tbl&quot;. Optional: when set, changes in other tables of the base are ignored.</source>
        <translation>Beginnt mit „tbl“. Optional: Wenn gesetzt, werden Änderungen in anderen Tabellen der Base ignoriert.</translation>
    </message>
    <message>
        <source>Field map</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <source>Status map</source>
        <translation>Statuszuordnung</translation>
    </message>
    <message>
        <source>Your status words and what they mean, as JSON (any letter case): paid, shipped, delivered, cancelled, refunded, ... Words not listed are kept but notify nobody.</source>
        <translation>Ihre Statuswörter und ihre Bedeutung, als JSON (Groß-/Kleinschreibung egal): paid, shipped, delivered, cancelled, refunded, ... Nicht aufgeführte Wörter werden gespeichert, benachrichtigen aber niemanden.</translation>
    </message>
    <message>
        <source>Create a personal access token at airtable.com/create/tokens with the scopes data.records:read and webhook:manage (and schema.bases:read if the field map uses column names), give it access to your orders base, and paste it into Tidings.</source>
        <translation>Erstellen Sie unter airtable.com/create/tokens ein persönliches Zugriffstoken mit den Scopes data.records:read und webhook:manage (und schema.bases:read, falls die Feldzuordnung Spaltennamen verwendet), geben Sie ihm Zugriff auf die Base mit Ihren Bestellungen und fügen Sie es in Tidings ein.</translation>
    </message>
    <message>
        <source>Enter the base id (&quot;app…&quot;, in the base&apos;s address) and, optionally, the orders table id (&quot;tbl…&quot;).</source>
        <translation>Geben Sie die Base-ID („app…“, in der Adresse der Base) und optional die ID der Bestelltabelle („tbl…“) ein.</translation>
    </message>
    <message>
        <source>Airtable has no screen for webhooks: create one with the command below, in a terminal, after putting in your token, base id and table id. It tells Airtable to notify this address: %1</source>
        <translation>Airtable hat keine Oberfläche für Webhooks: Erstellen Sie einen mit dem unten stehenden Befehl in einem Terminal, nachdem Sie Ihr Token, die Base-ID und die Tabellen-ID eingesetzt haben. Er weist Airtable an, diese Adresse zu benachrichtigen: %1</translation>
    </message>
    <message>
        <source>Airtable answers with an id (&quot;ach…&quot;) and a macSecretBase64: enter the id as the webhook id and paste the macSecretBase64 as the webhook MAC secret. Airtable shows the secret only once.</source>
        <translation>Airtable antwortet mit einer ID („ach…“) und einem macSecretBase64: Geben Sie die ID als Webhook-ID ein und fügen Sie den macSecretBase64 als Webhook-MAC-Geheimnis ein. Airtable zeigt das Geheimnis nur einmal an.</translation>
    </message>
    <message>
        <source>Fill in the field map and the status map so Tidings knows which columns hold the order number, email, status and tracking number.</source>
        <translation>Füllen Sie die Feldzuordnung und die Statuszuordnung aus, damit Tidings weiß, welche Spalten Bestellnummer, E-Mail, Status und Sendungsnummer enthalten.</translation>
    </message>
    <message>
        <source>Change a row in the table: the change appears in Tidings&apos; Monitor. Tidings also reads the changes when it starts and every few hours, which keeps the webhook alive: Airtable switches off a webhook that nobody has read for 7 days, and it then has to be created again.</source>
        <translation>Ändern Sie eine Zeile in der Tabelle: Die Änderung erscheint im Monitor von Tidings. Tidings liest die Änderungen außerdem beim Start und alle paar Stunden, was den Webhook aktiv hält: Airtable schaltet einen Webhook ab, den 7 Tage lang niemand gelesen hat, und er muss dann neu erstellt werden.</translation>
    </message>
    <message>
        <source>A request reached the Airtable address of &quot;%1&quot; without Airtable&apos;s signature, so it was refused. Only Airtable should send requests to this address.</source>
        <translation>Eine Anfrage erreichte die Airtable-Adresse von „%1“ ohne Airtable-Signatur und wurde daher abgewiesen. Nur Airtable sollte Anfragen an diese Adresse senden.</translation>
    </message>
    <message>
        <source>No webhook MAC secret is saved for &quot;%1&quot;, so Airtable&apos;s notifications cannot be checked and were refused. Add the macSecretBase64 in Connections.</source>
        <translation>Für „%1“ ist kein Webhook-MAC-Geheimnis gespeichert, daher können die Benachrichtigungen von Airtable nicht geprüft werden und wurden abgewiesen. Tragen Sie den macSecretBase64 unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>The webhook MAC secret saved for &quot;%1&quot; is not the macSecretBase64 value Airtable returned (it is not base64 text), so notifications cannot be checked. Paste the value again in Connections.</source>
        <translation>Das für „%1“ gespeicherte Webhook-MAC-Geheimnis ist nicht der von Airtable zurückgegebene macSecretBase64-Wert (es ist kein Base64-Text), daher können Benachrichtigungen nicht geprüft werden. Fügen Sie den Wert unter „Verbindungen“ erneut ein.</translation>
    </message>
    <message>
        <source>A notification for &quot;%1&quot; carried a signature in a form Airtable does not use, so it was refused.</source>
        <translation>Eine Benachrichtigung für „%1“ trug eine Signatur in einer Form, die Airtable nicht verwendet; sie wurde abgewiesen.</translation>
    </message>
    <message>
        <source>A notification&apos;s signature does not match the webhook MAC secret saved for &quot;%1&quot;. Check that the secret belongs to this webhook (Airtable makes a new one for every webhook).</source>
        <translation>Die Signatur einer Benachrichtigung passt nicht zum Webhook-MAC-Geheimnis, das für „%1“ gespeichert ist. Prüfen Sie, ob das Geheimnis zu diesem Webhook gehört (Airtable erstellt für jeden Webhook ein neues).</translation>
    </message>
    <message>
        <source>Airtable sent a notification for &quot;%1&quot; that is not a JSON object, so it could not be read.</source>
        <translation>Airtable hat für „%1“ eine Benachrichtigung gesendet, die kein JSON-Objekt ist; sie konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Airtable sent a notification for &quot;%1&quot; without its base, webhook or time, so it cannot be matched to a webhook.</source>
        <translation>Airtable hat für „%1“ eine Benachrichtigung ohne Base, Webhook oder Zeitpunkt gesendet, daher kann sie keinem Webhook zugeordnet werden.</translation>
    </message>
    <message>
        <source>Airtable sent a notification for base %1, webhook %2, but &quot;%3&quot; is set up for base %4, webhook %5. Check the base id and webhook id in Connections.</source>
        <translation>Airtable hat eine Benachrichtigung für Base %1, Webhook %2 gesendet, aber „%3“ ist für Base %4, Webhook %5 eingerichtet. Prüfen Sie die Base-ID und die Webhook-ID unter „Verbindungen“.</translation>
    </message>
    <message>
        <source>Which column holds what, as JSON: column id or name → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice or currency. For stock levels: sku, productName, stockQuantity, stockStatus and location; a row with a SKU and a quantity or stock status but no order id is read as the product&apos;s stock.</source>
        <translation>Welche Spalte was enthält, als JSON: Spalten-ID oder -name → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice oder currency. Für Lagerbestände: sku, productName, stockQuantity, stockStatus und location; eine Zeile mit SKU und Menge oder Lagerstatus, aber ohne Bestell-ID, wird als Bestand des Produkts gelesen.</translation>
    </message>
</context>
<context>
    <name>Tidings::AirtablePayloadFetcher</name>
    <message>
        <source>The base id or webhook id of &quot;%1&quot; is missing or not an Airtable id, so Tidings cannot read its changes. Enter both in Connections.</source>
        <translation>Die Base-ID oder Webhook-ID von „%1“ fehlt oder ist keine Airtable-ID, daher kann Tidings die Änderungen nicht lesen. Geben Sie beide unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>No personal access token is saved for &quot;%1&quot;, so Tidings cannot read the changes Airtable announces. Add the token in Connections.</source>
        <translation>Für „%1“ ist kein persönliches Zugriffstoken gespeichert, daher kann Tidings die von Airtable gemeldeten Änderungen nicht lesen. Tragen Sie das Token unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>The Airtable address set for &quot;%1&quot; is not an https address, so Tidings will not send the access token there.</source>
        <translation>Die für „%1“ festgelegte Airtable-Adresse ist keine https-Adresse, daher sendet Tidings das Zugriffstoken nicht dorthin.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Airtable refused the access token saved for &quot;%1&quot; (HTTP %2), so Tidings cannot read its changes. Check that the personal access token still exists, has the scopes data.records:read and webhook:manage (and schema.bases:read when the field map uses column names) and has access to this base, then save it again in Connections.</source>
        <translation>Airtable hat das für „%1“ gespeicherte Zugriffstoken abgelehnt (HTTP %2), daher kann Tidings die Änderungen nicht lesen. Prüfen Sie, ob das persönliche Zugriffstoken noch existiert, die Scopes data.records:read und webhook:manage hat (und schema.bases:read, wenn die Feldzuordnung Spaltennamen verwendet) und Zugriff auf diese Base hat, und speichern Sie es dann unter „Verbindungen“ erneut.</translation>
    </message>
    <message>
        <source>Airtable does not know the base or webhook set up for &quot;%1&quot;. A webhook that nobody read for 7 days is switched off: create it again (see the setup steps) and enter its new id and secret in Connections.</source>
        <translation>Airtable kennt die für „%1“ eingerichtete Base oder den Webhook nicht. Ein Webhook, den 7 Tage lang niemand gelesen hat, wird abgeschaltet: Erstellen Sie ihn neu (siehe Einrichtungsschritte) und geben Sie seine neue ID und sein Geheimnis unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>Airtable refused to hand over the changes of &quot;%1&quot; (HTTP %2).</source>
        <translation>Airtable hat die Herausgabe der Änderungen von „%1“ verweigert (HTTP %2).</translation>
    </message>
    <message>
        <source>Tidings has nowhere to store Airtable&apos;s changes.</source>
        <translation>Tidings hat keinen Ort, um die Änderungen von Airtable zu speichern.</translation>
    </message>
    <message>
        <source>Airtable reports that the webhook of &quot;%1&quot; no longer works (%2). Create it again (see the setup steps) and enter its new id and secret in Connections.</source>
        <translation>Airtable meldet, dass der Webhook von „%1“ nicht mehr funktioniert (%2). Erstellen Sie ihn neu (siehe Einrichtungsschritte) und geben Sie seine neue ID und sein Geheimnis unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>Tidings could not save an incoming event.</source>
        <translation>Tidings konnte ein eingehendes Ereignis nicht speichern.</translation>
    </message>
    <message>
        <source>Tidings cannot read the changes of &quot;%1&quot; from Airtable at the moment. It keeps trying; nothing is lost while Airtable keeps them (7 days).</source>
        <translation>Tidings kann die Änderungen von „%1“ derzeit nicht von Airtable lesen. Es versucht es weiter; nichts geht verloren, solange Airtable sie aufbewahrt (7 Tage).</translation>
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
        <translation>Die Feldzuordnung von „%1“ ist leer, daher weiß Tidings nicht, welche Spalten Bestellung, Status und Sendungsnummer enthalten. Füllen Sie sie in den Einstellungen der Quelle aus.</translation>
    </message>
    <message>
        <source>The field map of &quot;%1&quot; mixes column names and column ids (&quot;fld…&quot;). Use the names as they appear in the table&apos;s header, or only ids.</source>
        <translation>Die Feldzuordnung von „%1“ mischt Spaltennamen und Spalten-IDs („fld…“). Verwenden Sie die Namen, wie sie im Tabellenkopf stehen, oder nur IDs.</translation>
    </message>
    <message>
        <source>Name the last-changed column of &quot;%1&quot; the way the field map names columns: by its name in the table&apos;s header, or by its &quot;fld…&quot; id when the field map uses ids.</source>
        <translation>Benennen Sie die Spalte „zuletzt geändert“ von „%1“ so, wie die Feldzuordnung Spalten benennt: mit ihrem Namen im Tabellenkopf oder mit ihrer „fld…“-ID, wenn die Feldzuordnung IDs verwendet.</translation>
    </message>
    <message>
        <source>The last-changed column of &quot;%1&quot; is named &quot;%2&quot;; Tidings cannot use a column whose name holds { or }. Rename the column in Airtable and in the source&apos;s settings.</source>
        <translation>Die Spalte „zuletzt geändert“ von „%1“ heißt „%2“; Tidings kann keine Spalte verwenden, deren Name { oder } enthält. Benennen Sie die Spalte in Airtable und in den Einstellungen der Quelle um.</translation>
    </message>
    <message>
        <source>Airtable answered with something that is not a list of rows. Tidings will ask again.</source>
        <translation>Airtable hat mit etwas geantwortet, das keine Liste von Zeilen ist. Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>New and changed order rows in an Airtable table: statuses, tracking numbers, customers, read every few minutes. No webhook to set up.</source>
        <translation>Neue und geänderte Bestellzeilen in einer Airtable-Tabelle: Status, Sendungsnummern, Kunden, alle paar Minuten gelesen. Kein Webhook einzurichten.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Create it at airtable.com/create/tokens with the scope data.records:read and access to the base with your orders. It starts with &quot;pat&quot;.</source>
        <translation>Erstellen Sie es unter airtable.com/create/tokens mit dem Scope data.records:read und Zugriff auf die Base mit Ihren Bestellungen. Es beginnt mit „pat“.</translation>
    </message>
    <message>
        <source>Airtable API address</source>
        <translation>Airtable-API-Adresse</translation>
    </message>
    <message>
        <source>Leave empty for https://api.airtable.com; change it only for a test server.</source>
        <translation>Leer lassen für https://api.airtable.com; ändern Sie sie nur für einen Testserver.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>The base&apos;s address from the browser, or the id in it that starts with &quot;app&quot;.</source>
        <translation>Die Adresse der Base aus dem Browser oder die darin enthaltene ID, die mit „app“ beginnt.</translation>
    </message>
    <message>
        <source>Orders table</source>
        <translation>Bestelltabelle</translation>
    </message>
    <message>
        <source>The table&apos;s name exactly as on its tab, or its id (starts with &quot;tbl&quot;). Optional when the base address above includes the table.</source>
        <translation>Der Name der Tabelle genau wie auf ihrem Reiter oder ihre ID (beginnt mit „tbl“). Optional, wenn die Base-Adresse oben die Tabelle enthält.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Optional: only the rows this view shows (its name or &quot;viw…&quot; id), e.g. a view that hides test orders.</source>
        <translation>Optional: nur die Zeilen, die diese Ansicht zeigt (ihr Name oder ihre „viw…“-ID), z. B. eine Ansicht, die Testbestellungen ausblendet.</translation>
    </message>
    <message>
        <source>Field map</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <source>Last changed column</source>
        <translation>Spalte „zuletzt geändert“</translation>
    </message>
    <message>
        <source>Optional but recommended: a column of the type &quot;Last modified time&quot;. With it, rows are read oldest change first and each change has its time.</source>
        <translation>Optional, aber empfohlen: eine Spalte vom Typ „Last modified time“. Damit werden die Zeilen in der Reihenfolge ihrer Änderung gelesen, älteste zuerst, und jede Änderung hat ihren Zeitpunkt.</translation>
    </message>
    <message>
        <source>Status map</source>
        <translation>Statuszuordnung</translation>
    </message>
    <message>
        <source>Your status words and what they mean, as JSON (any letter case): paid, shipped, delivered, cancelled, refunded, ... Words not listed are kept but notify nobody.</source>
        <translation>Ihre Statuswörter und ihre Bedeutung, als JSON (Groß-/Kleinschreibung egal): paid, shipped, delivered, cancelled, refunded, ... Nicht aufgeführte Wörter werden gespeichert, benachrichtigen aber niemanden.</translation>
    </message>
    <message>
        <source>Open airtable.com/create/tokens and click &quot;Create token&quot;. Name it &quot;Tidings&quot;, add the scope data.records:read, and under Access add the base that holds your orders. Create it and paste the token (it starts with &quot;pat&quot;) here; Airtable shows it only once.</source>
        <translation>Öffnen Sie airtable.com/create/tokens und klicken Sie auf „Create token“. Nennen Sie es „Tidings“, fügen Sie den Scope data.records:read hinzu und fügen Sie unter Access die Base mit Ihren Bestellungen hinzu. Erstellen Sie es und fügen Sie das Token (es beginnt mit „pat“) hier ein; Airtable zeigt es nur einmal an.</translation>
    </message>
    <message>
        <source>Open the orders table in your browser and paste its address as the base: Tidings reads the base id (&quot;app…&quot;) and the table id (&quot;tbl…&quot;) from it. Or type the table&apos;s name.</source>
        <translation>Öffnen Sie die Bestelltabelle in Ihrem Browser und fügen Sie ihre Adresse als Base ein: Tidings liest daraus die Base-ID („app…“) und die Tabellen-ID („tbl…“). Oder geben Sie den Namen der Tabelle ein.</translation>
    </message>
    <message>
        <source>Recommended: add a field of the type &quot;Last modified time&quot; (all fields) to the table and enter its name as the last changed column, so every change is read in order and with its time.</source>
        <translation>Empfohlen: Fügen Sie der Tabelle ein Feld vom Typ „Last modified time“ (alle Felder) hinzu und geben Sie seinen Namen als Spalte „zuletzt geändert“ ein, damit jede Änderung der Reihe nach und mit ihrem Zeitpunkt gelesen wird.</translation>
    </message>
    <message>
        <source>Fill in the field map and the status map so Tidings knows which columns hold the order number, email, status and tracking number.</source>
        <translation>Füllen Sie die Feldzuordnung und die Statuszuordnung aus, damit Tidings weiß, welche Spalten Bestellnummer, E-Mail, Status und Sendungsnummer enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which Airtable base to read. Paste the base&apos;s address (or its id, starting with &quot;app&quot;) into its settings in Connections.</source>
        <translation>„%1“ gibt nicht an, welche Airtable-Base gelesen werden soll. Fügen Sie die Adresse der Base (oder ihre ID, beginnend mit „app“) in ihre Einstellungen unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which table holds the orders. Enter the table&apos;s name in its settings in Connections.</source>
        <translation>„%1“ gibt nicht an, welche Tabelle die Bestellungen enthält. Geben Sie den Namen der Tabelle in ihren Einstellungen unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>The table, view or column names of &quot;%1&quot; are too long for Airtable&apos;s address limit. Use the table&apos;s and view&apos;s ids (&quot;tbl…&quot;, &quot;viw…&quot;) instead.</source>
        <translation>Die Tabellen-, Ansichts- oder Spaltennamen von „%1“ sind zu lang für das Adresslimit von Airtable. Verwenden Sie stattdessen die IDs der Tabelle und der Ansicht („tbl…“, „viw…“).</translation>
    </message>
    <message>
        <source>Airtable refused the personal access token of &quot;%1&quot;. Check that the token still exists at airtable.com/create/tokens, and paste it again in Connections.</source>
        <translation>Airtable hat das persönliche Zugriffstoken von „%1“ abgelehnt. Prüfen Sie, ob das Token unter airtable.com/create/tokens noch existiert, und fügen Sie es unter „Verbindungen“ erneut ein.</translation>
    </message>
    <message>
        <source>Airtable does not let the token of &quot;%1&quot; read the table &quot;%2&quot; of the base %3: the token has no access to this base or lacks the scope data.records:read, or the base or table name is wrong. Check both at airtable.com/create/tokens and in the source&apos;s settings.</source>
        <translation>Airtable erlaubt dem Token von „%1“ nicht, die Tabelle „%2“ der Base %3 zu lesen: Das Token hat keinen Zugriff auf diese Base oder ihm fehlt der Scope data.records:read, oder der Name der Base oder Tabelle ist falsch. Prüfen Sie beides unter airtable.com/create/tokens und in den Einstellungen der Quelle.</translation>
    </message>
    <message>
        <source>Airtable forgot where Tidings was in the list of rows of &quot;%1&quot;. Tidings starts the list again.</source>
        <translation>Airtable hat vergessen, wo Tidings in der Zeilenliste von „%1“ war. Tidings beginnt die Liste von vorn.</translation>
    </message>
    <message>
        <source>Airtable could not read the rows of &quot;%1&quot; with the columns in its settings (%2). Check the column names in the source&apos;s settings: they must match the table&apos;s header exactly.</source>
        <translation>Airtable konnte die Zeilen von „%1“ mit den Spalten aus den Einstellungen nicht lesen (%2). Prüfen Sie die Spaltennamen in den Einstellungen der Quelle: Sie müssen genau mit dem Tabellenkopf übereinstimmen.</translation>
    </message>
    <message>
        <source>Airtable does not know the last changed column &quot;%1&quot; of &quot;%2&quot; (%3). Enter the name of a &quot;Last modified time&quot; column exactly as the table&apos;s header shows it, or leave the setting empty.</source>
        <translation>Airtable kennt die Spalte „zuletzt geändert“ „%1“ von „%2“ nicht (%3). Geben Sie den Namen einer Spalte vom Typ „Last modified time“ genau so ein, wie der Tabellenkopf ihn zeigt, oder lassen Sie die Einstellung leer.</translation>
    </message>
    <message>
        <source>The table of &quot;%1&quot; has no view &quot;%2&quot;. Check the view&apos;s name in the source&apos;s settings, or leave it empty.</source>
        <translation>Die Tabelle von „%1“ hat keine Ansicht „%2“. Prüfen Sie den Namen der Ansicht in den Einstellungen der Quelle oder lassen Sie ihn leer.</translation>
    </message>
    <message>
        <source>Airtable asked Tidings to slow down (at most 5 requests a second per base). Tidings will ask again in 30 seconds.</source>
        <translation>Airtable hat Tidings gebeten, langsamer zu werden (höchstens 5 Anfragen pro Sekunde und Base). Tidings fragt in 30 Sekunden erneut.</translation>
    </message>
    <message>
        <source>Airtable refused to list the rows of &quot;%1&quot;: %2</source>
        <translation>Airtable hat das Auflisten der Zeilen von „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>No Airtable personal access token is saved for &quot;%1&quot;, so its rows cannot be read. Add the token in Connections.</source>
        <translation>Für „%1“ ist kein persönliches Airtable-Zugriffstoken gespeichert, daher können die Zeilen nicht gelesen werden. Tragen Sie das Token unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>Tidings lost its place in Airtable&apos;s list of rows and starts again.</source>
        <translation>Tidings hat seine Position in der Zeilenliste von Airtable verloren und beginnt von vorn.</translation>
    </message>
    <message>
        <source>Which column holds what, as JSON: column name (or &quot;fld…&quot; id) → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice or currency. Without orderId the row&apos;s own id is the order id. For stock levels: sku, productName, stockQuantity, stockStatus and location; a row with a SKU and a quantity or stock status but no order id is read as the product&apos;s stock.</source>
        <translation>Welche Spalte was enthält, als JSON: Spaltenname (oder „fld…“-ID) → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice oder currency. Ohne orderId ist die eigene ID der Zeile die Bestell-ID. Für Lagerbestände: sku, productName, stockQuantity, stockStatus und location; eine Zeile mit SKU und Menge oder Lagerstatus, aber ohne Bestell-ID, wird als Bestand des Produkts gelesen.</translation>
    </message>
</context>
<context>
    <name>Tidings::AppConfig</name>
    <message>
        <source>&quot;%1&quot;: &quot;secrets&quot; must be an object.</source>
        <translation>„%1“: „secrets“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown secret &quot;%2&quot; (expected one of: %3).</source>
        <translation>„%1“: unbekanntes Geheimnis „%2“ (erwartet wird eines von: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: secret &quot;%2&quot; must be a non-empty text or null.</source>
        <translation>„%1“: Geheimnis „%2“ muss ein nicht leerer Text oder null sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; must be an object.</source>
        <translation>Eintrag %1 von „%2“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; needs an &quot;id&quot; of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (at most 64).</source>
        <translation>Eintrag %1 von „%2“ braucht eine „id“ aus Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; (höchstens 64).</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; appears twice in &quot;%2&quot;.</source>
        <translation>Die ID „%1“ kommt in „%2“ zweimal vor.</translation>
    </message>
    <message>
        <source>The configuration file is not valid JSON (at character %1: %2).</source>
        <translation>Die Konfigurationsdatei ist kein gültiges JSON (bei Zeichen %1: %2).</translation>
    </message>
    <message>
        <source>The configuration file must contain one JSON object.</source>
        <translation>Die Konfigurationsdatei muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>&quot;webhook&quot; must be an object.</source>
        <translation>„webhook“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;webhook.address&quot; must be an IP address such as 127.0.0.1.</source>
        <translation>„webhook.address“ muss eine IP-Adresse wie 127.0.0.1 sein.</translation>
    </message>
    <message>
        <source>&quot;webhook.port&quot; must be between 0 and 65535.</source>
        <translation>„webhook.port“ muss zwischen 0 und 65535 liegen.</translation>
    </message>
    <message>
        <source>&quot;webhook.maxBodyBytes&quot; must be between 1 KiB and 64 MiB.</source>
        <translation>„webhook.maxBodyBytes“ muss zwischen 1 KiB und 64 MiB liegen.</translation>
    </message>
    <message>
        <source>&quot;brand&quot; must be an object.</source>
        <translation>„brand“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;: unknown type &quot;%2&quot;.</source>
        <translation>Quelle „%1“: unbekannter Typ „%2“.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: unknown type &quot;%2&quot;.</source>
        <translation>Kanal „%1“: unbekannter Typ „%2“.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; needs a &quot;baseUrl&quot; such as https://api.sendgrid.com.</source>
        <translation>Kanal „%1“ braucht eine „baseUrl“ wie https://api.sendgrid.com.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; needs a valid &quot;fromEmail&quot;.</source>
        <translation>Kanal „%1“ braucht eine gültige „fromEmail“.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: &quot;replyTo&quot; is not an email address.</source>
        <translation>Kanal „%1“: „replyTo“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: addresses and names must be on one line.</source>
        <translation>Kanal „%1“: Adressen und Namen müssen in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: unknown trigger &quot;%2&quot;.</source>
        <translation>Regel „%1“: unbekannter Auslöser „%2“.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs a &quot;template&quot;.</source>
        <translation>Regel „%1“ braucht eine „template“.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names channel &quot;%2&quot;, which is not in &quot;channels&quot;.</source>
        <translation>Regel „%1“ nennt den Kanal „%2“, der nicht in „channels“ steht.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: &quot;recipient&quot; must be &quot;customer&quot; or an email address.</source>
        <translation>Regel „%1“: „recipient“ muss „customer“ oder eine E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>&quot;brand.logoFile&quot;: %1</source>
        <translation>„brand.logoFile“: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::Backup</name>
    <message>
        <source>%1 is not a Tidings backup, or it is damaged. Choose a file made with File → Back up data.</source>
        <translation>%1 ist keine Tidings-Sicherung oder ist beschädigt. Wählen Sie eine Datei, die mit Datei → Daten sichern erstellt wurde.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Tidings. Update Tidings, then restore it.</source>
        <translation>Diese Sicherung wurde mit einer neueren Version von Tidings erstellt. Aktualisieren Sie Tidings und stellen Sie sie dann wieder her.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no data to back up yet.</source>
        <translation>Es gibt noch keine Daten zum Sichern.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists, that you may write there and that the disk has room.</source>
        <translation>Die Sicherung konnte nicht in %1 geschrieben werden. Prüfen Sie, ob der Ordner existiert, ob Sie dort schreiben dürfen und ob auf dem Datenträger genug Platz ist.</translation>
    </message>
    <message>
        <source>The backup came out damaged and was not kept.</source>
        <translation>Die Sicherung war beschädigt und wurde nicht behalten.</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation>Die Sicherung konnte nicht als %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the data folder %1.</source>
        <translation>Die Sicherung konnte nicht in den Datenordner %1 kopiert werden.</translation>
    </message>
    <message>
        <source>The backup chosen for restoring could not be used, so Tidings kept your current data. %1</source>
        <translation>Die zum Wiederherstellen gewählte Sicherung konnte nicht verwendet werden, daher hat Tidings Ihre aktuellen Daten behalten. %1</translation>
    </message>
    <message>
        <source>Tidings could not set your current data aside to restore the backup, so nothing was changed.</source>
        <translation>Tidings konnte Ihre aktuellen Daten nicht beiseitelegen, um die Sicherung wiederherzustellen, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup could not be put in place, so Tidings kept your current data.</source>
        <translation>Die Sicherung konnte nicht eingesetzt werden, daher hat Tidings Ihre aktuellen Daten behalten.</translation>
    </message>
</context>
<context>
    <name>Tidings::BrandLogo</name>
    <message>
        <source>This file is not a picture email can show. Choose a PNG, JPEG, GIF or WebP file (most logos are PNG).</source>
        <translation>Diese Datei ist kein Bild, das eine E-Mail zeigen kann. Wählen Sie eine PNG-, JPEG-, GIF- oder WebP-Datei (die meisten Logos sind PNG).</translation>
    </message>
    <message>
        <source>This picture is %1 KiB; a logo for email can be at most %2 KiB, or every message gets slow to open. Save it smaller (about 600 pixels wide is plenty) and choose it again.</source>
        <translation>Dieses Bild hat %1 KiB; ein Logo für E-Mails darf höchstens %2 KiB groß sein, sonst öffnet sich jede Nachricht langsam. Speichern Sie es kleiner (etwa 600 Pixel breit genügen) und wählen Sie es erneut.</translation>
    </message>
    <message>
        <source>Tidings cannot read %1.</source>
        <translation>Tidings kann %1 nicht lesen.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; a logo for email can be at most %3 KiB, or every message gets slow to open. Save it smaller (about 600 pixels wide is plenty) and choose it again.</source>
        <translation>%1 hat %2 KiB; ein Logo für E-Mails darf höchstens %3 KiB groß sein, sonst öffnet sich jede Nachricht langsam. Speichern Sie es kleiner (etwa 600 Pixel breit genügen) und wählen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Tidings::Channel</name>
    <message>
        <source>This provider cannot be checked without delivering something. Send a test message to your own address instead.</source>
        <translation>Dieser Anbieter kann nicht geprüft werden, ohne etwas zuzustellen. Senden Sie stattdessen eine Testnachricht an Ihre eigene Adresse.</translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelDelivery</name>
    <message>
        <source>Channel &quot;%1&quot;: &quot;retry&quot; must be an object such as {&quot;maxAttempts&quot;: 5, &quot;maxAgeHours&quot;: 24}.</source>
        <translation>Kanal „%1“: „retry“ muss ein Objekt sein, etwa {&quot;maxAttempts&quot;: 5, &quot;maxAgeHours&quot;: 24}.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: unknown retry setting &quot;%2&quot; (expected one of: %3).</source>
        <translation>Kanal „%1“: unbekannte Wiederholungseinstellung „%2“ (erwartet wird eine von: %3).</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: &quot;retry.%2&quot; must be a whole number from 1 to %3.</source>
        <translation>Kanal „%1“: „retry.%2“ muss eine ganze Zahl von 1 bis %3 sein.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: &quot;fallbackChannelId&quot; must be the id of another channel.</source>
        <translation>Kanal „%1“: „fallbackChannelId“ muss die ID eines anderen Kanals sein.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; cannot be its own fallback channel.</source>
        <translation>Der Kanal „%1“ kann nicht sein eigener Ausweichkanal sein.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the fallback channel &quot;%2&quot; is not in &quot;channels&quot;.</source>
        <translation>Kanal „%1“: Der Ausweichkanal „%2“ steht nicht in „channels“.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the fallback channel &quot;%2&quot; must send the same kind of message (email to email, text message to text message).</source>
        <translation>Kanal „%1“: Der Ausweichkanal „%2“ muss dieselbe Art von Nachricht senden (E-Mail zu E-Mail, SMS zu SMS).</translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelFactory</name>
    <message>
        <source>No sending service is chosen for %1.</source>
        <translation>Für %1 ist kein Versanddienst ausgewählt.</translation>
    </message>
    <message>
        <source>%1 uses “%2”, a service Tidings cannot send through.</source>
        <translation>%1 verwendet „%2“, einen Dienst, über den Tidings nicht senden kann.</translation>
    </message>
    <message>
        <source>No %1 is saved for %2.</source>
        <translation>Für %2 ist kein Wert für „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>No network access is available to send messages.</source>
        <translation>Es ist kein Netzwerkzugang verfügbar, um Nachrichten zu senden.</translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelHttp</name>
    <message>
        <source>The %1 address of %2 must be an https:// address. Check it in Channels.</source>
        <translation>Die %1-Adresse von %2 muss eine https://-Adresse sein. Prüfen Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>Der Betreff enthält einen Zeilenumbruch, mit dem versteckte E-Mail-Header eingefügt werden könnten. Entfernen Sie Zeilenumbrüche aus dem Betreff der Vorlage.</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation>Der Name des Kunden enthält einen Zeilenumbruch, daher wurde die Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Channels.</source>
        <translation>Der Absendername von %1 enthält einen Zeilenumbruch. Korrigieren Sie ihn unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>Die Benachrichtigung hat keine Empfängeradresse.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Channels.</source>
        <translation>Die Absenderadresse von %1 ist keine E-Mail-Adresse. Korrigieren Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation>Die Antwortadresse von %1 ist keine E-Mail-Adresse. Korrigieren Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation>Die Nachricht hat keinen Betreff.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation>Die Nachricht hat weder Text- noch HTML-Inhalt.</translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelTest</name>
    <message>
        <source>Alex Sample</source>
        <translation>Alex Beispiel</translation>
    </message>
    <message>
        <source>Stoneware mug</source>
        <translation>Steingutbecher</translation>
    </message>
    <message>
        <source>Loose-leaf tea, 100 g</source>
        <translation>Loser Tee, 100 g</translation>
    </message>
    <message>
        <source>The built-in shipping template is missing.</source>
        <translation>Die eingebaute Versandvorlage fehlt.</translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation>[Test] %1</translation>
    </message>
    <message>
        <source>Sent: %1 accepted the test message.</source>
        <translation>Gesendet: %1 hat die Testnachricht angenommen.</translation>
    </message>
    <message>
        <source>Sent: %1 accepted the test message (id %2).</source>
        <translation>Gesendet: %1 hat die Testnachricht angenommen (ID %2).</translation>
    </message>
    <message>
        <source>%1 gave no answer.</source>
        <translation>%1 hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Verbunden: %1 hat die Zugangsdaten akzeptiert.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::ConfigRepository</name>
    <message>
        <source>Tidings could not read its settings.</source>
        <translation>Tidings konnte seine Einstellungen nicht lesen.</translation>
    </message>
    <message>
        <source>Tidings could not save its settings.</source>
        <translation>Tidings konnte seine Einstellungen nicht speichern.</translation>
    </message>
    <message>
        <source>A connection with the id &quot;%1&quot; already exists. Choose another id.</source>
        <translation>Eine Verbindung mit der ID „%1“ existiert bereits. Wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; no longer exists.</source>
        <translation>Die Verbindung „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A channel with the id &quot;%1&quot; already exists. Choose another id.</source>
        <translation>Ein Kanal mit der ID „%1“ existiert bereits. Wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; no longer exists.</source>
        <translation>Der Kanal „%1“ existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) send through this channel. Point them at another channel first, or turn the channel off instead.</source>
        <translation>
            <numerusform>%n Regel sendet über diesen Kanal. Leiten Sie sie zuerst auf einen anderen Kanal um oder schalten Sie den Kanal stattdessen aus.</numerusform>
            <numerusform>%n Regeln senden über diesen Kanal. Leiten Sie sie zuerst auf einen anderen Kanal um oder schalten Sie den Kanal stattdessen aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>That channel no longer exists.</source>
        <translation>Dieser Kanal existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The logo picture is missing from the store.</source>
        <translation>Das Logobild fehlt in der Datenbank.</translation>
    </message>
</context>
<context>
    <name>Tidings::Database</name>
    <message>
        <source>Tidings cannot create its data folder %1. Check that the disk is writable and that you have permission to write there.</source>
        <translation>Tidings kann seinen Datenordner %1 nicht anlegen. Prüfen Sie, ob der Datenträger beschreibbar ist und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Tidings cannot open its database %1.</source>
        <translation>Tidings kann seine Datenbank %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>Tidings cannot prepare its database.</source>
        <translation>Tidings kann seine Datenbank nicht vorbereiten.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tidings (schema %1). Update Tidings to open it.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Tidings geschrieben (Schema %1). Aktualisieren Sie Tidings, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Tidings cannot update its database.</source>
        <translation>Tidings kann seine Datenbank nicht aktualisieren.</translation>
    </message>
    <message>
        <source>Tidings cannot update its database to version %1.</source>
        <translation>Tidings kann seine Datenbank nicht auf Version %1 aktualisieren.</translation>
    </message>
    <message>
        <source>Tidings could not save to its database.</source>
        <translation>Tidings konnte nicht in seiner Datenbank speichern.</translation>
    </message>
</context>
<context>
    <name>Tidings::DelayDetection</name>
    <message>
        <source>Choose between %1 and %2 days.</source>
        <translation>Wählen Sie zwischen %1 und %2 Tagen.</translation>
    </message>
</context>
<context>
    <name>Tidings::DelayWatcher</name>
    <message>
        <source>Tidings could not check for delayed parcels.</source>
        <translation>Tidings konnte nicht nach verzögerten Paketen suchen.</translation>
    </message>
</context>
<context>
    <name>Tidings::DiagnosticReport</name>
    <message>
        <source>Tidings diagnostic report</source>
        <translation>Tidings-Diagnosebericht</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Keys, tokens and passwords are not in this report: Tidings keeps them in the system&apos;s keychain and blanks anything in the log that looks like one.</source>
        <translation>Schlüssel, Tokens und Passwörter sind nicht in diesem Bericht: Tidings bewahrt sie im Schlüsselbund des Systems auf und schwärzt alles im Protokoll, was danach aussieht.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Recent log (%1 of %2 lines)</source>
        <translation>Aktuelles Protokoll (%1 von %2 Zeilen)</translation>
    </message>
</context>
<context>
    <name>Tidings::DispatchWorker</name>
    <message>
        <source>Sending has not started yet.</source>
        <translation>Der Versand hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Tidings could not resume unsent messages.</source>
        <translation>Tidings konnte ungesendete Nachrichten nicht fortsetzen.</translation>
    </message>
    <message>
        <source>Tidings stopped while handing this message to the provider. It has been queued again; if the provider had already accepted it, the customer may receive it twice.</source>
        <translation>Tidings wurde beendet, während es diese Nachricht an den Anbieter übergab. Sie wurde erneut in die Warteschlange gestellt; falls der Anbieter sie bereits angenommen hatte, erhält der Kunde sie möglicherweise doppelt.</translation>
    </message>
    <message>
        <source>Tidings stopped while handing this message to the provider, so it may or may not have gone out. Check with the customer if you can, then Resend it, or choose Don&apos;t Send Again.</source>
        <translation>Tidings wurde beendet, während es diese Nachricht an den Anbieter übergab, daher ist unklar, ob sie versendet wurde. Fragen Sie wenn möglich beim Kunden nach und wählen Sie dann „Erneut senden“ oder „Nicht erneut senden“.</translation>
    </message>
    <message>
        <source>Tidings could not read the message queue.</source>
        <translation>Tidings konnte die Nachrichten-Warteschlange nicht lesen.</translation>
    </message>
    <message>
        <source>Tidings could not update the message queue.</source>
        <translation>Tidings konnte die Nachrichten-Warteschlange nicht aktualisieren.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not set up.</source>
        <translation>Der Kanal „%1“ ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not exist.</source>
        <translation>Die Vorlage „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; cannot send until its account is signed in again.</source>
        <translation>Der Kanal „%1“ kann erst senden, wenn sein Konto wieder angemeldet ist.</translation>
    </message>
    <message>
        <source>Tidings could not record a delivery.</source>
        <translation>Tidings konnte eine Zustellung nicht erfassen.</translation>
    </message>
    <message>
        <source>%1 The message waits until the account is signed in again.</source>
        <translation>%1 Die Nachricht wartet, bis das Konto wieder angemeldet ist.</translation>
    </message>
    <message>
        <source>Unknown failure.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
    <message>
        <source>%1 Tidings will try again at %2.</source>
        <translation>%1 Tidings versucht es um %2 erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Tidings gave up after %n attempts.</source>
        <translation>
            <numerusform>%1 Tidings hat nach %n Versuch aufgegeben.</numerusform>
            <numerusform>%1 Tidings hat nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The message goes through the fallback channel &quot;%2&quot; instead.</source>
        <translation>%1 Die Nachricht wird stattdessen über den Ausweichkanal „%2“ gesendet.</translation>
    </message>
    <message>
        <source>Sent through fallback channel &quot;%1&quot; while &quot;%2&quot; waits to be signed in again.</source>
        <translation>Über den Ausweichkanal „%1“ gesendet, während „%2“ auf eine erneute Anmeldung wartet.</translation>
    </message>
    <message numerus="yes">
        <source>Sent through fallback channel &quot;%1&quot; after &quot;%2&quot; failed %n times.</source>
        <translation>
            <numerusform>Über den Ausweichkanal „%1“ gesendet, nachdem „%2“ einmal fehlgeschlagen ist.</numerusform>
            <numerusform>Über den Ausweichkanal „%1“ gesendet, nachdem „%2“ %n-mal fehlgeschlagen ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; failed %n times in a row: Tidings sends it through the fallback channel &quot;%3&quot; next.</source>
        <translation>
            <numerusform>%1 „%2“ ist einmal fehlgeschlagen: Tidings sendet die Nachricht als Nächstes über den Ausweichkanal „%3“.</numerusform>
            <numerusform>%1 „%2“ ist %n-mal in Folge fehlgeschlagen: Tidings sendet die Nachricht als Nächstes über den Ausweichkanal „%3“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n hours without success: %1</source>
        <translation>
            <numerusform>Nach %n Stunde ohne Erfolg aufgegeben: %1</numerusform>
            <numerusform>Nach %n Stunden ohne Erfolg aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings could not record the shop&apos;s brand.</source>
        <translation>Tidings konnte die Marke des Shops nicht speichern.</translation>
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
        <translation>Sendungsverfolgungs-Updates der Versanddienstleister (unterwegs, in Zustellung, zugestellt, zurückgesendet) für Sendungen, die Tidings bereits anhand der Sendungsnummer kennt.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>Tidings made this secret. Paste it into the &quot;Webhook Secret&quot; field of the webhook in EasyPost, so EasyPost signs every update with it.</source>
        <translation>Tidings hat dieses Geheimnis erstellt. Fügen Sie es in das Feld „Webhook Secret“ des Webhooks in EasyPost ein, damit EasyPost jedes Update damit signiert.</translation>
    </message>
    <message>
        <source>In EasyPost, open Account Settings → Webhooks &amp; Events.</source>
        <translation>Öffnen Sie in EasyPost Account Settings → Webhooks &amp; Events.</translation>
    </message>
    <message>
        <source>Click &quot;Add Webhook&quot;, choose the environment (Production, or Test while you try it) and paste this URL: %1</source>
        <translation>Klicken Sie auf „Add Webhook“, wählen Sie die Umgebung (Production, oder Test zum Ausprobieren) und fügen Sie diese URL ein: %1</translation>
    </message>
    <message>
        <source>Paste the webhook secret Tidings made into &quot;Webhook Secret&quot; and save.</source>
        <translation>Fügen Sie das von Tidings erstellte Webhook-Geheimnis in „Webhook Secret“ ein und speichern Sie.</translation>
    </message>
    <message>
        <source>EasyPost updates shipments by tracking number: the shop&apos;s own source (Shopify, WooCommerce, ...) must send the shipment with its tracking number first, or the update is recorded and nobody is told.</source>
        <translation>EasyPost aktualisiert Sendungen anhand der Sendungsnummer: Die eigene Quelle des Shops (Shopify, WooCommerce, ...) muss die Sendung zuerst mit ihrer Sendungsnummer senden, sonst wird das Update nur erfasst und niemand benachrichtigt.</translation>
    </message>
    <message>
        <source>A request reached this EasyPost connection&apos;s address without an EasyPost signature, so it was refused. Check that the webhook in EasyPost has the secret Tidings made.</source>
        <translation>Eine Anfrage erreichte die Adresse dieser EasyPost-Verbindung ohne EasyPost-Signatur und wurde daher abgewiesen. Prüfen Sie, ob der Webhook in EasyPost das von Tidings erstellte Geheimnis hat.</translation>
    </message>
    <message>
        <source>No webhook secret is saved for this EasyPost connection, so its updates cannot be checked and were refused. Set the secret again in Connections.</source>
        <translation>Für diese EasyPost-Verbindung ist kein Webhook-Geheimnis gespeichert, daher können ihre Updates nicht geprüft werden und wurden abgewiesen. Legen Sie das Geheimnis unter „Verbindungen“ erneut fest.</translation>
    </message>
    <message>
        <source>An EasyPost update&apos;s signature does not match the webhook secret saved for this connection. Paste the secret from Tidings into the webhook in EasyPost again.</source>
        <translation>Die Signatur eines EasyPost-Updates passt nicht zum Webhook-Geheimnis, das für diese Verbindung gespeichert ist. Fügen Sie das Geheimnis aus Tidings erneut in den Webhook in EasyPost ein.</translation>
    </message>
    <message>
        <source>EasyPost sent an update whose content is not a JSON object, so it could not be read.</source>
        <translation>EasyPost hat ein Update gesendet, dessen Inhalt kein JSON-Objekt ist; es konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>EasyPost sent an event without a description, so Tidings cannot tell what happened.</source>
        <translation>EasyPost hat ein Ereignis ohne Beschreibung gesendet, daher kann Tidings nicht erkennen, was passiert ist.</translation>
    </message>
    <message>
        <source>EasyPost sent a tracker update without a tracking code, so it cannot be matched to a shipment.</source>
        <translation>EasyPost hat ein Tracker-Update ohne Sendungsnummer gesendet, daher kann es keiner Sendung zugeordnet werden.</translation>
    </message>
</context>
<context>
    <name>Tidings::Engine</name>
    <message>
        <source>No %1 is saved for &quot;%2&quot;, so its messages wait until one is added to the configuration.</source>
        <translation>Für „%2“ ist kein Wert für „%1“ gespeichert, daher warten die Nachrichten, bis einer in der Konfiguration hinzugefügt wird.</translation>
    </message>
    <message>
        <source>No signing secret is saved for &quot;%1&quot;, so its webhooks will be refused. Add the secret in the configuration.</source>
        <translation>Für „%1“ ist kein Signaturgeheimnis gespeichert, daher werden die Webhooks abgewiesen. Tragen Sie das Geheimnis in der Konfiguration ein.</translation>
    </message>
    <message>
        <source>Tidings is not running, so it cannot check the connection now.</source>
        <translation>Tidings läuft nicht und kann die Verbindung daher jetzt nicht prüfen.</translation>
    </message>
    <message>
        <source>Tidings is still saving this connection. Try again in a moment.</source>
        <translation>Tidings speichert diese Verbindung noch. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Tidings cannot receive orders from this kind of connection (&quot;%1&quot;).</source>
        <translation>Tidings kann von dieser Art Verbindung („%1“) keine Bestellungen empfangen.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; cannot be used. An id is part of the webhook address: use only lower-case letters a-z, digits and dashes, and start with a letter or a digit.</source>
        <translation>Die ID „%1“ kann nicht verwendet werden. Eine ID ist Teil der Webhook-Adresse: Verwenden Sie nur Kleinbuchstaben a-z, Ziffern und Bindestriche und beginnen Sie mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Another connection already uses the id &quot;%1&quot;. Choose another id.</source>
        <translation>Eine andere Verbindung verwendet bereits die ID „%1“. Wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; no longer exists.</source>
        <translation>Die Verbindung „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;: %2 needs it.</source>
        <translation>Füllen Sie „%1“ aus: %2 benötigt es.</translation>
    </message>
    <message>
        <source>Paste the %1 from %2; without it Tidings cannot read its orders.</source>
        <translation>Fügen Sie den Wert „%1“ aus %2 ein; ohne ihn kann Tidings die Bestellungen nicht lesen.</translation>
    </message>
    <message>
        <source>The %1 is missing. Go back and let Tidings make one.</source>
        <translation>Der Wert „%1“ fehlt. Gehen Sie zurück und lassen Sie Tidings einen erstellen.</translation>
    </message>
    <message>
        <source>Paste the %1 from %2; without it Tidings cannot tell its webhooks from forged ones.</source>
        <translation>Fügen Sie den Wert „%1“ aus %2 ein; ohne ihn kann Tidings echte Webhooks nicht von gefälschten unterscheiden.</translation>
    </message>
    <message>
        <source>The renewed sign-in of channel %1 could not be saved in the keychain: %2 Tidings keeps using it until it stops.</source>
        <translation>Die erneuerte Anmeldung von Kanal %1 konnte nicht im Schlüsselbund gespeichert werden: %2 Tidings verwendet sie weiter, bis es beendet wird.</translation>
    </message>
    <message>
        <source>The connection was removed, but its secret could not be deleted from the keychain: %1</source>
        <translation>Die Verbindung wurde entfernt, aber ihr Geheimnis konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Tidings cannot send through “%1”.</source>
        <translation>Tidings kann nicht über „%1“ senden.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; cannot be used: use lower-case letters, digits and dashes.</source>
        <translation>Die ID „%1“ kann nicht verwendet werden: Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>Geben Sie dem Kanal einen Namen.</translation>
    </message>
    <message>
        <source>A channel with the id &quot;%1&quot; already exists. Choose another id.</source>
        <translation>Ein Kanal mit der ID „%1“ existiert bereits. Wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; no longer exists.</source>
        <translation>Der Kanal „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Enter the %1 for %2.</source>
        <translation>Geben Sie den Wert „%1“ für %2 ein.</translation>
    </message>
    <message>
        <source>Tidings is still saving this channel. Try again in a moment.</source>
        <translation>Tidings speichert diesen Kanal noch. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The channel was removed, but its secret could not be deleted from the keychain: %1</source>
        <translation>Der Kanal wurde entfernt, aber sein Geheimnis konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Tidings is not receiving webhooks right now, so it cannot send a test event. See the message about starting Tidings.</source>
        <translation>Tidings empfängt gerade keine Webhooks und kann daher kein Testereignis senden. Beachten Sie die Meldung zum Start von Tidings.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is turned off. Turn it on to send a test event.</source>
        <translation>„%1“ ist ausgeschaltet. Schalten Sie es ein, um ein Testereignis zu senden.</translation>
    </message>
    <message>
        <source>Tidings has no test event for this kind of connection, or no secret is saved for it yet.</source>
        <translation>Tidings hat kein Testereignis für diese Art Verbindung, oder es ist noch kein Geheimnis dafür gespeichert.</translation>
    </message>
    <message>
        <source>The test event for &quot;%1&quot; did not reach Tidings&apos; webhook address on this computer.</source>
        <translation>Das Testereignis für „%1“ hat die Webhook-Adresse von Tidings auf diesem Computer nicht erreicht.</translation>
    </message>
    <message>
        <source>Tidings answered with HTTP status %1.</source>
        <translation>Tidings hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The test event for &quot;%1&quot; was refused. %2</source>
        <translation>Das Testereignis für „%1“ wurde abgewiesen. %2</translation>
    </message>
    <message>
        <source>That channel no longer exists.</source>
        <translation>Dieser Kanal existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That channel has no such key.</source>
        <translation>Dieser Kanal hat keinen solchen Schlüssel.</translation>
    </message>
    <message>
        <source>The renewed sign-in of &quot;%1&quot; could not be saved in the keychain: %2 Tidings keeps using it while it runs; after a restart, connect the source again in Connections.</source>
        <translation>Die erneuerte Anmeldung von „%1“ konnte nicht im Schlüsselbund gespeichert werden: %2 Tidings verwendet sie, solange es läuft; verbinden Sie die Quelle nach einem Neustart unter „Verbindungen“ erneut.</translation>
    </message>
    <message>
        <source>Tidings is not sending right now (it did not start). See the message at the top of the window.</source>
        <translation>Tidings sendet gerade nicht (es ist nicht gestartet). Beachten Sie die Meldung oben im Fenster.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the fallback channel of &quot;%2&quot;. Choose another fallback there first.</source>
        <translation>„%1“ ist der Ausweichkanal von „%2“. Wählen Sie dort zuerst einen anderen Ausweichkanal.</translation>
    </message>
    <message>
        <source>The accent colour must look like #2f6f4f. Choose one with the colour button.</source>
        <translation>Die Akzentfarbe muss wie #2f6f4f aussehen. Wählen Sie eine über die Schaltfläche „Farbe wählen…“.</translation>
    </message>
    <message>
        <source>The logo must be a web address starting with https://, so that your customers&apos; mail programs can show it.</source>
        <translation>Das Logo muss eine Webadresse sein, die mit https:// beginnt, damit die E-Mail-Programme Ihrer Kunden es anzeigen können.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an email address.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Choose a channel that is switched on.</source>
        <translation>Wählen Sie einen Kanal, der eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Alerts go to a Slack channel. Add one under Channels first, then choose it here.</source>
        <translation>Warnungen gehen an einen Slack-Channel. Fügen Sie zuerst unter „Kanäle“ einen hinzu und wählen Sie ihn dann hier aus.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; must be a web address starting with https://.</source>
        <translation>Der Link „%1“ muss eine Webadresse sein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Type the email address (or phone number) the test should go to.</source>
        <translation>Geben Sie die E-Mail-Adresse (oder Telefonnummer) ein, an die der Test gehen soll.</translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation>[Test] %1</translation>
    </message>
    <message>
        <source>There is no channel &quot;%1&quot; to send stock alerts through.</source>
        <translation>Es gibt keinen Kanal „%1“, über den Bestandswarnungen gesendet werden können.</translation>
    </message>
    <message>
        <source>Enter the email address stock alerts go to, such as team@yourshop.com.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, an die Bestandswarnungen gehen, z. B. team@ihrshop.de.</translation>
    </message>
    <message>
        <source>Stock alerts go to your team by chat or email; %1 sends neither.</source>
        <translation>Bestandswarnungen gehen per Chat oder E-Mail an Ihr Team; %1 sendet weder Chat-Nachrichten noch E-Mails.</translation>
    </message>
    <message>
        <source>Choose the email channel your customers are told through.</source>
        <translation>Wählen Sie den E-Mail-Kanal, über den Ihre Kunden informiert werden.</translation>
    </message>
</context>
<context>
    <name>Tidings::ExtraCertificates</name>
    <message>
        <source>Tidings cannot read the certificate file %1 named by %2.</source>
        <translation>Tidings kann die Zertifikatsdatei %1 nicht lesen, die %2 nennt.</translation>
    </message>
    <message>
        <source>The file %1 named by %2 holds no certificate. It must hold one or more PEM certificates (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Die Datei %1, die %2 nennt, enthält kein Zertifikat. Sie muss ein oder mehrere PEM-Zertifikate enthalten (&quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
</context>
<context>
    <name>Tidings::FailureAlert</name>
    <message>
        <source>Tidings could not queue the alert to your staff.</source>
        <translation>Tidings konnte die Warnung an Ihr Team nicht in die Warteschlange stellen.</translation>
    </message>
    <message>
        <source>Alert: a message could not be sent</source>
        <translation>Warnung: Eine Nachricht konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>Tidings could not send &quot;%1&quot; to %2 for order %3: %4</source>
        <translation>Tidings konnte „%1“ für Bestellung %3 nicht an %2 senden: %4</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(ohne Nummer)</translation>
    </message>
    <message>
        <source>A message could not be sent</source>
        <translation>Eine Nachricht konnte nicht gesendet werden</translation>
    </message>
</context>
<context>
    <name>Tidings::FallbackMove</name>
    <message>
        <source>Tidings could not record a move to a fallback channel.</source>
        <translation>Tidings konnte den Wechsel zu einem Ausweichkanal nicht erfassen.</translation>
    </message>
</context>
<context>
    <name>Tidings::GenericAdapter</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>Tidings made this secret. Give it to the sender as the value of the X-Tidings-Token header, as the steps say. Anyone who has it can send events to this connection.</source>
        <translation>Tidings hat dieses Geheimnis erstellt. Geben Sie es dem Absender als Wert des Headers X-Tidings-Token, wie in den Schritten beschrieben. Jeder, der es hat, kann Ereignisse an diese Verbindung senden.</translation>
    </message>
    <message>
        <source>Zapier</source>
        <translation>Zapier</translation>
    </message>
    <message>
        <source>Orders, shipments and stock changes from any app a Zap starts from.</source>
        <translation>Bestellungen, Sendungen und Lagerbestandsänderungen aus jeder App, mit der ein Zap beginnt.</translation>
    </message>
    <message>
        <source>In your Zap, add an action step &quot;Webhooks by Zapier&quot; with the event &quot;Custom Request&quot;.</source>
        <translation>Fügen Sie Ihrem Zap einen Aktionsschritt „Webhooks by Zapier“ mit dem Ereignis „Custom Request“ hinzu.</translation>
    </message>
    <message>
        <source>Set Method to POST and URL to %1.</source>
        <translation>Setzen Sie Method auf POST und URL auf %1.</translation>
    </message>
    <message>
        <source>In Data, paste the example body below and replace each value with a field from your trigger. Keep the names on the left.</source>
        <translation>Fügen Sie unter Data den unten stehenden Beispielinhalt ein und ersetzen Sie jeden Wert durch ein Feld aus Ihrem Trigger. Behalten Sie die Namen links bei.</translation>
    </message>
    <message>
        <source>In Headers, add X-Tidings-Token with the secret Tidings made for this connection, and Content-Type with application/json.</source>
        <translation>Fügen Sie unter Headers X-Tidings-Token mit dem Geheimnis hinzu, das Tidings für diese Verbindung erstellt hat, und Content-Type mit application/json.</translation>
    </message>
    <message>
        <source>Test the step: the event appears in Tidings&apos; Monitor. Give every change its own event_id; a repeat with the same event_id is recorded once and tells nobody.</source>
        <translation>Testen Sie den Schritt: Das Ereignis erscheint im Monitor von Tidings. Geben Sie jeder Änderung eine eigene event_id; eine Wiederholung mit derselben event_id wird einmal erfasst und benachrichtigt niemanden.</translation>
    </message>
    <message>
        <source>Microsoft Power Automate</source>
        <translation>Microsoft Power Automate</translation>
    </message>
    <message>
        <source>Orders, shipments and stock changes from any flow, e.g. from Dynamics 365, SharePoint or Excel.</source>
        <translation>Bestellungen, Sendungen und Lagerbestandsänderungen aus jedem Flow, z. B. aus Dynamics 365, SharePoint oder Excel.</translation>
    </message>
    <message>
        <source>In your flow, add the action &quot;HTTP&quot; (a premium connector).</source>
        <translation>Fügen Sie Ihrem Flow die Aktion „HTTP“ hinzu (ein Premium-Connector).</translation>
    </message>
    <message>
        <source>Set Method to POST and URI to %1.</source>
        <translation>Setzen Sie Methode auf POST und URI auf %1.</translation>
    </message>
    <message>
        <source>In Body, paste the example below and replace the values with dynamic content from your trigger.</source>
        <translation>Fügen Sie unter Text das Beispiel unten ein und ersetzen Sie die Werte durch dynamischen Inhalt aus Ihrem Trigger.</translation>
    </message>
    <message>
        <source>Save and test the flow. Power Automate tries again by itself when Tidings answers 408, 429 or 5xx; a request Tidings refuses for good (4xx) shows as a failed run.</source>
        <translation>Speichern und testen Sie den Flow. Power Automate versucht es von selbst erneut, wenn Tidings mit 408, 429 oder 5xx antwortet; eine Anfrage, die Tidings endgültig ablehnt (4xx), erscheint als fehlgeschlagene Ausführung.</translation>
    </message>
    <message>
        <source>Google Sheets</source>
        <translation>Google Sheets</translation>
    </message>
    <message>
        <source>Orders kept as rows in a spreadsheet: a row is sent whenever someone edits it.</source>
        <translation>Bestellungen, die als Zeilen in einer Tabelle geführt werden: Eine Zeile wird gesendet, sobald jemand sie bearbeitet.</translation>
    </message>
    <message>
        <source>Keep one order per row, with the column names in row 1: Order ID, Order Number, Customer, Email, Phone, Status, Carrier, Tracking Number, Tracking URL, Total, Currency. Other columns are sent too and can be mapped below.</source>
        <translation>Führen Sie eine Bestellung pro Zeile, mit den Spaltennamen in Zeile 1: Order ID, Order Number, Customer, Email, Phone, Status, Carrier, Tracking Number, Tracking URL, Total, Currency. Andere Spalten werden ebenfalls gesendet und können unten zugeordnet werden.</translation>
    </message>
    <message>
        <source>In the spreadsheet, open Extensions → Apps Script, replace the editor&apos;s content with the script below and click Save. Change ORDER_SHEET in it if your tab is not called &quot;Orders&quot;.</source>
        <translation>Öffnen Sie in der Tabelle Erweiterungen → Apps Script, ersetzen Sie den Inhalt des Editors durch das Skript unten und klicken Sie auf Speichern. Ändern Sie darin ORDER_SHEET, wenn Ihr Tabellenblatt nicht „Orders“ heißt.</translation>
    </message>
    <message>
        <source>Choose the function installTidingsTrigger and click Run once. Google asks you to allow the script to connect to an external service: allow it.</source>
        <translation>Wählen Sie die Funktion installTidingsTrigger und klicken Sie einmal auf Ausführen. Google bittet Sie, dem Skript die Verbindung zu einem externen Dienst zu erlauben: Erlauben Sie es.</translation>
    </message>
    <message>
        <source>Edit a cell of an order row: the row is sent to %1 and appears in Tidings&apos; Monitor.</source>
        <translation>Bearbeiten Sie eine Zelle einer Bestellzeile: Die Zeile wird an %1 gesendet und erscheint im Monitor von Tidings.</translation>
    </message>
    <message>
        <source>Only edits a person makes in the sheet are sent. Rows written by other scripts, imports or forms are not, because Google fires no edit trigger for them.</source>
        <translation>Nur Bearbeitungen, die eine Person in der Tabelle vornimmt, werden gesendet. Zeilen, die von anderen Skripten, Importen oder Formularen geschrieben werden, nicht, weil Google für sie keinen Bearbeitungs-Trigger auslöst.</translation>
    </message>
    <message>
        <source>Oracle NetSuite</source>
        <translation>Oracle NetSuite</translation>
    </message>
    <message>
        <source>Sales orders and item fulfillments, sent by a SuiteScript each time one is saved.</source>
        <translation>Kundenaufträge und Artikelerfüllungen, gesendet von einem SuiteScript bei jedem Speichern.</translation>
    </message>
    <message>
        <source>Save the script below as tidings_user_event.js and upload it to the File Cabinet (Documents → Files → SuiteScripts).</source>
        <translation>Speichern Sie das Skript unten als tidings_user_event.js und laden Sie es in den File Cabinet hoch (Documents → Files → SuiteScripts).</translation>
    </message>
    <message>
        <source>Open Customization → Scripting → Scripts → New, choose the file and create the script record (type User Event).</source>
        <translation>Öffnen Sie Customization → Scripting → Scripts → New, wählen Sie die Datei und erstellen Sie den Skript-Datensatz (Typ User Event).</translation>
    </message>
    <message>
        <source>Deploy it twice, on Sales Order and on Item Fulfillment, with status Released.</source>
        <translation>Stellen Sie es zweimal bereit, für Sales Order und für Item Fulfillment, mit dem Status Released.</translation>
    </message>
    <message>
        <source>After each save the script posts to %1; save a sales order and it appears in Tidings&apos; Monitor.</source>
        <translation>Nach jedem Speichern sendet das Skript an %1; speichern Sie einen Kundenauftrag, und er erscheint im Monitor von Tidings.</translation>
    </message>
    <message>
        <source>NetSuite does not try again when a post fails: the record is saved anyway and the error is in the deployment&apos;s Execution Log.</source>
        <translation>NetSuite versucht es nicht erneut, wenn das Senden fehlschlägt: Der Datensatz wird trotzdem gespeichert und der Fehler steht im Execution Log der Bereitstellung.</translation>
    </message>
    <message>
        <source>Klaviyo flow</source>
        <translation>Klaviyo-Flow</translation>
    </message>
    <message>
        <source>Order events a Klaviyo flow reacts to, such as Placed Order or Fulfilled Order.</source>
        <translation>Bestellereignisse, auf die ein Klaviyo-Flow reagiert, etwa Placed Order oder Fulfilled Order.</translation>
    </message>
    <message>
        <source>In Klaviyo, open the flow that starts from the event to pass on (e.g. &quot;Placed Order&quot; or &quot;Fulfilled Order&quot;) and add a Webhook action.</source>
        <translation>Öffnen Sie in Klaviyo den Flow, der mit dem weiterzugebenden Ereignis beginnt (z. B. „Placed Order“ oder „Fulfilled Order“), und fügen Sie eine Webhook-Aktion hinzu.</translation>
    </message>
    <message>
        <source>Set the Destination URL to %1.</source>
        <translation>Setzen Sie die Destination URL auf %1.</translation>
    </message>
    <message>
        <source>Under Headers, add X-Tidings-Token with the secret Tidings made for this connection. Klaviyo&apos;s flow webhooks cannot sign what they send, so this header is how Tidings knows them.</source>
        <translation>Fügen Sie unter Headers X-Tidings-Token mit dem Geheimnis hinzu, das Tidings für diese Verbindung erstellt hat. Die Flow-Webhooks von Klaviyo können nicht signieren, was sie senden; an diesem Header erkennt Tidings sie.</translation>
    </message>
    <message>
        <source>Paste the body below. Set &quot;event&quot; to &quot;order.created&quot; in a Placed Order flow and to &quot;order.shipped&quot; in a Fulfilled Order flow, and check the values with Klaviyo&apos;s Preview.</source>
        <translation>Fügen Sie den Inhalt unten ein. Setzen Sie „event“ in einem Placed-Order-Flow auf „order.created“ und in einem Fulfilled-Order-Flow auf „order.shipped“ und prüfen Sie die Werte mit der Vorschau (Preview) von Klaviyo.</translation>
    </message>
    <message>
        <source>Save the action and set it live.</source>
        <translation>Speichern Sie die Aktion und schalten Sie sie live.</translation>
    </message>
    <message>
        <source>Other system (JSON webhook)</source>
        <translation>Anderes System (JSON-Webhook)</translation>
    </message>
    <message>
        <source>Anything that can POST JSON: you tell Tidings where each field is.</source>
        <translation>Alles, was JSON per POST senden kann: Sie sagen Tidings, wo welches Feld steht.</translation>
    </message>
    <message>
        <source>Have your system POST JSON to %1 whenever an order, shipment or stock level changes.</source>
        <translation>Lassen Sie Ihr System JSON per POST an %1 senden, sobald sich eine Bestellung, eine Sendung oder ein Lagerbestand ändert.</translation>
    </message>
    <message>
        <source>Send the header X-Tidings-Token with the secret Tidings made, or sign the raw body: X-Tidings-Signature: sha256=&lt;hex HMAC-SHA256 of the body with the secret&gt;.</source>
        <translation>Senden Sie den Header X-Tidings-Token mit dem von Tidings erstellten Geheimnis oder signieren Sie den unveränderten Inhalt: X-Tidings-Signature: sha256=&lt;hex HMAC-SHA256 of the body with the secret&gt; (hexadezimaler HMAC-SHA256 des Inhalts mit dem Geheimnis).</translation>
    </message>
    <message>
        <source>Use the example body below, or tell Tidings where your fields are in the mapping and test it with a sample.</source>
        <translation>Verwenden Sie den Beispielinhalt unten oder geben Sie in der Zuordnung an, wo Ihre Felder stehen, und testen Sie sie mit einem Beispiel.</translation>
    </message>
    <message>
        <source>Give every change its own event_id: a repeat is recorded once. Send several events at once as a JSON list.</source>
        <translation>Geben Sie jeder Änderung eine eigene event_id: Eine Wiederholung wird nur einmal erfasst. Senden Sie mehrere Ereignisse auf einmal als JSON-Liste.</translation>
    </message>
    <message>
        <source>The connection %1 is set to check requests in a way Tidings does not know (&quot;%2&quot;), so every request is refused. Choose &quot;header&quot; or &quot;hmac&quot; in Connections.</source>
        <translation>Die Verbindung %1 soll Anfragen auf eine Weise prüfen, die Tidings nicht kennt („%2“), daher wird jede Anfrage abgewiesen. Wählen Sie unter „Verbindungen“ „header“ oder „hmac“.</translation>
    </message>
    <message>
        <source>No webhook secret is saved for %1, so its requests cannot be checked and were refused. Open Connections and make a new secret.</source>
        <translation>Für %1 ist kein Webhook-Geheimnis gespeichert, daher können die Anfragen nicht geprüft werden und wurden abgewiesen. Öffnen Sie „Verbindungen“ und erstellen Sie ein neues Geheimnis.</translation>
    </message>
    <message>
        <source>A request to the webhook address of %1 carried a wrong secret in %2, so it was refused. Copy the secret from Connections into the sender again.</source>
        <translation>Eine Anfrage an die Webhook-Adresse von %1 enthielt in %2 ein falsches Geheimnis und wurde daher abgewiesen. Kopieren Sie das Geheimnis aus „Verbindungen“ erneut in den Absender.</translation>
    </message>
    <message>
        <source>The signature in %2 of a request to %1 does not match the secret saved for this connection, so it was refused. The sender must sign the body exactly as sent with the secret Tidings shows in Connections.</source>
        <translation>Die Signatur in %2 einer Anfrage an %1 passt nicht zum für diese Verbindung gespeicherten Geheimnis, daher wurde sie abgewiesen. Der Absender muss den Inhalt genau so, wie er gesendet wird, mit dem Geheimnis signieren, das Tidings unter „Verbindungen“ anzeigt.</translation>
    </message>
    <message>
        <source>A request reached the webhook address of %1 without %2, so it was refused. Add the header with the secret from Connections to the sender (Zapier, Power Automate, your script).</source>
        <translation>Eine Anfrage erreichte die Webhook-Adresse von %1 ohne %2 und wurde daher abgewiesen. Fügen Sie dem Absender (Zapier, Power Automate, Ihr Skript) den Header mit dem Geheimnis aus „Verbindungen“ hinzu.</translation>
    </message>
    <message>
        <source>A webhook for %1 was refused: %2 Check the mapping in Connections, or what the sender posts.</source>
        <translation>Ein Webhook für %1 wurde abgewiesen: %2 Prüfen Sie die Zuordnung unter „Verbindungen“ oder was der Absender sendet.</translation>
    </message>
    <message numerus="yes">
        <source>A webhook for %1 was refused: %2 (and %n more problem(s)). Check the mapping in Connections, or what the sender posts.</source>
        <translation>
            <numerusform>Ein Webhook für %1 wurde abgewiesen: %2 (und %n weiteres Problem). Prüfen Sie die Zuordnung unter „Verbindungen“ oder was der Absender sendet.</numerusform>
            <numerusform>Ein Webhook für %1 wurde abgewiesen: %2 (und %n weitere Probleme). Prüfen Sie die Zuordnung unter „Verbindungen“ oder was der Absender sendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::GenericMapping</name>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Unique for each change; a delivery with an id seen before is recorded as a duplicate.</source>
        <translation>Für jede Änderung eindeutig; eine Zustellung mit einer bereits bekannten ID wird als Duplikat erfasst.</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>What happened, e.g. &quot;order.shipped&quot;; shown in the Monitor.</source>
        <translation>Was passiert ist, z. B. „order.shipped“; wird im Monitor angezeigt.</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>A date and time (ISO 8601 or epoch); the time of arrival when absent.</source>
        <translation>Datum und Uhrzeit (ISO 8601 oder Epoch); fehlt sie, gilt die Ankunftszeit.</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>Required: what identifies the order in your system.</source>
        <translation>Erforderlich: was die Bestellung in Ihrem System kennzeichnet.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>The number the customer sees, e.g. &quot;#1042&quot;.</source>
        <translation>Die Nummer, die der Kunde sieht, z. B. „#1042“.</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Read through the status map below.</source>
        <translation>Wird über die Statuszuordnung unten gelesen.</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Bestellsumme</translation>
    </message>
    <message>
        <source>The amount as text, e.g. &quot;73.30&quot;.</source>
        <translation>Der Betrag als Text, z. B. „73.30“.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>A currency code such as EUR.</source>
        <translation>Ein Währungscode wie EUR.</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>The full name; else first and last name are joined.</source>
        <translation>Der vollständige Name; sonst werden Vor- und Nachname zusammengesetzt.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Kunden-E-Mail</translation>
    </message>
    <message>
        <source>Where email notifications go.</source>
        <translation>Wohin E-Mail-Benachrichtigungen gehen.</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Kundentelefon</translation>
    </message>
    <message>
        <source>For text messages.</source>
        <translation>Für SMS.</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Kundensprache</translation>
    </message>
    <message>
        <source>A language tag such as de-DE.</source>
        <translation>Ein Sprach-Tag wie de-DE.</translation>
    </message>
    <message>
        <source>Shipment id</source>
        <translation>Sendungs-ID</translation>
    </message>
    <message>
        <source>When absent, the tracking number names the shipment.</source>
        <translation>Fehlt sie, bezeichnet die Sendungsnummer die Sendung.</translation>
    </message>
    <message>
        <source>Shipment status</source>
        <translation>Sendungsstatus</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Sendungsverfolgungslink</translation>
    </message>
    <message>
        <source>An http or https address.</source>
        <translation>Eine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Items (a list)</source>
        <translation>Artikel (eine Liste)</translation>
    </message>
    <message>
        <source>The list of ordered items.</source>
        <translation>Die Liste der bestellten Artikel.</translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation>Artikel-SKU</translation>
    </message>
    <message>
        <source>Inside each entry of the items list.</source>
        <translation>Innerhalb jedes Eintrags der Artikelliste.</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Artikelname</translation>
    </message>
    <message>
        <source>Item quantity</source>
        <translation>Artikelmenge</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Artikelpreis</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>A stock change needs this or the SKU.</source>
        <translation>Eine Lagerbestandsänderung braucht diese oder die SKU.</translation>
    </message>
    <message>
        <source>Variant id</source>
        <translation>Varianten-ID</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Warehouse or location</source>
        <translation>Lager oder Standort</translation>
    </message>
    <message>
        <source>Quantity available</source>
        <translation>Verfügbare Menge</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Stock status</source>
        <translation>Lagerstatus</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>The mapping names &quot;%1&quot;, which is not a Tidings field.</source>
        <translation>Die Zuordnung nennt „%1“, das kein Tidings-Feld ist.</translation>
    </message>
    <message>
        <source>%1: the path must be text, like &quot;order.id&quot; or &quot;/order/id&quot;.</source>
        <translation>%1: Der Pfad muss Text sein, etwa „order.id“ oder „/order/id“.</translation>
    </message>
    <message>
        <source>Status map: &quot;%1&quot; is to mean &quot;%2&quot;, which is not one of Tidings&apos; %3.</source>
        <translation>Statuszuordnung: „%1“ soll „%2“ bedeuten, was keiner der %3 von Tidings ist.</translation>
    </message>
    <message>
        <source>order, shipment or stock statuses</source>
        <translation>Bestell-, Sendungs- oder Lagerstatus</translation>
    </message>
    <message>
        <source>order statuses</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>shipment statuses</source>
        <translation>Sendungsstatus</translation>
    </message>
    <message>
        <source>stock statuses</source>
        <translation>Lagerstatus</translation>
    </message>
    <message>
        <source>The sample is empty. Paste what the sender posts.</source>
        <translation>Das Beispiel ist leer. Fügen Sie ein, was der Absender sendet.</translation>
    </message>
    <message>
        <source>The request has an empty body.</source>
        <translation>Die Anfrage hat einen leeren Inhalt.</translation>
    </message>
    <message>
        <source>The sample is form data that is not valid UTF-8 text.</source>
        <translation>Das Beispiel besteht aus Formulardaten, die kein gültiger UTF-8-Text sind.</translation>
    </message>
    <message>
        <source>The request is form data that is not valid UTF-8 text.</source>
        <translation>Die Anfrage besteht aus Formulardaten, die kein gültiger UTF-8-Text sind.</translation>
    </message>
    <message>
        <source>The sample is not valid JSON: %1 (at character %2).</source>
        <translation>Das Beispiel ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 (at character %2).</source>
        <translation>Der Inhalt der Anfrage ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The sample is an empty list, so it holds no events.</source>
        <translation>Das Beispiel ist eine leere Liste und enthält daher keine Ereignisse.</translation>
    </message>
    <message>
        <source>The request is an empty list, so it holds no events.</source>
        <translation>Die Anfrage ist eine leere Liste und enthält daher keine Ereignisse.</translation>
    </message>
    <message>
        <source>Entry %1 of the list is not a JSON object.</source>
        <translation>Eintrag %1 der Liste ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Entry %1: </source>
        <translation>Eintrag %1: </translation>
    </message>
    <message>
        <source>%1: no path is set in the mapping.</source>
        <translation>%1: In der Zuordnung ist kein Pfad festgelegt.</translation>
    </message>
    <message>
        <source>%1: %2 is missing in the sample.</source>
        <translation>%1: %2 fehlt im Beispiel.</translation>
    </message>
    <message>
        <source>%1: %2 is missing in the request.</source>
        <translation>%1: %2 fehlt in der Anfrage.</translation>
    </message>
    <message>
        <source>%1: %2 holds a list or an object, not a single value.</source>
        <translation>%1: %2 enthält eine Liste oder ein Objekt, keinen einzelnen Wert.</translation>
    </message>
    <message>
        <source>%1: %2 is empty in the sample.</source>
        <translation>%1: %2 ist im Beispiel leer.</translation>
    </message>
    <message>
        <source>%1: %2 is empty in the request.</source>
        <translation>%1: %2 ist in der Anfrage leer.</translation>
    </message>
    <message>
        <source>Not in the sample, left empty: %1.</source>
        <translation>Nicht im Beispiel, leer gelassen: %1.</translation>
    </message>
    <message>
        <source>Not in the request, left empty: %1.</source>
        <translation>Nicht in der Anfrage, leer gelassen: %1.</translation>
    </message>
    <message>
        <source>occurredAt: &quot;%1&quot; is not a time Tidings can read; the time of arrival is used instead.</source>
        <translation>occurredAt: „%1“ ist keine Zeitangabe, die Tidings lesen kann; stattdessen wird die Ankunftszeit verwendet.</translation>
    </message>
    <message>
        <source>available: &quot;%1&quot; is not a whole number; it is left empty.</source>
        <translation>available: „%1“ ist keine ganze Zahl; das Feld bleibt leer.</translation>
    </message>
    <message>
        <source>stockStatus: &quot;%1&quot; is not in the status map, so the stock status counts as unknown.</source>
        <translation>stockStatus: „%1“ steht nicht in der Statuszuordnung, daher gilt der Lagerstatus als unbekannt.</translation>
    </message>
    <message>
        <source>orderStatus: &quot;%1&quot; is not in the status map, so the order&apos;s status counts as unknown. Add it to the status map.</source>
        <translation>orderStatus: „%1“ steht nicht in der Statuszuordnung, daher gilt der Status der Bestellung als unbekannt. Fügen Sie ihn der Statuszuordnung hinzu.</translation>
    </message>
    <message>
        <source>shipmentStatus: &quot;%1&quot; is not in the status map, so the shipment&apos;s status counts as unknown. Add it to the status map.</source>
        <translation>shipmentStatus: „%1“ steht nicht in der Statuszuordnung, daher gilt der Status der Sendung als unbekannt. Fügen Sie ihn der Statuszuordnung hinzu.</translation>
    </message>
    <message>
        <source>trackingUrl: &quot;%1&quot; is not an http or https address; it is left out.</source>
        <translation>trackingUrl: „%1“ ist keine http- oder https-Adresse; sie wird weggelassen.</translation>
    </message>
    <message>
        <source>lineItems: %1 is not a list; the items are left out.</source>
        <translation>lineItems: %1 ist keine Liste; die Artikel werden weggelassen.</translation>
    </message>
    <message>
        <source>Not in every item, left empty: %1.</source>
        <translation>Nicht in jedem Artikel, leer gelassen: %1.</translation>
    </message>
    <message>
        <source>A back-in-stock request needs the product&apos;s SKU (sku or productId).</source>
        <translation>Eine Bitte um Nachricht bei Wiederverfügbarkeit braucht die SKU des Produkts (sku oder productId).</translation>
    </message>
    <message>
        <source>A back-in-stock request needs the customer&apos;s email address (customerEmail); &quot;%1&quot; is none.</source>
        <translation>Eine Bitte um Nachricht bei Wiederverfügbarkeit braucht die E-Mail-Adresse des Kunden (customerEmail); „%1“ ist keine.</translation>
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
        <translation>E-Mails von Ihrer Gmail- oder Google-Workspace-Adresse über die Gmail API.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Filled in by &quot;Sign in with Google&quot;. Or paste a refresh token of the Gmail account for this OAuth client, with the scope gmail.send (&quot;Send email on your behalf&quot;).</source>
        <translation>Wird durch „Mit Google anmelden“ ausgefüllt. Oder fügen Sie ein Aktualisierungstoken (Refresh Token) des Gmail-Kontos für diesen OAuth-Client ein, mit dem Scope gmail.send („E-Mails in Ihrem Namen senden“).</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientschlüssel</translation>
    </message>
    <message>
        <source>Google Cloud console → APIs &amp; Services → Credentials → your OAuth client (type Desktop app) → Client secret.</source>
        <translation>Google Cloud Console → APIs &amp; Dienste → Anmeldedaten → Ihr OAuth-Client (Typ Desktop-App) → Clientschlüssel.</translation>
    </message>
    <message>
        <source>Gmail address</source>
        <translation>Gmail-Adresse</translation>
    </message>
    <message>
        <source>The address you sign in with, or one of its &quot;Send mail as&quot; aliases.</source>
        <translation>Die Adresse, mit der Sie sich anmelden, oder einer ihrer Aliasse unter „E-Mails senden als“.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>The name customers see, e.g. your shop&apos;s name.</source>
        <translation>Der Name, den Kunden sehen, z. B. der Name Ihres Shops.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the Gmail address.</source>
        <translation>Wohin Antworten von Kunden gehen, wenn nicht an die Gmail-Adresse.</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>Google Cloud console → APIs &amp; Services → Credentials → your OAuth client → Client ID.</source>
        <translation>Google Cloud Console → APIs &amp; Dienste → Anmeldedaten → Ihr OAuth-Client → Client-ID.</translation>
    </message>
    <message>
        <source>Gmail API address</source>
        <translation>Gmail-API-Adresse</translation>
    </message>
    <message>
        <source>https://gmail.googleapis.com; change only for testing.</source>
        <translation>https://gmail.googleapis.com; nur zum Testen ändern.</translation>
    </message>
    <message>
        <source>Google token address</source>
        <translation>Google-Token-Adresse</translation>
    </message>
    <message>
        <source>https://oauth2.googleapis.com/token; change only for testing.</source>
        <translation>https://oauth2.googleapis.com/token; nur zum Testen ändern.</translation>
    </message>
    <message>
        <source>Google sign-in page</source>
        <translation>Google-Anmeldeseite</translation>
    </message>
    <message>
        <source>https://accounts.google.com/o/oauth2/v2/auth; change only for testing.</source>
        <translation>https://accounts.google.com/o/oauth2/v2/auth; nur zum Testen ändern.</translation>
    </message>
    <message>
        <source>In the Google Cloud console, create a project (or pick one) and enable the Gmail API.</source>
        <translation>Erstellen Sie in der Google Cloud Console ein Projekt (oder wählen Sie eines aus) und aktivieren Sie die Gmail API.</translation>
    </message>
    <message>
        <source>Under Google Auth Platform → Branding/Audience, set up the consent screen. While its publishing status is &quot;Testing&quot;, Google ends the sign-in after 7 days: publish it (or use a Workspace &quot;Internal&quot; app) to stay signed in.</source>
        <translation>Richten Sie unter Google Auth Platform → Branding/Zielgruppe den Zustimmungsbildschirm ein. Solange sein Veröffentlichungsstatus „Test“ ist, beendet Google die Anmeldung nach 7 Tagen: Veröffentlichen Sie ihn (oder verwenden Sie eine „interne“ Workspace-App), um angemeldet zu bleiben.</translation>
    </message>
    <message>
        <source>Under Credentials, create an OAuth client ID of type &quot;Desktop app&quot; and copy its client ID and secret here. A Desktop app client needs no redirect URI: Google lets it come back to this computer on any port.</source>
        <translation>Erstellen Sie unter „Anmeldedaten“ eine OAuth-Client-ID vom Typ „Desktop-App“ und kopieren Sie Client-ID und Clientschlüssel hierher. Ein Desktop-App-Client braucht keinen Weiterleitungs-URI: Google lässt ihn über jeden Port zu diesem Computer zurückkehren.</translation>
    </message>
    <message>
        <source>Click &quot;Sign in with Google&quot; and sign in with the Gmail account the notifications should come from, allowing &quot;Send email on your behalf&quot; (or paste a refresh token you got another way). Gmail&apos;s own limits apply: about 500 messages a day for a Gmail account, 2,000 for Google Workspace.</source>
        <translation>Klicken Sie auf „Mit Google anmelden“ und melden Sie sich mit dem Gmail-Konto an, von dem die Benachrichtigungen kommen sollen, und erlauben Sie „E-Mails in Ihrem Namen senden“ (oder fügen Sie ein auf anderem Weg erhaltenes Aktualisierungstoken ein). Es gelten die Limits von Gmail: etwa 500 Nachrichten pro Tag für ein Gmail-Konto, 2.000 für Google Workspace.</translation>
    </message>
    <message>
        <source>%1 is not signed in to Google yet. Sign in again in Channels.</source>
        <translation>%1 ist noch nicht bei Google angemeldet. Melden Sie sich unter „Kanäle“ erneut an.</translation>
    </message>
    <message>
        <source>No OAuth client ID is set for %1. Add it in Channels.</source>
        <translation>Für %1 ist keine OAuth-Client-ID festgelegt. Tragen Sie sie unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The OAuth client ID of %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Die OAuth-Client-ID von %1 enthält Leerzeichen oder Zeilenumbrüche. Fügen Sie sie unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>No Gmail address is set for %1. Add it in Channels.</source>
        <translation>Für %1 ist keine Gmail-Adresse festgelegt. Tragen Sie sie unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>Gmail is limiting how fast this account may send. Tidings will try again when Gmail allows it.</source>
        <translation>Gmail begrenzt, wie schnell dieses Konto senden darf. Tidings versucht es erneut, sobald Gmail es zulässt.</translation>
    </message>
    <message>
        <source>The Google Cloud project has used up its Gmail API quota for today. Tidings will try again later; a higher quota can be requested in the Google Cloud console.</source>
        <translation>Das Google-Cloud-Projekt hat sein Gmail-API-Kontingent für heute aufgebraucht. Tidings versucht es später erneut; ein höheres Kontingent kann in der Google Cloud Console beantragt werden.</translation>
    </message>
    <message>
        <source>The Google Workspace administrator does not allow Tidings to use Gmail for this account. Ask them to allow the app in the Admin console (Security → API controls).</source>
        <translation>Der Google-Workspace-Administrator erlaubt Tidings nicht, Gmail für dieses Konto zu verwenden. Bitten Sie ihn, die App in der Admin-Konsole zuzulassen (Sicherheit → API-Steuerung).</translation>
    </message>
    <message>
        <source>Google does not allow Tidings to send from this account (the permission to send email was not given). Sign in again in Channels and allow &quot;Send email on your behalf&quot;.</source>
        <translation>Google erlaubt Tidings nicht, von diesem Konto zu senden (die Berechtigung zum Senden von E-Mails wurde nicht erteilt). Melden Sie sich unter „Kanäle“ erneut an und erlauben Sie „E-Mails in Ihrem Namen senden“.</translation>
    </message>
    <message>
        <source>Gmail had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Gmail hatte ein vorübergehendes Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Gmail took too long to read the message. Tidings will try again.</source>
        <translation>Gmail hat zu lange gebraucht, um die Nachricht zu lesen. Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Gmail rejected the message.</source>
        <translation>Gmail hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Gmail rejected the message: %1</source>
        <translation>Gmail hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>Google refused Tidings&apos; sign-in for this account. Sign in again in Channels.</source>
        <translation>Google hat die Anmeldung von Tidings für dieses Konto abgelehnt. Melden Sie sich unter „Kanäle“ erneut an.</translation>
    </message>
    <message>
        <source>Gmail did not recognise the request (HTTP 404). Check the Gmail API address in Channels.</source>
        <translation>Gmail hat die Anfrage nicht erkannt (HTTP 404). Prüfen Sie die Gmail-API-Adresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The message is too large for Gmail (35 MB at most). Make the email smaller.</source>
        <translation>Die Nachricht ist zu groß für Gmail (höchstens 35 MB). Verkleinern Sie die E-Mail.</translation>
    </message>
    <message>
        <source>Gmail answered with a redirect (HTTP %1). Check the Gmail API address in Channels.</source>
        <translation>Gmail hat mit einer Weiterleitung geantwortet (HTTP %1). Prüfen Sie die Gmail-API-Adresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Gmail refused the message (HTTP %1).</source>
        <translation>Gmail hat die Nachricht abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Gmail refused the message (HTTP %1): %2</source>
        <translation>Gmail hat die Nachricht abgelehnt (HTTP %1): %2</translation>
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
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Fill this OR the two Google sign-in fields below. Only for a sheet shared as &quot;Anyone with the link can view&quot;; Google Cloud console → APIs &amp; Services → Credentials.</source>
        <translation>Füllen Sie dieses Feld ODER die beiden Google-Anmeldefelder unten aus. Nur für eine Tabelle, die mit „Jeder, der den Link hat“ als Betrachter freigegeben ist; Google Cloud Console → APIs &amp; Dienste → Anmeldedaten.</translation>
    </message>
    <message>
        <source>Refresh token (Google sign-in)</source>
        <translation>Aktualisierungstoken (Google-Anmeldung)</translation>
    </message>
    <message>
        <source>For a private sheet, instead of an API key: filled in when you click &quot;Sign in with Google&quot; and sign in with a Google account that can view the sheet (Tidings asks only to read spreadsheets). You can also paste one made with the scope spreadsheets.readonly.</source>
        <translation>Für eine private Tabelle statt eines API-Schlüssels: wird ausgefüllt, wenn Sie auf „Mit Google anmelden“ klicken und sich mit einem Google-Konto anmelden, das die Tabelle ansehen kann (Tidings bittet nur darum, Tabellen zu lesen). Sie können auch eines einfügen, das mit dem Scope spreadsheets.readonly erstellt wurde.</translation>
    </message>
    <message>
        <source>Client secret (Google sign-in)</source>
        <translation>Clientschlüssel (Google-Anmeldung)</translation>
    </message>
    <message>
        <source>The secret of the OAuth client the refresh token was made with. Leave empty with an API key.</source>
        <translation>Der Schlüssel des OAuth-Clients, mit dem das Aktualisierungstoken erstellt wurde. Bei einem API-Schlüssel leer lassen.</translation>
    </message>
    <message>
        <source>Google Sheets API address</source>
        <translation>Google-Sheets-API-Adresse</translation>
    </message>
    <message>
        <source>Leave empty for https://sheets.googleapis.com; change it only for a test server.</source>
        <translation>Leer lassen für https://sheets.googleapis.com; ändern Sie sie nur für einen Testserver.</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>The sheet&apos;s address from the browser, or the id in it (the part after /d/).</source>
        <translation>Die Adresse der Tabelle aus dem Browser oder die darin enthaltene ID (der Teil nach /d/).</translation>
    </message>
    <message>
        <source>Tab and columns</source>
        <translation>Tabellenblatt und Spalten</translation>
    </message>
    <message>
        <source>Which cells to read, first row = the column names. Quote a tab name with spaces: &apos;Order log&apos;!A1:Z. Default: the first tab, columns A to Z. At most %1 rows are read.</source>
        <translation>Welche Zellen gelesen werden, erste Zeile = Spaltennamen. Setzen Sie einen Blattnamen mit Leerzeichen in Anführungszeichen: &apos;Order log&apos;!A1:Z. Standard: das erste Tabellenblatt, Spalten A bis Z. Es werden höchstens %1 Zeilen gelesen.</translation>
    </message>
    <message>
        <source>Order ID column</source>
        <translation>Spalte „Bestell-ID“</translation>
    </message>
    <message>
        <source>Order number column</source>
        <translation>Spalte „Bestellnummer“</translation>
    </message>
    <message>
        <source>Column with the number the customer sees (default &quot;Order Number&quot;, when the sheet has it).</source>
        <translation>Spalte mit der Nummer, die der Kunde sieht (Standard „Order Number“, falls die Tabelle sie hat).</translation>
    </message>
    <message>
        <source>Status column</source>
        <translation>Spalte „Status“</translation>
    </message>
    <message>
        <source>Column with the order&apos;s status (default &quot;Status&quot;).</source>
        <translation>Spalte mit dem Status der Bestellung (Standard „Status“).</translation>
    </message>
    <message>
        <source>Email column</source>
        <translation>Spalte „E-Mail“</translation>
    </message>
    <message>
        <source>Column with the customer&apos;s email address (default &quot;Email&quot;).</source>
        <translation>Spalte mit der E-Mail-Adresse des Kunden (Standard „Email“).</translation>
    </message>
    <message>
        <source>Customer name column</source>
        <translation>Spalte „Kundenname“</translation>
    </message>
    <message>
        <source>Column with the customer&apos;s name (default &quot;Customer&quot;).</source>
        <translation>Spalte mit dem Namen des Kunden (Standard „Customer“).</translation>
    </message>
    <message>
        <source>Tracking number column</source>
        <translation>Spalte „Sendungsnummer“</translation>
    </message>
    <message>
        <source>Column with the tracking number (default &quot;Tracking Number&quot;). A number appearing here is a new shipment.</source>
        <translation>Spalte mit der Sendungsnummer (Standard „Tracking Number“). Eine hier auftauchende Nummer ist eine neue Sendung.</translation>
    </message>
    <message>
        <source>Carrier column</source>
        <translation>Spalte „Versanddienstleister“</translation>
    </message>
    <message>
        <source>Column with the carrier&apos;s name (default &quot;Carrier&quot;).</source>
        <translation>Spalte mit dem Namen des Versanddienstleisters (Standard „Carrier“).</translation>
    </message>
    <message>
        <source>Tracking link column</source>
        <translation>Spalte „Sendungsverfolgungslink“</translation>
    </message>
    <message>
        <source>Column with the tracking page address (default &quot;Tracking URL&quot;).</source>
        <translation>Spalte mit der Adresse der Sendungsverfolgungsseite (Standard „Tracking URL“).</translation>
    </message>
    <message>
        <source>Last changed column</source>
        <translation>Spalte „zuletzt geändert“</translation>
    </message>
    <message>
        <source>Optional: a column with the time each row was last changed (e.g. 2026-03-01 14:05:00). With it, every change of the row counts, not only status and tracking changes.</source>
        <translation>Optional: eine Spalte mit dem Zeitpunkt, zu dem jede Zeile zuletzt geändert wurde (z. B. 2026-03-01 14:05:00). Damit zählt jede Änderung der Zeile, nicht nur Status- und Sendungsnummernänderungen.</translation>
    </message>
    <message>
        <source>Your status words</source>
        <translation>Ihre Statuswörter</translation>
    </message>
    <message>
        <source>A JSON object from the words in your status column to Tidings&apos; statuses, or &quot;ignore&quot;. &quot;New&quot;, &quot;Processing&quot;, &quot;Dispatched&quot;, &quot;Sent&quot;, &quot;Done&quot;, &quot;Returned&quot;, &quot;On hold&quot; and Tidings&apos; own names are known already.</source>
        <translation>Ein JSON-Objekt, das die Wörter in Ihrer Statusspalte den Status von Tidings zuordnet, oder „ignore“. „New“, „Processing“, „Dispatched“, „Sent“, „Done“, „Returned“, „On hold“ und die eigenen Namen von Tidings sind bereits bekannt.</translation>
    </message>
    <message>
        <source>Client ID (Google sign-in)</source>
        <translation>Client-ID (Google-Anmeldung)</translation>
    </message>
    <message>
        <source>Only with a refresh token: the OAuth client&apos;s ID, ending in .apps.googleusercontent.com.</source>
        <translation>Nur mit einem Aktualisierungstoken: die ID des OAuth-Clients, endet auf .apps.googleusercontent.com.</translation>
    </message>
    <message>
        <source>Sign-in page address (Google sign-in)</source>
        <translation>Adresse der Anmeldeseite (Google-Anmeldung)</translation>
    </message>
    <message>
        <source>Leave empty for https://accounts.google.com/o/oauth2/v2/auth.</source>
        <translation>Leer lassen für https://accounts.google.com/o/oauth2/v2/auth.</translation>
    </message>
    <message>
        <source>Token address (Google sign-in)</source>
        <translation>Token-Adresse (Google-Anmeldung)</translation>
    </message>
    <message>
        <source>Leave empty for https://oauth2.googleapis.com/token.</source>
        <translation>Leer lassen für https://oauth2.googleapis.com/token.</translation>
    </message>
    <message>
        <source>In the Google Cloud console (console.cloud.google.com), pick or create a project and enable the &quot;Google Sheets API&quot; under APIs &amp; Services → Library.</source>
        <translation>Wählen oder erstellen Sie in der Google Cloud Console (console.cloud.google.com) ein Projekt und aktivieren Sie die „Google Sheets API“ unter APIs &amp; Dienste → Bibliothek.</translation>
    </message>
    <message>
        <source>Shared sheet: under APIs &amp; Services → Credentials, &quot;Create credentials&quot; → &quot;API key&quot;, restrict it to the Google Sheets API, and paste it here. In the sheet, Share → General access → &quot;Anyone with the link&quot; → Viewer.</source>
        <translation>Freigegebene Tabelle: unter APIs &amp; Dienste → Anmeldedaten „Anmeldedaten erstellen“ → „API-Schlüssel“, auf die Google Sheets API beschränken und hier einfügen. In der Tabelle: Freigeben → Allgemeiner Zugriff → „Jeder, der den Link hat“ → Betrachter.</translation>
    </message>
    <message>
        <source>Private sheet instead: under Credentials create an &quot;OAuth client ID&quot; of type &quot;Desktop app&quot; and publish the consent screen (&quot;In production&quot;; in &quot;Testing&quot; Google ends the sign-in after 7 days). Enter its client ID in the settings, paste its client secret here, and click &quot;Sign in with Google&quot;: sign in with an account that can view the sheet and allow Tidings to see your spreadsheets.</source>
        <translation>Stattdessen private Tabelle: Erstellen Sie unter „Anmeldedaten“ eine „OAuth-Client-ID“ vom Typ „Desktop-App“ und veröffentlichen Sie den Zustimmungsbildschirm („In Produktion“; im Status „Test“ beendet Google die Anmeldung nach 7 Tagen). Geben Sie die Client-ID in den Einstellungen ein, fügen Sie den Clientschlüssel hier ein und klicken Sie auf „Mit Google anmelden“: Melden Sie sich mit einem Konto an, das die Tabelle ansehen kann, und erlauben Sie Tidings, Ihre Tabellen anzusehen.</translation>
    </message>
    <message>
        <source>Make sure the first row of the range holds the column names, and enter the names you use for the order id, status, email and tracking columns.</source>
        <translation>Achten Sie darauf, dass die erste Zeile des Bereichs die Spaltennamen enthält, und geben Sie die Namen ein, die Sie für die Spalten Bestell-ID, Status, E-Mail und Sendungsnummer verwenden.</translation>
    </message>
    <message>
        <source>Google Sheets answered with something that is not the sheet&apos;s cells. Tidings will ask again.</source>
        <translation>Google Sheets hat mit etwas geantwortet, das nicht die Zellen der Tabelle sind. Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>The sheet of &quot;%1&quot; has %2 rows; Tidings reads at most %3 on each check. Narrow the range in the source&apos;s settings, or move finished orders to another tab.</source>
        <translation>Die Tabelle von „%1“ hat %2 Zeilen; Tidings liest bei jeder Prüfung höchstens %3. Grenzen Sie den Bereich in den Einstellungen der Quelle ein oder verschieben Sie abgeschlossene Bestellungen in ein anderes Tabellenblatt.</translation>
    </message>
    <message>
        <source>The first row of the sheet of &quot;%1&quot; has no column &quot;%2&quot;. Check that the column name is spelled the same in the sheet and in the source&apos;s settings, and that the range starts at the row with the column names.</source>
        <translation>Die erste Zeile der Tabelle von „%1“ hat keine Spalte „%2“. Prüfen Sie, ob der Spaltenname in der Tabelle und in den Einstellungen der Quelle gleich geschrieben ist und ob der Bereich bei der Zeile mit den Spaltennamen beginnt.</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Google refused the API key of &quot;%1&quot;. Check the key in Connections, or make a new one.</source>
        <translation>Google hat den API-Schlüssel von „%1“ abgelehnt. Prüfen Sie den Schlüssel unter „Verbindungen“ oder erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Google Sheets could not read the range &quot;%1&quot; of &quot;%2&quot;. Check the tab name and the columns in the source&apos;s settings.</source>
        <translation>Google Sheets konnte den Bereich „%1“ von „%2“ nicht lesen. Prüfen Sie den Namen des Tabellenblatts und die Spalten in den Einstellungen der Quelle.</translation>
    </message>
    <message>
        <source>Google does not let the API key of &quot;%1&quot; read the sheet. Share the sheet as &quot;Anyone with the link can view&quot;, and check that the Google Sheets API is enabled for the key&apos;s project, or sign in with Google instead.</source>
        <translation>Google erlaubt dem API-Schlüssel von „%1“ nicht, die Tabelle zu lesen. Geben Sie die Tabelle für „Jeder, der den Link hat“ als Betrachter frei und prüfen Sie, ob die Google Sheets API für das Projekt des Schlüssels aktiviert ist, oder melden Sie sich stattdessen über Google an.</translation>
    </message>
    <message>
        <source>The Google account of &quot;%1&quot; may not read this sheet, or the Google Sheets API is not enabled for its project. Share the sheet with that account, or connect again.</source>
        <translation>Das Google-Konto von „%1“ darf diese Tabelle nicht lesen, oder die Google Sheets API ist für sein Projekt nicht aktiviert. Geben Sie die Tabelle für dieses Konto frei oder verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>Google has no spreadsheet &quot;%1&quot; for &quot;%2&quot;. Check the spreadsheet address in the source&apos;s settings.</source>
        <translation>Google hat keine Tabelle „%1“ für „%2“. Prüfen Sie die Adresse der Tabelle in den Einstellungen der Quelle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which spreadsheet to read. Paste the sheet&apos;s address into its settings in Connections.</source>
        <translation>„%1“ gibt nicht an, welche Tabelle gelesen werden soll. Fügen Sie die Adresse der Tabelle in ihre Einstellungen unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>Neither an API key nor a Google sign-in is saved for &quot;%1&quot;, so its sheet cannot be read. Add one in Connections.</source>
        <translation>Für „%1“ ist weder ein API-Schlüssel noch eine Google-Anmeldung gespeichert, daher kann die Tabelle nicht gelesen werden. Fügen Sie eines von beiden unter „Verbindungen“ hinzu.</translation>
    </message>
    <message>
        <source>Orders kept in a spreadsheet, one row per order: new rows, status changes and tracking numbers, read every few minutes. Also stock levels, one row per product.</source>
        <translation>Bestellungen in einer Tabelle, eine Zeile pro Bestellung: neue Zeilen, Statusänderungen und Sendungsnummern, alle paar Minuten gelesen. Auch Lagerbestände, eine Zeile pro Produkt.</translation>
    </message>
    <message>
        <source>The name in the first row of the column that holds each order&apos;s id (default &quot;Order ID&quot;). Rows without an id are skipped, unless they hold a product&apos;s stock. A stock sheet needs no such column.</source>
        <translation>Der Name in der ersten Zeile der Spalte, die die ID jeder Bestellung enthält (Standard „Order ID“). Zeilen ohne ID werden übersprungen, außer sie enthalten den Bestand eines Produkts. Eine reine Bestandstabelle braucht diese Spalte nicht.</translation>
    </message>
    <message>
        <source>SKU column (stock)</source>
        <translation>SKU-Spalte (Bestand)</translation>
    </message>
    <message>
        <source>For stock levels: the column with each product&apos;s SKU (default &quot;SKU&quot; or &quot;Product SKU&quot;). A row with a SKU and a stock quantity or stock status but no order id is read as the product&apos;s stock.</source>
        <translation>Für Lagerbestände: die Spalte mit der SKU jedes Produkts (Standard „SKU“ oder „Product SKU“). Eine Zeile mit SKU und Menge oder Lagerstatus, aber ohne Bestell-ID, wird als Bestand des Produkts gelesen.</translation>
    </message>
    <message>
        <source>Stock quantity column</source>
        <translation>Spalte mit der Menge</translation>
    </message>
    <message>
        <source>Column with how many are in stock (default &quot;Stock&quot;, &quot;Quantity&quot;, &quot;Qty&quot;, &quot;Available&quot; or &quot;On hand&quot;; in a sheet that also has order ids, &quot;Quantity&quot; and &quot;Qty&quot; count only when named here). Decimals are rounded down.</source>
        <translation>Spalte mit der Menge auf Lager (Standard „Stock“, „Quantity“, „Qty“, „Available“ oder „On hand“; in einer Tabelle, die auch Bestell-IDs hat, zählen „Quantity“ und „Qty“ nur, wenn sie hier genannt sind). Nachkommastellen werden abgerundet.</translation>
    </message>
    <message>
        <source>Stock status column</source>
        <translation>Spalte mit dem Lagerstatus</translation>
    </message>
    <message>
        <source>Column with words like &quot;In stock&quot;, &quot;Low&quot;, &quot;Out of stock&quot;, &quot;Sold out&quot; or &quot;Backorder&quot; (default &quot;Stock status&quot; or &quot;Availability&quot;). Not needed when the sheet has a quantity.</source>
        <translation>Spalte mit Wörtern wie „In stock“, „Low“, „Out of stock“, „Sold out“ oder „Backorder“ (Standard „Stock status“ oder „Availability“). Nicht nötig, wenn die Tabelle eine Menge hat.</translation>
    </message>
    <message>
        <source>Product name column (stock)</source>
        <translation>Spalte mit dem Produktnamen (Bestand)</translation>
    </message>
    <message>
        <source>Column with the product&apos;s name, shown in stock messages (default &quot;Product&quot;, &quot;Product name&quot; or &quot;Item&quot;).</source>
        <translation>Spalte mit dem Namen des Produkts, der in Bestandsnachrichten erscheint (Standard „Product“, „Product name“ oder „Item“).</translation>
    </message>
    <message>
        <source>Warehouse column (stock)</source>
        <translation>Lager-Spalte (Bestand)</translation>
    </message>
    <message>
        <source>Column naming the warehouse or location, when the stock is kept in several (default &quot;Location&quot; or &quot;Warehouse&quot;).</source>
        <translation>Spalte mit dem Lager oder Standort, wenn der Bestand an mehreren liegt (Standard „Location“ oder „Warehouse“).</translation>
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
        <translation>E-Mails aus Ihrem Microsoft-365- oder Outlook.com-Postfach über Microsoft Graph.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Filled in by &quot;Sign in with Microsoft&quot;. Or paste a refresh token of the mailbox for this app registration, with Mail.Send and offline_access.</source>
        <translation>Wird durch „Mit Microsoft anmelden“ ausgefüllt. Oder fügen Sie ein Aktualisierungstoken (Refresh Token) des Postfachs für diese App-Registrierung ein, mit Mail.Send und offline_access.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Only for an app registered as a web app: Entra admin center → App registrations → your app → Certificates &amp; secrets. Desktop (public client) registrations have none.</source>
        <translation>Nur für eine als Web-App registrierte App: Microsoft Entra Admin Center → App-Registrierungen → Ihre App → Zertifikate &amp; Geheimnisse. Desktop-Registrierungen (öffentlicher Client) haben keinen.</translation>
    </message>
    <message>
        <source>Graph address</source>
        <translation>Graph-Adresse</translation>
    </message>
    <message>
        <source>https://graph.microsoft.com; national clouds have their own (e.g. https://graph.microsoft.us).</source>
        <translation>https://graph.microsoft.com; nationale Clouds haben eine eigene (z. B. https://graph.microsoft.us).</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Entra admin center → App registrations → your app → Overview → Application (client) ID.</source>
        <translation>Microsoft Entra Admin Center → App-Registrierungen → Ihre App → Übersicht → Anwendungs-ID (Client).</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>common (work, school and personal accounts), organizations, consumers, or your tenant&apos;s ID or domain.</source>
        <translation>common (Geschäfts-, Schul- und persönliche Konten), organizations, consumers oder die ID bzw. Domäne Ihres Mandanten.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>https://login.microsoftonline.com; national clouds have their own.</source>
        <translation>https://login.microsoftonline.com; nationale Clouds haben eine eigene.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the mailbox itself.</source>
        <translation>Wohin Antworten von Kunden gehen, wenn nicht an das Postfach selbst.</translation>
    </message>
    <message>
        <source>Keep a copy in Sent Items</source>
        <translation>Kopie in „Gesendete Elemente“ behalten</translation>
    </message>
    <message>
        <source>true (default): each notification also appears in the mailbox&apos;s Sent Items; false: it does not.</source>
        <translation>true (Standard): Jede Benachrichtigung erscheint auch unter „Gesendete Elemente“ des Postfachs; false: nicht.</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, open App registrations → New registration. Allow the account types you sign in with and add the redirect URI http://127.0.0.1 under &quot;Mobile and desktop applications&quot; (not &quot;Web&quot;; Microsoft accepts any port for it, and Tidings picks a free one).</source>
        <translation>Öffnen Sie im Microsoft Entra Admin Center App-Registrierungen → Neue Registrierung. Lassen Sie die Kontotypen zu, mit denen Sie sich anmelden, und fügen Sie den Umleitungs-URI http://127.0.0.1 unter „Mobile Anwendungen und Desktopanwendungen“ hinzu (nicht „Web“; Microsoft akzeptiert dafür jeden Port, und Tidings wählt einen freien).</translation>
    </message>
    <message>
        <source>Under API permissions, add Microsoft Graph → Delegated → Mail.Send and offline_access (an administrator may have to grant consent).</source>
        <translation>Fügen Sie unter API-Berechtigungen Microsoft Graph → Delegiert → Mail.Send und offline_access hinzu (eventuell muss ein Administrator die Einwilligung erteilen).</translation>
    </message>
    <message>
        <source>Copy the Application (client) ID here, then click &quot;Sign in with Microsoft&quot; and sign in with the mailbox the notifications should come from (or paste a refresh token you got another way).</source>
        <translation>Kopieren Sie die Anwendungs-ID (Client) hierher, klicken Sie dann auf „Mit Microsoft anmelden“ und melden Sie sich mit dem Postfach an, von dem die Benachrichtigungen kommen sollen (oder fügen Sie ein auf anderem Weg erhaltenes Aktualisierungstoken ein).</translation>
    </message>
    <message>
        <source>The mailbox must be an Exchange Online mailbox (Microsoft 365 or Outlook.com); Microsoft&apos;s own sending limits apply (about 30 messages a minute and 10,000 recipients a day).</source>
        <translation>Das Postfach muss ein Exchange-Online-Postfach sein (Microsoft 365 oder Outlook.com); es gelten die Sendelimits von Microsoft (etwa 30 Nachrichten pro Minute und 10.000 Empfänger pro Tag).</translation>
    </message>
    <message>
        <source>%1 is not signed in to Microsoft yet. Sign in again in Channels.</source>
        <translation>%1 ist noch nicht bei Microsoft angemeldet. Melden Sie sich unter „Kanäle“ erneut an.</translation>
    </message>
    <message>
        <source>No application (client) ID is set for %1. Add it in Channels.</source>
        <translation>Für %1 ist keine Anwendungs-ID (Client) festgelegt. Tragen Sie sie unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The client ID or tenant of %1 contains characters Microsoft never uses. Correct it in Channels.</source>
        <translation>Die Client-ID oder der Mandant von %1 enthält Zeichen, die Microsoft nie verwendet. Korrigieren Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The Microsoft account has no Exchange Online mailbox Graph can send from. Sign in with a Microsoft 365 or Outlook.com mailbox.</source>
        <translation>Das Microsoft-Konto hat kein Exchange-Online-Postfach, aus dem Graph senden kann. Melden Sie sich mit einem Microsoft-365- oder Outlook.com-Postfach an.</translation>
    </message>
    <message>
        <source>The sending mailbox is full. Free up space in it (Sent Items, Deleted Items), or turn off &quot;Keep a copy in Sent Items&quot;.</source>
        <translation>Das sendende Postfach ist voll. Schaffen Sie darin Platz (Gesendete Elemente, Gelöschte Elemente) oder schalten Sie „Kopie in ‚Gesendete Elemente‘ behalten“ aus.</translation>
    </message>
    <message>
        <source>Microsoft does not let this account send as that sender. Check the mailbox&apos;s send-as permissions.</source>
        <translation>Microsoft erlaubt diesem Konto nicht, als dieser Absender zu senden. Prüfen Sie die „Senden als“-Berechtigungen des Postfachs.</translation>
    </message>
    <message>
        <source>Microsoft is limiting how fast this mailbox may send. Tidings will try again when Microsoft allows it.</source>
        <translation>Microsoft begrenzt, wie schnell dieses Postfach senden darf. Tidings versucht es erneut, sobald Microsoft es zulässt.</translation>
    </message>
    <message>
        <source>Microsoft Graph had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Microsoft Graph hatte ein vorübergehendes Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Microsoft Graph took too long to read the message. Tidings will try again.</source>
        <translation>Microsoft Graph hat zu lange gebraucht, um die Nachricht zu lesen. Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Microsoft refused the recipient address: %1</source>
        <translation>Microsoft hat die Empfängeradresse abgelehnt: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the message.</source>
        <translation>Microsoft Graph hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the message: %1</source>
        <translation>Microsoft Graph hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>Microsoft refused Tidings&apos; sign-in for this mailbox. Sign in again in Channels.</source>
        <translation>Microsoft hat die Anmeldung von Tidings für dieses Postfach abgelehnt. Melden Sie sich unter „Kanäle“ erneut an.</translation>
    </message>
    <message>
        <source>Microsoft does not allow this account to send mail through Tidings (Mail.Send permission missing or blocked by an administrator). Check the app&apos;s permissions and sign in again.</source>
        <translation>Microsoft erlaubt diesem Konto nicht, über Tidings E-Mails zu senden (Berechtigung Mail.Send fehlt oder wurde von einem Administrator gesperrt). Prüfen Sie die Berechtigungen der App und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not find the mailbox or address (HTTP 404). Check the Graph address in Channels and that the account has a mailbox.</source>
        <translation>Microsoft Graph hat das Postfach oder die Adresse nicht gefunden (HTTP 404). Prüfen Sie die Graph-Adresse unter „Kanäle“ und ob das Konto ein Postfach hat.</translation>
    </message>
    <message>
        <source>The message is too large for Microsoft Graph. Make the email smaller.</source>
        <translation>Die Nachricht ist zu groß für Microsoft Graph. Verkleinern Sie die E-Mail.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with a redirect (HTTP %1). Check the Graph address in Channels.</source>
        <translation>Microsoft Graph hat mit einer Weiterleitung geantwortet (HTTP %1). Prüfen Sie die Graph-Adresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the message (HTTP %1).</source>
        <translation>Microsoft Graph hat die Nachricht abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the message (HTTP %1): %2</source>
        <translation>Microsoft Graph hat die Nachricht abgelehnt (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Tidings::HttpChannel</name>
    <message>
        <source>%1 cannot be reached: the network is not ready.</source>
        <translation>%1 ist nicht erreichbar: Das Netzwerk ist nicht bereit.</translation>
    </message>
    <message>
        <source>%1 gave no answer.</source>
        <translation>%1 hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Sending was stopped before %1 answered. %1 may or may not have taken the message.</source>
        <translation>Der Versand wurde abgebrochen, bevor %1 geantwortet hat. Es ist unklar, ob %1 die Nachricht angenommen hat.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The message may still have been sent; Tidings will try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Die Nachricht wurde möglicherweise trotzdem gesendet; Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Tidings could not find the %1 server (%2). Check the internet connection.</source>
        <translation>Tidings konnte den %1-Server (%2) nicht finden. Prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>The %1 server (%2) refused the connection.</source>
        <translation>Der %1-Server (%2) hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed. Check the computer&apos;s date and any proxy or security software that inspects HTTPS.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen. Prüfen Sie das Datum des Computers sowie Proxy- oder Sicherheitssoftware, die HTTPS untersucht.</translation>
    </message>
    <message>
        <source>Tidings could not reach %1. It will try again when the connection works.</source>
        <translation>Tidings konnte %1 nicht erreichen. Es versucht es erneut, sobald die Verbindung funktioniert.</translation>
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
        <translation>Änderungen an Deal-Phasen und Bestell-Pipelines aus den Webhooks Ihrer HubSpot-App.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientschlüssel</translation>
    </message>
    <message>
        <source>HubSpot shows it on your app&apos;s Auth tab (for a private app: Settings → Integrations → Private Apps → your app → Auth). Copy it here.</source>
        <translation>HubSpot zeigt ihn auf dem Tab „Auth“ Ihrer App an (bei einer privaten App: Einstellungen → Integrationen → Private Apps → Ihre App → Auth). Kopieren Sie ihn hierher.</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>The address HubSpot calls, up to but not including /webhooks: your tunnel or relay. HubSpot signs the full address, so it must match exactly.</source>
        <translation>Die Adresse, die HubSpot aufruft, bis ausschließlich /webhooks: Ihr Tunnel oder Relay. HubSpot signiert die vollständige Adresse, daher muss sie genau übereinstimmen.</translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation>Phasenzuordnung</translation>
    </message>
    <message>
        <source>Which pipeline stage means which order status, as JSON. Use HubSpot&apos;s stage ids (deal default pipeline: appointmentscheduled … closedwon, closedlost; custom stages are numbers). Stages not listed are recorded and notify nobody.</source>
        <translation>Welche Pipeline-Phase welchen Bestellstatus bedeutet, als JSON. Verwenden Sie die Phasen-IDs von HubSpot (Standard-Deal-Pipeline: appointmentscheduled … closedwon, closedlost; eigene Phasen sind Zahlen). Nicht aufgeführte Phasen werden erfasst, benachrichtigen aber niemanden.</translation>
    </message>
    <message>
        <source>In HubSpot, open the app Tidings listens to (Settings → Integrations → Private Apps, or your developer account&apos;s app) and go to its Webhooks tab.</source>
        <translation>Öffnen Sie in HubSpot die App, auf die Tidings hört (Einstellungen → Integrationen → Private Apps oder die App Ihres Entwicklerkontos), und wechseln Sie zum Tab „Webhooks“.</translation>
    </message>
    <message>
        <source>Set the target URL to: %1</source>
        <translation>Setzen Sie die Ziel-URL auf: %1</translation>
    </message>
    <message>
        <source>Create a subscription for Deal → Property changed → &quot;Deal stage&quot; (dealstage). For commerce orders, also Order → Property changed → &quot;Pipeline stage&quot; (hs_pipeline_stage). Activate them.</source>
        <translation>Erstellen Sie ein Abonnement für Deal → Property changed → „Deal stage“ (dealstage). Für Commerce-Bestellungen außerdem Order → Property changed → „Pipeline stage“ (hs_pipeline_stage). Aktivieren Sie sie.</translation>
    </message>
    <message>
        <source>Copy the client secret from the app&apos;s Auth tab into Tidings, and enter the public part of the target URL (before /webhooks) as the public address.</source>
        <translation>Kopieren Sie den Clientschlüssel vom Tab „Auth“ der App in Tidings und geben Sie den öffentlichen Teil der Ziel-URL (vor /webhooks) als öffentliche Adresse ein.</translation>
    </message>
    <message>
        <source>Fill in the stage map so Tidings knows which stage means paid, shipped or delivered.</source>
        <translation>Füllen Sie die Phasenzuordnung aus, damit Tidings weiß, welche Phase bezahlt, versendet oder zugestellt bedeutet.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s webhooks carry no customer email: Tidings records every stage change, but only emails customers of orders whose address it already knows.</source>
        <translation>Die Webhooks von HubSpot enthalten keine Kunden-E-Mail: Tidings erfasst jede Phasenänderung, schreibt aber nur Kunden von Bestellungen an, deren Adresse es bereits kennt.</translation>
    </message>
    <message>
        <source>A request reached the HubSpot webhook address without HubSpot&apos;s signature, so it was refused. Only HubSpot should send requests to this address.</source>
        <translation>Eine Anfrage erreichte die HubSpot-Webhook-Adresse ohne HubSpot-Signatur und wurde daher abgewiesen. Nur HubSpot sollte Anfragen an diese Adresse senden.</translation>
    </message>
    <message>
        <source>A request reached the HubSpot webhook address with an unreadable time stamp, so it was refused.</source>
        <translation>Eine Anfrage erreichte die HubSpot-Webhook-Adresse mit einem unlesbaren Zeitstempel und wurde daher abgewiesen.</translation>
    </message>
    <message>
        <source>A HubSpot webhook was refused because its time stamp is more than five minutes away from this computer&apos;s clock. It may be a replayed request; if this keeps happening, check that the computer&apos;s date and time are set automatically.</source>
        <translation>Ein HubSpot-Webhook wurde abgewiesen, weil sein Zeitstempel mehr als fünf Minuten von der Uhr dieses Computers abweicht. Es könnte eine wiederholt eingespielte Anfrage sein; wenn das weiter passiert, prüfen Sie, ob Datum und Uhrzeit des Computers automatisch eingestellt werden.</translation>
    </message>
    <message>
        <source>No HubSpot client secret is saved for %1, so its webhooks cannot be checked and were refused. Add the secret in Connections.</source>
        <translation>Für %1 ist kein HubSpot-Clientschlüssel gespeichert, daher können die Webhooks nicht geprüft werden und wurden abgewiesen. Tragen Sie den Schlüssel unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>HubSpot webhooks for %1 cannot be checked because its public address is not set. Enter the address HubSpot calls (before /webhooks) in Connections; HubSpot will send the webhooks again.</source>
        <translation>HubSpot-Webhooks für %1 können nicht geprüft werden, weil keine öffentliche Adresse festgelegt ist. Geben Sie unter „Verbindungen“ die Adresse ein, die HubSpot aufruft (vor /webhooks); HubSpot sendet die Webhooks dann erneut.</translation>
    </message>
    <message>
        <source>A HubSpot webhook&apos;s signature does not match the client secret and public address saved for %1. Check both in Connections.</source>
        <translation>Die Signatur eines HubSpot-Webhooks passt nicht zu Clientschlüssel und öffentlicher Adresse, die für %1 gespeichert sind. Prüfen Sie beides unter „Verbindungen“.</translation>
    </message>
    <message>
        <source>HubSpot sent a webhook that is not a list of events, so it could not be read.</source>
        <translation>HubSpot hat einen Webhook gesendet, der keine Liste von Ereignissen ist; er konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>HubSpot sent a webhook with an event Tidings cannot read, so it was refused.</source>
        <translation>HubSpot hat einen Webhook mit einem Ereignis gesendet, das Tidings nicht lesen kann; er wurde abgewiesen.</translation>
    </message>
</context>
<context>
    <name>Tidings::HubSpotChannel</name>
    <message>
        <source>HubSpot transactional email</source>
        <translation>HubSpot-Transaktions-E-Mail</translation>
    </message>
    <message>
        <source>Email through a HubSpot transactional email, filled with Tidings&apos; message and order details.</source>
        <translation>E-Mail über eine Transaktions-E-Mail von HubSpot, gefüllt mit der Nachricht und den Bestelldetails von Tidings.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>HubSpot → Settings → Integrations → Private Apps → your app → Auth → Access token, with the transactional-email scope.</source>
        <translation>HubSpot → Einstellungen → Integrationen → Private Apps → Ihre App → Auth → Access token, mit dem Scope für Transaktions-E-Mails.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://api.hubapi.com unless HubSpot told you otherwise.</source>
        <translation>https://api.hubapi.com, sofern HubSpot Ihnen nichts anderes mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Transactional email ID</source>
        <translation>ID der Transaktions-E-Mail</translation>
    </message>
    <message>
        <source>The number of the transactional email in HubSpot (Marketing → Email, open it: the number in the address).</source>
        <translation>Die Nummer der Transaktions-E-Mail in HubSpot (Marketing → E-Mail, öffnen Sie sie: die Nummer in der Adresse).</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the email&apos;s sender.</source>
        <translation>Wohin Antworten von Kunden gehen, wenn nicht an den Absender der E-Mail.</translation>
    </message>
    <message>
        <source>Make sure your HubSpot account has the Transactional Email add-on.</source>
        <translation>Stellen Sie sicher, dass Ihr HubSpot-Konto das Add-on „Transactional Email“ hat.</translation>
    </message>
    <message>
        <source>In Marketing → Email, create a transactional email whose subject and body use the custom properties {{ custom.subject }}, {{ custom.html }} (or {{ custom.text }}) and, if you like, {{ custom.order_number }} and {{ custom.tracking_url }}. Publish it and copy its ID.</source>
        <translation>Erstellen Sie unter Marketing → E-Mail eine Transaktions-E-Mail, deren Betreff und Inhalt die benutzerdefinierten Eigenschaften {{ custom.subject }}, {{ custom.html }} (oder {{ custom.text }}) und, wenn Sie möchten, {{ custom.order_number }} und {{ custom.tracking_url }} verwenden. Veröffentlichen Sie sie und kopieren Sie ihre ID.</translation>
    </message>
    <message>
        <source>In Settings → Integrations → Private Apps, create an app with the transactional-email scope and copy its access token.</source>
        <translation>Erstellen Sie unter Einstellungen → Integrationen → Private Apps eine App mit dem Scope für Transaktions-E-Mails und kopieren Sie ihr Zugriffstoken.</translation>
    </message>
    <message>
        <source>Paste the token and the email ID here.</source>
        <translation>Fügen Sie hier das Token und die E-Mail-ID ein.</translation>
    </message>
    <message>
        <source>No access token is saved for %1.</source>
        <translation>Für %1 ist kein Zugriffstoken gespeichert.</translation>
    </message>
    <message>
        <source>The access token saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Das für %1 gespeicherte Zugriffstoken enthält Leerzeichen oder Zeilenumbrüche. Fügen Sie es unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>No transactional email ID is set for %1. Add the number of the HubSpot email in Channels.</source>
        <translation>Für %1 ist keine ID einer Transaktions-E-Mail festgelegt. Tragen Sie die Nummer der HubSpot-E-Mail unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>Die Benachrichtigung hat keine Empfängeradresse.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation>Die Antwortadresse von %1 ist keine E-Mail-Adresse. Korrigieren Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>Der Betreff enthält einen Zeilenumbruch, mit dem versteckte E-Mail-Header eingefügt werden könnten. Entfernen Sie Zeilenumbrüche aus dem Betreff der Vorlage.</translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation>Die Nachricht hat keinen Betreff.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation>Die Nachricht hat weder Text- noch HTML-Inhalt.</translation>
    </message>
    <message>
        <source>the access token may send HubSpot transactional email (HubSpot checks the email ID %1 when the first message is sent).</source>
        <translation>das Zugriffstoken darf Transaktions-E-Mails von HubSpot senden (HubSpot prüft die E-Mail-ID %1, wenn die erste Nachricht gesendet wird).</translation>
    </message>
    <message>
        <source>HubSpot answered the connection check in an unexpected way (HTTP %1). Check the server address in Channels.</source>
        <translation>HubSpot hat auf die Verbindungsprüfung unerwartet geantwortet (HTTP %1). Prüfen Sie die Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>HubSpot did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation>HubSpot hat die Anfrage nicht erkannt (HTTP %1). Prüfen Sie die Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>HubSpot refused the connection check (HTTP %1).</source>
        <translation>HubSpot hat die Verbindungsprüfung abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>HubSpot refused the connection check: %1</source>
        <translation>HubSpot hat die Verbindungsprüfung abgelehnt: %1</translation>
    </message>
    <message>
        <source>HubSpot is limiting how fast this account may send. Tidings will try again when HubSpot allows it.</source>
        <translation>HubSpot begrenzt, wie schnell dieses Konto senden darf. Tidings versucht es erneut, sobald HubSpot es zulässt.</translation>
    </message>
    <message>
        <source>HubSpot had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>HubSpot hatte ein vorübergehendes Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>HubSpot refused the access token. Check the token in Channels.</source>
        <translation>HubSpot hat das Zugriffstoken abgelehnt. Prüfen Sie das Token unter „Kanäle“.</translation>
    </message>
    <message>
        <source>HubSpot does not allow this app to send transactional email. Give the private app the transactional-email scope (the account needs the Transactional Email add-on).</source>
        <translation>HubSpot erlaubt dieser App nicht, Transaktions-E-Mails zu senden. Geben Sie der privaten App den Scope für Transaktions-E-Mails (das Konto benötigt das Add-on „Transactional Email“).</translation>
    </message>
    <message>
        <source>HubSpot did not find the transactional email or the address (HTTP 404). Check the email ID and the server address in Channels.</source>
        <translation>HubSpot hat die Transaktions-E-Mail oder die Adresse nicht gefunden (HTTP 404). Prüfen Sie die E-Mail-ID und die Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>HubSpot refused the message (HTTP %1).</source>
        <translation>HubSpot hat die Nachricht abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>HubSpot refused the message: %1</source>
        <translation>HubSpot hat die Nachricht abgelehnt: %1</translation>
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
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>HubSpot answered with something that is not a list of records. Tidings will ask again.</source>
        <translation>HubSpot hat mit etwas geantwortet, das keine Liste von Datensätzen ist. Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>HubSpot refused the key of this source. Check in HubSpot that the service key (Development → Keys → Service keys) or private app still exists, then copy its key again into Connections.</source>
        <translation>HubSpot hat den Schlüssel dieser Quelle abgelehnt. Prüfen Sie in HubSpot, ob der Service-Schlüssel (Development → Keys → Service keys) oder die private App noch existiert, und kopieren Sie den Schlüssel dann erneut unter „Verbindungen“.</translation>
    </message>
    <message>
        <source>HubSpot does not let this source&apos;s key read %1 and their contacts. In HubSpot, add the scopes %2 to the service key (Development → Keys → Service keys) or private app, and save.</source>
        <translation>HubSpot erlaubt dem Schlüssel dieser Quelle nicht, %1 und die zugehörigen Kontakte zu lesen. Fügen Sie in HubSpot dem Service-Schlüssel (Development → Keys → Service keys) oder der privaten App die Scopes %2 hinzu und speichern Sie.</translation>
    </message>
    <message>
        <source>Deal stages and commerce orders (stage, tracking number, customer contact), read every few minutes.</source>
        <translation>Deal-Phasen und Commerce-Bestellungen (Phase, Sendungsnummer, Kundenkontakt), alle paar Minuten gelesen.</translation>
    </message>
    <message>
        <source>Service key</source>
        <translation>Service-Schlüssel</translation>
    </message>
    <message>
        <source>HubSpot shows it under Development → Keys → Service keys → your key → Show. An existing private app&apos;s access token (&quot;pat-…&quot;, Development → Legacy apps → your app → Auth) works too.</source>
        <translation>HubSpot zeigt ihn unter Development → Keys → Service keys → Ihr Schlüssel → Show an. Das Zugriffstoken einer bestehenden privaten App („pat-…“, Development → Legacy apps → Ihre App → Auth) funktioniert ebenfalls.</translation>
    </message>
    <message>
        <source>HubSpot API address</source>
        <translation>HubSpot-API-Adresse</translation>
    </message>
    <message>
        <source>Leave empty: Tidings uses https://api.hubapi.com.</source>
        <translation>Leer lassen: Tidings verwendet https://api.hubapi.com.</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Was gelesen wird</translation>
    </message>
    <message>
        <source>&quot;deals&quot; (deal stages), &quot;orders&quot; (HubSpot commerce orders, with tracking numbers) or &quot;both&quot;.</source>
        <translation>„deals“ (Deal-Phasen), „orders“ (HubSpot-Commerce-Bestellungen, mit Sendungsnummern) oder „both“ (beides).</translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation>Phasenzuordnung</translation>
    </message>
    <message>
        <source>Which pipeline stage means which order status, as JSON. Use HubSpot&apos;s stage ids (deal default pipeline: appointmentscheduled … closedwon, closedlost; custom stages are numbers). Stages not listed are recorded and notify nobody.</source>
        <translation>Welche Pipeline-Phase welchen Bestellstatus bedeutet, als JSON. Verwenden Sie die Phasen-IDs von HubSpot (Standard-Deal-Pipeline: appointmentscheduled … closedwon, closedlost; eigene Phasen sind Zahlen). Nicht aufgeführte Phasen werden erfasst, benachrichtigen aber niemanden.</translation>
    </message>
    <message>
        <source>In HubSpot, open Development → Keys → Service keys and click &quot;Create service key&quot;. Name it &quot;Tidings&quot;. (A private app you made before works too: use its access token.)</source>
        <translation>Öffnen Sie in HubSpot Development → Keys → Service keys und klicken Sie auf „Create service key“. Nennen Sie ihn „Tidings“. (Eine früher erstellte private App funktioniert auch: Verwenden Sie ihr Zugriffstoken.)</translation>
    </message>
    <message>
        <source>Add the scopes crm.objects.deals.read (for deals), crm.objects.orders.read (for orders) and crm.objects.contacts.read (for the customers&apos; email addresses). Nothing needs write access.</source>
        <translation>Fügen Sie die Scopes crm.objects.deals.read (für Deals), crm.objects.orders.read (für Bestellungen) und crm.objects.contacts.read (für die E-Mail-Adressen der Kunden) hinzu. Schreibzugriff wird nicht benötigt.</translation>
    </message>
    <message>
        <source>Click &quot;Create&quot;, open the key, click &quot;Show&quot; and paste the key here.</source>
        <translation>Klicken Sie auf „Create“, öffnen Sie den Schlüssel, klicken Sie auf „Show“ und fügen Sie den Schlüssel hier ein.</translation>
    </message>
    <message>
        <source>Choose what to read (deals, orders or both) and fill in the stage map, so Tidings knows which stage means paid, shipped or delivered. Stage ids are under Settings → Objects → Deals (or Orders) → Pipelines.</source>
        <translation>Wählen Sie, was gelesen werden soll (Deals, Bestellungen oder beides), und füllen Sie die Phasenzuordnung aus, damit Tidings weiß, welche Phase bezahlt, versendet oder zugestellt bedeutet. Phasen-IDs finden Sie unter Einstellungen → Objekte → Deals (oder Bestellungen) → Pipelines.</translation>
    </message>
    <message>
        <source>Tidings writes to the contact associated with each deal or order: associate the buyer&apos;s contact record, with an email address, to the deal or order.</source>
        <translation>Tidings schreibt an den Kontakt, der mit jedem Deal oder jeder Bestellung verknüpft ist: Verknüpfen Sie den Kontaktdatensatz des Käufers, mit E-Mail-Adresse, mit dem Deal oder der Bestellung.</translation>
    </message>
    <message>
        <source>No HubSpot access token is saved for &quot;%1&quot;, so its deals and orders cannot be read. Add the HubSpot service key in Connections.</source>
        <translation>Für „%1“ ist kein HubSpot-Zugriffstoken gespeichert, daher können die Deals und Bestellungen nicht gelesen werden. Tragen Sie den HubSpot-Service-Schlüssel unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>Tidings lost its place in HubSpot&apos;s list of changes and starts again.</source>
        <translation>Tidings hat seine Position in der Änderungsliste von HubSpot verloren und beginnt von vorn.</translation>
    </message>
</context>
<context>
    <name>Tidings::IngestWriter</name>
    <message>
        <source>Order: %1</source>
        <translation>Bestellung: %1</translation>
    </message>
    <message>
        <source>Shipment: %1</source>
        <translation>Sendung: %1</translation>
    </message>
    <message>
        <source>New order (%1)</source>
        <translation>Neue Bestellung (%1)</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <source>Shipped (%1)</source>
        <translation>Versendet (%1)</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message numerus="yes">
        <source>Stock of %1: %n available</source>
        <translation>
            <numerusform>Lagerbestand von %1: %n verfügbar</numerusform>
            <numerusform>Lagerbestand von %1: %n verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock of %1: %2</source>
        <translation>Lagerbestand von %1: %2</translation>
    </message>
    <message>
        <source>Tidings cannot prepare its database.</source>
        <translation>Tidings kann seine Datenbank nicht vorbereiten.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Tidings could not save an incoming event.</source>
        <translation>Tidings konnte ein eingehendes Ereignis nicht speichern.</translation>
    </message>
    <message>
        <source>Duplicate delivery: already handled, nothing sent</source>
        <translation>Doppelte Zustellung: bereits verarbeitet, nichts gesendet</translation>
    </message>
    <message>
        <source>Names no order: recorded, nothing sent</source>
        <translation>Nennt keine Bestellung: erfasst, nichts gesendet</translation>
    </message>
    <message>
        <source>No order with tracking number %1 yet: recorded, nothing sent</source>
        <translation>Noch keine Bestellung mit Sendungsnummer %1: erfasst, nichts gesendet</translation>
    </message>
    <message>
        <source>Recorded; Tidings does not act on &quot;%1&quot;</source>
        <translation>Erfasst; Tidings reagiert nicht auf „%1“</translation>
    </message>
    <message>
        <source>Earlier order from the first poll: stored, nothing sent</source>
        <translation>Ältere Bestellung aus dem ersten Abruf: gespeichert, nichts gesendet</translation>
    </message>
    <message>
        <source>Skipped: older than the status already known</source>
        <translation>Übersprungen: älter als der bereits bekannte Status</translation>
    </message>
    <message>
        <source>Skipped: no new status</source>
        <translation>Übersprungen: kein neuer Status</translation>
    </message>
    <message>
        <source>Skipped: %1 was already told of this (%2)</source>
        <translation>Übersprungen: %1 wurde darüber bereits informiert (%2)</translation>
    </message>
    <message>
        <source>Shipment delayed: no news from the carrier</source>
        <translation>Sendung verzögert: keine Neuigkeiten vom Versanddienstleister</translation>
    </message>
    <message>
        <source>Skipped: the carrier sent news after the check</source>
        <translation>Übersprungen: Der Versanddienstleister hat sich nach der Prüfung gemeldet</translation>
    </message>
    <message>
        <source>Order held by a backorder</source>
        <translation>Bestellung wegen Lieferrückstand zurückgehalten</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Geringer Bestand</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht auf Lager</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>Produkt %1: %2</translation>
    </message>
    <message>
        <source>Skipped: older than the stock of %1 already known</source>
        <translation>Übersprungen: älter als der bereits bekannte Lagerbestand von %1</translation>
    </message>
    <message>
        <source>%1 waits for %2 to be back in stock</source>
        <translation>%1 wartet darauf, dass %2 wieder auf Lager ist</translation>
    </message>
    <message numerus="yes">
        <source>%n of them already waited</source>
        <translation>
            <numerusform>%n davon wartete schon</numerusform>
            <numerusform>%n davon warteten schon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::InventoryQueries</name>
    <message>
        <source>Tidings could not read the stock levels.</source>
        <translation>Tidings konnte die Lagerbestände nicht lesen.</translation>
    </message>
    <message>
        <source>A low-stock threshold cannot be below zero.</source>
        <translation>Ein Meldebestand kann nicht unter null liegen.</translation>
    </message>
    <message>
        <source>Tidings could not save the shop&apos;s low-stock threshold.</source>
        <translation>Tidings konnte den Meldebestand des Shops nicht speichern.</translation>
    </message>
    <message>
        <source>Tidings knows no product %1.</source>
        <translation>Tidings kennt kein Produkt %1.</translation>
    </message>
    <message>
        <source>Tidings could not save the low-stock threshold of %1.</source>
        <translation>Tidings konnte den Meldebestand von %1 nicht speichern.</translation>
    </message>
    <message>
        <source>Tidings could not save the waiting customers; none were added.</source>
        <translation>Tidings konnte die wartenden Kunden nicht speichern; es wurde keiner hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Tidings::KeychainSecretStore</name>
    <message>
        <source>Tidings was not allowed to use the system keychain. Allow access when your desktop asks for it and try again.</source>
        <translation>Tidings durfte den Schlüsselbund des Systems nicht verwenden. Erlauben Sie den Zugriff, wenn Ihr Desktop danach fragt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain on this computer cannot store Tidings&apos; passwords and keys.</source>
        <translation>Der Schlüsselbund des Systems auf diesem Computer kann die Passwörter und Schlüssel von Tidings nicht speichern.</translation>
    </message>
    <message>
        <source>The system keychain did not let Tidings remove a saved password or key. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund des Systems hat Tidings nicht erlaubt, ein gespeichertes Passwort oder einen Schlüssel zu entfernen. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is running, and Tidings keeps its passwords and keys only there. Install GNOME Keyring (package gnome-keyring) or KWallet, log out and in again, and start Tidings again.</source>
        <translation>Es läuft kein Schlüsselbund des Systems, und Tidings bewahrt seine Passwörter und Schlüssel nur dort auf. Installieren Sie GNOME Keyring (Paket gnome-keyring) oder KWallet, melden Sie sich ab und wieder an und starten Sie Tidings erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available, and Tidings keeps its passwords and keys only there. Log in to your desktop and start Tidings again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, und Tidings bewahrt seine Passwörter und Schlüssel nur dort auf. Melden Sie sich an Ihrem Desktop an und starten Sie Tidings erneut.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it (for example by logging in to your desktop) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar. Entsperren Sie ihn (zum Beispiel, indem Sie sich an Ihrem Desktop anmelden) und versuchen Sie es erneut.</translation>
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
        <translation>Bestell- und Versandereignisse für Klaviyo-Flows, die die E-Mails und SMS senden.</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>Privater API-Schlüssel</translation>
    </message>
    <message>
        <source>Klaviyo → Settings → API keys → Create Private API Key, with Events: Full Access. It starts with pk_.</source>
        <translation>Klaviyo → Settings → API keys → Create Private API Key, mit Events: Full Access. Er beginnt mit pk_.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://a.klaviyo.com unless Klaviyo told you otherwise.</source>
        <translation>https://a.klaviyo.com, sofern Klaviyo Ihnen nichts anderes mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Metric name prefix</source>
        <translation>Präfix für Metriknamen</translation>
    </message>
    <message>
        <source>Put before the status to name the metric your flows start from, e.g. &quot;Tidings &quot; gives &quot;Tidings Shipped&quot;.</source>
        <translation>Wird dem Status vorangestellt, um die Metrik zu benennen, mit der Ihre Flows beginnen, z. B. ergibt „Tidings “ den Namen „Tidings Shipped“.</translation>
    </message>
    <message>
        <source>API revision</source>
        <translation>API-Revision</translation>
    </message>
    <message>
        <source>The dated Klaviyo API version to use. Leave it as it is.</source>
        <translation>Die datierte Version der Klaviyo-API, die verwendet wird. Lassen Sie sie unverändert.</translation>
    </message>
    <message>
        <source>In Klaviyo, open Settings → API keys and create a Private API key with Events set to Full Access.</source>
        <translation>Öffnen Sie in Klaviyo Settings → API keys und erstellen Sie einen Private API Key, bei dem Events auf Full Access gesetzt ist.</translation>
    </message>
    <message>
        <source>Copy the key (it starts with pk_) and paste it here.</source>
        <translation>Kopieren Sie den Schlüssel (er beginnt mit pk_) und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Send one test notification, then in Klaviyo create a flow triggered by the metric it created (for example &quot;Shipped&quot;) and design the message there.</source>
        <translation>Senden Sie eine Testbenachrichtigung, erstellen Sie dann in Klaviyo einen Flow, der durch die dabei erstellte Metrik (zum Beispiel „Shipped“) ausgelöst wird, und gestalten Sie die Nachricht dort.</translation>
    </message>
    <message>
        <source>No private API key is saved for %1.</source>
        <translation>Für %1 ist kein privater API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Der für %1 gespeicherte API-Schlüssel enthält Leerzeichen oder Zeilenumbrüche. Fügen Sie ihn unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>The API revision of %1 must be a date like 2024-10-15.</source>
        <translation>Die API-Revision von %1 muss ein Datum wie 2024-10-15 sein.</translation>
    </message>
    <message>
        <source>The metric name prefix of %1 contains a line break.</source>
        <translation>Das Präfix für Metriknamen von %1 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The customer has neither an email address nor a phone number in international form, so Klaviyo cannot tell who the event is for.</source>
        <translation>Der Kunde hat weder eine E-Mail-Adresse noch eine Telefonnummer im internationalen Format, daher kann Klaviyo nicht erkennen, für wen das Ereignis ist.</translation>
    </message>
    <message>
        <source>the private API key may read events (sending them needs Events: Full Access in Klaviyo).</source>
        <translation>der private API-Schlüssel darf Ereignisse lesen (zum Senden braucht er in Klaviyo Events: Full Access).</translation>
    </message>
    <message>
        <source>The Klaviyo API key may not use events. Give it Events: Full Access in Klaviyo → Settings → API keys.</source>
        <translation>Der Klaviyo-API-Schlüssel darf keine Ereignisse verwenden. Geben Sie ihm Events: Full Access in Klaviyo → Settings → API keys.</translation>
    </message>
    <message>
        <source>Klaviyo is limiting how often this key may call it. Try the check again in a moment.</source>
        <translation>Klaviyo begrenzt, wie oft dieser Schlüssel es aufrufen darf. Wiederholen Sie die Prüfung gleich noch einmal.</translation>
    </message>
    <message>
        <source>Klaviyo had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation>Klaviyo hatte ein vorübergehendes Problem (HTTP %1). Wiederholen Sie die Prüfung später.</translation>
    </message>
    <message>
        <source>Klaviyo refused the check (HTTP %1).</source>
        <translation>Klaviyo hat die Prüfung abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Klaviyo refused the check: %1</source>
        <translation>Klaviyo hat die Prüfung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Klaviyo is limiting how fast this account may send events. Tidings will try again when Klaviyo allows it.</source>
        <translation>Klaviyo begrenzt, wie schnell dieses Konto Ereignisse senden darf. Tidings versucht es erneut, sobald Klaviyo es zulässt.</translation>
    </message>
    <message>
        <source>Klaviyo had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Klaviyo hatte ein vorübergehendes Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Klaviyo refused the private API key. Check the key in Channels.</source>
        <translation>Klaviyo hat den privaten API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The Klaviyo API key may not create events. Give it Events: Full Access in Klaviyo → Settings → API keys.</source>
        <translation>Der Klaviyo-API-Schlüssel darf keine Ereignisse erstellen. Geben Sie ihm Events: Full Access in Klaviyo → Settings → API keys.</translation>
    </message>
    <message>
        <source>Klaviyo did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation>Klaviyo hat die Anfrage nicht erkannt (HTTP %1). Prüfen Sie die Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Klaviyo refused the event (HTTP %1).</source>
        <translation>Klaviyo hat das Ereignis abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Klaviyo refused the event: %1</source>
        <translation>Klaviyo hat das Ereignis abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::LogBook</name>
    <message>
        <source>Tidings could not make the folder for its log: %1</source>
        <translation>Tidings konnte den Ordner für sein Protokoll nicht anlegen: %1</translation>
    </message>
    <message>
        <source>Tidings could not write its log file %1.</source>
        <translation>Tidings konnte seine Protokolldatei %1 nicht schreiben.</translation>
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
        <translation>Magento hat mit etwas geantwortet, das keine Liste von Bestellungen ist. Möglicherweise steht eine Wartungsseite oder eine Firewall im Weg; Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>Magento refused the access token of this source (HTTP 401). Check that the integration is active and may read orders and shipments, and that Stores → Configuration → Services → OAuth → Consumer Settings allows OAuth access tokens to be used as standalone Bearer tokens.</source>
        <translation>Magento hat das Zugriffstoken dieser Quelle abgelehnt (HTTP 401). Prüfen Sie, ob die Integration aktiv ist und Bestellungen und Lieferungen lesen darf und ob unter Stores → Configuration → Services → OAuth → Consumer Settings erlaubt ist, OAuth-Zugriffstokens als eigenständige Bearer-Tokens zu verwenden.</translation>
    </message>
    <message>
        <source>Magento / Adobe Commerce</source>
        <translation>Magento / Adobe Commerce</translation>
    </message>
    <message>
        <source>Integration access token</source>
        <translation>Zugriffstoken der Integration</translation>
    </message>
    <message>
        <source>From System → Extensions → Integrations → Tidings → Activate: the &quot;Access Token&quot; (not the consumer key or secret).</source>
        <translation>Unter System → Extensions → Integrations → Tidings → Activate: das „Access Token“ (nicht der Consumer Key oder das Consumer Secret).</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Shop-Adresse</translation>
    </message>
    <message>
        <source>The address of your Magento shop, without /rest.</source>
        <translation>Die Adresse Ihres Magento-Shops, ohne /rest.</translation>
    </message>
    <message>
        <source>Store view code</source>
        <translation>Code der Store View</translation>
    </message>
    <message>
        <source>Leave empty for the default store view; otherwise the store view&apos;s code, as in /rest/&lt;code&gt;/V1.</source>
        <translation>Leer lassen für die Standard-Store-View; sonst der Code der Store View, wie in /rest/&lt;code&gt;/V1.</translation>
    </message>
    <message>
        <source>Custom order statuses</source>
        <translation>Eigene Bestellstatus</translation>
    </message>
    <message>
        <source>Only for statuses your shop added: a JSON object from the Magento status code to one of Tidings&apos; statuses.</source>
        <translation>Nur für Status, die Ihr Shop hinzugefügt hat: ein JSON-Objekt, das den Magento-Statuscode einem der Status von Tidings zuordnet.</translation>
    </message>
    <message>
        <source>In the Magento Admin, open System → Extensions → Integrations and click &quot;Add New Integration&quot;. Name it &quot;Tidings&quot; and enter your Admin password.</source>
        <translation>Öffnen Sie im Magento-Admin System → Extensions → Integrations und klicken Sie auf „Add New Integration“. Nennen Sie sie „Tidings“ und geben Sie Ihr Admin-Passwort ein.</translation>
    </message>
    <message>
        <source>Click &quot;Activate&quot; next to the integration, then &quot;Allow&quot;, and copy the Access Token.</source>
        <translation>Klicken Sie neben der Integration auf „Activate“, dann auf „Allow“, und kopieren Sie das Access Token.</translation>
    </message>
    <message>
        <source>On Magento 2.4.4 or newer: in Stores → Configuration → Services → OAuth → Consumer Settings, set &quot;Allow OAuth Access Tokens to be used as standalone Bearer tokens&quot; to Yes.</source>
        <translation>Ab Magento 2.4.4: Setzen Sie unter Stores → Configuration → Services → OAuth → Consumer Settings die Option „Allow OAuth Access Tokens to be used as standalone Bearer tokens“ auf Yes.</translation>
    </message>
    <message>
        <source>Paste the access token here.</source>
        <translation>Fügen Sie das Zugriffstoken hier ein.</translation>
    </message>
    <message>
        <source>No Magento access token is saved for &quot;%1&quot;, so its orders cannot be read. Add the integration&apos;s access token in Connections.</source>
        <translation>Für „%1“ ist kein Magento-Zugriffstoken gespeichert, daher können die Bestellungen nicht gelesen werden. Tragen Sie das Zugriffstoken der Integration unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>Tidings lost its place in Magento&apos;s list of orders and starts again.</source>
        <translation>Tidings hat seine Position in der Bestellliste von Magento verloren und beginnt von vorn.</translation>
    </message>
    <message>
        <source>Magento read out the orders but refused to show the stock levels (HTTP 401). In System → Extensions → Integrations → Tidings → API, also tick Stores → Inventory → Sources, or switch off &quot;Read stock levels&quot; for this connection.</source>
        <translation>Magento hat die Bestellungen ausgegeben, aber die Lagerbestände verweigert (HTTP 401). Haken Sie unter System → Extensions → Integrations → Tidings → API zusätzlich Stores → Inventory → Sources an, oder schalten Sie „Lagerbestände lesen“ für diese Verbindung aus.</translation>
    </message>
    <message>
        <source>Magento answered with something that is not a list of stock levels. A maintenance page or a firewall may be in the way; Tidings will ask again.</source>
        <translation>Magento hat mit etwas geantwortet, das keine Liste von Lagerbeständen ist. Möglicherweise steht eine Wartungsseite oder eine Firewall im Weg; Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>New orders, status changes, cancellations, refunds, shipments, tracking numbers and stock levels, read every few minutes.</source>
        <translation>Neue Bestellungen, Statusänderungen, Stornierungen, Erstattungen, Sendungen, Sendungsnummern und Lagerbestände, alle paar Minuten abgerufen.</translation>
    </message>
    <message>
        <source>Read stock levels</source>
        <translation>Lagerbestände lesen</translation>
    </message>
    <message>
        <source>&quot;true&quot; (or empty) to also read how many of each product every warehouse (inventory source) holds, for stock messages; &quot;false&quot; to read orders only. A shop without Magento&apos;s inventory sources simply has no stock to read.</source>
        <translation>„true“ (oder leer), um zusätzlich zu lesen, wie viele Stück jedes Produkts in jedem Lager (Inventory Source) vorrätig sind, für Lagernachrichten; „false“, um nur Bestellungen zu lesen. Ein Shop ohne die Inventory Sources von Magento hat einfach keinen Lagerbestand, der gelesen werden kann.</translation>
    </message>
    <message>
        <source>Under API, choose Resource Access &quot;Custom&quot; and tick only Sales (with Operations) → Orders → Actions → View, Sales → Operations → Shipments and, for stock levels, Stores → Inventory → Sources, then Save. Tidings only reads.</source>
        <translation>Wählen Sie unter API bei Resource Access „Custom“ und haken Sie nur Sales (mit Operations) → Orders → Actions → View, Sales → Operations → Shipments und, für Lagerbestände, Stores → Inventory → Sources an; klicken Sie dann auf „Save“. Tidings liest nur.</translation>
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
        <translation>E-Mails über die Messages API von Mailgun (Region US oder EU).</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Mailgun → Sending → Domain settings → Sending API keys (a key for this domain only), or your account&apos;s private API key under API Security.</source>
        <translation>Mailgun → Sending → Domain settings → Sending API keys (ein Schlüssel nur für diese Domain) oder der private API-Schlüssel Ihres Kontos unter API Security.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>https://api.mailgun.net for domains in the US region, https://api.eu.mailgun.net for domains in the EU region.</source>
        <translation>https://api.mailgun.net für Domains in der Region US, https://api.eu.mailgun.net für Domains in der Region EU.</translation>
    </message>
    <message>
        <source>Sending domain</source>
        <translation>Versanddomain</translation>
    </message>
    <message>
        <source>The domain you send from, exactly as Mailgun lists it under Domains.</source>
        <translation>Die Domain, von der Sie senden, genau so, wie Mailgun sie unter Domains aufführt.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>An address at the sending domain.</source>
        <translation>Eine Adresse unter der Versanddomain.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Was Kunden als Absender sehen.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Wohin Antworten von Kunden gehen, wenn nicht an die Absenderadresse.</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>true: Mailgun accepts each message but delivers nothing (test messages still count towards your plan).</source>
        <translation>true: Mailgun nimmt jede Nachricht an, stellt aber nichts zu (Testnachrichten zählen trotzdem für Ihren Tarif).</translation>
    </message>
    <message>
        <source>In Mailgun, open Sending → Domains and add your shop&apos;s domain (or a subdomain such as mg.your-shop). Note whether it is in the US or the EU region.</source>
        <translation>Öffnen Sie in Mailgun Sending → Domains und fügen Sie die Domain Ihres Shops hinzu (oder eine Subdomain wie mg.ihr-shop). Notieren Sie, ob sie in der Region US oder EU liegt.</translation>
    </message>
    <message>
        <source>Add the DNS records Mailgun shows to your domain and wait until Mailgun marks the domain as verified.</source>
        <translation>Fügen Sie die DNS-Einträge, die Mailgun anzeigt, zu Ihrer Domain hinzu und warten Sie, bis Mailgun die Domain als verifiziert markiert.</translation>
    </message>
    <message>
        <source>Open the domain&apos;s settings → Sending API keys, create a key and copy it (Mailgun shows it once).</source>
        <translation>Öffnen Sie die Einstellungen der Domain → Sending API keys, erstellen Sie einen Schlüssel und kopieren Sie ihn (Mailgun zeigt ihn nur einmal an).</translation>
    </message>
    <message>
        <source>Paste the key here, enter the domain, and choose the region the domain is in.</source>
        <translation>Fügen Sie den Schlüssel hier ein, geben Sie die Domain ein und wählen Sie die Region, in der die Domain liegt.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Der für %1 gespeicherte API-Schlüssel enthält Leerzeichen oder Zeilenumbrüche. Fügen Sie ihn unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>No sending domain is set for %1. Add it in Channels.</source>
        <translation>Für %1 ist keine Versanddomain festgelegt. Tragen Sie sie unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name. Enter the sending domain of %2 as Mailgun lists it (e.g. mg.your-shop.com).</source>
        <translation>„%1“ ist kein Domainname. Geben Sie die Versanddomain von %2 so ein, wie Mailgun sie aufführt (z. B. mg.ihr-shop.de).</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>Für %1 ist keine Absenderadresse festgelegt. Tragen Sie eine unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>the API key may send mail from %1 (test mode is on: Mailgun accepts messages but delivers none).</source>
        <translation>der API-Schlüssel darf E-Mails von %1 senden (der Testmodus ist eingeschaltet: Mailgun nimmt Nachrichten an, stellt aber keine zu).</translation>
    </message>
    <message>
        <source>the API key may send mail from %1.</source>
        <translation>der API-Schlüssel darf E-Mails von %1 senden.</translation>
    </message>
    <message>
        <source>Mailgun is limiting how often this account may call it. Try the check again in a minute.</source>
        <translation>Mailgun begrenzt, wie oft dieses Konto es aufrufen darf. Wiederholen Sie die Prüfung in einer Minute.</translation>
    </message>
    <message>
        <source>Mailgun had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation>Mailgun hatte ein vorübergehendes Problem (HTTP %1). Wiederholen Sie die Prüfung später.</translation>
    </message>
    <message>
        <source>Mailgun gave an unexpected answer to the check (HTTP 400). Check the region address in Channels.</source>
        <translation>Mailgun hat unerwartet auf die Prüfung geantwortet (HTTP 400). Prüfen Sie die Regionsadresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Mailgun is limiting how fast this account may send. Tidings will try again later.</source>
        <translation>Mailgun begrenzt, wie schnell dieses Konto senden darf. Tidings versucht es später erneut.</translation>
    </message>
    <message>
        <source>Mailgun had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Mailgun hatte ein vorübergehendes Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Mailgun took too long to read the message. Tidings will try again.</source>
        <translation>Mailgun hat zu lange gebraucht, um die Nachricht zu lesen. Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Mailgun rejected the message.</source>
        <translation>Mailgun hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Mailgun rejected the message: %1</source>
        <translation>Mailgun hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>Mailgun refused the API key. Check the key in Channels, and that the region (US or EU) is the one your domain is in.</source>
        <translation>Mailgun hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel unter „Kanäle“ und ob die Region (US oder EU) die ist, in der Ihre Domain liegt.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s sandbox domain only sends to authorized recipients. Add your own domain in Mailgun, or add this address as an authorized recipient.</source>
        <translation>Die Sandbox-Domain von Mailgun sendet nur an autorisierte Empfänger. Fügen Sie in Mailgun Ihre eigene Domain hinzu oder fügen Sie diese Adresse als autorisierten Empfänger hinzu.</translation>
    </message>
    <message>
        <source>Mailgun refused to send from this domain. Check the domain&apos;s status in your Mailgun account.</source>
        <translation>Mailgun hat das Senden von dieser Domain abgelehnt. Prüfen Sie den Status der Domain in Ihrem Mailgun-Konto.</translation>
    </message>
    <message>
        <source>Mailgun refused to send from this domain: %1</source>
        <translation>Mailgun hat das Senden von dieser Domain abgelehnt: %1</translation>
    </message>
    <message>
        <source>Mailgun does not know this sending domain here. Check the domain in Channels and whether it is in the US or the EU region.</source>
        <translation>Mailgun kennt diese Versanddomain hier nicht. Prüfen Sie die Domain unter „Kanäle“ und ob sie in der Region US oder EU liegt.</translation>
    </message>
    <message>
        <source>The message is too large for Mailgun (it accepts up to 25 MB). Make the email smaller.</source>
        <translation>Die Nachricht ist zu groß für Mailgun (es nimmt bis zu 25 MB an). Verkleinern Sie die E-Mail.</translation>
    </message>
    <message>
        <source>Mailgun answered with a redirect (HTTP %1). Check the Mailgun region address in Channels.</source>
        <translation>Mailgun hat mit einer Weiterleitung geantwortet (HTTP %1). Prüfen Sie die Mailgun-Regionsadresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Mailgun refused the message (HTTP %1).</source>
        <translation>Mailgun hat die Nachricht abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Mailgun refused the message (HTTP %1): %2</source>
        <translation>Mailgun hat die Nachricht abgelehnt (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Tidings::MandrillChannel</name>
    <message>
        <source>Mandrill did not send to %1: mail to this address bounced before (it does not exist or refuses mail), so Mandrill blocks it.</source>
        <translation>Mandrill hat nicht an %1 gesendet: E-Mails an diese Adresse sind schon einmal unzustellbar zurückgekommen (sie existiert nicht oder nimmt keine E-Mails an), daher sperrt Mandrill sie.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: mail to this address bounced several times lately (e.g. a full mailbox). Mandrill blocks it for a while.</source>
        <translation>Mandrill hat nicht an %1 gesendet: E-Mails an diese Adresse sind in letzter Zeit mehrmals zurückgekommen (z. B. volles Postfach). Mandrill sperrt sie für eine Weile.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: this customer marked an earlier email as spam.</source>
        <translation>Mandrill hat nicht an %1 gesendet: Dieser Kunde hat eine frühere E-Mail als Spam markiert.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: this customer unsubscribed.</source>
        <translation>Mandrill hat nicht an %1 gesendet: Dieser Kunde hat sich abgemeldet.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: the address is on your Mandrill account&apos;s rejection list.</source>
        <translation>Mandrill hat nicht an %1 gesendet: Die Adresse steht auf der Sperrliste Ihres Mandrill-Kontos.</translation>
    </message>
    <message>
        <source>Mandrill refused the sender address. Verify the sending domain in Mandrill (Settings → Domains) and check the sender address in Channels.</source>
        <translation>Mandrill hat die Absenderadresse abgelehnt. Verifizieren Sie die Versanddomain in Mandrill (Settings → Domains) und prüfen Sie die Absenderadresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: it considers the address invalid.</source>
        <translation>Mandrill hat nicht an %1 gesendet: Es hält die Adresse für ungültig.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: the API key is a test key and its test-mode limit is reached.</source>
        <translation>Mandrill hat nicht an %1 gesendet: Der API-Schlüssel ist ein Testschlüssel und sein Testmodus-Limit ist erreicht.</translation>
    </message>
    <message>
        <source>Mandrill refused the message because the sending domain is not verified (DKIM/SPF). Verify it in Mandrill (Settings → Domains).</source>
        <translation>Mandrill hat die Nachricht abgelehnt, weil die Versanddomain nicht verifiziert ist (DKIM/SPF). Verifizieren Sie sie in Mandrill (Settings → Domains).</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: a rule in your Mandrill account blocked it.</source>
        <translation>Mandrill hat nicht an %1 gesendet: Eine Regel in Ihrem Mandrill-Konto hat es blockiert.</translation>
    </message>
    <message>
        <source>Mandrill rejected the message to %1.</source>
        <translation>Mandrill hat die Nachricht an %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Mandrill rejected the message to %1 (%2).</source>
        <translation>Mandrill hat die Nachricht an %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Mailchimp Transactional (Mandrill)</source>
        <translation>Mailchimp Transactional (Mandrill)</translation>
    </message>
    <message>
        <source>Email through Mailchimp Transactional (Mandrill), with its own templates if you like.</source>
        <translation>E-Mails über Mailchimp Transactional (Mandrill), auf Wunsch mit eigenen Vorlagen.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Mandrill → Settings → SMTP &amp; API Info → New API Key. A test key accepts messages but delivers nothing.</source>
        <translation>Mandrill → Settings → SMTP &amp; API Info → New API Key. Ein Testschlüssel nimmt Nachrichten an, stellt aber nichts zu.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>An address at a domain verified in Mandrill (Settings → Domains).</source>
        <translation>Eine Adresse unter einer in Mandrill verifizierten Domain (Settings → Domains).</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Was Kunden als Absender sehen.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Wohin Antworten von Kunden gehen, wenn nicht an die Absenderadresse.</translation>
    </message>
    <message>
        <source>Mandrill template</source>
        <translation>Mandrill-Vorlage</translation>
    </message>
    <message>
        <source>Optional: the slug of a Mandrill template to send instead of Tidings&apos; own text. The order details reach it as merge variables (e.g. *|ORDER_NUMBER|* or {{order.number}}).</source>
        <translation>Optional: der Slug einer Mandrill-Vorlage, die statt des eigenen Texts von Tidings gesendet wird. Die Bestelldetails erreichen sie als Merge-Variablen (z. B. *|ORDER_NUMBER|* oder {{order.number}}).</translation>
    </message>
    <message>
        <source>Merge language</source>
        <translation>Merge-Sprache</translation>
    </message>
    <message>
        <source>mailchimp for *|TAG|* templates, handlebars for {{tag}} templates (Mandrill&apos;s default: mailchimp).</source>
        <translation>mailchimp für *|TAG|*-Vorlagen, handlebars für {{tag}}-Vorlagen (Standard von Mandrill: mailchimp).</translation>
    </message>
    <message>
        <source>Subaccount</source>
        <translation>Unterkonto</translation>
    </message>
    <message>
        <source>Optional: the id of the Mandrill subaccount to send from.</source>
        <translation>Optional: die ID des Mandrill-Unterkontos, von dem gesendet wird.</translation>
    </message>
    <message>
        <source>In Mailchimp Transactional (mandrillapp.com), open Settings → Domains, add your shop&apos;s domain and complete its DKIM and SPF verification.</source>
        <translation>Öffnen Sie in Mailchimp Transactional (mandrillapp.com) Settings → Domains, fügen Sie die Domain Ihres Shops hinzu und schließen Sie deren DKIM- und SPF-Verifizierung ab.</translation>
    </message>
    <message>
        <source>Open Settings → SMTP &amp; API Info and click New API Key. Copy the key.</source>
        <translation>Öffnen Sie Settings → SMTP &amp; API Info und klicken Sie auf New API Key. Kopieren Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>Paste the key here and enter a sender address at the verified domain.</source>
        <translation>Fügen Sie den Schlüssel hier ein und geben Sie eine Absenderadresse unter der verifizierten Domain ein.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Der für %1 gespeicherte API-Schlüssel enthält Leerzeichen oder Zeilenumbrüche. Fügen Sie ihn unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>Für %1 ist keine Absenderadresse festgelegt. Tragen Sie eine unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The merge language of %1 must be “mailchimp” or “handlebars”. Correct it in Channels.</source>
        <translation>Die Merge-Sprache von %1 muss „mailchimp“ oder „handlebars“ sein. Korrigieren Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>Der Betreff enthält einen Zeilenumbruch, mit dem versteckte E-Mail-Header eingefügt werden könnten. Entfernen Sie Zeilenumbrüche aus dem Betreff der Vorlage.</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation>Der Name des Kunden enthält einen Zeilenumbruch, daher wurde die Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Channels.</source>
        <translation>Der Absendername von %1 enthält einen Zeilenumbruch. Korrigieren Sie ihn unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>Die Benachrichtigung hat keine Empfängeradresse.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Channels.</source>
        <translation>Die Absenderadresse von %1 ist keine E-Mail-Adresse. Korrigieren Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation>Die Antwortadresse von %1 ist keine E-Mail-Adresse. Korrigieren Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The template or subaccount of %1 contains a line break. Correct it in Channels.</source>
        <translation>Die Vorlage oder das Unterkonto von %1 enthält einen Zeilenumbruch. Korrigieren Sie es unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation>Die Nachricht hat keinen Betreff.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation>Die Nachricht hat weder Text- noch HTML-Inhalt.</translation>
    </message>
    <message>
        <source>the API key is valid (Mandrill checks the sender&apos;s domain when it sends).</source>
        <translation>der API-Schlüssel ist gültig (Mandrill prüft die Domain des Absenders beim Senden).</translation>
    </message>
    <message>
        <source>Mandrill gave an unexpected answer to the check. Check the server address in Channels (normally https://mandrillapp.com).</source>
        <translation>Mandrill hat unerwartet auf die Prüfung geantwortet. Prüfen Sie die Serveradresse unter „Kanäle“ (normalerweise https://mandrillapp.com).</translation>
    </message>
    <message>
        <source>Mandrill is limiting how often this account may call it. Try the check again in a minute.</source>
        <translation>Mandrill begrenzt, wie oft dieses Konto es aufrufen darf. Wiederholen Sie die Prüfung in einer Minute.</translation>
    </message>
    <message>
        <source>Mandrill had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation>Mandrill hatte ein vorübergehendes Problem (HTTP %1). Wiederholen Sie die Prüfung später.</translation>
    </message>
    <message>
        <source>Mandrill did not accept the check: %1</source>
        <translation>Mandrill hat die Prüfung nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Mandrill accepted the request but sent to no one.</source>
        <translation>Mandrill hat die Anfrage angenommen, aber an niemanden gesendet.</translation>
    </message>
    <message>
        <source>Mandrill had a temporary problem. Tidings will try again.</source>
        <translation>Mandrill hatte ein vorübergehendes Problem. Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Mandrill refused the API key. Check the key in Channels.</source>
        <translation>Mandrill hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Mandrill will not send until the account is paid for (Mailchimp Transactional needs a paid plan or credits). Check billing in your Mailchimp account.</source>
        <translation>Mandrill sendet erst, wenn das Konto bezahlt ist (Mailchimp Transactional braucht einen kostenpflichtigen Tarif oder Guthaben). Prüfen Sie die Abrechnung in Ihrem Mailchimp-Konto.</translation>
    </message>
    <message>
        <source>Mandrill does not know the subaccount set for this channel. Check it in Channels.</source>
        <translation>Mandrill kennt das für diesen Kanal festgelegte Unterkonto nicht. Prüfen Sie es unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Mandrill does not have the template named for this channel. Check the template name in Channels and that the template is published.</source>
        <translation>Mandrill hat die für diesen Kanal genannte Vorlage nicht. Prüfen Sie den Vorlagennamen unter „Kanäle“ und ob die Vorlage veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Mandrill refused to send for this sender.</source>
        <translation>Mandrill hat das Senden für diesen Absender abgelehnt.</translation>
    </message>
    <message>
        <source>Mandrill refused to send for this sender: %1</source>
        <translation>Mandrill hat das Senden für diesen Absender abgelehnt: %1</translation>
    </message>
    <message>
        <source>Mandrill rejected the message.</source>
        <translation>Mandrill hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Mandrill rejected the message: %1</source>
        <translation>Mandrill hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>Mandrill is limiting how fast this account may send. Tidings will try again later.</source>
        <translation>Mandrill begrenzt, wie schnell dieses Konto senden darf. Tidings versucht es später erneut.</translation>
    </message>
    <message>
        <source>Mandrill had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Mandrill hatte ein vorübergehendes Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Mandrill did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation>Mandrill hat die Anfrage nicht erkannt (HTTP %1). Prüfen Sie die Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Mandrill refused the message (HTTP %1).</source>
        <translation>Mandrill hat die Nachricht abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Mandrill refused the message (HTTP %1): %2</source>
        <translation>Mandrill hat die Nachricht abgelehnt (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Tidings::ManualNotifications</name>
    <message>
        <source>That event is no longer in the history.</source>
        <translation>Dieses Ereignis ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Order %1 is no longer stored, so nothing can be sent for it.</source>
        <translation>Bestellung %1 ist nicht mehr gespeichert, daher kann dafür nichts gesendet werden.</translation>
    </message>
    <message>
        <source>Enter who should receive the message.</source>
        <translation>Geben Sie ein, wer die Nachricht erhalten soll.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Type it again on one line.</source>
        <translation>Die Adresse enthält einen Zeilenumbruch oder ein anderes unsichtbares Zeichen. Geben Sie sie erneut in einer Zeile ein.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>Die Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter one with its country code, like +44 20 7946 0958.</source>
        <translation>„%1“ ist keine Telefonnummer. Geben Sie eine mit Ländervorwahl ein, etwa +49 30 1234567.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one like name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Geben Sie eine wie name@example.com ein.</translation>
    </message>
    <message>
        <source>Tidings could not queue the message.</source>
        <translation>Tidings konnte die Nachricht nicht in die Warteschlange stellen.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not exist.</source>
        <translation>Die Vorlage „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is missing or switched off.</source>
        <translation>Der Kanal „%1“ fehlt oder ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>This event names no order Tidings has stored.</source>
        <translation>Dieses Ereignis nennt keine Bestellung, die Tidings gespeichert hat.</translation>
    </message>
    <message>
        <source>Tidings could not read the event.</source>
        <translation>Tidings konnte das Ereignis nicht lesen.</translation>
    </message>
    <message>
        <source>Tidings could not queue the event&apos;s messages.</source>
        <translation>Tidings konnte die Nachrichten des Ereignisses nicht in die Warteschlange stellen.</translation>
    </message>
</context>
<context>
    <name>Tidings::MemorySecretStore</name>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it (for example by logging in to your desktop) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar. Entsperren Sie ihn (zum Beispiel, indem Sie sich an Ihrem Desktop anmelden) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Tidings::MimeMessage</name>
    <message>
        <source>An image for the email (%1) has a name or type email cannot carry. Use a PNG, JPEG, GIF or WebP file with a plain file name.</source>
        <translation>Ein Bild für die E-Mail (%1) hat einen Namen oder Typ, den eine E-Mail nicht transportieren kann. Verwenden Sie eine PNG-, JPEG-, GIF- oder WebP-Datei mit einem einfachen Dateinamen.</translation>
    </message>
    <message>
        <source>The images in this email are too large (%1 KiB; at most %2 KiB). Use a smaller logo.</source>
        <translation>Die Bilder in dieser E-Mail sind zu groß (%1 KiB; höchstens %2 KiB). Verwenden Sie ein kleineres Logo.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>Der Betreff enthält einen Zeilenumbruch, mit dem versteckte E-Mail-Header eingefügt werden könnten. Entfernen Sie Zeilenumbrüche aus dem Betreff der Vorlage.</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation>Der Name des Kunden enthält einen Zeilenumbruch, daher wurde die Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <source>The sender name contains a line break. Correct it in Channels.</source>
        <translation>Der Absendername enthält einen Zeilenumbruch. Korrigieren Sie ihn unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>Die Benachrichtigung hat keine Empfängeradresse.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The sender address is not an email address. Correct it in Channels.</source>
        <translation>Die Absenderadresse ist keine E-Mail-Adresse. Korrigieren Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The reply-to address is not an email address. Correct it in Channels.</source>
        <translation>Die Antwortadresse ist keine E-Mail-Adresse. Korrigieren Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML, so there is nothing to send.</source>
        <translation>Die Nachricht hat weder Text noch HTML, daher gibt es nichts zu senden.</translation>
    </message>
</context>
<context>
    <name>Tidings::MonitorQueries</name>
    <message>
        <source>Tidings could not read the event list from its database.</source>
        <translation>Tidings konnte die Ereignisliste nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>Tidings could not read its database.</source>
        <translation>Tidings konnte seine Datenbank nicht lesen.</translation>
    </message>
    <message>
        <source>This event is no longer in the database.</source>
        <translation>Dieses Ereignis ist nicht mehr in der Datenbank.</translation>
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
        <translation>Kundenaufträge, ihre Statusänderungen und versendete Artikelerfüllungen mit Sendungsnummern, alle paar Minuten gelesen.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>From the integration record; NetSuite shows it once, when the record is saved.</source>
        <translation>Aus dem Integrationsdatensatz; NetSuite zeigt ihn einmal an, wenn der Datensatz gespeichert wird.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Shown with the consumer key, once.</source>
        <translation>Wird einmal zusammen mit dem Consumer Key angezeigt.</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>From the access token; NetSuite shows it once.</source>
        <translation>Aus dem Zugriffstoken; NetSuite zeigt sie einmal an.</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Token Secret</translation>
    </message>
    <message>
        <source>Shown with the token ID, once.</source>
        <translation>Wird einmal zusammen mit der Token-ID angezeigt.</translation>
    </message>
    <message>
        <source>REST address</source>
        <translation>REST-Adresse</translation>
    </message>
    <message>
        <source>Leave empty to use https://&lt;account id&gt;.suitetalk.api.netsuite.com. Setup → Company → Company Information → Company URLs shows yours (SUITETALK (SOAP AND REST WEB SERVICES)).</source>
        <translation>Leer lassen, um https://&lt;account id&gt;.suitetalk.api.netsuite.com zu verwenden. Setup → Company → Company Information → Company URLs zeigt Ihre (SUITETALK (SOAP AND REST WEB SERVICES)).</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Setup → Company → Company Information → Account ID, e.g. 1234567, or 1234567_SB1 for a sandbox.</source>
        <translation>Setup → Company → Company Information → Account ID, z. B. 1234567 oder 1234567_SB1 für eine Sandbox.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>The time zone in the preferences of the NetSuite user the token belongs to (Home → Set Preferences), e.g. America/Chicago. NetSuite shows times in that zone. Empty means UTC.</source>
        <translation>Die Zeitzone in den Einstellungen des NetSuite-Benutzers, zu dem das Token gehört (Home → Set Preferences), z. B. Europe/Berlin. NetSuite zeigt Zeiten in dieser Zone an. Leer bedeutet UTC.</translation>
    </message>
    <message>
        <source>Custom statuses</source>
        <translation>Eigene Status</translation>
    </message>
    <message>
        <source>Only to change how NetSuite&apos;s status letters read: a JSON object with &quot;order&quot; (sales order letters A–H) and &quot;shipment&quot; (fulfilment letters A–C) tables to Tidings&apos; statuses.</source>
        <translation>Nur um zu ändern, wie die Statusbuchstaben von NetSuite gelesen werden: ein JSON-Objekt mit den Tabellen „order“ (Kundenauftragsbuchstaben A–H) und „shipment“ (Erfüllungsbuchstaben A–C), die den Status von Tidings zugeordnet werden.</translation>
    </message>
    <message>
        <source>In NetSuite, open Setup → Company → Enable Features → SuiteCloud and tick &quot;Token-Based Authentication&quot; and &quot;REST Web Services&quot;.</source>
        <translation>Öffnen Sie in NetSuite Setup → Company → Enable Features → SuiteCloud und haken Sie „Token-Based Authentication“ und „REST Web Services“ an.</translation>
    </message>
    <message>
        <source>Setup → Users/Roles → Manage Roles → New: a role &quot;Tidings (read only)&quot; with the permissions Transactions: Sales Order (View) and Item Fulfillment (View); Setup: Log in using Access Tokens (Full) and REST Web Services (Full); Reports: SuiteAnalytics Workbook (Edit). Give the role to the user Tidings reads as.</source>
        <translation>Setup → Users/Roles → Manage Roles → New: eine Rolle „Tidings (read only)“ mit den Berechtigungen Transactions: Sales Order (View) und Item Fulfillment (View); Setup: Log in using Access Tokens (Full) und REST Web Services (Full); Reports: SuiteAnalytics Workbook (Edit). Weisen Sie die Rolle dem Benutzer zu, als der Tidings liest.</translation>
    </message>
    <message>
        <source>Setup → Integration → Manage Integrations → New: name &quot;Tidings&quot;, tick &quot;Token-Based Authentication&quot;, untick the authorization code grant, and Save. Copy the consumer key and secret now; NetSuite shows them once.</source>
        <translation>Setup → Integration → Manage Integrations → New: Name „Tidings“, „Token-Based Authentication“ anhaken, den Authorization Code Grant abhaken und Save. Kopieren Sie jetzt Consumer Key und Consumer Secret; NetSuite zeigt sie nur einmal an.</translation>
    </message>
    <message>
        <source>Setup → Users/Roles → Access Tokens → New: the &quot;Tidings&quot; application, that user and the &quot;Tidings (read only)&quot; role, then Save. Copy the token ID and secret now.</source>
        <translation>Setup → Users/Roles → Access Tokens → New: die Anwendung „Tidings“, dieser Benutzer und die Rolle „Tidings (read only)“, dann Save. Kopieren Sie jetzt Token-ID und Token Secret.</translation>
    </message>
    <message>
        <source>Paste the four values here, with the account ID and that user&apos;s time zone.</source>
        <translation>Fügen Sie die vier Werte hier ein, zusammen mit der Konto-ID und der Zeitzone dieses Benutzers.</translation>
    </message>
    <message>
        <source>NetSuite answered with something that is not the list of sales orders Tidings asked for. Tidings will ask again.</source>
        <translation>NetSuite hat mit etwas geantwortet, das nicht die von Tidings angeforderte Liste der Kundenaufträge ist. Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>The NetSuite account ID of &quot;%1&quot; is missing. Add it in Connections (Setup → Company → Company Information).</source>
        <translation>Die NetSuite-Konto-ID von „%1“ fehlt. Tragen Sie sie unter „Verbindungen“ ein (Setup → Company → Company Information).</translation>
    </message>
    <message>
        <source>NetSuite</source>
        <translation>NetSuite</translation>
    </message>
    <message>
        <source>The NetSuite access token of &quot;%1&quot; is incomplete, so its sales orders cannot be read. Add the consumer key and secret and the token ID and secret in Connections.</source>
        <translation>Das NetSuite-Zugriffstoken von „%1“ ist unvollständig, daher können die Kundenaufträge nicht gelesen werden. Tragen Sie Consumer Key und Consumer Secret sowie Token-ID und Token Secret unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>Tidings does not know the time zone &quot;%1&quot; set for &quot;%2&quot;. Use a name such as America/Chicago or Europe/London.</source>
        <translation>Tidings kennt die für „%2“ festgelegte Zeitzone „%1“ nicht. Verwenden Sie einen Namen wie Europe/Berlin oder Europe/London.</translation>
    </message>
    <message>
        <source>Tidings lost its place in NetSuite&apos;s list of sales orders and starts again.</source>
        <translation>Tidings hat seine Position in der Liste der Kundenaufträge von NetSuite verloren und beginnt von vorn.</translation>
    </message>
    <message>
        <source>NetSuite refused the access token of &quot;%1&quot; (HTTP %2). Check the account ID, the consumer key and secret and the token ID and secret, and that the token&apos;s role may log in with access tokens; NetSuite&apos;s Login Audit Trail says why.</source>
        <translation>NetSuite hat das Zugriffstoken von „%1“ abgelehnt (HTTP %2). Prüfen Sie Konto-ID, Consumer Key und Consumer Secret sowie Token-ID und Token Secret und ob sich die Rolle des Tokens mit Zugriffstokens anmelden darf; der Login Audit Trail von NetSuite nennt den Grund.</translation>
    </message>
    <message>
        <source>NetSuite refused Tidings&apos; question about sales orders: %1. Check that the token&apos;s role may view sales orders and item fulfilments and use SuiteAnalytics Workbook.</source>
        <translation>NetSuite hat die Abfrage von Tidings zu Kundenaufträgen abgelehnt: %1. Prüfen Sie, ob die Rolle des Tokens Kundenaufträge und Artikelerfüllungen ansehen und SuiteAnalytics Workbook verwenden darf.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>Tidings::Notification</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Unklar</translation>
    </message>
</context>
<context>
    <name>Tidings::NotificationActions</name>
    <message>
        <source>Enter who should receive the message.</source>
        <translation>Geben Sie ein, wer die Nachricht erhalten soll.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Type it again on one line.</source>
        <translation>Die Adresse enthält einen Zeilenumbruch oder ein anderes unsichtbares Zeichen. Geben Sie sie erneut in einer Zeile ein.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>Die Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one like name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Geben Sie eine wie name@example.com ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter one with its country code, like +44 20 7946 0958.</source>
        <translation>„%1“ ist keine Telefonnummer. Geben Sie eine mit Ländervorwahl ein, etwa +49 30 1234567.</translation>
    </message>
    <message>
        <source>Tidings could not queue the message again.</source>
        <translation>Tidings konnte die Nachricht nicht erneut in die Warteschlange stellen.</translation>
    </message>
    <message>
        <source>That message is no longer in the history.</source>
        <translation>Diese Nachricht ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>This message has not gone out yet, so there is nothing to resend. Wait for it, or cancel it first.</source>
        <translation>Diese Nachricht wurde noch nicht versendet, daher gibt es nichts erneut zu senden. Warten Sie darauf oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>Tidings could not cancel the message.</source>
        <translation>Tidings konnte die Nachricht nicht abbrechen.</translation>
    </message>
    <message>
        <source>This message is being handed to the provider right now and can no longer be cancelled.</source>
        <translation>Diese Nachricht wird gerade an den Anbieter übergeben und kann nicht mehr abgebrochen werden.</translation>
    </message>
    <message>
        <source>Only messages that are still waiting can be cancelled; this one is %1.</source>
        <translation>Nur Nachrichten, die noch warten, können abgebrochen werden; der Status dieser Nachricht ist „%1“.</translation>
    </message>
    <message>
        <source>Not sent again: you decided so after Tidings was interrupted while sending it.</source>
        <translation>Nicht erneut gesendet: So haben Sie entschieden, nachdem Tidings beim Senden unterbrochen wurde.</translation>
    </message>
    <message>
        <source>Cancelled by you before it was sent.</source>
        <translation>Von Ihnen vor dem Senden abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Tidings::OAuth2Session</name>
    <message>
        <source>%1 no longer accepts the sign-in Tidings was given (it was revoked, expired, or the password changed). Connect the source again in Connections.</source>
        <translation>%1 akzeptiert die Anmeldung, die Tidings erhalten hat, nicht mehr (sie wurde widerrufen, ist abgelaufen oder das Passwort wurde geändert). Verbinden Sie die Quelle unter „Verbindungen“ erneut.</translation>
    </message>
    <message>
        <source>%1 refused the client id or client secret of this source. Check both in Connections.</source>
        <translation>%1 hat die Client-ID oder den Clientschlüssel dieser Quelle abgelehnt. Prüfen Sie beides unter „Verbindungen“.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request (%2). Check the source&apos;s settings in Connections.</source>
        <translation>%1 hat die Anmeldeanfrage abgelehnt (%2). Prüfen Sie die Einstellungen der Quelle unter „Verbindungen“.</translation>
    </message>
    <message>
        <source>Tidings has no sign-in for %1 yet. Add it in Connections.</source>
        <translation>Tidings hat noch keine Anmeldung für %1. Fügen Sie sie unter „Verbindungen“ hinzu.</translation>
    </message>
</context>
<context>
    <name>Tidings::OAuthHttpChannel</name>
    <message>
        <source>No network access is available to send messages.</source>
        <translation>Es ist kein Netzwerkzugang verfügbar, um Nachrichten zu senden.</translation>
    </message>
    <message>
        <source>%1 gave no access token.</source>
        <translation>%1 hat kein Zugriffstoken geliefert.</translation>
    </message>
    <message>
        <source>%1 no longer accepts the sign-in Tidings was given for %2 (it was revoked or expired, or the password changed). Sign in again in Channels.</source>
        <translation>%1 akzeptiert die Anmeldung, die Tidings für %2 erhalten hat, nicht mehr (sie wurde widerrufen oder ist abgelaufen, oder das Passwort wurde geändert). Melden Sie sich unter „Kanäle“ erneut an.</translation>
    </message>
    <message>
        <source>%1 refused the client ID or client secret of %2. Check both in Channels.</source>
        <translation>%1 hat die Client-ID oder den Clientschlüssel von %2 abgelehnt. Prüfen Sie beides unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The %1 account is signed in, but sending mail was not allowed. Sign in again and allow Tidings to send email on your behalf.</source>
        <translation>Das %1-Konto ist angemeldet, aber das Senden von E-Mails wurde nicht erlaubt. Melden Sie sich erneut an und erlauben Sie Tidings, E-Mails in Ihrem Namen zu senden.</translation>
    </message>
    <message>
        <source>signed in to %1; Tidings may send mail as this account.</source>
        <translation>bei %1 angemeldet; Tidings darf E-Mails als dieses Konto senden.</translation>
    </message>
</context>
<context>
    <name>Tidings::OAuthSignIn</name>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>No client ID is set for signing in with %1. Add it in %2.</source>
        <translation>Für die Anmeldung mit %1 ist keine Client-ID festgelegt. Tragen Sie sie unter „%2“ ein.</translation>
    </message>
    <message>
        <source>The client ID for signing in with %1 contains spaces or line breaks. Paste it again in %2.</source>
        <translation>Die Client-ID für die Anmeldung mit %1 enthält Leerzeichen oder Zeilenumbrüche. Fügen Sie sie unter „%2“ erneut ein.</translation>
    </message>
    <message>
        <source>Tidings cannot sign in with %1: it has no network access.</source>
        <translation>Tidings kann sich nicht mit %1 anmelden: Es hat keinen Netzwerkzugang.</translation>
    </message>
    <message>
        <source>The %1 sign-in address must be an https:// address. Check it in %2.</source>
        <translation>Die %1-Anmeldeadresse muss eine https://-Adresse sein. Prüfen Sie sie unter „%2“.</translation>
    </message>
    <message>
        <source>The address %1 sends the browser back to must look like http://localhost:1717/path (this computer, with a port). Check it in %2.</source>
        <translation>Die Adresse, an die %1 den Browser zurückschickt, muss wie http://localhost:1717/pfad aussehen (dieser Computer, mit Port). Prüfen Sie sie unter „%2“.</translation>
    </message>
    <message>
        <source>Tidings does not know what to ask %1 for (no scope).</source>
        <translation>Tidings weiß nicht, worum es %1 bitten soll (kein Scope).</translation>
    </message>
    <message>
        <source>Port %1 on this computer, where %2 sends the browser back to, is in use by another program (a command-line tool signing in, perhaps). Close it and try again.</source>
        <translation>Port %1 auf diesem Computer, an den %2 den Browser zurückschickt, wird von einem anderen Programm verwendet (vielleicht einem Befehlszeilenwerkzeug, das sich anmeldet). Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Tidings could not open the address on this computer that %1 sends the browser back to. Try again; if it keeps failing, a security program may block it.</source>
        <translation>Tidings konnte die Adresse auf diesem Computer nicht öffnen, an die %1 den Browser zurückschickt. Versuchen Sie es erneut; wenn es weiter fehlschlägt, blockiert sie möglicherweise ein Sicherheitsprogramm.</translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and go back to Tidings.</source>
        <translation>Sie sind angemeldet. Sie können diesen Tab schließen und zu Tidings zurückkehren.</translation>
    </message>
    <message>
        <source>Tidings could not prepare the sign-in with %1.</source>
        <translation>Tidings konnte die Anmeldung mit %1 nicht vorbereiten.</translation>
    </message>
    <message>
        <source>The sign-in with %1 was cancelled.</source>
        <translation>Die Anmeldung mit %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in Tidings is waiting for, so it was not used. Close this tab and start the sign-in again in Tidings.</source>
        <translation>Diese Seite gehört nicht zu der Anmeldung, auf die Tidings wartet, daher wurde sie nicht verwendet. Schließen Sie diesen Tab und starten Sie die Anmeldung in Tidings erneut.</translation>
    </message>
    <message>
        <source>The answer from %1 that came back through the browser does not belong to the sign-in Tidings started, so it was not used. Start the sign-in again.</source>
        <translation>Die Antwort von %1, die über den Browser zurückkam, gehört nicht zu der Anmeldung, die Tidings gestartet hat, daher wurde sie nicht verwendet. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Tidings was not given access. You can close this tab and go back to Tidings.</source>
        <translation>Tidings wurde kein Zugriff gewährt. Sie können diesen Tab schließen und zu Tidings zurückkehren.</translation>
    </message>
    <message>
        <source>You did not allow Tidings to send email with your %1 account, so it is not signed in. To use it, sign in again and allow access on %1&apos;s page.</source>
        <translation>Sie haben Tidings nicht erlaubt, mit Ihrem %1-Konto E-Mails zu senden, daher ist es nicht angemeldet. Um es zu verwenden, melden Sie sich erneut an und erlauben Sie den Zugriff auf der Seite von %1.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in. You can close this tab; Tidings shows why.</source>
        <translation>%1 hat die Anmeldung abgelehnt. Sie können diesen Tab schließen; Tidings zeigt den Grund an.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>Tidings could not reach %1 to finish the sign-in (%2). Check the internet connection and sign in again.</source>
        <translation>Tidings konnte %1 nicht erreichen, um die Anmeldung abzuschließen (%2). Prüfen Sie die Internetverbindung und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in in a way Tidings does not understand. Sign in again.</source>
        <translation>%1 hat auf die Anmeldung auf eine Weise geantwortet, die Tidings nicht versteht. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Google signed you in but gave Tidings no refresh token, which it only gives the first time you allow an app. Remove Tidings&apos; access at myaccount.google.com/permissions and sign in again.</source>
        <translation>Google hat Sie angemeldet, aber Tidings kein Aktualisierungstoken gegeben – das gibt es nur beim ersten Erlauben einer App. Entfernen Sie den Zugriff von Tidings unter myaccount.google.com/permissions und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 signed you in but gave Tidings no refresh token, so Tidings could not stay signed in. Check that the app may ask for offline access and sign in again.</source>
        <translation>%1 hat Sie angemeldet, aber Tidings kein Aktualisierungstoken gegeben, daher konnte Tidings nicht angemeldet bleiben. Prüfen Sie, ob die App Offlinezugriff anfordern darf, und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 had a temporary problem finishing the sign-in (HTTP %2). Sign in again in a moment.</source>
        <translation>%1 hatte ein vorübergehendes Problem beim Abschließen der Anmeldung (HTTP %2). Melden Sie sich gleich noch einmal an.</translation>
    </message>
    <message>
        <source>%1 refused Tidings&apos; client ID or client secret: %2. Check both in %3.</source>
        <translation>%1 hat die Client-ID oder den Clientschlüssel von Tidings abgelehnt: %2. Prüfen Sie beides unter „%3“.</translation>
    </message>
    <message>
        <source>The sign-in with %1 was not finished in time. Start it again and finish it in the browser window that opens.</source>
        <translation>Die Anmeldung mit %1 wurde nicht rechtzeitig abgeschlossen. Starten Sie sie erneut und schließen Sie sie im sich öffnenden Browserfenster ab.</translation>
    </message>
</context>
<context>
    <name>Tidings::OrderTimelineQueries</name>
    <message>
        <source>Tidings could not read this order&apos;s history.</source>
        <translation>Tidings konnte den Verlauf dieser Bestellung nicht lesen.</translation>
    </message>
    <message>
        <source>There is nothing stored for this order.</source>
        <translation>Zu dieser Bestellung ist nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Tidings::PollScheduler</name>
    <message>
        <source>Tidings cannot read orders from this kind of connection (&quot;%1&quot;).</source>
        <translation>Tidings kann von dieser Art Verbindung („%1“) keine Bestellungen lesen.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>Die Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Tidings could not save what it found.</source>
        <translation>Tidings konnte nicht speichern, was es gefunden hat.</translation>
    </message>
</context>
<context>
    <name>Tidings::PollSignIn</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>Tidings::PollStateRepository</name>
    <message>
        <source>Tidings could not read where it stopped polling.</source>
        <translation>Tidings konnte nicht lesen, wo es mit dem Abrufen aufgehört hat.</translation>
    </message>
    <message>
        <source>Tidings could not save where it stopped polling.</source>
        <translation>Tidings konnte nicht speichern, wo es mit dem Abrufen aufgehört hat.</translation>
    </message>
    <message>
        <source>Tidings could not read which changes it has already seen.</source>
        <translation>Tidings konnte nicht lesen, welche Änderungen es bereits gesehen hat.</translation>
    </message>
    <message>
        <source>Tidings could not read the stock levels it knows.</source>
        <translation>Tidings konnte die ihm bekannten Lagerbestände nicht lesen.</translation>
    </message>
</context>
<context>
    <name>Tidings::Poller</name>
    <message>
        <source>Check every (minutes)</source>
        <translation>Prüfintervall (Minuten)</translation>
    </message>
    <message>
        <source>How often Tidings asks for new and changed orders. Shorter means quicker messages and more requests to the platform.</source>
        <translation>Wie oft Tidings nach neuen und geänderten Bestellungen fragt. Kürzer bedeutet schnellere Nachrichten und mehr Anfragen an die Plattform.</translation>
    </message>
    <message>
        <source>First check reaches back (days)</source>
        <translation>Erste Prüfung reicht zurück (Tage)</translation>
    </message>
    <message>
        <source>The first check reads the orders of these last days, so later changes to them are noticed. Their customers are not written to about what happened before.</source>
        <translation>Die erste Prüfung liest die Bestellungen der letzten so vielen Tage, damit spätere Änderungen daran bemerkt werden. Deren Kunden werden nicht über frühere Vorgänge angeschrieben.</translation>
    </message>
    <message>
        <source>The %1 address of this source is missing or not a web address. Enter the shop&apos;s address, starting with https://.</source>
        <translation>Die %1-Adresse dieser Quelle fehlt oder ist keine Webadresse. Geben Sie die Adresse des Shops ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>The %1 address of this source starts with http://, so the shop&apos;s keys would travel unencrypted. Use the https:// address.</source>
        <translation>Die %1-Adresse dieser Quelle beginnt mit http://, daher würden die Schlüssel des Shops unverschlüsselt übertragen. Verwenden Sie die https://-Adresse.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Tidings will ask again shortly.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Tidings fragt gleich erneut.</translation>
    </message>
    <message>
        <source>Tidings could not reach %1. Check the internet connection and the shop&apos;s address; Tidings will try again.</source>
        <translation>Tidings konnte %1 nicht erreichen. Prüfen Sie die Internetverbindung und die Adresse des Shops; Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 asked Tidings to slow down. Tidings will ask again when %1 allows it.</source>
        <translation>%1 hat Tidings gebeten, langsamer zu werden. Tidings fragt erneut, sobald %1 es zulässt.</translation>
    </message>
    <message>
        <source>%1 refused the access key of this source (HTTP %2). Check the key and its permissions to read orders in Connections.</source>
        <translation>%1 hat den Zugriffsschlüssel dieser Quelle abgelehnt (HTTP %2). Prüfen Sie unter „Verbindungen“ den Schlüssel und seine Berechtigung, Bestellungen zu lesen.</translation>
    </message>
    <message>
        <source>%1 does not know the address Tidings asked (HTTP 404). Check the shop&apos;s address in Connections.</source>
        <translation>%1 kennt die von Tidings angefragte Adresse nicht (HTTP 404). Prüfen Sie die Adresse des Shops unter „Verbindungen“.</translation>
    </message>
    <message>
        <source>%1 had a temporary problem (HTTP %2). Tidings will ask again.</source>
        <translation>%1 hatte ein vorübergehendes Problem (HTTP %2). Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2). Check the shop&apos;s address in Connections.</source>
        <translation>%1 hat mit einer Weiterleitung geantwortet (HTTP %2). Prüfen Sie die Adresse des Shops unter „Verbindungen“.</translation>
    </message>
    <message>
        <source>%1 refused Tidings&apos; request (HTTP %2).</source>
        <translation>%1 hat die Anfrage von Tidings abgelehnt (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>Tidings::PreviewQueries</name>
    <message>
        <source>Tidings could not read your recent orders for the preview.</source>
        <translation>Tidings konnte Ihre letzten Bestellungen für die Vorschau nicht lesen.</translation>
    </message>
</context>
<context>
    <name>Tidings::QuietHours</name>
    <message>
        <source>Enter a start and an end time, like 21:00 and 08:00.</source>
        <translation>Geben Sie eine Start- und eine Endzeit ein, etwa 21:00 und 08:00.</translation>
    </message>
    <message>
        <source>Quiet hours start and end at the same time (%1). Choose an end time later than the start, like 21:00 to 08:00.</source>
        <translation>Die Ruhezeiten beginnen und enden zur selben Uhrzeit (%1). Wählen Sie eine Endzeit, die nach dem Beginn liegt, etwa 21:00 bis 08:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Pick one from the list, like Europe/London or America/New_York.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt. Wählen Sie eine aus der Liste, etwa Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <source>Text messages and Slack messages are sent at any time of day or night.</source>
        <translation>SMS und Slack-Nachrichten werden zu jeder Tages- und Nachtzeit gesendet.</translation>
    </message>
    <message>
        <source>Held for quiet hours until %1 (the shop&apos;s time, %2). Nothing was sent and no try was used up.</source>
        <translation>Wegen Ruhezeiten bis %1 (Zeit des Shops, %2) zurückgehalten. Nichts wurde gesendet, und kein Versuch wurde verbraucht.</translation>
    </message>
    <message>
        <source>Text messages and Slack messages that would go out between %1 and %2 (%3 time) wait and are sent at %2; a text to a customer whose order has an address waits for %2 on the customer&apos;s clock. Nothing is lost and no try is used up. Emails are always sent at once.</source>
        <translation>Textnachrichten und Slack-Nachrichten, die zwischen %1 und %2 (Zeit %3) hinausgingen, warten und werden um %2 gesendet; eine Textnachricht an einen Kunden, dessen Bestellung eine Adresse hat, wartet bis %2 nach der Uhr des Kunden. Nichts geht verloren, und kein Versuch wird verbraucht. E-Mails werden immer sofort gesendet.</translation>
    </message>
    <message>
        <source>Held for quiet hours until %1 (the customer&apos;s time, %2). Nothing was sent and no try was used up.</source>
        <translation>Wegen Ruhezeiten bis %1 (Zeit des Kunden, %2) zurückgehalten. Nichts wurde gesendet, und kein Versuch wurde verbraucht.</translation>
    </message>
</context>
<context>
    <name>Tidings::Rules</name>
    <message>
        <source>Rule &quot;%1&quot; uses a channel that is missing or switched off.</source>
        <translation>Regel „%1“ verwendet einen Kanal, der fehlt oder ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>The order has no customer email address, so rule &quot;%1&quot; sent nothing.</source>
        <translation>Die Bestellung hat keine E-Mail-Adresse des Kunden, daher hat Regel „%1“ nichts gesendet.</translation>
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
        <translation>Änderungen an Bestellungen und Opportunities aus ausgehenden Nachrichten (Outbound Messages) von Salesforce.</translation>
    </message>
    <message>
        <source>Address token</source>
        <translation>Adress-Token</translation>
    </message>
    <message>
        <source>Tidings makes this token. It is the end of the endpoint URL you paste into Salesforce, so keep that URL private.</source>
        <translation>Tidings erstellt dieses Token. Es ist das Ende der Endpoint-URL, die Sie in Salesforce einfügen – halten Sie diese URL also geheim.</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Your Salesforce organization ID (Setup → Company Information → Salesforce.com Organization ID). Messages from any other organization are refused.</source>
        <translation>Ihre Salesforce-Organisations-ID (Setup → Company Information → Salesforce.com Organization ID). Nachrichten von jeder anderen Organisation werden abgewiesen.</translation>
    </message>
    <message>
        <source>Status map</source>
        <translation>Statuszuordnung</translation>
    </message>
    <message>
        <source>Which order Status or opportunity Stage means which order status, as JSON. Draft → pending and Activated → paid are built in; statuses not listed are recorded and notify nobody.</source>
        <translation>Welcher Bestell-Status oder welche Opportunity-Phase welchen Bestellstatus bedeutet, als JSON. Draft → pending und Activated → paid sind eingebaut; nicht aufgeführte Status werden erfasst, benachrichtigen aber niemanden.</translation>
    </message>
    <message>
        <source>Customer email field</source>
        <translation>Feld für die Kunden-E-Mail</translation>
    </message>
    <message>
        <source>Outbound messages carry only the order&apos;s own fields. Name a field that holds the customer&apos;s email, for example a formula field Customer_Email__c = BillToContact.Email, and include it in the message.</source>
        <translation>Ausgehende Nachrichten enthalten nur die eigenen Felder der Bestellung. Nennen Sie ein Feld, das die E-Mail des Kunden enthält, zum Beispiel ein Formelfeld Customer_Email__c = BillToContact.Email, und nehmen Sie es in die Nachricht auf.</translation>
    </message>
    <message>
        <source>In Salesforce Setup, search for &quot;Outbound Messages&quot; and click New Outbound Message. Choose the object Order (or Opportunity).</source>
        <translation>Suchen Sie im Salesforce-Setup nach „Outbound Messages“ und klicken Sie auf New Outbound Message. Wählen Sie das Objekt Order (oder Opportunity).</translation>
    </message>
    <message>
        <source>Set the Endpoint URL to: %1</source>
        <translation>Setzen Sie die Endpoint URL auf: %1</translation>
    </message>
    <message>
        <source>Leave &quot;Send Session ID&quot; unticked; Tidings does not need it. Select the fields Id, OrderNumber, Status, StatusCode, TotalAmount, EffectiveDate and your customer email field.</source>
        <translation>Lassen Sie „Send Session ID“ abgehakt; Tidings braucht sie nicht. Wählen Sie die Felder Id, OrderNumber, Status, StatusCode, TotalAmount, EffectiveDate und Ihr Feld für die Kunden-E-Mail.</translation>
    </message>
    <message>
        <source>Add the outbound message as an action of a record-triggered flow (or workflow rule) that runs when an order is created or its status changes.</source>
        <translation>Fügen Sie die ausgehende Nachricht als Aktion eines datensatzgesteuerten Flows (oder einer Workflow-Regel) hinzu, der ausgeführt wird, wenn eine Bestellung erstellt wird oder sich ihr Status ändert.</translation>
    </message>
    <message>
        <source>Enter your organization ID in Tidings and list your order statuses in the status map.</source>
        <translation>Geben Sie Ihre Organisations-ID in Tidings ein und tragen Sie Ihre Bestellstatus in die Statuszuordnung ein.</translation>
    </message>
    <message>
        <source>Salesforce lists failed deliveries under Setup → Outbound Messages → View Message Delivery Status.</source>
        <translation>Salesforce listet fehlgeschlagene Zustellungen unter Setup → Outbound Messages → View Message Delivery Status auf.</translation>
    </message>
    <message>
        <source>No address token is saved for %1, so its Salesforce messages cannot be checked and were refused. Set the connection up again in Connections.</source>
        <translation>Für %1 ist kein Adress-Token gespeichert, daher können die Salesforce-Nachrichten nicht geprüft werden und wurden abgewiesen. Richten Sie die Verbindung unter „Verbindungen“ erneut ein.</translation>
    </message>
    <message>
        <source>A request reached the Salesforce address of %1 without the right token, so it was refused. Check that the endpoint URL in Salesforce is exactly the one Tidings shows.</source>
        <translation>Eine Anfrage erreichte die Salesforce-Adresse von %1 ohne das richtige Token und wurde daher abgewiesen. Prüfen Sie, ob die Endpoint-URL in Salesforce genau der von Tidings angezeigten entspricht.</translation>
    </message>
    <message>
        <source>Salesforce messages for %1 cannot be checked because its organization ID is missing or not a Salesforce ID. Enter it in Connections; Salesforce will send the messages again.</source>
        <translation>Salesforce-Nachrichten für %1 können nicht geprüft werden, weil die Organisations-ID fehlt oder keine Salesforce-ID ist. Tragen Sie sie unter „Verbindungen“ ein; Salesforce sendet die Nachrichten dann erneut.</translation>
    </message>
    <message>
        <source>Salesforce sent a message Tidings cannot read as an outbound message, so it was refused.</source>
        <translation>Salesforce hat eine Nachricht gesendet, die Tidings nicht als ausgehende Nachricht lesen kann; sie wurde abgewiesen.</translation>
    </message>
    <message>
        <source>A Salesforce message for %1 came from another Salesforce organization, so it was refused. Check the organization ID in Connections.</source>
        <translation>Eine Salesforce-Nachricht für %1 kam von einer anderen Salesforce-Organisation und wurde daher abgewiesen. Prüfen Sie die Organisations-ID unter „Verbindungen“.</translation>
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
        <translation>Salesforce hat mit etwas geantwortet, das keine Liste von Bestellungen ist. Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in of &quot;%1&quot; even with a new access token. Check that the connected app&apos;s OAuth policies allow this user, then connect the source again in Connections.</source>
        <translation>Salesforce hat die Anmeldung von „%1“ selbst mit einem neuen Zugriffstoken abgelehnt. Prüfen Sie, ob die OAuth-Richtlinien der verbundenen App diesen Benutzer zulassen, und verbinden Sie die Quelle dann unter „Verbindungen“ erneut.</translation>
    </message>
    <message>
        <source>Your Salesforce org has used up the API requests it is allowed in 24 hours, so &quot;%1&quot; cannot be checked now. Tidings tries again in an hour; Setup → Company Information shows the org&apos;s API usage.</source>
        <translation>Ihre Salesforce-Org hat die in 24 Stunden erlaubten API-Anfragen aufgebraucht, daher kann „%1“ jetzt nicht geprüft werden. Tidings versucht es in einer Stunde erneut; Setup → Company Information zeigt die API-Nutzung der Org.</translation>
    </message>
    <message>
        <source>Salesforce is busy with too many long requests from your org. Tidings checks &quot;%1&quot; again in a minute.</source>
        <translation>Salesforce ist mit zu vielen langen Anfragen Ihrer Org beschäftigt. Tidings prüft „%1“ in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Salesforce does not let the user of &quot;%1&quot; read orders through the API. The user needs the &quot;API Enabled&quot; permission (not in Professional Edition without the API add-on) and read access to Orders, Contacts and Accounts.</source>
        <translation>Salesforce erlaubt dem Benutzer von „%1“ nicht, Bestellungen über die API zu lesen. Der Benutzer braucht die Berechtigung „API Enabled“ (in der Professional Edition nicht ohne das API-Add-on verfügbar) und Lesezugriff auf Orders, Contacts und Accounts.</translation>
    </message>
    <message>
        <source>Salesforce does not know one of the order fields &quot;%1&quot; asks for. Check the field names in the source&apos;s settings; custom fields end in __c.</source>
        <translation>Salesforce kennt eines der Bestellfelder nicht, die „%1“ anfordert. Prüfen Sie die Feldnamen in den Einstellungen der Quelle; benutzerdefinierte Felder enden auf __c.</translation>
    </message>
    <message>
        <source>Salesforce has no order field &quot;%1&quot; that the user of &quot;%2&quot; can read. Check the field names in the source&apos;s settings (custom fields end in __c), or give the user access to the field.</source>
        <translation>Salesforce hat kein Bestellfeld „%1“, das der Benutzer von „%2“ lesen kann. Prüfen Sie die Feldnamen in den Einstellungen der Quelle (benutzerdefinierte Felder enden auf __c) oder geben Sie dem Benutzer Zugriff auf das Feld.</translation>
    </message>
    <message>
        <source>Orders are not turned on in this Salesforce org, or the user of &quot;%1&quot; may not read them. Turn them on in Setup → Order Settings → Enable Orders, and give the user read access to Orders.</source>
        <translation>Bestellungen sind in dieser Salesforce-Org nicht eingeschaltet, oder der Benutzer von „%1“ darf sie nicht lesen. Schalten Sie sie unter Setup → Order Settings → Enable Orders ein und geben Sie dem Benutzer Lesezugriff auf Orders.</translation>
    </message>
    <message>
        <source>Salesforce could not run Tidings&apos; order query for &quot;%1&quot;. Check the field names in the source&apos;s settings (custom fields end in __c) and the API version.</source>
        <translation>Salesforce konnte die Bestellabfrage von Tidings für „%1“ nicht ausführen. Prüfen Sie die Feldnamen in den Einstellungen der Quelle (benutzerdefinierte Felder enden auf __c) und die API-Version.</translation>
    </message>
    <message>
        <source>Salesforce does not know the API version &quot;%1&quot; asked for by &quot;%2&quot;. Leave the API version empty to use %3.</source>
        <translation>Salesforce kennt die von „%2“ angeforderte API-Version „%1“ nicht. Lassen Sie die API-Version leer, um %3 zu verwenden.</translation>
    </message>
    <message>
        <source>Salesforce pointed Tidings to a next page that is not a list of orders on your org. Tidings starts the check again.</source>
        <translation>Salesforce hat Tidings auf eine nächste Seite verwiesen, die keine Liste von Bestellungen in Ihrer Org ist. Tidings beginnt die Prüfung von vorn.</translation>
    </message>
    <message>
        <source>Salesforce lost Tidings&apos; place in the list of orders. Tidings will ask again.</source>
        <translation>Salesforce hat die Position von Tidings in der Bestellliste verloren. Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>Salesforce signed Tidings in without saying where your org&apos;s data is. Tidings will ask again.</source>
        <translation>Salesforce hat Tidings angemeldet, ohne mitzuteilen, wo die Daten Ihrer Org liegen. Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>New orders and status changes of Salesforce Orders, with tracking numbers from your own fields, read every few minutes.</source>
        <translation>Neue Bestellungen und Statusänderungen von Salesforce-Orders, mit Sendungsnummern aus Ihren eigenen Feldern, alle paar Minuten gelesen.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Filled in when you click &quot;Sign in with Salesforce&quot; and sign in as the Salesforce user Tidings reads orders as. You can also paste one made with your app (scopes &quot;api&quot; and &quot;refresh_token, offline_access&quot;), for example with the Salesforce CLI.</source>
        <translation>Wird ausgefüllt, wenn Sie auf „Mit Salesforce anmelden“ klicken und sich als der Salesforce-Benutzer anmelden, als der Tidings Bestellungen liest. Sie können auch eines einfügen, das mit Ihrer App erstellt wurde (Scopes „api“ und „refresh_token, offline_access“), zum Beispiel mit der Salesforce CLI.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>The app&apos;s consumer secret (External Client App Manager → your app → Settings → OAuth Settings → Consumer Key and Secret; older Connected Apps: App Manager → View → Manage Consumer Details). Leave empty only if the app does not require a secret.</source>
        <translation>Das Consumer Secret der App (External Client App Manager → Ihre App → Settings → OAuth Settings → Consumer Key and Secret; ältere Connected Apps: App Manager → View → Manage Consumer Details). Nur leer lassen, wenn die App kein Secret verlangt.</translation>
    </message>
    <message>
        <source>Salesforce login address</source>
        <translation>Salesforce-Anmeldeadresse</translation>
    </message>
    <message>
        <source>Leave empty for https://login.salesforce.com. Sandboxes: https://test.salesforce.com, or your org&apos;s My Domain address (https://yourcompany.my.salesforce.com).</source>
        <translation>Leer lassen für https://login.salesforce.com. Sandboxes: https://test.salesforce.com oder die My-Domain-Adresse Ihrer Org (https://ihrefirma.my.salesforce.com).</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key, shown next to the consumer secret.</source>
        <translation>Der Consumer Key der verbundenen App, neben dem Consumer Secret angezeigt.</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Which order Status means which order status, as JSON. Draft → pending and Activated → paid are built in; other statuses not listed count as their status category (Draft or Activated).</source>
        <translation>Welcher Bestell-Status (Status) welchen Bestellstatus bedeutet, als JSON. Draft → pending und Activated → paid sind eingebaut; andere, nicht aufgeführte Status zählen als ihre Statuskategorie (Draft oder Activated).</translation>
    </message>
    <message>
        <source>Customer email field</source>
        <translation>Feld für die Kunden-E-Mail</translation>
    </message>
    <message>
        <source>Optional: an order field with the customer&apos;s email address, when it is not the Bill To contact&apos;s email. Its API name, e.g. Customer_Email__c.</source>
        <translation>Optional: ein Bestellfeld mit der E-Mail-Adresse des Kunden, wenn es nicht die E-Mail des Bill-To-Kontakts ist. Sein API-Name, z. B. Customer_Email__c.</translation>
    </message>
    <message>
        <source>Tracking number field</source>
        <translation>Feld für die Sendungsnummer</translation>
    </message>
    <message>
        <source>Optional: the API name of the order field holding the tracking number. A number appearing here is a new shipment.</source>
        <translation>Optional: der API-Name des Bestellfelds mit der Sendungsnummer. Eine hier auftauchende Nummer ist eine neue Sendung.</translation>
    </message>
    <message>
        <source>Carrier field</source>
        <translation>Feld für den Versanddienstleister</translation>
    </message>
    <message>
        <source>Optional: the API name of the order field naming the carrier.</source>
        <translation>Optional: der API-Name des Bestellfelds, das den Versanddienstleister nennt.</translation>
    </message>
    <message>
        <source>Tracking link field</source>
        <translation>Feld für den Sendungsverfolgungslink</translation>
    </message>
    <message>
        <source>Optional: the API name of the order field holding the tracking page address.</source>
        <translation>Optional: der API-Name des Bestellfelds mit der Adresse der Sendungsverfolgungsseite.</translation>
    </message>
    <message>
        <source>Callback URL (sign-in)</source>
        <translation>Callback-URL (Anmeldung)</translation>
    </message>
    <message>
        <source>The callback URL entered in your app in Salesforce; Salesforce accepts only that exact address. Leave empty for %1.</source>
        <translation>Die Callback-URL, die in Ihrer App in Salesforce eingetragen ist; Salesforce akzeptiert nur genau diese Adresse. Leer lassen für %1.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Leave empty for %1.</source>
        <translation>Leer lassen für %1.</translation>
    </message>
    <message>
        <source>In Salesforce Setup, open External Client App Manager and click &quot;New External Client App&quot; (older orgs: App Manager → &quot;New Connected App&quot;). Enable OAuth with the scopes &quot;Manage user data via APIs (api)&quot; and &quot;Perform requests at any time (refresh_token, offline_access)&quot;, enter the callback URL %1, and keep &quot;Require Proof Key for Code Exchange (PKCE)&quot; on: Tidings uses it.</source>
        <translation>Öffnen Sie im Salesforce-Setup den External Client App Manager und klicken Sie auf „New External Client App“ (ältere Orgs: App Manager → „New Connected App“). Aktivieren Sie OAuth mit den Scopes „Manage user data via APIs (api)“ und „Perform requests at any time (refresh_token, offline_access)“, geben Sie die Callback-URL %1 ein und lassen Sie „Require Proof Key for Code Exchange (PKCE)“ eingeschaltet: Tidings verwendet es.</translation>
    </message>
    <message>
        <source>Under the app&apos;s policies, set &quot;Refresh Token Policy&quot; to &quot;Refresh token is valid until revoked&quot; and allow the user Tidings reads as. That user needs the &quot;API Enabled&quot; permission and read access to Orders, Contacts and Accounts.</source>
        <translation>Setzen Sie in den Richtlinien der App „Refresh Token Policy“ auf „Refresh token is valid until revoked“ und lassen Sie den Benutzer zu, als der Tidings liest. Dieser Benutzer braucht die Berechtigung „API Enabled“ und Lesezugriff auf Orders, Contacts und Accounts.</translation>
    </message>
    <message>
        <source>Copy the consumer key and consumer secret from the app&apos;s OAuth settings (&quot;Consumer Key and Secret&quot;). Enter the key in the settings and paste the secret here. For a sandbox, set the login address to https://test.salesforce.com.</source>
        <translation>Kopieren Sie Consumer Key und Consumer Secret aus den OAuth-Einstellungen der App („Consumer Key and Secret“). Geben Sie den Key in den Einstellungen ein und fügen Sie das Secret hier ein. Setzen Sie für eine Sandbox die Anmeldeadresse auf https://test.salesforce.com.</translation>
    </message>
    <message>
        <source>Click &quot;Sign in with Salesforce&quot; and sign in as that user. If the app rotates refresh tokens, Tidings keeps the newest one in the keychain.</source>
        <translation>Klicken Sie auf „Mit Salesforce anmelden“ und melden Sie sich als dieser Benutzer an. Wenn die App Aktualisierungstokens rotiert, bewahrt Tidings das neueste im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>List your order statuses in the status map, and name the fields that hold tracking numbers, if you keep them on the order.</source>
        <translation>Tragen Sie Ihre Bestellstatus in die Statuszuordnung ein und nennen Sie die Felder mit den Sendungsnummern, falls Sie diese an der Bestellung führen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no Salesforce sign-in yet. Enter the connected app&apos;s consumer key and the refresh token in Connections.</source>
        <translation>„%1“ hat noch keine Salesforce-Anmeldung. Tragen Sie den Consumer Key der verbundenen App und das Aktualisierungstoken unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>The API version of &quot;%1&quot; is not a Salesforce API version like %2. Leave it empty to use %2.</source>
        <translation>Die API-Version von „%1“ ist keine Salesforce-API-Version wie %2. Lassen Sie sie leer, um %2 zu verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce field name (setting &quot;%2&quot; of &quot;%3&quot;). Enter the field&apos;s API name, e.g. Tracking_Number__c.</source>
        <translation>„%1“ ist kein Salesforce-Feldname (Einstellung „%2“ von „%3“). Geben Sie den API-Namen des Felds ein, z. B. Tracking_Number__c.</translation>
    </message>
    <message>
        <source>Your Salesforce org has used %1% or more of the API requests it is allowed in 24 hours. Tidings pauses checking &quot;%2&quot; until %3 to leave the rest to your other apps.</source>
        <translation>Ihre Salesforce-Org hat %1 % oder mehr der in 24 Stunden erlaubten API-Anfragen verbraucht. Tidings pausiert die Prüfung von „%2“ bis %3, um den Rest Ihren anderen Apps zu lassen.</translation>
    </message>
</context>
<context>
    <name>Tidings::SampleScenarios</name>
    <message>
        <source>Many items (10)</source>
        <translation>Viele Artikel (10)</translation>
    </message>
    <message>
        <source>No tracking link</source>
        <translation>Kein Sendungsverfolgungslink</translation>
    </message>
    <message>
        <source>Long names</source>
        <translation>Lange Namen</translation>
    </message>
    <message>
        <source>Chinese names</source>
        <translation>Chinesische Namen</translation>
    </message>
    <message>
        <source>Arabic names (right to left)</source>
        <translation>Arabische Namen (von rechts nach links)</translation>
    </message>
    <message>
        <source>Cyrillic names</source>
        <translation>Kyrillische Namen</translation>
    </message>
    <message>
        <source>One item</source>
        <translation>Ein Artikel</translation>
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
        <translation>Neue und geänderte Bestellungen und Consignments (Sendungen) über die Webhook-Dienste von SAP Commerce.</translation>
    </message>
    <message>
        <source>Webhook password</source>
        <translation>Webhook-Passwort</translation>
    </message>
    <message>
        <source>Tidings made this password. Use it, with the username below, as the Basic credential of the consumed destination in SAP Commerce.</source>
        <translation>Tidings hat dieses Passwort erstellt. Verwenden Sie es zusammen mit dem Benutzernamen unten als Basic Credential der Consumed Destination in SAP Commerce.</translation>
    </message>
    <message>
        <source>Webhook username</source>
        <translation>Webhook-Benutzername</translation>
    </message>
    <message>
        <source>The username SAP Commerce sends with the password (Basic authentication). Choose any name and enter the same one in the destination&apos;s Basic credential.</source>
        <translation>Der Benutzername, den SAP Commerce mit dem Passwort sendet (Basic-Authentifizierung). Wählen Sie einen beliebigen Namen und geben Sie denselben im Basic Credential der Destination ein.</translation>
    </message>
    <message>
        <source>In Backoffice, open Integration UI Tool and model an integration object for Order (code, status, deliveryStatus, date, modifiedtime, user with uid and name, entries with quantity, basePrice and product code and name, totalPrice, currency isocode) and one for Consignment (code, status, trackingID, carrier, modifiedtime, order with code).</source>
        <translation>Öffnen Sie im Backoffice das Integration UI Tool und modellieren Sie ein Integrationsobjekt für Order (code, status, deliveryStatus, date, modifiedtime, user mit uid und name, entries mit quantity, basePrice und product code und name, totalPrice, currency isocode) und eines für Consignment (code, status, trackingID, carrier, modifiedtime, order mit code).</translation>
    </message>
    <message>
        <source>Open System → API → Destinations, create a Basic credential with the username and password shown here, and a consumed destination with this URL: %1</source>
        <translation>Öffnen Sie System → API → Destinations, erstellen Sie ein Basic Credential mit dem hier angezeigten Benutzernamen und Passwort und eine Consumed Destination mit dieser URL: %1</translation>
    </message>
    <message>
        <source>Open Integration UI Tool → Webhooks and create a webhook for each integration object, sending to that destination.</source>
        <translation>Öffnen Sie Integration UI Tool → Webhooks und erstellen Sie für jedes Integrationsobjekt einen Webhook, der an diese Destination sendet.</translation>
    </message>
    <message>
        <source>Place a test order: it appears in Tidings&apos; Monitor; a consignment that ships adds its shipment.</source>
        <translation>Geben Sie eine Testbestellung auf: Sie erscheint im Monitor von Tidings; ein Consignment, das versendet wird, fügt seine Sendung hinzu.</translation>
    </message>
    <message>
        <source>No webhook username or password is saved for this SAP Commerce connection, so its webhooks cannot be checked and were refused. Complete the connection in Connections.</source>
        <translation>Für diese SAP-Commerce-Verbindung sind kein Webhook-Benutzername oder -Passwort gespeichert, daher können ihre Webhooks nicht geprüft werden und wurden abgewiesen. Vervollständigen Sie die Verbindung unter „Verbindungen“.</translation>
    </message>
    <message>
        <source>A request reached this SAP Commerce connection&apos;s address without a username and password, so it was refused. Give the consumed destination in SAP Commerce a Basic credential with the username and password shown in Tidings.</source>
        <translation>Eine Anfrage erreichte die Adresse dieser SAP-Commerce-Verbindung ohne Benutzername und Passwort und wurde daher abgewiesen. Geben Sie der Consumed Destination in SAP Commerce ein Basic Credential mit dem in Tidings angezeigten Benutzernamen und Passwort.</translation>
    </message>
    <message>
        <source>SAP Commerce signed in with something other than a username and password (OAuth, perhaps), so the request was refused. Give the consumed destination a Basic credential with the username and password shown in Tidings.</source>
        <translation>SAP Commerce hat sich mit etwas anderem als Benutzername und Passwort angemeldet (vielleicht OAuth), daher wurde die Anfrage abgewiesen. Geben Sie der Consumed Destination ein Basic Credential mit dem in Tidings angezeigten Benutzernamen und Passwort.</translation>
    </message>
    <message>
        <source>SAP Commerce sent a username or password that does not match this connection, so the request was refused. Check the Basic credential of the consumed destination in SAP Commerce against Tidings.</source>
        <translation>SAP Commerce hat einen Benutzernamen oder ein Passwort gesendet, das nicht zu dieser Verbindung passt, daher wurde die Anfrage abgewiesen. Vergleichen Sie das Basic Credential der Consumed Destination in SAP Commerce mit Tidings.</translation>
    </message>
    <message>
        <source>SAP Commerce sent a webhook whose content is not a JSON object, so it could not be read.</source>
        <translation>SAP Commerce hat einen Webhook gesendet, dessen Inhalt kein JSON-Objekt ist; er konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>SAP Commerce sent an order without its code, so it cannot be matched to an order. Add the attribute &quot;code&quot; to the Order integration object.</source>
        <translation>SAP Commerce hat eine Bestellung ohne ihren Code gesendet, daher kann sie keiner Bestellung zugeordnet werden. Fügen Sie dem Integrationsobjekt Order das Attribut „code“ hinzu.</translation>
    </message>
    <message>
        <source>SAP Commerce sent a consignment without its code or its order&apos;s code, so it cannot be matched to an order. Add &quot;code&quot; and &quot;order&quot; (with its code) to the Consignment integration object.</source>
        <translation>SAP Commerce hat ein Consignment ohne seinen Code oder den Code seiner Bestellung gesendet, daher kann es keiner Bestellung zugeordnet werden. Fügen Sie dem Integrationsobjekt Consignment „code“ und „order“ (mit ihrem Code) hinzu.</translation>
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
        <translation>SAP Commerce hat den Zugriff des OAuth-Clients „%1“ für „%2“ selbst mit einem neuen Token abgelehnt. Prüfen Sie unter Backoffice → System → OAuth → OAuth Clients, ob der Client noch existiert, und prüfen Sie dann sein Secret unter „Verbindungen“.</translation>
    </message>
    <message>
        <source>SAP Commerce does not let the OAuth client &quot;%1&quot; read all orders of &quot;%2&quot;: the client is not trusted. In Backoffice → System → OAuth → OAuth Clients, add ROLE_TRUSTED_CLIENT to the client&apos;s authorities.</source>
        <translation>SAP Commerce erlaubt dem OAuth-Client „%1“ nicht, alle Bestellungen von „%2“ zu lesen: Der Client ist nicht vertrauenswürdig. Fügen Sie unter Backoffice → System → OAuth → OAuth Clients den Authorities des Clients ROLE_TRUSTED_CLIENT hinzu.</translation>
    </message>
    <message>
        <source>SAP Commerce has no site &quot;%1&quot;. Check the site ID of &quot;%2&quot; in Connections (for example electronics or apparel-uk).</source>
        <translation>SAP Commerce hat keine Site „%1“. Prüfen Sie die Site-ID von „%2“ unter „Verbindungen“ (zum Beispiel electronics oder apparel-uk).</translation>
    </message>
    <message>
        <source>SAP Commerce has no order feed at the address of &quot;%1&quot;. Check the API address in Connections: the address of the commerce web services (https://api.…), without /occ/v2.</source>
        <translation>SAP Commerce hat unter der Adresse von „%1“ keinen Bestell-Feed. Prüfen Sie die API-Adresse unter „Verbindungen“: die Adresse der Commerce-Webservices (https://api.…), ohne /occ/v2.</translation>
    </message>
    <message>
        <source>SAP Commerce answered with something that is not %1. A maintenance page or a proxy may be in the way; Tidings will ask again.</source>
        <translation>SAP Commerce hat mit etwas geantwortet, das nicht %1 ist. Möglicherweise steht eine Wartungsseite oder ein Proxy im Weg; Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>an order</source>
        <translation>eine Bestellung</translation>
    </message>
    <message>
        <source>a list of changed orders</source>
        <translation>eine Liste geänderter Bestellungen</translation>
    </message>
    <message>
        <source>SAP Commerce Cloud</source>
        <translation>SAP Commerce Cloud</translation>
    </message>
    <message>
        <source>Order status changes and their consignments (shipments) with tracking numbers, read every few minutes through the commerce web services (OCC).</source>
        <translation>Statusänderungen von Bestellungen und ihre Consignments (Sendungen) mit Sendungsnummern, alle paar Minuten über die Commerce-Webservices (OCC) gelesen.</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <source>The secret of the OAuth client made for Tidings in Backoffice → System → OAuth → OAuth Clients.</source>
        <translation>Das Secret des OAuth-Clients, der für Tidings unter Backoffice → System → OAuth → OAuth Clients erstellt wurde.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>The address of the commerce web services, without /occ/v2: on Commerce Cloud the &quot;api&quot; endpoint shown in Cloud Portal → Environments.</source>
        <translation>Die Adresse der Commerce-Webservices, ohne /occ/v2: in Commerce Cloud der „api“-Endpunkt, der unter Cloud Portal → Environments angezeigt wird.</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Site-ID</translation>
    </message>
    <message>
        <source>The ID of the base site whose orders Tidings reads, as in /occ/v2/&lt;site&gt;.</source>
        <translation>Die ID der Base Site, deren Bestellungen Tidings liest, wie in /occ/v2/&lt;site&gt;.</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>The ID of the OAuth client made for Tidings.</source>
        <translation>Die ID des OAuth-Clients, der für Tidings erstellt wurde.</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>Token-Adresse</translation>
    </message>
    <message>
        <source>Leave empty for &lt;API address&gt;/authorizationserver/oauth/token; change it only when your authorization server lives elsewhere.</source>
        <translation>Leer lassen für &lt;API address&gt;/authorizationserver/oauth/token; ändern Sie sie nur, wenn Ihr Autorisierungsserver anderswo liegt.</translation>
    </message>
    <message>
        <source>In Backoffice, open System → OAuth → OAuth Clients and create a client with the ID &quot;tidings&quot; and a long random secret.</source>
        <translation>Öffnen Sie im Backoffice System → OAuth → OAuth Clients und erstellen Sie einen Client mit der ID „tidings“ und einem langen, zufälligen Secret.</translation>
    </message>
    <message>
        <source>Give it the authority ROLE_TRUSTED_CLIENT and the grant type client_credentials, and save. Only a trusted client may read the orders of all customers; Tidings only reads.</source>
        <translation>Geben Sie ihm die Authority ROLE_TRUSTED_CLIENT und den Grant Type client_credentials und speichern Sie. Nur ein vertrauenswürdiger Client darf die Bestellungen aller Kunden lesen; Tidings liest nur.</translation>
    </message>
    <message>
        <source>Enter the API address (Cloud Portal → Environments → the &quot;api&quot; endpoint), the site ID and the client ID here, and paste the client secret.</source>
        <translation>Geben Sie hier die API-Adresse (Cloud Portal → Environments → der „api“-Endpunkt), die Site-ID und die Client-ID ein und fügen Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <source>Tidings reads the order status feed of the commerce web services: it lists orders whose status changed in the last hours on the server Tidings reaches. A consignment that ships without changing its order&apos;s status is read when the order&apos;s status next changes.</source>
        <translation>Tidings liest den Bestellstatus-Feed der Commerce-Webservices: Er listet Bestellungen auf, deren Status sich in den letzten Stunden auf dem Server geändert hat, den Tidings erreicht. Ein Consignment, das versendet wird, ohne den Status seiner Bestellung zu ändern, wird gelesen, wenn sich der Status der Bestellung das nächste Mal ändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which SAP Commerce site to read or which OAuth client to use. Enter the site ID and the client ID in Connections.</source>
        <translation>„%1“ gibt nicht an, welche SAP-Commerce-Site gelesen oder welcher OAuth-Client verwendet werden soll. Geben Sie die Site-ID und die Client-ID unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>No OAuth client secret is saved for &quot;%1&quot;, so its orders cannot be read. Paste the client&apos;s secret in Connections.</source>
        <translation>Für „%1“ ist kein OAuth-Client-Secret gespeichert, daher können die Bestellungen nicht gelesen werden. Fügen Sie das Secret des Clients unter „Verbindungen“ ein.</translation>
    </message>
</context>
<context>
    <name>Tidings::SecretBatch</name>
    <message>
        <source>Tidings could not read its saved passwords and keys. Restart Tidings and try again.</source>
        <translation>Tidings konnte seine gespeicherten Passwörter und Schlüssel nicht lesen. Starten Sie Tidings neu und versuchen Sie es erneut.</translation>
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
        <translation>E-Mails über die v3 Mail Send API von Twilio SendGrid.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>SendGrid → Settings → API Keys → Create API Key, with Restricted Access and only &quot;Mail Send&quot; allowed. It starts with SG.</source>
        <translation>SendGrid → Settings → API Keys → Create API Key, mit Restricted Access und nur „Mail Send“ erlaubt. Er beginnt mit SG.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://api.sendgrid.com, or https://api.eu.sendgrid.com for EU accounts.</source>
        <translation>https://api.sendgrid.com oder https://api.eu.sendgrid.com für EU-Konten.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>A verified sender or an address of an authenticated domain.</source>
        <translation>Ein verifizierter Absender oder eine Adresse einer authentifizierten Domain.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Was Kunden als Absender sehen.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Wohin Antworten von Kunden gehen, wenn nicht an die Absenderadresse.</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Sandbox-Modus</translation>
    </message>
    <message>
        <source>true: SendGrid checks each message but delivers nothing.</source>
        <translation>true: SendGrid prüft jede Nachricht, stellt aber nichts zu.</translation>
    </message>
    <message>
        <source>Dynamic template ID</source>
        <translation>ID der dynamischen Vorlage</translation>
    </message>
    <message>
        <source>Optional: send with a SendGrid dynamic template (Email API → Dynamic Templates, an ID starting with &quot;d-&quot;) instead of Tidings&apos; own design. The template gets the order, customer, shipment, items and brand, and the subject as {{subject}}.</source>
        <translation>Optional: mit einer dynamischen Vorlage von SendGrid senden (Email API → Dynamic Templates, eine ID, die mit „d-“ beginnt) statt mit dem eigenen Design von Tidings. Die Vorlage erhält Bestellung, Kunde, Sendung, Artikel und Marke sowie den Betreff als {{subject}}.</translation>
    </message>
    <message>
        <source>In SendGrid, open Settings → Sender Authentication and verify your sender address or authenticate your shop&apos;s domain.</source>
        <translation>Öffnen Sie in SendGrid Settings → Sender Authentication und verifizieren Sie Ihre Absenderadresse oder authentifizieren Sie die Domain Ihres Shops.</translation>
    </message>
    <message>
        <source>Open Settings → API Keys → Create API Key. Choose Restricted Access, allow only Mail Send, and create it.</source>
        <translation>Öffnen Sie Settings → API Keys → Create API Key. Wählen Sie Restricted Access, erlauben Sie nur Mail Send und erstellen Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>Copy the key (SendGrid shows it once) and paste it here.</source>
        <translation>Kopieren Sie den Schlüssel (SendGrid zeigt ihn nur einmal an) und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Der für %1 gespeicherte API-Schlüssel enthält Leerzeichen oder Zeilenumbrüche. Fügen Sie ihn unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>Für %1 ist keine Absenderadresse festgelegt. Tragen Sie eine unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The dynamic template ID of %1 is not one SendGrid gives (they start with &quot;d-&quot;). Copy it again from SendGrid → Email API → Dynamic Templates.</source>
        <translation>Die ID der dynamischen Vorlage von %1 ist keine, wie SendGrid sie vergibt (sie beginnen mit „d-“). Kopieren Sie sie erneut aus SendGrid → Email API → Dynamic Templates.</translation>
    </message>
    <message>
        <source>SendGrid refused the API key. Check the key in Channels.</source>
        <translation>SendGrid hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel unter „Kanäle“.</translation>
    </message>
    <message>
        <source>SendGrid accepted the API key, but the key may not send mail. In SendGrid, open Settings → API Keys and give the key the &quot;Mail Send&quot; permission (or create a new key).</source>
        <translation>SendGrid hat den API-Schlüssel akzeptiert, aber der Schlüssel darf keine E-Mails senden. Öffnen Sie in SendGrid Settings → API Keys und geben Sie dem Schlüssel die Berechtigung „Mail Send“ (oder erstellen Sie einen neuen Schlüssel).</translation>
    </message>
    <message>
        <source>the API key may send mail (sandbox mode is on: SendGrid checks messages but delivers none).</source>
        <translation>der API-Schlüssel darf E-Mails senden (der Sandbox-Modus ist eingeschaltet: SendGrid prüft Nachrichten, stellt aber keine zu).</translation>
    </message>
    <message>
        <source>the API key may send mail.</source>
        <translation>der API-Schlüssel darf E-Mails senden.</translation>
    </message>
    <message>
        <source>SendGrid is limiting how fast this account may send. Tidings will try again when SendGrid allows it.</source>
        <translation>SendGrid begrenzt, wie schnell dieses Konto senden darf. Tidings versucht es erneut, sobald SendGrid es zulässt.</translation>
    </message>
    <message>
        <source>SendGrid had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>SendGrid hatte ein vorübergehendes Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>SendGrid took too long to read the message. Tidings will try again.</source>
        <translation>SendGrid hat zu lange gebraucht, um die Nachricht zu lesen. Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>SendGrid rejected the message.</source>
        <translation>SendGrid hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>SendGrid rejected the message: %1</source>
        <translation>SendGrid hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>SendGrid refused to send from this address. Verify the sender in your SendGrid account (Sender Authentication).</source>
        <translation>SendGrid hat das Senden von dieser Adresse abgelehnt. Verifizieren Sie den Absender in Ihrem SendGrid-Konto (Sender Authentication).</translation>
    </message>
    <message>
        <source>SendGrid did not recognise the request (HTTP %1). Check the SendGrid server address in Channels.</source>
        <translation>SendGrid hat die Anfrage nicht erkannt (HTTP %1). Prüfen Sie die SendGrid-Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The message is too large for SendGrid. Make the email smaller (SendGrid accepts up to 30 MB including attachments).</source>
        <translation>Die Nachricht ist zu groß für SendGrid. Verkleinern Sie die E-Mail (SendGrid nimmt bis zu 30 MB einschließlich Anhängen an).</translation>
    </message>
    <message>
        <source>SendGrid answered with a redirect (HTTP %1). Check the SendGrid server address in Channels.</source>
        <translation>SendGrid hat mit einer Weiterleitung geantwortet (HTTP %1). Prüfen Sie die SendGrid-Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>SendGrid refused the message (HTTP %1).</source>
        <translation>SendGrid hat die Nachricht abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>SendGrid refused the message (HTTP %1): %2</source>
        <translation>SendGrid hat die Nachricht abgelehnt (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Tidings::SentMessage</name>
    <message>
        <source>Tidings could not read this message.</source>
        <translation>Tidings konnte diese Nachricht nicht lesen.</translation>
    </message>
    <message>
        <source>This message is no longer in the database.</source>
        <translation>Diese Nachricht ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>The template of this message (&quot;%1&quot;) is not stored.</source>
        <translation>Die Vorlage dieser Nachricht („%1“) ist nicht gespeichert.</translation>
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
        <translation>E-Mails über Amazon Simple Email Service (API v2 SendEmail).</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>IAM → Users → your sending user → Security credentials → Create access key. It starts with AKIA.</source>
        <translation>IAM → Benutzer → Ihr Sende-Benutzer → Sicherheitsanmeldeinformationen → Zugriffsschlüssel erstellen. Sie beginnt mit AKIA.</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Shown once, next to the access key ID.</source>
        <translation>Wird einmal neben der Zugriffsschlüssel-ID angezeigt.</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>Only for temporary credentials (they start with ASIA).</source>
        <translation>Nur für temporäre Anmeldeinformationen (sie beginnen mit ASIA).</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Leave empty to use https://email.&lt;region&gt;.amazonaws.com for the region below.</source>
        <translation>Leer lassen, um https://email.&lt;region&gt;.amazonaws.com für die Region unten zu verwenden.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The AWS region where your SES identities are verified, e.g. us-east-1 or eu-west-1. Sending limits are per region: 1 message a second and 200 a day while the account is in the SES sandbox; production limits are shown on the SES account dashboard.</source>
        <translation>Die AWS-Region, in der Ihre SES-Identitäten verifiziert sind, z. B. eu-central-1 oder eu-west-1. Sendelimits gelten pro Region: 1 Nachricht pro Sekunde und 200 pro Tag, solange das Konto in der SES-Sandbox ist; die Produktionslimits werden im SES-Konto-Dashboard angezeigt.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>An address or domain verified in SES in that region.</source>
        <translation>Eine Adresse oder Domain, die in SES in dieser Region verifiziert ist.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Was Kunden als Absender sehen.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Wohin Antworten von Kunden gehen, wenn nicht an die Absenderadresse.</translation>
    </message>
    <message>
        <source>Configuration set</source>
        <translation>Konfigurationssatz</translation>
    </message>
    <message>
        <source>Optional: the SES configuration set that records deliveries, bounces and complaints.</source>
        <translation>Optional: der SES-Konfigurationssatz, der Zustellungen, Bounces und Beschwerden erfasst.</translation>
    </message>
    <message>
        <source>In the Amazon SES console, choose your region and open Identities → Create identity. Verify your shop&apos;s domain (recommended) or the sender address.</source>
        <translation>Wählen Sie in der Amazon-SES-Konsole Ihre Region und öffnen Sie Identitäten → Identität erstellen. Verifizieren Sie die Domain Ihres Shops (empfohlen) oder die Absenderadresse.</translation>
    </message>
    <message>
        <source>New SES accounts are in the sandbox: they may send only to verified addresses, 1 message a second and 200 a day. Open Account dashboard → Request production access to send to customers.</source>
        <translation>Neue SES-Konten sind in der Sandbox: Sie dürfen nur an verifizierte Adressen senden, 1 Nachricht pro Sekunde und 200 pro Tag. Öffnen Sie Konto-Dashboard → Produktionszugriff anfordern, um an Kunden zu senden.</translation>
    </message>
    <message>
        <source>In IAM, create a user for Tidings with only the ses:SendEmail and ses:GetAccount permissions (GetAccount lets Test Connection show the sandbox state and sending quota), then Security credentials → Create access key.</source>
        <translation>Erstellen Sie in IAM einen Benutzer für Tidings nur mit den Berechtigungen ses:SendEmail und ses:GetAccount (mit GetAccount kann „Verbindung testen“ den Sandbox-Status und das Sendekontingent anzeigen), dann Sicherheitsanmeldeinformationen → Zugriffsschlüssel erstellen.</translation>
    </message>
    <message>
        <source>Paste the access key ID and secret access key here, and set the region to the one of step 1.</source>
        <translation>Fügen Sie hier die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel ein und stellen Sie die Region aus Schritt 1 ein.</translation>
    </message>
    <message>
        <source>No AWS access key is saved for %1.</source>
        <translation>Für %1 ist kein AWS-Zugriffsschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The AWS keys saved for %1 contain spaces or line breaks. Paste them again in Channels.</source>
        <translation>Die für %1 gespeicherten AWS-Schlüssel enthalten Leerzeichen oder Zeilenumbrüche. Fügen Sie sie unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>“%1” is not an AWS region. Use a region name such as us-east-1 in Channels.</source>
        <translation>„%1“ ist keine AWS-Region. Verwenden Sie unter „Kanäle“ einen Regionsnamen wie eu-central-1.</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>Für %1 ist keine Absenderadresse festgelegt. Tragen Sie eine unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The configuration set of %1 contains a line break.</source>
        <translation>Der Konfigurationssatz von %1 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>Der Betreff enthält einen Zeilenumbruch, mit dem versteckte E-Mail-Header eingefügt werden könnten. Entfernen Sie Zeilenumbrüche aus dem Betreff der Vorlage.</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation>Der Name des Kunden enthält einen Zeilenumbruch, daher wurde die Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Channels.</source>
        <translation>Der Absendername von %1 enthält einen Zeilenumbruch. Korrigieren Sie ihn unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>Die Benachrichtigung hat keine Empfängeradresse.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Channels.</source>
        <translation>Die Absenderadresse von %1 ist keine E-Mail-Adresse. Korrigieren Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation>Die Antwortadresse von %1 ist keine E-Mail-Adresse. Korrigieren Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation>Die Nachricht hat keinen Betreff.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation>Die Nachricht hat weder Text- noch HTML-Inhalt.</translation>
    </message>
    <message>
        <source>the AWS keys work in %1, but they may not read the SES account status (allow ses:GetAccount in IAM to see the sandbox state and sending quota here); only a test message proves they may send.</source>
        <translation>die AWS-Schlüssel funktionieren in %1, dürfen aber den Status des SES-Kontos nicht lesen (erlauben Sie ses:GetAccount in IAM, um hier den Sandbox-Status und das Sendekontingent zu sehen); nur eine Testnachricht beweist, dass sie senden dürfen.</translation>
    </message>
    <message>
        <source>Amazon SES did not accept the connection check (HTTP %1). Check the server address and region in Channels.</source>
        <translation>Amazon SES hat die Verbindungsprüfung nicht akzeptiert (HTTP %1). Prüfen Sie die Serveradresse und die Region unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Amazon SES answered the connection check in an unexpected way. Check the server address in Channels.</source>
        <translation>Amazon SES hat auf die Verbindungsprüfung unerwartet geantwortet. Prüfen Sie die Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The AWS keys work, but sending is paused for this SES account in %1. Open the SES console&apos;s Account dashboard to see why and resume sending.</source>
        <translation>Die AWS-Schlüssel funktionieren, aber das Senden ist für dieses SES-Konto in %1 pausiert. Öffnen Sie das Konto-Dashboard der SES-Konsole, um den Grund zu sehen und das Senden fortzusetzen.</translation>
    </message>
    <message>
        <source>the AWS keys work; the SES account in %1 has production access and may send %2 messages a day, %3 a second (%4 sent in the last 24 hours).</source>
        <translation>die AWS-Schlüssel funktionieren; das SES-Konto in %1 hat Produktionszugriff und darf %2 Nachrichten pro Tag senden, %3 pro Sekunde (%4 in den letzten 24 Stunden gesendet).</translation>
    </message>
    <message>
        <source>the AWS keys work, but the SES account in %1 is still in the sandbox: it may send only to verified addresses, %2 messages a day, %3 a second (%4 sent in the last 24 hours). Request production access in the SES console&apos;s Account dashboard to send to customers.</source>
        <translation>die AWS-Schlüssel funktionieren, aber das SES-Konto in %1 ist noch in der Sandbox: Es darf nur an verifizierte Adressen senden, %2 Nachrichten pro Tag, %3 pro Sekunde (%4 in den letzten 24 Stunden gesendet). Fordern Sie im Konto-Dashboard der SES-Konsole Produktionszugriff an, um an Kunden zu senden.</translation>
    </message>
    <message>
        <source>Amazon SES has put the account on probation for its bounce or complaint rate: see Reputation metrics in the SES console.</source>
        <translation>Amazon SES hat das Konto wegen seiner Bounce- oder Beschwerderate unter Beobachtung gestellt: siehe Reputationsmetriken in der SES-Konsole.</translation>
    </message>
    <message>
        <source>Amazon SES answered without a message ID, so Tidings cannot tell whether the message was sent. Check the SES sending statistics before sending it again.</source>
        <translation>Amazon SES hat ohne Nachrichten-ID geantwortet, daher kann Tidings nicht erkennen, ob die Nachricht gesendet wurde. Prüfen Sie die SES-Sendestatistik, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>Amazon SES is limiting how fast this account may send (%1). Tidings will try again shortly.</source>
        <translation>Amazon SES begrenzt, wie schnell dieses Konto senden darf (%1). Tidings versucht es gleich erneut.</translation>
    </message>
    <message>
        <source>Amazon SES had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Amazon SES hatte ein vorübergehendes Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Amazon SES is in sandbox mode: verify the recipient or request production access. (%1)</source>
        <translation>Amazon SES ist im Sandbox-Modus: Verifizieren Sie den Empfänger oder fordern Sie Produktionszugriff an. (%1)</translation>
    </message>
    <message>
        <source>Amazon SES rejected the message.</source>
        <translation>Amazon SES hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Amazon SES rejected the message: %1</source>
        <translation>Amazon SES hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>Amazon SES refused the sender: its MAIL FROM domain is not verified. Finish the custom MAIL FROM setup in SES (Identities) or turn it off.</source>
        <translation>Amazon SES hat den Absender abgelehnt: Seine MAIL-FROM-Domain ist nicht verifiziert. Schließen Sie die Einrichtung der benutzerdefinierten MAIL-FROM-Domain in SES (Identitäten) ab oder schalten Sie sie aus.</translation>
    </message>
    <message>
        <source>Amazon SES has suspended sending for this AWS account. Open the SES console&apos;s Account dashboard to see why.</source>
        <translation>Amazon SES hat das Senden für dieses AWS-Konto ausgesetzt. Öffnen Sie das Konto-Dashboard der SES-Konsole, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Sending is paused for this SES account or configuration set. Resume sending in the SES console.</source>
        <translation>Das Senden ist für dieses SES-Konto oder diesen Konfigurationssatz pausiert. Setzen Sie das Senden in der SES-Konsole fort.</translation>
    </message>
    <message>
        <source>Amazon SES does not know the configuration set of this channel. Check its name in Channels.</source>
        <translation>Amazon SES kennt den Konfigurationssatz dieses Kanals nicht. Prüfen Sie seinen Namen unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Amazon SES refused the request as too old: check that this computer&apos;s clock and time zone are right, and that temporary keys have not expired.</source>
        <translation>Amazon SES hat die Anfrage als zu alt abgelehnt: Prüfen Sie, ob Uhr und Zeitzone dieses Computers stimmen und ob temporäre Schlüssel nicht abgelaufen sind.</translation>
    </message>
    <message>
        <source>The AWS user of these keys may not send email. Allow ses:SendEmail for it in IAM.</source>
        <translation>Der AWS-Benutzer dieser Schlüssel darf keine E-Mails senden. Erlauben Sie ihm ses:SendEmail in IAM.</translation>
    </message>
    <message>
        <source>Amazon SES refused the AWS keys. Check the access key ID and secret access key in Channels (and that this computer&apos;s clock is right).</source>
        <translation>Amazon SES hat die AWS-Schlüssel abgelehnt. Prüfen Sie die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel unter „Kanäle“ (und ob die Uhr dieses Computers stimmt).</translation>
    </message>
    <message>
        <source>Amazon SES refused the request as invalid.</source>
        <translation>Amazon SES hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>Amazon SES refused the request as invalid: %1</source>
        <translation>Amazon SES hat die Anfrage als ungültig abgelehnt: %1</translation>
    </message>
    <message>
        <source>Amazon SES did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation>Amazon SES hat die Anfrage nicht erkannt (HTTP %1). Prüfen Sie die Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Amazon SES refused the message (HTTP %1).</source>
        <translation>Amazon SES hat die Nachricht abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Amazon SES refused the message (HTTP %1): %2</source>
        <translation>Amazon SES hat die Nachricht abgelehnt (HTTP %1): %2</translation>
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
        <translation>Neue Bestellungen, Zahlungen, Stornierungen, Erstattungen, Sendungen und Lagerbestände.</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Webhook-Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Shopify shows it under Settings → Notifications → Webhooks: &quot;Your webhooks will be signed with …&quot;. Copy it here.</source>
        <translation>Shopify zeigt es unter Einstellungen → Benachrichtigungen → Webhooks an: „Deine Webhooks werden signiert mit …“. Kopieren Sie es hierher.</translation>
    </message>
    <message>
        <source>In Shopify admin, open Settings → Notifications → Webhooks.</source>
        <translation>Öffnen Sie im Shopify-Adminbereich Einstellungen → Benachrichtigungen → Webhooks.</translation>
    </message>
    <message>
        <source>Click &quot;Create webhook&quot;, choose the event &quot;Order creation&quot;, format JSON, and paste this URL: %1</source>
        <translation>Klicken Sie auf „Webhook erstellen“, wählen Sie das Ereignis „Order creation“ (Bestellerstellung) und das Format JSON und fügen Sie diese URL ein: %1</translation>
    </message>
    <message>
        <source>Copy the signing secret shown under the list of webhooks and paste it into Tidings.</source>
        <translation>Kopieren Sie das unter der Webhook-Liste angezeigte Signaturgeheimnis und fügen Sie es in Tidings ein.</translation>
    </message>
    <message>
        <source>Click &quot;Send test notification&quot; in Shopify: the event appears in Tidings&apos; Monitor.</source>
        <translation>Klicken Sie in Shopify auf „Testbenachrichtigung senden“: Das Ereignis erscheint im Monitor von Tidings.</translation>
    </message>
    <message>
        <source>Test item from Tidings</source>
        <translation>Testartikel von Tidings</translation>
    </message>
    <message>
        <source>A test event sent by Tidings to check this connection. Nobody is notified.</source>
        <translation>Ein Testereignis, das Tidings gesendet hat, um diese Verbindung zu prüfen. Niemand wird benachrichtigt.</translation>
    </message>
    <message>
        <source>A request reached this shop&apos;s webhook address without a Shopify signature, so it was refused. Only Shopify should send requests to this address.</source>
        <translation>Eine Anfrage erreichte die Webhook-Adresse dieses Shops ohne Shopify-Signatur und wurde daher abgewiesen. Nur Shopify sollte Anfragen an diese Adresse senden.</translation>
    </message>
    <message>
        <source>No webhook signing secret is saved for this shop, so its webhooks cannot be checked and were refused. Add the secret in Connections.</source>
        <translation>Für diesen Shop ist kein Webhook-Signaturgeheimnis gespeichert, daher können seine Webhooks nicht geprüft werden und wurden abgewiesen. Tragen Sie das Geheimnis unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match the signing secret saved for this shop. Check the secret in Connections.</source>
        <translation>Die Signatur des Webhooks passt nicht zum Signaturgeheimnis, das für diesen Shop gespeichert ist. Prüfen Sie das Geheimnis unter „Verbindungen“.</translation>
    </message>
    <message>
        <source>Shopify sent a webhook without a topic, so Tidings cannot tell what happened.</source>
        <translation>Shopify hat einen Webhook ohne Thema (Topic) gesendet, daher kann Tidings nicht erkennen, was passiert ist.</translation>
    </message>
    <message>
        <source>Shopify sent a webhook (%1) whose content is not valid JSON, so it could not be read.</source>
        <translation>Shopify hat einen Webhook (%1) gesendet, dessen Inhalt kein gültiges JSON ist; er konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Shopify sent a webhook (%1) whose content is not a JSON object, so it is not an order or a fulfillment.</source>
        <translation>Shopify hat einen Webhook (%1) gesendet, dessen Inhalt kein JSON-Objekt ist; es ist also weder eine Bestellung noch eine Ausführung.</translation>
    </message>
    <message>
        <source>Shopify sent an order without an id, so it cannot be matched to an order.</source>
        <translation>Shopify hat eine Bestellung ohne ID gesendet, daher kann sie keiner Bestellung zugeordnet werden.</translation>
    </message>
    <message>
        <source>Shopify sent a fulfillment without its id or its order&apos;s id, so it cannot be matched to an order.</source>
        <translation>Shopify hat eine Ausführung ohne ihre ID oder die ID ihrer Bestellung gesendet, daher kann sie keiner Bestellung zugeordnet werden.</translation>
    </message>
    <message>
        <source>Shopify sent a delivery update without its shipment or order, so it cannot be matched to an order.</source>
        <translation>Shopify hat ein Zustellungs-Update ohne Sendung oder Bestellung gesendet, daher kann es keiner Bestellung zugeordnet werden.</translation>
    </message>
    <message>
        <source>Shopify sent a refund without its order, so it cannot be matched to an order.</source>
        <translation>Shopify hat eine Erstattung ohne ihre Bestellung gesendet, daher kann sie keiner Bestellung zugeordnet werden.</translation>
    </message>
    <message>
        <source>Shopify sent a stock update without its inventory item, so it cannot be matched to a product.</source>
        <translation>Shopify hat ein Lagerbestands-Update ohne seinen Inventarartikel gesendet, daher kann es keinem Produkt zugeordnet werden.</translation>
    </message>
    <message>
        <source>Repeat for &quot;Order update&quot;, &quot;Order payment&quot;, &quot;Order cancellation&quot;, &quot;Order fulfillment&quot;, &quot;Fulfillment creation&quot;, &quot;Fulfillment update&quot;, &quot;Refund create&quot;, &quot;Inventory level update&quot; and &quot;Product update&quot; (it names the SKU of each stock level).</source>
        <translation>Wiederholen Sie dies für „Order update“, „Order payment“, „Order cancellation“, „Order fulfillment“, „Fulfillment creation“, „Fulfillment update“, „Refund create“, „Inventory level update“ und „Product update“ (dieses Ereignis nennt die SKU zu jedem Lagerbestand).</translation>
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
        <translation>Neue Bestellungen, Zahlungen, Stornierungen, Erstattungen, Ausführungen und Sendungsverfolgung, alle paar Minuten gelesen.</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Admin-API-Zugriffstoken</translation>
    </message>
    <message>
        <source>Starts with &quot;shpat_&quot;. Shopify shows it once, when the app is installed.</source>
        <translation>Beginnt mit „shpat_“. Shopify zeigt es einmal an, wenn die App installiert wird.</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Shop-Adresse</translation>
    </message>
    <message>
        <source>Your shop&apos;s myshopify.com address, not its public domain.</source>
        <translation>Die myshopify.com-Adresse Ihres Shops, nicht seine öffentliche Domain.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Leave empty unless Shopify support asks for another.</source>
        <translation>Leer lassen, außer der Shopify-Support bittet um eine andere.</translation>
    </message>
    <message>
        <source>In Shopify admin, open Settings → Apps and sales channels → Develop apps, and click &quot;Create an app&quot;. Name it &quot;Tidings&quot;.</source>
        <translation>Öffnen Sie im Shopify-Adminbereich Einstellungen → Apps und Vertriebskanäle → Apps entwickeln und klicken Sie auf „App erstellen“. Nennen Sie sie „Tidings“.</translation>
    </message>
    <message>
        <source>Under Configuration → Admin API integration, tick read_orders (and read_all_orders to reach back more than 60 days), then Save.</source>
        <translation>Haken Sie unter Konfiguration → Admin API-Integration read_orders an (und read_all_orders, um mehr als 60 Tage zurückzureichen) und klicken Sie dann auf Speichern.</translation>
    </message>
    <message>
        <source>Click &quot;Install app&quot;, then reveal the Admin API access token once and paste it here.</source>
        <translation>Klicken Sie auf „App installieren“, lassen Sie sich dann das Admin-API-Zugriffstoken einmal anzeigen und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>Shopify answered with something that is not the list of orders Tidings asked for. Tidings will ask again.</source>
        <translation>Shopify hat mit etwas geantwortet, das nicht die von Tidings angeforderte Bestellliste ist. Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>Shopify asked Tidings to slow down. Tidings will ask again when Shopify allows it.</source>
        <translation>Shopify hat Tidings gebeten, langsamer zu werden. Tidings fragt erneut, sobald Shopify es zulässt.</translation>
    </message>
    <message>
        <source>Shopify refused Tidings&apos; question about orders: %1. Check that the access token may read orders (read_orders).</source>
        <translation>Shopify hat die Abfrage von Tidings zu Bestellungen abgelehnt: %1. Prüfen Sie, ob das Zugriffstoken Bestellungen lesen darf (read_orders).</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer did not contain the list of orders. Tidings will ask again.</source>
        <translation>Die Antwort von Shopify enthielt die Bestellliste nicht. Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>No Shopify access token is saved for &quot;%1&quot;, so its orders cannot be read. Add the Admin API access token in Connections.</source>
        <translation>Für „%1“ ist kein Shopify-Zugriffstoken gespeichert, daher können die Bestellungen nicht gelesen werden. Tragen Sie das Admin-API-Zugriffstoken unter „Verbindungen“ ein.</translation>
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
        <translation>Eine Nachricht an den Slack-Channel Ihres Teams über eine Slack-App (chat.postMessage).</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>Slack app settings → OAuth &amp; Permissions → Bot User OAuth Token. It starts with xoxb-.</source>
        <translation>Slack-App-Einstellungen → OAuth &amp; Permissions → Bot User OAuth Token. Es beginnt mit xoxb-.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Leave empty for https://slack.com.</source>
        <translation>Leer lassen für https://slack.com.</translation>
    </message>
    <message>
        <source>Slack channel</source>
        <translation>Slack-Channel</translation>
    </message>
    <message>
        <source>The channel&apos;s ID (in Slack: the channel&apos;s name → About → Channel ID), e.g. C0123456789.</source>
        <translation>Die ID des Channels (in Slack: Name des Channels → Info → Channel-ID), z. B. C0123456789.</translation>
    </message>
    <message>
        <source>Open api.slack.com/apps → Create New App → From scratch, and pick your workspace.</source>
        <translation>Öffnen Sie api.slack.com/apps → Create New App → From scratch und wählen Sie Ihren Workspace.</translation>
    </message>
    <message>
        <source>Under OAuth &amp; Permissions → Scopes → Bot Token Scopes, add chat:write.</source>
        <translation>Fügen Sie unter OAuth &amp; Permissions → Scopes → Bot Token Scopes chat:write hinzu.</translation>
    </message>
    <message>
        <source>Click Install to Workspace and allow it. Copy the Bot User OAuth Token (xoxb-…) and paste it here.</source>
        <translation>Klicken Sie auf Install to Workspace und erlauben Sie es. Kopieren Sie das Bot User OAuth Token (xoxb-…) und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>In Slack, open the channel for order news and type /invite @your-app-name, so the app may post there.</source>
        <translation>Öffnen Sie in Slack den Channel für Bestellneuigkeiten und geben Sie /invite @name-ihrer-app ein, damit die App dort posten darf.</translation>
    </message>
    <message>
        <source>Copy the channel ID (channel name → About, at the bottom) into Slack channel.</source>
        <translation>Kopieren Sie die Channel-ID (Name des Channels → Info, ganz unten) in das Feld „Slack-Channel“.</translation>
    </message>
    <message>
        <source>No bot token is saved for %1.</source>
        <translation>Für %1 ist kein Bot-Token gespeichert.</translation>
    </message>
    <message>
        <source>The bot token saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Das für %1 gespeicherte Bot-Token enthält Leerzeichen oder Zeilenumbrüche. Fügen Sie es unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>No Slack channel is set for %1. Add the channel ID in Channels.</source>
        <translation>Für %1 ist kein Slack-Channel festgelegt. Tragen Sie die Channel-ID unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The Slack channel of %1 contains spaces or line breaks. Use the channel ID, e.g. C0123456789.</source>
        <translation>Der Slack-Channel von %1 enthält Leerzeichen oder Zeilenumbrüche. Verwenden Sie die Channel-ID, z. B. C0123456789.</translation>
    </message>
    <message>
        <source>The subject contains a line break. Remove line breaks from the template&apos;s subject.</source>
        <translation>Der Betreff enthält einen Zeilenumbruch. Entfernen Sie Zeilenumbrüche aus dem Betreff der Vorlage.</translation>
    </message>
    <message>
        <source>The message has neither a subject nor text.</source>
        <translation>Die Nachricht hat weder Betreff noch Text.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Tidings · notification %1</source>
        <translation>Tidings · Benachrichtigung %1</translation>
    </message>
    <message>
        <source>%1 · Tidings notification %2</source>
        <translation>%1 · Tidings-Benachrichtigung %2</translation>
    </message>
    <message>
        <source>Track the parcel</source>
        <translation>Paket verfolgen</translation>
    </message>
    <message>
        <source>Slack is limiting how often this app may call it. Try the check again in a minute.</source>
        <translation>Slack begrenzt, wie oft diese App es aufrufen darf. Wiederholen Sie die Prüfung in einer Minute.</translation>
    </message>
    <message>
        <source>Slack had a temporary problem (%1). Try the check again later.</source>
        <translation>Slack hatte ein vorübergehendes Problem (%1). Wiederholen Sie die Prüfung später.</translation>
    </message>
    <message>
        <source>Slack refused the check (HTTP %1).</source>
        <translation>Slack hat die Prüfung abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Slack refused the check: %1</source>
        <translation>Slack hat die Prüfung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The Slack bot token works, but the app may not post messages. Add the chat:write scope under OAuth &amp; Permissions, reinstall the app and paste the new token in Channels.</source>
        <translation>Das Slack-Bot-Token funktioniert, aber die App darf keine Nachrichten posten. Fügen Sie unter OAuth &amp; Permissions den Scope chat:write hinzu, installieren Sie die App neu und fügen Sie das neue Token unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>the bot token works and may post messages.</source>
        <translation>das Bot-Token funktioniert und darf Nachrichten posten.</translation>
    </message>
    <message>
        <source>the bot token works.</source>
        <translation>das Bot-Token funktioniert.</translation>
    </message>
    <message>
        <source>the bot token works in the workspace “%1” and may post messages.</source>
        <translation>das Bot-Token funktioniert im Workspace „%1“ und darf Nachrichten posten.</translation>
    </message>
    <message>
        <source>the bot token works in the workspace “%1”.</source>
        <translation>das Bot-Token funktioniert im Workspace „%1“.</translation>
    </message>
    <message>
        <source>Slack is limiting how fast messages may be posted (about one a second per channel). Tidings will try again when Slack allows it.</source>
        <translation>Slack begrenzt, wie schnell Nachrichten gepostet werden dürfen (etwa eine pro Sekunde und Channel). Tidings versucht es erneut, sobald Slack es zulässt.</translation>
    </message>
    <message>
        <source>Slack had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Slack hatte ein vorübergehendes Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Slack answered with a redirect (HTTP %1). Check the Slack server address in Channels.</source>
        <translation>Slack hat mit einer Weiterleitung geantwortet (HTTP %1). Prüfen Sie die Slack-Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Slack did not recognise the request (HTTP %1). Check the Slack server address in Channels.</source>
        <translation>Slack hat die Anfrage nicht erkannt (HTTP %1). Prüfen Sie die Slack-Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Slack refused the message (HTTP %1).</source>
        <translation>Slack hat die Nachricht abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Slack&apos;s answer could not be read; something between Tidings and Slack may have answered instead. Tidings will try again.</source>
        <translation>Die Antwort von Slack konnte nicht gelesen werden; möglicherweise hat etwas zwischen Tidings und Slack stattdessen geantwortet. Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Slack refused the bot token: it is wrong, was revoked, or the app was removed from the workspace. Paste the current Bot User OAuth Token (xoxb-…) in Channels.</source>
        <translation>Slack hat das Bot-Token abgelehnt: Es ist falsch, wurde widerrufen oder die App wurde aus dem Workspace entfernt. Fügen Sie das aktuelle Bot User OAuth Token (xoxb-…) unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The Slack app may not post messages. Add the chat:write scope under OAuth &amp; Permissions and reinstall the app.</source>
        <translation>Die Slack-App darf keine Nachrichten posten. Fügen Sie unter OAuth &amp; Permissions den Scope chat:write hinzu und installieren Sie die App neu.</translation>
    </message>
    <message>
        <source>Slack does not know the channel set for this connection, or the app cannot see it. Check the channel ID in Channels and invite the app to the channel (/invite @app).</source>
        <translation>Slack kennt den für diese Verbindung festgelegten Channel nicht, oder die App kann ihn nicht sehen. Prüfen Sie die Channel-ID unter „Kanäle“ und laden Sie die App in den Channel ein (/invite @app).</translation>
    </message>
    <message>
        <source>The Slack app is not a member of the channel. In Slack, type /invite @your-app-name in that channel.</source>
        <translation>Die Slack-App ist kein Mitglied des Channels. Geben Sie in Slack in diesem Channel /invite @name-ihrer-app ein.</translation>
    </message>
    <message>
        <source>The Slack channel is archived. Unarchive it or choose another channel in Channels.</source>
        <translation>Der Slack-Channel ist archiviert. Heben Sie die Archivierung auf oder wählen Sie unter „Kanäle“ einen anderen Channel.</translation>
    </message>
    <message>
        <source>The message is too long for Slack. Shorten the template&apos;s text.</source>
        <translation>Die Nachricht ist zu lang für Slack. Kürzen Sie den Text der Vorlage.</translation>
    </message>
    <message>
        <source>Slack refused the message&apos;s layout (%1). The message was not posted.</source>
        <translation>Slack hat das Layout der Nachricht abgelehnt (%1). Die Nachricht wurde nicht gepostet.</translation>
    </message>
    <message>
        <source>Slack had a temporary problem (%1). Tidings will try again.</source>
        <translation>Slack hatte ein vorübergehendes Problem (%1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Slack refused the message.</source>
        <translation>Slack hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Slack refused the message: %1</source>
        <translation>Slack hat die Nachricht abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::SlackWebhookChannel</name>
    <message>
        <source>Slack (incoming webhook)</source>
        <translation>Slack (eingehender Webhook)</translation>
    </message>
    <message>
        <source>A message to one Slack channel through an incoming webhook URL.</source>
        <translation>Eine Nachricht an einen Slack-Channel über eine Incoming-Webhook-URL.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Slack app settings → Incoming Webhooks → Webhook URL. It starts with https://hooks.slack.com/services/ and works like a password.</source>
        <translation>Slack-App-Einstellungen → Incoming Webhooks → Webhook URL. Sie beginnt mit https://hooks.slack.com/services/ und funktioniert wie ein Passwort.</translation>
    </message>
    <message>
        <source>Open api.slack.com/apps → Create New App → From scratch, and pick your workspace.</source>
        <translation>Öffnen Sie api.slack.com/apps → Create New App → From scratch und wählen Sie Ihren Workspace.</translation>
    </message>
    <message>
        <source>Open Incoming Webhooks, switch them on, and click Add New Webhook to Workspace.</source>
        <translation>Öffnen Sie Incoming Webhooks, schalten Sie sie ein und klicken Sie auf Add New Webhook to Workspace.</translation>
    </message>
    <message>
        <source>Choose the channel for order news and click Allow.</source>
        <translation>Wählen Sie den Channel für Bestellneuigkeiten und klicken Sie auf Allow.</translation>
    </message>
    <message>
        <source>Copy the Webhook URL and paste it here. Anyone with this URL can post to the channel: keep it private.</source>
        <translation>Kopieren Sie die Webhook-URL und fügen Sie sie hier ein. Jeder mit dieser URL kann in den Channel posten: Halten Sie sie geheim.</translation>
    </message>
    <message>
        <source>No webhook URL is saved for %1.</source>
        <translation>Für %1 ist keine Webhook-URL gespeichert.</translation>
    </message>
    <message>
        <source>The webhook URL saved for %1 is not a web address. Paste it again in Channels.</source>
        <translation>Die für %1 gespeicherte Webhook-URL ist keine Webadresse. Fügen Sie sie unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>The webhook URL saved for %1 is not a Slack webhook: it must start with https://hooks.slack.com/. Paste it again in Channels.</source>
        <translation>Die für %1 gespeicherte Webhook-URL ist kein Slack-Webhook: Sie muss mit https://hooks.slack.com/ beginnen. Fügen Sie sie unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>The webhook URL saved for %1 must start with https://. Paste it again in Channels.</source>
        <translation>Die für %1 gespeicherte Webhook-URL muss mit https:// beginnen. Fügen Sie sie unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>Slack is limiting how fast this webhook may post (about one message a second). Tidings will try again when Slack allows it.</source>
        <translation>Slack begrenzt, wie schnell dieser Webhook posten darf (etwa eine Nachricht pro Sekunde). Tidings versucht es erneut, sobald Slack es zulässt.</translation>
    </message>
    <message>
        <source>Slack had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Slack hatte ein vorübergehendes Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Slack no longer accepts this webhook URL: the webhook or its app was removed. Add a new incoming webhook in Slack and paste its URL in Channels.</source>
        <translation>Slack akzeptiert diese Webhook-URL nicht mehr: Der Webhook oder seine App wurde entfernt. Fügen Sie in Slack einen neuen eingehenden Webhook hinzu und fügen Sie seine URL unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The Slack channel of this webhook no longer exists. Add a new incoming webhook for an existing channel.</source>
        <translation>Der Slack-Channel dieses Webhooks existiert nicht mehr. Fügen Sie einen neuen eingehenden Webhook für einen bestehenden Channel hinzu.</translation>
    </message>
    <message>
        <source>The Slack channel of this webhook is archived. Unarchive it or add a webhook for another channel.</source>
        <translation>Der Slack-Channel dieses Webhooks ist archiviert. Heben Sie die Archivierung auf oder fügen Sie einen Webhook für einen anderen Channel hinzu.</translation>
    </message>
    <message>
        <source>A Slack workspace admin has restricted posting to this channel, so the webhook may not post there.</source>
        <translation>Ein Workspace-Admin von Slack hat das Posten in diesem Channel eingeschränkt, daher darf der Webhook dort nicht posten.</translation>
    </message>
    <message>
        <source>Slack refused the message&apos;s layout (%1). The message was not posted.</source>
        <translation>Slack hat das Layout der Nachricht abgelehnt (%1). Die Nachricht wurde nicht gepostet.</translation>
    </message>
    <message>
        <source>Slack answered with a redirect (HTTP %1). Check the webhook URL in Channels.</source>
        <translation>Slack hat mit einer Weiterleitung geantwortet (HTTP %1). Prüfen Sie die Webhook-URL unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Slack refused the message (HTTP %1).</source>
        <translation>Slack hat die Nachricht abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Tidings::SmtpChannel</name>
    <message>
        <source>Email server (SMTP)</source>
        <translation>E-Mail-Server (SMTP)</translation>
    </message>
    <message>
        <source>Email through any mail server that accepts SMTP with a password or an OAuth token.</source>
        <translation>E-Mails über jeden Mailserver, der SMTP mit Passwort oder OAuth-Token akzeptiert.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password of the mailbox or an app password.</source>
        <translation>Das Passwort des Postfachs oder ein App-Passwort.</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>Instead of a password, for servers that ask for XOAUTH2.</source>
        <translation>Statt eines Passworts, für Server, die XOAUTH2 verlangen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The mail server&apos;s name, from your email provider.</source>
        <translation>Der Name des Mailservers, von Ihrem E-Mail-Anbieter.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>587 (STARTTLS, the usual choice) or 465 (TLS from the start).</source>
        <translation>587 (STARTTLS, die übliche Wahl) oder 465 (TLS von Anfang an).</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>starttls (port 587), tls (port 465), or none-local-only for a relay on this computer.</source>
        <translation>starttls (Port 587), tls (Port 465) oder none-local-only für ein Relay auf diesem Computer.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Usually your full email address.</source>
        <translation>Meist Ihre vollständige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>An address the server lets you send from.</source>
        <translation>Eine Adresse, von der der Server Sie senden lässt.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Was Kunden als Absender sehen.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Wohin Antworten von Kunden gehen, wenn nicht an die Absenderadresse.</translation>
    </message>
    <message>
        <source>Find your email provider&apos;s outgoing mail (SMTP) server name and port in its help pages.</source>
        <translation>Suchen Sie in den Hilfeseiten Ihres E-Mail-Anbieters den Namen und den Port des Postausgangsservers (SMTP).</translation>
    </message>
    <message>
        <source>If your provider uses two-step sign-in, create an app password for Tidings.</source>
        <translation>Wenn Ihr Anbieter eine Anmeldung in zwei Schritten verwendet, erstellen Sie ein App-Passwort für Tidings.</translation>
    </message>
    <message>
        <source>Enter the server, port, user name and password here.</source>
        <translation>Geben Sie hier Server, Port, Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>SendGrid (SMTP relay)</source>
        <translation>SendGrid (SMTP-Relay)</translation>
    </message>
    <message>
        <source>Email through SendGrid&apos;s SMTP relay at smtp.sendgrid.net, with an API key.</source>
        <translation>E-Mails über das SMTP-Relay von SendGrid unter smtp.sendgrid.net, mit einem API-Schlüssel.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>SendGrid → Settings → API Keys → Create API Key with Mail Send allowed. It starts with SG.</source>
        <translation>SendGrid → Settings → API Keys → Create API Key, mit Mail Send erlaubt. Er beginnt mit SG.</translation>
    </message>
    <message>
        <source>A verified sender or an address of an authenticated domain.</source>
        <translation>Ein verifizierter Absender oder eine Adresse einer authentifizierten Domain.</translation>
    </message>
    <message>
        <source>In SendGrid, open Settings → Sender Authentication and verify your sender address or domain.</source>
        <translation>Öffnen Sie in SendGrid Settings → Sender Authentication und verifizieren Sie Ihre Absenderadresse oder Domain.</translation>
    </message>
    <message>
        <source>Open Settings → API Keys → Create API Key, allow Mail Send, and paste the key here.</source>
        <translation>Öffnen Sie Settings → API Keys → Create API Key, erlauben Sie Mail Send und fügen Sie den Schlüssel hier ein.</translation>
    </message>
    <message>
        <source>No mail server is set for %1. Add it in Channels.</source>
        <translation>Für %1 ist kein Mailserver festgelegt. Tragen Sie ihn unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The mail server name of %1 is not valid. Correct it in Channels.</source>
        <translation>Der Mailservername von %1 ist ungültig. Korrigieren Sie ihn unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The encryption of %1 must be starttls, tls or none-local-only.</source>
        <translation>Die Verschlüsselung von %1 muss starttls, tls oder none-local-only sein.</translation>
    </message>
    <message>
        <source>%1 may send without encryption only to a mail server on this computer.</source>
        <translation>%1 darf nur an einen Mailserver auf diesem Computer unverschlüsselt senden.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Der für %1 gespeicherte API-Schlüssel enthält Leerzeichen oder Zeilenumbrüche. Fügen Sie ihn unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>Für %1 ist keine Absenderadresse festgelegt. Tragen Sie eine unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>%1:%2 over TLS</source>
        <translation>%1:%2 über TLS</translation>
    </message>
    <message>
        <source>%1:%2 over STARTTLS</source>
        <translation>%1:%2 über STARTTLS</translation>
    </message>
    <message>
        <source>%1:%2 without encryption (this computer only)</source>
        <translation>%1:%2 ohne Verschlüsselung (nur dieser Computer)</translation>
    </message>
    <message>
        <source>the API key signs in to SendGrid&apos;s SMTP relay (%1).</source>
        <translation>der API-Schlüssel meldet sich am SMTP-Relay von SendGrid an (%1).</translation>
    </message>
    <message>
        <source>the mail server (%1) accepted the sign-in.</source>
        <translation>der Mailserver (%1) hat die Anmeldung akzeptiert.</translation>
    </message>
    <message>
        <source>the mail server (%1) answered, but it offers no sign-in (AUTH), so the password was not checked; only a test message shows whether it relays mail.</source>
        <translation>der Mailserver (%1) hat geantwortet, bietet aber keine Anmeldung (AUTH) an, daher wurde das Passwort nicht geprüft; nur eine Testnachricht zeigt, ob er E-Mails weiterleitet.</translation>
    </message>
    <message>
        <source>the mail server (%1) answered; no user name is set, so Tidings does not sign in.</source>
        <translation>der Mailserver (%1) hat geantwortet; es ist kein Benutzername festgelegt, daher meldet sich Tidings nicht an.</translation>
    </message>
    <message>
        <source>SendGrid&apos;s SMTP relay is busy or had a temporary problem. Try again shortly.</source>
        <translation>Das SMTP-Relay von SendGrid ist ausgelastet oder hatte ein vorübergehendes Problem. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The mail server of %1 is busy or had a temporary problem. Try again shortly.</source>
        <translation>Der Mailserver von %1 ist ausgelastet oder hatte ein vorübergehendes Problem. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>SendGrid&apos;s SMTP relay refused the API key. Check the key in Channels (it needs the Mail Send permission).</source>
        <translation>Das SMTP-Relay von SendGrid hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel unter „Kanäle“ (er braucht die Berechtigung Mail Send).</translation>
    </message>
    <message>
        <source>The mail server of %1 refused the user name or password. Check them in Channels (some providers need an app password).</source>
        <translation>Der Mailserver von %1 hat den Benutzernamen oder das Passwort abgelehnt. Prüfen Sie beides unter „Kanäle“ (manche Anbieter verlangen ein App-Passwort).</translation>
    </message>
    <message>
        <source>SendGrid&apos;s SMTP relay refused the connection check.</source>
        <translation>Das SMTP-Relay von SendGrid hat die Verbindungsprüfung abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server of %1 refused the connection check.</source>
        <translation>Der Mailserver von %1 hat die Verbindungsprüfung abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server (%1) did not answer in time. Check the server name, port and encryption in Channels.</source>
        <translation>Der Mailserver (%1) hat nicht rechtzeitig geantwortet. Prüfen Sie Servername, Port und Verschlüsselung unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The mail server (%1) does not offer encryption (STARTTLS). Try port 465 with encryption tls, or ask your email provider for the right settings.</source>
        <translation>Der Mailserver (%1) bietet keine Verschlüsselung (STARTTLS) an. Versuchen Sie Port 465 mit der Verschlüsselung tls oder fragen Sie Ihren E-Mail-Anbieter nach den richtigen Einstellungen.</translation>
    </message>
    <message>
        <source>Could not reach the mail server (%1). Check the server name and port in Channels, and the internet connection.</source>
        <translation>Der Mailserver (%1) war nicht erreichbar. Prüfen Sie Servername und Port unter „Kanäle“ sowie die Internetverbindung.</translation>
    </message>
    <message>
        <source>The mail server of %1 is busy or had a temporary problem; Tidings will try again.</source>
        <translation>Der Mailserver von %1 ist ausgelastet oder hatte ein vorübergehendes Problem; Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>The mail server of %1 refused the recipient or sender address.</source>
        <translation>Der Mailserver von %1 hat die Empfänger- oder Absenderadresse abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server of %1 says the message is too big.</source>
        <translation>Der Mailserver von %1 meldet, dass die Nachricht zu groß ist.</translation>
    </message>
    <message>
        <source>The mail server of %1 refused the message.</source>
        <translation>Der Mailserver von %1 hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server of %1 did not answer in time; Tidings will try again.</source>
        <translation>Der Mailserver von %1 hat nicht rechtzeitig geantwortet; Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>The mail server of %1 does not offer encryption (STARTTLS), so nothing was sent.</source>
        <translation>Der Mailserver von %1 bietet keine Verschlüsselung (STARTTLS) an, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Could not reach the mail server of %1; Tidings will try again.</source>
        <translation>Der Mailserver von %1 war nicht erreichbar; Tidings versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>Tidings::SourceCursors</name>
    <message>
        <source>Tidings could not read where it stopped reading a source.</source>
        <translation>Tidings konnte nicht lesen, wo es beim Lesen einer Quelle aufgehört hat.</translation>
    </message>
    <message>
        <source>Tidings could not save where it stopped reading a source.</source>
        <translation>Tidings konnte nicht speichern, wo es beim Lesen einer Quelle aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>Tidings::SourceHealthQueries</name>
    <message>
        <source>Tidings could not read how your connections are doing.</source>
        <translation>Tidings konnte nicht lesen, wie es Ihren Verbindungen geht.</translation>
    </message>
</context>
<context>
    <name>Tidings::SqliteStatement</name>
    <message>
        <source>The database connection is not a SQLite connection.</source>
        <translation>Die Datenbankverbindung ist keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>The statement is not prepared.</source>
        <translation>Die Anweisung ist nicht vorbereitet.</translation>
    </message>
</context>
<context>
    <name>Tidings::Status</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Teilweise versendet</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Versandetikett erstellt</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivery attempted</source>
        <translation>Zustellversuch erfolgt</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Zur Abholung bereit</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Zustellproblem</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>An Absender zurückgesendet</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Geringer Bestand</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht auf Lager</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Wieder auf Lager</translation>
    </message>
</context>
<context>
    <name>Tidings::StockLedger</name>
    <message>
        <source>Stock from the first poll: stored, nothing sent</source>
        <translation>Lagerbestand aus dem ersten Abruf: gespeichert, nichts gesendet</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; sends text messages, but waiting customers leave only an email address.</source>
        <translation>Regel „%1“ sendet SMS, aber wartende Kunden hinterlassen nur eine E-Mail-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting customer(s) told</source>
        <translation>
            <numerusform>%n wartender Kunde informiert</numerusform>
            <numerusform>%n wartende Kunden informiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::SubscriptionCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least &quot;sku&quot; and &quot;email&quot; (found: %1).</source>
        <translation>Die erste Zeile muss die Spalten benennen, mindestens „sku“ und „email“ (gefunden: %1).</translation>
    </message>
    <message>
        <source>Line %1: no SKU, so Tidings cannot tell which product the customer waits for.</source>
        <translation>Zeile %1: keine SKU, daher kann Tidings nicht erkennen, auf welches Produkt der Kunde wartet.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not an email address.</source>
        <translation>Zeile %1: „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date Tidings can read (use 2026-11-30 or 2026-11-30T09:15:00Z); the customer was added in the file&apos;s order.</source>
        <translation>Zeile %1: „%2“ ist kein Datum, das Tidings lesen kann (verwenden Sie 2026-11-30 oder 2026-11-30T09:15:00Z); der Kunde wurde in der Reihenfolge der Datei hinzugefügt.</translation>
    </message>
    <message>
        <source>Only the first %1 customers were read; split the file to add more.</source>
        <translation>Nur die ersten %1 Kunden wurden gelesen; teilen Sie die Datei auf, um weitere hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateBundle</name>
    <message>
        <source>The file is larger than %1 MB: it is not a templates file Tidings wrote.</source>
        <translation>Die Datei ist größer als %1 MB: Sie ist keine Vorlagendatei, die Tidings geschrieben hat.</translation>
    </message>
    <message>
        <source>This is not a templates file from Tidings. Choose a file made with Export Templates.</source>
        <translation>Dies ist keine Vorlagendatei von Tidings. Wählen Sie eine Datei, die mit „Vorlagen exportieren“ erstellt wurde.</translation>
    </message>
    <message>
        <source>The templates file has no version Tidings knows.</source>
        <translation>Die Vorlagendatei hat keine Version, die Tidings kennt.</translation>
    </message>
    <message>
        <source>The templates file comes from a newer Tidings. Update Tidings on this computer first.</source>
        <translation>Die Vorlagendatei stammt aus einer neueren Tidings-Version. Aktualisieren Sie Tidings zuerst auf diesem Computer.</translation>
    </message>
    <message>
        <source>The brand kit in the templates file is damaged.</source>
        <translation>Das Marken-Kit in der Vorlagendatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The templates file has no list of templates.</source>
        <translation>Die Vorlagendatei enthält keine Liste von Vorlagen.</translation>
    </message>
    <message>
        <source>The templates file has %1 templates; Tidings takes at most %2 at a time.</source>
        <translation>Die Vorlagendatei enthält %1 Vorlagen; Tidings übernimmt höchstens %2 auf einmal.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <source>Template %1 in the file has no usable id (lower-case letters, digits and _).</source>
        <translation>Vorlage %1 in der Datei hat keine verwendbare Kennung (Kleinbuchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>Template %1 in the file has a language Tidings does not know (&quot;%2&quot;): use two letters such as &quot;de&quot;, or none.</source>
        <translation>Vorlage %1 in der Datei hat eine Sprache, die Tidings nicht kennt („%2“): Verwenden Sie zwei Buchstaben wie „de“ oder keine.</translation>
    </message>
    <message>
        <source>Template %1 in the file is for &quot;%2&quot;; Tidings has email, chat and text message templates.</source>
        <translation>Vorlage %1 in der Datei ist für „%2“; Tidings hat Vorlagen für E-Mail, Chat und SMS.</translation>
    </message>
    <message>
        <source>Template %1 in the file is too long.</source>
        <translation>Vorlage %1 in der Datei ist zu lang.</translation>
    </message>
    <message>
        <source>Template %1 is in the file twice.</source>
        <translation>Vorlage %1 ist zweimal in der Datei.</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateRenderer</name>
    <message>
        <source>The subject of this template has a mistake (%1). Check that every {{#section}} is closed with {{/section}} and every tag ends with }}.</source>
        <translation>Der Betreff dieser Vorlage enthält einen Fehler (%1). Prüfen Sie, ob jede {{#section}} mit {{/section}} geschlossen wird und jedes Tag mit }} endet.</translation>
    </message>
    <message>
        <source>The HTML part of this template has a mistake (%1). Check that every {{#section}} is closed with {{/section}} and every tag ends with }}.</source>
        <translation>Der HTML-Teil dieser Vorlage enthält einen Fehler (%1). Prüfen Sie, ob jede {{#section}} mit {{/section}} geschlossen wird und jedes Tag mit }} endet.</translation>
    </message>
    <message>
        <source>The text part of this template has a mistake (%1). Check that every {{#section}} is closed with {{/section}} and every tag ends with }}.</source>
        <translation>Der Textteil dieser Vorlage enthält einen Fehler (%1). Prüfen Sie, ob jede {{#section}} mit {{/section}} geschlossen wird und jedes Tag mit }} endet.</translation>
    </message>
    <message>
        <source>Order confirmed</source>
        <translation>Bestellung bestätigt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Shipment delayed</source>
        <translation>Sendung verzögert</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Zahlung erhalten</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Versandetikett erstellt</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivery attempted</source>
        <translation>Zustellversuch erfolgt</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Zur Abholung bereit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>An Absender zurückgesendet</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Bestellung storniert</translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation>Bestellung erstattet</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Wieder auf Lager</translation>
    </message>
    <message>
        <source>%1 (team chat)</source>
        <translation>%1 (Team-Chat)</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>Backorder delay</source>
        <translation>Verzögerung durch Lieferrückstand</translation>
    </message>
    <message>
        <source>Low stock alert</source>
        <translation>Warnung: geringer Bestand</translation>
    </message>
    <message>
        <source>Out of stock alert</source>
        <translation>Warnung: nicht auf Lager</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateRepository</name>
    <message>
        <source>Tidings could not read its message templates.</source>
        <translation>Tidings konnte seine Nachrichtenvorlagen nicht lesen.</translation>
    </message>
    <message>
        <source>Tidings could not save the message template.</source>
        <translation>Tidings konnte die Nachrichtenvorlage nicht speichern.</translation>
    </message>
    <message>
        <source>That version of the template no longer exists.</source>
        <translation>Diese Version der Vorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (use two letters, such as &quot;de&quot;).</source>
        <translation>„%1“ ist kein Sprachcode (verwenden Sie zwei Buchstaben, etwa „de“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of message (email, chat or SMS).</source>
        <translation>„%1“ ist keine Nachrichtenart (E-Mail, Chat oder SMS).</translation>
    </message>
    <message>
        <source>There are no changes to publish.</source>
        <translation>Es gibt keine Änderungen zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>Publish this template in the default language first.</source>
        <translation>Veröffentlichen Sie diese Vorlage zuerst in der Standardsprache.</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateValidator</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>“%1” only works between {{#%2}} and {{/%2}}, where it is repeated for each entry; here it would show nothing.</source>
        <translation>„%1“ funktioniert nur zwischen {{#%2}} und {{/%2}}, wo es für jeden Eintrag wiederholt wird; hier würde es nichts anzeigen.</translation>
    </message>
    <message>
        <source>“%1” is not something Tidings knows, so it would show nothing. Check the spelling or pick it from the list of variables.</source>
        <translation>„%1“ kennt Tidings nicht, daher würde es nichts anzeigen. Prüfen Sie die Schreibweise oder wählen Sie es aus der Liste der Variablen.</translation>
    </message>
    <message>
        <source>“%1” closes a section that was never opened. Remove it or add {{#%2}} before it.</source>
        <translation>„%1“ schließt einen Abschnitt, der nie geöffnet wurde. Entfernen Sie es oder fügen Sie {{#%2}} davor ein.</translation>
    </message>
    <message>
        <source>“%1” closes the section “%2”, but the section “%3” opened on line %4 is still open. Close it first with {{/%3}}.</source>
        <translation>„%1“ schließt den Abschnitt „%2“, aber der in Zeile %4 geöffnete Abschnitt „%3“ ist noch offen. Schließen Sie ihn zuerst mit {{/%3}}.</translation>
    </message>
    <message>
        <source>“%1” would include another template, which Tidings does not do: it shows nothing. Remove it.</source>
        <translation>„%1“ würde eine andere Vorlage einbinden, was Tidings nicht tut: Es zeigt nichts an. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>the section “%1” is opened but never closed. Add {{/%1}} where it should end.</source>
        <translation>Der Abschnitt „%1“ wird geöffnet, aber nie geschlossen. Fügen Sie {{/%1}} dort ein, wo er enden soll.</translation>
    </message>
    <message>
        <source>a tag starts with {{ but never ends. Add }} after the name.</source>
        <translation>Ein Tag beginnt mit {{, endet aber nie. Fügen Sie }} nach dem Namen ein.</translation>
    </message>
    <message>
        <source>this tag should change the {{ }} markers but is not written right. Remove it.</source>
        <translation>Dieses Tag soll die Markierungen {{ }} ändern, ist aber nicht richtig geschrieben. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>this part has a mistake Tidings cannot read past (%1).</source>
        <translation>Dieser Teil enthält einen Fehler, nach dem Tidings nicht weiterlesen kann (%1).</translation>
    </message>
    <message>
        <source>this is a shipping message but it has no tracking link. Add {{#hasTracking}}{{shipment.trackingUrl}}{{/hasTracking}} so customers can follow their parcel.</source>
        <translation>Dies ist eine Versandnachricht, aber sie enthält keinen Sendungsverfolgungslink. Fügen Sie {{#hasTracking}}{{shipment.trackingUrl}}{{/hasTracking}} ein, damit Kunden ihr Paket verfolgen können.</translation>
    </message>
    <message>
        <source>this email has no footer. Add {{brand.footer}} before the end of the email, so every email carries your shop&apos;s details.</source>
        <translation>Diese E-Mail hat keine Fußzeile. Fügen Sie {{brand.footer}} vor dem Ende der E-Mail ein, damit jede E-Mail die Angaben Ihres Shops enthält.</translation>
    </message>
    <message numerus="yes">
        <source>With a sample order the subject is %n characters long; many inboxes cut it off after about %1. Make it shorter.</source>
        <translation>
            <numerusform>Mit einer Beispielbestellung ist der Betreff %n Zeichen lang; viele Posteingänge schneiden ihn nach etwa %1 ab. Kürzen Sie ihn.</numerusform>
            <numerusform>Mit einer Beispielbestellung ist der Betreff %n Zeichen lang; viele Posteingänge schneiden ihn nach etwa %1 ab. Kürzen Sie ihn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With a sample order this text message is %n characters long and is sent as %1 SMS; more than %2 cost more and may arrive in pieces.</source>
        <translation>
            <numerusform>Mit einer Beispielbestellung ist diese SMS %n Zeichen lang und wird als %1 SMS gesendet; mehr als %2 kosten mehr und kommen eventuell in mehreren Stücken an.</numerusform>
            <numerusform>Mit einer Beispielbestellung ist diese SMS %n Zeichen lang und wird als %1 SMS gesendet; mehr als %2 kosten mehr und kommen eventuell in mehreren Stücken an.</numerusform>
        </translation>
    </message>
    <message>
        <source>The character “%1” makes every SMS hold only 70 characters instead of 160; a plain one saves space.</source>
        <translation>Durch das Zeichen „%1“ fasst jede SMS nur 70 statt 160 Zeichen; ein einfaches Zeichen spart Platz.</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateVariables</name>
    <message>
        <source>The order this message is about.</source>
        <translation>Die Bestellung, um die es in dieser Nachricht geht.</translation>
    </message>
    <message>
        <source>The order number your customer sees.</source>
        <translation>Die Bestellnummer, die Ihr Kunde sieht.</translation>
    </message>
    <message>
        <source>The shop&apos;s internal id of the order. Customers do not usually see it.</source>
        <translation>Die interne ID der Bestellung im Shop. Kunden sehen sie normalerweise nicht.</translation>
    </message>
    <message>
        <source>The order&apos;s status as a fixed word (for example paid or shipped).</source>
        <translation>Der Status der Bestellung als festes Wort (zum Beispiel paid oder shipped).</translation>
    </message>
    <message>
        <source>The order&apos;s status in words.</source>
        <translation>Der Status der Bestellung in Worten.</translation>
    </message>
    <message>
        <source>The order total as a plain number, without the currency.</source>
        <translation>Die Bestellsumme als reine Zahl, ohne Währung.</translation>
    </message>
    <message>
        <source>The order total with its currency, written the way the customer&apos;s country writes money.</source>
        <translation>Die Bestellsumme mit Währung, so geschrieben, wie man im Land des Kunden Geldbeträge schreibt.</translation>
    </message>
    <message>
        <source>The currency code of the order (for example EUR).</source>
        <translation>Der Währungscode der Bestellung (zum Beispiel EUR).</translation>
    </message>
    <message>
        <source>How many items are in the order, all quantities added up.</source>
        <translation>Wie viele Artikel die Bestellung enthält, alle Mengen zusammengezählt.</translation>
    </message>
    <message>
        <source>How many items are in the order, written the way the customer&apos;s country writes numbers.</source>
        <translation>Wie viele Artikel die Bestellung enthält, so geschrieben, wie man im Land des Kunden Zahlen schreibt.</translation>
    </message>
    <message>
        <source>The date of this update as year-month-day, for machines.</source>
        <translation>Das Datum dieser Aktualisierung als Jahr-Monat-Tag, für Maschinen.</translation>
    </message>
    <message>
        <source>The date of this update, written the customer&apos;s way.</source>
        <translation>Das Datum dieser Aktualisierung, so geschrieben, wie der Kunde es gewohnt ist.</translation>
    </message>
    <message>
        <source>The person who placed the order.</source>
        <translation>Die Person, die die Bestellung aufgegeben hat.</translation>
    </message>
    <message>
        <source>The customer&apos;s full name.</source>
        <translation>Der vollständige Name des Kunden.</translation>
    </message>
    <message>
        <source>The customer&apos;s first name, for a friendly greeting.</source>
        <translation>Der Vorname des Kunden, für eine freundliche Anrede.</translation>
    </message>
    <message>
        <source>The customer&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Kunden.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number.</source>
        <translation>Die Telefonnummer des Kunden.</translation>
    </message>
    <message>
        <source>The parcel this message is about. Only there for shipping updates; {{#shipment}}…{{/shipment}} shows its inside only then.</source>
        <translation>Das Paket, um das es in dieser Nachricht geht. Nur bei Versand-Updates vorhanden; {{#shipment}}…{{/shipment}} zeigt seinen Inhalt nur dann an.</translation>
    </message>
    <message>
        <source>The shop&apos;s internal id of the parcel.</source>
        <translation>Die interne ID des Pakets im Shop.</translation>
    </message>
    <message>
        <source>The parcel&apos;s status as a fixed word (for example in_transit or delivered).</source>
        <translation>Der Status des Pakets als festes Wort (zum Beispiel in_transit oder delivered).</translation>
    </message>
    <message>
        <source>The parcel&apos;s status in words.</source>
        <translation>Der Status des Pakets in Worten.</translation>
    </message>
    <message>
        <source>Yes when the carrier told us the parcel&apos;s status.</source>
        <translation>Ja, wenn der Versanddienstleister uns den Status des Pakets mitgeteilt hat.</translation>
    </message>
    <message>
        <source>The delivery company.</source>
        <translation>Der Versanddienstleister.</translation>
    </message>
    <message>
        <source>The parcel&apos;s tracking number.</source>
        <translation>Die Sendungsnummer des Pakets.</translation>
    </message>
    <message>
        <source>The link where the customer can follow the parcel. Empty when the carrier gave none.</source>
        <translation>Der Link, unter dem der Kunde das Paket verfolgen kann. Leer, wenn der Versanddienstleister keinen angegeben hat.</translation>
    </message>
    <message>
        <source>Every line of the order. {{#items}}…{{/items}} repeats its inside once per line; inside, write {{name}}, {{quantity}} and so on.</source>
        <translation>Alle Zeilen der Bestellung. {{#items}}…{{/items}} wiederholt seinen Inhalt einmal pro Zeile; schreiben Sie darin {{name}}, {{quantity}} usw.</translation>
    </message>
    <message>
        <source>The product&apos;s name on this line.</source>
        <translation>Der Name des Produkts in dieser Zeile.</translation>
    </message>
    <message>
        <source>The product&apos;s stock code (SKU) on this line.</source>
        <translation>Die Artikelnummer (SKU) des Produkts in dieser Zeile.</translation>
    </message>
    <message>
        <source>How many of this product were ordered.</source>
        <translation>Wie viele Stück dieses Produkts bestellt wurden.</translation>
    </message>
    <message>
        <source>The price of one, as a plain number.</source>
        <translation>Der Stückpreis als reine Zahl.</translation>
    </message>
    <message>
        <source>The price of one with its currency, written the way the customer&apos;s country writes money.</source>
        <translation>Der Stückpreis mit Währung, so geschrieben, wie man im Land des Kunden Geldbeträge schreibt.</translation>
    </message>
    <message>
        <source>The price of this line (price times quantity) with its currency, written the customer&apos;s way.</source>
        <translation>Der Preis dieser Zeile (Preis mal Menge) mit Währung, so geschrieben, wie der Kunde es gewohnt ist.</translation>
    </message>
    <message>
        <source>The link to the product in your shop.</source>
        <translation>Der Link zum Produkt in Ihrem Shop.</translation>
    </message>
    <message>
        <source>How many are in stock now, as a plain number (when the shop says).</source>
        <translation>Wie viele jetzt auf Lager sind, als reine Zahl (sofern der Shop es angibt).</translation>
    </message>
    <message>
        <source>How many are in stock now, written the way the customer&apos;s country writes numbers.</source>
        <translation>Wie viele jetzt auf Lager sind, so geschrieben, wie man im Land des Kunden Zahlen schreibt.</translation>
    </message>
    <message>
        <source>Where the order is on its way, for the progress strip: ordered, shipped, out for delivery, delivered.</source>
        <translation>Wo sich die Bestellung auf ihrem Weg befindet, für die Fortschrittsleiste: bestellt, versendet, in Zustellung, zugestellt.</translation>
    </message>
    <message>
        <source>Yes while the order is placed but not shipped yet (the step to highlight).</source>
        <translation>Ja, solange die Bestellung aufgegeben, aber noch nicht versendet ist (der hervorzuhebende Schritt).</translation>
    </message>
    <message>
        <source>Yes while the parcel is on its way (the step to highlight).</source>
        <translation>Ja, solange das Paket unterwegs ist (der hervorzuhebende Schritt).</translation>
    </message>
    <message>
        <source>Yes while the parcel is out for delivery (the step to highlight).</source>
        <translation>Ja, solange das Paket in Zustellung ist (der hervorzuhebende Schritt).</translation>
    </message>
    <message>
        <source>Yes once the parcel is delivered (the step to highlight).</source>
        <translation>Ja, sobald das Paket zugestellt ist (der hervorzuhebende Schritt).</translation>
    </message>
    <message>
        <source>Yes once the order is placed.</source>
        <translation>Ja, sobald die Bestellung aufgegeben ist.</translation>
    </message>
    <message>
        <source>Yes once the order has shipped.</source>
        <translation>Ja, sobald die Bestellung versendet wurde.</translation>
    </message>
    <message>
        <source>Yes once the parcel has been out for delivery.</source>
        <translation>Ja, sobald das Paket in die Zustellung gegangen ist.</translation>
    </message>
    <message>
        <source>Yes once the parcel is delivered.</source>
        <translation>Ja, sobald das Paket zugestellt ist.</translation>
    </message>
    <message>
        <source>Yes once the order is past being placed (it has shipped).</source>
        <translation>Ja, sobald die Bestellung über „aufgegeben“ hinaus ist (sie wurde versendet).</translation>
    </message>
    <message>
        <source>Yes once the parcel is past being shipped.</source>
        <translation>Ja, sobald das Paket über „versendet“ hinaus ist.</translation>
    </message>
    <message>
        <source>Yes once the parcel is past being out for delivery (it is delivered).</source>
        <translation>Ja, sobald das Paket über „in Zustellung“ hinaus ist (es ist zugestellt).</translation>
    </message>
    <message>
        <source>Never yes: delivered is the last step.</source>
        <translation>Nie ja: „zugestellt“ ist der letzte Schritt.</translation>
    </message>
    <message>
        <source>Yes while the order is not placed yet.</source>
        <translation>Ja, solange die Bestellung noch nicht aufgegeben ist.</translation>
    </message>
    <message>
        <source>Yes while the order has not shipped yet.</source>
        <translation>Ja, solange die Bestellung noch nicht versendet wurde.</translation>
    </message>
    <message>
        <source>Yes while the parcel has not been out for delivery yet.</source>
        <translation>Ja, solange das Paket noch nicht in die Zustellung gegangen ist.</translation>
    </message>
    <message>
        <source>Yes while the parcel is not delivered yet.</source>
        <translation>Ja, solange das Paket noch nicht zugestellt ist.</translation>
    </message>
    <message>
        <source>Your shop&apos;s branding, from the Brand Kit.</source>
        <translation>Der Markenauftritt Ihres Shops, aus dem Marken-Kit.</translation>
    </message>
    <message>
        <source>Your shop&apos;s name.</source>
        <translation>Der Name Ihres Shops.</translation>
    </message>
    <message>
        <source>The web address of your logo. Empty when there is none.</source>
        <translation>Die Webadresse Ihres Logos. Leer, wenn es keins gibt.</translation>
    </message>
    <message>
        <source>Your brand colour, for buttons and lines (for example #2f6f4f).</source>
        <translation>Ihre Markenfarbe, für Schaltflächen und Linien (zum Beispiel #2f6f4f).</translation>
    </message>
    <message>
        <source>The fonts your messages use, for style attributes.</source>
        <translation>Die Schriftarten Ihrer Nachrichten, für style-Attribute.</translation>
    </message>
    <message>
        <source>The email address customers can write to for help.</source>
        <translation>Die E-Mail-Adresse, an die Kunden schreiben können, wenn sie Hilfe brauchen.</translation>
    </message>
    <message>
        <source>The phone number customers can call for help.</source>
        <translation>Die Telefonnummer, die Kunden anrufen können, wenn sie Hilfe brauchen.</translation>
    </message>
    <message>
        <source>Your shop&apos;s postal address, shown in the footer.</source>
        <translation>Die Postanschrift Ihres Shops, in der Fußzeile angezeigt.</translation>
    </message>
    <message>
        <source>Your shop&apos;s postal address line by line. {{#brand.addressLines}}…{{/brand.addressLines}} repeats its inside once per line; inside, write {{.}} for the line.</source>
        <translation>Die Postanschrift Ihres Shops, Zeile für Zeile. {{#brand.addressLines}}…{{/brand.addressLines}} wiederholt seinen Inhalt einmal pro Zeile; schreiben Sie darin {{.}} für die Zeile.</translation>
    </message>
    <message>
        <source>The footer text under every email (for example your company details or why the customer gets this email).</source>
        <translation>Der Fußzeilentext unter jeder E-Mail (zum Beispiel Ihre Firmenangaben oder warum der Kunde diese E-Mail erhält).</translation>
    </message>
    <message>
        <source>Your shop&apos;s social media links. {{#brand.socialLinks}}…{{/brand.socialLinks}} repeats its inside once per link; inside, write {{label}} and {{url}}.</source>
        <translation>Die Social-Media-Links Ihres Shops. {{#brand.socialLinks}}…{{/brand.socialLinks}} wiederholt seinen Inhalt einmal pro Link; schreiben Sie darin {{label}} und {{url}}.</translation>
    </message>
    <message>
        <source>The name of the social media link.</source>
        <translation>Der Name des Social-Media-Links.</translation>
    </message>
    <message>
        <source>The web address of the social media link.</source>
        <translation>Die Webadresse des Social-Media-Links.</translation>
    </message>
    <message>
        <source>The language and country the money, numbers and dates are written for (for example en-GB).</source>
        <translation>Die Sprache und das Land, für die Geldbeträge, Zahlen und Datumsangaben geschrieben werden (zum Beispiel de-DE).</translation>
    </message>
    <message>
        <source>Yes when the order has at least one line.</source>
        <translation>Ja, wenn die Bestellung mindestens eine Zeile hat.</translation>
    </message>
    <message>
        <source>Yes when there is a tracking link for the parcel.</source>
        <translation>Ja, wenn es einen Sendungsverfolgungslink für das Paket gibt.</translation>
    </message>
    <message>
        <source>Yes when your Brand Kit has a logo.</source>
        <translation>Ja, wenn Ihr Marken-Kit ein Logo enthält.</translation>
    </message>
    <message>
        <source>Yes when your Brand Kit has social media links.</source>
        <translation>Ja, wenn Ihr Marken-Kit Social-Media-Links enthält.</translation>
    </message>
    <message>
        <source>Yes when a progress strip makes sense (not for cancelled, refunded or returned orders).</source>
        <translation>Ja, wenn eine Fortschrittsleiste sinnvoll ist (nicht bei stornierten, erstatteten oder zurückgesendeten Bestellungen).</translation>
    </message>
    <message>
        <source>What the order waits for. Only there when some of its items were out of stock when it came in; {{#backorder}}…{{/backorder}} shows its inside only then.</source>
        <translation>Worauf die Bestellung wartet. Nur vorhanden, wenn einige ihrer Artikel beim Eingang der Bestellung nicht auf Lager waren; {{#backorder}}…{{/backorder}} zeigt seinen Inhalt nur dann an.</translation>
    </message>
    <message>
        <source>The items the order waits for. {{#backorder.items}}…{{/backorder.items}} repeats its inside once per item; inside, write {{name}}, {{sku}} and {{quantity}}.</source>
        <translation>Die Artikel, auf die die Bestellung wartet. {{#backorder.items}}…{{/backorder.items}} wiederholt seinen Inhalt einmal pro Artikel; schreiben Sie darin {{name}}, {{sku}} und {{quantity}}.</translation>
    </message>
    <message>
        <source>The name of the product the order waits for.</source>
        <translation>Der Name des Produkts, auf das die Bestellung wartet.</translation>
    </message>
    <message>
        <source>The stock code (SKU) of the product the order waits for.</source>
        <translation>Die Artikelnummer (SKU) des Produkts, auf das die Bestellung wartet.</translation>
    </message>
    <message>
        <source>How many of this product the order waits for.</source>
        <translation>Auf wie viele Stück dieses Produkts die Bestellung wartet.</translation>
    </message>
    <message>
        <source>The product a stock message is about. Only there for back-in-stock messages and the low stock and out of stock alerts.</source>
        <translation>Das Produkt, um das es in einer Lagernachricht geht. Nur bei „Wieder auf Lager“-Nachrichten und den Warnungen zu geringem Bestand und „Nicht auf Lager“ vorhanden.</translation>
    </message>
    <message>
        <source>The name of the product.</source>
        <translation>Der Name des Produkts.</translation>
    </message>
    <message>
        <source>The stock code (SKU) of the product.</source>
        <translation>Die Artikelnummer (SKU) des Produkts.</translation>
    </message>
    <message>
        <source>The stock level you are alerted at, as a plain number. Only there in the low stock and out of stock alerts.</source>
        <translation>Der Bestand, bei dem Sie gewarnt werden, als reine Zahl. Nur in den Warnungen zu geringem Bestand und „Nicht auf Lager“ vorhanden.</translation>
    </message>
    <message>
        <source>The stock level you are alerted at, written the way your country writes numbers. Only there in the low stock and out of stock alerts.</source>
        <translation>Der Bestand, bei dem Sie gewarnt werden, so geschrieben, wie man in Ihrem Land Zahlen schreibt. Nur in den Warnungen zu geringem Bestand und „Nicht auf Lager“ vorhanden.</translation>
    </message>
    <message>
        <source>Yes in stock messages (back in stock, low stock, out of stock), where there is a product.</source>
        <translation>Ja bei Lagernachrichten (wieder auf Lager, geringer Bestand, nicht auf Lager), in denen es um ein Produkt geht.</translation>
    </message>
    <message>
        <source>Yes when some items of the order were out of stock when it came in, so it waited for them (for example to thank the customer for waiting when it ships).</source>
        <translation>Ja, wenn einige Artikel der Bestellung bei ihrem Eingang nicht auf Lager waren und sie deshalb darauf gewartet hat (zum Beispiel, um dem Kunden beim Versand für seine Geduld zu danken).</translation>
    </message>
    <message>
        <source>The customer&apos;s time zone, from the order&apos;s address (empty when it does not tell).</source>
        <translation>Die Zeitzone des Kunden, aus der Adresse der Bestellung (leer, wenn sie es nicht verrät).</translation>
    </message>
</context>
<context>
    <name>Tidings::TestMode</name>
    <message>
        <source>[Test] %1</source>
        <translation>[Test] %1</translation>
    </message>
    <message>
        <source>Enter your own email address: in test mode, customers&apos; emails go there.</source>
        <translation>Geben Sie Ihre eigene E-Mail-Adresse ein: Im Testmodus gehen die E-Mails an Ihre Kunden dorthin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one address, like owner@yourshop.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Geben Sie eine einzige Adresse ein, etwa inhaber@ihrshop.de.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter digits with the country code, like +44 7700 900123, or leave it empty.</source>
        <translation>„%1“ ist keine Telefonnummer. Geben Sie die Ziffern mit Ländervorwahl ein, etwa +49 151 23456789, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Test mode: sent to %1 instead of %2.</source>
        <translation>Testmodus: an %1 statt an %2 gesendet.</translation>
    </message>
    <message>
        <source>Test mode is on and has no phone number of yours, so this text message was not sent to the customer. Resend it once you are live, or add your number to test mode.</source>
        <translation>Der Testmodus ist eingeschaltet und kennt keine Telefonnummer von Ihnen, daher wurde diese SMS nicht an den Kunden gesendet. Senden Sie sie erneut, sobald Sie live sind, oder tragen Sie Ihre Nummer im Testmodus ein.</translation>
    </message>
    <message>
        <source>Test mode: handed on with your address %1 instead of the customer&apos;s %2.</source>
        <translation>Testmodus: mit Ihrer Adresse %1 statt der Kundenadresse %2 weitergegeben.</translation>
    </message>
    <message>
        <source>Test mode: a message to your staff, marked as a test.</source>
        <translation>Testmodus: eine Nachricht an Ihr Team, als Test markiert.</translation>
    </message>
</context>
<context>
    <name>Tidings::TwilioChannel</name>
    <message>
        <source>Twilio SMS</source>
        <translation>Twilio SMS</translation>
    </message>
    <message>
        <source>Text messages to customers&apos; phones through Twilio Programmable Messaging.</source>
        <translation>SMS an die Telefone der Kunden über Twilio Programmable Messaging.</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <source>Twilio Console → Account Info on the start page → Auth Token (click Show).</source>
        <translation>Twilio Console → Account Info auf der Startseite → Auth Token (auf Show klicken).</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://api.twilio.com unless Twilio told you otherwise.</source>
        <translation>https://api.twilio.com, sofern Twilio Ihnen nichts anderes mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Twilio Console → Account Info. It starts with AC.</source>
        <translation>Twilio Console → Account Info. Sie beginnt mit AC.</translation>
    </message>
    <message>
        <source>Sending number</source>
        <translation>Absendernummer</translation>
    </message>
    <message>
        <source>Your Twilio phone number in international form, or an alphanumeric sender ID. Leave empty when you use a Messaging Service.</source>
        <translation>Ihre Twilio-Telefonnummer im internationalen Format oder eine alphanumerische Absender-ID. Leer lassen, wenn Sie einen Messaging Service verwenden.</translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <source>Instead of a sending number: a Messaging Service (Messaging → Services). It starts with MG.</source>
        <translation>Statt einer Absendernummer: ein Messaging Service (Messaging → Services). Sie beginnt mit MG.</translation>
    </message>
    <message>
        <source>Longest text (SMS parts)</source>
        <translation>Längster Text (SMS-Teile)</translation>
    </message>
    <message>
        <source>Messages needing more SMS parts than this are not sent (each part is billed). Default 3.</source>
        <translation>Nachrichten, die mehr SMS-Teile brauchen, werden nicht gesendet (jeder Teil wird berechnet). Standard: 3.</translation>
    </message>
    <message>
        <source>In the Twilio Console, buy or choose a phone number that can send SMS to your customers&apos; countries (Phone Numbers → Manage), or create a Messaging Service.</source>
        <translation>Kaufen oder wählen Sie in der Twilio Console eine Telefonnummer, die SMS in die Länder Ihrer Kunden senden kann (Phone Numbers → Manage), oder erstellen Sie einen Messaging Service.</translation>
    </message>
    <message>
        <source>Under Messaging → Settings → Geo permissions, allow the countries your customers live in.</source>
        <translation>Erlauben Sie unter Messaging → Settings → Geo permissions die Länder, in denen Ihre Kunden leben.</translation>
    </message>
    <message>
        <source>Copy the Account SID and the Auth Token from the Console&apos;s start page and paste them here.</source>
        <translation>Kopieren Sie die Account SID und das Auth Token von der Startseite der Console und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>On a trial account Twilio only delivers to numbers you have verified: upgrade the account before texting customers.</source>
        <translation>Bei einem Testkonto stellt Twilio nur an Nummern zu, die Sie verifiziert haben: Stufen Sie das Konto hoch, bevor Sie Kunden SMS schicken.</translation>
    </message>
    <message>
        <source>No auth token is saved for %1.</source>
        <translation>Für %1 ist kein Auth-Token gespeichert.</translation>
    </message>
    <message>
        <source>The auth token saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Das für %1 gespeicherte Auth-Token enthält Leerzeichen oder Zeilenumbrüche. Fügen Sie es unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>The Account SID of %1 is missing or wrong: it starts with AC followed by 32 letters and digits. Copy it from the Twilio Console.</source>
        <translation>Die Account SID von %1 fehlt oder ist falsch: Sie beginnt mit AC, gefolgt von 32 Buchstaben und Ziffern. Kopieren Sie sie aus der Twilio Console.</translation>
    </message>
    <message>
        <source>No sending number or Messaging Service is set for %1. Add one in Channels.</source>
        <translation>Für %1 ist keine Absendernummer und kein Messaging Service festgelegt. Tragen Sie eines von beiden unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The Messaging Service SID of %1 is wrong: it starts with MG followed by 32 letters and digits.</source>
        <translation>Die Messaging Service SID von %1 ist falsch: Sie beginnt mit MG, gefolgt von 32 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>The sending number of %1 contains a line break. Correct it in Channels.</source>
        <translation>Die Absendernummer von %1 enthält einen Zeilenumbruch. Korrigieren Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The longest text of %1 must be at least one SMS part.</source>
        <translation>Der längste Text von %1 muss mindestens ein SMS-Teil sein.</translation>
    </message>
    <message>
        <source>The customer has no phone number, so no text message was sent.</source>
        <translation>Der Kunde hat keine Telefonnummer, daher wurde keine SMS gesendet.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number in international form (like +44 7700 900123), so no text message was sent.</source>
        <translation>„%1“ ist keine Telefonnummer im internationalen Format (wie +49 151 23456789), daher wurde keine SMS gesendet.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Die Nachricht hat keinen Text.</translation>
    </message>
    <message>
        <source>The text needs %1 SMS parts, more than the %2 allowed for %3. Shorten the SMS template or allow more parts in Channels.</source>
        <translation>Der Text braucht %1 SMS-Teile, mehr als die %2, die für %3 erlaubt sind. Kürzen Sie die SMS-Vorlage oder erlauben Sie unter „Kanäle“ mehr Teile.</translation>
    </message>
    <message>
        <source>Twilio is limiting how often this account may call it. Try the check again in a minute.</source>
        <translation>Twilio begrenzt, wie oft dieses Konto es aufrufen darf. Wiederholen Sie die Prüfung in einer Minute.</translation>
    </message>
    <message>
        <source>Twilio had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation>Twilio hatte ein vorübergehendes Problem (HTTP %1). Wiederholen Sie die Prüfung später.</translation>
    </message>
    <message>
        <source>Twilio does not know this Account SID at this address (HTTP 404). Check the Account SID and the server address in Channels.</source>
        <translation>Twilio kennt diese Account SID unter dieser Adresse nicht (HTTP 404). Prüfen Sie die Account SID und die Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Twilio refused the check (HTTP %1). Check the Account SID and the server address in Channels.</source>
        <translation>Twilio hat die Prüfung abgelehnt (HTTP %1). Prüfen Sie die Account SID und die Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The Twilio account is suspended, so it cannot send. Open the Twilio Console to see why (often billing) and reactivate it.</source>
        <translation>Das Twilio-Konto ist gesperrt und kann daher nicht senden. Öffnen Sie die Twilio Console, um den Grund zu sehen (oft die Abrechnung), und reaktivieren Sie es.</translation>
    </message>
    <message>
        <source>The Twilio account is closed. Use the Account SID and auth token of an active account.</source>
        <translation>Das Twilio-Konto ist geschlossen. Verwenden Sie die Account SID und das Auth-Token eines aktiven Kontos.</translation>
    </message>
    <message>
        <source>Twilio gave an unexpected answer to the check. Check the server address in Channels (normally https://api.twilio.com).</source>
        <translation>Twilio hat unerwartet auf die Prüfung geantwortet. Prüfen Sie die Serveradresse unter „Kanäle“ (normalerweise https://api.twilio.com).</translation>
    </message>
    <message>
        <source>the Account SID and auth token are valid (a trial account: Twilio only texts numbers verified in the Console).</source>
        <translation>Account SID und Auth-Token sind gültig (ein Testkonto: Twilio sendet SMS nur an Nummern, die in der Console verifiziert sind).</translation>
    </message>
    <message>
        <source>the Account SID and auth token of “%1” are valid (a trial account: Twilio only texts numbers verified in the Console).</source>
        <translation>Account SID und Auth-Token von „%1“ sind gültig (ein Testkonto: Twilio sendet SMS nur an Nummern, die in der Console verifiziert sind).</translation>
    </message>
    <message>
        <source>the Account SID and auth token are valid.</source>
        <translation>Account SID und Auth-Token sind gültig.</translation>
    </message>
    <message>
        <source>the Account SID and auth token of “%1” are valid.</source>
        <translation>Account SID und Auth-Token von „%1“ sind gültig.</translation>
    </message>
    <message>
        <source>Twilio is limiting how many messages this account may send at once. Tidings will try again when Twilio allows it.</source>
        <translation>Twilio begrenzt, wie viele Nachrichten dieses Konto gleichzeitig senden darf. Tidings versucht es erneut, sobald Twilio es zulässt.</translation>
    </message>
    <message>
        <source>Twilio had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Twilio hatte ein vorübergehendes Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or auth token. Check both in Channels.</source>
        <translation>Twilio hat die Account SID oder das Auth-Token abgelehnt. Prüfen Sie beides unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Twilio says the customer&apos;s phone number is not valid.</source>
        <translation>Twilio meldet, dass die Telefonnummer des Kunden ungültig ist.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number is not a mobile number, so it cannot receive text messages.</source>
        <translation>Die Telefonnummer des Kunden ist keine Mobilnummer und kann daher keine SMS empfangen.</translation>
    </message>
    <message>
        <source>This Twilio account is a trial account, which can only text numbers verified in the Twilio Console. Upgrade the account to text customers.</source>
        <translation>Dieses Twilio-Konto ist ein Testkonto, das nur an in der Twilio Console verifizierte Nummern SMS senden kann. Stufen Sie das Konto hoch, um Kunden SMS zu schicken.</translation>
    </message>
    <message>
        <source>The customer replied STOP to your number and has unsubscribed from text messages. Twilio sends nothing until they reply START.</source>
        <translation>Der Kunde hat Ihrer Nummer mit STOP geantwortet und SMS abbestellt. Twilio sendet nichts, bis er mit START antwortet.</translation>
    </message>
    <message>
        <source>Twilio cannot send from the sending number of this channel: it is not a valid number of this account that can send SMS. Check it in Channels.</source>
        <translation>Twilio kann nicht von der Absendernummer dieses Kanals senden: Sie ist keine gültige, SMS-fähige Nummer dieses Kontos. Prüfen Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Sending to the customer&apos;s country is not enabled on this Twilio account (Messaging → Settings → Geo permissions).</source>
        <translation>Das Senden in das Land des Kunden ist für dieses Twilio-Konto nicht aktiviert (Messaging → Settings → Geo permissions).</translation>
    </message>
    <message>
        <source>The sending number&apos;s queue at Twilio is full. Tidings will try again later.</source>
        <translation>Die Warteschlange der Absendernummer bei Twilio ist voll. Tidings versucht es später erneut.</translation>
    </message>
    <message>
        <source>Twilio cannot route a text message to the customer&apos;s phone number.</source>
        <translation>Twilio kann keine SMS an die Telefonnummer des Kunden zustellen.</translation>
    </message>
    <message>
        <source>Twilio did not find this account&apos;s message address (HTTP 404). Check the Account SID and the server address in Channels.</source>
        <translation>Twilio hat die Nachrichtenadresse dieses Kontos nicht gefunden (HTTP 404). Prüfen Sie die Account SID und die Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Twilio answered with a redirect (HTTP %1). Check the server address in Channels.</source>
        <translation>Twilio hat mit einer Weiterleitung geantwortet (HTTP %1). Prüfen Sie die Serveradresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>Twilio refused the message (HTTP %1).</source>
        <translation>Twilio hat die Nachricht abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio refused the message: %1</source>
        <translation>Twilio hat die Nachricht abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ActivityChart</name>
    <message>
        <source>Activity in the last 24 hours</source>
        <translation>Aktivität der letzten 24 Stunden</translation>
    </message>
    <message>
        <source>In the last 24 hours: %1 events, %2 messages sent, %3 failed.</source>
        <translation>In den letzten 24 Stunden: %1 Ereignisse, %2 Nachrichten gesendet, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1–%2: %3 events, %4 sent, %5 failed</source>
        <translation>%1–%2: %3 Ereignisse, %4 gesendet, %5 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ActivityStrip</name>
    <message>
        <source>Last 24 hours:</source>
        <translation>Letzte 24 Stunden:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Ereignis</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Since midnight: events received, messages sent and failed. Waiting and uncertain count every message that is, whenever it came in.</source>
        <translation>Seit Mitternacht: empfangene Ereignisse, gesendete und fehlgeschlagene Nachrichten. „Wartend“ und „Unklar“ zählen jede Nachricht in diesem Zustand, ganz gleich, wann sie eingegangen ist.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; sent</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; gesendet</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; waiting</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; wartend</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; failed</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; fehlgeschlagen</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; uncertain</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; unklar</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; unklar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::AddSourceWizard</name>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BackupActions</name>
    <message>
        <source>Tidings backups (*.sqlite);;All files (*)</source>
        <translation>Tidings-Sicherungen (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Back Up Data…</source>
        <translation>Daten &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Save a copy of your orders, messages and settings while Tidings keeps running</source>
        <translation>Eine Kopie Ihrer Bestellungen, Nachrichten und Einstellungen speichern, während Tidings weiterläuft</translation>
    </message>
    <message>
        <source>Replace your data with a backup; Tidings restarts to do it</source>
        <translation>Ihre Daten durch eine Sicherung ersetzen; Tidings startet dazu neu</translation>
    </message>
    <message>
        <source>Back Up Data</source>
        <translation>Daten sichern</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Ihre Daten werden gesichert…</translation>
    </message>
    <message numerus="yes">
        <source>Backup saved to %1 (%2): %n event(s). Keys and passwords are not in it; they stay in the system keychain.</source>
        <translation>
            <numerusform>Sicherung in %1 gespeichert (%2): %n Ereignis. Schlüssel und Passwörter sind nicht enthalten; sie bleiben im Schlüsselbund des Systems.</numerusform>
            <numerusform>Sicherung in %1 gespeichert (%2): %n Ereignisse. Schlüssel und Passwörter sind nicht enthalten; sie bleiben im Schlüsselbund des Systems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Its newest event is from %1.</source>
        <translation>Das neueste Ereignis darin ist vom %1.</translation>
    </message>
    <message>
        <source>It holds no events yet.</source>
        <translation>Sie enthält noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>Replace your data with this backup?</source>
        <translation>Ihre Daten durch diese Sicherung ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>The backup holds %n event(s).</source>
        <translation>
            <numerusform>Die Sicherung enthält %n Ereignis.</numerusform>
            <numerusform>Die Sicherung enthält %n Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings will restart to restore it. Your current data is kept in the data folder as tidings.sqlite.before-restore. Connections and keys in the keychain are not changed.</source>
        <translation>Tidings startet neu, um sie wiederherzustellen. Ihre aktuellen Daten bleiben im Datenordner als tidings.sqlite.before-restore erhalten. Verbindungen und Schlüssel im Schlüsselbund werden nicht geändert.</translation>
    </message>
    <message>
        <source>Restore and Restart</source>
        <translation>Wiederherstellen und neu starten</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BlockDesigner</name>
    <message>
        <source>Shown only when the shipment has a tracking link.</source>
        <translation>Nur sichtbar, wenn die Sendung einen Link zur Sendungsverfolgung hat.</translation>
    </message>
    <message>
        <source>Shown only when the order lists its items.</source>
        <translation>Nur sichtbar, wenn die Bestellung ihre Artikel auflistet.</translation>
    </message>
    <message>
        <source>Shown only for messages about an order on its way.</source>
        <translation>Nur sichtbar bei Nachrichten zu einer Bestellung, die unterwegs ist.</translation>
    </message>
    <message>
        <source>Shown only when the order has a shipment.</source>
        <translation>Nur sichtbar, wenn die Bestellung eine Sendung hat.</translation>
    </message>
    <message>
        <source>Shown only when items of the order are on backorder.</source>
        <translation>Nur sichtbar, wenn Artikel der Bestellung nachgeliefert werden.</translation>
    </message>
    <message>
        <source>Shown only when the product has a web address.</source>
        <translation>Nur sichtbar, wenn das Produkt eine Webadresse hat.</translation>
    </message>
    <message>
        <source>Shown only when the product has a SKU.</source>
        <translation>Nur sichtbar, wenn das Produkt eine SKU hat.</translation>
    </message>
    <message>
        <source>Shown only when {{%1}} has a value.</source>
        <translation>Nur sichtbar, wenn {{%1}} einen Wert hat.</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>The email from top to bottom. Drag a block to move it, or use Alt+Up and Alt+Down</source>
        <translation>Die E-Mail von oben nach unten. Ziehen Sie einen Block, um ihn zu verschieben, oder verwenden Sie Alt+Nach-oben und Alt+Nach-unten</translation>
    </message>
    <message>
        <source>Edit Block</source>
        <translation>Block bearbeiten</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Small print</source>
        <translation>Kleingedrucktes</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <source>Status strip</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Shipment details</source>
        <translation>Versanddetails</translation>
    </message>
    <message>
        <source>Tracking button</source>
        <translation>Schaltfläche zur Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Order table</source>
        <translation>Bestelltabelle</translation>
    </message>
    <message>
        <source>Button to a link</source>
        <translation>Schaltfläche mit Link</translation>
    </message>
    <message>
        <source>Custom HTML</source>
        <translation>Eigenes HTML</translation>
    </message>
    <message>
        <source>Adds a block under the one selected (Insert)</source>
        <translation>Fügt unter dem ausgewählten Block einen neuen hinzu (Einfg)</translation>
    </message>
    <message>
        <source>Removes the selected block (Delete)</source>
        <translation>Entfernt den ausgewählten Block (Entf)</translation>
    </message>
    <message>
        <source>Moves the selected block up (Alt+Up)</source>
        <translation>Verschiebt den ausgewählten Block nach oben (Alt+Nach-oben)</translation>
    </message>
    <message>
        <source>Moves the selected block down (Alt+Down)</source>
        <translation>Verschiebt den ausgewählten Block nach unten (Alt+Nach-unten)</translation>
    </message>
    <message>
        <source>The same in every email: change it in the Brand Kit</source>
        <translation>In jeder E-Mail gleich: im Markenkit ändern</translation>
    </message>
    <message>
        <source>Logo and shop name · from the Brand Kit…</source>
        <translation>Logo und Shopname · aus dem Markenkit…</translation>
    </message>
    <message>
        <source>Footer: support, address, links · from the Brand Kit…</source>
        <translation>Fußzeile: Support, Adresse, Links · aus dem Markenkit…</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>Items on backorder</source>
        <translation>Nachzuliefernde Artikel</translation>
    </message>
    <message>
        <source>A heading</source>
        <translation>Eine Überschrift</translation>
    </message>
    <message>
        <source>Your words. Variables such as {{order.number}} are filled in for each order.</source>
        <translation>Ihr Text. Variablen wie {{order.number}} werden für jede Bestellung ausgefüllt.</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visit our shop</source>
        <translation>Besuchen Sie unseren Shop</translation>
    </message>
    <message>
        <source>Track your package</source>
        <translation>Sendung verfolgen</translation>
    </message>
    <message>
        <source>Button not working? Open this link:</source>
        <translation>Der Button funktioniert nicht? Öffnen Sie diesen Link:</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Ihre Bestellung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Your HTML</source>
        <translation>Ihr HTML</translation>
    </message>
    <message>
        <source>No blocks yet: add one with Add Block (Insert).</source>
        <translation>Noch keine Blöcke: Fügen Sie mit „Block hinzufügen“ einen hinzu (Einfg).</translation>
    </message>
    <message>
        <source>Choose a block to change it.</source>
        <translation>Wählen Sie einen Block, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>A thin line across the email. Nothing to set.</source>
        <translation>Eine dünne Linie quer durch die E-Mail. Nichts einzustellen.</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>Block hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Überschrift:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Image address:</source>
        <translation>Bildadresse:</translation>
    </message>
    <message>
        <source>Text if images are off:</source>
        <translation>Text bei ausgeschalteten Bildern:</translation>
    </message>
    <message>
        <source>Step 1, ordered:</source>
        <translation>Schritt 1, bestellt:</translation>
    </message>
    <message>
        <source>Step 2, shipped:</source>
        <translation>Schritt 2, versandt:</translation>
    </message>
    <message>
        <source>Step 3, out for delivery:</source>
        <translation>Schritt 3, in Zustellung:</translation>
    </message>
    <message>
        <source>Step 4, delivered:</source>
        <translation>Schritt 4, zugestellt:</translation>
    </message>
    <message>
        <source>Carrier label:</source>
        <translation>Beschriftung für Versanddienstleister:</translation>
    </message>
    <message>
        <source>Tracking number label:</source>
        <translation>Beschriftung für Sendungsnummer:</translation>
    </message>
    <message>
        <source>Status label:</source>
        <translation>Beschriftung für Status:</translation>
    </message>
    <message>
        <source>Status when the carrier says none:</source>
        <translation>Status, wenn der Versanddienstleister keinen meldet:</translation>
    </message>
    <message>
        <source>Button text:</source>
        <translation>Text der Schaltfläche:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Words under the button:</source>
        <translation>Text unter der Schaltfläche:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Quantity column:</source>
        <translation>Spalte Menge:</translation>
    </message>
    <message>
        <source>Before the SKU:</source>
        <translation>Vor der SKU:</translation>
    </message>
    <message>
        <source>Show prices and the total</source>
        <translation>Preise und Summe anzeigen</translation>
    </message>
    <message>
        <source>Price column:</source>
        <translation>Spalte Preis:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Summe:</translation>
    </message>
    <message>
        <source>HTML:</source>
        <translation>HTML:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Adds a copy of the selected block under it (Ctrl+D)</source>
        <translation>Fügt eine Kopie des ausgewählten Blocks darunter ein (Ctrl+D)</translation>
    </message>
    <message>
        <source>A web address starting with https://, or a variable that holds one, such as {{shipment.trackingUrl}}</source>
        <translation>Eine Webadresse, die mit https:// beginnt, oder eine Variable, die eine enthält, etwa {{shipment.trackingUrl}}</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BrandKitDialog</name>
    <message>
        <source>Brand Kit</source>
        <translation>Marken-Kit</translation>
    </message>
    <message>
        <source>Every message carries your shop&apos;s name, colour and logo, and where customers can write to you. Changes apply to the next message sent.</source>
        <translation>Jede Nachricht enthält Namen, Farbe und Logo Ihres Shops sowie die Angabe, wo Kunden Ihnen schreiben können. Änderungen gelten ab der nächsten gesendeten Nachricht.</translation>
    </message>
    <message>
        <source>e.g. Juniper &amp; Pine</source>
        <translation>z. B. Wacholder &amp; Kiefer</translation>
    </message>
    <message>
        <source>Choose Colo&amp;ur…</source>
        <translation>Farbe &amp;wählen…</translation>
    </message>
    <message>
        <source>help@your-shop.com</source>
        <translation>hilfe@ihr-shop.de</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s address, or a thank-you line</source>
        <translation>z. B. die Adresse Ihres Shops oder ein Dankeschön</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>Shop-&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Akzentfarbe:</translation>
    </message>
    <message>
        <source>Su&amp;pport email:</source>
        <translation>Su&amp;pport-E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Fußzeile:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Fonts in order of preference, separated by commas; the customer&apos;s device uses the first one it has</source>
        <translation>Schriftarten in der gewünschten Reihenfolge, durch Kommas getrennt; das Gerät des Kunden verwendet die erste, die es hat</translation>
    </message>
    <message>
        <source>Your shop&apos;s postal address, shown at the bottom of every email</source>
        <translation>Die Postanschrift Ihres Shops, unten in jeder E-Mail</translation>
    </message>
    <message>
        <source>One a line, e.g. Instagram https://instagram.com/your-shop</source>
        <translation>Eine pro Zeile, z. B. Instagram https://instagram.com/ihr-shop</translation>
    </message>
    <message>
        <source>Support p&amp;hone:</source>
        <translation>Support-&amp;Telefon:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Postans&amp;chrift:</translation>
    </message>
    <message>
        <source>Social lin&amp;ks:</source>
        <translation>Social-Media-Lin&amp;ks:</translation>
    </message>
    <message>
        <source>Fo&amp;nt:</source>
        <translation>Sch&amp;riftart:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BrandPage</name>
    <message>
        <source>Your brand</source>
        <translation>Ihre Marke</translation>
    </message>
    <message>
        <source>Every message carries your shop&apos;s name, colour and logo, and where customers can write to you.</source>
        <translation>Jede Nachricht trägt Namen, Farbe und Logo Ihres Shops und zeigt, wo Kunden Ihnen schreiben können.</translation>
    </message>
    <message>
        <source>e.g. Juniper &amp; Pine</source>
        <translation>z. B. Wacholder &amp; Kiefer</translation>
    </message>
    <message>
        <source>Choose Colo&amp;ur…</source>
        <translation>&amp;Farbe wählen…</translation>
    </message>
    <message>
        <source>help@your-shop.com</source>
        <translation>hilfe@ihr-shop.de</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>Shop&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Akzentfarbe:</translation>
    </message>
    <message>
        <source>Su&amp;pport email:</source>
        <translation>&amp;Support-E-Mail:</translation>
    </message>
    <message>
        <source>How it looks</source>
        <translation>So sieht es aus</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ihr Shop</translation>
    </message>
    <message>
        <source>Hi Sam, your order #1001 is on its way.</source>
        <translation>Hallo Sam, Ihre Bestellung #1001 ist unterwegs.</translation>
    </message>
    <message>
        <source>Track your parcel</source>
        <translation>Paket verfolgen</translation>
    </message>
    <message>
        <source>Questions? Write to %1.</source>
        <translation>Fragen? Schreiben Sie an %1.</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ChannelDialog</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Staff chat</source>
        <translation>Team-Chat</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Edit Channel</source>
        <translation>Kanal bearbeiten</translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>e.g. Shop mail</source>
        <translation>z. B. Shop-E-Mail</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Your email address, or phone number for text messages</source>
        <translation>Ihre E-Mail-Adresse oder Telefonnummer für SMS</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Checks the keys and settings with the provider without sending anything.</source>
        <translation>Prüft Schlüssel und Einstellungen beim Anbieter, ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>Sign in to %1 in your browser and allow Tidings to send email. Tidings is waiting…</source>
        <translation>Melden Sie sich in Ihrem Browser bei %1 an und erlauben Sie Tidings, E-Mails zu senden. Tidings wartet…</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Saved in the keychain; type a new one to replace it</source>
        <translation>Im Schlüsselbund gespeichert; geben Sie einen neuen Wert ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>On %1&apos;s side:</source>
        <translation>Auf der Seite von %1:</translation>
    </message>
    <message>
        <source>Type the address the test message should go to.</source>
        <translation>Geben Sie die Adresse ein, an die die Testnachricht gehen soll.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Type the client ID of your %1 app first: the steps below say where to find it.</source>
        <translation>Geben Sie zuerst die Client-ID Ihrer %1-App ein: Die Schritte unten zeigen, wo Sie sie finden.</translation>
    </message>
    <message>
        <source>You signed in to %1, but did not allow Tidings to send email. Sign in again and allow &quot;Send email on your behalf&quot;.</source>
        <translation>Sie haben sich bei %1 angemeldet, aber Tidings nicht erlaubt, E-Mails zu senden. Melden Sie sich erneut an und erlauben Sie „E-Mails in Ihrem Namen senden“.</translation>
    </message>
    <message>
        <source>Signed in to %1. Save to use the new sign-in.</source>
        <translation>Bei %1 angemeldet. Speichern Sie, um die neue Anmeldung zu verwenden.</translation>
    </message>
    <message>
        <source>Signed in to %1. Save to keep it.</source>
        <translation>Bei %1 angemeldet. Speichern Sie, um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ChannelsPage</name>
    <message>
        <source>&amp;Add channel…</source>
        <translation>&amp;Kanal hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Sends as</source>
        <translation>Sendet als</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>No channel yet. Add one to tell Tidings how your messages go out: your mail provider for customers, Slack for your staff, or a webhook for your automations.</source>
        <translation>Noch kein Kanal. Fügen Sie einen hinzu, um Tidings zu sagen, wie Ihre Nachrichten verschickt werden: Ihr E-Mail-Anbieter für Kunden, Slack für Ihr Team oder ein Webhook für Ihre Automatisierungen.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Turn o&amp;n</source>
        <translation>E&amp;inschalten</translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”? Its key is deleted from the keychain.</source>
        <translation>„%1“ entfernen? Sein Schlüssel wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Its messages wait until you resume the channel (%1).</source>
        <translation>Die Nachrichten warten, bis Sie den Kanal fortsetzen (%1).</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Sends this channel&apos;s waiting messages now.</source>
        <translation>Sendet die wartenden Nachrichten dieses Kanals jetzt.</translation>
    </message>
    <message>
        <source>Holds this channel&apos;s messages until you resume it; nothing fails, and the other channels keep sending.</source>
        <translation>Hält die Nachrichten dieses Kanals zurück, bis Sie ihn fortsetzen; nichts schlägt fehl, und die anderen Kanäle senden weiter.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ConnectionsPage</name>
    <message>
        <source>&amp;Add connection…</source>
        <translation>&amp;Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>Send a &amp;test event</source>
        <translation>&amp;Testereignis senden</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Ask the platform for new and changed orders now, instead of at the next check</source>
        <translation>Die Plattform jetzt nach neuen und geänderten Bestellungen fragen statt bei der nächsten Prüfung</translation>
    </message>
    <message>
        <source>Connect a shop or order system</source>
        <translation>Einen Shop oder ein Bestellsystem verbinden</translation>
    </message>
    <message>
        <source>Change the selected connection, or see its setup again</source>
        <translation>Die ausgewählte Verbindung ändern oder ihre Einrichtung erneut ansehen</translation>
    </message>
    <message>
        <source>While off, Tidings refuses the connection&apos;s webhooks</source>
        <translation>Solange sie ausgeschaltet ist, weist Tidings die Webhooks der Verbindung ab</translation>
    </message>
    <message>
        <source>Send a signed sample order to this computer&apos;s webhook address, as the platform would. Nobody is notified.</source>
        <translation>Eine signierte Beispielbestellung an die Webhook-Adresse dieses Computers senden, wie es die Plattform tun würde. Niemand wird benachrichtigt.</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>Die ausgewählte Verbindung entfernen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>&amp;Webhook-Adresse:</translation>
    </message>
    <message>
        <source>Copy the webhook address</source>
        <translation>Webhook-Adresse kopieren</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Letztes Ereignis:</translation>
    </message>
    <message>
        <source>Last refused:</source>
        <translation>Zuletzt abgewiesen:</translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation>Noch keine Verbindungen</translation>
    </message>
    <message>
        <source>Connect your shop or order system, and Tidings hears of every new order and shipment and tells your customers about it. A short guided setup shows what to do on the platform&apos;s side.</source>
        <translation>Verbinden Sie Ihren Shop oder Ihr Bestellsystem, und Tidings erfährt von jeder neuen Bestellung und Sendung und informiert Ihre Kunden darüber. Eine kurze geführte Einrichtung zeigt, was auf der Seite der Plattform zu tun ist.</translation>
    </message>
    <message>
        <source>Add your first connection…</source>
        <translation>Erste Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Turn o&amp;n</source>
        <translation>E&amp;inschalten</translation>
    </message>
    <message>
        <source>Tidings reads this connection itself: use Check now to see it work.</source>
        <translation>Tidings liest diese Verbindung selbst: Verwenden Sie „Jetzt prüfen“, um zu sehen, dass es funktioniert.</translation>
    </message>
    <message>
        <source>A test event needs the connection to be on, with its secret saved, and Tidings receiving webhooks.</source>
        <translation>Ein Testereignis setzt voraus, dass die Verbindung eingeschaltet ist, ihr Geheimnis gespeichert ist und Tidings Webhooks empfängt.</translation>
    </message>
    <message>
        <source>Tidings has no test event for this platform. Use the platform&apos;s own test, if it has one.</source>
        <translation>Tidings hat kein Testereignis für diese Plattform. Verwenden Sie den eigenen Test der Plattform, falls es einen gibt.</translation>
    </message>
    <message>
        <source>Select a connection to see how it is doing.</source>
        <translation>Wählen Sie eine Verbindung aus, um zu sehen, wie es ihr geht.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reads &amp;from:</source>
        <translation>&amp;Liest aus:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation>Letzte Prüfung:</translation>
    </message>
    <message>
        <source>Turned off: Tidings refuses its webhooks until you turn it on.</source>
        <translation>Ausgeschaltet: Tidings weist ihre Webhooks ab, bis Sie sie einschalten.</translation>
    </message>
    <message>
        <source>Waiting for the first event. Finish the setup on the platform&apos;s side (Edit shows the steps again), or send a test event.</source>
        <translation>Wartet auf das erste Ereignis. Schließen Sie die Einrichtung auf der Seite der Plattform ab („Bearbeiten“ zeigt die Schritte erneut) oder senden Sie ein Testereignis.</translation>
    </message>
    <message>
        <source>Receiving events.</source>
        <translation>Empfängt Ereignisse.</translation>
    </message>
    <message>
        <source>Its latest request was refused; see why below.</source>
        <translation>Ihre letzte Anfrage wurde abgewiesen; den Grund sehen Sie unten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n today)</source>
        <translation>
            <numerusform>%1 (%n heute)</numerusform>
            <numerusform>%1 (%n heute)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>%1, HTTP %2. %3</source>
        <translation>%1, HTTP %2. %3</translation>
    </message>
    <message>
        <source>Nothing refused since Tidings started.</source>
        <translation>Nichts abgewiesen, seit Tidings gestartet wurde.</translation>
    </message>
    <message>
        <source>Next check: %1.</source>
        <translation>Nächste Prüfung: %1.</translation>
    </message>
    <message>
        <source>Turned off: Tidings does not check it until you turn it on.</source>
        <translation>Ausgeschaltet: Tidings prüft sie nicht, bis Sie sie einschalten.</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Wird jetzt geprüft…</translation>
    </message>
    <message>
        <source>Its latest check failed; see why below. Tidings tries again by itself.</source>
        <translation>Ihre letzte Prüfung ist fehlgeschlagen; den Grund sehen Sie unten. Tidings versucht es von selbst erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Checking every %n minute(s).</source>
        <translation>
            <numerusform>Prüft jede Minute.</numerusform>
            <numerusform>Prüft alle %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first check.</source>
        <translation>Wartet auf die erste Prüfung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%1, took %2, found %n new change(s).</source>
        <translation>
            <numerusform>%1, dauerte %2, %n neue Änderung gefunden.</numerusform>
            <numerusform>%1, dauerte %2, %n neue Änderungen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet.</source>
        <translation>Noch nicht.</translation>
    </message>
    <message>
        <source>Checking &quot;%1&quot; now…</source>
        <translation>„%1“ wird jetzt geprüft…</translation>
    </message>
    <message>
        <source>Not receiving webhooks</source>
        <translation>Empfängt keine Webhooks</translation>
    </message>
    <message>
        <source>Receiving webhooks at %1</source>
        <translation>Empfängt Webhooks unter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. Its events appear in the Monitor as they arrive.</source>
        <translation>„%1“ hinzugefügt. Die Ereignisse erscheinen im Monitor, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on.</source>
        <translation>„%1“ ist eingeschaltet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is off; Tidings does not check it.</source>
        <translation>„%1“ ist ausgeschaltet; Tidings prüft sie nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is off; its webhooks are refused.</source>
        <translation>„%1“ ist ausgeschaltet; ihre Webhooks werden abgewiesen.</translation>
    </message>
    <message>
        <source>Test event for &quot;%1&quot; accepted; it is in the Monitor.</source>
        <translation>Testereignis für „%1“ angenommen; es ist im Monitor.</translation>
    </message>
    <message>
        <source>Sending a test event for &quot;%1&quot;…</source>
        <translation>Testereignis für „%1“ wird gesendet…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?

Tidings will refuse its webhooks and delete its secret from the keychain. Events already received stay in the Monitor. Delete the webhooks in %2 too, or it keeps sending them.</source>
        <translation>„%1“ entfernen?

Tidings weist dann ihre Webhooks ab und löscht ihr Geheimnis aus dem Schlüsselbund. Bereits empfangene Ereignisse bleiben im Monitor. Löschen Sie die Webhooks auch in %2, sonst werden sie weiter gesendet.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::CredentialsPage</name>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Re&amp;place Key…</source>
        <translation>&amp;Schlüssel ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Keys and sign-ins</source>
        <translation>Schlüssel und Anmeldungen</translation>
    </message>
    <message>
        <source>Key or sign-in</source>
        <translation>Schlüssel oder Anmeldung</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>No keys yet. The keys and sign-ins of your connections and channels show here once you add them; Tidings keeps them in your system&apos;s keychain, never in its own files.</source>
        <translation>Noch keine Schlüssel. Die Schlüssel und Anmeldungen Ihrer Verbindungen und Kanäle erscheinen hier, sobald Sie sie hinzufügen; Tidings bewahrt sie im Schlüsselbund Ihres Systems auf, nie in eigenen Dateien.</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain. Tidings never shows a key again once it is saved: replace it if you are not sure it is right.</source>
        <translation>Im Schlüsselbund Ihres Systems aufbewahrt. Tidings zeigt einen Schlüssel nach dem Speichern nie wieder an: Ersetzen Sie ihn, wenn Sie nicht sicher sind, ob er stimmt.</translation>
    </message>
    <message>
        <source>Channel “%1” (%2)</source>
        <translation>Kanal „%1“ (%2)</translation>
    </message>
    <message>
        <source>Needs sign-in: %1</source>
        <translation>Anmeldung erforderlich: %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Not signed in: the channel cannot send</source>
        <translation>Nicht angemeldet: Der Kanal kann nicht senden</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not set (optional)</source>
        <translation>Nicht festgelegt (optional)</translation>
    </message>
    <message>
        <source>Missing: the channel cannot send</source>
        <translation>Fehlt: Der Kanal kann nicht senden</translation>
    </message>
    <message>
        <source>Account sign-in (%1)</source>
        <translation>Kontoanmeldung (%1)</translation>
    </message>
    <message>
        <source>Connection “%1” (%2)</source>
        <translation>Verbindung „%1“ (%2)</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Missing: this connection cannot be checked</source>
        <translation>Fehlt: Diese Verbindung kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Replace Key</source>
        <translation>Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>New %1 for %2:</source>
        <translation>Neuer Wert für „%1“ von %2:</translation>
    </message>
    <message>
        <source>The new key is empty; nothing was changed.</source>
        <translation>Der neue Schlüssel ist leer; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>That channel or connection no longer exists.</source>
        <translation>Dieser Kanal oder diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Sign out of the account of %1? It cannot send until you sign in again; its messages wait.</source>
        <translation>Vom Konto von %1 abmelden? Der Kanal kann erst wieder senden, wenn Sie sich erneut anmelden; seine Nachrichten warten.</translation>
    </message>
    <message>
        <source>Remove the %1 of %2 from the keychain? It cannot send without it; its messages wait until it has one again.</source>
        <translation>„%1“ von %2 aus dem Schlüsselbund entfernen? Ohne diesen Wert kann nicht gesendet werden; die Nachrichten warten, bis wieder einer vorhanden ist.</translation>
    </message>
    <message>
        <source>Remove the %1 of %2 from the keychain?</source>
        <translation>„%1“ von %2 aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::DelayDetectionDialog</name>
    <message>
        <source>Delay Detection</source>
        <translation>Verzögerungserkennung</translation>
    </message>
    <message>
        <source>When the carrier has said nothing about a parcel for a few days after the label was made or while it is on its way, Tidings can tell your customer you are sorry and keeping an eye on it, before they have to ask. Each parcel gets one such message per quiet spell: if the carrier reports again and then goes quiet again, it can get another.</source>
        <translation>Wenn der Versanddienstleister einige Tage lang nichts über ein Paket gemeldet hat, nachdem das Versandetikett erstellt wurde oder während es unterwegs ist, kann Tidings Ihrem Kunden mitteilen, dass es Ihnen leidtut und Sie die Sendung im Blick behalten – bevor er nachfragen muss. Jedes Paket erhält eine solche Nachricht pro Funkstille: Meldet sich der Versanddienstleister wieder und verstummt dann erneut, kann es eine weitere erhalten.</translation>
    </message>
    <message>
        <source>&amp;Watch for parcels the carrier has gone quiet about</source>
        <translation>&amp;Pakete beobachten, zu denen der Versanddienstleister nichts mehr meldet</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>&amp;Delayed after no news for:</source>
        <translation>&amp;Verzögert, wenn keine Neuigkeiten seit:</translation>
    </message>
    <message>
        <source>Only switch this on if Tidings hears from your carrier as parcels move (a tracking connection, or a shop that reports deliveries). Otherwise every parcel looks delayed.</source>
        <translation>Schalten Sie dies nur ein, wenn Tidings von Ihrem Versanddienstleister hört, während Pakete unterwegs sind (über eine Verbindung zur Sendungsverfolgung oder einen Shop, der Zustellungen meldet). Sonst wirkt jedes Paket verzögert.</translation>
    </message>
    <message>
        <source>No rule sends anything for a delay yet. Add one for the trigger &quot;shipment.delayed&quot; in your configuration: to the customer, or to your staff&apos;s chat.</source>
        <translation>Noch sendet keine Regel etwas bei einer Verzögerung. Fügen Sie in Ihrer Konfiguration eine für den Trigger „shipment.delayed“ hinzu: an den Kunden oder an den Chat Ihres Teams.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::DeliveryGroup</name>
    <message>
        <source>Retries and fallback</source>
        <translation>Wiederholungen und Ausweichkanal</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>How many times Tidings tries to send a message through this channel before it fails for good. Refusals that no retry can mend (a bad address) stop at once.</source>
        <translation>Wie oft Tidings versucht, eine Nachricht über diesen Kanal zu senden, bevor sie endgültig fehlschlägt. Bei Ablehnungen, die kein weiterer Versuch beheben kann (eine ungültige Adresse), ist sofort Schluss.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>A message still not sent this many hours after the order changed fails for good at its next failure, so a customer is not told days late.</source>
        <translation>Eine Nachricht, die so viele Stunden nach der Änderung der Bestellung noch nicht gesendet ist, schlägt beim nächsten Fehler endgültig fehl, damit ein Kunde nicht erst Tage später benachrichtigt wird.</translation>
    </message>
    <message>
        <source>When this channel keeps failing (an outage, or its sign-in was refused), its waiting messages go through this channel instead. Only channels that send the same kind of message are offered.</source>
        <translation>Wenn dieser Kanal weiter fehlschlägt (bei einem Ausfall oder wenn seine Anmeldung abgelehnt wurde), gehen seine wartenden Nachrichten stattdessen über den hier gewählten Kanal. Angeboten werden nur Kanäle, die dieselbe Art von Nachricht senden.</translation>
    </message>
    <message>
        <source> failures</source>
        <translation> Fehlversuchen</translation>
    </message>
    <message>
        <source>How many failed tries in a row move a message to the fallback channel.</source>
        <translation>Nach wie vielen fehlgeschlagenen Versuchen in Folge eine Nachricht zum Ausweichkanal wechselt.</translation>
    </message>
    <message>
        <source>&amp;Maximum attempts:</source>
        <translation>&amp;Maximale Versuche:</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>Auf&amp;geben nach:</translation>
    </message>
    <message>
        <source>If this channel keeps failing, &amp;use:</source>
        <translation>Wenn dieser Kanal weiter fehlschlägt, a&amp;usweichen auf:</translation>
    </message>
    <message>
        <source>Move there a&amp;fter:</source>
        <translation>&amp;Dorthin wechseln nach:</translation>
    </message>
    <message>
        <source>No fallback</source>
        <translation>Kein Ausweichkanal</translation>
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
        <translation>Ihr E-Mail-Anbieter</translation>
    </message>
    <message>
        <source>Tidings sends your messages through a mail service you already have, in your name.</source>
        <translation>Tidings sendet Ihre Nachrichten in Ihrem Namen über einen E-Mail-Dienst, den Sie bereits haben.</translation>
    </message>
    <message>
        <source>Choose your mail service and paste its key, or sign in with Google or Microsoft. Then send yourself a test message to see what your customers will get.</source>
        <translation>Wählen Sie Ihren E-Mail-Dienst und fügen Sie seinen Schlüssel ein, oder melden Sie sich mit Google oder Microsoft an. Senden Sie sich dann eine Testnachricht, um zu sehen, was Ihre Kunden erhalten werden.</translation>
    </message>
    <message>
        <source>&amp;Add an Email Provider…</source>
        <translation>&amp;E-Mail-Anbieter hinzufügen…</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>ihr.name@example.com</translation>
    </message>
    <message>
        <source>Send a Test &amp;Message to Me</source>
        <translation>&amp;Testnachricht an mich senden</translation>
    </message>
    <message>
        <source>&amp;Your email address:</source>
        <translation>&amp;Ihre E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No email provider is set up yet.</source>
        <translation>Es ist noch kein E-Mail-Anbieter eingerichtet.</translation>
    </message>
    <message>
        <source>Set up: %1</source>
        <translation>Eingerichtet: %1</translation>
    </message>
    <message>
        <source>Saved. Now send yourself a test message.</source>
        <translation>Gespeichert. Senden Sie sich jetzt eine Testnachricht.</translation>
    </message>
    <message>
        <source>Add an email provider first.</source>
        <translation>Fügen Sie zuerst einen E-Mail-Anbieter hinzu.</translation>
    </message>
    <message>
        <source>Type your email address first.</source>
        <translation>Geben Sie zuerst Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::EventDetailsView</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Failed, will try again</source>
        <translation>Fehlgeschlagen, neuer Versuch folgt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted (Tidings stopped while sending)</source>
        <translation>Unterbrochen (Tidings wurde beim Senden beendet)</translation>
    </message>
    <message>
        <source>Waiting for the account to be signed in again</source>
        <translation>Wartet darauf, dass das Konto wieder angemeldet wird</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Messages and delivery attempts</source>
        <translation>Nachrichten und Zustellversuche</translation>
    </message>
    <message>
        <source>Payload as received</source>
        <translation>Inhalt wie empfangen</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Select an event to see what Tidings did about it.</source>
        <translation>Wählen Sie ein Ereignis aus, um zu sehen, was Tidings damit gemacht hat.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>empfangen %1</translation>
    </message>
    <message>
        <source>from %1 (%2)</source>
        <translation>von %1 (%2)</translation>
    </message>
    <message>
        <source>Tidings had already received this event (the same delivery, or a status the order had already reached), so it sent nothing again.</source>
        <translation>Tidings hatte dieses Ereignis bereits empfangen (dieselbe Zustellung oder ein Status, den die Bestellung schon erreicht hatte), daher wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>No rule asks for a message about this event, so nothing was sent.</source>
        <translation>Keine Regel verlangt eine Nachricht zu diesem Ereignis, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>„%1“ an %2</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
    <message>
        <source>provider id %1</source>
        <translation>Anbieter-ID %1</translation>
    </message>
    <message>
        <source>resent by you</source>
        <translation>von Ihnen erneut gesendet</translation>
    </message>
    <message>
        <source>What went wrong:</source>
        <translation>Was schiefging:</translation>
    </message>
    <message>
        <source>Not tried yet.</source>
        <translation>Noch nicht versucht.</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Provider message id:</source>
        <translation>Nachrichten-ID des Anbieters:</translation>
    </message>
    <message>
        <source>Provider&apos;s answer:</source>
        <translation>Antwort des Anbieters:</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Inhalt)</translation>
    </message>
    <message>
        <source>

(Only the first %1 KiB of %2 KiB are shown.)</source>
        <translation>

(Nur die ersten %1 KiB von %2 KiB werden angezeigt.)</translation>
    </message>
    <message>
        <source>(no headers)</source>
        <translation>(keine Header)</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Wegen Ruhezeiten zurückgehalten</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::FinishPage</name>
    <message>
        <source>All set</source>
        <translation>Alles bereit</translation>
    </message>
    <message>
        <source>You can change all of this later, and open these steps again from Help → Getting Started.</source>
        <translation>Sie können all das später ändern und diese Schritte über „Hilfe → Erste Schritte“ erneut öffnen.</translation>
    </message>
    <message>
        <source>&amp;Go live now: send messages to my customers</source>
        <translation>Jetzt &amp;live gehen: Nachrichten an meine Kunden senden</translation>
    </message>
    <message>
        <source>No shop yet: add it on the Connections page.</source>
        <translation>Noch kein Shop: Fügen Sie ihn auf der Seite „Verbindungen“ hinzu.</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Shop: %1</translation>
    </message>
    <message>
        <source>No email provider yet: add one on the Channels page.</source>
        <translation>Noch kein E-Mail-Anbieter: Fügen Sie einen auf der Seite „Kanäle“ hinzu.</translation>
    </message>
    <message>
        <source>Email provider: %1</source>
        <translation>E-Mail-Anbieter: %1</translation>
    </message>
    <message>
        <source>No shop name for your messages yet.</source>
        <translation>Noch kein Shopname für Ihre Nachrichten.</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Marke: %1</translation>
    </message>
    <message>
        <source>Test mode is on: customers&apos; messages go to %1.</source>
        <translation>Der Testmodus ist eingeschaltet: Nachrichten an Kunden gehen an %1.</translation>
    </message>
    <message>
        <source>Test mode is off: messages go to your customers.</source>
        <translation>Der Testmodus ist ausgeschaltet: Nachrichten gehen an Ihre Kunden.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::GenericMappingEditor</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>%1 (their word: %2)</source>
        <translation>%1 (ihr Wort: %2)</translation>
    </message>
    <message>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Shipment status</source>
        <translation>Sendungsstatus</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Sendungsverfolgungslink</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> zu je %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Stock status</source>
        <translation>Lagerstatus</translation>
    </message>
    <message>
        <source>Where each field is</source>
        <translation>Wo jedes Feld steht</translation>
    </message>
    <message>
        <source>Tidings field</source>
        <translation>Tidings-Feld</translation>
    </message>
    <message>
        <source>Path in the JSON</source>
        <translation>Pfad im JSON</translation>
    </message>
    <message>
        <source>&amp;Where each field is:</source>
        <translation>&amp;Wo jedes Feld steht:</translation>
    </message>
    <message>
        <source>A JSON pointer such as /order/id, or a dotted path such as order.id or items.0.sku. Item fields are read inside each entry of the items list. Press F2 or start typing to edit.</source>
        <translation>Ein JSON-Pointer wie /order/id oder ein Punkt-Pfad wie order.id oder items.0.sku. Artikelfelder werden innerhalb jedes Eintrags der Artikelliste gelesen. Drücken Sie F2 oder beginnen Sie zu tippen, um zu bearbeiten.</translation>
    </message>
    <message>
        <source>Status words</source>
        <translation>Statuswörter</translation>
    </message>
    <message>
        <source>Their word</source>
        <translation>Ihr Wort</translation>
    </message>
    <message>
        <source>&amp;Status words:</source>
        <translation>&amp;Statuswörter:</translation>
    </message>
    <message>
        <source>Words your system uses for a status, in any case (e.g. &quot;Dispatched&quot; means shipped). Words that already are a Tidings status need no entry.</source>
        <translation>Wörter, die Ihr System für einen Status verwendet, in beliebiger Schreibweise (z. B. bedeutet „Dispatched“ versendet). Wörter, die bereits ein Tidings-Status sind, brauchen keinen Eintrag.</translation>
    </message>
    <message>
        <source>&amp;Add word</source>
        <translation>Wort &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a status word (Insert in the table)</source>
        <translation>Ein Statuswort hinzufügen (Insert in der Tabelle)</translation>
    </message>
    <message>
        <source>Re&amp;move word</source>
        <translation>Wort e&amp;ntfernen</translation>
    </message>
    <message>
        <source>Remove the selected status word (Delete in the table)</source>
        <translation>Das ausgewählte Statuswort entfernen (Delete in der Tabelle)</translation>
    </message>
    <message>
        <source>Add status word</source>
        <translation>Statuswort hinzufügen</translation>
    </message>
    <message>
        <source>Remove status word</source>
        <translation>Statuswort entfernen</translation>
    </message>
    <message>
        <source>Sample body</source>
        <translation>Beispielinhalt</translation>
    </message>
    <message>
        <source>Paste a body your system sends, e.g. from Zapier&apos;s test step or the sender&apos;s log.</source>
        <translation>Fügen Sie einen Inhalt ein, den Ihr System sendet, z. B. aus dem Testschritt von Zapier oder dem Protokoll des Absenders.</translation>
    </message>
    <message>
        <source>Sam&amp;ple body:</source>
        <translation>&amp;Beispielinhalt:</translation>
    </message>
    <message>
        <source>&amp;Test with this sample</source>
        <translation>Mit diesem Beispiel &amp;testen</translation>
    </message>
    <message>
        <source>Read the sample with this mapping (Ctrl+Return)</source>
        <translation>Das Beispiel mit dieser Zuordnung lesen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>field label and its name in the mapping</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The sample cannot be read with this mapping: %n problem(s). Fix the paths or the sample, then test again.</source>
        <translation>
            <numerusform>Das Beispiel kann mit dieser Zuordnung nicht gelesen werden: %n Problem. Korrigieren Sie die Pfade oder das Beispiel und testen Sie erneut.</numerusform>
            <numerusform>Das Beispiel kann mit dieser Zuordnung nicht gelesen werden: %n Probleme. Korrigieren Sie die Pfade oder das Beispiel und testen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>The sample gives %n event(s).</source>
        <translation>
            <numerusform>Das Beispiel ergibt %n Ereignis.</numerusform>
            <numerusform>Das Beispiel ergibt %n Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample gives %1 and %2.</source>
        <translation>Das Beispiel ergibt %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock change(s)</source>
        <translation>
            <numerusform>%n Lagerbestandsänderung</numerusform>
            <numerusform>%n Lagerbestandsänderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Order %1 (%2)</source>
        <translation>Bestellung %1 (%2)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>Stock change %1</source>
        <translation>Lagerbestandsänderung %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::GettingStartedWizard</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Willkommen bei Tidings</translation>
    </message>
    <message>
        <source>S&amp;kip This Step</source>
        <translation>&amp;Diesen Schritt überspringen</translation>
    </message>
    <message>
        <source>Goes on to the next step without changing anything here</source>
        <translation>Geht zum nächsten Schritt weiter, ohne hier etwas zu ändern</translation>
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
        <translation>Lagernachrichten</translation>
    </message>
    <message>
        <source>Nobody (no stock alerts)</source>
        <translation>Niemand (keine Bestandswarnungen)</translation>
    </message>
    <message>
        <source>team@yourshop.com</source>
        <translation>team@ihrshop.de</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Ihr Team</translation>
    </message>
    <message>
        <source>Told once when a product falls to its low-stock threshold, and once when it runs out. Stock that goes up and down around the threshold does not alert again until it was well above it.</source>
        <translation>Erhält eine Nachricht, wenn ein Produkt auf seinen Meldebestand fällt, und eine, wenn es ausverkauft ist. Schwankt der Bestand um den Meldebestand, wird erst wieder gewarnt, nachdem er deutlich darüber lag.</translation>
    </message>
    <message>
        <source>&amp;Alerts go through:</source>
        <translation>&amp;Warnungen gehen über:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Tell &amp;waiting customers when a product is back in stock</source>
        <translation>Wartende &amp;Kunden informieren, wenn ein Produkt wieder auf Lager ist</translation>
    </message>
    <message>
        <source>Tell customers when their &amp;order waits for an item that ran out</source>
        <translation>Kunden informieren, wenn ihre &amp;Bestellung auf einen ausverkauften Artikel wartet</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Ihre Kunden</translation>
    </message>
    <message>
        <source>Waiting customers are told in the order they asked, no more of them than came back. An order waits when it was placed after an item had run out; its shipping message then thanks the customer for waiting.</source>
        <translation>Wartende Kunden werden in der Reihenfolge ihrer Anfrage informiert, höchstens so viele, wie Stück wieder da sind. Eine Bestellung wartet, wenn sie aufgegeben wurde, nachdem ein Artikel ausverkauft war; ihre Versandnachricht dankt dem Kunden dann für seine Geduld.</translation>
    </message>
    <message>
        <source>&amp;Customers are told through:</source>
        <translation>Kunden &amp;erhalten Nachrichten über:</translation>
    </message>
    <message>
        <source>Add an email channel on the Channels page to tell customers.</source>
        <translation>Fügen Sie auf der Seite „Kanäle“ einen E-Mail-Kanal hinzu, um Kunden zu informieren.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::InventoryPage</name>
    <message>
        <source>&amp;Threshold…</source>
        <translation>&amp;Meldebestand…</translation>
    </message>
    <message>
        <source>Give the chosen product its own low-stock threshold, or the shop&apos;s (F2 in the table does it too)</source>
        <translation>Dem ausgewählten Produkt einen eigenen Meldebestand oder den des Shops zuweisen (auch mit F2 in der Tabelle)</translation>
    </message>
    <message>
        <source>&amp;Import Waiting Customers…</source>
        <translation>Wartende Kunden &amp;importieren…</translation>
    </message>
    <message>
        <source>Add customers waiting for products to be back in stock, from a CSV file with at least SKU and Email columns (Ctrl+I)</source>
        <translation>Kunden, die darauf warten, dass Produkte wieder auf Lager sind, aus einer CSV-Datei mit mindestens den Spalten SKU und Email hinzufügen (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Messages…</source>
        <translation>&amp;Nachrichten…</translation>
    </message>
    <message>
        <source>Choose who is told about stock: your team when a product runs low or out, customers when it is back or their order waits for it</source>
        <translation>Festlegen, wer über den Lagerbestand informiert wird: Ihr Team, wenn ein Produkt knapp wird oder ausverkauft ist, und Kunden, wenn es wieder da ist oder ihre Bestellung darauf wartet</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>Search by SKU or name</source>
        <translation>Nach SKU oder Name suchen</translation>
    </message>
    <message>
        <source>Shows the products whose SKU or name contains what you type (Ctrl+F)</source>
        <translation>Zeigt die Produkte, deren SKU oder Name den eingegebenen Text enthält (Ctrl+F)</translation>
    </message>
    <message>
        <source>Staff are told when a product&apos;s stock falls to this many, unless the product has a threshold of its own</source>
        <translation>Ihr Team wird informiert, wenn der Bestand eines Produkts auf diesen Wert fällt, sofern das Produkt keinen eigenen Meldebestand hat</translation>
    </message>
    <message>
        <source>Sh&amp;op threshold:</source>
        <translation>Meldebestand des &amp;Shops:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Shop&apos;s (%1)</source>
        <translation>Shop-Wert (%1)</translation>
    </message>
    <message>
        <source>Stock changes</source>
        <translation>Lagerbestandsänderungen</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Noch keine Produkte</translation>
    </message>
    <message>
        <source>Stock levels appear here when a connected shop reports them: how many of each product are left, whether it is running low, and which customers wait for it to be back in stock.</source>
        <translation>Lagerbestände erscheinen hier, sobald ein verbundener Shop sie meldet: wie viele Stück von jedem Produkt noch da sind, ob der Bestand knapp wird und welche Kunden darauf warten, dass es wieder auf Lager ist.</translation>
    </message>
    <message>
        <source>Customers who asked to be told when a product is back can be added from a CSV file with SKU and Email columns.</source>
        <translation>Kunden, die benachrichtigt werden möchten, wenn ein Produkt wieder da ist, können aus einer CSV-Datei mit den Spalten SKU und Email hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Choose a product to see its stock changes.</source>
        <translation>Wählen Sie ein Produkt, um seine Lagerbestandsänderungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stock changes of %1</source>
        <translation>Lagerbestandsänderungen von %1</translation>
    </message>
    <message>
        <source>No stock change of %1 reported yet.</source>
        <translation>Für %1 wurde noch keine Lagerbestandsänderung gemeldet.</translation>
    </message>
    <message>
        <source>Import Waiting Customers</source>
        <translation>Wartende Kunden importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tidings could not read %1: %2</source>
        <translation>Tidings konnte %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of customers. Split it into smaller files.</source>
        <translation>%1 ist zu groß für eine Kundenliste. Teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out:</source>
        <translation>
            <numerusform>%n Zeile ausgelassen:</numerusform>
            <numerusform>%n Zeilen ausgelassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weitere.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>No waiting customers were added from %1.</source>
        <translation>Aus %1 wurden keine wartenden Kunden hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting customer(s)</source>
        <translation>
            <numerusform>%n wartender Kunde</numerusform>
            <numerusform>%n wartende Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Added %1; %n were already waiting.</source>
        <translation>
            <numerusform>%1 hinzugefügt; %n wartete bereits.</numerusform>
            <numerusform>%1 hinzugefügt; %n warteten bereits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running low</source>
        <translation>
            <numerusform>%n mit geringem Bestand</numerusform>
            <numerusform>%n mit geringem Bestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out of stock</source>
        <translation>
            <numerusform>%n nicht auf Lager</numerusform>
            <numerusform>%n nicht auf Lager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) waiting</source>
        <translation>
            <numerusform>%n Kunde wartet</numerusform>
            <numerusform>%n Kunden warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>&amp;Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>Tidings will speak %1 after a restart. Restart now? Nothing waiting to be sent is lost.</source>
        <translation>Tidings verwendet %1 nach einem Neustart. Jetzt neu starten? Nichts, was auf den Versand wartet, geht verloren.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::LogViewerDialog</name>
    <message>
        <source>Copy &amp;Diagnostic Report</source>
        <translation>&amp;Diagnosebericht kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Tidings Log</source>
        <translation>Tidings-Protokoll</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Meldungen</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Copies the versions, settings and recent log for support. Keys and passwords are left out.</source>
        <translation>Kopiert die Versionen, Einstellungen und das aktuelle Protokoll für den Support. Schlüssel und Passwörter werden weggelassen.</translation>
    </message>
    <message>
        <source>Tidings keeps no log in this run.</source>
        <translation>Tidings führt in diesem Lauf kein Protokoll.</translation>
    </message>
    <message>
        <source>Also written to %1</source>
        <translation>Wird auch in %1 geschrieben</translation>
    </message>
    <message>
        <source>The diagnostic report is on the clipboard. Paste it into your message to support.</source>
        <translation>Der Diagnosebericht ist in der Zwischenablage. Fügen Sie ihn in Ihre Nachricht an den Support ein.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::LogoPicker</name>
    <message>
        <source>Your customers&apos; mail programs load the logo from this address, so it must be a picture on the web. No website? Choose a picture file instead.</source>
        <translation>Die E-Mail-Programme Ihrer Kunden laden das Logo von dieser Adresse, daher muss es ein Bild im Web sein. Keine Website? Wählen Sie stattdessen eine Bilddatei.</translation>
    </message>
    <message>
        <source>Choose F&amp;ile…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>A PNG, JPEG, GIF or WebP picture of at most %1 KiB. Every email carries it inside, so it shows without your customers&apos; mail programs loading anything from the web.</source>
        <translation>Ein PNG-, JPEG-, GIF- oder WebP-Bild mit höchstens %1 KiB. Jede E-Mail enthält es selbst, daher erscheint es, ohne dass die E-Mail-Programme Ihrer Kunden etwas aus dem Web laden.</translation>
    </message>
    <message>
        <source>Remo&amp;ve Picture</source>
        <translation>B&amp;ild entfernen</translation>
    </message>
    <message>
        <source>Choose Your Logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 Pixel, %3</translation>
    </message>
    <message>
        <source>Every email carries this picture inside it, as %1.</source>
        <translation>Jede E-Mail enthält dieses Bild selbst, als %1.</translation>
    </message>
    <message>
        <source>e.g. https://your-shop.com/logo.png</source>
        <translation>z. B. https://ihr-shop.de/logo.png</translation>
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
        <translation>&amp;Erneut anmelden…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>The Monitor needs the database to show events. Fix the problem above and start Tidings again.</source>
        <translation>Der Monitor braucht die Datenbank, um Ereignisse anzuzeigen. Beheben Sie das Problem oben und starten Sie Tidings erneut.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>&amp;Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation>&amp;Versand</translation>
    </message>
    <message>
        <source>&amp;Pause All Sending</source>
        <translation>&amp;Gesamten Versand pausieren</translation>
    </message>
    <message>
        <source>Nothing is sent while paused; messages wait and go out when you resume</source>
        <translation>Während der Pause wird nichts gesendet; Nachrichten warten und werden verschickt, sobald Sie fortsetzen</translation>
    </message>
    <message>
        <source>Resend &amp;Interrupted Messages Automatically</source>
        <translation>&amp;Unterbrochene Nachrichten automatisch erneut senden</translation>
    </message>
    <message>
        <source>A message Tidings was sending when it stopped may have gone out. Off: it is marked uncertain for you to decide in the Monitor. On: it is sent again at the next start, and may arrive twice.</source>
        <translation>Eine Nachricht, die Tidings beim Beenden gerade sendete, ist möglicherweise verschickt worden. Aus: Sie wird als unklar markiert, und Sie entscheiden im Monitor. Ein: Sie wird beim nächsten Start erneut gesendet und kommt eventuell doppelt an.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Log and Diagnostic Report</source>
        <translation>&amp;Protokoll und Diagnosebericht</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>Ü&amp;ber Tidings</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent since you last looked at the Monitor</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht gesendet werden, seit Sie zuletzt in den Monitor geschaut haben</numerusform>
            <numerusform>%n Nachrichten konnten nicht gesendet werden, seit Sie zuletzt in den Monitor geschaut haben</numerusform>
        </translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Tidings %1</source>
        <translation>Tidings %1</translation>
    </message>
    <message>
        <source>Tells your customers about their orders: when your shop reports a new order, a shipment or a delivery, Tidings sends a message in your shop&apos;s style and shows you what happened to it.</source>
        <translation>Informiert Ihre Kunden über ihre Bestellungen: Wenn Ihr Shop eine neue Bestellung, eine Sendung oder eine Zustellung meldet, sendet Tidings eine Nachricht im Stil Ihres Shops und zeigt Ihnen, was daraus geworden ist.</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Läuft auf:</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>Über Tidings</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Versionen kopieren</translation>
    </message>
    <message>
        <source>Copies these versions, to paste into a message to support</source>
        <translation>Kopiert diese Versionen, um sie in eine Nachricht an den Support einzufügen</translation>
    </message>
    <message>
        <source>%1 Its messages wait and go out once you have signed in.</source>
        <translation>%1 Die Nachrichten warten und werden verschickt, sobald Sie sich angemeldet haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n more channel(s) need signing in too: see Channels.</source>
        <translation>
            <numerusform>%n weiterer Kanal muss ebenfalls angemeldet werden: siehe „Kanäle“.</numerusform>
            <numerusform>%n weitere Kanäle müssen ebenfalls angemeldet werden: siehe „Kanäle“.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delay Detection…</source>
        <translation>&amp;Verzögerungserkennung…</translation>
    </message>
    <message>
        <source>Tell customers, or your staff, when the carrier has gone quiet about a parcel</source>
        <translation>Kunden oder Ihr Team informieren, wenn der Versanddienstleister zu einem Paket nichts mehr meldet</translation>
    </message>
    <message>
        <source>&amp;Quiet Hours…</source>
        <translation>&amp;Ruhezeiten…</translation>
    </message>
    <message>
        <source>Hold text and Slack messages through the night, and alert your staff on Slack when a message fails for good</source>
        <translation>SMS und Slack-Nachrichten über Nacht zurückhalten und Ihr Team in Slack warnen, wenn eine Nachricht endgültig fehlschlägt</translation>
    </message>
    <message>
        <source>&amp;Getting Started…</source>
        <translation>&amp;Erste Schritte…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>V&amp;orlagen</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Lager</translation>
    </message>
    <message>
        <source>Inventory &amp;Messages…</source>
        <translation>&amp;Lagernachrichten…</translation>
    </message>
    <message>
        <source>Tell your team when a product runs low or out, and customers when it is back or their order waits for it</source>
        <translation>Ihr Team informieren, wenn ein Produkt knapp wird oder ausverkauft ist, und Kunden, wenn es wieder da ist oder ihre Bestellung darauf wartet</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MessagesPage</name>
    <message>
        <source>When an order is placed</source>
        <translation>Wenn eine Bestellung aufgegeben wird</translation>
    </message>
    <message>
        <source>When an order ships</source>
        <translation>Wenn eine Bestellung versendet wird</translation>
    </message>
    <message>
        <source>Your messages</source>
        <translation>Ihre Nachrichten</translation>
    </message>
    <message>
        <source>What your customers are sent, and when. Here with a made-up order and your brand.</source>
        <translation>Was Ihre Kunden erhalten, und wann. Hier mit einer Beispielbestellung und Ihrer Marke.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Nachrichten:</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>When a parcel seems stuck (with Delay Detection on)</source>
        <translation>Wenn ein Paket festzustecken scheint (mit eingeschalteter Verzögerungserkennung)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Orders that say the customer&apos;s language get the messages in it, when Tidings has them in it. This one is for the others. You can change it later on the Templates page.</source>
        <translation>Bestellungen, die die Sprache des Kunden nennen, erhalten die Nachrichten in dieser Sprache, wenn Tidings sie darin hat. Diese Einstellung gilt für alle anderen. Sie können sie später auf der Seite Vorlagen ändern.</translation>
    </message>
    <message>
        <source>Customers whose order does not say their &amp;language get:</source>
        <translation>Kunden, deren Bestellung keine &amp;Sprache nennt, erhalten:</translation>
    </message>
    <message>
        <source>When an order waits for an item that ran out</source>
        <translation>Wenn eine Bestellung auf einen ausverkauften Artikel wartet</translation>
    </message>
    <message>
        <source>When a product customers wait for is back in stock</source>
        <translation>Wenn ein Produkt, auf das Kunden warten, wieder auf Lager ist</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MonitorModel</name>
    <message>
        <source>Duplicate — nothing sent</source>
        <translation>Duplikat – nichts gesendet</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nichts zu senden</translation>
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
        <translation>Tidings hatte dieses Ereignis bereits empfangen, daher wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>No rule asks for a message about this event.</source>
        <translation>Keine Regel verlangt eine Nachricht zu diesem Ereignis.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) for this event</source>
        <translation>
            <numerusform>%n Nachricht zu diesem Ereignis</numerusform>
            <numerusform>%n Nachrichten zu diesem Ereignis</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MonitorPage</name>
    <message>
        <source>Search events</source>
        <translation>Ereignisse suchen</translation>
    </message>
    <message>
        <source>Show events by state</source>
        <translation>Ereignisse nach Zustand anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed or uncertain</source>
        <translation>Fehlgeschlagen oder unklar</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation>&amp;Erneut senden…</translation>
    </message>
    <message>
        <source>Send one of the selected event&apos;s messages again, to the same or another address</source>
        <translation>Eine der Nachrichten des ausgewählten Ereignisses erneut senden, an dieselbe oder eine andere Adresse</translation>
    </message>
    <message>
        <source>Resend &amp;All Shown…</source>
        <translation>A&amp;lle angezeigten erneut senden…</translation>
    </message>
    <message>
        <source>Send the messages of every event the table shows again (use Show: Failed or uncertain first), each to the address it went to</source>
        <translation>Die Nachrichten aller Ereignisse, die die Tabelle zeigt, erneut senden (wählen Sie zuerst „Anzeigen: Fehlgeschlagen oder unklar“), jeweils an die Adresse, an die sie gingen</translation>
    </message>
    <message>
        <source>&amp;Cancel Message</source>
        <translation>&amp;Nachricht abbrechen</translation>
    </message>
    <message>
        <source>The selected event&apos;s message that is still waiting is not sent</source>
        <translation>Die noch wartende Nachricht des ausgewählten Ereignisses wird nicht gesendet</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the events the table shows, as it shows them, for a spreadsheet</source>
        <translation>Die Ereignisse, die die Tabelle zeigt, so wie sie angezeigt werden, für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Send Again</source>
        <translation>Nicht erneut &amp;senden</translation>
    </message>
    <message>
        <source>None of the events shown has a message that can be sent again.</source>
        <translation>Keines der angezeigten Ereignisse hat eine Nachricht, die erneut gesendet werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) of the %1 events shown again, each to the address it went to? The first ones stay in the history.</source>
        <translation>
            <numerusform>%n Nachricht der %1 angezeigten Ereignisse erneut senden, jeweils an die Adresse, an die sie ging? Die ursprüngliche bleibt im Verlauf.</numerusform>
            <numerusform>%n Nachrichten der %1 angezeigten Ereignisse erneut senden, jeweils an die Adresse, an die sie gingen? Die ursprünglichen bleiben im Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend All Shown</source>
        <translation>Alle angezeigten erneut senden</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n Message(s)</source>
        <translation>
            <numerusform>%n Nachricht erneut senden</numerusform>
            <numerusform>%n Nachrichten erneut senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n message(s) to be sent again.</source>
        <translation>
            <numerusform>%n Nachricht zum erneuten Senden in die Warteschlange gestellt.</numerusform>
            <numerusform>%n Nachrichten zum erneuten Senden in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings could not save the events to %1: %2</source>
        <translation>Tidings konnte die Ereignisse nicht in %1 speichern: %2</translation>
    </message>
    <message>
        <source>tidings-events-%1.csv</source>
        <translation>tidings-ereignisse-%1.csv</translation>
    </message>
    <message>
        <source>Export View as CSV</source>
        <translation>Ansicht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis in %1 gespeichert.</numerusform>
            <numerusform>%n Ereignisse in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidings was interrupted while sending the message to %1, so it may have gone out. Leave it as it is? Tidings will not send it again; you can still resend it.</source>
        <translation>
            <numerusform>Tidings wurde beim Senden der Nachricht an %1 unterbrochen, daher wurde sie möglicherweise verschickt. So belassen? Tidings sendet sie nicht erneut; Sie können sie trotzdem noch erneut senden.</numerusform>
            <numerusform>Tidings wurde beim Senden der Nachrichten an %1 unterbrochen, daher wurden sie möglicherweise verschickt. So belassen? Tidings sendet sie nicht erneut; Sie können sie trotzdem noch erneut senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the message to %1 that is waiting to go out? It will not be sent; you can still resend it later.</source>
        <translation>
            <numerusform>Die wartende Nachricht an %1 abbrechen? Sie wird nicht gesendet; Sie können sie später trotzdem erneut senden.</numerusform>
            <numerusform>Die wartenden Nachrichten an %1 abbrechen? Sie werden nicht gesendet; Sie können sie später trotzdem erneut senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t Send Again</source>
        <translation>Nicht erneut senden</translation>
    </message>
    <message>
        <source>Cancel Waiting Message</source>
        <translation>Wartende Nachricht abbrechen</translation>
    </message>
    <message>
        <source>Cancel Message</source>
        <translation>Nachricht abbrechen</translation>
    </message>
    <message>
        <source>Select an event to see what Tidings did about it.</source>
        <translation>Wählen Sie ein Ereignis aus, um zu sehen, was Tidings damit gemacht hat.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>Events appear here as soon as your shop sends them. For each one you will see which messages Tidings sent, to whom, and whether they arrived at your email provider.</source>
        <translation>Ereignisse erscheinen hier, sobald Ihr Shop sie sendet. Zu jedem sehen Sie, welche Nachrichten Tidings gesendet hat, an wen und ob sie bei Ihrem E-Mail-Anbieter angekommen sind.</translation>
    </message>
    <message>
        <source>Your shop sends its webhooks to:</source>
        <translation>Ihr Shop sendet seine Webhooks an:</translation>
    </message>
    <message>
        <source>Not listening for webhooks</source>
        <translation>Lauscht nicht auf Webhooks</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n unklar</numerusform>
            <numerusform>%n unklar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search order number, email or tracking number (Ctrl+F)</source>
        <translation>Bestellnummer, E-Mail oder Sendungsnummer suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show events from shop</source>
        <translation>Ereignisse aus dem Shop anzeigen</translation>
    </message>
    <message>
        <source>Show events with messages through channel</source>
        <translation>Ereignisse mit Nachrichten über den Kanal anzeigen</translation>
    </message>
    <message>
        <source>Show events received</source>
        <translation>Ereignisse nach Empfangszeitraum anzeigen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Sh&amp;op:</source>
        <translation>Sh&amp;op:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>E&amp;mpfangen:</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Alle Shops</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n matching event(s); scroll for older ones</source>
        <translation>
            <numerusform>Das neueste passende Ereignis; für ältere scrollen</numerusform>
            <numerusform>Die neuesten %n passenden Ereignisse; für ältere scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s)</source>
        <translation>
            <numerusform>%n passendes Ereignis</numerusform>
            <numerusform>%n passende Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n event(s); scroll for older ones</source>
        <translation>
            <numerusform>Das neueste Ereignis; für ältere scrollen</numerusform>
            <numerusform>Die neuesten %n Ereignisse; für ältere scrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notify Now…</source>
        <translation>&amp;Jetzt benachrichtigen…</translation>
    </message>
    <message>
        <source>Send a message you choose for the selected event&apos;s order now</source>
        <translation>Eine Nachricht Ihrer Wahl jetzt für die Bestellung des ausgewählten Ereignisses senden</translation>
    </message>
    <message>
        <source>Re&amp;play Through Rules…</source>
        <translation>&amp;Regeln erneut anwenden…</translation>
    </message>
    <message>
        <source>See what your current rules would send for the selected event, then send what is new</source>
        <translation>Sehen, was Ihre aktuellen Regeln für das ausgewählte Ereignis senden würden, und dann das Neue senden</translation>
    </message>
    <message>
        <source>Order &amp;History…</source>
        <translation>Bestell&amp;verlauf…</translation>
    </message>
    <message>
        <source>Everything that happened to the selected event&apos;s order, with each message exactly as it was sent</source>
        <translation>Alles, was mit der Bestellung des ausgewählten Ereignisses geschah, mit jeder Nachricht genau so, wie sie gesendet wurde</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::NotifyNowDialog</name>
    <message>
        <source>Notify Now</source>
        <translation>Jetzt benachrichtigen</translation>
    </message>
    <message>
        <source>Tidings sends one message for order %1 now, with the order as it is stored. It is sent even if the customer was told before.</source>
        <translation>Tidings sendet jetzt eine Nachricht zu Bestellung %1, mit der Bestellung so, wie sie gespeichert ist. Sie wird auch dann gesendet, wenn der Kunde bereits informiert wurde.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Senden &amp;an:</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>No email or text-message channel is switched on. Set one up under Channels first.</source>
        <translation>Es ist kein E-Mail- oder SMS-Kanal eingeschaltet. Richten Sie zuerst unter „Kanäle“ einen ein.</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>“%1” for order %2 goes to %3 through %4 as soon as you confirm.</source>
        <translation>„%1“ für Bestellung %2 geht über %4 an %3, sobald Sie bestätigen.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::OrderTimelineDialog</name>
    <message>
        <source>What happened to this order</source>
        <translation>Was mit dieser Bestellung geschah</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The email as sent</source>
        <translation>Die E-Mail wie gesendet</translation>
    </message>
    <message>
        <source>The plain-text part as sent</source>
        <translation>Der Nur-Text-Teil wie gesendet</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Plain &amp;Text</source>
        <translation>Nur &amp;Text</translation>
    </message>
    <message>
        <source>Order History</source>
        <translation>Bestellverlauf</translation>
    </message>
    <message>
        <source>Order %1: History</source>
        <translation>Bestellung %1: Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>This order has many events: the newest %n are shown.</source>
        <translation>
            <numerusform>Diese Bestellung hat viele Ereignisse: das neueste wird angezeigt.</numerusform>
            <numerusform>Diese Bestellung hat viele Ereignisse: die neuesten %n werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1” to %2: %3</source>
        <translation>„%1“ an %2: %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Versuch %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Provider message id: %1</source>
        <translation>Nachrichten-ID des Anbieters: %1</translation>
    </message>
    <message>
        <source>The provider sent no answer.</source>
        <translation>Der Anbieter hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The provider answered:
%1</source>
        <translation>Der Anbieter antwortete:
%1</translation>
    </message>
    <message>
        <source>This message cannot be shown.</source>
        <translation>Diese Nachricht kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Exactly as sent: template “%1” as published then, with your brand as it was then.</source>
        <translation>Genau wie gesendet: Vorlage „%1“, wie sie damals veröffentlicht war, mit Ihrer damaligen Marke.</translation>
    </message>
    <message>
        <source>Not sent yet, or sent before Tidings kept your brand: shown with template “%1” as it was queued and your brand as it is now.</source>
        <translation>Noch nicht gesendet oder gesendet, bevor Tidings Ihre Marke speicherte: angezeigt mit der Vorlage „%1“, wie sie beim Einreihen war, und Ihrer heutigen Marke.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ProductsModel</name>
    <message>
        <source>%1 (shop)</source>
        <translation>%1 (Shop)</translation>
    </message>
    <message>
        <source>The shop gives this product no SKU: Tidings knows it as %1</source>
        <translation>Der Shop gibt diesem Produkt keine SKU: Tidings kennt es als %1</translation>
    </message>
    <message>
        <source>The shop reports only whether it is in stock, not how many</source>
        <translation>Der Shop meldet nur, ob es auf Lager ist, nicht wie viele Stück</translation>
    </message>
    <message numerus="yes">
        <source>Over %n location(s)</source>
        <translation>
            <numerusform>Summe aus %n Standort</numerusform>
            <numerusform>Summe aus %n Standorten</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff were told it is low. They are told again once it has been well stocked again.</source>
        <translation>Ihr Team wurde über den geringen Bestand informiert. Es wird erst wieder informiert, nachdem der Bestand wieder deutlich höher war.</translation>
    </message>
    <message>
        <source>Staff were told it is out of stock. They are told again once it has been well stocked again.</source>
        <translation>Ihr Team wurde informiert, dass das Produkt nicht auf Lager ist. Es wird erst wieder informiert, nachdem der Bestand wieder deutlich höher war.</translation>
    </message>
    <message>
        <source>This product&apos;s own low-stock threshold. F2 changes it.</source>
        <translation>Eigener Meldebestand dieses Produkts. Mit F2 ändern.</translation>
    </message>
    <message>
        <source>The shop&apos;s low-stock threshold (Shop threshold above the table). F2 gives this product its own.</source>
        <translation>Der Meldebestand des Shops („Meldebestand des Shops“ über der Tabelle). Mit F2 erhält dieses Produkt einen eigenen.</translation>
    </message>
    <message>
        <source>Customers waiting to be told when it is back in stock</source>
        <translation>Kunden, die benachrichtigt werden möchten, wenn es wieder auf Lager ist</translation>
    </message>
    <message>
        <source>Customers told it is back in stock</source>
        <translation>Kunden, die informiert wurden, dass es wieder auf Lager ist</translation>
    </message>
    <message>
        <source>No stock change reported yet</source>
        <translation>Noch keine Lagerbestandsänderung gemeldet</translation>
    </message>
    <message>
        <source>Staff are told when the stock falls to this many</source>
        <translation>Ihr Team wird informiert, wenn der Bestand auf diesen Wert fällt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::QuietHoursDialog</name>
    <message>
        <source>Quiet Hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Nobody likes a text message at 3 in the morning. During quiet hours Tidings holds text messages and Slack messages and sends them when the quiet hours end. Emails are not held: they wait in the inbox without a sound.</source>
        <translation>Niemand mag eine SMS um 3 Uhr morgens. Während der Ruhezeiten hält Tidings SMS und Slack-Nachrichten zurück und sendet sie, wenn die Ruhezeiten enden. E-Mails werden nicht zurückgehalten: Sie warten lautlos im Posteingang.</translation>
    </message>
    <message>
        <source>&amp;Hold text and Slack messages during quiet hours</source>
        <translation>&amp;Während der Ruhezeiten SMS und Slack-Nachrichten zurückhalten</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Zeitzone dieses Computers (%1)</translation>
    </message>
    <message>
        <source>Customers&apos; messages follow this clock: no shop platform tells Tidings the customer&apos;s own time zone.</source>
        <translation>Nachrichten an Kunden richten sich nach dieser Uhr: Keine Shop-Plattform teilt Tidings die eigene Zeitzone des Kunden mit.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Shop&apos;s time &amp;zone:</source>
        <translation>&amp;Zeitzone des Shops:</translation>
    </message>
    <message>
        <source>No Slack alert</source>
        <translation>Keine Warnung in Slack</translation>
    </message>
    <message>
        <source>Add a Slack channel under Channels to alert your staff there as well.</source>
        <translation>Fügen Sie unter „Kanäle“ einen Slack-Channel hinzu, um Ihr Team auch dort zu warnen.</translation>
    </message>
    <message>
        <source>When Tidings gives up on a message, the window and the system tray tell you. Your staff can hear of it on Slack too.</source>
        <translation>Wenn Tidings eine Nachricht aufgibt, informieren Sie das Fenster und der Infobereich der Taskleiste. Ihr Team kann auch in Slack davon erfahren.</translation>
    </message>
    <message>
        <source>Alert on &amp;Slack:</source>
        <translation>Warnung in S&amp;lack:</translation>
    </message>
    <message>
        <source>When a message fails for good</source>
        <translation>Wenn eine Nachricht endgültig fehlschlägt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings wird beendet.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ReplayDialog</name>
    <message>
        <source>Replay Through Rules</source>
        <translation>Regeln erneut anwenden</translation>
    </message>
    <message>
        <source>Tidings runs this event of order %1 through your rules as they are now. Nothing is sent until you confirm, and a message that went out before is not sent again.</source>
        <translation>Tidings lässt dieses Ereignis der Bestellung %1 durch Ihre Regeln laufen, so wie sie jetzt sind. Nichts wird gesendet, bevor Sie bestätigen, und eine Nachricht, die bereits verschickt wurde, wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Messages the rules ask for</source>
        <translation>Nachrichten, die die Regeln verlangen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Tidings is not sending right now.</source>
        <translation>Tidings sendet gerade nicht.</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>Zum Senden vorgesehen</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Bereits gesendet</translation>
    </message>
    <message>
        <source>Already waiting to be sent</source>
        <translation>Wartet bereits auf den Versand</translation>
    </message>
    <message>
        <source>Sends nothing: %1</source>
        <translation>Sendet nichts: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) will be sent when you confirm.</source>
        <translation>
            <numerusform>%n neue Nachricht wird gesendet, wenn Sie bestätigen.</numerusform>
            <numerusform>%n neue Nachrichten werden gesendet, wenn Sie bestätigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send: the rules ask for nothing that was not sent before.</source>
        <translation>Nichts Neues zu senden: Die Regeln verlangen nichts, was nicht bereits gesendet wurde.</translation>
    </message>
    <message>
        <source>This event arrived before Tidings kept what each event changed, so only the changes that sent a message then are replayed.</source>
        <translation>Dieses Ereignis ist eingetroffen, bevor Tidings festhielt, was jedes Ereignis geändert hat; daher werden nur die Änderungen erneut angewendet, die damals eine Nachricht ausgelöst haben.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n New Message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht &amp;senden</numerusform>
            <numerusform>%n neue Nachrichten &amp;senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ResendDialog</name>
    <message>
        <source>Resend a Message</source>
        <translation>Eine Nachricht erneut senden</translation>
    </message>
    <message>
        <source>Tidings sends the message again for order %1, with the same content as before. The first one stays in the history.</source>
        <translation>Tidings sendet die Nachricht für Bestellung %1 erneut, mit demselben Inhalt wie zuvor. Die ursprüngliche bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>“%1” to %2 via %3 (%4)</source>
        <translation>„%1“ an %2 über %3 (%4)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Senden &amp;an:</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Erneut senden</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SendTestDialog</name>
    <message>
        <source>Send Test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>The message as the preview shows it, with &quot;[Test]&quot; before its subject. Nothing is sent to a customer.</source>
        <translation>Die Nachricht so, wie die Vorschau sie zeigt, mit „[Test]“ vor dem Betreff. An Kunden wird nichts gesendet.</translation>
    </message>
    <message>
        <source>you@your-shop.com</source>
        <translation>sie@ihr-shop.de</translation>
    </message>
    <message>
        <source>&amp;Through:</source>
        <translation>&amp;Über:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>There is no channel that can send this kind of message yet. Add one on the Channels page.</source>
        <translation>Es gibt noch keinen Kanal, der diese Art Nachricht senden kann. Fügen Sie auf der Seite „Kanäle“ einen hinzu.</translation>
    </message>
    <message>
        <source>Type the address the test should go to.</source>
        <translation>Geben Sie die Adresse ein, an die der Test gehen soll.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Wird über %1 gesendet…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Ihr Shop</translation>
    </message>
    <message>
        <source>Connect the shop whose orders Tidings tells your customers about.</source>
        <translation>Verbinden Sie den Shop, über dessen Bestellungen Tidings Ihre Kunden informiert.</translation>
    </message>
    <message>
        <source>Choose your shop&apos;s platform; Tidings shows what to copy into its admin pages and what to paste back here.</source>
        <translation>Wählen Sie die Plattform Ihres Shops; Tidings zeigt, was Sie in deren Adminbereich kopieren und was Sie hier wieder einfügen müssen.</translation>
    </message>
    <message>
        <source>&amp;Add Your Shop…</source>
        <translation>&amp;Shop hinzufügen…</translation>
    </message>
    <message>
        <source>Send a &amp;Test Order</source>
        <translation>&amp;Testbestellung senden</translation>
    </message>
    <message>
        <source>Sends a made-up order to Tidings exactly as your shop would, to check that it gets through. It appears in the Monitor; nobody is sent a message about it.</source>
        <translation>Sendet eine Beispielbestellung an Tidings, genau wie Ihr Shop es tun würde, um zu prüfen, ob sie ankommt. Sie erscheint im Monitor; niemand erhält dazu eine Nachricht.</translation>
    </message>
    <message>
        <source>No shop is connected yet.</source>
        <translation>Es ist noch kein Shop verbunden.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Saved. Send a test order to check that your shop&apos;s messages get through.</source>
        <translation>Gespeichert. Senden Sie eine Testbestellung, um zu prüfen, ob die Nachrichten Ihres Shops ankommen.</translation>
    </message>
    <message>
        <source>Saved. Tidings reads your shop&apos;s orders every few minutes.</source>
        <translation>Gespeichert. Tidings liest die Bestellungen Ihres Shops alle paar Minuten.</translation>
    </message>
    <message>
        <source>The test order got through: Tidings received it as your shop would send it. You will find it in the Monitor.</source>
        <translation>Die Testbestellung ist angekommen: Tidings hat sie so empfangen, wie Ihr Shop sie senden würde. Sie finden sie im Monitor.</translation>
    </message>
    <message>
        <source>The test order did not get through: %1</source>
        <translation>Die Testbestellung ist nicht angekommen: %1</translation>
    </message>
    <message>
        <source>Sending a test order…</source>
        <translation>Testbestellung wird gesendet…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Every button and menu item also has an underlined letter: press Alt and that letter.</source>
        <translation>Jede Schaltfläche und jeder Menüeintrag hat außerdem einen unterstrichenen Buchstaben: Drücken Sie Alt und diesen Buchstaben.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SignInPanel</name>
    <message>
        <source>S&amp;ign in with %1…</source>
        <translation>&amp;Mit %1 anmelden…</translation>
    </message>
    <message>
        <source>Opens %1&apos;s sign-in page in your browser.</source>
        <translation>Öffnet die Anmeldeseite von %1 in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Tidings could not open a browser. Open this address in one to sign in to %1: %2</source>
        <translation>Tidings konnte keinen Browser öffnen. Öffnen Sie diese Adresse in einem Browser, um sich bei %1 anzumelden: %2</translation>
    </message>
    <message>
        <source>Cancel S&amp;ign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Opening %1&apos;s sign-in page…</source>
        <translation>Anmeldeseite von %1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourceDetailsPage</name>
    <message>
        <source>e.g. Juniper &amp; Pine web shop</source>
        <translation>z. B. Webshop Wacholder &amp; Kiefer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Name your %1 connection</source>
        <translation>Benennen Sie Ihre %1-Verbindung</translation>
    </message>
    <message>
        <source>Change its name or settings. The id stays.</source>
        <translation>Ändern Sie ihren Namen oder ihre Einstellungen. Die ID bleibt.</translation>
    </message>
    <message>
        <source>The name is for you; then where %1 is and how often to check it.</source>
        <translation>Der Name ist für Sie; danach folgt, wo %1 zu finden ist und wie oft es geprüft wird.</translation>
    </message>
    <message>
        <source>Change its name or settings. The id stays: it is part of the address %1 already sends to.</source>
        <translation>Ändern Sie ihren Namen oder ihre Einstellungen. Die ID bleibt: Sie ist Teil der Adresse, an die %1 bereits sendet.</translation>
    </message>
    <message>
        <source>The name is for you; the id becomes part of the webhook address.</source>
        <translation>Der Name ist für Sie; die ID wird Teil der Webhook-Adresse.</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Also &amp;write to customers about what the first check finds</source>
        <translation>&amp;Kunden auch über das informieren, was die erste Prüfung findet</translation>
    </message>
    <message>
        <source>Leave this off when the shop has been sending its own messages until now, so nobody hears twice about the same order.</source>
        <translation>Lassen Sie dies ausgeschaltet, wenn der Shop bisher eigene Nachrichten verschickt hat, damit niemand zweimal von derselben Bestellung hört.</translation>
    </message>
    <message>
        <source>The id cannot change: it is part of the webhook address.</source>
        <translation>Die ID kann nicht geändert werden: Sie ist Teil der Webhook-Adresse.</translation>
    </message>
    <message>
        <source>Lower-case letters a-z, digits and dashes. Made from the name unless you change it.</source>
        <translation>Kleinbuchstaben a-z, Ziffern und Bindestriche. Wird aus dem Namen gebildet, sofern Sie sie nicht ändern.</translation>
    </message>
    <message>
        <source>Another connection already uses &quot;%1&quot;.</source>
        <translation>Eine andere Verbindung verwendet bereits „%1“.</translation>
    </message>
    <message>
        <source>Tidings knows the connection by this id; it cannot change later.</source>
        <translation>Tidings kennt die Verbindung unter dieser ID; sie kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>Webhook address ends in /webhooks/%1</source>
        <translation>Die Webhook-Adresse endet auf /webhooks/%1</translation>
    </message>
    <message>
        <source>Give the connection a name, so you can tell it apart in the Monitor.</source>
        <translation>Geben Sie der Verbindung einen Namen, damit Sie sie im Monitor unterscheiden können.</translation>
    </message>
    <message>
        <source>Give the connection an id of lower-case letters a-z, digits and dashes, starting with a letter or a digit.</source>
        <translation>Geben Sie der Verbindung eine ID aus Kleinbuchstaben a-z, Ziffern und Bindestrichen, die mit einem Buchstaben oder einer Ziffer beginnt.</translation>
    </message>
    <message>
        <source>Another connection already uses the id &quot;%1&quot;. Choose another id.</source>
        <translation>Eine andere Verbindung verwendet bereits die ID „%1“. Wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;: %2 needs it.</source>
        <translation>Füllen Sie „%1“ aus: %2 benötigt es.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourceMappingPage</name>
    <message>
        <source>Where the order details are</source>
        <translation>Wo die Bestelldetails stehen</translation>
    </message>
    <message>
        <source>Tell Tidings where each detail sits in what the sender posts, and what its status words mean. Paste a sample and test it before you go on.</source>
        <translation>Sagen Sie Tidings, wo jedes Detail in dem steht, was der Absender sendet, und was seine Statuswörter bedeuten. Fügen Sie ein Beispiel ein und testen Sie es, bevor Sie fortfahren.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourcePlatformPage</name>
    <message>
        <source>Where do your orders come from?</source>
        <translation>Woher kommen Ihre Bestellungen?</translation>
    </message>
    <message>
        <source>Choose the shop or system that will tell Tidings about new orders and shipments.</source>
        <translation>Wählen Sie den Shop oder das System, das Tidings über neue Bestellungen und Sendungen informiert.</translation>
    </message>
    <message>
        <source>Type a name, e.g. Shopify</source>
        <translation>Namen eingeben, z. B. Shopify</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Works behind any router: Tidings asks %1 every few minutes. %2</source>
        <translation>Funktioniert hinter jedem Router: Tidings fragt %1 alle paar Minuten ab. %2</translation>
    </message>
    <message>
        <source> poll polling api</source>
        <translation> poll polling api abrufen abfragen</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>No platform matches &quot;%1&quot;. If yours is not listed, Tidings cannot receive from it yet.</source>
        <translation>Keine Plattform passt zu „%1“. Wenn Ihre nicht aufgeführt ist, kann Tidings noch nichts von ihr empfangen.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourceSetupPage</name>
    <message>
        <source>&amp;Webhook address</source>
        <translation>&amp;Webhook-Adresse</translation>
    </message>
    <message>
        <source>Copy the webhook address</source>
        <translation>Webhook-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Reads the orders changed in the last day once, with the address and credentials above. Nothing is stored and nobody is written to.</source>
        <translation>Liest einmal die am letzten Tag geänderten Bestellungen, mit der Adresse und den Zugangsdaten oben. Nichts wird gespeichert und niemand wird angeschrieben.</translation>
    </message>
    <message>
        <source>S&amp;cript to paste</source>
        <translation>S&amp;kript zum Einfügen</translation>
    </message>
    <message>
        <source>Copy the script</source>
        <translation>Skript kopieren</translation>
    </message>
    <message>
        <source>%1 setup</source>
        <translation>Einrichtung von %1</translation>
    </message>
    <message>
        <source>Connect %1 to Tidings</source>
        <translation>%1 mit Tidings verbinden</translation>
    </message>
    <message>
        <source>The address and steps, to check or redo the setup in %1. Click Save when done.</source>
        <translation>Die Adresse und die Schritte, um die Einrichtung in %1 zu prüfen oder zu wiederholen. Klicken Sie danach auf „Speichern“.</translation>
    </message>
    <message>
        <source>Set up %1 as the steps below say, sign in, test the connection, then click Finish.</source>
        <translation>Richten Sie %1 wie in den Schritten unten beschrieben ein, melden Sie sich an, testen Sie die Verbindung und klicken Sie dann auf „Fertigstellen“.</translation>
    </message>
    <message>
        <source>Make the key in %1 as the steps below say, paste it here, test the connection, then click Finish.</source>
        <translation>Erstellen Sie den Schlüssel in %1 wie in den Schritten unten beschrieben, fügen Sie ihn hier ein, testen Sie die Verbindung und klicken Sie dann auf „Fertigstellen“.</translation>
    </message>
    <message>
        <source>Do these steps in %1, then click Finish. You can see them again later with Edit.</source>
        <translation>Führen Sie diese Schritte in %1 aus und klicken Sie dann auf „Fertigstellen“. Sie können sie später mit „Bearbeiten“ erneut ansehen.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>It did not work: %1</source>
        <translation>Das hat nicht funktioniert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. More than %n order change(s) in the last day.</source>
        <translation>
            <numerusform>Mit %1 verbunden. Mehr als %n Bestelländerung am letzten Tag.</numerusform>
            <numerusform>Mit %1 verbunden. Mehr als %n Bestelländerungen am letzten Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. %n order change(s) in the last day.</source>
        <translation>
            <numerusform>Mit %1 verbunden. %n Bestelländerung am letzten Tag.</numerusform>
            <numerusform>Mit %1 verbunden. %n Bestelländerungen am letzten Tag.</numerusform>
        </translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Enter the %1 in the settings first (click Back): the steps below say where to find it.</source>
        <translation>Geben Sie zuerst den Wert „%1“ in den Einstellungen ein (klicken Sie auf „Zurück“): Die Schritte unten zeigen, wo Sie ihn finden.</translation>
    </message>
    <message>
        <source>You signed in to %1, but did not allow everything Tidings asked for. Sign in again and allow it: Tidings only reads.</source>
        <translation>Sie haben sich bei %1 angemeldet, aber nicht alles erlaubt, worum Tidings gebeten hat. Melden Sie sich erneut an und erlauben Sie es: Tidings liest nur.</translation>
    </message>
    <message>
        <source>Signed in to %1. Test the connection, then Save to use the new sign-in.</source>
        <translation>Bei %1 angemeldet. Testen Sie die Verbindung und klicken Sie dann auf „Speichern“, um die neue Anmeldung zu verwenden.</translation>
    </message>
    <message>
        <source>Signed in to %1. Test the connection, then click Finish.</source>
        <translation>Bei %1 angemeldet. Testen Sie die Verbindung und klicken Sie dann auf „Fertigstellen“.</translation>
    </message>
    <message>
        <source>Sign in to Salesforce in your browser as the user Tidings reads orders as, and allow access. Tidings is waiting…</source>
        <translation>Melden Sie sich in Ihrem Browser bei Salesforce als der Benutzer an, als der Tidings Bestellungen liest, und erlauben Sie den Zugriff. Tidings wartet…</translation>
    </message>
    <message>
        <source>Sign in to Google in your browser with an account that can view the sheet, and allow Tidings to see your spreadsheets. Tidings is waiting…</source>
        <translation>Melden Sie sich in Ihrem Browser bei Google mit einem Konto an, das die Tabelle ansehen kann, und erlauben Sie Tidings, Ihre Tabellen anzusehen. Tidings wartet…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the %1</source>
        <translation>„%1“ anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation>„%1“ anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>„%1“ kopieren</translation>
    </message>
    <message>
        <source>Make a &amp;new secret</source>
        <translation>&amp;Neues Geheimnis erstellen</translation>
    </message>
    <message>
        <source>Make &amp;another</source>
        <translation>Noch &amp;eins erstellen</translation>
    </message>
    <message>
        <source>Replaces the secret. The platform must then be given the new one, or its webhooks are refused.</source>
        <translation>Ersetzt das Geheimnis. Die Plattform muss dann das neue erhalten, sonst werden ihre Webhooks abgewiesen.</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved secret</source>
        <translation>Leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Hier einfügen</translation>
    </message>
    <message>
        <source>Reading the saved secret…</source>
        <translation>Gespeichertes Geheimnis wird gelesen…</translation>
    </message>
    <message>
        <source>The saved secret could not be read (%1). Leave it empty to keep it, or enter a new one.</source>
        <translation>Das gespeicherte Geheimnis konnte nicht gelesen werden (%1). Lassen Sie das Feld leer, um es zu behalten, oder geben Sie ein neues ein.</translation>
    </message>
    <message>
        <source>Give this address to %1. It points to this computer (%2), so it works only when %1 can reach this computer: see &quot;If %1 cannot reach this computer&quot; below.</source>
        <translation>Geben Sie diese Adresse an %1 weiter. Sie zeigt auf diesen Computer (%2) und funktioniert daher nur, wenn %1 diesen Computer erreichen kann: siehe „Wenn %1 diesen Computer nicht erreichen kann“ unten.</translation>
    </message>
    <message>
        <source>&amp;Steps in %1</source>
        <translation>&amp;Schritte in %1</translation>
    </message>
    <message>
        <source>Nothing needs to reach this computer</source>
        <translation>Nichts muss diesen Computer erreichen</translation>
    </message>
    <message>
        <source>Tidings asks %1 for new and changed orders every few minutes, so it works behind any router. While this computer is off nothing is lost: the next check catches up.</source>
        <translation>Tidings fragt %1 alle paar Minuten nach neuen und geänderten Bestellungen, daher funktioniert es hinter jedem Router. Solange dieser Computer aus ist, geht nichts verloren: Die nächste Prüfung holt alles nach.</translation>
    </message>
    <message>
        <source>If %1 cannot reach this computer</source>
        <translation>Wenn %1 diesen Computer nicht erreichen kann</translation>
    </message>
    <message>
        <source>%1 sends its webhooks over the internet, usually only to an https address. A computer behind a home or office router cannot be reached from the internet by itself.</source>
        <translation>%1 sendet seine Webhooks über das Internet, meist nur an eine https-Adresse. Ein Computer hinter einem Router zu Hause oder im Büro ist aus dem Internet von sich aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>Run a tunnel on this computer, for example a Cloudflare Tunnel:</source>
        <translation>Betreiben Sie einen Tunnel auf diesem Computer, zum Beispiel einen Cloudflare Tunnel:</translation>
    </message>
    <message>
        <source>It gives you a public https address. Give %1 that address followed by %2 instead of the address above. A quick tunnel&apos;s address changes each time it starts; a named tunnel on your own domain keeps it.</source>
        <translation>Er gibt Ihnen eine öffentliche https-Adresse. Geben Sie %1 diese Adresse gefolgt von %2 statt der Adresse oben. Die Adresse eines Quick Tunnels ändert sich bei jedem Start; ein benannter Tunnel auf Ihrer eigenen Domain behält sie.</translation>
    </message>
    <message>
        <source>Or, where Tidings offers poll mode for %1, let Tidings ask %1 for new orders itself; then nothing needs to reach this computer.</source>
        <translation>Oder, wo Tidings für %1 einen Abrufmodus anbietet, lassen Sie Tidings selbst bei %1 nach neuen Bestellungen fragen; dann muss nichts diesen Computer erreichen.</translation>
    </message>
    <message>
        <source>Paste the %1 from %2 first; without it Tidings cannot read its orders.</source>
        <translation>Fügen Sie zuerst den Wert „%1“ aus %2 ein; ohne ihn kann Tidings die Bestellungen nicht lesen.</translation>
    </message>
    <message>
        <source>Paste the %1 from %2 first; without it Tidings cannot tell its webhooks from forged ones.</source>
        <translation>Fügen Sie zuerst den Wert „%1“ aus %2 ein; ohne ihn kann Tidings echte Webhooks nicht von gefälschten unterscheiden.</translation>
    </message>
    <message>
        <source>Tidings is not running, so the connection cannot be saved now.</source>
        <translation>Tidings läuft nicht, daher kann die Verbindung jetzt nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourcesModel</name>
    <message>
        <source>%1, checked by Tidings</source>
        <translation>%1, von Tidings geprüft</translation>
    </message>
    <message>
        <source>Turned off: Tidings does not check it.</source>
        <translation>Ausgeschaltet: Tidings prüft sie nicht.</translation>
    </message>
    <message>
        <source>Waiting for the first check.</source>
        <translation>Wartet auf die erste Prüfung.</translation>
    </message>
    <message>
        <source>Its latest check went well.</source>
        <translation>Ihre letzte Prüfung war erfolgreich.</translation>
    </message>
    <message>
        <source>Its latest check failed.</source>
        <translation>Ihre letzte Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Turned off: its webhooks are refused.</source>
        <translation>Ausgeschaltet: Ihre Webhooks werden abgewiesen.</translation>
    </message>
    <message>
        <source>Waiting for the first event.</source>
        <translation>Wartet auf das erste Ereignis.</translation>
    </message>
    <message>
        <source>Receiving events.</source>
        <translation>Empfängt Ereignisse.</translation>
    </message>
    <message>
        <source>Its latest request was refused.</source>
        <translation>Ihre letzte Anfrage wurde abgewiesen.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On: Tidings checks it for new orders.</source>
        <translation>Ein: Tidings prüft sie auf neue Bestellungen.</translation>
    </message>
    <message>
        <source>Off: Tidings does not check it.</source>
        <translation>Aus: Tidings prüft sie nicht.</translation>
    </message>
    <message>
        <source>On: Tidings accepts its webhooks.</source>
        <translation>Ein: Tidings nimmt ihre Webhooks an.</translation>
    </message>
    <message>
        <source>Off: Tidings refuses its webhooks.</source>
        <translation>Aus: Tidings weist ihre Webhooks ab.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Events today</source>
        <translation>Ereignisse heute</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::StockHistoryModel</name>
    <message>
        <source>Low-stock alert</source>
        <translation>Warnung: geringer Bestand</translation>
    </message>
    <message>
        <source>Out-of-stock alert</source>
        <translation>Warnung: nicht auf Lager</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Wieder auf Lager</translation>
    </message>
    <message>
        <source>The shop&apos;s own words: %1</source>
        <translation>Originaltext des Shops: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Total after</source>
        <translation>Gesamt danach</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set off</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Customers told</source>
        <translation>Informierte Kunden</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplateCodeEditor</name>
    <message>
        <source>Complete Variable</source>
        <translation>Variable vervollständigen</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Nächstes Problem</translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation>Vorheriges Problem</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplateFiles</name>
    <message>
        <source>Tidings templates (*.tidings-templates.json);;JSON files (*.json);;All files (*)</source>
        <translation>Tidings-Vorlagen (*.tidings-templates.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tidings has not started yet. Try again in a moment.</source>
        <translation>Tidings ist noch nicht gestartet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>E&amp;xport Templates…</source>
        <translation>Vorlagen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Saves your templates as customers get them, and your brand kit, in one file</source>
        <translation>Speichert Ihre Vorlagen so, wie Kunden sie erhalten, und Ihr Marken-Kit in einer Datei</translation>
    </message>
    <message>
        <source>I&amp;mport Templates…</source>
        <translation>Vorlagen i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Reads templates from a file as drafts: customers get them once you publish them</source>
        <translation>Liest Vorlagen aus einer Datei als Entwürfe: Kunden erhalten sie, sobald Sie sie veröffentlichen</translation>
    </message>
    <message>
        <source>Tidings could not write %1. Choose a folder you can save in.</source>
        <translation>Tidings konnte %1 nicht schreiben. Wählen Sie einen Ordner, in dem Sie speichern dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) and your brand kit saved in %1.</source>
        <translation>
            <numerusform>%n Vorlage und Ihr Marken-Kit in %1 gespeichert.</numerusform>
            <numerusform>%n Vorlagen und Ihr Marken-Kit in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings could not open %1.</source>
        <translation>Tidings konnte %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>%1 is too large to be a templates file.</source>
        <translation>%1 ist zu groß für eine Vorlagendatei.</translation>
    </message>
    <message>
        <source>Import Templates</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <source>&amp;Use Its Brand Kit</source>
        <translation>Dessen Marken-Kit &amp;verwenden</translation>
    </message>
    <message>
        <source>The file&apos;s templates are the same as yours: nothing to import.</source>
        <translation>Die Vorlagen der Datei sind dieselben wie Ihre: Es gibt nichts zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported as drafts. Customers get them once you publish them.</source>
        <translation>
            <numerusform>%n Vorlage als Entwurf importiert. Kunden erhalten sie, sobald Sie sie veröffentlichen.</numerusform>
            <numerusform>%n Vorlagen als Entwürfe importiert. Kunden erhalten sie, sobald Sie sie veröffentlichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your messages use the file&apos;s brand kit now.</source>
        <translation>Ihre Nachrichten verwenden jetzt das Marken-Kit der Datei.</translation>
    </message>
    <message>
        <source>Export Templates</source>
        <translation>Vorlagen exportieren</translation>
    </message>
    <message>
        <source>The file also has a brand kit. Use it in your messages from now on, instead of yours?</source>
        <translation>Die Datei enthält auch ein Marken-Kit. Ab jetzt dieses statt Ihres in Ihren Nachrichten verwenden?</translation>
    </message>
    <message>
        <source>The file also has the brand kit of “%1”. Use it in your messages from now on, instead of yours?</source>
        <translation>Die Datei enthält auch das Marken-Kit von „%1“. Ab jetzt dieses statt Ihres in Ihren Nachrichten verwenden?</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplateHistoryDialog</name>
    <message>
        <source>History of &quot;%1&quot;</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation>&amp;Versionen, neueste zuerst:</translation>
    </message>
    <message>
        <source>&amp;Restore as Draft</source>
        <translation>Als Entwurf &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Puts this version&apos;s text in the editor as a draft. Customers keep getting the live version until you publish.</source>
        <translation>Übernimmt den Text dieser Version als Entwurf in den Editor. Kunden erhalten weiterhin die Live-Version, bis Sie veröffentlichen.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Nur-Text</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>Ver&amp;gleichen:</translation>
    </message>
    <message>
        <source>wit&amp;h:</source>
        <translation>&amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Teil:</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>This template has not been published yet: there is no history to show.</source>
        <translation>Diese Vorlage wurde noch nicht veröffentlicht: Es gibt keinen Verlauf zum Anzeigen.</translation>
    </message>
    <message>
        <source>Version %1 — published %2</source>
        <translation>Version %1 — veröffentlicht am %2</translation>
    </message>
    <message>
        <source>(live)</source>
        <translation>(live)</translation>
    </message>
    <message>
        <source>No differences in this part.</source>
        <translation>Keine Unterschiede in diesem Teil.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only on the left</source>
        <translation>
            <numerusform>%n Zeile nur links</numerusform>
            <numerusform>%n Zeilen nur links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only on the right</source>
        <translation>
            <numerusform>%n Zeile nur rechts</numerusform>
            <numerusform>%n Zeilen nur rechts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplatePreview</name>
    <message>
        <source>Show the message with a made-up order, or with one of your shop&apos;s recent orders exactly as its last message saw it</source>
        <translation>Die Nachricht mit einer erfundenen Bestellung anzeigen oder mit einer der letzten Bestellungen Ihres Shops, genau so, wie ihre letzte Nachricht sie sah</translation>
    </message>
    <message>
        <source>Preview &amp;with:</source>
        <translation>Vorschau &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Desktop</translation>
    </message>
    <message>
        <source>600 pixels wide, as most mail programs on a computer show it</source>
        <translation>600 Pixel breit, wie die meisten E-Mail-Programme auf einem Computer sie anzeigen</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>375 pixels wide, as a phone shows it</source>
        <translation>375 Pixel breit, wie ein Smartphone sie anzeigt</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>E-Mail-Vorschau</translation>
    </message>
    <message>
        <source>Plain text preview</source>
        <translation>Nur-Text-Vorschau</translation>
    </message>
    <message>
        <source>Slack preview</source>
        <translation>Slack-Vorschau</translation>
    </message>
    <message>
        <source>Text message preview</source>
        <translation>SMS-Vorschau</translation>
    </message>
    <message>
        <source>HT&amp;ML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>N&amp;ur-Text</translation>
    </message>
    <message>
        <source>S&amp;lack</source>
        <translation>Slac&amp;k</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Bestellung %1 — %2</translation>
    </message>
    <message>
        <source>This template cannot be shown yet:

%1

Customers would get no message from it until this is fixed.</source>
        <translation>Diese Vorlage kann noch nicht angezeigt werden:

%1

Kunden würden keine Nachricht daraus erhalten, bis das behoben ist.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n Teil</numerusform>
            <numerusform>%n Teile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (it has special characters, so fewer fit in each part)</source>
        <translation>%1, %2 (sie enthält Sonderzeichen, daher passen weniger in jeden Teil)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Draws the email as a web browser does (rounded corners, phone layout, every style). Off: a quicker view that draws the layout roughly</source>
        <translation>Zeichnet die E-Mail wie ein Webbrowser (abgerundete Ecken, Handy-Layout, jeder Stil). Aus: eine schnellere Ansicht, die das Layout nur grob zeigt</translation>
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
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Nur-Text</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>H&amp;TML</source>
        <translation>H&amp;TML</translation>
    </message>
    <message>
        <source>Plai&amp;n text</source>
        <translation>&amp;Nur-Text</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im Br&amp;owser öffnen</translation>
    </message>
    <message>
        <source>Shows the message in your web browser, exactly as rendered, with its images</source>
        <translation>Zeigt die Nachricht in Ihrem Webbrowser, genau wie gerendert, mit ihren Bildern</translation>
    </message>
    <message>
        <source>Send T&amp;est To…</source>
        <translation>Test s&amp;enden an…</translation>
    </message>
    <message>
        <source>Sends the message as the preview shows it to you, through one of your channels</source>
        <translation>Sendet die Nachricht so, wie die Vorschau sie zeigt, über einen Ihrer Kanäle an Sie</translation>
    </message>
    <message>
        <source>Save Dr&amp;aft</source>
        <translation>Entwurf s&amp;peichern</translation>
    </message>
    <message>
        <source>Drafts are saved a moment after you stop typing; customers do not see them</source>
        <translation>Entwürfe werden kurz nach dem Ende Ihrer Eingabe gespeichert; Kunden sehen sie nicht</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>Ve&amp;röffentlichen…</translation>
    </message>
    <message>
        <source>Customers get this draft from the next message on</source>
        <translation>Kunden erhalten diesen Entwurf ab der nächsten Nachricht</translation>
    </message>
    <message>
        <source>Disca&amp;rd Draft…</source>
        <translation>Entwurf ver&amp;werfen…</translation>
    </message>
    <message>
        <source>Goes back to the version customers get now</source>
        <translation>Kehrt zu der Version zurück, die Kunden jetzt erhalten</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Ver&amp;lauf…</translation>
    </message>
    <message>
        <source>Earlier versions: compare them, or bring one back as a draft</source>
        <translation>Frühere Versionen: vergleichen oder eine davon als Entwurf zurückholen</translation>
    </message>
    <message>
        <source>Brand K&amp;it…</source>
        <translation>Marken-K&amp;it…</translation>
    </message>
    <message>
        <source>Your shop&apos;s name, logo, colour and support address in every message</source>
        <translation>Name, Logo, Farbe und Support-Adresse Ihres Shops in jeder Nachricht</translation>
    </message>
    <message>
        <source>Draft: customers get the published version until you publish this one.</source>
        <translation>Entwurf: Kunden erhalten die veröffentlichte Version, bis Sie diese veröffentlichen.</translation>
    </message>
    <message>
        <source>Published: this is what customers get.</source>
        <translation>Veröffentlicht: Das erhalten Kunden.</translation>
    </message>
    <message>
        <source>Choose a template to open in the browser.</source>
        <translation>Wählen Sie eine Vorlage, die im Browser geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Tidings could not write the preview to a file for your browser.</source>
        <translation>Tidings konnte die Vorschau nicht in eine Datei für Ihren Browser schreiben.</translation>
    </message>
    <message>
        <source>Tidings could not open your web browser. The preview is in %1.</source>
        <translation>Tidings konnte Ihren Webbrowser nicht öffnen. Die Vorschau befindet sich in %1.</translation>
    </message>
    <message>
        <source>Publish Template</source>
        <translation>Vorlage veröffentlichen</translation>
    </message>
    <message>
        <source>Customers get this version of &quot;%1&quot; from the next message on. Messages already queued keep the version they were queued with.</source>
        <translation>Kunden erhalten diese Version von „%1“ ab der nächsten Nachricht. Bereits wartende Nachrichten behalten die Version, mit der sie in die Warteschlange gestellt wurden.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Your changes to &quot;%1&quot; are thrown away and the editor shows the version customers get. Earlier published versions stay in History.</source>
        <translation>Ihre Änderungen an „%1“ werden verworfen, und der Editor zeigt die Version, die Kunden erhalten. Früher veröffentlichte Versionen bleiben im „Verlauf“.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Tidings is not running.</source>
        <translation>Tidings läuft nicht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before publishing (marked in the editor; F8 goes to the next).</source>
        <translation>
            <numerusform>%n Problem vor dem Veröffentlichen zu beheben (im Editor markiert; F8 springt zum nächsten).</numerusform>
            <numerusform>%n Probleme vor dem Veröffentlichen zu beheben (im Editor markiert; F8 springt zum nächsten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) worth a look (marked in the editor; F8 goes to the next).</source>
        <translation>
            <numerusform>%n Hinweis zum Ansehen (im Editor markiert; F8 springt zum nächsten).</numerusform>
            <numerusform>%n Hinweise zum Ansehen (im Editor markiert; F8 springt zum nächsten).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be published yet: %2</source>
        <translation>„%1“ kann noch nicht veröffentlicht werden: %2</translation>
    </message>
    <message>
        <source>Draft, not published</source>
        <translation>Entwurf, nicht veröffentlicht</translation>
    </message>
    <message>
        <source>%1. Has changes that customers do not get until you publish them</source>
        <translation>%1. Hat Änderungen, die Kunden erst erhalten, wenn Sie sie veröffentlichen</translation>
    </message>
    <message>
        <source>Customers get the template in their own language when there is one, otherwise the one in the default language</source>
        <translation>Kunden erhalten die Vorlage in ihrer Sprache, wenn es sie darin gibt, sonst die in der Standardsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Customers who read %1 get their own version of this template. Change those too if this change matters to them (Language above the list).</source>
        <translation>Kunden, die %1 lesen, erhalten eine eigene Fassung dieser Vorlage. Ändern Sie diese ebenfalls, wenn die Änderung auch für sie gilt (Sprache über der Liste).</translation>
    </message>
    <message>
        <source>Orders from some shops (WooCommerce, for one) do not say the customer&apos;s language. Those customers, and customers whose language has no templates, get the templates in this language.</source>
        <translation>Bestellungen mancher Shops (etwa WooCommerce) nennen die Sprache des Kunden nicht. Diese Kunden und Kunden, für deren Sprache es keine Vorlagen gibt, erhalten die Vorlagen in dieser Sprache.</translation>
    </message>
    <message>
        <source>For customers of unknown lan&amp;guage:</source>
        <translation>Für Kunden mit unbekannter Spra&amp;che:</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>The email as blocks: add, move and change them without HTML</source>
        <translation>Die E-Mail als Blöcke: hinzufügen, verschieben und ändern – ohne HTML</translation>
    </message>
    <message>
        <source>The same email as HTML with Mustache variables</source>
        <translation>Dieselbe E-Mail als HTML mit Mustache-Variablen</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TestModeController</name>
    <message>
        <source>&amp;Test Mode…</source>
        <translation>&amp;Testmodus…</translation>
    </message>
    <message>
        <source>Send customers&apos; messages to yourself while you try Tidings out</source>
        <translation>Nachrichten für Kunden an sich selbst senden, während Sie Tidings ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Go Live…</source>
        <translation>&amp;Live gehen…</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings wird beendet.</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Live gehen</translation>
    </message>
    <message>
        <source>From now on your customers get their messages. Those sent in test mode stay with you; you can resend any of them from the Monitor.</source>
        <translation>Ab jetzt erhalten Ihre Kunden ihre Nachrichten. Die im Testmodus gesendeten bleiben bei Ihnen; Sie können jede davon im Monitor erneut senden.</translation>
    </message>
    <message>
        <source>&amp;Test Mode (On)…</source>
        <translation>&amp;Testmodus (ein)…</translation>
    </message>
    <message>
        <source>Test mode: customers&apos; emails go to %1, and text messages to customers are not sent.</source>
        <translation>Testmodus: E-Mails an Kunden gehen an %1, SMS an Kunden werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Test mode: customers&apos; emails go to %1 and their text messages to %2.</source>
        <translation>Testmodus: E-Mails an Kunden gehen an %1, ihre SMS an %2.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TestModeDialog</name>
    <message>
        <source>Test Mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>In test mode Tidings works as it will for real: your shop&apos;s orders come in, your rules and templates make the messages, and your providers send them. But every message meant for a customer goes to you instead, marked [Test], so you can see them for a day before you go live.</source>
        <translation>Im Testmodus arbeitet Tidings wie im Echtbetrieb: Die Bestellungen Ihres Shops kommen herein, Ihre Regeln und Vorlagen erstellen die Nachrichten, und Ihre Anbieter senden sie. Aber jede Nachricht, die für einen Kunden bestimmt ist, geht stattdessen an Sie, markiert mit [Test], sodass Sie sie einen Tag lang ansehen können, bevor Sie live gehen.</translation>
    </message>
    <message>
        <source>&amp;Send customers&apos; messages to me (test mode)</source>
        <translation>&amp;Nachrichten für Kunden an mich senden (Testmodus)</translation>
    </message>
    <message>
        <source>owner@yourshop.com</source>
        <translation>inhaber@ihrshop.de</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+49 151 23456789</translation>
    </message>
    <message>
        <source>Without it, text messages to customers are not sent at all in test mode.</source>
        <translation>Ohne sie werden im Testmodus überhaupt keine SMS an Kunden gesendet.</translation>
    </message>
    <message>
        <source>Your &amp;email address:</source>
        <translation>Ihre &amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Your &amp;mobile number (for text messages):</source>
        <translation>Ihre &amp;Mobilnummer (für SMS):</translation>
    </message>
    <message>
        <source>Messages to your staff (Slack) still go to them, marked [Test]. Klaviyo, HubSpot, ActiveCampaign and webhooks get your address instead of the customer&apos;s.</source>
        <translation>Nachrichten an Ihr Team (Slack) gehen weiterhin an das Team, markiert mit [Test]. Klaviyo, HubSpot, ActiveCampaign und Webhooks erhalten Ihre Adresse statt der des Kunden.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TestModePage</name>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Try everything with your real shop before your customers get anything.</source>
        <translation>Probieren Sie alles mit Ihrem echten Shop aus, bevor Ihre Kunden etwas erhalten.</translation>
    </message>
    <message>
        <source>In test mode Tidings works as it will for real: your shop&apos;s orders arrive, and their messages are made and sent. But every message meant for a customer goes to you instead, marked [Test]. When you are happy with them, go live: from then on your customers get them. You can switch at any time in Sending → Test Mode.</source>
        <translation>Im Testmodus arbeitet Tidings wie im Echtbetrieb: Die Bestellungen Ihres Shops kommen herein, und ihre Nachrichten werden erstellt und gesendet. Aber jede Nachricht, die für einen Kunden bestimmt ist, geht stattdessen an Sie, markiert mit [Test]. Wenn Sie zufrieden sind, gehen Sie live: Ab dann erhalten Ihre Kunden die Nachrichten. Sie können jederzeit unter „Versand → Testmodus“ umschalten.</translation>
    </message>
    <message>
        <source>&amp;Start in test mode</source>
        <translation>Im Testmodus &amp;starten</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>ihr.name@example.com</translation>
    </message>
    <message>
        <source>Send customers&apos; &amp;emails to:</source>
        <translation>&amp;E-Mails an Kunden senden an:</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ThresholdDelegate</name>
    <message>
        <source>Shop&apos;s (%1)</source>
        <translation>Shop-Wert (%1)</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>Staff are told when the stock falls to this many. Below 0, or empty: the shop&apos;s threshold.</source>
        <translation>Ihr Team wird informiert, wenn der Bestand auf diesen Wert fällt. Unter 0 oder leer: Meldebestand des Shops.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ThresholdDialog</name>
    <message>
        <source>Low-Stock Threshold</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>Staff are told when its stock falls to this many or fewer.</source>
        <translation>Ihr Team wird informiert, wenn der Bestand auf diesen Wert oder darunter fällt.</translation>
    </message>
    <message>
        <source>&amp;Low-stock threshold:</source>
        <translation>&amp;Meldebestand:</translation>
    </message>
    <message>
        <source>&amp;Use the shop&apos;s threshold (%1)</source>
        <translation>Meldebestand des &amp;Shops verwenden (%1)</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TrayIcon</name>
    <message>
        <source>&amp;Open Tidings</source>
        <translation>&amp;Tidings öffnen</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <source>&amp;Pause All Sending</source>
        <translation>&amp;Gesamten Versand pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit Tidings</source>
        <translation>Tidings &amp;beenden</translation>
    </message>
    <message>
        <source>“%1” needs signing in again</source>
        <translation>„%1“ muss erneut angemeldet werden</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>sending is paused</source>
        <translation>Versand ist pausiert</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) need signing in</source>
        <translation>
            <numerusform>%n Kanal muss angemeldet werden</numerusform>
            <numerusform>%n Kanäle müssen angemeldet werden</numerusform>
        </translation>
    </message>
    <message>
        <source>receiving orders and sending messages</source>
        <translation>empfängt Bestellungen und sendet Nachrichten</translation>
    </message>
    <message>
        <source>Tidings: %1</source>
        <translation>Tidings: %1</translation>
    </message>
    <message>
        <source>A message to %1 could not be sent</source>
        <translation>Eine Nachricht an %1 konnte nicht gesendet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht gesendet werden</numerusform>
            <numerusform>%n Nachrichten konnten nicht gesendet werden</numerusform>
        </translation>
    </message>
    <message>
        <source>The Monitor shows them under Show: Failed or uncertain, with why. You can resend them there.</source>
        <translation>Der Monitor zeigt sie unter „Anzeigen: Fehlgeschlagen oder unklar“ an, mit dem Grund. Dort können Sie sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::VariablesPalette</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>Name oder Beschreibung</translation>
    </message>
    <message>
        <source>Double-click a variable or press Enter to add it at the cursor, or drag it into the editor.</source>
        <translation>Doppelklicken Sie auf eine Variable oder drücken Sie Enter, um sie an der Cursorposition einzufügen, oder ziehen Sie sie in den Editor.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::WelcomePage</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Willkommen bei Tidings</translation>
    </message>
    <message>
        <source>A few steps to your first message. Each one can be skipped and done later.</source>
        <translation>Ein paar Schritte bis zu Ihrer ersten Nachricht. Jeder lässt sich überspringen und später erledigen.</translation>
    </message>
    <message>
        <source>What Tidings does</source>
        <translation>Was Tidings tut</translation>
    </message>
    <message>
        <source>Your shop tells Tidings about each new order and shipment.</source>
        <translation>Ihr Shop informiert Tidings über jede neue Bestellung und Sendung.</translation>
    </message>
    <message>
        <source>Tidings sends your customer a message in your shop&apos;s style.</source>
        <translation>Tidings sendet Ihrem Kunden eine Nachricht im Stil Ihres Shops.</translation>
    </message>
    <message>
        <source>You see in the Monitor what was sent, and what went wrong.</source>
        <translation>Im Monitor sehen Sie, was gesendet wurde und was schiefging.</translation>
    </message>
    <message>
        <source>Have these at hand</source>
        <translation>Halten Sie Folgendes bereit</translation>
    </message>
    <message>
        <source>A sign-in to your shop&apos;s admin pages (Shopify, WooCommerce, …).</source>
        <translation>Eine Anmeldung für den Adminbereich Ihres Shops (Shopify, WooCommerce, …).</translation>
    </message>
    <message>
        <source>An account with a mail service (SendGrid, Mailgun, Gmail, …), or your mail server&apos;s details.</source>
        <translation>Ein Konto bei einem E-Mail-Dienst (SendGrid, Mailgun, Gmail, …) oder die Angaben zu Ihrem Mailserver.</translation>
    </message>
    <message>
        <source>Your shop&apos;s colour and logo address, if you have them.</source>
        <translation>Farbe und Logo-Adresse Ihres Shops, falls vorhanden.</translation>
    </message>
    <message>
        <source>Tidings starts in test mode: until you go live, every message goes to you, not to your customers.</source>
        <translation>Tidings startet im Testmodus: Bis Sie live gehen, geht jede Nachricht an Sie, nicht an Ihre Kunden.</translation>
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
        <translation>Übergibt die Bestell-, Kunden- und Sendungsdaten jeder Benachrichtigung als JSON an ein anderes System.</translation>
    </message>
    <message>
        <source>Secret webhook URL</source>
        <translation>Geheime Webhook-URL</translation>
    </message>
    <message>
        <source>The receiving address when it works like a password: Zapier&apos;s catch hook (https://hooks.zapier.com/hooks/catch/…) or a Power Automate trigger URL containing sig=. Leave empty to use the address below.</source>
        <translation>Die Empfangsadresse, wenn sie wie ein Passwort funktioniert: der Catch Hook von Zapier (https://hooks.zapier.com/hooks/catch/…) oder eine Trigger-URL von Power Automate, die sig= enthält. Leer lassen, um die Adresse unten zu verwenden.</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Optional. A long random text shared with the receiver: Tidings signs each request with it (X-Tidings-Signature) so the receiver can tell it came from Tidings.</source>
        <translation>Optional. Ein langer, zufälliger Text, den Sie mit dem Empfänger teilen: Tidings signiert damit jede Anfrage (X-Tidings-Signature), damit der Empfänger erkennt, dass sie von Tidings kommt.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook-Adresse</translation>
    </message>
    <message>
        <source>The https:// address that receives the events, when it contains no key. Addresses with a key (sig=, token=) go in Secret webhook URL.</source>
        <translation>Die https://-Adresse, die die Ereignisse empfängt, wenn sie keinen Schlüssel enthält. Adressen mit Schlüssel (sig=, token=) gehören in „Geheime Webhook-URL“.</translation>
    </message>
    <message>
        <source>Zapier: create a Zap with the trigger Webhooks by Zapier → Catch Hook, copy the custom webhook URL and paste it as Secret webhook URL. Send a test notification, then pick its fields in the next steps.</source>
        <translation>Zapier: Erstellen Sie einen Zap mit dem Trigger Webhooks by Zapier → Catch Hook, kopieren Sie die Custom-Webhook-URL und fügen Sie sie als „Geheime Webhook-URL“ ein. Senden Sie eine Testbenachrichtigung und wählen Sie dann in den nächsten Schritten ihre Felder aus.</translation>
    </message>
    <message>
        <source>Power Automate: start a flow with &quot;When a HTTP request is received&quot; (Who can trigger: Anyone), save it, copy the HTTP URL and paste it as Secret webhook URL.</source>
        <translation>Power Automate: Starten Sie einen Flow mit „Beim Empfang einer HTTP-Anforderung“ (Wer kann den Flow auslösen: Jeder), speichern Sie ihn, kopieren Sie die HTTP-URL und fügen Sie sie als „Geheime Webhook-URL“ ein.</translation>
    </message>
    <message>
        <source>Your own server: enter its https:// address, set a signing secret, and check X-Tidings-Signature there. Use X-Tidings-Notification-Id to ignore a notification delivered twice.</source>
        <translation>Ihr eigener Server: Geben Sie seine https://-Adresse ein, legen Sie ein Signaturgeheimnis fest und prüfen Sie dort X-Tidings-Signature. Verwenden Sie X-Tidings-Notification-Id, um eine doppelt zugestellte Benachrichtigung zu ignorieren.</translation>
    </message>
    <message>
        <source>No webhook address is set for %1. Add it in Channels.</source>
        <translation>Für %1 ist keine Webhook-Adresse festgelegt. Tragen Sie sie unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>The webhook address of %1 is not a web address. Paste it again in Channels.</source>
        <translation>Die Webhook-Adresse von %1 ist keine Webadresse. Fügen Sie sie unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>The webhook address of %1 must start with https://. Check it in Channels.</source>
        <translation>Die Webhook-Adresse von %1 muss mit https:// beginnen. Prüfen Sie sie unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The webhook address of %1 contains a key (such as sig=). Move it to Secret webhook URL in Channels, so it is kept in the keychain.</source>
        <translation>Die Webhook-Adresse von %1 enthält einen Schlüssel (etwa sig=). Verschieben Sie sie unter „Kanäle“ in „Geheime Webhook-URL“, damit sie im Schlüsselbund aufbewahrt wird.</translation>
    </message>
    <message>
        <source>The signing secret of %1 contains a line break. Paste it again in Channels.</source>
        <translation>Das Signaturgeheimnis von %1 enthält einen Zeilenumbruch. Fügen Sie es unter „Kanäle“ erneut ein.</translation>
    </message>
    <message>
        <source>The subject contains a line break. Remove line breaks from the template&apos;s subject.</source>
        <translation>Der Betreff enthält einen Zeilenumbruch. Entfernen Sie Zeilenumbrüche aus dem Betreff der Vorlage.</translation>
    </message>
    <message>
        <source>The webhook receiver is limiting how fast Tidings may send. Tidings will try again when it allows.</source>
        <translation>Der Webhook-Empfänger begrenzt, wie schnell Tidings senden darf. Tidings versucht es erneut, sobald er es zulässt.</translation>
    </message>
    <message>
        <source>The webhook receiver had a problem (HTTP %1). Tidings will try again.</source>
        <translation>Der Webhook-Empfänger hatte ein Problem (HTTP %1). Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>The webhook receiver took too long to read the event. Tidings will try again.</source>
        <translation>Der Webhook-Empfänger hat zu lange gebraucht, um das Ereignis zu lesen. Tidings versucht es erneut.</translation>
    </message>
    <message>
        <source>The webhook is turned off or was deleted (HTTP 410). Turn the Zap or flow on again, or paste its new address in Channels.</source>
        <translation>Der Webhook ist ausgeschaltet oder wurde gelöscht (HTTP 410). Schalten Sie den Zap oder Flow wieder ein oder fügen Sie seine neue Adresse unter „Kanäle“ ein.</translation>
    </message>
    <message>
        <source>Nothing receives events at the webhook address (HTTP 404): the Zap or flow may have been deleted or turned off. Check the address in Channels.</source>
        <translation>Unter der Webhook-Adresse empfängt nichts Ereignisse (HTTP 404): Der Zap oder Flow wurde möglicherweise gelöscht oder ausgeschaltet. Prüfen Sie die Adresse unter „Kanäle“.</translation>
    </message>
    <message>
        <source>The webhook receiver refused the request (HTTP %1): the key in its address is wrong or it requires a sign-in. Copy the address again; for Power Automate set Who can trigger to Anyone.</source>
        <translation>Der Webhook-Empfänger hat die Anfrage abgelehnt (HTTP %1): Der Schlüssel in seiner Adresse ist falsch oder er verlangt eine Anmeldung. Kopieren Sie die Adresse erneut; setzen Sie bei Power Automate „Wer kann den Flow auslösen“ auf „Jeder“.</translation>
    </message>
    <message>
        <source>The webhook receiver answered with a redirect (HTTP %1); Tidings does not follow redirects. Use the final address in Channels.</source>
        <translation>Der Webhook-Empfänger hat mit einer Weiterleitung geantwortet (HTTP %1); Tidings folgt keinen Weiterleitungen. Verwenden Sie unter „Kanäle“ die endgültige Adresse.</translation>
    </message>
    <message>
        <source>The webhook receiver refused the event (HTTP %1).</source>
        <translation>Der Webhook-Empfänger hat das Ereignis abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Tidings::WebhookServer</name>
    <message>
        <source>Port %1 is already in use by another program, so Tidings cannot receive webhooks on it. Choose another port in Settings, or close the program that uses it.</source>
        <translation>Port %1 wird bereits von einem anderen Programm verwendet, daher kann Tidings darauf keine Webhooks empfangen. Wählen Sie in den Einstellungen einen anderen Port oder schließen Sie das Programm, das ihn verwendet.</translation>
    </message>
    <message>
        <source>The system does not allow Tidings to use port %1. Ports below 1024 need administrator rights; choose a higher port in Settings.</source>
        <translation>Das System erlaubt Tidings nicht, Port %1 zu verwenden. Ports unter 1024 erfordern Administratorrechte; wählen Sie in den Einstellungen einen höheren Port.</translation>
    </message>
    <message>
        <source>This computer has no network address %1, so Tidings cannot receive webhooks on it. Check the listening address in Settings.</source>
        <translation>Dieser Computer hat keine Netzwerkadresse %1, daher kann Tidings darauf keine Webhooks empfangen. Prüfen Sie die Empfangsadresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Tidings could not start receiving webhooks on %1, port %2.</source>
        <translation>Tidings konnte den Webhook-Empfang auf %1, Port %2 nicht starten.</translation>
    </message>
    <message>
        <source>A %1 request reached /healthz, which only answers GET.</source>
        <translation>Eine %1-Anfrage hat /healthz erreicht, das nur auf GET antwortet.</translation>
    </message>
    <message>
        <source>A %1 request reached the webhook address; webhooks must be sent with POST.</source>
        <translation>Eine %1-Anfrage hat die Webhook-Adresse erreicht; Webhooks müssen mit POST gesendet werden.</translation>
    </message>
    <message>
        <source>A webhook was sent to %1, which names no connected shop.</source>
        <translation>Ein Webhook wurde an %1 gesendet, das keinen verbundenen Shop nennt.</translation>
    </message>
    <message>
        <source>A request asked for %1, which does not exist.</source>
        <translation>Eine Anfrage hat %1 angefordert, das nicht existiert.</translation>
    </message>
    <message>
        <source>A webhook was sent for &quot;%1&quot;, which is not a connected shop that can receive webhooks.</source>
        <translation>Ein Webhook wurde für „%1“ gesendet, das kein verbundener Shop ist, der Webhooks empfangen kann.</translation>
    </message>
    <message>
        <source>A webhook for %1 was refused because this connection is turned off.</source>
        <translation>Ein Webhook für %1 wurde abgewiesen, weil diese Verbindung ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>A webhook for %1 was refused because it is larger than %2 KiB.</source>
        <translation>Ein Webhook für %1 wurde abgewiesen, weil er größer als %2 KiB ist.</translation>
    </message>
    <message>
        <source>A webhook for %1 arrived before Tidings was ready to store it; the shop will send it again.</source>
        <translation>Ein Webhook für %1 kam an, bevor Tidings bereit war, ihn zu speichern; der Shop sendet ihn erneut.</translation>
    </message>
    <message>
        <source>A webhook could not be stored; the shop will send it again.</source>
        <translation>Ein Webhook konnte nicht gespeichert werden; der Shop sendet ihn erneut.</translation>
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
        <translation>Neue Bestellungen, Zahlungen, Statusänderungen, Stornierungen, Erstattungen, Sendungsnummern und Lagerbestand.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>Tidings made this secret. Paste it into the &quot;Secret&quot; field of every WooCommerce webhook that sends to Tidings.</source>
        <translation>Tidings hat dieses Geheimnis erstellt. Fügen Sie es in das Feld „Geheimnis“ jedes WooCommerce-Webhooks ein, der an Tidings sendet.</translation>
    </message>
    <message>
        <source>Custom order statuses</source>
        <translation>Eigene Bestellstatus</translation>
    </message>
    <message>
        <source>Only for statuses added by plugins: a JSON object from the WooCommerce status to one of Tidings&apos; statuses (pending, paid, on_hold, partially_shipped, shipped, delivered, completed, cancelled, refunded, partially_refunded, failed) or &quot;ignore&quot;.</source>
        <translation>Nur für Status, die von Plugins hinzugefügt wurden: ein JSON-Objekt, das den WooCommerce-Status einem der Status von Tidings zuordnet (pending, paid, on_hold, partially_shipped, shipped, delivered, completed, cancelled, refunded, partially_refunded, failed), oder „ignore“.</translation>
    </message>
    <message>
        <source>Tracking meta key</source>
        <translation>Meta-Schlüssel für die Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Only if a tracking plugin other than WooCommerce Shipment Tracking or Advanced Shipment Tracking stores the tracking number: the order meta key it uses.</source>
        <translation>Nur wenn ein anderes Sendungsverfolgungs-Plugin als WooCommerce Shipment Tracking oder Advanced Shipment Tracking die Sendungsnummer speichert: der Bestell-Meta-Schlüssel, den es verwendet.</translation>
    </message>
    <message>
        <source>In WordPress admin, open WooCommerce → Settings → Advanced → Webhooks and click &quot;Add webhook&quot;.</source>
        <translation>Öffnen Sie im WordPress-Adminbereich WooCommerce → Einstellungen → Erweitert → Webhooks und klicken Sie auf „Webhook hinzufügen“.</translation>
    </message>
    <message>
        <source>Name it &quot;Tidings – orders&quot;, set Status to &quot;Active&quot; and Topic to &quot;Order created&quot;.</source>
        <translation>Nennen Sie ihn „Tidings – Bestellungen“, setzen Sie den Status auf „Aktiv“ und das Thema auf „Bestellung erstellt“.</translation>
    </message>
    <message>
        <source>Delivery URL: %1</source>
        <translation>Auslieferungs-URL: %1</translation>
    </message>
    <message>
        <source>Secret: paste the webhook secret Tidings shows here. API version: &quot;WP REST API Integration v3&quot;. Click &quot;Save webhook&quot;; WooCommerce sends a test ping and Tidings answers it.</source>
        <translation>Geheimnis: Fügen Sie das hier von Tidings angezeigte Webhook-Geheimnis ein. API-Version: „WP REST API Integration v3“. Klicken Sie auf „Webhook speichern“; WooCommerce sendet einen Test-Ping, und Tidings beantwortet ihn.</translation>
    </message>
    <message>
        <source>Add a second webhook the same way with the topic &quot;Order updated&quot; (status changes, refunds and tracking numbers), and a third with &quot;Product updated&quot; if you want stock notices.</source>
        <translation>Fügen Sie auf die gleiche Weise einen zweiten Webhook mit dem Thema „Bestellung aktualisiert“ hinzu (Statusänderungen, Erstattungen und Sendungsnummern) und einen dritten mit „Produkt aktualisiert“, wenn Sie Lagerbestandsmeldungen möchten.</translation>
    </message>
    <message>
        <source>A request reached this shop&apos;s webhook address without a WooCommerce signature, so it was refused. Only WooCommerce should send requests to this address.</source>
        <translation>Eine Anfrage erreichte die Webhook-Adresse dieses Shops ohne WooCommerce-Signatur und wurde daher abgewiesen. Nur WooCommerce sollte Anfragen an diese Adresse senden.</translation>
    </message>
    <message>
        <source>No webhook secret is saved for this shop, so its webhooks cannot be checked and were refused. Add the secret in Connections.</source>
        <translation>Für diesen Shop ist kein Webhook-Geheimnis gespeichert, daher können seine Webhooks nicht geprüft werden und wurden abgewiesen. Tragen Sie das Geheimnis unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match the secret saved for this shop. Check that the &quot;Secret&quot; field of the webhook in WooCommerce holds the secret Tidings shows.</source>
        <translation>Die Signatur des Webhooks passt nicht zum Geheimnis, das für diesen Shop gespeichert ist. Prüfen Sie, ob das Feld „Geheimnis“ des Webhooks in WooCommerce das von Tidings angezeigte Geheimnis enthält.</translation>
    </message>
    <message>
        <source>WooCommerce sent a webhook without a topic, so Tidings cannot tell what happened.</source>
        <translation>WooCommerce hat einen Webhook ohne Thema gesendet, daher kann Tidings nicht erkennen, was passiert ist.</translation>
    </message>
    <message>
        <source>WooCommerce sent a webhook (%1) whose content is not a JSON object, so it could not be read.</source>
        <translation>WooCommerce hat einen Webhook (%1) gesendet, dessen Inhalt kein JSON-Objekt ist; er konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>WooCommerce sent a webhook (%1) without the id of the order or product, so it cannot be matched.</source>
        <translation>WooCommerce hat einen Webhook (%1) ohne die ID der Bestellung oder des Produkts gesendet, daher kann er nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>A test event sent by Tidings to check this connection. Nobody is notified.</source>
        <translation>Ein Testereignis, das Tidings gesendet hat, um diese Verbindung zu prüfen. Niemand wird benachrichtigt.</translation>
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
        <translation>Neue Bestellungen, Statusänderungen, Stornierungen, Erstattungen und Sendungsnummern, alle paar Minuten gelesen.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>Starts with &quot;ck_&quot;.</source>
        <translation>Beginnt mit „ck_“.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Starts with &quot;cs_&quot;. WooCommerce shows it once.</source>
        <translation>Beginnt mit „cs_“. WooCommerce zeigt es nur einmal an.</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Shop-Adresse</translation>
    </message>
    <message>
        <source>The address of your WordPress site.</source>
        <translation>Die Adresse Ihrer WordPress-Website.</translation>
    </message>
    <message>
        <source>Custom order statuses</source>
        <translation>Eigene Bestellstatus</translation>
    </message>
    <message>
        <source>Only for statuses added by plugins: a JSON object from the WooCommerce status to one of Tidings&apos; statuses, or &quot;ignore&quot;.</source>
        <translation>Nur für Status, die von Plugins hinzugefügt wurden: ein JSON-Objekt, das den WooCommerce-Status einem der Status von Tidings zuordnet, oder „ignore“.</translation>
    </message>
    <message>
        <source>Tracking meta key</source>
        <translation>Meta-Schlüssel für die Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Only if a tracking plugin other than WooCommerce Shipment Tracking stores the tracking number: the order meta key it uses.</source>
        <translation>Nur wenn ein anderes Sendungsverfolgungs-Plugin als WooCommerce Shipment Tracking die Sendungsnummer speichert: der Bestell-Meta-Schlüssel, den es verwendet.</translation>
    </message>
    <message>
        <source>In WordPress admin, open WooCommerce → Settings → Advanced → REST API and click &quot;Add key&quot;.</source>
        <translation>Öffnen Sie im WordPress-Adminbereich WooCommerce → Einstellungen → Erweitert → REST-API und klicken Sie auf „Schlüssel hinzufügen“.</translation>
    </message>
    <message>
        <source>Description &quot;Tidings&quot;, Permissions &quot;Read&quot;, then &quot;Generate API key&quot;.</source>
        <translation>Beschreibung „Tidings“, Berechtigungen „Lesen“, dann „API-Schlüssel generieren“.</translation>
    </message>
    <message>
        <source>Paste the consumer key and consumer secret here. WooCommerce shows the secret only once.</source>
        <translation>Fügen Sie Consumer Key und Consumer Secret hier ein. WooCommerce zeigt das Secret nur einmal an.</translation>
    </message>
    <message>
        <source>WooCommerce answered with something that is not a list of orders. A security plugin or a maintenance page may be in the way; Tidings will ask again.</source>
        <translation>WooCommerce hat mit etwas geantwortet, das keine Liste von Bestellungen ist. Möglicherweise steht ein Sicherheits-Plugin oder eine Wartungsseite im Weg; Tidings fragt erneut.</translation>
    </message>
    <message>
        <source>No WooCommerce REST API key is saved for &quot;%1&quot;, so its orders cannot be read. Add the consumer key and secret in Connections.</source>
        <translation>Für „%1“ ist kein WooCommerce-REST-API-Schlüssel gespeichert, daher können die Bestellungen nicht gelesen werden. Tragen Sie Consumer Key und Consumer Secret unter „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>Tidings lost its place in WooCommerce&apos;s list of orders and starts again.</source>
        <translation>Tidings hat seine Position in der Bestellliste von WooCommerce verloren und beginnt von vorn.</translation>
    </message>
</context>
</TS>
