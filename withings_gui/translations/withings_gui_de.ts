<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuthorizePage</name>
    <message>
        <source>Withings login</source>
        <translation>Withings-Anmeldung</translation>
    </message>
    <message>
        <source>Log in to Withings</source>
        <translation>Bei Withings anmelden</translation>
    </message>
    <message>
        <source>Log in with the Withings account of the person whose data this is, and allow access.</source>
        <translation>Melde dich mit dem Withings-Konto der Person an, deren Daten es sind, und erlaube den Zugriff.</translation>
    </message>
    <message>
        <source>Use my o&amp;wn browser instead</source>
        <translation>Stattdessen meinen &amp;eigenen Browser verwenden</translation>
    </message>
    <message>
        <source>Loading the Withings login…</source>
        <translation>Die Withings-Anmeldung wird geladen …</translation>
    </message>
    <message>
        <source>Paste the whole address your browser ended on</source>
        <translation>Die ganze Adresse einfügen, bei der dein Browser angekommen ist</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>If Withings shows an error about the &lt;i&gt;redirect_uri&lt;/i&gt;, the Callback URI of your Withings app must be exactly &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation>Zeigt Withings einen Fehler zur &lt;i&gt;redirect_uri&lt;/i&gt;, muss die Callback URI deiner Withings-App genau &lt;code&gt;{url}&lt;/code&gt; lauten.</translation>
    </message>
    <message>
        <source>{error} Go Back to the callback URL and Client Id pages.</source>
        <translation>{error} Gehe zurück zu den Seiten Callback-URL und Client Id.</translation>
    </message>
    <message>
        <source>The built-in browser is not available on this system.</source>
        <translation>Der eingebaute Browser ist auf diesem System nicht verfügbar.</translation>
    </message>
    <message>
        <source>The Withings page did not load; check the internet connection or use your own browser.</source>
        <translation>Die Withings-Seite wurde nicht geladen; prüfe die Internetverbindung oder verwende deinen eigenen Browser.</translation>
    </message>
    <message>
        <source>{refused}. This setup uses {url}: put exactly that in your Withings app, then click “Try again”.</source>
        <translation>{refused}. Diese Einrichtung verwendet {url}: Trage genau das in deiner Withings-App ein und klicke dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>After you allow access it goes to your callback address (an error page there is fine): copy that whole address and paste it below.</source>
        <translation>Nachdem du den Zugriff erlaubt hast, geht es zu deiner Callback-Adresse (eine Fehlerseite dort ist in Ordnung): Kopiere diese ganze Adresse und füge sie unten ein.</translation>
    </message>
    <message>
        <source>Your browser opens the Withings login (the address is below if it does not). {then}</source>
        <translation>Dein Browser öffnet die Withings-Anmeldung (sonst steht die Adresse unten). {then}</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the address below into a browser and log in there. {then}</source>
        <translation>Von hier aus ließ sich kein Browser öffnen: Kopiere die Adresse unten in einen Browser und melde dich dort an. {then}</translation>
    </message>
    <message>
        <source>Paste the address your browser ended on.</source>
        <translation>Füge die Adresse ein, bei der dein Browser angekommen ist.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Logged in: Withings user {user}.</source>
        <translation>Angemeldet: Withings-Benutzer {user}.</translation>
    </message>
    <message>
        <source>Logged in: Withings user {user}. Click Next.</source>
        <translation>Angemeldet: Withings-Benutzer {user}. Klicke auf „Weiter“.</translation>
    </message>
    <message>
        <source>{error} Click “Try again” to log in again.</source>
        <translation>{error} Klicke auf „Erneut versuchen“, um dich neu anzumelden.</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Callback address</source>
        <translation>Callback-Adresse</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>The address Withings sends you back to after you log in. Withings checks it when you save your developer app; we check it the same way first.</source>
        <translation>Die Adresse, zu der Withings dich nach der Anmeldung zurückschickt. Withings prüft sie beim Speichern deiner Entwickler-App; wir prüfen sie vorher auf dieselbe Weise.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Look the name up, check the certificate and send an HTTP HEAD, as Withings does</source>
        <translation>Den Namen auflösen, das Zertifikat prüfen und ein HTTP HEAD senden, wie Withings es tut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Set this as Home Assistant&apos;s e&amp;xternal URL</source>
        <translation>Als e&amp;xterne URL von Home Assistant festlegen</translation>
    </message>
    <message>
        <source>Possible once every check has passed</source>
        <translation>Möglich, sobald jede Prüfung bestanden ist</translation>
    </message>
    <message>
        <source>Withings sends your browser to this address after you log in, and this app catches that step before the page loads, so it never has to reach your Home Assistant: nothing needs opening to the internet. It only has to satisfy Withings when you save your developer app: any https page you trust that answers will do.</source>
        <translation>Withings schickt deinen Browser nach der Anmeldung zu dieser Adresse, und diese App fängt diesen Schritt ab, bevor die Seite lädt. Sie muss also nie dein Home Assistant erreichen: Nichts muss zum Internet hin geöffnet werden. Sie muss nur Withings genügen, wenn du deine Entwickler-App speicherst: Jede https-Seite, der du vertraust und die antwortet, ist geeignet.</translation>
    </message>
    <message>
        <source>Home Assistant must know this address as its external URL. Set it from here, or paste this into configuration.yaml:</source>
        <translation>Home Assistant muss diese Adresse als seine externe URL kennen. Lege sie von hier aus fest oder füge dies in configuration.yaml ein:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings accepts this URL without looking it up; these checks are for a real setup.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; Das simulierte Withings akzeptiert diese URL, ohne sie aufzulösen; diese Prüfungen sind für eine echte Einrichtung.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Aus:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>Callback-URL:</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>Callback-&amp;URL:</translation>
    </message>
    <message>
        <source>Changed http:// to https://: Withings accepts https only.</source>
        <translation>http:// wurde zu https:// geändert: Withings akzeptiert nur https.</translation>
    </message>
    <message>
        <source>fix what is marked with a cross first</source>
        <translation>behebe zuerst, was mit einem Kreuz markiert ist</translation>
    </message>
    <message>
        <source>press Check</source>
        <translation>klicke auf „Prüfen“</translation>
    </message>
    <message>
        <source>Not checked yet: {why}.</source>
        <translation>Noch nicht geprüft: {why}.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the check stopped</source>
        <translation>die Prüfung wurde beendet</translation>
    </message>
    <message>
        <source>The check stopped: {error}</source>
        <translation>Die Prüfung wurde beendet: {error}</translation>
    </message>
    <message>
        <source>Withings would refuse this callback URL: fix what is marked with a cross and check again.</source>
        <translation>Withings würde diese Callback-URL ablehnen: Behebe, was mit einem Kreuz markiert ist, und prüfe erneut.</translation>
    </message>
    <message>
        <source>Setting the external URL…</source>
        <translation>Die externe URL wird festgelegt …</translation>
    </message>
    <message>
        <source>Could not set the external URL ({error}); paste the YAML instead.</source>
        <translation>Die externe URL konnte nicht festgelegt werden ({error}); füge stattdessen das YAML ein.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s external URL is now {url}.</source>
        <translation>Die externe URL von Home Assistant ist jetzt {url}.</translation>
    </message>
    <message>
        <source>Not set: Home Assistant&apos;s core settings come from configuration.yaml, so a change made from here would be lost at its next restart. Paste the YAML above into configuration.yaml instead (replace an external_url line already there), then restart Home Assistant.</source>
        <translation>Nicht festgelegt: Die Grundeinstellungen von Home Assistant stammen aus configuration.yaml, eine Änderung von hier ginge beim nächsten Neustart verloren. Füge stattdessen das YAML oben in configuration.yaml ein (ersetze eine dort vorhandene external_url-Zeile) und starte Home Assistant neu.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Sharing the app with Home Assistant&apos;s own Withings integration works, but Withings does not say whether a second login of the same person can end the other&apos;s session; if either one keeps asking you to log in again, create a second app for this one.</source>
        <translation>Die App mit der Withings-Integration von Home Assistant zu teilen funktioniert, aber Withings sagt nicht, ob eine zweite Anmeldung derselben Person die andere Sitzung beenden kann; wenn eine der beiden immer wieder eine neue Anmeldung verlangt, erstelle für diese hier eine zweite App.</translation>
    </message>
    <message>
        <source>App keys</source>
        <translation>App-Schlüssel</translation>
    </message>
    <message>
        <source>Client Id and Consumer Secret</source>
        <translation>Client Id und Consumer Secret</translation>
    </message>
    <message>
        <source>Copy both from your Withings developer app.</source>
        <translation>Kopiere beide aus deiner Withings-Entwickler-App.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>Secret an&amp;zeigen</translation>
    </message>
    <message>
        <source>Client &amp;Id:</source>
        <translation>Client &amp;Id:</translation>
    </message>
    <message>
        <source>Consumer &amp;Secret:</source>
        <translation>Consumer &amp;Secret:</translation>
    </message>
    <message>
        <source>Callback &amp;URL as registered:</source>
        <translation>Callback-&amp;URL wie registriert:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings&apos; demo app is filled in.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; Die Demo-App des simulierten Withings ist eingetragen.</translation>
    </message>
    <message>
        <source>Your Withings developer app</source>
        <translation>Deine Withings-Entwickler-App</translation>
    </message>
    <message>
        <source>The secret is kept in your system keyring ({keyring}), never in a settings file.</source>
        <translation>Das Secret wird im Schlüsselbund deines Systems ({keyring}) aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Units and first sync</source>
        <translation>Einheiten, erster Sync</translation>
    </message>
    <message>
        <source>Options and first sync</source>
        <translation>Optionen und erste Synchronisierung</translation>
    </message>
    <message>
        <source>Choose how the sensors look, then the first sync runs.</source>
        <translation>Wähle, wie die Sensoren aussehen; dann läuft die erste Synchronisierung.</translation>
    </message>
    <message>
        <source>&amp;kg</source>
        <translation>&amp;kg</translation>
    </message>
    <message>
        <source>&amp;lb</source>
        <translation>&amp;lb</translation>
    </message>
    <message>
        <source>b&amp;oth (kg sensors plus _lbs twins)</source>
        <translation>&amp;beides (kg- plus _lbs-Sensoren)</translation>
    </message>
    <message>
        <source>s&amp;t (_st sensors; shown as 11 st 2 lb)</source>
        <translation>s&amp;t (_st-Sensoren; z. B. 11 st 2 lb)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start the tray when I log in</source>
        <translation>Das Tray-Symbol bei meiner Anmeldung starten</translation>
    </message>
    <message>
        <source>Notify me of each new weigh-in</source>
        <translation>Mich über jede neue Wägung benachrichtigen</translation>
    </message>
    <message>
        <source>Copy YAML</source>
        <translation>YAML kopieren</translation>
    </message>
    <message>
        <source>Check Home Assistant&apos;s &amp;configuration</source>
        <translation>&amp;Konfiguration von Home Assistant prüfen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Add another person…</source>
        <translation>Weitere &amp;Person hinzufügen …</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Einheiten:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sync-&amp;Intervall:</translation>
    </message>
    <message>
        <source>Publishing kg only but want pounds in HA too? Template sensors for configuration.yaml:</source>
        <translation>Nur kg veröffentlichen, aber in HA auch Pfund haben? Template-Sensoren für configuration.yaml:</translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation>Home Assistant:</translation>
    </message>
    <message>
        <source>First sync:</source>
        <translation>Erster Sync:</translation>
    </message>
    <message>
        <source>No Home Assistant in this setup.</source>
        <translation>Kein Home Assistant in dieser Einrichtung.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Configuration valid.</source>
        <translation>Konfiguration gültig.</translation>
    </message>
    <message>
        <source>Configuration invalid.</source>
        <translation>Konfiguration ungültig.</translation>
    </message>
    <message>
        <source>Errors: {detail}</source>
        <translation>Fehler: {detail}</translation>
    </message>
    <message>
        <source>Warnings: {detail}</source>
        <translation>Warnungen: {detail}</translation>
    </message>
    <message>
        <source>Syncing with Withings…</source>
        <translation>Synchronisierung mit Withings …</translation>
    </message>
    <message>
        <source>The first sync did not fully work: {error}</source>
        <translation>Die erste Synchronisierung hat nicht ganz geklappt: {error}</translation>
    </message>
    <message>
        <source>The first sync failed: {error}</source>
        <translation>Die erste Synchronisierung ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>HassPage</name>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Mit Home Assistant verbinden</translation>
    </message>
    <message>
        <source>Its address as this computer reaches it, and a long-lived access token (your HA profile → Security → Long-lived access tokens).</source>
        <translation>Seine Adresse, wie dieser Computer es erreicht, und ein langlebiger Zugangs-Token (dein HA-Profil → Sicherheit → Langlebige Zugangs-Token).</translation>
    </message>
    <message>
        <source>only for a self-signed certificate (.pem, .crt)</source>
        <translation>nur für ein selbstsigniertes Zertifikat (.pem, .crt)</translation>
    </message>
    <message>
        <source>Trust certificate &amp;file…</source>
        <translation>Zertifikats&amp;datei vertrauen …</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>This address works only in your home network. If your Home Assistant has no address on the internet, choose the home-network path: nothing needs opening to the internet.</source>
        <translation>Diese Adresse funktioniert nur in deinem Heimnetz. Wenn dein Home Assistant keine Adresse im Internet hat, wähle den Weg „nur Heimnetz“: Nichts muss zum Internet hin geöffnet werden.</translation>
    </message>
    <message>
        <source>&amp;Use the home-network path</source>
        <translation>Weg „nur Heimnetz“ &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Skip Home Assistant (demo only: the sensors are shown, not sent)</source>
        <translation>Home Assistant ü&amp;berspringen (nur Demo: Sensoren nur anzeigen)</translation>
    </message>
    <message>
        <source>Home Assistant &amp;address:</source>
        <translation>Home-Assistant-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Zugangs-To&amp;ken:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>In the demo you may skip this step; the tray then shows the demo data without sending it anywhere.</source>
        <translation>In der Demo kannst du diesen Schritt überspringen; das Tray-Symbol zeigt dann die Demodaten, ohne sie irgendwohin zu senden.</translation>
    </message>
    <message>
        <source>Tested before with this address and token.</source>
        <translation>Mit dieser Adresse und diesem Token bereits getestet.</translation>
    </message>
    <message>
        <source>Connected to Home Assistant {version} “{name}”.</source>
        <translation>Verbunden mit Home Assistant {version} „{name}“.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Trust Home Assistant&apos;s certificate</source>
        <translation>Dem Zertifikat von Home Assistant vertrauen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Home network only: Withings never needs to reach this Home Assistant.</source>
        <translation>Nur Heimnetz: Withings muss dieses Home Assistant nie erreichen.</translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>folgt</translation>
    </message>
</context>
<context>
    <name>NumberBadge</name>
    <message>
        <source>field {number} in the picture</source>
        <translation>Feld {number} im Bild</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>The setup could not be saved: {error}</source>
        <translation>Die Einrichtung konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <source>A Withings account</source>
        <translation>Ein Withings-Konto</translation>
    </message>
    <message>
        <source>with the person&apos;s measurements in the Withings app</source>
        <translation>mit den Messwerten der Person in der Withings-App</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>its address and a long-lived access token from your HA profile</source>
        <translation>seine Adresse und ein langlebiger Zugangs-Token aus deinem HA-Profil</translation>
    </message>
    <message>
        <source>About ten minutes</source>
        <translation>Etwa zehn Minuten</translation>
    </message>
    <message>
        <source>you can close the wizard and continue later where you left off</source>
        <translation>du kannst den Assistenten schließen und später dort weitermachen, wo du aufgehört hast</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt; — {why}</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt; – {why}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>This wizard connects your Withings account to Home Assistant. Your measurements then appear there as sensors, kept current from an icon beside the clock.</source>
        <translation>Dieser Assistent verbindet dein Withings-Konto mit Home Assistant. Deine Messwerte erscheinen dort dann als Sensoren, aktuell gehalten von einem Symbol neben der Uhr.</translation>
    </message>
    <message>
        <source>Only on my home net&amp;work (nothing to open to the internet)</source>
        <translation>Nur in meinem Heim&amp;netz (nichts zum Internet hin zu öffnen)</translation>
    </message>
    <message>
        <source>&amp;Home Assistant Cloud (Nabu Casa)</source>
        <translation>&amp;Home Assistant Cloud (Nabu Casa)</translation>
    </message>
    <message>
        <source>My &amp;own public domain with https (e.g. https://ha.example.com)</source>
        <translation>&amp;Eigene Domain mit https (z. B. https://ha.example.com)</translation>
    </message>
    <message>
        <source>I already have a Withings &amp;developer app</source>
        <translation>Ich habe schon eine Withings-&amp;Entwickler-App</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Was du brauchst</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>You register a free developer app with Withings (every value to type is given), log in to Withings here, and the first sync sends the measurements to Home Assistant. This app talks to Withings and Home Assistant directly; your login stays on this computer.</source>
        <translation>Du registrierst eine kostenlose Entwickler-App bei Withings (jeder einzugebende Wert wird vorgegeben), meldest dich hier bei Withings an, und die erste Synchronisierung sendet die Messwerte an Home Assistant. Diese App spricht direkt mit Withings und Home Assistant; deine Anmeldung bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>How is your Home Assistant reached from outside?</source>
        <translation>Wie wird dein Home Assistant von außen erreicht?</translation>
    </message>
    <message>
        <source>Withings&apos; login ends at your developer app&apos;s callback address; this app catches that step itself, so the address never has to lead to your Home Assistant.</source>
        <translation>Die Withings-Anmeldung endet bei der Callback-Adresse deiner Entwickler-App; diese App fängt diesen Schritt selbst ab, die Adresse muss also nie zu deinem Home Assistant führen.</translation>
    </message>
    <message>
        <source>For example the one made for Home Assistant&apos;s own Withings integration: its values are then used instead of a new app&apos;s.</source>
        <translation>Zum Beispiel die für die Withings-Integration von Home Assistant angelegte: Dann werden ihre Werte statt denen einer neuen App verwendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; everything runs against a simulated Withings; any choice works.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; Alles läuft gegen ein simuliertes Withings; jede Wahl funktioniert.</translation>
    </message>
</context>
<context>
    <name>PortalFigure</name>
    <message>
        <source>Picture of the Withings developer portal&apos;s forms</source>
        <translation>Bild der Formulare im Withings-Entwicklerportal</translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <source>Withings app</source>
        <translation>Withings-App</translation>
    </message>
    <message>
        <source>Create your Withings developer app</source>
        <translation>Deine Withings-Entwickler-App erstellen</translation>
    </message>
    <message>
        <source>Withings lets you read your own data through an app you register. Open the developer portal, create an application of the kind “Public API integration” and fill in:</source>
        <translation>Withings lässt dich deine eigenen Daten über eine App lesen, die du registrierst. Öffne das Entwicklerportal, lege eine Anwendung der Art „Public API integration“ an und trage ein:</translation>
    </message>
    <message>
        <source>&amp;Open the Withings developer portal</source>
        <translation>Withings-Entwicklerportal ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Save &amp;logo…</source>
        <translation>&amp;Logo speichern …</translation>
    </message>
    <message>
        <source>Withings asks for {first} and {second} once, for your developer account. The saved application shows its Client ID and Secret: keep that page open.</source>
        <translation>Withings fragt {first} und {second} einmal ab, für dein Entwicklerkonto. Die gespeicherte Anwendung zeigt ihre Client ID und ihr Secret: Lass diese Seite offen.</translation>
    </message>
    <message>
        <source>I already &amp;have an app…</source>
        <translation>Ich &amp;habe schon eine App …</translation>
    </message>
    <message>
        <source>Already have a Withings developer app (for Home Assistant&apos;s own integration, say)? Use it instead.</source>
        <translation>Schon eine Withings-Entwickler-App (etwa für die Integration von Home Assistant)? Verwende stattdessen sie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; nothing needs registering; the simulated Withings already knows a demo app, whose Client Id and Secret are filled in on the next page.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; Nichts muss registriert werden; das simulierte Withings kennt bereits eine Demo-App, deren Client Id und Secret auf der nächsten Seite eingetragen sind.</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the portal&apos;s address (above) into a browser.</source>
        <translation>Von hier aus ließ sich kein Browser öffnen: Kopiere die Adresse des Portals (oben) in einen Browser.</translation>
    </message>
    <message>
        <source>Save the logo</source>
        <translation>Logo speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Whose data is this?</source>
        <translation>Wessen Daten sind das?</translation>
    </message>
    <message>
        <source>The name becomes part of every entity id in Home Assistant.</source>
        <translation>Der Name wird Teil jeder Entitäts-ID in Home Assistant.</translation>
    </message>
    <message>
        <source>Alice</source>
        <translation>Alice</translation>
    </message>
    <message>
        <source>Also read &amp;ECG results</source>
        <translation>Auch &amp;EKG-Ergebnisse lesen</translation>
    </message>
    <message>
        <source>The latest atrial fibrillation classification and its date. Withings gives ECGs with the “user.metrics” access this app already asks for, so no new login is needed.</source>
        <translation>Die letzte Einstufung zu Vorhofflimmern und ihr Datum. Withings gibt EKGs mit dem Zugriff „user.metrics“ heraus, den diese App schon anfragt; eine neue Anmeldung ist also nicht nötig.</translation>
    </message>
    <message>
        <source>Person&apos;s na&amp;me:</source>
        <translation>&amp;Name der Person:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>Entitäten:</translation>
    </message>
    <message>
        <source>Logged in to Withings as user &lt;b&gt;{user}&lt;/b&gt;. Name the person who owns that account.</source>
        <translation>Bei Withings angemeldet als Benutzer &lt;b&gt;{user}&lt;/b&gt;. Gib der Person einen Namen, der dieses Konto gehört.</translation>
    </message>
    <message>
        <source>Could not read Home Assistant&apos;s entities ({error}).</source>
        <translation>Die Entitäten von Home Assistant konnten nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>{conflict}. Choose another name.</source>
        <translation>{conflict}. Wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>Home Assistant already has {count} of these entities (e.g. {example}). If they come from an earlier setup of this app that is fine; otherwise choose another name.</source>
        <translation>Home Assistant hat bereits {count} dieser Entitäten (z. B. {example}). Stammen sie aus einer früheren Einrichtung dieser App, ist das in Ordnung; sonst wähle einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>RuleList</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {message}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; – {message}</translation>
    </message>
    <message>
        <source>How to fix: {fix}</source>
        <translation>So behebst du es: {fix}</translation>
    </message>
    <message>
        <source>(a warning; Withings would accept it)</source>
        <translation>(eine Warnung; Withings würde es akzeptieren)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Withings GUI setup (demo)</source>
        <translation>Withings GUI einrichten (Demo)</translation>
    </message>
    <message>
        <source>Withings GUI setup</source>
        <translation>Withings GUI einrichten</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Withings GUI logo</source>
        <translation>Logo von Withings GUI</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withings GUI&lt;/b&gt;&lt;br&gt;Setup</source>
        <translation>&lt;b&gt;Withings GUI&lt;/b&gt;&lt;br&gt;Einrichtung</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>{step}: {state}</source>
        <translation>{step}: {state}</translation>
    </message>
</context>
<context>
    <name>SyncProcess</name>
    <message>
        <source>The sync took longer than {seconds} s and was stopped.</source>
        <translation>Die Synchronisierung dauerte länger als {seconds} s und wurde beendet.</translation>
    </message>
    <message>
        <source>The sync process could not start: {error}</source>
        <translation>Der Synchronisierungsprozess konnte nicht starten: {error}</translation>
    </message>
    <message>
        <source>The sync process crashed ({code}): {error}</source>
        <translation>Der Synchronisierungsprozess ist abgestürzt ({code}): {error}</translation>
    </message>
    <message>
        <source>The sync process crashed ({code}).</source>
        <translation>Der Synchronisierungsprozess ist abgestürzt ({code}).</translation>
    </message>
    <message>
        <source>The sync process exited {code}: {error}</source>
        <translation>Der Synchronisierungsprozess wurde mit {code} beendet: {error}</translation>
    </message>
    <message>
        <source>The sync process exited {code}.</source>
        <translation>Der Synchronisierungsprozess wurde mit {code} beendet.</translation>
    </message>
</context>
<context>
    <name>cli.commands</name>
    <message>
        <source>withings-gui {command}: not available with --demo (the demo configures and logs in by itself).</source>
        <translation>withings-gui {command}: mit --demo nicht verfügbar (die Demo richtet sich selbst ein und meldet sich selbst an).</translation>
    </message>
</context>
<context>
    <name>cli.configure</name>
    <message>
        <source>Warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>Saved settings for profile &apos;{profile}&apos; in {file}.</source>
        <translation>Einstellungen für das Profil &apos;{profile}&apos; in {file} gespeichert.</translation>
    </message>
    <message>
        <source>--remove needs --profile NAME</source>
        <translation>--remove braucht --profile NAME</translation>
    </message>
    <message>
        <source>no profile &apos;{profile}&apos; to remove; configured: {profiles}</source>
        <translation>kein Profil &apos;{profile}&apos; zum Entfernen; eingerichtet: {profiles}</translation>
    </message>
    <message>
        <source>Removed profile &apos;{profile}&apos; ({what}); its history stays in {file}.</source>
        <translation>Profil &apos;{profile}&apos; entfernt ({what}); sein Verlauf bleibt in {file}.</translation>
    </message>
    <message>
        <source>--profile is required (only --language may be set without it)</source>
        <translation>--profile ist nötig (nur --language kann ohne es gesetzt werden)</translation>
    </message>
    <message>
        <source>Saved the language ({language}) in {file}; it applies from the next start of the wizard and the tray.</source>
        <translation>Sprache ({language}) in {file} gespeichert; sie gilt ab dem nächsten Start des Assistenten und des Tray-Symbols.</translation>
    </message>
    <message>
        <source>The callback URL would be refused by Withings: {reasons}</source>
        <translation>Withings würde die Callback-URL ablehnen: {reasons}</translation>
    </message>
    <message>
        <source>{options} must be given the first time.</source>
        <translation>{options} muss beim ersten Mal angegeben werden.</translation>
    </message>
    <message>
        <source>No Withings Consumer Secret saved yet: give a line client_secret=... on standard input.</source>
        <translation>Noch kein Withings-Consumer-Secret gespeichert: gib eine Zeile client_secret=... auf der Standardeingabe an.</translation>
    </message>
    <message>
        <source>{name} (Enter keeps the saved one): </source>
        <translation>{name} (Enter behält den gespeicherten Wert): </translation>
    </message>
    <message>
        <source>Standard input line {number} is not client_secret=... or ha_token=...</source>
        <translation>Zeile {number} der Standardeingabe ist weder client_secret=... noch ha_token=...</translation>
    </message>
</context>
<context>
    <name>cli.listen</name>
    <message>
        <source>Home Assistant is reachable only on the home network, so Withings cannot send it notifications; checking on the sync interval instead.</source>
        <translation>Home Assistant ist nur im Heimnetz erreichbar, daher kann Withings ihm keine Benachrichtigungen senden; stattdessen wird im Sync-Intervall geprüft.</translation>
    </message>
    <message>
        <source>Home Assistant is not set up; run setup first.</source>
        <translation>Home Assistant ist nicht eingerichtet; führe zuerst die Einrichtung aus.</translation>
    </message>
    <message>
        <source>No Home Assistant token is saved; run setup again.</source>
        <translation>Es ist kein Home-Assistant-Token gespeichert; führe die Einrichtung erneut aus.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s webhook stopped: {problem}</source>
        <translation>Der Webhook von Home Assistant wurde beendet: {problem}</translation>
    </message>
</context>
<context>
    <name>cli.login</name>
    <message>
        <source>No profile &apos;{profile}&apos; yet; create it with `withings-gui configure --profile {profile} ...`.</source>
        <translation>Noch kein Profil &apos;{profile}&apos;; lege es mit `withings-gui configure --profile {profile} ...` an.</translation>
    </message>
    <message>
        <source>Open this address, log in to Withings and allow access:</source>
        <translation>Öffne diese Adresse, melde dich bei Withings an und erlaube den Zugriff:</translation>
    </message>
    <message>
        <source>Your browser then tries to open the callback address. Copy that whole address from the address bar, paste it here and press Enter (it may show an error page: that is fine, the address is what counts):</source>
        <translation>Dein Browser versucht danach, die Callback-Adresse zu öffnen. Kopiere die ganze Adresse aus der Adressleiste, füge sie hier ein und drücke Enter (eventuell zeigt er eine Fehlerseite: das ist in Ordnung, es zählt nur die Adresse):</translation>
    </message>
    <message>
        <source>nothing was pasted; run login again.</source>
        <translation>es wurde nichts eingefügt; starte die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Log in again with that person&apos;s Withings account, or run `withings-gui login --profile {profile} --replace` to give the profile to the new account.</source>
        <translation>Melde dich erneut mit dem Withings-Konto dieser Person an, oder führe `withings-gui login --profile {profile} --replace` aus, um das Profil dem neuen Konto zu geben.</translation>
    </message>
    <message>
        <source>Logged in: profile &apos;{profile}&apos; is Withings user {user}.</source>
        <translation>Angemeldet: Profil &apos;{profile}&apos; ist Withings-Benutzer {user}.</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; was removed while logging in; add it again with `withings-gui configure`, then log in again.</source>
        <translation>Das Profil &apos;{profile}&apos; wurde während der Anmeldung entfernt; lege es mit `withings-gui configure` wieder an und melde dich dann erneut an.</translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <source>no profile is configured; run `withings-gui setup` or `withings-gui configure` first.</source>
        <translation>es ist kein Profil eingerichtet; führe zuerst `withings-gui setup` oder `withings-gui configure` aus.</translation>
    </message>
    <message>
        <source>--notified: {problem}</source>
        <translation>--notified: {problem}</translation>
    </message>
</context>
<context>
    <name>core.callback_network</name>
    <message>
        <source>the name resolves</source>
        <translation>der Name wird aufgelöst</translation>
    </message>
    <message>
        <source>a certificate from a public authority</source>
        <translation>ein Zertifikat einer öffentlichen Stelle</translation>
    </message>
    <message>
        <source>answers an HTTP HEAD request</source>
        <translation>beantwortet eine HTTP-HEAD-Anfrage</translation>
    </message>
    <message>
        <source>Use Home Assistant Cloud (Nabu Casa), or get a certificate from a public authority, e.g. with Home Assistant&apos;s Let&apos;s Encrypt add-on.</source>
        <translation>Verwende Home Assistant Cloud (Nabu Casa) oder besorge ein Zertifikat einer öffentlichen Stelle, z. B. mit dem Let&apos;s-Encrypt-Add-on von Home Assistant.</translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation>Das Zertifikat von {host} ist abgelaufen.</translation>
    </message>
    <message>
        <source>Renew it; Home Assistant&apos;s Let&apos;s Encrypt add-on renews automatically, and Home Assistant Cloud (Nabu Casa) needs no certificate of your own.</source>
        <translation>Erneuere es; das Let&apos;s-Encrypt-Add-on von Home Assistant erneuert automatisch, und Home Assistant Cloud (Nabu Casa) braucht kein eigenes Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>Das Zertifikat von {host} ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time, or wait until the certificate&apos;s start date.</source>
        <translation>Prüfe Datum und Uhrzeit dieses Computers oder warte bis zum Startdatum des Zertifikats.</translation>
    </message>
    <message>
        <source>The certificate of {host} is self-signed; Withings refuses it.</source>
        <translation>Das Zertifikat von {host} ist selbstsigniert; Withings lehnt es ab.</translation>
    </message>
    <message>
        <source>The certificate is not valid for {host} (it was issued for another name).</source>
        <translation>Das Zertifikat ist für {host} nicht gültig (es wurde für einen anderen Namen ausgestellt).</translation>
    </message>
    <message>
        <source>Use the domain name the certificate was issued for, or get a certificate that includes {host} (the Let&apos;s Encrypt add-on&apos;s &apos;domains&apos; option).</source>
        <translation>Verwende den Domainnamen, für den das Zertifikat ausgestellt wurde, oder besorge ein Zertifikat, das {host} enthält (Option „domains“ des Let&apos;s-Encrypt-Add-ons).</translation>
    </message>
    <message>
        <source>The certificate of {host} has been revoked.</source>
        <translation>Das Zertifikat von {host} wurde widerrufen.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not issued by a public certificate authority (or the server does not send the full chain).</source>
        <translation>Das Zertifikat von {host} stammt nicht von einer öffentlichen Zertifizierungsstelle (oder der Server sendet nicht die ganze Kette).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the URL has no valid domain name</source>
        <translation>die URL hat keinen gültigen Domainnamen</translation>
    </message>
    <message>
        <source>{host} does not resolve</source>
        <translation>{host} wird nicht aufgelöst</translation>
    </message>
    <message>
        <source>there is no secure connection</source>
        <translation>es gibt keine sichere Verbindung</translation>
    </message>
    <message>
        <source>Not checked: {reason}.</source>
        <translation>Nicht geprüft: {reason}.</translation>
    </message>
    <message>
        <source>Check the spelling, and that the domain&apos;s DNS record (A or AAAA) points at the public address of your Home Assistant.</source>
        <translation>Prüfe die Schreibweise und dass der DNS-Eintrag der Domain (A oder AAAA) auf die öffentliche Adresse deines Home Assistant zeigt.</translation>
    </message>
    <message>
        <source>Copy the address exactly from Home Assistant → Settings → Home Assistant Cloud → Remote control, and check that remote control is switched on.</source>
        <translation>Kopiere die Adresse genau aus Home Assistant → Einstellungen → Home Assistant Cloud → Fernsteuerung und prüfe, dass die Fernsteuerung eingeschaltet ist.</translation>
    </message>
    <message>
        <source>{host} does not resolve ({why}).</source>
        <translation>{host} wird nicht aufgelöst ({why}).</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>kein solcher Name</translation>
    </message>
    <message>
        <source>the DNS server did not answer</source>
        <translation>der DNS-Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}. That is an address inside a private network: make sure public DNS gives Withings your public address.</source>
        <translation>{host} wird zu {addresses} aufgelöst. Das ist eine Adresse in einem privaten Netz: Sorge dafür, dass öffentliches DNS Withings deine öffentliche Adresse nennt.</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}.</source>
        <translation>{host} wird zu {addresses} aufgelöst.</translation>
    </message>
    <message>
        <source>Could not connect to {host} on port {port} ({why}).</source>
        <translation>Keine Verbindung zu {host} auf Port {port} ({why}).</translation>
    </message>
    <message>
        <source>Make sure port {port} of your router is forwarded to Home Assistant, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation>Sorge dafür, dass Port {port} deines Routers an Home Assistant weitergeleitet wird, oder verwende Home Assistant Cloud (Nabu Casa).</translation>
    </message>
    <message>
        <source>{host} answers on port {port}, but not with https (plain http?).</source>
        <translation>{host} antwortet auf Port {port}, aber nicht mit https (einfaches http?).</translation>
    </message>
    <message>
        <source>Serve Home Assistant over https on port 443 (ssl_certificate in the http: section, or a reverse proxy), or use Home Assistant Cloud.</source>
        <translation>Stelle Home Assistant über https auf Port 443 bereit (ssl_certificate im Abschnitt http: oder ein Reverse-Proxy) oder verwende Home Assistant Cloud.</translation>
    </message>
    <message>
        <source>Check that port 443 reaches Home Assistant (or its proxy) over https.</source>
        <translation>Prüfe, dass Port 443 Home Assistant (oder seinen Proxy) über https erreicht.</translation>
    </message>
    <message>
        <source>Certificate for {host} issued by {issuer}, valid until {date}.</source>
        <translation>Zertifikat für {host}, ausgestellt von {issuer}, gültig bis {date}.</translation>
    </message>
    <message>
        <source>Certificate for {host} issued by {issuer}.</source>
        <translation>Zertifikat für {host}, ausgestellt von {issuer}.</translation>
    </message>
    <message>
        <source>The secure (TLS) handshake with {host} failed ({why}).</source>
        <translation>Der sichere Verbindungsaufbau (TLS) mit {host} ist fehlgeschlagen ({why}).</translation>
    </message>
    <message>
        <source>Check that Home Assistant (or the proxy in front of it) is running and reachable from the internet at this address.</source>
        <translation>Prüfe, dass Home Assistant (oder der Proxy davor) läuft und unter dieser Adresse aus dem Internet erreichbar ist.</translation>
    </message>
    <message>
        <source>The server closed or reset the connection without answering the HEAD request.</source>
        <translation>Der Server hat die Verbindung geschlossen oder zurückgesetzt, ohne die HEAD-Anfrage zu beantworten.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP ({why}).</source>
        <translation>Die Antwort des Servers ist kein HTTP ({why}).</translation>
    </message>
    <message>
        <source>The HEAD request got no answer ({why}).</source>
        <translation>Die HEAD-Anfrage bekam keine Antwort ({why}).</translation>
    </message>
    <message>
        <source>Answered HEAD with HTTP {status} (any answer will do for Withings).</source>
        <translation>HEAD mit HTTP {status} beantwortet (für Withings genügt jede Antwort).</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>keine Antwort innerhalb von {seconds} s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>Verbindung zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>core.callback_url</name>
    <message>
        <source>Use the domain name Home Assistant is reachable at from the internet (Home Assistant Cloud, or your own domain), not an address of your home network.</source>
        <translation>Verwende den Domainnamen, unter dem Home Assistant aus dem Internet erreichbar ist (Home Assistant Cloud oder deine eigene Domain), keine Adresse deines Heimnetzes.</translation>
    </message>
    <message>
        <source>Enter your Home Assistant Cloud address or your own domain.</source>
        <translation>Gib deine Home-Assistant-Cloud-Adresse oder deine eigene Domain ein.</translation>
    </message>
    <message>
        <source>Enter the callback URL.</source>
        <translation>Gib die Callback-URL ein.</translation>
    </message>
    <message>
        <source>{value!r} is not a web address or domain name; it looks like https://ha.example.com.</source>
        <translation>{value!r} ist keine Webadresse und kein Domainname; so sieht eine aus: https://ha.example.com.</translation>
    </message>
    <message>
        <source>The port in {value!r} is not a number from 1 to 65535.</source>
        <translation>Der Port in {value!r} ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>That is not a Home Assistant Cloud address; it looks like https://abcdef1234567890.ui.nabu.casa (Home Assistant → Settings → Home Assistant Cloud → Remote control).</source>
        <translation>Das ist keine Home-Assistant-Cloud-Adresse; so sieht eine aus: https://abcdef1234567890.ui.nabu.casa (Home Assistant → Einstellungen → Home Assistant Cloud → Fernsteuerung).</translation>
    </message>
    <message>
        <source>{value!r} has spaces in it; a web address has none.</source>
        <translation>{value!r} enthält Leerzeichen; eine Webadresse hat keine.</translation>
    </message>
    <message>
        <source>{value!r} is not a web address (it starts with {scheme}://, not https://).</source>
        <translation>{value!r} ist keine Webadresse (sie beginnt mit {scheme}://, nicht mit https://).</translation>
    </message>
    <message>
        <source>{value!r} is not a web address.</source>
        <translation>{value!r} ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Use {url}.</source>
        <translation>Verwende {url}.</translation>
    </message>
    <message>
        <source>Uses https.</source>
        <translation>Verwendet https.</translation>
    </message>
    <message>
        <source>Withings only accepts https callback URLs (this one is {what}).</source>
        <translation>Withings akzeptiert nur https-Callback-URLs (diese ist {what}).</translation>
    </message>
    <message>
        <source>not a full web address</source>
        <translation>keine vollständige Webadresse</translation>
    </message>
    <message>
        <source>Reach Home Assistant over https: Home Assistant Cloud (Nabu Casa), or a certificate for your domain (e.g. the Let&apos;s Encrypt add-on).</source>
        <translation>Erreiche Home Assistant über https: Home Assistant Cloud (Nabu Casa) oder ein Zertifikat für deine Domain (z. B. das Let&apos;s-Encrypt-Add-on).</translation>
    </message>
    <message>
        <source>at most 255 characters</source>
        <translation>höchstens 255 Zeichen</translation>
    </message>
    <message>
        <source>{length} characters.</source>
        <translation>{length} Zeichen.</translation>
    </message>
    <message>
        <source>The URL is {length} characters; Withings allows {limit}.</source>
        <translation>Die URL hat {length} Zeichen; Withings erlaubt {limit}.</translation>
    </message>
    <message>
        <source>Use a shorter domain name.</source>
        <translation>Verwende einen kürzeren Domainnamen.</translation>
    </message>
    <message>
        <source>no user name or password</source>
        <translation>kein Benutzername oder Passwort</translation>
    </message>
    <message>
        <source>No user name or password.</source>
        <translation>Kein Benutzername oder Passwort.</translation>
    </message>
    <message>
        <source>Remove the &apos;user:password@&apos; part: Withings refuses credentials in the URL.</source>
        <translation>Entferne den Teil „user:password@“: Withings lehnt Zugangsdaten in der URL ab.</translation>
    </message>
    <message>
        <source>no query or fragment</source>
        <translation>keine Abfrage und kein Fragment</translation>
    </message>
    <message>
        <source>No &apos;?…&apos; or &apos;#…&apos; part.</source>
        <translation>Kein Teil „?…“ oder „#…“.</translation>
    </message>
    <message>
        <source>Remove the &apos;?…&apos; or &apos;#…&apos; part: Withings compares the URL exactly and adds its own query.</source>
        <translation>Entferne den Teil „?…“ oder „#…“: Withings vergleicht die URL genau und hängt eine eigene Abfrage an.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s callback path</source>
        <translation>der Callback-Pfad von Home Assistant</translation>
    </message>
    <message>
        <source>Ends in {path}.</source>
        <translation>Endet auf {path}.</translation>
    </message>
    <message>
        <source>Home Assistant receives the login at {path}; this URL has {this}.</source>
        <translation>Home Assistant empfängt die Anmeldung unter {path}; diese URL hat {this}.</translation>
    </message>
    <message>
        <source>Use {url}, unless something other than Home Assistant receives the login.</source>
        <translation>Verwende {url}, außer etwas anderes als Home Assistant empfängt die Anmeldung.</translation>
    </message>
    <message>
        <source>a fully qualified domain name</source>
        <translation>ein vollständiger Domainname</translation>
    </message>
    <message>
        <source>The URL has no domain name.</source>
        <translation>Die URL hat keinen Domainnamen.</translation>
    </message>
    <message>
        <source>{host} is an IP address; Withings needs a domain name.</source>
        <translation>{host} ist eine IP-Adresse; Withings braucht einen Domainnamen.</translation>
    </message>
    <message>
        <source>{host} ends with a dot; Withings compares the URL exactly.</source>
        <translation>{host} endet mit einem Punkt; Withings vergleicht die URL genau.</translation>
    </message>
    <message>
        <source>Remove the trailing dot.</source>
        <translation>Entferne den Punkt am Ende.</translation>
    </message>
    <message>
        <source>{host!r} is not a valid domain name (letters, digits and &apos;-&apos; between dots).</source>
        <translation>{host!r} ist kein gültiger Domainname (Buchstaben, Ziffern und „-“ zwischen Punkten).</translation>
    </message>
    <message>
        <source>{host} only exists on your own network; Withings cannot reach it.</source>
        <translation>{host} gibt es nur in deinem eigenen Netz; Withings kann es nicht erreichen.</translation>
    </message>
    <message>
        <source>{host} is not a fully qualified domain name (it has no dot).</source>
        <translation>{host} ist kein vollständiger Domainname (er hat keinen Punkt).</translation>
    </message>
    <message>
        <source>{host} is not a valid domain name (it does not end in a top-level domain such as .com).</source>
        <translation>{host} ist kein gültiger Domainname (er endet nicht auf einer Top-Level-Domain wie .com).</translation>
    </message>
    <message>
        <source>{host} is a fully qualified domain name.</source>
        <translation>{host} ist ein vollständiger Domainname.</translation>
    </message>
    <message>
        <source>the default https port</source>
        <translation>der Standard-Port für https</translation>
    </message>
    <message>
        <source>The port is not a number from 1 to 65535.</source>
        <translation>Der Port ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Remove the port.</source>
        <translation>Entferne den Port.</translation>
    </message>
    <message>
        <source>Default port.</source>
        <translation>Standard-Port.</translation>
    </message>
    <message>
        <source>Withings only accepts the default port (443); this URL uses {port}.</source>
        <translation>Withings akzeptiert nur den Standard-Port (443); diese URL verwendet {port}.</translation>
    </message>
    <message>
        <source>Forward port 443 of your router to Home Assistant and remove the port from the URL, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation>Leite Port 443 deines Routers an Home Assistant weiter und entferne den Port aus der URL, oder verwende Home Assistant Cloud (Nabu Casa).</translation>
    </message>
</context>
<context>
    <name>core.catalog</name>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Körpergröße</translation>
    </message>
    <message>
        <source>Fat-free mass</source>
        <translation>Fettfreie Masse</translation>
    </message>
    <message>
        <source>Fat ratio</source>
        <translation>Fettanteil</translation>
    </message>
    <message>
        <source>Fat mass</source>
        <translation>Fettmasse</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Diastolischer Blutdruck</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Systolischer Blutdruck</translation>
    </message>
    <message>
        <source>Heart pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>Körpertemperatur</translation>
    </message>
    <message>
        <source>Skin temperature</source>
        <translation>Hauttemperatur</translation>
    </message>
    <message>
        <source>Muscle mass</source>
        <translation>Muskelmasse</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Wasseranteil</translation>
    </message>
    <message>
        <source>Bone mass</source>
        <translation>Knochenmasse</translation>
    </message>
    <message>
        <source>Pulse wave velocity</source>
        <translation>Pulswellengeschwindigkeit</translation>
    </message>
    <message>
        <source>VO2 max</source>
        <translation>VO2 max</translation>
    </message>
    <message>
        <source>Vascular age</source>
        <translation>Gefäßalter</translation>
    </message>
    <message>
        <source>Extracellular water</source>
        <translation>Extrazelluläres Wasser</translation>
    </message>
    <message>
        <source>Intracellular water</source>
        <translation>Intrazelluläres Wasser</translation>
    </message>
    <message>
        <source>Visceral fat</source>
        <translation>Viszeralfett</translation>
    </message>
    <message>
        <source>Basal metabolic rate</source>
        <translation>Grundumsatz</translation>
    </message>
    <message>
        <source>Metabolic age</source>
        <translation>Stoffwechselalter</translation>
    </message>
    <message>
        <source>Electrodermal activity feet</source>
        <translation>Elektrodermale Aktivität Füße</translation>
    </message>
    <message>
        <source>Electrodermal activity left foot</source>
        <translation>Elektrodermale Aktivität linker Fuß</translation>
    </message>
    <message>
        <source>Electrodermal activity right foot</source>
        <translation>Elektrodermale Aktivität rechter Fuß</translation>
    </message>
    <message>
        <source>Electrochemical skin conductance</source>
        <translation>Elektrochemische Hautleitfähigkeit</translation>
    </message>
    <message>
        <source>Nerve health score feet</source>
        <translation>Nervengesundheit Füße</translation>
    </message>
    <message>
        <source>Nerve health score left foot</source>
        <translation>Nervengesundheit linker Fuß</translation>
    </message>
    <message>
        <source>Nerve health score right foot</source>
        <translation>Nervengesundheit rechter Fuß</translation>
    </message>
    <message>
        <source>torso</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>linker Arm</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>rechter Arm</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkes Bein</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechtes Bein</translation>
    </message>
    <message>
        <source>{measure} {segment}</source>
        <translation>{measure} {segment}</translation>
    </message>
    <message>
        <source>Deep sleep</source>
        <translation>Tiefschlaf</translation>
    </message>
    <message>
        <source>Light sleep</source>
        <translation>Leichtschlaf</translation>
    </message>
    <message>
        <source>REM sleep</source>
        <translation>REM-Schlaf</translation>
    </message>
    <message>
        <source>Awake during sleep</source>
        <translation>Wach während des Schlafs</translation>
    </message>
    <message>
        <source>Time to sleep</source>
        <translation>Zeit bis zum Einschlafen</translation>
    </message>
    <message>
        <source>Time to wake up</source>
        <translation>Zeit bis zum Aufstehen</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Schlaf gesamt</translation>
    </message>
    <message>
        <source>Wake-ups</source>
        <translation>Aufwachphasen</translation>
    </message>
    <message>
        <source>Sleep heart rate average</source>
        <translation>Durchschnittliche Herzfrequenz im Schlaf</translation>
    </message>
    <message>
        <source>Sleep heart rate minimum</source>
        <translation>Minimale Herzfrequenz im Schlaf</translation>
    </message>
    <message>
        <source>Sleep heart rate maximum</source>
        <translation>Maximale Herzfrequenz im Schlaf</translation>
    </message>
    <message>
        <source>Sleep breathing rate average</source>
        <translation>Durchschnittliche Atemfrequenz im Schlaf</translation>
    </message>
    <message>
        <source>Sleep breathing rate minimum</source>
        <translation>Minimale Atemfrequenz im Schlaf</translation>
    </message>
    <message>
        <source>Sleep breathing rate maximum</source>
        <translation>Maximale Atemfrequenz im Schlaf</translation>
    </message>
    <message>
        <source>Sleep score</source>
        <translation>Schlafbewertung</translation>
    </message>
    <message>
        <source>Snoring</source>
        <translation>Schnarchen</translation>
    </message>
    <message>
        <source>Snoring episodes</source>
        <translation>Schnarchepisoden</translation>
    </message>
    <message>
        <source>Breathing disturbances</source>
        <translation>Atemstörungen</translation>
    </message>
    <message>
        <source>Steps today</source>
        <translation>Schritte heute</translation>
    </message>
    <message>
        <source>Distance today</source>
        <translation>Strecke heute</translation>
    </message>
    <message>
        <source>Elevation today</source>
        <translation>Höhenmeter heute</translation>
    </message>
    <message>
        <source>Active time today</source>
        <translation>Aktive Zeit heute</translation>
    </message>
    <message>
        <source>Light activity today</source>
        <translation>Leichte Aktivität heute</translation>
    </message>
    <message>
        <source>Moderate activity today</source>
        <translation>Mäßige Aktivität heute</translation>
    </message>
    <message>
        <source>Intense activity today</source>
        <translation>Intensive Aktivität heute</translation>
    </message>
    <message>
        <source>Active calories today</source>
        <translation>Aktive Kalorien heute</translation>
    </message>
    <message>
        <source>Total calories today</source>
        <translation>Kalorien gesamt heute</translation>
    </message>
    <message>
        <source>Step goal</source>
        <translation>Schrittziel</translation>
    </message>
    <message>
        <source>Sleep goal</source>
        <translation>Schlafziel</translation>
    </message>
    <message>
        <source>Weight goal</source>
        <translation>Gewichtsziel</translation>
    </message>
    <message>
        <source>Last workout type</source>
        <translation>Art des letzten Trainings</translation>
    </message>
    <message>
        <source>Last workout active calories</source>
        <translation>Aktive Kalorien des letzten Trainings</translation>
    </message>
    <message>
        <source>Last workout distance</source>
        <translation>Strecke des letzten Trainings</translation>
    </message>
    <message>
        <source>Last workout elevation</source>
        <translation>Höhenmeter des letzten Trainings</translation>
    </message>
    <message>
        <source>Last workout intensity</source>
        <translation>Intensität des letzten Trainings</translation>
    </message>
    <message>
        <source>Last workout pause</source>
        <translation>Pause des letzten Trainings</translation>
    </message>
    <message>
        <source>Last workout duration</source>
        <translation>Dauer des letzten Trainings</translation>
    </message>
    <message>
        <source>Last ECG classification</source>
        <translation>Letzte EKG-Einstufung</translation>
    </message>
    <message>
        <source>Last ECG</source>
        <translation>Letztes EKG</translation>
    </message>
    <message>
        <source>{model} battery</source>
        <translation>{model} Batterie</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Activity (steps, calories)</source>
        <translation>Aktivität (Schritte, Kalorien)</translation>
    </message>
</context>
<context>
    <name>core.config</name>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>expected a JSON object, found {kind}</source>
        <translation>JSON-Objekt erwartet, {kind} gefunden</translation>
    </message>
    <message>
        <source>written by another version of withings-gui (config version {version}, this one reads {supported})</source>
        <translation>von einer anderen Version von withings-gui geschrieben (Konfigurationsversion {version}, diese liest {supported})</translation>
    </message>
    <message>
        <source>profiles must be an object of profile objects, e.g. {example}</source>
        <translation>profiles muss ein Objekt aus Profil-Objekten sein, z. B. {example}</translation>
    </message>
    <message>
        <source>unexpected content in profile {profile} (unknown setting {setting})</source>
        <translation>unerwarteter Inhalt im Profil {profile} (unbekannte Einstellung {setting})</translation>
    </message>
    <message>
        <source>profile {profile} has no slug</source>
        <translation>Profil {profile} hat keinen slug</translation>
    </message>
    <message>
        <source>profiles must be an object</source>
        <translation>profiles muss ein Objekt sein</translation>
    </message>
    <message>
        <source>push_webhook_id must be 16 to 64 letters, digits, &apos;-&apos; or &apos;_&apos; (remove it to get a new one)</source>
        <translation>push_webhook_id muss aus 16 bis 64 Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos; bestehen (entferne ihn, um einen neuen zu erhalten)</translation>
    </message>
    <message>
        <source>interval_minutes must be a whole number from {low} to {high}</source>
        <translation>interval_minutes muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>language must be one of {languages} or &quot;&quot; (the system&apos;s)</source>
        <translation>language muss eine von {languages} oder &quot;&quot; (die des Systems) sein</translation>
    </message>
    <message>
        <source>profile {profile}: not a valid profile slug (lowercase letters, digits and &apos;_&apos;, starting with a letter, e.g. alice or bob_smith)</source>
        <translation>Profil {profile}: kein gültiger Profil-Slug (Kleinbuchstaben, Ziffern und &apos;_&apos;, beginnend mit einem Buchstaben, z. B. alice oder bob_smith)</translation>
    </message>
    <message>
        <source>profile {profile}: {problem}</source>
        <translation>Profil {profile}: {problem}</translation>
    </message>
    <message>
        <source>profile {profile}: unit must be one of {units}</source>
        <translation>Profil {profile}: unit muss eine von {units} sein</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} muss Text sein</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>{name} muss true oder false sein</translation>
    </message>
    <message>
        <source>{name} must be a whole number</source>
        <translation>{name} muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>is not UTF-8 text; fix or remove the file</source>
        <translation>ist kein UTF-8-Text; korrigiere oder entferne die Datei</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column}); fix or remove the file</source>
        <translation>ist kein gültiges JSON (Zeile {line}, Spalte {column}); korrigiere oder entferne die Datei</translation>
    </message>
    <message>
        <source>is nested too deeply to be settings; fix or remove the file</source>
        <translation>ist zu tief verschachtelt, um Einstellungen zu sein; korrigiere oder entferne die Datei</translation>
    </message>
    <message>
        <source>holds a number too long to read; fix or remove the file</source>
        <translation>enthält eine Zahl, die zu lang zum Lesen ist; korrigiere oder entferne die Datei</translation>
    </message>
    <message>
        <source>could not be saved ({reason}); the previous settings are unchanged</source>
        <translation>konnte nicht gespeichert werden ({reason}); die bisherigen Einstellungen sind unverändert</translation>
    </message>
    <message>
        <source>is locked by another process</source>
        <translation>ist von einem anderen Prozess gesperrt</translation>
    </message>
    <message>
        <source>could not be locked for saving ({reason}); the settings are unchanged</source>
        <translation>konnte zum Speichern nicht gesperrt werden ({reason}); die Einstellungen sind unverändert</translation>
    </message>
</context>
<context>
    <name>core.database</name>
    <message>
        <source>The history database {file} is damaged or belongs to another program ({reason}). Move it aside (rename it) and start again: a new one is made and the history is downloaded again from Withings.</source>
        <translation>Die Verlaufsdatenbank {file} ist beschädigt oder gehört zu einem anderen Programm ({reason}). Benenne sie um und starte erneut: eine neue wird angelegt und der Verlauf erneut von Withings geladen.</translation>
    </message>
    <message>
        <source>The history database {file} could not be written ({reason}). Check that the disk is not full and the folder is writable; nothing was lost.</source>
        <translation>Die Verlaufsdatenbank {file} konnte nicht geschrieben werden ({reason}). Prüfe, ob auf der Festplatte Platz ist und der Ordner beschreibbar ist; nichts ging verloren.</translation>
    </message>
    <message>
        <source>The history database {file} was written by a newer withings-gui (schema {version}); update this one, or move the file aside to start a new history (it is downloaded again from Withings).</source>
        <translation>Die Verlaufsdatenbank {file} wurde von einem neueren withings-gui geschrieben (Schema {version}); aktualisiere dieses, oder benenne die Datei um, um einen neuen Verlauf zu beginnen (er wird erneut von Withings geladen).</translation>
    </message>
</context>
<context>
    <name>core.dates</name>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>(Datum unbekannt)</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
</context>
<context>
    <name>core.doctor</name>
    <message>
        <source>Settings read from {file}</source>
        <translation>Einstellungen gelesen aus {file}</translation>
    </message>
    <message>
        <source>Withings app and profiles are set up</source>
        <translation>Withings-App und Profile sind eingerichtet</translation>
    </message>
    <message>
        <source>Nothing configured yet: run `withings-gui setup`</source>
        <translation>Noch nichts eingerichtet: führe `withings-gui setup` aus</translation>
    </message>
    <message>
        <source>Secrets are kept in {backend}</source>
        <translation>Geheimnisse werden in {backend} aufbewahrt</translation>
    </message>
    <message>
        <source>History readable in {file}</source>
        <translation>Verlauf lesbar in {file}</translation>
    </message>
    <message>
        <source>No Home Assistant configured</source>
        <translation>Kein Home Assistant eingerichtet</translation>
    </message>
    <message>
        <source>No Home Assistant token saved; run setup again</source>
        <translation>Kein Home-Assistant-Token gespeichert; führe die Einrichtung erneut aus</translation>
    </message>
    <message>
        <source>Home Assistant {version} ({location}) accepts the token</source>
        <translation>Home Assistant {version} ({location}) akzeptiert das Token</translation>
    </message>
    <message>
        <source>Home Assistant holds every sensor this app registered there</source>
        <translation>Home Assistant hat alle Sensoren, die diese App dort registriert hat</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved</source>
        <translation>Das Withings-Consumer-Secret ist nicht gespeichert</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; is not logged in to Withings: run `withings-gui login --profile {profile}`</source>
        <translation>Das Profil &apos;{profile}&apos; ist nicht bei Withings angemeldet: führe `withings-gui login --profile {profile}` aus</translation>
    </message>
    <message>
        <source>Withings login of &apos;{profile}&apos; works (1 device)</source>
        <translation>Die Withings-Anmeldung von &apos;{profile}&apos; funktioniert (1 Gerät)</translation>
    </message>
    <message>
        <source>Withings login of &apos;{profile}&apos; works ({count} devices)</source>
        <translation>Die Withings-Anmeldung von &apos;{profile}&apos; funktioniert ({count} Geräte)</translation>
    </message>
    <message>
        <source>Not checked: {why}</source>
        <translation>Nicht geprüft: {why}</translation>
    </message>
    <message>
        <source>No devices of &apos;{profile}&apos; known yet: after a sync, this tells which measures they could give but did not send</source>
        <translation>Noch keine Geräte von &apos;{profile}&apos; bekannt: nach einer Synchronisierung steht hier, welche Messwerte sie liefern könnten, aber nicht gesendet haben</translation>
    </message>
    <message>
        <source>Every measure the devices of this account give has arrived</source>
        <translation>Jeder Messwert, den die Geräte dieses Kontos liefern, ist angekommen</translation>
    </message>
</context>
<context>
    <name>core.hass</name>
    <message>
        <source>Home Assistant refused the access token (401): it is wrong or was revoked. Create a new long-lived access token in Home Assistant under your profile → Security → Long-lived access tokens, and enter it here.</source>
        <translation>Home Assistant hat das Zugriffstoken abgelehnt (401): es ist falsch oder wurde widerrufen. Erstelle in Home Assistant unter deinem Profil → Sicherheit → Langlebige Zugriffstoken ein neues und gib es hier ein.</translation>
    </message>
    <message>
        <source>Home Assistant refused this request (403): the token must belong to an administrator, and this computer must not be banned (ip_bans.yaml) after failed logins.</source>
        <translation>Home Assistant hat diese Anfrage abgelehnt (403): das Token muss einem Administrator gehören, und dieser Computer darf nach fehlgeschlagenen Anmeldungen nicht gesperrt sein (ip_bans.yaml).</translation>
    </message>
    <message>
        <source>The secure connection to {url} failed: {reason}.</source>
        <translation>Die sichere Verbindung zu {url} ist fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <source>Use the address your certificate was issued for, or http:// with the local address on your home network.</source>
        <translation>Verwende die Adresse, für die dein Zertifikat ausgestellt wurde, oder http:// mit der lokalen Adresse in deinem Heimnetz.</translation>
    </message>
    <message>
        <source>The name in {url} could not be found (DNS). Check the spelling, or use the IP address of your Home Assistant.</source>
        <translation>Der Name in {url} wurde nicht gefunden (DNS). Prüfe die Schreibweise oder verwende die IP-Adresse deines Home Assistant.</translation>
    </message>
    <message>
        <source>Nothing answers at {url} (connection refused). Is Home Assistant running, and is the port right (usually 8123)?</source>
        <translation>Unter {url} antwortet nichts (Verbindung abgelehnt). Läuft Home Assistant, und stimmt der Port (meist 8123)?</translation>
    </message>
    <message>
        <source>{url} broke off its answer halfway; values wait and are sent when Home Assistant answers normally.</source>
        <translation>{url} hat seine Antwort mittendrin abgebrochen; die Werte warten und werden gesendet, sobald Home Assistant wieder normal antwortet.</translation>
    </message>
    <message>
        <source>{url} did not answer in time. Check the address and that this computer can reach Home Assistant.</source>
        <translation>{url} hat nicht rechtzeitig geantwortet. Prüfe die Adresse und ob dieser Computer Home Assistant erreicht.</translation>
    </message>
    <message>
        <source>Could not talk to {url} ({error}); check that Home Assistant is running and reachable from this computer.</source>
        <translation>Keine Verbindung zu {url} ({error}); prüfe, ob Home Assistant läuft und von diesem Computer aus erreichbar ist.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is {fingerprint}.</source>
        <translation>Sein SHA-256-Fingerabdruck ist {fingerprint}.</translation>
    </message>
    <message>
        <source>If it is your Home Assistant&apos;s own certificate (compare the fingerprint), choose its file with “Trust certificate file…” or `withings-gui configure --ha-ca-file FILE`; or use http:// with the local address.</source>
        <translation>Wenn es das eigene Zertifikat deines Home Assistant ist (vergleiche den Fingerabdruck), wähle seine Datei mit „Zertifikatsdatei vertrauen…“ oder `withings-gui configure --ha-ca-file DATEI`; oder verwende http:// mit der lokalen Adresse.</translation>
    </message>
    <message>
        <source>its certificate has expired</source>
        <translation>sein Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>its certificate is for another name</source>
        <translation>sein Zertifikat gilt für einen anderen Namen</translation>
    </message>
    <message>
        <source>its certificate is self-signed, so not trusted</source>
        <translation>sein Zertifikat ist selbstsigniert und daher nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>it does not speak https on that port (try http://)</source>
        <translation>auf diesem Port spricht es kein https (versuche http://)</translation>
    </message>
    <message>
        <source>its certificate is not issued by a known authority, so not trusted</source>
        <translation>sein Zertifikat stammt nicht von einer bekannten Stelle und ist daher nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Home Assistant no longer has this app&apos;s registration (the Mobile App entry &quot;Withings&quot; was deleted), so it shows none of its sensors; the next sync (`withings-gui sync --once`) registers them again.</source>
        <translation>Home Assistant hat die Registrierung dieser App nicht mehr (der Mobile-App-Eintrag „Withings“ wurde gelöscht) und zeigt daher keinen ihrer Sensoren; die nächste Synchronisierung (`withings-gui sync --once`) registriert sie erneut.</translation>
    </message>
    <message>
        <source>{count} sensor(s) were deleted in Home Assistant ({entities}); the next sync (`withings-gui sync --once`) registers them again.</source>
        <translation>{count} Sensor(en) wurden in Home Assistant gelöscht ({entities}); die nächste Synchronisierung (`withings-gui sync --once`) registriert sie erneut.</translation>
    </message>
    <message>
        <source>Home Assistant rejected the sensor {entity}: it refused the registration (its log says why).</source>
        <translation>Home Assistant hat den Sensor {entity} abgelehnt: die Registrierung wurde verweigert (das Protokoll von Home Assistant sagt warum).</translation>
    </message>
    <message>
        <source>Home Assistant does not keep the sensor {entity} registered.</source>
        <translation>Home Assistant behält den Sensor {entity} nicht registriert.</translation>
    </message>
    <message>
        <source>Home Assistant refused a value of {entity} ({reason}).</source>
        <translation>Home Assistant hat einen Wert von {entity} abgelehnt ({reason}).</translation>
    </message>
    <message>
        <source>Home Assistant did not confirm {entities}; the values wait and are sent again next time.</source>
        <translation>Home Assistant hat {entities} nicht bestätigt; die Werte warten und werden beim nächsten Mal erneut gesendet.</translation>
    </message>
    <message>
        <source>{url} did not finish answering within {seconds} s (it answers too slowly). Values wait and are sent when it answers normally.</source>
        <translation>{url} hat seine Antwort nicht innerhalb von {seconds} s beendet (es antwortet zu langsam). Die Werte warten und werden gesendet, sobald es normal antwortet.</translation>
    </message>
    <message>
        <source>{url} answered, but /api/{path} does not exist there: this is not Home Assistant (or its api: integration is off). Enter the address you open Home Assistant with.</source>
        <translation>{url} hat geantwortet, aber /api/{path} gibt es dort nicht: das ist nicht Home Assistant (oder seine api:-Integration ist aus). Gib die Adresse ein, mit der du Home Assistant öffnest.</translation>
    </message>
    <message>
        <source>{url} did not answer within {seconds} s. Check the address and that this computer can reach Home Assistant.</source>
        <translation>{url} hat nicht innerhalb von {seconds} s geantwortet. Prüfe die Adresse und ob dieser Computer Home Assistant erreicht.</translation>
    </message>
    <message>
        <source>{url} answered with something that is not Home Assistant&apos;s API. Enter the address you open Home Assistant with.</source>
        <translation>{url} hat mit etwas geantwortet, das nicht die API von Home Assistant ist. Gib die Adresse ein, mit der du Home Assistant öffnest.</translation>
    </message>
    <message>
        <source>{url} answered, but not like Home Assistant.</source>
        <translation>{url} hat geantwortet, aber nicht wie Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant is not ready ({state}); values wait and are sent when it is.</source>
        <translation>Home Assistant ist nicht bereit ({state}); die Werte warten und werden gesendet, sobald es bereit ist.</translation>
    </message>
    <message>
        <source>{url} answered 404: this is not Home Assistant&apos;s API.</source>
        <translation>{url} antwortete 404: das ist nicht die API von Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant answered HTTP {status}: it is starting, restarting or in trouble. Values wait and are sent when it answers again.</source>
        <translation>Home Assistant antwortete mit HTTP {status}: es startet, startet neu oder hat Probleme. Die Werte warten und werden gesendet, sobald es wieder antwortet.</translation>
    </message>
    <message>
        <source>Home Assistant answered unexpectedly (HTTP {status}).</source>
        <translation>Home Assistant hat unerwartet geantwortet (HTTP {status}).</translation>
    </message>
    <message>
        <source>{url} answered its websocket, but not like Home Assistant.</source>
        <translation>{url} hat auf seinem Websocket geantwortet, aber nicht wie Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant answered HTTP {status} on its websocket: it is starting, restarting or in trouble.</source>
        <translation>Home Assistant antwortete auf seinem Websocket mit HTTP {status}: es startet, startet neu oder hat Probleme.</translation>
    </message>
</context>
<context>
    <name>core.hass.naming</name>
    <message>
        <source>Profile {profile} cannot be used: its entity {entity} would be the same as one of profile {other}; choose another name.</source>
        <translation>Das Profil {profile} kann nicht verwendet werden: seine Entität {entity} wäre dieselbe wie eine des Profils {other}; wähle einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>core.login</name>
    <message>
        <source>The profile {profile} already belongs to another Withings account (user {owner}); this login was made with Withings user {userid}</source>
        <translation>Das Profil {profile} gehört bereits zu einem anderen Withings-Konto (Benutzer {owner}); diese Anmeldung erfolgte mit dem Withings-Benutzer {userid}</translation>
    </message>
    <message>
        <source>The Withings Client Id and callback URL are not configured; run `withings-gui configure` or the setup wizard first.</source>
        <translation>Client Id und Callback-URL von Withings sind nicht eingerichtet; führe zuerst `withings-gui configure` oder den Einrichtungsassistenten aus.</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved; run `withings-gui configure` or the setup wizard again.</source>
        <translation>Das Consumer Secret von Withings ist nicht gespeichert; führe `withings-gui configure` oder den Einrichtungsassistenten erneut aus.</translation>
    </message>
    <message>
        <source>{conflict}. Nothing was changed.</source>
        <translation>{conflict}. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>core.messages</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} oder {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>core.missing_measures</name>
    <message>
        <source>the nerve health score may not be offered in every country (Withings does not publish where)</source>
        <translation>die Nervengesundheit wird womöglich nicht in jedem Land angeboten (Withings veröffentlicht nicht, wo)</translation>
    </message>
    <message>
        <source>Withings offers pulse wave velocity only in some countries (withdrawn in 2018, back in Europe first in 2019)</source>
        <translation>Withings bietet die Pulswellengeschwindigkeit nur in einigen Ländern an (2018 zurückgezogen, 2019 zuerst in Europa zurück)</translation>
    </message>
    <message>
        <source>Withings offers vascular age only in some countries, like pulse wave velocity</source>
        <translation>Withings bietet das Gefäßalter nur in einigen Ländern an, wie die Pulswellengeschwindigkeit</translation>
    </message>
    <message>
        <source>{measures}: nothing has arrived from your {devices} yet (a first sync, or a device not used since it was added).</source>
        <translation>{measures}: von deinem {devices} ist noch nichts angekommen (eine erste Synchronisierung, oder ein Gerät, das seit dem Hinzufügen nicht benutzt wurde).</translation>
    </message>
    <message>
        <source>No device on this account measures {measures}.</source>
        <translation>Kein Gerät dieses Kontos misst {measures}.</translation>
    </message>
    <message>
        <source>{measure}: not sent for {days} (the last on {date}); is your {devices} still in use?</source>
        <translation>{measure}: seit {days} nicht gesendet (zuletzt am {date}); ist dein {devices} noch in Gebrauch?</translation>
    </message>
    <message>
        <source>{measure}: your {devices} sent {count} readings, none with it. It is most likely hidden in the Withings app (Withings then leaves it out of what apps receive too): show it there again; or {limit}.</source>
        <translation>{measure}: dein {devices} hat {count} Messungen gesendet, keine davon mit diesem Wert. Höchstwahrscheinlich ist er in der Withings-App ausgeblendet (dann lässt Withings ihn auch bei den Apps weg): blende ihn dort wieder ein; oder {limit}.</translation>
    </message>
    <message>
        <source>{measure}: your {devices} sent {count} readings, none with it. It is most likely hidden in the Withings app (Withings then leaves it out of what apps receive too): show it there again.</source>
        <translation>{measure}: dein {devices} hat {count} Messungen gesendet, keine davon mit diesem Wert. Höchstwahrscheinlich ist er in der Withings-App ausgeblendet (dann lässt Withings ihn auch bei den Apps weg): blende ihn dort wieder ein.</translation>
    </message>
    <message>
        <source>{measure}: not sent for {days} (the last on {date}) while your {devices} sent {count} readings without it: it may have been hidden in the Withings app since.</source>
        <translation>{measure}: seit {days} nicht gesendet (zuletzt am {date}), während dein {devices} {count} Messungen ohne diesen Wert gesendet hat: vielleicht wurde er seitdem in der Withings-App ausgeblendet.</translation>
    </message>
    <message>
        <source>1 weigh-in (on {date}) waits to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} is among them.</source>
        <translation>1 Wägung (am {date}) wartet darauf, in der Withings-App einer Person zugeordnet zu werden; bis dahin sendet Withings sie nicht als deine, und der neueste Wert für {measures} ist darunter.</translation>
    </message>
    <message>
        <source>1 weigh-in (on {date}) waits to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} are among them.</source>
        <translation>1 Wägung (am {date}) wartet darauf, in der Withings-App einer Person zugeordnet zu werden; bis dahin sendet Withings sie nicht als deine, und die neuesten Werte für {measures} sind darunter.</translation>
    </message>
    <message>
        <source>{count} weigh-ins (the newest on {date}) wait to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} is among them.</source>
        <translation>{count} Wägungen (die neueste am {date}) warten darauf, in der Withings-App einer Person zugeordnet zu werden; bis dahin sendet Withings sie nicht als deine, und der neueste Wert für {measures} ist darunter.</translation>
    </message>
    <message>
        <source>{count} weigh-ins (the newest on {date}) wait to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} are among them.</source>
        <translation>{count} Wägungen (die neueste am {date}) warten darauf, in der Withings-App einer Person zugeordnet zu werden; bis dahin sendet Withings sie nicht als deine, und die neuesten Werte für {measures} sind darunter.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tagen</translation>
    </message>
</context>
<context>
    <name>core.paths</name>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>lock files</source>
        <translation>Sperrdateien</translation>
    </message>
    <message>
        <source>log files</source>
        <translation>Protokolldateien</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder, but withings-gui keeps its {what} in a folder of that name: move or delete that file and start again.</source>
        <translation>{folder} ist eine Datei, kein Ordner, aber withings-gui legt seine {what} in einem Ordner dieses Namens ab: verschiebe oder lösche diese Datei und starte erneut.</translation>
    </message>
    <message>
        <source>The folder {folder} for withings-gui&apos;s {what} could not be created ({reason}): check that its parent folder exists, is a folder and is writable, or choose another folder with --config-dir.</source>
        <translation>Der Ordner {folder} für die {what} von withings-gui konnte nicht erstellt werden ({reason}): prüfe, ob sein übergeordneter Ordner existiert, ein Ordner ist und beschreibbar ist, oder wähle mit --config-dir einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>core.profile_slug</name>
    <message>
        <source>Enter the person&apos;s name, for example Alice.</source>
        <translation>Gib den Namen der Person ein, zum Beispiel Alice.</translation>
    </message>
    <message>
        <source>{char} has no plain Latin spelling that Home Assistant and this app would agree on; type the name in Latin letters (for example oyvind for Øyvind).</source>
        <translation>{char} hat keine einfache lateinische Schreibweise, auf die sich Home Assistant und diese App einigen würden; gib den Namen in lateinischen Buchstaben ein (zum Beispiel oyvind für Øyvind).</translation>
    </message>
    <message>
        <source>{name} has no Latin letters or digits to build an entity id from; use a name such as alice or bob_smith.</source>
        <translation>{name} enthält keine lateinischen Buchstaben oder Ziffern, aus denen sich eine Entitäts-ID bilden ließe; verwende einen Namen wie alice oder bob_smith.</translation>
    </message>
    <message>
        <source>Profile {profile} cannot be used: {problem}.</source>
        <translation>Das Profil {profile} kann nicht verwendet werden: {problem}.</translation>
    </message>
    <message>
        <source>it is empty; give a name in lowercase letters, for example alice or bob_smith</source>
        <translation>es ist leer; gib einen Namen in Kleinbuchstaben an, zum Beispiel alice oder bob_smith</translation>
    </message>
    <message>
        <source>{char} is not a plain Latin letter and Home Assistant would rewrite it in entity ids; write it as {plain}</source>
        <translation>{char} ist kein einfacher lateinischer Buchstabe und Home Assistant würde ihn in Entitäts-IDs umschreiben; schreibe es als {plain}</translation>
    </message>
    <message>
        <source>{char} is not a plain Latin letter and Home Assistant would rewrite it in entity ids; use only a–z, 0–9 and &apos;_&apos;</source>
        <translation>{char} ist kein einfacher lateinischer Buchstabe und Home Assistant würde ihn in Entitäts-IDs umschreiben; verwende nur a–z, 0–9 und &apos;_&apos;</translation>
    </message>
    <message>
        <source>use lowercase letters only ({lower} instead)</source>
        <translation>verwende nur Kleinbuchstaben ({lower} stattdessen)</translation>
    </message>
    <message>
        <source>{char} is not allowed; use only a–z, 0–9 and &apos;_&apos;, for example alice or bob_smith</source>
        <translation>{char} ist nicht erlaubt; verwende nur a–z, 0–9 und &apos;_&apos;, zum Beispiel alice oder bob_smith</translation>
    </message>
    <message>
        <source>it starts with &apos;_&apos;, which Home Assistant drops ({left})</source>
        <translation>es beginnt mit &apos;_&apos;, das Home Assistant weglässt ({left})</translation>
    </message>
    <message>
        <source>it ends with &apos;_&apos;, which Home Assistant drops ({left})</source>
        <translation>es endet mit &apos;_&apos;, das Home Assistant weglässt ({left})</translation>
    </message>
    <message>
        <source>it must start with a letter, for example alice or bob_smith</source>
        <translation>es muss mit einem Buchstaben beginnen, zum Beispiel alice oder bob_smith</translation>
    </message>
    <message>
        <source>Home Assistant merges &apos;__&apos; into a single &apos;_&apos; ({merged})</source>
        <translation>Home Assistant fasst &apos;__&apos; zu einem einzigen &apos;_&apos; zusammen ({merged})</translation>
    </message>
    <message>
        <source>it is {length} characters long; use at most {limit}</source>
        <translation>es ist {length} Zeichen lang; verwende höchstens {limit}</translation>
    </message>
</context>
<context>
    <name>core.push</name>
    <message>
        <source>{value} is not a notification category this app reads (give some of {known}, separated by commas)</source>
        <translation>{value} ist keine Benachrichtigungskategorie, die diese App liest (gib einige von {known} an, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>blood pressure</source>
        <translation>Blutdruck</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>ECG</source>
        <translation>EKG</translation>
    </message>
    <message>
        <source>subscribed to Withings notifications ({categories})</source>
        <translation>Withings-Benachrichtigungen abonniert ({categories})</translation>
    </message>
    <message>
        <source>Withings notifications were already subscribed</source>
        <translation>Withings-Benachrichtigungen waren bereits abonniert</translation>
    </message>
    <message>
        <source>push is not set up, so there are no Withings notifications to remove</source>
        <translation>Push ist nicht eingerichtet, daher gibt es keine Withings-Benachrichtigungen zu entfernen</translation>
    </message>
    <message>
        <source>not logged in, so its Withings notifications could not be removed</source>
        <translation>nicht angemeldet, daher konnten seine Withings-Benachrichtigungen nicht entfernt werden</translation>
    </message>
    <message>
        <source>its Withings notifications could not be removed: {problem}</source>
        <translation>seine Withings-Benachrichtigungen konnten nicht entfernt werden: {problem}</translation>
    </message>
    <message>
        <source>it had no Withings notifications of this app</source>
        <translation>es hatte keine Withings-Benachrichtigungen dieser App</translation>
    </message>
    <message>
        <source>removed its Withings notifications ({categories})</source>
        <translation>seine Withings-Benachrichtigungen entfernt ({categories})</translation>
    </message>
    <message>
        <source>not logged in to Withings</source>
        <translation>nicht bei Withings angemeldet</translation>
    </message>
    <message>
        <source>Withings notifications subscribed</source>
        <translation>Withings-Benachrichtigungen abonniert</translation>
    </message>
    <message>
        <source>Withings notifications not subscribed (the last check failed)</source>
        <translation>Withings-Benachrichtigungen nicht abonniert (die letzte Prüfung schlug fehl)</translation>
    </message>
    <message>
        <source>category {number}</source>
        <translation>Kategorie {number}</translation>
    </message>
</context>
<context>
    <name>core.secrets</name>
    <message>
        <source>No system keyring is available, so secrets are stored in {file} (readable only by you). Install and unlock a keyring such as GNOME Keyring or KWallet to keep them encrypted.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher werden Geheimnisse in {file} gespeichert (nur für dich lesbar). Installiere und entsperre einen Schlüsselbund wie GNOME Keyring oder KWallet, um sie verschlüsselt aufzubewahren.</translation>
    </message>
    <message>
        <source>The keyring refused to store a secret</source>
        <translation>Der Schlüsselbund hat das Speichern eines Geheimnisses verweigert</translation>
    </message>
    <message>
        <source>The keyring could not be read</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); free some disk space or make the folder writable, then try again.</source>
        <translation>{file} konnte nicht geschrieben werden ({reason}); schaffe Platz auf der Festplatte oder mache den Ordner beschreibbar und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>{failure} ({reason}).</source>
        <translation>{failure} ({reason}).</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}); fix or remove it and log in again.</source>
        <translation>{file} kann nicht gelesen werden ({reason}); repariere oder entferne die Datei und melde dich erneut an.</translation>
    </message>
    <message>
        <source>{file} is not a secrets file; remove it and log in again.</source>
        <translation>{file} ist keine Geheimnisdatei; entferne sie und melde dich erneut an.</translation>
    </message>
</context>
<context>
    <name>core.setup_draft</name>
    <message>
        <source>it cannot be read: {why}</source>
        <translation>sie kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>sie ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>sie ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its list of finished pages is not a list of page names</source>
        <translation>ihre Liste fertiger Seiten ist keine Liste von Seitennamen</translation>
    </message>
    <message>
        <source>{name} has a value of the wrong kind</source>
        <translation>{name} hat einen Wert der falschen Art</translation>
    </message>
    <message>
        <source>{name} holds text that cannot be used</source>
        <translation>{name} enthält Text, der nicht verwendbar ist</translation>
    </message>
    <message>
        <source>its choice of callback address is unknown</source>
        <translation>ihre Wahl der Callback-Adresse ist unbekannt</translation>
    </message>
    <message>
        <source>its {name} name is not a profile name</source>
        <translation>ihr Name für {name} ist kein Profilname</translation>
    </message>
    <message>
        <source>its profile name is not a profile name</source>
        <translation>ihr Profilname ist kein Profilname</translation>
    </message>
    <message>
        <source>its unit is unknown</source>
        <translation>ihre Einheit ist unbekannt</translation>
    </message>
    <message>
        <source>its sync interval is out of range</source>
        <translation>ihr Synchronisierungsintervall liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>its {name} is not usable</source>
        <translation>ihr Wert für {name} ist nicht verwendbar</translation>
    </message>
    <message>
        <source>The saved setup progress ({file}) could not be used ({why}), so setup starts from the beginning; your settings are unchanged.</source>
        <translation>Der gespeicherte Fortschritt der Einrichtung ({file}) konnte nicht verwendet werden ({why}), daher beginnt die Einrichtung von vorn; deine Einstellungen sind unverändert.</translation>
    </message>
</context>
<context>
    <name>core.snippets</name>
    <message>
        <source>{value!r} has no domain name in it.</source>
        <translation>{value!r} enthält keinen Domainnamen.</translation>
    </message>
</context>
<context>
    <name>core.sync</name>
    <message>
        <source>Workouts</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>ECG results</source>
        <translation>EKG-Ergebnisse</translation>
    </message>
    <message>
        <source>More data is waiting at Withings: the app reads at most {pages} pages per pass to stay within Withings&apos; request limit, and goes on in the next pass.</source>
        <translation>Bei Withings warten weitere Daten: die App liest höchstens {pages} Seiten pro Durchgang, um in Withings&apos; Anfragegrenze zu bleiben, und macht im nächsten Durchgang weiter.</translation>
    </message>
    <message>
        <source>No profile &apos;{profile}&apos;; configured: {profiles}</source>
        <translation>Kein Profil &apos;{profile}&apos;; eingerichtet: {profiles}</translation>
    </message>
    <message>
        <source>Withings no longer accepts this login; re-authorize from the tray menu or run `withings-gui login`.</source>
        <translation>Withings akzeptiert diese Anmeldung nicht mehr; melde dich über das Tray-Menü neu an oder führe `withings-gui login` aus.</translation>
    </message>
    <message>
        <source>Withings did not work on the last try; trying again in {seconds} s.</source>
        <translation>Withings hat beim letzten Versuch nicht funktioniert; neuer Versuch in {seconds} s.</translation>
    </message>
    <message>
        <source>Withings asked to wait; next try in {seconds} s.</source>
        <translation>Withings hat um eine Pause gebeten; nächster Versuch in {seconds} s.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisierung abgebrochen.</translation>
    </message>
    <message>
        <source>{stream}: {why}</source>
        <translation>{stream}: {why}</translation>
    </message>
    <message>
        <source>No Home Assistant token is saved; run setup or `withings-gui configure` again.</source>
        <translation>Kein Home-Assistant-Token gespeichert; führe die Einrichtung oder `withings-gui configure` erneut aus.</translation>
    </message>
    <message>
        <source>1 new measurement</source>
        <translation>1 neuer Messwert</translation>
    </message>
    <message>
        <source>{count} new measurements</source>
        <translation>{count} neue Messwerte</translation>
    </message>
    <message>
        <source>{found}; dry run, nothing sent to Home Assistant.</source>
        <translation>{found}; Probelauf, nichts an Home Assistant gesendet.</translation>
    </message>
    <message>
        <source>{found}; Home Assistant is not configured.</source>
        <translation>{found}; Home Assistant ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>{found}; 1 Home Assistant update.</source>
        <translation>{found}; 1 Aktualisierung in Home Assistant.</translation>
    </message>
    <message>
        <source>{found}; {count} Home Assistant updates.</source>
        <translation>{found}; {count} Aktualisierungen in Home Assistant.</translation>
    </message>
</context>
<context>
    <name>core.trend</name>
    <message>
        <source>{sign}{whole}.{tenth} {unit} in 7 days</source>
        <translation>{sign}{whole}.{tenth} {unit} in 7 Tagen</translation>
    </message>
</context>
<context>
    <name>core.validation</name>
    <message>
        <source>callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Home Assistant address</source>
        <translation>Home-Assistant-Adresse</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Client Id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Consumer Secret</source>
        <translation>Consumer-Secret</translation>
    </message>
    <message>
        <source>Paste the {label} from your Withings developer app.</source>
        <translation>{label}: bitte aus deiner Withings-Entwickler-App einfügen.</translation>
    </message>
    <message>
        <source>The {label} contains spaces or line breaks; copy it again with the copy button on the Withings page.</source>
        <translation>{label}: enthält Leerzeichen oder Zeilenumbrüche; kopiere es erneut mit der Kopieren-Schaltfläche auf der Withings-Seite.</translation>
    </message>
    <message>
        <source>The {label} may only contain the letters a–f and digits; check that you copied the right field.</source>
        <translation>{label}: darf nur die Buchstaben a–f und Ziffern enthalten; prüfe, ob du das richtige Feld kopiert hast.</translation>
    </message>
    <message>
        <source>A Withings {label} is {length} characters long; this one has {count}. Copy it again, whole.</source>
        <translation>{label}: bei Withings {length} Zeichen lang, dieser Wert hat {count}. Kopiere ihn erneut, vollständig.</translation>
    </message>
    <message>
        <source>Enter the address of your Home Assistant, for example http://homeassistant.local:8123.</source>
        <translation>Gib die Adresse deines Home Assistant ein, zum Beispiel http://homeassistant.local:8123.</translation>
    </message>
    <message>
        <source>Use the base address only, without a page path: {address}</source>
        <translation>Verwende nur die Basisadresse, ohne Seitenpfad: {address}</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>Gib die {what} ein.</translation>
    </message>
    <message>
        <source>The {what} is {count} characters long; a web address is much shorter. Check what was pasted.</source>
        <translation>Die {what} ist {count} Zeichen lang; eine Webadresse ist viel kürzer. Prüfe, was eingefügt wurde.</translation>
    </message>
    <message>
        <source>{text} is not a web address: brackets are only for a whole IPv6 address, e.g. http://[fd00::1]:8123.</source>
        <translation>{text} ist keine Webadresse: eckige Klammern gibt es nur um eine ganze IPv6-Adresse, z. B. http://[fd00::1]:8123.</translation>
    </message>
    <message>
        <source>{text} is not a web address: it must start with http:// or https://, for example http://homeassistant.local:8123.</source>
        <translation>{text} ist keine Webadresse: sie muss mit http:// oder https:// beginnen, zum Beispiel http://homeassistant.local:8123.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the {what} (the part up to &apos;@&apos;); the app signs in with a token or secret entered separately.</source>
        <translation>Lass Benutzername und Passwort aus der {what} weg (den Teil bis &apos;@&apos;); die App meldet sich mit einem separat eingegebenen Token oder Secret an.</translation>
    </message>
    <message>
        <source>The {what} ends its host name with &apos;:&apos; but gives no port; give the port (e.g. :8123) or leave the &apos;:&apos; out.</source>
        <translation>Die {what} endet ihren Hostnamen mit &apos;:&apos;, nennt aber keinen Port; gib den Port an (z. B. :8123) oder lass das &apos;:&apos; weg.</translation>
    </message>
    <message>
        <source>The port in {text} is not a number from 1 to 65535.</source>
        <translation>Der Port in {text} ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The {what} {text} cannot work: {problem}.</source>
        <translation>Die {what} {text} kann nicht funktionieren: {problem}.</translation>
    </message>
    <message>
        <source>{host} is not an IPv6 address</source>
        <translation>{host} ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>it has no host name</source>
        <translation>sie hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>{host} is not a valid IP address</source>
        <translation>{host} ist keine gültige IP-Adresse</translation>
    </message>
    <message>
        <source>the host name contains {character}, which host names cannot have (letters, digits, &apos;-&apos; and &apos;.&apos; only)</source>
        <translation>der Hostname enthält {character}, was Hostnamen nicht haben können (nur Buchstaben, Ziffern, &apos;-&apos; und &apos;.&apos;)</translation>
    </message>
    <message>
        <source>{host} has an empty part between dots</source>
        <translation>{host} hat einen leeren Teil zwischen Punkten</translation>
    </message>
    <message>
        <source>{part} cannot be written as a DNS name</source>
        <translation>{part} lässt sich nicht als DNS-Name schreiben</translation>
    </message>
    <message>
        <source>the part {part} of the host name is {count} characters long; at most {limit} are allowed</source>
        <translation>der Teil {part} des Hostnamens ist {count} Zeichen lang; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>the part {part} of the host name starts or ends with &apos;-&apos;</source>
        <translation>der Teil {part} des Hostnamens beginnt oder endet mit &apos;-&apos;</translation>
    </message>
    <message>
        <source>the host name is longer than {limit} characters</source>
        <translation>der Hostname ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>The {what} contains {character} at position {position}; a web address has none. Type or paste it again on one line.</source>
        <translation>Die {what} enthält {character} an Position {position}; eine Webadresse hat keine. Tippe oder füge sie erneut in einer Zeile ein.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>an invisible character (U+{code})</source>
        <translation>ein unsichtbares Zeichen (U+{code})</translation>
    </message>
    <message>
        <source>Paste a long-lived access token (Home Assistant → your profile → Security → Long-lived access tokens → Create token).</source>
        <translation>Füge ein langlebiges Zugriffstoken ein (Home Assistant → dein Profil → Sicherheit → Langlebige Zugriffstoken → Token erstellen).</translation>
    </message>
    <message>
        <source>The access token contains spaces or line breaks; copy it again.</source>
        <translation>Das Zugriffstoken enthält Leerzeichen oder Zeilenumbrüche; kopiere es erneut.</translation>
    </message>
    <message>
        <source>That does not look like a Home Assistant long-lived access token (a long text with two dots); create one under your HA profile → Security.</source>
        <translation>Das sieht nicht nach einem langlebigen Zugriffstoken von Home Assistant aus (ein langer Text mit zwei Punkten); erstelle eines unter deinem HA-Profil → Sicherheit.</translation>
    </message>
    <message>
        <source>The sync interval must be {lowest} to {highest} minutes.</source>
        <translation>Das Synchronisierungsintervall muss {lowest} bis {highest} Minuten betragen.</translation>
    </message>
</context>
<context>
    <name>core.withings</name>
    <message>
        <source>Withings no longer accepts the saved login; re-authorize this profile from the tray menu (Settings / Re-authorize) or with `withings-gui login`.</source>
        <translation>Withings akzeptiert die gespeicherte Anmeldung nicht mehr; melde dieses Profil über das Tray-Menü (Einstellungen / Neu anmelden) oder mit `withings-gui login` neu an.</translation>
    </message>
    <message>
        <source>The Withings authorization code expired or was already used — codes live about 30 seconds; log in again.</source>
        <translation>Der Withings-Autorisierungscode ist abgelaufen oder wurde schon verwendet — Codes gelten etwa 30 Sekunden; melde dich erneut an.</translation>
    </message>
    <message>
        <source>Withings did not accept the Client Id or Consumer Secret; copy both again from your Withings developer dashboard and log in again.</source>
        <translation>Withings hat die Client-ID oder das Consumer-Secret nicht akzeptiert; kopiere beide erneut aus deinem Withings-Entwickler-Dashboard und melde dich erneut an.</translation>
    </message>
    <message>
        <source>Withings refused the callback URL: it must be exactly the Callback URI saved in your Withings developer app (same https, host, path, no extra slash).</source>
        <translation>Withings hat die Callback-URL abgelehnt: sie muss genau die in deiner Withings-Entwickler-App gespeicherte Callback-URI sein (gleiches https, gleicher Host und Pfad, kein zusätzlicher Schrägstrich).</translation>
    </message>
    <message>
        <source>(Withings said: {detail})</source>
        <translation>(Withings sagte: {detail})</translation>
    </message>
    <message>
        <source>(status {status})</source>
        <translation>(Status {status})</translation>
    </message>
    <message>
        <source>Withings says there were too many requests; waiting {seconds} s before trying again.</source>
        <translation>Withings meldet zu viele Anfragen; {seconds} s Wartezeit vor dem nächsten Versuch.</translation>
    </message>
    <message>
        <source>Withings does not let this login read them (status 403); log in again (Settings / Re-authorize) and allow every permission Withings asks for.</source>
        <translation>Withings erlaubt dieser Anmeldung nicht, sie zu lesen (Status 403); melde dich erneut an (Einstellungen / Neu anmelden) und erlaube jede Berechtigung, nach der Withings fragt.</translation>
    </message>
    <message>
        <source>Withings rejected the request as invalid (status 503); the app tries again later.</source>
        <translation>Withings hat die Anfrage als ungültig abgelehnt (Status 503); die App versucht es später erneut.</translation>
    </message>
    <message>
        <source>Withings had a problem (status {status}); the app tries again later.</source>
        <translation>Withings hatte ein Problem (Status {status}); die App versucht es später erneut.</translation>
    </message>
    <message>
        <source>Withings answered with status {status}.</source>
        <translation>Withings antwortete mit Status {status}.</translation>
    </message>
    <message>
        <source>Withings did not answer in time (no complete answer within {seconds} s); the app tries again later.</source>
        <translation>Withings hat nicht rechtzeitig geantwortet (keine vollständige Antwort innerhalb von {seconds} s); die App versucht es später erneut.</translation>
    </message>
    <message>
        <source>Withings did not answer in time; the app tries again later.</source>
        <translation>Withings hat nicht rechtzeitig geantwortet; die App versucht es später erneut.</translation>
    </message>
    <message>
        <source>Could not reach Withings ({error}); check the internet connection.</source>
        <translation>Withings ist nicht erreichbar ({error}); prüfe die Internetverbindung.</translation>
    </message>
</context>
<context>
    <name>core.withings.api</name>
    <message>
        <source>Withings said there is more data but gave no next page; the app tries again later.</source>
        <translation>Withings meldete weitere Daten, nannte aber keine nächste Seite; die App versucht es später erneut.</translation>
    </message>
</context>
<context>
    <name>core.withings.envelope</name>
    <message>
        <source>Withings answered HTTP {status}; the app tries again later.</source>
        <translation>Withings antwortete mit HTTP {status}; die App versucht es später erneut.</translation>
    </message>
    <message>
        <source>Withings sent a reply that is not valid JSON; the app tries again later.</source>
        <translation>Withings sendete eine Antwort, die kein gültiges JSON ist; die App versucht es später erneut.</translation>
    </message>
    <message>
        <source>Withings sent a reply without a status; the app tries again later.</source>
        <translation>Withings sendete eine Antwort ohne Status; die App versucht es später erneut.</translation>
    </message>
</context>
<context>
    <name>core.withings.notify</name>
    <message>
        <source>Withings refused the push address for category {category}: it did not answer Withings&apos; check (HEAD) with 200, or it is not a public https address; the app keeps polling instead.</source>
        <translation>Withings hat die Push-Adresse für Kategorie {category} abgelehnt: sie hat die Prüfung von Withings (HEAD) nicht mit 200 beantwortet oder ist keine öffentliche https-Adresse; die App fragt stattdessen weiter regelmäßig ab.</translation>
    </message>
</context>
<context>
    <name>core.withings.oauth</name>
    <message>
        <source>That is not the callback address: it should start with {callback}. Copy the address of the page Withings sent you to after you allowed access.</source>
        <translation>Das ist nicht die Callback-Adresse: sie sollte mit {callback} beginnen. Kopiere die Adresse der Seite, auf die Withings dich nach dem Erlauben des Zugriffs geschickt hat.</translation>
    </message>
    <message>
        <source>Access was denied on the Withings page; log in again and choose Allow.</source>
        <translation>Der Zugriff wurde auf der Withings-Seite verweigert; melde dich erneut an und wähle Erlauben.</translation>
    </message>
    <message>
        <source>Withings reported an error ({error}); log in again.</source>
        <translation>Withings meldete einen Fehler ({error}); melde dich erneut an.</translation>
    </message>
    <message>
        <source>The login answer does not belong to this login attempt (state mismatch); start the login again and use the newest address.</source>
        <translation>Die Antwort gehört nicht zu diesem Anmeldeversuch (state stimmt nicht überein); starte die Anmeldung erneut und verwende die neueste Adresse.</translation>
    </message>
    <message>
        <source>The address has no authorization code; copy the whole address after you allowed access.</source>
        <translation>Die Adresse enthält keinen Autorisierungscode; kopiere die ganze Adresse, nachdem du den Zugriff erlaubt hast.</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Withings renewed the login without a usable {missing}; the saved login is kept and the app tries again later.</source>
        <translation>Withings hat die Anmeldung ohne brauchbares {missing} erneuert; die gespeicherte Anmeldung bleibt erhalten und die App versucht es später erneut.</translation>
    </message>
    <message>
        <source>Withings answered the login without a usable {missing}; log in again in a minute.</source>
        <translation>Withings hat die Anmeldung ohne brauchbares {missing} beantwortet; melde dich in einer Minute erneut an.</translation>
    </message>
    <message>
        <source>Withings sent an unusable token reply ({kind}); try again later.</source>
        <translation>Withings sendete eine unbrauchbare Token-Antwort ({kind}); versuche es später erneut.</translation>
    </message>
    <message>
        <source>Withings&apos; token reply has no access or refresh token; try again later.</source>
        <translation>Die Token-Antwort von Withings enthält kein Zugriffs- oder Aktualisierungstoken; versuche es später erneut.</translation>
    </message>
</context>
<context>
    <name>core.withings.tokens</name>
    <message>
        <source>Another withings-gui window is renewing the Withings login and has not finished; try again in a minute.</source>
        <translation>Ein anderes withings-gui-Fenster erneuert gerade die Withings-Anmeldung und ist noch nicht fertig; versuche es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The Withings login cannot be renewed: {folder} is not writable ({reason}); free some disk space or make the folder writable.</source>
        <translation>Die Withings-Anmeldung kann nicht erneuert werden: {folder} ist nicht beschreibbar ({reason}); gib Speicherplatz frei oder mache den Ordner beschreibbar.</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved; run setup again (or `withings-gui configure`) and re-authorize.</source>
        <translation>Das Consumer Secret von Withings ist nicht gespeichert; führe die Einrichtung erneut aus (oder `withings-gui configure`) und autorisiere neu.</translation>
    </message>
    <message>
        <source>The renewed Withings login could not be saved: {reason}</source>
        <translation>Die erneuerte Withings-Anmeldung konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Profile {profile} is not logged in to Withings; log in from the setup wizard or with `withings-gui login`.</source>
        <translation>Das Profil {profile} ist nicht bei Withings angemeldet; melde dich im Einrichtungsassistenten oder mit `withings-gui login` an.</translation>
    </message>
</context>
<context>
    <name>tray.app</name>
    <message>
        <source>Sync did not complete</source>
        <translation>Synchronisierung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pause not saved</source>
        <translation>Pause nicht gespeichert</translation>
    </message>
    <message>
        <source>Settings not reloaded</source>
        <translation>Einstellungen nicht neu geladen</translation>
    </message>
</context>
<context>
    <name>tray.devices</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>No devices yet: Withings lists them after the next sync.</source>
        <translation>Noch keine Geräte: Withings listet sie nach der nächsten Synchronisierung auf.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation>vor {count} Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation>vor {count} Stunden</translation>
    </message>
    <message>
        <source>Withings devices — {profile}</source>
        <translation>Withings-Geräte — {profile}</translation>
    </message>
    <message>
        <source>Reading the devices…</source>
        <translation>Geräte werden gelesen…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Unbekanntes Modell</translation>
    </message>
    <message>
        <source>Low: charge it or change its batteries soon</source>
        <translation>Niedrig: bald aufladen oder die Batterien wechseln</translation>
    </message>
    <message>
        <source>1 device, as of the last sync.</source>
        <translation>1 Gerät, Stand der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>{count} devices, as of the last sync.</source>
        <translation>{count} Geräte, Stand der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>The devices could not be read: {why}</source>
        <translation>Die Geräte konnten nicht gelesen werden: {why}</translation>
    </message>
</context>
<context>
    <name>tray.fallback</name>
    <message>
        <source>This desktop has no system tray, so Withings GUI runs in this small window instead. Closing it stops syncing.</source>
        <translation>Dieser Desktop hat keinen Infobereich, deshalb läuft Withings GUI in diesem kleinen Fenster. Wenn du es schließt, endet die Synchronisierung.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Mehr…</translation>
    </message>
</context>
<context>
    <name>tray.history</name>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>No weigh-ins in the last 30 days</source>
        <translation>Keine Wägungen in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>No weigh-ins in the last year</source>
        <translation>Keine Wägungen im letzten Jahr</translation>
    </message>
    <message>
        <source>No weigh-ins yet</source>
        <translation>Noch keine Wägungen</translation>
    </message>
    <message>
        <source>&amp;Show last 30 days</source>
        <translation>Letzte &amp;30 Tage zeigen</translation>
    </message>
    <message>
        <source>&amp;Show last year</source>
        <translation>Letztes &amp;Jahr zeigen</translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Withings history — {profile}</source>
        <translation>Withings-Verlauf — {profile}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>1 weigh-in</source>
        <translation>1 Wägung</translation>
    </message>
    <message>
        <source>{count} weigh-ins</source>
        <translation>{count} Wägungen</translation>
    </message>
    <message>
        <source>Weigh-ins from your Withings scale show here after the next sync.</source>
        <translation>Wägungen von deiner Withings-Waage erscheinen hier nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>The latest is from {date}.</source>
        <translation>Die neueste ist vom {date}.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>Der Verlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Latest: {reading}</source>
        <translation>Neueste: {reading}</translation>
    </message>
</context>
<context>
    <name>tray.history_chart</name>
    <message>
        <source>History chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>Left and right arrows step through the points, up and down change the measure, Home and End jump to the ends</source>
        <translation>Pfeiltasten links und rechts gehen durch die Punkte, hoch und runter wechseln den Messwert, Pos1 und Ende springen an die Enden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mass ({unit})</source>
        <translation>Masse ({unit})</translation>
    </message>
    <message>
        <source>Date ({years})</source>
        <translation>Datum ({years})</translation>
    </message>
</context>
<context>
    <name>tray.launch</name>
    <message>
        <source>withings-gui is already running in the tray; its menu has everything.</source>
        <translation>withings-gui läuft schon im Infobereich; sein Menü bietet alles.</translation>
    </message>
</context>
<context>
    <name>tray.listen</name>
    <message>
        <source>Home Assistant&apos;s webhook stopped.</source>
        <translation>Der Webhook von Home Assistant wurde beendet.</translation>
    </message>
    <message>
        <source>The listener could not start: {problem}</source>
        <translation>Der Empfänger konnte nicht starten: {problem}</translation>
    </message>
    <message>
        <source>The listener crashed: {last}</source>
        <translation>Der Empfänger ist abgestürzt: {last}</translation>
    </message>
    <message>
        <source>The listener exited {code}: {last}</source>
        <translation>Der Empfänger endete mit {code}: {last}</translation>
    </message>
    <message>
        <source>The listener crashed.</source>
        <translation>Der Empfänger ist abgestürzt.</translation>
    </message>
    <message>
        <source>The listener exited {code}.</source>
        <translation>Der Empfänger endete mit {code}.</translation>
    </message>
</context>
<context>
    <name>tray.menu</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Open &amp;Home Assistant</source>
        <translation>&amp;Home Assistant öffnen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Geräte…</translation>
    </message>
    <message>
        <source>Se&amp;ttings / Re-run setup…</source>
        <translation>Einstellungen / Einrichtung &amp;wiederholen…</translation>
    </message>
    <message>
        <source>&amp;Re-authorize…</source>
        <translation>Neu &amp;anmelden…</translation>
    </message>
    <message>
        <source>&amp;Pause syncing</source>
        <translation>Synchronisierung &amp;pausieren</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Pr&amp;otokoll anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Why is a measure &amp;missing?…</source>
        <translation>Warum fehlt ein &amp;Messwert?…</translation>
    </message>
    <message>
        <source>Why is a measure missing? ({profile})…</source>
        <translation>Warum fehlt ein Messwert? ({profile})…</translation>
    </message>
</context>
<context>
    <name>tray.missing</name>
    <message>
        <source>Every measure the devices of this account give has arrived.</source>
        <translation>Jeder Messwert, den die Geräte dieses Kontos liefern, ist angekommen.</translation>
    </message>
    <message>
        <source>Why is a measure missing? — {profile}</source>
        <translation>Warum fehlt ein Messwert? — {profile}</translation>
    </message>
    <message>
        <source>Measures the devices of &apos;{profile}&apos; could give but Withings did not send, and the likely reason:</source>
        <translation>Messwerte, die die Geräte von &apos;{profile}&apos; liefern könnten, die Withings aber nicht gesendet hat, und der wahrscheinliche Grund:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The history could not be read: {why}</source>
        <translation>Der Verlauf konnte nicht gelesen werden: {why}</translation>
    </message>
</context>
<context>
    <name>tray.notify</name>
    <message>
        <source>New weigh-in</source>
        <translation>Neue Wägung</translation>
    </message>
    <message>
        <source>Choose Re-authorize in the tray menu. {why}</source>
        <translation>Wähle „Neu anmelden“ im Tray-Menü. {why}</translation>
    </message>
    <message>
        <source>Withings needs you to log in again</source>
        <translation>Withings möchte, dass du dich erneut anmeldest</translation>
    </message>
    <message>
        <source>{devices} ({profile})</source>
        <translation>{devices} ({profile})</translation>
    </message>
    <message>
        <source>{device}: its battery is low. Charge it or change the batteries.</source>
        <translation>{device}: die Batterie ist schwach. Lade sie auf oder wechsle die Batterien.</translation>
    </message>
    <message>
        <source>{devices}: their batteries are low. Charge them or change the batteries.</source>
        <translation>{devices}: die Batterien sind schwach. Lade sie auf oder wechsle die Batterien.</translation>
    </message>
    <message>
        <source>Withings battery low</source>
        <translation>Withings-Batterie schwach</translation>
    </message>
</context>
<context>
    <name>tray.status</name>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>needs re-authorization</source>
        <translation>Neuanmeldung nötig</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>{weight}, weighed {when}</source>
        <translation>{weight}, gewogen {when}</translation>
    </message>
    <message>
        <source>No weigh-in yet</source>
        <translation>Noch keine Wägung</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Letzte Synchronisierung: {when}</translation>
    </message>
    <message>
        <source>{state}: {why}</source>
        <translation>{state}: {why}</translation>
    </message>
    <message>
        <source>No weight yet</source>
        <translation>Noch kein Gewicht</translation>
    </message>
    <message>
        <source>{weight} — {state}</source>
        <translation>{weight} — {state}</translation>
    </message>
    <message>
        <source>{weight}, {trend} — {state}</source>
        <translation>{weight}, {trend} — {state}</translation>
    </message>
    <message>
        <source>no successful sync for {age}</source>
        <translation>keine erfolgreiche Synchronisierung seit {age}</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tagen</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} Jahren</translation>
    </message>
    <message>
        <source>{profile}: {why}</source>
        <translation>{profile}: {why}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <source>{when} (ahead of this computer&apos;s clock)</source>
        <translation>{when} (vor der Uhr dieses Computers)</translation>
    </message>
</context>
<context>
    <name>tray.sync_mode</name>
    <message>
        <source>Checking every minute</source>
        <translation>Prüfung jede Minute</translation>
    </message>
    <message>
        <source>Checking every {minutes} minutes</source>
        <translation>Prüfung alle {minutes} Minuten</translation>
    </message>
    <message>
        <source>Live: Withings tells us about new weigh-ins</source>
        <translation>Live: Withings meldet neue Wiegungen</translation>
    </message>
    <message>
        <source>A safety check runs every hour.</source>
        <translation>Zur Sicherheit wird jede Stunde geprüft.</translation>
    </message>
    <message>
        <source>Home Assistant is reachable only at home, so Withings cannot tell us about new weigh-ins.</source>
        <translation>Home Assistant ist nur zu Hause erreichbar, daher kann Withings keine neuen Wiegungen melden.</translation>
    </message>
    <message>
        <source>Live updates need Home Assistant set up.</source>
        <translation>Live-Aktualisierungen brauchen ein eingerichtetes Home Assistant.</translation>
    </message>
    <message>
        <source>Withings notifications are not set up for {profile}.</source>
        <translation>Withings-Benachrichtigungen sind für {profile} nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Withings notifications are not set up for {profile}: {problem}</source>
        <translation>Withings-Benachrichtigungen sind für {profile} nicht eingerichtet: {problem}</translation>
    </message>
    <message>
        <source>Setting up Withings notifications…</source>
        <translation>Withings-Benachrichtigungen werden eingerichtet…</translation>
    </message>
    <message>
        <source>Live updates paused: {reason}</source>
        <translation>Live-Aktualisierungen pausiert: {reason}</translation>
    </message>
    <message>
        <source>Connecting to Home Assistant for live updates…</source>
        <translation>Verbindung zu Home Assistant für Live-Aktualisierungen…</translation>
    </message>
</context>
</TS>
