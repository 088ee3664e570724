<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Informe les clients de votre boutique au sujet de leurs commandes.

Commandes&#xa0;:
  (aucune)               ouvrir la fenêtre de Tidings
  --headless             fonctionner sans fenêtre (comme service)
  config import FILE     charger un fichier de configuration
  config export          afficher la configuration, sans les secrets
  config send-test CHANNEL ADDRESS
                         envoyer un message de test par un canal
  config check CHANNEL   vérifier les clés et les paramètres d&apos;un canal auprès de son fournisseur
                         (n&apos;envoie rien)</translation>
    </message>
    <message>
        <source>Keep data in DIR instead of the per-user data folder.</source>
        <translation>Conserver les données dans DIR au lieu du dossier de données de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Run without a window; stop with Ctrl+C or SIGTERM.</source>
        <translation>Fonctionner sans fenêtre&#xa0;; arrêter avec Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>With --headless: import FILE before starting.</source>
        <translation>Avec --headless&#xa0;: importer FILE avant de démarrer.</translation>
    </message>
    <message>
        <source>With config export: write to FILE.</source>
        <translation>Avec config export&#xa0;: écrire dans FILE.</translation>
    </message>
    <message>
        <source>Open the window minimized (in the system tray where the desktop has one).</source>
        <translation>Ouvrir la fenêtre réduite (dans la zone de notification, si le bureau en a une).</translation>
    </message>
    <message>
        <source>config import|export</source>
        <translation>config import|export</translation>
    </message>
    <message>
        <source>Unknown command. Try: tidings --help</source>
        <translation>Commande inconnue. Essayez&#xa0;: tidings --help</translation>
    </message>
    <message>
        <source>Usage: tidings config import FILE | tidings config export [--output FILE] | tidings config send-test CHANNEL ADDRESS | tidings config check CHANNEL</source>
        <translation>Utilisation&#xa0;: tidings config import FILE | tidings config export [--output FILE] | tidings config send-test CHANNEL ADDRESS | tidings config check CHANNEL</translation>
    </message>
    <message>
        <source>--config goes with --headless. To load a file for the window, use: tidings config import FILE</source>
        <translation>--config s&apos;utilise avec --headless. Pour charger un fichier dans la fenêtre, utilisez&#xa0;: tidings config import FILE</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s)</source>
        <translation>
            <numerusform>%n source importée</numerusform>
            <numerusform>%n sources importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) saved to the keychain.</source>
        <translation>
            <numerusform>%n secret enregistré dans le trousseau.</numerusform>
            <numerusform>%n secrets enregistrés dans le trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no channel &quot;%1&quot;. Channels: %2.</source>
        <translation>Il n&apos;existe pas de canal «&#xa0;%1&#xa0;». Canaux&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
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
        <translation>Affaires ajoutées ou déplacées vers une autre étape dans ActiveCampaign, avec le contact de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Address token</source>
        <translation>Jeton d&apos;adresse</translation>
    </message>
    <message>
        <source>Tidings makes this token. It is the end of the webhook URL you paste into ActiveCampaign, so keep that URL private.</source>
        <translation>Tidings crée ce jeton. Il termine l&apos;URL du webhook que vous collez dans ActiveCampaign&#xa0;: gardez donc cette URL privée.</translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation>Correspondance des étapes</translation>
    </message>
    <message>
        <source>Which deal stage means which order status, as JSON, by stage name or stage id. Stages not listed are recorded and notify nobody.</source>
        <translation>Quelle étape d&apos;affaire correspond à quel statut de commande, en JSON, par nom ou par id d&apos;étape. Les étapes non listées sont enregistrées et ne préviennent personne.</translation>
    </message>
    <message>
        <source>In ActiveCampaign, open Settings → Developer → Manage Webhooks and click Add.</source>
        <translation>Dans ActiveCampaign, ouvrez Settings → Developer → Manage Webhooks et cliquez sur Add.</translation>
    </message>
    <message>
        <source>Give it a name and paste this URL: %1</source>
        <translation>Donnez-lui un nom et collez cette URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Under &quot;Type&quot;, tick &quot;Deal Added&quot; and &quot;Deal Updated&quot;; under &quot;Initialize From&quot;, tick every source (by a contact, by an admin user, by the API, by system processes).</source>
        <translation>Sous «&#xa0;Type&#xa0;», cochez «&#xa0;Deal Added&#xa0;» et «&#xa0;Deal Updated&#xa0;»&#xa0;; sous «&#xa0;Initialize From&#xa0;», cochez toutes les sources (by a contact, by an admin user, by the API, by system processes).</translation>
    </message>
    <message>
        <source>Click Add, then list your deal stages in Tidings&apos; stage map.</source>
        <translation>Cliquez sur Add, puis indiquez les étapes de vos affaires dans la correspondance des étapes de Tidings.</translation>
    </message>
    <message>
        <source>ActiveCampaign never sends a webhook twice, so keep Tidings running (or its relay reachable) to miss nothing.</source>
        <translation>ActiveCampaign n&apos;envoie jamais un webhook deux fois&#xa0;: laissez Tidings ouvert (ou son relais joignable) pour ne rien manquer.</translation>
    </message>
    <message>
        <source>No address token is saved for %1, so its ActiveCampaign webhooks cannot be checked and were refused. Set the connection up again in Connections.</source>
        <translation>Aucun jeton d&apos;adresse n&apos;est enregistré pour %1&#xa0;: ses webhooks ActiveCampaign ne peuvent pas être vérifiés et ont été refusés. Configurez de nouveau la connexion dans Connexions.</translation>
    </message>
    <message>
        <source>A request reached the ActiveCampaign address of %1 without the right token, so it was refused. Check that the webhook URL in ActiveCampaign is exactly the one Tidings shows.</source>
        <translation>Une requête est arrivée à l&apos;adresse ActiveCampaign de %1 sans le bon jeton&#xa0;; elle a donc été refusée. Vérifiez que l&apos;URL du webhook dans ActiveCampaign est exactement celle que Tidings affiche.</translation>
    </message>
    <message>
        <source>ActiveCampaign sent a webhook Tidings cannot read, so it was refused.</source>
        <translation>ActiveCampaign a envoyé un webhook que Tidings ne peut pas lire&#xa0;; il a donc été refusé.</translation>
    </message>
    <message>
        <source>ActiveCampaign sent a webhook without its type, so Tidings cannot tell what happened.</source>
        <translation>ActiveCampaign a envoyé un webhook sans son type&#xa0;: Tidings ne peut pas savoir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>ActiveCampaign sent a deal webhook without the deal&apos;s id, so it cannot be matched to an order.</source>
        <translation>ActiveCampaign a envoyé un webhook d&apos;affaire sans l&apos;id de l&apos;affaire&#xa0;: il ne peut être associé à aucune commande.</translation>
    </message>
    <message>
        <source>Test deal from Tidings</source>
        <translation>Affaire de test de Tidings</translation>
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
        <translation>Ajoute le client à une automatisation ActiveCampaign, qui envoie le message.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>ActiveCampaign → Settings → Developer → API Access: Key.</source>
        <translation>ActiveCampaign → Settings → Developer → API Access&#xa0;: Key.</translation>
    </message>
    <message>
        <source>Account API address</source>
        <translation>Adresse API du compte</translation>
    </message>
    <message>
        <source>ActiveCampaign → Settings → Developer → API Access: URL.</source>
        <translation>ActiveCampaign → Settings → Developer → API Access&#xa0;: URL.</translation>
    </message>
    <message>
        <source>Automation ID</source>
        <translation>ID d&apos;automatisation</translation>
    </message>
    <message>
        <source>The number of the automation to start (in its address when you open it in ActiveCampaign).</source>
        <translation>Le numéro de l&apos;automatisation à lancer (dans son adresse quand vous l&apos;ouvrez dans ActiveCampaign).</translation>
    </message>
    <message>
        <source>In ActiveCampaign, build an automation that starts with &quot;Runs once&quot; or &quot;API&quot; and sends your message; note its number from the address bar.</source>
        <translation>Dans ActiveCampaign, créez une automatisation qui commence par «&#xa0;Runs once&#xa0;» ou «&#xa0;API&#xa0;» et envoie votre message&#xa0;; notez son numéro dans la barre d&apos;adresse.</translation>
    </message>
    <message>
        <source>Open Settings → Developer and copy the URL and the Key under API Access.</source>
        <translation>Ouvrez Settings → Developer et copiez l&apos;URL et la clé (Key) sous API Access.</translation>
    </message>
    <message>
        <source>Paste the URL, the key and the automation number here.</source>
        <translation>Collez ici l&apos;URL, la clé et le numéro de l&apos;automatisation.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>Aucune clé API n&apos;est enregistrée pour %1.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>La clé API enregistrée pour %1 contient des espaces ou des sauts de ligne. Collez-la de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>No account API address is set for %1. Copy it from ActiveCampaign → Settings → Developer.</source>
        <translation>Aucune adresse API du compte n&apos;est définie pour %1. Copiez-la depuis ActiveCampaign → Settings → Developer.</translation>
    </message>
    <message>
        <source>No automation number is set for %1. Add it in Channels.</source>
        <translation>Aucun numéro d&apos;automatisation n&apos;est défini pour %1. Ajoutez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>La notification n&apos;a pas d&apos;adresse de destinataire.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>ActiveCampaign saved the contact but gave no contact number. Tidings will try again.</source>
        <translation>ActiveCampaign a enregistré le contact mais n&apos;a pas donné de numéro de contact. Tidings va réessayer.</translation>
    </message>
    <message>
        <source>ActiveCampaign has no automation number %1 in this account. Check the automation number and the account API address in Channels.</source>
        <translation>ActiveCampaign n&apos;a pas d&apos;automatisation numéro %1 dans ce compte. Vérifiez le numéro d&apos;automatisation et l&apos;adresse API du compte dans Canaux.</translation>
    </message>
    <message>
        <source>ActiveCampaign answered the connection check in an unexpected way (HTTP %1). Check the account API address in Channels.</source>
        <translation>ActiveCampaign a répondu à la vérification de connexion de façon inattendue (HTTP %1). Vérifiez l&apos;adresse API du compte dans Canaux.</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the connection check (HTTP %1). Check the account API address in Channels.</source>
        <translation>ActiveCampaign a refusé la vérification de connexion (HTTP %1). Vérifiez l&apos;adresse API du compte dans Canaux.</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the connection check: %1</source>
        <translation>ActiveCampaign a refusé la vérification de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>ActiveCampaign answered the connection check without the automation. Check the account API address in Channels.</source>
        <translation>ActiveCampaign a répondu à la vérification de connexion sans l&apos;automatisation. Vérifiez l&apos;adresse API du compte dans Canaux.</translation>
    </message>
    <message>
        <source>The API key works, but automation %1 is inactive, so it would send nothing. Activate it in ActiveCampaign → Automations.</source>
        <translation>La clé API fonctionne, mais l&apos;automatisation %1 est inactive&#xa0;: elle n&apos;enverrait rien. Activez-la dans ActiveCampaign → Automations.</translation>
    </message>
    <message>
        <source>the API key works and automation %1 is active.</source>
        <translation>la clé API fonctionne et l&apos;automatisation %1 est active.</translation>
    </message>
    <message>
        <source>the API key works and automation %1 exists.</source>
        <translation>la clé API fonctionne et l&apos;automatisation %1 existe.</translation>
    </message>
    <message>
        <source>ActiveCampaign is limiting how fast this account may make requests. Tidings will try again when ActiveCampaign allows it.</source>
        <translation>ActiveCampaign limite le rythme des requêtes de ce compte. Tidings réessaiera quand ActiveCampaign le permettra.</translation>
    </message>
    <message>
        <source>ActiveCampaign had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>ActiveCampaign a eu un problème temporaire (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the API key. Check the key and the account address in Channels.</source>
        <translation>ActiveCampaign a refusé la clé API. Vérifiez la clé et l&apos;adresse du compte dans Canaux.</translation>
    </message>
    <message>
        <source>ActiveCampaign did not find the account address or the automation (HTTP 404). Check both in Channels.</source>
        <translation>ActiveCampaign n&apos;a trouvé ni l&apos;adresse du compte ni l&apos;automatisation (HTTP 404). Vérifiez les deux dans Canaux.</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the request (HTTP %1).</source>
        <translation>ActiveCampaign a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>ActiveCampaign refused the request: %1</source>
        <translation>ActiveCampaign a refusé la requête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::ActivityQueries</name>
    <message>
        <source>Tidings could not count today&apos;s activity.</source>
        <translation>Tidings n&apos;a pas pu compter l&apos;activité du jour.</translation>
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
        <translation>Mises à jour de suivi des transporteurs (en transit, en cours de livraison, livré, incidents) pour les expéditions que Tidings connaît déjà par leur numéro de suivi.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret du webhook</translation>
    </message>
    <message>
        <source>AfterShip shows it in Tracking → Settings → Webhooks, under &quot;Webhook secret&quot;. Copy it here.</source>
        <translation>AfterShip l&apos;affiche dans Tracking → Settings → Webhooks, sous «&#xa0;Webhook secret&#xa0;». Copiez-le ici.</translation>
    </message>
    <message>
        <source>In AfterShip, open Tracking → Settings → Webhooks.</source>
        <translation>Dans AfterShip, ouvrez Tracking → Settings → Webhooks.</translation>
    </message>
    <message>
        <source>Add a webhook URL and paste this URL: %1</source>
        <translation>Ajoutez une URL de webhook et collez cette URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the shipment status updates to send (at least In transit, Out for delivery, Failed attempt, Available for pickup, Delivered and Exception).</source>
        <translation>Choisissez les mises à jour de statut d&apos;expédition à envoyer (au moins In transit, Out for delivery, Failed attempt, Available for pickup, Delivered et Exception).</translation>
    </message>
    <message>
        <source>Copy the webhook secret shown on the same page and paste it into Tidings.</source>
        <translation>Copiez le secret du webhook affiché sur la même page et collez-le dans Tidings.</translation>
    </message>
    <message>
        <source>AfterShip updates shipments by tracking number: the shop&apos;s own source (Shopify, WooCommerce, ...) must send the shipment with its tracking number first, or the update is recorded and nobody is told.</source>
        <translation>AfterShip met à jour les expéditions par numéro de suivi&#xa0;: la source de la boutique elle-même (Shopify, WooCommerce, ...) doit d&apos;abord envoyer l&apos;expédition avec son numéro de suivi, sinon la mise à jour est enregistrée et personne n&apos;est prévenu.</translation>
    </message>
    <message>
        <source>A request reached this AfterShip connection&apos;s address without an AfterShip signature, so it was refused. Only AfterShip should send requests to this address.</source>
        <translation>Une requête est arrivée à l&apos;adresse de cette connexion AfterShip sans signature AfterShip&#xa0;; elle a donc été refusée. Seul AfterShip doit envoyer des requêtes à cette adresse.</translation>
    </message>
    <message>
        <source>No webhook secret is saved for this AfterShip connection, so its updates cannot be checked and were refused. Add the secret in Connections.</source>
        <translation>Aucun secret de webhook n&apos;est enregistré pour cette connexion AfterShip&#xa0;: ses mises à jour ne peuvent pas être vérifiées et ont été refusées. Ajoutez le secret dans Connexions.</translation>
    </message>
    <message>
        <source>An AfterShip update&apos;s signature does not match the webhook secret saved for this connection. Check the secret in Connections against AfterShip&apos;s webhook settings.</source>
        <translation>La signature d&apos;une mise à jour AfterShip ne correspond pas au secret du webhook enregistré pour cette connexion. Comparez le secret dans Connexions avec les paramètres de webhook d&apos;AfterShip.</translation>
    </message>
    <message>
        <source>AfterShip sent an update whose content is not a JSON object, so it could not be read.</source>
        <translation>AfterShip a envoyé une mise à jour dont le contenu n&apos;est pas un objet JSON&#xa0;; elle n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>AfterShip sent an update without an event name, so Tidings cannot tell what happened.</source>
        <translation>AfterShip a envoyé une mise à jour sans nom d&apos;événement&#xa0;: Tidings ne peut pas savoir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>AfterShip sent a tracking update without a tracking number, so it cannot be matched to a shipment.</source>
        <translation>AfterShip a envoyé une mise à jour de suivi sans numéro de suivi&#xa0;: elle ne peut être associée à aucune expédition.</translation>
    </message>
    <message>
        <source>Test parcel from Tidings</source>
        <translation>Colis de test de Tidings</translation>
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
        <translation>Lignes de commande nouvelles ou modifiées dans une table Airtable&#xa0;: statuts, numéros de suivi, clients.</translation>
    </message>
    <message>
        <source>Webhook MAC secret</source>
        <translation>Secret MAC du webhook</translation>
    </message>
    <message>
        <source>The macSecretBase64 value Airtable returns once, when the webhook is created with the command below. Paste it exactly as shown.</source>
        <translation>La valeur macSecretBase64 qu&apos;Airtable renvoie une seule fois, quand le webhook est créé avec la commande ci-dessous. Collez-la exactement telle qu&apos;elle apparaît.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Create it at airtable.com/create/tokens with the scopes data.records:read and webhook:manage (add schema.bases:read to use column names in the field map) and access to this base. Tidings uses it to read the changes.</source>
        <translation>Créez-le sur airtable.com/create/tokens avec les scopes data.records:read et webhook:manage (ajoutez schema.bases:read pour utiliser des noms de colonnes dans la correspondance des champs) et l&apos;accès à cette base. Tidings l&apos;utilise pour lire les modifications.</translation>
    </message>
    <message>
        <source>Base id</source>
        <translation>Id de la base</translation>
    </message>
    <message>
        <source>Starts with &quot;app&quot;; it is part of the base&apos;s address in the browser.</source>
        <translation>Commence par «&#xa0;app&#xa0;»&#xa0;; il fait partie de l&apos;adresse de la base dans le navigateur.</translation>
    </message>
    <message>
        <source>Webhook id</source>
        <translation>Id du webhook</translation>
    </message>
    <message>
        <source>Starts with &quot;ach&quot;; Airtable returns it when the webhook is created.</source>
        <translation>Commence par «&#xa0;ach&#xa0;»&#xa0;; Airtable le renvoie à la création du webhook.</translation>
    </message>
    <message>
        <source>Orders table id</source>
        <translation>Id de la table des commandes</translation>
    </message>
    <message>
        <source>Starts with &quot;tbl&quot;. Optional: when set, changes in other tables of the base are ignored.</source>
        <translation>Commence par «&#xa0;tbl&#xa0;». Facultatif&#xa0;: s&apos;il est renseigné, les modifications dans les autres tables de la base sont ignorées.</translation>
    </message>
    <message>
        <source>Field map</source>
        <translation>Correspondance des champs</translation>
    </message>
    <message>
        <source>Status map</source>
        <translation>Correspondance des statuts</translation>
    </message>
    <message>
        <source>Your status words and what they mean, as JSON (any letter case): paid, shipped, delivered, cancelled, refunded, ... Words not listed are kept but notify nobody.</source>
        <translation>Vos mots de statut et leur signification, en JSON (majuscules ou minuscules)&#xa0;: paid, shipped, delivered, cancelled, refunded, ... Les mots non listés sont conservés mais ne préviennent personne.</translation>
    </message>
    <message>
        <source>Create a personal access token at airtable.com/create/tokens with the scopes data.records:read and webhook:manage (and schema.bases:read if the field map uses column names), give it access to your orders base, and paste it into Tidings.</source>
        <translation>Créez un jeton d&apos;accès personnel sur airtable.com/create/tokens avec les scopes data.records:read et webhook:manage (et schema.bases:read si la correspondance des champs utilise des noms de colonnes), donnez-lui l&apos;accès à la base de vos commandes, et collez-le dans Tidings.</translation>
    </message>
    <message>
        <source>Enter the base id (&quot;app…&quot;, in the base&apos;s address) and, optionally, the orders table id (&quot;tbl…&quot;).</source>
        <translation>Saisissez l&apos;id de la base («&#xa0;app…&#xa0;», dans l&apos;adresse de la base) et, si vous le souhaitez, l&apos;id de la table des commandes («&#xa0;tbl…&#xa0;»).</translation>
    </message>
    <message>
        <source>Airtable has no screen for webhooks: create one with the command below, in a terminal, after putting in your token, base id and table id. It tells Airtable to notify this address: %1</source>
        <translation>Airtable n&apos;a pas d&apos;écran pour les webhooks&#xa0;: créez-en un avec la commande ci-dessous, dans un terminal, après y avoir mis votre jeton, l&apos;id de la base et l&apos;id de la table. Elle demande à Airtable de prévenir cette adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Airtable answers with an id (&quot;ach…&quot;) and a macSecretBase64: enter the id as the webhook id and paste the macSecretBase64 as the webhook MAC secret. Airtable shows the secret only once.</source>
        <translation>Airtable répond avec un id («&#xa0;ach…&#xa0;») et un macSecretBase64&#xa0;: saisissez l&apos;id comme id du webhook et collez le macSecretBase64 comme secret MAC du webhook. Airtable n&apos;affiche le secret qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Fill in the field map and the status map so Tidings knows which columns hold the order number, email, status and tracking number.</source>
        <translation>Remplissez la correspondance des champs et celle des statuts pour que Tidings sache quelles colonnes contiennent le numéro de commande, l&apos;e-mail, le statut et le numéro de suivi.</translation>
    </message>
    <message>
        <source>Change a row in the table: the change appears in Tidings&apos; Monitor. Tidings also reads the changes when it starts and every few hours, which keeps the webhook alive: Airtable switches off a webhook that nobody has read for 7 days, and it then has to be created again.</source>
        <translation>Modifiez une ligne de la table&#xa0;: la modification apparaît dans le Suivi de Tidings. Tidings lit aussi les modifications au démarrage et toutes les quelques heures, ce qui garde le webhook actif&#xa0;: Airtable désactive un webhook que personne n&apos;a lu depuis 7 jours, et il faut alors le recréer.</translation>
    </message>
    <message>
        <source>A request reached the Airtable address of &quot;%1&quot; without Airtable&apos;s signature, so it was refused. Only Airtable should send requests to this address.</source>
        <translation>Une requête est arrivée à l&apos;adresse Airtable de «&#xa0;%1&#xa0;» sans la signature d&apos;Airtable&#xa0;; elle a donc été refusée. Seul Airtable doit envoyer des requêtes à cette adresse.</translation>
    </message>
    <message>
        <source>No webhook MAC secret is saved for &quot;%1&quot;, so Airtable&apos;s notifications cannot be checked and were refused. Add the macSecretBase64 in Connections.</source>
        <translation>Aucun secret MAC de webhook n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: les notifications d&apos;Airtable ne peuvent pas être vérifiées et ont été refusées. Ajoutez le macSecretBase64 dans Connexions.</translation>
    </message>
    <message>
        <source>The webhook MAC secret saved for &quot;%1&quot; is not the macSecretBase64 value Airtable returned (it is not base64 text), so notifications cannot be checked. Paste the value again in Connections.</source>
        <translation>Le secret MAC du webhook enregistré pour «&#xa0;%1&#xa0;» n&apos;est pas la valeur macSecretBase64 renvoyée par Airtable (ce n&apos;est pas du texte base64)&#xa0;: les notifications ne peuvent pas être vérifiées. Collez de nouveau la valeur dans Connexions.</translation>
    </message>
    <message>
        <source>A notification for &quot;%1&quot; carried a signature in a form Airtable does not use, so it was refused.</source>
        <translation>Une notification pour «&#xa0;%1&#xa0;» portait une signature sous une forme qu&apos;Airtable n&apos;utilise pas&#xa0;; elle a donc été refusée.</translation>
    </message>
    <message>
        <source>A notification&apos;s signature does not match the webhook MAC secret saved for &quot;%1&quot;. Check that the secret belongs to this webhook (Airtable makes a new one for every webhook).</source>
        <translation>La signature d&apos;une notification ne correspond pas au secret MAC du webhook enregistré pour «&#xa0;%1&#xa0;». Vérifiez que le secret appartient bien à ce webhook (Airtable en crée un nouveau pour chaque webhook).</translation>
    </message>
    <message>
        <source>Airtable sent a notification for &quot;%1&quot; that is not a JSON object, so it could not be read.</source>
        <translation>Airtable a envoyé pour «&#xa0;%1&#xa0;» une notification qui n&apos;est pas un objet JSON&#xa0;; elle n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Airtable sent a notification for &quot;%1&quot; without its base, webhook or time, so it cannot be matched to a webhook.</source>
        <translation>Airtable a envoyé pour «&#xa0;%1&#xa0;» une notification sans sa base, son webhook ou son heure&#xa0;: elle ne peut être associée à aucun webhook.</translation>
    </message>
    <message>
        <source>Airtable sent a notification for base %1, webhook %2, but &quot;%3&quot; is set up for base %4, webhook %5. Check the base id and webhook id in Connections.</source>
        <translation>Airtable a envoyé une notification pour la base %1, webhook %2, mais «&#xa0;%3&#xa0;» est configuré pour la base %4, webhook %5. Vérifiez l&apos;id de la base et l&apos;id du webhook dans Connexions.</translation>
    </message>
    <message>
        <source>Which column holds what, as JSON: column id or name → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice or currency. For stock levels: sku, productName, stockQuantity, stockStatus and location; a row with a SKU and a quantity or stock status but no order id is read as the product&apos;s stock.</source>
        <translation>Quelle colonne contient quoi, en JSON&#xa0;: id ou nom de colonne → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice ou currency. Pour les niveaux de stock&#xa0;: sku, productName, stockQuantity, stockStatus et location&#xa0;; une ligne avec un SKU et une quantité ou un statut de stock, mais sans id de commande, est lue comme le stock du produit.</translation>
    </message>
</context>
<context>
    <name>Tidings::AirtablePayloadFetcher</name>
    <message>
        <source>The base id or webhook id of &quot;%1&quot; is missing or not an Airtable id, so Tidings cannot read its changes. Enter both in Connections.</source>
        <translation>L&apos;id de la base ou l&apos;id du webhook de «&#xa0;%1&#xa0;» manque ou n&apos;est pas un id Airtable&#xa0;: Tidings ne peut pas lire ses modifications. Saisissez les deux dans Connexions.</translation>
    </message>
    <message>
        <source>No personal access token is saved for &quot;%1&quot;, so Tidings cannot read the changes Airtable announces. Add the token in Connections.</source>
        <translation>Aucun jeton d&apos;accès personnel n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: Tidings ne peut pas lire les modifications annoncées par Airtable. Ajoutez le jeton dans Connexions.</translation>
    </message>
    <message>
        <source>The Airtable address set for &quot;%1&quot; is not an https address, so Tidings will not send the access token there.</source>
        <translation>L&apos;adresse Airtable définie pour «&#xa0;%1&#xa0;» n&apos;est pas une adresse https&#xa0;: Tidings n&apos;y enverra pas le jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Airtable refused the access token saved for &quot;%1&quot; (HTTP %2), so Tidings cannot read its changes. Check that the personal access token still exists, has the scopes data.records:read and webhook:manage (and schema.bases:read when the field map uses column names) and has access to this base, then save it again in Connections.</source>
        <translation>Airtable a refusé le jeton d&apos;accès enregistré pour «&#xa0;%1&#xa0;» (HTTP %2)&#xa0;: Tidings ne peut pas lire ses modifications. Vérifiez que le jeton d&apos;accès personnel existe toujours, qu&apos;il a les scopes data.records:read et webhook:manage (et schema.bases:read quand la correspondance des champs utilise des noms de colonnes) et l&apos;accès à cette base, puis enregistrez-le de nouveau dans Connexions.</translation>
    </message>
    <message>
        <source>Airtable does not know the base or webhook set up for &quot;%1&quot;. A webhook that nobody read for 7 days is switched off: create it again (see the setup steps) and enter its new id and secret in Connections.</source>
        <translation>Airtable ne connaît pas la base ou le webhook configurés pour «&#xa0;%1&#xa0;». Un webhook que personne n&apos;a lu depuis 7 jours est désactivé&#xa0;: recréez-le (voir les étapes de configuration) et saisissez son nouvel id et son nouveau secret dans Connexions.</translation>
    </message>
    <message>
        <source>Airtable refused to hand over the changes of &quot;%1&quot; (HTTP %2).</source>
        <translation>Airtable a refusé de transmettre les modifications de «&#xa0;%1&#xa0;» (HTTP %2).</translation>
    </message>
    <message>
        <source>Tidings has nowhere to store Airtable&apos;s changes.</source>
        <translation>Tidings n&apos;a nulle part où stocker les modifications d&apos;Airtable.</translation>
    </message>
    <message>
        <source>Airtable reports that the webhook of &quot;%1&quot; no longer works (%2). Create it again (see the setup steps) and enter its new id and secret in Connections.</source>
        <translation>Airtable indique que le webhook de «&#xa0;%1&#xa0;» ne fonctionne plus (%2). Recréez-le (voir les étapes de configuration) et saisissez son nouvel id et son nouveau secret dans Connexions.</translation>
    </message>
    <message>
        <source>Tidings could not save an incoming event.</source>
        <translation>Tidings n&apos;a pas pu enregistrer un événement reçu.</translation>
    </message>
    <message>
        <source>Tidings cannot read the changes of &quot;%1&quot; from Airtable at the moment. It keeps trying; nothing is lost while Airtable keeps them (7 days).</source>
        <translation>Tidings ne peut pas lire pour le moment les modifications de «&#xa0;%1&#xa0;» depuis Airtable. Il continue d&apos;essayer&#xa0;; rien n&apos;est perdu tant qu&apos;Airtable les conserve (7 jours).</translation>
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
        <translation>La correspondance des champs de «&#xa0;%1&#xa0;» est vide&#xa0;: Tidings ne peut pas savoir quelles colonnes contiennent la commande, le statut et le numéro de suivi. Remplissez-la dans les paramètres de la source.</translation>
    </message>
    <message>
        <source>The field map of &quot;%1&quot; mixes column names and column ids (&quot;fld…&quot;). Use the names as they appear in the table&apos;s header, or only ids.</source>
        <translation>La correspondance des champs de «&#xa0;%1&#xa0;» mélange des noms et des id de colonnes («&#xa0;fld…&#xa0;»). Utilisez les noms tels qu&apos;ils apparaissent dans l&apos;en-tête de la table, ou uniquement des id.</translation>
    </message>
    <message>
        <source>Name the last-changed column of &quot;%1&quot; the way the field map names columns: by its name in the table&apos;s header, or by its &quot;fld…&quot; id when the field map uses ids.</source>
        <translation>Nommez la colonne de dernière modification de «&#xa0;%1&#xa0;» comme la correspondance des champs nomme les colonnes&#xa0;: par son nom dans l&apos;en-tête de la table, ou par son id «&#xa0;fld…&#xa0;» quand la correspondance utilise des id.</translation>
    </message>
    <message>
        <source>The last-changed column of &quot;%1&quot; is named &quot;%2&quot;; Tidings cannot use a column whose name holds { or }. Rename the column in Airtable and in the source&apos;s settings.</source>
        <translation>La colonne de dernière modification de «&#xa0;%1&#xa0;» s&apos;appelle «&#xa0;%2&#xa0;»&#xa0;; Tidings ne peut pas utiliser une colonne dont le nom contient { ou }. Renommez la colonne dans Airtable et dans les paramètres de la source.</translation>
    </message>
    <message>
        <source>Airtable answered with something that is not a list of rows. Tidings will ask again.</source>
        <translation>Airtable a répondu par autre chose qu&apos;une liste de lignes. Tidings va redemander.</translation>
    </message>
    <message>
        <source>New and changed order rows in an Airtable table: statuses, tracking numbers, customers, read every few minutes. No webhook to set up.</source>
        <translation>Lignes de commande nouvelles ou modifiées dans une table Airtable&#xa0;: statuts, numéros de suivi, clients, lues toutes les quelques minutes. Aucun webhook à configurer.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Create it at airtable.com/create/tokens with the scope data.records:read and access to the base with your orders. It starts with &quot;pat&quot;.</source>
        <translation>Créez-le sur airtable.com/create/tokens avec le scope data.records:read et l&apos;accès à la base qui contient vos commandes. Il commence par «&#xa0;pat&#xa0;».</translation>
    </message>
    <message>
        <source>Airtable API address</source>
        <translation>Adresse de l&apos;API Airtable</translation>
    </message>
    <message>
        <source>Leave empty for https://api.airtable.com; change it only for a test server.</source>
        <translation>Laissez vide pour https://api.airtable.com&#xa0;; ne la changez que pour un serveur de test.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>The base&apos;s address from the browser, or the id in it that starts with &quot;app&quot;.</source>
        <translation>L&apos;adresse de la base dans le navigateur, ou l&apos;id qu&apos;elle contient et qui commence par «&#xa0;app&#xa0;».</translation>
    </message>
    <message>
        <source>Orders table</source>
        <translation>Table des commandes</translation>
    </message>
    <message>
        <source>The table&apos;s name exactly as on its tab, or its id (starts with &quot;tbl&quot;). Optional when the base address above includes the table.</source>
        <translation>Le nom de la table exactement comme sur son onglet, ou son id (commence par «&#xa0;tbl&#xa0;»). Facultatif quand l&apos;adresse de la base ci-dessus inclut la table.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Optional: only the rows this view shows (its name or &quot;viw…&quot; id), e.g. a view that hides test orders.</source>
        <translation>Facultatif&#xa0;: uniquement les lignes que cette vue affiche (son nom ou son id «&#xa0;viw…&#xa0;»), p. ex. une vue qui masque les commandes de test.</translation>
    </message>
    <message>
        <source>Field map</source>
        <translation>Correspondance des champs</translation>
    </message>
    <message>
        <source>Last changed column</source>
        <translation>Colonne de dernière modification</translation>
    </message>
    <message>
        <source>Optional but recommended: a column of the type &quot;Last modified time&quot;. With it, rows are read oldest change first and each change has its time.</source>
        <translation>Facultatif mais recommandé&#xa0;: une colonne de type «&#xa0;Last modified time&#xa0;». Avec elle, les lignes sont lues de la modification la plus ancienne à la plus récente, et chaque modification a son heure.</translation>
    </message>
    <message>
        <source>Status map</source>
        <translation>Correspondance des statuts</translation>
    </message>
    <message>
        <source>Your status words and what they mean, as JSON (any letter case): paid, shipped, delivered, cancelled, refunded, ... Words not listed are kept but notify nobody.</source>
        <translation>Vos mots de statut et leur signification, en JSON (majuscules ou minuscules)&#xa0;: paid, shipped, delivered, cancelled, refunded, ... Les mots non listés sont conservés mais ne préviennent personne.</translation>
    </message>
    <message>
        <source>Open airtable.com/create/tokens and click &quot;Create token&quot;. Name it &quot;Tidings&quot;, add the scope data.records:read, and under Access add the base that holds your orders. Create it and paste the token (it starts with &quot;pat&quot;) here; Airtable shows it only once.</source>
        <translation>Ouvrez airtable.com/create/tokens et cliquez sur «&#xa0;Create token&#xa0;». Nommez-le «&#xa0;Tidings&#xa0;», ajoutez le scope data.records:read et, sous Access, ajoutez la base qui contient vos commandes. Créez-le et collez ici le jeton (il commence par «&#xa0;pat&#xa0;»)&#xa0;; Airtable ne l&apos;affiche qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Open the orders table in your browser and paste its address as the base: Tidings reads the base id (&quot;app…&quot;) and the table id (&quot;tbl…&quot;) from it. Or type the table&apos;s name.</source>
        <translation>Ouvrez la table des commandes dans votre navigateur et collez son adresse comme base&#xa0;: Tidings y lit l&apos;id de la base («&#xa0;app…&#xa0;») et l&apos;id de la table («&#xa0;tbl…&#xa0;»). Ou saisissez le nom de la table.</translation>
    </message>
    <message>
        <source>Recommended: add a field of the type &quot;Last modified time&quot; (all fields) to the table and enter its name as the last changed column, so every change is read in order and with its time.</source>
        <translation>Recommandé&#xa0;: ajoutez à la table un champ de type «&#xa0;Last modified time&#xa0;» (tous les champs) et saisissez son nom comme colonne de dernière modification, pour que chaque modification soit lue dans l&apos;ordre et avec son heure.</translation>
    </message>
    <message>
        <source>Fill in the field map and the status map so Tidings knows which columns hold the order number, email, status and tracking number.</source>
        <translation>Remplissez la correspondance des champs et celle des statuts pour que Tidings sache quelles colonnes contiennent le numéro de commande, l&apos;e-mail, le statut et le numéro de suivi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which Airtable base to read. Paste the base&apos;s address (or its id, starting with &quot;app&quot;) into its settings in Connections.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;indique pas quelle base Airtable lire. Collez l&apos;adresse de la base (ou son id, qui commence par «&#xa0;app&#xa0;») dans ses paramètres, dans Connexions.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which table holds the orders. Enter the table&apos;s name in its settings in Connections.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;indique pas quelle table contient les commandes. Saisissez le nom de la table dans ses paramètres, dans Connexions.</translation>
    </message>
    <message>
        <source>The table, view or column names of &quot;%1&quot; are too long for Airtable&apos;s address limit. Use the table&apos;s and view&apos;s ids (&quot;tbl…&quot;, &quot;viw…&quot;) instead.</source>
        <translation>Les noms de table, de vue ou de colonnes de «&#xa0;%1&#xa0;» sont trop longs pour la limite d&apos;adresse d&apos;Airtable. Utilisez plutôt les id de la table et de la vue («&#xa0;tbl…&#xa0;», «&#xa0;viw…&#xa0;»).</translation>
    </message>
    <message>
        <source>Airtable refused the personal access token of &quot;%1&quot;. Check that the token still exists at airtable.com/create/tokens, and paste it again in Connections.</source>
        <translation>Airtable a refusé le jeton d&apos;accès personnel de «&#xa0;%1&#xa0;». Vérifiez que le jeton existe toujours sur airtable.com/create/tokens et collez-le de nouveau dans Connexions.</translation>
    </message>
    <message>
        <source>Airtable does not let the token of &quot;%1&quot; read the table &quot;%2&quot; of the base %3: the token has no access to this base or lacks the scope data.records:read, or the base or table name is wrong. Check both at airtable.com/create/tokens and in the source&apos;s settings.</source>
        <translation>Airtable ne permet pas au jeton de «&#xa0;%1&#xa0;» de lire la table «&#xa0;%2&#xa0;» de la base %3&#xa0;: le jeton n&apos;a pas accès à cette base ou n&apos;a pas le scope data.records:read, ou bien le nom de la base ou de la table est incorrect. Vérifiez les deux sur airtable.com/create/tokens et dans les paramètres de la source.</translation>
    </message>
    <message>
        <source>Airtable forgot where Tidings was in the list of rows of &quot;%1&quot;. Tidings starts the list again.</source>
        <translation>Airtable a oublié où Tidings en était dans la liste des lignes de «&#xa0;%1&#xa0;». Tidings reprend la liste depuis le début.</translation>
    </message>
    <message>
        <source>Airtable could not read the rows of &quot;%1&quot; with the columns in its settings (%2). Check the column names in the source&apos;s settings: they must match the table&apos;s header exactly.</source>
        <translation>Airtable n&apos;a pas pu lire les lignes de «&#xa0;%1&#xa0;» avec les colonnes de ses paramètres (%2). Vérifiez les noms de colonnes dans les paramètres de la source&#xa0;: ils doivent correspondre exactement à l&apos;en-tête de la table.</translation>
    </message>
    <message>
        <source>Airtable does not know the last changed column &quot;%1&quot; of &quot;%2&quot; (%3). Enter the name of a &quot;Last modified time&quot; column exactly as the table&apos;s header shows it, or leave the setting empty.</source>
        <translation>Airtable ne connaît pas la colonne de dernière modification «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» (%3). Saisissez le nom d&apos;une colonne «&#xa0;Last modified time&#xa0;» exactement comme l&apos;en-tête de la table l&apos;affiche, ou laissez le paramètre vide.</translation>
    </message>
    <message>
        <source>The table of &quot;%1&quot; has no view &quot;%2&quot;. Check the view&apos;s name in the source&apos;s settings, or leave it empty.</source>
        <translation>La table de «&#xa0;%1&#xa0;» n&apos;a pas de vue «&#xa0;%2&#xa0;». Vérifiez le nom de la vue dans les paramètres de la source, ou laissez-le vide.</translation>
    </message>
    <message>
        <source>Airtable asked Tidings to slow down (at most 5 requests a second per base). Tidings will ask again in 30 seconds.</source>
        <translation>Airtable a demandé à Tidings de ralentir (au plus 5 requêtes par seconde et par base). Tidings redemandera dans 30 secondes.</translation>
    </message>
    <message>
        <source>Airtable refused to list the rows of &quot;%1&quot;: %2</source>
        <translation>Airtable a refusé de lister les lignes de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No Airtable personal access token is saved for &quot;%1&quot;, so its rows cannot be read. Add the token in Connections.</source>
        <translation>Aucun jeton d&apos;accès personnel Airtable n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: ses lignes ne peuvent pas être lues. Ajoutez le jeton dans Connexions.</translation>
    </message>
    <message>
        <source>Tidings lost its place in Airtable&apos;s list of rows and starts again.</source>
        <translation>Tidings a perdu sa place dans la liste des lignes d&apos;Airtable et reprend depuis le début.</translation>
    </message>
    <message>
        <source>Which column holds what, as JSON: column name (or &quot;fld…&quot; id) → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice or currency. Without orderId the row&apos;s own id is the order id. For stock levels: sku, productName, stockQuantity, stockStatus and location; a row with a SKU and a quantity or stock status but no order id is read as the product&apos;s stock.</source>
        <translation>Quelle colonne contient quoi, en JSON&#xa0;: nom de colonne (ou id «&#xa0;fld…&#xa0;») → orderId, orderNumber, customerName, customerEmail, orderStatus, carrier, trackingNumber, trackingUrl, totalPrice ou currency. Sans orderId, l&apos;id propre de la ligne sert d&apos;id de commande. Pour les niveaux de stock&#xa0;: sku, productName, stockQuantity, stockStatus et location&#xa0;; une ligne avec un SKU et une quantité ou un statut de stock, mais sans id de commande, est lue comme le stock du produit.</translation>
    </message>
</context>
<context>
    <name>Tidings::AppConfig</name>
    <message>
        <source>&quot;%1&quot;: &quot;secrets&quot; must be an object.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: «&#xa0;secrets&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown secret &quot;%2&quot; (expected one of: %3).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: secret «&#xa0;%2&#xa0;» inconnu (attendu&#xa0;: l&apos;un de %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: secret &quot;%2&quot; must be a non-empty text or null.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le secret «&#xa0;%2&#xa0;» doit être un texte non vide ou null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; must be an object.</source>
        <translation>L&apos;entrée %1 de «&#xa0;%2&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; needs an &quot;id&quot; of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (at most 64).</source>
        <translation>L&apos;entrée %1 de «&#xa0;%2&#xa0;» doit avoir un «&#xa0;id&#xa0;» fait de lettres, de chiffres, de &apos;-&apos;, &apos;_&apos; ou &apos;.&apos; (64 au plus).</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; appears twice in &quot;%2&quot;.</source>
        <translation>L&apos;id «&#xa0;%1&#xa0;» apparaît deux fois dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The configuration file is not valid JSON (at character %1: %2).</source>
        <translation>Le fichier de configuration n&apos;est pas un JSON valide (au caractère %1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The configuration file must contain one JSON object.</source>
        <translation>Le fichier de configuration doit contenir un seul objet JSON.</translation>
    </message>
    <message>
        <source>&quot;webhook&quot; must be an object.</source>
        <translation>«&#xa0;webhook&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;webhook.address&quot; must be an IP address such as 127.0.0.1.</source>
        <translation>«&#xa0;webhook.address&#xa0;» doit être une adresse IP, par exemple 127.0.0.1.</translation>
    </message>
    <message>
        <source>&quot;webhook.port&quot; must be between 0 and 65535.</source>
        <translation>«&#xa0;webhook.port&#xa0;» doit être compris entre 0 et 65535.</translation>
    </message>
    <message>
        <source>&quot;webhook.maxBodyBytes&quot; must be between 1 KiB and 64 MiB.</source>
        <translation>«&#xa0;webhook.maxBodyBytes&#xa0;» doit être compris entre 1 Kio et 64 Mio.</translation>
    </message>
    <message>
        <source>&quot;brand&quot; must be an object.</source>
        <translation>«&#xa0;brand&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;: unknown type &quot;%2&quot;.</source>
        <translation>Source «&#xa0;%1&#xa0;»&#xa0;: type «&#xa0;%2&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: unknown type &quot;%2&quot;.</source>
        <translation>Canal «&#xa0;%1&#xa0;»&#xa0;: type «&#xa0;%2&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; needs a &quot;baseUrl&quot; such as https://api.sendgrid.com.</source>
        <translation>Le canal «&#xa0;%1&#xa0;» doit avoir un «&#xa0;baseUrl&#xa0;», par exemple https://api.sendgrid.com.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; needs a valid &quot;fromEmail&quot;.</source>
        <translation>Le canal «&#xa0;%1&#xa0;» doit avoir un «&#xa0;fromEmail&#xa0;» valide.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: &quot;replyTo&quot; is not an email address.</source>
        <translation>Canal «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;replyTo&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: addresses and names must be on one line.</source>
        <translation>Canal «&#xa0;%1&#xa0;»&#xa0;: les adresses et les noms doivent tenir sur une ligne.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: unknown trigger &quot;%2&quot;.</source>
        <translation>Règle «&#xa0;%1&#xa0;»&#xa0;: déclencheur «&#xa0;%2&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs a &quot;template&quot;.</source>
        <translation>La règle «&#xa0;%1&#xa0;» doit avoir un «&#xa0;template&#xa0;».</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names channel &quot;%2&quot;, which is not in &quot;channels&quot;.</source>
        <translation>La règle «&#xa0;%1&#xa0;» indique le canal «&#xa0;%2&#xa0;», qui n&apos;est pas dans «&#xa0;channels&#xa0;».</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: &quot;recipient&quot; must be &quot;customer&quot; or an email address.</source>
        <translation>Règle «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;recipient&#xa0;» doit valoir «&#xa0;customer&#xa0;» ou une adresse e-mail.</translation>
    </message>
    <message>
        <source>&quot;brand.logoFile&quot;: %1</source>
        <translation>« brand.logoFile »&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::Backup</name>
    <message>
        <source>%1 is not a Tidings backup, or it is damaged. Choose a file made with File → Back up data.</source>
        <translation>%1 n&apos;est pas une sauvegarde de Tidings, ou elle est endommagée. Choisissez un fichier créé avec Fichier → Sauvegarder les données.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Tidings. Update Tidings, then restore it.</source>
        <translation>Cette sauvegarde a été créée par une version plus récente de Tidings. Mettez Tidings à jour, puis restaurez-la.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no data to back up yet.</source>
        <translation>Il n&apos;y a encore aucune donnée à sauvegarder.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists, that you may write there and that the disk has room.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans %1. Vérifiez que le dossier existe, que vous pouvez y écrire et que le disque a de la place.</translation>
    </message>
    <message>
        <source>The backup came out damaged and was not kept.</source>
        <translation>La sauvegarde est sortie endommagée et n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation>La sauvegarde n&apos;a pas pu être enregistrée sous %1.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the data folder %1.</source>
        <translation>La sauvegarde n&apos;a pas pu être copiée dans le dossier de données %1.</translation>
    </message>
    <message>
        <source>The backup chosen for restoring could not be used, so Tidings kept your current data. %1</source>
        <translation>La sauvegarde choisie pour la restauration n&apos;a pas pu être utilisée&#xa0;: Tidings a conservé vos données actuelles. %1</translation>
    </message>
    <message>
        <source>Tidings could not set your current data aside to restore the backup, so nothing was changed.</source>
        <translation>Tidings n&apos;a pas pu mettre vos données actuelles de côté pour restaurer la sauvegarde&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be put in place, so Tidings kept your current data.</source>
        <translation>La sauvegarde n&apos;a pas pu être mise en place&#xa0;: Tidings a conservé vos données actuelles.</translation>
    </message>
</context>
<context>
    <name>Tidings::BrandLogo</name>
    <message>
        <source>This file is not a picture email can show. Choose a PNG, JPEG, GIF or WebP file (most logos are PNG).</source>
        <translation>Ce fichier n’est pas une image qu’un e-mail peut afficher. Choisissez un fichier PNG, JPEG, GIF ou WebP (la plupart des logos sont en PNG).</translation>
    </message>
    <message>
        <source>This picture is %1 KiB; a logo for email can be at most %2 KiB, or every message gets slow to open. Save it smaller (about 600 pixels wide is plenty) and choose it again.</source>
        <translation>Cette image fait %1&#xa0;Kio&#xa0;; un logo pour e-mail peut faire au plus %2&#xa0;Kio, sinon chaque message devient lent à ouvrir. Enregistrez-la plus petite (environ 600&#xa0;pixels de large suffisent) et choisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>Tidings cannot read %1.</source>
        <translation>Tidings ne peut pas lire %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; a logo for email can be at most %3 KiB, or every message gets slow to open. Save it smaller (about 600 pixels wide is plenty) and choose it again.</source>
        <translation>%1 fait %2&#xa0;Kio&#xa0;; un logo pour e-mail peut faire au plus %3&#xa0;Kio, sinon chaque message devient lent à ouvrir. Enregistrez-le plus petit (environ 600&#xa0;pixels de large suffisent) et choisissez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>Tidings::Channel</name>
    <message>
        <source>This provider cannot be checked without delivering something. Send a test message to your own address instead.</source>
        <translation>Ce fournisseur ne peut pas être vérifié sans rien envoyer. Envoyez plutôt un message de test à votre propre adresse.</translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelDelivery</name>
    <message>
        <source>Channel &quot;%1&quot;: &quot;retry&quot; must be an object such as {&quot;maxAttempts&quot;: 5, &quot;maxAgeHours&quot;: 24}.</source>
        <translation>Canal «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;retry&#xa0;» doit être un objet, par exemple {&quot;maxAttempts&quot;: 5, &quot;maxAgeHours&quot;: 24}.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: unknown retry setting &quot;%2&quot; (expected one of: %3).</source>
        <translation>Canal «&#xa0;%1&#xa0;»&#xa0;: paramètre de nouvelle tentative «&#xa0;%2&#xa0;» inconnu (attendu&#xa0;: l&apos;un de %3).</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: &quot;retry.%2&quot; must be a whole number from 1 to %3.</source>
        <translation>Canal «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;retry.%2&#xa0;» doit être un nombre entier de 1 à %3.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: &quot;fallbackChannelId&quot; must be the id of another channel.</source>
        <translation>Canal «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;fallbackChannelId&#xa0;» doit être l&apos;identifiant d&apos;un autre canal.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; cannot be its own fallback channel.</source>
        <translation>Le canal «&#xa0;%1&#xa0;» ne peut pas être son propre canal de secours.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the fallback channel &quot;%2&quot; is not in &quot;channels&quot;.</source>
        <translation>Canal «&#xa0;%1&#xa0;»&#xa0;: le canal de secours «&#xa0;%2&#xa0;» ne figure pas dans «&#xa0;channels&#xa0;».</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot;: the fallback channel &quot;%2&quot; must send the same kind of message (email to email, text message to text message).</source>
        <translation>Canal «&#xa0;%1&#xa0;»&#xa0;: le canal de secours «&#xa0;%2&#xa0;» doit envoyer le même type de message (e-mail pour e-mail, SMS pour SMS).</translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelFactory</name>
    <message>
        <source>No sending service is chosen for %1.</source>
        <translation>Aucun service d&apos;envoi n&apos;est choisi pour %1.</translation>
    </message>
    <message>
        <source>%1 uses “%2”, a service Tidings cannot send through.</source>
        <translation>%1 utilise «&#xa0;%2&#xa0;», un service par lequel Tidings ne peut pas envoyer.</translation>
    </message>
    <message>
        <source>No %1 is saved for %2.</source>
        <translation>Il manque «&#xa0;%1&#xa0;» pour %2.</translation>
    </message>
    <message>
        <source>No network access is available to send messages.</source>
        <translation>Aucun accès réseau n&apos;est disponible pour envoyer des messages.</translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelHttp</name>
    <message>
        <source>The %1 address of %2 must be an https:// address. Check it in Channels.</source>
        <translation>L&apos;adresse %1 de %2 doit être une adresse https://. Vérifiez-la dans Canaux.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>L&apos;objet contient un saut de ligne, qui pourrait servir à ajouter des en-têtes d&apos;e-mail cachés. Retirez les sauts de ligne de l&apos;objet du modèle.</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation>Le nom du client contient un saut de ligne&#xa0;: le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Channels.</source>
        <translation>Le nom d&apos;expéditeur de %1 contient un saut de ligne. Corrigez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>La notification n&apos;a pas d&apos;adresse de destinataire.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Channels.</source>
        <translation>L&apos;adresse d&apos;expéditeur de %1 n&apos;est pas une adresse e-mail. Corrigez-la dans Canaux.</translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation>L&apos;adresse de réponse de %1 n&apos;est pas une adresse e-mail. Corrigez-la dans Canaux.</translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation>Le message n&apos;a pas d&apos;objet.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation>Le message n&apos;a ni texte ni contenu HTML.</translation>
    </message>
</context>
<context>
    <name>Tidings::ChannelTest</name>
    <message>
        <source>Alex Sample</source>
        <translation>Alex Exemple</translation>
    </message>
    <message>
        <source>Stoneware mug</source>
        <translation>Mug en grès</translation>
    </message>
    <message>
        <source>Loose-leaf tea, 100 g</source>
        <translation>Thé en vrac, 100 g</translation>
    </message>
    <message>
        <source>The built-in shipping template is missing.</source>
        <translation>Le modèle d&apos;expédition intégré est manquant.</translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation>[Test] %1</translation>
    </message>
    <message>
        <source>Sent: %1 accepted the test message.</source>
        <translation>Envoyé&#xa0;: %1 a accepté le message de test.</translation>
    </message>
    <message>
        <source>Sent: %1 accepted the test message (id %2).</source>
        <translation>Envoyé&#xa0;: %1 a accepté le message de test (id %2).</translation>
    </message>
    <message>
        <source>%1 gave no answer.</source>
        <translation>%1 n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Connecté&#xa0;: %1 a accepté les identifiants.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::ConfigRepository</name>
    <message>
        <source>Tidings could not read its settings.</source>
        <translation>Tidings n&apos;a pas pu lire ses paramètres.</translation>
    </message>
    <message>
        <source>Tidings could not save its settings.</source>
        <translation>Tidings n&apos;a pas pu enregistrer ses paramètres.</translation>
    </message>
    <message>
        <source>A connection with the id &quot;%1&quot; already exists. Choose another id.</source>
        <translation>Une connexion avec l&apos;id «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre id.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; no longer exists.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Cette connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A channel with the id &quot;%1&quot; already exists. Choose another id.</source>
        <translation>Un canal avec l&apos;id «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre id.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; no longer exists.</source>
        <translation>Le canal «&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) send through this channel. Point them at another channel first, or turn the channel off instead.</source>
        <translation>
            <numerusform>%n règle envoie par ce canal. Dirigez-la d&apos;abord vers un autre canal, ou désactivez plutôt le canal.</numerusform>
            <numerusform>%n règles envoient par ce canal. Dirigez-les d&apos;abord vers un autre canal, ou désactivez plutôt le canal.</numerusform>
        </translation>
    </message>
    <message>
        <source>That channel no longer exists.</source>
        <translation>Ce canal n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The logo picture is missing from the store.</source>
        <translation>L’image du logo manque dans la base de données.</translation>
    </message>
</context>
<context>
    <name>Tidings::Database</name>
    <message>
        <source>Tidings cannot create its data folder %1. Check that the disk is writable and that you have permission to write there.</source>
        <translation>Tidings ne peut pas créer son dossier de données %1. Vérifiez que le disque est accessible en écriture et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Tidings cannot open its database %1.</source>
        <translation>Tidings ne peut pas ouvrir sa base de données %1.</translation>
    </message>
    <message>
        <source>Tidings cannot prepare its database.</source>
        <translation>Tidings ne peut pas préparer sa base de données.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tidings (schema %1). Update Tidings to open it.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Tidings (schéma %1). Mettez Tidings à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Tidings cannot update its database.</source>
        <translation>Tidings ne peut pas mettre à jour sa base de données.</translation>
    </message>
    <message>
        <source>Tidings cannot update its database to version %1.</source>
        <translation>Tidings ne peut pas mettre à jour sa base de données vers la version %1.</translation>
    </message>
    <message>
        <source>Tidings could not save to its database.</source>
        <translation>Tidings n&apos;a pas pu enregistrer dans sa base de données.</translation>
    </message>
</context>
<context>
    <name>Tidings::DelayDetection</name>
    <message>
        <source>Choose between %1 and %2 days.</source>
        <translation>Choisissez entre %1 et %2 jours.</translation>
    </message>
</context>
<context>
    <name>Tidings::DelayWatcher</name>
    <message>
        <source>Tidings could not check for delayed parcels.</source>
        <translation>Tidings n&apos;a pas pu rechercher les colis en retard.</translation>
    </message>
</context>
<context>
    <name>Tidings::DiagnosticReport</name>
    <message>
        <source>Tidings diagnostic report</source>
        <translation>Rapport de diagnostic de Tidings</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Créé le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keys, tokens and passwords are not in this report: Tidings keeps them in the system&apos;s keychain and blanks anything in the log that looks like one.</source>
        <translation>Les clés, jetons et mots de passe ne figurent pas dans ce rapport&#xa0;: Tidings les garde dans le trousseau du système et efface dans le journal tout ce qui y ressemble.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Recent log (%1 of %2 lines)</source>
        <translation>Journal récent (%1 lignes sur %2)</translation>
    </message>
</context>
<context>
    <name>Tidings::DispatchWorker</name>
    <message>
        <source>Sending has not started yet.</source>
        <translation>L&apos;envoi n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>Tidings could not resume unsent messages.</source>
        <translation>Tidings n&apos;a pas pu reprendre les messages non envoyés.</translation>
    </message>
    <message>
        <source>Tidings stopped while handing this message to the provider. It has been queued again; if the provider had already accepted it, the customer may receive it twice.</source>
        <translation>Tidings s&apos;est arrêté pendant qu&apos;il remettait ce message au fournisseur. Il a été remis en file d&apos;attente&#xa0;; si le fournisseur l&apos;avait déjà accepté, le client pourrait le recevoir deux fois.</translation>
    </message>
    <message>
        <source>Tidings stopped while handing this message to the provider, so it may or may not have gone out. Check with the customer if you can, then Resend it, or choose Don&apos;t Send Again.</source>
        <translation>Tidings s&apos;est arrêté pendant qu&apos;il remettait ce message au fournisseur&#xa0;: il est peut-être parti, peut-être pas. Vérifiez auprès du client si possible, puis renvoyez-le ou choisissez Ne plus envoyer.</translation>
    </message>
    <message>
        <source>Tidings could not read the message queue.</source>
        <translation>Tidings n&apos;a pas pu lire la file d&apos;attente des messages.</translation>
    </message>
    <message>
        <source>Tidings could not update the message queue.</source>
        <translation>Tidings n&apos;a pas pu mettre à jour la file d&apos;attente des messages.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not set up.</source>
        <translation>Le canal «&#xa0;%1&#xa0;» n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not exist.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; cannot send until its account is signed in again.</source>
        <translation>Le canal «&#xa0;%1&#xa0;» ne peut pas envoyer tant que son compte n&apos;est pas reconnecté.</translation>
    </message>
    <message>
        <source>Tidings could not record a delivery.</source>
        <translation>Tidings n&apos;a pas pu enregistrer un envoi.</translation>
    </message>
    <message>
        <source>%1 The message waits until the account is signed in again.</source>
        <translation>%1 Le message attend que le compte soit reconnecté.</translation>
    </message>
    <message>
        <source>Unknown failure.</source>
        <translation>Échec inconnu.</translation>
    </message>
    <message>
        <source>%1 Tidings will try again at %2.</source>
        <translation>%1 Tidings réessaiera à %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Tidings gave up after %n attempts.</source>
        <translation>
            <numerusform>%1 Tidings a abandonné après %n tentative.</numerusform>
            <numerusform>%1 Tidings a abandonné après %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The message goes through the fallback channel &quot;%2&quot; instead.</source>
        <translation>%1 Le message passe plutôt par le canal de secours «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Sent through fallback channel &quot;%1&quot; while &quot;%2&quot; waits to be signed in again.</source>
        <translation>Envoyé par le canal de secours «&#xa0;%1&#xa0;» en attendant la reconnexion de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Sent through fallback channel &quot;%1&quot; after &quot;%2&quot; failed %n times.</source>
        <translation>
            <numerusform>Envoyé par le canal de secours «&#xa0;%1&#xa0;» après %n échec de «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>Envoyé par le canal de secours «&#xa0;%1&#xa0;» après %n échecs de «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; failed %n times in a row: Tidings sends it through the fallback channel &quot;%3&quot; next.</source>
        <translation>
            <numerusform>%1 «&#xa0;%2&#xa0;» a échoué %n fois de suite&#xa0;: Tidings l&apos;enverra ensuite par le canal de secours «&#xa0;%3&#xa0;».</numerusform>
            <numerusform>%1 «&#xa0;%2&#xa0;» a échoué %n fois de suite&#xa0;: Tidings l&apos;enverra ensuite par le canal de secours «&#xa0;%3&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n hours without success: %1</source>
        <translation>
            <numerusform>Abandonné après %n heure sans succès&#xa0;: %1</numerusform>
            <numerusform>Abandonné après %n heures sans succès&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings could not record the shop&apos;s brand.</source>
        <translation>Tidings n’a pas pu enregistrer la marque de la boutique.</translation>
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
        <translation>Mises à jour de suivi des transporteurs (en transit, en cours de livraison, livré, retourné) pour les expéditions que Tidings connaît déjà par leur numéro de suivi.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret du webhook</translation>
    </message>
    <message>
        <source>Tidings made this secret. Paste it into the &quot;Webhook Secret&quot; field of the webhook in EasyPost, so EasyPost signs every update with it.</source>
        <translation>Tidings a créé ce secret. Collez-le dans le champ «&#xa0;Webhook Secret&#xa0;» du webhook dans EasyPost, pour qu&apos;EasyPost signe chaque mise à jour avec.</translation>
    </message>
    <message>
        <source>In EasyPost, open Account Settings → Webhooks &amp; Events.</source>
        <translation>Dans EasyPost, ouvrez Account Settings → Webhooks &amp; Events.</translation>
    </message>
    <message>
        <source>Click &quot;Add Webhook&quot;, choose the environment (Production, or Test while you try it) and paste this URL: %1</source>
        <translation>Cliquez sur «&#xa0;Add Webhook&#xa0;», choisissez l&apos;environnement (Production, ou Test pendant vos essais) et collez cette URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paste the webhook secret Tidings made into &quot;Webhook Secret&quot; and save.</source>
        <translation>Collez le secret du webhook créé par Tidings dans «&#xa0;Webhook Secret&#xa0;» et enregistrez.</translation>
    </message>
    <message>
        <source>EasyPost updates shipments by tracking number: the shop&apos;s own source (Shopify, WooCommerce, ...) must send the shipment with its tracking number first, or the update is recorded and nobody is told.</source>
        <translation>EasyPost met à jour les expéditions par numéro de suivi&#xa0;: la source de la boutique elle-même (Shopify, WooCommerce, ...) doit d&apos;abord envoyer l&apos;expédition avec son numéro de suivi, sinon la mise à jour est enregistrée et personne n&apos;est prévenu.</translation>
    </message>
    <message>
        <source>A request reached this EasyPost connection&apos;s address without an EasyPost signature, so it was refused. Check that the webhook in EasyPost has the secret Tidings made.</source>
        <translation>Une requête est arrivée à l&apos;adresse de cette connexion EasyPost sans signature EasyPost&#xa0;; elle a donc été refusée. Vérifiez que le webhook dans EasyPost a le secret créé par Tidings.</translation>
    </message>
    <message>
        <source>No webhook secret is saved for this EasyPost connection, so its updates cannot be checked and were refused. Set the secret again in Connections.</source>
        <translation>Aucun secret de webhook n&apos;est enregistré pour cette connexion EasyPost&#xa0;: ses mises à jour ne peuvent pas être vérifiées et ont été refusées. Définissez de nouveau le secret dans Connexions.</translation>
    </message>
    <message>
        <source>An EasyPost update&apos;s signature does not match the webhook secret saved for this connection. Paste the secret from Tidings into the webhook in EasyPost again.</source>
        <translation>La signature d&apos;une mise à jour EasyPost ne correspond pas au secret du webhook enregistré pour cette connexion. Collez de nouveau le secret de Tidings dans le webhook d&apos;EasyPost.</translation>
    </message>
    <message>
        <source>EasyPost sent an update whose content is not a JSON object, so it could not be read.</source>
        <translation>EasyPost a envoyé une mise à jour dont le contenu n&apos;est pas un objet JSON&#xa0;; elle n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>EasyPost sent an event without a description, so Tidings cannot tell what happened.</source>
        <translation>EasyPost a envoyé un événement sans description&#xa0;: Tidings ne peut pas savoir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>EasyPost sent a tracker update without a tracking code, so it cannot be matched to a shipment.</source>
        <translation>EasyPost a envoyé une mise à jour de suivi sans code de suivi&#xa0;: elle ne peut être associée à aucune expédition.</translation>
    </message>
</context>
<context>
    <name>Tidings::Engine</name>
    <message>
        <source>No %1 is saved for &quot;%2&quot;, so its messages wait until one is added to the configuration.</source>
        <translation>Il manque «&#xa0;%1&#xa0;» pour «&#xa0;%2&#xa0;»&#xa0;: ses messages attendent que cette valeur soit ajoutée à la configuration.</translation>
    </message>
    <message>
        <source>No signing secret is saved for &quot;%1&quot;, so its webhooks will be refused. Add the secret in the configuration.</source>
        <translation>Aucun secret de signature n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: ses webhooks seront refusés. Ajoutez le secret dans la configuration.</translation>
    </message>
    <message>
        <source>Tidings is not running, so it cannot check the connection now.</source>
        <translation>Tidings n&apos;est pas en cours d&apos;exécution&#xa0;: il ne peut pas vérifier la connexion maintenant.</translation>
    </message>
    <message>
        <source>Tidings is still saving this connection. Try again in a moment.</source>
        <translation>Tidings enregistre encore cette connexion. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Tidings cannot receive orders from this kind of connection (&quot;%1&quot;).</source>
        <translation>Tidings ne peut pas recevoir de commandes de ce type de connexion («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; cannot be used. An id is part of the webhook address: use only lower-case letters a-z, digits and dashes, and start with a letter or a digit.</source>
        <translation>L&apos;id «&#xa0;%1&#xa0;» ne peut pas être utilisé. Un id fait partie de l&apos;adresse du webhook&#xa0;: utilisez uniquement des lettres minuscules a-z, des chiffres et des tirets, et commencez par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Another connection already uses the id &quot;%1&quot;. Choose another id.</source>
        <translation>Une autre connexion utilise déjà l&apos;id «&#xa0;%1&#xa0;». Choisissez un autre id.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; no longer exists.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;: %2 needs it.</source>
        <translation>Remplissez «&#xa0;%1&#xa0;»&#xa0;: %2 en a besoin.</translation>
    </message>
    <message>
        <source>Paste the %1 from %2; without it Tidings cannot read its orders.</source>
        <translation>Collez la valeur «&#xa0;%1&#xa0;» fournie par %2&#xa0;; sans elle, Tidings ne peut pas lire ses commandes.</translation>
    </message>
    <message>
        <source>The %1 is missing. Go back and let Tidings make one.</source>
        <translation>Il manque «&#xa0;%1&#xa0;». Revenez en arrière et laissez Tidings créer cette valeur.</translation>
    </message>
    <message>
        <source>Paste the %1 from %2; without it Tidings cannot tell its webhooks from forged ones.</source>
        <translation>Collez la valeur «&#xa0;%1&#xa0;» fournie par %2&#xa0;; sans elle, Tidings ne peut pas distinguer ses webhooks des faux.</translation>
    </message>
    <message>
        <source>The renewed sign-in of channel %1 could not be saved in the keychain: %2 Tidings keeps using it until it stops.</source>
        <translation>La connexion renouvelée du canal %1 n&apos;a pas pu être enregistrée dans le trousseau&#xa0;: %2 Tidings continue de l&apos;utiliser jusqu&apos;à son arrêt.</translation>
    </message>
    <message>
        <source>The connection was removed, but its secret could not be deleted from the keychain: %1</source>
        <translation>La connexion a été supprimée, mais son secret n&apos;a pas pu être effacé du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tidings cannot send through “%1”.</source>
        <translation>Tidings ne peut pas envoyer par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; cannot be used: use lower-case letters, digits and dashes.</source>
        <translation>L&apos;id «&#xa0;%1&#xa0;» ne peut pas être utilisé&#xa0;: utilisez des lettres minuscules, des chiffres et des tirets.</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>Donnez un nom au canal.</translation>
    </message>
    <message>
        <source>A channel with the id &quot;%1&quot; already exists. Choose another id.</source>
        <translation>Un canal avec l&apos;id «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre id.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; no longer exists.</source>
        <translation>Le canal «&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Enter the %1 for %2.</source>
        <translation>Saisissez la valeur «&#xa0;%1&#xa0;» pour %2.</translation>
    </message>
    <message>
        <source>Tidings is still saving this channel. Try again in a moment.</source>
        <translation>Tidings enregistre encore ce canal. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The channel was removed, but its secret could not be deleted from the keychain: %1</source>
        <translation>Le canal a été supprimé, mais son secret n&apos;a pas pu être effacé du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Cette connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Tidings is not receiving webhooks right now, so it cannot send a test event. See the message about starting Tidings.</source>
        <translation>Tidings ne reçoit pas de webhooks en ce moment&#xa0;: il ne peut pas envoyer d&apos;événement de test. Voir le message sur le démarrage de Tidings.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is turned off. Turn it on to send a test event.</source>
        <translation>«&#xa0;%1&#xa0;» est désactivé. Activez-le pour envoyer un événement de test.</translation>
    </message>
    <message>
        <source>Tidings has no test event for this kind of connection, or no secret is saved for it yet.</source>
        <translation>Tidings n&apos;a pas d&apos;événement de test pour ce type de connexion, ou aucun secret n&apos;est encore enregistré pour elle.</translation>
    </message>
    <message>
        <source>The test event for &quot;%1&quot; did not reach Tidings&apos; webhook address on this computer.</source>
        <translation>L&apos;événement de test pour «&#xa0;%1&#xa0;» n&apos;a pas atteint l&apos;adresse du webhook de Tidings sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Tidings answered with HTTP status %1.</source>
        <translation>Tidings a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>The test event for &quot;%1&quot; was refused. %2</source>
        <translation>L&apos;événement de test pour «&#xa0;%1&#xa0;» a été refusé. %2</translation>
    </message>
    <message>
        <source>That channel no longer exists.</source>
        <translation>Ce canal n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That channel has no such key.</source>
        <translation>Ce canal n&apos;a pas de clé de ce nom.</translation>
    </message>
    <message>
        <source>The renewed sign-in of &quot;%1&quot; could not be saved in the keychain: %2 Tidings keeps using it while it runs; after a restart, connect the source again in Connections.</source>
        <translation>La connexion renouvelée de «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistrée dans le trousseau&#xa0;: %2 Tidings continue de l&apos;utiliser tant qu&apos;il tourne&#xa0;; après un redémarrage, reconnectez la source dans Connexions.</translation>
    </message>
    <message>
        <source>Tidings is not sending right now (it did not start). See the message at the top of the window.</source>
        <translation>Tidings n&apos;envoie rien en ce moment (il n&apos;a pas démarré). Voir le message en haut de la fenêtre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the fallback channel of &quot;%2&quot;. Choose another fallback there first.</source>
        <translation>«&#xa0;%1&#xa0;» est le canal de secours de «&#xa0;%2&#xa0;». Choisissez-y d&apos;abord un autre canal de secours.</translation>
    </message>
    <message>
        <source>The accent colour must look like #2f6f4f. Choose one with the colour button.</source>
        <translation>La couleur d&apos;accent doit avoir la forme #2f6f4f. Choisissez-en une avec le bouton de couleur.</translation>
    </message>
    <message>
        <source>The logo must be a web address starting with https://, so that your customers&apos; mail programs can show it.</source>
        <translation>Le logo doit être une adresse web commençant par https://, pour que les logiciels de messagerie de vos clients puissent l&apos;afficher.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an email address.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>Choose a channel that is switched on.</source>
        <translation>Choisissez un canal activé.</translation>
    </message>
    <message>
        <source>Alerts go to a Slack channel. Add one under Channels first, then choose it here.</source>
        <translation>Les alertes sont envoyées dans un canal Slack. Ajoutez-en d&apos;abord un dans Canaux, puis choisissez-le ici.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; must be a web address starting with https://.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» doit être une adresse web commençant par https://.</translation>
    </message>
    <message>
        <source>Type the email address (or phone number) the test should go to.</source>
        <translation>Saisissez l&apos;adresse e-mail (ou le numéro de téléphone) à laquelle le test doit être envoyé.</translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation>[Test] %1</translation>
    </message>
    <message>
        <source>There is no channel &quot;%1&quot; to send stock alerts through.</source>
        <translation>Il n&apos;existe pas de canal «&#xa0;%1&#xa0;» par lequel envoyer les alertes de stock.</translation>
    </message>
    <message>
        <source>Enter the email address stock alerts go to, such as team@yourshop.com.</source>
        <translation>Saisissez l&apos;adresse e-mail à laquelle envoyer les alertes de stock, par exemple equipe@votreboutique.fr.</translation>
    </message>
    <message>
        <source>Stock alerts go to your team by chat or email; %1 sends neither.</source>
        <translation>Les alertes de stock sont envoyées à votre équipe par messagerie d&apos;équipe ou par e-mail&#xa0;; %1 n&apos;envoie ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>Choose the email channel your customers are told through.</source>
        <translation>Choisissez le canal d&apos;e-mail par lequel vos clients sont prévenus.</translation>
    </message>
</context>
<context>
    <name>Tidings::ExtraCertificates</name>
    <message>
        <source>Tidings cannot read the certificate file %1 named by %2.</source>
        <translation>Tidings ne peut pas lire le fichier de certificats %1 indiqué par %2.</translation>
    </message>
    <message>
        <source>The file %1 named by %2 holds no certificate. It must hold one or more PEM certificates (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Le fichier %1 indiqué par %2 ne contient aucun certificat. Il doit contenir un ou plusieurs certificats PEM (&quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
</context>
<context>
    <name>Tidings::FailureAlert</name>
    <message>
        <source>Tidings could not queue the alert to your staff.</source>
        <translation>Tidings n&apos;a pas pu mettre en file d&apos;attente l&apos;alerte destinée à votre équipe.</translation>
    </message>
    <message>
        <source>Alert: a message could not be sent</source>
        <translation>Alerte&#xa0;: un message n&apos;a pas pu être envoyé</translation>
    </message>
    <message>
        <source>Tidings could not send &quot;%1&quot; to %2 for order %3: %4</source>
        <translation>Tidings n&apos;a pas pu envoyer «&#xa0;%1&#xa0;» à %2 pour la commande %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(sans numéro)</translation>
    </message>
    <message>
        <source>A message could not be sent</source>
        <translation>Un message n&apos;a pas pu être envoyé</translation>
    </message>
</context>
<context>
    <name>Tidings::FallbackMove</name>
    <message>
        <source>Tidings could not record a move to a fallback channel.</source>
        <translation>Tidings n&apos;a pas pu enregistrer le passage à un canal de secours.</translation>
    </message>
</context>
<context>
    <name>Tidings::GenericAdapter</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret du webhook</translation>
    </message>
    <message>
        <source>Tidings made this secret. Give it to the sender as the value of the X-Tidings-Token header, as the steps say. Anyone who has it can send events to this connection.</source>
        <translation>Tidings a créé ce secret. Donnez-le à l&apos;expéditeur comme valeur de l&apos;en-tête X-Tidings-Token, comme l&apos;indiquent les étapes. Toute personne qui l&apos;a peut envoyer des événements à cette connexion.</translation>
    </message>
    <message>
        <source>Zapier</source>
        <translation>Zapier</translation>
    </message>
    <message>
        <source>Orders, shipments and stock changes from any app a Zap starts from.</source>
        <translation>Commandes, expéditions et changements de stock depuis n&apos;importe quelle application par laquelle un Zap commence.</translation>
    </message>
    <message>
        <source>In your Zap, add an action step &quot;Webhooks by Zapier&quot; with the event &quot;Custom Request&quot;.</source>
        <translation>Dans votre Zap, ajoutez une étape d&apos;action «&#xa0;Webhooks by Zapier&#xa0;» avec l&apos;événement «&#xa0;Custom Request&#xa0;».</translation>
    </message>
    <message>
        <source>Set Method to POST and URL to %1.</source>
        <translation>Réglez Method sur POST et URL sur %1.</translation>
    </message>
    <message>
        <source>In Data, paste the example body below and replace each value with a field from your trigger. Keep the names on the left.</source>
        <translation>Dans Data, collez l&apos;exemple de corps ci-dessous et remplacez chaque valeur par un champ de votre déclencheur. Gardez les noms de gauche.</translation>
    </message>
    <message>
        <source>In Headers, add X-Tidings-Token with the secret Tidings made for this connection, and Content-Type with application/json.</source>
        <translation>Dans Headers, ajoutez X-Tidings-Token avec le secret que Tidings a créé pour cette connexion, et Content-Type avec application/json.</translation>
    </message>
    <message>
        <source>Test the step: the event appears in Tidings&apos; Monitor. Give every change its own event_id; a repeat with the same event_id is recorded once and tells nobody.</source>
        <translation>Testez l&apos;étape&#xa0;: l&apos;événement apparaît dans le Suivi de Tidings. Donnez à chaque changement son propre event_id&#xa0;; une répétition avec le même event_id est enregistrée une seule fois et ne prévient personne.</translation>
    </message>
    <message>
        <source>Microsoft Power Automate</source>
        <translation>Microsoft Power Automate</translation>
    </message>
    <message>
        <source>Orders, shipments and stock changes from any flow, e.g. from Dynamics 365, SharePoint or Excel.</source>
        <translation>Commandes, expéditions et changements de stock depuis n&apos;importe quel flux, p. ex. depuis Dynamics 365, SharePoint ou Excel.</translation>
    </message>
    <message>
        <source>In your flow, add the action &quot;HTTP&quot; (a premium connector).</source>
        <translation>Dans votre flux, ajoutez l&apos;action «&#xa0;HTTP&#xa0;» (un connecteur premium).</translation>
    </message>
    <message>
        <source>Set Method to POST and URI to %1.</source>
        <translation>Réglez Méthode sur POST et URI sur %1.</translation>
    </message>
    <message>
        <source>In Body, paste the example below and replace the values with dynamic content from your trigger.</source>
        <translation>Dans Corps, collez l&apos;exemple ci-dessous et remplacez les valeurs par du contenu dynamique de votre déclencheur.</translation>
    </message>
    <message>
        <source>Save and test the flow. Power Automate tries again by itself when Tidings answers 408, 429 or 5xx; a request Tidings refuses for good (4xx) shows as a failed run.</source>
        <translation>Enregistrez et testez le flux. Power Automate réessaie de lui-même quand Tidings répond 408, 429 ou 5xx&#xa0;; une requête que Tidings refuse définitivement (4xx) apparaît comme une exécution en échec.</translation>
    </message>
    <message>
        <source>Google Sheets</source>
        <translation>Google Sheets</translation>
    </message>
    <message>
        <source>Orders kept as rows in a spreadsheet: a row is sent whenever someone edits it.</source>
        <translation>Commandes tenues en lignes dans une feuille de calcul&#xa0;: une ligne est envoyée chaque fois que quelqu&apos;un la modifie.</translation>
    </message>
    <message>
        <source>Keep one order per row, with the column names in row 1: Order ID, Order Number, Customer, Email, Phone, Status, Carrier, Tracking Number, Tracking URL, Total, Currency. Other columns are sent too and can be mapped below.</source>
        <translation>Une commande par ligne, avec les noms de colonnes en ligne 1&#xa0;: Order ID, Order Number, Customer, Email, Phone, Status, Carrier, Tracking Number, Tracking URL, Total, Currency. Les autres colonnes sont envoyées aussi et peuvent être associées ci-dessous.</translation>
    </message>
    <message>
        <source>In the spreadsheet, open Extensions → Apps Script, replace the editor&apos;s content with the script below and click Save. Change ORDER_SHEET in it if your tab is not called &quot;Orders&quot;.</source>
        <translation>Dans la feuille de calcul, ouvrez Extensions → Apps Script, remplacez le contenu de l&apos;éditeur par le script ci-dessous et cliquez sur Enregistrer. Modifiez-y ORDER_SHEET si votre onglet ne s&apos;appelle pas «&#xa0;Orders&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the function installTidingsTrigger and click Run once. Google asks you to allow the script to connect to an external service: allow it.</source>
        <translation>Choisissez la fonction installTidingsTrigger et cliquez une fois sur Exécuter. Google vous demande d&apos;autoriser le script à se connecter à un service externe&#xa0;: autorisez-le.</translation>
    </message>
    <message>
        <source>Edit a cell of an order row: the row is sent to %1 and appears in Tidings&apos; Monitor.</source>
        <translation>Modifiez une cellule d&apos;une ligne de commande&#xa0;: la ligne est envoyée à %1 et apparaît dans le Suivi de Tidings.</translation>
    </message>
    <message>
        <source>Only edits a person makes in the sheet are sent. Rows written by other scripts, imports or forms are not, because Google fires no edit trigger for them.</source>
        <translation>Seules les modifications faites par une personne dans la feuille sont envoyées. Les lignes écrites par d&apos;autres scripts, des importations ou des formulaires ne le sont pas, car Google ne déclenche pas de modification pour elles.</translation>
    </message>
    <message>
        <source>Oracle NetSuite</source>
        <translation>Oracle NetSuite</translation>
    </message>
    <message>
        <source>Sales orders and item fulfillments, sent by a SuiteScript each time one is saved.</source>
        <translation>Commandes clients et exécutions d&apos;articles, envoyées par un SuiteScript chaque fois qu&apos;une est enregistrée.</translation>
    </message>
    <message>
        <source>Save the script below as tidings_user_event.js and upload it to the File Cabinet (Documents → Files → SuiteScripts).</source>
        <translation>Enregistrez le script ci-dessous sous tidings_user_event.js et téléversez-le dans le File Cabinet (Documents → Files → SuiteScripts).</translation>
    </message>
    <message>
        <source>Open Customization → Scripting → Scripts → New, choose the file and create the script record (type User Event).</source>
        <translation>Ouvrez Customization → Scripting → Scripts → New, choisissez le fichier et créez l&apos;enregistrement de script (type User Event).</translation>
    </message>
    <message>
        <source>Deploy it twice, on Sales Order and on Item Fulfillment, with status Released.</source>
        <translation>Déployez-le deux fois, sur Sales Order et sur Item Fulfillment, avec le statut Released.</translation>
    </message>
    <message>
        <source>After each save the script posts to %1; save a sales order and it appears in Tidings&apos; Monitor.</source>
        <translation>Après chaque enregistrement, le script envoie une requête à %1&#xa0;; enregistrez une commande client et elle apparaît dans le Suivi de Tidings.</translation>
    </message>
    <message>
        <source>NetSuite does not try again when a post fails: the record is saved anyway and the error is in the deployment&apos;s Execution Log.</source>
        <translation>NetSuite ne réessaie pas quand un envoi échoue&#xa0;: l&apos;enregistrement est sauvegardé quand même et l&apos;erreur figure dans l&apos;Execution Log du déploiement.</translation>
    </message>
    <message>
        <source>Klaviyo flow</source>
        <translation>Flux Klaviyo</translation>
    </message>
    <message>
        <source>Order events a Klaviyo flow reacts to, such as Placed Order or Fulfilled Order.</source>
        <translation>Événements de commande auxquels réagit un flux Klaviyo, comme Placed Order ou Fulfilled Order.</translation>
    </message>
    <message>
        <source>In Klaviyo, open the flow that starts from the event to pass on (e.g. &quot;Placed Order&quot; or &quot;Fulfilled Order&quot;) and add a Webhook action.</source>
        <translation>Dans Klaviyo, ouvrez le flux qui part de l&apos;événement à transmettre (p. ex. «&#xa0;Placed Order&#xa0;» ou «&#xa0;Fulfilled Order&#xa0;») et ajoutez une action Webhook.</translation>
    </message>
    <message>
        <source>Set the Destination URL to %1.</source>
        <translation>Définissez Destination URL sur %1.</translation>
    </message>
    <message>
        <source>Under Headers, add X-Tidings-Token with the secret Tidings made for this connection. Klaviyo&apos;s flow webhooks cannot sign what they send, so this header is how Tidings knows them.</source>
        <translation>Sous Headers, ajoutez X-Tidings-Token avec le secret que Tidings a créé pour cette connexion. Les webhooks de flux Klaviyo ne peuvent pas signer ce qu&apos;ils envoient&#xa0;: c&apos;est grâce à cet en-tête que Tidings les reconnaît.</translation>
    </message>
    <message>
        <source>Paste the body below. Set &quot;event&quot; to &quot;order.created&quot; in a Placed Order flow and to &quot;order.shipped&quot; in a Fulfilled Order flow, and check the values with Klaviyo&apos;s Preview.</source>
        <translation>Collez le corps ci-dessous. Mettez «&#xa0;event&#xa0;» à «&#xa0;order.created&#xa0;» dans un flux Placed Order et à «&#xa0;order.shipped&#xa0;» dans un flux Fulfilled Order, et vérifiez les valeurs avec l&apos;aperçu (Preview) de Klaviyo.</translation>
    </message>
    <message>
        <source>Save the action and set it live.</source>
        <translation>Enregistrez l&apos;action et mettez-la en service (live).</translation>
    </message>
    <message>
        <source>Other system (JSON webhook)</source>
        <translation>Autre système (webhook JSON)</translation>
    </message>
    <message>
        <source>Anything that can POST JSON: you tell Tidings where each field is.</source>
        <translation>Tout ce qui peut envoyer du JSON par POST&#xa0;: vous indiquez à Tidings où se trouve chaque champ.</translation>
    </message>
    <message>
        <source>Have your system POST JSON to %1 whenever an order, shipment or stock level changes.</source>
        <translation>Faites envoyer par votre système du JSON en POST à %1 chaque fois qu&apos;une commande, une expédition ou un niveau de stock change.</translation>
    </message>
    <message>
        <source>Send the header X-Tidings-Token with the secret Tidings made, or sign the raw body: X-Tidings-Signature: sha256=&lt;hex HMAC-SHA256 of the body with the secret&gt;.</source>
        <translation>Envoyez l&apos;en-tête X-Tidings-Token avec le secret créé par Tidings, ou signez le corps brut&#xa0;: X-Tidings-Signature: sha256=&lt;hex HMAC-SHA256 of the body with the secret&gt;.</translation>
    </message>
    <message>
        <source>Use the example body below, or tell Tidings where your fields are in the mapping and test it with a sample.</source>
        <translation>Utilisez l&apos;exemple de corps ci-dessous, ou indiquez à Tidings où se trouvent vos champs dans la correspondance et testez-la avec un exemple.</translation>
    </message>
    <message>
        <source>Give every change its own event_id: a repeat is recorded once. Send several events at once as a JSON list.</source>
        <translation>Donnez à chaque changement son propre event_id&#xa0;: une répétition est enregistrée une seule fois. Envoyez plusieurs événements à la fois sous forme de liste JSON.</translation>
    </message>
    <message>
        <source>The connection %1 is set to check requests in a way Tidings does not know (&quot;%2&quot;), so every request is refused. Choose &quot;header&quot; or &quot;hmac&quot; in Connections.</source>
        <translation>La connexion %1 est réglée pour vérifier les requêtes d&apos;une façon que Tidings ne connaît pas («&#xa0;%2&#xa0;»)&#xa0;: toutes les requêtes sont donc refusées. Choisissez «&#xa0;header&#xa0;» ou «&#xa0;hmac&#xa0;» dans Connexions.</translation>
    </message>
    <message>
        <source>No webhook secret is saved for %1, so its requests cannot be checked and were refused. Open Connections and make a new secret.</source>
        <translation>Aucun secret de webhook n&apos;est enregistré pour %1&#xa0;: ses requêtes ne peuvent pas être vérifiées et ont été refusées. Ouvrez Connexions et créez un nouveau secret.</translation>
    </message>
    <message>
        <source>A request to the webhook address of %1 carried a wrong secret in %2, so it was refused. Copy the secret from Connections into the sender again.</source>
        <translation>Une requête à l&apos;adresse du webhook de %1 portait un mauvais secret dans %2&#xa0;; elle a donc été refusée. Copiez de nouveau le secret de Connexions dans l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The signature in %2 of a request to %1 does not match the secret saved for this connection, so it was refused. The sender must sign the body exactly as sent with the secret Tidings shows in Connections.</source>
        <translation>La signature dans %2 d&apos;une requête à %1 ne correspond pas au secret enregistré pour cette connexion&#xa0;; elle a donc été refusée. L&apos;expéditeur doit signer le corps exactement tel qu&apos;il est envoyé, avec le secret que Tidings affiche dans Connexions.</translation>
    </message>
    <message>
        <source>A request reached the webhook address of %1 without %2, so it was refused. Add the header with the secret from Connections to the sender (Zapier, Power Automate, your script).</source>
        <translation>Une requête est arrivée à l&apos;adresse du webhook de %1 sans %2&#xa0;; elle a donc été refusée. Ajoutez chez l&apos;expéditeur (Zapier, Power Automate, votre script) l&apos;en-tête avec le secret indiqué dans Connexions.</translation>
    </message>
    <message>
        <source>A webhook for %1 was refused: %2 Check the mapping in Connections, or what the sender posts.</source>
        <translation>Un webhook pour %1 a été refusé&#xa0;: %2 Vérifiez la correspondance dans Connexions, ou ce que l&apos;expéditeur envoie.</translation>
    </message>
    <message numerus="yes">
        <source>A webhook for %1 was refused: %2 (and %n more problem(s)). Check the mapping in Connections, or what the sender posts.</source>
        <translation>
            <numerusform>Un webhook pour %1 a été refusé&#xa0;: %2 (et %n autre problème). Vérifiez la correspondance dans Connexions, ou ce que l&apos;expéditeur envoie.</numerusform>
            <numerusform>Un webhook pour %1 a été refusé&#xa0;: %2 (et %n autres problèmes). Vérifiez la correspondance dans Connexions, ou ce que l&apos;expéditeur envoie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::GenericMapping</name>
    <message>
        <source>Event id</source>
        <translation>Id de l&apos;événement</translation>
    </message>
    <message>
        <source>Unique for each change; a delivery with an id seen before is recorded as a duplicate.</source>
        <translation>Unique pour chaque changement&#xa0;; un envoi avec un id déjà vu est enregistré comme doublon.</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l&apos;événement</translation>
    </message>
    <message>
        <source>What happened, e.g. &quot;order.shipped&quot;; shown in the Monitor.</source>
        <translation>Ce qui s&apos;est passé, p. ex. «&#xa0;order.shipped&#xa0;»&#xa0;; affiché dans le Suivi.</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Date de l&apos;événement</translation>
    </message>
    <message>
        <source>A date and time (ISO 8601 or epoch); the time of arrival when absent.</source>
        <translation>Une date et une heure (ISO 8601 ou epoch)&#xa0;; l&apos;heure d&apos;arrivée en son absence.</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Id de la commande</translation>
    </message>
    <message>
        <source>Required: what identifies the order in your system.</source>
        <translation>Obligatoire&#xa0;: ce qui identifie la commande dans votre système.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>The number the customer sees, e.g. &quot;#1042&quot;.</source>
        <translation>Le numéro que voit le client, p. ex. «&#xa0;#1042&#xa0;».</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Statut de la commande</translation>
    </message>
    <message>
        <source>Read through the status map below.</source>
        <translation>Lu à travers la correspondance des statuts ci-dessous.</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total de la commande</translation>
    </message>
    <message>
        <source>The amount as text, e.g. &quot;73.30&quot;.</source>
        <translation>Le montant sous forme de texte, p. ex. «&#xa0;73.30&#xa0;».</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>A currency code such as EUR.</source>
        <translation>Un code de devise comme EUR.</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>The full name; else first and last name are joined.</source>
        <translation>Le nom complet&#xa0;; sinon, le prénom et le nom sont réunis.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <source>Where email notifications go.</source>
        <translation>Là où vont les notifications par e-mail.</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Téléphone du client</translation>
    </message>
    <message>
        <source>For text messages.</source>
        <translation>Pour les SMS.</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <source>A language tag such as de-DE.</source>
        <translation>Une étiquette de langue comme de-DE.</translation>
    </message>
    <message>
        <source>Shipment id</source>
        <translation>Id de l&apos;expédition</translation>
    </message>
    <message>
        <source>When absent, the tracking number names the shipment.</source>
        <translation>En son absence, le numéro de suivi désigne l&apos;expédition.</translation>
    </message>
    <message>
        <source>Shipment status</source>
        <translation>Statut de l&apos;expédition</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Lien de suivi</translation>
    </message>
    <message>
        <source>An http or https address.</source>
        <translation>Une adresse http ou https.</translation>
    </message>
    <message>
        <source>Items (a list)</source>
        <translation>Articles (une liste)</translation>
    </message>
    <message>
        <source>The list of ordered items.</source>
        <translation>La liste des articles commandés.</translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation>SKU de l&apos;article</translation>
    </message>
    <message>
        <source>Inside each entry of the items list.</source>
        <translation>Dans chaque entrée de la liste des articles.</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nom de l&apos;article</translation>
    </message>
    <message>
        <source>Item quantity</source>
        <translation>Quantité de l&apos;article</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Prix de l&apos;article</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>Id du produit</translation>
    </message>
    <message>
        <source>A stock change needs this or the SKU.</source>
        <translation>Un changement de stock a besoin de cet id ou du SKU.</translation>
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
        <translation>Nom du produit</translation>
    </message>
    <message>
        <source>Warehouse or location</source>
        <translation>Entrepôt ou emplacement</translation>
    </message>
    <message>
        <source>Quantity available</source>
        <translation>Quantité disponible</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Un nombre entier.</translation>
    </message>
    <message>
        <source>Stock status</source>
        <translation>Statut du stock</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>The mapping names &quot;%1&quot;, which is not a Tidings field.</source>
        <translation>La correspondance nomme «&#xa0;%1&#xa0;», qui n&apos;est pas un champ de Tidings.</translation>
    </message>
    <message>
        <source>%1: the path must be text, like &quot;order.id&quot; or &quot;/order/id&quot;.</source>
        <translation>%1&#xa0;: le chemin doit être du texte, comme «&#xa0;order.id&#xa0;» ou «&#xa0;/order/id&#xa0;».</translation>
    </message>
    <message>
        <source>Status map: &quot;%1&quot; is to mean &quot;%2&quot;, which is not one of Tidings&apos; %3.</source>
        <translation>Correspondance des statuts&#xa0;: «&#xa0;%1&#xa0;» doit signifier «&#xa0;%2&#xa0;», qui ne fait pas partie des %3 de Tidings.</translation>
    </message>
    <message>
        <source>order, shipment or stock statuses</source>
        <translation>statuts de commande, d&apos;expédition ou de stock</translation>
    </message>
    <message>
        <source>order statuses</source>
        <translation>statuts de commande</translation>
    </message>
    <message>
        <source>shipment statuses</source>
        <translation>statuts d&apos;expédition</translation>
    </message>
    <message>
        <source>stock statuses</source>
        <translation>statuts de stock</translation>
    </message>
    <message>
        <source>The sample is empty. Paste what the sender posts.</source>
        <translation>L&apos;exemple est vide. Collez ce que l&apos;expéditeur envoie.</translation>
    </message>
    <message>
        <source>The request has an empty body.</source>
        <translation>La requête a un corps vide.</translation>
    </message>
    <message>
        <source>The sample is form data that is not valid UTF-8 text.</source>
        <translation>L&apos;exemple contient des données de formulaire qui ne sont pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>The request is form data that is not valid UTF-8 text.</source>
        <translation>La requête contient des données de formulaire qui ne sont pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>The sample is not valid JSON: %1 (at character %2).</source>
        <translation>L&apos;exemple n&apos;est pas un JSON valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 (at character %2).</source>
        <translation>Le corps de la requête n&apos;est pas un JSON valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The sample is an empty list, so it holds no events.</source>
        <translation>L&apos;exemple est une liste vide&#xa0;: il ne contient aucun événement.</translation>
    </message>
    <message>
        <source>The request is an empty list, so it holds no events.</source>
        <translation>La requête est une liste vide&#xa0;: elle ne contient aucun événement.</translation>
    </message>
    <message>
        <source>Entry %1 of the list is not a JSON object.</source>
        <translation>L&apos;entrée %1 de la liste n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Entry %1: </source>
        <translation>Entrée %1&#xa0;: </translation>
    </message>
    <message>
        <source>%1: no path is set in the mapping.</source>
        <translation>%1&#xa0;: aucun chemin n&apos;est défini dans la correspondance.</translation>
    </message>
    <message>
        <source>%1: %2 is missing in the sample.</source>
        <translation>%1&#xa0;: %2 manque dans l&apos;exemple.</translation>
    </message>
    <message>
        <source>%1: %2 is missing in the request.</source>
        <translation>%1&#xa0;: %2 manque dans la requête.</translation>
    </message>
    <message>
        <source>%1: %2 holds a list or an object, not a single value.</source>
        <translation>%1&#xa0;: %2 contient une liste ou un objet, pas une valeur unique.</translation>
    </message>
    <message>
        <source>%1: %2 is empty in the sample.</source>
        <translation>%1&#xa0;: %2 est vide dans l&apos;exemple.</translation>
    </message>
    <message>
        <source>%1: %2 is empty in the request.</source>
        <translation>%1&#xa0;: %2 est vide dans la requête.</translation>
    </message>
    <message>
        <source>Not in the sample, left empty: %1.</source>
        <translation>Absent de l&apos;exemple, laissé vide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not in the request, left empty: %1.</source>
        <translation>Absent de la requête, laissé vide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>occurredAt: &quot;%1&quot; is not a time Tidings can read; the time of arrival is used instead.</source>
        <translation>occurredAt&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une heure que Tidings sait lire&#xa0;; l&apos;heure d&apos;arrivée est utilisée à la place.</translation>
    </message>
    <message>
        <source>available: &quot;%1&quot; is not a whole number; it is left empty.</source>
        <translation>available&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier&#xa0;; il est laissé vide.</translation>
    </message>
    <message>
        <source>stockStatus: &quot;%1&quot; is not in the status map, so the stock status counts as unknown.</source>
        <translation>stockStatus&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas dans la correspondance des statuts&#xa0;: le statut du stock est considéré comme inconnu.</translation>
    </message>
    <message>
        <source>orderStatus: &quot;%1&quot; is not in the status map, so the order&apos;s status counts as unknown. Add it to the status map.</source>
        <translation>orderStatus&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas dans la correspondance des statuts&#xa0;: le statut de la commande est considéré comme inconnu. Ajoutez-le à la correspondance des statuts.</translation>
    </message>
    <message>
        <source>shipmentStatus: &quot;%1&quot; is not in the status map, so the shipment&apos;s status counts as unknown. Add it to the status map.</source>
        <translation>shipmentStatus&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas dans la correspondance des statuts&#xa0;: le statut de l&apos;expédition est considéré comme inconnu. Ajoutez-le à la correspondance des statuts.</translation>
    </message>
    <message>
        <source>trackingUrl: &quot;%1&quot; is not an http or https address; it is left out.</source>
        <translation>trackingUrl&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse http ou https&#xa0;; il est omis.</translation>
    </message>
    <message>
        <source>lineItems: %1 is not a list; the items are left out.</source>
        <translation>lineItems&#xa0;: %1 n&apos;est pas une liste&#xa0;; les articles sont omis.</translation>
    </message>
    <message>
        <source>Not in every item, left empty: %1.</source>
        <translation>Absent de certains articles, laissé vide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A back-in-stock request needs the product&apos;s SKU (sku or productId).</source>
        <translation>Une demande d&apos;alerte de retour en stock doit donner le SKU du produit (sku ou productId).</translation>
    </message>
    <message>
        <source>A back-in-stock request needs the customer&apos;s email address (customerEmail); &quot;%1&quot; is none.</source>
        <translation>Une demande d&apos;alerte de retour en stock doit donner l&apos;adresse e-mail du client (customerEmail)&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas une.</translation>
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
        <translation>E-mails envoyés depuis votre adresse Gmail ou Google Workspace via l&apos;API Gmail.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Filled in by &quot;Sign in with Google&quot;. Or paste a refresh token of the Gmail account for this OAuth client, with the scope gmail.send (&quot;Send email on your behalf&quot;).</source>
        <translation>Rempli par «&#xa0;Se connecter avec Google&#xa0;». Ou collez un jeton d&apos;actualisation du compte Gmail pour ce client OAuth, avec le scope gmail.send («&#xa0;Envoyer des e-mails en votre nom&#xa0;»).</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Code secret du client</translation>
    </message>
    <message>
        <source>Google Cloud console → APIs &amp; Services → Credentials → your OAuth client (type Desktop app) → Client secret.</source>
        <translation>Console Google Cloud → API et services → Identifiants → votre client OAuth (type Application de bureau) → Code secret du client.</translation>
    </message>
    <message>
        <source>Gmail address</source>
        <translation>Adresse Gmail</translation>
    </message>
    <message>
        <source>The address you sign in with, or one of its &quot;Send mail as&quot; aliases.</source>
        <translation>L&apos;adresse avec laquelle vous vous connectez, ou l&apos;un de ses alias «&#xa0;Envoyer des e-mails en tant que&#xa0;».</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The name customers see, e.g. your shop&apos;s name.</source>
        <translation>Le nom que voient les clients, p. ex. le nom de votre boutique.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the Gmail address.</source>
        <translation>Là où vont les réponses des clients, si ce n&apos;est pas à l&apos;adresse Gmail.</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <source>Google Cloud console → APIs &amp; Services → Credentials → your OAuth client → Client ID.</source>
        <translation>Console Google Cloud → API et services → Identifiants → votre client OAuth → ID client.</translation>
    </message>
    <message>
        <source>Gmail API address</source>
        <translation>Adresse de l&apos;API Gmail</translation>
    </message>
    <message>
        <source>https://gmail.googleapis.com; change only for testing.</source>
        <translation>https://gmail.googleapis.com&#xa0;; à ne changer que pour des tests.</translation>
    </message>
    <message>
        <source>Google token address</source>
        <translation>Adresse des jetons Google</translation>
    </message>
    <message>
        <source>https://oauth2.googleapis.com/token; change only for testing.</source>
        <translation>https://oauth2.googleapis.com/token&#xa0;; à ne changer que pour des tests.</translation>
    </message>
    <message>
        <source>Google sign-in page</source>
        <translation>Page de connexion Google</translation>
    </message>
    <message>
        <source>https://accounts.google.com/o/oauth2/v2/auth; change only for testing.</source>
        <translation>https://accounts.google.com/o/oauth2/v2/auth&#xa0;; à ne changer que pour des tests.</translation>
    </message>
    <message>
        <source>In the Google Cloud console, create a project (or pick one) and enable the Gmail API.</source>
        <translation>Dans la console Google Cloud, créez un projet (ou choisissez-en un) et activez l&apos;API Gmail.</translation>
    </message>
    <message>
        <source>Under Google Auth Platform → Branding/Audience, set up the consent screen. While its publishing status is &quot;Testing&quot;, Google ends the sign-in after 7 days: publish it (or use a Workspace &quot;Internal&quot; app) to stay signed in.</source>
        <translation>Sous Google Auth Platform → Branding/Audience, configurez l&apos;écran de consentement. Tant que son état de publication est «&#xa0;En test&#xa0;», Google met fin à la connexion au bout de 7 jours&#xa0;: publiez-le (ou utilisez une application Workspace «&#xa0;Interne&#xa0;») pour rester connecté.</translation>
    </message>
    <message>
        <source>Under Credentials, create an OAuth client ID of type &quot;Desktop app&quot; and copy its client ID and secret here. A Desktop app client needs no redirect URI: Google lets it come back to this computer on any port.</source>
        <translation>Sous Identifiants, créez un ID client OAuth de type «&#xa0;Application de bureau&#xa0;» et copiez ici son ID client et son code secret. Un client Application de bureau n&apos;a pas besoin d&apos;URI de redirection&#xa0;: Google le laisse revenir sur cet ordinateur par n&apos;importe quel port.</translation>
    </message>
    <message>
        <source>Click &quot;Sign in with Google&quot; and sign in with the Gmail account the notifications should come from, allowing &quot;Send email on your behalf&quot; (or paste a refresh token you got another way). Gmail&apos;s own limits apply: about 500 messages a day for a Gmail account, 2,000 for Google Workspace.</source>
        <translation>Cliquez sur «&#xa0;Se connecter avec Google&#xa0;» et connectez-vous avec le compte Gmail d&apos;où doivent partir les notifications, en autorisant «&#xa0;Envoyer des e-mails en votre nom&#xa0;» (ou collez un jeton d&apos;actualisation obtenu autrement). Les limites de Gmail s&apos;appliquent&#xa0;: environ 500 messages par jour pour un compte Gmail, 2 000 pour Google Workspace.</translation>
    </message>
    <message>
        <source>%1 is not signed in to Google yet. Sign in again in Channels.</source>
        <translation>%1 n&apos;est pas encore connecté à Google. Reconnectez-vous dans Canaux.</translation>
    </message>
    <message>
        <source>No OAuth client ID is set for %1. Add it in Channels.</source>
        <translation>Aucun ID client OAuth n&apos;est défini pour %1. Ajoutez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The OAuth client ID of %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>L&apos;ID client OAuth de %1 contient des espaces ou des sauts de ligne. Collez-le de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>No Gmail address is set for %1. Add it in Channels.</source>
        <translation>Aucune adresse Gmail n&apos;est définie pour %1. Ajoutez-la dans Canaux.</translation>
    </message>
    <message>
        <source>Gmail is limiting how fast this account may send. Tidings will try again when Gmail allows it.</source>
        <translation>Gmail limite le rythme d&apos;envoi de ce compte. Tidings réessaiera quand Gmail le permettra.</translation>
    </message>
    <message>
        <source>The Google Cloud project has used up its Gmail API quota for today. Tidings will try again later; a higher quota can be requested in the Google Cloud console.</source>
        <translation>Le projet Google Cloud a épuisé son quota d&apos;API Gmail pour aujourd&apos;hui. Tidings réessaiera plus tard&#xa0;; un quota plus élevé peut être demandé dans la console Google Cloud.</translation>
    </message>
    <message>
        <source>The Google Workspace administrator does not allow Tidings to use Gmail for this account. Ask them to allow the app in the Admin console (Security → API controls).</source>
        <translation>L&apos;administrateur Google Workspace n&apos;autorise pas Tidings à utiliser Gmail pour ce compte. Demandez-lui d&apos;autoriser l&apos;application dans la console d&apos;administration (Sécurité → Commandes des API).</translation>
    </message>
    <message>
        <source>Google does not allow Tidings to send from this account (the permission to send email was not given). Sign in again in Channels and allow &quot;Send email on your behalf&quot;.</source>
        <translation>Google n&apos;autorise pas Tidings à envoyer depuis ce compte (l&apos;autorisation d&apos;envoyer des e-mails n&apos;a pas été donnée). Reconnectez-vous dans Canaux et autorisez «&#xa0;Envoyer des e-mails en votre nom&#xa0;».</translation>
    </message>
    <message>
        <source>Gmail had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Gmail a eu un problème temporaire (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Gmail took too long to read the message. Tidings will try again.</source>
        <translation>Gmail a mis trop de temps à lire le message. Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Gmail rejected the message.</source>
        <translation>Gmail a rejeté le message.</translation>
    </message>
    <message>
        <source>Gmail rejected the message: %1</source>
        <translation>Gmail a rejeté le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Google refused Tidings&apos; sign-in for this account. Sign in again in Channels.</source>
        <translation>Google a refusé la connexion de Tidings pour ce compte. Reconnectez-vous dans Canaux.</translation>
    </message>
    <message>
        <source>Gmail did not recognise the request (HTTP 404). Check the Gmail API address in Channels.</source>
        <translation>Gmail n&apos;a pas reconnu la requête (HTTP 404). Vérifiez l&apos;adresse de l&apos;API Gmail dans Canaux.</translation>
    </message>
    <message>
        <source>The message is too large for Gmail (35 MB at most). Make the email smaller.</source>
        <translation>Le message est trop volumineux pour Gmail (35 Mo au maximum). Allégez l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Gmail answered with a redirect (HTTP %1). Check the Gmail API address in Channels.</source>
        <translation>Gmail a répondu par une redirection (HTTP %1). Vérifiez l&apos;adresse de l&apos;API Gmail dans Canaux.</translation>
    </message>
    <message>
        <source>Gmail refused the message (HTTP %1).</source>
        <translation>Gmail a refusé le message (HTTP %1).</translation>
    </message>
    <message>
        <source>Gmail refused the message (HTTP %1): %2</source>
        <translation>Gmail a refusé le message (HTTP %1)&#xa0;: %2</translation>
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
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Fill this OR the two Google sign-in fields below. Only for a sheet shared as &quot;Anyone with the link can view&quot;; Google Cloud console → APIs &amp; Services → Credentials.</source>
        <translation>Remplissez ceci OU les deux champs de connexion Google ci-dessous. Uniquement pour une feuille partagée avec «&#xa0;Tous les utilisateurs qui ont le lien&#xa0;» en lecture&#xa0;; console Google Cloud → API et services → Identifiants.</translation>
    </message>
    <message>
        <source>Refresh token (Google sign-in)</source>
        <translation>Jeton d&apos;actualisation (connexion Google)</translation>
    </message>
    <message>
        <source>For a private sheet, instead of an API key: filled in when you click &quot;Sign in with Google&quot; and sign in with a Google account that can view the sheet (Tidings asks only to read spreadsheets). You can also paste one made with the scope spreadsheets.readonly.</source>
        <translation>Pour une feuille privée, à la place d&apos;une clé API&#xa0;: rempli quand vous cliquez sur «&#xa0;Se connecter avec Google&#xa0;» et vous connectez avec un compte Google qui peut voir la feuille (Tidings demande seulement à lire les feuilles de calcul). Vous pouvez aussi coller un jeton créé avec le scope spreadsheets.readonly.</translation>
    </message>
    <message>
        <source>Client secret (Google sign-in)</source>
        <translation>Code secret du client (connexion Google)</translation>
    </message>
    <message>
        <source>The secret of the OAuth client the refresh token was made with. Leave empty with an API key.</source>
        <translation>Le code secret du client OAuth avec lequel le jeton d&apos;actualisation a été créé. Laissez vide avec une clé API.</translation>
    </message>
    <message>
        <source>Google Sheets API address</source>
        <translation>Adresse de l&apos;API Google Sheets</translation>
    </message>
    <message>
        <source>Leave empty for https://sheets.googleapis.com; change it only for a test server.</source>
        <translation>Laissez vide pour https://sheets.googleapis.com&#xa0;; ne la changez que pour un serveur de test.</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Feuille de calcul</translation>
    </message>
    <message>
        <source>The sheet&apos;s address from the browser, or the id in it (the part after /d/).</source>
        <translation>L&apos;adresse de la feuille dans le navigateur, ou l&apos;id qu&apos;elle contient (la partie après /d/).</translation>
    </message>
    <message>
        <source>Tab and columns</source>
        <translation>Onglet et colonnes</translation>
    </message>
    <message>
        <source>Which cells to read, first row = the column names. Quote a tab name with spaces: &apos;Order log&apos;!A1:Z. Default: the first tab, columns A to Z. At most %1 rows are read.</source>
        <translation>Quelles cellules lire, la première ligne contenant les noms de colonnes. Mettez entre apostrophes un nom d&apos;onglet contenant des espaces&#xa0;: &apos;Order log&apos;!A1:Z. Par défaut&#xa0;: le premier onglet, colonnes A à Z. %1 lignes au plus sont lues.</translation>
    </message>
    <message>
        <source>Order ID column</source>
        <translation>Colonne de l&apos;id de commande</translation>
    </message>
    <message>
        <source>Order number column</source>
        <translation>Colonne du numéro de commande</translation>
    </message>
    <message>
        <source>Column with the number the customer sees (default &quot;Order Number&quot;, when the sheet has it).</source>
        <translation>Colonne contenant le numéro que voit le client (par défaut «&#xa0;Order Number&#xa0;», si la feuille l&apos;a).</translation>
    </message>
    <message>
        <source>Status column</source>
        <translation>Colonne du statut</translation>
    </message>
    <message>
        <source>Column with the order&apos;s status (default &quot;Status&quot;).</source>
        <translation>Colonne contenant le statut de la commande (par défaut «&#xa0;Status&#xa0;»).</translation>
    </message>
    <message>
        <source>Email column</source>
        <translation>Colonne de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Column with the customer&apos;s email address (default &quot;Email&quot;).</source>
        <translation>Colonne contenant l&apos;adresse e-mail du client (par défaut «&#xa0;Email&#xa0;»).</translation>
    </message>
    <message>
        <source>Customer name column</source>
        <translation>Colonne du nom du client</translation>
    </message>
    <message>
        <source>Column with the customer&apos;s name (default &quot;Customer&quot;).</source>
        <translation>Colonne contenant le nom du client (par défaut «&#xa0;Customer&#xa0;»).</translation>
    </message>
    <message>
        <source>Tracking number column</source>
        <translation>Colonne du numéro de suivi</translation>
    </message>
    <message>
        <source>Column with the tracking number (default &quot;Tracking Number&quot;). A number appearing here is a new shipment.</source>
        <translation>Colonne contenant le numéro de suivi (par défaut «&#xa0;Tracking Number&#xa0;»). Un numéro qui apparaît ici est une nouvelle expédition.</translation>
    </message>
    <message>
        <source>Carrier column</source>
        <translation>Colonne du transporteur</translation>
    </message>
    <message>
        <source>Column with the carrier&apos;s name (default &quot;Carrier&quot;).</source>
        <translation>Colonne contenant le nom du transporteur (par défaut «&#xa0;Carrier&#xa0;»).</translation>
    </message>
    <message>
        <source>Tracking link column</source>
        <translation>Colonne du lien de suivi</translation>
    </message>
    <message>
        <source>Column with the tracking page address (default &quot;Tracking URL&quot;).</source>
        <translation>Colonne contenant l&apos;adresse de la page de suivi (par défaut «&#xa0;Tracking URL&#xa0;»).</translation>
    </message>
    <message>
        <source>Last changed column</source>
        <translation>Colonne de dernière modification</translation>
    </message>
    <message>
        <source>Optional: a column with the time each row was last changed (e.g. 2026-03-01 14:05:00). With it, every change of the row counts, not only status and tracking changes.</source>
        <translation>Facultatif&#xa0;: une colonne avec l&apos;heure de la dernière modification de chaque ligne (p. ex. 2026-03-01 14:05:00). Avec elle, chaque modification de la ligne compte, pas seulement les changements de statut et de suivi.</translation>
    </message>
    <message>
        <source>Your status words</source>
        <translation>Vos mots de statut</translation>
    </message>
    <message>
        <source>A JSON object from the words in your status column to Tidings&apos; statuses, or &quot;ignore&quot;. &quot;New&quot;, &quot;Processing&quot;, &quot;Dispatched&quot;, &quot;Sent&quot;, &quot;Done&quot;, &quot;Returned&quot;, &quot;On hold&quot; and Tidings&apos; own names are known already.</source>
        <translation>Un objet JSON qui associe les mots de votre colonne de statut aux statuts de Tidings, ou à «&#xa0;ignore&#xa0;». «&#xa0;New&#xa0;», «&#xa0;Processing&#xa0;», «&#xa0;Dispatched&#xa0;», «&#xa0;Sent&#xa0;», «&#xa0;Done&#xa0;», «&#xa0;Returned&#xa0;», «&#xa0;On hold&#xa0;» et les noms propres à Tidings sont déjà connus.</translation>
    </message>
    <message>
        <source>Client ID (Google sign-in)</source>
        <translation>ID client (connexion Google)</translation>
    </message>
    <message>
        <source>Only with a refresh token: the OAuth client&apos;s ID, ending in .apps.googleusercontent.com.</source>
        <translation>Uniquement avec un jeton d&apos;actualisation&#xa0;: l&apos;ID du client OAuth, qui se termine par .apps.googleusercontent.com.</translation>
    </message>
    <message>
        <source>Sign-in page address (Google sign-in)</source>
        <translation>Adresse de la page de connexion (connexion Google)</translation>
    </message>
    <message>
        <source>Leave empty for https://accounts.google.com/o/oauth2/v2/auth.</source>
        <translation>Laissez vide pour https://accounts.google.com/o/oauth2/v2/auth.</translation>
    </message>
    <message>
        <source>Token address (Google sign-in)</source>
        <translation>Adresse des jetons (connexion Google)</translation>
    </message>
    <message>
        <source>Leave empty for https://oauth2.googleapis.com/token.</source>
        <translation>Laissez vide pour https://oauth2.googleapis.com/token.</translation>
    </message>
    <message>
        <source>In the Google Cloud console (console.cloud.google.com), pick or create a project and enable the &quot;Google Sheets API&quot; under APIs &amp; Services → Library.</source>
        <translation>Dans la console Google Cloud (console.cloud.google.com), choisissez ou créez un projet et activez «&#xa0;Google Sheets API&#xa0;» sous API et services → Bibliothèque.</translation>
    </message>
    <message>
        <source>Shared sheet: under APIs &amp; Services → Credentials, &quot;Create credentials&quot; → &quot;API key&quot;, restrict it to the Google Sheets API, and paste it here. In the sheet, Share → General access → &quot;Anyone with the link&quot; → Viewer.</source>
        <translation>Feuille partagée&#xa0;: sous API et services → Identifiants, «&#xa0;Créer des identifiants&#xa0;» → «&#xa0;Clé API&#xa0;», limitez-la à Google Sheets API et collez-la ici. Dans la feuille, Partager → Accès général → «&#xa0;Tous les utilisateurs qui ont le lien&#xa0;» → Lecteur.</translation>
    </message>
    <message>
        <source>Private sheet instead: under Credentials create an &quot;OAuth client ID&quot; of type &quot;Desktop app&quot; and publish the consent screen (&quot;In production&quot;; in &quot;Testing&quot; Google ends the sign-in after 7 days). Enter its client ID in the settings, paste its client secret here, and click &quot;Sign in with Google&quot;: sign in with an account that can view the sheet and allow Tidings to see your spreadsheets.</source>
        <translation>Feuille privée à la place&#xa0;: sous Identifiants, créez un «&#xa0;ID client OAuth&#xa0;» de type «&#xa0;Application de bureau&#xa0;» et publiez l&apos;écran de consentement («&#xa0;En production&#xa0;»&#xa0;; «&#xa0;En test&#xa0;», Google met fin à la connexion au bout de 7 jours). Saisissez son ID client dans les paramètres, collez son code secret ici et cliquez sur «&#xa0;Se connecter avec Google&#xa0;»&#xa0;: connectez-vous avec un compte qui peut voir la feuille et autorisez Tidings à voir vos feuilles de calcul.</translation>
    </message>
    <message>
        <source>Make sure the first row of the range holds the column names, and enter the names you use for the order id, status, email and tracking columns.</source>
        <translation>Vérifiez que la première ligne de la plage contient les noms de colonnes, et saisissez les noms que vous utilisez pour les colonnes de l&apos;id de commande, du statut, de l&apos;e-mail et du suivi.</translation>
    </message>
    <message>
        <source>Google Sheets answered with something that is not the sheet&apos;s cells. Tidings will ask again.</source>
        <translation>Google Sheets a répondu par autre chose que les cellules de la feuille. Tidings va redemander.</translation>
    </message>
    <message>
        <source>The sheet of &quot;%1&quot; has %2 rows; Tidings reads at most %3 on each check. Narrow the range in the source&apos;s settings, or move finished orders to another tab.</source>
        <translation>La feuille de «&#xa0;%1&#xa0;» a %2 lignes&#xa0;; Tidings en lit au plus %3 à chaque vérification. Réduisez la plage dans les paramètres de la source, ou déplacez les commandes terminées vers un autre onglet.</translation>
    </message>
    <message>
        <source>The first row of the sheet of &quot;%1&quot; has no column &quot;%2&quot;. Check that the column name is spelled the same in the sheet and in the source&apos;s settings, and that the range starts at the row with the column names.</source>
        <translation>La première ligne de la feuille de «&#xa0;%1&#xa0;» n&apos;a pas de colonne «&#xa0;%2&#xa0;». Vérifiez que le nom de la colonne est écrit de la même façon dans la feuille et dans les paramètres de la source, et que la plage commence à la ligne des noms de colonnes.</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Google refused the API key of &quot;%1&quot;. Check the key in Connections, or make a new one.</source>
        <translation>Google a refusé la clé API de «&#xa0;%1&#xa0;». Vérifiez la clé dans Connexions, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Google Sheets could not read the range &quot;%1&quot; of &quot;%2&quot;. Check the tab name and the columns in the source&apos;s settings.</source>
        <translation>Google Sheets n&apos;a pas pu lire la plage «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;». Vérifiez le nom de l&apos;onglet et les colonnes dans les paramètres de la source.</translation>
    </message>
    <message>
        <source>Google does not let the API key of &quot;%1&quot; read the sheet. Share the sheet as &quot;Anyone with the link can view&quot;, and check that the Google Sheets API is enabled for the key&apos;s project, or sign in with Google instead.</source>
        <translation>Google ne permet pas à la clé API de «&#xa0;%1&#xa0;» de lire la feuille. Partagez la feuille avec «&#xa0;Tous les utilisateurs qui ont le lien&#xa0;» en lecture et vérifiez que Google Sheets API est activée pour le projet de la clé, ou connectez-vous plutôt avec Google.</translation>
    </message>
    <message>
        <source>The Google account of &quot;%1&quot; may not read this sheet, or the Google Sheets API is not enabled for its project. Share the sheet with that account, or connect again.</source>
        <translation>Le compte Google de «&#xa0;%1&#xa0;» n&apos;a pas le droit de lire cette feuille, ou Google Sheets API n&apos;est pas activée pour son projet. Partagez la feuille avec ce compte, ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>Google has no spreadsheet &quot;%1&quot; for &quot;%2&quot;. Check the spreadsheet address in the source&apos;s settings.</source>
        <translation>Google n&apos;a pas de feuille de calcul «&#xa0;%1&#xa0;» pour «&#xa0;%2&#xa0;». Vérifiez l&apos;adresse de la feuille de calcul dans les paramètres de la source.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which spreadsheet to read. Paste the sheet&apos;s address into its settings in Connections.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;indique pas quelle feuille de calcul lire. Collez l&apos;adresse de la feuille dans ses paramètres, dans Connexions.</translation>
    </message>
    <message>
        <source>Neither an API key nor a Google sign-in is saved for &quot;%1&quot;, so its sheet cannot be read. Add one in Connections.</source>
        <translation>Ni clé API ni connexion Google n&apos;est enregistrée pour «&#xa0;%1&#xa0;»&#xa0;: sa feuille ne peut pas être lue. Ajoutez-en une dans Connexions.</translation>
    </message>
    <message>
        <source>Orders kept in a spreadsheet, one row per order: new rows, status changes and tracking numbers, read every few minutes. Also stock levels, one row per product.</source>
        <translation>Commandes tenues dans une feuille de calcul, une ligne par commande&#xa0;: nouvelles lignes, changements de statut et numéros de suivi, lus toutes les quelques minutes. Aussi les niveaux de stock, une ligne par produit.</translation>
    </message>
    <message>
        <source>The name in the first row of the column that holds each order&apos;s id (default &quot;Order ID&quot;). Rows without an id are skipped, unless they hold a product&apos;s stock. A stock sheet needs no such column.</source>
        <translation>Le nom, dans la première ligne, de la colonne qui contient l&apos;id de chaque commande (par défaut «&#xa0;Order ID&#xa0;»). Les lignes sans id sont ignorées, sauf si elles donnent le stock d&apos;un produit. Une feuille de stock n&apos;a pas besoin de cette colonne.</translation>
    </message>
    <message>
        <source>SKU column (stock)</source>
        <translation>Colonne SKU (stock)</translation>
    </message>
    <message>
        <source>For stock levels: the column with each product&apos;s SKU (default &quot;SKU&quot; or &quot;Product SKU&quot;). A row with a SKU and a stock quantity or stock status but no order id is read as the product&apos;s stock.</source>
        <translation>Pour les niveaux de stock&#xa0;: la colonne du SKU de chaque produit (par défaut «&#xa0;SKU&#xa0;» ou «&#xa0;Product SKU&#xa0;»). Une ligne avec un SKU et une quantité ou un statut de stock, mais sans id de commande, est lue comme le stock du produit.</translation>
    </message>
    <message>
        <source>Stock quantity column</source>
        <translation>Colonne de quantité en stock</translation>
    </message>
    <message>
        <source>Column with how many are in stock (default &quot;Stock&quot;, &quot;Quantity&quot;, &quot;Qty&quot;, &quot;Available&quot; or &quot;On hand&quot;; in a sheet that also has order ids, &quot;Quantity&quot; and &quot;Qty&quot; count only when named here). Decimals are rounded down.</source>
        <translation>Colonne de la quantité en stock (par défaut «&#xa0;Stock&#xa0;», «&#xa0;Quantity&#xa0;», «&#xa0;Qty&#xa0;», «&#xa0;Available&#xa0;» ou «&#xa0;On hand&#xa0;»&#xa0;; dans une feuille qui a aussi des id de commande, «&#xa0;Quantity&#xa0;» et «&#xa0;Qty&#xa0;» ne comptent que s&apos;ils sont nommés ici). Les décimales sont arrondies à l&apos;inférieur.</translation>
    </message>
    <message>
        <source>Stock status column</source>
        <translation>Colonne de statut du stock</translation>
    </message>
    <message>
        <source>Column with words like &quot;In stock&quot;, &quot;Low&quot;, &quot;Out of stock&quot;, &quot;Sold out&quot; or &quot;Backorder&quot; (default &quot;Stock status&quot; or &quot;Availability&quot;). Not needed when the sheet has a quantity.</source>
        <translation>Colonne avec des mots comme «&#xa0;In stock&#xa0;», «&#xa0;Low&#xa0;», «&#xa0;Out of stock&#xa0;», «&#xa0;Sold out&#xa0;» ou «&#xa0;Backorder&#xa0;» (par défaut «&#xa0;Stock status&#xa0;» ou «&#xa0;Availability&#xa0;»). Inutile quand la feuille a une quantité.</translation>
    </message>
    <message>
        <source>Product name column (stock)</source>
        <translation>Colonne du nom de produit (stock)</translation>
    </message>
    <message>
        <source>Column with the product&apos;s name, shown in stock messages (default &quot;Product&quot;, &quot;Product name&quot; or &quot;Item&quot;).</source>
        <translation>Colonne du nom du produit, affiché dans les messages de stock (par défaut «&#xa0;Product&#xa0;», «&#xa0;Product name&#xa0;» ou «&#xa0;Item&#xa0;»).</translation>
    </message>
    <message>
        <source>Warehouse column (stock)</source>
        <translation>Colonne d&apos;entrepôt (stock)</translation>
    </message>
    <message>
        <source>Column naming the warehouse or location, when the stock is kept in several (default &quot;Location&quot; or &quot;Warehouse&quot;).</source>
        <translation>Colonne qui nomme l&apos;entrepôt ou l&apos;emplacement, quand le stock est réparti entre plusieurs (par défaut «&#xa0;Location&#xa0;» ou «&#xa0;Warehouse&#xa0;»).</translation>
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
        <translation>E-mails envoyés depuis votre boîte Microsoft 365 ou Outlook.com via Microsoft Graph.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Filled in by &quot;Sign in with Microsoft&quot;. Or paste a refresh token of the mailbox for this app registration, with Mail.Send and offline_access.</source>
        <translation>Rempli par «&#xa0;Se connecter avec Microsoft&#xa0;». Ou collez un jeton d&apos;actualisation de la boîte aux lettres pour cette inscription d&apos;application, avec Mail.Send et offline_access.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Only for an app registered as a web app: Entra admin center → App registrations → your app → Certificates &amp; secrets. Desktop (public client) registrations have none.</source>
        <translation>Uniquement pour une application inscrite comme application web&#xa0;: centre d&apos;administration Microsoft Entra → Inscriptions d&apos;applications → votre application → Certificats &amp; secrets. Les inscriptions de bureau (client public) n&apos;en ont pas.</translation>
    </message>
    <message>
        <source>Graph address</source>
        <translation>Adresse Graph</translation>
    </message>
    <message>
        <source>https://graph.microsoft.com; national clouds have their own (e.g. https://graph.microsoft.us).</source>
        <translation>https://graph.microsoft.com&#xa0;; les clouds nationaux ont la leur (p. ex. https://graph.microsoft.us).</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>Entra admin center → App registrations → your app → Overview → Application (client) ID.</source>
        <translation>Centre d&apos;administration Microsoft Entra → Inscriptions d&apos;applications → votre application → Vue d&apos;ensemble → ID d&apos;application (client).</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>common (work, school and personal accounts), organizations, consumers, or your tenant&apos;s ID or domain.</source>
        <translation>common (comptes professionnels, scolaires et personnels), organizations, consumers, ou l&apos;ID ou le domaine de votre locataire.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>https://login.microsoftonline.com; national clouds have their own.</source>
        <translation>https://login.microsoftonline.com&#xa0;; les clouds nationaux ont la leur.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the mailbox itself.</source>
        <translation>Là où vont les réponses des clients, si ce n&apos;est pas à la boîte aux lettres elle-même.</translation>
    </message>
    <message>
        <source>Keep a copy in Sent Items</source>
        <translation>Garder une copie dans Éléments envoyés</translation>
    </message>
    <message>
        <source>true (default): each notification also appears in the mailbox&apos;s Sent Items; false: it does not.</source>
        <translation>true (par défaut)&#xa0;: chaque notification apparaît aussi dans les Éléments envoyés de la boîte aux lettres&#xa0;; false&#xa0;: non.</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, open App registrations → New registration. Allow the account types you sign in with and add the redirect URI http://127.0.0.1 under &quot;Mobile and desktop applications&quot; (not &quot;Web&quot;; Microsoft accepts any port for it, and Tidings picks a free one).</source>
        <translation>Dans le centre d&apos;administration Microsoft Entra, ouvrez Inscriptions d&apos;applications → Nouvelle inscription. Autorisez les types de comptes avec lesquels vous vous connectez et ajoutez l&apos;URI de redirection http://127.0.0.1 sous «&#xa0;Applications mobiles et de bureau&#xa0;» (pas «&#xa0;Web&#xa0;»&#xa0;; Microsoft accepte n&apos;importe quel port pour elle, et Tidings en choisit un libre).</translation>
    </message>
    <message>
        <source>Under API permissions, add Microsoft Graph → Delegated → Mail.Send and offline_access (an administrator may have to grant consent).</source>
        <translation>Sous Autorisations des API, ajoutez Microsoft Graph → Autorisations déléguées → Mail.Send et offline_access (un administrateur devra peut-être donner son consentement).</translation>
    </message>
    <message>
        <source>Copy the Application (client) ID here, then click &quot;Sign in with Microsoft&quot; and sign in with the mailbox the notifications should come from (or paste a refresh token you got another way).</source>
        <translation>Copiez ici l&apos;ID d&apos;application (client), puis cliquez sur «&#xa0;Se connecter avec Microsoft&#xa0;» et connectez-vous avec la boîte aux lettres d&apos;où doivent partir les notifications (ou collez un jeton d&apos;actualisation obtenu autrement).</translation>
    </message>
    <message>
        <source>The mailbox must be an Exchange Online mailbox (Microsoft 365 or Outlook.com); Microsoft&apos;s own sending limits apply (about 30 messages a minute and 10,000 recipients a day).</source>
        <translation>La boîte aux lettres doit être une boîte Exchange Online (Microsoft 365 ou Outlook.com)&#xa0;; les limites d&apos;envoi de Microsoft s&apos;appliquent (environ 30 messages par minute et 10 000 destinataires par jour).</translation>
    </message>
    <message>
        <source>%1 is not signed in to Microsoft yet. Sign in again in Channels.</source>
        <translation>%1 n&apos;est pas encore connecté à Microsoft. Reconnectez-vous dans Canaux.</translation>
    </message>
    <message>
        <source>No application (client) ID is set for %1. Add it in Channels.</source>
        <translation>Aucun ID d&apos;application (client) n&apos;est défini pour %1. Ajoutez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The client ID or tenant of %1 contains characters Microsoft never uses. Correct it in Channels.</source>
        <translation>L&apos;ID client ou le locataire de %1 contient des caractères que Microsoft n&apos;utilise jamais. Corrigez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The Microsoft account has no Exchange Online mailbox Graph can send from. Sign in with a Microsoft 365 or Outlook.com mailbox.</source>
        <translation>Le compte Microsoft n&apos;a pas de boîte aux lettres Exchange Online depuis laquelle Graph peut envoyer. Connectez-vous avec une boîte Microsoft 365 ou Outlook.com.</translation>
    </message>
    <message>
        <source>The sending mailbox is full. Free up space in it (Sent Items, Deleted Items), or turn off &quot;Keep a copy in Sent Items&quot;.</source>
        <translation>La boîte aux lettres d&apos;envoi est pleine. Libérez-y de la place (Éléments envoyés, Éléments supprimés), ou désactivez «&#xa0;Garder une copie dans Éléments envoyés&#xa0;».</translation>
    </message>
    <message>
        <source>Microsoft does not let this account send as that sender. Check the mailbox&apos;s send-as permissions.</source>
        <translation>Microsoft ne permet pas à ce compte d&apos;envoyer en tant que cet expéditeur. Vérifiez les autorisations «&#xa0;Envoyer en tant que&#xa0;» de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Microsoft is limiting how fast this mailbox may send. Tidings will try again when Microsoft allows it.</source>
        <translation>Microsoft limite le rythme d&apos;envoi de cette boîte aux lettres. Tidings réessaiera quand Microsoft le permettra.</translation>
    </message>
    <message>
        <source>Microsoft Graph had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Microsoft Graph a eu un problème temporaire (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Microsoft Graph took too long to read the message. Tidings will try again.</source>
        <translation>Microsoft Graph a mis trop de temps à lire le message. Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Microsoft refused the recipient address: %1</source>
        <translation>Microsoft a refusé l&apos;adresse du destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the message.</source>
        <translation>Microsoft Graph a rejeté le message.</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the message: %1</source>
        <translation>Microsoft Graph a rejeté le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Microsoft refused Tidings&apos; sign-in for this mailbox. Sign in again in Channels.</source>
        <translation>Microsoft a refusé la connexion de Tidings pour cette boîte aux lettres. Reconnectez-vous dans Canaux.</translation>
    </message>
    <message>
        <source>Microsoft does not allow this account to send mail through Tidings (Mail.Send permission missing or blocked by an administrator). Check the app&apos;s permissions and sign in again.</source>
        <translation>Microsoft n&apos;autorise pas ce compte à envoyer des e-mails par Tidings (autorisation Mail.Send absente ou bloquée par un administrateur). Vérifiez les autorisations de l&apos;application et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not find the mailbox or address (HTTP 404). Check the Graph address in Channels and that the account has a mailbox.</source>
        <translation>Microsoft Graph n&apos;a trouvé ni la boîte aux lettres ni l&apos;adresse (HTTP 404). Vérifiez l&apos;adresse Graph dans Canaux et que le compte a bien une boîte aux lettres.</translation>
    </message>
    <message>
        <source>The message is too large for Microsoft Graph. Make the email smaller.</source>
        <translation>Le message est trop volumineux pour Microsoft Graph. Allégez l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with a redirect (HTTP %1). Check the Graph address in Channels.</source>
        <translation>Microsoft Graph a répondu par une redirection (HTTP %1). Vérifiez l&apos;adresse Graph dans Canaux.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the message (HTTP %1).</source>
        <translation>Microsoft Graph a refusé le message (HTTP %1).</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the message (HTTP %1): %2</source>
        <translation>Microsoft Graph a refusé le message (HTTP %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tidings::HttpChannel</name>
    <message>
        <source>%1 cannot be reached: the network is not ready.</source>
        <translation>%1 est injoignable&#xa0;: le réseau n&apos;est pas prêt.</translation>
    </message>
    <message>
        <source>%1 gave no answer.</source>
        <translation>%1 n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Sending was stopped before %1 answered. %1 may or may not have taken the message.</source>
        <translation>L&apos;envoi a été arrêté avant que %1 ne réponde. %1 a peut-être pris le message, peut-être pas.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The message may still have been sent; Tidings will try again.</source>
        <translation>%1 n&apos;a pas répondu à temps. Le message a peut-être quand même été envoyé&#xa0;; Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Tidings could not find the %1 server (%2). Check the internet connection.</source>
        <translation>Tidings n&apos;a pas trouvé le serveur %1 (%2). Vérifiez la connexion Internet.</translation>
    </message>
    <message>
        <source>The %1 server (%2) refused the connection.</source>
        <translation>Le serveur %1 (%2) a refusé la connexion.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed. Check the computer&apos;s date and any proxy or security software that inspects HTTPS.</source>
        <translation>La connexion sécurisée à %1 a échoué. Vérifiez la date de l&apos;ordinateur et tout proxy ou logiciel de sécurité qui inspecte le HTTPS.</translation>
    </message>
    <message>
        <source>Tidings could not reach %1. It will try again when the connection works.</source>
        <translation>Tidings n&apos;a pas pu joindre %1. Il réessaiera quand la connexion fonctionnera.</translation>
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
        <translation>Changements d&apos;étape des affaires et de pipeline des commandes, via les webhooks de votre application HubSpot.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>HubSpot shows it on your app&apos;s Auth tab (for a private app: Settings → Integrations → Private Apps → your app → Auth). Copy it here.</source>
        <translation>HubSpot l&apos;affiche dans l&apos;onglet Authentification de votre application (pour une application privée&#xa0;: Paramètres → Intégrations → Applications privées → votre application → Authentification). Copiez-le ici.</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>The address HubSpot calls, up to but not including /webhooks: your tunnel or relay. HubSpot signs the full address, so it must match exactly.</source>
        <translation>L&apos;adresse que HubSpot appelle, jusqu&apos;à /webhooks non compris&#xa0;: votre tunnel ou relais. HubSpot signe l&apos;adresse complète, elle doit donc correspondre exactement.</translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation>Correspondance des étapes</translation>
    </message>
    <message>
        <source>Which pipeline stage means which order status, as JSON. Use HubSpot&apos;s stage ids (deal default pipeline: appointmentscheduled … closedwon, closedlost; custom stages are numbers). Stages not listed are recorded and notify nobody.</source>
        <translation>Quelle étape du pipeline correspond à quel statut de commande, en JSON. Utilisez les id d&apos;étape de HubSpot (pipeline des affaires par défaut&#xa0;: appointmentscheduled … closedwon, closedlost&#xa0;; les étapes personnalisées sont des nombres). Les étapes non listées sont enregistrées et ne préviennent personne.</translation>
    </message>
    <message>
        <source>In HubSpot, open the app Tidings listens to (Settings → Integrations → Private Apps, or your developer account&apos;s app) and go to its Webhooks tab.</source>
        <translation>Dans HubSpot, ouvrez l&apos;application qu&apos;écoute Tidings (Paramètres → Intégrations → Applications privées, ou l&apos;application de votre compte développeur) et allez dans son onglet Webhooks.</translation>
    </message>
    <message>
        <source>Set the target URL to: %1</source>
        <translation>Définissez l&apos;URL cible sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create a subscription for Deal → Property changed → &quot;Deal stage&quot; (dealstage). For commerce orders, also Order → Property changed → &quot;Pipeline stage&quot; (hs_pipeline_stage). Activate them.</source>
        <translation>Créez un abonnement Deal → Property changed → «&#xa0;Deal stage&#xa0;» (dealstage). Pour les commandes commerce, ajoutez aussi Order → Property changed → «&#xa0;Pipeline stage&#xa0;» (hs_pipeline_stage). Activez-les.</translation>
    </message>
    <message>
        <source>Copy the client secret from the app&apos;s Auth tab into Tidings, and enter the public part of the target URL (before /webhooks) as the public address.</source>
        <translation>Copiez dans Tidings le secret client de l&apos;onglet Authentification de l&apos;application, et saisissez la partie publique de l&apos;URL cible (avant /webhooks) comme adresse publique.</translation>
    </message>
    <message>
        <source>Fill in the stage map so Tidings knows which stage means paid, shipped or delivered.</source>
        <translation>Remplissez la correspondance des étapes pour que Tidings sache quelle étape signifie payé, expédié ou livré.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s webhooks carry no customer email: Tidings records every stage change, but only emails customers of orders whose address it already knows.</source>
        <translation>Les webhooks de HubSpot ne contiennent pas l&apos;e-mail du client&#xa0;: Tidings enregistre chaque changement d&apos;étape, mais n&apos;écrit qu&apos;aux clients des commandes dont il connaît déjà l&apos;adresse.</translation>
    </message>
    <message>
        <source>A request reached the HubSpot webhook address without HubSpot&apos;s signature, so it was refused. Only HubSpot should send requests to this address.</source>
        <translation>Une requête est arrivée à l&apos;adresse du webhook HubSpot sans la signature de HubSpot&#xa0;; elle a donc été refusée. Seul HubSpot doit envoyer des requêtes à cette adresse.</translation>
    </message>
    <message>
        <source>A request reached the HubSpot webhook address with an unreadable time stamp, so it was refused.</source>
        <translation>Une requête est arrivée à l&apos;adresse du webhook HubSpot avec un horodatage illisible&#xa0;; elle a donc été refusée.</translation>
    </message>
    <message>
        <source>A HubSpot webhook was refused because its time stamp is more than five minutes away from this computer&apos;s clock. It may be a replayed request; if this keeps happening, check that the computer&apos;s date and time are set automatically.</source>
        <translation>Un webhook HubSpot a été refusé car son horodatage s&apos;écarte de plus de cinq minutes de l&apos;horloge de cet ordinateur. Il s&apos;agit peut-être d&apos;une requête rejouée&#xa0;; si cela se reproduit, vérifiez que la date et l&apos;heure de l&apos;ordinateur sont réglées automatiquement.</translation>
    </message>
    <message>
        <source>No HubSpot client secret is saved for %1, so its webhooks cannot be checked and were refused. Add the secret in Connections.</source>
        <translation>Aucun secret client HubSpot n&apos;est enregistré pour %1&#xa0;: ses webhooks ne peuvent pas être vérifiés et ont été refusés. Ajoutez le secret dans Connexions.</translation>
    </message>
    <message>
        <source>HubSpot webhooks for %1 cannot be checked because its public address is not set. Enter the address HubSpot calls (before /webhooks) in Connections; HubSpot will send the webhooks again.</source>
        <translation>Les webhooks HubSpot de %1 ne peuvent pas être vérifiés car son adresse publique n&apos;est pas définie. Saisissez dans Connexions l&apos;adresse que HubSpot appelle (avant /webhooks)&#xa0;; HubSpot renverra les webhooks.</translation>
    </message>
    <message>
        <source>A HubSpot webhook&apos;s signature does not match the client secret and public address saved for %1. Check both in Connections.</source>
        <translation>La signature d&apos;un webhook HubSpot ne correspond pas au secret client et à l&apos;adresse publique enregistrés pour %1. Vérifiez les deux dans Connexions.</translation>
    </message>
    <message>
        <source>HubSpot sent a webhook that is not a list of events, so it could not be read.</source>
        <translation>HubSpot a envoyé un webhook qui n&apos;est pas une liste d&apos;événements&#xa0;; il n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>HubSpot sent a webhook with an event Tidings cannot read, so it was refused.</source>
        <translation>HubSpot a envoyé un webhook avec un événement que Tidings ne peut pas lire&#xa0;; il a donc été refusé.</translation>
    </message>
</context>
<context>
    <name>Tidings::HubSpotChannel</name>
    <message>
        <source>HubSpot transactional email</source>
        <translation>E-mail transactionnel HubSpot</translation>
    </message>
    <message>
        <source>Email through a HubSpot transactional email, filled with Tidings&apos; message and order details.</source>
        <translation>E-mails envoyés via un e-mail transactionnel HubSpot, rempli avec le message et les détails de commande de Tidings.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>HubSpot → Settings → Integrations → Private Apps → your app → Auth → Access token, with the transactional-email scope.</source>
        <translation>HubSpot → Paramètres → Intégrations → Applications privées → votre application → Authentification → Jeton d&apos;accès, avec le scope transactional-email.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>https://api.hubapi.com unless HubSpot told you otherwise.</source>
        <translation>https://api.hubapi.com, sauf indication contraire de HubSpot.</translation>
    </message>
    <message>
        <source>Transactional email ID</source>
        <translation>ID de l&apos;e-mail transactionnel</translation>
    </message>
    <message>
        <source>The number of the transactional email in HubSpot (Marketing → Email, open it: the number in the address).</source>
        <translation>Le numéro de l&apos;e-mail transactionnel dans HubSpot (Marketing → E-mail, ouvrez-le&#xa0;: le numéro dans l&apos;adresse).</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the email&apos;s sender.</source>
        <translation>Là où vont les réponses des clients, si ce n&apos;est pas à l&apos;expéditeur de l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Make sure your HubSpot account has the Transactional Email add-on.</source>
        <translation>Vérifiez que votre compte HubSpot dispose du module complémentaire E-mail transactionnel.</translation>
    </message>
    <message>
        <source>In Marketing → Email, create a transactional email whose subject and body use the custom properties {{ custom.subject }}, {{ custom.html }} (or {{ custom.text }}) and, if you like, {{ custom.order_number }} and {{ custom.tracking_url }}. Publish it and copy its ID.</source>
        <translation>Dans Marketing → E-mail, créez un e-mail transactionnel dont l&apos;objet et le corps utilisent les propriétés personnalisées {{ custom.subject }}, {{ custom.html }} (ou {{ custom.text }}) et, si vous le souhaitez, {{ custom.order_number }} et {{ custom.tracking_url }}. Publiez-le et copiez son ID.</translation>
    </message>
    <message>
        <source>In Settings → Integrations → Private Apps, create an app with the transactional-email scope and copy its access token.</source>
        <translation>Dans Paramètres → Intégrations → Applications privées, créez une application avec le scope transactional-email et copiez son jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Paste the token and the email ID here.</source>
        <translation>Collez ici le jeton et l&apos;ID de l&apos;e-mail.</translation>
    </message>
    <message>
        <source>No access token is saved for %1.</source>
        <translation>Aucun jeton d&apos;accès n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>The access token saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Le jeton d&apos;accès enregistré pour %1 contient des espaces ou des sauts de ligne. Collez-le de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>No transactional email ID is set for %1. Add the number of the HubSpot email in Channels.</source>
        <translation>Aucun ID d&apos;e-mail transactionnel n&apos;est défini pour %1. Ajoutez le numéro de l&apos;e-mail HubSpot dans Canaux.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>La notification n&apos;a pas d&apos;adresse de destinataire.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation>L&apos;adresse de réponse de %1 n&apos;est pas une adresse e-mail. Corrigez-la dans Canaux.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>L&apos;objet contient un saut de ligne, qui pourrait servir à ajouter des en-têtes d&apos;e-mail cachés. Retirez les sauts de ligne de l&apos;objet du modèle.</translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation>Le message n&apos;a pas d&apos;objet.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation>Le message n&apos;a ni texte ni contenu HTML.</translation>
    </message>
    <message>
        <source>the access token may send HubSpot transactional email (HubSpot checks the email ID %1 when the first message is sent).</source>
        <translation>le jeton d&apos;accès peut envoyer des e-mails transactionnels HubSpot (HubSpot vérifie l&apos;ID d&apos;e-mail %1 à l&apos;envoi du premier message).</translation>
    </message>
    <message>
        <source>HubSpot answered the connection check in an unexpected way (HTTP %1). Check the server address in Channels.</source>
        <translation>HubSpot a répondu à la vérification de connexion de façon inattendue (HTTP %1). Vérifiez l&apos;adresse du serveur dans Canaux.</translation>
    </message>
    <message>
        <source>HubSpot did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation>HubSpot n&apos;a pas reconnu la requête (HTTP %1). Vérifiez l&apos;adresse du serveur dans Canaux.</translation>
    </message>
    <message>
        <source>HubSpot refused the connection check (HTTP %1).</source>
        <translation>HubSpot a refusé la vérification de connexion (HTTP %1).</translation>
    </message>
    <message>
        <source>HubSpot refused the connection check: %1</source>
        <translation>HubSpot a refusé la vérification de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>HubSpot is limiting how fast this account may send. Tidings will try again when HubSpot allows it.</source>
        <translation>HubSpot limite le rythme d&apos;envoi de ce compte. Tidings réessaiera quand HubSpot le permettra.</translation>
    </message>
    <message>
        <source>HubSpot had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>HubSpot a eu un problème temporaire (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>HubSpot refused the access token. Check the token in Channels.</source>
        <translation>HubSpot a refusé le jeton d&apos;accès. Vérifiez le jeton dans Canaux.</translation>
    </message>
    <message>
        <source>HubSpot does not allow this app to send transactional email. Give the private app the transactional-email scope (the account needs the Transactional Email add-on).</source>
        <translation>HubSpot n&apos;autorise pas cette application à envoyer des e-mails transactionnels. Donnez à l&apos;application privée le scope transactional-email (le compte a besoin du module complémentaire E-mail transactionnel).</translation>
    </message>
    <message>
        <source>HubSpot did not find the transactional email or the address (HTTP 404). Check the email ID and the server address in Channels.</source>
        <translation>HubSpot n&apos;a trouvé ni l&apos;e-mail transactionnel ni l&apos;adresse (HTTP 404). Vérifiez l&apos;ID de l&apos;e-mail et l&apos;adresse du serveur dans Canaux.</translation>
    </message>
    <message>
        <source>HubSpot refused the message (HTTP %1).</source>
        <translation>HubSpot a refusé le message (HTTP %1).</translation>
    </message>
    <message>
        <source>HubSpot refused the message: %1</source>
        <translation>HubSpot a refusé le message&#xa0;: %1</translation>
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
        <translation>commandes</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>affaires</translation>
    </message>
    <message>
        <source>HubSpot answered with something that is not a list of records. Tidings will ask again.</source>
        <translation>HubSpot a répondu par autre chose qu&apos;une liste d&apos;enregistrements. Tidings va redemander.</translation>
    </message>
    <message>
        <source>HubSpot refused the key of this source. Check in HubSpot that the service key (Development → Keys → Service keys) or private app still exists, then copy its key again into Connections.</source>
        <translation>HubSpot a refusé la clé de cette source. Vérifiez dans HubSpot que la clé de service (Development → Keys → Service keys) ou l&apos;application privée existe toujours, puis copiez de nouveau sa clé dans Connexions.</translation>
    </message>
    <message>
        <source>HubSpot does not let this source&apos;s key read %1 and their contacts. In HubSpot, add the scopes %2 to the service key (Development → Keys → Service keys) or private app, and save.</source>
        <translation>HubSpot ne permet pas à la clé de cette source de lire les %1 et leurs contacts. Dans HubSpot, ajoutez les scopes %2 à la clé de service (Development → Keys → Service keys) ou à l&apos;application privée, puis enregistrez.</translation>
    </message>
    <message>
        <source>Deal stages and commerce orders (stage, tracking number, customer contact), read every few minutes.</source>
        <translation>Étapes des affaires et commandes commerce (étape, numéro de suivi, contact du client), lues toutes les quelques minutes.</translation>
    </message>
    <message>
        <source>Service key</source>
        <translation>Clé de service</translation>
    </message>
    <message>
        <source>HubSpot shows it under Development → Keys → Service keys → your key → Show. An existing private app&apos;s access token (&quot;pat-…&quot;, Development → Legacy apps → your app → Auth) works too.</source>
        <translation>HubSpot l&apos;affiche sous Development → Keys → Service keys → votre clé → Show. Le jeton d&apos;accès d&apos;une application privée existante («&#xa0;pat-…&#xa0;», Development → Legacy apps → votre application → Auth) fonctionne aussi.</translation>
    </message>
    <message>
        <source>HubSpot API address</source>
        <translation>Adresse de l&apos;API HubSpot</translation>
    </message>
    <message>
        <source>Leave empty: Tidings uses https://api.hubapi.com.</source>
        <translation>Laissez vide&#xa0;: Tidings utilise https://api.hubapi.com.</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Quoi lire</translation>
    </message>
    <message>
        <source>&quot;deals&quot; (deal stages), &quot;orders&quot; (HubSpot commerce orders, with tracking numbers) or &quot;both&quot;.</source>
        <translation>«&#xa0;deals&#xa0;» (étapes des affaires), «&#xa0;orders&#xa0;» (commandes commerce HubSpot, avec numéros de suivi) ou «&#xa0;both&#xa0;» (les deux).</translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation>Correspondance des étapes</translation>
    </message>
    <message>
        <source>Which pipeline stage means which order status, as JSON. Use HubSpot&apos;s stage ids (deal default pipeline: appointmentscheduled … closedwon, closedlost; custom stages are numbers). Stages not listed are recorded and notify nobody.</source>
        <translation>Quelle étape du pipeline correspond à quel statut de commande, en JSON. Utilisez les id d&apos;étape de HubSpot (pipeline des affaires par défaut&#xa0;: appointmentscheduled … closedwon, closedlost&#xa0;; les étapes personnalisées sont des nombres). Les étapes non listées sont enregistrées et ne préviennent personne.</translation>
    </message>
    <message>
        <source>In HubSpot, open Development → Keys → Service keys and click &quot;Create service key&quot;. Name it &quot;Tidings&quot;. (A private app you made before works too: use its access token.)</source>
        <translation>Dans HubSpot, ouvrez Development → Keys → Service keys et cliquez sur «&#xa0;Create service key&#xa0;». Nommez-la «&#xa0;Tidings&#xa0;». (Une application privée créée auparavant fonctionne aussi&#xa0;: utilisez son jeton d&apos;accès.)</translation>
    </message>
    <message>
        <source>Add the scopes crm.objects.deals.read (for deals), crm.objects.orders.read (for orders) and crm.objects.contacts.read (for the customers&apos; email addresses). Nothing needs write access.</source>
        <translation>Ajoutez les scopes crm.objects.deals.read (pour les affaires), crm.objects.orders.read (pour les commandes) et crm.objects.contacts.read (pour les adresses e-mail des clients). Aucun accès en écriture n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Click &quot;Create&quot;, open the key, click &quot;Show&quot; and paste the key here.</source>
        <translation>Cliquez sur «&#xa0;Create&#xa0;», ouvrez la clé, cliquez sur «&#xa0;Show&#xa0;» et collez la clé ici.</translation>
    </message>
    <message>
        <source>Choose what to read (deals, orders or both) and fill in the stage map, so Tidings knows which stage means paid, shipped or delivered. Stage ids are under Settings → Objects → Deals (or Orders) → Pipelines.</source>
        <translation>Choisissez quoi lire (affaires, commandes ou les deux) et remplissez la correspondance des étapes, pour que Tidings sache quelle étape signifie payé, expédié ou livré. Les id d&apos;étape se trouvent sous Paramètres → Objets → Affaires (ou Commandes) → Pipelines.</translation>
    </message>
    <message>
        <source>Tidings writes to the contact associated with each deal or order: associate the buyer&apos;s contact record, with an email address, to the deal or order.</source>
        <translation>Tidings écrit au contact associé à chaque affaire ou commande&#xa0;: associez à l&apos;affaire ou à la commande la fiche contact de l&apos;acheteur, avec une adresse e-mail.</translation>
    </message>
    <message>
        <source>No HubSpot access token is saved for &quot;%1&quot;, so its deals and orders cannot be read. Add the HubSpot service key in Connections.</source>
        <translation>Aucun jeton d&apos;accès HubSpot n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: ses affaires et commandes ne peuvent pas être lues. Ajoutez la clé de service HubSpot dans Connexions.</translation>
    </message>
    <message>
        <source>Tidings lost its place in HubSpot&apos;s list of changes and starts again.</source>
        <translation>Tidings a perdu sa place dans la liste des changements de HubSpot et reprend depuis le début.</translation>
    </message>
</context>
<context>
    <name>Tidings::IngestWriter</name>
    <message>
        <source>Order: %1</source>
        <translation>Commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shipment: %1</source>
        <translation>Expédition&#xa0;: %1</translation>
    </message>
    <message>
        <source>New order (%1)</source>
        <translation>Nouvelle commande (%1)</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>Shipped (%1)</source>
        <translation>Expédiée (%1)</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>article %1</translation>
    </message>
    <message numerus="yes">
        <source>Stock of %1: %n available</source>
        <translation>
            <numerusform>Stock de %1&#xa0;: %n disponible</numerusform>
            <numerusform>Stock de %1&#xa0;: %n disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock of %1: %2</source>
        <translation>Stock de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Tidings cannot prepare its database.</source>
        <translation>Tidings ne peut pas préparer sa base de données.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Tidings could not save an incoming event.</source>
        <translation>Tidings n&apos;a pas pu enregistrer un événement reçu.</translation>
    </message>
    <message>
        <source>Duplicate delivery: already handled, nothing sent</source>
        <translation>Envoi en double&#xa0;: déjà traité, rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Names no order: recorded, nothing sent</source>
        <translation>Ne désigne aucune commande&#xa0;: enregistré, rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>No order with tracking number %1 yet: recorded, nothing sent</source>
        <translation>Aucune commande avec le numéro de suivi %1 pour l&apos;instant&#xa0;: enregistré, rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Recorded; Tidings does not act on &quot;%1&quot;</source>
        <translation>Enregistré&#xa0;; Tidings ne fait rien pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Earlier order from the first poll: stored, nothing sent</source>
        <translation>Commande antérieure à la première consultation&#xa0;: conservée, rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Skipped: older than the status already known</source>
        <translation>Ignoré&#xa0;: plus ancien que le statut déjà connu</translation>
    </message>
    <message>
        <source>Skipped: no new status</source>
        <translation>Ignoré&#xa0;: aucun nouveau statut</translation>
    </message>
    <message>
        <source>Skipped: %1 was already told of this (%2)</source>
        <translation>Ignoré&#xa0;: %1 en a déjà été informé (%2)</translation>
    </message>
    <message>
        <source>Shipment delayed: no news from the carrier</source>
        <translation>Expédition retardée&#xa0;: pas de nouvelles du transporteur</translation>
    </message>
    <message>
        <source>Skipped: the carrier sent news after the check</source>
        <translation>Ignoré&#xa0;: le transporteur a donné des nouvelles après la vérification</translation>
    </message>
    <message>
        <source>Order held by a backorder</source>
        <translation>Commande en attente de réapprovisionnement</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock faible</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>En rupture de stock</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>Produit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Skipped: older than the stock of %1 already known</source>
        <translation>Ignoré&#xa0;: plus ancien que le stock de %1 déjà connu</translation>
    </message>
    <message>
        <source>%1 waits for %2 to be back in stock</source>
        <translation>%1 attend le retour en stock de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them already waited</source>
        <translation>
            <numerusform>%n attendait déjà</numerusform>
            <numerusform>%n attendaient déjà</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::InventoryQueries</name>
    <message>
        <source>Tidings could not read the stock levels.</source>
        <translation>Tidings n&apos;a pas pu lire les niveaux de stock.</translation>
    </message>
    <message>
        <source>A low-stock threshold cannot be below zero.</source>
        <translation>Un seuil de stock faible ne peut pas être inférieur à zéro.</translation>
    </message>
    <message>
        <source>Tidings could not save the shop&apos;s low-stock threshold.</source>
        <translation>Tidings n&apos;a pas pu enregistrer le seuil de stock faible de la boutique.</translation>
    </message>
    <message>
        <source>Tidings knows no product %1.</source>
        <translation>Tidings ne connaît aucun produit %1.</translation>
    </message>
    <message>
        <source>Tidings could not save the low-stock threshold of %1.</source>
        <translation>Tidings n&apos;a pas pu enregistrer le seuil de stock faible de %1.</translation>
    </message>
    <message>
        <source>Tidings could not save the waiting customers; none were added.</source>
        <translation>Tidings n&apos;a pas pu enregistrer les clients en attente&#xa0;; aucun n&apos;a été ajouté.</translation>
    </message>
</context>
<context>
    <name>Tidings::KeychainSecretStore</name>
    <message>
        <source>Tidings was not allowed to use the system keychain. Allow access when your desktop asks for it and try again.</source>
        <translation>Tidings n&apos;a pas été autorisé à utiliser le trousseau du système. Autorisez l&apos;accès quand votre bureau vous le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain on this computer cannot store Tidings&apos; passwords and keys.</source>
        <translation>Le trousseau du système de cet ordinateur ne peut pas stocker les mots de passe et les clés de Tidings.</translation>
    </message>
    <message>
        <source>The system keychain did not let Tidings remove a saved password or key. Unlock the keychain and try again.</source>
        <translation>Le trousseau du système n&apos;a pas laissé Tidings supprimer un mot de passe ou une clé enregistrés. Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>No system keychain is running, and Tidings keeps its passwords and keys only there. Install GNOME Keyring (package gnome-keyring) or KWallet, log out and in again, and start Tidings again.</source>
        <translation>Aucun trousseau du système n&apos;est en service, et Tidings ne garde ses mots de passe et ses clés que là. Installez GNOME Keyring (paquet gnome-keyring) ou KWallet, déconnectez-vous puis reconnectez-vous à votre session, et relancez Tidings.</translation>
    </message>
    <message>
        <source>The system keychain is not available, and Tidings keeps its passwords and keys only there. Log in to your desktop and start Tidings again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible, et Tidings ne garde ses mots de passe et ses clés que là. Ouvrez une session sur votre bureau et relancez Tidings.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it (for example by logging in to your desktop) and try again.</source>
        <translation>Le trousseau du système est verrouillé ou indisponible. Déverrouillez-le (par exemple en ouvrant une session sur votre bureau) et réessayez.</translation>
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
        <translation>Événements de commande et d&apos;expédition pour les flux Klaviyo, qui envoient les e-mails et les SMS.</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>Clé API privée</translation>
    </message>
    <message>
        <source>Klaviyo → Settings → API keys → Create Private API Key, with Events: Full Access. It starts with pk_.</source>
        <translation>Klaviyo → Settings → API keys → Create Private API Key, avec Events&#xa0;: Full Access. Elle commence par pk_.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>https://a.klaviyo.com unless Klaviyo told you otherwise.</source>
        <translation>https://a.klaviyo.com, sauf indication contraire de Klaviyo.</translation>
    </message>
    <message>
        <source>Metric name prefix</source>
        <translation>Préfixe du nom de métrique</translation>
    </message>
    <message>
        <source>Put before the status to name the metric your flows start from, e.g. &quot;Tidings &quot; gives &quot;Tidings Shipped&quot;.</source>
        <translation>Placé devant le statut pour nommer la métrique à partir de laquelle vos flux démarrent, p. ex. «&#xa0;Tidings&#xa0;» donne «&#xa0;Tidings Shipped&#xa0;».</translation>
    </message>
    <message>
        <source>API revision</source>
        <translation>Révision de l&apos;API</translation>
    </message>
    <message>
        <source>The dated Klaviyo API version to use. Leave it as it is.</source>
        <translation>La version datée de l&apos;API Klaviyo à utiliser. Laissez-la telle quelle.</translation>
    </message>
    <message>
        <source>In Klaviyo, open Settings → API keys and create a Private API key with Events set to Full Access.</source>
        <translation>Dans Klaviyo, ouvrez Settings → API keys et créez une clé API privée (Private API Key) avec Events réglé sur Full Access.</translation>
    </message>
    <message>
        <source>Copy the key (it starts with pk_) and paste it here.</source>
        <translation>Copiez la clé (elle commence par pk_) et collez-la ici.</translation>
    </message>
    <message>
        <source>Send one test notification, then in Klaviyo create a flow triggered by the metric it created (for example &quot;Shipped&quot;) and design the message there.</source>
        <translation>Envoyez une notification de test, puis créez dans Klaviyo un flux déclenché par la métrique qu&apos;elle a créée (par exemple «&#xa0;Shipped&#xa0;») et concevez-y le message.</translation>
    </message>
    <message>
        <source>No private API key is saved for %1.</source>
        <translation>Aucune clé API privée n&apos;est enregistrée pour %1.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>La clé API enregistrée pour %1 contient des espaces ou des sauts de ligne. Collez-la de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>The API revision of %1 must be a date like 2024-10-15.</source>
        <translation>La révision de l&apos;API de %1 doit être une date comme 2024-10-15.</translation>
    </message>
    <message>
        <source>The metric name prefix of %1 contains a line break.</source>
        <translation>Le préfixe du nom de métrique de %1 contient un saut de ligne.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The customer has neither an email address nor a phone number in international form, so Klaviyo cannot tell who the event is for.</source>
        <translation>Le client n&apos;a ni adresse e-mail ni numéro de téléphone au format international&#xa0;: Klaviyo ne peut pas savoir à qui l&apos;événement est destiné.</translation>
    </message>
    <message>
        <source>the private API key may read events (sending them needs Events: Full Access in Klaviyo).</source>
        <translation>la clé API privée peut lire les événements (pour les envoyer, il faut Events&#xa0;: Full Access dans Klaviyo).</translation>
    </message>
    <message>
        <source>The Klaviyo API key may not use events. Give it Events: Full Access in Klaviyo → Settings → API keys.</source>
        <translation>La clé API Klaviyo ne peut pas utiliser les événements. Donnez-lui Events&#xa0;: Full Access dans Klaviyo → Settings → API keys.</translation>
    </message>
    <message>
        <source>Klaviyo is limiting how often this key may call it. Try the check again in a moment.</source>
        <translation>Klaviyo limite la fréquence des appels de cette clé. Relancez la vérification dans un instant.</translation>
    </message>
    <message>
        <source>Klaviyo had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation>Klaviyo a eu un problème temporaire (HTTP %1). Relancez la vérification plus tard.</translation>
    </message>
    <message>
        <source>Klaviyo refused the check (HTTP %1).</source>
        <translation>Klaviyo a refusé la vérification (HTTP %1).</translation>
    </message>
    <message>
        <source>Klaviyo refused the check: %1</source>
        <translation>Klaviyo a refusé la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Klaviyo is limiting how fast this account may send events. Tidings will try again when Klaviyo allows it.</source>
        <translation>Klaviyo limite le rythme d&apos;envoi d&apos;événements de ce compte. Tidings réessaiera quand Klaviyo le permettra.</translation>
    </message>
    <message>
        <source>Klaviyo had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Klaviyo a eu un problème temporaire (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Klaviyo refused the private API key. Check the key in Channels.</source>
        <translation>Klaviyo a refusé la clé API privée. Vérifiez la clé dans Canaux.</translation>
    </message>
    <message>
        <source>The Klaviyo API key may not create events. Give it Events: Full Access in Klaviyo → Settings → API keys.</source>
        <translation>La clé API Klaviyo ne peut pas créer d&apos;événements. Donnez-lui Events&#xa0;: Full Access dans Klaviyo → Settings → API keys.</translation>
    </message>
    <message>
        <source>Klaviyo did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation>Klaviyo n&apos;a pas reconnu la requête (HTTP %1). Vérifiez l&apos;adresse du serveur dans Canaux.</translation>
    </message>
    <message>
        <source>Klaviyo refused the event (HTTP %1).</source>
        <translation>Klaviyo a refusé l&apos;événement (HTTP %1).</translation>
    </message>
    <message>
        <source>Klaviyo refused the event: %1</source>
        <translation>Klaviyo a refusé l&apos;événement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::LogBook</name>
    <message>
        <source>Tidings could not make the folder for its log: %1</source>
        <translation>Tidings n&apos;a pas pu créer le dossier de son journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tidings could not write its log file %1.</source>
        <translation>Tidings n&apos;a pas pu écrire son fichier journal %1.</translation>
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
        <translation>Magento a répondu par autre chose qu&apos;une liste de commandes. Une page de maintenance ou un pare-feu fait peut-être obstacle&#xa0;; Tidings va redemander.</translation>
    </message>
    <message>
        <source>Magento refused the access token of this source (HTTP 401). Check that the integration is active and may read orders and shipments, and that Stores → Configuration → Services → OAuth → Consumer Settings allows OAuth access tokens to be used as standalone Bearer tokens.</source>
        <translation>Magento a refusé le jeton d&apos;accès de cette source (HTTP 401). Vérifiez que l&apos;intégration est active et peut lire les commandes et les expéditions, et que Stores → Configuration → Services → OAuth → Consumer Settings autorise l&apos;utilisation des jetons d&apos;accès OAuth comme jetons Bearer autonomes.</translation>
    </message>
    <message>
        <source>Magento / Adobe Commerce</source>
        <translation>Magento / Adobe Commerce</translation>
    </message>
    <message>
        <source>Integration access token</source>
        <translation>Jeton d&apos;accès de l&apos;intégration</translation>
    </message>
    <message>
        <source>From System → Extensions → Integrations → Tidings → Activate: the &quot;Access Token&quot; (not the consumer key or secret).</source>
        <translation>Depuis System → Extensions → Integrations → Tidings → Activate&#xa0;: l&apos;«&#xa0;Access Token&#xa0;» (pas la clé ni le secret du consommateur).</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Adresse de la boutique</translation>
    </message>
    <message>
        <source>The address of your Magento shop, without /rest.</source>
        <translation>L&apos;adresse de votre boutique Magento, sans /rest.</translation>
    </message>
    <message>
        <source>Store view code</source>
        <translation>Code de la vue de magasin</translation>
    </message>
    <message>
        <source>Leave empty for the default store view; otherwise the store view&apos;s code, as in /rest/&lt;code&gt;/V1.</source>
        <translation>Laissez vide pour la vue de magasin par défaut&#xa0;; sinon, le code de la vue de magasin, comme dans /rest/&lt;code&gt;/V1.</translation>
    </message>
    <message>
        <source>Custom order statuses</source>
        <translation>Statuts de commande personnalisés</translation>
    </message>
    <message>
        <source>Only for statuses your shop added: a JSON object from the Magento status code to one of Tidings&apos; statuses.</source>
        <translation>Uniquement pour les statuts ajoutés par votre boutique&#xa0;: un objet JSON qui associe le code de statut Magento à l&apos;un des statuts de Tidings.</translation>
    </message>
    <message>
        <source>In the Magento Admin, open System → Extensions → Integrations and click &quot;Add New Integration&quot;. Name it &quot;Tidings&quot; and enter your Admin password.</source>
        <translation>Dans l&apos;administration Magento, ouvrez System → Extensions → Integrations et cliquez sur «&#xa0;Add New Integration&#xa0;». Nommez-la «&#xa0;Tidings&#xa0;» et saisissez votre mot de passe administrateur.</translation>
    </message>
    <message>
        <source>Click &quot;Activate&quot; next to the integration, then &quot;Allow&quot;, and copy the Access Token.</source>
        <translation>Cliquez sur «&#xa0;Activate&#xa0;» à côté de l&apos;intégration, puis sur «&#xa0;Allow&#xa0;», et copiez l&apos;Access Token.</translation>
    </message>
    <message>
        <source>On Magento 2.4.4 or newer: in Stores → Configuration → Services → OAuth → Consumer Settings, set &quot;Allow OAuth Access Tokens to be used as standalone Bearer tokens&quot; to Yes.</source>
        <translation>Sous Magento 2.4.4 ou plus récent&#xa0;: dans Stores → Configuration → Services → OAuth → Consumer Settings, réglez «&#xa0;Allow OAuth Access Tokens to be used as standalone Bearer tokens&#xa0;» sur Yes.</translation>
    </message>
    <message>
        <source>Paste the access token here.</source>
        <translation>Collez ici le jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>No Magento access token is saved for &quot;%1&quot;, so its orders cannot be read. Add the integration&apos;s access token in Connections.</source>
        <translation>Aucun jeton d&apos;accès Magento n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: ses commandes ne peuvent pas être lues. Ajoutez le jeton d&apos;accès de l&apos;intégration dans Connexions.</translation>
    </message>
    <message>
        <source>Tidings lost its place in Magento&apos;s list of orders and starts again.</source>
        <translation>Tidings a perdu sa place dans la liste des commandes de Magento et reprend depuis le début.</translation>
    </message>
    <message>
        <source>Magento read out the orders but refused to show the stock levels (HTTP 401). In System → Extensions → Integrations → Tidings → API, also tick Stores → Inventory → Sources, or switch off &quot;Read stock levels&quot; for this connection.</source>
        <translation>Magento a fourni les commandes mais a refusé d&apos;afficher les niveaux de stock (HTTP 401). Dans System → Extensions → Integrations → Tidings → API, cochez aussi Stores → Inventory → Sources, ou désactivez «&#xa0;Lire les niveaux de stock&#xa0;» pour cette connexion.</translation>
    </message>
    <message>
        <source>Magento answered with something that is not a list of stock levels. A maintenance page or a firewall may be in the way; Tidings will ask again.</source>
        <translation>Magento a répondu par autre chose qu&apos;une liste de niveaux de stock. Une page de maintenance ou un pare-feu fait peut-être obstacle&#xa0;; Tidings va redemander.</translation>
    </message>
    <message>
        <source>New orders, status changes, cancellations, refunds, shipments, tracking numbers and stock levels, read every few minutes.</source>
        <translation>Nouvelles commandes, changements de statut, annulations, remboursements, expéditions, numéros de suivi et niveaux de stock, lus toutes les quelques minutes.</translation>
    </message>
    <message>
        <source>Read stock levels</source>
        <translation>Lire les niveaux de stock</translation>
    </message>
    <message>
        <source>&quot;true&quot; (or empty) to also read how many of each product every warehouse (inventory source) holds, for stock messages; &quot;false&quot; to read orders only. A shop without Magento&apos;s inventory sources simply has no stock to read.</source>
        <translation>«&#xa0;true&#xa0;» (ou vide) pour lire aussi la quantité de chaque produit dans chaque entrepôt (source d&apos;inventaire), pour les messages de stock&#xa0;; «&#xa0;false&#xa0;» pour ne lire que les commandes. Une boutique sans sources d&apos;inventaire Magento n&apos;a tout simplement pas de stock à lire.</translation>
    </message>
    <message>
        <source>Under API, choose Resource Access &quot;Custom&quot; and tick only Sales (with Operations) → Orders → Actions → View, Sales → Operations → Shipments and, for stock levels, Stores → Inventory → Sources, then Save. Tidings only reads.</source>
        <translation>Sous API, choisissez Resource Access «&#xa0;Custom&#xa0;» et cochez uniquement Sales (avec Operations) → Orders → Actions → View, Sales → Operations → Shipments et, pour les niveaux de stock, Stores → Inventory → Sources, puis Save. Tidings ne fait que lire.</translation>
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
        <translation>E-mails envoyés via l&apos;API Messages de Mailgun (région US ou EU).</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Mailgun → Sending → Domain settings → Sending API keys (a key for this domain only), or your account&apos;s private API key under API Security.</source>
        <translation>Mailgun → Sending → Domain settings → Sending API keys (une clé pour ce domaine uniquement), ou la clé API privée de votre compte sous API Security.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>https://api.mailgun.net for domains in the US region, https://api.eu.mailgun.net for domains in the EU region.</source>
        <translation>https://api.mailgun.net pour les domaines de la région US, https://api.eu.mailgun.net pour les domaines de la région EU.</translation>
    </message>
    <message>
        <source>Sending domain</source>
        <translation>Domaine d&apos;envoi</translation>
    </message>
    <message>
        <source>The domain you send from, exactly as Mailgun lists it under Domains.</source>
        <translation>Le domaine depuis lequel vous envoyez, exactement comme Mailgun l&apos;affiche sous Domains.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>An address at the sending domain.</source>
        <translation>Une adresse du domaine d&apos;envoi.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Ce que les clients voient comme expéditeur.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Là où vont les réponses des clients, si ce n&apos;est pas à l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <source>true: Mailgun accepts each message but delivers nothing (test messages still count towards your plan).</source>
        <translation>true&#xa0;: Mailgun accepte chaque message mais ne livre rien (les messages de test comptent quand même dans votre forfait).</translation>
    </message>
    <message>
        <source>In Mailgun, open Sending → Domains and add your shop&apos;s domain (or a subdomain such as mg.your-shop). Note whether it is in the US or the EU region.</source>
        <translation>Dans Mailgun, ouvrez Sending → Domains et ajoutez le domaine de votre boutique (ou un sous-domaine comme mg.votre-boutique). Notez s&apos;il se trouve dans la région US ou EU.</translation>
    </message>
    <message>
        <source>Add the DNS records Mailgun shows to your domain and wait until Mailgun marks the domain as verified.</source>
        <translation>Ajoutez à votre domaine les enregistrements DNS que Mailgun affiche, et attendez que Mailgun marque le domaine comme vérifié.</translation>
    </message>
    <message>
        <source>Open the domain&apos;s settings → Sending API keys, create a key and copy it (Mailgun shows it once).</source>
        <translation>Ouvrez les paramètres du domaine → Sending API keys, créez une clé et copiez-la (Mailgun ne l&apos;affiche qu&apos;une fois).</translation>
    </message>
    <message>
        <source>Paste the key here, enter the domain, and choose the region the domain is in.</source>
        <translation>Collez la clé ici, saisissez le domaine et choisissez la région où se trouve le domaine.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>Aucune clé API n&apos;est enregistrée pour %1.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>La clé API enregistrée pour %1 contient des espaces ou des sauts de ligne. Collez-la de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>No sending domain is set for %1. Add it in Channels.</source>
        <translation>Aucun domaine d&apos;envoi n&apos;est défini pour %1. Ajoutez-le dans Canaux.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name. Enter the sending domain of %2 as Mailgun lists it (e.g. mg.your-shop.com).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine. Saisissez le domaine d&apos;envoi de %2 tel que Mailgun l&apos;affiche (p. ex. mg.votre-boutique.com).</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>Aucune adresse d&apos;expéditeur n&apos;est définie pour %1. Ajoutez-en une dans Canaux.</translation>
    </message>
    <message>
        <source>the API key may send mail from %1 (test mode is on: Mailgun accepts messages but delivers none).</source>
        <translation>la clé API peut envoyer des e-mails depuis %1 (le mode test est activé&#xa0;: Mailgun accepte les messages mais n&apos;en livre aucun).</translation>
    </message>
    <message>
        <source>the API key may send mail from %1.</source>
        <translation>la clé API peut envoyer des e-mails depuis %1.</translation>
    </message>
    <message>
        <source>Mailgun is limiting how often this account may call it. Try the check again in a minute.</source>
        <translation>Mailgun limite la fréquence des appels de ce compte. Relancez la vérification dans une minute.</translation>
    </message>
    <message>
        <source>Mailgun had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation>Mailgun a eu un problème temporaire (HTTP %1). Relancez la vérification plus tard.</translation>
    </message>
    <message>
        <source>Mailgun gave an unexpected answer to the check (HTTP 400). Check the region address in Channels.</source>
        <translation>Mailgun a donné une réponse inattendue à la vérification (HTTP 400). Vérifiez l&apos;adresse de la région dans Canaux.</translation>
    </message>
    <message>
        <source>Mailgun is limiting how fast this account may send. Tidings will try again later.</source>
        <translation>Mailgun limite le rythme d&apos;envoi de ce compte. Tidings réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Mailgun had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Mailgun a eu un problème temporaire (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Mailgun took too long to read the message. Tidings will try again.</source>
        <translation>Mailgun a mis trop de temps à lire le message. Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Mailgun rejected the message.</source>
        <translation>Mailgun a rejeté le message.</translation>
    </message>
    <message>
        <source>Mailgun rejected the message: %1</source>
        <translation>Mailgun a rejeté le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mailgun refused the API key. Check the key in Channels, and that the region (US or EU) is the one your domain is in.</source>
        <translation>Mailgun a refusé la clé API. Vérifiez la clé dans Canaux, et que la région (US ou EU) est bien celle de votre domaine.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s sandbox domain only sends to authorized recipients. Add your own domain in Mailgun, or add this address as an authorized recipient.</source>
        <translation>Le domaine sandbox de Mailgun n&apos;envoie qu&apos;aux destinataires autorisés. Ajoutez votre propre domaine dans Mailgun, ou ajoutez cette adresse comme destinataire autorisé.</translation>
    </message>
    <message>
        <source>Mailgun refused to send from this domain. Check the domain&apos;s status in your Mailgun account.</source>
        <translation>Mailgun a refusé d&apos;envoyer depuis ce domaine. Vérifiez l&apos;état du domaine dans votre compte Mailgun.</translation>
    </message>
    <message>
        <source>Mailgun refused to send from this domain: %1</source>
        <translation>Mailgun a refusé d&apos;envoyer depuis ce domaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mailgun does not know this sending domain here. Check the domain in Channels and whether it is in the US or the EU region.</source>
        <translation>Mailgun ne connaît pas ce domaine d&apos;envoi ici. Vérifiez le domaine dans Canaux, et s&apos;il se trouve dans la région US ou EU.</translation>
    </message>
    <message>
        <source>The message is too large for Mailgun (it accepts up to 25 MB). Make the email smaller.</source>
        <translation>Le message est trop volumineux pour Mailgun (il accepte jusqu&apos;à 25 Mo). Allégez l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Mailgun answered with a redirect (HTTP %1). Check the Mailgun region address in Channels.</source>
        <translation>Mailgun a répondu par une redirection (HTTP %1). Vérifiez l&apos;adresse de la région Mailgun dans Canaux.</translation>
    </message>
    <message>
        <source>Mailgun refused the message (HTTP %1).</source>
        <translation>Mailgun a refusé le message (HTTP %1).</translation>
    </message>
    <message>
        <source>Mailgun refused the message (HTTP %1): %2</source>
        <translation>Mailgun a refusé le message (HTTP %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tidings::MandrillChannel</name>
    <message>
        <source>Mandrill did not send to %1: mail to this address bounced before (it does not exist or refuses mail), so Mandrill blocks it.</source>
        <translation>Mandrill n&apos;a pas envoyé à %1&#xa0;: le courrier vers cette adresse a déjà été renvoyé (elle n&apos;existe pas ou refuse le courrier), Mandrill la bloque donc.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: mail to this address bounced several times lately (e.g. a full mailbox). Mandrill blocks it for a while.</source>
        <translation>Mandrill n&apos;a pas envoyé à %1&#xa0;: le courrier vers cette adresse a été renvoyé plusieurs fois récemment (p. ex. boîte pleine). Mandrill la bloque pour un temps.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: this customer marked an earlier email as spam.</source>
        <translation>Mandrill n&apos;a pas envoyé à %1&#xa0;: ce client a signalé un e-mail précédent comme spam.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: this customer unsubscribed.</source>
        <translation>Mandrill n&apos;a pas envoyé à %1&#xa0;: ce client s&apos;est désabonné.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: the address is on your Mandrill account&apos;s rejection list.</source>
        <translation>Mandrill n&apos;a pas envoyé à %1&#xa0;: l&apos;adresse figure sur la liste de rejet de votre compte Mandrill.</translation>
    </message>
    <message>
        <source>Mandrill refused the sender address. Verify the sending domain in Mandrill (Settings → Domains) and check the sender address in Channels.</source>
        <translation>Mandrill a refusé l&apos;adresse de l&apos;expéditeur. Vérifiez le domaine d&apos;envoi dans Mandrill (Settings → Domains) et l&apos;adresse de l&apos;expéditeur dans Canaux.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: it considers the address invalid.</source>
        <translation>Mandrill n&apos;a pas envoyé à %1&#xa0;: il considère l&apos;adresse comme non valide.</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: the API key is a test key and its test-mode limit is reached.</source>
        <translation>Mandrill n&apos;a pas envoyé à %1&#xa0;: la clé API est une clé de test et sa limite en mode test est atteinte.</translation>
    </message>
    <message>
        <source>Mandrill refused the message because the sending domain is not verified (DKIM/SPF). Verify it in Mandrill (Settings → Domains).</source>
        <translation>Mandrill a refusé le message car le domaine d&apos;envoi n&apos;est pas vérifié (DKIM/SPF). Faites-le vérifier dans Mandrill (Settings → Domains).</translation>
    </message>
    <message>
        <source>Mandrill did not send to %1: a rule in your Mandrill account blocked it.</source>
        <translation>Mandrill n&apos;a pas envoyé à %1&#xa0;: une règle de votre compte Mandrill l&apos;a bloqué.</translation>
    </message>
    <message>
        <source>Mandrill rejected the message to %1.</source>
        <translation>Mandrill a rejeté le message à %1.</translation>
    </message>
    <message>
        <source>Mandrill rejected the message to %1 (%2).</source>
        <translation>Mandrill a rejeté le message à %1 (%2).</translation>
    </message>
    <message>
        <source>Mailchimp Transactional (Mandrill)</source>
        <translation>Mailchimp Transactional (Mandrill)</translation>
    </message>
    <message>
        <source>Email through Mailchimp Transactional (Mandrill), with its own templates if you like.</source>
        <translation>E-mails envoyés via Mailchimp Transactional (Mandrill), avec ses propres modèles si vous le souhaitez.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Mandrill → Settings → SMTP &amp; API Info → New API Key. A test key accepts messages but delivers nothing.</source>
        <translation>Mandrill → Settings → SMTP &amp; API Info → New API Key. Une clé de test accepte les messages mais ne livre rien.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>An address at a domain verified in Mandrill (Settings → Domains).</source>
        <translation>Une adresse d&apos;un domaine vérifié dans Mandrill (Settings → Domains).</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Ce que les clients voient comme expéditeur.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Là où vont les réponses des clients, si ce n&apos;est pas à l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Mandrill template</source>
        <translation>Modèle Mandrill</translation>
    </message>
    <message>
        <source>Optional: the slug of a Mandrill template to send instead of Tidings&apos; own text. The order details reach it as merge variables (e.g. *|ORDER_NUMBER|* or {{order.number}}).</source>
        <translation>Facultatif&#xa0;: le slug d&apos;un modèle Mandrill à envoyer à la place du texte de Tidings. Les détails de la commande lui parviennent sous forme de variables de fusion (p. ex. *|ORDER_NUMBER|* ou {{order.number}}).</translation>
    </message>
    <message>
        <source>Merge language</source>
        <translation>Langage de fusion</translation>
    </message>
    <message>
        <source>mailchimp for *|TAG|* templates, handlebars for {{tag}} templates (Mandrill&apos;s default: mailchimp).</source>
        <translation>mailchimp pour les modèles *|TAG|*, handlebars pour les modèles {{tag}} (par défaut dans Mandrill&#xa0;: mailchimp).</translation>
    </message>
    <message>
        <source>Subaccount</source>
        <translation>Sous-compte</translation>
    </message>
    <message>
        <source>Optional: the id of the Mandrill subaccount to send from.</source>
        <translation>Facultatif&#xa0;: l&apos;id du sous-compte Mandrill depuis lequel envoyer.</translation>
    </message>
    <message>
        <source>In Mailchimp Transactional (mandrillapp.com), open Settings → Domains, add your shop&apos;s domain and complete its DKIM and SPF verification.</source>
        <translation>Dans Mailchimp Transactional (mandrillapp.com), ouvrez Settings → Domains, ajoutez le domaine de votre boutique et terminez sa vérification DKIM et SPF.</translation>
    </message>
    <message>
        <source>Open Settings → SMTP &amp; API Info and click New API Key. Copy the key.</source>
        <translation>Ouvrez Settings → SMTP &amp; API Info et cliquez sur New API Key. Copiez la clé.</translation>
    </message>
    <message>
        <source>Paste the key here and enter a sender address at the verified domain.</source>
        <translation>Collez la clé ici et saisissez une adresse d&apos;expéditeur du domaine vérifié.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>Aucune clé API n&apos;est enregistrée pour %1.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>La clé API enregistrée pour %1 contient des espaces ou des sauts de ligne. Collez-la de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>Aucune adresse d&apos;expéditeur n&apos;est définie pour %1. Ajoutez-en une dans Canaux.</translation>
    </message>
    <message>
        <source>The merge language of %1 must be “mailchimp” or “handlebars”. Correct it in Channels.</source>
        <translation>Le langage de fusion de %1 doit être «&#xa0;mailchimp&#xa0;» ou «&#xa0;handlebars&#xa0;». Corrigez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>L&apos;objet contient un saut de ligne, qui pourrait servir à ajouter des en-têtes d&apos;e-mail cachés. Retirez les sauts de ligne de l&apos;objet du modèle.</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation>Le nom du client contient un saut de ligne&#xa0;: le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Channels.</source>
        <translation>Le nom d&apos;expéditeur de %1 contient un saut de ligne. Corrigez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>La notification n&apos;a pas d&apos;adresse de destinataire.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Channels.</source>
        <translation>L&apos;adresse d&apos;expéditeur de %1 n&apos;est pas une adresse e-mail. Corrigez-la dans Canaux.</translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation>L&apos;adresse de réponse de %1 n&apos;est pas une adresse e-mail. Corrigez-la dans Canaux.</translation>
    </message>
    <message>
        <source>The template or subaccount of %1 contains a line break. Correct it in Channels.</source>
        <translation>Le modèle ou le sous-compte de %1 contient un saut de ligne. Corrigez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation>Le message n&apos;a pas d&apos;objet.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation>Le message n&apos;a ni texte ni contenu HTML.</translation>
    </message>
    <message>
        <source>the API key is valid (Mandrill checks the sender&apos;s domain when it sends).</source>
        <translation>la clé API est valide (Mandrill vérifie le domaine de l&apos;expéditeur au moment de l&apos;envoi).</translation>
    </message>
    <message>
        <source>Mandrill gave an unexpected answer to the check. Check the server address in Channels (normally https://mandrillapp.com).</source>
        <translation>Mandrill a donné une réponse inattendue à la vérification. Vérifiez l&apos;adresse du serveur dans Canaux (normalement https://mandrillapp.com).</translation>
    </message>
    <message>
        <source>Mandrill is limiting how often this account may call it. Try the check again in a minute.</source>
        <translation>Mandrill limite la fréquence des appels de ce compte. Relancez la vérification dans une minute.</translation>
    </message>
    <message>
        <source>Mandrill had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation>Mandrill a eu un problème temporaire (HTTP %1). Relancez la vérification plus tard.</translation>
    </message>
    <message>
        <source>Mandrill did not accept the check: %1</source>
        <translation>Mandrill n&apos;a pas accepté la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mandrill accepted the request but sent to no one.</source>
        <translation>Mandrill a accepté la requête mais n&apos;a envoyé à personne.</translation>
    </message>
    <message>
        <source>Mandrill had a temporary problem. Tidings will try again.</source>
        <translation>Mandrill a eu un problème temporaire. Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Mandrill refused the API key. Check the key in Channels.</source>
        <translation>Mandrill a refusé la clé API. Vérifiez la clé dans Canaux.</translation>
    </message>
    <message>
        <source>Mandrill will not send until the account is paid for (Mailchimp Transactional needs a paid plan or credits). Check billing in your Mailchimp account.</source>
        <translation>Mandrill n&apos;enverra rien tant que le compte n&apos;est pas payé (Mailchimp Transactional nécessite un forfait payant ou des crédits). Vérifiez la facturation dans votre compte Mailchimp.</translation>
    </message>
    <message>
        <source>Mandrill does not know the subaccount set for this channel. Check it in Channels.</source>
        <translation>Mandrill ne connaît pas le sous-compte défini pour ce canal. Vérifiez-le dans Canaux.</translation>
    </message>
    <message>
        <source>Mandrill does not have the template named for this channel. Check the template name in Channels and that the template is published.</source>
        <translation>Mandrill n&apos;a pas le modèle indiqué pour ce canal. Vérifiez le nom du modèle dans Canaux et que le modèle est publié.</translation>
    </message>
    <message>
        <source>Mandrill refused to send for this sender.</source>
        <translation>Mandrill a refusé d&apos;envoyer pour cet expéditeur.</translation>
    </message>
    <message>
        <source>Mandrill refused to send for this sender: %1</source>
        <translation>Mandrill a refusé d&apos;envoyer pour cet expéditeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mandrill rejected the message.</source>
        <translation>Mandrill a rejeté le message.</translation>
    </message>
    <message>
        <source>Mandrill rejected the message: %1</source>
        <translation>Mandrill a rejeté le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mandrill is limiting how fast this account may send. Tidings will try again later.</source>
        <translation>Mandrill limite le rythme d&apos;envoi de ce compte. Tidings réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Mandrill had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Mandrill a eu un problème temporaire (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Mandrill did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation>Mandrill n&apos;a pas reconnu la requête (HTTP %1). Vérifiez l&apos;adresse du serveur dans Canaux.</translation>
    </message>
    <message>
        <source>Mandrill refused the message (HTTP %1).</source>
        <translation>Mandrill a refusé le message (HTTP %1).</translation>
    </message>
    <message>
        <source>Mandrill refused the message (HTTP %1): %2</source>
        <translation>Mandrill a refusé le message (HTTP %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tidings::ManualNotifications</name>
    <message>
        <source>That event is no longer in the history.</source>
        <translation>Cet événement ne figure plus dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Order %1 is no longer stored, so nothing can be sent for it.</source>
        <translation>La commande %1 n&apos;est plus conservée&#xa0;: rien ne peut être envoyé pour elle.</translation>
    </message>
    <message>
        <source>Enter who should receive the message.</source>
        <translation>Indiquez qui doit recevoir le message.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Type it again on one line.</source>
        <translation>L&apos;adresse contient un saut de ligne ou un autre caractère invisible. Saisissez-la de nouveau sur une seule ligne.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>L&apos;adresse est trop longue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter one with its country code, like +44 20 7946 0958.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone. Saisissez-en un avec l&apos;indicatif de pays, comme +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one like name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail. Saisissez-en une comme nom@example.com.</translation>
    </message>
    <message>
        <source>Tidings could not queue the message.</source>
        <translation>Tidings n&apos;a pas pu mettre le message en file d&apos;attente.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not exist.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is missing or switched off.</source>
        <translation>Le canal «&#xa0;%1&#xa0;» est introuvable ou désactivé.</translation>
    </message>
    <message>
        <source>This event names no order Tidings has stored.</source>
        <translation>Cet événement ne désigne aucune commande conservée par Tidings.</translation>
    </message>
    <message>
        <source>Tidings could not read the event.</source>
        <translation>Tidings n&apos;a pas pu lire l&apos;événement.</translation>
    </message>
    <message>
        <source>Tidings could not queue the event&apos;s messages.</source>
        <translation>Tidings n&apos;a pas pu mettre en file d&apos;attente les messages de l&apos;événement.</translation>
    </message>
</context>
<context>
    <name>Tidings::MemorySecretStore</name>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it (for example by logging in to your desktop) and try again.</source>
        <translation>Le trousseau du système est verrouillé ou indisponible. Déverrouillez-le (par exemple en ouvrant une session sur votre bureau) et réessayez.</translation>
    </message>
</context>
<context>
    <name>Tidings::MimeMessage</name>
    <message>
        <source>An image for the email (%1) has a name or type email cannot carry. Use a PNG, JPEG, GIF or WebP file with a plain file name.</source>
        <translation>Une image de l&apos;e-mail (%1) a un nom ou un type qu&apos;un e-mail ne peut pas transporter. Utilisez un fichier PNG, JPEG, GIF ou WebP avec un nom de fichier simple.</translation>
    </message>
    <message>
        <source>The images in this email are too large (%1 KiB; at most %2 KiB). Use a smaller logo.</source>
        <translation>Les images de cet e-mail sont trop volumineuses (%1 Kio&#xa0;; %2 Kio au maximum). Utilisez un logo plus petit.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>L&apos;objet contient un saut de ligne, qui pourrait servir à ajouter des en-têtes d&apos;e-mail cachés. Retirez les sauts de ligne de l&apos;objet du modèle.</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation>Le nom du client contient un saut de ligne&#xa0;: le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>The sender name contains a line break. Correct it in Channels.</source>
        <translation>Le nom de l&apos;expéditeur contient un saut de ligne. Corrigez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>La notification n&apos;a pas d&apos;adresse de destinataire.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The sender address is not an email address. Correct it in Channels.</source>
        <translation>L&apos;adresse de l&apos;expéditeur n&apos;est pas une adresse e-mail. Corrigez-la dans Canaux.</translation>
    </message>
    <message>
        <source>The reply-to address is not an email address. Correct it in Channels.</source>
        <translation>L&apos;adresse de réponse n&apos;est pas une adresse e-mail. Corrigez-la dans Canaux.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML, so there is nothing to send.</source>
        <translation>Le message n&apos;a ni texte ni HTML&#xa0;: il n&apos;y a rien à envoyer.</translation>
    </message>
</context>
<context>
    <name>Tidings::MonitorQueries</name>
    <message>
        <source>Tidings could not read the event list from its database.</source>
        <translation>Tidings n&apos;a pas pu lire la liste des événements dans sa base de données.</translation>
    </message>
    <message>
        <source>Tidings could not read its database.</source>
        <translation>Tidings n&apos;a pas pu lire sa base de données.</translation>
    </message>
    <message>
        <source>This event is no longer in the database.</source>
        <translation>Cet événement n&apos;est plus dans la base de données.</translation>
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
        <translation>Commandes clients, leurs changements de statut, et exécutions d&apos;articles expédiées avec numéros de suivi, lus toutes les quelques minutes.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clé du consommateur (Consumer key)</translation>
    </message>
    <message>
        <source>From the integration record; NetSuite shows it once, when the record is saved.</source>
        <translation>Issue de l&apos;enregistrement d&apos;intégration&#xa0;; NetSuite ne l&apos;affiche qu&apos;une fois, à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Secret du consommateur (Consumer secret)</translation>
    </message>
    <message>
        <source>Shown with the consumer key, once.</source>
        <translation>Affiché avec la clé du consommateur, une seule fois.</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>ID du jeton (Token ID)</translation>
    </message>
    <message>
        <source>From the access token; NetSuite shows it once.</source>
        <translation>Issu du jeton d&apos;accès&#xa0;; NetSuite ne l&apos;affiche qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Secret du jeton (Token secret)</translation>
    </message>
    <message>
        <source>Shown with the token ID, once.</source>
        <translation>Affiché avec l&apos;ID du jeton, une seule fois.</translation>
    </message>
    <message>
        <source>REST address</source>
        <translation>Adresse REST</translation>
    </message>
    <message>
        <source>Leave empty to use https://&lt;account id&gt;.suitetalk.api.netsuite.com. Setup → Company → Company Information → Company URLs shows yours (SUITETALK (SOAP AND REST WEB SERVICES)).</source>
        <translation>Laissez vide pour utiliser https://&lt;account id&gt;.suitetalk.api.netsuite.com. Setup → Company → Company Information → Company URLs affiche la vôtre (SUITETALK (SOAP AND REST WEB SERVICES)).</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Setup → Company → Company Information → Account ID, e.g. 1234567, or 1234567_SB1 for a sandbox.</source>
        <translation>Setup → Company → Company Information → Account ID, p. ex. 1234567, ou 1234567_SB1 pour une sandbox.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The time zone in the preferences of the NetSuite user the token belongs to (Home → Set Preferences), e.g. America/Chicago. NetSuite shows times in that zone. Empty means UTC.</source>
        <translation>Le fuseau horaire défini dans les préférences de l&apos;utilisateur NetSuite à qui appartient le jeton (Home → Set Preferences), p. ex. America/Chicago. NetSuite affiche les heures dans ce fuseau. Vide signifie UTC.</translation>
    </message>
    <message>
        <source>Custom statuses</source>
        <translation>Statuts personnalisés</translation>
    </message>
    <message>
        <source>Only to change how NetSuite&apos;s status letters read: a JSON object with &quot;order&quot; (sales order letters A–H) and &quot;shipment&quot; (fulfilment letters A–C) tables to Tidings&apos; statuses.</source>
        <translation>Uniquement pour changer la lecture des lettres de statut de NetSuite&#xa0;: un objet JSON avec les tables «&#xa0;order&#xa0;» (lettres A–H des commandes clients) et «&#xa0;shipment&#xa0;» (lettres A–C des exécutions) vers les statuts de Tidings.</translation>
    </message>
    <message>
        <source>In NetSuite, open Setup → Company → Enable Features → SuiteCloud and tick &quot;Token-Based Authentication&quot; and &quot;REST Web Services&quot;.</source>
        <translation>Dans NetSuite, ouvrez Setup → Company → Enable Features → SuiteCloud et cochez «&#xa0;Token-Based Authentication&#xa0;» et «&#xa0;REST Web Services&#xa0;».</translation>
    </message>
    <message>
        <source>Setup → Users/Roles → Manage Roles → New: a role &quot;Tidings (read only)&quot; with the permissions Transactions: Sales Order (View) and Item Fulfillment (View); Setup: Log in using Access Tokens (Full) and REST Web Services (Full); Reports: SuiteAnalytics Workbook (Edit). Give the role to the user Tidings reads as.</source>
        <translation>Setup → Users/Roles → Manage Roles → New&#xa0;: un rôle «&#xa0;Tidings (read only)&#xa0;» avec les autorisations Transactions&#xa0;: Sales Order (View) et Item Fulfillment (View)&#xa0;; Setup&#xa0;: Log in using Access Tokens (Full) et REST Web Services (Full)&#xa0;; Reports&#xa0;: SuiteAnalytics Workbook (Edit). Attribuez le rôle à l&apos;utilisateur sous lequel Tidings lit.</translation>
    </message>
    <message>
        <source>Setup → Integration → Manage Integrations → New: name &quot;Tidings&quot;, tick &quot;Token-Based Authentication&quot;, untick the authorization code grant, and Save. Copy the consumer key and secret now; NetSuite shows them once.</source>
        <translation>Setup → Integration → Manage Integrations → New&#xa0;: nom «&#xa0;Tidings&#xa0;», cochez «&#xa0;Token-Based Authentication&#xa0;», décochez l&apos;octroi par code d&apos;autorisation (authorization code grant), puis Save. Copiez maintenant la clé et le secret du consommateur&#xa0;; NetSuite ne les affiche qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Setup → Users/Roles → Access Tokens → New: the &quot;Tidings&quot; application, that user and the &quot;Tidings (read only)&quot; role, then Save. Copy the token ID and secret now.</source>
        <translation>Setup → Users/Roles → Access Tokens → New&#xa0;: l&apos;application «&#xa0;Tidings&#xa0;», cet utilisateur et le rôle «&#xa0;Tidings (read only)&#xa0;», puis Save. Copiez maintenant l&apos;ID et le secret du jeton.</translation>
    </message>
    <message>
        <source>Paste the four values here, with the account ID and that user&apos;s time zone.</source>
        <translation>Collez ici les quatre valeurs, avec l&apos;ID du compte et le fuseau horaire de cet utilisateur.</translation>
    </message>
    <message>
        <source>NetSuite answered with something that is not the list of sales orders Tidings asked for. Tidings will ask again.</source>
        <translation>NetSuite a répondu par autre chose que la liste des commandes clients demandée par Tidings. Tidings va redemander.</translation>
    </message>
    <message>
        <source>The NetSuite account ID of &quot;%1&quot; is missing. Add it in Connections (Setup → Company → Company Information).</source>
        <translation>L&apos;ID du compte NetSuite de «&#xa0;%1&#xa0;» manque. Ajoutez-le dans Connexions (Setup → Company → Company Information).</translation>
    </message>
    <message>
        <source>NetSuite</source>
        <translation>NetSuite</translation>
    </message>
    <message>
        <source>The NetSuite access token of &quot;%1&quot; is incomplete, so its sales orders cannot be read. Add the consumer key and secret and the token ID and secret in Connections.</source>
        <translation>Le jeton d&apos;accès NetSuite de «&#xa0;%1&#xa0;» est incomplet&#xa0;: ses commandes clients ne peuvent pas être lues. Ajoutez la clé et le secret du consommateur ainsi que l&apos;ID et le secret du jeton dans Connexions.</translation>
    </message>
    <message>
        <source>Tidings does not know the time zone &quot;%1&quot; set for &quot;%2&quot;. Use a name such as America/Chicago or Europe/London.</source>
        <translation>Tidings ne connaît pas le fuseau horaire «&#xa0;%1&#xa0;» défini pour «&#xa0;%2&#xa0;». Utilisez un nom comme America/Chicago ou Europe/Paris.</translation>
    </message>
    <message>
        <source>Tidings lost its place in NetSuite&apos;s list of sales orders and starts again.</source>
        <translation>Tidings a perdu sa place dans la liste des commandes clients de NetSuite et reprend depuis le début.</translation>
    </message>
    <message>
        <source>NetSuite refused the access token of &quot;%1&quot; (HTTP %2). Check the account ID, the consumer key and secret and the token ID and secret, and that the token&apos;s role may log in with access tokens; NetSuite&apos;s Login Audit Trail says why.</source>
        <translation>NetSuite a refusé le jeton d&apos;accès de «&#xa0;%1&#xa0;» (HTTP %2). Vérifiez l&apos;ID du compte, la clé et le secret du consommateur, l&apos;ID et le secret du jeton, et que le rôle du jeton peut se connecter avec des jetons d&apos;accès&#xa0;; le Login Audit Trail de NetSuite indique pourquoi.</translation>
    </message>
    <message>
        <source>NetSuite refused Tidings&apos; question about sales orders: %1. Check that the token&apos;s role may view sales orders and item fulfilments and use SuiteAnalytics Workbook.</source>
        <translation>NetSuite a refusé la demande de Tidings sur les commandes clients&#xa0;: %1. Vérifiez que le rôle du jeton peut voir les commandes clients et les exécutions d&apos;articles, et utiliser SuiteAnalytics Workbook.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
</context>
<context>
    <name>Tidings::Notification</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
</context>
<context>
    <name>Tidings::NotificationActions</name>
    <message>
        <source>Enter who should receive the message.</source>
        <translation>Indiquez qui doit recevoir le message.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Type it again on one line.</source>
        <translation>L&apos;adresse contient un saut de ligne ou un autre caractère invisible. Saisissez-la de nouveau sur une seule ligne.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>L&apos;adresse est trop longue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one like name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail. Saisissez-en une comme nom@exemple.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter one with its country code, like +44 20 7946 0958.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone. Saisissez-en un avec son indicatif de pays, comme +33 1 23 45 67 89.</translation>
    </message>
    <message>
        <source>Tidings could not queue the message again.</source>
        <translation>Tidings n&apos;a pas pu remettre le message en file d&apos;attente.</translation>
    </message>
    <message>
        <source>That message is no longer in the history.</source>
        <translation>Ce message ne figure plus dans l&apos;historique.</translation>
    </message>
    <message>
        <source>This message has not gone out yet, so there is nothing to resend. Wait for it, or cancel it first.</source>
        <translation>Ce message n&apos;est pas encore parti&#xa0;: il n&apos;y a rien à renvoyer. Attendez-le, ou annulez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Tidings could not cancel the message.</source>
        <translation>Tidings n&apos;a pas pu annuler le message.</translation>
    </message>
    <message>
        <source>This message is being handed to the provider right now and can no longer be cancelled.</source>
        <translation>Ce message est en train d&apos;être remis au fournisseur et ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>Only messages that are still waiting can be cancelled; this one is %1.</source>
        <translation>Seuls les messages encore en attente peuvent être annulés&#xa0;; celui-ci est&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not sent again: you decided so after Tidings was interrupted while sending it.</source>
        <translation>Pas renvoyé&#xa0;: vous l&apos;avez décidé après que Tidings a été interrompu pendant son envoi.</translation>
    </message>
    <message>
        <source>Cancelled by you before it was sent.</source>
        <translation>Annulé par vous avant son envoi.</translation>
    </message>
</context>
<context>
    <name>Tidings::OAuth2Session</name>
    <message>
        <source>%1 no longer accepts the sign-in Tidings was given (it was revoked, expired, or the password changed). Connect the source again in Connections.</source>
        <translation>%1 n&apos;accepte plus la connexion donnée à Tidings (elle a été révoquée ou a expiré, ou le mot de passe a changé). Reconnectez la source dans Connexions.</translation>
    </message>
    <message>
        <source>%1 refused the client id or client secret of this source. Check both in Connections.</source>
        <translation>%1 a refusé l&apos;ID client ou le secret client de cette source. Vérifiez les deux dans Connexions.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request (%2). Check the source&apos;s settings in Connections.</source>
        <translation>%1 a refusé la demande de connexion (%2). Vérifiez les paramètres de la source dans Connexions.</translation>
    </message>
    <message>
        <source>Tidings has no sign-in for %1 yet. Add it in Connections.</source>
        <translation>Tidings n&apos;a pas encore de connexion pour %1. Ajoutez-la dans Connexions.</translation>
    </message>
</context>
<context>
    <name>Tidings::OAuthHttpChannel</name>
    <message>
        <source>No network access is available to send messages.</source>
        <translation>Aucun accès réseau n&apos;est disponible pour envoyer des messages.</translation>
    </message>
    <message>
        <source>%1 gave no access token.</source>
        <translation>%1 n&apos;a pas donné de jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 no longer accepts the sign-in Tidings was given for %2 (it was revoked or expired, or the password changed). Sign in again in Channels.</source>
        <translation>%1 n&apos;accepte plus la connexion donnée à Tidings pour %2 (elle a été révoquée ou a expiré, ou le mot de passe a changé). Reconnectez-vous dans Canaux.</translation>
    </message>
    <message>
        <source>%1 refused the client ID or client secret of %2. Check both in Channels.</source>
        <translation>%1 a refusé l&apos;ID client ou le secret client de %2. Vérifiez les deux dans Canaux.</translation>
    </message>
    <message>
        <source>The %1 account is signed in, but sending mail was not allowed. Sign in again and allow Tidings to send email on your behalf.</source>
        <translation>Le compte %1 est connecté, mais l&apos;envoi d&apos;e-mails n&apos;a pas été autorisé. Reconnectez-vous et autorisez Tidings à envoyer des e-mails en votre nom.</translation>
    </message>
    <message>
        <source>signed in to %1; Tidings may send mail as this account.</source>
        <translation>connecté à %1&#xa0;; Tidings peut envoyer des e-mails avec ce compte.</translation>
    </message>
</context>
<context>
    <name>Tidings::OAuthSignIn</name>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>No client ID is set for signing in with %1. Add it in %2.</source>
        <translation>Aucun ID client n&apos;est défini pour se connecter avec %1. Ajoutez-le dans %2.</translation>
    </message>
    <message>
        <source>The client ID for signing in with %1 contains spaces or line breaks. Paste it again in %2.</source>
        <translation>L&apos;ID client pour se connecter avec %1 contient des espaces ou des sauts de ligne. Collez-le de nouveau dans %2.</translation>
    </message>
    <message>
        <source>Tidings cannot sign in with %1: it has no network access.</source>
        <translation>Tidings ne peut pas se connecter avec %1&#xa0;: il n&apos;a pas d&apos;accès réseau.</translation>
    </message>
    <message>
        <source>The %1 sign-in address must be an https:// address. Check it in %2.</source>
        <translation>L&apos;adresse de connexion de %1 doit être une adresse https://. Vérifiez-la dans %2.</translation>
    </message>
    <message>
        <source>The address %1 sends the browser back to must look like http://localhost:1717/path (this computer, with a port). Check it in %2.</source>
        <translation>L&apos;adresse vers laquelle %1 renvoie le navigateur doit ressembler à http://localhost:1717/path (cet ordinateur, avec un port). Vérifiez-la dans %2.</translation>
    </message>
    <message>
        <source>Tidings does not know what to ask %1 for (no scope).</source>
        <translation>Tidings ne sait pas quoi demander à %1 (aucun scope).</translation>
    </message>
    <message>
        <source>Port %1 on this computer, where %2 sends the browser back to, is in use by another program (a command-line tool signing in, perhaps). Close it and try again.</source>
        <translation>Le port %1 de cet ordinateur, vers lequel %2 renvoie le navigateur, est utilisé par un autre programme (peut-être un outil en ligne de commande en train de se connecter). Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Tidings could not open the address on this computer that %1 sends the browser back to. Try again; if it keeps failing, a security program may block it.</source>
        <translation>Tidings n&apos;a pas pu ouvrir l&apos;adresse de cet ordinateur vers laquelle %1 renvoie le navigateur. Réessayez&#xa0;; si l&apos;échec persiste, un programme de sécurité la bloque peut-être.</translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and go back to Tidings.</source>
        <translation>Vous êtes connecté. Vous pouvez fermer cet onglet et revenir à Tidings.</translation>
    </message>
    <message>
        <source>Tidings could not prepare the sign-in with %1.</source>
        <translation>Tidings n&apos;a pas pu préparer la connexion avec %1.</translation>
    </message>
    <message>
        <source>The sign-in with %1 was cancelled.</source>
        <translation>La connexion avec %1 a été annulée.</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in Tidings is waiting for, so it was not used. Close this tab and start the sign-in again in Tidings.</source>
        <translation>Cette page n&apos;appartient pas à la connexion qu&apos;attend Tidings&#xa0;: elle n&apos;a pas été utilisée. Fermez cet onglet et relancez la connexion dans Tidings.</translation>
    </message>
    <message>
        <source>The answer from %1 that came back through the browser does not belong to the sign-in Tidings started, so it was not used. Start the sign-in again.</source>
        <translation>La réponse de %1 revenue par le navigateur n&apos;appartient pas à la connexion lancée par Tidings&#xa0;: elle n&apos;a pas été utilisée. Relancez la connexion.</translation>
    </message>
    <message>
        <source>Tidings was not given access. You can close this tab and go back to Tidings.</source>
        <translation>Tidings n&apos;a pas reçu l&apos;accès. Vous pouvez fermer cet onglet et revenir à Tidings.</translation>
    </message>
    <message>
        <source>You did not allow Tidings to send email with your %1 account, so it is not signed in. To use it, sign in again and allow access on %1&apos;s page.</source>
        <translation>Vous n&apos;avez pas autorisé Tidings à envoyer des e-mails avec votre compte %1&#xa0;: il n&apos;est donc pas connecté. Pour l&apos;utiliser, reconnectez-vous et autorisez l&apos;accès sur la page de %1.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in. You can close this tab; Tidings shows why.</source>
        <translation>%1 a refusé la connexion. Vous pouvez fermer cet onglet&#xa0;; Tidings indique pourquoi.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 a refusé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>Tidings could not reach %1 to finish the sign-in (%2). Check the internet connection and sign in again.</source>
        <translation>Tidings n&apos;a pas pu joindre %1 pour terminer la connexion (%2). Vérifiez la connexion Internet et reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in in a way Tidings does not understand. Sign in again.</source>
        <translation>%1 a répondu à la connexion d&apos;une façon que Tidings ne comprend pas. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Google signed you in but gave Tidings no refresh token, which it only gives the first time you allow an app. Remove Tidings&apos; access at myaccount.google.com/permissions and sign in again.</source>
        <translation>Google vous a connecté mais n&apos;a pas donné de jeton d&apos;actualisation à Tidings&#xa0;; il n&apos;en donne que la première fois que vous autorisez une application. Retirez l&apos;accès de Tidings sur myaccount.google.com/permissions et reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 signed you in but gave Tidings no refresh token, so Tidings could not stay signed in. Check that the app may ask for offline access and sign in again.</source>
        <translation>%1 vous a connecté mais n&apos;a pas donné de jeton d&apos;actualisation à Tidings&#xa0;: Tidings n&apos;a pas pu rester connecté. Vérifiez que l&apos;application peut demander un accès hors ligne et reconnectez-vous.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 had a temporary problem finishing the sign-in (HTTP %2). Sign in again in a moment.</source>
        <translation>%1 a eu un problème temporaire en terminant la connexion (HTTP %2). Reconnectez-vous dans un instant.</translation>
    </message>
    <message>
        <source>%1 refused Tidings&apos; client ID or client secret: %2. Check both in %3.</source>
        <translation>%1 a refusé l&apos;ID client ou le secret client de Tidings&#xa0;: %2. Vérifiez les deux dans %3.</translation>
    </message>
    <message>
        <source>The sign-in with %1 was not finished in time. Start it again and finish it in the browser window that opens.</source>
        <translation>La connexion avec %1 n&apos;a pas été terminée à temps. Relancez-la et terminez-la dans la fenêtre du navigateur qui s&apos;ouvre.</translation>
    </message>
</context>
<context>
    <name>Tidings::OrderTimelineQueries</name>
    <message>
        <source>Tidings could not read this order&apos;s history.</source>
        <translation>Tidings n’a pas pu lire l’historique de cette commande.</translation>
    </message>
    <message>
        <source>There is nothing stored for this order.</source>
        <translation>Rien n’est enregistré pour cette commande.</translation>
    </message>
</context>
<context>
    <name>Tidings::PollScheduler</name>
    <message>
        <source>Tidings cannot read orders from this kind of connection (&quot;%1&quot;).</source>
        <translation>Tidings ne peut pas lire les commandes de ce type de connexion («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>La vérification a échoué.</translation>
    </message>
    <message>
        <source>Tidings could not save what it found.</source>
        <translation>Tidings n&apos;a pas pu enregistrer ce qu&apos;il a trouvé.</translation>
    </message>
</context>
<context>
    <name>Tidings::PollSignIn</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
</context>
<context>
    <name>Tidings::PollStateRepository</name>
    <message>
        <source>Tidings could not read where it stopped polling.</source>
        <translation>Tidings n&apos;a pas pu lire où il s&apos;était arrêté dans ses consultations.</translation>
    </message>
    <message>
        <source>Tidings could not save where it stopped polling.</source>
        <translation>Tidings n&apos;a pas pu enregistrer où il s&apos;était arrêté dans ses consultations.</translation>
    </message>
    <message>
        <source>Tidings could not read which changes it has already seen.</source>
        <translation>Tidings n&apos;a pas pu lire quels changements il a déjà vus.</translation>
    </message>
    <message>
        <source>Tidings could not read the stock levels it knows.</source>
        <translation>Tidings n&apos;a pas pu lire les niveaux de stock qu&apos;il connaît.</translation>
    </message>
</context>
<context>
    <name>Tidings::Poller</name>
    <message>
        <source>Check every (minutes)</source>
        <translation>Vérifier toutes les (minutes)</translation>
    </message>
    <message>
        <source>How often Tidings asks for new and changed orders. Shorter means quicker messages and more requests to the platform.</source>
        <translation>La fréquence à laquelle Tidings demande les commandes nouvelles ou modifiées. Plus c&apos;est court, plus les messages partent vite et plus la plateforme reçoit de requêtes.</translation>
    </message>
    <message>
        <source>First check reaches back (days)</source>
        <translation>La première vérification remonte à (jours)</translation>
    </message>
    <message>
        <source>The first check reads the orders of these last days, so later changes to them are noticed. Their customers are not written to about what happened before.</source>
        <translation>La première vérification lit les commandes de ces derniers jours, pour remarquer leurs changements ultérieurs. Leurs clients ne reçoivent pas de message sur ce qui s&apos;est passé avant.</translation>
    </message>
    <message>
        <source>The %1 address of this source is missing or not a web address. Enter the shop&apos;s address, starting with https://.</source>
        <translation>L&apos;adresse %1 de cette source manque ou n&apos;est pas une adresse web. Saisissez l&apos;adresse de la boutique, en commençant par https://.</translation>
    </message>
    <message>
        <source>The %1 address of this source starts with http://, so the shop&apos;s keys would travel unencrypted. Use the https:// address.</source>
        <translation>L&apos;adresse %1 de cette source commence par http://&#xa0;: les clés de la boutique circuleraient sans chiffrement. Utilisez l&apos;adresse https://.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Tidings will ask again shortly.</source>
        <translation>%1 n&apos;a pas répondu à temps. Tidings va redemander sous peu.</translation>
    </message>
    <message>
        <source>Tidings could not reach %1. Check the internet connection and the shop&apos;s address; Tidings will try again.</source>
        <translation>Tidings n&apos;a pas pu joindre %1. Vérifiez la connexion Internet et l&apos;adresse de la boutique&#xa0;; Tidings va réessayer.</translation>
    </message>
    <message>
        <source>%1 asked Tidings to slow down. Tidings will ask again when %1 allows it.</source>
        <translation>%1 a demandé à Tidings de ralentir. Tidings redemandera quand %1 le permettra.</translation>
    </message>
    <message>
        <source>%1 refused the access key of this source (HTTP %2). Check the key and its permissions to read orders in Connections.</source>
        <translation>%1 a refusé la clé d&apos;accès de cette source (HTTP %2). Vérifiez dans Connexions la clé et ses autorisations de lecture des commandes.</translation>
    </message>
    <message>
        <source>%1 does not know the address Tidings asked (HTTP 404). Check the shop&apos;s address in Connections.</source>
        <translation>%1 ne connaît pas l&apos;adresse demandée par Tidings (HTTP 404). Vérifiez l&apos;adresse de la boutique dans Connexions.</translation>
    </message>
    <message>
        <source>%1 had a temporary problem (HTTP %2). Tidings will ask again.</source>
        <translation>%1 a eu un problème temporaire (HTTP %2). Tidings va redemander.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2). Check the shop&apos;s address in Connections.</source>
        <translation>%1 a répondu par une redirection (HTTP %2). Vérifiez l&apos;adresse de la boutique dans Connexions.</translation>
    </message>
    <message>
        <source>%1 refused Tidings&apos; request (HTTP %2).</source>
        <translation>%1 a refusé la requête de Tidings (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>Tidings::PreviewQueries</name>
    <message>
        <source>Tidings could not read your recent orders for the preview.</source>
        <translation>Tidings n&apos;a pas pu lire vos commandes récentes pour l&apos;aperçu.</translation>
    </message>
</context>
<context>
    <name>Tidings::QuietHours</name>
    <message>
        <source>Enter a start and an end time, like 21:00 and 08:00.</source>
        <translation>Saisissez une heure de début et une heure de fin, comme 21:00 et 08:00.</translation>
    </message>
    <message>
        <source>Quiet hours start and end at the same time (%1). Choose an end time later than the start, like 21:00 to 08:00.</source>
        <translation>Les heures calmes commencent et finissent à la même heure (%1). Choisissez une heure de fin postérieure au début, par exemple de 21:00 à 08:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Pick one from the list, like Europe/London or America/New_York.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu de cet ordinateur. Choisissez-en un dans la liste, comme Europe/Paris ou America/New_York.</translation>
    </message>
    <message>
        <source>Text messages and Slack messages are sent at any time of day or night.</source>
        <translation>Les SMS et les messages Slack sont envoyés à toute heure du jour et de la nuit.</translation>
    </message>
    <message>
        <source>Held for quiet hours until %1 (the shop&apos;s time, %2). Nothing was sent and no try was used up.</source>
        <translation>Retenu pendant les heures calmes jusqu&apos;à %1 (heure de la boutique, %2). Rien n&apos;a été envoyé et aucune tentative n&apos;a été décomptée.</translation>
    </message>
    <message>
        <source>Text messages and Slack messages that would go out between %1 and %2 (%3 time) wait and are sent at %2; a text to a customer whose order has an address waits for %2 on the customer&apos;s clock. Nothing is lost and no try is used up. Emails are always sent at once.</source>
        <translation>Les SMS et les messages Slack qui partiraient entre %1 et %2 (heure %3) attendent et sont envoyés à %2&#xa0;; un SMS à un client dont la commande a une adresse attend %2 à l’heure du client. Rien n’est perdu et aucune tentative n’est décomptée. Les e-mails partent toujours tout de suite.</translation>
    </message>
    <message>
        <source>Held for quiet hours until %1 (the customer&apos;s time, %2). Nothing was sent and no try was used up.</source>
        <translation>Retenu pendant les heures calmes jusqu’à %1 (heure du client, %2). Rien n’a été envoyé et aucune tentative n’a été décomptée.</translation>
    </message>
</context>
<context>
    <name>Tidings::Rules</name>
    <message>
        <source>Rule &quot;%1&quot; uses a channel that is missing or switched off.</source>
        <translation>La règle «&#xa0;%1&#xa0;» utilise un canal manquant ou désactivé.</translation>
    </message>
    <message>
        <source>The order has no customer email address, so rule &quot;%1&quot; sent nothing.</source>
        <translation>La commande n&apos;a pas d&apos;adresse e-mail client&#xa0;: la règle «&#xa0;%1&#xa0;» n&apos;a rien envoyé.</translation>
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
        <translation>Changements de commandes et d&apos;opportunités, via les messages sortants de Salesforce.</translation>
    </message>
    <message>
        <source>Address token</source>
        <translation>Jeton d&apos;adresse</translation>
    </message>
    <message>
        <source>Tidings makes this token. It is the end of the endpoint URL you paste into Salesforce, so keep that URL private.</source>
        <translation>Tidings crée ce jeton. Il termine l&apos;URL du point de terminaison que vous collez dans Salesforce&#xa0;: gardez donc cette URL privée.</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID d&apos;organisation</translation>
    </message>
    <message>
        <source>Your Salesforce organization ID (Setup → Company Information → Salesforce.com Organization ID). Messages from any other organization are refused.</source>
        <translation>L&apos;ID de votre organisation Salesforce (Configuration → Informations sur la société → ID d&apos;organisation Salesforce.com). Les messages de toute autre organisation sont refusés.</translation>
    </message>
    <message>
        <source>Status map</source>
        <translation>Correspondance des statuts</translation>
    </message>
    <message>
        <source>Which order Status or opportunity Stage means which order status, as JSON. Draft → pending and Activated → paid are built in; statuses not listed are recorded and notify nobody.</source>
        <translation>Quel Statut de commande ou quelle Étape d&apos;opportunité correspond à quel statut de commande, en JSON. Draft → pending et Activated → paid sont intégrés&#xa0;; les statuts non listés sont enregistrés et ne préviennent personne.</translation>
    </message>
    <message>
        <source>Customer email field</source>
        <translation>Champ de l&apos;e-mail du client</translation>
    </message>
    <message>
        <source>Outbound messages carry only the order&apos;s own fields. Name a field that holds the customer&apos;s email, for example a formula field Customer_Email__c = BillToContact.Email, and include it in the message.</source>
        <translation>Les messages sortants ne contiennent que les champs propres à la commande. Indiquez un champ qui contient l&apos;e-mail du client, par exemple un champ de formule Customer_Email__c = BillToContact.Email, et incluez-le dans le message.</translation>
    </message>
    <message>
        <source>In Salesforce Setup, search for &quot;Outbound Messages&quot; and click New Outbound Message. Choose the object Order (or Opportunity).</source>
        <translation>Dans la Configuration de Salesforce, recherchez «&#xa0;Messages sortants&#xa0;» (Outbound Messages) et cliquez sur Nouveau message sortant. Choisissez l&apos;objet Commande (Order) ou Opportunité (Opportunity).</translation>
    </message>
    <message>
        <source>Set the Endpoint URL to: %1</source>
        <translation>Définissez l&apos;URL du point de terminaison (Endpoint URL) sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Leave &quot;Send Session ID&quot; unticked; Tidings does not need it. Select the fields Id, OrderNumber, Status, StatusCode, TotalAmount, EffectiveDate and your customer email field.</source>
        <translation>Laissez «&#xa0;Envoyer l&apos;ID de session&#xa0;» (Send Session ID) décoché&#xa0;; Tidings n&apos;en a pas besoin. Sélectionnez les champs Id, OrderNumber, Status, StatusCode, TotalAmount, EffectiveDate et votre champ d&apos;e-mail client.</translation>
    </message>
    <message>
        <source>Add the outbound message as an action of a record-triggered flow (or workflow rule) that runs when an order is created or its status changes.</source>
        <translation>Ajoutez le message sortant comme action d&apos;un flux déclenché par un enregistrement (ou d&apos;une règle de workflow) qui s&apos;exécute quand une commande est créée ou que son statut change.</translation>
    </message>
    <message>
        <source>Enter your organization ID in Tidings and list your order statuses in the status map.</source>
        <translation>Saisissez l&apos;ID de votre organisation dans Tidings et indiquez vos statuts de commande dans la correspondance des statuts.</translation>
    </message>
    <message>
        <source>Salesforce lists failed deliveries under Setup → Outbound Messages → View Message Delivery Status.</source>
        <translation>Salesforce liste les envois en échec sous Configuration → Messages sortants → Afficher le statut de remise des messages.</translation>
    </message>
    <message>
        <source>No address token is saved for %1, so its Salesforce messages cannot be checked and were refused. Set the connection up again in Connections.</source>
        <translation>Aucun jeton d&apos;adresse n&apos;est enregistré pour %1&#xa0;: ses messages Salesforce ne peuvent pas être vérifiés et ont été refusés. Configurez de nouveau la connexion dans Connexions.</translation>
    </message>
    <message>
        <source>A request reached the Salesforce address of %1 without the right token, so it was refused. Check that the endpoint URL in Salesforce is exactly the one Tidings shows.</source>
        <translation>Une requête est arrivée à l&apos;adresse Salesforce de %1 sans le bon jeton&#xa0;; elle a donc été refusée. Vérifiez que l&apos;URL du point de terminaison dans Salesforce est exactement celle que Tidings affiche.</translation>
    </message>
    <message>
        <source>Salesforce messages for %1 cannot be checked because its organization ID is missing or not a Salesforce ID. Enter it in Connections; Salesforce will send the messages again.</source>
        <translation>Les messages Salesforce de %1 ne peuvent pas être vérifiés car son ID d&apos;organisation manque ou n&apos;est pas un ID Salesforce. Saisissez-le dans Connexions&#xa0;; Salesforce renverra les messages.</translation>
    </message>
    <message>
        <source>Salesforce sent a message Tidings cannot read as an outbound message, so it was refused.</source>
        <translation>Salesforce a envoyé un message que Tidings ne peut pas lire comme message sortant&#xa0;; il a donc été refusé.</translation>
    </message>
    <message>
        <source>A Salesforce message for %1 came from another Salesforce organization, so it was refused. Check the organization ID in Connections.</source>
        <translation>Un message Salesforce pour %1 provient d&apos;une autre organisation Salesforce&#xa0;; il a donc été refusé. Vérifiez l&apos;ID d&apos;organisation dans Connexions.</translation>
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
        <translation>Salesforce a répondu par autre chose qu&apos;une liste de commandes. Tidings va redemander.</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in of &quot;%1&quot; even with a new access token. Check that the connected app&apos;s OAuth policies allow this user, then connect the source again in Connections.</source>
        <translation>Salesforce a refusé la connexion de «&#xa0;%1&#xa0;», même avec un nouveau jeton d&apos;accès. Vérifiez que les stratégies OAuth de l&apos;application connectée autorisent cet utilisateur, puis reconnectez la source dans Connexions.</translation>
    </message>
    <message>
        <source>Your Salesforce org has used up the API requests it is allowed in 24 hours, so &quot;%1&quot; cannot be checked now. Tidings tries again in an hour; Setup → Company Information shows the org&apos;s API usage.</source>
        <translation>Votre organisation Salesforce a épuisé les requêtes API autorisées sur 24 heures&#xa0;: «&#xa0;%1&#xa0;» ne peut pas être vérifié maintenant. Tidings réessaie dans une heure&#xa0;; Configuration → Informations sur la société indique l&apos;utilisation de l&apos;API par l&apos;organisation.</translation>
    </message>
    <message>
        <source>Salesforce is busy with too many long requests from your org. Tidings checks &quot;%1&quot; again in a minute.</source>
        <translation>Salesforce est occupé par trop de longues requêtes de votre organisation. Tidings vérifie de nouveau «&#xa0;%1&#xa0;» dans une minute.</translation>
    </message>
    <message>
        <source>Salesforce does not let the user of &quot;%1&quot; read orders through the API. The user needs the &quot;API Enabled&quot; permission (not in Professional Edition without the API add-on) and read access to Orders, Contacts and Accounts.</source>
        <translation>Salesforce ne permet pas à l&apos;utilisateur de «&#xa0;%1&#xa0;» de lire les commandes via l&apos;API. L&apos;utilisateur a besoin de l&apos;autorisation «&#xa0;API activée&#xa0;» (API Enabled&#xa0;; absente de Professional Edition sans le module API) et d&apos;un accès en lecture aux Commandes, Contacts et Comptes.</translation>
    </message>
    <message>
        <source>Salesforce does not know one of the order fields &quot;%1&quot; asks for. Check the field names in the source&apos;s settings; custom fields end in __c.</source>
        <translation>Salesforce ne connaît pas l&apos;un des champs de commande demandés par «&#xa0;%1&#xa0;». Vérifiez les noms de champs dans les paramètres de la source&#xa0;; les champs personnalisés se terminent par __c.</translation>
    </message>
    <message>
        <source>Salesforce has no order field &quot;%1&quot; that the user of &quot;%2&quot; can read. Check the field names in the source&apos;s settings (custom fields end in __c), or give the user access to the field.</source>
        <translation>Salesforce n&apos;a pas de champ de commande «&#xa0;%1&#xa0;» lisible par l&apos;utilisateur de «&#xa0;%2&#xa0;». Vérifiez les noms de champs dans les paramètres de la source (les champs personnalisés se terminent par __c), ou donnez à l&apos;utilisateur l&apos;accès au champ.</translation>
    </message>
    <message>
        <source>Orders are not turned on in this Salesforce org, or the user of &quot;%1&quot; may not read them. Turn them on in Setup → Order Settings → Enable Orders, and give the user read access to Orders.</source>
        <translation>Les commandes ne sont pas activées dans cette organisation Salesforce, ou l&apos;utilisateur de «&#xa0;%1&#xa0;» ne peut pas les lire. Activez-les dans Configuration → Paramètres de commande → Activer les commandes, et donnez à l&apos;utilisateur un accès en lecture aux Commandes.</translation>
    </message>
    <message>
        <source>Salesforce could not run Tidings&apos; order query for &quot;%1&quot;. Check the field names in the source&apos;s settings (custom fields end in __c) and the API version.</source>
        <translation>Salesforce n&apos;a pas pu exécuter la requête de commandes de Tidings pour «&#xa0;%1&#xa0;». Vérifiez les noms de champs dans les paramètres de la source (les champs personnalisés se terminent par __c) et la version de l&apos;API.</translation>
    </message>
    <message>
        <source>Salesforce does not know the API version &quot;%1&quot; asked for by &quot;%2&quot;. Leave the API version empty to use %3.</source>
        <translation>Salesforce ne connaît pas la version d&apos;API «&#xa0;%1&#xa0;» demandée par «&#xa0;%2&#xa0;». Laissez la version d&apos;API vide pour utiliser %3.</translation>
    </message>
    <message>
        <source>Salesforce pointed Tidings to a next page that is not a list of orders on your org. Tidings starts the check again.</source>
        <translation>Salesforce a dirigé Tidings vers une page suivante qui n&apos;est pas une liste de commandes de votre organisation. Tidings recommence la vérification.</translation>
    </message>
    <message>
        <source>Salesforce lost Tidings&apos; place in the list of orders. Tidings will ask again.</source>
        <translation>Salesforce a perdu la place de Tidings dans la liste des commandes. Tidings va redemander.</translation>
    </message>
    <message>
        <source>Salesforce signed Tidings in without saying where your org&apos;s data is. Tidings will ask again.</source>
        <translation>Salesforce a connecté Tidings sans indiquer où se trouvent les données de votre organisation. Tidings va redemander.</translation>
    </message>
    <message>
        <source>New orders and status changes of Salesforce Orders, with tracking numbers from your own fields, read every few minutes.</source>
        <translation>Nouvelles commandes et changements de statut des Commandes Salesforce, avec les numéros de suivi de vos propres champs, lus toutes les quelques minutes.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Filled in when you click &quot;Sign in with Salesforce&quot; and sign in as the Salesforce user Tidings reads orders as. You can also paste one made with your app (scopes &quot;api&quot; and &quot;refresh_token, offline_access&quot;), for example with the Salesforce CLI.</source>
        <translation>Rempli quand vous cliquez sur «&#xa0;Se connecter avec Salesforce&#xa0;» et vous connectez en tant que l&apos;utilisateur Salesforce sous lequel Tidings lit les commandes. Vous pouvez aussi en coller un créé avec votre application (scopes «&#xa0;api&#xa0;» et «&#xa0;refresh_token, offline_access&#xa0;»), par exemple avec Salesforce CLI.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Secret du consommateur</translation>
    </message>
    <message>
        <source>The app&apos;s consumer secret (External Client App Manager → your app → Settings → OAuth Settings → Consumer Key and Secret; older Connected Apps: App Manager → View → Manage Consumer Details). Leave empty only if the app does not require a secret.</source>
        <translation>Le secret du consommateur de l&apos;application (External Client App Manager → votre application → Settings → OAuth Settings → Consumer Key and Secret&#xa0;; anciennes Connected Apps&#xa0;: App Manager → View → Manage Consumer Details). Laissez vide uniquement si l&apos;application n&apos;exige pas de secret.</translation>
    </message>
    <message>
        <source>Salesforce login address</source>
        <translation>Adresse de connexion Salesforce</translation>
    </message>
    <message>
        <source>Leave empty for https://login.salesforce.com. Sandboxes: https://test.salesforce.com, or your org&apos;s My Domain address (https://yourcompany.my.salesforce.com).</source>
        <translation>Laissez vide pour https://login.salesforce.com. Sandboxes&#xa0;: https://test.salesforce.com, ou l&apos;adresse My Domain de votre organisation (https://yourcompany.my.salesforce.com).</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clé du consommateur</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key, shown next to the consumer secret.</source>
        <translation>La clé du consommateur de l&apos;application connectée, affichée à côté du secret du consommateur.</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Statuts de commande</translation>
    </message>
    <message>
        <source>Which order Status means which order status, as JSON. Draft → pending and Activated → paid are built in; other statuses not listed count as their status category (Draft or Activated).</source>
        <translation>Quel Statut de commande correspond à quel statut de commande Tidings, en JSON. Draft → pending et Activated → paid sont intégrés&#xa0;; les autres statuts non listés comptent selon leur catégorie de statut (Draft ou Activated).</translation>
    </message>
    <message>
        <source>Customer email field</source>
        <translation>Champ de l&apos;e-mail du client</translation>
    </message>
    <message>
        <source>Optional: an order field with the customer&apos;s email address, when it is not the Bill To contact&apos;s email. Its API name, e.g. Customer_Email__c.</source>
        <translation>Facultatif&#xa0;: un champ de commande contenant l&apos;adresse e-mail du client, quand ce n&apos;est pas l&apos;e-mail du contact de facturation (Bill To). Son nom d&apos;API, p. ex. Customer_Email__c.</translation>
    </message>
    <message>
        <source>Tracking number field</source>
        <translation>Champ du numéro de suivi</translation>
    </message>
    <message>
        <source>Optional: the API name of the order field holding the tracking number. A number appearing here is a new shipment.</source>
        <translation>Facultatif&#xa0;: le nom d&apos;API du champ de commande qui contient le numéro de suivi. Un numéro qui apparaît ici est une nouvelle expédition.</translation>
    </message>
    <message>
        <source>Carrier field</source>
        <translation>Champ du transporteur</translation>
    </message>
    <message>
        <source>Optional: the API name of the order field naming the carrier.</source>
        <translation>Facultatif&#xa0;: le nom d&apos;API du champ de commande qui indique le transporteur.</translation>
    </message>
    <message>
        <source>Tracking link field</source>
        <translation>Champ du lien de suivi</translation>
    </message>
    <message>
        <source>Optional: the API name of the order field holding the tracking page address.</source>
        <translation>Facultatif&#xa0;: le nom d&apos;API du champ de commande qui contient l&apos;adresse de la page de suivi.</translation>
    </message>
    <message>
        <source>Callback URL (sign-in)</source>
        <translation>URL de rappel (connexion)</translation>
    </message>
    <message>
        <source>The callback URL entered in your app in Salesforce; Salesforce accepts only that exact address. Leave empty for %1.</source>
        <translation>L&apos;URL de rappel saisie dans votre application dans Salesforce&#xa0;; Salesforce n&apos;accepte que cette adresse exacte. Laissez vide pour %1.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Leave empty for %1.</source>
        <translation>Laissez vide pour %1.</translation>
    </message>
    <message>
        <source>In Salesforce Setup, open External Client App Manager and click &quot;New External Client App&quot; (older orgs: App Manager → &quot;New Connected App&quot;). Enable OAuth with the scopes &quot;Manage user data via APIs (api)&quot; and &quot;Perform requests at any time (refresh_token, offline_access)&quot;, enter the callback URL %1, and keep &quot;Require Proof Key for Code Exchange (PKCE)&quot; on: Tidings uses it.</source>
        <translation>Dans la Configuration de Salesforce, ouvrez External Client App Manager et cliquez sur «&#xa0;New External Client App&#xa0;» (anciennes organisations&#xa0;: App Manager → «&#xa0;New Connected App&#xa0;»). Activez OAuth avec les scopes «&#xa0;Manage user data via APIs (api)&#xa0;» et «&#xa0;Perform requests at any time (refresh_token, offline_access)&#xa0;», saisissez l&apos;URL de rappel %1 et laissez «&#xa0;Require Proof Key for Code Exchange (PKCE)&#xa0;» activé&#xa0;: Tidings l&apos;utilise.</translation>
    </message>
    <message>
        <source>Under the app&apos;s policies, set &quot;Refresh Token Policy&quot; to &quot;Refresh token is valid until revoked&quot; and allow the user Tidings reads as. That user needs the &quot;API Enabled&quot; permission and read access to Orders, Contacts and Accounts.</source>
        <translation>Dans les stratégies de l&apos;application, réglez «&#xa0;Refresh Token Policy&#xa0;» sur «&#xa0;Refresh token is valid until revoked&#xa0;» et autorisez l&apos;utilisateur sous lequel Tidings lit. Cet utilisateur a besoin de l&apos;autorisation «&#xa0;API Enabled&#xa0;» et d&apos;un accès en lecture aux Commandes, Contacts et Comptes.</translation>
    </message>
    <message>
        <source>Copy the consumer key and consumer secret from the app&apos;s OAuth settings (&quot;Consumer Key and Secret&quot;). Enter the key in the settings and paste the secret here. For a sandbox, set the login address to https://test.salesforce.com.</source>
        <translation>Copiez la clé et le secret du consommateur depuis les paramètres OAuth de l&apos;application («&#xa0;Consumer Key and Secret&#xa0;»). Saisissez la clé dans les paramètres et collez le secret ici. Pour une sandbox, réglez l&apos;adresse de connexion sur https://test.salesforce.com.</translation>
    </message>
    <message>
        <source>Click &quot;Sign in with Salesforce&quot; and sign in as that user. If the app rotates refresh tokens, Tidings keeps the newest one in the keychain.</source>
        <translation>Cliquez sur «&#xa0;Se connecter avec Salesforce&#xa0;» et connectez-vous en tant que cet utilisateur. Si l&apos;application renouvelle les jetons d&apos;actualisation, Tidings garde le plus récent dans le trousseau.</translation>
    </message>
    <message>
        <source>List your order statuses in the status map, and name the fields that hold tracking numbers, if you keep them on the order.</source>
        <translation>Indiquez vos statuts de commande dans la correspondance des statuts, et nommez les champs qui contiennent les numéros de suivi, si vous les gardez sur la commande.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no Salesforce sign-in yet. Enter the connected app&apos;s consumer key and the refresh token in Connections.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas encore de connexion Salesforce. Saisissez la clé du consommateur de l&apos;application connectée et le jeton d&apos;actualisation dans Connexions.</translation>
    </message>
    <message>
        <source>The API version of &quot;%1&quot; is not a Salesforce API version like %2. Leave it empty to use %2.</source>
        <translation>La version d&apos;API de «&#xa0;%1&#xa0;» n&apos;est pas une version d&apos;API Salesforce comme %2. Laissez-la vide pour utiliser %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce field name (setting &quot;%2&quot; of &quot;%3&quot;). Enter the field&apos;s API name, e.g. Tracking_Number__c.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de champ Salesforce (paramètre «&#xa0;%2&#xa0;» de «&#xa0;%3&#xa0;»). Saisissez le nom d&apos;API du champ, p. ex. Tracking_Number__c.</translation>
    </message>
    <message>
        <source>Your Salesforce org has used %1% or more of the API requests it is allowed in 24 hours. Tidings pauses checking &quot;%2&quot; until %3 to leave the rest to your other apps.</source>
        <translation>Votre organisation Salesforce a utilisé %1 % ou plus des requêtes API autorisées sur 24 heures. Tidings suspend la vérification de «&#xa0;%2&#xa0;» jusqu&apos;à %3 pour laisser le reste à vos autres applications.</translation>
    </message>
</context>
<context>
    <name>Tidings::SampleScenarios</name>
    <message>
        <source>Many items (10)</source>
        <translation>Nombreux articles (10)</translation>
    </message>
    <message>
        <source>No tracking link</source>
        <translation>Sans lien de suivi</translation>
    </message>
    <message>
        <source>Long names</source>
        <translation>Noms longs</translation>
    </message>
    <message>
        <source>Chinese names</source>
        <translation>Noms chinois</translation>
    </message>
    <message>
        <source>Arabic names (right to left)</source>
        <translation>Noms arabes (de droite à gauche)</translation>
    </message>
    <message>
        <source>Cyrillic names</source>
        <translation>Noms cyrilliques</translation>
    </message>
    <message>
        <source>One item</source>
        <translation>Un seul article</translation>
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
        <translation>Commandes et consignations (expéditions) nouvelles ou modifiées, via les services webhook de SAP Commerce.</translation>
    </message>
    <message>
        <source>Webhook password</source>
        <translation>Mot de passe du webhook</translation>
    </message>
    <message>
        <source>Tidings made this password. Use it, with the username below, as the Basic credential of the consumed destination in SAP Commerce.</source>
        <translation>Tidings a créé ce mot de passe. Utilisez-le, avec le nom d&apos;utilisateur ci-dessous, comme identifiant Basic (Basic credential) de la destination consommée dans SAP Commerce.</translation>
    </message>
    <message>
        <source>Webhook username</source>
        <translation>Nom d&apos;utilisateur du webhook</translation>
    </message>
    <message>
        <source>The username SAP Commerce sends with the password (Basic authentication). Choose any name and enter the same one in the destination&apos;s Basic credential.</source>
        <translation>Le nom d&apos;utilisateur que SAP Commerce envoie avec le mot de passe (authentification Basic). Choisissez n&apos;importe quel nom et saisissez le même dans l&apos;identifiant Basic de la destination.</translation>
    </message>
    <message>
        <source>In Backoffice, open Integration UI Tool and model an integration object for Order (code, status, deliveryStatus, date, modifiedtime, user with uid and name, entries with quantity, basePrice and product code and name, totalPrice, currency isocode) and one for Consignment (code, status, trackingID, carrier, modifiedtime, order with code).</source>
        <translation>Dans Backoffice, ouvrez Integration UI Tool et modélisez un objet d&apos;intégration pour Order (code, status, deliveryStatus, date, modifiedtime, user avec uid et name, entries avec quantity, basePrice et product code et name, totalPrice, currency isocode) et un pour Consignment (code, status, trackingID, carrier, modifiedtime, order avec code).</translation>
    </message>
    <message>
        <source>Open System → API → Destinations, create a Basic credential with the username and password shown here, and a consumed destination with this URL: %1</source>
        <translation>Ouvrez System → API → Destinations, créez un identifiant Basic (Basic credential) avec le nom d&apos;utilisateur et le mot de passe affichés ici, et une destination consommée avec cette URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Integration UI Tool → Webhooks and create a webhook for each integration object, sending to that destination.</source>
        <translation>Ouvrez Integration UI Tool → Webhooks et créez un webhook pour chaque objet d&apos;intégration, qui envoie vers cette destination.</translation>
    </message>
    <message>
        <source>Place a test order: it appears in Tidings&apos; Monitor; a consignment that ships adds its shipment.</source>
        <translation>Passez une commande de test&#xa0;: elle apparaît dans le Suivi de Tidings&#xa0;; une consignation expédiée ajoute son expédition.</translation>
    </message>
    <message>
        <source>No webhook username or password is saved for this SAP Commerce connection, so its webhooks cannot be checked and were refused. Complete the connection in Connections.</source>
        <translation>Aucun nom d&apos;utilisateur ou mot de passe de webhook n&apos;est enregistré pour cette connexion SAP Commerce&#xa0;: ses webhooks ne peuvent pas être vérifiés et ont été refusés. Complétez la connexion dans Connexions.</translation>
    </message>
    <message>
        <source>A request reached this SAP Commerce connection&apos;s address without a username and password, so it was refused. Give the consumed destination in SAP Commerce a Basic credential with the username and password shown in Tidings.</source>
        <translation>Une requête est arrivée à l&apos;adresse de cette connexion SAP Commerce sans nom d&apos;utilisateur ni mot de passe&#xa0;; elle a donc été refusée. Donnez à la destination consommée dans SAP Commerce un identifiant Basic avec le nom d&apos;utilisateur et le mot de passe affichés dans Tidings.</translation>
    </message>
    <message>
        <source>SAP Commerce signed in with something other than a username and password (OAuth, perhaps), so the request was refused. Give the consumed destination a Basic credential with the username and password shown in Tidings.</source>
        <translation>SAP Commerce s&apos;est identifié avec autre chose qu&apos;un nom d&apos;utilisateur et un mot de passe (OAuth, peut-être)&#xa0;; la requête a donc été refusée. Donnez à la destination consommée un identifiant Basic avec le nom d&apos;utilisateur et le mot de passe affichés dans Tidings.</translation>
    </message>
    <message>
        <source>SAP Commerce sent a username or password that does not match this connection, so the request was refused. Check the Basic credential of the consumed destination in SAP Commerce against Tidings.</source>
        <translation>SAP Commerce a envoyé un nom d&apos;utilisateur ou un mot de passe qui ne correspond pas à cette connexion&#xa0;; la requête a donc été refusée. Comparez l&apos;identifiant Basic de la destination consommée dans SAP Commerce avec Tidings.</translation>
    </message>
    <message>
        <source>SAP Commerce sent a webhook whose content is not a JSON object, so it could not be read.</source>
        <translation>SAP Commerce a envoyé un webhook dont le contenu n&apos;est pas un objet JSON&#xa0;; il n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>SAP Commerce sent an order without its code, so it cannot be matched to an order. Add the attribute &quot;code&quot; to the Order integration object.</source>
        <translation>SAP Commerce a envoyé une commande sans son code&#xa0;: elle ne peut être associée à aucune commande. Ajoutez l&apos;attribut «&#xa0;code&#xa0;» à l&apos;objet d&apos;intégration Order.</translation>
    </message>
    <message>
        <source>SAP Commerce sent a consignment without its code or its order&apos;s code, so it cannot be matched to an order. Add &quot;code&quot; and &quot;order&quot; (with its code) to the Consignment integration object.</source>
        <translation>SAP Commerce a envoyé une consignation sans son code ou sans le code de sa commande&#xa0;: elle ne peut être associée à aucune commande. Ajoutez «&#xa0;code&#xa0;» et «&#xa0;order&#xa0;» (avec son code) à l&apos;objet d&apos;intégration Consignment.</translation>
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
        <translation>SAP Commerce a refusé l&apos;accès du client OAuth «&#xa0;%1&#xa0;» pour «&#xa0;%2&#xa0;», même avec un nouveau jeton. Vérifiez dans Backoffice → System → OAuth → OAuth Clients que le client existe toujours, puis vérifiez son secret dans Connexions.</translation>
    </message>
    <message>
        <source>SAP Commerce does not let the OAuth client &quot;%1&quot; read all orders of &quot;%2&quot;: the client is not trusted. In Backoffice → System → OAuth → OAuth Clients, add ROLE_TRUSTED_CLIENT to the client&apos;s authorities.</source>
        <translation>SAP Commerce ne permet pas au client OAuth «&#xa0;%1&#xa0;» de lire toutes les commandes de «&#xa0;%2&#xa0;»&#xa0;: le client n&apos;est pas de confiance. Dans Backoffice → System → OAuth → OAuth Clients, ajoutez ROLE_TRUSTED_CLIENT aux autorités du client.</translation>
    </message>
    <message>
        <source>SAP Commerce has no site &quot;%1&quot;. Check the site ID of &quot;%2&quot; in Connections (for example electronics or apparel-uk).</source>
        <translation>SAP Commerce n&apos;a pas de site «&#xa0;%1&#xa0;». Vérifiez l&apos;ID de site de «&#xa0;%2&#xa0;» dans Connexions (par exemple electronics ou apparel-uk).</translation>
    </message>
    <message>
        <source>SAP Commerce has no order feed at the address of &quot;%1&quot;. Check the API address in Connections: the address of the commerce web services (https://api.…), without /occ/v2.</source>
        <translation>SAP Commerce n&apos;a pas de flux de commandes à l&apos;adresse de «&#xa0;%1&#xa0;». Vérifiez l&apos;adresse de l&apos;API dans Connexions&#xa0;: l&apos;adresse des services web commerce (https://api.…), sans /occ/v2.</translation>
    </message>
    <message>
        <source>SAP Commerce answered with something that is not %1. A maintenance page or a proxy may be in the way; Tidings will ask again.</source>
        <translation>SAP Commerce a répondu par autre chose que %1. Une page de maintenance ou un proxy fait peut-être obstacle&#xa0;; Tidings va redemander.</translation>
    </message>
    <message>
        <source>an order</source>
        <translation>une commande</translation>
    </message>
    <message>
        <source>a list of changed orders</source>
        <translation>une liste de commandes modifiées</translation>
    </message>
    <message>
        <source>SAP Commerce Cloud</source>
        <translation>SAP Commerce Cloud</translation>
    </message>
    <message>
        <source>Order status changes and their consignments (shipments) with tracking numbers, read every few minutes through the commerce web services (OCC).</source>
        <translation>Changements de statut des commandes et leurs consignations (expéditions) avec numéros de suivi, lus toutes les quelques minutes via les services web commerce (OCC).</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secret du client OAuth</translation>
    </message>
    <message>
        <source>The secret of the OAuth client made for Tidings in Backoffice → System → OAuth → OAuth Clients.</source>
        <translation>Le secret du client OAuth créé pour Tidings dans Backoffice → System → OAuth → OAuth Clients.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>The address of the commerce web services, without /occ/v2: on Commerce Cloud the &quot;api&quot; endpoint shown in Cloud Portal → Environments.</source>
        <translation>L&apos;adresse des services web commerce, sans /occ/v2&#xa0;: sur Commerce Cloud, le point de terminaison «&#xa0;api&#xa0;» affiché dans Cloud Portal → Environments.</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>ID du site</translation>
    </message>
    <message>
        <source>The ID of the base site whose orders Tidings reads, as in /occ/v2/&lt;site&gt;.</source>
        <translation>L&apos;ID du site de base dont Tidings lit les commandes, comme dans /occ/v2/&lt;site&gt;.</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID du client OAuth</translation>
    </message>
    <message>
        <source>The ID of the OAuth client made for Tidings.</source>
        <translation>L&apos;ID du client OAuth créé pour Tidings.</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>Adresse des jetons</translation>
    </message>
    <message>
        <source>Leave empty for &lt;API address&gt;/authorizationserver/oauth/token; change it only when your authorization server lives elsewhere.</source>
        <translation>Laissez vide pour &lt;API address&gt;/authorizationserver/oauth/token&#xa0;; ne la changez que si votre serveur d&apos;autorisation se trouve ailleurs.</translation>
    </message>
    <message>
        <source>In Backoffice, open System → OAuth → OAuth Clients and create a client with the ID &quot;tidings&quot; and a long random secret.</source>
        <translation>Dans Backoffice, ouvrez System → OAuth → OAuth Clients et créez un client avec l&apos;ID «&#xa0;tidings&#xa0;» et un long secret aléatoire.</translation>
    </message>
    <message>
        <source>Give it the authority ROLE_TRUSTED_CLIENT and the grant type client_credentials, and save. Only a trusted client may read the orders of all customers; Tidings only reads.</source>
        <translation>Donnez-lui l&apos;autorité ROLE_TRUSTED_CLIENT et le type d&apos;octroi client_credentials, puis enregistrez. Seul un client de confiance peut lire les commandes de tous les clients&#xa0;; Tidings ne fait que lire.</translation>
    </message>
    <message>
        <source>Enter the API address (Cloud Portal → Environments → the &quot;api&quot; endpoint), the site ID and the client ID here, and paste the client secret.</source>
        <translation>Saisissez ici l&apos;adresse de l&apos;API (Cloud Portal → Environments → le point de terminaison «&#xa0;api&#xa0;»), l&apos;ID du site et l&apos;ID du client, et collez le secret du client.</translation>
    </message>
    <message>
        <source>Tidings reads the order status feed of the commerce web services: it lists orders whose status changed in the last hours on the server Tidings reaches. A consignment that ships without changing its order&apos;s status is read when the order&apos;s status next changes.</source>
        <translation>Tidings lit le flux de statut des commandes des services web commerce&#xa0;: il liste les commandes dont le statut a changé ces dernières heures sur le serveur que Tidings joint. Une consignation expédiée sans changer le statut de sa commande est lue au prochain changement de statut de la commande.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which SAP Commerce site to read or which OAuth client to use. Enter the site ID and the client ID in Connections.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;indique pas quel site SAP Commerce lire ni quel client OAuth utiliser. Saisissez l&apos;ID du site et l&apos;ID du client dans Connexions.</translation>
    </message>
    <message>
        <source>No OAuth client secret is saved for &quot;%1&quot;, so its orders cannot be read. Paste the client&apos;s secret in Connections.</source>
        <translation>Aucun secret de client OAuth n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: ses commandes ne peuvent pas être lues. Collez le secret du client dans Connexions.</translation>
    </message>
</context>
<context>
    <name>Tidings::SecretBatch</name>
    <message>
        <source>Tidings could not read its saved passwords and keys. Restart Tidings and try again.</source>
        <translation>Tidings n&apos;a pas pu lire ses mots de passe et clés enregistrés. Redémarrez Tidings et réessayez.</translation>
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
        <translation>E-mails envoyés via l&apos;API v3 Mail Send de Twilio SendGrid.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>SendGrid → Settings → API Keys → Create API Key, with Restricted Access and only &quot;Mail Send&quot; allowed. It starts with SG.</source>
        <translation>SendGrid → Settings → API Keys → Create API Key, avec Restricted Access et seulement «&#xa0;Mail Send&#xa0;» autorisé. Elle commence par SG.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>https://api.sendgrid.com, or https://api.eu.sendgrid.com for EU accounts.</source>
        <translation>https://api.sendgrid.com, ou https://api.eu.sendgrid.com pour les comptes EU.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>A verified sender or an address of an authenticated domain.</source>
        <translation>Un expéditeur vérifié ou une adresse d&apos;un domaine authentifié.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Ce que les clients voient comme expéditeur.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Là où vont les réponses des clients, si ce n&apos;est pas à l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Mode sandbox</translation>
    </message>
    <message>
        <source>true: SendGrid checks each message but delivers nothing.</source>
        <translation>true&#xa0;: SendGrid vérifie chaque message mais ne livre rien.</translation>
    </message>
    <message>
        <source>Dynamic template ID</source>
        <translation>ID du modèle dynamique</translation>
    </message>
    <message>
        <source>Optional: send with a SendGrid dynamic template (Email API → Dynamic Templates, an ID starting with &quot;d-&quot;) instead of Tidings&apos; own design. The template gets the order, customer, shipment, items and brand, and the subject as {{subject}}.</source>
        <translation>Facultatif&#xa0;: envoyer avec un modèle dynamique SendGrid (Email API → Dynamic Templates, un ID commençant par «&#xa0;d-&#xa0;») au lieu de la mise en page de Tidings. Le modèle reçoit la commande, le client, l&apos;expédition, les articles et la marque, et l&apos;objet sous {{subject}}.</translation>
    </message>
    <message>
        <source>In SendGrid, open Settings → Sender Authentication and verify your sender address or authenticate your shop&apos;s domain.</source>
        <translation>Dans SendGrid, ouvrez Settings → Sender Authentication et vérifiez votre adresse d&apos;expéditeur ou authentifiez le domaine de votre boutique.</translation>
    </message>
    <message>
        <source>Open Settings → API Keys → Create API Key. Choose Restricted Access, allow only Mail Send, and create it.</source>
        <translation>Ouvrez Settings → API Keys → Create API Key. Choisissez Restricted Access, n&apos;autorisez que Mail Send, et créez-la.</translation>
    </message>
    <message>
        <source>Copy the key (SendGrid shows it once) and paste it here.</source>
        <translation>Copiez la clé (SendGrid ne l&apos;affiche qu&apos;une fois) et collez-la ici.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>Aucune clé API n&apos;est enregistrée pour %1.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>La clé API enregistrée pour %1 contient des espaces ou des sauts de ligne. Collez-la de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>Aucune adresse d&apos;expéditeur n&apos;est définie pour %1. Ajoutez-en une dans Canaux.</translation>
    </message>
    <message>
        <source>The dynamic template ID of %1 is not one SendGrid gives (they start with &quot;d-&quot;). Copy it again from SendGrid → Email API → Dynamic Templates.</source>
        <translation>L&apos;ID de modèle dynamique de %1 n&apos;est pas un ID fourni par SendGrid (ils commencent par «&#xa0;d-&#xa0;»). Copiez-le de nouveau depuis SendGrid → Email API → Dynamic Templates.</translation>
    </message>
    <message>
        <source>SendGrid refused the API key. Check the key in Channels.</source>
        <translation>SendGrid a refusé la clé API. Vérifiez la clé dans Canaux.</translation>
    </message>
    <message>
        <source>SendGrid accepted the API key, but the key may not send mail. In SendGrid, open Settings → API Keys and give the key the &quot;Mail Send&quot; permission (or create a new key).</source>
        <translation>SendGrid a accepté la clé API, mais la clé ne peut pas envoyer d&apos;e-mails. Dans SendGrid, ouvrez Settings → API Keys et donnez à la clé l&apos;autorisation «&#xa0;Mail Send&#xa0;» (ou créez une nouvelle clé).</translation>
    </message>
    <message>
        <source>the API key may send mail (sandbox mode is on: SendGrid checks messages but delivers none).</source>
        <translation>la clé API peut envoyer des e-mails (le mode sandbox est activé&#xa0;: SendGrid vérifie les messages mais n&apos;en livre aucun).</translation>
    </message>
    <message>
        <source>the API key may send mail.</source>
        <translation>la clé API peut envoyer des e-mails.</translation>
    </message>
    <message>
        <source>SendGrid is limiting how fast this account may send. Tidings will try again when SendGrid allows it.</source>
        <translation>SendGrid limite le rythme d&apos;envoi de ce compte. Tidings réessaiera quand SendGrid le permettra.</translation>
    </message>
    <message>
        <source>SendGrid had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>SendGrid a eu un problème temporaire (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>SendGrid took too long to read the message. Tidings will try again.</source>
        <translation>SendGrid a mis trop de temps à lire le message. Tidings va réessayer.</translation>
    </message>
    <message>
        <source>SendGrid rejected the message.</source>
        <translation>SendGrid a rejeté le message.</translation>
    </message>
    <message>
        <source>SendGrid rejected the message: %1</source>
        <translation>SendGrid a rejeté le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>SendGrid refused to send from this address. Verify the sender in your SendGrid account (Sender Authentication).</source>
        <translation>SendGrid a refusé d&apos;envoyer depuis cette adresse. Vérifiez l&apos;expéditeur dans votre compte SendGrid (Sender Authentication).</translation>
    </message>
    <message>
        <source>SendGrid did not recognise the request (HTTP %1). Check the SendGrid server address in Channels.</source>
        <translation>SendGrid n&apos;a pas reconnu la requête (HTTP %1). Vérifiez l&apos;adresse du serveur SendGrid dans Canaux.</translation>
    </message>
    <message>
        <source>The message is too large for SendGrid. Make the email smaller (SendGrid accepts up to 30 MB including attachments).</source>
        <translation>Le message est trop volumineux pour SendGrid. Allégez l&apos;e-mail (SendGrid accepte jusqu&apos;à 30 Mo, pièces jointes comprises).</translation>
    </message>
    <message>
        <source>SendGrid answered with a redirect (HTTP %1). Check the SendGrid server address in Channels.</source>
        <translation>SendGrid a répondu par une redirection (HTTP %1). Vérifiez l&apos;adresse du serveur SendGrid dans Canaux.</translation>
    </message>
    <message>
        <source>SendGrid refused the message (HTTP %1).</source>
        <translation>SendGrid a refusé le message (HTTP %1).</translation>
    </message>
    <message>
        <source>SendGrid refused the message (HTTP %1): %2</source>
        <translation>SendGrid a refusé le message (HTTP %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tidings::SentMessage</name>
    <message>
        <source>Tidings could not read this message.</source>
        <translation>Tidings n’a pas pu lire ce message.</translation>
    </message>
    <message>
        <source>This message is no longer in the database.</source>
        <translation>Ce message n’est plus dans la base de données.</translation>
    </message>
    <message>
        <source>The template of this message (&quot;%1&quot;) is not stored.</source>
        <translation>Le modèle de ce message («&#xa0;%1&#xa0;») n’est pas enregistré.</translation>
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
        <translation>E-mails envoyés via Amazon Simple Email Service (API v2 SendEmail).</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clé d&apos;accès</translation>
    </message>
    <message>
        <source>IAM → Users → your sending user → Security credentials → Create access key. It starts with AKIA.</source>
        <translation>IAM → Utilisateurs → votre utilisateur d&apos;envoi → Informations d&apos;identification de sécurité → Créer une clé d&apos;accès. Il commence par AKIA.</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d&apos;accès secrète</translation>
    </message>
    <message>
        <source>Shown once, next to the access key ID.</source>
        <translation>Affichée une seule fois, à côté de l&apos;ID de clé d&apos;accès.</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Jeton de session</translation>
    </message>
    <message>
        <source>Only for temporary credentials (they start with ASIA).</source>
        <translation>Uniquement pour des identifiants temporaires (ils commencent par ASIA).</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Leave empty to use https://email.&lt;region&gt;.amazonaws.com for the region below.</source>
        <translation>Laissez vide pour utiliser https://email.&lt;region&gt;.amazonaws.com pour la région ci-dessous.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>The AWS region where your SES identities are verified, e.g. us-east-1 or eu-west-1. Sending limits are per region: 1 message a second and 200 a day while the account is in the SES sandbox; production limits are shown on the SES account dashboard.</source>
        <translation>La région AWS où vos identités SES sont vérifiées, p. ex. us-east-1 ou eu-west-3. Les limites d&apos;envoi sont par région&#xa0;: 1 message par seconde et 200 par jour tant que le compte est dans le sandbox SES&#xa0;; les limites de production sont affichées dans le tableau de bord du compte SES.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>An address or domain verified in SES in that region.</source>
        <translation>Une adresse ou un domaine vérifié dans SES dans cette région.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Ce que les clients voient comme expéditeur.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Là où vont les réponses des clients, si ce n&apos;est pas à l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Configuration set</source>
        <translation>Jeu de configuration</translation>
    </message>
    <message>
        <source>Optional: the SES configuration set that records deliveries, bounces and complaints.</source>
        <translation>Facultatif&#xa0;: le jeu de configuration SES qui enregistre les livraisons, les retours et les plaintes.</translation>
    </message>
    <message>
        <source>In the Amazon SES console, choose your region and open Identities → Create identity. Verify your shop&apos;s domain (recommended) or the sender address.</source>
        <translation>Dans la console Amazon SES, choisissez votre région et ouvrez Identités → Créer une identité. Vérifiez le domaine de votre boutique (recommandé) ou l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>New SES accounts are in the sandbox: they may send only to verified addresses, 1 message a second and 200 a day. Open Account dashboard → Request production access to send to customers.</source>
        <translation>Les nouveaux comptes SES sont dans le sandbox&#xa0;: ils ne peuvent envoyer qu&apos;à des adresses vérifiées, 1 message par seconde et 200 par jour. Ouvrez Tableau de bord du compte → Demander l&apos;accès à la production pour envoyer aux clients.</translation>
    </message>
    <message>
        <source>In IAM, create a user for Tidings with only the ses:SendEmail and ses:GetAccount permissions (GetAccount lets Test Connection show the sandbox state and sending quota), then Security credentials → Create access key.</source>
        <translation>Dans IAM, créez pour Tidings un utilisateur avec uniquement les autorisations ses:SendEmail et ses:GetAccount (GetAccount permet à «&#xa0;Tester la connexion&#xa0;» d&apos;afficher l&apos;état du sandbox et le quota d&apos;envoi), puis Informations d&apos;identification de sécurité → Créer une clé d&apos;accès.</translation>
    </message>
    <message>
        <source>Paste the access key ID and secret access key here, and set the region to the one of step 1.</source>
        <translation>Collez ici l&apos;ID de clé d&apos;accès et la clé d&apos;accès secrète, et réglez la région sur celle de l&apos;étape 1.</translation>
    </message>
    <message>
        <source>No AWS access key is saved for %1.</source>
        <translation>Aucune clé d&apos;accès AWS n&apos;est enregistrée pour %1.</translation>
    </message>
    <message>
        <source>The AWS keys saved for %1 contain spaces or line breaks. Paste them again in Channels.</source>
        <translation>Les clés AWS enregistrées pour %1 contiennent des espaces ou des sauts de ligne. Collez-les de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>“%1” is not an AWS region. Use a region name such as us-east-1 in Channels.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une région AWS. Utilisez un nom de région comme us-east-1 dans Canaux.</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>Aucune adresse d&apos;expéditeur n&apos;est définie pour %1. Ajoutez-en une dans Canaux.</translation>
    </message>
    <message>
        <source>The configuration set of %1 contains a line break.</source>
        <translation>Le jeu de configuration de %1 contient un saut de ligne.</translation>
    </message>
    <message>
        <source>The subject contains a line break, which could be used to add hidden email headers. Remove line breaks from the template&apos;s subject.</source>
        <translation>L&apos;objet contient un saut de ligne, qui pourrait servir à ajouter des en-têtes d&apos;e-mail cachés. Retirez les sauts de ligne de l&apos;objet du modèle.</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a line break, so the message was not sent.</source>
        <translation>Le nom du client contient un saut de ligne&#xa0;: le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>The sender name of %1 contains a line break. Correct it in Channels.</source>
        <translation>Le nom d&apos;expéditeur de %1 contient un saut de ligne. Corrigez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The notification has no recipient address.</source>
        <translation>La notification n&apos;a pas d&apos;adresse de destinataire.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The sender address of %1 is not an email address. Correct it in Channels.</source>
        <translation>L&apos;adresse d&apos;expéditeur de %1 n&apos;est pas une adresse e-mail. Corrigez-la dans Canaux.</translation>
    </message>
    <message>
        <source>The reply-to address of %1 is not an email address. Correct it in Channels.</source>
        <translation>L&apos;adresse de réponse de %1 n&apos;est pas une adresse e-mail. Corrigez-la dans Canaux.</translation>
    </message>
    <message>
        <source>The message has no subject.</source>
        <translation>Le message n&apos;a pas d&apos;objet.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML content.</source>
        <translation>Le message n&apos;a ni texte ni contenu HTML.</translation>
    </message>
    <message>
        <source>the AWS keys work in %1, but they may not read the SES account status (allow ses:GetAccount in IAM to see the sandbox state and sending quota here); only a test message proves they may send.</source>
        <translation>les clés AWS fonctionnent dans %1, mais elles ne peuvent pas lire l&apos;état du compte SES (autorisez ses:GetAccount dans IAM pour voir ici l&apos;état du sandbox et le quota d&apos;envoi)&#xa0;; seul un message de test prouve qu&apos;elles peuvent envoyer.</translation>
    </message>
    <message>
        <source>Amazon SES did not accept the connection check (HTTP %1). Check the server address and region in Channels.</source>
        <translation>Amazon SES n&apos;a pas accepté la vérification de connexion (HTTP %1). Vérifiez l&apos;adresse du serveur et la région dans Canaux.</translation>
    </message>
    <message>
        <source>Amazon SES answered the connection check in an unexpected way. Check the server address in Channels.</source>
        <translation>Amazon SES a répondu à la vérification de connexion de façon inattendue. Vérifiez l&apos;adresse du serveur dans Canaux.</translation>
    </message>
    <message>
        <source>The AWS keys work, but sending is paused for this SES account in %1. Open the SES console&apos;s Account dashboard to see why and resume sending.</source>
        <translation>Les clés AWS fonctionnent, mais l&apos;envoi est suspendu pour ce compte SES dans %1. Ouvrez le tableau de bord du compte dans la console SES pour savoir pourquoi et reprendre l&apos;envoi.</translation>
    </message>
    <message>
        <source>the AWS keys work; the SES account in %1 has production access and may send %2 messages a day, %3 a second (%4 sent in the last 24 hours).</source>
        <translation>les clés AWS fonctionnent&#xa0;; le compte SES dans %1 a l&apos;accès à la production et peut envoyer %2 messages par jour, %3 par seconde (%4 envoyés ces dernières 24 heures).</translation>
    </message>
    <message>
        <source>the AWS keys work, but the SES account in %1 is still in the sandbox: it may send only to verified addresses, %2 messages a day, %3 a second (%4 sent in the last 24 hours). Request production access in the SES console&apos;s Account dashboard to send to customers.</source>
        <translation>les clés AWS fonctionnent, mais le compte SES dans %1 est encore dans le sandbox&#xa0;: il ne peut envoyer qu&apos;à des adresses vérifiées, %2 messages par jour, %3 par seconde (%4 envoyés ces dernières 24 heures). Demandez l&apos;accès à la production dans le tableau de bord du compte de la console SES pour envoyer aux clients.</translation>
    </message>
    <message>
        <source>Amazon SES has put the account on probation for its bounce or complaint rate: see Reputation metrics in the SES console.</source>
        <translation>Amazon SES a placé le compte en période probatoire à cause de son taux de retours ou de plaintes&#xa0;: voir les métriques de réputation dans la console SES.</translation>
    </message>
    <message>
        <source>Amazon SES answered without a message ID, so Tidings cannot tell whether the message was sent. Check the SES sending statistics before sending it again.</source>
        <translation>Amazon SES a répondu sans ID de message&#xa0;: Tidings ne peut pas savoir si le message a été envoyé. Consultez les statistiques d&apos;envoi SES avant de le renvoyer.</translation>
    </message>
    <message>
        <source>Amazon SES is limiting how fast this account may send (%1). Tidings will try again shortly.</source>
        <translation>Amazon SES limite le rythme d&apos;envoi de ce compte (%1). Tidings va réessayer sous peu.</translation>
    </message>
    <message>
        <source>Amazon SES had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Amazon SES a eu un problème temporaire (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Amazon SES is in sandbox mode: verify the recipient or request production access. (%1)</source>
        <translation>Amazon SES est en mode sandbox&#xa0;: vérifiez le destinataire ou demandez l&apos;accès à la production. (%1)</translation>
    </message>
    <message>
        <source>Amazon SES rejected the message.</source>
        <translation>Amazon SES a rejeté le message.</translation>
    </message>
    <message>
        <source>Amazon SES rejected the message: %1</source>
        <translation>Amazon SES a rejeté le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Amazon SES refused the sender: its MAIL FROM domain is not verified. Finish the custom MAIL FROM setup in SES (Identities) or turn it off.</source>
        <translation>Amazon SES a refusé l&apos;expéditeur&#xa0;: son domaine MAIL FROM n&apos;est pas vérifié. Terminez la configuration MAIL FROM personnalisée dans SES (Identités) ou désactivez-la.</translation>
    </message>
    <message>
        <source>Amazon SES has suspended sending for this AWS account. Open the SES console&apos;s Account dashboard to see why.</source>
        <translation>Amazon SES a suspendu l&apos;envoi pour ce compte AWS. Ouvrez le tableau de bord du compte dans la console SES pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>Sending is paused for this SES account or configuration set. Resume sending in the SES console.</source>
        <translation>L&apos;envoi est suspendu pour ce compte SES ou ce jeu de configuration. Reprenez l&apos;envoi dans la console SES.</translation>
    </message>
    <message>
        <source>Amazon SES does not know the configuration set of this channel. Check its name in Channels.</source>
        <translation>Amazon SES ne connaît pas le jeu de configuration de ce canal. Vérifiez son nom dans Canaux.</translation>
    </message>
    <message>
        <source>Amazon SES refused the request as too old: check that this computer&apos;s clock and time zone are right, and that temporary keys have not expired.</source>
        <translation>Amazon SES a refusé la requête comme trop ancienne&#xa0;: vérifiez que l&apos;horloge et le fuseau horaire de cet ordinateur sont justes, et que les clés temporaires n&apos;ont pas expiré.</translation>
    </message>
    <message>
        <source>The AWS user of these keys may not send email. Allow ses:SendEmail for it in IAM.</source>
        <translation>L&apos;utilisateur AWS de ces clés n&apos;a pas le droit d&apos;envoyer des e-mails. Autorisez-lui ses:SendEmail dans IAM.</translation>
    </message>
    <message>
        <source>Amazon SES refused the AWS keys. Check the access key ID and secret access key in Channels (and that this computer&apos;s clock is right).</source>
        <translation>Amazon SES a refusé les clés AWS. Vérifiez l&apos;ID de clé d&apos;accès et la clé d&apos;accès secrète dans Canaux (et que l&apos;horloge de cet ordinateur est juste).</translation>
    </message>
    <message>
        <source>Amazon SES refused the request as invalid.</source>
        <translation>Amazon SES a refusé la requête comme non valide.</translation>
    </message>
    <message>
        <source>Amazon SES refused the request as invalid: %1</source>
        <translation>Amazon SES a refusé la requête comme non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Amazon SES did not recognise the request (HTTP %1). Check the server address in Channels.</source>
        <translation>Amazon SES n&apos;a pas reconnu la requête (HTTP %1). Vérifiez l&apos;adresse du serveur dans Canaux.</translation>
    </message>
    <message>
        <source>Amazon SES refused the message (HTTP %1).</source>
        <translation>Amazon SES a refusé le message (HTTP %1).</translation>
    </message>
    <message>
        <source>Amazon SES refused the message (HTTP %1): %2</source>
        <translation>Amazon SES a refusé le message (HTTP %1)&#xa0;: %2</translation>
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
        <translation>Nouvelles commandes, paiements, annulations, remboursements, expéditions et niveaux de stock.</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Secret de signature des webhooks</translation>
    </message>
    <message>
        <source>Shopify shows it under Settings → Notifications → Webhooks: &quot;Your webhooks will be signed with …&quot;. Copy it here.</source>
        <translation>Shopify l&apos;affiche sous Paramètres → Notifications → Webhooks&#xa0;: «&#xa0;Vos webhooks seront signés avec …&#xa0;». Copiez-le ici.</translation>
    </message>
    <message>
        <source>In Shopify admin, open Settings → Notifications → Webhooks.</source>
        <translation>Dans l&apos;interface administrateur Shopify, ouvrez Paramètres → Notifications → Webhooks.</translation>
    </message>
    <message>
        <source>Click &quot;Create webhook&quot;, choose the event &quot;Order creation&quot;, format JSON, and paste this URL: %1</source>
        <translation>Cliquez sur «&#xa0;Créer un webhook&#xa0;», choisissez l&apos;événement «&#xa0;Création de commande&#xa0;», le format JSON, et collez cette URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy the signing secret shown under the list of webhooks and paste it into Tidings.</source>
        <translation>Copiez le secret de signature affiché sous la liste des webhooks et collez-le dans Tidings.</translation>
    </message>
    <message>
        <source>Click &quot;Send test notification&quot; in Shopify: the event appears in Tidings&apos; Monitor.</source>
        <translation>Cliquez sur «&#xa0;Envoyer une notification test&#xa0;» dans Shopify&#xa0;: l&apos;événement apparaît dans le Suivi de Tidings.</translation>
    </message>
    <message>
        <source>Test item from Tidings</source>
        <translation>Article de test de Tidings</translation>
    </message>
    <message>
        <source>A test event sent by Tidings to check this connection. Nobody is notified.</source>
        <translation>Un événement de test envoyé par Tidings pour vérifier cette connexion. Personne n&apos;est prévenu.</translation>
    </message>
    <message>
        <source>A request reached this shop&apos;s webhook address without a Shopify signature, so it was refused. Only Shopify should send requests to this address.</source>
        <translation>Une requête est arrivée à l&apos;adresse du webhook de cette boutique sans signature Shopify&#xa0;; elle a donc été refusée. Seul Shopify doit envoyer des requêtes à cette adresse.</translation>
    </message>
    <message>
        <source>No webhook signing secret is saved for this shop, so its webhooks cannot be checked and were refused. Add the secret in Connections.</source>
        <translation>Aucun secret de signature des webhooks n&apos;est enregistré pour cette boutique&#xa0;: ses webhooks ne peuvent pas être vérifiés et ont été refusés. Ajoutez le secret dans Connexions.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match the signing secret saved for this shop. Check the secret in Connections.</source>
        <translation>La signature du webhook ne correspond pas au secret de signature enregistré pour cette boutique. Vérifiez le secret dans Connexions.</translation>
    </message>
    <message>
        <source>Shopify sent a webhook without a topic, so Tidings cannot tell what happened.</source>
        <translation>Shopify a envoyé un webhook sans sujet (topic)&#xa0;: Tidings ne peut pas savoir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Shopify sent a webhook (%1) whose content is not valid JSON, so it could not be read.</source>
        <translation>Shopify a envoyé un webhook (%1) dont le contenu n&apos;est pas un JSON valide&#xa0;; il n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Shopify sent a webhook (%1) whose content is not a JSON object, so it is not an order or a fulfillment.</source>
        <translation>Shopify a envoyé un webhook (%1) dont le contenu n&apos;est pas un objet JSON&#xa0;: ce n&apos;est ni une commande ni un traitement.</translation>
    </message>
    <message>
        <source>Shopify sent an order without an id, so it cannot be matched to an order.</source>
        <translation>Shopify a envoyé une commande sans id&#xa0;: elle ne peut être associée à aucune commande.</translation>
    </message>
    <message>
        <source>Shopify sent a fulfillment without its id or its order&apos;s id, so it cannot be matched to an order.</source>
        <translation>Shopify a envoyé un traitement sans son id ou sans l&apos;id de sa commande&#xa0;: il ne peut être associé à aucune commande.</translation>
    </message>
    <message>
        <source>Shopify sent a delivery update without its shipment or order, so it cannot be matched to an order.</source>
        <translation>Shopify a envoyé une mise à jour de livraison sans son expédition ou sa commande&#xa0;: elle ne peut être associée à aucune commande.</translation>
    </message>
    <message>
        <source>Shopify sent a refund without its order, so it cannot be matched to an order.</source>
        <translation>Shopify a envoyé un remboursement sans sa commande&#xa0;: il ne peut être associé à aucune commande.</translation>
    </message>
    <message>
        <source>Shopify sent a stock update without its inventory item, so it cannot be matched to a product.</source>
        <translation>Shopify a envoyé une mise à jour de stock sans son article en stock&#xa0;: elle ne peut être associée à aucun produit.</translation>
    </message>
    <message>
        <source>Repeat for &quot;Order update&quot;, &quot;Order payment&quot;, &quot;Order cancellation&quot;, &quot;Order fulfillment&quot;, &quot;Fulfillment creation&quot;, &quot;Fulfillment update&quot;, &quot;Refund create&quot;, &quot;Inventory level update&quot; and &quot;Product update&quot; (it names the SKU of each stock level).</source>
        <translation>Répétez pour «&#xa0;Mise à jour de commande&#xa0;», «&#xa0;Paiement de commande&#xa0;», «&#xa0;Annulation de commande&#xa0;», «&#xa0;Traitement de commande&#xa0;», «&#xa0;Création de traitement&#xa0;», «&#xa0;Mise à jour de traitement&#xa0;», «&#xa0;Création de remboursement&#xa0;», «&#xa0;Mise à jour du niveau de stock&#xa0;» et «&#xa0;Mise à jour de produit&#xa0;» (cet événement indique le SKU de chaque niveau de stock).</translation>
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
        <translation>Nouvelles commandes, paiements, annulations, remboursements, traitements et suivi, lus toutes les quelques minutes.</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Jeton d&apos;accès de l&apos;API Admin</translation>
    </message>
    <message>
        <source>Starts with &quot;shpat_&quot;. Shopify shows it once, when the app is installed.</source>
        <translation>Commence par «&#xa0;shpat_&#xa0;». Shopify ne l&apos;affiche qu&apos;une fois, à l&apos;installation de l&apos;application.</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Adresse de la boutique</translation>
    </message>
    <message>
        <source>Your shop&apos;s myshopify.com address, not its public domain.</source>
        <translation>L&apos;adresse myshopify.com de votre boutique, pas son domaine public.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Leave empty unless Shopify support asks for another.</source>
        <translation>Laissez vide, sauf si l&apos;assistance Shopify en demande une autre.</translation>
    </message>
    <message>
        <source>In Shopify admin, open Settings → Apps and sales channels → Develop apps, and click &quot;Create an app&quot;. Name it &quot;Tidings&quot;.</source>
        <translation>Dans l&apos;interface administrateur Shopify, ouvrez Paramètres → Applications et canaux de vente → Développer des applications, et cliquez sur «&#xa0;Créer une application&#xa0;». Nommez-la «&#xa0;Tidings&#xa0;».</translation>
    </message>
    <message>
        <source>Under Configuration → Admin API integration, tick read_orders (and read_all_orders to reach back more than 60 days), then Save.</source>
        <translation>Sous Configuration → Intégration de l&apos;API Admin, cochez read_orders (et read_all_orders pour remonter à plus de 60 jours), puis Enregistrer.</translation>
    </message>
    <message>
        <source>Click &quot;Install app&quot;, then reveal the Admin API access token once and paste it here.</source>
        <translation>Cliquez sur «&#xa0;Installer l&apos;application&#xa0;», puis affichez une fois le jeton d&apos;accès de l&apos;API Admin et collez-le ici.</translation>
    </message>
    <message>
        <source>Shopify answered with something that is not the list of orders Tidings asked for. Tidings will ask again.</source>
        <translation>Shopify a répondu par autre chose que la liste de commandes demandée par Tidings. Tidings va redemander.</translation>
    </message>
    <message>
        <source>Shopify asked Tidings to slow down. Tidings will ask again when Shopify allows it.</source>
        <translation>Shopify a demandé à Tidings de ralentir. Tidings redemandera quand Shopify le permettra.</translation>
    </message>
    <message>
        <source>Shopify refused Tidings&apos; question about orders: %1. Check that the access token may read orders (read_orders).</source>
        <translation>Shopify a refusé la demande de Tidings sur les commandes&#xa0;: %1. Vérifiez que le jeton d&apos;accès peut lire les commandes (read_orders).</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer did not contain the list of orders. Tidings will ask again.</source>
        <translation>La réponse de Shopify ne contenait pas la liste des commandes. Tidings va redemander.</translation>
    </message>
    <message>
        <source>No Shopify access token is saved for &quot;%1&quot;, so its orders cannot be read. Add the Admin API access token in Connections.</source>
        <translation>Aucun jeton d&apos;accès Shopify n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: ses commandes ne peuvent pas être lues. Ajoutez le jeton d&apos;accès de l&apos;API Admin dans Connexions.</translation>
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
        <translation>Un message dans le canal Slack de votre équipe via une application Slack (chat.postMessage).</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Jeton du bot</translation>
    </message>
    <message>
        <source>Slack app settings → OAuth &amp; Permissions → Bot User OAuth Token. It starts with xoxb-.</source>
        <translation>Paramètres de l&apos;application Slack → OAuth &amp; Permissions → Bot User OAuth Token. Il commence par xoxb-.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Leave empty for https://slack.com.</source>
        <translation>Laissez vide pour https://slack.com.</translation>
    </message>
    <message>
        <source>Slack channel</source>
        <translation>Canal Slack</translation>
    </message>
    <message>
        <source>The channel&apos;s ID (in Slack: the channel&apos;s name → About → Channel ID), e.g. C0123456789.</source>
        <translation>L&apos;ID du canal (dans Slack&#xa0;: nom du canal → À propos → ID du canal), p. ex. C0123456789.</translation>
    </message>
    <message>
        <source>Open api.slack.com/apps → Create New App → From scratch, and pick your workspace.</source>
        <translation>Ouvrez api.slack.com/apps → Create New App → From scratch, et choisissez votre espace de travail.</translation>
    </message>
    <message>
        <source>Under OAuth &amp; Permissions → Scopes → Bot Token Scopes, add chat:write.</source>
        <translation>Sous OAuth &amp; Permissions → Scopes → Bot Token Scopes, ajoutez chat:write.</translation>
    </message>
    <message>
        <source>Click Install to Workspace and allow it. Copy the Bot User OAuth Token (xoxb-…) and paste it here.</source>
        <translation>Cliquez sur Install to Workspace et autorisez. Copiez le Bot User OAuth Token (xoxb-…) et collez-le ici.</translation>
    </message>
    <message>
        <source>In Slack, open the channel for order news and type /invite @your-app-name, so the app may post there.</source>
        <translation>Dans Slack, ouvrez le canal des nouvelles de commandes et tapez /invite @nom-de-votre-app, pour que l&apos;application puisse y publier.</translation>
    </message>
    <message>
        <source>Copy the channel ID (channel name → About, at the bottom) into Slack channel.</source>
        <translation>Copiez l&apos;ID du canal (nom du canal → À propos, tout en bas) dans Canal Slack.</translation>
    </message>
    <message>
        <source>No bot token is saved for %1.</source>
        <translation>Aucun jeton de bot n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>The bot token saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Le jeton de bot enregistré pour %1 contient des espaces ou des sauts de ligne. Collez-le de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>No Slack channel is set for %1. Add the channel ID in Channels.</source>
        <translation>Aucun canal Slack n&apos;est défini pour %1. Ajoutez l&apos;ID du canal dans Canaux.</translation>
    </message>
    <message>
        <source>The Slack channel of %1 contains spaces or line breaks. Use the channel ID, e.g. C0123456789.</source>
        <translation>Le canal Slack de %1 contient des espaces ou des sauts de ligne. Utilisez l&apos;ID du canal, p. ex. C0123456789.</translation>
    </message>
    <message>
        <source>The subject contains a line break. Remove line breaks from the template&apos;s subject.</source>
        <translation>L&apos;objet contient un saut de ligne. Retirez les sauts de ligne de l&apos;objet du modèle.</translation>
    </message>
    <message>
        <source>The message has neither a subject nor text.</source>
        <translation>Le message n&apos;a ni objet ni texte.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Tidings · notification %1</source>
        <translation>Tidings · notification %1</translation>
    </message>
    <message>
        <source>%1 · Tidings notification %2</source>
        <translation>%1 · notification Tidings %2</translation>
    </message>
    <message>
        <source>Track the parcel</source>
        <translation>Suivre le colis</translation>
    </message>
    <message>
        <source>Slack is limiting how often this app may call it. Try the check again in a minute.</source>
        <translation>Slack limite la fréquence des appels de cette application. Relancez la vérification dans une minute.</translation>
    </message>
    <message>
        <source>Slack had a temporary problem (%1). Try the check again later.</source>
        <translation>Slack a eu un problème temporaire (%1). Relancez la vérification plus tard.</translation>
    </message>
    <message>
        <source>Slack refused the check (HTTP %1).</source>
        <translation>Slack a refusé la vérification (HTTP %1).</translation>
    </message>
    <message>
        <source>Slack refused the check: %1</source>
        <translation>Slack a refusé la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Slack bot token works, but the app may not post messages. Add the chat:write scope under OAuth &amp; Permissions, reinstall the app and paste the new token in Channels.</source>
        <translation>Le jeton du bot Slack fonctionne, mais l&apos;application ne peut pas publier de messages. Ajoutez le scope chat:write sous OAuth &amp; Permissions, réinstallez l&apos;application et collez le nouveau jeton dans Canaux.</translation>
    </message>
    <message>
        <source>the bot token works and may post messages.</source>
        <translation>le jeton du bot fonctionne et peut publier des messages.</translation>
    </message>
    <message>
        <source>the bot token works.</source>
        <translation>le jeton du bot fonctionne.</translation>
    </message>
    <message>
        <source>the bot token works in the workspace “%1” and may post messages.</source>
        <translation>le jeton du bot fonctionne dans l&apos;espace de travail «&#xa0;%1&#xa0;» et peut publier des messages.</translation>
    </message>
    <message>
        <source>the bot token works in the workspace “%1”.</source>
        <translation>le jeton du bot fonctionne dans l&apos;espace de travail «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Slack is limiting how fast messages may be posted (about one a second per channel). Tidings will try again when Slack allows it.</source>
        <translation>Slack limite le rythme de publication des messages (environ un par seconde et par canal). Tidings réessaiera quand Slack le permettra.</translation>
    </message>
    <message>
        <source>Slack had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Slack a eu un problème temporaire (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Slack answered with a redirect (HTTP %1). Check the Slack server address in Channels.</source>
        <translation>Slack a répondu par une redirection (HTTP %1). Vérifiez l&apos;adresse du serveur Slack dans Canaux.</translation>
    </message>
    <message>
        <source>Slack did not recognise the request (HTTP %1). Check the Slack server address in Channels.</source>
        <translation>Slack n&apos;a pas reconnu la requête (HTTP %1). Vérifiez l&apos;adresse du serveur Slack dans Canaux.</translation>
    </message>
    <message>
        <source>Slack refused the message (HTTP %1).</source>
        <translation>Slack a refusé le message (HTTP %1).</translation>
    </message>
    <message>
        <source>Slack&apos;s answer could not be read; something between Tidings and Slack may have answered instead. Tidings will try again.</source>
        <translation>La réponse de Slack n&apos;a pas pu être lue&#xa0;; quelque chose entre Tidings et Slack a peut-être répondu à sa place. Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Slack refused the bot token: it is wrong, was revoked, or the app was removed from the workspace. Paste the current Bot User OAuth Token (xoxb-…) in Channels.</source>
        <translation>Slack a refusé le jeton du bot&#xa0;: il est erroné, a été révoqué, ou l&apos;application a été retirée de l&apos;espace de travail. Collez le Bot User OAuth Token actuel (xoxb-…) dans Canaux.</translation>
    </message>
    <message>
        <source>The Slack app may not post messages. Add the chat:write scope under OAuth &amp; Permissions and reinstall the app.</source>
        <translation>L&apos;application Slack ne peut pas publier de messages. Ajoutez le scope chat:write sous OAuth &amp; Permissions et réinstallez l&apos;application.</translation>
    </message>
    <message>
        <source>Slack does not know the channel set for this connection, or the app cannot see it. Check the channel ID in Channels and invite the app to the channel (/invite @app).</source>
        <translation>Slack ne connaît pas le canal défini pour cette connexion, ou l&apos;application ne peut pas le voir. Vérifiez l&apos;ID du canal dans Canaux et invitez l&apos;application dans le canal (/invite @app).</translation>
    </message>
    <message>
        <source>The Slack app is not a member of the channel. In Slack, type /invite @your-app-name in that channel.</source>
        <translation>L&apos;application Slack n&apos;est pas membre du canal. Dans Slack, tapez /invite @nom-de-votre-app dans ce canal.</translation>
    </message>
    <message>
        <source>The Slack channel is archived. Unarchive it or choose another channel in Channels.</source>
        <translation>Le canal Slack est archivé. Désarchivez-le ou choisissez un autre canal dans Canaux.</translation>
    </message>
    <message>
        <source>The message is too long for Slack. Shorten the template&apos;s text.</source>
        <translation>Le message est trop long pour Slack. Raccourcissez le texte du modèle.</translation>
    </message>
    <message>
        <source>Slack refused the message&apos;s layout (%1). The message was not posted.</source>
        <translation>Slack a refusé la mise en page du message (%1). Le message n&apos;a pas été publié.</translation>
    </message>
    <message>
        <source>Slack had a temporary problem (%1). Tidings will try again.</source>
        <translation>Slack a eu un problème temporaire (%1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Slack refused the message.</source>
        <translation>Slack a refusé le message.</translation>
    </message>
    <message>
        <source>Slack refused the message: %1</source>
        <translation>Slack a refusé le message&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::SlackWebhookChannel</name>
    <message>
        <source>Slack (incoming webhook)</source>
        <translation>Slack (webhook entrant)</translation>
    </message>
    <message>
        <source>A message to one Slack channel through an incoming webhook URL.</source>
        <translation>Un message dans un canal Slack via une URL de webhook entrant.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Slack app settings → Incoming Webhooks → Webhook URL. It starts with https://hooks.slack.com/services/ and works like a password.</source>
        <translation>Paramètres de l&apos;application Slack → Incoming Webhooks → Webhook URL. Elle commence par https://hooks.slack.com/services/ et fonctionne comme un mot de passe.</translation>
    </message>
    <message>
        <source>Open api.slack.com/apps → Create New App → From scratch, and pick your workspace.</source>
        <translation>Ouvrez api.slack.com/apps → Create New App → From scratch, et choisissez votre espace de travail.</translation>
    </message>
    <message>
        <source>Open Incoming Webhooks, switch them on, and click Add New Webhook to Workspace.</source>
        <translation>Ouvrez Incoming Webhooks, activez-les et cliquez sur Add New Webhook to Workspace.</translation>
    </message>
    <message>
        <source>Choose the channel for order news and click Allow.</source>
        <translation>Choisissez le canal des nouvelles de commandes et cliquez sur Allow.</translation>
    </message>
    <message>
        <source>Copy the Webhook URL and paste it here. Anyone with this URL can post to the channel: keep it private.</source>
        <translation>Copiez la Webhook URL et collez-la ici. Toute personne qui a cette URL peut publier dans le canal&#xa0;: gardez-la privée.</translation>
    </message>
    <message>
        <source>No webhook URL is saved for %1.</source>
        <translation>Aucune URL de webhook n&apos;est enregistrée pour %1.</translation>
    </message>
    <message>
        <source>The webhook URL saved for %1 is not a web address. Paste it again in Channels.</source>
        <translation>L&apos;URL de webhook enregistrée pour %1 n&apos;est pas une adresse web. Collez-la de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>The webhook URL saved for %1 is not a Slack webhook: it must start with https://hooks.slack.com/. Paste it again in Channels.</source>
        <translation>L&apos;URL de webhook enregistrée pour %1 n&apos;est pas un webhook Slack&#xa0;: elle doit commencer par https://hooks.slack.com/. Collez-la de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>The webhook URL saved for %1 must start with https://. Paste it again in Channels.</source>
        <translation>L&apos;URL de webhook enregistrée pour %1 doit commencer par https://. Collez-la de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>Slack is limiting how fast this webhook may post (about one message a second). Tidings will try again when Slack allows it.</source>
        <translation>Slack limite le rythme de publication de ce webhook (environ un message par seconde). Tidings réessaiera quand Slack le permettra.</translation>
    </message>
    <message>
        <source>Slack had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Slack a eu un problème temporaire (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Slack no longer accepts this webhook URL: the webhook or its app was removed. Add a new incoming webhook in Slack and paste its URL in Channels.</source>
        <translation>Slack n&apos;accepte plus cette URL de webhook&#xa0;: le webhook ou son application a été supprimé. Ajoutez un nouveau webhook entrant dans Slack et collez son URL dans Canaux.</translation>
    </message>
    <message>
        <source>The Slack channel of this webhook no longer exists. Add a new incoming webhook for an existing channel.</source>
        <translation>Le canal Slack de ce webhook n&apos;existe plus. Ajoutez un nouveau webhook entrant pour un canal existant.</translation>
    </message>
    <message>
        <source>The Slack channel of this webhook is archived. Unarchive it or add a webhook for another channel.</source>
        <translation>Le canal Slack de ce webhook est archivé. Désarchivez-le ou ajoutez un webhook pour un autre canal.</translation>
    </message>
    <message>
        <source>A Slack workspace admin has restricted posting to this channel, so the webhook may not post there.</source>
        <translation>Un administrateur de l&apos;espace de travail Slack a restreint la publication dans ce canal&#xa0;: le webhook ne peut pas y publier.</translation>
    </message>
    <message>
        <source>Slack refused the message&apos;s layout (%1). The message was not posted.</source>
        <translation>Slack a refusé la mise en page du message (%1). Le message n&apos;a pas été publié.</translation>
    </message>
    <message>
        <source>Slack answered with a redirect (HTTP %1). Check the webhook URL in Channels.</source>
        <translation>Slack a répondu par une redirection (HTTP %1). Vérifiez l&apos;URL du webhook dans Canaux.</translation>
    </message>
    <message>
        <source>Slack refused the message (HTTP %1).</source>
        <translation>Slack a refusé le message (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Tidings::SmtpChannel</name>
    <message>
        <source>Email server (SMTP)</source>
        <translation>Serveur de messagerie (SMTP)</translation>
    </message>
    <message>
        <source>Email through any mail server that accepts SMTP with a password or an OAuth token.</source>
        <translation>E-mails envoyés via n&apos;importe quel serveur de messagerie acceptant SMTP avec un mot de passe ou un jeton OAuth.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password of the mailbox or an app password.</source>
        <translation>Le mot de passe de la boîte aux lettres ou un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>Jeton d&apos;accès OAuth</translation>
    </message>
    <message>
        <source>Instead of a password, for servers that ask for XOAUTH2.</source>
        <translation>À la place d&apos;un mot de passe, pour les serveurs qui demandent XOAUTH2.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The mail server&apos;s name, from your email provider.</source>
        <translation>Le nom du serveur de messagerie, fourni par votre fournisseur de messagerie.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>587 (STARTTLS, the usual choice) or 465 (TLS from the start).</source>
        <translation>587 (STARTTLS, le choix habituel) ou 465 (TLS dès le départ).</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>starttls (port 587), tls (port 465), or none-local-only for a relay on this computer.</source>
        <translation>starttls (port 587), tls (port 465), ou none-local-only pour un relais sur cet ordinateur.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Usually your full email address.</source>
        <translation>Généralement votre adresse e-mail complète.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>An address the server lets you send from.</source>
        <translation>Une adresse depuis laquelle le serveur vous laisse envoyer.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>What customers see as the sender.</source>
        <translation>Ce que les clients voient comme expéditeur.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>Where customers&apos; replies go, if not to the sender address.</source>
        <translation>Là où vont les réponses des clients, si ce n&apos;est pas à l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Find your email provider&apos;s outgoing mail (SMTP) server name and port in its help pages.</source>
        <translation>Trouvez le nom et le port du serveur de courrier sortant (SMTP) de votre fournisseur de messagerie dans ses pages d&apos;aide.</translation>
    </message>
    <message>
        <source>If your provider uses two-step sign-in, create an app password for Tidings.</source>
        <translation>Si votre fournisseur utilise la validation en deux étapes, créez un mot de passe d&apos;application pour Tidings.</translation>
    </message>
    <message>
        <source>Enter the server, port, user name and password here.</source>
        <translation>Saisissez ici le serveur, le port, le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>SendGrid (SMTP relay)</source>
        <translation>SendGrid (relais SMTP)</translation>
    </message>
    <message>
        <source>Email through SendGrid&apos;s SMTP relay at smtp.sendgrid.net, with an API key.</source>
        <translation>E-mails envoyés via le relais SMTP de SendGrid à smtp.sendgrid.net, avec une clé API.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>SendGrid → Settings → API Keys → Create API Key with Mail Send allowed. It starts with SG.</source>
        <translation>SendGrid → Settings → API Keys → Create API Key avec Mail Send autorisé. Elle commence par SG.</translation>
    </message>
    <message>
        <source>A verified sender or an address of an authenticated domain.</source>
        <translation>Un expéditeur vérifié ou une adresse d&apos;un domaine authentifié.</translation>
    </message>
    <message>
        <source>In SendGrid, open Settings → Sender Authentication and verify your sender address or domain.</source>
        <translation>Dans SendGrid, ouvrez Settings → Sender Authentication et vérifiez votre adresse d&apos;expéditeur ou votre domaine.</translation>
    </message>
    <message>
        <source>Open Settings → API Keys → Create API Key, allow Mail Send, and paste the key here.</source>
        <translation>Ouvrez Settings → API Keys → Create API Key, autorisez Mail Send et collez la clé ici.</translation>
    </message>
    <message>
        <source>No mail server is set for %1. Add it in Channels.</source>
        <translation>Aucun serveur de messagerie n&apos;est défini pour %1. Ajoutez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The mail server name of %1 is not valid. Correct it in Channels.</source>
        <translation>Le nom du serveur de messagerie de %1 n&apos;est pas valide. Corrigez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The encryption of %1 must be starttls, tls or none-local-only.</source>
        <translation>Le chiffrement de %1 doit être starttls, tls ou none-local-only.</translation>
    </message>
    <message>
        <source>%1 may send without encryption only to a mail server on this computer.</source>
        <translation>%1 ne peut envoyer sans chiffrement qu&apos;à un serveur de messagerie situé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No API key is saved for %1.</source>
        <translation>Aucune clé API n&apos;est enregistrée pour %1.</translation>
    </message>
    <message>
        <source>The API key saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>La clé API enregistrée pour %1 contient des espaces ou des sauts de ligne. Collez-la de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>No sender address is set for %1. Add one in Channels.</source>
        <translation>Aucune adresse d&apos;expéditeur n&apos;est définie pour %1. Ajoutez-en une dans Canaux.</translation>
    </message>
    <message>
        <source>%1:%2 over TLS</source>
        <translation>%1:%2 via TLS</translation>
    </message>
    <message>
        <source>%1:%2 over STARTTLS</source>
        <translation>%1:%2 via STARTTLS</translation>
    </message>
    <message>
        <source>%1:%2 without encryption (this computer only)</source>
        <translation>%1:%2 sans chiffrement (cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>the API key signs in to SendGrid&apos;s SMTP relay (%1).</source>
        <translation>la clé API se connecte au relais SMTP de SendGrid (%1).</translation>
    </message>
    <message>
        <source>the mail server (%1) accepted the sign-in.</source>
        <translation>le serveur de messagerie (%1) a accepté la connexion.</translation>
    </message>
    <message>
        <source>the mail server (%1) answered, but it offers no sign-in (AUTH), so the password was not checked; only a test message shows whether it relays mail.</source>
        <translation>le serveur de messagerie (%1) a répondu, mais il ne propose pas d&apos;authentification (AUTH)&#xa0;: le mot de passe n&apos;a pas été vérifié&#xa0;; seul un message de test montre s&apos;il relaie le courrier.</translation>
    </message>
    <message>
        <source>the mail server (%1) answered; no user name is set, so Tidings does not sign in.</source>
        <translation>le serveur de messagerie (%1) a répondu&#xa0;; aucun nom d&apos;utilisateur n&apos;est défini, Tidings ne se connecte donc pas.</translation>
    </message>
    <message>
        <source>SendGrid&apos;s SMTP relay is busy or had a temporary problem. Try again shortly.</source>
        <translation>Le relais SMTP de SendGrid est occupé ou a eu un problème temporaire. Réessayez sous peu.</translation>
    </message>
    <message>
        <source>The mail server of %1 is busy or had a temporary problem. Try again shortly.</source>
        <translation>Le serveur de messagerie de %1 est occupé ou a eu un problème temporaire. Réessayez sous peu.</translation>
    </message>
    <message>
        <source>SendGrid&apos;s SMTP relay refused the API key. Check the key in Channels (it needs the Mail Send permission).</source>
        <translation>Le relais SMTP de SendGrid a refusé la clé API. Vérifiez la clé dans Canaux (elle a besoin de l&apos;autorisation Mail Send).</translation>
    </message>
    <message>
        <source>The mail server of %1 refused the user name or password. Check them in Channels (some providers need an app password).</source>
        <translation>Le serveur de messagerie de %1 a refusé le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les dans Canaux (certains fournisseurs exigent un mot de passe d&apos;application).</translation>
    </message>
    <message>
        <source>SendGrid&apos;s SMTP relay refused the connection check.</source>
        <translation>Le relais SMTP de SendGrid a refusé la vérification de connexion.</translation>
    </message>
    <message>
        <source>The mail server of %1 refused the connection check.</source>
        <translation>Le serveur de messagerie de %1 a refusé la vérification de connexion.</translation>
    </message>
    <message>
        <source>The mail server (%1) did not answer in time. Check the server name, port and encryption in Channels.</source>
        <translation>Le serveur de messagerie (%1) n&apos;a pas répondu à temps. Vérifiez le nom du serveur, le port et le chiffrement dans Canaux.</translation>
    </message>
    <message>
        <source>The mail server (%1) does not offer encryption (STARTTLS). Try port 465 with encryption tls, or ask your email provider for the right settings.</source>
        <translation>Le serveur de messagerie (%1) ne propose pas de chiffrement (STARTTLS). Essayez le port 465 avec le chiffrement tls, ou demandez les bons paramètres à votre fournisseur de messagerie.</translation>
    </message>
    <message>
        <source>Could not reach the mail server (%1). Check the server name and port in Channels, and the internet connection.</source>
        <translation>Impossible de joindre le serveur de messagerie (%1). Vérifiez le nom du serveur et le port dans Canaux, ainsi que la connexion Internet.</translation>
    </message>
    <message>
        <source>The mail server of %1 is busy or had a temporary problem; Tidings will try again.</source>
        <translation>Le serveur de messagerie de %1 est occupé ou a eu un problème temporaire&#xa0;; Tidings va réessayer.</translation>
    </message>
    <message>
        <source>The mail server of %1 refused the recipient or sender address.</source>
        <translation>Le serveur de messagerie de %1 a refusé l&apos;adresse du destinataire ou de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The mail server of %1 says the message is too big.</source>
        <translation>Le serveur de messagerie de %1 indique que le message est trop gros.</translation>
    </message>
    <message>
        <source>The mail server of %1 refused the message.</source>
        <translation>Le serveur de messagerie de %1 a refusé le message.</translation>
    </message>
    <message>
        <source>The mail server of %1 did not answer in time; Tidings will try again.</source>
        <translation>Le serveur de messagerie de %1 n&apos;a pas répondu à temps&#xa0;; Tidings va réessayer.</translation>
    </message>
    <message>
        <source>The mail server of %1 does not offer encryption (STARTTLS), so nothing was sent.</source>
        <translation>Le serveur de messagerie de %1 ne propose pas de chiffrement (STARTTLS)&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Could not reach the mail server of %1; Tidings will try again.</source>
        <translation>Impossible de joindre le serveur de messagerie de %1&#xa0;; Tidings va réessayer.</translation>
    </message>
</context>
<context>
    <name>Tidings::SourceCursors</name>
    <message>
        <source>Tidings could not read where it stopped reading a source.</source>
        <translation>Tidings n&apos;a pas pu lire où il s&apos;était arrêté en lisant une source.</translation>
    </message>
    <message>
        <source>Tidings could not save where it stopped reading a source.</source>
        <translation>Tidings n&apos;a pas pu enregistrer où il s&apos;était arrêté en lisant une source.</translation>
    </message>
</context>
<context>
    <name>Tidings::SourceHealthQueries</name>
    <message>
        <source>Tidings could not read how your connections are doing.</source>
        <translation>Tidings n&apos;a pas pu lire l&apos;état de vos connexions.</translation>
    </message>
</context>
<context>
    <name>Tidings::SqliteStatement</name>
    <message>
        <source>The database connection is not a SQLite connection.</source>
        <translation>La connexion à la base de données n’est pas une connexion SQLite.</translation>
    </message>
    <message>
        <source>The statement is not prepared.</source>
        <translation>L’instruction n’est pas préparée.</translation>
    </message>
</context>
<context>
    <name>Tidings::Status</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Partiellement expédiée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Partiellement remboursée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Étiquette créée</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En cours de livraison</translation>
    </message>
    <message>
        <source>Delivery attempted</source>
        <translation>Tentative de livraison</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Prête à être retirée</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Problème de livraison</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Retournée à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock faible</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>En rupture de stock</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>De retour en stock</translation>
    </message>
</context>
<context>
    <name>Tidings::StockLedger</name>
    <message>
        <source>Stock from the first poll: stored, nothing sent</source>
        <translation>Stock issu de la première consultation&#xa0;: conservé, rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; sends text messages, but waiting customers leave only an email address.</source>
        <translation>La règle «&#xa0;%1&#xa0;» envoie des SMS, mais les clients en attente ne laissent qu&apos;une adresse e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting customer(s) told</source>
        <translation>
            <numerusform>%n client en attente prévenu</numerusform>
            <numerusform>%n clients en attente prévenus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::SubscriptionCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least &quot;sku&quot; and &quot;email&quot; (found: %1).</source>
        <translation>La première ligne doit nommer les colonnes, avec au moins «&#xa0;sku&#xa0;» et «&#xa0;email&#xa0;» (colonnes trouvées&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Line %1: no SKU, so Tidings cannot tell which product the customer waits for.</source>
        <translation>Ligne %1&#xa0;: aucun SKU, Tidings ne peut donc pas savoir quel produit le client attend.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not an email address.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date Tidings can read (use 2026-11-30 or 2026-11-30T09:15:00Z); the customer was added in the file&apos;s order.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date que Tidings sait lire (utilisez 2026-11-30 ou 2026-11-30T09:15:00Z)&#xa0;; le client a été ajouté dans l&apos;ordre du fichier.</translation>
    </message>
    <message>
        <source>Only the first %1 customers were read; split the file to add more.</source>
        <translation>Seuls les %1 premiers clients ont été lus&#xa0;; divisez le fichier pour en ajouter davantage.</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateBundle</name>
    <message>
        <source>The file is larger than %1 MB: it is not a templates file Tidings wrote.</source>
        <translation>Le fichier dépasse %1 Mo : ce n’est pas un fichier de modèles écrit par Tidings.</translation>
    </message>
    <message>
        <source>This is not a templates file from Tidings. Choose a file made with Export Templates.</source>
        <translation>Ce n’est pas un fichier de modèles de Tidings. Choisissez un fichier créé avec « Exporter les modèles ».</translation>
    </message>
    <message>
        <source>The templates file has no version Tidings knows.</source>
        <translation>Le fichier de modèles n’a pas de version que Tidings connaît.</translation>
    </message>
    <message>
        <source>The templates file comes from a newer Tidings. Update Tidings on this computer first.</source>
        <translation>Le fichier de modèles vient d’une version plus récente de Tidings. Mettez d’abord Tidings à jour sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The brand kit in the templates file is damaged.</source>
        <translation>Le kit de marque du fichier de modèles est endommagé.</translation>
    </message>
    <message>
        <source>The templates file has no list of templates.</source>
        <translation>Le fichier de modèles ne contient pas de liste de modèles.</translation>
    </message>
    <message>
        <source>The templates file has %1 templates; Tidings takes at most %2 at a time.</source>
        <translation>Le fichier contient %1 modèles ; Tidings en accepte au plus %2 à la fois.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>numéro %1</translation>
    </message>
    <message>
        <source>Template %1 in the file has no usable id (lower-case letters, digits and _).</source>
        <translation>Le modèle %1 du fichier n’a pas d’identifiant utilisable (lettres minuscules, chiffres et _).</translation>
    </message>
    <message>
        <source>Template %1 in the file has a language Tidings does not know (&quot;%2&quot;): use two letters such as &quot;de&quot;, or none.</source>
        <translation>Le modèle %1 du fichier a une langue que Tidings ne connaît pas (« %2 ») : utilisez deux lettres, comme « de », ou aucune.</translation>
    </message>
    <message>
        <source>Template %1 in the file is for &quot;%2&quot;; Tidings has email, chat and text message templates.</source>
        <translation>Le modèle %1 du fichier est prévu pour « %2 » ; Tidings a des modèles d’e-mail, de chat et de SMS.</translation>
    </message>
    <message>
        <source>Template %1 in the file is too long.</source>
        <translation>Le modèle %1 du fichier est trop long.</translation>
    </message>
    <message>
        <source>Template %1 is in the file twice.</source>
        <translation>Le modèle %1 figure deux fois dans le fichier.</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateRenderer</name>
    <message>
        <source>The subject of this template has a mistake (%1). Check that every {{#section}} is closed with {{/section}} and every tag ends with }}.</source>
        <translation>L&apos;objet de ce modèle contient une erreur (%1). Vérifiez que chaque {{#section}} est fermée par {{/section}} et que chaque balise se termine par }}.</translation>
    </message>
    <message>
        <source>The HTML part of this template has a mistake (%1). Check that every {{#section}} is closed with {{/section}} and every tag ends with }}.</source>
        <translation>La partie HTML de ce modèle contient une erreur (%1). Vérifiez que chaque {{#section}} est fermée par {{/section}} et que chaque balise se termine par }}.</translation>
    </message>
    <message>
        <source>The text part of this template has a mistake (%1). Check that every {{#section}} is closed with {{/section}} and every tag ends with }}.</source>
        <translation>La partie texte de ce modèle contient une erreur (%1). Vérifiez que chaque {{#section}} est fermée par {{/section}} et que chaque balise se termine par }}.</translation>
    </message>
    <message>
        <source>Order confirmed</source>
        <translation>Commande confirmée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Shipment delayed</source>
        <translation>Expédition retardée</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Étiquette créée</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En cours de livraison</translation>
    </message>
    <message>
        <source>Delivery attempted</source>
        <translation>Tentative de livraison</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Prête pour le retrait</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Retournée à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation>Commande remboursée</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>De retour en stock</translation>
    </message>
    <message>
        <source>%1 (team chat)</source>
        <translation>%1 (messagerie d&apos;équipe)</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>Backorder delay</source>
        <translation>Retard de réapprovisionnement</translation>
    </message>
    <message>
        <source>Low stock alert</source>
        <translation>Alerte de stock faible</translation>
    </message>
    <message>
        <source>Out of stock alert</source>
        <translation>Alerte de rupture de stock</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateRepository</name>
    <message>
        <source>Tidings could not read its message templates.</source>
        <translation>Tidings n’a pas pu lire ses modèles de message.</translation>
    </message>
    <message>
        <source>Tidings could not save the message template.</source>
        <translation>Tidings n’a pas pu enregistrer le modèle de message.</translation>
    </message>
    <message>
        <source>That version of the template no longer exists.</source>
        <translation>Cette version du modèle n’existe plus.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (use two letters, such as &quot;de&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue (utilisez deux lettres, par exemple «&#xa0;fr&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of message (email, chat or SMS).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de message (e-mail, chat ou SMS).</translation>
    </message>
    <message>
        <source>There are no changes to publish.</source>
        <translation>Il n’y a aucune modification à publier.</translation>
    </message>
    <message>
        <source>Publish this template in the default language first.</source>
        <translation>Publiez d’abord ce modèle dans la langue par défaut.</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateValidator</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” only works between {{#%2}} and {{/%2}}, where it is repeated for each entry; here it would show nothing.</source>
        <translation>«&#xa0;%1&#xa0;» ne fonctionne qu&apos;entre {{#%2}} et {{/%2}}, où il est répété pour chaque entrée&#xa0;; ici, il n&apos;afficherait rien.</translation>
    </message>
    <message>
        <source>“%1” is not something Tidings knows, so it would show nothing. Check the spelling or pick it from the list of variables.</source>
        <translation>«&#xa0;%1&#xa0;» est inconnu de Tidings&#xa0;: il n&apos;afficherait rien. Vérifiez l&apos;orthographe ou choisissez-le dans la liste des variables.</translation>
    </message>
    <message>
        <source>“%1” closes a section that was never opened. Remove it or add {{#%2}} before it.</source>
        <translation>«&#xa0;%1&#xa0;» ferme une section qui n&apos;a jamais été ouverte. Supprimez-le ou ajoutez {{#%2}} avant lui.</translation>
    </message>
    <message>
        <source>“%1” closes the section “%2”, but the section “%3” opened on line %4 is still open. Close it first with {{/%3}}.</source>
        <translation>«&#xa0;%1&#xa0;» ferme la section «&#xa0;%2&#xa0;», mais la section «&#xa0;%3&#xa0;» ouverte à la ligne %4 est encore ouverte. Fermez-la d&apos;abord avec {{/%3}}.</translation>
    </message>
    <message>
        <source>“%1” would include another template, which Tidings does not do: it shows nothing. Remove it.</source>
        <translation>«&#xa0;%1&#xa0;» inclurait un autre modèle, ce que Tidings ne fait pas&#xa0;: il n&apos;affiche rien. Supprimez-le.</translation>
    </message>
    <message>
        <source>the section “%1” is opened but never closed. Add {{/%1}} where it should end.</source>
        <translation>la section «&#xa0;%1&#xa0;» est ouverte mais jamais fermée. Ajoutez {{/%1}} là où elle doit se terminer.</translation>
    </message>
    <message>
        <source>a tag starts with {{ but never ends. Add }} after the name.</source>
        <translation>une balise commence par {{ mais ne se termine jamais. Ajoutez }} après le nom.</translation>
    </message>
    <message>
        <source>this tag should change the {{ }} markers but is not written right. Remove it.</source>
        <translation>cette balise devrait changer les délimiteurs {{ }}, mais elle est mal écrite. Supprimez-la.</translation>
    </message>
    <message>
        <source>this part has a mistake Tidings cannot read past (%1).</source>
        <translation>cette partie contient une erreur qui empêche Tidings de lire la suite (%1).</translation>
    </message>
    <message>
        <source>this is a shipping message but it has no tracking link. Add {{#hasTracking}}{{shipment.trackingUrl}}{{/hasTracking}} so customers can follow their parcel.</source>
        <translation>ceci est un message d&apos;expédition, mais il n&apos;a pas de lien de suivi. Ajoutez {{#hasTracking}}{{shipment.trackingUrl}}{{/hasTracking}} pour que les clients puissent suivre leur colis.</translation>
    </message>
    <message>
        <source>this email has no footer. Add {{brand.footer}} before the end of the email, so every email carries your shop&apos;s details.</source>
        <translation>cet e-mail n&apos;a pas de pied de page. Ajoutez {{brand.footer}} avant la fin de l&apos;e-mail, pour que chaque e-mail porte les coordonnées de votre boutique.</translation>
    </message>
    <message numerus="yes">
        <source>With a sample order the subject is %n characters long; many inboxes cut it off after about %1. Make it shorter.</source>
        <translation>
            <numerusform>Avec un exemple de commande, l&apos;objet compte %n caractère&#xa0;; de nombreuses boîtes de réception le coupent après environ %1. Raccourcissez-le.</numerusform>
            <numerusform>Avec un exemple de commande, l&apos;objet compte %n caractères&#xa0;; de nombreuses boîtes de réception le coupent après environ %1. Raccourcissez-le.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With a sample order this text message is %n characters long and is sent as %1 SMS; more than %2 cost more and may arrive in pieces.</source>
        <translation>
            <numerusform>Avec un exemple de commande, ce SMS compte %n caractère et est envoyé en %1 SMS&#xa0;; au-delà de %2, il coûte plus cher et peut arriver en plusieurs morceaux.</numerusform>
            <numerusform>Avec un exemple de commande, ce SMS compte %n caractères et est envoyé en %1 SMS&#xa0;; au-delà de %2, il coûte plus cher et peut arriver en plusieurs morceaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>The character “%1” makes every SMS hold only 70 characters instead of 160; a plain one saves space.</source>
        <translation>Le caractère «&#xa0;%1&#xa0;» limite chaque SMS à 70 caractères au lieu de 160&#xa0;; un caractère simple fait gagner de la place.</translation>
    </message>
</context>
<context>
    <name>Tidings::TemplateVariables</name>
    <message>
        <source>The order this message is about.</source>
        <translation>La commande dont parle ce message.</translation>
    </message>
    <message>
        <source>The order number your customer sees.</source>
        <translation>Le numéro de commande que voit votre client.</translation>
    </message>
    <message>
        <source>The shop&apos;s internal id of the order. Customers do not usually see it.</source>
        <translation>L&apos;id interne de la commande dans la boutique. Les clients ne le voient généralement pas.</translation>
    </message>
    <message>
        <source>The order&apos;s status as a fixed word (for example paid or shipped).</source>
        <translation>Le statut de la commande sous forme de mot fixe (par exemple paid ou shipped).</translation>
    </message>
    <message>
        <source>The order&apos;s status in words.</source>
        <translation>Le statut de la commande en toutes lettres.</translation>
    </message>
    <message>
        <source>The order total as a plain number, without the currency.</source>
        <translation>Le total de la commande sous forme de simple nombre, sans la devise.</translation>
    </message>
    <message>
        <source>The order total with its currency, written the way the customer&apos;s country writes money.</source>
        <translation>Le total de la commande avec sa devise, écrit comme on écrit les montants dans le pays du client.</translation>
    </message>
    <message>
        <source>The currency code of the order (for example EUR).</source>
        <translation>Le code de devise de la commande (par exemple EUR).</translation>
    </message>
    <message>
        <source>How many items are in the order, all quantities added up.</source>
        <translation>Le nombre d&apos;articles dans la commande, toutes quantités additionnées.</translation>
    </message>
    <message>
        <source>How many items are in the order, written the way the customer&apos;s country writes numbers.</source>
        <translation>Le nombre d&apos;articles dans la commande, écrit comme on écrit les nombres dans le pays du client.</translation>
    </message>
    <message>
        <source>The date of this update as year-month-day, for machines.</source>
        <translation>La date de cette mise à jour au format année-mois-jour, pour les machines.</translation>
    </message>
    <message>
        <source>The date of this update, written the customer&apos;s way.</source>
        <translation>La date de cette mise à jour, écrite à la manière du client.</translation>
    </message>
    <message>
        <source>The person who placed the order.</source>
        <translation>La personne qui a passé la commande.</translation>
    </message>
    <message>
        <source>The customer&apos;s full name.</source>
        <translation>Le nom complet du client.</translation>
    </message>
    <message>
        <source>The customer&apos;s first name, for a friendly greeting.</source>
        <translation>Le prénom du client, pour une salutation amicale.</translation>
    </message>
    <message>
        <source>The customer&apos;s email address.</source>
        <translation>L&apos;adresse e-mail du client.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number.</source>
        <translation>Le numéro de téléphone du client.</translation>
    </message>
    <message>
        <source>The parcel this message is about. Only there for shipping updates; {{#shipment}}…{{/shipment}} shows its inside only then.</source>
        <translation>Le colis dont parle ce message. Présent uniquement pour les mises à jour d&apos;expédition&#xa0;; {{#shipment}}…{{/shipment}} n&apos;affiche son contenu que dans ce cas.</translation>
    </message>
    <message>
        <source>The shop&apos;s internal id of the parcel.</source>
        <translation>L&apos;id interne du colis dans la boutique.</translation>
    </message>
    <message>
        <source>The parcel&apos;s status as a fixed word (for example in_transit or delivered).</source>
        <translation>Le statut du colis sous forme de mot fixe (par exemple in_transit ou delivered).</translation>
    </message>
    <message>
        <source>The parcel&apos;s status in words.</source>
        <translation>Le statut du colis en toutes lettres.</translation>
    </message>
    <message>
        <source>Yes when the carrier told us the parcel&apos;s status.</source>
        <translation>Oui lorsque le transporteur nous a indiqué le statut du colis.</translation>
    </message>
    <message>
        <source>The delivery company.</source>
        <translation>Le transporteur.</translation>
    </message>
    <message>
        <source>The parcel&apos;s tracking number.</source>
        <translation>Le numéro de suivi du colis.</translation>
    </message>
    <message>
        <source>The link where the customer can follow the parcel. Empty when the carrier gave none.</source>
        <translation>Le lien où le client peut suivre le colis. Vide lorsque le transporteur n&apos;en a fourni aucun.</translation>
    </message>
    <message>
        <source>Every line of the order. {{#items}}…{{/items}} repeats its inside once per line; inside, write {{name}}, {{quantity}} and so on.</source>
        <translation>Chaque ligne de la commande. {{#items}}…{{/items}} répète son contenu une fois par ligne&#xa0;; à l&apos;intérieur, écrivez {{name}}, {{quantity}}, etc.</translation>
    </message>
    <message>
        <source>The product&apos;s name on this line.</source>
        <translation>Le nom du produit sur cette ligne.</translation>
    </message>
    <message>
        <source>The product&apos;s stock code (SKU) on this line.</source>
        <translation>La référence (SKU) du produit sur cette ligne.</translation>
    </message>
    <message>
        <source>How many of this product were ordered.</source>
        <translation>La quantité commandée de ce produit.</translation>
    </message>
    <message>
        <source>The price of one, as a plain number.</source>
        <translation>Le prix unitaire, sous forme de simple nombre.</translation>
    </message>
    <message>
        <source>The price of one with its currency, written the way the customer&apos;s country writes money.</source>
        <translation>Le prix unitaire avec sa devise, écrit comme on écrit les montants dans le pays du client.</translation>
    </message>
    <message>
        <source>The price of this line (price times quantity) with its currency, written the customer&apos;s way.</source>
        <translation>Le prix de cette ligne (prix × quantité) avec sa devise, écrit à la manière du client.</translation>
    </message>
    <message>
        <source>The link to the product in your shop.</source>
        <translation>Le lien vers le produit dans votre boutique.</translation>
    </message>
    <message>
        <source>How many are in stock now, as a plain number (when the shop says).</source>
        <translation>La quantité actuellement en stock, sous forme de simple nombre (si la boutique l&apos;indique).</translation>
    </message>
    <message>
        <source>How many are in stock now, written the way the customer&apos;s country writes numbers.</source>
        <translation>La quantité actuellement en stock, écrite comme on écrit les nombres dans le pays du client.</translation>
    </message>
    <message>
        <source>Where the order is on its way, for the progress strip: ordered, shipped, out for delivery, delivered.</source>
        <translation>Où en est la commande, pour la barre de progression&#xa0;: commandée, expédiée, en cours de livraison, livrée.</translation>
    </message>
    <message>
        <source>Yes while the order is placed but not shipped yet (the step to highlight).</source>
        <translation>Oui tant que la commande est passée mais pas encore expédiée (l&apos;étape à mettre en évidence).</translation>
    </message>
    <message>
        <source>Yes while the parcel is on its way (the step to highlight).</source>
        <translation>Oui tant que le colis est en route (l&apos;étape à mettre en évidence).</translation>
    </message>
    <message>
        <source>Yes while the parcel is out for delivery (the step to highlight).</source>
        <translation>Oui tant que le colis est en cours de livraison (l&apos;étape à mettre en évidence).</translation>
    </message>
    <message>
        <source>Yes once the parcel is delivered (the step to highlight).</source>
        <translation>Oui dès que le colis est livré (l&apos;étape à mettre en évidence).</translation>
    </message>
    <message>
        <source>Yes once the order is placed.</source>
        <translation>Oui dès que la commande est passée.</translation>
    </message>
    <message>
        <source>Yes once the order has shipped.</source>
        <translation>Oui dès que la commande est expédiée.</translation>
    </message>
    <message>
        <source>Yes once the parcel has been out for delivery.</source>
        <translation>Oui dès que le colis est parti en livraison.</translation>
    </message>
    <message>
        <source>Yes once the parcel is delivered.</source>
        <translation>Oui dès que le colis est livré.</translation>
    </message>
    <message>
        <source>Yes once the order is past being placed (it has shipped).</source>
        <translation>Oui dès que la commande a dépassé l&apos;étape «&#xa0;passée&#xa0;» (elle est expédiée).</translation>
    </message>
    <message>
        <source>Yes once the parcel is past being shipped.</source>
        <translation>Oui dès que le colis a dépassé l&apos;étape «&#xa0;expédié&#xa0;».</translation>
    </message>
    <message>
        <source>Yes once the parcel is past being out for delivery (it is delivered).</source>
        <translation>Oui dès que le colis a dépassé l&apos;étape «&#xa0;en cours de livraison&#xa0;» (il est livré).</translation>
    </message>
    <message>
        <source>Never yes: delivered is the last step.</source>
        <translation>Jamais oui&#xa0;: «&#xa0;livré&#xa0;» est la dernière étape.</translation>
    </message>
    <message>
        <source>Yes while the order is not placed yet.</source>
        <translation>Oui tant que la commande n&apos;est pas encore passée.</translation>
    </message>
    <message>
        <source>Yes while the order has not shipped yet.</source>
        <translation>Oui tant que la commande n&apos;est pas encore expédiée.</translation>
    </message>
    <message>
        <source>Yes while the parcel has not been out for delivery yet.</source>
        <translation>Oui tant que le colis n&apos;est pas encore parti en livraison.</translation>
    </message>
    <message>
        <source>Yes while the parcel is not delivered yet.</source>
        <translation>Oui tant que le colis n&apos;est pas encore livré.</translation>
    </message>
    <message>
        <source>Your shop&apos;s branding, from the Brand Kit.</source>
        <translation>L&apos;identité de marque de votre boutique, issue du Kit de marque.</translation>
    </message>
    <message>
        <source>Your shop&apos;s name.</source>
        <translation>Le nom de votre boutique.</translation>
    </message>
    <message>
        <source>The web address of your logo. Empty when there is none.</source>
        <translation>L&apos;adresse web de votre logo. Vide s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>Your brand colour, for buttons and lines (for example #2f6f4f).</source>
        <translation>La couleur de votre marque, pour les boutons et les traits (par exemple #2f6f4f).</translation>
    </message>
    <message>
        <source>The fonts your messages use, for style attributes.</source>
        <translation>Les polices utilisées par vos messages, pour les attributs style.</translation>
    </message>
    <message>
        <source>The email address customers can write to for help.</source>
        <translation>L&apos;adresse e-mail à laquelle les clients peuvent écrire pour obtenir de l&apos;aide.</translation>
    </message>
    <message>
        <source>The phone number customers can call for help.</source>
        <translation>Le numéro de téléphone que les clients peuvent appeler pour obtenir de l&apos;aide.</translation>
    </message>
    <message>
        <source>Your shop&apos;s postal address, shown in the footer.</source>
        <translation>L&apos;adresse postale de votre boutique, affichée dans le pied de page.</translation>
    </message>
    <message>
        <source>Your shop&apos;s postal address line by line. {{#brand.addressLines}}…{{/brand.addressLines}} repeats its inside once per line; inside, write {{.}} for the line.</source>
        <translation>L&apos;adresse postale de votre boutique, ligne par ligne. {{#brand.addressLines}}…{{/brand.addressLines}} répète son contenu une fois par ligne&#xa0;; à l&apos;intérieur, écrivez {{.}} pour la ligne.</translation>
    </message>
    <message>
        <source>The footer text under every email (for example your company details or why the customer gets this email).</source>
        <translation>Le texte de pied de page sous chaque e-mail (par exemple les coordonnées de votre entreprise ou la raison pour laquelle le client reçoit cet e-mail).</translation>
    </message>
    <message>
        <source>Your shop&apos;s social media links. {{#brand.socialLinks}}…{{/brand.socialLinks}} repeats its inside once per link; inside, write {{label}} and {{url}}.</source>
        <translation>Les liens vers les réseaux sociaux de votre boutique. {{#brand.socialLinks}}…{{/brand.socialLinks}} répète son contenu une fois par lien&#xa0;; à l&apos;intérieur, écrivez {{label}} et {{url}}.</translation>
    </message>
    <message>
        <source>The name of the social media link.</source>
        <translation>Le nom du lien vers le réseau social.</translation>
    </message>
    <message>
        <source>The web address of the social media link.</source>
        <translation>L&apos;adresse web du lien vers le réseau social.</translation>
    </message>
    <message>
        <source>The language and country the money, numbers and dates are written for (for example en-GB).</source>
        <translation>La langue et le pays pour lesquels les montants, les nombres et les dates sont écrits (par exemple fr-FR).</translation>
    </message>
    <message>
        <source>Yes when the order has at least one line.</source>
        <translation>Oui lorsque la commande compte au moins une ligne.</translation>
    </message>
    <message>
        <source>Yes when there is a tracking link for the parcel.</source>
        <translation>Oui lorsqu&apos;il existe un lien de suivi pour le colis.</translation>
    </message>
    <message>
        <source>Yes when your Brand Kit has a logo.</source>
        <translation>Oui lorsque votre Kit de marque contient un logo.</translation>
    </message>
    <message>
        <source>Yes when your Brand Kit has social media links.</source>
        <translation>Oui lorsque votre Kit de marque contient des liens vers des réseaux sociaux.</translation>
    </message>
    <message>
        <source>Yes when a progress strip makes sense (not for cancelled, refunded or returned orders).</source>
        <translation>Oui lorsqu&apos;une barre de progression a du sens (pas pour les commandes annulées, remboursées ou retournées).</translation>
    </message>
    <message>
        <source>What the order waits for. Only there when some of its items were out of stock when it came in; {{#backorder}}…{{/backorder}} shows its inside only then.</source>
        <translation>Ce que la commande attend. Présent uniquement si certains de ses articles étaient en rupture de stock à son arrivée&#xa0;; {{#backorder}}…{{/backorder}} n&apos;affiche son contenu que dans ce cas.</translation>
    </message>
    <message>
        <source>The items the order waits for. {{#backorder.items}}…{{/backorder.items}} repeats its inside once per item; inside, write {{name}}, {{sku}} and {{quantity}}.</source>
        <translation>Les articles que la commande attend. {{#backorder.items}}…{{/backorder.items}} répète son contenu une fois par article&#xa0;; à l&apos;intérieur, écrivez {{name}}, {{sku}} et {{quantity}}.</translation>
    </message>
    <message>
        <source>The name of the product the order waits for.</source>
        <translation>Le nom du produit que la commande attend.</translation>
    </message>
    <message>
        <source>The stock code (SKU) of the product the order waits for.</source>
        <translation>La référence (SKU) du produit que la commande attend.</translation>
    </message>
    <message>
        <source>How many of this product the order waits for.</source>
        <translation>La quantité de ce produit que la commande attend.</translation>
    </message>
    <message>
        <source>The product a stock message is about. Only there for back-in-stock messages and the low stock and out of stock alerts.</source>
        <translation>Le produit dont parle un message de stock. Présent uniquement pour les messages de retour en stock et les alertes de stock faible et de rupture de stock.</translation>
    </message>
    <message>
        <source>The name of the product.</source>
        <translation>Le nom du produit.</translation>
    </message>
    <message>
        <source>The stock code (SKU) of the product.</source>
        <translation>La référence (SKU) du produit.</translation>
    </message>
    <message>
        <source>The stock level you are alerted at, as a plain number. Only there in the low stock and out of stock alerts.</source>
        <translation>Le niveau de stock auquel vous êtes alerté, sous forme de simple nombre. Présent uniquement dans les alertes de stock faible et de rupture de stock.</translation>
    </message>
    <message>
        <source>The stock level you are alerted at, written the way your country writes numbers. Only there in the low stock and out of stock alerts.</source>
        <translation>Le niveau de stock auquel vous êtes alerté, écrit comme on écrit les nombres dans votre pays. Présent uniquement dans les alertes de stock faible et de rupture de stock.</translation>
    </message>
    <message>
        <source>Yes in stock messages (back in stock, low stock, out of stock), where there is a product.</source>
        <translation>Oui dans les messages de stock (retour en stock, stock faible, rupture de stock), qui concernent un produit.</translation>
    </message>
    <message>
        <source>Yes when some items of the order were out of stock when it came in, so it waited for them (for example to thank the customer for waiting when it ships).</source>
        <translation>Oui lorsque certains articles de la commande étaient en rupture de stock à son arrivée, si bien qu&apos;elle les a attendus (par exemple pour remercier le client de sa patience lors de l&apos;expédition).</translation>
    </message>
    <message>
        <source>The customer&apos;s time zone, from the order&apos;s address (empty when it does not tell).</source>
        <translation>Le fuseau horaire du client, d’après l’adresse de la commande (vide si elle ne le dit pas).</translation>
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
        <translation>Saisissez votre propre adresse e-mail&#xa0;: en mode test, les e-mails destinés aux clients y sont envoyés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one address, like owner@yourshop.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail. Saisissez une seule adresse, comme vous@votreboutique.fr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter digits with the country code, like +44 7700 900123, or leave it empty.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone. Saisissez les chiffres avec l&apos;indicatif de pays, comme +33 6 12 34 56 78, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Test mode: sent to %1 instead of %2.</source>
        <translation>Mode test&#xa0;: envoyé à %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>Test mode is on and has no phone number of yours, so this text message was not sent to the customer. Resend it once you are live, or add your number to test mode.</source>
        <translation>Le mode test est activé et ne connaît pas votre numéro de téléphone&#xa0;: ce SMS n&apos;a donc pas été envoyé au client. Renvoyez-le après la mise en service, ou ajoutez votre numéro au mode test.</translation>
    </message>
    <message>
        <source>Test mode: handed on with your address %1 instead of the customer&apos;s %2.</source>
        <translation>Mode test&#xa0;: transmis avec votre adresse %1 au lieu de celle du client, %2.</translation>
    </message>
    <message>
        <source>Test mode: a message to your staff, marked as a test.</source>
        <translation>Mode test&#xa0;: un message à votre équipe, marqué comme test.</translation>
    </message>
</context>
<context>
    <name>Tidings::TwilioChannel</name>
    <message>
        <source>Twilio SMS</source>
        <translation>SMS Twilio</translation>
    </message>
    <message>
        <source>Text messages to customers&apos; phones through Twilio Programmable Messaging.</source>
        <translation>SMS envoyés sur le téléphone des clients via Twilio Programmable Messaging.</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Jeton d&apos;authentification (Auth Token)</translation>
    </message>
    <message>
        <source>Twilio Console → Account Info on the start page → Auth Token (click Show).</source>
        <translation>Console Twilio → Account Info sur la page d&apos;accueil → Auth Token (cliquez sur Show).</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>https://api.twilio.com unless Twilio told you otherwise.</source>
        <translation>https://api.twilio.com, sauf indication contraire de Twilio.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Twilio Console → Account Info. It starts with AC.</source>
        <translation>Console Twilio → Account Info. Il commence par AC.</translation>
    </message>
    <message>
        <source>Sending number</source>
        <translation>Numéro d&apos;envoi</translation>
    </message>
    <message>
        <source>Your Twilio phone number in international form, or an alphanumeric sender ID. Leave empty when you use a Messaging Service.</source>
        <translation>Votre numéro de téléphone Twilio au format international, ou un identifiant d&apos;expéditeur alphanumérique. Laissez vide si vous utilisez un Messaging Service.</translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <source>Instead of a sending number: a Messaging Service (Messaging → Services). It starts with MG.</source>
        <translation>À la place d&apos;un numéro d&apos;envoi&#xa0;: un Messaging Service (Messaging → Services). Il commence par MG.</translation>
    </message>
    <message>
        <source>Longest text (SMS parts)</source>
        <translation>Texte le plus long (parties de SMS)</translation>
    </message>
    <message>
        <source>Messages needing more SMS parts than this are not sent (each part is billed). Default 3.</source>
        <translation>Les messages qui demandent plus de parties de SMS que cela ne sont pas envoyés (chaque partie est facturée). Par défaut&#xa0;: 3.</translation>
    </message>
    <message>
        <source>In the Twilio Console, buy or choose a phone number that can send SMS to your customers&apos; countries (Phone Numbers → Manage), or create a Messaging Service.</source>
        <translation>Dans la console Twilio, achetez ou choisissez un numéro de téléphone qui peut envoyer des SMS vers les pays de vos clients (Phone Numbers → Manage), ou créez un Messaging Service.</translation>
    </message>
    <message>
        <source>Under Messaging → Settings → Geo permissions, allow the countries your customers live in.</source>
        <translation>Sous Messaging → Settings → Geo permissions, autorisez les pays où vivent vos clients.</translation>
    </message>
    <message>
        <source>Copy the Account SID and the Auth Token from the Console&apos;s start page and paste them here.</source>
        <translation>Copiez l&apos;Account SID et l&apos;Auth Token depuis la page d&apos;accueil de la console et collez-les ici.</translation>
    </message>
    <message>
        <source>On a trial account Twilio only delivers to numbers you have verified: upgrade the account before texting customers.</source>
        <translation>Avec un compte d&apos;essai, Twilio ne livre qu&apos;aux numéros que vous avez vérifiés&#xa0;: passez à un compte payant avant d&apos;envoyer des SMS aux clients.</translation>
    </message>
    <message>
        <source>No auth token is saved for %1.</source>
        <translation>Aucun jeton d&apos;authentification n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>The auth token saved for %1 contains spaces or line breaks. Paste it again in Channels.</source>
        <translation>Le jeton d&apos;authentification enregistré pour %1 contient des espaces ou des sauts de ligne. Collez-le de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>The Account SID of %1 is missing or wrong: it starts with AC followed by 32 letters and digits. Copy it from the Twilio Console.</source>
        <translation>L&apos;Account SID de %1 manque ou est erroné&#xa0;: il commence par AC suivi de 32 lettres et chiffres. Copiez-le depuis la console Twilio.</translation>
    </message>
    <message>
        <source>No sending number or Messaging Service is set for %1. Add one in Channels.</source>
        <translation>Aucun numéro d&apos;envoi ni Messaging Service n&apos;est défini pour %1. Ajoutez-en un dans Canaux.</translation>
    </message>
    <message>
        <source>The Messaging Service SID of %1 is wrong: it starts with MG followed by 32 letters and digits.</source>
        <translation>Le Messaging Service SID de %1 est erroné&#xa0;: il commence par MG suivi de 32 lettres et chiffres.</translation>
    </message>
    <message>
        <source>The sending number of %1 contains a line break. Correct it in Channels.</source>
        <translation>Le numéro d&apos;envoi de %1 contient un saut de ligne. Corrigez-le dans Canaux.</translation>
    </message>
    <message>
        <source>The longest text of %1 must be at least one SMS part.</source>
        <translation>Le texte le plus long de %1 doit compter au moins une partie de SMS.</translation>
    </message>
    <message>
        <source>The customer has no phone number, so no text message was sent.</source>
        <translation>Le client n&apos;a pas de numéro de téléphone&#xa0;: aucun SMS n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number in international form (like +44 7700 900123), so no text message was sent.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone au format international (comme +33 6 12 34 56 78)&#xa0;: aucun SMS n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Le message n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>The text needs %1 SMS parts, more than the %2 allowed for %3. Shorten the SMS template or allow more parts in Channels.</source>
        <translation>Le texte nécessite %1 parties de SMS, plus que les %2 autorisées pour %3. Raccourcissez le modèle de SMS ou autorisez plus de parties dans Canaux.</translation>
    </message>
    <message>
        <source>Twilio is limiting how often this account may call it. Try the check again in a minute.</source>
        <translation>Twilio limite la fréquence des appels de ce compte. Relancez la vérification dans une minute.</translation>
    </message>
    <message>
        <source>Twilio had a temporary problem (HTTP %1). Try the check again later.</source>
        <translation>Twilio a eu un problème temporaire (HTTP %1). Relancez la vérification plus tard.</translation>
    </message>
    <message>
        <source>Twilio does not know this Account SID at this address (HTTP 404). Check the Account SID and the server address in Channels.</source>
        <translation>Twilio ne connaît pas cet Account SID à cette adresse (HTTP 404). Vérifiez l&apos;Account SID et l&apos;adresse du serveur dans Canaux.</translation>
    </message>
    <message>
        <source>Twilio refused the check (HTTP %1). Check the Account SID and the server address in Channels.</source>
        <translation>Twilio a refusé la vérification (HTTP %1). Vérifiez l&apos;Account SID et l&apos;adresse du serveur dans Canaux.</translation>
    </message>
    <message>
        <source>The Twilio account is suspended, so it cannot send. Open the Twilio Console to see why (often billing) and reactivate it.</source>
        <translation>Le compte Twilio est suspendu&#xa0;: il ne peut pas envoyer. Ouvrez la console Twilio pour savoir pourquoi (souvent la facturation) et réactivez-le.</translation>
    </message>
    <message>
        <source>The Twilio account is closed. Use the Account SID and auth token of an active account.</source>
        <translation>Le compte Twilio est fermé. Utilisez l&apos;Account SID et le jeton d&apos;authentification d&apos;un compte actif.</translation>
    </message>
    <message>
        <source>Twilio gave an unexpected answer to the check. Check the server address in Channels (normally https://api.twilio.com).</source>
        <translation>Twilio a donné une réponse inattendue à la vérification. Vérifiez l&apos;adresse du serveur dans Canaux (normalement https://api.twilio.com).</translation>
    </message>
    <message>
        <source>the Account SID and auth token are valid (a trial account: Twilio only texts numbers verified in the Console).</source>
        <translation>l&apos;Account SID et le jeton d&apos;authentification sont valides (compte d&apos;essai&#xa0;: Twilio n&apos;envoie de SMS qu&apos;aux numéros vérifiés dans la console).</translation>
    </message>
    <message>
        <source>the Account SID and auth token of “%1” are valid (a trial account: Twilio only texts numbers verified in the Console).</source>
        <translation>l&apos;Account SID et le jeton d&apos;authentification de «&#xa0;%1&#xa0;» sont valides (compte d&apos;essai&#xa0;: Twilio n&apos;envoie de SMS qu&apos;aux numéros vérifiés dans la console).</translation>
    </message>
    <message>
        <source>the Account SID and auth token are valid.</source>
        <translation>l&apos;Account SID et le jeton d&apos;authentification sont valides.</translation>
    </message>
    <message>
        <source>the Account SID and auth token of “%1” are valid.</source>
        <translation>l&apos;Account SID et le jeton d&apos;authentification de «&#xa0;%1&#xa0;» sont valides.</translation>
    </message>
    <message>
        <source>Twilio is limiting how many messages this account may send at once. Tidings will try again when Twilio allows it.</source>
        <translation>Twilio limite le nombre de messages que ce compte peut envoyer à la fois. Tidings réessaiera quand Twilio le permettra.</translation>
    </message>
    <message>
        <source>Twilio had a temporary problem (HTTP %1). Tidings will try again.</source>
        <translation>Twilio a eu un problème temporaire (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or auth token. Check both in Channels.</source>
        <translation>Twilio a refusé l&apos;Account SID ou le jeton d&apos;authentification. Vérifiez les deux dans Canaux.</translation>
    </message>
    <message>
        <source>Twilio says the customer&apos;s phone number is not valid.</source>
        <translation>Twilio indique que le numéro de téléphone du client n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number is not a mobile number, so it cannot receive text messages.</source>
        <translation>Le numéro de téléphone du client n&apos;est pas un numéro mobile&#xa0;: il ne peut pas recevoir de SMS.</translation>
    </message>
    <message>
        <source>This Twilio account is a trial account, which can only text numbers verified in the Twilio Console. Upgrade the account to text customers.</source>
        <translation>Ce compte Twilio est un compte d&apos;essai, qui ne peut envoyer de SMS qu&apos;aux numéros vérifiés dans la console Twilio. Passez à un compte payant pour envoyer des SMS aux clients.</translation>
    </message>
    <message>
        <source>The customer replied STOP to your number and has unsubscribed from text messages. Twilio sends nothing until they reply START.</source>
        <translation>Le client a répondu STOP à votre numéro et s&apos;est désabonné des SMS. Twilio n&apos;envoie plus rien jusqu&apos;à ce qu&apos;il réponde START.</translation>
    </message>
    <message>
        <source>Twilio cannot send from the sending number of this channel: it is not a valid number of this account that can send SMS. Check it in Channels.</source>
        <translation>Twilio ne peut pas envoyer depuis le numéro d&apos;envoi de ce canal&#xa0;: ce n&apos;est pas un numéro valide de ce compte capable d&apos;envoyer des SMS. Vérifiez-le dans Canaux.</translation>
    </message>
    <message>
        <source>Sending to the customer&apos;s country is not enabled on this Twilio account (Messaging → Settings → Geo permissions).</source>
        <translation>L&apos;envoi vers le pays du client n&apos;est pas activé sur ce compte Twilio (Messaging → Settings → Geo permissions).</translation>
    </message>
    <message>
        <source>The sending number&apos;s queue at Twilio is full. Tidings will try again later.</source>
        <translation>La file d&apos;attente du numéro d&apos;envoi chez Twilio est pleine. Tidings réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Twilio cannot route a text message to the customer&apos;s phone number.</source>
        <translation>Twilio ne peut pas acheminer de SMS vers le numéro de téléphone du client.</translation>
    </message>
    <message>
        <source>Twilio did not find this account&apos;s message address (HTTP 404). Check the Account SID and the server address in Channels.</source>
        <translation>Twilio n&apos;a pas trouvé l&apos;adresse des messages de ce compte (HTTP 404). Vérifiez l&apos;Account SID et l&apos;adresse du serveur dans Canaux.</translation>
    </message>
    <message>
        <source>Twilio answered with a redirect (HTTP %1). Check the server address in Channels.</source>
        <translation>Twilio a répondu par une redirection (HTTP %1). Vérifiez l&apos;adresse du serveur dans Canaux.</translation>
    </message>
    <message>
        <source>Twilio refused the message (HTTP %1).</source>
        <translation>Twilio a refusé le message (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio refused the message: %1</source>
        <translation>Twilio a refusé le message&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ActivityChart</name>
    <message>
        <source>Activity in the last 24 hours</source>
        <translation>Activité des dernières 24 heures</translation>
    </message>
    <message>
        <source>In the last 24 hours: %1 events, %2 messages sent, %3 failed.</source>
        <translation>Au cours des dernières 24 heures&#xa0;: %1 événement(s), %2 message(s) envoyé(s), %3 en échec.</translation>
    </message>
    <message>
        <source>%1–%2: %3 events, %4 sent, %5 failed</source>
        <translation>%1–%2&#xa0;: %3 événement(s), %4 envoyé(s), %5 en échec</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ActivityStrip</name>
    <message>
        <source>Last 24 hours:</source>
        <translation>Dernières 24 heures&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; événement</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Since midnight: events received, messages sent and failed. Waiting and uncertain count every message that is, whenever it came in.</source>
        <translation>Depuis minuit&#xa0;: événements reçus, messages envoyés et en échec. «&#xa0;En attente&#xa0;» et «&#xa0;incertains&#xa0;» comptent tous les messages dans cet état, quelle que soit leur date d&apos;arrivée.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; sent</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; envoyé</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; waiting</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; en attente</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; failed</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; en échec</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; uncertain</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; incertain</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; incertains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::AddSourceWizard</name>
    <message>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BackupActions</name>
    <message>
        <source>Tidings backups (*.sqlite);;All files (*)</source>
        <translation>Sauvegardes Tidings (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Back Up Data…</source>
        <translation>&amp;Sauvegarder les données…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Save a copy of your orders, messages and settings while Tidings keeps running</source>
        <translation>Enregistrer une copie de vos commandes, messages et paramètres pendant que Tidings continue de fonctionner</translation>
    </message>
    <message>
        <source>Replace your data with a backup; Tidings restarts to do it</source>
        <translation>Remplacer vos données par une sauvegarde&#xa0;; Tidings redémarre pour le faire</translation>
    </message>
    <message>
        <source>Back Up Data</source>
        <translation>Sauvegarder les données</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Sauvegarde de vos données…</translation>
    </message>
    <message numerus="yes">
        <source>Backup saved to %1 (%2): %n event(s). Keys and passwords are not in it; they stay in the system keychain.</source>
        <translation>
            <numerusform>Sauvegarde enregistrée dans %1 (%2)&#xa0;: %n événement. Les clés et mots de passe n&apos;y figurent pas&#xa0;; ils restent dans le trousseau du système.</numerusform>
            <numerusform>Sauvegarde enregistrée dans %1 (%2)&#xa0;: %n événements. Les clés et mots de passe n&apos;y figurent pas&#xa0;; ils restent dans le trousseau du système.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Its newest event is from %1.</source>
        <translation>Son événement le plus récent date du %1.</translation>
    </message>
    <message>
        <source>It holds no events yet.</source>
        <translation>Elle ne contient encore aucun événement.</translation>
    </message>
    <message>
        <source>Replace your data with this backup?</source>
        <translation>Remplacer vos données par cette sauvegarde&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The backup holds %n event(s).</source>
        <translation>
            <numerusform>La sauvegarde contient %n événement.</numerusform>
            <numerusform>La sauvegarde contient %n événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings will restart to restore it. Your current data is kept in the data folder as tidings.sqlite.before-restore. Connections and keys in the keychain are not changed.</source>
        <translation>Tidings va redémarrer pour la restaurer. Vos données actuelles sont conservées dans le dossier de données sous le nom tidings.sqlite.before-restore. Les connexions et les clés du trousseau ne sont pas modifiées.</translation>
    </message>
    <message>
        <source>Restore and Restart</source>
        <translation>Restaurer et redémarrer</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BlockDesigner</name>
    <message>
        <source>Shown only when the shipment has a tracking link.</source>
        <translation>Affiché uniquement si l&apos;envoi a un lien de suivi.</translation>
    </message>
    <message>
        <source>Shown only when the order lists its items.</source>
        <translation>Affiché uniquement si la commande liste ses articles.</translation>
    </message>
    <message>
        <source>Shown only for messages about an order on its way.</source>
        <translation>Affiché uniquement dans les messages sur une commande en route.</translation>
    </message>
    <message>
        <source>Shown only when the order has a shipment.</source>
        <translation>Affiché uniquement si la commande a un envoi.</translation>
    </message>
    <message>
        <source>Shown only when items of the order are on backorder.</source>
        <translation>Affiché uniquement si des articles de la commande sont en attente de réapprovisionnement.</translation>
    </message>
    <message>
        <source>Shown only when the product has a web address.</source>
        <translation>Affiché uniquement si le produit a une adresse web.</translation>
    </message>
    <message>
        <source>Shown only when the product has a SKU.</source>
        <translation>Affiché uniquement si le produit a un SKU.</translation>
    </message>
    <message>
        <source>Shown only when {{%1}} has a value.</source>
        <translation>Affiché uniquement si {{%1}} a une valeur.</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <source>The email from top to bottom. Drag a block to move it, or use Alt+Up and Alt+Down</source>
        <translation>L&apos;e-mail de haut en bas. Faites glisser un bloc pour le déplacer, ou utilisez Alt+Haut et Alt+Bas</translation>
    </message>
    <message>
        <source>Edit Block</source>
        <translation>Modifier le bloc</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Small print</source>
        <translation>Petits caractères</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Status strip</source>
        <translation>Barre d&apos;état</translation>
    </message>
    <message>
        <source>Shipment details</source>
        <translation>Détails de l&apos;envoi</translation>
    </message>
    <message>
        <source>Tracking button</source>
        <translation>Bouton de suivi</translation>
    </message>
    <message>
        <source>Order table</source>
        <translation>Tableau de la commande</translation>
    </message>
    <message>
        <source>Button to a link</source>
        <translation>Bouton vers un lien</translation>
    </message>
    <message>
        <source>Custom HTML</source>
        <translation>HTML personnalisé</translation>
    </message>
    <message>
        <source>Adds a block under the one selected (Insert)</source>
        <translation>Ajoute un bloc sous celui qui est sélectionné (Inser)</translation>
    </message>
    <message>
        <source>Removes the selected block (Delete)</source>
        <translation>Supprime le bloc sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Moves the selected block up (Alt+Up)</source>
        <translation>Déplace le bloc sélectionné vers le haut (Alt+Haut)</translation>
    </message>
    <message>
        <source>Moves the selected block down (Alt+Down)</source>
        <translation>Déplace le bloc sélectionné vers le bas (Alt+Bas)</translation>
    </message>
    <message>
        <source>The same in every email: change it in the Brand Kit</source>
        <translation>Identique dans chaque e-mail&#xa0;: à modifier dans le kit de marque</translation>
    </message>
    <message>
        <source>Logo and shop name · from the Brand Kit…</source>
        <translation>Logo et nom de la boutique · du kit de marque…</translation>
    </message>
    <message>
        <source>Footer: support, address, links · from the Brand Kit…</source>
        <translation>Pied de page&#xa0;: assistance, adresse, liens · du kit de marque…</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <source>Items on backorder</source>
        <translation>Articles en attente de réapprovisionnement</translation>
    </message>
    <message>
        <source>A heading</source>
        <translation>Un titre</translation>
    </message>
    <message>
        <source>Your words. Variables such as {{order.number}} are filled in for each order.</source>
        <translation>Votre texte. Les variables comme {{order.number}} sont remplies pour chaque commande.</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En cours de livraison</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Visit our shop</source>
        <translation>Visitez notre boutique</translation>
    </message>
    <message>
        <source>Track your package</source>
        <translation>Suivre mon colis</translation>
    </message>
    <message>
        <source>Button not working? Open this link:</source>
        <translation>Le bouton ne fonctionne pas&#xa0;? Ouvrez ce lien&#xa0;:</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Votre commande</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Your HTML</source>
        <translation>Votre HTML</translation>
    </message>
    <message>
        <source>No blocks yet: add one with Add Block (Insert).</source>
        <translation>Aucun bloc pour l&apos;instant&#xa0;: ajoutez-en un avec «&#xa0;Ajouter un bloc&#xa0;» (Inser).</translation>
    </message>
    <message>
        <source>Choose a block to change it.</source>
        <translation>Choisissez un bloc pour le modifier.</translation>
    </message>
    <message>
        <source>A thin line across the email. Nothing to set.</source>
        <translation>Une fine ligne en travers de l&apos;e-mail. Rien à régler.</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Image address:</source>
        <translation>Adresse de l&apos;image&#xa0;:</translation>
    </message>
    <message>
        <source>Text if images are off:</source>
        <translation>Texte si les images sont désactivées&#xa0;:</translation>
    </message>
    <message>
        <source>Step 1, ordered:</source>
        <translation>Étape 1, commandée&#xa0;:</translation>
    </message>
    <message>
        <source>Step 2, shipped:</source>
        <translation>Étape 2, expédiée&#xa0;:</translation>
    </message>
    <message>
        <source>Step 3, out for delivery:</source>
        <translation>Étape 3, en cours de livraison&#xa0;:</translation>
    </message>
    <message>
        <source>Step 4, delivered:</source>
        <translation>Étape 4, livrée&#xa0;:</translation>
    </message>
    <message>
        <source>Carrier label:</source>
        <translation>Libellé du transporteur&#xa0;:</translation>
    </message>
    <message>
        <source>Tracking number label:</source>
        <translation>Libellé du numéro de suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Status label:</source>
        <translation>Libellé du statut&#xa0;:</translation>
    </message>
    <message>
        <source>Status when the carrier says none:</source>
        <translation>Statut si le transporteur n&apos;en indique aucun&#xa0;:</translation>
    </message>
    <message>
        <source>Button text:</source>
        <translation>Texte du bouton&#xa0;:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Lien&#xa0;:</translation>
    </message>
    <message>
        <source>Words under the button:</source>
        <translation>Texte sous le bouton&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Quantity column:</source>
        <translation>Colonne quantité&#xa0;:</translation>
    </message>
    <message>
        <source>Before the SKU:</source>
        <translation>Avant le SKU&#xa0;:</translation>
    </message>
    <message>
        <source>Show prices and the total</source>
        <translation>Afficher les prix et le total</translation>
    </message>
    <message>
        <source>Price column:</source>
        <translation>Colonne prix&#xa0;:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total&#xa0;:</translation>
    </message>
    <message>
        <source>HTML:</source>
        <translation>HTML&#xa0;:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Adds a copy of the selected block under it (Ctrl+D)</source>
        <translation>Ajoute une copie du bloc sélectionné en dessous (Ctrl+D)</translation>
    </message>
    <message>
        <source>A web address starting with https://, or a variable that holds one, such as {{shipment.trackingUrl}}</source>
        <translation>Une adresse web commençant par https://, ou une variable qui en contient une, comme {{shipment.trackingUrl}}</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BrandKitDialog</name>
    <message>
        <source>Brand Kit</source>
        <translation>Kit de marque</translation>
    </message>
    <message>
        <source>Every message carries your shop&apos;s name, colour and logo, and where customers can write to you. Changes apply to the next message sent.</source>
        <translation>Chaque message porte le nom, la couleur et le logo de votre boutique, ainsi que le moyen de vous écrire. Les modifications s&apos;appliquent au prochain message envoyé.</translation>
    </message>
    <message>
        <source>e.g. Juniper &amp; Pine</source>
        <translation>p. ex. Juniper &amp; Pine</translation>
    </message>
    <message>
        <source>Choose Colo&amp;ur…</source>
        <translation>Choisir une co&amp;uleur…</translation>
    </message>
    <message>
        <source>help@your-shop.com</source>
        <translation>aide@votre-boutique.com</translation>
    </message>
    <message>
        <source>e.g. your shop&apos;s address, or a thank-you line</source>
        <translation>p. ex. l&apos;adresse de votre boutique, ou un mot de remerciement</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>&amp;Nom de la boutique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>Couleur d&apos;&amp;accent&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;pport email:</source>
        <translation>E-mail d&apos;assis&amp;tance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Pied de page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Couleur d&apos;accent</translation>
    </message>
    <message>
        <source>Fonts in order of preference, separated by commas; the customer&apos;s device uses the first one it has</source>
        <translation>Polices par ordre de préférence, séparées par des virgules&#xa0;; l’appareil du client utilise la première qu’il possède</translation>
    </message>
    <message>
        <source>Your shop&apos;s postal address, shown at the bottom of every email</source>
        <translation>L’adresse postale de votre boutique, affichée en bas de chaque e-mail</translation>
    </message>
    <message>
        <source>One a line, e.g. Instagram https://instagram.com/your-shop</source>
        <translation>Un par ligne, par exemple Instagram https://instagram.com/votre-boutique</translation>
    </message>
    <message>
        <source>Support p&amp;hone:</source>
        <translation>Télép&amp;hone d’assistance&#xa0;:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse postale&#xa0;:</translation>
    </message>
    <message>
        <source>Social lin&amp;ks:</source>
        <translation>Liens des réseau&amp;x sociaux&#xa0;:</translation>
    </message>
    <message>
        <source>Fo&amp;nt:</source>
        <translation>Poli&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::BrandPage</name>
    <message>
        <source>Your brand</source>
        <translation>Votre marque</translation>
    </message>
    <message>
        <source>Every message carries your shop&apos;s name, colour and logo, and where customers can write to you.</source>
        <translation>Chaque message porte le nom, la couleur et le logo de votre boutique, et indique où vos clients peuvent vous écrire.</translation>
    </message>
    <message>
        <source>e.g. Juniper &amp; Pine</source>
        <translation>p. ex. Lin &amp; Lavande</translation>
    </message>
    <message>
        <source>Choose Colo&amp;ur…</source>
        <translation>&amp;Choisir la couleur…</translation>
    </message>
    <message>
        <source>help@your-shop.com</source>
        <translation>aide@votreboutique.fr</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>&amp;Nom de la boutique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>Couleur d&apos;&amp;accent&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;pport email:</source>
        <translation>&amp;E-mail d&apos;assistance&#xa0;:</translation>
    </message>
    <message>
        <source>How it looks</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Couleur d&apos;accent</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Votre boutique</translation>
    </message>
    <message>
        <source>Hi Sam, your order #1001 is on its way.</source>
        <translation>Bonjour Sam, votre commande #1001 est en route.</translation>
    </message>
    <message>
        <source>Track your parcel</source>
        <translation>Suivre votre colis</translation>
    </message>
    <message>
        <source>Questions? Write to %1.</source>
        <translation>Des questions&#xa0;? Écrivez à %1.</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ChannelDialog</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Staff chat</source>
        <translation>Discussion de l&apos;équipe</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisation</translation>
    </message>
    <message>
        <source>Edit Channel</source>
        <translation>Modifier le canal</translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>e.g. Shop mail</source>
        <translation>p. ex. E-mails de la boutique</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>Your email address, or phone number for text messages</source>
        <translation>Votre adresse e-mail, ou votre numéro de téléphone pour les SMS</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Checks the keys and settings with the provider without sending anything.</source>
        <translation>Vérifie les clés et les paramètres auprès du fournisseur, sans rien envoyer.</translation>
    </message>
    <message>
        <source>Sign in to %1 in your browser and allow Tidings to send email. Tidings is waiting…</source>
        <translation>Connectez-vous à %1 dans votre navigateur et autorisez Tidings à envoyer des e-mails. Tidings attend…</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Saved in the keychain; type a new one to replace it</source>
        <translation>Enregistré dans le trousseau&#xa0;; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>On %1&apos;s side:</source>
        <translation>Du côté de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Type the address the test message should go to.</source>
        <translation>Saisissez l&apos;adresse à laquelle le message de test doit être envoyé.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Vérification auprès de %1…</translation>
    </message>
    <message>
        <source>Type the client ID of your %1 app first: the steps below say where to find it.</source>
        <translation>Saisissez d&apos;abord l&apos;ID client de votre application %1&#xa0;: les étapes ci-dessous indiquent où le trouver.</translation>
    </message>
    <message>
        <source>You signed in to %1, but did not allow Tidings to send email. Sign in again and allow &quot;Send email on your behalf&quot;.</source>
        <translation>Vous vous êtes connecté à %1, mais vous n&apos;avez pas autorisé Tidings à envoyer des e-mails. Reconnectez-vous et autorisez «&#xa0;Envoyer des e-mails en votre nom&#xa0;».</translation>
    </message>
    <message>
        <source>Signed in to %1. Save to use the new sign-in.</source>
        <translation>Connecté à %1. Enregistrez pour utiliser la nouvelle connexion.</translation>
    </message>
    <message>
        <source>Signed in to %1. Save to keep it.</source>
        <translation>Connecté à %1. Enregistrez pour la conserver.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ChannelsPage</name>
    <message>
        <source>&amp;Add channel…</source>
        <translation>&amp;Ajouter un canal…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Sends as</source>
        <translation>Envoie en tant que</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No channel yet. Add one to tell Tidings how your messages go out: your mail provider for customers, Slack for your staff, or a webhook for your automations.</source>
        <translation>Aucun canal pour l&apos;instant. Ajoutez-en un pour indiquer à Tidings comment vos messages partent&#xa0;: votre fournisseur d&apos;e-mails pour les clients, Slack pour votre équipe, ou un webhook pour vos automatisations.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Turn o&amp;n</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation>Supprimer le canal</translation>
    </message>
    <message>
        <source>Remove “%1”? Its key is deleted from the keychain.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Sa clé est effacée du trousseau.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Sus&amp;pendre</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Its messages wait until you resume the channel (%1).</source>
        <translation>Ses messages attendent que vous repreniez l&apos;envoi sur ce canal (%1).</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Sends this channel&apos;s waiting messages now.</source>
        <translation>Envoie maintenant les messages en attente de ce canal.</translation>
    </message>
    <message>
        <source>Holds this channel&apos;s messages until you resume it; nothing fails, and the other channels keep sending.</source>
        <translation>Retient les messages de ce canal jusqu&apos;à ce que vous repreniez l&apos;envoi&#xa0;; aucun n&apos;échoue, et les autres canaux continuent d&apos;envoyer.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ConnectionsPage</name>
    <message>
        <source>&amp;Add connection…</source>
        <translation>&amp;Ajouter une connexion…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Send a &amp;test event</source>
        <translation>Envoyer un événement de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Ask the platform for new and changed orders now, instead of at the next check</source>
        <translation>Demander dès maintenant à la plateforme les commandes nouvelles ou modifiées, au lieu d&apos;attendre la prochaine vérification</translation>
    </message>
    <message>
        <source>Connect a shop or order system</source>
        <translation>Connecter une boutique ou un système de commandes</translation>
    </message>
    <message>
        <source>Change the selected connection, or see its setup again</source>
        <translation>Modifier la connexion sélectionnée, ou revoir sa configuration</translation>
    </message>
    <message>
        <source>While off, Tidings refuses the connection&apos;s webhooks</source>
        <translation>Quand elle est désactivée, Tidings refuse les webhooks de la connexion</translation>
    </message>
    <message>
        <source>Send a signed sample order to this computer&apos;s webhook address, as the platform would. Nobody is notified.</source>
        <translation>Envoyer un exemple de commande signé à l&apos;adresse du webhook de cet ordinateur, comme le ferait la plateforme. Personne n&apos;est prévenu.</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>Supprimer la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>Adresse du &amp;webhook&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the webhook address</source>
        <translation>Copier l&apos;adresse du webhook</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Dernier événement&#xa0;:</translation>
    </message>
    <message>
        <source>Last refused:</source>
        <translation>Dernier refus&#xa0;:</translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation>Aucune connexion pour l&apos;instant</translation>
    </message>
    <message>
        <source>Connect your shop or order system, and Tidings hears of every new order and shipment and tells your customers about it. A short guided setup shows what to do on the platform&apos;s side.</source>
        <translation>Connectez votre boutique ou votre système de commandes&#xa0;: Tidings est alors informé de chaque nouvelle commande et expédition, et en informe vos clients. Une courte configuration guidée montre quoi faire du côté de la plateforme.</translation>
    </message>
    <message>
        <source>Add your first connection…</source>
        <translation>Ajouter votre première connexion…</translation>
    </message>
    <message>
        <source>Turn o&amp;n</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Tidings reads this connection itself: use Check now to see it work.</source>
        <translation>Tidings lit lui-même cette connexion&#xa0;: utilisez Vérifier maintenant pour la voir fonctionner.</translation>
    </message>
    <message>
        <source>A test event needs the connection to be on, with its secret saved, and Tidings receiving webhooks.</source>
        <translation>Un événement de test nécessite que la connexion soit activée, avec son secret enregistré, et que Tidings reçoive les webhooks.</translation>
    </message>
    <message>
        <source>Tidings has no test event for this platform. Use the platform&apos;s own test, if it has one.</source>
        <translation>Tidings n&apos;a pas d&apos;événement de test pour cette plateforme. Utilisez le test de la plateforme, s&apos;il en existe un.</translation>
    </message>
    <message>
        <source>Select a connection to see how it is doing.</source>
        <translation>Sélectionnez une connexion pour voir comment elle se porte.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reads &amp;from:</source>
        <translation>&amp;Lit depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation>Dernière vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Turned off: Tidings refuses its webhooks until you turn it on.</source>
        <translation>Désactivée&#xa0;: Tidings refuse ses webhooks jusqu&apos;à ce que vous l&apos;activiez.</translation>
    </message>
    <message>
        <source>Waiting for the first event. Finish the setup on the platform&apos;s side (Edit shows the steps again), or send a test event.</source>
        <translation>En attente du premier événement. Terminez la configuration du côté de la plateforme (Modifier affiche de nouveau les étapes), ou envoyez un événement de test.</translation>
    </message>
    <message>
        <source>Receiving events.</source>
        <translation>Réception des événements en cours.</translation>
    </message>
    <message>
        <source>Its latest request was refused; see why below.</source>
        <translation>Sa dernière requête a été refusée&#xa0;; voir pourquoi ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n today)</source>
        <translation>
            <numerusform>%1 (%n aujourd&apos;hui)</numerusform>
            <numerusform>%1 (%n aujourd&apos;hui)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1, HTTP %2. %3</source>
        <translation>%1, HTTP %2. %3</translation>
    </message>
    <message>
        <source>Nothing refused since Tidings started.</source>
        <translation>Aucun refus depuis le démarrage de Tidings.</translation>
    </message>
    <message>
        <source>Next check: %1.</source>
        <translation>Prochaine vérification&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Turned off: Tidings does not check it until you turn it on.</source>
        <translation>Désactivée&#xa0;: Tidings ne la vérifie pas jusqu&apos;à ce que vous l&apos;activiez.</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Its latest check failed; see why below. Tidings tries again by itself.</source>
        <translation>Sa dernière vérification a échoué&#xa0;; voir pourquoi ci-dessous. Tidings réessaie de lui-même.</translation>
    </message>
    <message numerus="yes">
        <source>Checking every %n minute(s).</source>
        <translation>
            <numerusform>Vérification toutes les %n minute.</numerusform>
            <numerusform>Vérification toutes les %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first check.</source>
        <translation>En attente de la première vérification.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>moins d&apos;une seconde</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%1, took %2, found %n new change(s).</source>
        <translation>
            <numerusform>%1, a duré %2, %n nouveau changement trouvé.</numerusform>
            <numerusform>%1, a duré %2, %n nouveaux changements trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet.</source>
        <translation>Pas encore.</translation>
    </message>
    <message>
        <source>Checking &quot;%1&quot; now…</source>
        <translation>Vérification de «&#xa0;%1&#xa0;» en cours…</translation>
    </message>
    <message>
        <source>Not receiving webhooks</source>
        <translation>Ne reçoit pas de webhooks</translation>
    </message>
    <message>
        <source>Receiving webhooks at %1</source>
        <translation>Reçoit les webhooks à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. Its events appear in the Monitor as they arrive.</source>
        <translation>«&#xa0;%1&#xa0;» ajoutée. Ses événements apparaissent dans le Suivi au fur et à mesure de leur arrivée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on.</source>
        <translation>«&#xa0;%1&#xa0;» est activée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is off; Tidings does not check it.</source>
        <translation>«&#xa0;%1&#xa0;» est désactivée&#xa0;; Tidings ne la vérifie pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is off; its webhooks are refused.</source>
        <translation>«&#xa0;%1&#xa0;» est désactivée&#xa0;; ses webhooks sont refusés.</translation>
    </message>
    <message>
        <source>Test event for &quot;%1&quot; accepted; it is in the Monitor.</source>
        <translation>Événement de test pour «&#xa0;%1&#xa0;» accepté&#xa0;; il est dans le Suivi.</translation>
    </message>
    <message>
        <source>Sending a test event for &quot;%1&quot;…</source>
        <translation>Envoi d&apos;un événement de test pour «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?

Tidings will refuse its webhooks and delete its secret from the keychain. Events already received stay in the Monitor. Delete the webhooks in %2 too, or it keeps sending them.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?

Tidings refusera ses webhooks et effacera son secret du trousseau. Les événements déjà reçus restent dans le Suivi. Supprimez aussi les webhooks dans %2, sinon il continuera à les envoyer.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::CredentialsPage</name>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Re&amp;place Key…</source>
        <translation>Re&amp;mplacer la clé…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Keys and sign-ins</source>
        <translation>Clés et connexions de comptes</translation>
    </message>
    <message>
        <source>Key or sign-in</source>
        <translation>Clé ou connexion de compte</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No keys yet. The keys and sign-ins of your connections and channels show here once you add them; Tidings keeps them in your system&apos;s keychain, never in its own files.</source>
        <translation>Aucune clé pour l&apos;instant. Les clés et connexions de comptes de vos connexions et canaux apparaissent ici dès que vous les ajoutez&#xa0;; Tidings les garde dans le trousseau de votre système, jamais dans ses propres fichiers.</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain. Tidings never shows a key again once it is saved: replace it if you are not sure it is right.</source>
        <translation>Conservé dans le trousseau de votre système. Tidings ne réaffiche jamais une clé une fois enregistrée&#xa0;: remplacez-la si vous n&apos;êtes pas sûr qu&apos;elle soit correcte.</translation>
    </message>
    <message>
        <source>Channel “%1” (%2)</source>
        <translation>Canal «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Needs sign-in: %1</source>
        <translation>Connexion requise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not signed in: the channel cannot send</source>
        <translation>Non connecté&#xa0;: le canal ne peut pas envoyer</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Not set (optional)</source>
        <translation>Non définie (facultatif)</translation>
    </message>
    <message>
        <source>Missing: the channel cannot send</source>
        <translation>Manquante&#xa0;: le canal ne peut pas envoyer</translation>
    </message>
    <message>
        <source>Account sign-in (%1)</source>
        <translation>Connexion au compte (%1)</translation>
    </message>
    <message>
        <source>Connection “%1” (%2)</source>
        <translation>Connexion «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Missing: this connection cannot be checked</source>
        <translation>Manquante&#xa0;: cette connexion ne peut pas être vérifiée</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Replace Key</source>
        <translation>Remplacer la clé</translation>
    </message>
    <message>
        <source>New %1 for %2:</source>
        <translation>Nouvelle valeur de «&#xa0;%1&#xa0;» pour %2&#xa0;:</translation>
    </message>
    <message>
        <source>The new key is empty; nothing was changed.</source>
        <translation>La nouvelle clé est vide&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>That channel or connection no longer exists.</source>
        <translation>Ce canal ou cette connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Sign out of the account of %1? It cannot send until you sign in again; its messages wait.</source>
        <translation>Se déconnecter du compte de %1&#xa0;? Il ne pourra plus envoyer jusqu&apos;à ce que vous vous reconnectiez&#xa0;; ses messages attendent.</translation>
    </message>
    <message>
        <source>Remove the %1 of %2 from the keychain? It cannot send without it; its messages wait until it has one again.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de %2 du trousseau&#xa0;? Sans cette valeur, il ne peut pas envoyer&#xa0;; ses messages attendent qu&apos;elle soit de nouveau définie.</translation>
    </message>
    <message>
        <source>Remove the %1 of %2 from the keychain?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de %2 du trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::DelayDetectionDialog</name>
    <message>
        <source>Delay Detection</source>
        <translation>Détection des retards</translation>
    </message>
    <message>
        <source>When the carrier has said nothing about a parcel for a few days after the label was made or while it is on its way, Tidings can tell your customer you are sorry and keeping an eye on it, before they have to ask. Each parcel gets one such message per quiet spell: if the carrier reports again and then goes quiet again, it can get another.</source>
        <translation>Quand le transporteur n&apos;a rien signalé pour un colis pendant quelques jours après la création de l&apos;étiquette ou pendant son acheminement, Tidings peut dire à votre client que vous êtes désolé et que vous gardez un œil dessus, avant qu&apos;il ait à le demander. Chaque colis reçoit un seul message de ce type par période de silence&#xa0;: si le transporteur donne de nouveau des nouvelles puis se tait encore, il peut en recevoir un autre.</translation>
    </message>
    <message>
        <source>&amp;Watch for parcels the carrier has gone quiet about</source>
        <translation>&amp;Surveiller les colis dont le transporteur ne donne plus de nouvelles</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Delayed after no news for:</source>
        <translation>En &amp;retard sans nouvelles depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Only switch this on if Tidings hears from your carrier as parcels move (a tracking connection, or a shop that reports deliveries). Otherwise every parcel looks delayed.</source>
        <translation>N&apos;activez cette option que si Tidings reçoit des nouvelles de votre transporteur au fil de l&apos;acheminement des colis (une connexion de suivi, ou une boutique qui signale les livraisons). Sinon, tous les colis sembleront en retard.</translation>
    </message>
    <message>
        <source>No rule sends anything for a delay yet. Add one for the trigger &quot;shipment.delayed&quot; in your configuration: to the customer, or to your staff&apos;s chat.</source>
        <translation>Aucune règle n&apos;envoie encore quoi que ce soit en cas de retard. Ajoutez-en une pour le déclencheur «&#xa0;shipment.delayed&#xa0;» dans votre configuration&#xa0;: vers le client, ou vers le chat de votre équipe.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::DeliveryGroup</name>
    <message>
        <source>Retries and fallback</source>
        <translation>Nouvelles tentatives et canal de secours</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>How many times Tidings tries to send a message through this channel before it fails for good. Refusals that no retry can mend (a bad address) stop at once.</source>
        <translation>Nombre de fois où Tidings essaie d&apos;envoyer un message par ce canal avant qu&apos;il échoue définitivement. Les refus qu&apos;aucune nouvelle tentative ne peut corriger (une adresse erronée) s&apos;arrêtent immédiatement.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> h</translation>
    </message>
    <message>
        <source>A message still not sent this many hours after the order changed fails for good at its next failure, so a customer is not told days late.</source>
        <translation>Un message toujours pas envoyé ce nombre d&apos;heures après le changement de la commande échoue définitivement à son prochain échec, pour qu&apos;un client ne soit pas prévenu avec des jours de retard.</translation>
    </message>
    <message>
        <source>When this channel keeps failing (an outage, or its sign-in was refused), its waiting messages go through this channel instead. Only channels that send the same kind of message are offered.</source>
        <translation>Quand ce canal échoue sans cesse (une panne, ou sa connexion a été refusée), ses messages en attente passent par ce canal à la place. Seuls les canaux qui envoient le même type de message sont proposés.</translation>
    </message>
    <message>
        <source> failures</source>
        <translation> échec(s)</translation>
    </message>
    <message>
        <source>How many failed tries in a row move a message to the fallback channel.</source>
        <translation>Nombre d&apos;échecs consécutifs qui font passer un message au canal de secours.</translation>
    </message>
    <message>
        <source>&amp;Maximum attempts:</source>
        <translation>Nombre &amp;maximal de tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>A&amp;bandonner après&#xa0;:</translation>
    </message>
    <message>
        <source>If this channel keeps failing, &amp;use:</source>
        <translation>Si ce canal échoue sans cesse, &amp;utiliser&#xa0;:</translation>
    </message>
    <message>
        <source>Move there a&amp;fter:</source>
        <translation>Y basculer a&amp;près&#xa0;:</translation>
    </message>
    <message>
        <source>No fallback</source>
        <translation>Aucun canal de secours</translation>
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
        <translation>Votre fournisseur d&apos;e-mails</translation>
    </message>
    <message>
        <source>Tidings sends your messages through a mail service you already have, in your name.</source>
        <translation>Tidings envoie vos messages, en votre nom, par un service de messagerie que vous avez déjà.</translation>
    </message>
    <message>
        <source>Choose your mail service and paste its key, or sign in with Google or Microsoft. Then send yourself a test message to see what your customers will get.</source>
        <translation>Choisissez votre service de messagerie et collez sa clé, ou connectez-vous avec Google ou Microsoft. Ensuite, envoyez-vous un message de test pour voir ce que vos clients recevront.</translation>
    </message>
    <message>
        <source>&amp;Add an Email Provider…</source>
        <translation>&amp;Ajouter un fournisseur d&apos;e-mails…</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Send a Test &amp;Message to Me</source>
        <translation>M&apos;envoyer un &amp;message de test</translation>
    </message>
    <message>
        <source>&amp;Your email address:</source>
        <translation>&amp;Votre adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No email provider is set up yet.</source>
        <translation>Aucun fournisseur d&apos;e-mails n&apos;est encore configuré.</translation>
    </message>
    <message>
        <source>Set up: %1</source>
        <translation>Configuré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. Now send yourself a test message.</source>
        <translation>Enregistré. Envoyez-vous maintenant un message de test.</translation>
    </message>
    <message>
        <source>Add an email provider first.</source>
        <translation>Ajoutez d&apos;abord un fournisseur d&apos;e-mails.</translation>
    </message>
    <message>
        <source>Type your email address first.</source>
        <translation>Saisissez d&apos;abord votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::EventDetailsView</name>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Failed, will try again</source>
        <translation>En échec, nouvel essai prévu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Interrupted (Tidings stopped while sending)</source>
        <translation>Interrompu (Tidings s&apos;est arrêté pendant l&apos;envoi)</translation>
    </message>
    <message>
        <source>Waiting for the account to be signed in again</source>
        <translation>En attente de la reconnexion du compte</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l&apos;événement</translation>
    </message>
    <message>
        <source>Messages and delivery attempts</source>
        <translation>Messages et tentatives d&apos;envoi</translation>
    </message>
    <message>
        <source>Payload as received</source>
        <translation>Contenu tel que reçu</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Select an event to see what Tidings did about it.</source>
        <translation>Sélectionnez un événement pour voir ce que Tidings en a fait.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçu %1</translation>
    </message>
    <message>
        <source>from %1 (%2)</source>
        <translation>de %1 (%2)</translation>
    </message>
    <message>
        <source>Tidings had already received this event (the same delivery, or a status the order had already reached), so it sent nothing again.</source>
        <translation>Tidings avait déjà reçu cet événement (le même envoi, ou un statut que la commande avait déjà atteint)&#xa0;: il n&apos;a donc rien renvoyé.</translation>
    </message>
    <message>
        <source>No rule asks for a message about this event, so nothing was sent.</source>
        <translation>Aucune règle ne demande de message pour cet événement&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>«&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>prochain essai %1</translation>
    </message>
    <message>
        <source>provider id %1</source>
        <translation>id du fournisseur %1</translation>
    </message>
    <message>
        <source>resent by you</source>
        <translation>renvoyé par vous</translation>
    </message>
    <message>
        <source>What went wrong:</source>
        <translation>Ce qui n&apos;a pas fonctionné&#xa0;:</translation>
    </message>
    <message>
        <source>Not tried yet.</source>
        <translation>Pas encore essayé.</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Tentative %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Provider message id:</source>
        <translation>Id du message chez le fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Provider&apos;s answer:</source>
        <translation>Réponse du fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(corps vide)</translation>
    </message>
    <message>
        <source>

(Only the first %1 KiB of %2 KiB are shown.)</source>
        <translation>

(Seuls les %1 premiers Kio sur %2 Kio sont affichés.)</translation>
    </message>
    <message>
        <source>(no headers)</source>
        <translation>(aucun en-tête)</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Retenu (heures calmes)</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::FinishPage</name>
    <message>
        <source>All set</source>
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <source>You can change all of this later, and open these steps again from Help → Getting Started.</source>
        <translation>Vous pourrez tout modifier plus tard, et rouvrir ces étapes depuis Aide → Guide de démarrage.</translation>
    </message>
    <message>
        <source>&amp;Go live now: send messages to my customers</source>
        <translation>&amp;Mettre en service maintenant&#xa0;: envoyer les messages à mes clients</translation>
    </message>
    <message>
        <source>No shop yet: add it on the Connections page.</source>
        <translation>Pas encore de boutique&#xa0;: ajoutez-la dans la page Connexions.</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Boutique&#xa0;: %1</translation>
    </message>
    <message>
        <source>No email provider yet: add one on the Channels page.</source>
        <translation>Pas encore de fournisseur d&apos;e-mails&#xa0;: ajoutez-en un dans la page Canaux.</translation>
    </message>
    <message>
        <source>Email provider: %1</source>
        <translation>Fournisseur d&apos;e-mails&#xa0;: %1</translation>
    </message>
    <message>
        <source>No shop name for your messages yet.</source>
        <translation>Pas encore de nom de boutique pour vos messages.</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Marque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Test mode is on: customers&apos; messages go to %1.</source>
        <translation>Le mode test est activé&#xa0;: les messages destinés aux clients arrivent à %1.</translation>
    </message>
    <message>
        <source>Test mode is off: messages go to your customers.</source>
        <translation>Le mode test est désactivé&#xa0;: les messages sont envoyés à vos clients.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::GenericMappingEditor</name>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Signifie</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>%1 (their word: %2)</source>
        <translation>%1 (leur mot&#xa0;: %2)</translation>
    </message>
    <message>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Id de la commande</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Statut de la commande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Shipment status</source>
        <translation>Statut de l&apos;expédition</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Lien de suivi</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> à %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Id de l&apos;événement</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Stock status</source>
        <translation>Statut du stock</translation>
    </message>
    <message>
        <source>Where each field is</source>
        <translation>Emplacement de chaque champ</translation>
    </message>
    <message>
        <source>Tidings field</source>
        <translation>Champ Tidings</translation>
    </message>
    <message>
        <source>Path in the JSON</source>
        <translation>Chemin dans le JSON</translation>
    </message>
    <message>
        <source>&amp;Where each field is:</source>
        <translation>&amp;Emplacement de chaque champ&#xa0;:</translation>
    </message>
    <message>
        <source>A JSON pointer such as /order/id, or a dotted path such as order.id or items.0.sku. Item fields are read inside each entry of the items list. Press F2 or start typing to edit.</source>
        <translation>Un pointeur JSON comme /order/id, ou un chemin à points comme order.id ou items.0.sku. Les champs d&apos;article sont lus dans chaque entrée de la liste des articles. Appuyez sur F2 ou commencez à taper pour modifier.</translation>
    </message>
    <message>
        <source>Status words</source>
        <translation>Mots de statut</translation>
    </message>
    <message>
        <source>Their word</source>
        <translation>Leur mot</translation>
    </message>
    <message>
        <source>&amp;Status words:</source>
        <translation>&amp;Mots de statut&#xa0;:</translation>
    </message>
    <message>
        <source>Words your system uses for a status, in any case (e.g. &quot;Dispatched&quot; means shipped). Words that already are a Tidings status need no entry.</source>
        <translation>Les mots que votre système utilise pour un statut, en majuscules ou minuscules (p. ex. «&#xa0;Dispatched&#xa0;» signifie expédiée). Les mots qui sont déjà un statut de Tidings n&apos;ont pas besoin d&apos;entrée.</translation>
    </message>
    <message>
        <source>&amp;Add word</source>
        <translation>&amp;Ajouter un mot</translation>
    </message>
    <message>
        <source>Add a status word (Insert in the table)</source>
        <translation>Ajouter un mot de statut (Insert dans le tableau)</translation>
    </message>
    <message>
        <source>Re&amp;move word</source>
        <translation>&amp;Retirer le mot</translation>
    </message>
    <message>
        <source>Remove the selected status word (Delete in the table)</source>
        <translation>Retirer le mot de statut sélectionné (Delete dans le tableau)</translation>
    </message>
    <message>
        <source>Add status word</source>
        <translation>Ajouter un mot de statut</translation>
    </message>
    <message>
        <source>Remove status word</source>
        <translation>Retirer le mot de statut</translation>
    </message>
    <message>
        <source>Sample body</source>
        <translation>Exemple de corps</translation>
    </message>
    <message>
        <source>Paste a body your system sends, e.g. from Zapier&apos;s test step or the sender&apos;s log.</source>
        <translation>Collez un corps que votre système envoie, p. ex. depuis l&apos;étape de test de Zapier ou le journal de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Sam&amp;ple body:</source>
        <translation>E&amp;xemple de corps&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test with this sample</source>
        <translation>&amp;Tester avec cet exemple</translation>
    </message>
    <message>
        <source>Read the sample with this mapping (Ctrl+Return)</source>
        <translation>Lire l&apos;exemple avec cette correspondance (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>field label and its name in the mapping</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The sample cannot be read with this mapping: %n problem(s). Fix the paths or the sample, then test again.</source>
        <translation>
            <numerusform>L&apos;exemple ne peut pas être lu avec cette correspondance&#xa0;: %n problème. Corrigez les chemins ou l&apos;exemple, puis testez de nouveau.</numerusform>
            <numerusform>L&apos;exemple ne peut pas être lu avec cette correspondance&#xa0;: %n problèmes. Corrigez les chemins ou l&apos;exemple, puis testez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <source>The sample gives %n event(s).</source>
        <translation>
            <numerusform>L&apos;exemple donne %n événement.</numerusform>
            <numerusform>L&apos;exemple donne %n événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample gives %1 and %2.</source>
        <translation>L&apos;exemple donne %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock change(s)</source>
        <translation>
            <numerusform>%n changement de stock</numerusform>
            <numerusform>%n changements de stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Order %1 (%2)</source>
        <translation>Commande %1 (%2)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>Stock change %1</source>
        <translation>Changement de stock %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::GettingStartedWizard</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Bienvenue dans Tidings</translation>
    </message>
    <message>
        <source>S&amp;kip This Step</source>
        <translation>&amp;Ignorer cette étape</translation>
    </message>
    <message>
        <source>Goes on to the next step without changing anything here</source>
        <translation>Passe à l&apos;étape suivante sans rien modifier ici</translation>
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
        <translation>Messages de stock</translation>
    </message>
    <message>
        <source>Nobody (no stock alerts)</source>
        <translation>Personne (aucune alerte de stock)</translation>
    </message>
    <message>
        <source>team@yourshop.com</source>
        <translation>equipe@votreboutique.fr</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Votre équipe</translation>
    </message>
    <message>
        <source>Told once when a product falls to its low-stock threshold, and once when it runs out. Stock that goes up and down around the threshold does not alert again until it was well above it.</source>
        <translation>Prévenue une fois quand un produit descend à son seuil de stock faible, et une fois quand il est en rupture. Un stock qui oscille autour du seuil ne déclenche pas de nouvelle alerte tant qu&apos;il n&apos;est pas remonté nettement au-dessus.</translation>
    </message>
    <message>
        <source>&amp;Alerts go through:</source>
        <translation>&amp;Alertes envoyées par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>Tell &amp;waiting customers when a product is back in stock</source>
        <translation>Prévenir les clients en attente quand un produit est de &amp;retour en stock</translation>
    </message>
    <message>
        <source>Tell customers when their &amp;order waits for an item that ran out</source>
        <translation>Prévenir les clients quand leur &amp;commande attend un article en rupture de stock</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Vos clients</translation>
    </message>
    <message>
        <source>Waiting customers are told in the order they asked, no more of them than came back. An order waits when it was placed after an item had run out; its shipping message then thanks the customer for waiting.</source>
        <translation>Les clients en attente sont prévenus dans l&apos;ordre de leur demande, sans dépasser la quantité revenue en stock. Une commande est en attente lorsqu&apos;elle a été passée après la rupture de stock d&apos;un article&#xa0;; son message d&apos;expédition remercie alors le client de sa patience.</translation>
    </message>
    <message>
        <source>&amp;Customers are told through:</source>
        <translation>Clients &amp;prévenus par&#xa0;:</translation>
    </message>
    <message>
        <source>Add an email channel on the Channels page to tell customers.</source>
        <translation>Ajoutez un canal d&apos;e-mail dans Canaux pour prévenir les clients.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::InventoryPage</name>
    <message>
        <source>&amp;Threshold…</source>
        <translation>&amp;Seuil…</translation>
    </message>
    <message>
        <source>Give the chosen product its own low-stock threshold, or the shop&apos;s (F2 in the table does it too)</source>
        <translation>Donner au produit choisi son propre seuil de stock faible, ou celui de la boutique (F2 dans le tableau fait de même)</translation>
    </message>
    <message>
        <source>&amp;Import Waiting Customers…</source>
        <translation>Im&amp;porter des clients en attente…</translation>
    </message>
    <message>
        <source>Add customers waiting for products to be back in stock, from a CSV file with at least SKU and Email columns (Ctrl+I)</source>
        <translation>Ajouter des clients qui attendent le retour en stock de produits, depuis un fichier CSV comportant au moins les colonnes SKU et Email (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Messages…</source>
        <translation>&amp;Messages…</translation>
    </message>
    <message>
        <source>Choose who is told about stock: your team when a product runs low or out, customers when it is back or their order waits for it</source>
        <translation>Choisir qui est prévenu au sujet du stock&#xa0;: votre équipe quand le stock d&apos;un produit devient faible ou s&apos;épuise, les clients quand il est de retour ou que leur commande l&apos;attend</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <source>Search by SKU or name</source>
        <translation>Rechercher par SKU ou par nom</translation>
    </message>
    <message>
        <source>Shows the products whose SKU or name contains what you type (Ctrl+F)</source>
        <translation>Affiche les produits dont le SKU ou le nom contient ce que vous tapez (Ctrl+F)</translation>
    </message>
    <message>
        <source>Staff are told when a product&apos;s stock falls to this many, unless the product has a threshold of its own</source>
        <translation>Votre équipe est prévenue quand le stock d&apos;un produit descend à cette quantité, sauf si le produit a son propre seuil</translation>
    </message>
    <message>
        <source>Sh&amp;op threshold:</source>
        <translation>Seuil de la &amp;boutique&#xa0;:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Shop&apos;s (%1)</source>
        <translation>Boutique (%1)</translation>
    </message>
    <message>
        <source>Stock changes</source>
        <translation>Changements de stock</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Aucun produit pour l&apos;instant</translation>
    </message>
    <message>
        <source>Stock levels appear here when a connected shop reports them: how many of each product are left, whether it is running low, and which customers wait for it to be back in stock.</source>
        <translation>Les niveaux de stock apparaissent ici dès qu&apos;une boutique connectée les signale&#xa0;: la quantité restante de chaque produit, si son stock devient faible, et quels clients attendent son retour en stock.</translation>
    </message>
    <message>
        <source>Customers who asked to be told when a product is back can be added from a CSV file with SKU and Email columns.</source>
        <translation>Les clients qui ont demandé à être prévenus du retour d&apos;un produit peuvent être ajoutés depuis un fichier CSV avec les colonnes SKU et Email.</translation>
    </message>
    <message>
        <source>Choose a product to see its stock changes.</source>
        <translation>Choisissez un produit pour voir ses changements de stock.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stock changes of %1</source>
        <translation>Changements de stock de %1</translation>
    </message>
    <message>
        <source>No stock change of %1 reported yet.</source>
        <translation>Aucun changement de stock signalé pour %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Import Waiting Customers</source>
        <translation>Importer des clients en attente</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Tidings could not read %1: %2</source>
        <translation>Tidings n&apos;a pas pu lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of customers. Split it into smaller files.</source>
        <translation>%1 est trop volumineux pour une liste de clients. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out:</source>
        <translation>
            <numerusform>%n ligne ignorée&#xa0;:</numerusform>
            <numerusform>%n lignes ignorées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>No waiting customers were added from %1.</source>
        <translation>Aucun client en attente n&apos;a été ajouté depuis %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting customer(s)</source>
        <translation>
            <numerusform>%n client en attente</numerusform>
            <numerusform>%n clients en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Ajout de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Added %1; %n were already waiting.</source>
        <translation>
            <numerusform>Ajout de %1&#xa0;; %n était déjà en attente.</numerusform>
            <numerusform>Ajout de %1&#xa0;; %n étaient déjà en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running low</source>
        <translation>
            <numerusform>%n en stock faible</numerusform>
            <numerusform>%n en stock faible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out of stock</source>
        <translation>
            <numerusform>%n en rupture de stock</numerusform>
            <numerusform>%n en rupture de stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) waiting</source>
        <translation>
            <numerusform>%n client en attente</numerusform>
            <numerusform>%n clients en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>Langue du &amp;système (%1)</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Tidings will speak %1 after a restart. Restart now? Nothing waiting to be sent is lost.</source>
        <translation>Tidings sera en %1 après un redémarrage. Redémarrer maintenant ? Aucun message en attente d’envoi ne sera perdu.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::LogViewerDialog</name>
    <message>
        <source>Copy &amp;Diagnostic Report</source>
        <translation>Copier le rapport de &amp;diagnostic</translation>
    </message>
    <message>
        <source>&amp;Open Log Folder</source>
        <translation>&amp;Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <source>Tidings Log</source>
        <translation>Journal de Tidings</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Copies the versions, settings and recent log for support. Keys and passwords are left out.</source>
        <translation>Copie les versions, les paramètres et le journal récent pour l&apos;assistance. Les clés et mots de passe sont exclus.</translation>
    </message>
    <message>
        <source>Tidings keeps no log in this run.</source>
        <translation>Tidings ne tient pas de journal pendant cette exécution.</translation>
    </message>
    <message>
        <source>Also written to %1</source>
        <translation>Également écrit dans %1</translation>
    </message>
    <message>
        <source>The diagnostic report is on the clipboard. Paste it into your message to support.</source>
        <translation>Le rapport de diagnostic est dans le presse-papiers. Collez-le dans votre message à l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::LogoPicker</name>
    <message>
        <source>Your customers&apos; mail programs load the logo from this address, so it must be a picture on the web. No website? Choose a picture file instead.</source>
        <translation>Les messageries de vos clients chargent le logo depuis cette adresse&#xa0;: ce doit donc être une image sur le web. Pas de site web&#xa0;? Choisissez plutôt un fichier image.</translation>
    </message>
    <message>
        <source>Choose F&amp;ile…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>A PNG, JPEG, GIF or WebP picture of at most %1 KiB. Every email carries it inside, so it shows without your customers&apos; mail programs loading anything from the web.</source>
        <translation>Une image PNG, JPEG, GIF ou WebP d’au plus %1&#xa0;Kio. Chaque e-mail la contient, elle s’affiche donc sans que les messageries de vos clients chargent quoi que ce soit depuis le web.</translation>
    </message>
    <message>
        <source>Remo&amp;ve Picture</source>
        <translation>Retirer l’&amp;image</translation>
    </message>
    <message>
        <source>Choose Your Logo</source>
        <translation>Choisir votre logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1&#xa0;Kio</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2&#xa0;pixels, %3</translation>
    </message>
    <message>
        <source>Every email carries this picture inside it, as %1.</source>
        <translation>Chaque e-mail contient cette image, sous le nom %1.</translation>
    </message>
    <message>
        <source>e.g. https://your-shop.com/logo.png</source>
        <translation>p. ex. https://votre-boutique.fr/logo.png</translation>
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
        <translation>Se re&amp;connecter…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>The Monitor needs the database to show events. Fix the problem above and start Tidings again.</source>
        <translation>Le Suivi a besoin de la base de données pour afficher les événements. Corrigez le problème ci-dessus et relancez Tidings.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>Ca&amp;naux</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>&amp;Identifiants</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation>&amp;Envoi</translation>
    </message>
    <message>
        <source>&amp;Pause All Sending</source>
        <translation>&amp;Suspendre tous les envois</translation>
    </message>
    <message>
        <source>Nothing is sent while paused; messages wait and go out when you resume</source>
        <translation>Rien n&apos;est envoyé pendant la suspension&#xa0;; les messages attendent et partent quand vous reprenez</translation>
    </message>
    <message>
        <source>Resend &amp;Interrupted Messages Automatically</source>
        <translation>Renvoyer automatiquement les messages &amp;interrompus</translation>
    </message>
    <message>
        <source>A message Tidings was sending when it stopped may have gone out. Off: it is marked uncertain for you to decide in the Monitor. On: it is sent again at the next start, and may arrive twice.</source>
        <translation>Un message que Tidings envoyait au moment de son arrêt est peut-être parti. Désactivé&#xa0;: il est marqué incertain, et vous décidez dans le Suivi. Activé&#xa0;: il est renvoyé au prochain démarrage, et peut arriver deux fois.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Log and Diagnostic Report</source>
        <translation>&amp;Journal et rapport de diagnostic</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>À &amp;propos de Tidings</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent since you last looked at the Monitor</source>
        <translation>
            <numerusform>%n message n&apos;a pas pu être envoyé depuis votre dernière visite dans le Suivi</numerusform>
            <numerusform>%n messages n&apos;ont pas pu être envoyés depuis votre dernière visite dans le Suivi</numerusform>
        </translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Tidings %1</source>
        <translation>Tidings %1</translation>
    </message>
    <message>
        <source>Tells your customers about their orders: when your shop reports a new order, a shipment or a delivery, Tidings sends a message in your shop&apos;s style and shows you what happened to it.</source>
        <translation>Informe vos clients au sujet de leurs commandes&#xa0;: quand votre boutique signale une nouvelle commande, une expédition ou une livraison, Tidings envoie un message dans le style de votre boutique et vous montre ce qu&apos;il est devenu.</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Fonctionne sur&#xa0;:</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>À propos de Tidings</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Copies these versions, to paste into a message to support</source>
        <translation>Copie ces versions, pour les coller dans un message à l&apos;assistance</translation>
    </message>
    <message>
        <source>%1 Its messages wait and go out once you have signed in.</source>
        <translation>%1 Ses messages attendent et partiront une fois que vous vous serez connecté.</translation>
    </message>
    <message numerus="yes">
        <source>%n more channel(s) need signing in too: see Channels.</source>
        <translation>
            <numerusform>%n autre canal doit aussi être connecté&#xa0;: voir Canaux.</numerusform>
            <numerusform>%n autres canaux doivent aussi être connectés&#xa0;: voir Canaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delay Detection…</source>
        <translation>Détection des &amp;retards…</translation>
    </message>
    <message>
        <source>Tell customers, or your staff, when the carrier has gone quiet about a parcel</source>
        <translation>Prévenir vos clients, ou votre équipe, quand le transporteur ne donne plus de nouvelles d&apos;un colis</translation>
    </message>
    <message>
        <source>&amp;Quiet Hours…</source>
        <translation>&amp;Heures calmes…</translation>
    </message>
    <message>
        <source>Hold text and Slack messages through the night, and alert your staff on Slack when a message fails for good</source>
        <translation>Retenir les SMS et les messages Slack pendant la nuit, et alerter votre équipe sur Slack quand un message échoue définitivement</translation>
    </message>
    <message>
        <source>&amp;Getting Started…</source>
        <translation>&amp;Guide de démarrage…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>S&amp;tock</translation>
    </message>
    <message>
        <source>Inventory &amp;Messages…</source>
        <translation>Messages de st&amp;ock…</translation>
    </message>
    <message>
        <source>Tell your team when a product runs low or out, and customers when it is back or their order waits for it</source>
        <translation>Prévenir votre équipe quand le stock d&apos;un produit devient faible ou s&apos;épuise, et les clients quand il est de retour ou que leur commande l&apos;attend</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MessagesPage</name>
    <message>
        <source>When an order is placed</source>
        <translation>Quand une commande est passée</translation>
    </message>
    <message>
        <source>When an order ships</source>
        <translation>Quand une commande est expédiée</translation>
    </message>
    <message>
        <source>Your messages</source>
        <translation>Vos messages</translation>
    </message>
    <message>
        <source>What your customers are sent, and when. Here with a made-up order and your brand.</source>
        <translation>Ce que vos clients reçoivent, et quand. Ici avec une commande fictive et votre marque.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Messages&#xa0;:</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>When a parcel seems stuck (with Delay Detection on)</source>
        <translation>Quand un colis semble bloqué (avec la détection des retards activée)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Orders that say the customer&apos;s language get the messages in it, when Tidings has them in it. This one is for the others. You can change it later on the Templates page.</source>
        <translation>Les commandes qui indiquent la langue du client reçoivent les messages dans cette langue, si Tidings les a dans celle-ci. Ce choix vaut pour les autres. Vous pourrez le changer plus tard dans la page Modèles.</translation>
    </message>
    <message>
        <source>Customers whose order does not say their &amp;language get:</source>
        <translation>Les clients dont la commande n&apos;indique pas la &amp;langue reçoivent :</translation>
    </message>
    <message>
        <source>When an order waits for an item that ran out</source>
        <translation>Quand une commande attend un article en rupture de stock</translation>
    </message>
    <message>
        <source>When a product customers wait for is back in stock</source>
        <translation>Quand un produit attendu par des clients est de retour en stock</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MonitorModel</name>
    <message>
        <source>Duplicate — nothing sent</source>
        <translation>Doublon — rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Rien à envoyer</translation>
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
        <translation>Tidings avait déjà reçu cet événement&#xa0;: rien n&apos;a été renvoyé.</translation>
    </message>
    <message>
        <source>No rule asks for a message about this event.</source>
        <translation>Aucune règle ne demande de message pour cet événement.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) for this event</source>
        <translation>
            <numerusform>%n message pour cet événement</numerusform>
            <numerusform>%n messages pour cet événement</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::MonitorPage</name>
    <message>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <source>Show events by state</source>
        <translation>Afficher les événements par état</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Failed or uncertain</source>
        <translation>En échec ou incertains</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation>&amp;Renvoyer…</translation>
    </message>
    <message>
        <source>Send one of the selected event&apos;s messages again, to the same or another address</source>
        <translation>Renvoyer l&apos;un des messages de l&apos;événement sélectionné, à la même adresse ou à une autre</translation>
    </message>
    <message>
        <source>Resend &amp;All Shown…</source>
        <translation>Renvoyer &amp;tout ce qui est affiché…</translation>
    </message>
    <message>
        <source>Send the messages of every event the table shows again (use Show: Failed or uncertain first), each to the address it went to</source>
        <translation>Renvoyer les messages de chaque événement affiché dans le tableau (utilisez d&apos;abord Afficher&#xa0;: En échec ou incertains), chacun à l&apos;adresse où il était parti</translation>
    </message>
    <message>
        <source>&amp;Cancel Message</source>
        <translation>Ann&amp;uler le message</translation>
    </message>
    <message>
        <source>The selected event&apos;s message that is still waiting is not sent</source>
        <translation>Le message encore en attente de l&apos;événement sélectionné n&apos;est pas envoyé</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the events the table shows, as it shows them, for a spreadsheet</source>
        <translation>Enregistrer les événements affichés dans le tableau, tels qu&apos;ils sont affichés, pour un tableur</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Send Again</source>
        <translation>&amp;Ne plus envoyer</translation>
    </message>
    <message>
        <source>None of the events shown has a message that can be sent again.</source>
        <translation>Aucun des événements affichés n&apos;a de message pouvant être renvoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) of the %1 events shown again, each to the address it went to? The first ones stay in the history.</source>
        <translation>
            <numerusform>Renvoyer %n message des %1 événements affichés, chacun à l&apos;adresse où il était parti&#xa0;? Les premiers envois restent dans l&apos;historique.</numerusform>
            <numerusform>Renvoyer %n messages des %1 événements affichés, chacun à l&apos;adresse où il était parti&#xa0;? Les premiers envois restent dans l&apos;historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend All Shown</source>
        <translation>Renvoyer tout ce qui est affiché</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n Message(s)</source>
        <translation>
            <numerusform>Renvoyer %n message</numerusform>
            <numerusform>Renvoyer %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n message(s) to be sent again.</source>
        <translation>
            <numerusform>%n message remis en file d&apos;attente pour être renvoyé.</numerusform>
            <numerusform>%n messages remis en file d&apos;attente pour être renvoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings could not save the events to %1: %2</source>
        <translation>Tidings n&apos;a pas pu enregistrer les événements dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>tidings-events-%1.csv</source>
        <translation>tidings-events-%1.csv</translation>
    </message>
    <message>
        <source>Export View as CSV</source>
        <translation>Exporter l&apos;affichage en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>%n événement enregistré dans %1.</numerusform>
            <numerusform>%n événements enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidings was interrupted while sending the message to %1, so it may have gone out. Leave it as it is? Tidings will not send it again; you can still resend it.</source>
        <translation>
            <numerusform>Tidings a été interrompu pendant l&apos;envoi du message à %1&#xa0;: il est peut-être parti. Le laisser tel quel&#xa0;? Tidings ne le renverra pas&#xa0;; vous pourrez toujours le renvoyer.</numerusform>
            <numerusform>Tidings a été interrompu pendant l&apos;envoi des messages à %1&#xa0;: ils sont peut-être partis. Les laisser tels quels&#xa0;? Tidings ne les renverra pas&#xa0;; vous pourrez toujours les renvoyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the message to %1 that is waiting to go out? It will not be sent; you can still resend it later.</source>
        <translation>
            <numerusform>Annuler le message à %1 qui attend de partir&#xa0;? Il ne sera pas envoyé&#xa0;; vous pourrez toujours le renvoyer plus tard.</numerusform>
            <numerusform>Annuler les messages à %1 qui attendent de partir&#xa0;? Ils ne seront pas envoyés&#xa0;; vous pourrez toujours les renvoyer plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t Send Again</source>
        <translation>Ne plus envoyer</translation>
    </message>
    <message>
        <source>Cancel Waiting Message</source>
        <translation>Annuler le message en attente</translation>
    </message>
    <message>
        <source>Cancel Message</source>
        <translation>Annuler le message</translation>
    </message>
    <message>
        <source>Select an event to see what Tidings did about it.</source>
        <translation>Sélectionnez un événement pour voir ce que Tidings en a fait.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aucun événement pour l&apos;instant</translation>
    </message>
    <message>
        <source>Events appear here as soon as your shop sends them. For each one you will see which messages Tidings sent, to whom, and whether they arrived at your email provider.</source>
        <translation>Les événements apparaissent ici dès que votre boutique les envoie. Pour chacun, vous verrez quels messages Tidings a envoyés, à qui, et s&apos;ils sont bien arrivés chez votre fournisseur d&apos;e-mails.</translation>
    </message>
    <message>
        <source>Your shop sends its webhooks to:</source>
        <translation>Votre boutique envoie ses webhooks à&#xa0;:</translation>
    </message>
    <message>
        <source>Not listening for webhooks</source>
        <translation>N&apos;écoute pas les webhooks</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n incertain</numerusform>
            <numerusform>%n incertains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Search order number, email or tracking number (Ctrl+F)</source>
        <translation>Rechercher un numéro de commande, un e-mail ou un numéro de suivi (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show events from shop</source>
        <translation>Afficher les événements de la boutique</translation>
    </message>
    <message>
        <source>Show events with messages through channel</source>
        <translation>Afficher les événements dont les messages passent par le canal</translation>
    </message>
    <message>
        <source>Show events received</source>
        <translation>Afficher les événements reçus</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <source>Sh&amp;op:</source>
        <translation>&amp;Boutique&#xa0;:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Reçu&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Toutes les boutiques</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n matching event(s); scroll for older ones</source>
        <translation>
            <numerusform>%n événement correspondant (le plus récent)&#xa0;; faites défiler pour voir les plus anciens</numerusform>
            <numerusform>%n événements correspondants (les plus récents)&#xa0;; faites défiler pour voir les plus anciens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s)</source>
        <translation>
            <numerusform>%n événement correspondant</numerusform>
            <numerusform>%n événements correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n event(s); scroll for older ones</source>
        <translation>
            <numerusform>%n événement (le plus récent)&#xa0;; faites défiler pour voir les plus anciens</numerusform>
            <numerusform>%n événements (les plus récents)&#xa0;; faites défiler pour voir les plus anciens</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notify Now…</source>
        <translation>&amp;Prévenir maintenant…</translation>
    </message>
    <message>
        <source>Send a message you choose for the selected event&apos;s order now</source>
        <translation>Envoyer maintenant un message de votre choix pour la commande de l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;play Through Rules…</source>
        <translation>Re&amp;jouer selon les règles…</translation>
    </message>
    <message>
        <source>See what your current rules would send for the selected event, then send what is new</source>
        <translation>Voir ce que vos règles actuelles enverraient pour l&apos;événement sélectionné, puis envoyer ce qui est nouveau</translation>
    </message>
    <message>
        <source>Order &amp;History…</source>
        <translation>&amp;Historique de la commande…</translation>
    </message>
    <message>
        <source>Everything that happened to the selected event&apos;s order, with each message exactly as it was sent</source>
        <translation>Tout ce qui est arrivé à la commande de l’événement sélectionné, avec chaque message exactement tel qu’il a été envoyé</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::NotifyNowDialog</name>
    <message>
        <source>Notify Now</source>
        <translation>Prévenir maintenant</translation>
    </message>
    <message>
        <source>Tidings sends one message for order %1 now, with the order as it is stored. It is sent even if the customer was told before.</source>
        <translation>Tidings envoie maintenant un message pour la commande %1, avec la commande telle qu&apos;elle est conservée. Il est envoyé même si le client a déjà été prévenu.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>No email or text-message channel is switched on. Set one up under Channels first.</source>
        <translation>Aucun canal d&apos;e-mail ou de SMS n&apos;est activé. Configurez-en d&apos;abord un dans Canaux.</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>“%1” for order %2 goes to %3 through %4 as soon as you confirm.</source>
        <translation>«&#xa0;%1&#xa0;» pour la commande %2 part vers %3 par %4 dès que vous confirmez.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::OrderTimelineDialog</name>
    <message>
        <source>What happened to this order</source>
        <translation>Ce qui est arrivé à cette commande</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The email as sent</source>
        <translation>L’e-mail tel qu’envoyé</translation>
    </message>
    <message>
        <source>The plain-text part as sent</source>
        <translation>La partie texte brut telle qu’envoyée</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Plain &amp;Text</source>
        <translation>&amp;Texte brut</translation>
    </message>
    <message>
        <source>Order History</source>
        <translation>Historique de la commande</translation>
    </message>
    <message>
        <source>Order %1: History</source>
        <translation>Commande %1&#xa0;: historique</translation>
    </message>
    <message numerus="yes">
        <source>This order has many events: the newest %n are shown.</source>
        <translation>
            <numerusform>Cette commande a beaucoup d’événements&#xa0;: le plus récent est affiché.</numerusform>
            <numerusform>Cette commande a beaucoup d’événements&#xa0;: les %n plus récents sont affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1” to %2: %3</source>
        <translation>«&#xa0;%1&#xa0;» à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Tentative %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Provider message id: %1</source>
        <translation>Identifiant du message chez le fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider sent no answer.</source>
        <translation>Le fournisseur n’a pas répondu.</translation>
    </message>
    <message>
        <source>The provider answered:
%1</source>
        <translation>Le fournisseur a répondu&#xa0;:
%1</translation>
    </message>
    <message>
        <source>This message cannot be shown.</source>
        <translation>Ce message ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exactly as sent: template “%1” as published then, with your brand as it was then.</source>
        <translation>Exactement tel qu’envoyé&#xa0;: modèle «&#xa0;%1&#xa0;» tel que publié alors, avec votre marque d’alors.</translation>
    </message>
    <message>
        <source>Not sent yet, or sent before Tidings kept your brand: shown with template “%1” as it was queued and your brand as it is now.</source>
        <translation>Pas encore envoyé, ou envoyé avant que Tidings conserve votre marque&#xa0;: affiché avec le modèle «&#xa0;%1&#xa0;» tel qu’il était à la mise en file d’attente et votre marque actuelle.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ProductsModel</name>
    <message>
        <source>%1 (shop)</source>
        <translation>%1 (boutique)</translation>
    </message>
    <message>
        <source>The shop gives this product no SKU: Tidings knows it as %1</source>
        <translation>La boutique ne donne pas de SKU à ce produit&#xa0;: Tidings le connaît sous le nom %1</translation>
    </message>
    <message>
        <source>The shop reports only whether it is in stock, not how many</source>
        <translation>La boutique indique seulement si ce produit est en stock, pas en quelle quantité</translation>
    </message>
    <message numerus="yes">
        <source>Over %n location(s)</source>
        <translation>
            <numerusform>Réparti sur %n emplacement</numerusform>
            <numerusform>Réparti sur %n emplacements</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff were told it is low. They are told again once it has been well stocked again.</source>
        <translation>Votre équipe a été prévenue que le stock est faible. Elle ne sera prévenue à nouveau qu&apos;une fois le produit bien réapprovisionné.</translation>
    </message>
    <message>
        <source>Staff were told it is out of stock. They are told again once it has been well stocked again.</source>
        <translation>Votre équipe a été prévenue de la rupture de stock. Elle ne sera prévenue à nouveau qu&apos;une fois le produit bien réapprovisionné.</translation>
    </message>
    <message>
        <source>This product&apos;s own low-stock threshold. F2 changes it.</source>
        <translation>Le seuil de stock faible propre à ce produit. F2 le modifie.</translation>
    </message>
    <message>
        <source>The shop&apos;s low-stock threshold (Shop threshold above the table). F2 gives this product its own.</source>
        <translation>Le seuil de stock faible de la boutique (Seuil de la boutique, au-dessus du tableau). F2 donne à ce produit son propre seuil.</translation>
    </message>
    <message>
        <source>Customers waiting to be told when it is back in stock</source>
        <translation>Clients qui attendent d&apos;être prévenus du retour en stock</translation>
    </message>
    <message>
        <source>Customers told it is back in stock</source>
        <translation>Clients prévenus du retour en stock</translation>
    </message>
    <message>
        <source>No stock change reported yet</source>
        <translation>Aucun changement de stock signalé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Staff are told when the stock falls to this many</source>
        <translation>Votre équipe est prévenue quand le stock descend à cette quantité</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Seuil de stock faible</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Prévenus</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::QuietHoursDialog</name>
    <message>
        <source>Quiet Hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source>Nobody likes a text message at 3 in the morning. During quiet hours Tidings holds text messages and Slack messages and sends them when the quiet hours end. Emails are not held: they wait in the inbox without a sound.</source>
        <translation>Personne n&apos;aime recevoir un SMS à 3 heures du matin. Pendant les heures calmes, Tidings retient les SMS et les messages Slack et les envoie à la fin des heures calmes. Les e-mails ne sont pas retenus&#xa0;: ils attendent sans bruit dans la boîte de réception.</translation>
    </message>
    <message>
        <source>&amp;Hold text and Slack messages during quiet hours</source>
        <translation>&amp;Retenir les SMS et les messages Slack pendant les heures calmes</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Fuseau horaire de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Customers&apos; messages follow this clock: no shop platform tells Tidings the customer&apos;s own time zone.</source>
        <translation>Les messages destinés aux clients suivent cette horloge&#xa0;: aucune plateforme de boutique n&apos;indique à Tidings le fuseau horaire du client.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>Shop&apos;s time &amp;zone:</source>
        <translation>&amp;Fuseau horaire de la boutique&#xa0;:</translation>
    </message>
    <message>
        <source>No Slack alert</source>
        <translation>Aucune alerte Slack</translation>
    </message>
    <message>
        <source>Add a Slack channel under Channels to alert your staff there as well.</source>
        <translation>Ajoutez un canal Slack dans Canaux pour alerter aussi votre équipe sur Slack.</translation>
    </message>
    <message>
        <source>When Tidings gives up on a message, the window and the system tray tell you. Your staff can hear of it on Slack too.</source>
        <translation>Quand Tidings abandonne un message, la fenêtre et la zone de notification vous le signalent. Votre équipe peut aussi en être informée sur Slack.</translation>
    </message>
    <message>
        <source>Alert on &amp;Slack:</source>
        <translation>Alerte sur &amp;Slack&#xa0;:</translation>
    </message>
    <message>
        <source>When a message fails for good</source>
        <translation>Quand un message échoue définitivement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings est en cours de fermeture.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ReplayDialog</name>
    <message>
        <source>Replay Through Rules</source>
        <translation>Rejouer selon les règles</translation>
    </message>
    <message>
        <source>Tidings runs this event of order %1 through your rules as they are now. Nothing is sent until you confirm, and a message that went out before is not sent again.</source>
        <translation>Tidings fait passer cet événement de la commande %1 par vos règles telles qu&apos;elles sont maintenant. Rien n&apos;est envoyé avant votre confirmation, et un message déjà parti n&apos;est pas renvoyé.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Messages the rules ask for</source>
        <translation>Messages demandés par les règles</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Tidings is not sending right now.</source>
        <translation>Tidings n&apos;envoie rien en ce moment.</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>Sera envoyé</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Déjà envoyé</translation>
    </message>
    <message>
        <source>Already waiting to be sent</source>
        <translation>Déjà en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Sends nothing: %1</source>
        <translation>N&apos;envoie rien&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) will be sent when you confirm.</source>
        <translation>
            <numerusform>%n nouveau message sera envoyé quand vous confirmerez.</numerusform>
            <numerusform>%n nouveaux messages seront envoyés quand vous confirmerez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send: the rules ask for nothing that was not sent before.</source>
        <translation>Rien de nouveau à envoyer&#xa0;: les règles ne demandent rien qui n&apos;ait déjà été envoyé.</translation>
    </message>
    <message>
        <source>This event arrived before Tidings kept what each event changed, so only the changes that sent a message then are replayed.</source>
        <translation>Cet événement est arrivé avant que Tidings ne conserve ce que chaque événement modifiait&#xa0;: seuls les changements qui avaient alors envoyé un message sont rejoués.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n New Message(s)</source>
        <translation>
            <numerusform>&amp;Envoyer %n nouveau message</numerusform>
            <numerusform>&amp;Envoyer %n nouveaux messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ResendDialog</name>
    <message>
        <source>Resend a Message</source>
        <translation>Renvoyer un message</translation>
    </message>
    <message>
        <source>Tidings sends the message again for order %1, with the same content as before. The first one stays in the history.</source>
        <translation>Tidings renvoie le message pour la commande %1, avec le même contenu qu&apos;avant. Le premier envoi reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>“%1” to %2 via %3 (%4)</source>
        <translation>«&#xa0;%1&#xa0;» à %2 via %3 (%4)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Renvoyer</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SendTestDialog</name>
    <message>
        <source>Send Test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>The message as the preview shows it, with &quot;[Test]&quot; before its subject. Nothing is sent to a customer.</source>
        <translation>Le message tel que l&apos;aperçu l&apos;affiche, avec «&#xa0;[Test]&#xa0;» devant son objet. Rien n&apos;est envoyé à un client.</translation>
    </message>
    <message>
        <source>you@your-shop.com</source>
        <translation>vous@votre-boutique.com</translation>
    </message>
    <message>
        <source>&amp;Through:</source>
        <translation>&amp;Via&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>There is no channel that can send this kind of message yet. Add one on the Channels page.</source>
        <translation>Aucun canal ne peut encore envoyer ce type de message. Ajoutez-en un dans Canaux.</translation>
    </message>
    <message>
        <source>Type the address the test should go to.</source>
        <translation>Saisissez l&apos;adresse à laquelle le test doit être envoyé.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Envoi via %1…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Votre boutique</translation>
    </message>
    <message>
        <source>Connect the shop whose orders Tidings tells your customers about.</source>
        <translation>Connectez la boutique dont Tidings annonce les commandes à vos clients.</translation>
    </message>
    <message>
        <source>Choose your shop&apos;s platform; Tidings shows what to copy into its admin pages and what to paste back here.</source>
        <translation>Choisissez la plateforme de votre boutique&#xa0;; Tidings vous montre quoi copier dans ses pages d&apos;administration et quoi coller ici en retour.</translation>
    </message>
    <message>
        <source>&amp;Add Your Shop…</source>
        <translation>&amp;Ajouter votre boutique…</translation>
    </message>
    <message>
        <source>Send a &amp;Test Order</source>
        <translation>Envoyer une &amp;commande de test</translation>
    </message>
    <message>
        <source>Sends a made-up order to Tidings exactly as your shop would, to check that it gets through. It appears in the Monitor; nobody is sent a message about it.</source>
        <translation>Envoie une commande fictive à Tidings exactement comme le ferait votre boutique, pour vérifier qu&apos;elle passe bien. Elle apparaît dans le Suivi&#xa0;; personne ne reçoit de message à son sujet.</translation>
    </message>
    <message>
        <source>No shop is connected yet.</source>
        <translation>Aucune boutique n&apos;est encore connectée.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connectée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. Send a test order to check that your shop&apos;s messages get through.</source>
        <translation>Enregistré. Envoyez une commande de test pour vérifier que les messages de votre boutique passent bien.</translation>
    </message>
    <message>
        <source>Saved. Tidings reads your shop&apos;s orders every few minutes.</source>
        <translation>Enregistré. Tidings lit les commandes de votre boutique toutes les quelques minutes.</translation>
    </message>
    <message>
        <source>The test order got through: Tidings received it as your shop would send it. You will find it in the Monitor.</source>
        <translation>La commande de test est bien passée&#xa0;: Tidings l&apos;a reçue comme votre boutique l&apos;enverrait. Vous la trouverez dans le Suivi.</translation>
    </message>
    <message>
        <source>The test order did not get through: %1</source>
        <translation>La commande de test n&apos;est pas passée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending a test order…</source>
        <translation>Envoi d&apos;une commande de test…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Every button and menu item also has an underlined letter: press Alt and that letter.</source>
        <translation>Chaque bouton et chaque élément de menu a aussi une lettre soulignée&#xa0;: appuyez sur Alt et sur cette lettre.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SignInPanel</name>
    <message>
        <source>S&amp;ign in with %1…</source>
        <translation>Se &amp;connecter avec %1…</translation>
    </message>
    <message>
        <source>Opens %1&apos;s sign-in page in your browser.</source>
        <translation>Ouvre la page de connexion de %1 dans votre navigateur.</translation>
    </message>
    <message>
        <source>Tidings could not open a browser. Open this address in one to sign in to %1: %2</source>
        <translation>Tidings n&apos;a pas pu ouvrir de navigateur. Ouvrez cette adresse dans un navigateur pour vous connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancel S&amp;ign-in</source>
        <translation>Annuler la &amp;connexion</translation>
    </message>
    <message>
        <source>Opening %1&apos;s sign-in page…</source>
        <translation>Ouverture de la page de connexion de %1…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourceDetailsPage</name>
    <message>
        <source>e.g. Juniper &amp; Pine web shop</source>
        <translation>p. ex. Boutique en ligne Juniper &amp; Pine</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id&#xa0;:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Name your %1 connection</source>
        <translation>Nommez votre connexion %1</translation>
    </message>
    <message>
        <source>Change its name or settings. The id stays.</source>
        <translation>Modifiez son nom ou ses paramètres. L&apos;id reste le même.</translation>
    </message>
    <message>
        <source>The name is for you; then where %1 is and how often to check it.</source>
        <translation>Le nom est pour vous&#xa0;; ensuite, où se trouve %1 et à quelle fréquence le vérifier.</translation>
    </message>
    <message>
        <source>Change its name or settings. The id stays: it is part of the address %1 already sends to.</source>
        <translation>Modifiez son nom ou ses paramètres. L&apos;id reste le même&#xa0;: il fait partie de l&apos;adresse à laquelle %1 envoie déjà.</translation>
    </message>
    <message>
        <source>The name is for you; the id becomes part of the webhook address.</source>
        <translation>Le nom est pour vous&#xa0;; l&apos;id fait partie de l&apos;adresse du webhook.</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Also &amp;write to customers about what the first check finds</source>
        <translation>&amp;Écrire aussi aux clients au sujet de ce que trouve la première vérification</translation>
    </message>
    <message>
        <source>Leave this off when the shop has been sending its own messages until now, so nobody hears twice about the same order.</source>
        <translation>Laissez cette option désactivée si la boutique envoyait jusqu&apos;ici ses propres messages, pour que personne ne soit prévenu deux fois pour la même commande.</translation>
    </message>
    <message>
        <source>The id cannot change: it is part of the webhook address.</source>
        <translation>L&apos;id ne peut pas changer&#xa0;: il fait partie de l&apos;adresse du webhook.</translation>
    </message>
    <message>
        <source>Lower-case letters a-z, digits and dashes. Made from the name unless you change it.</source>
        <translation>Lettres minuscules a-z, chiffres et tirets. Créé à partir du nom, sauf si vous le modifiez.</translation>
    </message>
    <message>
        <source>Another connection already uses &quot;%1&quot;.</source>
        <translation>Une autre connexion utilise déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Tidings knows the connection by this id; it cannot change later.</source>
        <translation>Tidings connaît la connexion par cet id&#xa0;; il ne pourra plus changer.</translation>
    </message>
    <message>
        <source>Webhook address ends in /webhooks/%1</source>
        <translation>L&apos;adresse du webhook se termine par /webhooks/%1</translation>
    </message>
    <message>
        <source>Give the connection a name, so you can tell it apart in the Monitor.</source>
        <translation>Donnez un nom à la connexion, pour la reconnaître dans le Suivi.</translation>
    </message>
    <message>
        <source>Give the connection an id of lower-case letters a-z, digits and dashes, starting with a letter or a digit.</source>
        <translation>Donnez à la connexion un id fait de lettres minuscules a-z, de chiffres et de tirets, qui commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Another connection already uses the id &quot;%1&quot;. Choose another id.</source>
        <translation>Une autre connexion utilise déjà l&apos;id «&#xa0;%1&#xa0;». Choisissez un autre id.</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;: %2 needs it.</source>
        <translation>Remplissez «&#xa0;%1&#xa0;»&#xa0;: %2 en a besoin.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourceMappingPage</name>
    <message>
        <source>Where the order details are</source>
        <translation>Où se trouvent les détails de la commande</translation>
    </message>
    <message>
        <source>Tell Tidings where each detail sits in what the sender posts, and what its status words mean. Paste a sample and test it before you go on.</source>
        <translation>Indiquez à Tidings où se trouve chaque détail dans ce que l&apos;expéditeur envoie, et ce que signifient ses mots de statut. Collez un exemple et testez-le avant de continuer.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourcePlatformPage</name>
    <message>
        <source>Where do your orders come from?</source>
        <translation>D&apos;où viennent vos commandes&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the shop or system that will tell Tidings about new orders and shipments.</source>
        <translation>Choisissez la boutique ou le système qui informera Tidings des nouvelles commandes et expéditions.</translation>
    </message>
    <message>
        <source>Type a name, e.g. Shopify</source>
        <translation>Tapez un nom, p. ex. Shopify</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Works behind any router: Tidings asks %1 every few minutes. %2</source>
        <translation>Fonctionne derrière n&apos;importe quel routeur&#xa0;: Tidings interroge %1 toutes les quelques minutes. %2</translation>
    </message>
    <message>
        <source> poll polling api</source>
        <translation> poll polling api consultation interrogation</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>No platform matches &quot;%1&quot;. If yours is not listed, Tidings cannot receive from it yet.</source>
        <translation>Aucune plateforme ne correspond à «&#xa0;%1&#xa0;». Si la vôtre n&apos;est pas dans la liste, Tidings ne peut pas encore en recevoir.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourceSetupPage</name>
    <message>
        <source>&amp;Webhook address</source>
        <translation>Adresse du &amp;webhook</translation>
    </message>
    <message>
        <source>Copy the webhook address</source>
        <translation>Copier l&apos;adresse du webhook</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Reads the orders changed in the last day once, with the address and credentials above. Nothing is stored and nobody is written to.</source>
        <translation>Lit une fois les commandes modifiées au cours du dernier jour, avec l&apos;adresse et les identifiants ci-dessus. Rien n&apos;est conservé et personne ne reçoit de message.</translation>
    </message>
    <message>
        <source>S&amp;cript to paste</source>
        <translation>S&amp;cript à coller</translation>
    </message>
    <message>
        <source>Copy the script</source>
        <translation>Copier le script</translation>
    </message>
    <message>
        <source>%1 setup</source>
        <translation>Configuration de %1</translation>
    </message>
    <message>
        <source>Connect %1 to Tidings</source>
        <translation>Connecter %1 à Tidings</translation>
    </message>
    <message>
        <source>The address and steps, to check or redo the setup in %1. Click Save when done.</source>
        <translation>L&apos;adresse et les étapes, pour vérifier ou refaire la configuration dans %1. Cliquez sur Enregistrer une fois terminé.</translation>
    </message>
    <message>
        <source>Set up %1 as the steps below say, sign in, test the connection, then click Finish.</source>
        <translation>Configurez %1 comme l&apos;indiquent les étapes ci-dessous, connectez-vous, testez la connexion, puis cliquez sur Terminer.</translation>
    </message>
    <message>
        <source>Make the key in %1 as the steps below say, paste it here, test the connection, then click Finish.</source>
        <translation>Créez la clé dans %1 comme l&apos;indiquent les étapes ci-dessous, collez-la ici, testez la connexion, puis cliquez sur Terminer.</translation>
    </message>
    <message>
        <source>Do these steps in %1, then click Finish. You can see them again later with Edit.</source>
        <translation>Effectuez ces étapes dans %1, puis cliquez sur Terminer. Vous pourrez les revoir plus tard avec Modifier.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>It did not work: %1</source>
        <translation>Cela n&apos;a pas fonctionné&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. More than %n order change(s) in the last day.</source>
        <translation>
            <numerusform>Connecté à %1. Plus de %n changement de commande au cours du dernier jour.</numerusform>
            <numerusform>Connecté à %1. Plus de %n changements de commandes au cours du dernier jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. %n order change(s) in the last day.</source>
        <translation>
            <numerusform>Connecté à %1. %n changement de commande au cours du dernier jour.</numerusform>
            <numerusform>Connecté à %1. %n changements de commandes au cours du dernier jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Enter the %1 in the settings first (click Back): the steps below say where to find it.</source>
        <translation>Saisissez d&apos;abord la valeur «&#xa0;%1&#xa0;» dans les paramètres (cliquez sur Précédent)&#xa0;: les étapes ci-dessous indiquent où la trouver.</translation>
    </message>
    <message>
        <source>You signed in to %1, but did not allow everything Tidings asked for. Sign in again and allow it: Tidings only reads.</source>
        <translation>Vous vous êtes connecté à %1, mais vous n&apos;avez pas autorisé tout ce que Tidings demandait. Reconnectez-vous et autorisez-le&#xa0;: Tidings ne fait que lire.</translation>
    </message>
    <message>
        <source>Signed in to %1. Test the connection, then Save to use the new sign-in.</source>
        <translation>Connecté à %1. Testez la connexion, puis enregistrez pour utiliser la nouvelle connexion au compte.</translation>
    </message>
    <message>
        <source>Signed in to %1. Test the connection, then click Finish.</source>
        <translation>Connecté à %1. Testez la connexion, puis cliquez sur Terminer.</translation>
    </message>
    <message>
        <source>Sign in to Salesforce in your browser as the user Tidings reads orders as, and allow access. Tidings is waiting…</source>
        <translation>Connectez-vous à Salesforce dans votre navigateur en tant que l&apos;utilisateur sous lequel Tidings lit les commandes, et autorisez l&apos;accès. Tidings attend…</translation>
    </message>
    <message>
        <source>Sign in to Google in your browser with an account that can view the sheet, and allow Tidings to see your spreadsheets. Tidings is waiting…</source>
        <translation>Connectez-vous à Google dans votre navigateur avec un compte qui peut voir la feuille, et autorisez Tidings à voir vos feuilles de calcul. Tidings attend…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the %1</source>
        <translation>Afficher ou masquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation>Afficher&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>Copier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Make a &amp;new secret</source>
        <translation>Créer un &amp;nouveau secret</translation>
    </message>
    <message>
        <source>Make &amp;another</source>
        <translation>En créer un &amp;autre</translation>
    </message>
    <message>
        <source>Replaces the secret. The platform must then be given the new one, or its webhooks are refused.</source>
        <translation>Remplace le secret. Il faudra ensuite donner le nouveau à la plateforme, sinon ses webhooks seront refusés.</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved secret</source>
        <translation>Laissez vide pour garder le secret enregistré</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Collez-le ici</translation>
    </message>
    <message>
        <source>Reading the saved secret…</source>
        <translation>Lecture du secret enregistré…</translation>
    </message>
    <message>
        <source>The saved secret could not be read (%1). Leave it empty to keep it, or enter a new one.</source>
        <translation>Le secret enregistré n&apos;a pas pu être lu (%1). Laissez vide pour le garder, ou saisissez-en un nouveau.</translation>
    </message>
    <message>
        <source>Give this address to %1. It points to this computer (%2), so it works only when %1 can reach this computer: see &quot;If %1 cannot reach this computer&quot; below.</source>
        <translation>Donnez cette adresse à %1. Elle pointe vers cet ordinateur (%2)&#xa0;: elle ne fonctionne donc que si %1 peut joindre cet ordinateur. Voir «&#xa0;Si %1 ne peut pas joindre cet ordinateur&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Steps in %1</source>
        <translation>&amp;Étapes dans %1</translation>
    </message>
    <message>
        <source>Nothing needs to reach this computer</source>
        <translation>Rien n&apos;a besoin de joindre cet ordinateur</translation>
    </message>
    <message>
        <source>Tidings asks %1 for new and changed orders every few minutes, so it works behind any router. While this computer is off nothing is lost: the next check catches up.</source>
        <translation>Tidings demande à %1 les commandes nouvelles ou modifiées toutes les quelques minutes&#xa0;: cela fonctionne derrière n&apos;importe quel routeur. Tant que cet ordinateur est éteint, rien n&apos;est perdu&#xa0;: la vérification suivante rattrape le retard.</translation>
    </message>
    <message>
        <source>If %1 cannot reach this computer</source>
        <translation>Si %1 ne peut pas joindre cet ordinateur</translation>
    </message>
    <message>
        <source>%1 sends its webhooks over the internet, usually only to an https address. A computer behind a home or office router cannot be reached from the internet by itself.</source>
        <translation>%1 envoie ses webhooks par Internet, en général uniquement vers une adresse https. Un ordinateur derrière un routeur domestique ou de bureau n&apos;est pas joignable depuis Internet par lui-même.</translation>
    </message>
    <message>
        <source>Run a tunnel on this computer, for example a Cloudflare Tunnel:</source>
        <translation>Lancez un tunnel sur cet ordinateur, par exemple un Cloudflare Tunnel&#xa0;:</translation>
    </message>
    <message>
        <source>It gives you a public https address. Give %1 that address followed by %2 instead of the address above. A quick tunnel&apos;s address changes each time it starts; a named tunnel on your own domain keeps it.</source>
        <translation>Il vous donne une adresse https publique. Donnez à %1 cette adresse suivie de %2 au lieu de l&apos;adresse ci-dessus. L&apos;adresse d&apos;un tunnel rapide change à chaque démarrage&#xa0;; un tunnel nommé sur votre propre domaine la conserve.</translation>
    </message>
    <message>
        <source>Or, where Tidings offers poll mode for %1, let Tidings ask %1 for new orders itself; then nothing needs to reach this computer.</source>
        <translation>Ou, là où Tidings propose le mode consultation pour %1, laissez Tidings demander lui-même les nouvelles commandes à %1&#xa0;; alors rien n&apos;a besoin de joindre cet ordinateur.</translation>
    </message>
    <message>
        <source>Paste the %1 from %2 first; without it Tidings cannot read its orders.</source>
        <translation>Collez d&apos;abord la valeur «&#xa0;%1&#xa0;» fournie par %2&#xa0;; sans elle, Tidings ne peut pas lire ses commandes.</translation>
    </message>
    <message>
        <source>Paste the %1 from %2 first; without it Tidings cannot tell its webhooks from forged ones.</source>
        <translation>Collez d&apos;abord la valeur «&#xa0;%1&#xa0;» fournie par %2&#xa0;; sans elle, Tidings ne peut pas distinguer ses webhooks des faux.</translation>
    </message>
    <message>
        <source>Tidings is not running, so the connection cannot be saved now.</source>
        <translation>Tidings n&apos;est pas en cours d&apos;exécution&#xa0;: la connexion ne peut pas être enregistrée maintenant.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::SourcesModel</name>
    <message>
        <source>%1, checked by Tidings</source>
        <translation>%1, vérifiée par Tidings</translation>
    </message>
    <message>
        <source>Turned off: Tidings does not check it.</source>
        <translation>Désactivée&#xa0;: Tidings ne la vérifie pas.</translation>
    </message>
    <message>
        <source>Waiting for the first check.</source>
        <translation>En attente de la première vérification.</translation>
    </message>
    <message>
        <source>Its latest check went well.</source>
        <translation>Sa dernière vérification s&apos;est bien passée.</translation>
    </message>
    <message>
        <source>Its latest check failed.</source>
        <translation>Sa dernière vérification a échoué.</translation>
    </message>
    <message>
        <source>Turned off: its webhooks are refused.</source>
        <translation>Désactivée&#xa0;: ses webhooks sont refusés.</translation>
    </message>
    <message>
        <source>Waiting for the first event.</source>
        <translation>En attente du premier événement.</translation>
    </message>
    <message>
        <source>Receiving events.</source>
        <translation>Réception des événements en cours.</translation>
    </message>
    <message>
        <source>Its latest request was refused.</source>
        <translation>Sa dernière requête a été refusée.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>On: Tidings checks it for new orders.</source>
        <translation>Activée&#xa0;: Tidings y vérifie les nouvelles commandes.</translation>
    </message>
    <message>
        <source>Off: Tidings does not check it.</source>
        <translation>Désactivée&#xa0;: Tidings ne la vérifie pas.</translation>
    </message>
    <message>
        <source>On: Tidings accepts its webhooks.</source>
        <translation>Activée&#xa0;: Tidings accepte ses webhooks.</translation>
    </message>
    <message>
        <source>Off: Tidings refuses its webhooks.</source>
        <translation>Désactivée&#xa0;: Tidings refuse ses webhooks.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Events today</source>
        <translation>Événements aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::StockHistoryModel</name>
    <message>
        <source>Low-stock alert</source>
        <translation>Alerte de stock faible</translation>
    </message>
    <message>
        <source>Out-of-stock alert</source>
        <translation>Alerte de rupture de stock</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>De retour en stock</translation>
    </message>
    <message>
        <source>The shop&apos;s own words: %1</source>
        <translation>Termes exacts de la boutique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Total after</source>
        <translation>Total après</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Set off</source>
        <translation>Déclenché</translation>
    </message>
    <message>
        <source>Customers told</source>
        <translation>Clients prévenus</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplateCodeEditor</name>
    <message>
        <source>Complete Variable</source>
        <translation>Compléter la variable</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Problème suivant</translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation>Problème précédent</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplateFiles</name>
    <message>
        <source>Tidings templates (*.tidings-templates.json);;JSON files (*.json);;All files (*)</source>
        <translation>Modèles Tidings (*.tidings-templates.json);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Tidings has not started yet. Try again in a moment.</source>
        <translation>Tidings n’a pas encore démarré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>E&amp;xport Templates…</source>
        <translation>Export&amp;er les modèles…</translation>
    </message>
    <message>
        <source>Saves your templates as customers get them, and your brand kit, in one file</source>
        <translation>Enregistre vos modèles tels que les clients les reçoivent, ainsi que votre kit de marque, dans un fichier</translation>
    </message>
    <message>
        <source>I&amp;mport Templates…</source>
        <translation>&amp;Importer des modèles…</translation>
    </message>
    <message>
        <source>Reads templates from a file as drafts: customers get them once you publish them</source>
        <translation>Lit des modèles depuis un fichier, comme brouillons : les clients les reçoivent une fois que vous les publiez</translation>
    </message>
    <message>
        <source>Tidings could not write %1. Choose a folder you can save in.</source>
        <translation>Tidings n’a pas pu écrire %1. Choisissez un dossier où vous pouvez enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) and your brand kit saved in %1.</source>
        <translation>
            <numerusform>%n modèle et votre kit de marque enregistrés dans %1.</numerusform>
            <numerusform>%n modèles et votre kit de marque enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings could not open %1.</source>
        <translation>Tidings n’a pas pu ouvrir %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a templates file.</source>
        <translation>%1 est trop volumineux pour être un fichier de modèles.</translation>
    </message>
    <message>
        <source>Import Templates</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <source>&amp;Use Its Brand Kit</source>
        <translation>&amp;Utiliser son kit de marque</translation>
    </message>
    <message>
        <source>The file&apos;s templates are the same as yours: nothing to import.</source>
        <translation>Les modèles du fichier sont identiques aux vôtres : rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported as drafts. Customers get them once you publish them.</source>
        <translation>
            <numerusform>%n modèle importé comme brouillon. Les clients le reçoivent une fois que vous le publiez.</numerusform>
            <numerusform>%n modèles importés comme brouillons. Les clients les reçoivent une fois que vous les publiez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your messages use the file&apos;s brand kit now.</source>
        <translation>Vos messages utilisent maintenant le kit de marque du fichier.</translation>
    </message>
    <message>
        <source>Export Templates</source>
        <translation>Exporter les modèles</translation>
    </message>
    <message>
        <source>The file also has a brand kit. Use it in your messages from now on, instead of yours?</source>
        <translation>Le fichier contient aussi un kit de marque. L’utiliser désormais dans vos messages, à la place du vôtre ?</translation>
    </message>
    <message>
        <source>The file also has the brand kit of “%1”. Use it in your messages from now on, instead of yours?</source>
        <translation>Le fichier contient aussi le kit de marque de « %1 ». L’utiliser désormais dans vos messages, à la place du vôtre ?</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplateHistoryDialog</name>
    <message>
        <source>History of &quot;%1&quot;</source>
        <translation>Historique de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation>&amp;Versions, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restore as Draft</source>
        <translation>&amp;Restaurer comme brouillon</translation>
    </message>
    <message>
        <source>Puts this version&apos;s text in the editor as a draft. Customers keep getting the live version until you publish.</source>
        <translation>Place le texte de cette version dans l&apos;éditeur sous forme de brouillon. Les clients continuent de recevoir la version en ligne jusqu&apos;à ce que vous publiiez.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Comparer&#xa0;:</translation>
    </message>
    <message>
        <source>wit&amp;h:</source>
        <translation>av&amp;ec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Partie&#xa0;:</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Version plus ancienne</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Version plus récente</translation>
    </message>
    <message>
        <source>This template has not been published yet: there is no history to show.</source>
        <translation>Ce modèle n&apos;a pas encore été publié&#xa0;: il n&apos;y a aucun historique à afficher.</translation>
    </message>
    <message>
        <source>Version %1 — published %2</source>
        <translation>Version %1 — publiée le %2</translation>
    </message>
    <message>
        <source>(live)</source>
        <translation>(en ligne)</translation>
    </message>
    <message>
        <source>No differences in this part.</source>
        <translation>Aucune différence dans cette partie.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1&#xa0;; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only on the left</source>
        <translation>
            <numerusform>%n ligne uniquement à gauche</numerusform>
            <numerusform>%n lignes uniquement à gauche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only on the right</source>
        <translation>
            <numerusform>%n ligne uniquement à droite</numerusform>
            <numerusform>%n lignes uniquement à droite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplatePreview</name>
    <message>
        <source>Show the message with a made-up order, or with one of your shop&apos;s recent orders exactly as its last message saw it</source>
        <translation>Afficher le message avec une commande fictive, ou avec l&apos;une des commandes récentes de votre boutique telle que son dernier message l&apos;a vue</translation>
    </message>
    <message>
        <source>Preview &amp;with:</source>
        <translation>Aperçu a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>Or&amp;dinateur</translation>
    </message>
    <message>
        <source>600 pixels wide, as most mail programs on a computer show it</source>
        <translation>600 pixels de large, comme l&apos;affichent la plupart des logiciels de messagerie sur ordinateur</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>375 pixels wide, as a phone shows it</source>
        <translation>375 pixels de large, comme l&apos;affiche un téléphone</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>Aperçu de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Plain text preview</source>
        <translation>Aperçu du texte brut</translation>
    </message>
    <message>
        <source>Slack preview</source>
        <translation>Aperçu Slack</translation>
    </message>
    <message>
        <source>Text message preview</source>
        <translation>Aperçu du SMS</translation>
    </message>
    <message>
        <source>HT&amp;ML</source>
        <translation>HT&amp;ML</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>Texte br&amp;ut</translation>
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
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Commande %1 — %2</translation>
    </message>
    <message>
        <source>This template cannot be shown yet:

%1

Customers would get no message from it until this is fixed.</source>
        <translation>Ce modèle ne peut pas encore être affiché&#xa0;:

%1

Les clients ne recevront aucun message issu de ce modèle tant que ce problème n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (it has special characters, so fewer fit in each part)</source>
        <translation>%1, %2 (il contient des caractères spéciaux&#xa0;: chaque partie en contient donc moins)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Draws the email as a web browser does (rounded corners, phone layout, every style). Off: a quicker view that draws the layout roughly</source>
        <translation>Affiche l’e-mail comme un navigateur web (coins arrondis, mise en page mobile, tous les styles). Désactivé&#xa0;: un affichage plus rapide qui montre la mise en page à peu près</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TemplatesPage</name>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>H&amp;TML</source>
        <translation>H&amp;TML</translation>
    </message>
    <message>
        <source>Plai&amp;n text</source>
        <translation>Te&amp;xte brut</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Shows the message in your web browser, exactly as rendered, with its images</source>
        <translation>Affiche le message dans votre navigateur web, exactement tel qu&apos;il est rendu, avec ses images</translation>
    </message>
    <message>
        <source>Send T&amp;est To…</source>
        <translation>Envo&amp;yer un test à…</translation>
    </message>
    <message>
        <source>Sends the message as the preview shows it to you, through one of your channels</source>
        <translation>Vous envoie le message tel que l&apos;aperçu l&apos;affiche, via l&apos;un de vos canaux</translation>
    </message>
    <message>
        <source>Save Dr&amp;aft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Drafts are saved a moment after you stop typing; customers do not see them</source>
        <translation>Les brouillons sont enregistrés un instant après que vous arrêtez de taper&#xa0;; les clients ne les voient pas</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Customers get this draft from the next message on</source>
        <translation>Les clients reçoivent ce brouillon à partir du prochain message</translation>
    </message>
    <message>
        <source>Disca&amp;rd Draft…</source>
        <translation>Abandonne&amp;r le brouillon…</translation>
    </message>
    <message>
        <source>Goes back to the version customers get now</source>
        <translation>Revient à la version que les clients reçoivent actuellement</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;que…</translation>
    </message>
    <message>
        <source>Earlier versions: compare them, or bring one back as a draft</source>
        <translation>Versions précédentes&#xa0;: comparez-les, ou restaurez-en une comme brouillon</translation>
    </message>
    <message>
        <source>Brand K&amp;it…</source>
        <translation>&amp;Kit de marque…</translation>
    </message>
    <message>
        <source>Your shop&apos;s name, logo, colour and support address in every message</source>
        <translation>Le nom, le logo, la couleur et l&apos;adresse d&apos;assistance de votre boutique dans chaque message</translation>
    </message>
    <message>
        <source>Draft: customers get the published version until you publish this one.</source>
        <translation>Brouillon&#xa0;: les clients reçoivent la version publiée jusqu&apos;à ce que vous publiiez celle-ci.</translation>
    </message>
    <message>
        <source>Published: this is what customers get.</source>
        <translation>Publié&#xa0;: c&apos;est ce que reçoivent les clients.</translation>
    </message>
    <message>
        <source>Choose a template to open in the browser.</source>
        <translation>Choisissez un modèle à ouvrir dans le navigateur.</translation>
    </message>
    <message>
        <source>Tidings could not write the preview to a file for your browser.</source>
        <translation>Tidings n&apos;a pas pu écrire l&apos;aperçu dans un fichier pour votre navigateur.</translation>
    </message>
    <message>
        <source>Tidings could not open your web browser. The preview is in %1.</source>
        <translation>Tidings n&apos;a pas pu ouvrir votre navigateur web. L&apos;aperçu se trouve dans %1.</translation>
    </message>
    <message>
        <source>Publish Template</source>
        <translation>Publier le modèle</translation>
    </message>
    <message>
        <source>Customers get this version of &quot;%1&quot; from the next message on. Messages already queued keep the version they were queued with.</source>
        <translation>Les clients reçoivent cette version de «&#xa0;%1&#xa0;» à partir du prochain message. Les messages déjà en file d&apos;attente gardent la version avec laquelle ils y ont été mis.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Your changes to &quot;%1&quot; are thrown away and the editor shows the version customers get. Earlier published versions stay in History.</source>
        <translation>Vos modifications de «&#xa0;%1&#xa0;» sont abandonnées et l&apos;éditeur affiche la version que reçoivent les clients. Les versions publiées précédemment restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Aban&amp;donner</translation>
    </message>
    <message>
        <source>Tidings is not running.</source>
        <translation>Tidings n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before publishing (marked in the editor; F8 goes to the next).</source>
        <translation>
            <numerusform>%n problème à corriger avant de publier (signalé dans l’éditeur&#xa0;; F8 passe au suivant).</numerusform>
            <numerusform>%n problèmes à corriger avant de publier (signalés dans l’éditeur&#xa0;; F8 passe au suivant).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) worth a look (marked in the editor; F8 goes to the next).</source>
        <translation>
            <numerusform>%n point à vérifier (signalé dans l’éditeur&#xa0;; F8 passe au suivant).</numerusform>
            <numerusform>%n points à vérifier (signalés dans l’éditeur&#xa0;; F8 passe au suivant).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be published yet: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas encore être publié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Draft, not published</source>
        <translation>Brouillon, non publié</translation>
    </message>
    <message>
        <source>%1. Has changes that customers do not get until you publish them</source>
        <translation>%1. Comporte des modifications que les clients ne reçoivent qu’une fois publiées</translation>
    </message>
    <message>
        <source>Customers get the template in their own language when there is one, otherwise the one in the default language</source>
        <translation>Les clients reçoivent le modèle dans leur langue s&apos;il existe, sinon celui de la langue par défaut</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Customers who read %1 get their own version of this template. Change those too if this change matters to them (Language above the list).</source>
        <translation>Les clients qui lisent %1 reçoivent leur propre version de ce modèle. Modifiez-les aussi si ce changement les concerne (Langue au-dessus de la liste).</translation>
    </message>
    <message>
        <source>Orders from some shops (WooCommerce, for one) do not say the customer&apos;s language. Those customers, and customers whose language has no templates, get the templates in this language.</source>
        <translation>Les commandes de certaines boutiques (WooCommerce, par exemple) n&apos;indiquent pas la langue du client. Ces clients, et ceux dont la langue n&apos;a pas de modèles, reçoivent les modèles dans cette langue.</translation>
    </message>
    <message>
        <source>For customers of unknown lan&amp;guage:</source>
        <translation>Pour les clients de lan&amp;gue inconnue :</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Conception</translation>
    </message>
    <message>
        <source>The email as blocks: add, move and change them without HTML</source>
        <translation>L&apos;e-mail en blocs&#xa0;: ajoutez-les, déplacez-les et modifiez-les sans HTML</translation>
    </message>
    <message>
        <source>The same email as HTML with Mustache variables</source>
        <translation>Le même e-mail en HTML avec des variables Mustache</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TestModeController</name>
    <message>
        <source>&amp;Test Mode…</source>
        <translation>Mode &amp;test…</translation>
    </message>
    <message>
        <source>Send customers&apos; messages to yourself while you try Tidings out</source>
        <translation>Recevoir vous-même les messages destinés aux clients pendant que vous essayez Tidings</translation>
    </message>
    <message>
        <source>&amp;Go Live…</source>
        <translation>&amp;Mettre en service…</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings est en cours de fermeture.</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Mettre en service</translation>
    </message>
    <message>
        <source>From now on your customers get their messages. Those sent in test mode stay with you; you can resend any of them from the Monitor.</source>
        <translation>Désormais, vos clients reçoivent leurs messages. Ceux envoyés en mode test restent chez vous&#xa0;; vous pouvez renvoyer n&apos;importe lequel d&apos;entre eux depuis le Suivi.</translation>
    </message>
    <message>
        <source>&amp;Test Mode (On)…</source>
        <translation>Mode &amp;test (activé)…</translation>
    </message>
    <message>
        <source>Test mode: customers&apos; emails go to %1, and text messages to customers are not sent.</source>
        <translation>Mode test&#xa0;: les e-mails destinés aux clients arrivent à %1, et les SMS destinés aux clients ne sont pas envoyés.</translation>
    </message>
    <message>
        <source>Test mode: customers&apos; emails go to %1 and their text messages to %2.</source>
        <translation>Mode test&#xa0;: les e-mails destinés aux clients arrivent à %1, et leurs SMS au %2.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TestModeDialog</name>
    <message>
        <source>Test Mode</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <source>In test mode Tidings works as it will for real: your shop&apos;s orders come in, your rules and templates make the messages, and your providers send them. But every message meant for a customer goes to you instead, marked [Test], so you can see them for a day before you go live.</source>
        <translation>En mode test, Tidings fonctionne comme en conditions réelles&#xa0;: les commandes de votre boutique arrivent, vos règles et vos modèles créent les messages, et vos fournisseurs les envoient. Mais chaque message destiné à un client vous est envoyé à la place, marqué [Test], pour que vous puissiez les observer pendant une journée avant la mise en service.</translation>
    </message>
    <message>
        <source>&amp;Send customers&apos; messages to me (test mode)</source>
        <translation>&amp;Recevoir moi-même les messages destinés aux clients (mode test)</translation>
    </message>
    <message>
        <source>owner@yourshop.com</source>
        <translation>vous@votreboutique.fr</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>Without it, text messages to customers are not sent at all in test mode.</source>
        <translation>Sans lui, aucun SMS n&apos;est envoyé aux clients en mode test.</translation>
    </message>
    <message>
        <source>Your &amp;email address:</source>
        <translation>Votre &amp;adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;mobile number (for text messages):</source>
        <translation>Votre numéro de &amp;mobile (pour les SMS)&#xa0;:</translation>
    </message>
    <message>
        <source>Messages to your staff (Slack) still go to them, marked [Test]. Klaviyo, HubSpot, ActiveCampaign and webhooks get your address instead of the customer&apos;s.</source>
        <translation>Les messages à votre équipe (Slack) lui parviennent toujours, marqués [Test]. Klaviyo, HubSpot, ActiveCampaign et les webhooks reçoivent votre adresse au lieu de celle du client.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TestModePage</name>
    <message>
        <source>Test mode</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <source>Try everything with your real shop before your customers get anything.</source>
        <translation>Essayez tout avec votre vraie boutique avant que vos clients ne reçoivent quoi que ce soit.</translation>
    </message>
    <message>
        <source>In test mode Tidings works as it will for real: your shop&apos;s orders arrive, and their messages are made and sent. But every message meant for a customer goes to you instead, marked [Test]. When you are happy with them, go live: from then on your customers get them. You can switch at any time in Sending → Test Mode.</source>
        <translation>En mode test, Tidings fonctionne comme en conditions réelles&#xa0;: les commandes de votre boutique arrivent, et leurs messages sont créés et envoyés. Mais chaque message destiné à un client vous est envoyé à la place, marqué [Test]. Quand ils vous conviennent, passez à la mise en service&#xa0;: dès lors, vos clients les reçoivent. Vous pouvez basculer à tout moment dans Envoi → Mode test.</translation>
    </message>
    <message>
        <source>&amp;Start in test mode</source>
        <translation>&amp;Démarrer en mode test</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Send customers&apos; &amp;emails to:</source>
        <translation>Envoyer les &amp;e-mails des clients à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ThresholdDelegate</name>
    <message>
        <source>Shop&apos;s (%1)</source>
        <translation>Boutique (%1)</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Seuil de stock faible</translation>
    </message>
    <message>
        <source>Staff are told when the stock falls to this many. Below 0, or empty: the shop&apos;s threshold.</source>
        <translation>Votre équipe est prévenue quand le stock descend à cette quantité. En dessous de 0, ou vide&#xa0;: le seuil de la boutique.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::ThresholdDialog</name>
    <message>
        <source>Low-Stock Threshold</source>
        <translation>Seuil de stock faible</translation>
    </message>
    <message>
        <source>Staff are told when its stock falls to this many or fewer.</source>
        <translation>Votre équipe est prévenue quand son stock descend à cette quantité ou moins.</translation>
    </message>
    <message>
        <source>&amp;Low-stock threshold:</source>
        <translation>&amp;Seuil de stock faible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Use the shop&apos;s threshold (%1)</source>
        <translation>&amp;Utiliser le seuil de la boutique (%1)</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::TrayIcon</name>
    <message>
        <source>&amp;Open Tidings</source>
        <translation>&amp;Ouvrir Tidings</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>&amp;Pause All Sending</source>
        <translation>&amp;Suspendre tous les envois</translation>
    </message>
    <message>
        <source>&amp;Quit Tidings</source>
        <translation>&amp;Quitter Tidings</translation>
    </message>
    <message>
        <source>“%1” needs signing in again</source>
        <translation>«&#xa0;%1&#xa0;» doit être reconnecté</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>sending is paused</source>
        <translation>l&apos;envoi est suspendu</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) need signing in</source>
        <translation>
            <numerusform>%n canal doit être connecté</numerusform>
            <numerusform>%n canaux doivent être connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>receiving orders and sending messages</source>
        <translation>réception des commandes et envoi des messages</translation>
    </message>
    <message>
        <source>Tidings: %1</source>
        <translation>Tidings&#xa0;: %1</translation>
    </message>
    <message>
        <source>A message to %1 could not be sent</source>
        <translation>Un message à %1 n&apos;a pas pu être envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent</source>
        <translation>
            <numerusform>%n message n&apos;a pas pu être envoyé</numerusform>
            <numerusform>%n messages n&apos;ont pas pu être envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>The Monitor shows them under Show: Failed or uncertain, with why. You can resend them there.</source>
        <translation>Le Suivi les affiche sous Afficher&#xa0;: En échec ou incertains, avec la raison. Vous pouvez les y renvoyer.</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::VariablesPalette</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>Nom ou description</translation>
    </message>
    <message>
        <source>Double-click a variable or press Enter to add it at the cursor, or drag it into the editor.</source>
        <translation>Double-cliquez sur une variable ou appuyez sur Entrée pour l&apos;ajouter à l&apos;emplacement du curseur, ou faites-la glisser dans l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
</context>
<context>
    <name>Tidings::Ui::WelcomePage</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Bienvenue dans Tidings</translation>
    </message>
    <message>
        <source>A few steps to your first message. Each one can be skipped and done later.</source>
        <translation>Quelques étapes jusqu&apos;à votre premier message. Chacune peut être ignorée et faite plus tard.</translation>
    </message>
    <message>
        <source>What Tidings does</source>
        <translation>Ce que fait Tidings</translation>
    </message>
    <message>
        <source>Your shop tells Tidings about each new order and shipment.</source>
        <translation>Votre boutique informe Tidings de chaque nouvelle commande et de chaque expédition.</translation>
    </message>
    <message>
        <source>Tidings sends your customer a message in your shop&apos;s style.</source>
        <translation>Tidings envoie à votre client un message dans le style de votre boutique.</translation>
    </message>
    <message>
        <source>You see in the Monitor what was sent, and what went wrong.</source>
        <translation>Vous voyez dans le Suivi ce qui a été envoyé, et ce qui n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <source>Have these at hand</source>
        <translation>À avoir sous la main</translation>
    </message>
    <message>
        <source>A sign-in to your shop&apos;s admin pages (Shopify, WooCommerce, …).</source>
        <translation>Un accès aux pages d&apos;administration de votre boutique (Shopify, WooCommerce, …).</translation>
    </message>
    <message>
        <source>An account with a mail service (SendGrid, Mailgun, Gmail, …), or your mail server&apos;s details.</source>
        <translation>Un compte chez un service de messagerie (SendGrid, Mailgun, Gmail, …), ou les coordonnées de votre serveur de messagerie.</translation>
    </message>
    <message>
        <source>Your shop&apos;s colour and logo address, if you have them.</source>
        <translation>La couleur et l&apos;adresse du logo de votre boutique, si vous les avez.</translation>
    </message>
    <message>
        <source>Tidings starts in test mode: until you go live, every message goes to you, not to your customers.</source>
        <translation>Tidings démarre en mode test&#xa0;: jusqu&apos;à la mise en service, chaque message vous est envoyé, et non à vos clients.</translation>
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
        <translation>Transmet les données de commande, de client et d&apos;expédition de chaque notification à un autre système, en JSON.</translation>
    </message>
    <message>
        <source>Secret webhook URL</source>
        <translation>URL secrète du webhook</translation>
    </message>
    <message>
        <source>The receiving address when it works like a password: Zapier&apos;s catch hook (https://hooks.zapier.com/hooks/catch/…) or a Power Automate trigger URL containing sig=. Leave empty to use the address below.</source>
        <translation>L&apos;adresse de réception quand elle fonctionne comme un mot de passe&#xa0;: le catch hook de Zapier (https://hooks.zapier.com/hooks/catch/…) ou une URL de déclencheur Power Automate contenant sig=. Laissez vide pour utiliser l&apos;adresse ci-dessous.</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>Optional. A long random text shared with the receiver: Tidings signs each request with it (X-Tidings-Signature) so the receiver can tell it came from Tidings.</source>
        <translation>Facultatif. Un long texte aléatoire partagé avec le destinataire&#xa0;: Tidings signe chaque requête avec (X-Tidings-Signature) pour que le destinataire sache qu&apos;elle vient de Tidings.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Adresse du webhook</translation>
    </message>
    <message>
        <source>The https:// address that receives the events, when it contains no key. Addresses with a key (sig=, token=) go in Secret webhook URL.</source>
        <translation>L&apos;adresse https:// qui reçoit les événements, quand elle ne contient pas de clé. Les adresses avec une clé (sig=, token=) vont dans URL secrète du webhook.</translation>
    </message>
    <message>
        <source>Zapier: create a Zap with the trigger Webhooks by Zapier → Catch Hook, copy the custom webhook URL and paste it as Secret webhook URL. Send a test notification, then pick its fields in the next steps.</source>
        <translation>Zapier&#xa0;: créez un Zap avec le déclencheur Webhooks by Zapier → Catch Hook, copiez l&apos;URL du webhook personnalisé et collez-la comme URL secrète du webhook. Envoyez une notification de test, puis choisissez ses champs dans les étapes suivantes.</translation>
    </message>
    <message>
        <source>Power Automate: start a flow with &quot;When a HTTP request is received&quot; (Who can trigger: Anyone), save it, copy the HTTP URL and paste it as Secret webhook URL.</source>
        <translation>Power Automate&#xa0;: commencez un flux par «&#xa0;Lors de la réception d&apos;une requête HTTP&#xa0;» (Qui peut déclencher le flux&#xa0;: Tout le monde), enregistrez-le, copiez l&apos;URL HTTP et collez-la comme URL secrète du webhook.</translation>
    </message>
    <message>
        <source>Your own server: enter its https:// address, set a signing secret, and check X-Tidings-Signature there. Use X-Tidings-Notification-Id to ignore a notification delivered twice.</source>
        <translation>Votre propre serveur&#xa0;: saisissez son adresse https://, définissez un secret de signature et vérifiez X-Tidings-Signature sur le serveur. Utilisez X-Tidings-Notification-Id pour ignorer une notification livrée deux fois.</translation>
    </message>
    <message>
        <source>No webhook address is set for %1. Add it in Channels.</source>
        <translation>Aucune adresse de webhook n&apos;est définie pour %1. Ajoutez-la dans Canaux.</translation>
    </message>
    <message>
        <source>The webhook address of %1 is not a web address. Paste it again in Channels.</source>
        <translation>L&apos;adresse du webhook de %1 n&apos;est pas une adresse web. Collez-la de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>The webhook address of %1 must start with https://. Check it in Channels.</source>
        <translation>L&apos;adresse du webhook de %1 doit commencer par https://. Vérifiez-la dans Canaux.</translation>
    </message>
    <message>
        <source>The webhook address of %1 contains a key (such as sig=). Move it to Secret webhook URL in Channels, so it is kept in the keychain.</source>
        <translation>L&apos;adresse du webhook de %1 contient une clé (comme sig=). Déplacez-la dans URL secrète du webhook, dans Canaux, pour qu&apos;elle soit gardée dans le trousseau.</translation>
    </message>
    <message>
        <source>The signing secret of %1 contains a line break. Paste it again in Channels.</source>
        <translation>Le secret de signature de %1 contient un saut de ligne. Collez-le de nouveau dans Canaux.</translation>
    </message>
    <message>
        <source>The subject contains a line break. Remove line breaks from the template&apos;s subject.</source>
        <translation>L&apos;objet contient un saut de ligne. Retirez les sauts de ligne de l&apos;objet du modèle.</translation>
    </message>
    <message>
        <source>The webhook receiver is limiting how fast Tidings may send. Tidings will try again when it allows.</source>
        <translation>Le destinataire du webhook limite le rythme d&apos;envoi de Tidings. Tidings réessaiera quand il le permettra.</translation>
    </message>
    <message>
        <source>The webhook receiver had a problem (HTTP %1). Tidings will try again.</source>
        <translation>Le destinataire du webhook a eu un problème (HTTP %1). Tidings va réessayer.</translation>
    </message>
    <message>
        <source>The webhook receiver took too long to read the event. Tidings will try again.</source>
        <translation>Le destinataire du webhook a mis trop de temps à lire l&apos;événement. Tidings va réessayer.</translation>
    </message>
    <message>
        <source>The webhook is turned off or was deleted (HTTP 410). Turn the Zap or flow on again, or paste its new address in Channels.</source>
        <translation>Le webhook est désactivé ou a été supprimé (HTTP 410). Réactivez le Zap ou le flux, ou collez sa nouvelle adresse dans Canaux.</translation>
    </message>
    <message>
        <source>Nothing receives events at the webhook address (HTTP 404): the Zap or flow may have been deleted or turned off. Check the address in Channels.</source>
        <translation>Rien ne reçoit les événements à l&apos;adresse du webhook (HTTP 404)&#xa0;: le Zap ou le flux a peut-être été supprimé ou désactivé. Vérifiez l&apos;adresse dans Canaux.</translation>
    </message>
    <message>
        <source>The webhook receiver refused the request (HTTP %1): the key in its address is wrong or it requires a sign-in. Copy the address again; for Power Automate set Who can trigger to Anyone.</source>
        <translation>Le destinataire du webhook a refusé la requête (HTTP %1)&#xa0;: la clé dans son adresse est erronée ou il exige une connexion. Copiez de nouveau l&apos;adresse&#xa0;; pour Power Automate, réglez Qui peut déclencher le flux sur Tout le monde.</translation>
    </message>
    <message>
        <source>The webhook receiver answered with a redirect (HTTP %1); Tidings does not follow redirects. Use the final address in Channels.</source>
        <translation>Le destinataire du webhook a répondu par une redirection (HTTP %1)&#xa0;; Tidings ne suit pas les redirections. Utilisez l&apos;adresse finale dans Canaux.</translation>
    </message>
    <message>
        <source>The webhook receiver refused the event (HTTP %1).</source>
        <translation>Le destinataire du webhook a refusé l&apos;événement (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Tidings::WebhookServer</name>
    <message>
        <source>Port %1 is already in use by another program, so Tidings cannot receive webhooks on it. Choose another port in Settings, or close the program that uses it.</source>
        <translation>Le port %1 est déjà utilisé par un autre programme&#xa0;: Tidings ne peut pas y recevoir de webhooks. Choisissez un autre port dans les paramètres, ou fermez le programme qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>The system does not allow Tidings to use port %1. Ports below 1024 need administrator rights; choose a higher port in Settings.</source>
        <translation>Le système ne permet pas à Tidings d&apos;utiliser le port %1. Les ports inférieurs à 1024 exigent des droits d&apos;administrateur&#xa0;; choisissez un port plus élevé dans les paramètres.</translation>
    </message>
    <message>
        <source>This computer has no network address %1, so Tidings cannot receive webhooks on it. Check the listening address in Settings.</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;adresse réseau %1&#xa0;: Tidings ne peut pas y recevoir de webhooks. Vérifiez l&apos;adresse d&apos;écoute dans les paramètres.</translation>
    </message>
    <message>
        <source>Tidings could not start receiving webhooks on %1, port %2.</source>
        <translation>Tidings n&apos;a pas pu commencer à recevoir des webhooks sur %1, port %2.</translation>
    </message>
    <message>
        <source>A %1 request reached /healthz, which only answers GET.</source>
        <translation>Une requête %1 est arrivée sur /healthz, qui ne répond qu&apos;à GET.</translation>
    </message>
    <message>
        <source>A %1 request reached the webhook address; webhooks must be sent with POST.</source>
        <translation>Une requête %1 est arrivée à l&apos;adresse du webhook&#xa0;; les webhooks doivent être envoyés avec POST.</translation>
    </message>
    <message>
        <source>A webhook was sent to %1, which names no connected shop.</source>
        <translation>Un webhook a été envoyé à %1, qui ne désigne aucune boutique connectée.</translation>
    </message>
    <message>
        <source>A request asked for %1, which does not exist.</source>
        <translation>Une requête a demandé %1, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A webhook was sent for &quot;%1&quot;, which is not a connected shop that can receive webhooks.</source>
        <translation>Un webhook a été envoyé pour «&#xa0;%1&#xa0;», qui n&apos;est pas une boutique connectée pouvant recevoir des webhooks.</translation>
    </message>
    <message>
        <source>A webhook for %1 was refused because this connection is turned off.</source>
        <translation>Un webhook pour %1 a été refusé car cette connexion est désactivée.</translation>
    </message>
    <message>
        <source>A webhook for %1 was refused because it is larger than %2 KiB.</source>
        <translation>Un webhook pour %1 a été refusé car il dépasse %2 Kio.</translation>
    </message>
    <message>
        <source>A webhook for %1 arrived before Tidings was ready to store it; the shop will send it again.</source>
        <translation>Un webhook pour %1 est arrivé avant que Tidings soit prêt à l&apos;enregistrer&#xa0;; la boutique le renverra.</translation>
    </message>
    <message>
        <source>A webhook could not be stored; the shop will send it again.</source>
        <translation>Un webhook n&apos;a pas pu être enregistré&#xa0;; la boutique le renverra.</translation>
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
        <translation>Nouvelles commandes, paiements, changements de statut, annulations, remboursements, numéros de suivi et stock.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret du webhook</translation>
    </message>
    <message>
        <source>Tidings made this secret. Paste it into the &quot;Secret&quot; field of every WooCommerce webhook that sends to Tidings.</source>
        <translation>Tidings a créé ce secret. Collez-le dans le champ «&#xa0;Secret&#xa0;» de chaque webhook WooCommerce qui envoie à Tidings.</translation>
    </message>
    <message>
        <source>Custom order statuses</source>
        <translation>Statuts de commande personnalisés</translation>
    </message>
    <message>
        <source>Only for statuses added by plugins: a JSON object from the WooCommerce status to one of Tidings&apos; statuses (pending, paid, on_hold, partially_shipped, shipped, delivered, completed, cancelled, refunded, partially_refunded, failed) or &quot;ignore&quot;.</source>
        <translation>Uniquement pour les statuts ajoutés par des extensions&#xa0;: un objet JSON qui associe le statut WooCommerce à l&apos;un des statuts de Tidings (pending, paid, on_hold, partially_shipped, shipped, delivered, completed, cancelled, refunded, partially_refunded, failed) ou à «&#xa0;ignore&#xa0;».</translation>
    </message>
    <message>
        <source>Tracking meta key</source>
        <translation>Clé méta de suivi</translation>
    </message>
    <message>
        <source>Only if a tracking plugin other than WooCommerce Shipment Tracking or Advanced Shipment Tracking stores the tracking number: the order meta key it uses.</source>
        <translation>Uniquement si une extension de suivi autre que WooCommerce Shipment Tracking ou Advanced Shipment Tracking enregistre le numéro de suivi&#xa0;: la clé méta de commande qu&apos;elle utilise.</translation>
    </message>
    <message>
        <source>In WordPress admin, open WooCommerce → Settings → Advanced → Webhooks and click &quot;Add webhook&quot;.</source>
        <translation>Dans l&apos;administration WordPress, ouvrez WooCommerce → Réglages → Avancé → Webhooks et cliquez sur «&#xa0;Ajouter un webhook&#xa0;».</translation>
    </message>
    <message>
        <source>Name it &quot;Tidings – orders&quot;, set Status to &quot;Active&quot; and Topic to &quot;Order created&quot;.</source>
        <translation>Nommez-le «&#xa0;Tidings – commandes&#xa0;», réglez État sur «&#xa0;Actif&#xa0;» et Sujet sur «&#xa0;Commande créée&#xa0;».</translation>
    </message>
    <message>
        <source>Delivery URL: %1</source>
        <translation>URL de livraison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secret: paste the webhook secret Tidings shows here. API version: &quot;WP REST API Integration v3&quot;. Click &quot;Save webhook&quot;; WooCommerce sends a test ping and Tidings answers it.</source>
        <translation>Secret&#xa0;: collez le secret du webhook que Tidings affiche ici. Version de l&apos;API&#xa0;: «&#xa0;WP REST API Integration v3&#xa0;». Cliquez sur «&#xa0;Enregistrer le webhook&#xa0;»&#xa0;; WooCommerce envoie un ping de test et Tidings y répond.</translation>
    </message>
    <message>
        <source>Add a second webhook the same way with the topic &quot;Order updated&quot; (status changes, refunds and tracking numbers), and a third with &quot;Product updated&quot; if you want stock notices.</source>
        <translation>Ajoutez de la même façon un deuxième webhook avec le sujet «&#xa0;Commande mise à jour&#xa0;» (changements de statut, remboursements et numéros de suivi), et un troisième avec «&#xa0;Produit mis à jour&#xa0;» si vous voulez des avis de stock.</translation>
    </message>
    <message>
        <source>A request reached this shop&apos;s webhook address without a WooCommerce signature, so it was refused. Only WooCommerce should send requests to this address.</source>
        <translation>Une requête est arrivée à l&apos;adresse du webhook de cette boutique sans signature WooCommerce&#xa0;; elle a donc été refusée. Seul WooCommerce doit envoyer des requêtes à cette adresse.</translation>
    </message>
    <message>
        <source>No webhook secret is saved for this shop, so its webhooks cannot be checked and were refused. Add the secret in Connections.</source>
        <translation>Aucun secret de webhook n&apos;est enregistré pour cette boutique&#xa0;: ses webhooks ne peuvent pas être vérifiés et ont été refusés. Ajoutez le secret dans Connexions.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match the secret saved for this shop. Check that the &quot;Secret&quot; field of the webhook in WooCommerce holds the secret Tidings shows.</source>
        <translation>La signature du webhook ne correspond pas au secret enregistré pour cette boutique. Vérifiez que le champ «&#xa0;Secret&#xa0;» du webhook dans WooCommerce contient le secret que Tidings affiche.</translation>
    </message>
    <message>
        <source>WooCommerce sent a webhook without a topic, so Tidings cannot tell what happened.</source>
        <translation>WooCommerce a envoyé un webhook sans sujet&#xa0;: Tidings ne peut pas savoir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>WooCommerce sent a webhook (%1) whose content is not a JSON object, so it could not be read.</source>
        <translation>WooCommerce a envoyé un webhook (%1) dont le contenu n&apos;est pas un objet JSON&#xa0;; il n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>WooCommerce sent a webhook (%1) without the id of the order or product, so it cannot be matched.</source>
        <translation>WooCommerce a envoyé un webhook (%1) sans l&apos;id de la commande ou du produit&#xa0;: il ne peut être associé à rien.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>A test event sent by Tidings to check this connection. Nobody is notified.</source>
        <translation>Un événement de test envoyé par Tidings pour vérifier cette connexion. Personne n&apos;est prévenu.</translation>
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
        <translation>Nouvelles commandes, changements de statut, annulations, remboursements et numéros de suivi, lus toutes les quelques minutes.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Starts with &quot;ck_&quot;.</source>
        <translation>Commence par «&#xa0;ck_&#xa0;».</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Starts with &quot;cs_&quot;. WooCommerce shows it once.</source>
        <translation>Commence par «&#xa0;cs_&#xa0;». WooCommerce ne l&apos;affiche qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Adresse de la boutique</translation>
    </message>
    <message>
        <source>The address of your WordPress site.</source>
        <translation>L&apos;adresse de votre site WordPress.</translation>
    </message>
    <message>
        <source>Custom order statuses</source>
        <translation>Statuts de commande personnalisés</translation>
    </message>
    <message>
        <source>Only for statuses added by plugins: a JSON object from the WooCommerce status to one of Tidings&apos; statuses, or &quot;ignore&quot;.</source>
        <translation>Uniquement pour les statuts ajoutés par des extensions&#xa0;: un objet JSON qui associe le statut WooCommerce à l&apos;un des statuts de Tidings, ou à «&#xa0;ignore&#xa0;».</translation>
    </message>
    <message>
        <source>Tracking meta key</source>
        <translation>Clé méta de suivi</translation>
    </message>
    <message>
        <source>Only if a tracking plugin other than WooCommerce Shipment Tracking stores the tracking number: the order meta key it uses.</source>
        <translation>Uniquement si une extension de suivi autre que WooCommerce Shipment Tracking enregistre le numéro de suivi&#xa0;: la clé méta de commande qu&apos;elle utilise.</translation>
    </message>
    <message>
        <source>In WordPress admin, open WooCommerce → Settings → Advanced → REST API and click &quot;Add key&quot;.</source>
        <translation>Dans l&apos;administration WordPress, ouvrez WooCommerce → Réglages → Avancé → API REST et cliquez sur «&#xa0;Ajouter une clé&#xa0;».</translation>
    </message>
    <message>
        <source>Description &quot;Tidings&quot;, Permissions &quot;Read&quot;, then &quot;Generate API key&quot;.</source>
        <translation>Description «&#xa0;Tidings&#xa0;», Droits «&#xa0;Lecture&#xa0;», puis «&#xa0;Générer une clé API&#xa0;».</translation>
    </message>
    <message>
        <source>Paste the consumer key and consumer secret here. WooCommerce shows the secret only once.</source>
        <translation>Collez ici la clé client et le secret client. WooCommerce n&apos;affiche le secret qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>WooCommerce answered with something that is not a list of orders. A security plugin or a maintenance page may be in the way; Tidings will ask again.</source>
        <translation>WooCommerce a répondu par autre chose qu&apos;une liste de commandes. Une extension de sécurité ou une page de maintenance fait peut-être obstacle&#xa0;; Tidings va redemander.</translation>
    </message>
    <message>
        <source>No WooCommerce REST API key is saved for &quot;%1&quot;, so its orders cannot be read. Add the consumer key and secret in Connections.</source>
        <translation>Aucune clé d&apos;API REST WooCommerce n&apos;est enregistrée pour «&#xa0;%1&#xa0;»&#xa0;: ses commandes ne peuvent pas être lues. Ajoutez la clé client et le secret client dans Connexions.</translation>
    </message>
    <message>
        <source>Tidings lost its place in WooCommerce&apos;s list of orders and starts again.</source>
        <translation>Tidings a perdu sa place dans la liste des commandes de WooCommerce et reprend depuis le début.</translation>
    </message>
</context>
</TS>
