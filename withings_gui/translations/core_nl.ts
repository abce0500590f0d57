<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
    <name>core.secrets</name>
    <message>
        <source>No system keyring is available, so secrets are stored in {file} (readable only by you). Install and unlock a keyring such as GNOME Keyring or KWallet to keep them encrypted.</source>
        <translation>Er is geen systeemsleutelbos beschikbaar, dus geheimen worden opgeslagen in {file} (alleen door jou leesbaar). Installeer en ontgrendel een sleutelbos zoals GNOME Keyring of KWallet om ze versleuteld te bewaren.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); free some disk space or make the folder writable, then try again.</source>
        <translation>{file} kon niet worden geschreven ({reason}); maak schijfruimte vrij of maak de map beschrijfbaar en probeer het dan opnieuw.</translation>
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
</TS>
