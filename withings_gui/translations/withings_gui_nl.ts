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
        <translation>{error} Ga terug naar de pagina&apos;s callback-URL en Client Id.</translation>
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
        <source>Set this as Home Assistant&apos;s e&amp;xternal URL</source>
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
        <source>Home Assistant&apos;s external URL is now {url}.</source>
        <translation>De externe URL van Home Assistant is nu {url}.</translation>
    </message>
    <message>
        <source>Not set: Home Assistant&apos;s core settings come from configuration.yaml, so a change made from here would be lost at its next restart. Paste the YAML above into configuration.yaml instead (replace an external_url line already there), then restart Home Assistant.</source>
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
        <source>Sharing the app with Home Assistant&apos;s own Withings integration works, but Withings does not say whether a second login of the same person can end the other&apos;s session; if either one keeps asking you to log in again, create a second app for this one.</source>
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
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings&apos; demo app is filled in.</source>
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
        <source>Check Home Assistant&apos;s &amp;configuration</source>
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
        <source>Trust Home Assistant&apos;s certificate</source>
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
        <source>with the person&apos;s measurements in the Withings app</source>
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
        <source>Withings&apos; login ends at your developer app&apos;s callback address; this app catches that step itself, so the address never has to lead to your Home Assistant.</source>
        <translation>De Withings-login eindigt op het callback-adres van je ontwikkelaarsapp; deze app vangt die stap zelf op, dus het adres hoeft nooit naar je Home Assistant te leiden.</translation>
    </message>
    <message>
        <source>For example the one made for Home Assistant&apos;s own Withings integration: its values are then used instead of a new app&apos;s.</source>
        <translation>Bijvoorbeeld die voor de eigen Withings-integratie van Home Assistant: dan worden de waarden daarvan gebruikt in plaats van die van een nieuwe app.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; everything runs against a simulated Withings; any choice works.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; alles draait tegen een gesimuleerde Withings; elke keuze werkt.</translation>
    </message>
</context>
<context>
    <name>PortalFigure</name>
    <message>
        <source>Picture of the Withings developer portal&apos;s forms</source>
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
        <source>Already have a Withings developer app (for Home Assistant&apos;s own integration, say)? Use it instead.</source>
        <translation>Al een Withings-ontwikkelaarsapp (bijvoorbeeld voor de eigen integratie van Home Assistant)? Gebruik die dan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; nothing needs registering; the simulated Withings already knows a demo app, whose Client Id and Secret are filled in on the next page.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; er hoeft niets geregistreerd te worden; de gesimuleerde Withings kent al een demo-app, waarvan Client Id en Secret op de volgende pagina zijn ingevuld.</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the portal&apos;s address (above) into a browser.</source>
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
        <translation>De laatste classificatie van boezemfibrilleren en de datum ervan. Withings geeft ECG&apos;s met de toegang ‘user.metrics’ die deze app al vraagt, dus opnieuw inloggen is niet nodig.</translation>
    </message>
    <message>
        <source>Person&apos;s na&amp;me:</source>
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
        <source>Could not read Home Assistant&apos;s entities ({error}).</source>
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
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
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
    <name>cli.commands</name>
    <message>
        <source>withings-gui {command}: not available with --demo (the demo configures and logs in by itself).</source>
        <translation>withings-gui {command}: niet beschikbaar met --demo (de demo stelt zichzelf in en meldt zichzelf aan).</translation>
    </message>
</context>
<context>
    <name>cli.configure</name>
    <message>
        <source>Warning: {warning}</source>
        <translation>Waarschuwing: {warning}</translation>
    </message>
    <message>
        <source>Saved settings for profile &apos;{profile}&apos; in {file}.</source>
        <translation>Instellingen voor profiel &apos;{profile}&apos; opgeslagen in {file}.</translation>
    </message>
    <message>
        <source>--remove needs --profile NAME</source>
        <translation>--remove heeft --profile NAAM nodig</translation>
    </message>
    <message>
        <source>no profile &apos;{profile}&apos; to remove; configured: {profiles}</source>
        <translation>geen profiel &apos;{profile}&apos; om te verwijderen; ingesteld: {profiles}</translation>
    </message>
    <message>
        <source>Removed profile &apos;{profile}&apos; ({what}); its history stays in {file}.</source>
        <translation>Profiel &apos;{profile}&apos; verwijderd ({what}); de geschiedenis blijft in {file}.</translation>
    </message>
    <message>
        <source>--profile is required (only --language may be set without it)</source>
        <translation>--profile is verplicht (alleen --language mag zonder)</translation>
    </message>
    <message>
        <source>Saved the language ({language}) in {file}; it applies from the next start of the wizard and the tray.</source>
        <translation>Taal ({language}) opgeslagen in {file}; die geldt vanaf de volgende start van de wizard en het systeemvakpictogram.</translation>
    </message>
    <message>
        <source>The callback URL would be refused by Withings: {reasons}</source>
        <translation>Withings zou de callback-URL weigeren: {reasons}</translation>
    </message>
    <message>
        <source>{options} must be given the first time.</source>
        <translation>{options} moet de eerste keer worden opgegeven.</translation>
    </message>
    <message>
        <source>No Withings Consumer Secret saved yet: give a line client_secret=... on standard input.</source>
        <translation>Nog geen Withings Consumer Secret opgeslagen: geef een regel client_secret=... op de standaardinvoer.</translation>
    </message>
    <message>
        <source>{name} (Enter keeps the saved one): </source>
        <translation>{name} (Enter houdt de opgeslagen waarde): </translation>
    </message>
    <message>
        <source>Standard input line {number} is not client_secret=... or ha_token=...</source>
        <translation>Regel {number} van de standaardinvoer is geen client_secret=... of ha_token=...</translation>
    </message>
</context>
<context>
    <name>cli.listen</name>
    <message>
        <source>Home Assistant is reachable only on the home network, so Withings cannot send it notifications; checking on the sync interval instead.</source>
        <translation>Home Assistant is alleen in het thuisnetwerk bereikbaar, dus Withings kan er geen meldingen naartoe sturen; in plaats daarvan wordt volgens het synchronisatie-interval gecontroleerd.</translation>
    </message>
    <message>
        <source>Home Assistant is not set up; run setup first.</source>
        <translation>Home Assistant is niet ingesteld; voer eerst de installatie uit.</translation>
    </message>
    <message>
        <source>No Home Assistant token is saved; run setup again.</source>
        <translation>Er is geen Home Assistant-token opgeslagen; voer de installatie opnieuw uit.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s webhook stopped: {problem}</source>
        <translation>De webhook van Home Assistant is gestopt: {problem}</translation>
    </message>
</context>
<context>
    <name>cli.login</name>
    <message>
        <source>No profile &apos;{profile}&apos; yet; create it with `withings-gui configure --profile {profile} ...`.</source>
        <translation>Nog geen profiel &apos;{profile}&apos;; maak het aan met `withings-gui configure --profile {profile} ...`.</translation>
    </message>
    <message>
        <source>Open this address, log in to Withings and allow access:</source>
        <translation>Open dit adres, log in bij Withings en sta toegang toe:</translation>
    </message>
    <message>
        <source>Your browser then tries to open the callback address. Copy that whole address from the address bar, paste it here and press Enter (it may show an error page: that is fine, the address is what counts):</source>
        <translation>Je browser probeert daarna het callback-adres te openen. Kopieer dat hele adres uit de adresbalk, plak het hier en druk op Enter (misschien toont hij een foutpagina: dat is goed, het adres telt):</translation>
    </message>
    <message>
        <source>nothing was pasted; run login again.</source>
        <translation>er is niets geplakt; start het inloggen opnieuw.</translation>
    </message>
    <message>
        <source>Log in again with that person&apos;s Withings account, or run `withings-gui login --profile {profile} --replace` to give the profile to the new account.</source>
        <translation>Log opnieuw in met het Withings-account van die persoon, of voer `withings-gui login --profile {profile} --replace` uit om het profiel aan het nieuwe account te geven.</translation>
    </message>
    <message>
        <source>Logged in: profile &apos;{profile}&apos; is Withings user {user}.</source>
        <translation>Ingelogd: profiel &apos;{profile}&apos; is Withings-gebruiker {user}.</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; was removed while logging in; add it again with `withings-gui configure`, then log in again.</source>
        <translation>Profiel &apos;{profile}&apos; is tijdens het inloggen verwijderd; voeg het opnieuw toe met `withings-gui configure` en log dan opnieuw in.</translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <source>no profile is configured; run `withings-gui setup` or `withings-gui configure` first.</source>
        <translation>er is geen profiel ingesteld; voer eerst `withings-gui setup` of `withings-gui configure` uit.</translation>
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
        <source>Use Home Assistant Cloud (Nabu Casa), or get a certificate from a public authority, e.g. with Home Assistant&apos;s Let&apos;s Encrypt add-on.</source>
        <translation>Gebruik Home Assistant Cloud (Nabu Casa), of haal een certificaat bij een openbare instantie, bijv. met de Let&apos;s Encrypt-add-on van Home Assistant.</translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation>Het certificaat van {host} is verlopen.</translation>
    </message>
    <message>
        <source>Renew it; Home Assistant&apos;s Let&apos;s Encrypt add-on renews automatically, and Home Assistant Cloud (Nabu Casa) needs no certificate of your own.</source>
        <translation>Vernieuw het; de Let&apos;s Encrypt-add-on van Home Assistant vernieuwt automatisch, en Home Assistant Cloud (Nabu Casa) heeft geen eigen certificaat nodig.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>Het certificaat van {host} is nog niet geldig.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time, or wait until the certificate&apos;s start date.</source>
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
        <source>Use the domain name the certificate was issued for, or get a certificate that includes {host} (the Let&apos;s Encrypt add-on&apos;s &apos;domains&apos; option).</source>
        <translation>Gebruik de domeinnaam waarvoor het certificaat is uitgegeven, of haal een certificaat dat {host} omvat (de optie ‘domains’ van de Let&apos;s Encrypt-add-on).</translation>
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
        <source>Check the spelling, and that the domain&apos;s DNS record (A or AAAA) points at the public address of your Home Assistant.</source>
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
        <source>The server&apos;s answer is not HTTP ({why}).</source>
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
        <translation>Withings accepteert alleen https-callback-URL&apos;s (deze is {what}).</translation>
    </message>
    <message>
        <source>not a full web address</source>
        <translation>geen volledig webadres</translation>
    </message>
    <message>
        <source>Reach Home Assistant over https: Home Assistant Cloud (Nabu Casa), or a certificate for your domain (e.g. the Let&apos;s Encrypt add-on).</source>
        <translation>Bereik Home Assistant via https: Home Assistant Cloud (Nabu Casa), of een certificaat voor je domein (bijv. de Let&apos;s Encrypt-add-on).</translation>
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
        <source>Remove the &apos;user:password@&apos; part: Withings refuses credentials in the URL.</source>
        <translation>Verwijder het deel ‘user:password@’: Withings weigert inloggegevens in de URL.</translation>
    </message>
    <message>
        <source>no query or fragment</source>
        <translation>geen query of fragment</translation>
    </message>
    <message>
        <source>No &apos;?…&apos; or &apos;#…&apos; part.</source>
        <translation>Geen deel ‘?…’ of ‘#…’.</translation>
    </message>
    <message>
        <source>Remove the &apos;?…&apos; or &apos;#…&apos; part: Withings compares the URL exactly and adds its own query.</source>
        <translation>Verwijder het deel ‘?…’ of ‘#…’: Withings vergelijkt de URL precies en voegt een eigen query toe.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s callback path</source>
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
        <source>{host!r} is not a valid domain name (letters, digits and &apos;-&apos; between dots).</source>
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
    <name>core.catalog</name>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <source>Fat-free mass</source>
        <translation>Vetvrije massa</translation>
    </message>
    <message>
        <source>Fat ratio</source>
        <translation>Vetpercentage</translation>
    </message>
    <message>
        <source>Fat mass</source>
        <translation>Vetmassa</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Diastolische bloeddruk</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Systolische bloeddruk</translation>
    </message>
    <message>
        <source>Heart pulse</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatuur</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>Lichaamstemperatuur</translation>
    </message>
    <message>
        <source>Skin temperature</source>
        <translation>Huidtemperatuur</translation>
    </message>
    <message>
        <source>Muscle mass</source>
        <translation>Spiermassa</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Hydratatie</translation>
    </message>
    <message>
        <source>Bone mass</source>
        <translation>Botmassa</translation>
    </message>
    <message>
        <source>Pulse wave velocity</source>
        <translation>Polsgolfsnelheid</translation>
    </message>
    <message>
        <source>VO2 max</source>
        <translation>VO2 max</translation>
    </message>
    <message>
        <source>Vascular age</source>
        <translation>Vasculaire leeftijd</translation>
    </message>
    <message>
        <source>Extracellular water</source>
        <translation>Extracellulair water</translation>
    </message>
    <message>
        <source>Intracellular water</source>
        <translation>Intracellulair water</translation>
    </message>
    <message>
        <source>Visceral fat</source>
        <translation>Visceraal vet</translation>
    </message>
    <message>
        <source>Basal metabolic rate</source>
        <translation>Basaal metabolisme</translation>
    </message>
    <message>
        <source>Metabolic age</source>
        <translation>Metabole leeftijd</translation>
    </message>
    <message>
        <source>Electrodermal activity feet</source>
        <translation>Elektrodermale activiteit voeten</translation>
    </message>
    <message>
        <source>Electrodermal activity left foot</source>
        <translation>Elektrodermale activiteit linkervoet</translation>
    </message>
    <message>
        <source>Electrodermal activity right foot</source>
        <translation>Elektrodermale activiteit rechtervoet</translation>
    </message>
    <message>
        <source>Electrochemical skin conductance</source>
        <translation>Elektrochemische huidgeleiding</translation>
    </message>
    <message>
        <source>Nerve health score feet</source>
        <translation>Zenuwgezondheidsscore voeten</translation>
    </message>
    <message>
        <source>Nerve health score left foot</source>
        <translation>Zenuwgezondheidsscore linkervoet</translation>
    </message>
    <message>
        <source>Nerve health score right foot</source>
        <translation>Zenuwgezondheidsscore rechtervoet</translation>
    </message>
    <message>
        <source>torso</source>
        <translation>romp</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>linkerarm</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>rechterarm</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkerbeen</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechterbeen</translation>
    </message>
    <message>
        <source>{measure} {segment}</source>
        <translation>{measure} {segment}</translation>
    </message>
    <message>
        <source>Deep sleep</source>
        <translation>Diepe slaap</translation>
    </message>
    <message>
        <source>Light sleep</source>
        <translation>Lichte slaap</translation>
    </message>
    <message>
        <source>REM sleep</source>
        <translation>REM-slaap</translation>
    </message>
    <message>
        <source>Awake during sleep</source>
        <translation>Wakker tijdens slaap</translation>
    </message>
    <message>
        <source>Time to sleep</source>
        <translation>Tijd tot inslapen</translation>
    </message>
    <message>
        <source>Time to wake up</source>
        <translation>Tijd tot opstaan</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Totale slaap</translation>
    </message>
    <message>
        <source>Wake-ups</source>
        <translation>Keren wakker</translation>
    </message>
    <message>
        <source>Sleep heart rate average</source>
        <translation>Gemiddelde hartslag tijdens slaap</translation>
    </message>
    <message>
        <source>Sleep heart rate minimum</source>
        <translation>Minimale hartslag tijdens slaap</translation>
    </message>
    <message>
        <source>Sleep heart rate maximum</source>
        <translation>Maximale hartslag tijdens slaap</translation>
    </message>
    <message>
        <source>Sleep breathing rate average</source>
        <translation>Gemiddelde ademhaling tijdens slaap</translation>
    </message>
    <message>
        <source>Sleep breathing rate minimum</source>
        <translation>Minimale ademhaling tijdens slaap</translation>
    </message>
    <message>
        <source>Sleep breathing rate maximum</source>
        <translation>Maximale ademhaling tijdens slaap</translation>
    </message>
    <message>
        <source>Sleep score</source>
        <translation>Slaapscore</translation>
    </message>
    <message>
        <source>Snoring</source>
        <translation>Snurken</translation>
    </message>
    <message>
        <source>Snoring episodes</source>
        <translation>Snurkepisodes</translation>
    </message>
    <message>
        <source>Breathing disturbances</source>
        <translation>Ademhalingsstoornissen</translation>
    </message>
    <message>
        <source>Steps today</source>
        <translation>Stappen vandaag</translation>
    </message>
    <message>
        <source>Distance today</source>
        <translation>Afstand vandaag</translation>
    </message>
    <message>
        <source>Elevation today</source>
        <translation>Hoogteverschil vandaag</translation>
    </message>
    <message>
        <source>Active time today</source>
        <translation>Actieve tijd vandaag</translation>
    </message>
    <message>
        <source>Light activity today</source>
        <translation>Lichte activiteit vandaag</translation>
    </message>
    <message>
        <source>Moderate activity today</source>
        <translation>Matige activiteit vandaag</translation>
    </message>
    <message>
        <source>Intense activity today</source>
        <translation>Intensieve activiteit vandaag</translation>
    </message>
    <message>
        <source>Active calories today</source>
        <translation>Actieve calorieën vandaag</translation>
    </message>
    <message>
        <source>Total calories today</source>
        <translation>Totale calorieën vandaag</translation>
    </message>
    <message>
        <source>Step goal</source>
        <translation>Stappendoel</translation>
    </message>
    <message>
        <source>Sleep goal</source>
        <translation>Slaapdoel</translation>
    </message>
    <message>
        <source>Weight goal</source>
        <translation>Gewichtsdoel</translation>
    </message>
    <message>
        <source>Last workout type</source>
        <translation>Type laatste training</translation>
    </message>
    <message>
        <source>Last workout active calories</source>
        <translation>Actieve calorieën laatste training</translation>
    </message>
    <message>
        <source>Last workout distance</source>
        <translation>Afstand laatste training</translation>
    </message>
    <message>
        <source>Last workout elevation</source>
        <translation>Hoogteverschil laatste training</translation>
    </message>
    <message>
        <source>Last workout intensity</source>
        <translation>Intensiteit laatste training</translation>
    </message>
    <message>
        <source>Last workout pause</source>
        <translation>Pauze laatste training</translation>
    </message>
    <message>
        <source>Last workout duration</source>
        <translation>Duur laatste training</translation>
    </message>
    <message>
        <source>Last ECG classification</source>
        <translation>Classificatie laatste ECG</translation>
    </message>
    <message>
        <source>Last ECG</source>
        <translation>Laatste ECG</translation>
    </message>
    <message>
        <source>{model} battery</source>
        <translation>Batterij {model}</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Slaap</translation>
    </message>
    <message>
        <source>Activity (steps, calories)</source>
        <translation>Activiteit (stappen, calorieën)</translation>
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
        <translation>JSON-object verwacht, {kind} gevonden</translation>
    </message>
    <message>
        <source>written by another version of withings-gui (config version {version}, this one reads {supported})</source>
        <translation>geschreven door een andere versie van withings-gui (configuratieversie {version}, deze leest {supported})</translation>
    </message>
    <message>
        <source>profiles must be an object of profile objects, e.g. {example}</source>
        <translation>profiles moet een object met profielobjecten zijn, bijv. {example}</translation>
    </message>
    <message>
        <source>unexpected content in profile {profile} (unknown setting {setting})</source>
        <translation>onverwachte inhoud in profiel {profile} (onbekende instelling {setting})</translation>
    </message>
    <message>
        <source>profile {profile} has no slug</source>
        <translation>profiel {profile} heeft geen slug</translation>
    </message>
    <message>
        <source>profiles must be an object</source>
        <translation>profiles moet een object zijn</translation>
    </message>
    <message>
        <source>push_webhook_id must be 16 to 64 letters, digits, &apos;-&apos; or &apos;_&apos; (remove it to get a new one)</source>
        <translation>push_webhook_id moet uit 16 tot 64 letters, cijfers, &apos;-&apos; of &apos;_&apos; bestaan (verwijder het om een nieuwe te krijgen)</translation>
    </message>
    <message>
        <source>interval_minutes must be a whole number from {low} to {high}</source>
        <translation>interval_minutes moet een geheel getal van {low} tot {high} zijn</translation>
    </message>
    <message>
        <source>language must be one of {languages} or &quot;&quot; (the system&apos;s)</source>
        <translation>language moet een van {languages} zijn of &quot;&quot; (die van het systeem)</translation>
    </message>
    <message>
        <source>profile {profile}: not a valid profile slug (lowercase letters, digits and &apos;_&apos;, starting with a letter, e.g. alice or bob_smith)</source>
        <translation>profiel {profile}: geen geldige profielslug (kleine letters, cijfers en &apos;_&apos;, beginnend met een letter, bijv. alice of bob_smith)</translation>
    </message>
    <message>
        <source>profile {profile}: {problem}</source>
        <translation>profiel {profile}: {problem}</translation>
    </message>
    <message>
        <source>profile {profile}: unit must be one of {units}</source>
        <translation>profiel {profile}: unit moet een van {units} zijn</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} moet tekst zijn</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>{name} moet true of false zijn</translation>
    </message>
    <message>
        <source>{name} must be a whole number</source>
        <translation>{name} moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>is not UTF-8 text; fix or remove the file</source>
        <translation>is geen UTF-8-tekst; herstel of verwijder het bestand</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column}); fix or remove the file</source>
        <translation>is geen geldige JSON (regel {line}, kolom {column}); herstel of verwijder het bestand</translation>
    </message>
    <message>
        <source>is nested too deeply to be settings; fix or remove the file</source>
        <translation>is te diep genest om instellingen te zijn; herstel of verwijder het bestand</translation>
    </message>
    <message>
        <source>holds a number too long to read; fix or remove the file</source>
        <translation>bevat een getal dat te lang is om te lezen; herstel of verwijder het bestand</translation>
    </message>
    <message>
        <source>could not be saved ({reason}); the previous settings are unchanged</source>
        <translation>kon niet worden opgeslagen ({reason}); de vorige instellingen zijn ongewijzigd</translation>
    </message>
    <message>
        <source>is locked by another process</source>
        <translation>is vergrendeld door een ander proces</translation>
    </message>
    <message>
        <source>could not be locked for saving ({reason}); the settings are unchanged</source>
        <translation>kon niet worden vergrendeld om op te slaan ({reason}); de instellingen zijn ongewijzigd</translation>
    </message>
</context>
<context>
    <name>core.database</name>
    <message>
        <source>The history database {file} is damaged or belongs to another program ({reason}). Move it aside (rename it) and start again: a new one is made and the history is downloaded again from Withings.</source>
        <translation>De geschiedenisdatabase {file} is beschadigd of hoort bij een ander programma ({reason}). Hernoem haar en begin opnieuw: er wordt een nieuwe gemaakt en de geschiedenis opnieuw van Withings gedownload.</translation>
    </message>
    <message>
        <source>The history database {file} could not be written ({reason}). Check that the disk is not full and the folder is writable; nothing was lost.</source>
        <translation>De geschiedenisdatabase {file} kon niet worden geschreven ({reason}). Controleer of de schijf niet vol is en de map beschrijfbaar; er ging niets verloren.</translation>
    </message>
    <message>
        <source>The history database {file} was written by a newer withings-gui (schema {version}); update this one, or move the file aside to start a new history (it is downloaded again from Withings).</source>
        <translation>De geschiedenisdatabase {file} is geschreven door een nieuwere withings-gui (schema {version}); werk deze bij, of hernoem het bestand om een nieuwe geschiedenis te beginnen (die wordt opnieuw van Withings gedownload).</translation>
    </message>
</context>
<context>
    <name>core.dates</name>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>(datum onbekend)</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>core.doctor</name>
    <message>
        <source>Settings read from {file}</source>
        <translation>Instellingen gelezen uit {file}</translation>
    </message>
    <message>
        <source>Withings app and profiles are set up</source>
        <translation>Withings-app en profielen zijn ingesteld</translation>
    </message>
    <message>
        <source>Nothing configured yet: run `withings-gui setup`</source>
        <translation>Nog niets ingesteld: voer `withings-gui setup` uit</translation>
    </message>
    <message>
        <source>Secrets are kept in {backend}</source>
        <translation>Geheimen worden bewaard in {backend}</translation>
    </message>
    <message>
        <source>History readable in {file}</source>
        <translation>Geschiedenis leesbaar in {file}</translation>
    </message>
    <message>
        <source>No Home Assistant configured</source>
        <translation>Geen Home Assistant ingesteld</translation>
    </message>
    <message>
        <source>No Home Assistant token saved; run setup again</source>
        <translation>Geen Home Assistant-token opgeslagen; voer de installatie opnieuw uit</translation>
    </message>
    <message>
        <source>Home Assistant {version} ({location}) accepts the token</source>
        <translation>Home Assistant {version} ({location}) accepteert het token</translation>
    </message>
    <message>
        <source>Home Assistant holds every sensor this app registered there</source>
        <translation>Home Assistant heeft elke sensor die deze app er registreerde</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved</source>
        <translation>Het Withings Consumer Secret is niet opgeslagen</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; is not logged in to Withings: run `withings-gui login --profile {profile}`</source>
        <translation>Profiel &apos;{profile}&apos; is niet ingelogd bij Withings: voer `withings-gui login --profile {profile}` uit</translation>
    </message>
    <message>
        <source>Withings login of &apos;{profile}&apos; works (1 device)</source>
        <translation>De Withings-login van &apos;{profile}&apos; werkt (1 apparaat)</translation>
    </message>
    <message>
        <source>Withings login of &apos;{profile}&apos; works ({count} devices)</source>
        <translation>De Withings-login van &apos;{profile}&apos; werkt ({count} apparaten)</translation>
    </message>
    <message>
        <source>Not checked: {why}</source>
        <translation>Niet gecontroleerd: {why}</translation>
    </message>
    <message>
        <source>No devices of &apos;{profile}&apos; known yet: after a sync, this tells which measures they could give but did not send</source>
        <translation>Nog geen apparaten van &apos;{profile}&apos; bekend: na een synchronisatie staat hier welke metingen ze konden geven maar niet stuurden</translation>
    </message>
    <message>
        <source>Every measure the devices of this account give has arrived</source>
        <translation>Elke meting die de apparaten van dit account geven is binnengekomen</translation>
    </message>
</context>
<context>
    <name>core.hass</name>
    <message>
        <source>Home Assistant refused the access token (401): it is wrong or was revoked. Create a new long-lived access token in Home Assistant under your profile → Security → Long-lived access tokens, and enter it here.</source>
        <translation>Home Assistant weigerde het toegangstoken (401): het is fout of ingetrokken. Maak in Home Assistant een nieuw langdurig toegangstoken aan onder je profiel → Beveiliging → Langdurige toegangstokens, en vul het hier in.</translation>
    </message>
    <message>
        <source>Home Assistant refused this request (403): the token must belong to an administrator, and this computer must not be banned (ip_bans.yaml) after failed logins.</source>
        <translation>Home Assistant weigerde dit verzoek (403): het token moet van een beheerder zijn, en deze computer mag na mislukte logins niet geblokkeerd zijn (ip_bans.yaml).</translation>
    </message>
    <message>
        <source>The secure connection to {url} failed: {reason}.</source>
        <translation>De beveiligde verbinding met {url} is mislukt: {reason}.</translation>
    </message>
    <message>
        <source>Use the address your certificate was issued for, or http:// with the local address on your home network.</source>
        <translation>Gebruik het adres waarvoor je certificaat is uitgegeven, of http:// met het lokale adres in je thuisnetwerk.</translation>
    </message>
    <message>
        <source>The name in {url} could not be found (DNS). Check the spelling, or use the IP address of your Home Assistant.</source>
        <translation>De naam in {url} is niet gevonden (DNS). Controleer de spelling, of gebruik het IP-adres van je Home Assistant.</translation>
    </message>
    <message>
        <source>Nothing answers at {url} (connection refused). Is Home Assistant running, and is the port right (usually 8123)?</source>
        <translation>Niets antwoordt op {url} (verbinding geweigerd). Draait Home Assistant, en klopt de poort (meestal 8123)?</translation>
    </message>
    <message>
        <source>{url} broke off its answer halfway; values wait and are sent when Home Assistant answers normally.</source>
        <translation>{url} brak zijn antwoord halverwege af; de waarden wachten en worden verstuurd zodra Home Assistant weer normaal antwoordt.</translation>
    </message>
    <message>
        <source>{url} did not answer in time. Check the address and that this computer can reach Home Assistant.</source>
        <translation>{url} antwoordde niet op tijd. Controleer het adres en of deze computer Home Assistant bereikt.</translation>
    </message>
    <message>
        <source>Could not talk to {url} ({error}); check that Home Assistant is running and reachable from this computer.</source>
        <translation>Kon niet met {url} praten ({error}); controleer of Home Assistant draait en vanaf deze computer bereikbaar is.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is {fingerprint}.</source>
        <translation>De SHA-256-vingerafdruk is {fingerprint}.</translation>
    </message>
    <message>
        <source>If it is your Home Assistant&apos;s own certificate (compare the fingerprint), choose its file with “Trust certificate file…” or `withings-gui configure --ha-ca-file FILE`; or use http:// with the local address.</source>
        <translation>Als het het eigen certificaat van je Home Assistant is (vergelijk de vingerafdruk), kies het bestand met „Certificaatbestand vertrouwen…” of `withings-gui configure --ha-ca-file BESTAND`; of gebruik http:// met het lokale adres.</translation>
    </message>
    <message>
        <source>its certificate has expired</source>
        <translation>het certificaat is verlopen</translation>
    </message>
    <message>
        <source>its certificate is for another name</source>
        <translation>het certificaat is voor een andere naam</translation>
    </message>
    <message>
        <source>its certificate is self-signed, so not trusted</source>
        <translation>het certificaat is zelfondertekend, dus niet vertrouwd</translation>
    </message>
    <message>
        <source>it does not speak https on that port (try http://)</source>
        <translation>het spreekt geen https op die poort (probeer http://)</translation>
    </message>
    <message>
        <source>its certificate is not issued by a known authority, so not trusted</source>
        <translation>het certificaat is niet uitgegeven door een bekende instantie, dus niet vertrouwd</translation>
    </message>
    <message>
        <source>Home Assistant no longer has this app&apos;s registration (the Mobile App entry &quot;Withings&quot; was deleted), so it shows none of its sensors; the next sync (`withings-gui sync --once`) registers them again.</source>
        <translation>Home Assistant heeft de registratie van deze app niet meer (de Mobile App-vermelding „Withings” is verwijderd) en toont dus geen van zijn sensoren; de volgende synchronisatie (`withings-gui sync --once`) registreert ze opnieuw.</translation>
    </message>
    <message>
        <source>{count} sensor(s) were deleted in Home Assistant ({entities}); the next sync (`withings-gui sync --once`) registers them again.</source>
        <translation>{count} sensor(en) verwijderd in Home Assistant ({entities}); de volgende synchronisatie (`withings-gui sync --once`) registreert ze opnieuw.</translation>
    </message>
    <message>
        <source>Home Assistant rejected the sensor {entity}: it refused the registration (its log says why).</source>
        <translation>Home Assistant weigerde de sensor {entity}: de registratie werd geweigerd (het logboek zegt waarom).</translation>
    </message>
    <message>
        <source>Home Assistant does not keep the sensor {entity} registered.</source>
        <translation>Home Assistant houdt de sensor {entity} niet geregistreerd.</translation>
    </message>
    <message>
        <source>Home Assistant refused a value of {entity} ({reason}).</source>
        <translation>Home Assistant weigerde een waarde van {entity} ({reason}).</translation>
    </message>
    <message>
        <source>Home Assistant did not confirm {entities}; the values wait and are sent again next time.</source>
        <translation>Home Assistant bevestigde {entities} niet; de waarden wachten en worden de volgende keer opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>{url} did not finish answering within {seconds} s (it answers too slowly). Values wait and are sent when it answers normally.</source>
        <translation>{url} rondde zijn antwoord niet af binnen {seconds} s (het antwoordt te traag). De waarden wachten en worden verstuurd zodra het normaal antwoordt.</translation>
    </message>
    <message>
        <source>{url} answered, but /api/{path} does not exist there: this is not Home Assistant (or its api: integration is off). Enter the address you open Home Assistant with.</source>
        <translation>{url} antwoordde, maar /api/{path} bestaat daar niet: dit is geen Home Assistant (of de api:-integratie staat uit). Vul het adres in waarmee je Home Assistant opent.</translation>
    </message>
    <message>
        <source>{url} did not answer within {seconds} s. Check the address and that this computer can reach Home Assistant.</source>
        <translation>{url} antwoordde niet binnen {seconds} s. Controleer het adres en of deze computer Home Assistant bereikt.</translation>
    </message>
    <message>
        <source>{url} answered with something that is not Home Assistant&apos;s API. Enter the address you open Home Assistant with.</source>
        <translation>{url} antwoordde met iets dat niet de API van Home Assistant is. Vul het adres in waarmee je Home Assistant opent.</translation>
    </message>
    <message>
        <source>{url} answered, but not like Home Assistant.</source>
        <translation>{url} antwoordde, maar niet zoals Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant is not ready ({state}); values wait and are sent when it is.</source>
        <translation>Home Assistant is niet klaar ({state}); de waarden wachten en worden verstuurd zodra het klaar is.</translation>
    </message>
    <message>
        <source>{url} answered 404: this is not Home Assistant&apos;s API.</source>
        <translation>{url} antwoordde 404: dit is niet de API van Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant answered HTTP {status}: it is starting, restarting or in trouble. Values wait and are sent when it answers again.</source>
        <translation>Home Assistant antwoordde HTTP {status}: het start, herstart of heeft problemen. De waarden wachten en worden verstuurd zodra het weer antwoordt.</translation>
    </message>
    <message>
        <source>Home Assistant answered unexpectedly (HTTP {status}).</source>
        <translation>Home Assistant antwoordde onverwacht (HTTP {status}).</translation>
    </message>
    <message>
        <source>{url} answered its websocket, but not like Home Assistant.</source>
        <translation>{url} antwoordde op zijn websocket, maar niet zoals Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant answered HTTP {status} on its websocket: it is starting, restarting or in trouble.</source>
        <translation>Home Assistant antwoordde HTTP {status} op zijn websocket: het start, herstart of heeft problemen.</translation>
    </message>
</context>
<context>
    <name>core.hass.naming</name>
    <message>
        <source>Profile {profile} cannot be used: its entity {entity} would be the same as one of profile {other}; choose another name.</source>
        <translation>Profiel {profile} kan niet worden gebruikt: de entiteit {entity} zou dezelfde zijn als een van profiel {other}; kies een andere naam.</translation>
    </message>
</context>
<context>
    <name>core.login</name>
    <message>
        <source>The profile {profile} already belongs to another Withings account (user {owner}); this login was made with Withings user {userid}</source>
        <translation>Het profiel {profile} hoort al bij een ander Withings-account (gebruiker {owner}); deze aanmelding is gedaan met Withings-gebruiker {userid}</translation>
    </message>
    <message>
        <source>The Withings Client Id and callback URL are not configured; run `withings-gui configure` or the setup wizard first.</source>
        <translation>De Client Id en callback-URL van Withings zijn niet ingesteld; voer eerst `withings-gui configure` of de installatiewizard uit.</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved; run `withings-gui configure` or the setup wizard again.</source>
        <translation>Het Consumer Secret van Withings is niet opgeslagen; voer `withings-gui configure` of de installatiewizard opnieuw uit.</translation>
    </message>
    <message>
        <source>{conflict}. Nothing was changed.</source>
        <translation>{conflict}. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>core.messages</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} of {last}</translation>
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
        <translation>de zenuwgezondheidsscore wordt misschien niet in elk land aangeboden (Withings maakt niet bekend waar)</translation>
    </message>
    <message>
        <source>Withings offers pulse wave velocity only in some countries (withdrawn in 2018, back in Europe first in 2019)</source>
        <translation>Withings biedt de polsgolfsnelheid alleen in sommige landen aan (in 2018 ingetrokken, in 2019 eerst in Europa terug)</translation>
    </message>
    <message>
        <source>Withings offers vascular age only in some countries, like pulse wave velocity</source>
        <translation>Withings biedt de vasculaire leeftijd alleen in sommige landen aan, net als de polsgolfsnelheid</translation>
    </message>
    <message>
        <source>{measures}: nothing has arrived from your {devices} yet (a first sync, or a device not used since it was added).</source>
        <translation>{measures}: van je {devices} is nog niets binnengekomen (een eerste synchronisatie, of een apparaat dat sinds het toevoegen niet is gebruikt).</translation>
    </message>
    <message>
        <source>No device on this account measures {measures}.</source>
        <translation>Geen apparaat op dit account meet: {measures}.</translation>
    </message>
    <message>
        <source>{measure}: not sent for {days} (the last on {date}); is your {devices} still in use?</source>
        <translation>{measure}: al {days} niet verstuurd (de laatste op {date}); is je {devices} nog in gebruik?</translation>
    </message>
    <message>
        <source>{measure}: your {devices} sent {count} readings, none with it. It is most likely hidden in the Withings app (Withings then leaves it out of what apps receive too): show it there again; or {limit}.</source>
        <translation>{measure}: je {devices} stuurde {count} metingen, geen ervan met deze waarde. Die is waarschijnlijk verborgen in de Withings-app (Withings laat hem dan ook weg uit wat apps ontvangen): toon hem daar weer; of {limit}.</translation>
    </message>
    <message>
        <source>{measure}: your {devices} sent {count} readings, none with it. It is most likely hidden in the Withings app (Withings then leaves it out of what apps receive too): show it there again.</source>
        <translation>{measure}: je {devices} stuurde {count} metingen, geen ervan met deze waarde. Die is waarschijnlijk verborgen in de Withings-app (Withings laat hem dan ook weg uit wat apps ontvangen): toon hem daar weer.</translation>
    </message>
    <message>
        <source>{measure}: not sent for {days} (the last on {date}) while your {devices} sent {count} readings without it: it may have been hidden in the Withings app since.</source>
        <translation>{measure}: al {days} niet verstuurd (de laatste op {date}) terwijl je {devices} {count} metingen zonder deze waarde stuurde: misschien is hij sindsdien verborgen in de Withings-app.</translation>
    </message>
    <message>
        <source>1 weigh-in (on {date}) waits to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} is among them.</source>
        <translation>1 weging (op {date}) wacht om in de Withings-app aan een persoon te worden toegewezen; tot dan stuurt Withings haar niet als de jouwe, en de nieuwste waarde voor {measures} zit erbij.</translation>
    </message>
    <message>
        <source>1 weigh-in (on {date}) waits to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} are among them.</source>
        <translation>1 weging (op {date}) wacht om in de Withings-app aan een persoon te worden toegewezen; tot dan stuurt Withings haar niet als de jouwe, en de nieuwste waarden voor {measures} zitten erbij.</translation>
    </message>
    <message>
        <source>{count} weigh-ins (the newest on {date}) wait to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} is among them.</source>
        <translation>{count} wegingen (de nieuwste op {date}) wachten om in de Withings-app aan een persoon te worden toegewezen; tot dan stuurt Withings ze niet als de jouwe, en de nieuwste waarde voor {measures} zit erbij.</translation>
    </message>
    <message>
        <source>{count} weigh-ins (the newest on {date}) wait to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} are among them.</source>
        <translation>{count} wegingen (de nieuwste op {date}) wachten om in de Withings-app aan een persoon te worden toegewezen; tot dan stuurt Withings ze niet als de jouwe, en de nieuwste waarden voor {measures} zitten erbij.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dagen</translation>
    </message>
</context>
<context>
    <name>core.paths</name>
    <message>
        <source>files</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <source>lock files</source>
        <translation>vergrendelingsbestanden</translation>
    </message>
    <message>
        <source>log files</source>
        <translation>logbestanden</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder, but withings-gui keeps its {what} in a folder of that name: move or delete that file and start again.</source>
        <translation>{folder} is een bestand, geen map, maar withings-gui bewaart zijn {what} in een map met die naam: verplaats of verwijder dat bestand en start opnieuw.</translation>
    </message>
    <message>
        <source>The folder {folder} for withings-gui&apos;s {what} could not be created ({reason}): check that its parent folder exists, is a folder and is writable, or choose another folder with --config-dir.</source>
        <translation>De map {folder} voor de {what} van withings-gui kon niet worden gemaakt ({reason}): controleer of de bovenliggende map bestaat, een map is en beschrijfbaar is, of kies een andere map met --config-dir.</translation>
    </message>
</context>
<context>
    <name>core.profile_slug</name>
    <message>
        <source>Enter the person&apos;s name, for example Alice.</source>
        <translation>Voer de naam van de persoon in, bijvoorbeeld Alice.</translation>
    </message>
    <message>
        <source>{char} has no plain Latin spelling that Home Assistant and this app would agree on; type the name in Latin letters (for example oyvind for Øyvind).</source>
        <translation>{char} heeft geen eenvoudige Latijnse spelling waarover Home Assistant en deze app het eens zouden zijn; typ de naam in Latijnse letters (bijvoorbeeld oyvind voor Øyvind).</translation>
    </message>
    <message>
        <source>{name} has no Latin letters or digits to build an entity id from; use a name such as alice or bob_smith.</source>
        <translation>{name} bevat geen Latijnse letters of cijfers om een entiteits-ID van te maken; gebruik een naam zoals alice of bob_smith.</translation>
    </message>
    <message>
        <source>Profile {profile} cannot be used: {problem}.</source>
        <translation>Profiel {profile} kan niet worden gebruikt: {problem}.</translation>
    </message>
    <message>
        <source>it is empty; give a name in lowercase letters, for example alice or bob_smith</source>
        <translation>het is leeg; geef een naam in kleine letters, bijvoorbeeld alice of bob_smith</translation>
    </message>
    <message>
        <source>{char} is not a plain Latin letter and Home Assistant would rewrite it in entity ids; write it as {plain}</source>
        <translation>{char} is geen gewone Latijnse letter en Home Assistant zou die in entiteits-ID&apos;s herschrijven; schrijf het als {plain}</translation>
    </message>
    <message>
        <source>{char} is not a plain Latin letter and Home Assistant would rewrite it in entity ids; use only a–z, 0–9 and &apos;_&apos;</source>
        <translation>{char} is geen gewone Latijnse letter en Home Assistant zou die in entiteits-ID&apos;s herschrijven; gebruik alleen a–z, 0–9 en &apos;_&apos;</translation>
    </message>
    <message>
        <source>use lowercase letters only ({lower} instead)</source>
        <translation>gebruik alleen kleine letters ({lower} in plaats daarvan)</translation>
    </message>
    <message>
        <source>{char} is not allowed; use only a–z, 0–9 and &apos;_&apos;, for example alice or bob_smith</source>
        <translation>{char} is niet toegestaan; gebruik alleen a–z, 0–9 en &apos;_&apos;, bijvoorbeeld alice of bob_smith</translation>
    </message>
    <message>
        <source>it starts with &apos;_&apos;, which Home Assistant drops ({left})</source>
        <translation>het begint met &apos;_&apos;, dat Home Assistant weglaat ({left})</translation>
    </message>
    <message>
        <source>it ends with &apos;_&apos;, which Home Assistant drops ({left})</source>
        <translation>het eindigt op &apos;_&apos;, dat Home Assistant weglaat ({left})</translation>
    </message>
    <message>
        <source>it must start with a letter, for example alice or bob_smith</source>
        <translation>het moet met een letter beginnen, bijvoorbeeld alice of bob_smith</translation>
    </message>
    <message>
        <source>Home Assistant merges &apos;__&apos; into a single &apos;_&apos; ({merged})</source>
        <translation>Home Assistant voegt &apos;__&apos; samen tot één &apos;_&apos; ({merged})</translation>
    </message>
    <message>
        <source>it is {length} characters long; use at most {limit}</source>
        <translation>het is {length} tekens lang; gebruik er hoogstens {limit}</translation>
    </message>
</context>
<context>
    <name>core.push</name>
    <message>
        <source>{value} is not a notification category this app reads (give some of {known}, separated by commas)</source>
        <translation>{value} is geen meldingscategorie die deze app leest (geef enkele van {known}, gescheiden door komma&apos;s)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>gewicht</translation>
    </message>
    <message>
        <source>blood pressure</source>
        <translation>bloeddruk</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>slaap</translation>
    </message>
    <message>
        <source>ECG</source>
        <translation>ECG</translation>
    </message>
    <message>
        <source>subscribed to Withings notifications ({categories})</source>
        <translation>geabonneerd op Withings-meldingen ({categories})</translation>
    </message>
    <message>
        <source>Withings notifications were already subscribed</source>
        <translation>Withings-meldingen waren al geabonneerd</translation>
    </message>
    <message>
        <source>push is not set up, so there are no Withings notifications to remove</source>
        <translation>push is niet ingesteld, dus er zijn geen Withings-meldingen om te verwijderen</translation>
    </message>
    <message>
        <source>not logged in, so its Withings notifications could not be removed</source>
        <translation>niet aangemeld, dus de Withings-meldingen konden niet worden verwijderd</translation>
    </message>
    <message>
        <source>its Withings notifications could not be removed: {problem}</source>
        <translation>de Withings-meldingen konden niet worden verwijderd: {problem}</translation>
    </message>
    <message>
        <source>it had no Withings notifications of this app</source>
        <translation>het had geen Withings-meldingen van deze app</translation>
    </message>
    <message>
        <source>removed its Withings notifications ({categories})</source>
        <translation>de Withings-meldingen verwijderd ({categories})</translation>
    </message>
    <message>
        <source>not logged in to Withings</source>
        <translation>niet aangemeld bij Withings</translation>
    </message>
    <message>
        <source>Withings notifications subscribed</source>
        <translation>Withings-meldingen geabonneerd</translation>
    </message>
    <message>
        <source>Withings notifications not subscribed (the last check failed)</source>
        <translation>Withings-meldingen niet geabonneerd (de laatste controle mislukte)</translation>
    </message>
    <message>
        <source>category {number}</source>
        <translation>categorie {number}</translation>
    </message>
</context>
<context>
    <name>core.secrets</name>
    <message>
        <source>No system keyring is available, so secrets are stored in {file} (readable only by you). Install and unlock a keyring such as GNOME Keyring or KWallet to keep them encrypted.</source>
        <translation>Er is geen systeemsleutelbos beschikbaar, dus geheimen worden opgeslagen in {file} (alleen door jou leesbaar). Installeer en ontgrendel een sleutelbos zoals GNOME Keyring of KWallet om ze versleuteld te bewaren.</translation>
    </message>
    <message>
        <source>The keyring refused to store a secret</source>
        <translation>De sleutelhanger weigerde een geheim op te slaan</translation>
    </message>
    <message>
        <source>The keyring could not be read</source>
        <translation>De sleutelhanger kon niet worden gelezen</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); free some disk space or make the folder writable, then try again.</source>
        <translation>{file} kon niet worden geschreven ({reason}); maak schijfruimte vrij of maak de map beschrijfbaar en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>{failure} ({reason}).</source>
        <translation>{failure} ({reason}).</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}); fix or remove it and log in again.</source>
        <translation>{file} kan niet worden gelezen ({reason}); herstel of verwijder het en log opnieuw in.</translation>
    </message>
    <message>
        <source>{file} is not a secrets file; remove it and log in again.</source>
        <translation>{file} is geen geheimenbestand; verwijder het en log opnieuw in.</translation>
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
        <translation>de lijst met voltooide pagina&apos;s is geen lijst met paginanamen</translation>
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
<context>
    <name>core.sync</name>
    <message>
        <source>Workouts</source>
        <translation>Trainingen</translation>
    </message>
    <message>
        <source>ECG results</source>
        <translation>ECG-resultaten</translation>
    </message>
    <message>
        <source>More data is waiting at Withings: the app reads at most {pages} pages per pass to stay within Withings&apos; request limit, and goes on in the next pass.</source>
        <translation>Er wachten meer gegevens bij Withings: de app leest hoogstens {pages} pagina&apos;s per ronde om binnen de verzoeklimiet van Withings te blijven, en gaat in de volgende ronde verder.</translation>
    </message>
    <message>
        <source>No profile &apos;{profile}&apos;; configured: {profiles}</source>
        <translation>Geen profiel &apos;{profile}&apos;; ingesteld: {profiles}</translation>
    </message>
    <message>
        <source>Withings no longer accepts this login; re-authorize from the tray menu or run `withings-gui login`.</source>
        <translation>Withings accepteert deze login niet meer; autoriseer opnieuw via het menu van het pictogram of voer `withings-gui login` uit.</translation>
    </message>
    <message>
        <source>Withings did not work on the last try; trying again in {seconds} s.</source>
        <translation>Withings werkte bij de laatste poging niet; nieuwe poging over {seconds} s.</translation>
    </message>
    <message>
        <source>Withings asked to wait; next try in {seconds} s.</source>
        <translation>Withings vroeg om te wachten; volgende poging over {seconds} s.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisatie geannuleerd.</translation>
    </message>
    <message>
        <source>{stream}: {why}</source>
        <translation>{stream}: {why}</translation>
    </message>
    <message>
        <source>No Home Assistant token is saved; run setup or `withings-gui configure` again.</source>
        <translation>Geen Home Assistant-token opgeslagen; voer de installatie of `withings-gui configure` opnieuw uit.</translation>
    </message>
    <message>
        <source>1 new measurement</source>
        <translation>1 nieuwe meting</translation>
    </message>
    <message>
        <source>{count} new measurements</source>
        <translation>{count} nieuwe metingen</translation>
    </message>
    <message>
        <source>{found}; dry run, nothing sent to Home Assistant.</source>
        <translation>{found}; proefrun, niets naar Home Assistant gestuurd.</translation>
    </message>
    <message>
        <source>{found}; Home Assistant is not configured.</source>
        <translation>{found}; Home Assistant is niet ingesteld.</translation>
    </message>
    <message>
        <source>{found}; 1 Home Assistant update.</source>
        <translation>{found}; 1 update in Home Assistant.</translation>
    </message>
    <message>
        <source>{found}; {count} Home Assistant updates.</source>
        <translation>{found}; {count} updates in Home Assistant.</translation>
    </message>
</context>
<context>
    <name>core.trend</name>
    <message>
        <source>{sign}{whole}.{tenth} {unit} in 7 days</source>
        <translation>{sign}{whole}.{tenth} {unit} in 7 dagen</translation>
    </message>
</context>
<context>
    <name>core.validation</name>
    <message>
        <source>callback URL</source>
        <translation>callback-URL</translation>
    </message>
    <message>
        <source>Home Assistant address</source>
        <translation>Home Assistant-adres</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>Client Id</source>
        <translation>Client Id</translation>
    </message>
    <message>
        <source>Consumer Secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Paste the {label} from your Withings developer app.</source>
        <translation>{label}: plak het uit je Withings-ontwikkelaarsapp.</translation>
    </message>
    <message>
        <source>The {label} contains spaces or line breaks; copy it again with the copy button on the Withings page.</source>
        <translation>{label}: bevat spaties of regeleinden; kopieer het opnieuw met de kopieerknop op de Withings-pagina.</translation>
    </message>
    <message>
        <source>The {label} may only contain the letters a–f and digits; check that you copied the right field.</source>
        <translation>{label}: mag alleen de letters a–f en cijfers bevatten; controleer of je het goede veld hebt gekopieerd.</translation>
    </message>
    <message>
        <source>A Withings {label} is {length} characters long; this one has {count}. Copy it again, whole.</source>
        <translation>{label}: bij Withings {length} tekens lang; dit heeft er {count}. Kopieer het opnieuw, helemaal.</translation>
    </message>
    <message>
        <source>Enter the address of your Home Assistant, for example http://homeassistant.local:8123.</source>
        <translation>Vul het adres van je Home Assistant in, bijvoorbeeld http://homeassistant.local:8123.</translation>
    </message>
    <message>
        <source>Use the base address only, without a page path: {address}</source>
        <translation>Gebruik alleen het basisadres, zonder paginapad: {address}</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>Vul het {what} in.</translation>
    </message>
    <message>
        <source>The {what} is {count} characters long; a web address is much shorter. Check what was pasted.</source>
        <translation>Het {what} is {count} tekens lang; een webadres is veel korter. Controleer wat er geplakt is.</translation>
    </message>
    <message>
        <source>{text} is not a web address: brackets are only for a whole IPv6 address, e.g. http://[fd00::1]:8123.</source>
        <translation>{text} is geen webadres: vierkante haken zijn alleen voor een heel IPv6-adres, bijv. http://[fd00::1]:8123.</translation>
    </message>
    <message>
        <source>{text} is not a web address: it must start with http:// or https://, for example http://homeassistant.local:8123.</source>
        <translation>{text} is geen webadres: het moet beginnen met http:// of https://, bijvoorbeeld http://homeassistant.local:8123.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the {what} (the part up to &apos;@&apos;); the app signs in with a token or secret entered separately.</source>
        <translation>Laat gebruikersnaam en wachtwoord weg uit het {what} (het deel tot &apos;@&apos;); de app meldt zich aan met een apart ingevuld token of secret.</translation>
    </message>
    <message>
        <source>The {what} ends its host name with &apos;:&apos; but gives no port; give the port (e.g. :8123) or leave the &apos;:&apos; out.</source>
        <translation>Het {what} eindigt de hostnaam met &apos;:&apos; maar geeft geen poort; geef de poort (bijv. :8123) of laat de &apos;:&apos; weg.</translation>
    </message>
    <message>
        <source>The port in {text} is not a number from 1 to 65535.</source>
        <translation>De poort in {text} is geen getal van 1 tot 65535.</translation>
    </message>
    <message>
        <source>The {what} {text} cannot work: {problem}.</source>
        <translation>Het {what} {text} kan niet werken: {problem}.</translation>
    </message>
    <message>
        <source>{host} is not an IPv6 address</source>
        <translation>{host} is geen IPv6-adres</translation>
    </message>
    <message>
        <source>it has no host name</source>
        <translation>het heeft geen hostnaam</translation>
    </message>
    <message>
        <source>{host} is not a valid IP address</source>
        <translation>{host} is geen geldig IP-adres</translation>
    </message>
    <message>
        <source>the host name contains {character}, which host names cannot have (letters, digits, &apos;-&apos; and &apos;.&apos; only)</source>
        <translation>de hostnaam bevat {character}, wat hostnamen niet kunnen hebben (alleen letters, cijfers, &apos;-&apos; en &apos;.&apos;)</translation>
    </message>
    <message>
        <source>{host} has an empty part between dots</source>
        <translation>{host} heeft een leeg deel tussen punten</translation>
    </message>
    <message>
        <source>{part} cannot be written as a DNS name</source>
        <translation>{part} kan niet als DNS-naam worden geschreven</translation>
    </message>
    <message>
        <source>the part {part} of the host name is {count} characters long; at most {limit} are allowed</source>
        <translation>het deel {part} van de hostnaam is {count} tekens lang; hoogstens {limit} zijn toegestaan</translation>
    </message>
    <message>
        <source>the part {part} of the host name starts or ends with &apos;-&apos;</source>
        <translation>het deel {part} van de hostnaam begint of eindigt met &apos;-&apos;</translation>
    </message>
    <message>
        <source>the host name is longer than {limit} characters</source>
        <translation>de hostnaam is langer dan {limit} tekens</translation>
    </message>
    <message>
        <source>The {what} contains {character} at position {position}; a web address has none. Type or paste it again on one line.</source>
        <translation>Het {what} bevat {character} op positie {position}; een webadres heeft die niet. Typ of plak het opnieuw op één regel.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>een regeleinde</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>een spatie</translation>
    </message>
    <message>
        <source>an invisible character (U+{code})</source>
        <translation>een onzichtbaar teken (U+{code})</translation>
    </message>
    <message>
        <source>Paste a long-lived access token (Home Assistant → your profile → Security → Long-lived access tokens → Create token).</source>
        <translation>Plak een langdurig toegangstoken (Home Assistant → je profiel → Beveiliging → Langdurige toegangstokens → Token aanmaken).</translation>
    </message>
    <message>
        <source>The access token contains spaces or line breaks; copy it again.</source>
        <translation>Het toegangstoken bevat spaties of regeleinden; kopieer het opnieuw.</translation>
    </message>
    <message>
        <source>That does not look like a Home Assistant long-lived access token (a long text with two dots); create one under your HA profile → Security.</source>
        <translation>Dat lijkt niet op een langdurig toegangstoken van Home Assistant (een lange tekst met twee punten); maak er een aan onder je HA-profiel → Beveiliging.</translation>
    </message>
    <message>
        <source>The sync interval must be {lowest} to {highest} minutes.</source>
        <translation>Het synchronisatie-interval moet {lowest} tot {highest} minuten zijn.</translation>
    </message>
</context>
<context>
    <name>core.withings</name>
    <message>
        <source>Withings no longer accepts the saved login; re-authorize this profile from the tray menu (Settings / Re-authorize) or with `withings-gui login`.</source>
        <translation>Withings accepteert de opgeslagen login niet meer; autoriseer dit profiel opnieuw via het menu van het pictogram (Instellingen / Opnieuw autoriseren) of met `withings-gui login`.</translation>
    </message>
    <message>
        <source>The Withings authorization code expired or was already used — codes live about 30 seconds; log in again.</source>
        <translation>De Withings-autorisatiecode is verlopen of al gebruikt — codes leven ongeveer 30 seconden; log opnieuw in.</translation>
    </message>
    <message>
        <source>Withings did not accept the Client Id or Consumer Secret; copy both again from your Withings developer dashboard and log in again.</source>
        <translation>Withings accepteerde de Client Id of het Consumer Secret niet; kopieer beide opnieuw uit je Withings-ontwikkelaarsdashboard en log opnieuw in.</translation>
    </message>
    <message>
        <source>Withings refused the callback URL: it must be exactly the Callback URI saved in your Withings developer app (same https, host, path, no extra slash).</source>
        <translation>Withings weigerde de callback-URL: die moet precies de Callback URI zijn die in je Withings-ontwikkelaarsapp is opgeslagen (zelfde https, host en pad, geen extra schuine streep).</translation>
    </message>
    <message>
        <source>(Withings said: {detail})</source>
        <translation>(Withings zei: {detail})</translation>
    </message>
    <message>
        <source>(status {status})</source>
        <translation>(status {status})</translation>
    </message>
    <message>
        <source>Withings says there were too many requests; waiting {seconds} s before trying again.</source>
        <translation>Withings meldt te veel verzoeken; {seconds} s wachten voor de volgende poging.</translation>
    </message>
    <message>
        <source>Withings does not let this login read them (status 403); log in again (Settings / Re-authorize) and allow every permission Withings asks for.</source>
        <translation>Withings laat deze login ze niet lezen (status 403); log opnieuw in (Instellingen / Opnieuw autoriseren) en sta elke toestemming toe die Withings vraagt.</translation>
    </message>
    <message>
        <source>Withings rejected the request as invalid (status 503); the app tries again later.</source>
        <translation>Withings wees het verzoek af als ongeldig (status 503); de app probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>Withings had a problem (status {status}); the app tries again later.</source>
        <translation>Withings had een probleem (status {status}); de app probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>Withings answered with status {status}.</source>
        <translation>Withings antwoordde met status {status}.</translation>
    </message>
    <message>
        <source>Withings did not answer in time (no complete answer within {seconds} s); the app tries again later.</source>
        <translation>Withings antwoordde niet op tijd (geen volledig antwoord binnen {seconds} s); de app probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>Withings did not answer in time; the app tries again later.</source>
        <translation>Withings antwoordde niet op tijd; de app probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>Could not reach Withings ({error}); check the internet connection.</source>
        <translation>Kon Withings niet bereiken ({error}); controleer de internetverbinding.</translation>
    </message>
</context>
<context>
    <name>core.withings.api</name>
    <message>
        <source>Withings said there is more data but gave no next page; the app tries again later.</source>
        <translation>Withings meldde meer gegevens maar gaf geen volgende pagina; de app probeert het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>core.withings.envelope</name>
    <message>
        <source>Withings answered HTTP {status}; the app tries again later.</source>
        <translation>Withings antwoordde met HTTP {status}; de app probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>Withings sent a reply that is not valid JSON; the app tries again later.</source>
        <translation>Withings stuurde een antwoord dat geen geldige JSON is; de app probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>Withings sent a reply without a status; the app tries again later.</source>
        <translation>Withings stuurde een antwoord zonder status; de app probeert het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>core.withings.notify</name>
    <message>
        <source>Withings refused the push address for category {category}: it did not answer Withings&apos; check (HEAD) with 200, or it is not a public https address; the app keeps polling instead.</source>
        <translation>Withings weigerde het push-adres voor categorie {category}: het beantwoordde de controle van Withings (HEAD) niet met 200, of het is geen openbaar https-adres; de app blijft in plaats daarvan regelmatig opvragen.</translation>
    </message>
</context>
<context>
    <name>core.withings.oauth</name>
    <message>
        <source>That is not the callback address: it should start with {callback}. Copy the address of the page Withings sent you to after you allowed access.</source>
        <translation>Dat is niet het callback-adres: het moet beginnen met {callback}. Kopieer het adres van de pagina waar Withings je naartoe stuurde nadat je toegang gaf.</translation>
    </message>
    <message>
        <source>Access was denied on the Withings page; log in again and choose Allow.</source>
        <translation>De toegang werd geweigerd op de Withings-pagina; meld je opnieuw aan en kies Toestaan.</translation>
    </message>
    <message>
        <source>Withings reported an error ({error}); log in again.</source>
        <translation>Withings meldde een fout ({error}); meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The login answer does not belong to this login attempt (state mismatch); start the login again and use the newest address.</source>
        <translation>Het antwoord hoort niet bij deze aanmeldpoging (state komt niet overeen); start de aanmelding opnieuw en gebruik het nieuwste adres.</translation>
    </message>
    <message>
        <source>The address has no authorization code; copy the whole address after you allowed access.</source>
        <translation>Het adres bevat geen autorisatiecode; kopieer het hele adres nadat je toegang hebt gegeven.</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>vernieuwingstoken</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>toegangstoken</translation>
    </message>
    <message>
        <source>Withings renewed the login without a usable {missing}; the saved login is kept and the app tries again later.</source>
        <translation>Withings vernieuwde de aanmelding zonder bruikbaar {missing}; de opgeslagen aanmelding blijft bewaard en de app probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>Withings answered the login without a usable {missing}; log in again in a minute.</source>
        <translation>Withings beantwoordde de aanmelding zonder bruikbaar {missing}; meld je over een minuut opnieuw aan.</translation>
    </message>
    <message>
        <source>Withings sent an unusable token reply ({kind}); try again later.</source>
        <translation>Withings stuurde een onbruikbaar tokenantwoord ({kind}); probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Withings&apos; token reply has no access or refresh token; try again later.</source>
        <translation>Het tokenantwoord van Withings bevat geen toegangs- of vernieuwingstoken; probeer het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>core.withings.tokens</name>
    <message>
        <source>Another withings-gui window is renewing the Withings login and has not finished; try again in a minute.</source>
        <translation>Een ander withings-gui-venster vernieuwt de Withings-aanmelding en is nog niet klaar; probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <source>The Withings login cannot be renewed: {folder} is not writable ({reason}); free some disk space or make the folder writable.</source>
        <translation>De Withings-aanmelding kan niet worden vernieuwd: {folder} is niet beschrijfbaar ({reason}); maak schijfruimte vrij of maak de map beschrijfbaar.</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved; run setup again (or `withings-gui configure`) and re-authorize.</source>
        <translation>Het Consumer Secret van Withings is niet opgeslagen; voer de installatie opnieuw uit (of `withings-gui configure`) en geef opnieuw toestemming.</translation>
    </message>
    <message>
        <source>The renewed Withings login could not be saved: {reason}</source>
        <translation>De vernieuwde Withings-aanmelding kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Profile {profile} is not logged in to Withings; log in from the setup wizard or with `withings-gui login`.</source>
        <translation>Profiel {profile} is niet aangemeld bij Withings; meld je aan via de installatiewizard of met `withings-gui login`.</translation>
    </message>
</context>
<context>
    <name>tray.app</name>
    <message>
        <source>Sync did not complete</source>
        <translation>Synchronisatie niet voltooid</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisatie mislukt</translation>
    </message>
    <message>
        <source>Pause not saved</source>
        <translation>Pauze niet opgeslagen</translation>
    </message>
    <message>
        <source>Settings not reloaded</source>
        <translation>Instellingen niet herladen</translation>
    </message>
</context>
<context>
    <name>tray.devices</name>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterij</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <source>No devices yet: Withings lists them after the next sync.</source>
        <translation>Nog geen apparaten: Withings toont ze na de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Niet gemeld</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Zojuist</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 minuut geleden</translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation>{count} minuten geleden</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 uur geleden</translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation>{count} uur geleden</translation>
    </message>
    <message>
        <source>Withings devices — {profile}</source>
        <translation>Withings-apparaten — {profile}</translation>
    </message>
    <message>
        <source>Reading the devices…</source>
        <translation>Apparaten worden gelezen…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Onbekend model</translation>
    </message>
    <message>
        <source>Low: charge it or change its batteries soon</source>
        <translation>Laag: laad het op of vervang de batterijen binnenkort</translation>
    </message>
    <message>
        <source>1 device, as of the last sync.</source>
        <translation>1 apparaat, volgens de laatste synchronisatie.</translation>
    </message>
    <message>
        <source>{count} devices, as of the last sync.</source>
        <translation>{count} apparaten, volgens de laatste synchronisatie.</translation>
    </message>
    <message>
        <source>The devices could not be read: {why}</source>
        <translation>De apparaten konden niet worden gelezen: {why}</translation>
    </message>
</context>
<context>
    <name>tray.fallback</name>
    <message>
        <source>This desktop has no system tray, so Withings GUI runs in this small window instead. Closing it stops syncing.</source>
        <translation>Dit bureaublad heeft geen systeemvak, daarom draait Withings GUI in dit kleine venster. Sluiten stopt het synchroniseren.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Meer…</translation>
    </message>
</context>
<context>
    <name>tray.history</name>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>No weigh-ins in the last 30 days</source>
        <translation>Geen wegingen in de laatste 30 dagen</translation>
    </message>
    <message>
        <source>No weigh-ins in the last year</source>
        <translation>Geen wegingen in het afgelopen jaar</translation>
    </message>
    <message>
        <source>No weigh-ins yet</source>
        <translation>Nog geen wegingen</translation>
    </message>
    <message>
        <source>&amp;Show last 30 days</source>
        <translation>Laatste &amp;30 dagen tonen</translation>
    </message>
    <message>
        <source>&amp;Show last year</source>
        <translation>Afgelopen &amp;jaar tonen</translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation>&amp;Alles tonen</translation>
    </message>
    <message>
        <source>Withings history — {profile}</source>
        <translation>Withings-geschiedenis — {profile}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>1 weigh-in</source>
        <translation>1 weging</translation>
    </message>
    <message>
        <source>{count} weigh-ins</source>
        <translation>{count} wegingen</translation>
    </message>
    <message>
        <source>Weigh-ins from your Withings scale show here after the next sync.</source>
        <translation>Wegingen van je Withings-weegschaal verschijnen hier na de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The latest is from {date}.</source>
        <translation>De nieuwste is van {date}.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>Kon de geschiedenis niet lezen</translation>
    </message>
    <message>
        <source>Latest: {reading}</source>
        <translation>Nieuwste: {reading}</translation>
    </message>
</context>
<context>
    <name>tray.history_chart</name>
    <message>
        <source>History chart</source>
        <translation>Geschiedenisgrafiek</translation>
    </message>
    <message>
        <source>Left and right arrows step through the points, up and down change the measure, Home and End jump to the ends</source>
        <translation>Pijltjes links en rechts lopen door de punten, omhoog en omlaag wisselen de meting, Home en End springen naar de uiteinden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mass ({unit})</source>
        <translation>Massa ({unit})</translation>
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
        <translation>withings-gui draait al in het systeemvak; het menu daar heeft alles.</translation>
    </message>
</context>
<context>
    <name>tray.listen</name>
    <message>
        <source>Home Assistant&apos;s webhook stopped.</source>
        <translation>De webhook van Home Assistant is gestopt.</translation>
    </message>
    <message>
        <source>The listener could not start: {problem}</source>
        <translation>De ontvanger kon niet starten: {problem}</translation>
    </message>
    <message>
        <source>The listener crashed: {last}</source>
        <translation>De ontvanger is gecrasht: {last}</translation>
    </message>
    <message>
        <source>The listener exited {code}: {last}</source>
        <translation>De ontvanger stopte met {code}: {last}</translation>
    </message>
    <message>
        <source>The listener crashed.</source>
        <translation>De ontvanger is gecrasht.</translation>
    </message>
    <message>
        <source>The listener exited {code}.</source>
        <translation>De ontvanger stopte met {code}.</translation>
    </message>
</context>
<context>
    <name>tray.menu</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Open &amp;Home Assistant</source>
        <translation>&amp;Home Assistant openen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Apparaten…</translation>
    </message>
    <message>
        <source>Se&amp;ttings / Re-run setup…</source>
        <translation>Instellingen / Installatie &amp;opnieuw…</translation>
    </message>
    <message>
        <source>&amp;Re-authorize…</source>
        <translation>Opnieuw a&amp;utoriseren…</translation>
    </message>
    <message>
        <source>&amp;Pause syncing</source>
        <translation>Synchroniseren &amp;pauzeren</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>&amp;Logboek tonen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>Why is a measure &amp;missing?…</source>
        <translation>Waarom ontbreekt een &amp;meting?…</translation>
    </message>
    <message>
        <source>Why is a measure missing? ({profile})…</source>
        <translation>Waarom ontbreekt een meting? ({profile})…</translation>
    </message>
</context>
<context>
    <name>tray.missing</name>
    <message>
        <source>Every measure the devices of this account give has arrived.</source>
        <translation>Elke meting die de apparaten van dit account geven is binnengekomen.</translation>
    </message>
    <message>
        <source>Why is a measure missing? — {profile}</source>
        <translation>Waarom ontbreekt een meting? — {profile}</translation>
    </message>
    <message>
        <source>Measures the devices of &apos;{profile}&apos; could give but Withings did not send, and the likely reason:</source>
        <translation>Metingen die de apparaten van &apos;{profile}&apos; konden geven maar die Withings niet stuurde, en de waarschijnlijke reden:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Geschiedenis wordt gelezen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>The history could not be read: {why}</source>
        <translation>De geschiedenis kon niet worden gelezen: {why}</translation>
    </message>
</context>
<context>
    <name>tray.notify</name>
    <message>
        <source>New weigh-in</source>
        <translation>Nieuwe weging</translation>
    </message>
    <message>
        <source>Choose Re-authorize in the tray menu. {why}</source>
        <translation>Kies Opnieuw autoriseren in het menu van het pictogram. {why}</translation>
    </message>
    <message>
        <source>Withings needs you to log in again</source>
        <translation>Withings wil dat je opnieuw inlogt</translation>
    </message>
    <message>
        <source>{devices} ({profile})</source>
        <translation>{devices} ({profile})</translation>
    </message>
    <message>
        <source>{device}: its battery is low. Charge it or change the batteries.</source>
        <translation>{device}: de batterij is bijna leeg. Laad het op of vervang de batterijen.</translation>
    </message>
    <message>
        <source>{devices}: their batteries are low. Charge them or change the batteries.</source>
        <translation>{devices}: de batterijen zijn bijna leeg. Laad ze op of vervang de batterijen.</translation>
    </message>
    <message>
        <source>Withings battery low</source>
        <translation>Withings-batterij bijna leeg</translation>
    </message>
</context>
<context>
    <name>tray.status</name>
    <message>
        <source>starting</source>
        <translation>start</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchroniseert</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>verouderd</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>needs re-authorization</source>
        <translation>opnieuw autoriseren nodig</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>{weight}, weighed {when}</source>
        <translation>{weight}, gewogen {when}</translation>
    </message>
    <message>
        <source>No weigh-in yet</source>
        <translation>Nog geen weging</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Laatste synchronisatie: {when}</translation>
    </message>
    <message>
        <source>{state}: {why}</source>
        <translation>{state}: {why}</translation>
    </message>
    <message>
        <source>No weight yet</source>
        <translation>Nog geen gewicht</translation>
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
        <translation>al {age} geen geslaagde synchronisatie</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuut</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} uur</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dagen</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} jaar</translation>
    </message>
    <message>
        <source>{profile}: {why}</source>
        <translation>{profile}: {why}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>vandaag {time}</translation>
    </message>
    <message>
        <source>{when} (ahead of this computer&apos;s clock)</source>
        <translation>{when} (voor op de klok van deze computer)</translation>
    </message>
</context>
<context>
    <name>tray.sync_mode</name>
    <message>
        <source>Checking every minute</source>
        <translation>Elke minuut controleren</translation>
    </message>
    <message>
        <source>Checking every {minutes} minutes</source>
        <translation>Elke {minutes} minuten controleren</translation>
    </message>
    <message>
        <source>Live: Withings tells us about new weigh-ins</source>
        <translation>Live: Withings meldt nieuwe wegingen</translation>
    </message>
    <message>
        <source>A safety check runs every hour.</source>
        <translation>Voor de zekerheid wordt elk uur gecontroleerd.</translation>
    </message>
    <message>
        <source>Home Assistant is reachable only at home, so Withings cannot tell us about new weigh-ins.</source>
        <translation>Home Assistant is alleen thuis bereikbaar, dus Withings kan geen nieuwe wegingen melden.</translation>
    </message>
    <message>
        <source>Live updates need Home Assistant set up.</source>
        <translation>Live-updates hebben een ingesteld Home Assistant nodig.</translation>
    </message>
    <message>
        <source>Withings notifications are not set up for {profile}.</source>
        <translation>Withings-meldingen zijn niet ingesteld voor {profile}.</translation>
    </message>
    <message>
        <source>Withings notifications are not set up for {profile}: {problem}</source>
        <translation>Withings-meldingen zijn niet ingesteld voor {profile}: {problem}</translation>
    </message>
    <message>
        <source>Setting up Withings notifications…</source>
        <translation>Withings-meldingen worden ingesteld…</translation>
    </message>
    <message>
        <source>Live updates paused: {reason}</source>
        <translation>Live-updates gepauzeerd: {reason}</translation>
    </message>
    <message>
        <source>Connecting to Home Assistant for live updates…</source>
        <translation>Verbinden met Home Assistant voor live-updates…</translation>
    </message>
</context>
</TS>
