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
        <source>Set this as Home Assistant's e&amp;xternal URL</source>
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
        <source>Home Assistant's external URL is now {url}.</source>
        <translation>Die externe URL von Home Assistant ist jetzt {url}.</translation>
    </message>
    <message>
        <source>Not set: Home Assistant's core settings come from configuration.yaml, so a change made from here would be lost at its next restart. Paste the YAML above into configuration.yaml instead (replace an external_url line already there), then restart Home Assistant.</source>
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
        <source>Sharing the app with Home Assistant's own Withings integration works, but Withings does not say whether a second login of the same person can end the other's session; if either one keeps asking you to log in again, create a second app for this one.</source>
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
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings' demo app is filled in.</source>
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
        <source>Check Home Assistant's &amp;configuration</source>
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
        <source>Trust Home Assistant's certificate</source>
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
        <source>with the person's measurements in the Withings app</source>
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
        <source>Withings' login ends at your developer app's callback address; this app catches that step itself, so the address never has to lead to your Home Assistant.</source>
        <translation>Die Withings-Anmeldung endet bei der Callback-Adresse deiner Entwickler-App; diese App fängt diesen Schritt selbst ab, die Adresse muss also nie zu deinem Home Assistant führen.</translation>
    </message>
    <message>
        <source>For example the one made for Home Assistant's own Withings integration: its values are then used instead of a new app's.</source>
        <translation>Zum Beispiel die für die Withings-Integration von Home Assistant angelegte: Dann werden ihre Werte statt denen einer neuen App verwendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; everything runs against a simulated Withings; any choice works.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; Alles läuft gegen ein simuliertes Withings; jede Wahl funktioniert.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>PortalFigure</name>
    <message>
        <source>Picture of the Withings developer portal's forms</source>
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
        <source>Already have a Withings developer app (for Home Assistant's own integration, say)? Use it instead.</source>
        <translation>Schon eine Withings-Entwickler-App (etwa für die Integration von Home Assistant)? Verwende stattdessen sie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; nothing needs registering; the simulated Withings already knows a demo app, whose Client Id and Secret are filled in on the next page.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; Nichts muss registriert werden; das simulierte Withings kennt bereits eine Demo-App, deren Client Id und Secret auf der nächsten Seite eingetragen sind.</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the portal's address (above) into a browser.</source>
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
        <source>Person's na&amp;me:</source>
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
        <source>Could not read Home Assistant's entities ({error}).</source>
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
        <source>Use Home Assistant Cloud (Nabu Casa), or get a certificate from a public authority, e.g. with Home Assistant's Let's Encrypt add-on.</source>
        <translation>Verwende Home Assistant Cloud (Nabu Casa) oder besorge ein Zertifikat einer öffentlichen Stelle, z. B. mit dem Let's-Encrypt-Add-on von Home Assistant.</translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation>Das Zertifikat von {host} ist abgelaufen.</translation>
    </message>
    <message>
        <source>Renew it; Home Assistant's Let's Encrypt add-on renews automatically, and Home Assistant Cloud (Nabu Casa) needs no certificate of your own.</source>
        <translation>Erneuere es; das Let's-Encrypt-Add-on von Home Assistant erneuert automatisch, und Home Assistant Cloud (Nabu Casa) braucht kein eigenes Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>Das Zertifikat von {host} ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>Check this computer's date and time, or wait until the certificate's start date.</source>
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
        <source>Use the domain name the certificate was issued for, or get a certificate that includes {host} (the Let's Encrypt add-on's 'domains' option).</source>
        <translation>Verwende den Domainnamen, für den das Zertifikat ausgestellt wurde, oder besorge ein Zertifikat, das {host} enthält (Option „domains“ des Let's-Encrypt-Add-ons).</translation>
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
        <source>Check the spelling, and that the domain's DNS record (A or AAAA) points at the public address of your Home Assistant.</source>
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
        <source>The server's answer is not HTTP ({why}).</source>
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
        <source>Reach Home Assistant over https: Home Assistant Cloud (Nabu Casa), or a certificate for your domain (e.g. the Let's Encrypt add-on).</source>
        <translation>Erreiche Home Assistant über https: Home Assistant Cloud (Nabu Casa) oder ein Zertifikat für deine Domain (z. B. das Let's-Encrypt-Add-on).</translation>
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
        <source>Remove the 'user:password@' part: Withings refuses credentials in the URL.</source>
        <translation>Entferne den Teil „user:password@“: Withings lehnt Zugangsdaten in der URL ab.</translation>
    </message>
    <message>
        <source>no query or fragment</source>
        <translation>keine Abfrage und kein Fragment</translation>
    </message>
    <message>
        <source>No '?…' or '#…' part.</source>
        <translation>Kein Teil „?…“ oder „#…“.</translation>
    </message>
    <message>
        <source>Remove the '?…' or '#…' part: Withings compares the URL exactly and adds its own query.</source>
        <translation>Entferne den Teil „?…“ oder „#…“: Withings vergleicht die URL genau und hängt eine eigene Abfrage an.</translation>
    </message>
    <message>
        <source>Home Assistant's callback path</source>
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
        <source>{host!r} is not a valid domain name (letters, digits and '-' between dots).</source>
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
</TS>
