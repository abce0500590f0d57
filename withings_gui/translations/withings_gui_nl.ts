<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AuthorizePage</name>
    <message>
        <source>Withings login</source>
        <translation>Withings-login</translation>
    </message>
    <message>
        <source>Log in to Withings</source>
        <translation>Log in bij Withings</translation>
    </message>
    <message>
        <source>Log in with the Withings account of the person whose data this is, and allow access.</source>
        <translation>Log in met het Withings-account van de persoon van wie deze gegevens zijn, en sta toegang toe.</translation>
    </message>
    <message>
        <source>Use my o&amp;wn browser instead</source>
        <translation>Liever mijn &amp;eigen browser gebruiken</translation>
    </message>
    <message>
        <source>Loading the Withings login…</source>
        <translation>De Withings-login wordt geladen…</translation>
    </message>
    <message>
        <source>Paste the whole address your browser ended on</source>
        <translation>Plak het hele adres waarop je browser uitkwam</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>If Withings shows an error about the &lt;i&gt;redirect_uri&lt;/i&gt;, the Callback URI of your Withings app must be exactly &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation>Toont Withings een fout over de &lt;i&gt;redirect_uri&lt;/i&gt;, dan moet de Callback URI van je Withings-app precies &lt;code&gt;{url}&lt;/code&gt; zijn.</translation>
    </message>
    <message>
        <source>{error} Go Back to the callback URL and Client Id pages.</source>
        <translation>{error} Ga terug naar de pagina's callback-URL en Client Id.</translation>
    </message>
    <message>
        <source>The built-in browser is not available on this system.</source>
        <translation>De ingebouwde browser is op dit systeem niet beschikbaar.</translation>
    </message>
    <message>
        <source>The Withings page did not load; check the internet connection or use your own browser.</source>
        <translation>De Withings-pagina werd niet geladen; controleer de internetverbinding of gebruik je eigen browser.</translation>
    </message>
    <message>
        <source>{refused}. This setup uses {url}: put exactly that in your Withings app, then click “Try again”.</source>
        <translation>{refused}. Deze installatie gebruikt {url}: zet precies dat in je Withings-app en klik dan op ‘Opnieuw proberen’.</translation>
    </message>
    <message>
        <source>After you allow access it goes to your callback address (an error page there is fine): copy that whole address and paste it below.</source>
        <translation>Nadat je toegang hebt gegeven, gaat het naar je callback-adres (een foutpagina daar is geen probleem): kopieer dat hele adres en plak het hieronder.</translation>
    </message>
    <message>
        <source>Your browser opens the Withings login (the address is below if it does not). {then}</source>
        <translation>Je browser opent de Withings-login (lukt dat niet, dan staat het adres hieronder). {then}</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the address below into a browser and log in there. {then}</source>
        <translation>Van hieruit kon geen browser worden geopend: kopieer het adres hieronder naar een browser en log daar in. {then}</translation>
    </message>
    <message>
        <source>Paste the address your browser ended on.</source>
        <translation>Plak het adres waarop je browser uitkwam.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Bezig met inloggen…</translation>
    </message>
    <message>
        <source>Logged in: Withings user {user}.</source>
        <translation>Ingelogd: Withings-gebruiker {user}.</translation>
    </message>
    <message>
        <source>Logged in: Withings user {user}. Click Next.</source>
        <translation>Ingelogd: Withings-gebruiker {user}. Klik op ‘Volgende’.</translation>
    </message>
    <message>
        <source>{error} Click “Try again” to log in again.</source>
        <translation>{error} Klik op ‘Opnieuw proberen’ om opnieuw in te loggen.</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>Callback address</source>
        <translation>Callback-adres</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>The address Withings sends you back to after you log in. Withings checks it when you save your developer app; we check it the same way first.</source>
        <translation>Het adres waar Withings je na het inloggen naar terugstuurt. Withings controleert het wanneer je je ontwikkelaarsapp opslaat; wij controleren het eerst op dezelfde manier.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>Look the name up, check the certificate and send an HTTP HEAD, as Withings does</source>
        <translation>De naam opzoeken, het certificaat controleren en een HTTP HEAD sturen, zoals Withings dat doet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Set this as Home Assistant's e&amp;xternal URL</source>
        <translation>Instellen als e&amp;xterne URL van Home Assistant</translation>
    </message>
    <message>
        <source>Possible once every check has passed</source>
        <translation>Mogelijk zodra elke controle geslaagd is</translation>
    </message>
    <message>
        <source>Withings sends your browser to this address after you log in, and this app catches that step before the page loads, so it never has to reach your Home Assistant: nothing needs opening to the internet. It only has to satisfy Withings when you save your developer app: any https page you trust that answers will do.</source>
        <translation>Withings stuurt je browser na het inloggen naar dit adres, en deze app vangt die stap op voordat de pagina laadt, dus het hoeft je Home Assistant nooit te bereiken: er hoeft niets naar het internet open. Het moet alleen Withings tevredenstellen wanneer je je ontwikkelaarsapp opslaat: elke https-pagina die je vertrouwt en die antwoordt, volstaat.</translation>
    </message>
    <message>
        <source>Home Assistant must know this address as its external URL. Set it from here, or paste this into configuration.yaml:</source>
        <translation>Home Assistant moet dit adres kennen als zijn externe URL. Stel het hiervandaan in, of plak dit in configuration.yaml:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings accepts this URL without looking it up; these checks are for a real setup.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; de gesimuleerde Withings accepteert deze URL zonder hem op te zoeken; deze controles zijn voor een echte installatie.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
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
        <translation>http:// gewijzigd in https://: Withings accepteert alleen https.</translation>
    </message>
    <message>
        <source>fix what is marked with a cross first</source>
        <translation>los eerst op wat met een kruis is gemarkeerd</translation>
    </message>
    <message>
        <source>press Check</source>
        <translation>klik op ‘Controleren’</translation>
    </message>
    <message>
        <source>Not checked yet: {why}.</source>
        <translation>Nog niet gecontroleerd: {why}.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>the check stopped</source>
        <translation>de controle is gestopt</translation>
    </message>
    <message>
        <source>The check stopped: {error}</source>
        <translation>De controle is gestopt: {error}</translation>
    </message>
    <message>
        <source>Withings would refuse this callback URL: fix what is marked with a cross and check again.</source>
        <translation>Withings zou deze callback-URL weigeren: los op wat met een kruis is gemarkeerd en controleer opnieuw.</translation>
    </message>
    <message>
        <source>Setting the external URL…</source>
        <translation>De externe URL wordt ingesteld…</translation>
    </message>
    <message>
        <source>Could not set the external URL ({error}); paste the YAML instead.</source>
        <translation>De externe URL kon niet worden ingesteld ({error}); plak in plaats daarvan de YAML.</translation>
    </message>
    <message>
        <source>Home Assistant's external URL is now {url}.</source>
        <translation>De externe URL van Home Assistant is nu {url}.</translation>
    </message>
    <message>
        <source>Not set: Home Assistant's core settings come from configuration.yaml, so a change made from here would be lost at its next restart. Paste the YAML above into configuration.yaml instead (replace an external_url line already there), then restart Home Assistant.</source>
        <translation>Niet ingesteld: de basisinstellingen van Home Assistant komen uit configuration.yaml, dus een wijziging van hieruit gaat bij de volgende herstart verloren. Plak in plaats daarvan de YAML hierboven in configuration.yaml (vervang een external_url-regel die er al staat) en herstart Home Assistant.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Sharing the app with Home Assistant's own Withings integration works, but Withings does not say whether a second login of the same person can end the other's session; if either one keeps asking you to log in again, create a second app for this one.</source>
        <translation>De app delen met de eigen Withings-integratie van Home Assistant werkt, maar Withings zegt niet of een tweede login van dezelfde persoon de andere sessie kan beëindigen; als een van beide steeds opnieuw om inloggen vraagt, maak dan voor deze een tweede app.</translation>
    </message>
    <message>
        <source>App keys</source>
        <translation>App-sleutels</translation>
    </message>
    <message>
        <source>Client Id and Consumer Secret</source>
        <translation>Client Id en Consumer Secret</translation>
    </message>
    <message>
        <source>Copy both from your Withings developer app.</source>
        <translation>Kopieer beide uit je Withings-ontwikkelaarsapp.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>Secret &amp;tonen</translation>
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
        <translation>Callback-&amp;URL zoals geregistreerd:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings' demo app is filled in.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; de demo-app van de gesimuleerde Withings is ingevuld.</translation>
    </message>
    <message>
        <source>Your Withings developer app</source>
        <translation>Je Withings-ontwikkelaarsapp</translation>
    </message>
    <message>
        <source>The secret is kept in your system keyring ({keyring}), never in a settings file.</source>
        <translation>Het secret wordt bewaard in de sleutelbos van je systeem ({keyring}), nooit in een instellingenbestand.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Units and first sync</source>
        <translation>Eenheden, eerste sync</translation>
    </message>
    <message>
        <source>Options and first sync</source>
        <translation>Opties en eerste synchronisatie</translation>
    </message>
    <message>
        <source>Choose how the sensors look, then the first sync runs.</source>
        <translation>Kies hoe de sensoren eruitzien; daarna loopt de eerste synchronisatie.</translation>
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
        <translation>&amp;beide (kg- plus _lbs-sensoren)</translation>
    </message>
    <message>
        <source>s&amp;t (_st sensors; shown as 11 st 2 lb)</source>
        <translation>s&amp;t (_st-sensoren; bv. 11 st 2 lb)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start the tray when I log in</source>
        <translation>Systeemvakpictogram starten bij inloggen</translation>
    </message>
    <message>
        <source>Notify me of each new weigh-in</source>
        <translation>Mij melden bij elke nieuwe weging</translation>
    </message>
    <message>
        <source>Copy YAML</source>
        <translation>YAML kopiëren</translation>
    </message>
    <message>
        <source>Check Home Assistant's &amp;configuration</source>
        <translation>&amp;Configuratie van Home Assistant controleren</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Add another person…</source>
        <translation>Nog een &amp;persoon toevoegen…</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Eenheden:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sync-&amp;interval:</translation>
    </message>
    <message>
        <source>Publishing kg only but want pounds in HA too? Template sensors for configuration.yaml:</source>
        <translation>Alleen kg publiceren maar ook ponden in HA willen? Template-sensoren voor configuration.yaml:</translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation>Home Assistant:</translation>
    </message>
    <message>
        <source>First sync:</source>
        <translation>Eerste sync:</translation>
    </message>
    <message>
        <source>No Home Assistant in this setup.</source>
        <translation>Geen Home Assistant in deze installatie.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>Configuration valid.</source>
        <translation>Configuratie geldig.</translation>
    </message>
    <message>
        <source>Configuration invalid.</source>
        <translation>Configuratie ongeldig.</translation>
    </message>
    <message>
        <source>Errors: {detail}</source>
        <translation>Fouten: {detail}</translation>
    </message>
    <message>
        <source>Warnings: {detail}</source>
        <translation>Waarschuwingen: {detail}</translation>
    </message>
    <message>
        <source>Syncing with Withings…</source>
        <translation>Bezig met synchroniseren met Withings…</translation>
    </message>
    <message>
        <source>The first sync did not fully work: {error}</source>
        <translation>De eerste synchronisatie is niet helemaal gelukt: {error}</translation>
    </message>
    <message>
        <source>The first sync failed: {error}</source>
        <translation>De eerste synchronisatie is mislukt: {error}</translation>
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
        <translation>Verbinden met Home Assistant</translation>
    </message>
    <message>
        <source>Its address as this computer reaches it, and a long-lived access token (your HA profile → Security → Long-lived access tokens).</source>
        <translation>Het adres waarop deze computer het bereikt, en een langdurig toegangstoken (je HA-profiel → Beveiliging → Langdurige toegangstokens).</translation>
    </message>
    <message>
        <source>only for a self-signed certificate (.pem, .crt)</source>
        <translation>alleen voor een zelfondertekend certificaat (.pem, .crt)</translation>
    </message>
    <message>
        <source>Trust certificate &amp;file…</source>
        <translation>Certificaat &amp;vertrouwen…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>This address works only in your home network. If your Home Assistant has no address on the internet, choose the home-network path: nothing needs opening to the internet.</source>
        <translation>Dit adres werkt alleen in je thuisnetwerk. Heeft je Home Assistant geen adres op het internet, kies dan de weg ‘alleen thuisnetwerk’: er hoeft niets naar het internet open.</translation>
    </message>
    <message>
        <source>&amp;Use the home-network path</source>
        <translation>Weg ‘alleen thuisnetwerk’ &amp;gebruiken</translation>
    </message>
    <message>
        <source>&amp;Skip Home Assistant (demo only: the sensors are shown, not sent)</source>
        <translation>Home Assistant &amp;overslaan (alleen demo: sensoren alleen tonen)</translation>
    </message>
    <message>
        <source>Home Assistant &amp;address:</source>
        <translation>Home Assistant-&amp;adres:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Toegangs&amp;token:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificaat:</translation>
    </message>
    <message>
        <source>In the demo you may skip this step; the tray then shows the demo data without sending it anywhere.</source>
        <translation>In de demo mag je deze stap overslaan; het systeemvakpictogram toont dan de demogegevens zonder ze ergens heen te sturen.</translation>
    </message>
    <message>
        <source>Tested before with this address and token.</source>
        <translation>Eerder getest met dit adres en token.</translation>
    </message>
    <message>
        <source>Connected to Home Assistant {version} “{name}”.</source>
        <translation>Verbonden met Home Assistant {version} ‘{name}’.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bezig met verbinden…</translation>
    </message>
    <message>
        <source>Trust Home Assistant's certificate</source>
        <translation>Het certificaat van Home Assistant vertrouwen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Home network only: Withings never needs to reach this Home Assistant.</source>
        <translation>Alleen thuisnetwerk: Withings hoeft deze Home Assistant nooit te bereiken.</translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>current</source>
        <translation>huidig</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>nog te doen</translation>
    </message>
</context>
<context>
    <name>NumberBadge</name>
    <message>
        <source>field {number} in the picture</source>
        <translation>veld {number} in de afbeelding</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>The setup could not be saved: {error}</source>
        <translation>De installatie kon niet worden opgeslagen: {error}</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <source>A Withings account</source>
        <translation>Een Withings-account</translation>
    </message>
    <message>
        <source>with the person's measurements in the Withings app</source>
        <translation>met de metingen van de persoon in de Withings-app</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>its address and a long-lived access token from your HA profile</source>
        <translation>het adres en een langdurig toegangstoken uit je HA-profiel</translation>
    </message>
    <message>
        <source>About ten minutes</source>
        <translation>Ongeveer tien minuten</translation>
    </message>
    <message>
        <source>you can close the wizard and continue later where you left off</source>
        <translation>je kunt de wizard sluiten en later verdergaan waar je gebleven was</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt; — {why}</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt; — {why}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>This wizard connects your Withings account to Home Assistant. Your measurements then appear there as sensors, kept current from an icon beside the clock.</source>
        <translation>Deze wizard verbindt je Withings-account met Home Assistant. Je metingen verschijnen daar dan als sensoren, actueel gehouden door een pictogram naast de klok.</translation>
    </message>
    <message>
        <source>Only on my home net&amp;work (nothing to open to the internet)</source>
        <translation>Alleen in mijn thuis&amp;netwerk (niets open naar internet)</translation>
    </message>
    <message>
        <source>&amp;Home Assistant Cloud (Nabu Casa)</source>
        <translation>&amp;Home Assistant Cloud (Nabu Casa)</translation>
    </message>
    <message>
        <source>My &amp;own public domain with https (e.g. https://ha.example.com)</source>
        <translation>&amp;Eigen openbaar domein met https (bijv. https://ha.example.com)</translation>
    </message>
    <message>
        <source>I already have a Withings &amp;developer app</source>
        <translation>Ik heb al een Withings-&amp;ontwikkelaarsapp</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Wat je nodig hebt</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>You register a free developer app with Withings (every value to type is given), log in to Withings here, and the first sync sends the measurements to Home Assistant. This app talks to Withings and Home Assistant directly; your login stays on this computer.</source>
        <translation>Je registreert een gratis ontwikkelaarsapp bij Withings (elke waarde die je moet invullen wordt gegeven), logt hier in bij Withings, en de eerste synchronisatie stuurt de metingen naar Home Assistant. Deze app praat rechtstreeks met Withings en Home Assistant; je login blijft op deze computer.</translation>
    </message>
    <message>
        <source>How is your Home Assistant reached from outside?</source>
        <translation>Hoe is je Home Assistant van buitenaf bereikbaar?</translation>
    </message>
    <message>
        <source>Withings' login ends at your developer app's callback address; this app catches that step itself, so the address never has to lead to your Home Assistant.</source>
        <translation>De Withings-login eindigt op het callback-adres van je ontwikkelaarsapp; deze app vangt die stap zelf op, dus het adres hoeft nooit naar je Home Assistant te leiden.</translation>
    </message>
    <message>
        <source>For example the one made for Home Assistant's own Withings integration: its values are then used instead of a new app's.</source>
        <translation>Bijvoorbeeld die voor de eigen Withings-integratie van Home Assistant: dan worden de waarden daarvan gebruikt in plaats van die van een nieuwe app.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; everything runs against a simulated Withings; any choice works.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; alles draait tegen een gesimuleerde Withings; elke keuze werkt.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>PortalFigure</name>
    <message>
        <source>Picture of the Withings developer portal's forms</source>
        <translation>Afbeelding van de formulieren in het Withings-ontwikkelaarsportaal</translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <source>Withings app</source>
        <translation>Withings-app</translation>
    </message>
    <message>
        <source>Create your Withings developer app</source>
        <translation>Maak je Withings-ontwikkelaarsapp</translation>
    </message>
    <message>
        <source>Withings lets you read your own data through an app you register. Open the developer portal, create an application of the kind “Public API integration” and fill in:</source>
        <translation>Withings laat je je eigen gegevens lezen via een app die je registreert. Open het ontwikkelaarsportaal, maak een applicatie van de soort ‘Public API integration’ en vul in:</translation>
    </message>
    <message>
        <source>&amp;Open the Withings developer portal</source>
        <translation>Withings-portaal &amp;openen</translation>
    </message>
    <message>
        <source>Save &amp;logo…</source>
        <translation>&amp;Logo opslaan…</translation>
    </message>
    <message>
        <source>Withings asks for {first} and {second} once, for your developer account. The saved application shows its Client ID and Secret: keep that page open.</source>
        <translation>Withings vraagt {first} en {second} één keer, voor je ontwikkelaarsaccount. De opgeslagen applicatie toont haar Client ID en Secret: houd die pagina open.</translation>
    </message>
    <message>
        <source>I already &amp;have an app…</source>
        <translation>Ik &amp;heb al een app…</translation>
    </message>
    <message>
        <source>Already have a Withings developer app (for Home Assistant's own integration, say)? Use it instead.</source>
        <translation>Al een Withings-ontwikkelaarsapp (bijvoorbeeld voor de eigen integratie van Home Assistant)? Gebruik die dan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; nothing needs registering; the simulated Withings already knows a demo app, whose Client Id and Secret are filled in on the next page.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; er hoeft niets geregistreerd te worden; de gesimuleerde Withings kent al een demo-app, waarvan Client Id en Secret op de volgende pagina zijn ingevuld.</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the portal's address (above) into a browser.</source>
        <translation>Van hieruit kon geen browser worden geopend: kopieer het adres van het portaal (hierboven) naar een browser.</translation>
    </message>
    <message>
        <source>Save the logo</source>
        <translation>Het logo opslaan</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Whose data is this?</source>
        <translation>Van wie zijn deze gegevens?</translation>
    </message>
    <message>
        <source>The name becomes part of every entity id in Home Assistant.</source>
        <translation>De naam wordt deel van elke entiteit-ID in Home Assistant.</translation>
    </message>
    <message>
        <source>Alice</source>
        <translation>Alice</translation>
    </message>
    <message>
        <source>Also read &amp;ECG results</source>
        <translation>Ook &amp;ECG-resultaten lezen</translation>
    </message>
    <message>
        <source>The latest atrial fibrillation classification and its date. Withings gives ECGs with the “user.metrics” access this app already asks for, so no new login is needed.</source>
        <translation>De laatste classificatie van boezemfibrilleren en de datum ervan. Withings geeft ECG's met de toegang ‘user.metrics’ die deze app al vraagt, dus opnieuw inloggen is niet nodig.</translation>
    </message>
    <message>
        <source>Person's na&amp;me:</source>
        <translation>Naa&amp;m van de persoon:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profiel:</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>Entiteiten:</translation>
    </message>
    <message>
        <source>Logged in to Withings as user &lt;b&gt;{user}&lt;/b&gt;. Name the person who owns that account.</source>
        <translation>Ingelogd bij Withings als gebruiker &lt;b&gt;{user}&lt;/b&gt;. Geef de persoon van dat account een naam.</translation>
    </message>
    <message>
        <source>Could not read Home Assistant's entities ({error}).</source>
        <translation>De entiteiten van Home Assistant konden niet worden gelezen ({error}).</translation>
    </message>
    <message>
        <source>{conflict}. Choose another name.</source>
        <translation>{conflict}. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Home Assistant already has {count} of these entities (e.g. {example}). If they come from an earlier setup of this app that is fine; otherwise choose another name.</source>
        <translation>Home Assistant heeft al {count} van deze entiteiten (bijv. {example}). Komen ze van een eerdere installatie van deze app, dan is dat prima; kies anders een andere naam.</translation>
    </message>
</context>
<context>
    <name>RuleList</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {message}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {message}</translation>
    </message>
    <message>
        <source>How to fix: {fix}</source>
        <translation>Oplossing: {fix}</translation>
    </message>
    <message>
        <source>(a warning; Withings would accept it)</source>
        <translation>(een waarschuwing; Withings zou het accepteren)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Withings GUI setup (demo)</source>
        <translation>Withings GUI instellen (demo)</translation>
    </message>
    <message>
        <source>Withings GUI setup</source>
        <translation>Withings GUI instellen</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Withings GUI logo</source>
        <translation>Logo van Withings GUI</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withings GUI&lt;/b&gt;&lt;br&gt;Setup</source>
        <translation>&lt;b&gt;Withings GUI&lt;/b&gt;&lt;br&gt;Installatie</translation>
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
        <translation>De synchronisatie duurde langer dan {seconds} s en is gestopt.</translation>
    </message>
    <message>
        <source>The sync process could not start: {error}</source>
        <translation>Het synchronisatieproces kon niet starten: {error}</translation>
    </message>
    <message>
        <source>The sync process crashed ({code}): {error}</source>
        <translation>Het synchronisatieproces is gecrasht ({code}): {error}</translation>
    </message>
    <message>
        <source>The sync process crashed ({code}).</source>
        <translation>Het synchronisatieproces is gecrasht ({code}).</translation>
    </message>
    <message>
        <source>The sync process exited {code}: {error}</source>
        <translation>Het synchronisatieproces stopte met {code}: {error}</translation>
    </message>
    <message>
        <source>The sync process exited {code}.</source>
        <translation>Het synchronisatieproces stopte met {code}.</translation>
    </message>
</context>
<context>
    <name>core.callback_network</name>
    <message>
        <source>the name resolves</source>
        <translation>de naam wordt gevonden</translation>
    </message>
    <message>
        <source>a certificate from a public authority</source>
        <translation>een certificaat van een openbare instantie</translation>
    </message>
    <message>
        <source>answers an HTTP HEAD request</source>
        <translation>beantwoordt een HTTP HEAD-verzoek</translation>
    </message>
    <message>
        <source>Use Home Assistant Cloud (Nabu Casa), or get a certificate from a public authority, e.g. with Home Assistant's Let's Encrypt add-on.</source>
        <translation>Gebruik Home Assistant Cloud (Nabu Casa), of haal een certificaat bij een openbare instantie, bijv. met de Let's Encrypt-add-on van Home Assistant.</translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation>Het certificaat van {host} is verlopen.</translation>
    </message>
    <message>
        <source>Renew it; Home Assistant's Let's Encrypt add-on renews automatically, and Home Assistant Cloud (Nabu Casa) needs no certificate of your own.</source>
        <translation>Vernieuw het; de Let's Encrypt-add-on van Home Assistant vernieuwt automatisch, en Home Assistant Cloud (Nabu Casa) heeft geen eigen certificaat nodig.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>Het certificaat van {host} is nog niet geldig.</translation>
    </message>
    <message>
        <source>Check this computer's date and time, or wait until the certificate's start date.</source>
        <translation>Controleer de datum en tijd van deze computer, of wacht tot de begindatum van het certificaat.</translation>
    </message>
    <message>
        <source>The certificate of {host} is self-signed; Withings refuses it.</source>
        <translation>Het certificaat van {host} is zelfondertekend; Withings weigert het.</translation>
    </message>
    <message>
        <source>The certificate is not valid for {host} (it was issued for another name).</source>
        <translation>Het certificaat is niet geldig voor {host} (het is voor een andere naam uitgegeven).</translation>
    </message>
    <message>
        <source>Use the domain name the certificate was issued for, or get a certificate that includes {host} (the Let's Encrypt add-on's 'domains' option).</source>
        <translation>Gebruik de domeinnaam waarvoor het certificaat is uitgegeven, of haal een certificaat dat {host} omvat (de optie ‘domains’ van de Let's Encrypt-add-on).</translation>
    </message>
    <message>
        <source>The certificate of {host} has been revoked.</source>
        <translation>Het certificaat van {host} is ingetrokken.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not issued by a public certificate authority (or the server does not send the full chain).</source>
        <translation>Het certificaat van {host} is niet uitgegeven door een openbare certificaatautoriteit (of de server stuurt niet de hele keten).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>the URL has no valid domain name</source>
        <translation>de URL heeft geen geldige domeinnaam</translation>
    </message>
    <message>
        <source>{host} does not resolve</source>
        <translation>{host} wordt niet gevonden</translation>
    </message>
    <message>
        <source>there is no secure connection</source>
        <translation>er is geen beveiligde verbinding</translation>
    </message>
    <message>
        <source>Not checked: {reason}.</source>
        <translation>Niet gecontroleerd: {reason}.</translation>
    </message>
    <message>
        <source>Check the spelling, and that the domain's DNS record (A or AAAA) points at the public address of your Home Assistant.</source>
        <translation>Controleer de spelling, en dat het DNS-record van het domein (A of AAAA) naar het openbare adres van je Home Assistant wijst.</translation>
    </message>
    <message>
        <source>Copy the address exactly from Home Assistant → Settings → Home Assistant Cloud → Remote control, and check that remote control is switched on.</source>
        <translation>Kopieer het adres precies uit Home Assistant → Instellingen → Home Assistant Cloud → Afstandsbediening, en controleer dat afstandsbediening is ingeschakeld.</translation>
    </message>
    <message>
        <source>{host} does not resolve ({why}).</source>
        <translation>{host} wordt niet gevonden ({why}).</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>naam bestaat niet</translation>
    </message>
    <message>
        <source>the DNS server did not answer</source>
        <translation>de DNS-server antwoordde niet</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>geen adres</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}. That is an address inside a private network: make sure public DNS gives Withings your public address.</source>
        <translation>{host} verwijst naar {addresses}. Dat is een adres in een privénetwerk: zorg dat openbare DNS Withings je openbare adres geeft.</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}.</source>
        <translation>{host} verwijst naar {addresses}.</translation>
    </message>
    <message>
        <source>Could not connect to {host} on port {port} ({why}).</source>
        <translation>Kon geen verbinding maken met {host} op poort {port} ({why}).</translation>
    </message>
    <message>
        <source>Make sure port {port} of your router is forwarded to Home Assistant, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation>Zorg dat poort {port} van je router naar Home Assistant wordt doorgestuurd, of gebruik Home Assistant Cloud (Nabu Casa).</translation>
    </message>
    <message>
        <source>{host} answers on port {port}, but not with https (plain http?).</source>
        <translation>{host} antwoordt op poort {port}, maar niet met https (gewoon http?).</translation>
    </message>
    <message>
        <source>Serve Home Assistant over https on port 443 (ssl_certificate in the http: section, or a reverse proxy), or use Home Assistant Cloud.</source>
        <translation>Bied Home Assistant aan via https op poort 443 (ssl_certificate in de sectie http:, of een reverse proxy), of gebruik Home Assistant Cloud.</translation>
    </message>
    <message>
        <source>Check that port 443 reaches Home Assistant (or its proxy) over https.</source>
        <translation>Controleer dat poort 443 Home Assistant (of zijn proxy) via https bereikt.</translation>
    </message>
    <message>
        <source>Certificate for {host} issued by {issuer}, valid until {date}.</source>
        <translation>Certificaat voor {host} uitgegeven door {issuer}, geldig tot {date}.</translation>
    </message>
    <message>
        <source>Certificate for {host} issued by {issuer}.</source>
        <translation>Certificaat voor {host} uitgegeven door {issuer}.</translation>
    </message>
    <message>
        <source>The secure (TLS) handshake with {host} failed ({why}).</source>
        <translation>De beveiligde (TLS-)handshake met {host} is mislukt ({why}).</translation>
    </message>
    <message>
        <source>Check that Home Assistant (or the proxy in front of it) is running and reachable from the internet at this address.</source>
        <translation>Controleer dat Home Assistant (of de proxy ervoor) draait en op dit adres vanaf het internet bereikbaar is.</translation>
    </message>
    <message>
        <source>The server closed or reset the connection without answering the HEAD request.</source>
        <translation>De server sloot of herstelde de verbinding zonder het HEAD-verzoek te beantwoorden.</translation>
    </message>
    <message>
        <source>The server's answer is not HTTP ({why}).</source>
        <translation>Het antwoord van de server is geen HTTP ({why}).</translation>
    </message>
    <message>
        <source>The HEAD request got no answer ({why}).</source>
        <translation>Het HEAD-verzoek kreeg geen antwoord ({why}).</translation>
    </message>
    <message>
        <source>Answered HEAD with HTTP {status} (any answer will do for Withings).</source>
        <translation>HEAD beantwoord met HTTP {status} (voor Withings volstaat elk antwoord).</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>geen antwoord binnen {seconds} s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>verbinding geweigerd</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>verbinding verbroken</translation>
    </message>
</context>
<context>
    <name>core.callback_url</name>
    <message>
        <source>Use the domain name Home Assistant is reachable at from the internet (Home Assistant Cloud, or your own domain), not an address of your home network.</source>
        <translation>Gebruik de domeinnaam waarop Home Assistant vanaf het internet bereikbaar is (Home Assistant Cloud, of je eigen domein), geen adres van je thuisnetwerk.</translation>
    </message>
    <message>
        <source>Enter your Home Assistant Cloud address or your own domain.</source>
        <translation>Voer je Home Assistant Cloud-adres of je eigen domein in.</translation>
    </message>
    <message>
        <source>Enter the callback URL.</source>
        <translation>Voer de callback-URL in.</translation>
    </message>
    <message>
        <source>{value!r} is not a web address or domain name; it looks like https://ha.example.com.</source>
        <translation>{value!r} is geen webadres of domeinnaam; zo ziet er een uit: https://ha.example.com.</translation>
    </message>
    <message>
        <source>The port in {value!r} is not a number from 1 to 65535.</source>
        <translation>De poort in {value!r} is geen getal van 1 tot 65535.</translation>
    </message>
    <message>
        <source>That is not a Home Assistant Cloud address; it looks like https://abcdef1234567890.ui.nabu.casa (Home Assistant → Settings → Home Assistant Cloud → Remote control).</source>
        <translation>Dat is geen Home Assistant Cloud-adres; zo ziet er een uit: https://abcdef1234567890.ui.nabu.casa (Home Assistant → Instellingen → Home Assistant Cloud → Afstandsbediening).</translation>
    </message>
    <message>
        <source>{value!r} has spaces in it; a web address has none.</source>
        <translation>{value!r} bevat spaties; een webadres heeft er geen.</translation>
    </message>
    <message>
        <source>{value!r} is not a web address (it starts with {scheme}://, not https://).</source>
        <translation>{value!r} is geen webadres (het begint met {scheme}://, niet met https://).</translation>
    </message>
    <message>
        <source>{value!r} is not a web address.</source>
        <translation>{value!r} is geen webadres.</translation>
    </message>
    <message>
        <source>Use {url}.</source>
        <translation>Gebruik {url}.</translation>
    </message>
    <message>
        <source>Uses https.</source>
        <translation>Gebruikt https.</translation>
    </message>
    <message>
        <source>Withings only accepts https callback URLs (this one is {what}).</source>
        <translation>Withings accepteert alleen https-callback-URL's (deze is {what}).</translation>
    </message>
    <message>
        <source>not a full web address</source>
        <translation>geen volledig webadres</translation>
    </message>
    <message>
        <source>Reach Home Assistant over https: Home Assistant Cloud (Nabu Casa), or a certificate for your domain (e.g. the Let's Encrypt add-on).</source>
        <translation>Bereik Home Assistant via https: Home Assistant Cloud (Nabu Casa), of een certificaat voor je domein (bijv. de Let's Encrypt-add-on).</translation>
    </message>
    <message>
        <source>at most 255 characters</source>
        <translation>hoogstens 255 tekens</translation>
    </message>
    <message>
        <source>{length} characters.</source>
        <translation>{length} tekens.</translation>
    </message>
    <message>
        <source>The URL is {length} characters; Withings allows {limit}.</source>
        <translation>De URL is {length} tekens; Withings staat er {limit} toe.</translation>
    </message>
    <message>
        <source>Use a shorter domain name.</source>
        <translation>Gebruik een kortere domeinnaam.</translation>
    </message>
    <message>
        <source>no user name or password</source>
        <translation>geen gebruikersnaam of wachtwoord</translation>
    </message>
    <message>
        <source>No user name or password.</source>
        <translation>Geen gebruikersnaam of wachtwoord.</translation>
    </message>
    <message>
        <source>Remove the 'user:password@' part: Withings refuses credentials in the URL.</source>
        <translation>Verwijder het deel ‘user:password@’: Withings weigert inloggegevens in de URL.</translation>
    </message>
    <message>
        <source>no query or fragment</source>
        <translation>geen query of fragment</translation>
    </message>
    <message>
        <source>No '?…' or '#…' part.</source>
        <translation>Geen deel ‘?…’ of ‘#…’.</translation>
    </message>
    <message>
        <source>Remove the '?…' or '#…' part: Withings compares the URL exactly and adds its own query.</source>
        <translation>Verwijder het deel ‘?…’ of ‘#…’: Withings vergelijkt de URL precies en voegt een eigen query toe.</translation>
    </message>
    <message>
        <source>Home Assistant's callback path</source>
        <translation>het callback-pad van Home Assistant</translation>
    </message>
    <message>
        <source>Ends in {path}.</source>
        <translation>Eindigt op {path}.</translation>
    </message>
    <message>
        <source>Home Assistant receives the login at {path}; this URL has {this}.</source>
        <translation>Home Assistant ontvangt de login op {path}; deze URL heeft {this}.</translation>
    </message>
    <message>
        <source>Use {url}, unless something other than Home Assistant receives the login.</source>
        <translation>Gebruik {url}, tenzij iets anders dan Home Assistant de login ontvangt.</translation>
    </message>
    <message>
        <source>a fully qualified domain name</source>
        <translation>een volledige domeinnaam</translation>
    </message>
    <message>
        <source>The URL has no domain name.</source>
        <translation>De URL heeft geen domeinnaam.</translation>
    </message>
    <message>
        <source>{host} is an IP address; Withings needs a domain name.</source>
        <translation>{host} is een IP-adres; Withings heeft een domeinnaam nodig.</translation>
    </message>
    <message>
        <source>{host} ends with a dot; Withings compares the URL exactly.</source>
        <translation>{host} eindigt op een punt; Withings vergelijkt de URL precies.</translation>
    </message>
    <message>
        <source>Remove the trailing dot.</source>
        <translation>Verwijder de punt aan het eind.</translation>
    </message>
    <message>
        <source>{host!r} is not a valid domain name (letters, digits and '-' between dots).</source>
        <translation>{host!r} is geen geldige domeinnaam (letters, cijfers en ‘-’ tussen punten).</translation>
    </message>
    <message>
        <source>{host} only exists on your own network; Withings cannot reach it.</source>
        <translation>{host} bestaat alleen in je eigen netwerk; Withings kan het niet bereiken.</translation>
    </message>
    <message>
        <source>{host} is not a fully qualified domain name (it has no dot).</source>
        <translation>{host} is geen volledige domeinnaam (er zit geen punt in).</translation>
    </message>
    <message>
        <source>{host} is not a valid domain name (it does not end in a top-level domain such as .com).</source>
        <translation>{host} is geen geldige domeinnaam (het eindigt niet op een topleveldomein zoals .com).</translation>
    </message>
    <message>
        <source>{host} is a fully qualified domain name.</source>
        <translation>{host} is een volledige domeinnaam.</translation>
    </message>
    <message>
        <source>the default https port</source>
        <translation>de standaardpoort voor https</translation>
    </message>
    <message>
        <source>The port is not a number from 1 to 65535.</source>
        <translation>De poort is geen getal van 1 tot 65535.</translation>
    </message>
    <message>
        <source>Remove the port.</source>
        <translation>Verwijder de poort.</translation>
    </message>
    <message>
        <source>Default port.</source>
        <translation>Standaardpoort.</translation>
    </message>
    <message>
        <source>Withings only accepts the default port (443); this URL uses {port}.</source>
        <translation>Withings accepteert alleen de standaardpoort (443); deze URL gebruikt {port}.</translation>
    </message>
    <message>
        <source>Forward port 443 of your router to Home Assistant and remove the port from the URL, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation>Stuur poort 443 van je router door naar Home Assistant en verwijder de poort uit de URL, of gebruik Home Assistant Cloud (Nabu Casa).</translation>
    </message>
</context>
<context>
    <name>core.setup_draft</name>
    <message>
        <source>it cannot be read: {why}</source>
        <translation>het kan niet worden gelezen: {why}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>het is te diep genest</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>het is geen geldige JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>het is geen JSON-object</translation>
    </message>
    <message>
        <source>its list of finished pages is not a list of page names</source>
        <translation>de lijst met voltooide pagina's is geen lijst met paginanamen</translation>
    </message>
    <message>
        <source>{name} has a value of the wrong kind</source>
        <translation>{name} heeft een waarde van de verkeerde soort</translation>
    </message>
    <message>
        <source>{name} holds text that cannot be used</source>
        <translation>{name} bevat tekst die niet bruikbaar is</translation>
    </message>
    <message>
        <source>its choice of callback address is unknown</source>
        <translation>de keuze van het callback-adres is onbekend</translation>
    </message>
    <message>
        <source>its {name} name is not a profile name</source>
        <translation>de naam voor {name} is geen profielnaam</translation>
    </message>
    <message>
        <source>its profile name is not a profile name</source>
        <translation>de profielnaam is geen profielnaam</translation>
    </message>
    <message>
        <source>its unit is unknown</source>
        <translation>de eenheid is onbekend</translation>
    </message>
    <message>
        <source>its sync interval is out of range</source>
        <translation>het synchronisatie-interval valt buiten het bereik</translation>
    </message>
    <message>
        <source>its {name} is not usable</source>
        <translation>de waarde voor {name} is niet bruikbaar</translation>
    </message>
    <message>
        <source>The saved setup progress ({file}) could not be used ({why}), so setup starts from the beginning; your settings are unchanged.</source>
        <translation>De opgeslagen voortgang van de installatie ({file}) kon niet worden gebruikt ({why}), dus de installatie begint opnieuw; je instellingen zijn ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>core.snippets</name>
    <message>
        <source>{value!r} has no domain name in it.</source>
        <translation>{value!r} bevat geen domeinnaam.</translation>
    </message>
</context>
</TS>
